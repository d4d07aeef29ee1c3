//! The people of a story: name mentions grouped into persons, and who said each quotation.

use crate::config::Config;
use crate::document::Document;
use crate::quotes::Quotes;
use crate::styles::StyleProfile;
use serde::Serialize;
use std::ops::Range;

/// One mention of a person in the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte range of the name as written.
    pub range: Range<usize>,
    /// The name as written.
    pub text: String,
}

/// A person of the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The canonical spelling of the full name.
    pub canonical: String,
    /// Every mention, in order.
    pub mentions: Vec<Mention>,
    /// Titles used with the person (`Mr`, `President`, ...).
    pub titles: Vec<String>,
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

/// The people found in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct People {
    /// Persons in order of first mention.
    pub persons: Vec<Person>,
    /// The speaker of each quotation, indexed like `Quotes::quotations` (may be shorter: missing means unresolved).
    pub speakers: Vec<Speaker>,
}

impl People {
    /// The speaker of quotation `index` as display text (`None` when unresolved).
    pub fn speaker_name(&self, index: usize) -> Option<String> {
        match self.speakers.get(index)? {
            Speaker::Person(p) => self.persons.get(*p).map(|p| p.canonical.clone()),
            Speaker::Described(d) => Some(d.clone()),
            Speaker::Unresolved => None,
        }
    }

    /// The person mentioned at byte `offset`, if any.
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        self.persons
            .iter()
            .position(|p| p.mentions.iter().any(|m| m.range.start <= offset && offset < m.range.end))
    }
}

/// Finds the people of a draft.
pub fn analyze(
    _doc: &Document,
    _quotes: &Quotes,
    _config: &Config,
    _style: Option<&'static StyleProfile>,
) -> People {
    People::default()
}
