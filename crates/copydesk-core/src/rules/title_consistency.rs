//! `title-consistency`: the same kind of title written two ways in one draft.

use super::{Context, Rule};
use crate::finding::Finding;

/// Flags the same kind of title written two ways in one draft.
pub struct TitleConsistency;

impl Rule for TitleConsistency {
    fn id(&self) -> &'static str {
        "title-consistency"
    }

    fn summary(&self) -> &'static str {
        "the same kind of title written two ways in one draft"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/title-consistency.md")
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
