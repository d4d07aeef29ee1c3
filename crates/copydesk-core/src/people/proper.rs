//! Places and organisations written two ways that no list names (`Aberystwyth` /
//! `Aberystwith`, `Norrland Freight` / `Norland Freight`): every capitalised word outside
//! people's names that is not only sentence-initial and not an ordinary English word is
//! bucketed by fuzzy keys, and near-identical forms are compared. The form written most often
//! (or the house form) is canonical; a form written as often as it is a name of its own.

use super::cands::Extractor;
use super::keys::{distance, fold, skeleton};
use super::lexicon::{Lexicon, TitleWord};
use super::scan::InQuote;
use super::{key_hash, Spelling, MAX_FUZZY};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as FxSet};
use std::hash::BuildHasher;

/// How a token is used by the people of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Not part of a person's name.
    Free,
    /// A given name of a person.
    Given,
    /// A family name (or a title) of a person.
    Family,
}

/// What the pass keeps between analyses of one draft: each token's marks, redone only near
/// what a keystroke changed, and the forms' fuzzy keys.
#[derive(Debug, Default)]
pub struct VariantsMemo {
    /// The generation of the draft's words (see `Words::generation`) the marks were read in.
    generation: Option<u64>,
    /// How each token was used then.
    uses: Vec<Use>,
    /// The marks of the draft's tokens, in document order.
    marks: Vec<Mark>,
    keyed: Keyed,
    /// The forms' tokens (see [`forms`]), a buffer kept for the next analysis.
    flat: Vec<usize>,
    /// The generation in which the marks were read for a guess at the uses (see
    /// [`VariantsMemo::guess`]): read again in it, only the tokens whose use the guess
    /// missed are.
    guessed: Option<u64>,
}

impl VariantsMemo {
    /// Carries the marks over an analysis of generation `generation` that kept the last
    /// people and so read no marks (`PeopleMemo::reuse`): its draft has `toks` tokens, used
    /// as before. The one word it changed is an inert one (`memo::inert`: plain lowercase,
    /// none the names read, `and` among them), and a mark reads only capitalised words, `&`
    /// and `and`, so every mark stands. Else the marks are read again whole by the next
    /// analysis.
    pub fn carry(&mut self, generation: u64, toks: usize) {
        let follows = self.generation.is_some_and(|g| g + 1 == generation);
        self.generation = (follows && self.uses.len() == toks).then_some(generation);
    }

    /// A guess at the uses of a draft of `toks` tokens, to read its spellings with while the
    /// people are worked out: the last analysis's, when it had as many tokens (a letter typed
    /// in a name most often changes none). `None` when there is nothing to guess from.
    pub fn guess(&self, toks: usize) -> Option<Vec<Use>> {
        (toks > 0 && self.uses.len() == toks).then(|| self.uses.clone())
    }

    /// Whether the spellings were last read with `uses`.
    pub fn read_with(&self, uses: &[Use]) -> bool {
        self.uses.len() == uses.len() && !differ(&self.uses, uses)
    }

    /// Notes that the spellings just read were read with a guess at the uses (see
    /// [`VariantsMemo::guess`]): read again in this analysis, only the tokens whose use the
    /// guess missed are marked anew.
    pub fn guessed(&mut self, ex: &Extractor) {
        self.guessed = Some(ex.words.generation());
    }

    /// Keeps `uses` as the ones the marks were last read with, in the memory of the last.
    fn keep_uses(&mut self, uses: &[Use]) {
        self.uses.clear();
        self.uses.extend_from_slice(uses);
    }

    /// Brings the marks up to date: read again only for the tokens near the block `edited`
    /// starts and near the tokens whose use changed, when the last analysis is the one just
    /// before and every other token is its own; else for every token.
    fn mark(&mut self, ex: &Extractor, uses: &[Use], edited: Option<usize>) {
        let toks = ex.toks;
        let generation = ex.words.generation();
        // Read a second time in one analysis, after a guess at the uses: the words are the
        // same, and only the uses differ.
        let again = self.guessed.take() == Some(generation) && self.generation == Some(generation);
        let follows = again || self.generation.is_some_and(|g| g + 1 == generation);
        let first = edited.filter(|_| follows && self.uses.len() == uses.len());
        self.generation = Some(generation);
        let Some(first) = first else {
            // Every mark is of a capitalised word: most tokens are passed over here.
            self.marks = (toks.iter().enumerate())
                .filter(|(_, t)| t.cap())
                .filter_map(|(i, _)| mark_at(ex, uses, i))
                .collect();
            self.keep_uses(uses);
            return;
        };
        let block = toks.get(first).map(|t| t.block());
        let end = first
            + toks[first.min(toks.len())..]
                .iter()
                .take_while(|t| Some(t.block()) == block)
                .count();
        let mut changed: Vec<std::ops::Range<usize>> = Vec::new();
        changed.push(first..end);
        // Compared a chunk at a time: a keystroke changes the use of few tokens, if any.
        const CHUNK: usize = 512;
        for (c, (was, now)) in self.uses.chunks(CHUNK).zip(uses.chunks(CHUNK)).enumerate() {
            if differ(was, now) {
                let at = was.iter().zip(now).enumerate().filter(|(_, (a, b))| a != b);
                changed.extend(at.map(|(k, _)| c * CHUNK + k..c * CHUNK + k + 1));
            }
        }
        self.keep_uses(uses);
        // A token's mark reads the token before it and the two after it.
        let mut again: Vec<std::ops::Range<usize>> = Vec::new();
        changed.sort_unstable_by_key(|r| r.start);
        for r in changed {
            let r = r.start.saturating_sub(2)..(r.end + 1).min(toks.len());
            match again.last_mut() {
                Some(last) if last.end >= r.start => last.end = last.end.max(r.end),
                _ => again.push(r),
            }
        }
        // From the last range back, so that the marks before stand where they stood; a
        // range's marks are most often as many as before, and those after do not move.
        for r in again.into_iter().rev() {
            let from = self.marks.partition_point(|m| m.tok < r.start);
            let to = from + self.marks[from..].partition_point(|m| m.tok < r.end);
            let now: Vec<Mark> = r.filter_map(|i| mark_at(ex, &self.uses, i)).collect();
            self.marks.splice(from..to, now);
        }
        debug_assert!(
            self.marks
                == (0..toks.len())
                    .filter_map(|i| mark_at(ex, &self.uses, i))
                    .collect::<Vec<_>>(),
            "the marks kept differ from the draft's"
        );
    }
}

/// Whether two runs of uses differ anywhere (the shorter's length compared): every pair
/// compared without a branch, which the compiler does many at once.
fn differ(a: &[Use], b: &[Use]) -> bool {
    a.iter().zip(b).fold(false, |d, (a, b)| d | (a != b))
}

/// What one capitalised token tells the pass, read from the tokens `tok - 1 ..= tok + 2` and
/// their uses: the same until one of those changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    tok: usize,
    /// A spelling of a form, unless the draft writes it in lowercase (see [`forms`]).
    form: bool,
    /// A hyphened name (see [`spaced_compounds`]).
    hyphened: bool,
    /// The first of two words that may be a hyphened name written apart.
    pair: bool,
    /// The pair of words it starts (see [`side_at`]).
    side: Option<Side>,
}

/// The mark of token `i`, if it has any.
fn mark_at(ex: &Extractor, uses: &[Use], i: usize) -> Option<Mark> {
    let t = &ex.toks[i];
    // Every mark is of a capitalised word: most tokens are passed over here.
    if !t.cap() {
        return None;
    }
    let m = Mark {
        tok: i,
        // Headlines count as evidence of the canonical form, and are never flagged.
        form: t.form() && t.quote != InQuote::Skip,
        hyphened: hyphened(ex, uses, i),
        pair: spaced_pair(ex, uses, i),
        side: side_at(ex, uses, i),
    };
    (m.form || m.hyphened || m.pair || m.side.is_some()).then_some(m)
}

/// Whether token `i` may be a word of a name: capitalised, not all capitals, not an initial,
/// not in a skipped quotation.
fn is_name_word(ex: &Extractor, i: usize) -> bool {
    let t = &ex.toks[i];
    t.cap() && !t.allcaps() && !t.initial() && t.quote != InQuote::Skip
}

/// Whether token `i` is a hyphened name outside people's (`Rolls-Royce`): two capitalised
/// halves of two letters or more.
fn hyphened(ex: &Extractor, uses: &[Use], i: usize) -> bool {
    if !has_hyphen(ex.word(i)) || uses.get(i) != Some(&Use::Free) || !is_name_word(ex, i) {
        return false;
    }
    let Some((a, b)) = ex.word(i).split_once('-') else {
        return false;
    };
    let capital = |p: &str| p.chars().count() >= 2 && p.starts_with(char::is_uppercase);
    capital(a) && capital(b) && !b.contains('-')
}

/// Whether tokens `i` and `i + 1` are two capitalised words that are a whole name, not both a
/// person's, neither hyphened: perhaps a hyphened name written apart.
fn spaced_pair(ex: &Extractor, uses: &[Use], i: usize) -> bool {
    let toks = ex.toks;
    if i + 1 >= toks.len()
        || !is_name_word(ex, i)
        || !is_name_word(ex, i + 1)
        || !toks[i + 1].joined()
    {
        return false;
    }
    // The two words must be the whole name: `Anglo Irish Bank` is not `Anglo-Irish`.
    let longer = |k: usize| is_name_word(ex, k) && !toks[k].sent_start();
    if (i > 0 && toks[i].joined() && longer(i - 1))
        || toks.get(i + 2).is_some_and(|t| t.joined()) && longer(i + 2)
    {
        return false;
    }
    (uses[i] == Use::Free || uses[i + 1] == Use::Free)
        && !has_hyphen(ex.word(i))
        && !has_hyphen(ex.word(i + 1))
}

/// Whether `w` has a hyphen: a loop over a word's few bytes costs less than a search.
fn has_hyphen(w: &str) -> bool {
    w.bytes().any(|b| b == b'-')
}

/// One spelling of a capitalised word.
struct Form<'a> {
    key: std::borrow::Cow<'a, str>,
    /// Token indexes where it is written.
    at: &'a [usize],
    /// Written somewhere other than at the start of a sentence.
    mid: bool,
    given: bool,
    family: bool,
}

/// The largest bucket compared pairwise: a key shared by more forms is no evidence of a slip.
const MAX_BUCKET: usize = 16;

/// Whether the words just before a name introduce another spelling on purpose (`formerly
/// Kiev`, `known as Kiev`, `referred to as Kiev`, but not `such as Kiev`); `place` admits the
/// words that do so only before a place (`or Kiev`, `once Kiev`).
pub(crate) fn explains(before: &str, place: bool) -> bool {
    let lex = Lexicon::get();
    let is = |w: &str| lex.explainers.contains(w) || (place && lex.place_explainers.contains(w));
    let before = before.trim_end();
    // `… spelt. Qaddafi` starts a new sentence: nothing explains across punctuation.
    if !before.ends_with(char::is_alphanumeric) {
        return false;
    }
    let mut words = before.rsplit(char::is_whitespace).take(3).map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    match words.next().as_deref() {
        Some("as") => match words.next().as_deref() {
            Some("to") => words.next().is_some_and(|w| is(&w)),
            Some(w) => is(w),
            None => false,
        },
        Some(w) => is(w),
        None => false,
    }
}

/// Near-identical spellings of capitalised words outside people's names. `edited` is the
/// first token of the one block edited since the last analysis, when every other token is
/// the last analysis's (`memo::Scope::same_contexts`): only the marks near it and near the
/// tokens whose use changed are read again.
pub fn variants(
    ex: &Extractor,
    uses: &[Use],
    house: &[&str],
    memo: &mut VariantsMemo,
    edited: Option<usize>,
) -> Vec<Spelling> {
    let lex = Lexicon::get();
    memo.mark(ex, uses, edited);
    let (uses, marks) = (&memo.uses[..], &memo.marks);
    let (forms, sides) = forms(ex, uses, marks, &mut memo.flat);
    let pairs = near_pairs(lex, &forms, &mut memo.keyed);
    // The house list's words, folded: a form one of them names is canonical.
    let house: Vec<(String, &str)> = house
        .iter()
        .flat_map(|h| h.split_whitespace())
        .map(|w| (fold(w), w))
        .collect();
    let mut out = spellings(ex, uses, &house, &forms, pairs);
    out.extend(accents(ex, uses, &house, &forms));
    out.extend(spaced_compounds(ex, marks));
    out.extend(written_apart(ex, uses, &forms, &sides));
    out
}

/// A hyphened name also written as two words (`Rolls-Royce` / `Rolls Royce`): the form written
/// more often is canonical (between forms written as often, the first). People's names are the
/// people stage's: a compound that is a person's name, or a pair both words of which are, is
/// left to it.
fn spaced_compounds(ex: &Extractor, marks: &[Mark]) -> Vec<Spelling> {
    let toks = ex.toks;
    // Folded compound -> where it is written.
    let mut compounds: HashMap<String, Vec<usize>> = HashMap::default();
    // Their folded first halves: a pair is looked at only when its first word is one.
    let mut firsts: FxSet<String> = FxSet::default();
    for i in marks.iter().filter(|m| m.hyphened).map(|m| m.tok) {
        if let Some((a, _)) = ex.word(i).split_once('-') {
            compounds.entry(ex.key(i).into_owned()).or_default().push(i);
            firsts.insert(fold(a));
        }
    }
    if compounds.is_empty() {
        return Vec::new();
    }
    // Folded compound -> first tokens of its two-word pairs.
    let mut pairs: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut joined = String::new();
    for i in marks.iter().filter(|m| m.pair).map(|m| m.tok) {
        if !firsts.contains(ex.key(i).as_ref()) {
            continue;
        }
        // One buffer for every pair: most capitalised pairs are no compound's.
        joined.clear();
        joined.push_str(&ex.key(i));
        joined.push_str(&ex.key(i + 1));
        if let Some((k, _)) = compounds.get_key_value(joined.as_str()) {
            pairs.entry(k.as_str()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (key, at) in pairs {
        let hyphened = &compounds[key];
        let pair_range = |i: usize| toks[i].range().start..toks[i + 1].range().end;
        let hyphen_wins =
            hyphened.len() > at.len() || (hyphened.len() == at.len() && hyphened[0] < at[0]);
        let (canonical, canonical_range, odd): (String, _, Vec<std::ops::Range<usize>>) =
            if hyphen_wins {
                let c = hyphened[0];
                let odd = at
                    .iter()
                    .filter(|&&i| !toks[i].heading() && !explained(ex, i));
                (
                    ex.word(c).to_string(),
                    toks[c].range(),
                    odd.map(|&i| pair_range(i)).collect(),
                )
            } else {
                let c = at[0];
                let odd = hyphened
                    .iter()
                    .filter(|&&i| !toks[i].heading() && !explained(ex, i));
                (
                    ex.text[pair_range(c)].to_string(),
                    pair_range(c),
                    odd.map(|&i| toks[i].range()).collect(),
                )
            };
        for range in odd {
            out.push(place_spelling(
                ex,
                range,
                &canonical,
                Some(canonical_range.clone()),
            ));
        }
    }
    out
}

/// One form written with and without its accents (`Zürich` / `Zurich`,
/// `Bogotá` / `Bogota`): its words fold alike, so the near pairs never compare them. The
/// spelling written most often (or the house list's) is canonical; between spellings written
/// as often, the first.
fn accents(
    ex: &Extractor,
    uses: &[Use],
    house: &[(String, &str)],
    forms: &[Form],
) -> Vec<Spelling> {
    // An apostrophe's style is not a spelling here: a draft mixing the two is its own matter.
    // Nor are capitals inside a word (`ObamaCare` / `Obamacare`), which brands and the
    // people quoting them write both ways; the fix keeps the canonical's capitals.
    let norm = |w: &str| w.replace('’', "'").to_lowercase();
    let mut out = Vec::new();
    for f in forms
        .iter()
        .filter(|f| !f.family && !f.given && f.at.len() >= 2)
    {
        // Nearly every form is written one way: seen without allocating.
        let first = ex.word(f.at[0]);
        if f.at.iter().all(|&i| ex.word(i) == first) {
            continue;
        }
        let first = norm(first);
        if f.at.iter().all(|&i| norm(ex.word(i)) == first) {
            continue;
        }
        // (spelling, how often, first written at)
        let mut spelt: Vec<(String, usize, usize)> = Vec::new();
        for &i in f.at {
            let w = norm(ex.word(i));
            match spelt.iter_mut().find(|s| s.0 == w) {
                Some(s) => s.1 += 1,
                None => spelt.push((w, 1, i)),
            }
        }
        let listed = house.iter().find(|(k, _)| *k == f.key);
        let (canon, canonical_range) = match listed {
            Some((_, w)) => (w.to_string(), None),
            None => {
                let best = spelt.iter().max_by_key(|s| (s.1, std::cmp::Reverse(s.2)));
                let Some(&(_, _, i)) = best else { continue };
                (ex.word(i).to_string(), Some(ex.toks[i].range()))
            }
        };
        // Not only capitalised because a sentence starts (as for the near pairs).
        if !f.mid && listed.is_none() {
            continue;
        }
        let canon_norm = norm(&canon);
        for &i in f.at {
            let written = ex.word(i);
            if norm(written) == canon_norm
                || uses[i] == Use::Family
                || ex.toks[i].heading()
                || explained(ex, i)
            {
                continue;
            }
            let range = ex.toks[i].range();
            out.push(place_spelling(ex, range, &canon, canonical_range.clone()));
        }
    }
    out
}

/// Every spelling of a capitalised word that could be a place or an organisation, with where
/// it is written and how the people of the story use it.
fn forms<'a>(
    ex: &'a Extractor,
    uses: &[Use],
    marks: &[Mark],
    flat: &'a mut Vec<usize>,
) -> (Vec<Form<'a>>, Vec<Side>) {
    // (key, how often, mid, given, family) of each form, in the order first written.
    let mut heads: Vec<(std::borrow::Cow<'a, str>, usize, bool, bool, bool)> = Vec::new();
    // Each spelling's form and token: the forms' tokens are laid out in `flat` after.
    let mut written: Vec<(usize, usize)> = Vec::with_capacity(marks.len());
    let mut sides: Vec<Side> = Vec::with_capacity(marks.len());
    let mut by_key: HashMap<std::borrow::Cow<'a, str>, usize> = HashMap::default();
    by_key.reserve(marks.len());
    for m in marks {
        // Found in the same pass: capitals side by side, or around `&` or `and`.
        sides.extend(m.side);
        if !m.form {
            continue;
        }
        let (i, t) = (m.tok, &ex.toks[m.tok]);
        let key = ex.key(i);
        let word = ex.word(i);
        let k = key.as_ref();
        // The fold of a plain ASCII word is its lowercase: no allocation on the common path.
        let lower_elsewhere = if word.is_ascii() {
            ex.words.lower.contains_key(k)
        } else {
            ex.lower_elsewhere(word)
        };
        if lower_elsewhere {
            continue;
        }
        let f = match by_key.get(k) {
            Some(&f) => f,
            None => {
                heads.push((key.clone(), 0, false, false, false));
                by_key.insert(key, heads.len() - 1);
                heads.len() - 1
            }
        };
        let h = &mut heads[f];
        h.1 += 1;
        h.2 |= !t.sent_start() || t.heading();
        h.3 |= uses[i] == Use::Given;
        h.4 |= uses[i] == Use::Family;
        written.push((f, i));
    }
    // One buffer for every form's tokens rather than a list each: a form's tokens are in
    // document order, from where the forms before it end.
    let mut next: Vec<usize> = heads
        .iter()
        .scan(0, |at, h| {
            let from = *at;
            *at += h.1;
            Some(from)
        })
        .collect();
    flat.clear();
    flat.resize(written.len(), 0);
    for (f, i) in written {
        flat[next[f]] = i;
        next[f] += 1;
    }
    let flat: &'a [usize] = flat;
    let mut from = 0;
    let forms = heads
        .into_iter()
        .map(|(key, n, mid, given, family)| {
            from += n;
            Form {
                key,
                at: &flat[from - n..from],
                mid,
                given,
                family,
            }
        })
        .collect();
    (forms, sides)
}

/// Whether a token may be a form (see [`forms`]) by itself: capitalised, not all capitals, not an
/// initial, of letters only, name-sized, no hyphen, and none of the listed ordinary words.
/// What the rest of the draft says (quotations, the word in lowercase) is asked in `forms`.
pub fn is_form(lex: &Lexicon, t: &super::scan::Tok, word: &str, key: &str) -> bool {
    let n = key.chars().count();
    t.cap()
        && !t.allcaps()
        && !t.initial()
        && (5..=MAX_FUZZY).contains(&n)
        && key.chars().all(char::is_alphabetic)
        && !word.contains(['-', '\u{2010}'])
        && !lex.common.contains(key)
        && !lex.given.contains_key(key)
        // A title, but not a place that stands in one (`Minister for Europe`).
        && (lex.places.contains(key) || !lex.titles.get(key).is_some_and(|t| *t != TitleWord::Part))
        && !lex.demonyms.contains(key)
        && !lex.english.contains(key)
}

/// The pairs of forms that are one word spelt two ways, in order.
fn near_pairs(lex: &Lexicon, forms: &[Form], keyed: &mut Keyed) -> Vec<(usize, usize)> {
    // A table grown far beyond the draft's forms (a long session) is started again.
    if keyed.table.len() > 4 * forms.len() + 1024 {
        *keyed = Keyed::default();
    }
    // Each compared form's place in the table, and the other way round. A family name is
    // compared by the people of the story, never here.
    let mut compared: Vec<(usize, u32)> = Vec::with_capacity(forms.len());
    for (f, form) in forms.iter().enumerate().filter(|(_, form)| !form.family) {
        let id = match keyed.ids.get(form.key.as_ref()) {
            Some(&id) => id,
            None => {
                let id = keyed.table.len() as u32;
                keyed.table.push(form_keys(lex, &form.key));
                keyed.ids.insert(form.key.as_ref().into(), id);
                id
            }
        };
        compared.push((f, id));
    }
    let mut form_of = vec![u32::MAX; keyed.table.len()];
    for &(f, id) in &compared {
        form_of[id as usize] = f as u32;
    }
    keyed.update(&form_of);
    let table = &keyed.table;
    let mut seen: FxSet<(usize, usize)> = FxSet::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for b in keyed
        .sorted
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|b| (2..=MAX_BUCKET).contains(&b.len()))
    {
        for (x, &(_, a)) in b.iter().enumerate() {
            for &(_, c) in &b[x + 1..] {
                let (fa, fc) = (form_of[a as usize] as usize, form_of[c as usize] as usize);
                let ((f, kf), (g, kg)) = if fa < fc {
                    ((fa, a), (fc, c))
                } else {
                    ((fc, c), (fa, a))
                };
                let (kf, kg) = (&table[kf as usize], &table[kg as usize]);
                if seen.insert((f, g)) && near(lex, (&forms[f], kf), (&forms[g], kg)) {
                    pairs.push((f, g));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The fuzzy keys of the forms compared, kept between analyses of one draft: bucketed by
/// sorting, and brought up to date by the few forms a keystroke adds or takes away rather
/// than sorted again.
#[derive(Debug, Default)]
struct Keyed {
    /// Folded form -> its place in `table`.
    ids: HashMap<Box<str>, u32>,
    /// Every form's romanisation and hashed keys, once made.
    table: Vec<FormKeys>,
    /// Whether each form of `table` is in `sorted`.
    live: Vec<bool>,
    /// (hashed key, form of `table`) of every form compared, sorted and without repeats: a
    /// bucket is a run of one key.
    sorted: Vec<(u64, u32)>,
}

impl Keyed {
    /// Keeps in `sorted` the keys of the forms compared now: those with a place in `form_of`.
    fn update(&mut self, form_of: &[u32]) {
        let now: Vec<bool> = form_of.iter().map(|&f| f != u32::MAX).collect();
        self.live.resize(now.len(), false);
        if self.live == now {
            return;
        }
        let mut added: Vec<(u64, u32)> = Vec::new();
        for (id, _) in now
            .iter()
            .zip(&self.live)
            .enumerate()
            .filter(|(_, (n, l))| **n && !**l)
        {
            added.extend(self.table[id].hashed.iter().map(|&k| (k, id as u32)));
        }
        added.sort_unstable();
        added.dedup();
        if self.sorted.is_empty() {
            self.sorted = added;
            self.live = now;
            return;
        }
        let kept = self.sorted.iter().filter(|&&(_, id)| now[id as usize]);
        let mut merged = Vec::with_capacity(self.sorted.len() + added.len());
        let mut added = added.into_iter().peekable();
        for &x in kept {
            while let Some(a) = added.next_if(|a| *a < x) {
                merged.push(a);
            }
            merged.push(x);
        }
        merged.extend(added);
        self.sorted = merged;
        self.live = now;
    }
}

/// The findings for each pair: the odd form respelt as the canonical one.
fn spellings(
    ex: &Extractor,
    uses: &[Use],
    house_keys: &[(String, &str)],
    forms: &[Form],
    pairs: Vec<(usize, usize)>,
) -> Vec<Spelling> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    let mut flagged: Vec<usize> = Vec::new();
    for (f, g) in pairs {
        let house_form = |x: usize| house_keys.iter().find(|(k, _)| *k == forms[x].key);
        let (canon, other, from_house) = match (house_form(f), house_form(g)) {
            (Some(_), None) => (f, g, true),
            (None, Some(_)) => (g, f, true),
            _ => {
                // The form written more often; between two written once, a listed place, else
                // the first.
                let (nf, ng) = (forms[f].at.len(), forms[g].at.len());
                let (lf, lg) = (
                    lex.places.contains(forms[f].key.as_ref()),
                    lex.places.contains(forms[g].key.as_ref()),
                );
                let f_first = forms[f].at[0] < forms[g].at[0];
                if nf > ng || (nf == 1 && ng == 1 && (lf && !lg || (lf == lg && f_first))) {
                    (f, g, false)
                } else if ng > nf || (nf == 1 && ng == 1) {
                    (g, f, false)
                } else {
                    continue;
                }
            }
        };
        // Not only capitalised because a sentence starts.
        if flagged.contains(&other) || !(forms[canon].mid || forms[other].mid || from_house) {
            continue;
        }
        flagged.push(other);
        let canon_word = match house_form(canon) {
            Some((_, w)) => w.to_string(),
            None => ex.word(forms[canon].at[0]).to_string(),
        };
        let canonical_range = (!from_house).then(|| ex.toks[forms[canon].at[0]].range());
        // The capitalised words the canonical form is written before (a few are enough).
        let canon_next: Vec<Option<String>> = forms[canon]
            .at
            .iter()
            .take(16)
            .map(|&k| next_capital(ex, k))
            .collect();
        for &i in forms[other].at {
            if uses[i] == Use::Family
                || ex.toks[i].heading()
                || explained(ex, i)
                || coordinated(ex, i, forms[canon].at)
            {
                continue;
            }
            // Part of another, longer name: `Columbia University` after `Colombia`, `Spartak
            // Moscow` after `Sparta Prague`.
            let next = next_capital(ex, i);
            if next.is_some() && !from_house && !canon_next.contains(&next) {
                continue;
            }
            let range = ex.toks[i].range();
            out.push(place_spelling(
                ex,
                range,
                &canon_word,
                canonical_range.clone(),
            ));
        }
    }
    out
}

/// A place or organisation written at `range` respelt as `canonical`, which is written at
/// `canonical_range` or, when there is none, comes from the house list.
fn place_spelling(
    ex: &Extractor,
    range: std::ops::Range<usize>,
    canonical: &str,
    canonical_range: Option<std::ops::Range<usize>>,
) -> Spelling {
    let written = ex.text[range.clone()].to_string();
    Spelling {
        range,
        house_form: written.clone(),
        written,
        replacement: canonical.to_string(),
        canonical: canonical.to_string(),
        from_house: canonical_range.is_none(),
        canonical_range,
        person: None,
    }
}

/// What [`Keyed`] holds for one folded word.
#[derive(Debug)]
struct FormKeys {
    /// Its romanisation key: compared in every bucket the form is in.
    roman: String,
    /// Its skeleton, romanisation, itself and its single deletions, hashed.
    hashed: Vec<u64>,
}

/// A folded word's romanisation and hashed fuzzy keys.
fn form_keys(lex: &Lexicon, key: &str) -> FormKeys {
    let roman = lex.roman_key(key);
    let mut hashed = Vec::with_capacity(key.len() + 3);
    hashed.extend([
        key_hash(b's', &[&skeleton(key)]),
        key_hash(b'r', &[&roman]),
        key_hash(b'd', &[key]),
    ]);
    for (i, c) in key.char_indices() {
        hashed.push(key_hash(b'd', &[&key[..i], &key[i + c.len_utf8()..]]));
    }
    FormKeys { roman, hashed }
}

/// Whether two forms are one name spelt two ways.
fn near(lex: &Lexicon, (a, ka): (&Form, &FormKeys), (b, kb): (&Form, &FormKeys)) -> bool {
    // People's names are compared by the people of the story.
    if a.family || b.family || (a.given && b.given) {
        return false;
    }
    let (x, y) = (a.key.as_ref(), b.key.as_ref());
    // One is the other with an ending (`Kenya`, `Kenyan`; `Israel`, `Israeli`): two words.
    // A consonant doubled at the end (`Kelderman`, `Keldermann`) is a slip, not the ending
    // `-n` of `Kenyan`.
    let ending = |long: &str, short: &str| {
        long.strip_prefix(short).is_some_and(|tail| {
            lex.endings.contains(tail)
                && !(tail.len() == 1
                    && short.ends_with(tail)
                    && !tail.ends_with(['a', 'e', 'i', 'o', 'u', 's']))
        })
    };
    if ending(x, y) || ending(y, x) || lex.gendered_pair(x, y, true) {
        return false;
    }
    if x.chars().next() != y.chars().next() || lex.listed_place_pair(x, y) {
        return false;
    }
    // Only the last letter differs (`Texas`, `Texan`): an ending, not a slip.
    let (cx, cy) = (x.chars().count(), y.chars().count());
    if cx == cy && x.chars().take(cx - 1).eq(y.chars().take(cy - 1)) {
        return false;
    }
    let d = distance(x, y, 2);
    let n = cx.min(cy);
    d <= 1 || (d <= 2 && n >= 7 && skeleton(x) == skeleton(y)) || ka.roman == kb.roman
}

/// Another spelling on purpose: after `formerly`, `or`, `known as`, or in brackets.
/// Whether token `i` is listed side by side with one of the tokens `at` (`McDonald and
/// MacDonald`, `Carrowmore, Carrowmoor`): two names in one list are two names.
/// The folded capitalised word written right after token `i` in its sentence, if any.
fn next_capital(ex: &Extractor, i: usize) -> Option<String> {
    let n = ex.toks.get(i + 1)?;
    (n.joined() && n.cap() && !ex.toks[i].poss()).then(|| fold(ex.word(i + 1)))
}

fn coordinated(ex: &Extractor, i: usize, at: &[usize]) -> bool {
    // `at` is in document order: only the two tokens either side are looked up.
    let has = |k: usize| at.binary_search(&k).is_ok();
    (1..=2).any(|d| {
        (i >= d && has(i - d) && ex.side_by_side(i - d, i))
            || (i + d < ex.toks.len() && has(i + d) && ex.side_by_side(i, i + d))
    })
}

fn explained(ex: &Extractor, i: usize) -> bool {
    let start = ex.toks[i].range().start;
    let before = ex.text[..start].trim_end();
    if before.ends_with('(') {
        return true;
    }
    i > 0 && ex.toks[i].joined() && explains(&ex.text[..start], true)
}

/// Two capitalised words of a place or body written side by side, or joined by `&` or `and`
/// (token indexes of the two words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// `Harbour Side`, words of three letters or more: perhaps also written as one word.
    Spaced(usize),
    /// `Penrose & Vale`.
    Amp(usize, usize),
    /// `Penrose and Vale`.
    And(usize, usize),
}

/// Whether token `i` is a plain capitalised word of a name outside people's names: letters
/// only, not all capitals, not an initial, not in a skipped quotation.
fn plain_capital(ex: &Extractor, uses: &[Use], i: usize) -> bool {
    let Some(t) = ex.toks.get(i) else {
        return false;
    };
    t.cap()
        && !t.allcaps()
        && !t.initial()
        && t.quote != InQuote::Skip
        && uses.get(i) == Some(&Use::Free)
        && {
            let w = ex.word(i);
            w.chars().nth(1).is_some() && w.chars().all(char::is_alphabetic)
        }
}

/// The pair of capitalised words starting at token `i`, if any (see [`Side`]).
fn side_at(ex: &Extractor, uses: &[Use], i: usize) -> Option<Side> {
    let toks = ex.toks;
    let next = toks.get(i + 1)?;
    // A headline capitalises words that are no name (`Harbour Side Traders Protest`).
    // A possessive ends the name (`Fair Haven's`): only the second word may have one.
    if toks[i].poss()
        || next.sent != toks[i].sent
        || toks[i].heading()
        || !plain_capital(ex, uses, i)
    {
        return None;
    }
    if next.joined() && plain_capital(ex, uses, i + 1) {
        // Words of one or two letters run together are no one word.
        let long = |k: usize| ex.key(k).chars().nth(2).is_some();
        return (long(i) && long(i + 1)).then_some(Side::Spaced(i));
    }
    // Words joined have only spaces between them.
    let gap = ex.text.get(toks[i].end()..next.range().start).unwrap_or("");
    if !next.joined() && gap.trim() == "&" && plain_capital(ex, uses, i + 1) {
        return Some(Side::Amp(i, i + 1));
    }
    let and = next.joined() && !next.cap() && ex.word(i + 1) == "and";
    (and && toks.get(i + 2).is_some_and(|t| t.joined()) && plain_capital(ex, uses, i + 2))
        .then_some(Side::And(i, i + 2))
}

/// Whether token `k` is a capitalised word that carries a name on beside a pair (`Harbour
/// Side Road`, `Old Penrose & Vale`), not a sentence's opening word that is an ordinary one
/// (`In Harbour Side`).
fn carries_on(ex: &Extractor, uses: &[Use], k: usize) -> bool {
    let t = &ex.toks[k];
    let key = ex.key(k);
    plain_capital(ex, uses, k)
        && !(t.sent_start() && (ex.lex.ordinary(&key) || ex.lex.common.contains(key.as_ref())))
}

/// One name written as one word and as two (`Harbourside` / `Harbour Side`, `Northfield` /
/// `North Field`), or with `&` and with `and` (`Penrose & Vale` / `Penrose and Vale`): the
/// form written more often is canonical (between forms written as often, the first). Each
/// form must be the whole name where it stands: `Harbour Side Road` is another place.
fn written_apart(ex: &Extractor, uses: &[Use], forms: &[Form], sides: &[Side]) -> Vec<Spelling> {
    if sides.is_empty() {
        return Vec::new();
    }
    let toks = ex.toks;
    // The whole name: no capitalised word carries it on before or after.
    let before =
        |a: usize| a > 0 && toks[a].joined() && !toks[a - 1].poss() && carries_on(ex, uses, a - 1);
    let after = |b: usize| {
        !toks[b].poss()
            && toks.get(b + 1).is_some_and(|t| t.joined())
            && carries_on(ex, uses, b + 1)
    };
    let whole = |a: usize, b: usize| !before(a) && !after(b);
    // Folded name -> (ranges written one way, ranges written the other way).
    type Ways = (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>);
    let mut names: HashMap<String, Ways> = HashMap::default();
    // One word: the forms long enough to be two words run together.
    let closed: HashMap<&str, &Form> = forms
        .iter()
        .filter(|f| !f.given && !f.family && f.key.chars().nth(6).is_some())
        .map(|f| (f.key.as_ref(), f))
        .collect();
    let has_amp = sides.iter().any(|s| matches!(s, Side::Amp(..)));
    let mut amps: FxSet<String> = FxSet::default();
    let mut amp_ends: FxSet<u64> = FxSet::default();
    let mut joined = String::new();
    for pass in 0..2 {
        for side in sides {
            match *side {
                Side::Spaced(i) if pass == 0 => {
                    // With no long form written as one word, no pair can be one.
                    if closed.is_empty() {
                        continue;
                    }
                    let (a, b) = (ex.key(i), ex.key(i + 1));
                    joined.clear();
                    joined.push_str(&a);
                    joined.push_str(&b);
                    // The form run together is looked up first: it is rarely there.
                    let found = closed.get(joined.as_str()).filter(|_| whole(i, i + 1));
                    if let Some(f) = found {
                        let e = names.entry(joined.clone()).or_insert_with(|| {
                            let one =
                                f.at.iter()
                                    .filter(|&&k| whole(k, k))
                                    .map(|&k| toks[k].range());
                            (one.collect(), Vec::new())
                        });
                        e.1.push(toks[i].range().start..toks[i + 1].range().end);
                    }
                }
                // `&` first, then `and` only for a name written with `&` somewhere.
                Side::Amp(i, j) | Side::And(i, j) if has_amp => {
                    let amp = matches!(side, Side::Amp(..));
                    if amp != (pass == 0) {
                        continue;
                    }
                    // A name's words either side of `&` and `and` are the same: most pairs
                    // with `and` are no name written with `&`, seen without spelling them out.
                    let ends = rustc_hash::FxBuildHasher.hash_one((ex.key(i), ex.key(j)));
                    if amp {
                        amp_ends.insert(ends);
                    } else if !amp_ends.contains(&ends) {
                        continue;
                    }
                    let mut a = i;
                    while before(a) {
                        a -= 1;
                    }
                    let mut b = j;
                    while after(b) {
                        b += 1;
                    }
                    let words = |r: std::ops::Range<usize>| {
                        r.map(|k| ex.key(k).into_owned())
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    let key = format!("{} & {}", words(a..i + 1), words(j..b + 1));
                    if amp {
                        amps.insert(key.clone());
                    } else if !amps.contains(&key) {
                        continue;
                    }
                    let range = toks[a].range().start..toks[b].range().end;
                    let e = names.entry(key).or_default();
                    if amp {
                        e.0.push(range)
                    } else {
                        e.1.push(range)
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for (one, other) in names.into_values() {
        let (Some(o), Some(t)) = (one.first(), other.first()) else {
            continue;
        };
        let one_wins = one.len() > other.len() || (one.len() == other.len() && o.start < t.start);
        let (canon, odd) = if one_wins { (o, &other) } else { (t, &one) };
        let canonical = ex.text[canon.clone()].to_string();
        for r in odd {
            let k = toks.partition_point(|t| t.range().start < r.start);
            if toks.get(k).is_some_and(|t| t.heading()) || explained(ex, k) {
                continue;
            }
            out.push(place_spelling(
                ex,
                r.clone(),
                &canonical,
                Some(canon.clone()),
            ));
        }
    }
    out.sort_by_key(|s| s.range.start);
    out
}
