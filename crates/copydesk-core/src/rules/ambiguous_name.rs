//! `ambiguous-name`: a bare surname (or title + surname) when two or more people with that surname are already in the story.

use super::{Context, Rule};
use crate::finding::Finding;

/// Flags a bare surname (or title + surname) when two or more people with that surname are already in the story.
pub struct AmbiguousName;

impl Rule for AmbiguousName {
    fn id(&self) -> &'static str {
        "ambiguous-name"
    }

    fn summary(&self) -> &'static str {
        "a bare surname (or title + surname) when two or more people with that surname are already in the story"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/ambiguous-name.md")
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
