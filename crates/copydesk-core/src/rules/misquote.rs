//! `misquote`: a quotation close to a passage of the record but not its words.
//!
//! Quotations are aligned with the record in `sources/` (`align.rs`, `quotes.rs`); this file
//! words the finding and its fix.

use super::{Context, Rule};
use crate::finding::{Edit, Finding, Fix};
use crate::rule_id::RuleId;
use crate::sources::{Diff, MatchKind, Passage};

/// Flags quotations that change, add, drop or reorder the record's words.
pub struct Misquote;

/// Longest passage text shown in a message.
const SHOWN: usize = 160;

/// A text shortened to `max` characters with an ellipsis.
pub(crate) fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// The related-information note for a passage (its place is the related location): who said
/// what, and when for captions.
pub(crate) fn passage_note(p: &Passage) -> String {
    let at = p
        .cue
        .map(|c| format!(" at {}", crate::sources::format_time(c.0)))
        .unwrap_or_default();
    format!(
        "the record: {} said{at} “{}”",
        p.speaker_or_unnamed(),
        clip(&p.text, SHOWN)
    )
}

fn describe(d: &Diff) -> String {
    if d.joins_turns {
        return format!(
            "“{}” joins two turns, with another speaker between them in the record",
            d.written
        );
    }
    match (d.written.is_empty(), d.record.is_empty()) {
        (false, false) => format!("“{}” where the record has “{}”", d.written, d.record),
        (false, true) => format!("“{}” is not in the record", d.written),
        _ => format!("“{}” is left out with no ellipsis", d.record),
    }
}

/// The edit restoring the record's words for one difference.
fn restore(text: &str, d: &Diff) -> Edit {
    if d.record.is_empty() {
        // Take the space before the removed words with them.
        let start = if text[..d.draft.start].ends_with(' ') {
            d.draft.start - 1
        } else {
            d.draft.start
        };
        return Edit::new(start..d.draft.end, "");
    }
    if d.draft.is_empty() {
        let after_word = text[..d.draft.start]
            .chars()
            .last()
            .is_some_and(char::is_alphanumeric);
        let insert = if after_word {
            format!(" {}", d.record)
        } else {
            format!("{} ", d.record)
        };
        return Edit::insert(d.draft.start, insert);
    }
    Edit::new(d.draft.clone(), d.record.clone())
}

impl Rule for Misquote {
    fn id(&self) -> RuleId {
        RuleId::Misquote
    }

    fn summary(&self) -> &'static str {
        "a quotation close to a passage of the record (`[sources]`) but not the same words"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/misquote.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for m in cx.matches.iter().flatten() {
            let (MatchKind::Misquote, Some(p)) = (m.kind, &m.passage) else {
                continue;
            };
            let Some(q) = cx.quotes.quotations.get(m.quotation) else {
                continue;
            };
            let what: Vec<String> = m.diffs.iter().map(describe).collect();
            let message = format!(
                "quotation differs from the record ({}, {}): {}",
                p.speaker_or_unnamed(),
                p.place(),
                what.join("; ")
            );
            // No words of the record undo a join of two answers.
            let edits: Vec<Edit> = m
                .diffs
                .iter()
                .filter(|d| !d.joins_turns)
                .map(|d| restore(cx.doc.text, d))
                .collect();
            let mut f = Finding::new(self.id(), q.range.clone(), message)
                .with_source(p.to_place(), passage_note(p));
            if !edits.is_empty() {
                f = f.with_fix(Fix {
                    title: "Restore the record's words".into(),
                    edits,
                    safe: false,
                });
            }
            out.push(f);
        }
    }
}
