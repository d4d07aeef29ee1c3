//! The title lexicon: `data/titles.toml`, embedded, built once into phrase tables.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../data/titles.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    social: Vec<String>,
    academic: Vec<String>,
    honours: Vec<String>,
    pub(super) pointable: Vec<String>,
    pub(super) proper: Vec<String>,
    occupations: Vec<String>,
    pub(super) offices_too: Vec<String>,
    pub(super) not_names: Vec<String>,
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
    pub(super) prefixes: Vec<String>,
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
pub(super) struct Phrase {
    pub(super) words: Vec<String>,
    pub(super) def: usize,
    pub(super) abbreviated: bool,
}

/// The title lexicon, built once from `data/titles.toml`.
#[derive(Debug)]
pub struct Lexicon {
    /// Every entry; usages refer to them by index.
    pub defs: Vec<TitleDef>,
    pub(super) phrases: HashMap<String, Vec<Phrase>>,
    pub(super) pointable: HashSet<String>,
    pub(super) prefixes: HashSet<String>,
    pub(super) proper: HashSet<String>,
    pub(super) offices_too: HashSet<String>,
    pub(super) not_names: HashSet<String>,
    pub(super) particles: HashSet<String>,
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
