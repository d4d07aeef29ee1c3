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
            let finding = if lone.opening {
                let block = cx.doc.block_at(lone.range.start).map(|b| &cx.doc.blocks[b]);
                let mut f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!(
                        "opening quotation mark {mark} is never closed in this paragraph, and the next paragraph does not continue the quotation"
                    ),
                );
                if let Some(b) = block {
                    let closer = match mark {
                        "“" => "”",
                        "«" => "»",
                        "„" => "“",
                        other => other,
                    };
                    f = f.with_fix(Fix {
                        title: format!("Close the quotation at the end of the paragraph ({closer})"),
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
