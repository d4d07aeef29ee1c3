//! `name-spelling`: a name written differently from its other mentions in the draft, or from the house names list.

use super::{Context, Rule};
use crate::finding::Finding;

/// Flags a name written differently from its other mentions in the draft, or from the house names list.
pub struct NameSpelling;

impl Rule for NameSpelling {
    fn id(&self) -> &'static str {
        "name-spelling"
    }

    fn summary(&self) -> &'static str {
        "a name written differently from its other mentions in the draft, or from the house names list"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/name-spelling.md")
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
