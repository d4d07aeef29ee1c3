//! `title-style`: a title written against the selected house style (only when a style is selected).
//!
//! Each title usage (see [`crate::titles`]) is held against the profile: courtesy titles used
//! or not, full points, capitals in each position, abbreviations, the forms of first and later
//! references. All the problems of one usage make one finding, whose fix writes the house form.
//! The logic lives in `titles/style.rs` (one usage against a profile) and `titles/reference.rs`
//! (first and later references); this file only runs it.

use super::{Context, Rule};
use crate::finding::Finding;
use crate::rule_id::RuleId;
use crate::titles::{bare_later_references, verdict};

/// Flags a title written against the selected house style (only when a style is selected).
pub struct TitleStyle;

impl Rule for TitleStyle {
    fn id(&self) -> RuleId {
        RuleId::TitleStyle
    }

    fn summary(&self) -> &'static str {
        "a title written against the selected house style (only when a style is selected)"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/title-style.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let Some(style) = cx.style else {
            return;
        };
        for u in cx.title_usages() {
            if let Some(v) = verdict(style, u, cx) {
                // The two titles of a couple (`Mr. and Mrs.`) report it once.
                if u.couple.as_ref() == Some(&v.range)
                    && out.last().is_some_and(|f: &Finding| f.range() == v.range)
                {
                    continue;
                }
                let mut f = Finding::new(RuleId::TitleStyle, v.range, v.message);
                if let Some(fix) = v.fix {
                    f = f.with_fix(fix);
                }
                out.push(f);
            }
        }
        bare_later_references(cx, style, out);
    }
}
