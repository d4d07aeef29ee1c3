//! Name candidates: capitalised runs cut into a title, a name and its parts, with the evidence
//! that the run is a person.

use super::keys::{fold, fold_into};
use super::lexicon::{Gender, Lexicon, TitleWord};
use super::scan::{InQuote, Tok};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;

/// A name as written somewhere in the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Cand {
    /// Token indexes of the name (title excluded).
    pub toks: Range<usize>,
    /// Token indexes of the title before it, if any.
    pub title: Option<Range<usize>>,
    /// Gender told by the title.
    pub gender: Option<Gender>,
    /// Family name first (`Kim Jong-un`).
    pub family_first: bool,
    /// Token indexes of the given names (empty for a bare surname).
    pub given: Vec<usize>,
    /// Token indexes of the family name, particles included.
    pub surname: Range<usize>,
    /// Token index of the generational suffix.
    pub suffix: Option<usize>,
    /// Strong evidence that this is a person (title, reporting verb, appositive, given name, ...).
    pub strong: bool,
    /// Some evidence (possessive, capital in mid-sentence).
    pub weak: bool,
    /// An attributive mention (`the Erdoğan government`, `Trump-era`): it may only join a
    /// person already introduced, and is never ambiguous.
    pub attributive: bool,
    /// A given name listed before another's full name, sharing its surname (`Ed` in `Ed and David Miliband`).
    pub listed: bool,
    /// The family name's last two words are one name written apart (`Hamilton Smythe` where the
    /// draft also writes `Hamilton-Smythe`).
    pub split_core: bool,
}

impl Cand {
    /// A surname with no given name.
    pub fn bare(&self) -> bool {
        self.given.is_empty()
    }

    /// The first token of the family name's core: its last word, or its last two when written
    /// apart (see [`Cand::split_core`]); particles come before it.
    pub fn core_start(&self) -> usize {
        self.surname.end - 1 - usize::from(self.split_core)
    }
}

impl Cand {
    /// The candidate with its token indexes moved on by `by`.
    pub fn shifted(&self, by: usize) -> Cand {
        self.moved(|i| i + by)
    }

    /// The candidate with its token indexes moved back by `by` (from the draft's to its block's).
    pub fn unshifted(&self, by: usize) -> Cand {
        self.moved(|i| i - by)
    }

    /// The candidate with every token index `i` made `at(i)`.
    fn moved(&self, at: impl Fn(usize) -> usize) -> Cand {
        let mv = |r: &Range<usize>| at(r.start)..at(r.end);
        // Every field named: `..self.clone()` would copy the given names only to drop them.
        Cand {
            toks: mv(&self.toks),
            title: self.title.as_ref().map(mv),
            gender: self.gender,
            family_first: self.family_first,
            given: self.given.iter().map(|&g| at(g)).collect(),
            surname: mv(&self.surname),
            suffix: self.suffix.map(&at),
            strong: self.strong,
            weak: self.weak,
            attributive: self.attributive,
            listed: self.listed,
            split_core: self.split_core,
        }
    }
}

/// A candidate read from one block, before the draft-wide facts complete its evidence.
#[derive(Debug, Clone)]
pub struct Pre {
    /// The candidate, with the evidence its block alone gives (token indexes from the block's first).
    pub cand: Cand,
    /// A given name listed before it (`Ed` of `Ed and David Miliband`), kept or dropped with it.
    pub listed: Option<Cand>,
    /// What the draft-wide facts still decide (none: the candidate stands as it is).
    pub pending: Option<Pending>,
}

/// The part of a candidate's evidence that depends on the rest of the draft.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The run's first token: written in lowercase elsewhere, it is an ordinary word.
    first: usize,
    /// Strong on context, outside quotations, unless the first word is an ordinary one.
    open: Option<OpenStrong>,
    /// Weak evidence unless the first word is an ordinary one.
    weak_unless_lower: bool,
    /// A run of two words or more is kept only when strong.
    needs_strong: bool,
}

/// Context that makes a run with given names a person.
#[derive(Debug, Clone)]
struct OpenStrong {
    /// A comma, a verb, a title in lowercase or initials around it.
    context: bool,
    /// The folded family name: used alone elsewhere in the draft, it is context too.
    alone_key: Option<String>,
}

/// What decides whether a run held back for want of evidence is a person all the same (see
/// [`Admission::admits`]), read from the run's own words.
#[derive(Debug, Clone, Default)]
pub struct Admission {
    /// [`Extractor::run_hash`] of its words (`None` for a family name alone: never admitted).
    run: Option<u64>,
    /// For one given name and a one-word family name, no suffix and no initial: what the
    /// draft's other names are asked of it.
    given: Option<Given>,
}

/// The given name and family name of a held run (see [`Admission`]).
#[derive(Debug, Clone)]
struct Given {
    /// [`Extractor::family_hash`] of the family name.
    family: u64,
    /// The given name is an ordinary word (`Harbour Lane` after `Lane said` stays a street).
    ordinary: bool,
    /// The given name's folded key.
    key: Box<str>,
}

impl Admission {
    /// Whether the held run is a person all the same: a full name that folds like one taken
    /// elsewhere in the draft (`Søren Kierkegaard-Holm gave a lecture` where `Soren
    /// Kierkegaard-Holm said` is a person). `names` tells whether a hash of
    /// [`Extractor::name_hash`] is among the candidates taken.
    ///
    /// Or a given name and a family name (`Mats Johansen missed`) whose family name stands
    /// alone elsewhere with strong evidence of a person (`Johansen, 19, was in tears`; see
    /// [`Extractor::bare_hash`]), when the given name is no ordinary word (`Harbour Lane` after
    /// `Lane said` stays a street).
    ///
    /// Or a given name spelt nearly like that of a full name taken with the same family name
    /// (`Mathew Osei's lawyer` after `Matthew Osei said`): `givens` tells whether any of the
    /// given names of the full names taken with a family hash (see [`Extractor::given_of`]),
    /// the first [`GIVENS_READ`] in draft order, is one a test passes.
    pub fn admits(
        &self,
        names: impl Fn(u64) -> bool,
        givens: impl FnOnce(u64, &dyn Fn(&str) -> bool) -> bool,
    ) -> bool {
        let Some(run) = self.run else {
            return false;
        };
        if names(run) {
            return true;
        }
        let Some(g) = &self.given else {
            return false;
        };
        if !g.ordinary && names(g.family) {
            return true;
        }
        givens(g.family, &|o| crate::people::close_given(&g.key, o))
    }

    /// What [`Admission::admits`] may ask: whether a name is counted (`false`, its hash) and
    /// a family's given names (`true`, the family's hash).
    pub fn asks(&self) -> impl Iterator<Item = (bool, u64)> + '_ {
        let given = self
            .given
            .iter()
            .flat_map(|g| [(false, g.family), (true, g.family)]);
        self.run.map(|r| (false, r)).into_iter().chain(given)
    }
}

/// How many given names of a family a held run is compared with, the first in the draft: a
/// crowd of namesakes stays linear.
pub const GIVENS_READ: usize = 8;

impl Extractor<'_> {
    /// The candidates of `pre` (read from the block whose first token is `shift`), with the
    /// draft-wide facts asked now, appended to `out` (none when the evidence falls short).
    ///
    /// Returns `false` for a run held back for want of evidence; `admit` takes such a run all
    /// the same (see [`Admission::admits`]). Every draft-wide fact read is noted in `reads`
    /// (see [`fact`]).
    pub fn finish(
        &self,
        pre: &Pre,
        shift: usize,
        out: &mut Vec<Cand>,
        admit: bool,
        reads: &mut Vec<u64>,
    ) -> bool {
        let Some(p) = &pre.pending else {
            out.extend(pre.listed.iter().map(|c| c.shifted(shift)));
            let mut c = pre.cand.shifted(shift);
            self.draft_wide_shape(&mut c, reads);
            out.push(c);
            return true;
        };
        let lower = with_lower(self.word(p.first + shift), |w| {
            reads.push(fact(LOWER, w));
            self.words.lower.contains_key(w)
        });
        let mut alone = |k: &Option<String>| {
            k.as_deref().is_some_and(|k| {
                reads.push(fact(ALONE, k));
                self.words.alone.get(k).copied().unwrap_or(0) > 0
            })
        };
        let strong = pre.cand.strong
            || p.open
                .as_ref()
                .is_some_and(|o| !lower && (o.context || alone(&o.alone_key)));
        let admitted = admit && !lower && p.open.is_some();
        if p.needs_strong && !strong && !admitted {
            return false;
        }
        out.extend(pre.listed.iter().map(|c| c.shifted(shift)));
        let mut c = pre.cand.shifted(shift);
        c.strong = strong || admitted;
        c.weak = c.weak || (!lower && p.weak_unless_lower);
        self.draft_wide_shape(&mut c, reads);
        out.push(c);
        true
    }

    /// What [`Admission::admits`] reads of a run held back for want of evidence (read from the
    /// block whose first token is `shift`): its own words only, so it is worked out once per
    /// block and the draft's names asked on every analysis.
    pub fn admission(&self, pre: &Pre, shift: usize) -> Admission {
        let c = &pre.cand;
        if c.bare() {
            return Admission::default();
        }
        let run = Some(self.run_hash(c.toks.start + shift..c.toks.end + shift));
        let ([g], Some(&last)) = (&c.given[..], c.surname.clone().last().as_ref()) else {
            return Admission { run, given: None };
        };
        if c.surname.len() != 1 || c.suffix.is_some() || self.toks[g + shift].initial() {
            return Admission { run, given: None };
        }
        let given = Given {
            family: self.family_hash(last + shift),
            ordinary: crate::people::is_ordinary_word(self.word(g + shift)),
            key: self.key(g + shift).into(),
        };
        Admission {
            run,
            given: Some(given),
        }
    }

    /// The hash a candidate taken adds to the names a held run is admitted by (see
    /// [`Admission::admits`]): a family name alone with strong evidence by
    /// [`Extractor::bare_hash`], a full name by [`Extractor::run_hash`].
    pub fn name_hash(&self, c: &Cand) -> u64 {
        if c.bare() {
            // A family name alone with strong evidence (`Johansen, 19,`), kept apart from the
            // full names by its tag.
            self.bare_hash(c)
        } else {
            self.run_hash(c.toks.clone())
        }
    }

    /// The family name's hash and the given name's token a full name taken lends to the held
    /// runs of its family (see [`Admission::admits`]).
    pub fn given_of(&self, c: &Cand) -> Option<(u64, usize)> {
        if c.bare() || c.family_first {
            return None;
        }
        let (Some(&g), Some(last)) = (c.given.first(), c.surname.clone().last()) else {
            return None;
        };
        Some((self.family_hash(last), g))
    }

    /// Whether a name ending at token `a` and one starting at token `b` are listed side by side
    /// in one sentence: a comma or `and` / `or` between them (`McDonald and MacDonald`).
    pub fn side_by_side(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        b > a
            && toks[a].sent == toks[b].sent
            && match b - a {
                1 => !toks[b].joined(),
                2 => matches!(self.key(a + 1).as_ref(), "and" | "or"),
                _ => false,
            }
    }

    /// A hash of a family name's folded key, for [`Admission::admits`], tagged apart from
    /// [`Extractor::run_hash`] (the two meet in one set).
    pub fn family_hash(&self, tok: usize) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        h.write_u8(0xfd);
        h.write(self.key(tok).as_bytes());
        h.finish()
    }

    /// The hash `admits` looks a family name up by: that of a bare candidate with strong
    /// evidence ([`Extractor::family_hash`]); 0 (matching nothing real) otherwise.
    pub fn bare_hash(&self, c: &Cand) -> u64 {
        if !c.strong || c.attributive || c.surname.len() != 1 {
            return 0;
        }
        self.family_hash(c.surname.start)
    }

    /// A hash of the folded words of a run of tokens, run together (`Søren Kierkegaard-Holm`
    /// and `Soren Kierkegaard-Holm` hash alike, and so do `Jean-Luc Mercier` and `Jean Luc
    /// Mercier`, `Ana De Luca` and `Ana DeLuca`: one name written with its words joined or apart).
    pub fn run_hash(&self, run: Range<usize>) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut joined = String::with_capacity(32);
        for k in run {
            joined.push_str(&self.key(k));
        }
        let mut h = rustc_hash::FxBuildHasher.build_hasher();
        h.write(joined.as_bytes());
        // Never a byte of a key (UTF-8), so a run never hashes like a family name's tag.
        h.write_u8(0xff);
        h.finish()
    }

    /// The shape of a name that only the rest of the draft tells: a family name first whose
    /// given name is written joined elsewhere, or a double-barrelled family name written apart.
    fn draft_wide_shape(&self, c: &mut Cand, reads: &mut Vec<u64>) {
        self.take_trailing_syllable(c, reads);
        self.read_family_first(c, reads);
        self.join_split_core(c, reads);
    }

    /// Whether the draft writes the words of `run` as one capitalised word elsewhere
    /// (`Wei-hsiung` or `Weihsiung` for `Wei Hsiung`): their folded keys, run together.
    fn written_joined(&self, run: Range<usize>, reads: &mut Vec<u64>) -> bool {
        let joined: String = run.map(|k| self.key(k)).collect();
        reads.push(fact(CAPS, &joined));
        self.words.caps.get(joined.as_str()).is_some_and(|&n| n > 0)
    }

    /// Takes into a family-first name the capitalised syllable after it that a run of names
    /// stops at because it is also an English word (`In` of `Moon Jae In`, `Ho` of `Ahn Tae
    /// Ho`), when the draft writes it joined to the syllable before elsewhere (`Jae-in`).
    fn take_trailing_syllable(&self, c: &mut Cand, reads: &mut Vec<u64>) {
        let last = c.toks.end - 1;
        let next = c.toks.end;
        if !c.family_first || c.suffix.is_some() || c.given.last() != Some(&last) {
            return;
        }
        let Some(t) = self.toks.get(next) else {
            return;
        };
        let ours = &self.toks[last];
        if !t.cap() || !t.joined() || t.sent != ours.sent || t.quote != ours.quote || t.initial() {
            return;
        }
        // A capital after it would start a name of its own there: mentions must not overlap.
        if self
            .toks
            .get(next + 1)
            .is_some_and(|u| u.cap() && u.joined() && u.sent == t.sent)
        {
            return;
        }
        let key = self.key(next);
        let syllable = self.lex.ko_syllables.contains(key.as_ref())
            || (key.len() <= 6 && super::lexicon::is_pinyin(&key));
        if syllable && self.written_joined(last..next + 1, reads) {
            c.given.push(next);
            c.toks.end = next + 1;
        }
    }

    /// Reads `Chen Wei Hsiung` family name first when the draft also writes `Wei-hsiung` or
    /// `Weihsiung` as one word: an East Asian family name, then given syllables written apart.
    fn read_family_first(&self, c: &mut Cand, reads: &mut Vec<u64>) {
        let Some(&first) = c.given.first() else {
            return;
        };
        if c.family_first || c.listed || c.suffix.is_some() || c.surname.len() != 1 {
            return;
        }
        let rest = first + 1..c.surname.end;
        if rest.len() < 2
            || c.given.iter().copied().ne(first..c.surname.start)
            || !self.lex.ea_surnames.contains(self.key(first).as_ref())
            || rest
                .clone()
                .any(|k| !self.toks[k].joined() || self.toks[k].initial())
        {
            return;
        }
        if self.written_joined(rest.clone(), reads) {
            c.family_first = true;
            c.given = rest.collect();
            c.surname = first..first + 1;
        }
    }

    /// Reads a candidate's last given name and its one-word family name as one family name
    /// written apart when the draft writes them joined elsewhere (`Ms Hamilton Smythe` and
    /// `Catherine Hamilton-Smythe`): the folded pair is a capitalised word of the draft.
    fn join_split_core(&self, c: &mut Cand, reads: &mut Vec<u64>) {
        let (Some(&g), true) = (c.given.last(), c.surname.len() == 1) else {
            return;
        };
        let s = c.surname.start;
        if c.family_first || c.listed || g + 1 != s || self.toks[g].initial() {
            return;
        }
        // Written apart by spaces only, inside one sentence.
        if !self.toks[s].joined() {
            return;
        }
        // The last word used alone elsewhere (`Mr Pritchard` after `Owen Lloyd Pritchard`) is a
        // family name by itself, whatever `Lloyd-Pritchard` elsewhere is.
        let key = self.key(s);
        reads.push(fact(ALONE, &key));
        if self.words.alone.get(key.as_ref()).is_some_and(|&n| n > 0) {
            return;
        }
        if self.written_joined(g..s + 1, reads) {
            c.given.pop();
            c.surname.start = g;
            c.split_core = true;
        }
    }
}

/// Whether a lowercase word before a name says what the person does (`actress Sienna Miller`,
/// `trader Lin Wei`): a title word, a listed role, or a word with a role noun's ending.
pub(super) fn role_noun(w: &str) -> bool {
    Lexicon::get().titles.contains_key(w)
        || ROLES.contains(&w)
        || [
            "er", "or", "ist", "man", "woman", "ant", "ent", "ian", "ee", "ess",
        ]
        .iter()
        .any(|s| w.ends_with(s) && w.len() > 4)
}

/// Words after `, ` that open an appositive about a person.
pub(super) const APPOSITIVE: &[&str] = &[
    "a", "an", "the", "who", "whose", "now", "aged", "his", "her", "their", "one", "also", "both",
    "himself", "herself", "then", "still", "formerly", "née", "nee", "known",
];

/// Words after `, ` that go on the sentence rather than describe the name before them.
pub(super) const NOT_APPOSITIVE: &[&str] = &[
    "and",
    "but",
    "or",
    "nor",
    "which",
    "where",
    "when",
    "while",
    "as",
    "so",
    "then",
    "after",
    "before",
    "because",
    "although",
    "though",
    "if",
    "unless",
    "until",
    "since",
    "said",
    "says",
    "told",
    "added",
    "according",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "to",
    "of",
    "including",
    "not",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "do",
    "it",
    "they",
    "we",
    "he",
    "she",
    "there",
    "this",
    "that",
    "these",
    "those",
    "however",
    "meanwhile",
    "instead",
    "too",
    "yet",
    "etc",
];

/// Lowercase role nouns written before a name (`actress Sienna Miller`, `host Lorraine Kelly`).
pub(super) const ROLES: &[&str] = &[
    "host",
    "star",
    "chief",
    "boss",
    "aide",
    "coach",
    "judge",
    "captain",
    "leader",
    "colleague",
    "rival",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "mother",
    "father",
    "partner",
    "widow",
    "widower",
    "friend",
    "neighbour",
    "neighbor",
    "pupil",
    "student",
    "resident",
    "victim",
    "veteran",
    "poet",
    "chef",
    "doctor",
    "nurse",
    "surgeon",
    "lawyer",
    "attorney",
    "barrister",
    "solicitor",
    "professor",
    "scientist",
    "activist",
    "official",
    "officer",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "jockey",
    "champion",
    "head",
    "deputy",
    "envoy",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "fellow",
    "comedian",
    "model",
    "supermodel",
    "pianist",
    "tenor",
    "soprano",
    "dj",
    "presenter",
    "novelist",
    "economist",
    "analyst",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "counsel",
    "chancellor",
    "vet",
    "cook",
    "pilot",
    "priest",
    "vicar",
    "rabbi",
    "imam",
    "monk",
    "nun",
    "clerk",
    "medic",
    "guard",
];

/// The folded form of every capitalised token and initial of `toks` (ranges into `text`), one
/// after another in one string (one allocation, not one per word), with each token's span
/// (empty for the other tokens).
pub fn fold_keys(text: &str, toks: &[Tok]) -> (String, Vec<(u32, u32)>) {
    let mut keys = String::with_capacity(text.len() / 8);
    let spans = toks
        .iter()
        .map(|t| {
            let s = keys.len() as u32;
            if t.cap() || t.initial() {
                fold_into(&text[t.range()], &mut keys);
            }
            (s, keys.len() as u32)
        })
        .collect();
    (keys, spans)
}

/// Counts of words over the whole draft, kept per block and summed (see `memo.rs`).
pub type Counts = HashMap<Box<str>, u32>;

/// What the draft says about its words as a whole.
#[derive(Debug, Default)]
pub struct Words {
    /// Words written in lowercase somewhere in the draft (common words, not names).
    pub lower: Counts,
    /// How often each folded word stands alone as a capitalised word.
    pub alone: Counts,
    /// How often each folded capitalised word occurs.
    pub caps: Counts,
    /// The facts (see [`fact`]) whose answer changed since [`Words::checked`], as long as they
    /// are few: the blocks that read none of them finish their candidates as before.
    changed: Vec<u64>,
    /// More facts changed than `changed` keeps.
    many_changed: bool,
    /// How many analyses the counts were brought up to date for (see [`Words::next`]).
    generation: u64,
}

/// Which count a draft-wide fact reads (see [`fact`]).
const LOWER: u8 = 1;
const ALONE: u8 = 2;
const CAPS: u8 = 3;

/// A hash of a draft-wide fact: whether `key` is in the counts of `kind`.
fn fact(kind: u8, key: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write_u8(kind);
    h.write(key.as_bytes());
    h.finish()
}

/// How many changed facts [`Words`] names one by one (a keystroke changes a few).
const FEW_CHANGED: usize = 64;

impl Words {
    /// The tokens of one block that count (see [`BlockWords`]).
    pub fn of_block(toks: &[Tok], text: &str, keys: &str, key_spans: &[(u32, u32)]) -> BlockWords {
        let mut w = BlockWords::default();
        let key_of = |i: usize| &keys[key_spans[i].0 as usize..key_spans[i].1 as usize];
        for (i, t) in toks.iter().enumerate() {
            let word = &text[t.range()];
            if t.cap() {
                w.caps.push(i as u32);
            }
            if !t.cap() && word.chars().next().is_some_and(char::is_lowercase) {
                w.lower.push(i as u32);
            } else if t.cap() && !t.sent_start() {
                // `Mr Peres` is the surname alone too: a courtesy title does not count as a word of the name.
                let joined_prev = i > 0
                    && t.joined()
                    && toks[i - 1].cap()
                    && !matches!(
                        key_of(i - 1),
                        "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "dame"
                    );
                let joined_next = toks
                    .get(i + 1)
                    .is_some_and(|n| n.joined() && n.cap() && !t.poss());
                if !joined_prev && !joined_next {
                    w.alone.push(i as u32);
                }
            }
        }
        w
    }

    /// Starts noting anew which facts change, once every block's candidates were checked
    /// against the changes (an analysis that keeps the last people checks none: the changes
    /// add up until the next that does).
    pub fn checked(&mut self) {
        self.changed.clear();
        self.many_changed = false;
    }

    /// Notes that another analysis of the draft begins.
    pub fn next(&mut self) {
        self.generation += 1;
    }

    /// How many analyses began (see [`Words::next`]): what was read of the draft in the
    /// analysis of generation `g` is the last analysis's in generation `g + 1`.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether any of the facts `reads` may have changed since [`Words::checked`].
    pub fn any_changed(&self, reads: &[u64]) -> bool {
        self.many_changed || reads.iter().any(|r| self.changed.contains(r))
    }

    /// Notes that the fact `kind` of `key` changed.
    fn note(&mut self, kind: u8, key: &str) {
        if self.changed.len() < FEW_CHANGED {
            self.changed.push(fact(kind, key));
        } else {
            self.many_changed = true;
        }
    }

    /// Adds (`times` > 0) or takes away (`times` < 0) the counts of a block's tokens (`text`
    /// the block's own, `keys` from [`fold_keys`]), `times` times.
    pub fn apply(&mut self, b: &BlockParts, times: i64) {
        let key = |i: u32| -> std::borrow::Cow<'_, str> {
            let (s, e) = b.key_spans[i as usize];
            if s == e {
                Cow::Owned(fold(&b.text[b.toks[i as usize].range()]))
            } else {
                Cow::Borrowed(&b.keys[s as usize..e as usize])
            }
        };
        for &i in &b.words.lower {
            let k = &b.text[b.toks[i as usize].range()];
            if add(&mut self.lower, k, times) {
                self.note(LOWER, k);
            }
        }
        for &i in &b.words.alone {
            let (s, e) = b.key_spans[i as usize];
            let k = &b.keys[s as usize..e as usize];
            if add(&mut self.alone, k, times) {
                self.note(ALONE, k);
            }
        }
        for &i in &b.words.caps {
            let k = key(i);
            if add(&mut self.caps, &k, times) {
                self.note(CAPS, &k);
            }
        }
    }
}

/// Adds `times` (which may be negative) to the count of `k`, forgetting it at zero. Returns
/// whether `k` came or went (the facts read are whether a word is counted at all).
fn add(m: &mut Counts, k: &str, times: i64) -> bool {
    match m.get_mut(k) {
        Some(n) => {
            let new = (i64::from(*n) + times).max(0);
            if new == 0 {
                m.remove(k);
                true
            } else {
                *n = new as u32;
                false
            }
        }
        None if times > 0 => {
            m.insert(k.into(), times as u32);
            true
        }
        None => false,
    }
}

/// A block's tokens that count in [`Words`] (indexes): words in lowercase, capitalised words
/// standing alone, capitalised words.
#[derive(Debug, Default)]
pub struct BlockWords {
    lower: Vec<u32>,
    alone: Vec<u32>,
    caps: Vec<u32>,
}

/// What [`Words::apply`] reads of one block.
pub struct BlockParts<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub keys: &'a str,
    pub key_spans: &'a [(u32, u32)],
    pub words: &'a BlockWords,
}

/// Marks what the word lists say of each token of one block (`text` the block's own): the
/// listed reporting verbs, and the words that may name a place or an organisation.
pub fn mark_words(text: &str, toks: &mut [Tok], keys: &str, key_spans: &[(u32, u32)]) {
    let lex = Lexicon::get();
    // Which (length, first byte) pairs a reporting verb has: most words are ruled out
    // without hashing them.
    static SHAPES: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    let shape =
        |w: &str| w.len().min(63) * 256 + usize::from(w.as_bytes().first().copied().unwrap_or(0));
    let shapes = SHAPES.get_or_init(|| {
        let mut v = vec![false; 64 * 256];
        for r in &lex.reporting {
            v[shape(r)] = true;
        }
        v
    });
    for (t, &(a, b)) in toks.iter_mut().zip(key_spans) {
        let word = &text[t.range()];
        if !t.cap() {
            t.set_verb(shapes[shape(word)] && lex.reporting.contains(word));
            continue;
        }
        let folded;
        let key = if a == b {
            folded = fold(word);
            folded.as_str()
        } else {
            &keys[a as usize..b as usize]
        };
        let form = super::proper::is_form(lex, t, word, key);
        t.set_form(form);
    }
}

/// Reads names out of tokens: over one block (its candidates, [`Extractor::block`]) or over
/// the whole draft (the facts the people of the story are resolved with, [`Extractor::draft`]).
pub struct Extractor<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub lex: &'static Lexicon,
    /// The draft's word counts.
    pub words: &'a Words,
    /// The folded forms of the tokens (see [`fold_keys`]).
    keys: &'a str,
    key_spans: &'a [(u32, u32)],
    /// A maiden name in brackets inside a name (`Santos` in `Maria (Santos) Oliveira`).
    bracketed: Vec<bool>,
    /// Where the text a candidate's context is read from ends: the end of its block.
    limit: usize,
}

impl<'a> Extractor<'a> {
    /// An extractor over the tokens of one block (placed in the draft), whose text ends at `limit`.
    pub fn block(
        text: &'a str,
        toks: &'a [Tok],
        keys: (&'a str, &'a [(u32, u32)]),
        words: &'a Words,
        limit: usize,
    ) -> Extractor<'a> {
        let gap = |a: usize, b: usize| text[toks[a].end()..toks[b].range().start].trim();
        let bracketed = (0..toks.len())
            .map(|k| {
                k > 0
                    && k + 1 < toks.len()
                    && toks[k - 1].cap()
                    && toks[k].cap()
                    && toks[k + 1].cap()
                    && toks[k - 1].sent == toks[k + 1].sent
                    && gap(k - 1, k) == "("
                    && gap(k, k + 1) == ")"
            })
            .collect();
        Extractor {
            text,
            toks,
            lex: super::lexicon::Lexicon::get(),
            words,
            keys: keys.0,
            key_spans: keys.1,
            bracketed,
            limit: limit.min(text.len()),
        }
    }

    /// An extractor over every token of the draft, with the draft's word counts.
    pub fn draft(
        text: &'a str,
        toks: &'a [Tok],
        keys: (&'a str, &'a [(u32, u32)]),
        words: &'a Words,
    ) -> Extractor<'a> {
        Extractor {
            text,
            toks,
            lex: super::lexicon::Lexicon::get(),
            words,
            keys: keys.0,
            key_spans: keys.1,
            bracketed: Vec::new(),
            limit: text.len(),
        }
    }

    /// Whether a word is written in lowercase somewhere in the draft.
    pub fn lower_elsewhere(&self, word: &str) -> bool {
        if word.chars().all(|c| !c.is_uppercase()) {
            return self.words.lower.contains_key(word);
        }
        // A short ASCII word is lowercased on the stack: this runs for every candidate on every
        // keystroke.
        let mut buf = [0u8; 32];
        if word.is_ascii() && word.len() <= buf.len() {
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            return std::str::from_utf8(buf).is_ok_and(|w| self.words.lower.contains_key(w));
        }
        self.words.lower.contains_key(lower(word).as_ref())
    }

    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].range()]
    }

    /// The folded form of token `i` (computed once for capitalised tokens).
    pub fn key(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let (s, e) = self.key_spans[i];
        if s == e {
            std::borrow::Cow::Owned(fold(self.word(i)))
        } else {
            std::borrow::Cow::Borrowed(&self.keys[s as usize..e as usize])
        }
    }

    fn title_kind(&self, i: usize) -> Option<TitleWord> {
        let t = &self.toks[i];
        if !t.cap() {
            return None;
        }
        self.lex.titles.get(self.key(i).as_ref()).copied()
    }

    /// Whether token `i` is given names joined by hyphens (`Marie-Claire`, `Hans-Peter`).
    fn hyphened_given(&self, i: usize) -> bool {
        let w = self.word(i);
        w.contains('-')
            && w.split('-')
                .all(|p| self.lex.given_name(&super::fold(p)).is_some())
    }

    /// Whether token `i` is an East Asian given name of syllables joined by a hyphen
    /// (`Seo-yeon`, `Min-jun`), each a Korean syllable or a pinyin one.
    fn romanised_given(&self, i: usize) -> bool {
        let w = self.word(i);
        w.contains('-')
            && w.split('-').all(|p| {
                let k = super::fold(p);
                self.lex.ko_syllables.contains(&k) || super::lexicon::is_pinyin(&k)
            })
    }

    fn is_particle(&self, i: usize) -> bool {
        // Folded, so a particle written without its accent (`Ni` for `Ní`) is still one.
        self.lex.particles.contains(self.key(i).as_ref())
    }

    fn is_adjective_compound(&self, i: usize) -> bool {
        let w = self.word(i);
        match w.rfind('-') {
            Some(h) => {
                let last = w[h + 1..].to_lowercase();
                self.lex.compounds.contains(&last) || last.chars().all(|c| c.is_ascii_digit())
            }
            None => false,
        }
    }

    fn nameish(&self, i: usize) -> bool {
        let t = &self.toks[i];
        (t.cap() && !t.allcaps() && !self.is_adjective_compound(i)) || t.initial()
    }

    /// Whether the lowercase particles from token `j` on lead to a capitalised name (`von der Leyen`).
    fn particles_lead_to_name(&self, j: usize) -> bool {
        let sent = self.toks[j].sent;
        let mut k = j + 1;
        while k < self.toks.len() && k - j <= 3 {
            let t = &self.toks[k];
            if !t.joined() || t.sent != sent {
                return false;
            }
            if t.cap() {
                return !t.allcaps();
            }
            if !self.is_particle(k) {
                return false;
            }
            k += 1;
        }
        false
    }

    fn suffix_at(&self, i: usize) -> bool {
        // The capital first: it is cheap, and most words have none.
        self.word(i).chars().next().is_some_and(char::is_uppercase)
            && self.lex.suffixes.contains(self.key(i).as_ref())
    }

    /// Every name candidate of the tokens, in order, its draft-wide evidence pending.
    pub fn pre_candidates(&self) -> Vec<Pre> {
        let toks = self.toks;
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !self.nameish(i) || toks[i].quote == InQuote::Skip {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() {
                let t = &toks[j];
                let bracket = self.bracketed[j] || self.bracketed[j - 1];
                if !(t.joined() || bracket)
                    || t.sent != toks[i].sent
                    || toks[j - 1].poss()
                    || toks[j - 1].compound()
                    || t.quote != toks[i].quote
                {
                    break;
                }
                let ok = self.nameish(j)
                    || (self.suffix_at(j) && j > i)
                    || (!t.cap() && self.is_particle(j) && self.particles_lead_to_name(j));
                if !ok {
                    break;
                }
                j += 1;
            }
            self.run(i..j, &mut out);
            i = j;
        }
        out
    }

    fn run(&self, whole: Range<usize>, out: &mut Vec<Pre>) {
        // A loop, not a recursion, over the pieces a common word cuts the run into: a run may
        // be a whole paragraph of capitalised words.
        let mut from = whole.start;
        while from < whole.end {
            from = self.run_piece(from..whole.end, out);
        }
    }

    /// One piece of a run (see [`Extractor::run`]): its candidate, if any; returns where the
    /// rest of the run starts (the run's end when nothing is left of it).
    fn run_piece(&self, r: Range<usize>, out: &mut Vec<Pre>) -> usize {
        let toks = self.toks;
        let mut a = r.start;
        let b = r.end;
        // A capital that is only there because the sentence starts; a verb in `-ing` opening
        // the sentence before a name (`Interrupting Sukul, the judge said`) is not a given name.
        let key = self.key(a);
        let opening_verb = b - a >= 2
            && key.ends_with("ing")
            && self.lex.english.contains(key.as_ref())
            && !self.lex.given.contains_key(key.as_ref());
        // But not a lone word a reporting verb follows (`Green said`): a surname, maybe.
        let reported = b - a == 1 && toks.get(b).is_some_and(|t| t.verb() && t.joined());
        if toks[a].sent_start()
            && self.title_kind(a).is_none()
            && !reported
            && (self.lex.common.contains(key.as_ref())
                || self.lex.demonyms.contains(key.as_ref())
                || opening_verb)
        {
            // `Lake Corran froze`: a head noun opening the sentence before one name names a
            // place after someone (see `is_thing`).
            if b - a == 2 && self.is_thing(a, b, a, key.as_ref()) {
                return b;
            }
            a += 1;
        }
        if a >= b {
            return b;
        }
        // The title: up to three words, ending in a courtesy title or a title head.
        let mut title: Option<Range<usize>> = None;
        let mut courtesy = false;
        let mut gender = None;
        #[allow(clippy::needless_range_loop)] // `h` is a token index used by several lookups
        for h in a..(a + 4).min(b.saturating_sub(1)) {
            match self.title_kind(h) {
                Some(TitleWord::Courtesy(_)) | Some(TitleWord::Head) => {
                    let mut e = h;
                    while e + 2 < b
                        && matches!(
                            self.title_kind(e + 1),
                            Some(TitleWord::Courtesy(_)) | Some(TitleWord::Head)
                        )
                    {
                        e += 1;
                    }
                    title = Some(a..e + 1);
                    break;
                }
                Some(TitleWord::Part) => continue,
                None => {
                    if self.lex.given.contains_key(self.key(h).as_ref()) || toks[h].initial() {
                        break;
                    }
                }
            }
        }
        // An unlisted title before a known given name or initials: `Special Counsel Robert
        // Mueller`, `Author J. R. Haig`; but an East Asian family name before given syllables is
        // the name (`Lin Mei Hua`).
        if title.is_none()
            && !self.lex.given.contains_key(self.key(a).as_ref())
            && !self.lex.ea_surnames.contains(self.key(a).as_ref())
            && !toks[a].initial()
        {
            if let Some(k) = (a + 1..(a + 4).min(b.saturating_sub(1))).find(|&k| {
                ((self.lex.given.contains_key(self.key(k).as_ref())
                    || self.hyphened_given(k)
                    || toks[k].initial())
                    && !self.lex.places.contains(self.key(k).as_ref()))
                    // `Trader Pham Van Duc`, `Farmer Li Qiang`: a name written family name
                    // first, after an ordinary word.
                    || (self.lex.ordinary(&lower(self.word(a)))
                        && (self.family_first(k, b, &self.key(k))
                            || (self.lex.ea_surnames.contains(self.key(k).as_ref())
                                && (k + 1..b).all(|m| (2..=6).contains(&self.key(m).len())))))
            }) {
                // At the start of a sentence only an ordinary word is a title (`Co-author`).
                if !toks[a].sent_start() || self.lex.ordinary(&lower(self.word(a))) {
                    title = Some(a..k);
                }
            }
        }
        // An ordinary word opening the sentence before a name of two words or more, neither of
        // them listed (`Skier Ola Hansen`): a description, capitalised only by the sentence.
        if title.is_none()
            && toks[a].sent_start()
            && b - a >= 3
            && self.title_kind(a).is_none()
            && !self.lex.given.contains_key(self.key(a).as_ref())
            && !self.lex.ea_surnames.contains(self.key(a).as_ref())
            && !toks[a].initial()
            && self.lex.ordinary(&lower(self.word(a)))
        {
            title = Some(a..a + 1);
        }
        if let Some(t) = &title {
            for k in t.clone() {
                if let Some(TitleWord::Courtesy(g)) = self.title_kind(k) {
                    courtesy = true;
                    gender = gender.or(g);
                }
            }
            a = t.end;
        }
        // Descriptions before the name: `the Norwegian Erik Hansen`.
        while a + 1 < b && self.lex.demonyms.contains(self.key(a).as_ref()) {
            a += 1;
        }
        // `Morgan Stanley`, `Milton Keynes`: a firm or a place named like a person
        // (`data/names/namesakes.txt`) is no person unless a title or the sentence makes it one.
        if title.is_none() && self.namesake(a, b) && !self.acts(r.start, b) {
            return b;
        }
        // A common capitalised word cuts the run; the rest is looked at on its own.
        // Not one that ends the run right after a given name: `Martin Green`, `Ana White` (a
        // place's or a body's word there needs more, see `is_thing`).
        // Nor one alone after a courtesy title (`Mr Green`).
        let surname = |k: usize, key: &str| {
            k + 1 == b
                && ((k > a && self.lex.given.contains_key(self.key(k - 1).as_ref()))
                    || (k == a && (courtesy || self.bare_acts(k))))
                && ((!self.lex.heads.contains(key) && !self.lex.places.contains(key))
                    || self.acts(r.start, b))
        };
        if let Some(k) = (a..b).find(|&k| {
            let key = self.key(k);
            self.lex.common.contains(key.as_ref())
                && !self.lex.given.contains_key(key.as_ref())
                && !self.suffix_at(k)
                && !surname(k, key.as_ref())
        }) {
            // A head noun beside capitals that open with no given name and no title names a
            // place or a body after someone, the head after (`Corran Road`, `Oduya
            // Foundation`) or before (`Lake Corran`, `Port Oduya`): no mention of them.
            let key = self.key(k);
            let head = title.is_none()
                && self.lex.heads.contains(key.as_ref())
                && !self.lex.ea_surnames.contains(key.as_ref());
            if head && k == a && b - a == 2 && self.is_thing(a, b, a, key.as_ref()) {
                return b;
            }
            let named_after = head
                && !self.lex.given.contains_key(self.key(a).as_ref())
                && !toks[a..k].iter().any(|t| t.initial());
            // A head that ends the run names a thing after a whole name (`Samuel Okafor
            // School`, `Ruth Adeyemi Library`): no mention of that person. A head that is also
            // a family name (`Hall`) may still end a person's name.
            let ends_head = head && k + 1 == b && !self.lex.family_heads.contains(key.as_ref());
            if ends_head {
                return b;
            }
            if k > a && !named_after {
                self.name(a..k, title, courtesy, gender, out);
            }
            return k + 1;
        }
        self.name(a..b, title, courtesy, gender, out);
        b
    }

    /// Whether two or three words of the run `a..b` name a firm or a place named like a person
    /// (`data/names/namesakes.txt`).
    fn namesake(&self, a: usize, b: usize) -> bool {
        if self.lex.namesakes.is_empty() {
            return false;
        }
        let mut joined = String::new();
        // Only where a name could start: a person's name is six words at most (see
        // [`Extractor::name`]), and a long run is read piece by piece, so reading to its end
        // from every piece would cost its length squared.
        (a..b.min(a + 6)).any(|s| {
            joined.clear();
            (s..b.min(s + 3)).any(|e| {
                joined.push_str(&self.key(e));
                e > s && self.lex.namesakes.contains(joined.as_str())
            })
        })
    }

    /// A candidate for the run `r` (after its title), or none when the run is not a person.
    fn name(
        &self,
        r: Range<usize>,
        title: Option<Range<usize>>,
        courtesy: bool,
        gender: Option<Gender>,
        out: &mut Vec<Pre>,
    ) {
        let (a, mut b) = (r.start, r.end);
        if a >= b || b - a > 6 {
            return;
        }
        let has_title = title.is_some();
        if let Some(c) = self.attributive(a, b, has_title) {
            out.push(Pre {
                cand: c,
                listed: None,
                pending: None,
            });
            return;
        }
        let first_key = self.key(a);
        let first_key = first_key.as_ref();
        let prev = title.as_ref().map_or(a, |t| t.start);
        if !has_title && self.is_thing(a, b, prev, first_key) {
            return;
        }
        let mut suffix = None;
        if b - a >= 3 && self.suffix_at(b - 1) {
            suffix = Some(b - 1);
            b -= 1;
        }
        let n = b - a;
        let family_first = self.family_first(a, b, first_key);
        let (given, surname) = self.split(a, b, family_first, courtesy, first_key);
        if n == 1 && self.single_word_is_not_a_name(a, has_title || self.bare_acts(a), first_key) {
            return;
        }
        let Some(signals) = self.signals(&r, b, prev) else {
            return;
        };
        // The draft-wide facts (the first word written in lowercase elsewhere, the surname
        // used alone) are asked in `finish`: a block's candidates are kept between analyses.
        let toks = self.toks;
        let (fixed_strong, open) = if given.is_empty() {
            let strong = has_title
                || signals.appositive
                || signals.reporting_after
                || signals.reporting_before;
            (strong, None)
        } else {
            let given_known = !family_first
                && n >= 2
                && (self.lex.given_name(first_key).is_some() || self.hyphened_given(a));
            let initials = n >= 2 && (a..b).any(|k| self.toks[k].initial());
            // Context alone (a comma, a verb, the surname used alone) makes a person only of a
            // run whose first word is not an ordinary word of the draft (`Vote Blair`), and
            // not inside a quotation, where slogans and titles abound.
            let open = (self.toks[a].quote == InQuote::No).then(|| OpenStrong {
                context: signals.any() || initials || self.opens_acting(a, b),
                alone_key: (n >= 2).then(|| super::core_fold(self.word(surname.end - 1))),
            });
            (has_title || given_known || family_first, open)
        };
        let weak_unless_lower =
            !toks[a].sent_start() || (n == 1 && !self.lex.common.contains(first_key));
        let listed = (n >= 2 && !family_first && given.len() == 1)
            .then(|| self.listed_given(prev))
            .flatten()
            .map(|g| Cand {
                toks: g..g + 1,
                title: None,
                gender: None,
                family_first: false,
                given: vec![g],
                surname: surname.clone(),
                suffix: None,
                strong: true,
                weak: true,
                attributive: false,
                listed: true,
                split_core: false,
            });
        // `his sister, Lee Soo-ah`: the kinship word tells the gender.
        let kin = (prev > 0 && toks[prev - 1].sent == toks[prev].sent && !toks[prev - 1].cap())
            .then(|| self.lex.kin.get(self.word(prev - 1)).copied())
            .flatten()
            .or_else(|| self.kin_after(b.max(suffix.map_or(b, |s| s + 1))));
        out.push(Pre {
            cand: Cand {
                toks: r.start..b.max(suffix.map_or(b, |s| s + 1)),
                title,
                gender: gender.or(kin),
                family_first,
                given,
                surname,
                suffix,
                strong: fixed_strong,
                weak: toks[b - 1].poss(),
                attributive: false,
                listed: false,
                split_core: false,
            },
            listed,
            pending: Some(Pending {
                first: a,
                open,
                weak_unless_lower,
                needs_strong: n >= 2,
            }),
        });
    }

    /// `Trump-era`, `the Erdoğan government`: one word read as a person already met.
    fn attributive(&self, a: usize, b: usize, has_title: bool) -> Option<Cand> {
        let toks = self.toks;
        if b - a != 1 || has_title || toks[a].initial() {
            return None;
        }
        let prev_lower = (a > 0 && toks[a].joined() && toks[a - 1].sent == toks[a].sent)
            .then(|| lower(self.word(a - 1)));
        let noun_after = toks
            .get(a + 1)
            .is_some_and(|n| n.joined() && !n.cap() && n.sent == toks[a].sent && !toks[a].poss());
        let article = prev_lower.as_deref() == Some("the") && noun_after;
        (toks[a].compound() || article).then(|| Cand {
            toks: a..b,
            title: None,
            gender: None,
            family_first: false,
            given: Vec::new(),
            surname: a..b,
            suffix: None,
            strong: false,
            weak: true,
            attributive: true,
            listed: false,
            split_core: false,
        })
    }

    /// An untitled run that names a thing: `the Red Army`, `a Labour MP`, a run ending in a
    /// head noun, or one holding a place without starting with a given name.
    fn is_thing(&self, a: usize, b: usize, prev: usize, first_key: &str) -> bool {
        let toks = self.toks;
        let prev_word = (prev > 0 && toks[prev].joined() && toks[prev - 1].sent == toks[prev].sent)
            .then(|| self.word(prev - 1));
        let given_first = self.lex.given.contains_key(first_key);
        // An article before capitals makes a thing, not a person.
        if prev_word.is_some_and(|w| matches!(w, "the" | "The" | "a" | "A" | "an" | "An"))
            && !(b - a >= 2 && given_first)
        {
            return true;
        }
        // `Seo-yeon Park`: an East Asian name in the western order, though `park` heads places.
        let ea_western = b - a == 2
            && self.lex.ea_surnames.contains(self.key(b - 1).as_ref())
            && self.romanised_given(a);
        // `Daniel Hill said`, `said Ana Hall`, `Tom Church, 44,`: a given name and a head noun
        // that acts as a person does are a person (`Hill`, `Hall` are surnames too).
        // `Tom Hall runs the bakery`: a listed given name, a head noun that is also a common
        // family name (`data/names/family_heads.txt`) and a verb acting on the sentence is a
        // person, where `Abbey Road runs` ends in a head no family is named.
        // But `Albert Hall hosts the final`, `Rose Hill was built`, `at Albert Hall`: a verb
        // only a building takes, or a preposition of place before it, make it a venue.
        let family_head = self.lex.family_heads.contains(self.key(b - 1).as_ref());
        let venue = family_head && (self.venue_after(b) || self.place_before(prev));
        let acts = b - a == 2
            && given_first
            && !venue
            && (self.acts(prev, b) || (family_head && self.finite_after(b)));
        // `Lake Corran`, `Port Oduya`: a head noun before a name names a place after someone.
        let head_first = b - a == 2
            && self.lex.heads.contains(first_key)
            && !given_first
            && !self.lex.given.contains_key(self.key(a + 1).as_ref())
            && !self.lex.ea_surnames.contains(first_key);
        b - a >= 2
            && !ea_western
            && (head_first
                || (self.lex.heads.contains(self.key(b - 1).as_ref()) && !acts)
                || ((a..b).any(|k| self.lex.places.contains(self.key(k).as_ref()))
                    && !given_first
                    && !self.aged_or_who(b)))
    }

    /// Whether the run from `prev` to token `b` acts as a person does: an age or `who` after
    /// it, or a reporting verb right after or right before it.
    fn acts(&self, prev: usize, b: usize) -> bool {
        let toks = self.toks;
        // After the verb, the run must end its phrase: `said Victoria Park residents` is the
        // residents'.
        let ends = toks.get(b).is_none_or(|t| !t.joined() || t.cap());
        // `champion Jessica Hill`, `coach Tom Church`: a role noun right before it.
        let role_before = prev > 0
            && toks[prev].joined()
            && !toks[prev - 1].cap()
            && role_noun(&self.word(prev - 1).to_lowercase());
        // `Her brother, Mark Hill, bakes`: set off by commas after a kinship word or a role
        // noun, the run is who that word names.
        let set_off_after = prev > 0
            && !toks[prev].joined()
            && toks[prev - 1].sent == toks[prev].sent
            && self
                .text
                .get(toks[prev - 1].end()..toks[prev].range().start)
                == Some(", ")
            && self
                .text
                .get(toks[b - 1].end()..)
                .is_some_and(|t| t.starts_with(','))
            && with_lower(self.word(prev - 1), |w| {
                self.lex.kin.contains_key(w) || role_noun(w)
            });
        self.aged_or_who(b)
            || set_off_after
            || self.role_appositive(b)
            || toks.get(b).is_some_and(|t| t.verb() && t.joined())
            || (prev > 0 && toks[prev].joined() && toks[prev - 1].verb() && ends)
            || role_before
    }

    /// Whether the lone capitalised word `k` acts as a person does, a reporting verb after it
    /// (`Later, Church said`), with no article before it (`the Church said` is an institution)
    /// and not a nationality or a place (`British officials said`).
    fn bare_acts(&self, k: usize) -> bool {
        let toks = self.toks;
        let article = k > 0
            && toks[k].joined()
            && matches!(
                self.key(k - 1).as_ref(),
                "the" | "a" | "an" | "its" | "their"
            );
        let key = self.key(k);
        let ordinary = || self.lex.ordinary(&lower(self.word(k)));
        // A party's word that is also an English word is a surname too (`Green said` after
        // `Amy Green`); an ordinary word never makes a person alone, it only takes up a
        // namesake's.
        let thing = (self.lex.demonyms.contains(key.as_ref()) && !ordinary())
            || self.lex.places.contains(key.as_ref());
        let next = toks.get(k + 1).filter(|t| t.joined());
        // At the start of a sentence only a listed reporting verb tells (`verb`), and only of
        // an ordinary word (`Hall said`, `Green added`).
        let start_ok = || next.is_some_and(|t| t.verb()) && ordinary();
        let verb_after = next.is_some_and(|t| t.verb()) && (!toks[k].sent_start() || start_ok());
        // Right after a reporting verb, ending its phrase (`said Hall.`, `said Hall, adding`;
        // not `said Hall staff`), or with an age or `who` after it (`Hall, 54, said`).
        let ends = toks.get(k + 1).is_none_or(|t| !t.joined() || t.cap());
        let verb_before =
            k > 0 && toks[k].joined() && toks[k - 1].verb() && !toks[k - 1].cap() && ends;
        !article && !thing && (verb_after || verb_before || self.aged_or_who(k + 1))
    }

    /// Whether the run ending at token `b` is followed by an appositive that says what a
    /// person is: an opening word (`the`, `a`, `his`; or none), then within six words a role
    /// noun or a kinship word that ends the phrase (`Tom Hall, the coach,`, `Ruth Hall, his
    /// sister,`, `Jo Park, a nurse at the clinic`), where a place's is a thing (`Victoria
    /// Park, the city's largest green space`).
    fn role_appositive(&self, b: usize) -> bool {
        self.appositive_head(b).is_some_and(|lower| {
            !self.lex.heads.contains(&lower)
                && (self.lex.kin.contains_key(&lower) || role_noun(&lower))
        })
    }

    /// The gender a kinship appositive after the run ending at token `b` tells (`Sam Okeke,
    /// her husband,`; `Jo Lind, their daughter`): the kinship word ends the phrase.
    fn kin_after(&self, b: usize) -> Option<Gender> {
        // Not a clause about someone else (`Sam Okeke, whose wife, …`).
        let after = self.toks[b - 1].end();
        let opening = self
            .text
            .get(after..)?
            .strip_prefix(", ")?
            .split(' ')
            .next()?;
        if matches!(opening, "who" | "whose") {
            return None;
        }
        let head = self.appositive_head(b)?;
        self.lex.kin.get(head.as_str()).copied()
    }

    /// The lowercase word that ends the appositive after the run ending at token `b`: an
    /// opening word (`the`, `a`, `his`; or none), then within six words the word before
    /// punctuation, a short word or a preposition (`Tom Hall, the coach,`; `Jo Park, a nurse
    /// at the clinic`).
    fn appositive_head(&self, b: usize) -> Option<String> {
        let after = self.toks[b - 1].end();
        let rest = self.text.get(after..self.limit.max(after)).unwrap_or("");
        let tail = rest.strip_prefix(", ")?;
        let mut words = tail.split(' ').take(7).peekable();
        // The opening word may be left out (`Tom Hall, head coach of the side,`).
        match words.peek() {
            Some(w) if APPOSITIVE.contains(w) => {
                words.next();
            }
            Some(w) if w.starts_with(char::is_lowercase) && !NOT_APPOSITIVE.contains(w) => {}
            _ => return None,
        }
        fn bare(w: &str) -> &str {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
        }
        while let Some(w) = words.next() {
            let head = bare(w);
            if head.is_empty() || head.contains(|c: char| !c.is_alphabetic() && c != '-') {
                // A possessive or a figure modifies the head to come (`the club's coach`).
                if w.ends_with("'s") || w.ends_with("’s") || w.ends_with(char::is_numeric) {
                    continue;
                }
                return None;
            }
            // The phrase ends at punctuation, or before a short word or a preposition (`a
            // nurse at the clinic`, `the coach of the side`).
            let ends = head.len() < w.len()
                || words.peek().is_none_or(|n| {
                    let n = bare(n);
                    n.len() <= 3 || self.lex.place_prepositions.contains(n)
                });
            if ends {
                return head
                    .starts_with(char::is_lowercase)
                    .then(|| head.to_lowercase());
            }
        }
        None
    }

    /// Whether the two-word run `a..b` opens its sentence as a person's name does before a verb
    /// that is not a reporting one (`Ysolde Penhallow runs the shop`, `... closed it`): two
    /// words neither of which is an ordinary English word, a place, a nationality or a head
    /// noun (`Heavy Rain fell`, `North Yard reopened`), then a lowercase word shaped as a
    /// verb in the third person or the past, ending its sentence's subject.
    fn opens_acting(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        if b - a != 2 || !toks[a].sent_start() || toks[b - 1].poss() || toks[a].heading() {
            return false;
        }
        let name_word = |k: usize| {
            let t = &toks[k];
            let key = self.key(k);
            t.cap()
                && !t.allcaps()
                && !t.initial()
                && self.word(k).chars().all(char::is_alphabetic)
                && !self.lex.places.contains(key.as_ref())
                && !self.lex.demonyms.contains(key.as_ref())
                && !self.lex.heads.contains(key.as_ref())
                && !self.lex.ordinary(&lower(self.word(k)))
        };
        self.finite_after(b) && (a..b).all(name_word)
    }

    /// Whether a lowercase word shaped as a verb in the third person or the past comes right
    /// after the run ending at token `b`, in its sentence, ending the sentence's subject.
    fn finite_after(&self, b: usize) -> bool {
        let toks = self.toks;
        let Some(sent) = b.checked_sub(1).and_then(|k| toks.get(k)).map(|t| t.sent) else {
            return false;
        };
        let finite = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.joined()
                    && !t.cap()
                    && t.sent == sent
                    && with_lower(self.word(k), |w| {
                        crate::quotes::shape::finite_verb(w) || self.lex.finite_verbs.contains(w)
                    })
            })
        };
        // An adverb or an auxiliary may come first (`also runs`, `has run`), never `and`
        // (`Ysolde Penhallow and colleagues`).
        let bridge = |k: usize| {
            toks.get(k).is_some_and(|t| t.joined() && !t.cap())
                && self.word(k) != "and"
                && self.lex.bridges.contains(self.word(k))
        };
        finite(b) || (bridge(b) && finite(b + 1))
    }

    /// Whether a verb only a building takes follows the run ending before token `b`, past an
    /// auxiliary or an adverb (`hosts`, `was built`, `was once restored`).
    fn venue_after(&self, b: usize) -> bool {
        let toks = self.toks;
        let Some(sent) = b.checked_sub(1).and_then(|k| toks.get(k)).map(|t| t.sent) else {
            return false;
        };
        let plain = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.joined() && !t.cap() && t.sent == sent)
        };
        let venue =
            |k: usize| plain(k) && with_lower(self.word(k), |w| self.lex.venue_verbs.contains(w));
        let bridge = |k: usize| plain(k) && self.lex.bridges.contains(self.word(k));
        venue(b) || (bridge(b) && (venue(b + 1) || (bridge(b + 1) && venue(b + 2))))
    }

    /// Whether the word before the run starting at token `prev` is a preposition of place in
    /// the same sentence (`at Albert Hall`, `in Rose Hill`).
    fn place_before(&self, prev: usize) -> bool {
        let toks = self.toks;
        prev > 0
            && toks[prev].joined()
            && toks[prev - 1].sent == toks[prev].sent
            && !toks[prev - 1].cap()
            && self.lex.place_prepositions.contains(self.word(prev - 1))
    }

    /// Whether the run ending at token `b` is followed by an age or `who` (`Deandre Jordan, 36,`,
    /// `Alma Chad, who ...`): a person, though a word of it names a place.
    fn aged_or_who(&self, b: usize) -> bool {
        let after = self.toks[b - 1].end();
        let rest = self.text.get(after..self.limit.max(after)).unwrap_or("");
        let Some(tail) = rest.strip_prefix(", ") else {
            return false;
        };
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && tail[digits..].starts_with([',', ')'])
            || tail.starts_with("who ")
    }

    /// East Asian family-name-first names (`Kim Jong-un`, `Xi Jinping`).
    fn family_first(&self, a: usize, b: usize, first_key: &str) -> bool {
        if !(2..=3).contains(&(b - a)) || !self.lex.ea_surnames.contains(first_key) {
            return false;
        }
        let hyphened = b - a == 2 && {
            let w = self.word(a + 1);
            w.contains('-') && w.split('-').all(|p| (1..=6).contains(&p.chars().count()))
        };
        // A one-syllable given name that is also listed (`Wei`, `Hao`) follows a family name
        // that is no given name itself (`Zhang Wei`, not `Kim Wei` or `Lee Wei`).
        let syllable_given = |key: &str| {
            b - a == 2
                && key.len() <= 4
                && super::lexicon::is_pinyin(key)
                && !self.lex.given.contains_key(first_key)
        };
        hyphened
            || (a + 1..b).all(|k| {
                let key = self.key(k);
                !self.word(k).contains('-')
                    && (self.lex.ko_syllables.contains(key.as_ref())
                        || (key.len() <= 9 && super::lexicon::is_pinyin(&key))
                        || self.lex.ko_split(&key))
                    && (!self.lex.given.contains_key(key.as_ref()) || syllable_given(&key))
            })
    }

    /// The given names and the surname of the run `a..b`.
    fn split(
        &self,
        a: usize,
        b: usize,
        family_first: bool,
        courtesy: bool,
        first_key: &str,
    ) -> (Vec<usize>, Range<usize>) {
        if b - a == 1 {
            return (Vec::new(), a..b);
        }
        if family_first {
            return ((a + 1..b).collect(), a..a + 1);
        }
        // Particles before the last word belong to the surname (`von der Leyen`, `Ben Khalifa`).
        let mut s = b - 1;
        while s > a + 1 && self.is_particle(s - 1) {
            s -= 1;
        }
        // A leading particle is part of the surname after a courtesy title (`Mr Ben Khalifa`)
        // or capitalised at the start of a sentence (`Von der Leyen said`, `De Niro said`).
        if s == a + 1
            && self.is_particle(a)
            && (courtesy || !self.lex.given.contains_key(first_key))
        {
            s = a;
        }
        ((a..s).filter(|&k| !self.bracketed[k]).collect(), s..b)
    }

    /// A single untitled word that is a place, a nationality or a head noun, or any initial.
    fn single_word_is_not_a_name(&self, a: usize, has_title: bool, key: &str) -> bool {
        let thing = self.lex.places.contains(key)
            || self.lex.demonyms.contains(key)
            || self.lex.heads.contains(key);
        (thing && !has_title) || self.toks[a].initial()
    }

    /// The context around the run `r` (name ends at `b`, title or name starts at `prev`), or
    /// none for a firm (`W.N. Whelen & Co.`).
    fn signals(&self, r: &Range<usize>, b: usize, prev: usize) -> Option<Signals> {
        let toks = self.toks;
        let a = r.start;
        let after = toks[b - 1].end().max(toks[r.end - 1].end());
        // The block's text only: what follows it is another paragraph (and another cache entry).
        let rest = self.text.get(after..self.limit.max(after)).unwrap_or("");
        if rest.trim_start().starts_with('&') {
            return None;
        }
        let appositive = rest.starts_with(", ") && {
            let tail = &rest[2..];
            let n = tail
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(tail.len(), |(i, _)| i);
            let w = &tail[..n];
            w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || APPOSITIVE.contains(&w)
                // `Miles Shipside, commercial director of ...`: a lowercase description.
                || (b - a >= 2
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && !NOT_APPOSITIVE.contains(&w))
        };
        let next = r.end;
        // A possessive speaks only through the noun of its words that attributes a quotation
        // (`is Delia Fenwick's verdict`), never through a verb after what it owns (`Smith's
        // lawyer said`).
        let owned_words = toks.get(next).is_some_and(|t| {
            let gap = self.text[toks[r.end - 1].end()..t.range().start].trim();
            let owns = (toks[r.end - 1].poss() && gap.is_empty()) || matches!(gap, "'" | "’");
            // Past one modifier to the noun itself (`Delia Fenwick's last words`), not to a
            // verb (`Smith's lawyer said`).
            let modified = || {
                toks.get(next + 1).is_some_and(|n| {
                    n.reports()
                        && n.joined()
                        && !n.cap()
                        && with_lower(self.word(next + 1), |w| {
                            crate::quotes::shape::said_noun(w)
                                && !crate::cues::verb_form(w)
                                    .is_some_and(|f| f.past || !f.flags.noun_like)
                        })
                })
            };
            owns && (t.reports() || (t.joined() && modified()))
                && !t.cap()
                && t.sent == toks[a].sent
        });
        let reporting_after = owned_words
            || !toks[r.end - 1].poss()
                && (next..(next + 3).min(toks.len())).any(|k| {
                    let t = &toks[k];
                    t.joined()
                        && !t.cap()
                        && t.sent == toks[a].sent
                        && (t.verb() || t.reports())
                        && (next..k).all(|m| self.lex.bridges.contains(self.word(m)))
                });
        let before = prev > 0 && toks[prev].joined() && !toks[prev - 1].cap();
        let reporting_before = before && (toks[prev - 1].verb() || toks[prev - 1].reports());
        let lower_title_before =
            before && toks[prev - 1].sent == toks[prev].sent && role_noun(self.word(prev - 1));
        // A name set off by commas after a description: `His wife, Volha Sakovich, fled`.
        let comma_set = prev > 0
            && !toks[prev].joined()
            && toks[prev - 1].sent == toks[prev].sent
            && !toks[prev - 1].cap()
            && self.text[toks[prev - 1].end()..toks[prev].range().start].trim() == ","
            && !matches!(
                self.word(prev - 1),
                "and" | "but" | "or" | "so" | "then" | "yet"
            )
            && (rest.starts_with(',')
                || reporting_after
                // `said Lindqvist's lawyer, Maren Holt.`: a role named at the clause's end.
                || (rest.starts_with(['.', ';']) && role_noun(self.word(prev - 1))));
        Some(Signals {
            appositive,
            reporting_after,
            reporting_before,
            lower_title_before,
            comma_set,
        })
    }

    /// `Ed and David Miliband`: the first given name, listed before `and`, shares the surname.
    fn listed_given(&self, prev: usize) -> Option<usize> {
        let toks = self.toks;
        if prev < 2 {
            return None;
        }
        let and = prev - 1;
        if self.word(and) != "and" || !toks[prev].joined() || !toks[and].joined() {
            return None;
        }
        let g = and - 1;
        (self.lex.given.contains_key(self.key(g).as_ref())
            && toks[g].cap()
            && !(g > 0 && toks[g].joined() && toks[g - 1].cap()))
        .then_some(g)
    }
}

/// Calls `f` with `word` in lowercase, lowercased on the stack when it is short ASCII (most
/// words are), so that looking a word up allocates nothing.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words read this way are lowercase already: nothing to copy or check then.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return f(word);
    }
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(w) = std::str::from_utf8(buf) {
            return f(w);
        }
    }
    f(&lower(word))
}

/// A word in lowercase, borrowed when it already is (most words are).
pub fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// What the words around a capitalised run say about it being a person.
struct Signals {
    /// `, a fund manager` or `, 42` after it.
    appositive: bool,
    /// A reporting verb after it (`Ruiz said`).
    reporting_after: bool,
    /// A reporting verb before it (`said Ruiz`).
    reporting_before: bool,
    /// A lowercase title or role before it (`spokesman Ruiz`).
    lower_title_before: bool,
    /// Set off by commas after a description (`His wife, Ana Ruiz, said`).
    comma_set: bool,
}

impl Signals {
    /// Whether any of the context signals is present.
    fn any(&self) -> bool {
        self.appositive
            || self.comma_set
            || self.reporting_after
            || self.reporting_before
            || self.lower_title_before
    }
}
