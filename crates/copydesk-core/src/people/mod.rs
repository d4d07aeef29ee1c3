//! The people of a story: name mentions grouped into persons, spelling variants of one name,
//! ambiguous bare surnames, and who said each quotation.
//!
//! No statistical model: capitalised runs are cut into titles and name parts with word lists
//! (`data/names/`), a run counts as a person on evidence (a title, a given name, a reporting
//! verb, an appositive, the surname used alone), and mentions are grouped in document order.
//! Spelling variants are found through normalised keys (fold, consonant skeleton, single
//! deletions, listed transliterations) in hash buckets, so the work stays linear.

mod cands;
mod keys;
mod labels;
mod lexicon;
pub(crate) mod memo;
mod places;
mod proper;
mod rename;
mod roles;
mod scan;
mod speakers;
pub use rename::renamed_mention;

use crate::config::Config;
use crate::document::Document;
use crate::quotes::Quotes;
use crate::styles::StyleProfile;
use cands::{Cand, Extractor};
/// Folds a name for comparison: lowercase, no diacritics, hyphens, spaces or apostrophes.
pub use keys::fold;
use keys::{distance, fold_into, skeleton};
use lexicon::{Gender, Lexicon, TitleWord};
use memo::PeopleMemo;
use rustc_hash::FxHashMap as HashMap;
use scan::{InQuote, Tok};
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

pub use labels::{is_role_label, label_names};
pub use roles::Roles;

/// Whether a capitalised word is a common word, not a name (`But`, `Tuesday`).
pub(crate) fn is_common_word(word: &str) -> bool {
    Lexicon::get().common.contains(&fold(word))
}

/// Whether a word is an ordinary English word or a capitalised word that is not a name
/// (`Poster`, `Slogan`, `Year`): a frequency list, not a name.
pub(crate) fn is_ordinary_word(word: &str) -> bool {
    let lex = Lexicon::get();
    let lower = word.to_lowercase();
    lex.english.contains(lower.as_str()) || lex.common.contains(&fold(word))
}

/// Whether two folded given names differ by a slip (`mathew`, `matthew`; `gillian`,
/// `jillian`): not the same, the same first letter or sound and one edit apart, in names of
/// four letters or more.
pub(crate) fn close_given(a: &str, b: &str) -> bool {
    let la = a.chars().count().min(b.chars().count());
    let (sa, sb) = (soft(a, la), soft(b, la));
    a != b && la >= 4 && sa.chars().next() == sb.chars().next() && distance(&sa, &sb, 1) <= 1
}

/// A folded given name with a soft g at its start written as the j it sounds (`geoffrey` ->
/// `jeoffrey`, `gillian` -> `jillian`), when the shorter of the two names compared (`la`
/// letters) is long enough not to be another language's form of one (`George`, `Jorge`).
/// Whether two folded names sound alike letter for letter: the same once a hard `c` is read
/// as the `k` it sounds (`Marc`, `Mark`; `Carl`, `Karl`), an `h` after the first letter is
/// dropped and doubled letters are written once, so that a silent letter moved or a double
/// misplaced (`Ghandi` for `Gandhi`, `Jeniffer` for `Jennifer`) reads as the name it misspells.
fn sound_alike(a: &str, b: &str) -> bool {
    /// The letters as they sound, one by one (no allocation: names are compared by the
    /// thousand).
    fn key(s: &str) -> impl Iterator<Item = char> + '_ {
        let mut chars = s.chars().peekable();
        let (mut first, mut last, mut prev) = (true, None, None);
        std::iter::from_fn(move || loop {
            let c = chars.next()?;
            let at_start = std::mem::replace(&mut first, false);
            let before = prev.replace(c);
            let sounded_h =
                before.is_some_and(is_vowel) && chars.peek().copied().is_some_and(is_vowel);
            let c = match c {
                'c' if !matches!(chars.peek(), Some('e' | 'i' | 'y')) => 'k',
                // An `h` between two vowels is sounded (`Rahul`, `Raul`).
                'h' if !at_start && !sounded_h => continue,
                c => c,
            };
            if last != Some(c) {
                last = Some(c);
                return Some(c);
            }
        })
    }
    a != b && key(a).eq(key(b))
}

/// Whether `b` is `a` with two neighbouring letters swapped after the first (`kier`, `keir`):
/// a swap that moves the initial makes another name (`Ahmed`, `Hamed`; `Alan`, `Lana`).
fn swapped(a: &str, b: &str) -> bool {
    let mut pairs = a
        .chars()
        .zip(b.chars())
        .enumerate()
        .filter(|(_, (x, y))| x != y);
    let (Some((i, (x1, y1))), Some((j, (x2, y2))), None) =
        (pairs.next(), pairs.next(), pairs.next())
    else {
        return false;
    };
    a.chars().count() == b.chars().count() && i > 0 && j == i + 1 && x1 == y2 && x2 == y1
}

/// Whether the two letters [`swapped`] between `a` and `b` are a vowel and a consonant
/// (`cristina`, `cristian`), so that the swap moves a syllable.
fn vowel_moved(a: &str, b: &str) -> bool {
    let v = |c: char| is_vowel(c) || c == 'y';
    a.chars()
        .zip(b.chars())
        .find(|(x, y)| x != y)
        .is_some_and(|(x, y)| v(x) != v(y))
}

/// Whether `long` is `short` with one letter more that adds no sound: a letter doubled
/// (`Allan`), an `h` (`Sarah`, `John`) or a final `e` (`Anne`).
fn silent_letter(long: &str, short: &str) -> bool {
    // Most names compared are ASCII: their bytes are their letters, read without copying.
    if long.is_ascii() && short.is_ascii() {
        let (l, s) = (long.as_bytes(), short.as_bytes());
        return l.len() == s.len() + 1 && silent_at(l, s, char::from);
    }
    if long.chars().count() != short.chars().count() + 1 {
        return false;
    }
    let (l, s): (Vec<char>, Vec<char>) = (long.chars().collect(), short.chars().collect());
    silent_at(&l, &s, |c| c)
}

/// [`silent_letter`] of the letters of two names, the long one a letter longer.
fn silent_at<T: Copy + PartialEq>(l: &[T], s: &[T], letter: impl Fn(T) -> char) -> bool {
    let i = l.iter().zip(s).take_while(|(x, y)| x == y).count();
    let vowel_at = |j: usize| l.get(j).is_some_and(|&c| is_vowel(letter(c)));
    // An `h` between two vowels is sounded (`Rahul`, `Raul`; `Johan`, `Joan`), not silent
    // (`Sarah`, `John`).
    let between_vowels = i > 0 && vowel_at(i - 1) && vowel_at(i + 1);
    l[i + 1..] == s[i..]
        && ((letter(l[i]) == 'h' && !between_vowels)
            || (i > 0 && l[i] == l[i - 1])
            || (letter(l[i]) == 'e' && i + 1 == l.len()))
}

/// Whether a letter of a folded name is a vowel (`y` left to the caller).
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn soft(s: &str, la: usize) -> std::borrow::Cow<'_, str> {
    match s.as_bytes() {
        [b'g', b'e' | b'i' | b'y', ..] if la >= 6 => format!("j{}", &s[1..]).into(),
        _ => s.into(),
    }
}

/// Whether a capitalised word is a nationality, a faith or a party (`Jewish`, `Labour`): an
/// adjective, never part of a name.
pub(crate) fn is_demonym(word: &str) -> bool {
    Lexicon::get().demonyms.contains(&fold(word))
}

/// Whether a capitalised word names a place, a people, a party or an organisation's kind
/// (`Lowmoor` when listed, `Welsh`, `Labour`, `Council`): not a person.
pub(crate) fn is_place_or_body(word: &str) -> bool {
    let lex = Lexicon::get();
    let key = fold(word);
    lex.places.contains(&key) || lex.demonyms.contains(&key) || lex.heads.contains(&key)
}

/// Whether a lowercase noun heads a phrase that names a person with no verb to tell (`the
/// minister`, `her brother`, `the harbourmaster`, `the teacher`), singular or plural: a kin
/// word, a title's head, a listed role or noun of people (`data/names/people.txt`: `girl`,
/// `crowd`), a role noun's ending; an agent's `-er` or `-or` only
/// on a word the English list lacks or on an English word's stem (`teach`), and not on a
/// listed thing (`boiler`), so that `the river` or `the fire` (which fills `fire chief`) names
/// no one.
pub(crate) fn is_person_head(word: &str) -> bool {
    let lex = Lexicon::get();
    let one = word.strip_suffix('s').unwrap_or(word);
    [word, one].iter().any(|&w| {
        let titled = lex
            .titles
            .get(w)
            .is_some_and(|t| !matches!(t, TitleWord::Part));
        let english = |s: &str| lex.english.contains(s);
        // A listed thing (`boiler`, `tractor`) has the ending and a verb's stem but names no one.
        let agent = w.len() > 4
            && !lex.things.contains(w)
            && ["er", "or"].iter().any(|e| {
                w.strip_suffix(e)
                    .is_some_and(|stem| !english(w) || english(stem) || english(&w[..w.len() - 1]))
            });
        let ending = w.len() > 4
            && ["man", "woman", "person", "ist", "ian", "ess"]
                .iter()
                .any(|e| w.ends_with(e));
        // `volunteer`, `auctioneer`, `mountaineer`: a long word in -eer names who does a thing
        // (the short ones are things: `career`, `veneer`, `deer`).
        let eer = w.len() > 6 && w.ends_with("eer");
        lex.kin.contains_key(w)
            || titled
            || cands::ROLES.contains(&w)
            || lex.people.contains(w)
            || agent
            || ending
            || eer
    }) || men_plural(word)
}

/// Whether a lowercase noun names several people (`the crowd`, `the children`, `the
/// visitors`), not one: after a gesture (`smiled at the crowd`) they are its audience, not
/// someone who may speak next.
pub(crate) fn is_many_people(word: &str) -> bool {
    Lexicon::get().many.contains(word)
        || (word.ends_with('s') && !word.ends_with("ss") && is_person_head(word))
}

/// `fishermen`, `chairwomen`, `ferrymen`: the plural of a word in -man or -woman that the
/// English list holds, or made on a stem it holds (`ferry`), not `specimen` or `abdomen`.
fn men_plural(word: &str) -> bool {
    let english = |s: &str| Lexicon::get().english.contains(s);
    let Some(stem) = word
        .strip_suffix("women")
        .or_else(|| word.strip_suffix("men"))
    else {
        return false;
    };
    stem.len() >= 3 && (english(stem) || english(&format!("{}man", &word[..word.len() - 3])))
}

/// Whether a word ends an organisation's name (`company`, `club`, `union`): before a title, it
/// makes the title an organisation's office (`company president Lee Scott`).
pub(crate) fn is_organisation_head(word: &str) -> bool {
    Lexicon::get().heads.contains(&fold(word))
}

/// Whether a lowercase word is a title of rank or office (`mayor`, `minister`) or a kinship
/// word (`mother`), singular or plural: a person, whatever its ending.
pub(crate) fn is_title_or_kin(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    let lex = Lexicon::get();
    [word, one]
        .iter()
        .any(|w| lex.kin.contains_key(*w) || lex.titles.contains_key(*w))
}

/// Whether a lowercase word names a person by role or kin (`lawyer`, `spokeswoman`, `brother`,
/// `residents`): a kinship word or a role noun ([`cands::role_noun`]), singular or plural.
pub(crate) fn is_person_noun(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    [word, one]
        .iter()
        .any(|w| Lexicon::get().kin.contains_key(*w) || cands::role_noun(w))
}

/// Whether a lowercase word is listed as a person by kin, a title of one word or a role
/// (`brother`, `mayor`, `coach`, singular or plural), not known only by its ending as
/// [`is_person_noun`] may be (`farmer`, but also `winter`); the last word of a longer title
/// (`water` of `Minister of Water`) may be a thing.
pub(crate) fn is_listed_person_noun(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    [word, one].iter().any(|w| {
        Lexicon::get().kin.contains_key(*w)
            || crate::titles::lexicon().def_of_word(w).is_some()
            || cands::ROLES.contains(w)
    })
}

/// Whether a lowercase noun names words said or written (`statement`, `report`, `letter`,
/// `verdict`): a reporting verb's form, a noun of words said or a document
/// (`data/attribution.txt`).
pub(crate) fn is_speech_noun(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    crate::cues::verb_form(one).is_some() || crate::cues::verb_form(word).is_some() || {
        let w = crate::quotes::words::words();
        [word, one]
            .iter()
            .any(|x| w.documents.contains(x) || w.word_nouns.contains(x))
    }
}

/// Whether a word is a listed given name (`Tom`, `Ruth`).
pub(crate) fn is_given_name(word: &str) -> bool {
    Lexicon::get().given.contains_key(&fold(word))
}

/// Whether a listed given name is a woman's (`Some(true)`) or a man's (`Some(false)`); `None`
/// for a name listed as either or not listed.
pub(crate) fn given_name_feminine(word: &str) -> Option<bool> {
    match Lexicon::get().given.get(&fold(word))? {
        Some(Gender::F) => Some(true),
        Some(Gender::M) => Some(false),
        None => None,
    }
}

/// One mention of a person in the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte range of the name as written.
    pub range: Range<usize>,
    /// The name as written (shared: a keystroke that keeps the people copies every mention).
    pub text: std::sync::Arc<str>,
    /// A full name (given and family name), not a bare surname.
    pub full: bool,
    /// The title written before it (`Mr`, `President`), if any (shared, as `text` is).
    pub title: Option<std::sync::Arc<str>>,
    /// Inside a direct quotation.
    pub in_quote: bool,
}

/// A person of the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The canonical spelling of the full name (shared: a keystroke that keeps a person
    /// copies it, and the last analysis's copy is dropped).
    pub canonical: std::sync::Arc<str>,
    /// Every mention, in order.
    pub mentions: Vec<Mention>,
    /// Titles used with the person (`Mr`, `President`, ...), shared with their mentions.
    pub titles: Vec<std::sync::Arc<str>>,
    /// Indexes into the draft's quotations of those attributed to this person.
    pub quotations: Vec<usize>,
}

/// Who said a quotation, as far as the text tells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Speaker {
    /// A person of the story (index into `People::persons`).
    Person(usize),
    /// A speaker described but not named (`a spokesman for the ministry`).
    Described(String),
    /// The text does not say (or the quotation is not attributed).
    Unresolved,
}

/// A name written differently from its canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spelling {
    /// The byte range of the differing spelling.
    pub range: Range<usize>,
    /// What is written there.
    pub written: String,
    /// The canonical text for that range.
    pub replacement: String,
    /// The canonical full name (or place name).
    pub canonical: String,
    /// Where the canonical spelling is written in the draft (absent when it comes only from the house list).
    pub canonical_range: Option<Range<usize>>,
    /// The canonical form comes from the house names list.
    pub from_house: bool,
    /// The person (index into `People::persons`), or none for a place or organisation.
    pub person: Option<usize>,
    /// The full form as written here, for a house names list (`Kim Jong Un` where only
    /// `Jong Un` differs; the given names of the canonical form before a bare surname).
    pub house_form: String,
}

/// A bare surname that fits two or more people of the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ambiguity {
    /// The mention, title included.
    pub range: Range<usize>,
    /// The people it may mean (indexes into `People::persons`), in order of introduction: the
    /// first [`AMBIGUOUS_CAP`] of them, so that a crowd of namesakes keeps the output linear.
    pub candidates: Vec<usize>,
    /// How many people it may mean in all.
    pub total: usize,
}

/// At most this many candidates are kept for an ambiguous mention.
pub const AMBIGUOUS_CAP: usize = 10;

/// At most this many namesakes (the latest introduced) are compared with a mention: a crowd of
/// them would make every mention scan all (n² over the draft).
const NAMESAKES_CAP: usize = 32;

/// The people found in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct People {
    /// Persons in order of first mention.
    pub persons: Vec<Person>,
    /// The speaker of each quotation, indexed like `Quotes::quotations` (may be shorter: missing means unresolved).
    pub speakers: Vec<Speaker>,
    /// Names (and places) written differently from their canonical form, in document order.
    pub spellings: Vec<Spelling>,
    /// Bare surnames that fit more than one person, in document order.
    pub ambiguous: Vec<Ambiguity>,
}

impl People {
    /// The speaker of quotation `index` as display text (`None` when unresolved).
    pub fn speaker_name(&self, index: usize) -> Option<String> {
        match self.speakers.get(index)? {
            Speaker::Person(p) => self.persons.get(*p).map(|p| p.canonical.to_string()),
            Speaker::Described(d) => Some(d.clone()),
            Speaker::Unresolved => None,
        }
    }

    /// The form a house names list needs for the spelling flagged at `range`: the full name as
    /// written there (`Kim Jong Un` where `Jong Un` is flagged), or the place as written.
    pub fn house_form(&self, range: Range<usize>) -> Option<&str> {
        self.spellings
            .iter()
            .find(|s| s.range == range)
            .map(|s| s.house_form.as_str())
    }

    /// The person mentioned at byte `offset`, if any.
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        self.persons.iter().position(|p| {
            p.mentions
                .iter()
                .any(|m| m.range.start <= offset && offset < m.range.end)
        })
    }
}

/// Every mention's byte range with its person, sorted by start: who is named at an offset, found
/// by binary search (the title rules ask once per title; a scan of every mention would make a
/// draft with many people quadratic).
#[derive(Debug, Clone, Default)]
pub struct MentionIndex {
    spans: Vec<(Range<usize>, usize)>,
}

impl MentionIndex {
    /// The index of every mention of `people`.
    pub fn new(people: &People) -> MentionIndex {
        let mut spans: Vec<(Range<usize>, usize)> = people
            .persons
            .iter()
            .enumerate()
            .flat_map(|(p, person)| person.mentions.iter().map(move |m| (m.range.clone(), p)))
            .collect();
        spans.sort_by_key(|(r, p)| (r.start, *p));
        MentionIndex { spans }
    }

    /// The person mentioned at byte `offset`, as [`People::person_at`] says, in O(log n).
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        let end = self.spans.partition_point(|(r, _)| r.start <= offset);
        let last = self.spans.get(end.checked_sub(1)?)?.0.start;
        // Mentions do not nest; the few that share a start are compared all the same.
        self.spans[..end]
            .iter()
            .rev()
            .take_while(|(r, _)| r.start == last)
            .filter(|(r, _)| offset < r.end)
            .map(|(_, p)| *p)
            .min()
    }
}

/// The longest word compared letter by letter (deletion keys, edit distance): names are short,
/// and a longer token would cost its square.
pub(crate) const MAX_FUZZY: usize = 40;

/// FNV-1a over a tag and the concatenation of `parts`.
fn key_hash(tag: u8, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(tag);
    for p in parts {
        for &b in p.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The folded family name without a hyphened particle (`el-Sisi` -> `sisi`).
pub(crate) fn core_fold(word: &str) -> String {
    fold(core_of(word).1)
}

/// Splits a hyphened particle off a family name: (`el-`, `Sisi`).
fn core_of(word: &str) -> (&str, &str) {
    // A byte search: a hyphen is ASCII, and this runs for every mention.
    if let Some(h) = memchr::memchr(b'-', word.as_bytes()) {
        if Lexicon::get()
            .hyphened
            .contains(cands::lower(&word[..h]).as_ref())
            && word[h + 1..].chars().next().is_some_and(char::is_uppercase)
        {
            return (&word[..h + 1], &word[h + 1..]);
        }
    }
    ("", word)
}

/// A person while the draft is read.
#[derive(Debug, Clone)]
struct P {
    /// Folded given names (western order) or the folded given name as one (family first).
    given: Vec<String>,
    family_first: bool,
    core: String,
    suffix: Option<String>,
    gender: Option<Gender>,
    /// Candidate index of the canonical (first full) mention.
    canon: usize,
    /// Candidate indexes of the mentions.
    mentions: Vec<usize>,
    /// The folded titles of rank it was named with in full (`dr` of `Dr Ana Ruiz`, `president`;
    /// not `Mr` or `Ms`), at most [`RANKS_CAP`].
    ranks: Vec<Box<str>>,
}

/// The most titles of rank kept for one person: a title read back is one of a few.
const RANKS_CAP: usize = 4;

/// The parts of a canonical name, as written.
#[derive(Debug, Clone)]
struct Parts {
    text: String,
    range: Option<Range<usize>>,
    given: Vec<String>,
    /// `given` folded, once for all the mentions compared with it.
    given_keys: Vec<String>,
    ea_given: Option<String>,
    /// The particles of the family name before its last word (`Ní` in `Ní Bhriain`).
    particles: Vec<String>,
    /// Its first particle opens a sentence, so its capital says nothing.
    particle_opens: bool,
    /// The particle hyphened to its last word, as written (`al-` of `al-Sudani`), or empty.
    hyphened: String,
    core: String,
    from_house: bool,
}

/// Persons filed under hashed keys, each key's newest first: one list of links for all keys,
/// not a vector per key (a person files about ten keys, and a draft of thousands of people
/// spent more time allocating and freeing those vectors than reading them).
#[derive(Default)]
struct Buckets {
    /// Key -> its newest link.
    heads: HashMap<u64, u32>,
    /// (person, the key's link before it).
    links: Vec<(usize, u32)>,
}

/// The sizes of a resolution's tables (see [`memo::PeopleMemo::sizes`]).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Sizes {
    persons: usize,
    exact: usize,
    heads: usize,
    links: usize,
    first_word: usize,
}

/// A resolution's state, kept between analyses of a draft (see [`PeopleMemo::fold`]): typing
/// in one paragraph takes the fold up again at the [`Mark`] set before the paragraph's names,
/// once the state is wound back there ([`Fold::rewind`]), rather than from the draft's start.
#[derive(Default)]
pub(crate) struct Fold {
    /// The candidates it was folded over.
    cands: std::sync::Arc<Vec<Cand>>,
    persons: Vec<P>,
    /// Folded family name -> persons.
    exact: HashMap<String, Vec<usize>>,
    /// Hashed fuzzy keys (deletions, skeleton, variant group) -> persons.
    fuzzy: Buckets,
    /// Folded first word of western names -> persons (for `Ms Takaichi` after `Takaichi Sanae`).
    first_word: HashMap<String, Vec<usize>>,
    /// The given name of a name written family name first, whole (`jinping` of `Xi Jinping`,
    /// `[0]`) and its last syllable (`un` of `Kim Jong-un`, `[1]`) -> persons: `Mr Jinping` is
    /// Xi Jinping's given name used for his family name.
    ea_given: [HashMap<String, Vec<usize>>; 2],
    /// Candidate -> person it was attached to.
    owner: Vec<Option<usize>>,
    /// Candidate -> ambiguity candidates (at most [`AMBIGUOUS_CAP`]) and their full number.
    ambiguous: Vec<(usize, Vec<usize>, usize)>,
    /// Candidates attached by a fuzzy match of a bare surname.
    fuzzy_bare: Vec<bool>,
    /// Candidates attached through the first word of a name (`Sir Alan`), or through a given
    /// name written alone of one of two namesakes whose family name comes first (`Seo-yeon`):
    /// never respelt.
    by_first_word: Vec<bool>,
    /// The headline mentions joined to people after the fold: (candidate, person).
    headings: Vec<(usize, usize)>,
    /// What a person known by the surname alone was before a full name named it.
    renamed: Vec<Renamed>,
    /// Per person, a hash of everything the built person reads of it (see [`print_of`]), as
    /// the fold left it: a person the same after the next fold is built as before.
    prints: Vec<u64>,
    /// Whether the draft mixed apostrophe styles (see [`mixed_apostrophes`]) when it was built.
    mixed: bool,
    /// The state before the names of the paragraph last edited, and at [`CHECKPOINTS`]
    /// places along the draft, in order: the first keystroke in a new place takes the fold up
    /// at the last checkpoint before it.
    marks: Vec<Mark>,
    /// The tables each candidate's decision looked up, as hashed keys (see [`Replay`]):
    /// candidate `ci`'s are `reads[spans[ci]]`. Kept only for a draft analysed again.
    reads: Vec<u64>,
    spans: Vec<(u32, u32)>,
    /// What each candidate's decision did.
    outcome: Vec<Outcome>,
    /// The hashed keys each person is filed under: person `id`'s are
    /// `filed[filed_at[id]..filed_at[id + 1]]` (the last's run to the end).
    filed: Vec<u64>,
    filed_at: Vec<u32>,
}

/// What the fold did with a candidate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Outcome {
    /// Nothing: not a person's mention.
    #[default]
    Nothing,
    /// Joined to a person met before.
    Joined,
    /// Made a person.
    Made,
    /// Gave a person known by the surname alone its given names.
    Renamed,
}

/// What the last fold decided after the mark it is taken up at (see [`Fold::marks`]), so that
/// a decision that can only come out as before is taken from it rather than made again. Such
/// a decision is for a name the same as before and away from the edit (after the edited block
/// and the one after it, whose names read the words before them), one that looked up no table
/// entry (a family name, a fuzzy key, a first word) under which a person the edit made,
/// changed or joined otherwise is filed, and not a surname alone whose word the edit counted
/// again. Every person it found is then the same, and so is what it does with them; persons
/// are numbered again as they are made.
struct Replay {
    /// The candidate the fold is taken up at, and how many persons were made before it.
    mark: usize,
    persons: usize,
    /// The first token of the edited block, and the first after it and the block after it.
    edit: usize,
    after_edit: usize,
    /// The last fold's candidates.
    cands: std::sync::Arc<Vec<Cand>>,
    /// From the mark on, per candidate: the keys it read (`reads[span - base]`), what it did,
    /// with whom, and how.
    reads: Vec<u64>,
    base: u32,
    spans: Vec<(u32, u32)>,
    outcome: Vec<Outcome>,
    owner: Vec<Option<usize>>,
    fuzzy_bare: Vec<bool>,
    by_first_word: Vec<bool>,
    /// The ambiguities noted from the mark on, in order, and the next to look at.
    ambiguous: Vec<(usize, Vec<usize>, usize)>,
    next: usize,
    /// The keys each person made from the mark on was filed under (as [`Fold::filed`]).
    filed: Vec<u64>,
    filed_base: u32,
    filed_at: Vec<u32>,
    /// The last fold's persons made from the mark on -> this fold's (`usize::MAX`: none yet).
    map: Vec<usize>,
    /// The keys under which a person differs from the last fold's.
    dirty: std::collections::HashSet<u64, rustc_hash::FxBuildHasher>,
    /// The words whose counts the edit changed (see [`memo::Scope::moves`]).
    caps: Vec<Box<str>>,
    lower: Vec<Box<str>>,
    /// How many decisions were taken from the last fold.
    replayed: usize,
}

impl Replay {
    /// Takes what the fold `f` decided after its mark `at`, before it is wound back there.
    fn take(f: &mut Fold, at: usize, scope: &memo::Scope, toks: &[Tok]) -> Option<Replay> {
        let m = f.marks.get(at)?;
        let n = f.cands.len();
        if !scope.same_contexts || f.spans.len() != n || f.outcome.len() != n || m.ci > n {
            return None;
        }
        let edited = edited_blocks(scope, toks)?;
        let (persons, filed_base) = (m.persons, m.filed as u32);
        Some(Replay {
            mark: m.ci,
            persons,
            edit: edited.start,
            after_edit: edited.end,
            cands: std::sync::Arc::clone(&f.cands),
            base: m.reads as u32,
            reads: f.reads.split_off(m.reads.min(f.reads.len())),
            spans: f.spans[m.ci..].to_vec(),
            outcome: f.outcome[m.ci..].to_vec(),
            owner: f.owner[m.ci..].to_vec(),
            fuzzy_bare: f.fuzzy_bare[m.ci..].to_vec(),
            by_first_word: f.by_first_word[m.ci..].to_vec(),
            ambiguous: f.ambiguous.split_off(m.ambiguous.min(f.ambiguous.len())),
            next: 0,
            filed: f.filed.split_off((filed_base as usize).min(f.filed.len())),
            filed_base,
            filed_at: f
                .filed_at
                .get(persons..)
                .map_or(Vec::new(), <[u32]>::to_vec),
            map: vec![usize::MAX; f.persons.len().saturating_sub(persons)],
            dirty: Default::default(),
            caps: scope.caps.clone(),
            lower: scope.lower.clone(),
            replayed: 0,
        })
    }

    /// This fold's number for the last fold's person `old`, if it has one yet.
    fn person(&self, old: usize) -> Option<usize> {
        if old < self.persons {
            return Some(old);
        }
        self.map
            .get(old - self.persons)
            .copied()
            .filter(|&id| id != usize::MAX)
    }

    /// Decides candidate `ci` of `r` as the last fold did, if it can only come out so; else
    /// `false`, and nothing is done.
    fn again(&mut self, r: &mut Resolver, ci: usize) -> bool {
        let Some(k) = ci.checked_sub(self.mark) else {
            return false;
        };
        let (Some(old), Some(now)) = (self.cands.get(ci), r.cands.get(ci)) else {
            return false;
        };
        let start = now
            .title
            .as_ref()
            .map_or(now.toks.start, |t| t.start.min(now.toks.start));
        // A name before the edit reads up to `READS_AHEAD` tokens past its end.
        let away = now.toks.end + READS_AHEAD <= self.edit || start >= self.after_edit;
        if !away || old != now {
            return false;
        }
        // A surname alone reads the draft's counts of its word (as `resumable` says).
        let counted = !(self.caps.is_empty() && self.lower.is_empty());
        if counted && now.bare() {
            let word = r.ex.word(now.surname.end - 1);
            if memo::moves(&self.caps, &self.lower, &core_key_of(r.ex, now), word) {
                return false;
            }
        }
        let Some(&(s, e)) = self.spans.get(k) else {
            return false;
        };
        let Some(reads) = self
            .reads
            .get(s.wrapping_sub(self.base) as usize..e.wrapping_sub(self.base) as usize)
        else {
            return false;
        };
        if reads.iter().any(|h| self.dirty.contains(h)) {
            return false;
        }
        while self.ambiguous.get(self.next).is_some_and(|a| a.0 < ci) {
            self.next += 1;
        }
        let noted = self.ambiguous.get(self.next).filter(|a| a.0 == ci);
        let (outcome, owner) = (self.outcome[k], self.owner[k]);
        // The persons the decision names, in this fold's numbers.
        let (target, noted) = match (outcome, owner) {
            (Outcome::Nothing, None) => (None, None),
            (Outcome::Made, Some(_)) => (None, None),
            (Outcome::Joined, Some(old)) => {
                let Some(id) = self.person(old) else {
                    return false;
                };
                let noted = match noted {
                    Some((_, named, total)) => {
                        let Some(named) = named
                            .iter()
                            .map(|&o| self.person(o))
                            .collect::<Option<Vec<usize>>>()
                        else {
                            return false;
                        };
                        Some((named, *total))
                    }
                    None => None,
                };
                (Some(id), noted)
            }
            _ => return false,
        };
        let reading = r.reading.get_mut();
        let at = reading.len() as u32;
        reading.extend_from_slice(reads);
        r.st.spans[ci] = (at, reading.len() as u32);
        match (outcome, owner, target) {
            (Outcome::Made, Some(old), _) => {
                let id = r.add_person(ci);
                let i = old.checked_sub(self.persons);
                if let Some(slot) = i.and_then(|i| self.map.get_mut(i)) {
                    *slot = id;
                }
            }
            (Outcome::Joined, _, Some(id)) => {
                if let Some((named, total)) = noted {
                    r.st.ambiguous.push((ci, named, total));
                }
                r.st.fuzzy_bare[ci] = self.fuzzy_bare[k];
                r.st.by_first_word[ci] = self.by_first_word[k];
                r.attach(ci, id);
                r.st.outcome[ci] = Outcome::Joined;
            }
            _ => {}
        }
        self.replayed += 1;
        true
    }

    /// After candidate `ci` of `r` was decided afresh: the persons it found, before and now,
    /// may differ from the last fold's, and so may every decision that looks them up.
    fn decided(&mut self, r: &Resolver, ci: usize) {
        if let Some(Some(old)) = ci.checked_sub(self.mark).and_then(|k| self.owner.get(k)) {
            if *old < self.persons {
                self.dirty
                    .extend(filed_keys(&r.st.filed, &r.st.filed_at, 0, *old));
            } else {
                let i = old - self.persons;
                self.dirty
                    .extend(filed_keys(&self.filed, &self.filed_at, self.filed_base, i));
            }
        }
        if let Some(id) = r.st.owner[ci] {
            self.dirty
                .extend(filed_keys(&r.st.filed, &r.st.filed_at, 0, id));
        }
    }
}

/// Asserts that the fold of `r`, some of whose decisions were taken from the last fold, is
/// the one that making every decision afresh gives.
#[cfg(debug_assertions)]
fn check_replay(r: &Resolver) {
    let n = r.cands.len();
    let (mut roman, mut sinitic) = (memo::RomanCache::default(), memo::SiniticCache::default());
    let (mut keys, mut variants) = (memo::KeyCache::default(), memo::VariantCache::default());
    let caches = Caches {
        roman: &mut roman,
        sinitic: &mut sinitic,
        keys: &mut keys,
        variants: &mut variants,
    };
    let st = Fold::fresh(n, Sizes::default(), false);
    let mut fresh = Resolver::new(r.ex, r.cands, r.cap_counts, st, caches);
    fresh.resolve(0, None);
    let person = |p: &P| {
        (
            p.given.clone(),
            p.family_first,
            p.core.clone(),
            p.suffix.clone(),
            p.gender,
            p.canon,
            p.mentions.clone(),
            p.ranks.clone(),
        )
    };
    let persons = |st: &Fold| st.persons.iter().map(person).collect::<Vec<_>>();
    assert_eq!(r.st.owner, fresh.st.owner, "owners after a replayed fold");
    assert_eq!(
        persons(&r.st),
        persons(&fresh.st),
        "persons after a replayed fold"
    );
    assert_eq!(
        r.st.ambiguous, fresh.st.ambiguous,
        "ambiguities after a replayed fold"
    );
    assert_eq!(r.st.fuzzy_bare, fresh.st.fuzzy_bare);
    assert_eq!(r.st.by_first_word, fresh.st.by_first_word);
}

/// The tokens of the edited block and of the one after it, whose first names read the words
/// before them.
fn edited_blocks(scope: &memo::Scope, toks: &[Tok]) -> Option<Range<usize>> {
    let a = scope.first_tok;
    let block = toks.get(a)?.block();
    let b = a + toks[a..]
        .iter()
        .take_while(|t| t.block() <= block + 1)
        .count();
    Some(a..b)
}

/// The keys person `i` is filed under, in `filed` (which starts at `base`) by `filed_at`.
fn filed_keys<'f>(filed: &'f [u64], filed_at: &[u32], base: u32, i: usize) -> &'f [u64] {
    let start = filed_at
        .get(i)
        .map_or(filed.len(), |&s| s.saturating_sub(base) as usize);
    let end = filed_at
        .get(i + 1)
        .map_or(filed.len(), |&e| e.saturating_sub(base) as usize);
    filed.get(start..end).unwrap_or(&[])
}

/// A person as it was before candidate `ci` gave it its given names.
struct Renamed {
    id: usize,
    given: Vec<String>,
    family_first: bool,
    suffix: Option<String>,
    canon: usize,
}

/// The state of a fold before candidate `ci`, as lengths: everything the fold does after it
/// appends, but for a gender told and a person renamed (see [`Renamed`]).
struct Mark {
    ci: usize,
    persons: usize,
    links: usize,
    ambiguous: usize,
    renamed: usize,
    /// How many keys were read and filed.
    reads: usize,
    filed: usize,
    /// Per person: its mentions, its ranks, and whether its gender was known.
    each: Vec<(usize, usize, bool)>,
}

/// How far past its last token a name's decisions read (`Resolver::pronoun_after` reads 30
/// tokens, an apposed rank five): a name ending this far before an edited paragraph reads
/// nothing of it.
const READS_AHEAD: usize = 32;

/// How many marks a kept fold sets along the draft besides the edited paragraph's (see
/// [`Fold::marks`]): each costs a length per person, and the first keystroke in a new place
/// folds at most this fraction of the names again beyond the ones after it.
const CHECKPOINTS: usize = 8;

impl std::fmt::Debug for Fold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fold")
            .field("candidates", &self.cands.len())
            .field("persons", &self.persons.len())
            .field(
                "marks",
                &self.marks.iter().map(|m| m.ci).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Fold {
    /// The state before the first of `n` candidates, its tables made at `cap`; what each
    /// decision reads is written down only in a fold kept for the next analysis (`keep`).
    fn fresh(n: usize, cap: Sizes, keep: bool) -> Fold {
        let table = |n| HashMap::with_capacity_and_hasher(n, Default::default());
        Fold {
            persons: Vec::with_capacity(cap.persons),
            exact: table(cap.exact),
            fuzzy: Buckets {
                heads: HashMap::with_capacity_and_hasher(cap.heads, Default::default()),
                links: Vec::with_capacity(cap.links),
            },
            first_word: table(cap.first_word),
            owner: vec![None; n],
            spans: vec![(0, 0); if keep { n } else { 0 }],
            outcome: vec![Outcome::Nothing; if keep { n } else { 0 }],
            fuzzy_bare: vec![false; n],
            by_first_word: vec![false; n],
            ..Fold::default()
        }
    }

    /// Winds the state back to its mark `at` (an index into [`Fold::marks`]), for a fold of
    /// `len` candidates taken up there; the marks after it go, the fold sets them again.
    fn rewind(&mut self, at: usize, len: usize) -> Option<usize> {
        let m = self.marks.get(at)?;
        let m = Mark {
            each: Vec::new(),
            ..*m
        };
        let each = std::mem::take(&mut self.marks[at].each);
        self.marks.truncate(at);
        for (ci, id) in std::mem::take(&mut self.headings).into_iter().rev() {
            self.persons[id].mentions.retain(|&x| x != ci);
            self.owner[ci] = None;
        }
        while self.renamed.len() > m.renamed {
            let r = self.renamed.pop()?;
            let p = &mut self.persons[r.id];
            (p.given, p.family_first, p.suffix, p.canon) =
                (r.given, r.family_first, r.suffix, r.canon);
        }
        let maps = [&mut self.exact, &mut self.first_word]
            .into_iter()
            .chain(self.ea_given.iter_mut());
        for map in maps {
            for ids in map.values_mut() {
                while ids.last().is_some_and(|&id| id >= m.persons) {
                    ids.pop();
                }
            }
        }
        self.persons.truncate(m.persons);
        for (p, &(mentions, ranks, gender)) in self.persons.iter_mut().zip(&each) {
            p.mentions.truncate(mentions);
            p.ranks.truncate(ranks);
            if !gender {
                p.gender = None;
            }
        }
        let links = &self.fuzzy.links;
        for head in self.fuzzy.heads.values_mut() {
            while *head != Buckets::END && *head as usize >= m.links {
                *head = links[*head as usize].1;
            }
        }
        self.fuzzy.links.truncate(m.links);
        for v in [&mut self.fuzzy_bare, &mut self.by_first_word] {
            v.truncate(m.ci);
            v.resize(len, false);
        }
        self.owner.truncate(m.ci);
        self.owner.resize(len, None);
        self.ambiguous.truncate(m.ambiguous);
        self.reads.truncate(m.reads);
        self.spans.truncate(m.ci);
        self.spans.resize(len, (0, 0));
        self.outcome.truncate(m.ci);
        self.outcome.resize(len, Outcome::Nothing);
        self.filed.truncate(m.filed);
        self.filed_at.truncate(m.persons);
        Some(m.ci)
    }
}

impl Buckets {
    /// The end of a key's list.
    const END: u32 = u32::MAX;

    /// Files person `id` under `key`. Persons are filed once each, in increasing order, so a
    /// key met twice for one person (`alan` deleted from `allan` either way) is its newest.
    fn add(&mut self, key: u64, id: usize) {
        let Ok(at) = u32::try_from(self.links.len()) else {
            return;
        };
        let head = self.heads.entry(key).or_insert(Self::END);
        if *head != Self::END && self.links[*head as usize].0 == id {
            return;
        }
        self.links.push((id, *head));
        *head = at;
    }

    /// The persons filed under `key`, newest first.
    fn latest(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.heads.get(&key).copied().unwrap_or(Self::END);
        std::iter::from_fn(move || {
            let &(id, next) = self.links.get(at as usize)?;
            at = next;
            Some(id)
        })
    }
}

/// What the comparisons of given names read of one folded given name (see
/// [`Resolver::given_facts`]).
struct GivenFacts {
    /// What the lists say of it.
    lex: lexicon::NameFacts,
    /// Its romanisation key (none for a name too long to be compared by it).
    roman: Option<std::sync::Arc<str>>,
    /// Its key read as romanised Arabic, for a name [`arabic_comparable`].
    arabic: Option<std::sync::Arc<str>>,
}

/// Whether person `p`, written given name first, has names that end with `given` and one or
/// more before them (`Núñez Feijóo` of `Alberto Núñez Feijóo`).
fn ends_on_given(p: &P, given: &[Cow<'_, str>]) -> bool {
    p.given.len() > given.len()
        && !p.family_first
        && p.given[p.given.len() - given.len()..]
            .iter()
            .zip(given)
            .all(|(a, b)| a == b)
}

/// Whether a family name met after a title (`a`) is a slip of a known one (`b`) even when short:
/// two letters side by side swapped (`hnut`, `hunt`), or one letter more or less (`ezeh`, `eze`;
/// `kahn` is `khan` swapped), the first letter kept and neither a plural of the other.
fn titled_slip(a: &str, b: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if x == y || x.len().min(y.len()) < 3 || x.len().max(y.len()) > MAX_FUZZY || x[0] != y[0] {
        return false;
    }
    let plural = |p: &[char], q: &[char]| p.len() == q.len() + 1 && p.last() == Some(&'s');
    if x.len() == y.len() {
        // One pair of neighbours swapped, the rest the same.
        let diff: Vec<usize> = (0..x.len()).filter(|&i| x[i] != y[i]).collect();
        return matches!(diff[..], [i, j] if j == i + 1 && x[i] == y[j] && x[j] == y[i]);
    }
    let (long, short) = if x.len() > y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    if long.len() != short.len() + 1 || plural(long, short) {
        return false;
    }
    // One letter more: the rest, in order, is the shorter name.
    let cut = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    long[cut + 1..] == short[cut..]
}

/// Whether a folded name is compared by its key read as romanised Arabic: four letters or
/// more, 40 bytes or fewer.
fn arabic_comparable(folded: &str) -> bool {
    folded.len() <= 40 && folded.chars().count() >= 4
}

struct Resolver<'a> {
    ex: &'a Extractor<'a>,
    cands: &'a [Cand],
    lex: &'static Lexicon,
    /// Who is who so far, kept for the next analysis of the draft.
    st: Fold,
    /// Romanisation keys met so far (see [`Resolver::roman_key`]), kept from one analysis to
    /// the next.
    roman: std::cell::RefCell<&'a mut memo::RomanCache>,
    /// Pinyin readings met so far (see [`Resolver::sinitic_keys`]), kept from one analysis to
    /// the next.
    sinitic: std::cell::RefCell<&'a mut memo::SiniticCache>,
    /// Arabic keys made in this analysis (see [`Resolver::arabic_pair`]): a name is compared
    /// with many.
    arabic: std::cell::RefCell<HashMap<std::sync::Arc<str>, std::sync::Arc<str>>>,
    /// What the lists say of each given name compared in this analysis (see
    /// [`Resolver::name_facts`]).
    facts: std::cell::RefCell<HashMap<Box<str>, std::sync::Arc<GivenFacts>>>,
    /// The last family name asked of [`Resolver::slavic_family`], and its answer.
    last_family: std::cell::RefCell<(Box<str>, bool)>,
    /// How often each folded capitalised word occurs.
    cap_counts: &'a cands::Counts,
    /// Fuzzy keys of family names, kept from one analysis to the next.
    key_cache: &'a mut memo::KeyCache,
    /// Pairs of family names compared, kept from one analysis to the next.
    variant_cache: std::cell::RefCell<&'a mut memo::VariantCache>,
    /// The key of a pair looked up in `variant_cache`, written in place.
    pair: std::cell::RefCell<String>,
    /// Person -> the last fuzzy lookup that compared it (see [`Resolver::fuzzy_candidates`]).
    tried: Vec<u32>,
    /// The number of fuzzy lookups so far.
    lookups: u32,
    /// The candidate before which to set a mark (see [`Fold::marks`]), and how many
    /// candidates apart the checkpoints are (none if 0).
    mark_at: Option<usize>,
    every: usize,
    /// The keys read by the decisions so far ([`Fold::reads`]), while the fold runs.
    reading: std::cell::RefCell<Vec<u64>>,
    /// Whether the keys read are written down: only in the fold, of a draft analysed again.
    recording: bool,
    /// How many decisions the last [`Resolver::resolve`] took from the last fold.
    replayed: usize,
}

/// The caches a resolution keeps from one analysis of a draft to the next.
struct Caches<'a> {
    roman: &'a mut memo::RomanCache,
    sinitic: &'a mut memo::SiniticCache,
    keys: &'a mut memo::KeyCache,
    variants: &'a mut memo::VariantCache,
}

impl<'a> Resolver<'a> {
    /// A resolver of `cands` from the state `st`, with no marks to set.
    fn new(
        ex: &'a Extractor<'a>,
        cands: &'a [Cand],
        cap_counts: &'a cands::Counts,
        st: Fold,
        caches: Caches<'a>,
    ) -> Self {
        Resolver {
            ex,
            cands,
            lex: Lexicon::get(),
            st,
            roman: std::cell::RefCell::new(caches.roman),
            sinitic: std::cell::RefCell::new(caches.sinitic),
            arabic: Default::default(),
            facts: Default::default(),
            last_family: std::cell::RefCell::new(("".into(), false)),
            cap_counts,
            key_cache: caches.keys,
            variant_cache: std::cell::RefCell::new(caches.variants),
            pair: Default::default(),
            tried: Vec::new(),
            lookups: 0,
            mark_at: None,
            every: 0,
            reading: Default::default(),
            recording: false,
            replayed: 0,
        }
    }

    fn text(&self, r: Range<usize>) -> &'a str {
        &self.ex.text[r]
    }

    fn tok(&self, i: usize) -> &'a Tok {
        &self.ex.toks[i]
    }

    /// The folded core of a candidate's family name (see [`Resolver::core_text`]): the
    /// draft's own key of its last word when no particle is hyphened to it (nearly always),
    /// so that no key is allocated.
    fn core_key(&self, c: &Cand) -> Cow<'a, str> {
        if c.split_core {
            return fold(self.core_text(c).1).into();
        }
        let last = c.surname.end - 1;
        match core_of(self.ex.word(last)) {
            ("", _) => self.ex.key(last),
            (_, core) => fold(core).into(),
        }
    }

    /// Where the core of a candidate's family name is written, and how: its last word without
    /// a hyphened particle (`Sisi` of `el-Sisi`), or its last two written apart.
    fn core_text(&self, c: &Cand) -> (Range<usize>, &'a str) {
        let last = self.tok(c.surname.end - 1).range();
        let range = if c.split_core {
            self.tok(c.core_start()).range().start..last.end
        } else {
            let (particle, _) = core_of(self.ex.word(c.surname.end - 1));
            last.start + particle.len()..last.end
        };
        (range.clone(), &self.ex.text[range])
    }

    /// The folded family name with the particles written apart before its core run into it
    /// (`deluca` of `De Luca` and of `DeLuca`): one name, whether its particles are written
    /// apart or joined.
    fn whole_key(&self, c: &Cand) -> Cow<'a, str> {
        if c.surname.len() == 1 {
            return self.ex.key(c.surname.start);
        }
        let s = self.tok(c.surname.start).range().start;
        fold(self.text(s..self.tok(c.surname.end - 1).range().end)).into()
    }

    /// The folded given names of a candidate, borrowed from the draft's keys where they can
    /// be: most mentions are only compared, and few make a person.
    fn given_keys(&self, c: &Cand) -> Vec<Cow<'a, str>> {
        if c.family_first {
            let s = self.tok(c.given[0]).range().start;
            let e = self.tok(*c.given.last().unwrap_or(&c.given[0])).range().end;
            vec![fold(self.text(s..e)).into()]
        } else {
            // Dotted initials written together (`W.N.`) stand for one given name each.
            let mut out = Vec::with_capacity(c.given.len());
            for &g in &c.given {
                let k = self.ex.key(g);
                if self.tok(g).initial() {
                    out.extend(k.chars().map(|l| Cow::Owned(String::from(l))));
                } else {
                    out.push(k);
                }
            }
            out
        }
    }

    /// The romanisation key of a folded name, computed once per name: the rewrites are many,
    /// and a name is compared with many people.
    fn roman_key(&self, folded: &str) -> std::sync::Arc<str> {
        let mut cache = self.roman.borrow_mut();
        if let Some(k) = cache.get(folded) {
            return k.clone();
        }
        let k = cache
            .take(folded)
            .unwrap_or_else(|| self.lex.roman_key(folded).into());
        cache.keep(folded.into(), k.clone());
        k
    }

    /// Whether two folded names differ and are one name in two romanisations of Arabic only
    /// (the plain keys apart, the Arabic keys alike): `mahmoud`, `mahmud`; `qasim`, `kasim`.
    /// Each name's key is made once per analysis from its romanisation.
    fn arabic_pair(&self, a: &str, b: &str) -> bool {
        a != b
            && arabic_comparable(a)
            && arabic_comparable(b)
            && self.arabic_key(a) == self.arabic_key(b)
    }

    /// The key of a folded name read as romanised Arabic, made once per analysis from its
    /// romanisation key.
    fn arabic_key(&self, folded: &str) -> std::sync::Arc<str> {
        let roman = self.roman_key(folded);
        let mut cache = self.arabic.borrow_mut();
        if let Some(k) = cache.get(&roman) {
            return k.clone();
        }
        let k: std::sync::Arc<str> = self.lex.arabic_rewrite(&roman).into();
        cache.insert(roman, k.clone());
        k
    }

    /// What the comparisons of given names read of one folded given name, looked up once
    /// per analysis: each given name is compared with those of all its namesakes.
    fn given_facts(&self, folded: &str) -> std::sync::Arc<GivenFacts> {
        if let Some(f) = self.facts.borrow().get(folded) {
            return f.clone();
        }
        let f = std::sync::Arc::new(GivenFacts {
            lex: self.lex.name_facts(folded),
            roman: (folded.len() <= 4 * MAX_FUZZY).then(|| self.roman_key(folded)),
            arabic: arabic_comparable(folded).then(|| self.arabic_key(folded)),
        });
        self.facts.borrow_mut().insert(folded.into(), f.clone());
        f
    }

    /// [`Lexicon::slavic_family`], the last answer kept: a given name is compared with those
    /// of many namesakes, each under one family name.
    fn slavic_family(&self, family: &str) -> bool {
        let mut last = self.last_family.borrow_mut();
        if *last.0 != *family {
            *last = (family.into(), self.lex.slavic_family(family));
        }
        last.1
    }

    /// The romanisation key of a given name whose facts are `f`.
    fn roman_of(&self, folded: &str, f: &GivenFacts) -> std::sync::Arc<str> {
        f.roman.clone().unwrap_or_else(|| self.roman_key(folded))
    }

    /// Whether two given names are spellings of one name, in front of the folded family name
    /// `family` the two share (or are variants of).
    fn given_variant(&self, a: &str, b: &str, family: &str) -> bool {
        if a == b {
            return true;
        }
        let (fact_a, fact_b) = (self.given_facts(a), self.given_facts(b));
        let (fa, fb) = (&fact_a.lex, &fact_b.lex);
        let grouped = |x: Option<usize>, y: Option<usize>| x.is_some() && x == y;
        if grouped(fa.group, fb.group) || grouped(fa.given_group, fb.given_group) {
            return true;
        }
        // A familiar form beside its formal name (`Mike`, `Michael`; `Kate`, `Katherine`): one
        // person's given name written two ways.
        if self.lex.hypocorism(a, b) {
            return true;
        }
        let la = a.chars().count().min(b.chars().count());
        // A sounded vowel put after a final consonant makes another name (`Mark`, `Marko`;
        // `Bernard`, `Bernardo`), where a silent one (`Ann`, `Anne`) or a romanised ending
        // (`Dmitri`, `Dmitrii`) does not.
        let vowel_more = |long: &str, short: &str| {
            long.len() == short.len() + 1
                && long.starts_with(short)
                && long.ends_with(['a', 'i', 'o', 'u'])
                && !short.ends_with(['a', 'e', 'i', 'o', 'u', 'y'])
        };
        if vowel_more(a, b) || vowel_more(b, a) {
            return false;
        }
        let (ga, gb) = (fa.listed, fb.listed);
        // `Aleksandr` and `Aleksandra`, `Ivan` and `Ivana`: a brother and a sister (but `Ann`
        // and `Anne` are both listed as women's names).
        let one_gender = matches!((ga, gb), (Some(Some(x)), Some(Some(y))) if x == y);
        if !one_gender && self.lex.gendered_pair(a, b, false) {
            return false;
        }
        // Two listed names both in real use, apart only in vowels that no romanisation trades
        // (`Sharon`, `Shirin`; `Ramon`, `Roman`): two names, though the Arabic key drops vowels.
        if keys::vowels_apart(a, b) && fa.in_use && fb.in_use {
            return false;
        }
        // One spelling with a silent letter more (`Ann`, `Anne`; `Alan`, `Allan`; `Jon`,
        // `John`): one name, unless listed as a man's and a woman's (`Louis`, `Louise`).
        if la >= 3 && (silent_letter(a, b) || silent_letter(b, a)) {
            return !matches!((ga, gb), (Some(Some(x)), Some(Some(y))) if x != y);
        }
        // The same sounds with a silent letter or a double elsewhere, or a hard `c` for a `k`
        // (`Jeniffer`, `Jennifer`; `Marc`, `Mark`): one name. A vowel that differs (`Jane`,
        // `June`) is another name.
        // Two letters side by side swapped (`Kier`, `Keir`; `Niel`, `Neil`): a slip of the
        // hand, even in a short name, where a letter changed (`Jane`, `June`) is another name.
        // Both names in real use (the word-frequency data): a slip of the pen makes a rare word.
        let both_real = || fa.frequent && fb.frequent;
        // But a vowel swapped past a consonant in two names in real use moves a syllable
        // (`Cristina`, `Cristian`): two names, where `Micheal` swaps two vowels.
        let slip_swap = swapped(a, b) && !(vowel_moved(a, b) && both_real());
        if la >= 4 && (sound_alike(a, b) || slip_swap) {
            return !matches!((ga, gb), (Some(Some(x)), Some(Some(y))) if x != y);
        }
        // One key, or one once read as romanised Arabic (`Mounir`, `Munir`; `Zein`, `Zain`).
        // The Arabic key also joins European names that the given-name list keeps as two
        // entries (`Louis`, `Luis`; `Raoul`, `Raul`): two listed names both in real use are
        // two names under it, unless the list of variants groups them (`Khaled`, `Khalid`,
        // checked above).
        let same_key = (4..=MAX_FUZZY).contains(&la)
            && (self.roman_of(a, &fact_a) == self.roman_of(b, &fact_b)
                || (!(ga.is_some() && gb.is_some() && both_real())
                    && matches!((&fact_a.arabic, &fact_b.arabic), (Some(x), Some(y)) if x == y)));
        if same_key {
            // `Tony` and `Toni` listed as a man's and a woman's name are two names.
            return !matches!((ga, gb), (Some(Some(x)), Some(Some(y))) if x != y);
        }
        // The Ukrainian and the Russian form of one name (`Olha`, `Olga`; `Ihor`, `Igor`).
        if self
            .lex
            .slavic_pair_with(a, fa, b, fb, || self.slavic_family(family))
        {
            return !matches!((ga, gb), (Some(Some(x)), Some(Some(y))) if x != y);
        }
        // Two listed names apart only in a sounded final vowel (`Marie`, `Maria`; `Christina`,
        // `Christine`) are two names, after the romanisations above had their say (`Dmytro`,
        // `Dmitri`).
        if self.lex.distinct_endings_with(a, fa, b, fb) {
            return false;
        }
        // Two names both in real use, a letter or two apart and neither a homophone nor a
        // romanisation of the other (those were kept above): `Louis` and `Luis`, `Michael` and
        // `Michal` are two brothers' names, where a slip makes a rare word (`Christoper`).
        // A soft `g` and a `j` sound alike too (`Gillian`, `Jillian`).
        let (sa, sb) = (soft(a, la), soft(b, la));
        let homophones = sa == sb || sound_alike(&sa, &sb);
        if !homophones && fa.frequent && fb.frequent {
            return false;
        }
        // One slip apart once romanised alike (`Oleksandr`, `Olexander`; `Maksym`, `Maxim`):
        // a romanisation and a letter, as a long enough name allows a letter alone.
        let romanised_slip = || {
            (5..=MAX_FUZZY).contains(&la)
                && a.chars().next() == b.chars().next()
                && distance(&self.roman_of(a, &fact_a), &self.roman_of(b, &fact_b), 1) <= 1
        };
        if let (Some(x), Some(y)) = (ga, gb) {
            // Two listed names are one name spelt two ways only when they are of one gender and
            // nearly alike (`Sarah`, `Sara`; `Stephen`, `Steven`; `Catherine`, `Katherine`):
            // `Louis` and `Louise`, `Ryan` and `Ronan` are two names.
            if matches!((x, y), (Some(x), Some(y)) if x != y) {
                return false;
            }
            let same_first = a.chars().next() == b.chars().next();
            let d = distance(a, b, 2);
            // In a short name only a letter added or dropped (`Sara`, `Sarah`): `Jane` and
            // `June` are two names. Two letters apart, two listed names are two names unless
            // their consonants agree or a romanisation joins them (`Giorgia`, `Gloria`;
            // `Mansour`, `Masoud`; `Sanjay`, `Sanjiv`).
            let grown = a.chars().count() != b.chars().count();
            return (same_first && d <= 1 && (la >= 5 || grown))
                || (la >= 5 && d <= 2 && skeleton(&soft(a, la)) == skeleton(&soft(b, la)))
                || romanised_slip();
        }
        // Two unlisted given names built of romanised Korean syllables are two names once a
        // letter changes a syllable (`Ji-woo`, `Ji-hoo`; `Min-jun`, `Min-jin`), unless the
        // change is a romanisation (`Soo-min`, `Su-min`, kept above).
        if ga.is_none() && gb.is_none() && fa.korean && fb.korean {
            return false;
        }
        let slip = {
            let (a, b) = (soft(a, la), soft(b, la));
            la >= 5 && a.chars().next() == b.chars().next() && distance(&a, &b, 1) <= 1
        };
        slip || romanised_slip()
    }

    /// Whether the given names of a mention fit a person's (absent ones always fit).
    fn given_agree<S: AsRef<str>>(
        &self,
        mention: &[S],
        family_first: bool,
        p: &P,
        exact_only: bool,
    ) -> bool {
        if mention.is_empty() || p.given.is_empty() {
            return true;
        }
        if family_first || p.family_first {
            let (a, b) = (mention[0].as_ref(), p.given.join(""));
            // Two given names that are each whole romanised syllables are two names (`Soyeon`,
            // `Seoyeon`), not a slip.
            let two_names = self.lex.ko_split(a) && self.lex.ko_split(&b);
            // But one name romanised two ways (`Soo-min`, `Su-min`) is one name.
            return a == b
                || (!exact_only
                    && ((!two_names && a.chars().count() >= 6 && distance(a, &b, 1) <= 1)
                        || (two_names && self.roman_key(a) == self.roman_key(&b))));
        }
        // The first given names must agree; middle names and initials may come and go
        // (`George W. Bush`, `George Bush`).
        let fits = |g: &str, pg: &str| {
            pg == g
                || (g.chars().count() == 1 && pg.starts_with(g))
                || (pg.chars().count() == 1 && g.starts_with(pg))
                || (!exact_only && self.given_variant_kept(g, pg, &p.core))
        };
        // But two middle names or initials that differ make two people (`George H.W. Bush`
        // and `George W. Bush`, `John Quincy Adams` and `John Adams` stay apart only when both
        // write a middle name).
        let middle = || {
            let (m, pm) = (&mention[1..], &p.given[1..]);
            m.is_empty()
                || pm.is_empty()
                || (m.len() == pm.len()
                    && m.iter().zip(pm).all(|(a, b)| {
                        let (a, b) = (a.as_ref(), b.as_str());
                        a == b
                            || (a.chars().count() == 1 && b.starts_with(a))
                            || (b.chars().count() == 1 && a.starts_with(b))
                            || (!exact_only && self.given_variant_kept(a, b, &p.core))
                    }))
        };
        (fits(mention[0].as_ref(), &p.given[0]) && middle())
            || joined_first(mention, &p.given)
            || (!exact_only && self.joined_romanised(mention, &p.given))
    }

    /// Whether two runs of given names, each read as one word, are one name in two
    /// romanisations, however they are cut into words: an Arabic compound of `Abd` and its
    /// article is written `Abdel Rahman`, `Abd al-Rahman`, `Abdul Rahman` or `Abdelrahman`.
    /// Only a run that is cut differently counts: the same words are compared one by one.
    fn joined_romanised<A: AsRef<str>, B: AsRef<str>>(&self, a: &[A], b: &[B]) -> bool {
        // Two single words are compared as given names; a run of more than four is no name.
        if (a.len() < 2 && b.len() < 2) || a.len().max(b.len()) > 4 {
            return false;
        }
        let (Some(a0), Some(b0)) = (a.first(), b.first()) else {
            return false;
        };
        let ja: String = a.iter().map(AsRef::as_ref).collect();
        let jb: String = b.iter().map(AsRef::as_ref).collect();
        // Cut in another place (`Abdel Rahman`, `Abd al-Rahman`): the first words differ
        // (`Ali Hassan` and `Ali Hasan` are compared word by word).
        a0.as_ref() != b0.as_ref()
            && ja != jb
            && ja.chars().count() >= 8
            && self.roman_key(&ja) == self.roman_key(&jb)
    }

    fn surname_variant(&self, a: &str, b: &str, loose: bool) -> bool {
        if a == b {
            return false;
        }
        // A plural is another word (`Cabernet`, `Cabernets`; `the Kennedys`), but `Yatess` is a slip.
        let plural = |x: &str, y: &str| {
            !y.ends_with('s')
                && x.strip_suffix('s')
                    .is_some_and(|s| s == y || s.strip_suffix('e') == Some(y))
        };
        if plural(a, b) || plural(b, a) {
            // With the given names the same, an `s` more or less on a family name is a slip
            // (`Orla Fitzwilliams` after `Orla Fitzwilliam`); a family name alone is not.
            return loose && a.chars().count().min(b.chars().count()) >= 4;
        }
        if self.lex.same_group(a, b) {
            return true;
        }
        // Two family names that are both ordinary English words (`Baker`, `Barker`; `Mason`,
        // `Macon`) are two names that people bear, not one misspelt.
        if self.lex.ordinary(a) && self.lex.ordinary(b) {
            return false;
        }
        // Lengths: `a` is the spelling met, `b` the known person's.
        let (la, lb) = (a.chars().count(), b.chars().count());
        if la.min(lb) < 4 || la.max(lb) > MAX_FUZZY || self.lex.gendered_pair(a, b, true) {
            return false;
        }
        if self.roman_key(a) == self.roman_key(b)
            || self.slavic_family_pair(a, b)
            || self.arabic_pair(a, b)
        {
            return true;
        }
        let (sa, sb) = (skeleton(a), skeleton(b));
        let first_ok =
            a.chars().next() == b.chars().next() || sa.chars().next() == sb.chars().next();
        if !first_ok {
            return false;
        }
        let d = distance(a, b, 2);
        let same_skeleton = sa == sb;
        // With the given names agreeing, a letter more or less in a short family name is a
        // slip (`Tamsin Rowe`, `Tamsin Rowse`; a vowel more was already one by its
        // skeleton); a letter changed (`Hall`, `Hill`) is another name, as in a short given
        // name.
        let grown = la.abs_diff(lb) == 1 && d == 1;
        (same_skeleton && d <= 1 && lb >= if loose { 4 } else { 5 })
            || (loose && grown && la.min(lb) >= 4)
            || (same_skeleton && d <= 2 && lb >= 7)
            || (d <= 1 && lb >= 5)
            // A silent `h` or a double in another place (`Ghandi`, `Gandhi`).
            || (d <= 2 && lb >= 5 && sound_alike(a, b))
    }

    /// Hashed fuzzy keys of a folded family name: its skeleton, its variant group, itself and
    /// its single deletions (tagged so that a query meets the index symmetrically). Hashes,
    /// not strings, so that no key is allocated; a collision only adds a candidate that the
    /// variant test then rejects.
    /// Shared with the cache, not copied: a family name is looked up once per mention.
    fn fuzzy_keys(&mut self, key: &str, indexing: bool) -> std::sync::Arc<[u64]> {
        let i = usize::from(indexing);
        if let Some(v) = self.key_cache[i].get(key) {
            return v.clone();
        }
        let v = match self.key_cache[i].take(key) {
            Some(v) => v,
            None => self.compute_fuzzy_keys(key, indexing).into(),
        };
        self.key_cache[i].keep(key.into(), v.clone());
        v
    }

    /// [`Resolver::fuzzy_keys`], computed.
    fn compute_fuzzy_keys(&self, key: &str, indexing: bool) -> Vec<u64> {
        let mut out = Vec::with_capacity(key.len() * 2 + 3);
        out.push(key_hash(b's', &[&skeleton(key)]));
        if let Some(g) = self.lex.person_groups.get(key) {
            out.push(key_hash(b'g', &[&g.to_string()]));
        }
        let roman = self.roman_key(key);
        out.push(key_hash(b'r', &[&roman]));
        // A Ukrainian family name meets its Russian form (`Hnatyuk`, `Gnatyuk`) under the
        // Russian form's romanisation key.
        if let Some(k) = self.lex.slavic_family_key(key).filter(|k| **k != *roman) {
            out.push(key_hash(b'r', &[&k]));
        }
        // An Arabic family name meets its other romanisations (`Ramadhan`, `Ramazan`) under
        // its Arabic key.
        if (4..=MAX_FUZZY).contains(&key.chars().count()) {
            // The Arabic key is made from the romanisation key made above.
            let arabic = self.lex.arabic_rewrite(&roman);
            if *arabic != *roman {
                out.push(key_hash(b'r', &[&arabic]));
            }
        }
        // Deletion keys only for name-sized words: a very long token must not cost its square.
        // Three letters are enough for a titled slip (`Mr Ezeh` after `Eze`).
        let n = key.chars().count();
        if (3..=MAX_FUZZY).contains(&n) {
            out.push(key_hash(b'd', &[key]));
            for (i, c) in key.char_indices() {
                let parts = [&key[..i], &key[i + c.len_utf8()..]];
                out.push(key_hash(b'd', &parts));
                if !indexing {
                    out.push(key_hash(b'f', &parts));
                }
            }
            if indexing {
                out.push(key_hash(b'f', &[key]));
            }
        }
        out
    }

    fn add_person(&mut self, ci: usize) -> usize {
        let c = &self.cands[ci];
        let core = self.core_key(c).into_owned();
        let given: Vec<String> = self
            .given_keys(c)
            .into_iter()
            .map(Cow::into_owned)
            .collect();
        let gender = c.gender.or_else(|| {
            (!c.family_first && !c.given.is_empty())
                .then(|| {
                    self.lex
                        .given
                        .get(self.ex.key(c.given[0]).as_ref())
                        .copied()
                        .flatten()
                })
                .flatten()
        });
        let gender = gender.or_else(|| self.pronoun_after(ci));
        let id = self.st.persons.len();
        if self.recording {
            self.st.filed_at.push(self.st.filed.len() as u32);
            self.st.outcome[ci] = Outcome::Made;
        }
        self.st.persons.push(P {
            given,
            family_first: c.family_first,
            core,
            suffix: c.suffix.map(|s| self.lex.suffix_key(&self.ex.key(s))),
            gender,
            canon: ci,
            mentions: vec![ci],
            ranks: self.introduced_rank(c).into_iter().collect(),
        });
        self.index(id);
        if !c.family_first && !c.given.is_empty() {
            let first = self.ex.key(c.given[0]).into_owned();
            self.file(key_hash(b'F', &[&first]));
            self.st.first_word.entry(first).or_default().push(id);
        }
        if let (true, Some(&last)) = (c.family_first, c.given.last()) {
            let whole = self.st.persons[id]
                .given
                .first()
                .cloned()
                .unwrap_or_default();
            let word = self.ex.word(last);
            let syllable = fold(word.rsplit(['-', '\u{2010}']).next().unwrap_or(word));
            self.file(key_hash(b'A', &[&whole]));
            self.st.ea_given[0].entry(whole).or_default().push(id);
            if syllable.chars().count() >= 2 {
                self.file(key_hash(b'B', &[&syllable]));
                self.st.ea_given[1].entry(syllable).or_default().push(id);
            }
        }
        self.st.owner[ci] = Some(id);
        id
    }

    /// The gender of the first pronoun after a mention (`Chris Dunne opened her bakery`), in its
    /// sentence or the next, when no other name comes between.
    fn pronoun_after(&self, ci: usize) -> Option<Gender> {
        let c = &self.cands[ci];
        let sent = self.tok(c.toks.end - 1).sent;
        for k in c.toks.end..(c.toks.end + 30).min(self.ex.toks.len()) {
            let t = self.tok(k);
            if t.sent > sent + 1 || t.quote != InQuote::No {
                return None;
            }
            if t.cap() && !t.sent_start() {
                return self.kin_apposed_pronoun(k);
            }
            match self.ex.word(k) {
                "he" | "him" | "his" | "himself" | "He" | "His" => return Some(Gender::M),
                "she" | "her" | "hers" | "herself" | "She" | "Her" => return Some(Gender::F),
                _ => {}
            }
        }
        None
    }

    /// The gender of the pronoun of a kinship appositive after the name starting at token `k`
    /// (`with Bas Varn, her brother`): that pronoun is the person's named before it.
    fn kin_apposed_pronoun(&self, k: usize) -> Option<Gender> {
        let toks = &self.ex.toks;
        let sent = toks[k].sent;
        let e = (k..toks.len())
            .find(|&e| !toks[e].cap() || toks[e].sent != sent)
            .filter(|&e| e > k && e + 1 < toks.len() && toks[e + 1].sent == sent)?;
        let gap = self.ex.text.get(toks[e - 1].end()..toks[e].range().start)?;
        let kin = cands::with_lower(self.ex.word(e + 1), |w| self.lex.kin.contains_key(w));
        if gap != ", " || !kin {
            return None;
        }
        match self.ex.word(e) {
            "his" => Some(Gender::M),
            "her" => Some(Gender::F),
            _ => None,
        }
    }

    fn index(&mut self, id: usize) {
        let core = self.st.persons[id].core.clone();
        for &k in self.fuzzy_keys(&core, true).iter() {
            self.st.fuzzy.add(k, id);
            self.file(k);
        }
        let whole = self.whole_key(&self.cands[self.st.persons[id].canon]);
        let w = key_hash(b'w', &[&whole]);
        self.st.fuzzy.add(w, id);
        self.file(w);
        for r in self.sinitic_keys(&core).iter() {
            let z = key_hash(b'z', &[r]);
            self.st.fuzzy.add(z, id);
            self.file(z);
        }
        // Each half of a double-barrelled family name (`rees`, `mogg` of `Rees-Mogg`), under
        // which a title and one half alone (`Mr Mogg`) finds the person.
        let canon_core = self.core_text(&self.cands[self.st.persons[id].canon]).1;
        if canon_core.contains(['-', '\u{2010}']) {
            let halves: Vec<String> = canon_core.split(['-', '\u{2010}']).map(fold).collect();
            if halves.len() == 2 && halves.iter().all(|h| h.chars().count() >= 2) {
                for h in &halves {
                    let k = key_hash(b'H', &[h]);
                    self.st.fuzzy.add(k, id);
                    self.file(k);
                }
            }
        }
        self.file(key_hash(b'E', &[&core]));
        self.st.exact.entry(core).or_default().push(id);
    }

    /// The pinyin readings of a folded family name of one syllable (itself among them), under
    /// which a Wade-Giles spelling meets the pinyin one (`hsu` and `xu` under `xu`); none for a
    /// longer name.
    fn sinitic_keys(&self, core: &str) -> std::sync::Arc<[String]> {
        if !(1..=6).contains(&core.len()) || !core.bytes().all(|b| b.is_ascii_lowercase()) {
            return std::sync::Arc::default();
        }
        let mut cache = self.sinitic.borrow_mut();
        if let Some(k) = cache.get(core) {
            return k.clone();
        }
        let k = cache
            .take(core)
            .unwrap_or_else(|| self.lex.wade.readings(core).into());
        cache.keep(core.into(), k.clone());
        k
    }

    /// The given names of a candidate as written, from the first to the last.
    fn given_text(&self, c: &Cand) -> &'a str {
        match (c.given.first(), c.given.last()) {
            (Some(&f), Some(&l)) => self.text(self.tok(f).range().start..self.tok(l).range().end),
            _ => "",
        }
    }

    /// The person candidate `ci` names with one Chinese name romanised another way, Wade-Giles
    /// once and pinyin once (`Hsu Chih-ming`, `Xu Zhiming`; `Chiang Wen-hsiung`, `Jiang
    /// Wenxiong`): the family names share a reading, and so do the given names, syllable by
    /// syllable; or, written in the Western order, the given names are the same (`Jason Hsu`,
    /// `Jason Xu`). Two people with one common family name and other given names (`Chang
    /// Li-wei`, `Zhang Min`) stay two.
    fn sinitic(&self, ci: usize, key: &str) -> Option<usize> {
        let c = &self.cands[ci];
        // `Jiang Kaiming, his cousin,` is someone else.
        if c.given.is_empty()
            || c.suffix.is_some()
            || self.kin_before(ci)
            || self.apposed_role(c).is_some_and(|(_, related)| related)
        {
            return None;
        }
        // A family name listed as Chinese on one side, and no English word that is not one
        // on either (`Emma Park`, `Emma Bark`; `Lisa Kay`, `Lisa Gay`).
        let listed = |k: &str| self.lex.ea_surnames.contains(k);
        let plain = |k: &str| listed(k) || !self.lex.english.contains(k);
        if !plain(key) {
            return None;
        }
        let keys = self.sinitic_keys(key);
        for r in keys.iter() {
            for id in self.bucket(key_hash(b'z', &[r])).take(NAMESAKES_CAP) {
                let p = &self.st.persons[id];
                if p.given.is_empty()
                    || p.suffix.is_some()
                    || p.family_first != c.family_first
                    || self.named_in_sentence(id, ci)
                    || !self.sinitic_keys(&p.core).contains(r)
                    || !plain(&p.core)
                    || !(listed(key) || listed(&p.core))
                {
                    continue;
                }
                let pc = &self.cands[p.canon];
                let alike = if c.family_first {
                    let (a, b) = (self.given_text(c), self.given_text(pc));
                    (p.core != key || fold(a) != fold(b)) && self.lex.wade.alike(a, b)
                } else {
                    // With no syllables of given names to vouch for it, a voiced and a
                    // voiceless initial alone (`Tom Pan`, `Tom Ban`) may be two names.
                    p.core != key && !voicing_only(key, &p.core) && self.given_keys(c) == p.given
                };
                if alike {
                    return Some(id);
                }
            }
        }
        None
    }

    /// Whether person `id`'s latest mention is in candidate `ci`'s sentence.
    /// Whether a kinship word stands right before candidate `ci` (`his father, Donald Trump`).
    fn kin_before(&self, ci: usize) -> bool {
        let c = &self.cands[ci];
        let start = c.title.as_ref().map_or(c.toks.start, |t| t.start);
        start > 0 && {
            let (p, t) = (self.tok(start - 1), self.tok(start));
            p.sent == t.sent
                && !p.cap()
                && cands::with_lower(self.ex.word(start - 1), |w| self.lex.kin.contains_key(w))
        }
    }

    /// Whether words set off right after candidate `c` deny kinship with a namesake
    /// (`, no relation,`, `(not related)`, `— no relation —`: `data/names/kinship.txt`).
    fn says_unrelated(&self, c: &Cand) -> bool {
        let after =
            self.ex.text[name_end(self, c)..].trim_start_matches([',', '(', ' ', '-', '–', '—']);
        // Or in a relative clause set off the same way (`, who is no relation,`).
        let after = ["who is ", "who's ", "who’s ", "who was "]
            .iter()
            .find_map(|r| {
                after
                    .get(..r.len())
                    .filter(|h| h.eq_ignore_ascii_case(r))
                    .map(|_| &after[r.len()..])
            })
            .unwrap_or(after);
        self.lex.unrelated.iter().any(|u| {
            after
                .get(..u.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(u))
                && !after[u.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        })
    }

    fn named_in_sentence(&self, id: usize, ci: usize) -> bool {
        let sent = self.tok(self.cands[ci].toks.start).sent;
        self.st.persons[id]
            .mentions
            .last()
            .is_some_and(|&m| self.tok(self.cands[m].toks.start).sent == sent)
    }

    fn attach(&mut self, ci: usize, id: usize) {
        self.st.owner[ci] = Some(id);
        self.st.persons[id].mentions.push(ci);
        let c = &self.cands[ci];
        if self.st.persons[id].gender.is_none() {
            self.st.persons[id].gender = c.gender;
        }
        if let Some(rank) = self.introduced_rank(c) {
            let ranks = &mut self.st.persons[id].ranks;
            if ranks.len() < RANKS_CAP && !ranks.contains(&rank) {
                ranks.push(rank);
            }
        }
    }

    /// The title of rank a full name introduces. Only a full name does: `Dr Park` said of the
    /// one Park met so far does not tell that Park from a second one introduced later.
    fn introduced_rank(&self, c: &Cand) -> Option<Box<str>> {
        // Asked on every mention: a surname alone is answered before any title is read.
        if c.given.is_empty() {
            return None;
        }
        self.rank_title(c).or_else(|| self.apposed_rank(c))
    }

    /// The rank a title set off after a full name gives it (`Ruth Hale, the senator,`).
    fn apposed_rank(&self, c: &Cand) -> Option<Box<str>> {
        let toks = self.ex.toks;
        let end = c.toks.end;
        let the = toks.get(end)?;
        let gap = self.text(toks[end - 1].end()..the.range().start);
        if gap.trim() != "," || self.ex.key(end) != "the" || toks[end - 1].sent != the.sent {
            return None;
        }
        // `the senator`, `the county's chief constable`: the head word, within four words.
        (end + 1..(end + 5).min(toks.len()))
            .take_while(|&k| toks[k].sent == the.sent && !toks[k].cap())
            .find_map(|k| {
                let key = self.ex.key(k);
                let head = matches!(self.lex.titles.get(key.as_ref()), Some(TitleWord::Head));
                let after = toks
                    .get(k + 1)
                    .map_or("", |n| self.text(toks[k].end()..n.range().start));
                (head && (after.trim_start().starts_with([',', '.', ';']) || k + 1 == toks.len()))
                    .then(|| rank_key(key.as_ref()))
            })
    }

    /// Whether candidate `ci`, whose family name `key` is person `id`'s with an `s` more or
    /// less, is told apart from it by a role of its own: each is introduced with a different one
    /// set off after the name (`Tom Hale, the coach,` and `Tom Hales, the club doctor,`), or it
    /// is set off as someone's relation (`Tom Hales, his neighbour,`).
    fn told_apart(&self, ci: usize, id: usize, key: &str) -> bool {
        let core = self.st.persons[id].core.as_str();
        let plural = |x: &str, y: &str| x.strip_suffix('s') == Some(y);
        if !plural(key, core) && !plural(core, key) {
            return false;
        }
        let Some((mine, related)) = self.apposed_role(&self.cands[ci]) else {
            return false;
        };
        // The first few mentions hold the introduction: a person named often costs no more.
        let theirs = self.st.persons[id]
            .mentions
            .iter()
            .take(4)
            .find_map(|&m| self.apposed_role(&self.cands[m]));
        related || theirs.is_some_and(|(role, _)| role != mine)
    }

    /// Whether candidate `ci`, a full name spelt a little otherwise than person `id`'s, is
    /// introduced with a description of its own set off after it that shares no word with the
    /// one the person was introduced with (`David Clarke, an opposition MP,` after `David
    /// Clark, the health minister,`): two people. A slip of the pen repeats a name, not its
    /// introduction; descriptions with a word in common (`the mayor`, `the mayor of Storvik`)
    /// may be one person's.
    fn roles_differ(&self, ci: usize, id: usize) -> bool {
        let Some(mine) = self.introduced_as(&self.cands[ci]) else {
            return false;
        };
        // The first few mentions hold the introduction: a person named often costs no more.
        self.st.persons[id]
            .mentions
            .iter()
            .take(4)
            .find_map(|&m| self.introduced_as(&self.cands[m]))
            .is_some_and(|theirs| !theirs.iter().any(|w| mine.contains(w)))
    }

    /// The words (folded) of an appositive set off after a full name and opened by an article
    /// or a possessive, capitalised words and all (`New Zealand health minister` of `David
    /// Clark, the New Zealand health minister,`), up to the comma or full point that closes it
    /// within a few words; none for a clause (`Ana Ruiz, the mayor said,`).
    fn introduced_as(&self, c: &Cand) -> Option<Vec<Cow<'a, str>>> {
        let toks = self.ex.toks;
        let end = c.toks.end;
        let det = toks.get(end)?;
        let gap = self.text(toks[end - 1].end()..det.range().start);
        if c.bare() || gap.trim() != "," || toks[end - 1].sent != det.sent {
            return None;
        }
        if !matches!(
            self.ex.key(end).as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their"
        ) {
            return None;
        }
        let mut words = Vec::new();
        for k in end + 1..(end + 9).min(toks.len()) {
            if toks[k].sent != det.sent || toks[k].quote != det.quote {
                return None;
            }
            if toks[k].verb() || toks[k].reports() {
                return None;
            }
            words.push(self.ex.key(k));
            let after = toks
                .get(k + 1)
                .map_or("", |n| self.text(toks[k].end()..n.range().start));
            if after.trim_start().starts_with([',', '.', ';']) || k + 1 == toks.len() {
                return Some(words);
            }
        }
        None
    }

    /// The head noun of a role set off after a full name (`coach` of `Tom Hale, the coach,`,
    /// `doctor` of `, the club doctor.`): the last of at most four lowercase words after `the`,
    /// or after a possessive pronoun (`his neighbour`, told by `true`: someone's relation).
    fn apposed_role(&self, c: &Cand) -> Option<(Cow<'a, str>, bool)> {
        let toks = self.ex.toks;
        let end = c.toks.end;
        let the = toks.get(end)?;
        let gap = self.text(toks[end - 1].end()..the.range().start);
        let det = self.ex.key(end);
        let related = matches!(det.as_ref(), "his" | "her" | "their");
        if c.bare()
            || gap.trim() != ","
            || !(related || det == "the")
            || toks[end - 1].sent != the.sent
        {
            return None;
        }
        (end + 1..(end + 5).min(toks.len()))
            .take_while(|&k| toks[k].sent == the.sent && !toks[k].cap())
            .find(|&k| {
                let after = toks
                    .get(k + 1)
                    .map_or("", |n| self.text(toks[k].end()..n.range().start));
                after.trim_start().starts_with([',', '.', ';']) || k + 1 == toks.len()
            })
            .map(|k| (self.ex.key(k), related))
    }

    /// The roles a mention is given: the rank of its title and the roles written beside it
    /// (see [`roles::beside`], `every` word of an appositive after it or only its head), as a
    /// rank is compared (`Sen.` is `senator`). Phrases beside a name that a reporting verb
    /// follows are not its roles (`The nurse, Castell said, was tired`).
    fn roles_of(&self, c: &Cand, every: bool) -> Vec<Box<str>> {
        let mut out: Vec<Box<str>> = self
            .rank_title(c)
            .or_else(|| self.calling(c))
            .into_iter()
            .collect();
        let first = c.title.as_ref().map_or(c.toks.start, |t| t.start);
        let Some(last) = c.toks.end.checked_sub(1) else {
            return out;
        };
        let reported = self
            .ex
            .toks
            .get(c.toks.end)
            .is_some_and(|n| n.verb() && n.joined());
        if !reported {
            let range = self.tok(first).range().start..self.tok(last).range().end;
            out.extend(
                roles::beside(self.ex.text, range, every)
                    .iter()
                    .map(|h| rank_key(&fold(h))),
            );
        }
        out
    }

    /// The folded last word of a candidate's title when it is a gendered courtesy word of a
    /// calling or of nobility, not a social one (`Father`, `Sister`, `Lord`; not `Mr`): it
    /// tells which of two men named alike is the priest.
    fn calling(&self, c: &Cand) -> Option<Box<str>> {
        let t = c.title.as_ref()?;
        let key = self.ex.key(t.end - 1);
        if !matches!(
            self.lex.titles.get(key.as_ref()),
            Some(TitleWord::Courtesy(Some(_)))
        ) {
            return None;
        }
        let titles = crate::titles::lexicon();
        let social = titles
            .def_of_word(&key)
            .is_some_and(|d| titles.defs[d].kind == crate::titles::TitleKind::Social);
        (!social).then(|| rank_key(&key))
    }

    /// The folded last word of a candidate's title when it tells a rank or a profession (`Dr`,
    /// `President`), not only a gender (`Mr`, `Ms`).
    fn rank_title(&self, c: &Cand) -> Option<Box<str>> {
        let t = c.title.as_ref()?;
        let key = self.ex.key(t.end - 1);
        match self.lex.titles.get(key.as_ref()) {
            Some(TitleWord::Courtesy(None) | TitleWord::Head) => Some(rank_key(key.as_ref())),
            _ => None,
        }
    }

    /// The people whose family name is a spelling variant of the folded `key`, written
    /// `written` in the draft.
    fn fuzzy_candidates(
        &mut self,
        key: &str,
        written: &str,
        loose: bool,
        titled: bool,
    ) -> Vec<usize> {
        /// How many people of one fuzzy bucket a lookup compares.
        const FUZZY_BUCKET_LIMIT: usize = 32;
        let mut out: Vec<usize> = Vec::new();
        // Like names share many keys: each person is compared once, marked with the number of
        // this lookup (no set to make and hash into for every mention).
        self.lookups = self.lookups.wrapping_add(1);
        if self.lookups == 0 {
            self.tried.fill(0);
            self.lookups = 1;
        }
        self.tried.resize(self.st.persons.len(), 0);
        let keys = self.fuzzy_keys(key, false);
        for &k in keys.iter() {
            // The most recent people sharing a key are enough to find a variant, and a draft of
            // thousands of like names must not compare each with all the others.
            self.read(k);
            for id in self.st.fuzzy.latest(k).take(FUZZY_BUCKET_LIMIT) {
                let fresh = self.tried[id] != self.lookups;
                self.tried[id] = self.lookups;
                if fresh
                    && (self.surname_variant_kept(key, id, loose)
                        || (titled && self.titled_slip_kept(key, id)))
                    && (self.lex.same_group(key, &self.st.persons[id].core)
                        || !marked_vowel_changed(
                            written,
                            self.core_text(&self.cands[self.st.persons[id].canon]).1,
                        ))
                {
                    out.push(id);
                }
            }
        }
        out
    }

    /// [`Resolver::surname_variant`] of `key` and person `id`'s family name, as the last
    /// analysis answered it when it asked.
    fn surname_variant_kept(&self, key: &str, id: usize, loose: bool) -> bool {
        let core = &self.st.persons[id].core;
        let tag = if loose { 's' } else { 'S' };
        self.kept_pair(tag, [key, core], || self.surname_variant(key, core, loose))
    }

    /// [`titled_slip`] of `key` and person `id`'s family name, as the last analysis answered it.
    fn titled_slip_kept(&self, key: &str, id: usize) -> bool {
        let core = &self.st.persons[id].core;
        self.kept_pair('T', [key, core], || {
            titled_slip(key, core) && !self.lex.gendered_pair(key, core, true)
        })
    }

    /// [`Resolver::given_variant`], as the last analysis answered it when it asked: a given
    /// name is compared with each namesake's at each mention.
    fn given_variant_kept(&self, a: &str, b: &str, family: &str) -> bool {
        self.kept_pair('g', [a, b, family], || self.given_variant(a, b, family))
    }

    /// The answer kept for a comparison (`tag`, its folded names), else `answer()`, kept.
    fn kept_pair<const N: usize>(
        &self,
        tag: char,
        names: [&str; N],
        answer: impl FnOnce() -> bool,
    ) -> bool {
        let mut key = std::mem::take(&mut *self.pair.borrow_mut());
        key.clear();
        key.push(tag);
        for n in names {
            key.push('\0');
            key.push_str(n);
        }
        let kept = {
            let mut cache = self.variant_cache.borrow_mut();
            match cache.get(key.as_str()) {
                Some(&v) => Some(v),
                None => cache.take(key.as_str()),
            }
        };
        // Asked with no cell borrowed: the answer may compare other names.
        let v = kept.unwrap_or_else(answer);
        let mut cache = self.variant_cache.borrow_mut();
        if cache.get(key.as_str()).is_none() {
            cache.keep(key.as_str().into(), v);
        }
        *self.pair.borrow_mut() = key;
        v
    }

    /// Folds candidates `from..` into the state (the candidates before `from` are in it), then
    /// joins the headlines' names. With `replay`, a decision that can only come out as the
    /// last fold's is taken from it (see [`Replay`]).
    fn resolve(&mut self, from: usize, mut replay: Option<Replay>) {
        let n = self.cands.len();
        // What each decision reads is written down for a fold kept for the next analysis.
        self.recording = n > 0 && self.st.spans.len() == n && self.st.outcome.len() == n;
        *self.reading.get_mut() = std::mem::take(&mut self.st.reads);
        for ci in from..n {
            if self.mark_at == Some(ci) || (self.every > 0 && ci > 0 && ci % self.every == 0) {
                self.set_mark(ci);
            }
            let start = self.reading.get_mut().len() as u32;
            let c = &self.cands[ci];
            if self.tok(c.toks.start).heading() {
                if self.recording {
                    self.st.spans[ci] = (start, start);
                }
                continue;
            }
            if let Some(rp) = replay.as_mut() {
                if rp.again(self, ci) {
                    continue;
                }
            }
            if c.bare() {
                self.resolve_bare(ci);
            } else {
                self.resolve_full(ci);
            }
            if self.recording {
                self.st.spans[ci] = (start, self.reading.get_mut().len() as u32);
                if self.st.outcome[ci] == Outcome::Nothing && self.st.owner[ci].is_some() {
                    self.st.outcome[ci] = Outcome::Joined;
                }
            }
            if let Some(rp) = replay.as_mut() {
                rp.decided(self, ci);
            }
        }
        if self.mark_at == Some(n) {
            self.set_mark(n);
        }
        self.recording = false;
        self.st.reads = std::mem::take(self.reading.get_mut());
        self.replayed = replay.map_or(0, |rp| rp.replayed);
        // Headlines are title-cased and terse: their names only join people met in the body,
        // by exact spelling, for references and rename; they are never flagged.
        let mut touched: Vec<usize> = Vec::new();
        for ci in 0..self.cands.len() {
            let c = &self.cands[ci];
            if !self.tok(c.toks.start).heading() {
                continue;
            }
            let key = self.core_key(c);
            let key: &str = &key;
            let given = self.given_keys(c);
            let ids = self.namesakes(key);
            let fits: Vec<usize> = ids
                .iter()
                .copied()
                .filter(|&id| {
                    let p = &self.st.persons[id];
                    given.is_empty()
                        || (!p.given.is_empty()
                            && self.given_agree(&given, c.family_first, p, true))
                })
                .collect();
            if fits.len() == 1 {
                self.st.owner[ci] = Some(fits[0]);
                self.st.persons[fits[0]].mentions.push(ci);
                self.st.headings.push((ci, fits[0]));
                touched.push(fits[0]);
            }
        }
        // Sorted once at the end: a person named in many headlines stays linear.
        touched.sort_unstable();
        touched.dedup();
        for id in touched {
            self.st.persons[id].mentions.sort_unstable();
        }
    }

    /// Sets the mark before candidate `ci` (see [`Mark`]).
    fn set_mark(&mut self, ci: usize) {
        if self.st.marks.last().is_some_and(|m| m.ci >= ci) {
            return;
        }
        self.st.marks.push(Mark {
            ci,
            persons: self.st.persons.len(),
            links: self.st.fuzzy.links.len(),
            ambiguous: self.st.ambiguous.len(),
            renamed: self.st.renamed.len(),
            reads: self.reading.borrow().len(),
            filed: self.st.filed.len(),
            each: self
                .st
                .persons
                .iter()
                .map(|p| (p.mentions.len(), p.ranks.len(), p.gender.is_some()))
                .collect(),
        });
    }

    fn resolve_full(&mut self, ci: usize) {
        let c = &self.cands[ci];
        let key = self.core_key(c);
        let key: &str = &key;
        let given = self.given_keys(c);
        let suffix = c.suffix.map(|s| self.lex.suffix_key(&self.ex.key(s)));
        // A suffix on one name and none on the other is one person written short, unless the
        // text tells them apart: a kinship word (`Donald Trump Jr.` … `his father, Donald
        // Trump`) or both in one sentence (`Ray Amato and Ray Amato Jr.`).
        let kin = self.kin_before(ci);
        // `Tomas Wieczorek, no relation,` after `Tomasz Wieczorek`: a name spelt another way
        // is another person's.
        let unrelated = self.says_unrelated(c);
        let suffix_ok = |this: &Self, id: usize| match (&suffix, &this.st.persons[id].suffix) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            _ => !kin && !this.named_in_sentence(id, ci),
        };
        let exact = self.namesakes(key);
        // The most recent person with that family name whose given names agree.
        // One whose given names are written alike first (`Kareem Hussain` after `Kareem
        // Hussain and his brother Karim Hussain` is Kareem), then one spelt another way.
        let named = |id: &usize| !self.st.persons[*id].given.is_empty() && suffix_ok(self, *id);
        let hit = exact
            .iter()
            .rev()
            .copied()
            .filter(named)
            .find(|&id| self.given_agree(&given, c.family_first, &self.st.persons[id], true))
            .or_else(|| {
                exact.iter().rev().copied().filter(named).find(|&id| {
                    // A given name spelt another way in the very sentence that names the
                    // person, or after a kinship word, is someone else (`Sara Lind met Sarah
                    // Lind`, `his son, John Smith` after `Jon Smith`).
                    self.given_agree(&given, c.family_first, &self.st.persons[id], false)
                        && !self.named_in_sentence(id, ci)
                        && !kin
                        // `Nguyen Van Thinh, his cousin,` after `Nguyen Van Thanh`: set off
                        // as someone's relation, a given name spelt otherwise is another's.
                        && !self.apposed_role(c).is_some_and(|(_, related)| related)
                        && !unrelated
                        && !self.roles_differ(ci, id)
                })
            });
        if let Some(id) = hit {
            self.attach(ci, id);
            return;
        }
        // `Núñez Feijóo` after `Alberto Núñez Feijóo`, `López Obrador` after `Andrés Manuel López
        // Obrador`: the last names of one person, first the one that is no given name (`Ann
        // Smith` after `Mary Ann Smith` may be someone else).
        let family_words = !c.family_first
            && !given.is_empty()
            && given
                .iter()
                .all(|g| g.chars().count() >= 2 && self.lex.given_name(g).is_none());
        if family_words {
            if let Some(id) = exact
                .iter()
                .rev()
                .copied()
                .find(|&id| ends_on_given(&self.st.persons[id], &given))
            {
                self.attach(ci, id);
                return;
            }
            // `Fernadez Ortega` after `Lucía Fernández Ortega`: the first of the two family
            // names a slip away (as a given name is compared, so that the slip is respelt),
            // the last written alike (a name in the same sentence or a list is someone
            // else's).
            if let Some(id) = exact.iter().rev().copied().find(|&id| {
                let p = &self.st.persons[id];
                !p.family_first
                    && p.given.len() > given.len()
                    && !unrelated
                    && !self.named_in_sentence(id, ci)
                    && !self.in_list(ci, id)
                    && p.given[p.given.len() - given.len()..]
                        .iter()
                        .zip(&given)
                        .all(|(a, b)| a == b || self.given_variant_kept(b, a, &p.core))
            }) {
                self.attach(ci, id);
                return;
            }
        }
        // A person so far known by the surname alone gets the given names now.
        if let Some(id) = exact
            .iter()
            .copied()
            .find(|&id| self.st.persons[id].given.is_empty())
        {
            let p = &mut self.st.persons[id];
            self.st.renamed.push(Renamed {
                id,
                given: std::mem::take(&mut p.given),
                family_first: p.family_first,
                suffix: p.suffix.take(),
                canon: p.canon,
            });
            p.given = given.into_iter().map(Cow::into_owned).collect();
            p.family_first = c.family_first;
            p.suffix = suffix;
            p.canon = ci;
            if self.recording {
                self.st.outcome[ci] = Outcome::Renamed;
            }
            self.attach(ci, id);
            return;
        }
        if let Some(id) = self.swapped(c, key, &given) {
            self.attach(ci, id);
            return;
        }
        // The same given names with a family name spelt differently.
        let fuzzy = self.fuzzy_candidates(key, self.core_text(c).1, true, false);
        if let Some(id) = fuzzy.iter().rev().copied().find(|&id| {
            let p = &self.st.persons[id];
            !p.given.is_empty()
                && suffix_ok(self, id)
                && self.given_agree(&given, c.family_first, p, true)
                && !self.told_apart(ci, id, key)
                // `Ana Sousa and Ana Souza both work there`, `Tom Brown met Tom Browne`: a
                // full name spelt another way in the sentence that names the person is
                // someone else, as for given names; but two given names alike (`Rose Ellen
                // Marsh and Rose Ellen Marsch`) are too much of a coincidence.
                && (given.len() >= 2 || !self.named_in_sentence(id, ci))
                // `Mei Ling Chan, Mei Ling Chen and Ravi Patel`: names in a list are so many
                // people, whatever their given names.
                && !self.in_list(ci, id)
                // `Erik Hanssen, his cousin,` after `Erik Hansen`: set off as someone's
                // relation, a family name spelt otherwise is another's.
                && !self.apposed_role(c).is_some_and(|(_, related)| related)
                && !unrelated
                && !self.roles_differ(ci, id)
        }) {
            self.attach(ci, id);
            return;
        }
        // `Fernández Ortego` after `Lucía Fernández Ortega`: the last names of one person, the
        // first written alike and the last a slip away.
        if family_words {
            if let Some(id) = fuzzy.iter().rev().copied().find(|&id| {
                ends_on_given(&self.st.persons[id], &given)
                    && suffix_ok(self, id)
                    && !unrelated
                    && !self.named_in_sentence(id, ci)
                    && !self.in_list(ci, id)
                    && !self.told_apart(ci, id, key)
            }) {
                self.attach(ci, id);
                return;
            }
        }
        // Both names spelt differently: one person only when each differs as one name in two
        // romanisations or a listed variant (`Evgeny Ostrovskiy` after `Yevgeny Ostrovsky`),
        // or the given name so and a middle name written alike (`Muhammad Shia al-Soudani`).
        // Two slips of the pen alone may be two people (`Eric Hanson`, `Erik Hansen`).
        if let Some(id) = fuzzy.iter().rev().copied().find(|&id| {
            let p = &self.st.persons[id];
            let (Some(g), Some(pg)) = (given.first(), p.given.first()) else {
                return false;
            };
            // A family name in a listed group of spellings vouches for a slip in the given
            // name too (`Volodymir Zelenskyy` after `Volodymyr Zelensky`).
            let listed = self.lex.same_group(key, &p.core);
            !c.family_first
                && !p.family_first
                && !unrelated
                && suffix_ok(self, id)
                // `Kareem Hussain and his brother Karim Hussain`: two people.
                && !self.named_in_sentence(id, ci)
                && (self.given_transliterated(g, pg, &p.core)
                    || (listed && g.chars().count() >= 5 && close_given(g, pg))
                    || self.umlaut_given(c, p)
                    // `Khalid bin Said` after `Khalid bin Saeed`: the first given names alike
                    // and a middle one romanised another way.
                    || (g == pg && self.middle_transliterated(&given, p)))
                && (self.family_transliterated(key, &p.core)
                    || umlaut_alike(self.core_text(c).1, self.core_text(&self.cands[p.canon]).1)
                    || same_middle(&given, &p.given)
                    || (self.romanised_alike(g, pg, key, &p.core)
                        // `Muhammad Samir al-Jabouri` after `Mohammed Tahir al-Jubouri`, or
                        // `Yury Lamov, his neighbour,` is someone else.
                        && !middle_apart(&given, &p.given)
                        && !self.apposed_role(c).is_some_and(|(_, related)| related))
                    // The same with the romanised name in the middle (`Ahmad al-Mansouri`
                    // after `Ahmed al-Mansoori`).
                    || (g == pg
                        && self.family_alike(key, &p.core)
                        && self.middle_transliterated(&given, p)
                        && !self.apposed_role(c).is_some_and(|(_, related)| related)))
        }) {
            self.attach(ci, id);
            return;
        }
        if let Some(id) = self.sinitic(ci, key) {
            self.attach(ci, id);
            return;
        }
        // The same given names with the particles of the family name written joined or apart
        // (`Marco DeLuca` after `Marco De Luca`, `Vanderberg` after `Van der Berg`).
        let whole = self.whole_key(c);
        let joined = self
            .bucket(key_hash(b'w', &[&whole]))
            .take(NAMESAKES_CAP)
            .find(|&id| {
                let p = &self.st.persons[id];
                p.core != key
                    && !p.given.is_empty()
                    && suffix_ok(self, id)
                    && !self.named_in_sentence(id, ci)
                    && self.whole_key(&self.cands[p.canon]) == whole
                    && self.given_agree(&given, c.family_first, p, true)
            });
        if let Some(id) = joined {
            self.attach(ci, id);
            return;
        }
        self.add_person(ci);
    }

    /// Whether candidate `c`'s first given name is person `p`'s with an umlaut written out
    /// (`Juergen` for `Jürgen`; see [`umlaut_alike`]).
    fn umlaut_given(&self, c: &Cand, p: &P) -> bool {
        let pc = &self.cands[p.canon];
        match (c.given.first(), pc.given.first()) {
            (Some(&a), Some(&b)) if !c.family_first && !pc.family_first => {
                umlaut_alike(self.ex.word(a), self.ex.word(b))
            }
            _ => false,
        }
    }

    /// Whether the middle names of a mention are a person's, as many, each alike or one name
    /// in two romanisations, and at least one written another way (`Saeed`, `Said`).
    fn middle_transliterated(&self, given: &[Cow<str>], p: &P) -> bool {
        given.len() >= 2
            && given.len() == p.given.len()
            && given[1..]
                .iter()
                .zip(&p.given[1..])
                .any(|(x, y)| x.as_ref() != y)
            && given[1..]
                .iter()
                .zip(&p.given[1..])
                .all(|(x, y)| x.as_ref() == y || self.given_transliterated(x, y, &p.core))
    }

    /// Two folded given names that are one name written two ways by a listed variant or a
    /// romanisation (`yevgeny`, `evgeny`), not by a slip of the pen.
    fn given_transliterated(&self, a: &str, b: &str, family: &str) -> bool {
        if a == b || a.chars().count() < 2 || b.chars().count() < 2 {
            return false;
        }
        if self.lex.same_group(a, b) || self.lex.same_given_group(a, b) {
            return true;
        }
        let la = a.chars().count().min(b.chars().count());
        if !(4..=MAX_FUZZY).contains(&la) || self.lex.gendered_pair(a, b, false) {
            return false;
        }
        let (fa, fb) = (self.given_facts(a), self.given_facts(b));
        (self.roman_key(a) == self.roman_key(b)
            || self.arabic_pair(a, b)
            || (self.lex).slavic_pair_with(a, &fa.lex, b, &fb.lex, || self.slavic_family(family)))
            && !matches!(
                (fa.lex.listed, fb.lex.listed),
                (Some(Some(x)), Some(Some(y))) if x != y
            )
    }

    /// Whether a family name differs from a person's only in its vowels, an `h` or a double
    /// (one consonant skeleton, two edits at most: `Semyonova`, `Semenova`) beside a given
    /// name that a romanisation rewrites into the person's (`Yevgeniya`, `Evgeniya`; `Fyodor`,
    /// `Fedor`): the writer romanised the whole name another way. Two slips of the pen (`Eric
    /// Hanson`, `Erik Hansen`) are no romanisation.
    fn romanised_alike(&self, g: &str, pg: &str, a: &str, b: &str) -> bool {
        g != pg
            && g.chars().count().min(pg.chars().count()) >= 4
            && self.given_transliterated(g, pg, b)
            && self.family_alike(a, b)
    }

    /// Whether two folded family names differ only in their vowels, an `h` or a double (one
    /// consonant skeleton, two edits at most), as a romanisation writes them.
    fn family_alike(&self, a: &str, b: &str) -> bool {
        a.chars().count().min(b.chars().count()) >= 5
            && !self.lex.gendered_pair(a, b, true)
            && skeleton(a) == skeleton(b)
            && distance(a, b, 2) <= 2
    }

    /// Two folded family names that are one name by a listed variant or a romanisation.
    fn family_transliterated(&self, a: &str, b: &str) -> bool {
        a != b
            && (self.lex.same_group(a, b)
                || (!self.lex.gendered_pair(a, b, true)
                    && (self.roman_key(a) == self.roman_key(b)
                        || self.slavic_family_pair(a, b)
                        || self.arabic_pair(a, b))))
    }

    /// Two folded East Slavic family names, one the Ukrainian and one the Russian form of one
    /// name (`hnatyuk`, `gnatyuk`): the same key once each `h` is read as `g`.
    fn slavic_family_pair(&self, a: &str, b: &str) -> bool {
        // Only an `h` on one side can make a pair the plain romanisation key did not.
        (a.contains('h') || b.contains('h'))
            && self
                .lex
                .slavic_family_key(a)
                .is_some_and(|k| Some(k) == self.lex.slavic_family_key(b))
    }

    /// The person whose two-word name is candidate `c`'s two words in the other order (`Abe
    /// Shinzo` after `Shinzo Abe`, `Lei Wang` after `Wang Lei`): one name whose family name was
    /// put first once and last once. Two words that are both known given names may be two
    /// people (`Thomas Paul` and `Paul Thomas`), and so may a man and a woman.
    fn swapped(&self, c: &Cand, key: &str, given: &[Cow<str>]) -> Option<usize> {
        let [g] = given else {
            return None;
        };
        let g = g.as_ref();
        if c.toks.len() != 2
            || c.suffix.is_some()
            || c.split_core
            || self.tok(c.given[0]).initial()
            || g == key
            || self.lex.given.contains_key(g) && self.lex.given.contains_key(key)
        {
            return None;
        }
        self.read(key_hash(b'E', &[g]));
        let ids = self.st.exact.get(g)?;
        ids[ids.len().saturating_sub(NAMESAKES_CAP)..]
            .iter()
            .rev()
            .copied()
            .find(|&id| {
                let p = &self.st.persons[id];
                let canon = &self.cands[p.canon];
                p.family_first == c.family_first
                    && p.given.len() == 1
                    && p.given[0] == key
                    && canon.toks.len() == 2
                    && canon.suffix.is_none()
                    && !matches!((p.gender, c.gender), (Some(a), Some(b)) if a != b)
            })
    }

    /// Writes down that the decision being made looked up the table entry `key` (see
    /// [`Replay`]).
    fn read(&self, key: u64) {
        if self.recording {
            self.reading.borrow_mut().push(key);
        }
    }

    /// The persons filed under the fuzzy key `key`, newest first, the look-up written down.
    fn bucket(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        self.read(key);
        self.st.fuzzy.latest(key)
    }

    /// Files the person being made under `key` in the record of what it is filed under.
    fn file(&mut self, key: u64) {
        if self.recording {
            self.st.filed.push(key);
        }
    }

    /// The latest [`NAMESAKES_CAP`] people with family name `key`, in order of introduction.
    /// Borrowed, not copied: asked for every mention, and most find one person or none.
    fn namesakes(&self, key: &str) -> &[usize] {
        self.read(key_hash(b'E', &[key]));
        self.st
            .exact
            .get(key)
            .map_or(&[], |ids| &ids[ids.len().saturating_sub(NAMESAKES_CAP)..])
    }

    /// The one person whose family name reads as the bare surname of candidate `ci` in the
    /// other romanisation of Chinese (`Xu` after `Hsu Chih-ming`, no Xu named).
    fn sinitic_bare(&self, ci: usize, key: &str) -> Option<usize> {
        let keys = self.sinitic_keys(key);
        let mut sinitic = keys
            .iter()
            .flat_map(|r| {
                self.bucket(key_hash(b'z', &[r]))
                    .take(NAMESAKES_CAP)
                    .filter(|&id| {
                        let p = &self.st.persons[id];
                        p.core != key
                            && !p.given.is_empty()
                            && !voicing_only(key, &p.core)
                            && (self.lex.ea_surnames.contains(key)
                                || self.lex.ea_surnames.contains(p.core.as_str()))
                            && self.sinitic_keys(&p.core).contains(r)
                    })
            })
            .collect::<Vec<usize>>();
        sinitic.sort_unstable();
        sinitic.dedup();
        match sinitic[..] {
            [id] if !self.coordinated(ci, id) => Some(id),
            _ => None,
        }
    }

    /// Whether candidate `ci` is joined to a mention of person `id` just before it by `and`,
    /// `or` or a comma (`McDonald and MacDonald both played`): two names listed side by side
    /// are two people, never one spelt two ways.
    fn coordinated(&self, ci: usize, id: usize) -> bool {
        let Some(prev) = ci.checked_sub(1) else {
            return false;
        };
        self.st.owner[prev] == Some(id)
            && self
                .ex
                .side_by_side(self.cands[prev].toks.end - 1, self.cands[ci].toks.start)
    }

    /// Whether candidate `ci` follows a mention of person `id` in a list of names: set apart
    /// from it by punctuation (`Mei Ling Chan, Mei Ling Chen`), or by `and`/`or` after a name
    /// itself so set apart (`Ravi Patel, Mary Ann Nielsen and Mary Ann Nilsen`). Two names
    /// joined by `and` alone may be one written twice.
    fn in_list(&self, ci: usize, id: usize) -> bool {
        if !self.coordinated(ci, id) {
            return false;
        }
        let prev = ci - 1;
        let punctuated = |a: usize, b: usize| {
            let (end, start) = (self.cands[a].toks.end - 1, self.cands[b].toks.start);
            start == end + 1 && self.ex.side_by_side(end, start)
        };
        punctuated(prev, ci) || prev.checked_sub(1).is_some_and(|pp| punctuated(pp, prev))
    }

    /// Whether a bare mention is told apart by a word of age after `the` (`the younger
    /// Adebayo`, `the elder Mr Okafor`).
    fn aged(&self, c: &Cand) -> bool {
        let first = c
            .title
            .as_ref()
            .map_or(c.toks.start, |t| t.start.min(c.toks.start));
        let word_before = |i: usize| {
            i.checked_sub(1)
                .filter(|_| self.tok(i).joined())
                .map(|j| (j, self.ex.key(j)))
        };
        let Some((age, key)) = word_before(first) else {
            return false;
        };
        self.lex.generation.contains(key.as_ref())
            && word_before(age).is_some_and(|(_, the)| the == "the")
    }

    fn resolve_bare(&mut self, ci: usize) {
        let c = &self.cands[ci];
        let t = self.tok(c.toks.start);
        let key = self.core_key(c);
        let key: &str = &key;
        let is_common = self.lex.common.contains(key);
        // `Green said` opening a sentence: a namesake's surname, though a common word.
        let reported = || {
            self.ex
                .toks
                .get(c.toks.end)
                .is_some_and(|n| n.verb() && n.joined())
        };
        if is_common && !(c.title.is_some() || (c.strong && (!t.sent_start() || reported()))) {
            return;
        }
        let exact = self.namesakes(key);
        if !exact.is_empty() {
            // Narrowed in place, each filter counted before it is applied: one vector, not one
            // per filter, for a mention that most often has one namesake.
            let mut fits: Vec<usize> = exact.to_vec();
            if let Some(g) = c.gender {
                fits.retain(|&id| self.st.persons[id].gender != Some(opposite(g)));
                if fits.is_empty() {
                    // `Mrs Walsh` after `Tom Walsh and his wife, Mary`: nobody met so far.
                    self.add_person(ci);
                    return;
                }
            }
            // `Dr Ruiz` after `Dr Ana Ruiz and her husband, Pedro Ruiz`: the one already named
            // with that title is meant.
            if let Some(rank) = self.rank_title(c) {
                let titled = |id: &usize| self.st.persons[*id].ranks.contains(&rank);
                if fits.iter().any(titled) {
                    fits.retain(titled);
                }
            }
            // `Castell, the nurse,` or `Mayor Adler` when only one of the namesakes was given
            // that role where the draft named them (`Lena Castell, a nurse,`, `The mayor, Ruth
            // Adler`). Read only when several fit: most mentions have one namesake.
            if fits.len() > 1 {
                let roles = self.roles_of(c, false);
                if !roles.is_empty() {
                    let given = |id: &usize| {
                        // Only a full name gives a role: `Dr Park` said of the one Park met
                        // so far does not tell that Park from a second one introduced later.
                        self.st.persons[*id].mentions.iter().take(4).any(|&m| {
                            let m = &self.cands[m];
                            !m.bare() && {
                                let theirs = self.roles_of(m, true);
                                roles.iter().any(|r| theirs.contains(r))
                            }
                        })
                    };
                    // Each namesake read once: their roles are worked out again on each read.
                    let given: Vec<bool> = fits.iter().map(given).collect();
                    if given.contains(&true) {
                        let mut keep = given.into_iter();
                        fits.retain(|_| keep.next() == Some(true));
                    }
                }
            }
            // `Trump` after `Donald Trump` and his son `Donald Trump Jr.` is the father, as copy
            // calls the son `Trump Jr.`; `Trump Jr.` is the son.
            let suffix = c.suffix.map(|s| self.lex.suffix_key(&self.ex.key(s)));
            let same_suffix = |id: &usize| self.st.persons[*id].suffix == suffix;
            let n = fits.iter().filter(|id| same_suffix(id)).count();
            if n > 0 && (suffix.is_some() || n == 1) {
                fits.retain(same_suffix);
            }
            let named = |id: &usize| !self.st.persons[*id].given.is_empty();
            let total = fits.iter().filter(|id| named(id)).count();
            let target = *fits
                .iter()
                .max_by_key(|&&id| self.st.persons[id].mentions.last().copied().unwrap_or(0))
                .unwrap_or(&fits[0]);
            if total >= 2 && t.quote == InQuote::No && !c.attributive && !self.aged(c) {
                let named = fits
                    .iter()
                    .copied()
                    .filter(named)
                    .take(AMBIGUOUS_CAP)
                    .collect();
                self.st.ambiguous.push((ci, named, total));
            }
            self.attach(ci, target);
            return;
        }
        // `Mr Jinping` after `Xi Jinping`, `Chairman Un` after `Kim Jong-un`: the given name of
        // one person whose family name comes first, used for it. Respelt to the family name.
        let given_of = |i: usize| {
            self.read(key_hash(b'A' + i as u8, &[key]));
            self.st.ea_given[i]
                .get(key)
                .filter(|ids| ids.len() == 1)
                .map(|ids| ids[0])
        };
        if let Some(id) = given_of(0).or_else(|| c.title.as_ref().and(given_of(1))) {
            // `Seo-yeon` after `Lee Seo-yeon and her brother, Lee Do-hyun`: where two people
            // met so far share the family name, the given name alone is how copy tells them
            // apart, no slip for the family name.
            let core = self.st.persons[id].core.clone();
            if self.namesakes(&core).len() >= 2 {
                self.st.by_first_word[ci] = true;
            }
            self.attach(ci, id);
            return;
        }
        // `Sir Alan` after `Alan Budd`; `Mr Watanabe` after `Watanabe Kenji` (family name first).
        let knight = c.title.as_ref().is_some_and(|t| {
            matches!(
                self.ex.key(t.end - 1).as_ref(),
                "sir" | "dame" | "lord" | "lady"
            )
        });
        if knight || (c.title.is_some() && !self.lex.given.contains_key(key)) {
            self.read(key_hash(b'F', &[key]));
            if let Some(ids) = self.st.first_word.get(key) {
                if ids.len() == 1 {
                    self.st.by_first_word[ci] = true;
                    let id = ids[0];
                    self.attach(ci, id);
                    return;
                }
            }
        }
        // `Nguyen said` after `Nguyễn Thị Lan`, no title: the first word of one person's name
        // met alone on a verb's evidence with the marks the full name gives it dropped or
        // changed is that person (respelt with the marks, as after a title).
        if c.title.is_none()
            && c.strong
            && c.surname.len() == 1
            && !self.lex.given.contains_key(key)
        {
            self.read(key_hash(b'F', &[key]));
            let one = match self.st.first_word.get(key).map(Vec::as_slice) {
                Some(&[id]) => Some(id),
                _ => None,
            };
            if let Some(id) = one {
                let written = self.ex.word(c.surname.start);
                let want = self
                    .ex
                    .word(self.cands[self.st.persons[id].canon].toks.start);
                if !want.is_ascii()
                    && fold(written) == fold(want)
                    && written.to_lowercase() != want.to_lowercase()
                {
                    self.st.by_first_word[ci] = true;
                    self.attach(ci, id);
                    return;
                }
            }
        }
        // Lowercased where it is read (`lower_elsewhere` lowercases it itself).
        let word = self.ex.word(c.surname.end - 1);
        // A plain word neither joins nor makes a person below: nothing more to read then.
        if is_common
            || self.lex.places.contains(key)
            || self.lex.given.contains_key(key)
            || self.ex.lower_elsewhere(word)
        {
            return;
        }
        // An ordinary word (`Shell`, `Next`) is a name only on evidence: it never makes a person
        // by itself, and joins one only when a verb or a title says it is someone.
        let ordinary =
            c.title.is_none() && cands::with_lower(word, |lower| self.lex.ordinary(lower));
        // A word only near a surname is a slip for it on a person's evidence, not on its
        // capital alone after a preposition of place (`in Kendal`, `shares in Philips` beside
        // `Kendall`, `Phillips`), and never when it is an ordinary word (`Boots` beside `Booth`).
        let start = c.title.as_ref().map_or(c.toks.start, |t| t.start);
        let after_preposition = start > 0 && {
            let p = &self.ex.toks[start - 1];
            !p.cap()
                && p.sent == t.sent
                && cands::with_lower(self.ex.word(start - 1), |w| {
                    self.lex.place_prepositions.contains(w)
                })
        };
        let slip_evidence = c.strong || (c.weak && !after_preposition);
        // A Chinese family name that is also a short or English word (`Xu`, `Chang`) is read
        // as the name on strong evidence (`Chang said`) when it is listed as one.
        if ordinary && c.strong && self.lex.ea_surnames.contains(key) {
            if let Some(id) = self.sinitic_bare(ci, key) {
                self.attach(ci, id);
                return;
            }
        }
        if !ordinary && slip_evidence {
            // `Mr DeLuca` after `Marco De Luca`: the one person whose family name is this one
            // with its particles written joined or apart.
            let whole = self.whole_key(c);
            let joined: Vec<usize> = self
                .bucket(key_hash(b'w', &[&whole]))
                .take(NAMESAKES_CAP)
                .filter(|&id| {
                    let p = &self.st.persons[id];
                    p.core != key
                        && !p.given.is_empty()
                        && c.gender.is_none_or(|g| p.gender != Some(opposite(g)))
                        && self.whole_key(&self.cands[p.canon]) == whole
                })
                .take(2)
                .collect();
            if let [id] = joined[..] {
                if !self.coordinated(ci, id) {
                    self.attach(ci, id);
                    return;
                }
            }
            if let Some(id) = self.sinitic_bare(ci, key) {
                self.attach(ci, id);
                return;
            }
            // `Mr Mogg` after `Jacob Rees-Mogg`, no Mogg met: one half of the one person's
            // double-barrelled family name, after a title, is that person, the name cut short.
            if c.title.is_some() {
                let halves: Vec<usize> = self
                    .bucket(key_hash(b'H', &[key]))
                    .take(NAMESAKES_CAP)
                    .filter(|&id| {
                        let p = &self.st.persons[id];
                        p.core != key
                            && !p.given.is_empty()
                            && c.gender.is_none_or(|g| p.gender != Some(opposite(g)))
                    })
                    .take(2)
                    .collect();
                if let [id] = halves[..] {
                    if !self.coordinated(ci, id) {
                        self.st.fuzzy_bare[ci] = true;
                        self.attach(ci, id);
                        return;
                    }
                }
            }
            // After a title the bare surname must be someone's already met, so even a short one
            // a letter swapped, doubled or dropped away (`Mr Kahn` after `Sadiq Khan`) is a slip.
            let titled = c.title.is_some();
            let mut fuzzy = self.fuzzy_candidates(key, self.core_text(c).1, false, titled);
            // `Mr Mure` after `Rita Moore`: a title of the other gender names someone else.
            if let Some(g) = c.gender {
                fuzzy.retain(|&id| self.st.persons[id].gender != Some(opposite(g)));
            }
            let grouped = fuzzy
                .iter()
                .any(|&id| self.lex.same_group(key, &self.st.persons[id].core));
            // A spelling used again and again is a name of its own, not a slip.
            let repeated = self.cap_counts.get(key).copied().unwrap_or(0) >= 3;
            if !fuzzy.is_empty() && (grouped || !repeated) {
                let cores: Vec<&str> = fuzzy
                    .iter()
                    .map(|&id| self.st.persons[id].core.as_str())
                    .collect();
                let id = *fuzzy
                    .iter()
                    .max_by_key(|&&id| self.st.persons[id].mentions.last().copied().unwrap_or(0))
                    .unwrap_or(&fuzzy[0]);
                if cores.iter().all(|k| *k == cores[0]) && !self.coordinated(ci, id) {
                    self.st.fuzzy_bare[ci] = true;
                    self.attach(ci, id);
                    return;
                }
            }
        }
        if c.strong && !ordinary && t.quote == InQuote::No && !c.attributive {
            self.add_person(ci);
        }
    }
}

/// The last of the marks of the fold `f` kept from the last analysis at which it can be taken
/// up for this one, whose candidates are `cands` and whose edit is `scope` (the first
/// candidate that reads the edited paragraph is `k`): every decision before the mark read
/// only what is the same. The names before it are the same, and read no token of the
/// paragraph; a surname alone before it reads the draft's counts of its own word, which must
/// not be one of the paragraph's words, before or after the edit.
fn resumable(
    f: &Fold,
    cands: &[Cand],
    k: usize,
    scope: &memo::Scope,
    ex: &Extractor,
) -> Option<usize> {
    if !scope.same_contexts {
        return None;
    }
    // The names the same up to `reach`, and no surname alone before it moved.
    let reach = k.min(cands.len()).min(f.cands.len());
    let same = cands[..reach]
        .iter()
        .zip(&f.cands[..reach])
        .position(|(a, b)| {
            a != b || (a.bare() && scope.moves(&core_key_of(ex, a), ex.word(a.surname.end - 1)))
        })
        .unwrap_or(reach);
    // A mark before the first name keeps nothing: the fold starts afresh.
    f.marks.iter().rposition(|m| m.ci > 0 && m.ci <= same)
}

/// [`Resolver::core_key`] of a candidate, read from the draft alone.
fn core_key_of<'a>(ex: &'a Extractor, c: &Cand) -> Cow<'a, str> {
    let last = c.surname.end - 1;
    if c.split_core {
        let s = ex.toks[c.core_start()].range().start;
        return fold(&ex.text[s..ex.toks[last].range().end]).into();
    }
    match core_of(ex.word(last)) {
        ("", _) => ex.key(last),
        (_, core) => fold(core).into(),
    }
}

/// A rank as compared between mentions: an abbreviation spelled out (`Sen.` and `Senator`,
/// `Gov.` and `the governor` are one rank).
fn rank_key(key: &str) -> Box<str> {
    crate::titles::spelled_last_word(key).map_or_else(|| key.into(), String::into_boxed_str)
}

fn opposite(g: Gender) -> Gender {
    match g {
        Gender::M => Gender::F,
        Gender::F => Gender::M,
    }
}

/// Finds the people of a draft; `held`: the draft is held to a record, so the phrases woven
/// into its sentences are credited too.
pub fn analyze(
    doc: &Document,
    quotes: &Quotes,
    config: &Config,
    style: Option<&'static StyleProfile>,
    held: bool,
) -> People {
    let people = analyze_memo(
        doc,
        quotes,
        config,
        style,
        held,
        &mut PeopleMemo::default(),
        &mut crate::memo::Litter::default(),
    );
    std::sync::Arc::unwrap_or_clone(people)
}

/// [`analyze`] reusing the block scans `memo` kept from the previous analysis of the draft, and
/// keeping this one's: who is who is worked out again over the whole draft, so the result is
/// the same.
pub fn analyze_memo(
    doc: &Document,
    quotes: &Quotes,
    config: &Config,
    style: Option<&'static StyleProfile>,
    woven: bool,
    memo: &mut PeopleMemo,
    litter: &mut crate::memo::Litter,
) -> std::sync::Arc<People> {
    // The speakers kept from the last analysis were read with or without a record.
    memo.credit_woven(woven, litter);
    let pieces = memo.pieces(doc, quotes);
    if let Some(people) = memo.reuse(doc, quotes, &pieces, litter) {
        memo.places.carry(doc);
        memo.settle(pieces);
        return people;
    }
    memo.begin_resolution(litter);
    let toks = &pieces.toks;
    let keys = (pieces.keys.as_str(), &pieces.key_spans[..]);
    let ex = Extractor::draft(doc.text, toks, keys, &memo.words);
    let house: Vec<&str> = config
        .names
        .house
        .iter()
        .map(String::as_str)
        .chain(
            style
                .into_iter()
                .flat_map(|s| s.house_names.iter().map(String::as_str)),
        )
        .collect();
    // Where this edit lies, and the last resolution's state to take up again before it.
    let scope = memo.scope(&pieces);
    let mut kept = memo.fold.take();
    if !memo.keep {
        kept = None;
    }
    // The people last built, for the persons a keystroke leaves as they were (see `Before`).
    let last_people = memo
        .last
        .as_deref()
        .map(|l| std::sync::Arc::clone(&l.people));
    let last_len = memo.last.as_deref().map(|l| l.text.len());
    let spare_ends = memo.spare_ends.take();
    let speakers_before = memo.speakers_before(doc, &pieces);
    let (resumed, replayed) = (&mut memo.resumed, &mut memo.replayed);
    let keep = memo.keep;
    let (house, ex, pieces_ref) = (&house, &ex, &pieces);
    let (scans, words, variants) = (&mut memo.scans, &memo.words, &mut memo.variants);
    let (roman_cache, key_cache) = (&mut memo.roman_cache, &mut memo.key_cache);
    let (sinitic_cache, variant_cache) = (&mut memo.sinitic_cache, &mut memo.variant_cache);
    let (sizes, fold_slot) = (&mut memo.sizes, &mut memo.fold);
    let places_memo = keep.then_some(&mut memo.places);
    let len = doc.text.len();
    let litter_ref = &mut *litter;
    // The places' spellings read no person: they are found on the other core while the people
    // are worked out, a fold over the draft that only one core can do.
    let ((mut people, others, speakers, known, uses), hits) = crate::join(
        len,
        move || {
            // Shared with the speakers' index (`speakers::Known`), which is built while `r`
            // still reads them.
            let cands = std::sync::Arc::new(scans.candidates(doc, pieces_ref, ex));
            // The next keystroke, in the same paragraph, takes the fold up before the first
            // name that reads the paragraph.
            let mark_at = scope
                .as_ref()
                .map(|s| cands.partition_point(|c| c.toks.end + READS_AHEAD <= s.first_tok));
            let at = match (&kept, &scope, mark_at) {
                (Some(f), Some(s), Some(k)) => resumable(f, &cands, k, s, ex),
                _ => None,
            };
            let mut before = None;
            let mut replay = None;
            let (fold, from) = match (kept, at) {
                (Some(mut f), Some(at)) => {
                    // Read before the fold is taken back to the mark.
                    let later = (scope.as_ref().zip(last_len))
                        .and_then(|(s, n)| Later::new(&f, s, ex.toks, len as isize - n as isize));
                    replay = scope
                        .as_ref()
                        .and_then(|s| Replay::take(&mut f, at, s, ex.toks));
                    let from = f.rewind(at, cands.len()).unwrap_or(0);
                    *resumed += 1;
                    before = last_people.map(|people| Before {
                        people,
                        prints: std::mem::take(&mut f.prints),
                        persons: f.persons.len(),
                        first: from,
                        mixed: f.mixed,
                        later,
                    });
                    (*f, from)
                }
                (kept, _) => {
                    // A kept state not taken up is freed later, off this keystroke's path.
                    if let Some(f) = kept {
                        litter_ref.push(f);
                    }
                    (Fold::fresh(cands.len(), *sizes, keep), 0)
                }
            };
            let caches = Caches {
                roman: roman_cache,
                sinitic: sinitic_cache,
                keys: key_cache,
                variants: variant_cache,
            };
            let mut r = Resolver::new(ex, &cands, &words.caps, fold, caches);
            if keep {
                r.mark_at = mark_at;
                r.every = cands.len().div_ceil(CHECKPOINTS).max(1);
            }
            // The one edited block, when every other token stands as before (see
            // `proper::variants`).
            let edited = scope
                .as_ref()
                .filter(|s| s.same_contexts)
                .map(|s| s.first_tok);
            // The other names' spellings read the people only through how each token is used,
            // and a keystroke seldom changes that: they are read with the last analysis's
            // uses on the other core while the fold runs, and kept if the fold agrees. (A debug
            // build guesses for a short draft too, so that its tests read both ways.)
            let guess = (keep && (crate::parallel(len) || cfg!(debug_assertions)))
                .then(|| variants.guess(toks.len()))
                .flatten();
            // Where each candidate ends and starts, and the verb each quotation is credited by,
            // read from the candidates and the words alone: found on the other core while the
            // fold works out who the candidates are.
            let ((), (ends, cues, guessed)) = crate::join(
                len,
                || r.resolve(from, replay),
                || {
                    let ends = speakers::Ends::new(&cands, spare_ends);
                    let cues = scans.own_cues(doc, quotes, pieces_ref);
                    let guessed = guess.map(|u| {
                        let spellings = proper::variants(ex, &u, house, variants, edited);
                        variants.guessed(ex);
                        spellings
                    });
                    (ends, cues, guessed)
                },
            );
            *replayed += r.replayed;
            // A debug build checks every fold that took decisions from the last against one
            // that made them all, so that every test of a kept draft is also a test of it.
            #[cfg(debug_assertions)]
            if r.replayed > 0 {
                check_replay(&r);
            }
            *sizes = Sizes {
                persons: r.st.persons.len(),
                exact: r.st.exact.len(),
                heads: r.st.fuzzy.heads.len(),
                links: r.st.fuzzy.links.len(),
                first_word: r.st.first_word.len(),
            };
            let genders: Vec<Option<Gender>> = r.st.persons.iter().map(|p| p.gender).collect();
            // A pronoun is matched against every namesake or none: a capped list could
            // mislead it.
            let ambiguous: HashMap<usize, Vec<usize>> =
                r.st.ambiguous
                    .iter()
                    .map(|(ci, cands, total)| {
                        let all = if *total > cands.len() {
                            Vec::new()
                        } else {
                            cands.clone()
                        };
                        (*ci, all)
                    })
                    .collect();
            let mut known = speakers::Known::new(
                std::sync::Arc::clone(&cands),
                ends,
                r.st.owner.clone(),
                genders,
                ambiguous,
            );
            known.woven = woven;
            // Who said each quotation reads the people found, not their spellings: the build
            // and the speakers share the two cores (with the other names' spellings, read
            // again here only when the guess at the uses missed).
            let uses = token_uses(&r);
            let guessed = guessed.filter(|_| variants.read_with(&uses));
            let ((people, fold), (others, speakers)) = crate::join(
                len,
                move || {
                    let (people, prints, mixed) =
                        build(&r, house, &config.names.ignore, before.as_ref());
                    (
                        people,
                        keep.then_some(Fold {
                            prints,
                            mixed,
                            ..r.st
                        }),
                    )
                },
                || {
                    crate::join(
                        len,
                        || match guessed {
                            Some(spellings) => spellings,
                            None => proper::variants(ex, &uses, house, variants, edited),
                        },
                        || {
                            let before = speakers_before.as_ref();
                            memo::resolve_speakers(before, doc, quotes, toks, &known, cues)
                        },
                    )
                },
            );
            *fold_slot = fold.map(|mut f| {
                f.cands = cands;
                Box::new(f)
            });
            (people, others, speakers, known, uses)
        },
        || places::hits(doc, places_memo),
    );
    // A listed form that is part of a person's name (`Odessa` of `Odessa Williams`) is the
    // people stage's to judge, never a place written another way.
    let named = |r: &std::ops::Range<usize>| {
        let first = toks.partition_point(|t| t.range().end <= r.start);
        (toks[first..].iter().zip(&uses[first..]))
            .take_while(|(t, _)| t.range().start < r.end)
            .any(|(_, &u)| u != proper::Use::Free)
    };
    let places = places::variants(doc, house, hits, named);
    // The people's spellings first, then the places', then other names': of two at one
    // place, the first is kept.
    people.spellings.extend(places);
    people.spellings.extend(others);
    people.spellings.sort_by_key(|s| s.range.start);
    people.spellings.dedup_by(|a, b| a.range == b.range);
    people.speakers = speakers;
    memo::attach_quotations(&mut people);
    let people = std::sync::Arc::new(people);
    memo.keep_last(quotes, &people, known, litter);
    memo.settle(pieces);
    people
}

/// How each token is used by the people of the story.
fn token_uses(r: &Resolver) -> Vec<proper::Use> {
    let mut uses = vec![proper::Use::Free; r.ex.toks.len()];
    for (ci, c) in r.cands.iter().enumerate() {
        // A person known only by one word may be a place read as a person: its word is free.
        if r.st.owner[ci].is_none_or(|p| r.st.persons[p].given.is_empty()) {
            continue;
        }
        for &g in &c.given {
            uses[g] = proper::Use::Given;
        }
        for k in c.surname.clone().chain(c.title.clone().unwrap_or(0..0)) {
            uses[k] = proper::Use::Family;
        }
    }
    uses
}

/// Where a name ends: after the full point of a closing suffix (`Jr.`), before a possessive.
fn name_end(r: &Resolver, c: &Cand) -> usize {
    let last = r.tok(c.toks.end - 1);
    if c.suffix.is_some() && !last.poss() {
        last.end()
    } else {
        last.range().end
    }
}

/// The canonical name candidate `c` writes: its words, and for a given name listed before
/// another's full name, the family name they share (`Ed` in `Ed and David Miliband` is Ed
/// Miliband).
fn canon_text(r: &Resolver, c: &Cand) -> String {
    let name = r.text(r.tok(c.toks.start).range().start..name_end(r, c));
    if c.listed {
        format!("{} {}", name, r.ex.word(c.surname.end - 1))
    } else {
        name.to_string()
    }
}

/// The parts of a name written in the draft by candidate `ci`.
fn parts_of(r: &Resolver, ci: usize) -> Parts {
    let c = &r.cands[ci];
    let name = r.tok(c.toks.start).range().start..name_end(r, c);
    let (_, core) = r.core_text(c);
    let ea_given = (c.family_first && !c.given.is_empty()).then(|| {
        let s = r.tok(c.given[0]).range().start;
        let e = r.tok(*c.given.last().unwrap_or(&c.given[0])).range().end;
        r.text(s..e).to_string()
    });
    Parts {
        text: canon_text(r, c),
        range: Some(name),
        given: if c.family_first {
            Vec::new()
        } else {
            c.given.iter().map(|&g| r.ex.word(g).to_string()).collect()
        },
        given_keys: if c.family_first {
            Vec::new()
        } else {
            c.given.iter().map(|&g| r.ex.key(g).into_owned()).collect()
        },
        ea_given,
        particles: (c.surname.start..c.core_start())
            .map(|k| r.ex.word(k).to_string())
            .collect(),
        particle_opens: c.surname.start < c.core_start() && r.tok(c.surname.start).sent_start(),
        hyphened: if c.split_core {
            String::new()
        } else {
            core_of(r.ex.word(c.surname.end - 1)).0.to_string()
        },
        core: core.to_string(),
        from_house: false,
    }
}

/// Parses a house names list entry into its parts.
fn parse_house(entry: &str) -> Parts {
    let lex = Lexicon::get();
    let words: Vec<&str> = entry.split_whitespace().collect();
    let family_first = words.len() >= 2
        && lex.ea_surnames.contains(&fold(words[0]))
        && (words.len() == 2 && words[1].contains('-')
            || words[1..].iter().all(|w| {
                let k = fold(w);
                lex.ko_syllables.contains(&k) || lexicon::is_pinyin(&k)
            }));
    let (given, ea_given, particles, core) = if words.len() <= 1 {
        (Vec::new(), None, Vec::new(), entry.trim().to_string())
    } else if family_first {
        let given = Some(words[1..].join(" "));
        (Vec::new(), given, Vec::new(), words[0].to_string())
    } else {
        let last = words[words.len() - 1];
        let mut s = words.len() - 1;
        while s > 1 && lex.particles.contains(&fold(words[s - 1])) {
            s -= 1;
        }
        (
            words[..s].iter().map(|w| w.to_string()).collect(),
            None,
            words[s..words.len() - 1]
                .iter()
                .map(|w| w.to_string())
                .collect(),
            core_of(last).1.to_string(),
        )
    };
    Parts {
        text: entry.trim().to_string(),
        range: None,
        given_keys: given.iter().map(|g| fold(g)).collect(),
        given,
        ea_given,
        particles,
        particle_opens: false,
        hyphened: words
            .last()
            .filter(|_| words.len() > 1 && !family_first)
            .map_or("", |w| core_of(w).0)
            .to_string(),
        core,
        from_house: true,
    }
}

/// Apostrophes as one character, for drafts that mix the two styles.
fn same_apostrophes(a: &str, b: &str, mixed: bool) -> bool {
    if a == b {
        return true;
    }
    mixed && a.replace('’', "'") == b.replace('’', "'")
}

/// The people last built, and where the fold was taken up again: a person made before that
/// point, all of whose mentions come before it and whose print is unchanged, is built as it was
/// (its mentions lie before the edit, so their offsets are the same).
struct Before {
    people: std::sync::Arc<People>,
    /// [`Fold::prints`] of the last fold.
    prints: Vec<u64>,
    /// How many persons the fold had where it was taken up again.
    persons: usize,
    /// The candidate it was taken up at.
    first: usize,
    mixed: bool,
    /// What a person made after that point is built as before from, when one block alone
    /// was edited.
    later: Option<Later>,
}

/// The last fold's candidates after the point it was taken up at, for a person made again
/// by this fold with the print one of the last had: built as before (its offsets moved by
/// the edit) when its mentions are those candidates, read alike and away from the edit.
struct Later {
    /// The last fold's candidates.
    cands: std::sync::Arc<Vec<Cand>>,
    /// Which of them it attached through a first word (see `Fold::by_first_word`).
    by_first_word: Vec<bool>,
    /// The tokens of the edited block and of the one after it (whose names read the words
    /// before them): a mention among them is built again.
    edited: Range<usize>,
    /// Where the edited block starts (in the last draft and this one alike).
    edit: usize,
    /// The bytes the edit added (or took away): offsets after the edited block move by it.
    delta: isize,
}

impl Later {
    /// What the last fold made of the persons that a later person may be built as before.
    fn new(f: &Fold, scope: &memo::Scope, toks: &[Tok], delta: isize) -> Option<Later> {
        if !scope.same_contexts {
            return None;
        }
        let edited = edited_blocks(scope, toks)?;
        Some(Later {
            cands: std::sync::Arc::clone(&f.cands),
            by_first_word: f.by_first_word.clone(),
            edit: toks[edited.start].range().start,
            edited,
            delta,
        })
    }

    /// Whether the last fold read candidate `ci` of `r` as this one does, away from the edit.
    fn same_mention(&self, r: &Resolver, ci: usize) -> bool {
        let (Some(old), Some(now)) = (self.cands.get(ci), r.cands.get(ci)) else {
            return false;
        };
        let start = now
            .title
            .as_ref()
            .map_or(now.toks.start, |t| t.start.min(now.toks.start));
        old == now
            && self.by_first_word.get(ci) == r.st.by_first_word.get(ci)
            && (now.toks.end <= self.edited.start || start >= self.edited.end)
    }

    /// Where a range of the last draft outside the edited block is in this one.
    fn moved(&self, r: &Range<usize>) -> Range<usize> {
        if r.start >= self.edit {
            r.start.saturating_add_signed(self.delta)..r.end.saturating_add_signed(self.delta)
        } else {
            r.clone()
        }
    }
}

/// A hash of what [`build`] reads of person `p`: its mentions, canonical mention and names.
fn print_of(p: &P) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (
        &p.mentions,
        p.canon,
        &p.given,
        &p.core,
        p.family_first,
        &p.suffix,
    )
        .hash(&mut h);
    h.finish()
}

/// The people of the fold, with each person's print and whether the draft mixes apostrophes.
fn build(
    r: &Resolver,
    house: &[&str],
    ignore: &[String],
    before: Option<&Before>,
) -> (People, Vec<u64>, bool) {
    let mixed = mixed_apostrophes(r);
    let prints: Vec<u64> = r.st.persons.iter().map(print_of).collect();
    let house = House::new(house);
    let ignored: Vec<String> = ignore.iter().map(|s| fold(s)).collect();
    let mut people = People {
        persons: Vec::with_capacity(r.st.persons.len()),
        ..People::default()
    };
    // The last build's spellings by person, made only if a person is taken from it.
    let mut old_spellings: Option<HashMap<usize, Vec<&Spelling>>> = None;
    // The last fold's persons made after the point it was taken up at, by print; a print
    // two of them share names neither.
    let mut by_print: Option<HashMap<u64, usize>> = None;
    for (id, p) in r.st.persons.iter().enumerate() {
        // A person the last build made as this one would: made before the point the fold was
        // taken up at, with the same print and every mention before that point (so before
        // the edit), or named after it with a print the last fold left, its mentions the same
        // candidates read alike and away from the edit (see `Later`).
        let kept = before.filter(|b| b.mixed == mixed).and_then(|b| {
            // A person made before that point keeps its number; one made after may not.
            let oid = if id < b.persons {
                (b.prints.get(id) == Some(&prints[id])).then_some(id)?
            } else {
                let old = by_print.get_or_insert_with(|| {
                    let mut m: HashMap<u64, usize> = HashMap::default();
                    for (oid, &print) in b.prints.iter().enumerate().skip(b.persons) {
                        m.entry(print)
                            .and_modify(|o| *o = usize::MAX)
                            .or_insert(oid);
                    }
                    m
                });
                *old.get(&prints[id])?
            };
            let person = b.people.persons.get(oid)?;
            let before_mark =
                id < b.persons && p.canon < b.first && p.mentions.iter().all(|&ci| ci < b.first);
            let later_fits = || {
                b.later.as_ref().is_some_and(|l| {
                    person.mentions.len() == p.mentions.len()
                        && p.mentions.iter().all(|&ci| l.same_mention(r, ci))
                })
            };
            (before_mark || later_fits()).then_some((b, oid, person, b.later.as_ref()))
        });
        if let Some((b, oid, person, later)) = kept {
            // Offsets before the edit stand; with no `Later`, every mention is before it.
            let moved = |r: &Range<usize>| later.map_or_else(|| r.clone(), |l| l.moved(r));
            let mut mentions = person.mentions.clone();
            for m in &mut mentions {
                m.range = moved(&m.range);
            }
            people.persons.push(Person {
                canonical: person.canonical.clone(),
                mentions,
                titles: person.titles.clone(),
                quotations: Vec::new(),
            });
            let by_person = old_spellings.get_or_insert_with(|| {
                let mut m: HashMap<usize, Vec<&Spelling>> = HashMap::default();
                for s in &b.people.spellings {
                    if let Some(pid) = s.person {
                        m.entry(pid).or_default().push(s);
                    }
                }
                m
            });
            // A spelling is at a mention, and names the canonical one, of its person.
            for &s in by_person.get(&oid).into_iter().flatten() {
                let mut s = s.clone();
                s.range = moved(&s.range);
                s.canonical_range = s.canonical_range.as_ref().map(moved);
                s.person = Some(id);
                people.spellings.push(s);
            }
            continue;
        }
        let entry = house.entry_for(r, p);
        // A person named once, in the words of its own canonical name, has no other spelling:
        // its name is not taken apart (most people of a long draft are named once). Compared
        // with itself, a name could only differ from itself where it is no name (`Kim Jong
        // Un’Kim Jong UnKim`).
        if entry.is_none() && p.mentions[..] == [p.canon] {
            let c = &r.cands[p.canon];
            debug_assert!(!r.st.by_first_word[p.canon] && !r.tok(c.toks.start).heading());
            let mention = mention_of(r, c);
            people.persons.push(Person {
                canonical: canon_text(r, c).into(),
                titles: mention.title.iter().cloned().collect(),
                mentions: vec![mention],
                quotations: Vec::new(),
            });
            continue;
        }
        // The house list wins when it names this person.
        let canon = entry.unwrap_or_else(|| parts_of(r, p.canon));
        let skip = ignored.iter().any(|i| {
            *i == fold(&canon.text) || *i == p.core || *i == fold(&parts_of(r, p.canon).text)
        });
        let mut person = Person {
            canonical: canon.text.as_str().into(),
            mentions: Vec::with_capacity(p.mentions.len()),
            titles: Vec::new(),
            quotations: Vec::new(),
        };
        for &ci in &p.mentions {
            let c = &r.cands[ci];
            let mention = mention_of(r, c);
            if let Some(t) = &mention.title {
                if !person.titles.contains(t) {
                    person.titles.push(t.clone());
                }
            }
            person.mentions.push(mention);
            // Headlines are never flagged (see `Resolver::resolve`).
            if skip || r.tok(c.toks.start).heading() {
                continue;
            }
            if r.st.by_first_word[ci] {
                if let Some(s) = first_word_marks(r, c, &canon, p.canon, id) {
                    people.spellings.push(s);
                }
                continue;
            }
            if let Some(s) = initials_run_together(r, c, &canon, id) {
                people.spellings.push(s);
            }
            if let Some(s) = respelling(r, c, &canon, mixed, id) {
                // A person known by one word alone is compared as a place too (see
                // `token_uses`): its accents are the place pass's, which one answer needs.
                let accents_only = p.given.is_empty()
                    && !canon.from_house
                    && r.tok(c.surname.end - 1).form()
                    && fold(&s.written) == fold(&s.replacement);
                if !accents_only {
                    people.spellings.push(s);
                }
            }
        }
        people.persons.push(person);
    }
    for (ci, cands, total) in &r.st.ambiguous {
        let c = &r.cands[*ci];
        let s = c.title.as_ref().map_or(c.toks.start, |t| t.start);
        let start = r.tok(s).range().start;
        let end = name_end(r, c);
        people.ambiguous.push(Ambiguity {
            range: start..end,
            candidates: cands.clone(),
            total: *total,
        });
    }
    (people, prints, mixed)
}

/// Whether the draft, names left out, uses both apostrophe styles: only a draft that keeps one
/// style has a name written in the other flagged.
fn mixed_apostrophes(r: &Resolver) -> bool {
    let text = r.ex.text;
    // The names' apostrophes counted first, then the draft read with memchr only until it has
    // more of each style than its names: most drafts show one style within a few lines.
    let (mut curly, mut straight) = (0, 0);
    for c in r.cands {
        let s = r.tok(c.toks.start).range().start;
        let e = r.tok(c.toks.end - 1).range().end;
        // One pass over the name's bytes: `’` is the only character ending in 0x99 after
        // 0xE2 0x80.
        let name = &text.as_bytes()[s..e];
        for (k, &b) in name.iter().enumerate() {
            match b {
                b'\'' => straight += 1,
                0x99 if k >= 2 && name[k - 2..k] == [0xE2, 0x80] => curly += 1,
                _ => {}
            }
        }
    }
    memchr::memmem::find_iter(text.as_bytes(), "’".as_bytes())
        .nth(curly)
        .is_some()
        && memchr::memchr_iter(b'\'', text.as_bytes())
            .nth(straight)
            .is_some()
}

/// The house list of names (`[names] house`), indexed by family name.
struct House {
    parts: Vec<Parts>,
    /// Entries by the skeleton of their family name, and by its listed variant group (`#n`).
    by_core: HashMap<String, Vec<usize>>,
}

impl House {
    fn new(house: &[&str]) -> House {
        let lex = Lexicon::get();
        let parts: Vec<Parts> = house.iter().map(|h| parse_house(h)).collect();
        let mut by_core: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, h) in parts.iter().enumerate() {
            let k = fold(&h.core);
            by_core.entry(skeleton(&k)).or_default().push(i);
            if let Some(g) = lex.person_groups.get(&k) {
                by_core.entry(format!("#{g}")).or_default().push(i);
            }
        }
        House { parts, by_core }
    }

    /// The house entry that names person `p`, if any.
    fn entry_for(&self, r: &Resolver, p: &P) -> Option<Parts> {
        // Most drafts have no house list: no key of the person is worth making then.
        if self.parts.is_empty() {
            return None;
        }
        let group = Lexicon::get()
            .person_groups
            .get(&p.core)
            .map(|g| format!("#{g}"));
        let hs = self
            .by_core
            .get(&skeleton(&p.core))
            .into_iter()
            .chain(group.and_then(|g| self.by_core.get(&g)))
            .flatten();
        for &hi in hs {
            let h = &self.parts[hi];
            let hk = fold(&h.core);
            let hgiven: Vec<String> = match &h.ea_given {
                Some(g) => vec![fold(g)],
                None => h.given_keys.clone(),
            };
            let same_family = hk == p.core || r.surname_variant(&hk, &p.core, true);
            if same_family && r.given_agree(&hgiven, h.ea_given.is_some(), p, false) {
                return Some(h.clone());
            }
        }
        None
    }
}

/// The mention a candidate makes.
fn mention_of(r: &Resolver, c: &Cand) -> Mention {
    let text = r.ex.text;
    let start = r.tok(c.toks.start).range().start;
    let end = name_end(r, c);
    let title = c.title.as_ref().map(|t| {
        let s = r.tok(t.start).range().start;
        let e = r.tok(t.end - 1).end();
        text[s..e].trim().into()
    });
    Mention {
        range: start..end,
        text: text[start..end].into(),
        full: !c.bare(),
        title,
        in_quote: r.tok(c.toks.start).quote == InQuote::Speech,
    }
}

/// The respelling of mention `c` of person `id` to the canonical form, if any part differs.
fn respelling(r: &Resolver, c: &Cand, canon: &Parts, mixed: bool, id: usize) -> Option<Spelling> {
    let text = r.ex.text;
    if let Some(s) = reordering(r, c, canon, id) {
        return Some(s);
    }
    // Compare each part with the canonical one.
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let core_tok = r.tok(c.surname.end - 1);
    let (core_range, core) = r.core_text(c);
    let joined = particles_joined_edit(r, c, canon);
    if joined.is_none() && !same_apostrophes(core, &canon.core, mixed) && !core_tok.allcaps() {
        edits.push((core_range, canon.core.clone()));
    }
    given_edits(r, c, canon, mixed, &mut edits);
    match joined {
        Some(edit) => edits.push(edit),
        None => particle_edits(r, c, canon, &mut edits),
    }
    // Another spelling given on purpose: `often spelt Qaddafi`, `known as Zelenskiy` (asked
    // only of a mention spelt differently: most are not, and this reads back through the text).
    if edits.is_empty() || proper::explains(&text[..r.tok(c.toks.start).range().start], false) {
        return None;
    }
    edits.sort_by_key(|e| e.0.start);
    let s = edits[0].0.start;
    let e = edits[edits.len() - 1].0.end;
    let mut replacement = String::new();
    let mut at = s;
    for (range, rep) in &edits {
        replacement.push_str(&text[at..range.start]);
        replacement.push_str(rep);
        at = range.end;
    }
    replacement.push_str(&text[at..e]);
    let house_form = if c.bare() {
        let sur = &text[r.tok(c.surname.start).range().start..core_tok.range().end];
        match (&canon.ea_given, canon.given.is_empty()) {
            (Some(g), _) => format!("{sur} {g}"),
            (None, false) => format!("{} {sur}", canon.given.join(" ")),
            (None, true) => sur.to_string(),
        }
    } else {
        let start = r.tok(c.toks.start).range().start;
        text[start..name_end(r, c)].to_string()
    };
    Some(person_spelling(
        text,
        s..e,
        replacement,
        canon,
        id,
        house_form,
    ))
}

/// The edit that writes mention `c`'s family name with its particles joined or apart as the
/// canonical name does (`DeLuca` for `De Luca`, `Van der Berg` for `Vanderberg`), when that is
/// all that differs in it: the whole family name is rewritten.
fn particles_joined_edit(r: &Resolver, c: &Cand, canon: &Parts) -> Option<(Range<usize>, String)> {
    if c.split_core
        || !canon.hyphened.is_empty()
        || c.core_start() - c.surname.start == canon.particles.len()
    {
        return None;
    }
    let range = r.tok(c.surname.start).range().start..r.tok(c.surname.end - 1).range().end;
    let mut want = canon.particles.join(" ");
    if !want.is_empty() {
        want.push(' ');
    }
    want.push_str(&canon.core);
    let written = r.text(range.clone());
    // A family name alone or opening a sentence keeps its capital (`Van der Berg said`).
    if (c.bare() || r.tok(c.surname.start).sent_start()) && written.starts_with(char::is_uppercase)
    {
        want = capitalised(&want);
    }
    (written != want && fold(written) == fold(&want) && !r.tok(c.surname.end - 1).allcaps())
        .then_some((range, want))
}

/// `Ms Nguyen` after `Nguyễn Thị Lan`: the first word of the canonical name (candidate
/// `first`), met alone after a title with its marks dropped or changed, is respelt with the
/// marks the full name gives it, as a family name written last would be.
fn first_word_marks(
    r: &Resolver,
    c: &Cand,
    canon: &Parts,
    first: usize,
    id: usize,
) -> Option<Spelling> {
    let start = r.cands.get(first)?.toks.start;
    if !c.bare() || c.surname.len() != 1 || canon.from_house || r.tok(c.surname.start).allcaps() {
        return None;
    }
    let written = r.ex.word(c.surname.start);
    let want = r.ex.word(start);
    // Only the marks differ: not the letters, nor the capitals alone.
    if want.is_ascii()
        || fold(written) != fold(want)
        || written.to_lowercase() == want.to_lowercase()
    {
        return None;
    }
    Some(person_spelling(
        r.ex.text,
        r.tok(c.surname.start).range(),
        want.to_string(),
        canon,
        id,
        want.to_string(),
    ))
}

/// Person `id`'s spelling of `text[range]`, to be written `replacement` after `canon`.
fn person_spelling(
    text: &str,
    range: Range<usize>,
    replacement: String,
    canon: &Parts,
    id: usize,
    house_form: String,
) -> Spelling {
    Spelling {
        written: text[range.clone()].to_string(),
        range,
        replacement,
        canonical: canon.text.clone(),
        canonical_range: canon.range.clone(),
        from_house: canon.from_house,
        person: Some(id),
        house_form,
    }
}

/// The respelling of a two-word mention written in the other order from the canonical name
/// (`Jinping Xi` for `Xi Jinping`, `Abe Shinzo` for `Shinzo Abe`): the whole name is rewritten.
fn reordering(r: &Resolver, c: &Cand, canon: &Parts, id: usize) -> Option<Spelling> {
    let name = r.tok(c.toks.start).range().start..name_end(r, c);
    // Most mentions are written as the canonical name: nothing to fold then.
    if c.toks.len() != 2 || c.suffix.is_some() || r.ex.text[name] == *canon.text {
        return None;
    }
    let mut canon_words = canon.text.split_whitespace();
    let (Some(p), Some(q), None) = (canon_words.next(), canon_words.next(), canon_words.next())
    else {
        return None;
    };
    let (a, b) = (r.ex.key(c.toks.start), r.ex.key(c.toks.start + 1));
    if a == b || *a != fold(q) || *b != fold(p) {
        return None;
    }
    let range = r.tok(c.toks.start).range().start..name_end(r, c);
    if proper::explains(&r.ex.text[..range.start], false) {
        return None;
    }
    let written = r.ex.text[range.clone()].to_string();
    Some(person_spelling(
        r.ex.text,
        range,
        canon.text.clone(),
        canon,
        id,
        written,
    ))
}

/// The initials of a canonical name written as one capitalised word before a family name
/// alone (`JK Rowling` where the draft writes `J.K. Rowling`): the tokenizer reads `JK` as an
/// acronym, so the mention is the family name and the initials are the word before it.
fn initials_run_together(r: &Resolver, c: &Cand, canon: &Parts, id: usize) -> Option<Spelling> {
    if !c.bare() || c.title.is_some() || c.toks.start == 0 || canon.given.is_empty() {
        return None;
    }
    // Every canonical given name is initials: `J.K.`, or `J.` and `K.`.
    let mut letters = String::new();
    for g in &canon.given {
        for p in g.trim_end_matches('.').split('.') {
            let mut cs = p.trim().chars();
            let (Some(l), None) = (cs.next(), cs.next()) else {
                return None;
            };
            if !l.is_uppercase() {
                return None;
            }
            letters.extend(l.to_lowercase());
        }
    }
    let k = c.toks.start - 1;
    let (t, name) = (r.tok(k), r.tok(c.toks.start));
    let word = r.ex.word(k);
    if letters.chars().count() < 2
        || !t.allcaps()
        || t.sent != name.sent
        || !name.joined()
        || word.to_lowercase() != letters
    {
        return None;
    }
    // The initials as the canonical name writes them, full points included (`J.K.`).
    let initials = canon.text.strip_suffix(canon.core.as_str())?.trim_end();
    if !canon.particles.is_empty() || initials.is_empty() {
        return None;
    }
    let house_form = r.text(t.range().start..name_end(r, c)).to_string();
    Some(person_spelling(
        r.ex.text,
        t.range(),
        initials.to_string(),
        canon,
        id,
        house_form,
    ))
}

/// A word with its first letter capitalised.
pub(crate) fn capitalised(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(cs).collect())
}

/// Whether `whole` is `a` then `b` (folded keys, so `Jean-Pierre` is `Jean` `Pierre`).
fn concat_of(whole: &str, a: &str, b: &str) -> bool {
    whole.len() == a.len() + b.len() && whole.starts_with(a) && whole.ends_with(b)
}

/// Whether one side's first given name is the other's first two written apart
/// (`Jean-Pierre` and `Jean Pierre`; keys are folded, hyphens away).
fn joined_first<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> bool {
    fn two<S: AsRef<str>>(x: &[S], one: &str) -> bool {
        x.len() >= 2 && concat_of(one, x[0].as_ref(), x[1].as_ref())
    }
    two(a, b[0].as_ref()) || two(b, a[0].as_ref())
}

/// The edit that writes a first given name split or joined as the canonical one does
/// (`Jean Pierre` for `Jean-Pierre`, or the other way), if that is how they differ.
fn joined_given_edit(r: &Resolver, c: &Cand, canon: &Parts) -> Option<(Range<usize>, String)> {
    let (Some(&g0), Some(cg0)) = (c.given.first(), canon.given.first()) else {
        return None;
    };
    let (w0, c0) = (r.ex.key(g0), &canon.given_keys[0]);
    if let Some(&g1) = c.given.get(1) {
        // Two words written for one canonical given name.
        if r.tok(g1).initial() || r.tok(g0).initial() {
            // Two initials spaced where the canonical name runs them together (`J. K.` for
            // `J.K.`): the two rewritten as the one.
            let spaced = c.given.len() == 2
                && canon.given.len() == 1
                && r.tok(g0).initial()
                && r.tok(g1).initial()
                && letters_of(cg0).chars().count() == 2
                && letters_of(cg0) == letters_of(r.ex.word(g0)) + &letters_of(r.ex.word(g1));
            return spaced.then(|| (r.tok(g0).range().start..r.tok(g1).range().end, cg0.clone()));
        }
        if canon.given.len() == 1 && concat_of(c0, &w0, &r.ex.key(g1)) {
            return Some((r.tok(g0).range().start..r.tok(g1).range().end, cg0.clone()));
        }
    }
    // One word written for the canonical first two.
    let cg1 = canon.given.get(1)?;
    if !concat_of(&w0, c0, &canon.given_keys[1]) {
        return None;
    }
    // Initials run together where the canonical name spaces them (`J.K.` for `J. K.`): the
    // canonical initials as written, points and space included.
    let spaced = canon
        .text
        .strip_suffix(canon.core.as_str())
        .map(|s| s.trim_end().trim_end_matches('.'))
        .filter(|s| {
            canon.given.len() == 2
                && canon.particles.is_empty()
                && [cg0, cg1]
                    .iter()
                    .all(|g| letters_of(g).chars().count() == 1)
                && letters_of(s) == letters_of(cg0) + &letters_of(cg1)
                && s.chars()
                    .all(|ch| ch.is_alphabetic() || ch == '.' || ch == ' ')
        });
    Some((
        r.tok(g0).range(),
        spaced.map_or_else(|| format!("{cg0} {cg1}"), str::to_string),
    ))
}

/// The letters of a word, lowercased (`jk` of `J.K.`).
fn letters_of(w: &str) -> String {
    w.chars()
        .filter(|ch| ch.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The edits that respell the particles of mention `c`'s family name as the canonical ones
/// when they differ only in accents (`Ni Bhriain` for `Ní Bhriain`), or in capitals between full
/// names (`Ruud Van Nistelrooy` for `Ruud van Nistelrooy`). The family name alone may take a
/// capital (Dutch writes `Van Nistelrooy` without the given name), and so does a sentence start
/// (`Von der Leyen said`).
fn particle_edits(r: &Resolver, c: &Cand, canon: &Parts, edits: &mut Vec<(Range<usize>, String)>) {
    let own = c.surname.start..c.core_start();
    let opens = canon.particle_opens || r.tok(c.surname.start).sent_start();
    hyphen_edits(r, c, canon, opens, edits);
    if own.len() != canon.particles.len() {
        return;
    }
    for (i, (k, want)) in own.zip(&canon.particles).enumerate() {
        let word = r.ex.word(k);
        let case_only = word.to_lowercase() == want.to_lowercase();
        if fold(word) != fold(want) || word == want || (case_only && (c.bare() || i == 0 && opens))
        {
            continue;
        }
        // A sentence's capital is kept: `Ni` opening a sentence becomes `Ní`, not `ní`.
        let mut fix = want.clone();
        if i == 0 && opens && word.starts_with(char::is_uppercase) {
            fix = capitalised(want);
        }
        edits.push((r.tok(k).range(), fix));
    }
}

/// The edit that writes the last particle of mention `c`'s family name hyphened or apart as
/// the canonical name does (`al Sudani` for `al-Sudani`, `el-Amin` for `el Amin`). The
/// particle's own capital is kept where a capital may stand (a family name alone, a sentence
/// start); between full names it takes the canonical one.
fn hyphen_edits(
    r: &Resolver,
    c: &Cand,
    canon: &Parts,
    opens: bool,
    edits: &mut Vec<(Range<usize>, String)>,
) {
    if c.split_core {
        return;
    }
    let last = c.surname.end - 1;
    let (own_hyphened, _) = core_of(r.ex.word(last));
    let own_apart = (c.surname.start < c.core_start()).then(|| c.core_start() - 1);
    let keep_case = |k: usize| c.bare() || (k == c.surname.start && opens);
    if !canon.hyphened.is_empty() && !own_hyphened.is_empty() {
        // Two spellings of the Arabic article (`al-Sisi` for `el-Sisi`).
        let (want, word) = (
            canon.hyphened.trim_end_matches('-'),
            own_hyphened.trim_end_matches('-'),
        );
        let article = &Lexicon::get().article;
        let (w, o) = (want.to_lowercase(), word.to_lowercase());
        if w == o || !article.contains(&w) || !article.contains(&o) {
            return;
        }
        let particle = if keep_case(last) {
            recase_like(want, word)
        } else {
            want.to_string()
        };
        let (core_range, core) = take_core(r, c, edits);
        edits.push((
            r.tok(last).range().start..core_range.end,
            format!("{particle}-{core}"),
        ));
    } else if !canon.hyphened.is_empty() && own_hyphened.is_empty() && canon.particles.is_empty() {
        // Written apart where the canonical name hyphens it.
        let Some(k) = own_apart.filter(|&k| k == c.surname.start) else {
            return;
        };
        let want = canon.hyphened.trim_end_matches('-');
        let word = r.ex.word(k);
        if fold(word) != fold(want) {
            return;
        }
        let particle = if keep_case(k) { word } else { want };
        let start = r.tok(k).range().start;
        // One edit for the whole family name, the core's own respelling folded in.
        let (core_range, core) = take_core(r, c, edits);
        edits.push((start..core_range.end, format!("{particle}-{core}")));
    } else if canon.hyphened.is_empty() && !own_hyphened.is_empty() && own_apart.is_none() {
        // Hyphened where the canonical name writes it apart.
        let Some(want) = canon
            .particles
            .last()
            .filter(|_| canon.particles.len() == 1)
        else {
            return;
        };
        let word = own_hyphened.trim_end_matches('-');
        if fold(word) != fold(want) {
            return;
        }
        let particle = if keep_case(last) { word } else { want.as_str() };
        let (core_range, core) = take_core(r, c, edits);
        edits.push((
            r.tok(last).range().start..core_range.end,
            format!("{particle} {core}"),
        ));
    }
}

/// Where the core of mention `c`'s family name is written and what it becomes: its own
/// respelling, taken out of `edits` so that one edit may cover the whole family name, or the
/// core as written.
fn take_core(
    r: &Resolver,
    c: &Cand,
    edits: &mut Vec<(Range<usize>, String)>,
) -> (Range<usize>, String) {
    let (range, core) = r.core_text(c);
    let core = match edits.iter().position(|e| e.0 == range) {
        Some(i) => edits.remove(i).1,
        None => core.to_string(),
    };
    (range, core)
}

/// `want` with the capital of `like`'s first letter (`El` for `el` where `Al` was written).
fn recase_like(want: &str, like: &str) -> String {
    if like.starts_with(char::is_uppercase) {
        capitalised(want)
    } else {
        want.to_lowercase()
    }
}

/// The edits that respell the given names of mention `c` as the canonical ones.
fn given_edits(
    r: &Resolver,
    c: &Cand,
    canon: &Parts,
    mixed: bool,
    edits: &mut Vec<(Range<usize>, String)>,
) {
    let text = r.ex.text;
    // Folded only when a given name is compared by variant: most are written alike.
    let family_cell = std::cell::OnceCell::new();
    let family = || family_cell.get_or_init(|| fold(&canon.core)).as_str();
    if c.family_first && !c.given.is_empty() {
        if let Some(cg) = &canon.ea_given {
            let s = r.tok(c.given[0]).range().start;
            let e = r.tok(*c.given.last().unwrap_or(&c.given[0])).range().end;
            let written = fold(&text[s..e]);
            if !same_apostrophes(&text[s..e], cg, mixed) && written == fold(cg)
                || (written != fold(cg)
                    && (r.given_variant(&written, &fold(cg), family())
                        || r.lex.wade.alike(&text[s..e], cg)))
            {
                edits.push((s..e, cg.clone()));
            }
        }
        return;
    }
    if let Some(edit) = joined_given_edit(r, c, canon) {
        edits.push(edit);
        return;
    }
    // A compound cut into words in another place (`Abd al-Rahman` for `Abdel Rahman`): the
    // whole run of given names is rewritten.
    // (Two single given names are compared word by word below: no keys to collect.)
    let (Some(&g0), Some(&gn)) = (c.given.first(), c.given.last()) else {
        return;
    };
    if c.given.len() >= 2 || canon.given_keys.len() >= 2 {
        let keys: Vec<Cow<str>> = c.given.iter().map(|&g| r.ex.key(g)).collect();
        if !c.given.iter().any(|&g| r.tok(g).initial())
            && r.joined_romanised(&keys, &canon.given_keys)
        {
            edits.push((
                r.tok(g0).range().start..r.tok(gn).range().end,
                canon.given.join(" "),
            ));
            return;
        }
    }
    for &g in &c.given {
        let gt = r.tok(g);
        if gt.initial() {
            continue;
        }
        let gw = r.ex.word(g);
        let gk = r.ex.key(g);
        let pairs = || canon.given.iter().zip(&canon.given_keys);
        let m = pairs()
            .find(|(_, ck)| **ck == *gk)
            .or_else(|| pairs().find(|(_, ck)| r.given_variant(&gk, ck, family())))
            .map(|(cg, _)| cg);
        if let Some(cg) = m {
            if !same_apostrophes(gw, cg, mixed) && !gt.allcaps() {
                edits.push((gt.range(), cg.clone()));
            }
        }
    }
}

/// Whether two runs of given names both write a middle name and the middle names differ
/// (`Mohammed Tahir`, `Muhammad Samir`).
fn middle_apart(a: &[Cow<str>], b: &[String]) -> bool {
    a.len() >= 2 && b.len() >= 2 && a[1..].iter().zip(&b[1..]).any(|(x, y)| x.as_ref() != y)
}

/// Whether two written names are one German name with its umlauts written out on one side
/// (`Schäfer`, `Schaefer`; `Jürgen`, `Juergen`): they fold apart, but alike once each `ä`, `ö`
/// and `ü` is written `ae`, `oe` and `ue`. Only a written umlaut vouches for an `e` more:
/// `Michael` and `Michal` are two names.
fn umlaut_alike(a: &str, b: &str) -> bool {
    let umlaut = |s: &str| s.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']);
    if !umlaut(a) && !umlaut(b) {
        return false;
    }
    let spelt_out = |s: &str| {
        let mut out = String::with_capacity(s.len() + 4);
        for ch in s.chars() {
            match ch {
                'ä' | 'Ä' => out.push_str("ae"),
                'ö' | 'Ö' => out.push_str("oe"),
                'ü' | 'Ü' => out.push_str("ue"),
                _ => out.push(ch),
            }
        }
        fold(&out)
    };
    fold(a) != fold(b) && spelt_out(a) == spelt_out(b)
}

/// Whether two folded names differ only in a first letter that is a voiced and a voiceless
/// consonant of one pair (`pan`, `ban`; `tang`, `dang`; `kay`, `gay`), which Wade-Giles
/// writes alike but which may as well be two names.
fn voicing_only(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    let pair = matches!(
        (x.next(), y.next()),
        (Some('p'), Some('b'))
            | (Some('b'), Some('p'))
            | (Some('t'), Some('d'))
            | (Some('d'), Some('t'))
            | (Some('k'), Some('g'))
            | (Some('g'), Some('k'))
    );
    pair && x.as_str() == y.as_str()
}

/// Whether two written names differ at a vowel one of them writes with a diacritic, other than
/// by the mark itself or an umlaut written out (`Schäfer`, `Schiefer`; `Müller`, `Möller`):
/// whoever wrote the mark knew that vowel, so another vowel there is another name, where
/// `Schäfer`, `Schafer`, `Schaefer` and `Schäffer` are one. The differing stretch is what is
/// left once the longest common start and end of the two folds are set aside.
fn marked_vowel_changed(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() || umlaut_alike(a, b) {
        return false;
    }
    // Each name's folded letters, with whether each comes from a vowel written with a mark.
    let letters = |s: &str| -> Vec<(char, bool)> {
        let mut out = Vec::with_capacity(s.len());
        let mut buf = String::new();
        for ch in s.chars() {
            buf.clear();
            fold_into(ch.encode_utf8(&mut [0; 4]), &mut buf);
            let marked =
                !ch.is_ascii() && matches!(buf.as_str(), "a" | "e" | "i" | "o" | "u" | "y");
            out.extend(buf.chars().map(|l| (l, marked)));
        }
        out
    };
    let (la, lb) = (letters(a), letters(b));
    let n = la.len().min(lb.len());
    let start = la.iter().zip(&lb).take_while(|(x, y)| x.0 == y.0).count();
    let end = la
        .iter()
        .rev()
        .zip(lb.iter().rev())
        .take(n - start)
        .take_while(|(x, y)| x.0 == y.0)
        .count();
    let stretch = |l: &[(char, bool)]| l[start..l.len() - end].iter().any(|x| x.1);
    stretch(&la) || stretch(&lb)
}

/// Two names with the same middle names, written out alike (`Shia` of `Muhammad Shia
/// al-Soudani` and `Mohammed Shia al-Sudani`; initials say too little).
fn same_middle(a: &[Cow<str>], b: &[String]) -> bool {
    a.len() >= 2
        && a.len() == b.len()
        && a[1..].iter().zip(&b[1..]).all(|(x, y)| x == y)
        && a[1..].iter().all(|g| g.chars().count() >= 2)
}
