//! Places and organisations written two ways that no list names (`Aberystwyth` /
//! `Aberystwith`, `Norrland Freight` / `Norland Freight`): every capitalised word outside
//! people's names that is not only sentence-initial and not an ordinary English word is
//! bucketed by fuzzy keys, and near-identical forms are compared. The form written most often
//! (or the house form) is canonical; a form written as often as it is a name of its own.

use super::cands::Extractor;
use super::keys::{distance, fold, skeleton};
use super::lexicon::{Lexicon, TitleWord};
use super::scan::{InQuote, Tok};
use super::{key_hash, Spelling, MAX_FUZZY};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as FxSet};

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

/// One spelling of a capitalised word.
struct Form<'a> {
    key: std::borrow::Cow<'a, str>,
    /// Token indexes where it is written.
    at: Vec<usize>,
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

/// Near-identical spellings of capitalised words outside people's names.
pub fn variants(
    ex: &Extractor,
    uses: &[Use],
    house: &[&str],
    cache: &mut FormCache,
) -> Vec<Spelling> {
    let lex = Lexicon::get();
    let (forms, sides) = forms(ex, uses);
    for f in &forms {
        cache.get_or_make(f.key.as_ref(), || form_keys(lex, &f.key));
    }
    // Every form's entry was just made or kept.
    let Some(keys) = forms
        .iter()
        .map(|f| cache.get(f.key.as_ref()))
        .collect::<Option<Vec<&FormKeys>>>()
    else {
        return Vec::new();
    };
    let pairs = near_pairs(lex, &forms, &keys);
    // The house list's words, folded: a form one of them names is canonical.
    let house: Vec<(String, &str)> = house
        .iter()
        .flat_map(|h| h.split_whitespace())
        .map(|w| (fold(w), w))
        .collect();
    let mut out = spellings(ex, uses, &house, &forms, pairs);
    out.extend(accents(ex, uses, &house, &forms));
    out.extend(spaced_compounds(ex, uses));
    out.extend(written_apart(ex, uses, &forms, &sides));
    out
}

/// A hyphened name also written as two words (`Rolls-Royce` / `Rolls Royce`): the form written
/// more often is canonical (between forms written as often, the first). People's names are the
/// people stage's: a compound that is a person's name, or a pair both words of which are, is
/// left to it.
fn spaced_compounds(ex: &Extractor, uses: &[Use]) -> Vec<Spelling> {
    let toks = ex.toks;
    let is_name_word = |i: usize| {
        let t = &toks[i];
        t.cap && !t.allcaps && !t.initial && t.quote != InQuote::Skip
    };
    // Folded compound -> where it is written.
    let mut compounds: HashMap<String, Vec<usize>> = HashMap::default();
    // Their folded first halves: a pair is looked at only when its first word is one.
    let mut firsts: FxSet<String> = FxSet::default();
    // Found from the draft's hyphens (few), not by reading every word; the hyphens come in
    // order, so the token holding each is searched for from the last one's on, in steps that
    // double, then halve.
    let mut last = usize::MAX;
    let mut i = 0;
    for p in memchr::memchr_iter(b'-', ex.text.as_bytes()) {
        let before = |t: &Tok| t.range.end <= p;
        let mut step = 1;
        while i + step < toks.len() && before(&toks[i + step]) {
            i += step;
            step *= 2;
        }
        let end = (i + step).min(toks.len());
        i += toks[i..end].partition_point(before);
        if i == last || i >= toks.len() || toks[i].range.start > p {
            continue;
        }
        last = i;
        if uses.get(i) != Some(&Use::Free) || !is_name_word(i) {
            continue;
        }
        let w = ex.word(i);
        let Some((a, b)) = w.split_once('-') else {
            continue;
        };
        let capital = |p: &str| p.chars().count() >= 2 && p.starts_with(char::is_uppercase);
        if capital(a) && capital(b) && !b.contains('-') {
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
    for i in 0..toks.len().saturating_sub(1) {
        if !is_name_word(i) || !is_name_word(i + 1) || !toks[i + 1].joined {
            continue;
        }
        // The two words must be the whole name: `Anglo Irish Bank` is not `Anglo-Irish`.
        let longer = |k: usize| is_name_word(k) && !toks[k].sent_start;
        if (i > 0 && toks[i].joined && longer(i - 1))
            || toks.get(i + 2).is_some_and(|t| t.joined) && longer(i + 2)
        {
            continue;
        }
        if (uses[i] != Use::Free && uses[i + 1] != Use::Free)
            || !firsts.contains(ex.key(i).as_ref())
            || ex.word(i).contains('-')
            || ex.word(i + 1).contains('-')
        {
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
        let pair_range = |i: usize| toks[i].range.start..toks[i + 1].range.end;
        let hyphen_wins =
            hyphened.len() > at.len() || (hyphened.len() == at.len() && hyphened[0] < at[0]);
        let (canonical, canonical_range, odd): (String, _, Vec<std::ops::Range<usize>>) =
            if hyphen_wins {
                let c = hyphened[0];
                let odd = at
                    .iter()
                    .filter(|&&i| !toks[i].heading && !explained(ex, i));
                (
                    ex.word(c).to_string(),
                    toks[c].range.clone(),
                    odd.map(|&i| pair_range(i)).collect(),
                )
            } else {
                let c = at[0];
                let odd = hyphened
                    .iter()
                    .filter(|&&i| !toks[i].heading && !explained(ex, i));
                (
                    ex.text[pair_range(c)].to_string(),
                    pair_range(c),
                    odd.map(|&i| toks[i].range.clone()).collect(),
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
        for &i in &f.at {
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
                (ex.word(i).to_string(), Some(ex.toks[i].range.clone()))
            }
        };
        // Not only capitalised because a sentence starts (as for the near pairs).
        if !f.mid && listed.is_none() {
            continue;
        }
        let canon_norm = norm(&canon);
        for &i in &f.at {
            let written = ex.word(i);
            if norm(written) == canon_norm
                || uses[i] == Use::Family
                || ex.toks[i].heading
                || explained(ex, i)
            {
                continue;
            }
            let range = ex.toks[i].range.clone();
            out.push(place_spelling(ex, range, &canon, canonical_range.clone()));
        }
    }
    out
}

/// Every spelling of a capitalised word that could be a place or an organisation, with where
/// it is written and how the people of the story use it.
fn forms<'a>(ex: &'a Extractor, uses: &[Use]) -> (Vec<Form<'a>>, Vec<Side>) {
    let mut forms: Vec<Form> = Vec::new();
    let mut sides: Vec<Side> = Vec::new();
    let mut by_key: HashMap<std::borrow::Cow<'a, str>, usize> = HashMap::default();
    for (i, t) in ex.toks.iter().enumerate() {
        // Found in the same pass: capitals side by side, or around `&` or `and`.
        if t.cap {
            if let Some(side) = side_at(ex, uses, i) {
                sides.push(side);
            }
        }
        // Headlines count as evidence of the canonical form, and are never flagged.
        if !t.form || t.quote == InQuote::Skip {
            continue;
        }
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
                forms.push(Form {
                    key: key.clone(),
                    at: Vec::new(),
                    mid: false,
                    given: false,
                    family: false,
                });
                by_key.insert(key.clone(), forms.len() - 1);
                forms.len() - 1
            }
        };
        let form = &mut forms[f];
        form.at.push(i);
        form.mid |= !t.sent_start || t.heading;
        form.given |= uses[i] == Use::Given;
        form.family |= uses[i] == Use::Family;
    }
    (forms, sides)
}

/// Whether a token may be a form (see [`forms`]) by itself: capitalised, not all capitals, not an
/// initial, of letters only, name-sized, no hyphen, and none of the listed ordinary words.
/// What the rest of the draft says (quotations, the word in lowercase) is asked in `forms`.
pub fn is_form(lex: &Lexicon, t: &super::scan::Tok, word: &str, key: &str) -> bool {
    let n = key.chars().count();
    t.cap
        && !t.allcaps
        && !t.initial
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
fn near_pairs(lex: &Lexicon, forms: &[Form], keys: &[&FormKeys]) -> Vec<(usize, usize)> {
    // Bucket every form by its skeleton, its romanisation and its single deletions: the
    // (key, form) pairs sorted, so that a bucket is a run of one key.
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(12 * forms.len());
    // A family name is compared by the people of the story, never here.
    for (f, _) in forms.iter().enumerate().filter(|(_, form)| !form.family) {
        keyed.extend(keys[f].hashed.iter().map(|&k| (k, f as u32)));
    }
    keyed.sort_unstable();
    keyed.dedup();
    let mut seen: FxSet<(usize, usize)> = FxSet::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for b in keyed
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|b| (2..=MAX_BUCKET).contains(&b.len()))
    {
        for (x, &(_, f)) in b.iter().enumerate() {
            for &(_, g) in &b[x + 1..] {
                let (f, g) = (f.min(g) as usize, f.max(g) as usize);
                if seen.insert((f, g)) && near(lex, (&forms[f], keys[f]), (&forms[g], keys[g])) {
                    pairs.push((f, g));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
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
        let canonical_range = (!from_house).then(|| ex.toks[forms[canon].at[0]].range.clone());
        // The capitalised words the canonical form is written before (a few are enough).
        let canon_next: Vec<Option<String>> = forms[canon]
            .at
            .iter()
            .take(16)
            .map(|&k| next_capital(ex, k))
            .collect();
        for &i in &forms[other].at {
            if uses[i] == Use::Family
                || ex.toks[i].heading
                || explained(ex, i)
                || coordinated(ex, i, &forms[canon].at)
            {
                continue;
            }
            // Part of another, longer name: `Columbia University` after `Colombia`, `Spartak
            // Moscow` after `Sparta Prague`.
            let next = next_capital(ex, i);
            if next.is_some() && !from_house && !canon_next.contains(&next) {
                continue;
            }
            let range = ex.toks[i].range.clone();
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

/// Each form's romanisation and hashed fuzzy keys, kept between analyses of one draft: the
/// same words come back after every keystroke.
pub type FormCache = crate::memo::Kept<Box<str>, FormKeys>;

/// What [`FormCache`] holds for one folded word.
#[derive(Debug)]
pub struct FormKeys {
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
    (n.joined && n.cap && !ex.toks[i].poss).then(|| fold(ex.word(i + 1)))
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
    let start = ex.toks[i].range.start;
    let before = ex.text[..start].trim_end();
    if before.ends_with('(') {
        return true;
    }
    i > 0 && ex.toks[i].joined && explains(&ex.text[..start], true)
}

/// Two capitalised words of a place or body written side by side, or joined by `&` or `and`
/// (token indexes of the two words).
#[derive(Debug, Clone, Copy)]
enum Side {
    /// `Harbour Side`: perhaps also written as one word.
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
    t.cap
        && !t.allcaps
        && !t.initial
        && t.quote != InQuote::Skip
        && uses.get(i) == Some(&Use::Free)
        && ex.word(i).chars().count() >= 2
        && ex.word(i).chars().all(char::is_alphabetic)
}

/// The pair of capitalised words starting at token `i`, if any (see [`Side`]).
fn side_at(ex: &Extractor, uses: &[Use], i: usize) -> Option<Side> {
    let toks = ex.toks;
    let next = toks.get(i + 1)?;
    // A headline capitalises words that are no name (`Harbour Side Traders Protest`).
    // A possessive ends the name (`Fair Haven's`): only the second word may have one.
    if !plain_capital(ex, uses, i) || toks[i].poss || next.sent != toks[i].sent || toks[i].heading {
        return None;
    }
    if next.joined && plain_capital(ex, uses, i + 1) {
        return Some(Side::Spaced(i));
    }
    let gap = ex.text.get(toks[i].end..next.range.start).unwrap_or("");
    if gap.trim() == "&" && plain_capital(ex, uses, i + 1) {
        return Some(Side::Amp(i, i + 1));
    }
    let and = next.joined && !next.cap && ex.word(i + 1) == "and";
    (and && toks.get(i + 2).is_some_and(|t| t.joined) && plain_capital(ex, uses, i + 2))
        .then_some(Side::And(i, i + 2))
}

/// Whether token `k` is a capitalised word that carries a name on beside a pair (`Harbour
/// Side Road`, `Old Penrose & Vale`), not a sentence's opening word that is an ordinary one
/// (`In Harbour Side`).
fn carries_on(ex: &Extractor, uses: &[Use], k: usize) -> bool {
    let t = &ex.toks[k];
    let key = ex.key(k);
    plain_capital(ex, uses, k)
        && !(t.sent_start && (ex.lex.ordinary(&key) || ex.lex.common.contains(key.as_ref())))
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
        |a: usize| a > 0 && toks[a].joined && !toks[a - 1].poss && carries_on(ex, uses, a - 1);
    let after = |b: usize| {
        !toks[b].poss && toks.get(b + 1).is_some_and(|t| t.joined) && carries_on(ex, uses, b + 1)
    };
    let whole = |a: usize, b: usize| !before(a) && !after(b);
    // Folded name -> (ranges written one way, ranges written the other way).
    type Ways = (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>);
    let mut names: HashMap<String, Ways> = HashMap::default();
    // One word: the forms long enough to be two words run together.
    let closed: HashMap<&str, &Form> = forms
        .iter()
        .filter(|f| !f.given && !f.family && f.key.chars().count() >= 7)
        .map(|f| (f.key.as_ref(), f))
        .collect();
    let has_amp = sides.iter().any(|s| matches!(s, Side::Amp(..)));
    let mut amps: FxSet<String> = FxSet::default();
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
                    if a.chars().count() < 3 || b.chars().count() < 3 {
                        continue;
                    }
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
                                    .map(|&k| toks[k].range.clone());
                            (one.collect(), Vec::new())
                        });
                        e.1.push(toks[i].range.start..toks[i + 1].range.end);
                    }
                }
                // `&` first, then `and` only for a name written with `&` somewhere.
                Side::Amp(i, j) | Side::And(i, j) if has_amp => {
                    let amp = matches!(side, Side::Amp(..));
                    if amp != (pass == 0) {
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
                    let range = toks[a].range.start..toks[b].range.end;
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
            let k = toks.partition_point(|t| t.range.start < r.start);
            if toks.get(k).is_some_and(|t| t.heading) || explained(ex, k) {
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
