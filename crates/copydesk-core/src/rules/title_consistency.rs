//! `title-consistency`: the same kind of title written two ways in one draft.
//!
//! Style-neutral: the first usage of each kind sets the draft's convention and later usages
//! that differ are flagged with a fix to the established form. Kinds: full points after
//! abbreviated courtesy titles (`Mr` / `Mr.`, also Mrs, Ms, Dr, Prof, Rev, St); capitals of a
//! formal title directly before a name; abbreviation of one title before the same shape of
//! name (`Gov. Ann Lee` / `Governor Bo Park`). When a style is selected, whatever the style
//! decides is left to `title-style` (one problem, one diagnostic). The logic lives in
//! `titles/consistency.rs`; this file only runs it.

use super::{Context, Rule};
use crate::finding::Finding;
use crate::rule_id::RuleId;
use crate::titles::check_consistency;

/// Flags the same kind of title written two ways in one draft.
pub struct TitleConsistency;

impl Rule for TitleConsistency {
    fn id(&self) -> RuleId {
        RuleId::TitleConsistency
    }

    fn summary(&self) -> &'static str {
        "the same kind of title written two ways in one draft"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/title-consistency.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        check_consistency(cx, out);
    }
}
