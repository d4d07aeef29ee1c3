//! Titles in a draft: the title lexicon (`data/titles.toml`, embedded) and every usage of a
//! title with its position next to a name.
//!
//! A usage is a title as written (`Mr.`, `Gov.`, `the Health Secretary`, `mayor of Lakeshore`)
//! with its case, its abbreviation and full points, and where it stands: directly before a
//! name, set off by commas before a name, after a name, or alone. The title rules judge these
//! usages; this module only finds them, in one pass over the words of the draft.

use crate::document::{BlockKind, Document};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../data/titles.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    social: Vec<String>,
    academic: Vec<String>,
    honours: Vec<String>,
    pointable: Vec<String>,
    proper: Vec<String>,
    occupations: Vec<String>,
    offices_too: Vec<String>,
    not_names: Vec<String>,
    surname_particles: Vec<String>,
    formal: Vec<RawFormal>,
    compound: RawCompound,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFormal {
    title: String,
    #[serde(default)]
    abbr: Option<String>,
    #[serde(default)]
    political: bool,
    #[serde(default)]
    ministerial: bool,
    #[serde(default)]
    alone: bool,
    #[serde(default)]
    noun: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompound {
    heads: Vec<String>,
    portfolios: Vec<String>,
    prefixes: Vec<String>,
}

/// What kind of title a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// `Mr`, `Mrs`, `Ms`, `Miss`, `Messrs`.
    Social,
    /// `Dr`/`Doctor`, `Prof`/`Professor`.
    Academic,
    /// `Sir`, `Dame`, `Lord`, `Lady`.
    Honour,
    /// `St` (saint), checked only for its full point.
    Saint,
    /// Formal titles: `President`, `Gov.`, `Foreign Secretary`, `Gen.`, ...
    Formal,
    /// Occupational descriptions (`astronaut`, `coach`): never titles.
    Occupation,
}

/// One entry of the lexicon.
#[derive(Debug, Clone)]
pub struct TitleDef {
    /// The spelled-out form with capitals (`Governor`, `Foreign Secretary`, `Mr`).
    pub title: String,
    /// The abbreviation used before names (`Gov.`), if any.
    pub abbr: Option<String>,
    /// What kind of title it is.
    pub kind: TitleKind,
    /// A political job title.
    pub political: bool,
    /// A minister or secretary (The Economist will not use these as prefixes).
    pub ministerial: bool,
    /// A capitalised use standing alone is checked.
    pub alone: bool,
    /// A rank that is a common noun in lower case (`England captain`, `director general`).
    pub noun: bool,
}

#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    def: usize,
    abbreviated: bool,
}

/// The title lexicon, built once from `data/titles.toml`.
#[derive(Debug)]
pub struct Lexicon {
    /// Every entry; usages refer to them by index.
    pub defs: Vec<TitleDef>,
    phrases: HashMap<String, Vec<Phrase>>,
    pointable: HashSet<String>,
    prefixes: HashSet<String>,
    proper: HashSet<String>,
    offices_too: HashSet<String>,
    not_names: HashSet<String>,
    particles: HashSet<String>,
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

impl Lexicon {
    fn build(raw: RawLexicon) -> Lexicon {
        let mut lex = Lexicon {
            defs: Vec::new(),
            phrases: HashMap::new(),
            pointable: raw.pointable.iter().map(|s| s.to_lowercase()).collect(),
            prefixes: raw
                .compound
                .prefixes
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            proper: raw.proper.iter().map(|s| s.to_lowercase()).collect(),
            offices_too: raw.offices_too.iter().map(|s| s.to_lowercase()).collect(),
            not_names: raw.not_names.into_iter().collect(),
            particles: raw
                .surname_particles
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
        };
        let academic: HashSet<String> = raw.academic.iter().map(|s| s.to_lowercase()).collect();
        for f in &raw.formal {
            let abbr_key = f
                .abbr
                .as_deref()
                .map(|a| a.trim_end_matches('.').to_lowercase());
            let kind = if abbr_key.as_ref().is_some_and(|k| academic.contains(k)) {
                TitleKind::Academic
            } else {
                TitleKind::Formal
            };
            let def = lex.push_def(TitleDef {
                title: f.title.clone(),
                abbr: f.abbr.clone(),
                kind,
                political: f.political,
                ministerial: f.ministerial,
                alone: f.alone,
                noun: f.noun,
            });
            lex.add_phrase(words_of(&f.title), def, false);
            if let Some(a) = &f.abbr {
                lex.add_phrase(words_of(a), def, true);
            }
        }
        for (list, kind) in [
            (&raw.social, TitleKind::Social),
            (&raw.academic, TitleKind::Academic),
            (&raw.honours, TitleKind::Honour),
        ] {
            for w in list {
                let key = w.to_lowercase();
                if lex.phrases.contains_key(&key) {
                    continue; // Dr and Prof are already the abbreviations of Doctor and Professor
                }
                let def = lex.push_def(TitleDef {
                    title: w.clone(),
                    abbr: None,
                    kind,
                    political: false,
                    ministerial: false,
                    alone: false,
                    noun: false,
                });
                let abbreviated = lex.pointable.contains(&key);
                lex.add_phrase(vec![key], def, abbreviated);
            }
        }
        let saint = lex.push_def(TitleDef {
            title: "St".into(),
            abbr: None,
            kind: TitleKind::Saint,
            political: false,
            ministerial: false,
            alone: false,
            noun: false,
        });
        lex.add_phrase(vec!["st".into()], saint, true);
        for head in &raw.compound.heads {
            for p in &raw.compound.portfolios {
                for (title, words) in [
                    (format!("{p} {head}"), words_of(&format!("{p} {head}"))),
                    (
                        format!("{head} for {p}"),
                        words_of(&format!("{head} for {p}")),
                    ),
                    (
                        format!("{head} of {p}"),
                        words_of(&format!("{head} of {p}")),
                    ),
                ] {
                    if lex.has_phrase(&words) {
                        continue;
                    }
                    let def = lex.push_def(TitleDef {
                        title,
                        abbr: None,
                        kind: TitleKind::Formal,
                        political: true,
                        ministerial: true,
                        alone: true,
                        noun: false,
                    });
                    lex.add_phrase(words, def, false);
                }
            }
        }
        for o in &raw.occupations {
            let def = lex.push_def(TitleDef {
                title: o.clone(),
                abbr: None,
                kind: TitleKind::Occupation,
                political: false,
                ministerial: false,
                alone: false,
                noun: false,
            });
            let words = words_of(o);
            if !lex.has_phrase(&words) {
                lex.add_phrase(words, def, false);
            }
        }
        // Longest phrases first, so `Prime Minister` wins over `Minister`.
        for list in lex.phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        lex
    }

    fn push_def(&mut self, def: TitleDef) -> usize {
        self.defs.push(def);
        self.defs.len() - 1
    }

    fn has_phrase(&self, words: &[String]) -> bool {
        words.first().is_some_and(|w| {
            self.phrases
                .get(w)
                .is_some_and(|l| l.iter().any(|p| p.words == words))
        })
    }

    fn add_phrase(&mut self, words: Vec<String>, def: usize, abbreviated: bool) {
        if words.is_empty() || self.has_phrase(&words) {
            return;
        }
        self.phrases
            .entry(words[0].clone())
            .or_default()
            .push(Phrase {
                words,
                def,
                abbreviated,
            });
    }

    /// Whether one word, with or without its full point, is a title of the lexicon (`Dr.`,
    /// `Senator`, `Gen`): the test every face uses before a name.
    pub fn is_title_word(&self, word: &str) -> bool {
        let w = words_of(word);
        w.len() == 1 && self.has_phrase(&w)
    }

    /// Looks an entry up by its spelled-out title (`Governor`), case-insensitively.
    pub fn def_by_title(&self, title: &str) -> Option<usize> {
        self.defs
            .iter()
            .position(|d| d.kind != TitleKind::Occupation && d.title.eq_ignore_ascii_case(title))
    }

    /// Whether an occupation is also an office when capitalised (`Leader of the Commons`).
    pub fn is_office_too(&self, occupation: &str) -> bool {
        self.offices_too.contains(&occupation.to_lowercase())
    }

    /// Whether a word stays capitalised when a title is lowercased (`European`).
    pub fn is_proper(&self, word: &str) -> bool {
        self.proper.contains(&word.to_lowercase())
    }
}

/// The built-in lexicon.
pub fn lexicon() -> &'static Lexicon {
    static CELL: OnceLock<Lexicon> = OnceLock::new();
    CELL.get_or_init(|| {
        let raw: RawLexicon = toml::from_str(SOURCE)
            .unwrap_or_else(|e| panic!("built-in title lexicon is invalid: {e}"));
        Lexicon::build(raw)
    })
}

/// Where a title stands relative to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Directly before a name: `President Ann Lee`, `Mr Lee`.
    Before,
    /// Set off by commas before a name: `The city's mayor, Ann Lee, said`.
    CommaBefore,
    /// After a name: `Ann Lee, mayor of Riverton,`.
    After,
    /// Standing alone: `the mayor said`.
    Alone,
}

/// The case a title is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Every word capitalised: `Foreign Secretary`.
    Upper,
    /// Every word lower case: `foreign secretary`.
    Lower,
    /// Some of each: `Foreign secretary`.
    Mixed,
    /// Cannot tell (sentence start, all capitals).
    Unknown,
}

/// What stands directly before a title and changes how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// Nothing that matters: `said Governor Ann Lee`, `the mayor`.
    None,
    /// A nationality or country: `French president`, `US President`.
    Nationality,
    /// Another proper noun (an organisation, a party, a place): `Bank of England governor`,
    /// `Labour mayor`, `Ukraine's president`: a description more than a title.
    Proper,
    /// A past holder: `former foreign secretary`, `ex-minister`.
    Former,
    /// An opposition post: `shadow chancellor` (not an office of state).
    Shadow,
}

/// Whether a name is a full name or a surname alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameShape {
    /// Given name(s) and surname: `Ann Lee`, `Kim Jong-un`.
    Full,
    /// One name: `Lee`, `Ben Khalifa`.
    Surname,
}

/// One title as written in the draft.
#[derive(Debug, Clone)]
pub struct TitleUsage {
    /// Index of the entry in [`Lexicon::defs`].
    pub def: usize,
    /// The title's words as written, prefix (`Deputy`) and full points included,
    /// possessive `'s` excluded.
    pub range: Range<usize>,
    /// Written as the abbreviation (`Gov.`, `Mr`, `Dr`).
    pub abbreviated: bool,
    /// An abbreviation written with full points (`Mr.`, `Lt. Gov.`).
    pub point: bool,
    /// The case of its words.
    pub case: Case,
    /// Where it stands.
    pub position: Position,
    /// The name it goes with, when before or beside one.
    pub name: Option<Range<usize>>,
    /// Full name or surname alone.
    pub shape: Option<NameShape>,
    /// Index of its block.
    pub block: usize,
    /// Preceded by `the`, `a` or a possessive (`the mayor`, `Saxony's economy minister`).
    pub determiner: bool,
    /// Followed by a capitalised word that is not a name: part of a proper noun
    /// (`Prime Minister's Questions`, `Justice Department`).
    pub continued: bool,
    /// Its block is a heading.
    pub in_heading: bool,
    /// It opens a sentence (so its first capital says nothing about style).
    pub sentence_start: bool,
    /// What stands directly before it.
    pub qualifier: Qualifier,
    /// Introduced by a plain `the` (`the interior minister`, `the US president`).
    pub plain_the: bool,
    /// Its name's last word appears nowhere earlier in the draft: the person's first mention.
    pub first_mention: bool,
}

impl TitleUsage {
    /// The lexicon entry.
    pub fn def(&self) -> &'static TitleDef {
        &lexicon().defs[self.def]
    }
}

#[derive(Debug, Clone)]
struct Tok {
    range: Range<usize>,
    /// The word without a possessive ending (same as `range` for punctuation).
    key_end: usize,
    word: bool,
    space_before: bool,
    sentence_first: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

fn tokenize(prose: &str, range: Range<usize>, sentence_starts: &[usize]) -> Vec<Tok> {
    let s = &prose[range.clone()];
    let mut toks: Vec<Tok> = Vec::new();
    let mut chars = s.char_indices().peekable();
    let mut space = true;
    let mut next_start = 0usize;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let abs = range.start + i;
        while next_start < sentence_starts.len() && sentence_starts[next_start] < abs {
            next_start += 1;
        }
        let mut first = next_start < sentence_starts.len() && sentence_starts[next_start] == abs;
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_joiner(d) {
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(|a| a.is_alphanumeric()) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let text = &s[i..end];
            let key_len = ["'s", "’s"]
                .iter()
                .find(|p| text.len() > p.len() && text.ends_with(*p))
                .map(|p| text.len() - p.len())
                .unwrap_or(text.len());
            // A word after opening punctuation at a sentence start is the sentence's first word.
            if !first {
                first = toks.last().is_some_and(|t| t.sentence_first && !t.word);
            }
            toks.push(Tok {
                range: range.start + i..range.start + end,
                key_end: range.start + i + key_len,
                word: true,
                space_before: space,
                sentence_first: first,
            });
        } else {
            if !first {
                first = toks.last().is_some_and(|t| t.sentence_first && !t.word)
                    && matches!(
                        c,
                        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '-'
                    );
            }
            toks.push(Tok {
                range: abs..abs + c.len_utf8(),
                key_end: abs + c.len_utf8(),
                word: false,
                space_before: space,
                sentence_first: first,
            });
        }
        space = false;
    }
    toks
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
];
const MODIFIERS: &[&str] = &[
    "former",
    "then",
    "current",
    "new",
    "outgoing",
    "incoming",
    "longtime",
    "long-time",
    "late",
    "interim",
    "newly",
    "appointed",
    "elected",
    "serving",
    "sitting",
    "previous",
    "future",
    "first",
    "senior",
    "top",
    "country's",
    "nation's",
];
const ADVERBS: &[&str] = &[
    "However",
    "Meanwhile",
    "Separately",
    "Instead",
    "Still",
    "Yet",
    "Also",
    "Earlier",
    "Later",
    "Last",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Then",
    "Indeed",
    "Moreover",
    "Nevertheless",
    "Similarly",
    "Finally",
    "Previously",
    "Currently",
    "Initially",
    "Overall",
    "Elsewhere",
    "Here",
    "There",
    "So",
    "Thus",
    "Again",
    "Recently",
    "Afterwards",
    "Tonight",
];

fn first_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn first_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

fn all_caps(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters > 1 && s.chars().all(|c| !c.is_lowercase())
}

fn is_possessive(s: &str) -> bool {
    s.ends_with("'s") || s.ends_with("’s") || s.ends_with("s'") || s.ends_with("s’")
}

/// Capitalised words before a title that do not describe it (days, months, conjunctions).
const NOT_QUALIFIERS: &[&str] = &[
    "But",
    "And",
    "Or",
    "Although",
    "Though",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Until",
    "Under",
    "Because",
    "Despite",
    "On",
    "In",
    "At",
    "By",
    "For",
    "With",
    "From",
    "To",
    "As",
    "If",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "I",
    "We",
    "He",
    "She",
    "They",
];

/// Words that end a title's description when walking back from it.
const LINKS: &[&str] = &[
    "of", "on", "to", "for", "by", "with", "from", "in", "at", "under", "and", "or", "but", "as",
    "said", "says", "told", "than", "that", "who", "which", "when", "while", "after", "before",
    "about", "into", "over", "against", "between", "without", "within", "like", "via", "is", "was",
    "are", "were", "be", "been", "has", "have", "had",
];

/// Country words that do not end like adjectives.
const NATIONS: &[&str] = &[
    "US", "U.S", "UK", "EU", "UN", "U.N", "Thai", "Greek", "Swiss", "Dutch", "French", "Czech",
    "Irish", "Welsh", "Scottish", "British", "English", "Danish", "Polish", "Turkish", "Finnish",
    "Swedish", "Spanish", "Kurdish", "Flemish", "Scots",
];

const FUNCTION_WORDS: &[&str] = &["of", "for", "the", "and"];

struct Scanner<'a> {
    lex: &'static Lexicon,
    text: &'a str,
    toks: Vec<Tok>,
}

struct Match {
    def: usize,
    start: usize,
    end: usize,
    abbreviated: bool,
    points: usize,
}

impl Scanner<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].range.clone()]
    }

    fn key(&self, i: usize) -> String {
        let t = &self.toks[i];
        self.text[t.range.start..t.key_end].to_lowercase()
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    fn is_punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word) && &self.text[self.toks[i].range.clone()] == c
    }

    /// The longest lexicon phrase starting at word `i`.
    fn match_phrase(&self, i: usize) -> Option<Match> {
        let candidates = self.lex.phrases.get(&self.key(i))?;
        'cand: for p in candidates {
            let mut k = i;
            let mut points = 0;
            for (n, w) in p.words.iter().enumerate() {
                if !self.is_word(k) || (n > 0 && !self.toks[k].space_before) {
                    continue 'cand;
                }
                if self.key(k) != *w {
                    continue 'cand;
                }
                // Only the last word may carry a possessive.
                if n + 1 < p.words.len() && self.toks[k].key_end != self.toks[k].range.end {
                    continue 'cand;
                }
                if p.abbreviated && !first_upper(self.word(k)) {
                    continue 'cand; // `rep`, `gen`, `dr` in lower case are not titles
                }
                k += 1;
                if p.abbreviated && self.is_punct(k, ".") && !self.toks[k].space_before {
                    points += 1;
                    k += 1;
                }
            }
            return Some(Match {
                def: p.def,
                start: i,
                end: k,
                abbreviated: p.abbreviated,
                points,
            });
        }
        None
    }

    /// A title at word `i`, with a prefix such as `Deputy` when one stands there.
    fn match_title(&self, i: usize) -> Option<Match> {
        let direct = self.match_phrase(i);
        if direct.is_some() {
            return direct;
        }
        if self.lex.prefixes.contains(&self.key(i))
            && self.is_word(i + 1)
            && self.toks[i + 1].space_before
        {
            let inner = self.match_title(i + 1)?;
            if self.lex.defs[inner.def].kind == TitleKind::Formal {
                return Some(Match { start: i, ..inner });
            }
        }
        None
    }

    /// A name starting at token `j`: its byte range, shape and the token after it.
    fn name_at(
        &self,
        j: usize,
        abbreviated_without_point: bool,
        after_courtesy: bool,
    ) -> Option<(Range<usize>, NameShape, usize)> {
        if !self.is_word(j) || !self.toks[j].space_before {
            return None;
        }
        let w = self.word(j);
        if !first_upper(w)
            || self.lex.not_names.contains(w)
            || self
                .lex
                .not_names
                .contains(&self.text[self.toks[j].range.start..self.toks[j].key_end])
        {
            return None;
        }
        // After `Mr` any capitalised word is a name (`Ms King`, `Mr Major`); after a formal
        // title, a longer title is not (`Home Secretary Prime Minister` is two titles).
        if let Some(m) = self.match_phrase(j) {
            let d = &self.lex.defs[m.def];
            let single = m.end == j + 1;
            if !(after_courtesy
                || d.kind == TitleKind::Honour
                || (single && d.kind == TitleKind::Formal))
            {
                return None;
            }
        }
        if abbreviated_without_point && w.chars().count() < 2 {
            return None; // `Gen Z`
        }
        // `Mr Ben Khalifa` is a surname; `Governor Ben Ode` a given name and a surname: after a
        // formal title the name is most often a full one.
        let first_particle = after_courtesy && self.lex.particles.contains(&w.to_lowercase());
        let mut k = j;
        let mut counted = 0;
        let mut end = self.toks[j].range.end;
        while k < self.toks.len() && k < j + 8 {
            let t = &self.toks[k];
            if !t.word || (k > j && !t.space_before) {
                break;
            }
            let w = self.word(k);
            let lower_particle = first_lower(w)
                && (self.lex.particles.contains(w)
                    || w.starts_with("al-")
                    || w.starts_with("el-")
                    || w.starts_with("bin"));
            if k > j && !(first_upper(w) || lower_particle) {
                break;
            }
            if k > j
                && self
                    .lex
                    .not_names
                    .contains(&self.text[t.range.start..t.key_end])
            {
                break;
            }
            let suffix = matches!(w, "Jr" | "Sr" | "II" | "III" | "IV");
            let particle = after_courtesy && self.lex.particles.contains(&w.to_lowercase());
            if !lower_particle && !suffix && !particle {
                counted += 1;
            }
            end = t.key_end;
            k += 1;
            // An initial with its point: `George W. Bush`.
            if w.chars().count() == 1 && self.is_punct(k, ".") && !self.toks[k].space_before {
                end = self.toks[k].range.end;
                k += 1;
            }
            if t.key_end != t.range.end {
                break; // a possessive ends the name
            }
        }
        let shape = if counted >= 2 && !first_particle {
            NameShape::Full
        } else {
            NameShape::Surname
        };
        Some((self.toks[j].range.start..end, shape, k))
    }

    /// Whether word `k` reads as the end of a name (before a comma).
    fn name_like(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let w = self.word(k);
        let key = &self.text[self.toks[k].range.start..self.toks[k].key_end];
        first_upper(w)
            && !all_caps(w)
            && !self.lex.not_names.contains(key)
            && !ADVERBS.contains(&key)
            && self.match_phrase(k).is_none()
    }

    /// What stands before the title at token `i`: (a determiner or possessive, after a name).
    fn before(&self, i: usize) -> (bool, bool) {
        let mut determiner = false;
        let mut loose = false;
        let mut k = i;
        // A description is a few words long; the bound keeps the scan linear on any input.
        while k > 0 && i - k < 10 {
            k -= 1;
            let t = &self.toks[k];
            if !t.word {
                let c = &self.text[t.range.clone()];
                let after_name = c == "," && !loose && k > 0 && self.name_like(k - 1);
                return (determiner, after_name);
            }
            let w = self.word(k);
            let lower = w.to_lowercase();
            if DETERMINERS.contains(&lower.as_str()) || is_possessive(w) {
                determiner = true;
            } else if MODIFIERS.contains(&lower.as_str())
                || lower.starts_with("then-")
                || lower.starts_with("ex-")
                || w.starts_with(|c: char| c.is_ascii_digit())
                || (first_upper(w) && !t.sentence_first)
            {
                // `former`, `then-`, `40th`, `US`, `German`: part of the description
            } else if !LINKS.contains(&lower.as_str()) && !determiner {
                // `the county transit director`: still the title's noun phrase, but no longer
                // a plain apposition to a name before a comma.
                loose = true;
            } else {
                return (determiner, false);
            }
            if t.sentence_first {
                return (determiner, false);
            }
        }
        (determiner, false)
    }

    fn is_the(&self, k: usize) -> bool {
        self.is_word(k) && matches!(self.word(k), "the" | "The")
    }

    fn is_nationality(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let t = &self.toks[k];
        if t.key_end != t.range.end {
            return false; // `Ukraine's` is a possessive, not an adjective
        }
        let w = self.word(k);
        if NATIONS.contains(&w) {
            return true;
        }
        first_upper(w)
            && w.chars().count() > 3
            && !all_caps(w)
            && ["an", "ese", "ish", "ch", "ic", "i", "ine"]
                .iter()
                .any(|e| w.ends_with(e))
    }

    /// What stands directly before the title at token `start`.
    fn qualifier(&self, start: usize) -> Qualifier {
        let key = self.key(start);
        if key == "shadow" {
            return Qualifier::Shadow;
        }
        let mut nearest = Qualifier::None;
        let mut k = start;
        for n in 0..4 {
            if k == 0 || !self.is_word(k - 1) || !self.toks[k].space_before {
                break;
            }
            k -= 1;
            let lower = self.word(k).to_lowercase();
            if matches!(
                lower.as_str(),
                "former" | "ex" | "late" | "then" | "onetime" | "erstwhile"
            ) || lower.starts_with("ex-")
                || lower.starts_with("then-")
                || lower.starts_with("former-")
            {
                return Qualifier::Former;
            }
            if lower == "shadow" {
                return Qualifier::Shadow;
            }
            if DETERMINERS.contains(&lower.as_str()) || LINKS.contains(&lower.as_str()) {
                break; // `adviser to president Trump`: what lies beyond does not qualify the title
            }
            let w = self.word(k);
            let t = &self.toks[k];
            let key = &self.text[t.range.start..t.key_end];
            if n == 0 && first_upper(w) {
                nearest = if self.is_nationality(k) {
                    Qualifier::Nationality
                } else if (t.key_end != t.range.end && !all_caps(key))
                    || t.sentence_first
                    || NOT_QUALIFIERS.contains(&key)
                    || ADVERBS.contains(&key)
                {
                    // `Brazil's president`, `But president`, `On Wednesday prime minister`: a
                    // country's possessive or a sentence's first word does not make a description
                    // (an organisation's does: `the MMF's general secretary`).
                    Qualifier::None
                } else {
                    Qualifier::Proper
                };
            }
        }
        nearest
    }

    /// Whether the title at `start` follows a plain `the` (or `the` and a nationality).
    fn plain_the(&self, start: usize) -> bool {
        start > 0
            && (self.is_the(start - 1)
                || (start > 1 && self.is_nationality(start - 1) && self.is_the(start - 2)))
    }

    fn case_of(&self, m: &Match) -> Case {
        let mut upper = 0;
        let mut lower = 0;
        for k in m.start..m.end {
            let t = &self.toks[k];
            if !t.word || (t.sentence_first && k == m.start) {
                continue;
            }
            let w = self.word(k);
            if FUNCTION_WORDS.contains(&w) || all_caps(w) && w.chars().count() > 2 {
                continue;
            }
            if first_upper(w) {
                upper += 1;
            } else if first_lower(w) {
                lower += 1;
            }
        }
        match (upper, lower) {
            (0, 0) => Case::Unknown,
            (_, 0) => Case::Upper,
            (0, _) => Case::Lower,
            _ => Case::Mixed,
        }
    }
}

/// Finds every title usage in a draft (headings and quotations included; the rules decide).
pub fn find(doc: &Document) -> Vec<TitleUsage> {
    let lex = lexicon();
    let mut out = Vec::new();
    // Capitalised words seen so far, to tell a first mention (`Mr Lindqvist` before any
    // `Lars Lindqvist`) from a later one.
    let mut seen: HashSet<&str> = HashSet::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let starts: Vec<usize> = block.sentences.iter().map(|s| s.start).collect();
        let sc = Scanner {
            lex,
            text: &doc.prose,
            toks: tokenize(&doc.prose, block.range.clone(), &starts),
        };
        let mut seen_upto = 0;
        let mut i = 0;
        while i < sc.toks.len() {
            if !sc.toks[i].word {
                i += 1;
                continue;
            }
            let Some(m) = sc.match_title(i) else {
                i += 1;
                continue;
            };
            let def = &lex.defs[m.def];
            if def.kind == TitleKind::Occupation && first_lower(sc.word(m.start)) {
                i = m.end; // lower case is right for an occupation in every style
                continue;
            }
            // A rank in lower case is a common noun: `England captain`, `director general`.
            if def.noun && first_lower(sc.word(m.start)) {
                i = m.end;
                continue;
            }
            if let Some(mut u) = usage(&sc, &m, bi, block.kind == BlockKind::Heading) {
                see(&mut seen, &doc.prose, &sc.toks, &mut seen_upto, m.start);
                u.first_mention = u.name.as_ref().is_some_and(|r| {
                    let name = &doc.prose[r.clone()];
                    let last = name.rsplit(' ').next().unwrap_or(name);
                    !seen.contains(last)
                });
                out.push(u);
            }
            i = m.end.max(i + 1);
        }
        see(
            &mut seen,
            &doc.prose,
            &sc.toks,
            &mut seen_upto,
            sc.toks.len(),
        );
    }
    out
}

/// Records the words of `toks[*from..upto]` as seen.
fn see<'a>(
    seen: &mut HashSet<&'a str>,
    prose: &'a str,
    toks: &[Tok],
    from: &mut usize,
    upto: usize,
) {
    for t in &toks[(*from).min(upto)..upto] {
        if t.word {
            seen.insert(&prose[t.range.start..t.key_end]);
        }
    }
    *from = (*from).max(upto);
}

fn usage(sc: &Scanner, m: &Match, block: usize, in_heading: bool) -> Option<TitleUsage> {
    let def = &sc.lex.defs[m.def];
    let last = &sc.toks[m.end - 1];
    let possessive = last.word && last.key_end != last.range.end;
    let range_end = if last.word {
        last.key_end
    } else {
        last.range.end
    };
    let range = sc.toks[m.start].range.start..range_end;
    let without_point = m.abbreviated && m.points == 0;
    let mut name = None;
    let mut shape = None;
    let mut position = Position::Alone;
    let mut continued = false;
    let (determiner, after_name) = sc.before(m.start);
    if !possessive {
        // A place after the title belongs to it: `Mayor of Lakeshore`, `Governor of Texas`.
        let mut j = m.end;
        if def.kind == TitleKind::Formal
            && sc.is_word(j)
            && matches!(sc.word(j), "of" | "for")
            && sc.is_word(j + 1)
        {
            let mut k = j + 1;
            if sc.word(k) == "the" {
                k += 1;
            }
            let mut any = false;
            while sc.is_word(k) && first_upper(sc.word(k)) && sc.toks[k].space_before {
                any = true;
                let t = &sc.toks[k];
                k += 1;
                if t.key_end != t.range.end {
                    break;
                }
            }
            if any {
                j = k;
            }
        }
        if j == m.end {
            let courtesy = matches!(def.kind, TitleKind::Social | TitleKind::Academic);
            if let Some((r, s, _)) = sc.name_at(j, without_point, courtesy) {
                name = Some(r);
                shape = Some(s);
                position = Position::Before;
            }
        }
        if position == Position::Alone && sc.is_punct(j, ",") && determiner && !after_name {
            if let Some((r, s, _)) = sc.name_at(j + 1, false, false) {
                name = Some(r);
                shape = Some(s);
                position = Position::CommaBefore;
            }
        }
        if position == Position::Alone
            && sc.is_word(j)
            && sc.toks[j].space_before
            && first_upper(sc.word(j))
        {
            continued = true;
        }
    } else if sc.is_word(m.end) && first_upper(sc.word(m.end)) {
        continued = true; // `Prime Minister's Questions`
    }
    // `Mr Justice Eady` is a judge's title, not a courtesy title.
    if def.kind == TitleKind::Social && sc.is_word(m.end) && sc.word(m.end) == "Justice" {
        return None;
    }
    if position == Position::Alone && after_name {
        position = Position::After;
    }
    // Courtesy titles and saints only count before a name (`Dr` in an address, `St` for street).
    if matches!(
        def.kind,
        TitleKind::Social | TitleKind::Saint | TitleKind::Honour
    ) && position != Position::Before
    {
        return None;
    }
    // An abbreviation is a title only before a name (`Hun Sen`, `Gen Z` are not).
    if m.abbreviated && position != Position::Before {
        return None;
    }
    if def.kind == TitleKind::Saint {
        // `Downing St. The` is a street; a saint follows a lowercase word or starts the sentence.
        let prev_upper = m.start > 0
            && sc.is_word(m.start - 1)
            && first_upper(sc.word(m.start - 1))
            && !sc.toks[m.start - 1].sentence_first;
        if prev_upper {
            return None;
        }
    }
    Some(TitleUsage {
        def: m.def,
        range,
        abbreviated: m.abbreviated,
        point: m.abbreviated && m.points > 0,
        case: sc.case_of(m),
        position,
        name,
        shape,
        block,
        determiner,
        continued,
        in_heading,
        sentence_start: sc.toks[m.start].sentence_first,
        qualifier: sc.qualifier(m.start),
        plain_the: sc.plain_the(m.start),
        first_mention: false,
    })
}

/// Re-cases a title as written: `upper` capitalises every word (`Foreign Secretary`), else
/// lowercases all but proper words (`European affairs minister`).
pub fn recase(title: &str, upper: bool) -> String {
    let lex = lexicon();
    let mut out = String::with_capacity(title.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        if FUNCTION_WORDS.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else if upper {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else if lex.is_proper(word) || all_caps(word) {
            out.push_str(word);
        } else {
            out.push_str(&lower);
        }
        word.clear();
    };
    for c in title.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocKind;

    fn usages(text: &str) -> Vec<(String, Position, Option<NameShape>, Case)> {
        let doc = Document::parse(text, DocKind::PlainText);
        find(&doc)
            .into_iter()
            .map(|u| {
                (
                    text[u.range.clone()].to_string(),
                    u.position,
                    u.shape,
                    u.case,
                )
            })
            .collect()
    }

    #[test]
    fn lexicon_loads() {
        let lex = lexicon();
        assert!(lex.def_by_title("Governor").is_some());
        assert!(lex.def_by_title("Minister for Unification").is_some());
    }

    #[test]
    fn positions() {
        let u = usages("It was a long day. The city's mayor, Ann Lee, said Gov. Bo Park and Mr. Lee met Tom Ray, the council's president, and the health secretary.");
        assert_eq!(
            u,
            vec![
                (
                    "mayor".into(),
                    Position::CommaBefore,
                    Some(NameShape::Full),
                    Case::Lower
                ),
                (
                    "Gov.".into(),
                    Position::Before,
                    Some(NameShape::Full),
                    Case::Upper
                ),
                (
                    "Mr.".into(),
                    Position::Before,
                    Some(NameShape::Surname),
                    Case::Upper
                ),
                ("president".into(), Position::After, None, Case::Lower),
                (
                    "health secretary".into(),
                    Position::Alone,
                    None,
                    Case::Lower
                ),
            ]
        );
    }

    #[test]
    fn occupations_and_particles() {
        let u = usages("Later press secretary Jo Bloggs and coach Erik Holm met Mr Ben Khalifa and Deputy Prime Minister Ed Vane.");
        assert_eq!(
            u,
            vec![
                (
                    "Mr".into(),
                    Position::Before,
                    Some(NameShape::Surname),
                    Case::Upper
                ),
                (
                    "Deputy Prime Minister".into(),
                    Position::Before,
                    Some(NameShape::Full),
                    Case::Upper
                ),
            ]
        );
    }

    #[test]
    fn recasing() {
        assert_eq!(
            recase("Minister for Unification", false),
            "minister for unification"
        );
        assert_eq!(
            recase("european affairs minister", true),
            "European Affairs Minister"
        );
        assert_eq!(
            recase("European Affairs Minister", false),
            "European affairs minister"
        );
    }
}
