//! `unbalanced-quote`: a quotation mark opened and never closed, or closed and never opened.

use super::{Context, Rule};
use crate::finding::{Edit, Finding, Fix};

/// Flags lone quotation marks.
pub struct UnbalancedQuote;

impl Rule for UnbalancedQuote {
    fn id(&self) -> &'static str {
        "unbalanced-quote"
    }

    fn summary(&self) -> &'static str {
        "a quotation mark that is opened and never closed, or closed and never opened"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/unbalanced-quote.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for lone in &cx.quotes.lone {
            let mark = &cx.doc.text[lone.range.clone()];
            let finding = if let Some(at) = lone.reopened_at {
                // Close it at the end of the text before the new quotation opens.
                let close_at = cx.doc.text[..at].trim_end().len();
                let closer = closer_for(mark);
                Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!(
                        "opening quotation mark {mark} is not closed before the next quotation opens: close it, or start a new paragraph if the quotation runs on"
                    ),
                )
                .with_fix(Fix {
                    title: format!("Close the quotation before the next one ({closer})"),
                    edits: vec![Edit::insert(close_at, closer)],
                    safe: false,
                })
            } else if lone.opening {
                let block = cx.doc.block_at(lone.range.start).map(|b| &cx.doc.blocks[b]);
                let mut f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!(
                        "opening quotation mark {mark} is never closed in this paragraph, and the next paragraph does not continue the quotation"
                    ),
                );
                if let Some(b) = block {
                    let closer = closer_for(mark);
                    f = f.with_fix(Fix {
                        title: format!(
                            "Close the quotation at the end of the paragraph ({closer})"
                        ),
                        edits: vec![Edit::insert(b.range.end, closer)],
                        safe: false,
                    });
                }
                f
            } else {
                Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!("closing quotation mark {mark} has no opening mark"),
                )
            };
            out.push(finding);
        }
    }
}

/// The closing mark that pairs with an opening one.
fn closer_for(mark: &str) -> &str {
    match mark {
        "“" => "”",
        "«" => "»",
        "„" => "“",
        other => other,
    }
}
