//! `unsourced-quote`: sources are configured, and no passage of the record is close to the quotation.
//!
//! Quotations are held to the record in `sources/` (`align.rs`, `quotes.rs`); this file reports
//! those that match no passage.

use super::{Context, Rule};
use crate::finding::{Finding, Severity};
use crate::rule_id::RuleId;
use crate::sources::MatchKind;

/// Flags quotations the record does not hold.
pub struct UnsourcedQuote;

impl Rule for UnsourcedQuote {
    fn id(&self) -> RuleId {
        RuleId::UnsourcedQuote
    }

    fn summary(&self) -> &'static str {
        "sources are configured but no passage of the record matches the quotation"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/unsourced-quote.md")
    }

    fn default_severity(&self) -> Severity {
        Severity::Info
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for m in cx.matches.iter().flatten() {
            if m.kind != MatchKind::Unsourced {
                continue;
            }
            // A sign's or a letter's words are not speech a transcript would hold.
            if let Some(q) = cx.quotes.quotations.get(m.quotation).filter(|q| {
                let person = matches!(
                    cx.people().speakers.get(m.quotation),
                    Some(crate::people::Speaker::Person(_))
                );
                !crate::sources::written(cx.doc, q, person)
            }) {
                out.push(Finding::new(
                    self.id(),
                    q.range.clone(),
                    "no passage of the record (`[sources]`) matches this quotation",
                ));
            }
        }
    }
}
