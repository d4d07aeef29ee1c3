//! The title lexicon: `data/titles.toml`, embedded, built once into phrase tables.

use super::tokens::{fold_hash, lower};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../data/titles.toml");
// One-word countries, regions and cities, and nationalities: the people's lists, read here too.
const PLACES: &str = include_str!("../../data/names/places.txt");
const DEMONYMS: &str = include_str!("../../data/names/demonyms.txt");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLexicon {
    pub(super) social: Vec<String>,
    pub(super) plural: Vec<String>,
    pub(super) academic: Vec<String>,
    pub(super) honours: Vec<String>,
    pub(super) other_courtesy: Vec<String>,
    pub(super) masculine: Vec<String>,
    pub(super) feminine: Vec<String>,
    pub(super) pointable: Vec<String>,
    pub(super) proper: Vec<String>,
    pub(super) occupations: Vec<String>,
    pub(super) offices_too: Vec<String>,
    #[serde(default)]
    pub(super) short_only_with_full_name: Vec<String>,
    #[serde(default)]
    formal_before_name: Vec<String>,
    pub(super) not_names: Vec<String>,
    #[serde(default)]
    complement_links: Vec<String>,
    #[serde(default)]
    object_links: Vec<String>,
    #[serde(default)]
    counting: Vec<String>,
    #[serde(default)]
    nationality_endings: Vec<String>,
    #[serde(default)]
    describing: Vec<String>,
    pub(super) surname_particles: Vec<String>,
    pub(super) countries: Vec<String>,
    pub(super) after_names: Vec<String>,
    pub(super) title_words: Vec<String>,
    pub(super) abbreviations: RawAbbreviations,
    pub(super) formal: Vec<RawFormal>,
    pub(super) compound: RawCompound,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAbbreviations {
    pub(super) in_names: Vec<String>,
    pub(super) other: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFormal {
    pub(super) title: String,
    #[serde(default)]
    pub(super) abbr: Option<String>,
    #[serde(default)]
    pub(super) political: bool,
    #[serde(default)]
    pub(super) ministerial: bool,
    #[serde(default)]
    pub(super) alone: bool,
    #[serde(default)]
    pub(super) noun: bool,
    #[serde(default)]
    pub(super) rank: Option<Rank>,
    #[serde(default)]
    pub(super) points: Option<PointKind>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCompound {
    pub(super) heads: Vec<String>,
    pub(super) portfolios: Vec<String>,
    pub(super) described: Vec<String>,
    pub(super) prefixes: Vec<String>,
    pub(super) modifiers: Vec<String>,
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

/// The rank of a formal title: only titles of one rank are compared with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rank {
    /// Heads of state and government and party leaders: president, prime minister, king.
    Head,
    /// Ministers and secretaries with a portfolio: foreign minister, health secretary.
    Minister,
    /// Every other office: governor, mayor, judge, general, ambassador.
    Office,
}

/// The family of an abbreviated title whose full points a draft keeps one habit for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PointKind {
    /// Courtesy and academic titles: `Mr`, `Mrs`, `Ms`, `Dr`, `Prof`.
    Courtesy,
    /// Clerical and military ranks: `Rev`, `Gen`, `Col`, `Sgt`.
    Rank,
    /// Civil titles: `Gov`, `Sen`, `Rep`, `Supt`.
    Civil,
    /// `St` (saint).
    Saint,
}

impl PointKind {
    /// How a message names the family.
    pub fn describe(self) -> &'static str {
        match self {
            PointKind::Courtesy => "courtesy titles",
            PointKind::Rank => "clerical and military ranks",
            PointKind::Civil => "abbreviated civil titles",
            PointKind::Saint => "abbreviations of Saint",
        }
    }
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
    /// The rank it is compared within (formal titles).
    pub rank: Rank,
    /// The family its abbreviation's full points are learnt with.
    pub points: PointKind,
    /// The head word of a title with a portfolio (`Minister` in `Foreign Minister` and
    /// `Minister for Unification`; `Secretary` alone), which a profile may judge by.
    pub head: Option<String>,
    /// A courtesy title for two or more people (`Messrs`).
    pub plural: bool,
}

impl TitleDef {
    fn plain(title: &str, kind: TitleKind) -> TitleDef {
        TitleDef {
            title: title.to_string(),
            abbr: None,
            kind,
            political: false,
            ministerial: false,
            alone: false,
            noun: false,
            rank: Rank::Office,
            points: match kind {
                TitleKind::Saint => PointKind::Saint,
                TitleKind::Formal => PointKind::Civil,
                _ => PointKind::Courtesy,
            },
            head: None,
            plural: false,
        }
    }
}

#[derive(Debug)]
pub(super) struct Phrase {
    pub(super) words: Vec<String>,
    pub(super) def: usize,
    pub(super) abbreviated: bool,
}

/// What a word is to the people of the story when it stands before a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleWord {
    /// A courtesy title, with its gender hint (`Some(true)` masculine, `Some(false)` feminine).
    Courtesy(Option<bool>),
    /// A word that ends a title (`Minister`, `Gov`, `spokesman`).
    Head,
    /// A word that may open or fill one (`Prime`, `Deputy`, `Foreign`).
    Part,
}

/// The title lexicon, built once from `data/titles.toml`.
#[derive(Debug)]
pub struct Lexicon {
    /// Every entry; usages refer to them by index.
    pub defs: Vec<TitleDef>,
    /// Phrases by their first word, lower case.
    pub(super) phrases: FxHashMap<String, Vec<Phrase>>,
    /// The first entry, not an occupation, of each title in ASCII lower case (see
    /// [`Lexicon::def_by_title`]).
    by_title: FxHashMap<String, usize>,
    /// A bit for the [`fold_hash`] of every phrase's first word and every prefix (see
    /// [`Lexicon::may_open`]).
    openers: Vec<u64>,
    pub(super) pointable: FxHashSet<String>,
    pub(super) prefixes: FxHashSet<String>,
    /// Lower-case prefixes that are modifiers when written in lower case (`acting`).
    pub(super) modifiers: FxHashSet<String>,
    /// Lower-case one-word portfolios (`trade`, `health`, `state`).
    pub(super) portfolios: FxHashSet<String>,
    /// Lower-case offices a portfolio before them describes (`commissioner`).
    pub(super) described: FxHashSet<String>,
    pub(super) proper: FxHashSet<String>,
    pub(super) offices_too: FxHashSet<String>,
    /// Titles whose abbreviation goes only with a full name (`Gov. Ann Lee`, never `Gov. Lee`
    /// after `Governor Ann Lee`).
    short_only_with_full_name: FxHashSet<String>,
    /// Occupations some styles capitalise as a formal title right before a name (`Chairman`).
    formal_before_name: FxHashSet<String>,
    pub(super) not_names: FxHashSet<String>,
    /// Lower-case words after which a title names an office held (`as`, `became`).
    pub(super) complement_links: FxHashSet<String>,
    /// Lower-case verbs of choosing whose object takes the office after it (`named`).
    pub(super) object_links: FxHashSet<String>,
    /// Lower-case words that count or group the holders of an office before a title in the
    /// plural (`both`, `three`, `fellow`): the title is then used generically, alone.
    pub(super) counting: FxHashSet<String>,
    /// Lower-case prepositions that open a phrase describing the holders of a plural title
    /// (`from`, `of`).
    pub(super) describing: FxHashSet<String>,
    /// Endings of adjectives of nationality the lists miss (`-ian`, `-ese`, `-ish`).
    pub(super) nationality_endings: Vec<String>,
    pub(super) particles: FxHashSet<String>,
    /// Lower-case one-word countries, places and nationalities.
    countries: FxHashSet<String>,
    /// Lower-case countries of several words, joined by a space (`sierra leone`).
    country_phrases: FxHashSet<String>,
    /// The last words of `country_phrases`.
    country_phrase_ends: FxHashSet<String>,
    /// Lower-case title words for the people of the story.
    words: FxHashMap<String, TitleWord>,
    /// Lower-case abbreviations without their point, each true when found inside names
    /// (titles and suffixes), false for every other kind: one map, so one lookup per word.
    abbreviations: FxHashMap<String, bool>,
    /// The last words of the entries' abbreviations, in ASCII lower case without their point,
    /// -> the last words of those entries' titles, in the entries' order (see
    /// [`Lexicon::spelled_last_word`], asked for every title of rank a name is written with).
    spelled: FxHashMap<String, Vec<String>>,
    /// The plural of the last word of every formal title spelled out, lower case, to that
    /// word (`presidents` to `president`, `secretaries` to `secretary`).
    pub(super) plurals: FxHashMap<String, String>,
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

/// The words of a title as listed and its other spelling: a title of two or more words
/// hyphenated (`Major-General`, `Lt-Col`) or a hyphenated one spaced (`Secretary General`),
/// the one title either way. A title with a word listed in lower case (`Secretary of State`)
/// is never hyphenated whole.
fn spellings(s: &str) -> Vec<Vec<String>> {
    let words = words_of(s);
    let other = if words.len() > 1 {
        s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
            .then(|| vec![words.join("-")])
    } else {
        let parts: Vec<String> = words
            .iter()
            .flat_map(|w| w.split('-'))
            .map(str::to_string)
            .collect();
        (parts.len() > 1 && parts.iter().all(|p| !p.is_empty())).then_some(parts)
    };
    std::iter::once(words).chain(other).collect()
}

/// A word without its possessive ending.
fn country_key(word: &str) -> &str {
    word.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’'])
}

/// The size of [`Lexicon::may_open`]'s bit set: a few hundred words set a few percent of it.
const OPENER_BITS: usize = 1 << 16;

fn opener_bit(hash: u64) -> usize {
    (hash >> 48) as usize % OPENER_BITS
}

fn lower_set<'a, S: FromIterator<String>>(items: impl IntoIterator<Item = &'a String>) -> S {
    items.into_iter().map(|s| s.to_lowercase()).collect()
}

/// The words of a people's list file (`# comment` lines, comma-separated words).
fn list_words(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

impl Lexicon {
    fn build(raw: RawLexicon) -> Lexicon {
        let mut countries: FxHashSet<String> = list_words(PLACES)
            .chain(list_words(DEMONYMS))
            .map(str::to_lowercase)
            .collect();
        let mut country_phrases = FxHashSet::default();
        for c in &raw.countries {
            match words_of(c).as_slice() {
                [w] => countries.insert(w.clone()),
                ws => country_phrases.insert(ws.join(" ")),
            };
        }
        let mut lex = Lexicon {
            defs: Vec::new(),
            phrases: FxHashMap::default(),
            by_title: FxHashMap::default(),
            openers: vec![0; OPENER_BITS / 64],
            pointable: lower_set(&raw.pointable),
            prefixes: lower_set(&raw.compound.prefixes),
            modifiers: lower_set(&raw.compound.modifiers),
            portfolios: raw
                .compound
                .portfolios
                .iter()
                .filter(|p| !p.contains(' '))
                .map(|p| p.to_lowercase())
                .collect(),
            described: lower_set(&raw.compound.described),
            proper: lower_set(&raw.proper),
            offices_too: lower_set(&raw.offices_too),
            short_only_with_full_name: lower_set(&raw.short_only_with_full_name),
            formal_before_name: lower_set(&raw.formal_before_name),
            not_names: raw.not_names.iter().cloned().collect(),
            complement_links: lower_set(&raw.complement_links),
            object_links: lower_set(&raw.object_links),
            counting: lower_set(&raw.counting),
            nationality_endings: raw.nationality_endings.clone(),
            describing: lower_set(&raw.describing),
            particles: lower_set(&raw.surname_particles),
            countries,
            country_phrase_ends: country_phrases
                .iter()
                .filter_map(|p| p.rsplit(' ').next().map(str::to_string))
                .collect(),
            country_phrases,
            words: FxHashMap::default(),
            abbreviations: lower_set::<Vec<_>>(&raw.abbreviations.other)
                .into_iter()
                .map(|a| (a, false))
                .chain(
                    lower_set::<Vec<_>>(&raw.abbreviations.in_names)
                        .into_iter()
                        .map(|a| (a, true)),
                )
                .collect(),
            spelled: FxHashMap::default(),
            plurals: FxHashMap::default(),
        };
        lex.add_formal(&raw);
        lex.add_courtesy(&raw);
        lex.add_compounds(&raw.compound);
        for o in &raw.occupations {
            let def = lex.push_def(TitleDef::plain(o, TitleKind::Occupation));
            lex.add_phrase(words_of(o), def, false);
        }
        // Longest phrases first, so `Prime Minister` wins over `Minister`.
        for list in lex.phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        lex.add_title_words(&raw);
        lex.add_plurals();
        for w in lex.phrases.keys().chain(lex.prefixes.iter()) {
            let bit = opener_bit(fold_hash(w));
            lex.openers[bit / 64] |= 1 << (bit % 64);
        }
        // A one-word title in the plural opens a title too (`presidents`), so that the scan
        // turns it away no more than the singular.
        for (plural, singular) in &lex.plurals {
            if lex.phrases.contains_key(singular) {
                let bit = opener_bit(fold_hash(plural));
                lex.openers[bit / 64] |= 1 << (bit % 64);
            }
        }
        for d in &lex.defs {
            let abbr = d.abbr.as_deref().and_then(|a| a.split_whitespace().last());
            if let (Some(abbr), Some(full)) = (abbr, d.title.split_whitespace().last()) {
                let key = abbr.trim_end_matches('.').to_ascii_lowercase();
                lex.spelled.entry(key).or_default().push(full.to_string());
            }
        }
        lex
    }

    fn add_formal(&mut self, raw: &RawLexicon) {
        let academic: HashSet<String> = lower_set(&raw.academic);
        for f in &raw.formal {
            let abbr_key = f.abbr.as_deref().map(|a| words_of(a).join(" "));
            let kind = if abbr_key.as_ref().is_some_and(|k| academic.contains(k)) {
                TitleKind::Academic
            } else {
                TitleKind::Formal
            };
            let default_rank = if f.ministerial {
                Rank::Minister
            } else {
                Rank::Office
            };
            let default_points = match kind {
                TitleKind::Academic => PointKind::Courtesy,
                _ if f.noun => PointKind::Rank,
                _ => PointKind::Civil,
            };
            let def = self.push_def(TitleDef {
                abbr: f.abbr.clone(),
                political: f.political,
                ministerial: f.ministerial,
                alone: f.alone,
                noun: f.noun,
                rank: f.rank.unwrap_or(default_rank),
                points: f.points.unwrap_or(default_points),
                head: raw
                    .compound
                    .heads
                    .iter()
                    .find(|h| h.eq_ignore_ascii_case(&f.title))
                    .cloned(),
                ..TitleDef::plain(&f.title, kind)
            });
            for form in spellings(&f.title) {
                self.add_phrase(form, def, false);
            }
            if let Some(a) = &f.abbr {
                for form in spellings(a) {
                    self.add_phrase(form, def, true);
                }
            }
        }
    }

    fn add_courtesy(&mut self, raw: &RawLexicon) {
        for (list, kind) in [
            (&raw.social, TitleKind::Social),
            (&raw.academic, TitleKind::Academic),
            (&raw.honours, TitleKind::Honour),
        ] {
            for w in list {
                let key = w.to_lowercase();
                if self.phrases.contains_key(&key) {
                    continue; // Dr and Prof are already the abbreviations of Doctor and Professor
                }
                let mut plain = TitleDef::plain(w, kind);
                plain.plural = raw.plural.iter().any(|p| p.eq_ignore_ascii_case(w));
                let def = self.push_def(plain);
                let abbreviated = self.pointable.contains(&key);
                self.add_phrase(vec![key], def, abbreviated);
            }
        }
        let saint = self.push_def(TitleDef::plain("St", TitleKind::Saint));
        self.add_phrase(vec!["st".into()], saint, true);
    }

    /// `Foreign Secretary`, `Minister for Unification`, `Secretary of State`: political and
    /// ministerial, of the ministers' rank.
    fn add_compounds(&mut self, compound: &RawCompound) {
        for head in &compound.heads {
            for p in &compound.portfolios {
                for title in [
                    format!("{p} {head}"),
                    format!("{head} for {p}"),
                    format!("{head} of {p}"),
                ] {
                    let words = words_of(&title);
                    if self.has_phrase(&words) {
                        continue;
                    }
                    let def = self.push_def(TitleDef {
                        political: true,
                        ministerial: true,
                        alone: true,
                        rank: Rank::Minister,
                        head: Some(head.clone()),
                        ..TitleDef::plain(&title, TitleKind::Formal)
                    });
                    self.add_phrase(words, def, false);
                }
            }
        }
    }

    /// The people's view of the lexicon: courtesy words with their gender, the words that end
    /// a title, and the words that open or fill one.
    fn add_title_words(&mut self, raw: &RawLexicon) {
        let masculine: HashSet<String> = lower_set(&raw.masculine);
        let feminine: HashSet<String> = lower_set(&raw.feminine);
        let mut words: FxHashMap<String, TitleWord> = FxHashMap::default();
        // Courtesy beats head beats part when a word is both.
        let rank = |k: &TitleWord| match k {
            TitleWord::Courtesy(_) => 2,
            TitleWord::Head => 1,
            TitleWord::Part => 0,
        };
        let mut put = |w: &str, kind: TitleWord| {
            let key = w.trim_end_matches('.').to_lowercase();
            if words.get(&key).is_none_or(|old| rank(old) < rank(&kind)) {
                words.insert(key, kind);
            }
        };
        for d in &self.defs {
            let ws = words_of(&d.title);
            let courtesy = matches!(
                d.kind,
                TitleKind::Social | TitleKind::Academic | TitleKind::Honour
            );
            if courtesy && ws.len() == 1 {
                let abbr = d.abbr.iter().flat_map(|a| words_of(a));
                for w in ws.iter().cloned().chain(abbr) {
                    put(&w, TitleWord::Courtesy(None));
                }
                continue;
            }
            for (i, w) in ws.iter().enumerate() {
                if matches!(w.as_str(), "of" | "for" | "the" | "and") {
                    continue;
                }
                put(
                    w,
                    if i + 1 == ws.len() {
                        TitleWord::Head
                    } else {
                        TitleWord::Part
                    },
                );
            }
            for w in d.abbr.iter().flat_map(|a| words_of(a)) {
                put(&w, TitleWord::Head);
            }
        }
        let courtesy = [
            &raw.social,
            &raw.academic,
            &raw.honours,
            &raw.other_courtesy,
        ];
        for w in courtesy
            .into_iter()
            .flatten()
            .chain(&raw.masculine)
            .chain(&raw.feminine)
        {
            put(w, TitleWord::Courtesy(None));
        }
        for w in &raw.after_names {
            put(w, TitleWord::Head);
        }
        for w in raw
            .title_words
            .iter()
            .chain(&raw.compound.prefixes)
            .chain(&raw.compound.portfolios)
        {
            for w in words_of(w) {
                put(&w, TitleWord::Part);
            }
        }
        for (w, kind) in words.iter_mut() {
            if let TitleWord::Courtesy(g) = kind {
                *g = match (masculine.contains(w), feminine.contains(w)) {
                    (true, false) => Some(true),
                    (false, true) => Some(false),
                    _ => None,
                };
            }
        }
        // Every word of an abbreviated title is an abbreviation inside a name, but for the
        // words it shares with a longer title spelled out (`Staff` in `Staff Sgt.`; `Mr` is
        // its own title).
        for p in self.phrases.values().flatten().filter(|p| p.abbreviated) {
            let full = words_of(&self.defs[p.def].title);
            let own = full == p.words;
            self.abbreviations.extend(
                p.words
                    .iter()
                    .filter(|w| own || !full.contains(w))
                    .map(|w| (w.clone(), true)),
            );
        }
        self.words = words;
    }

    fn push_def(&mut self, def: TitleDef) -> usize {
        let i = self.defs.len();
        if def.kind != TitleKind::Occupation {
            self.by_title
                .entry(def.title.to_ascii_lowercase())
                .or_insert(i);
        }
        self.defs.push(def);
        i
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

    /// The plurals of the last words of the formal titles spelled out, by English inflection,
    /// and of their abbreviations, by an `s` before the point (`Sens.`, `Reps`, `Lt. Govs.`,
    /// `Maj. Gens.`, `Cllrs`): each an abbreviation inside a name like its singular. An
    /// abbreviation already ending in `s` (`Pres.`) takes none: `Press` is another word.
    fn add_plurals(&mut self) {
        let mut plurals = FxHashMap::default();
        let mut abbreviated = Vec::new();
        for list in self.phrases.values() {
            for p in list.iter() {
                if self.defs[p.def].kind != TitleKind::Formal {
                    continue;
                }
                let Some(last) = p.words.last() else {
                    continue;
                };
                if !p.abbreviated {
                    plurals.insert(plural_of(last), last.clone());
                } else if !last.ends_with('s') && !last.contains('-') {
                    abbreviated.push((format!("{last}s"), last.clone()));
                }
            }
        }
        for (plural, last) in abbreviated {
            self.abbreviations.insert(plural.clone(), true);
            // The people of the story read it before names as they read its singular.
            self.words.entry(plural.clone()).or_insert(TitleWord::Head);
            plurals.entry(plural).or_insert(last);
        }
        self.plurals = plurals;
    }

    /// The singular of a formal title's last word written in the plural, lower case
    /// (`presidents` gives `president`).
    pub(super) fn singular(&self, word: &str) -> Option<&str> {
        self.plurals.get(word).map(String::as_str)
    }

    /// Looks an entry up by its spelled-out title (`Governor`), case-insensitively.
    pub fn def_by_title(&self, title: &str) -> Option<usize> {
        // Two strings equal but for ASCII case are equal in ASCII lower case: looked up so,
        // without a copy for a title of ordinary length.
        let mut buf = [0u8; 48];
        match buf.get_mut(..title.len()) {
            Some(lower) => {
                lower.copy_from_slice(title.as_bytes());
                lower.make_ascii_lowercase();
                // Lowering ASCII letters leaves the bytes valid UTF-8.
                let lower = std::str::from_utf8(lower).ok()?;
                self.by_title.get(lower).copied()
            }
            None => self.by_title.get(&title.to_ascii_lowercase()).copied(),
        }
    }

    /// The entry of a title of one word or more as written, spelled out or abbreviated
    /// (`Lt. Col.` gives `Lieutenant Colonel`).
    pub fn def_of_phrase(&self, title: &str) -> Option<usize> {
        let words = words_of(title);
        self.phrases
            .get(words.first()?)?
            .iter()
            .find(|p| p.words == words)
            .map(|p| p.def)
    }

    /// The entry of a title as written, in the singular or with its last word in the plural
    /// (`Maj. Gens.` gives `Major General`, `Senators` gives `Senator`).
    pub fn def_of_title(&self, title: &str) -> Option<usize> {
        self.def_of_phrase(title).or_else(|| {
            let mut words = words_of(title);
            let last = words.pop()?;
            words.push(self.singular(&last)?.to_string());
            self.phrases
                .get(words.first()?)?
                .iter()
                .find(|p| p.words == words)
                .map(|p| p.def)
        })
    }

    /// The entry of a one-word title as written, spelled out or abbreviated, without its point
    /// (`Dr` gives `Doctor`, `Mrs` gives `Mrs`).
    pub fn def_of_word(&self, word: &str) -> Option<usize> {
        let key = word.trim_end_matches('.').to_lowercase();
        self.phrases
            .get(key.as_str())?
            .iter()
            .find(|p| p.words.len() == 1)
            .map(|p| p.def)
    }

    /// The last word of the spelled-out title, in lower case, whose abbreviation ends in
    /// `word` (`sen` gives `senator`, `gov` gives `governor`, `gen` gives `general`).
    pub fn spelled_last_word(&self, word: &str) -> Option<String> {
        let word = word.trim_end_matches('.');
        // The first entry, in order, whose abbreviation ends in the word and whose title does not.
        self.spelled
            .get(word.to_ascii_lowercase().as_str())?
            .iter()
            .find(|full| !full.eq_ignore_ascii_case(word))
            .map(|full| full.to_lowercase())
    }

    /// Whether an occupation is written as a formal title right before a name in some style
    /// (`Chairman Mao`, `Dean Lena Ruiz`): its capitals there are the style's to judge.
    pub fn is_formal_before_name(&self, occupation: &str) -> bool {
        let o = occupation.to_lowercase();
        self.offices_too.contains(&o) || self.formal_before_name.contains(&o)
    }

    /// Whether a title's abbreviation goes only with a full name: spelled out before a full
    /// name, it is spelled out before the surname too.
    pub fn short_only_with_full_name(&self, title: &str) -> bool {
        self.short_only_with_full_name
            .contains(&title.to_lowercase())
    }

    /// Whether an occupation is also an office when capitalised (`Leader of the Commons`).
    pub fn is_office_too(&self, occupation: &str) -> bool {
        self.offices_too.contains(&occupation.to_lowercase())
    }

    /// Whether a word (possessive or not) names a country, a place or a nationality.
    pub fn is_country_word(&self, word: &str) -> bool {
        self.countries.contains(lower(country_key(word)).as_str())
    }

    /// Whether words (the last possessive or not) name a country together (`Sierra Leone`).
    pub fn is_country_phrase(&self, words: &[&str]) -> bool {
        if !words.last().is_some_and(|w| self.ends_country_phrase(w)) {
            return false; // most words end no country: no need to join them
        }
        let key: Vec<String> = words
            .iter()
            .map(|w| lower(country_key(w)).as_str().to_string())
            .collect();
        self.country_phrases.contains(&key.join(" "))
    }

    /// Whether a word (possessive or not) may end a country of several words (`Leone`).
    pub(super) fn ends_country_phrase(&self, word: &str) -> bool {
        let key = lower(country_key(word));
        let end = key.as_str().rsplit(' ').next().unwrap_or("");
        self.country_phrase_ends.contains(end)
    }

    /// Whether a word (as written, possessive ending removed, with its [`fold_hash`]) may
    /// lower to the first word of a title or a prefix: false for most words, cheaply.
    #[inline]
    pub(super) fn may_open(&self, ascii: bool, hash: u64) -> bool {
        let bit = opener_bit(hash);
        // Only ASCII lowers byte by byte (`K`, the Kelvin sign, lowers to `k`).
        self.openers[bit / 64] & (1 << (bit % 64)) != 0 || !ascii
    }

    /// What a word is before a name (`Mr`, `Minister`, `Prime`), ignoring case and a full point.
    pub fn title_word(&self, word: &str) -> Option<TitleWord> {
        self.words
            .get(&word.trim_end_matches('.').to_lowercase())
            .copied()
    }

    /// Every title word, for the people of the story.
    pub fn title_words(&self) -> impl Iterator<Item = (&str, TitleWord)> {
        self.words.iter().map(|(w, k)| (w.as_str(), *k))
    }

    /// Whether a word is an abbreviation whose full point does not end a sentence; `in_names`
    /// limits it to those found inside names (titles, `Jr`, `Mt`).
    pub fn is_abbreviation(&self, word: &str, in_names: bool) -> bool {
        let w = word.trim_end_matches('.');
        // Most words are already lowercase: lowercase (and allocate) only the others.
        let w = match w.chars().any(char::is_uppercase) {
            true => std::borrow::Cow::Owned(w.to_lowercase()),
            false => std::borrow::Cow::Borrowed(w),
        };
        let w = w.as_ref();
        self.abbreviations
            .get(w)
            .is_some_and(|&in_name| in_name || !in_names)
    }

    /// Whether a word stays capitalised when a title is lowercased (`European`).
    pub fn is_proper(&self, word: &str) -> bool {
        self.proper.contains(&word.to_lowercase())
    }
}

/// The regular English plural of a lower-case noun (`secretary` gives `secretaries`, `boss`
/// gives `bosses`, `senator` gives `senators`).
pub(super) fn plural_of(word: &str) -> String {
    let consonant_y = word.len() > 1
        && word.ends_with('y')
        && !word[..word.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &word[..word.len() - 1])
    } else if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        format!("{word}es")
    } else {
        format!("{word}s")
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
