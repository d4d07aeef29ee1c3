//! `title-style`: a title written against the selected house style (only when a style is selected).

use super::{Context, Rule};
use crate::finding::Finding;

/// Flags a title written against the selected house style (only when a style is selected).
pub struct TitleStyle;

impl Rule for TitleStyle {
    fn id(&self) -> &'static str {
        "title-style"
    }

    fn summary(&self) -> &'static str {
        "a title written against the selected house style (only when a style is selected)"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/title-style.md")
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
