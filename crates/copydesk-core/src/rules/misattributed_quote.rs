//! `misattributed-quote`: the record has the words, but from someone other than the person credited.
//!
//! Quotations are aligned with the record, speaker included, in `sources/` (`align.rs`,
//! `quotes.rs`); this file words the finding.

use super::misquote::passage_note;
use super::{Context, Rule};
use crate::finding::Finding;
use crate::rule_id::RuleId;
use crate::sources::MatchKind;

/// Flags quotations the record puts in another speaker's mouth.
pub struct MisattributedQuote;

impl Rule for MisattributedQuote {
    fn id(&self) -> RuleId {
        RuleId::MisattributedQuote
    }

    fn summary(&self) -> &'static str {
        "a quotation found in the record, said there by someone other than the person credited"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/misattributed-quote.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for m in cx.matches.iter().flatten() {
            if !m.wrong_speaker {
                continue;
            }
            let (Some(p), Some(q)) = (&m.passage, cx.quotes.quotations.get(m.quotation)) else {
                continue;
            };
            let credited = m.credited.as_deref().unwrap_or("the person credited");
            let how = if m.kind == MatchKind::Misattributed {
                "these words are"
            } else {
                "the closest words are"
            };
            let message = format!(
                "quotation credited to {credited}, but in the record {how} {}'s ({})",
                p.speaker_or_unnamed(),
                p.place()
            );
            out.push(
                Finding::new(self.id(), q.range.clone(), message)
                    .with_source(p.to_place(), passage_note(p)),
            );
        }
    }
}
