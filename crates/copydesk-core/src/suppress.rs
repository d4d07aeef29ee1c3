//! Inline suppressions in Markdown comments:
//! `<!-- copydesk-disable-next-line RULE -->` and `<!-- copydesk-disable RULE -->` … `<!-- copydesk-enable RULE -->`.
//! Without a rule id, a comment covers every rule.

use crate::document::Document;
use crate::finding::Finding;
use std::ops::Range;

struct Suppression {
    rules: Vec<String>,
    range: Range<usize>,
}

fn parse(comment: &str) -> Option<(&str, Vec<String>)> {
    let inner = comment.strip_prefix("<!--")?.trim_end_matches("-->").trim();
    let mut words = inner.split_whitespace();
    let directive = words.next()?;
    if !directive.starts_with("copydesk-") {
        return None;
    }
    let rules = words
        .flat_map(|w| w.split(','))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    Some((directive, rules))
}

fn covers(rules: &[String], rule: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| r == rule)
}

/// Drops findings covered by a suppression comment.
pub fn apply(doc: &Document, findings: &mut Vec<Finding>) {
    if doc.comments.is_empty() {
        return;
    }
    let text = doc.text;
    let mut ranges: Vec<Suppression> = Vec::new();
    let mut open: Vec<(Vec<String>, usize)> = Vec::new();
    for c in &doc.comments {
        let Some((directive, rules)) = parse(&text[c.clone()]) else {
            continue;
        };
        match directive {
            "copydesk-disable-next-line" => {
                // The line after the comment's own line.
                let line_end = text[c.end..].find('\n').map(|i| c.end + i + 1);
                if let Some(start) = line_end {
                    let end = text[start..]
                        .find('\n')
                        .map(|i| start + i)
                        .unwrap_or(text.len());
                    ranges.push(Suppression {
                        rules,
                        range: start..end,
                    });
                }
            }
            "copydesk-disable-line" => {
                let start = text[..c.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let end = text[c.end..].find('\n').map(|i| c.end + i).unwrap_or(text.len());
                ranges.push(Suppression {
                    rules,
                    range: start..end,
                });
            }
            "copydesk-disable" => open.push((rules, c.end)),
            "copydesk-enable" => {
                let mut kept = Vec::new();
                for (r, start) in open.drain(..) {
                    let closes = rules.is_empty() || r == rules;
                    if closes {
                        ranges.push(Suppression {
                            rules: r,
                            range: start..c.start,
                        });
                    } else {
                        kept.push((r, start));
                    }
                }
                open = kept;
            }
            _ => {}
        }
    }
    for (rules, start) in open {
        ranges.push(Suppression {
            rules,
            range: start..text.len(),
        });
    }
    findings.retain(|f| {
        !ranges
            .iter()
            .any(|s| covers(&s.rules, f.rule) && s.range.start <= f.byte_start && f.byte_start < s.range.end)
    });
}
