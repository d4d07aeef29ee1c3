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

/// The people found in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct People {
    /// Persons in order of first mention.
    pub persons: Vec<Person>,
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
