//! `unattributed-quote`: a direct quotation that nothing in the draft attributes to anyone.
//!
//! Quotations are found in `quotes/` (`marks.rs`, `classify.rs`) and attributed there
//! (`attribution.rs`: the sentence's shape, with reporting verbs from `cues.rs`); this file reports
//! the quotations left unattributed.

use super::{Context, Rule};
use crate::finding::{Edit, Finding, Fix};
use crate::quotes::{Attribution, Quotation, QuoteKind};
use crate::rule_id::RuleId;

/// Flags direct quotations with no attribution.
pub struct UnattributedQuote;

/// The placeholder a fix inserts where the speaker's name goes.
pub const PLACEHOLDER: &str = "[who]";

impl Rule for UnattributedQuote {
    fn id(&self) -> RuleId {
        RuleId::UnattributedQuote
    }

    fn summary(&self) -> &'static str {
        "a direct quotation with no attribution (who said it)"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/unattributed-quote.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for q in &cx.quotes.quotations {
            if q.kind != QuoteKind::Quotation || q.attribution != Attribution::None {
                continue;
            }
            let message = if cx.config.quotes.strict && q.block > 0 && has_context_cue(cx, q) {
                "direct quotation attributed only by the previous paragraph: say who said it here (strict mode)"
            } else {
                "direct quotation with no attribution: nothing in its sentence, its paragraph or the paragraph before says who said it"
            };
            let mut f = Finding::new(self.id(), q.range.clone(), message);
            if let Some(fix) = placeholder_fix(cx.doc.text, q) {
                f = f.with_fix(fix);
            }
            out.push(f);
        }
    }
}

fn has_context_cue(cx: &Context, q: &Quotation) -> bool {
    let prev = &cx.doc.blocks[q.block - 1];
    crate::cues::Cues::builtin()
        .find(&cx.doc.prose[prev.range.clone()])
        .is_some()
}

/// `“… react.”` becomes `“… react,” [who] said.`; `“Why?”` becomes `“Why?” [who] said.`
fn placeholder_fix(text: &str, q: &Quotation) -> Option<Fix> {
    if !q.closed {
        return None;
    }
    let close_start = q.content.end;
    let inner = &text[q.content.clone()];
    let last = inner.chars().last()?;
    let after = &text[q.range.end..];
    let ends_sentence = after.trim_start_matches([' ', '\t']).is_empty()
        || after.starts_with(['\n', '\r'])
        || after
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"'));
    let mut edits = Vec::new();
    match last {
        '.' | ',' if ends_sentence => {
            let at = close_start - last.len_utf8();
            edits.push(Edit::new(at..close_start, ","));
            edits.push(Edit::insert(q.range.end, format!(" {PLACEHOLDER} said.")));
        }
        '?' | '!' if ends_sentence => {
            edits.push(Edit::insert(q.range.end, format!(" {PLACEHOLDER} said.")));
        }
        _ => {
            edits.push(Edit::insert(q.range.end, format!(" ({PLACEHOLDER} said)")));
        }
    }
    Some(Fix {
        title: format!("Add an attribution placeholder ({PLACEHOLDER} said)"),
        edits,
        safe: false,
    })
}
