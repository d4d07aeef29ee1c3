//! The word lists that read an attribution's shape (`data/attribution.txt`), loaded once.

use std::collections::HashSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/attribution.txt");

/// The lists of `data/attribution.txt`, each a set of lowercase words.
pub struct Words {
    /// `he`, `she`, `they`: a speaker on their own.
    pub pronouns: HashSet<&'static str>,
    /// `the`, `a`, `her`: a speaker noun phrase opens.
    pub determiners: HashSet<&'static str>,
    /// `him`, `them`: a listener after `to`.
    pub objects: HashSet<&'static str>,
    /// `and`, `to`, `of`: a new clause, never a speaker.
    pub function: HashSet<&'static str>,
    /// `has`, `later`: between a speaker and the verb.
    pub between: HashSet<&'static str>,
    /// `not`, `never`: negate the verb after them.
    pub negators: HashSet<&'static str>,
    /// Forms of `refuse`, `decline`, and `unable`, `yet`: negate `to VERB` after them.
    pub refusals: HashSet<String>,
    /// `photo`, `credit`: a caption, not a credit.
    pub captions: HashSet<&'static str>,
    /// `all told`, `needless to say`: a reporting verb in an idiom reports no speech.
    pub idioms: Vec<&'static str>,
    /// `is`, `was`: after a short quotation, it names words rather than quoting speech.
    pub copulas: HashSet<&'static str>,
    /// `went`, `shot`: irregular pasts that may report speech beside a quotation.
    pub irregular_past: HashSet<&'static str>,
}

fn list(key: &str) -> HashSet<&'static str> {
    DATA.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.trim() == key)
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The shared lists.
pub fn words() -> &'static Words {
    static CELL: OnceLock<Words> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut refusals: HashSet<String> = list("refusal-words")
            .into_iter()
            .map(str::to_string)
            .collect();
        for lemma in list("refusal-verbs") {
            refusals.extend(crate::cues::inflect(lemma));
        }
        Words {
            pronouns: list("pronouns"),
            determiners: list("determiners"),
            objects: list("objects"),
            function: list("function"),
            between: list("between"),
            negators: list("negators"),
            refusals,
            captions: list("captions"),
            irregular_past: list("irregular-past"),
            idioms: list("idioms").into_iter().collect(),
            copulas: list("copulas"),
        }
    })
}

impl Words {
    /// A word that negates what follows (`not`, `didn't`, `won’t`).
    pub fn negates(&self, lower: &str) -> bool {
        self.negators.contains(lower) || lower.ends_with("n't") || lower.ends_with("n’t")
    }
}
