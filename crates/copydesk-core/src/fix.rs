//! Applying fixes to a text without losing or corrupting a byte.

use crate::finding::{Edit, Finding};
use crate::{Config, DocKind};

/// Applies non-overlapping edits to `text`; an edit overlapping an earlier-kept one, or not on
/// character boundaries, is skipped. Returns the new text and how many edits were applied.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits
        .iter()
        .filter(|e| {
            e.byte_start <= e.byte_end
                && e.byte_end <= text.len()
                && text.is_char_boundary(e.byte_start)
                && text.is_char_boundary(e.byte_end)
        })
        .collect();
    sorted.sort_by_key(|e| (e.byte_start, e.byte_end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut applied = 0;
    for e in sorted {
        if e.byte_start < at {
            continue;
        }
        out.push_str(&text[at..e.byte_start]);
        out.push_str(&e.replacement);
        at = e.byte_end;
        applied += 1;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// The edits of every safe fix, taking a finding's fix only if none of its edits overlaps one already taken.
pub fn safe_edits(findings: &[Finding]) -> Vec<Edit> {
    let mut taken: Vec<Edit> = Vec::new();
    for f in findings {
        if let Some(fix) = f.fixes.iter().find(|x| x.safe) {
            let overlaps = fix.edits.iter().any(|e| {
                taken.iter().any(|t| {
                    e.byte_start < t.byte_end && t.byte_start < e.byte_end
                        || (e.byte_start == t.byte_start && e.byte_end == t.byte_end)
                })
            });
            if !overlaps {
                taken.extend(fix.edits.iter().cloned());
            }
        }
    }
    taken
}

/// Fixes can make new safe fixes possible; this many rounds reach a fixed point in practice.
const MAX_ROUNDS: usize = 8;

/// Whether a text's line endings are CRLF (most of its newlines are preceded by a carriage return).
fn uses_crlf(text: &str) -> bool {
    let lf = text.matches('\n').count();
    let crlf = text.matches("\r\n").count();
    lf > 0 && crlf * 2 > lf
}

/// Rewrites bare `\n` in an inserted text as `\r\n`, so a CRLF draft stays CRLF.
fn to_crlf(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev = '\0';
    for c in s.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Applies every safe fix to `text` until none is left; returns the new text and the number of edits.
pub fn fix_all(text: &str, kind: DocKind, config: &Config) -> (String, usize) {
    fix_with(text, |t| crate::analyze(t, kind, config).findings)
}

/// Applies the safe fixes of the findings `check` reports, round after round, until none is left.
pub fn fix_with(text: &str, check: impl Fn(&str) -> Vec<Finding>) -> (String, usize) {
    let crlf = uses_crlf(text);
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..MAX_ROUNDS {
        let mut edits = safe_edits(&check(&current));
        if edits.is_empty() {
            break;
        }
        if crlf {
            for e in &mut edits {
                e.replacement = to_crlf(&e.replacement);
            }
        }
        let (next, applied) = apply_edits(&current, &edits);
        if applied == 0 || next == current {
            break;
        }
        current = next;
        total += applied;
    }
    (current, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Fix;

    #[test]
    fn applies_in_order_and_skips_overlaps() {
        let edits = vec![
            Edit::new(6..11, "there"),
            Edit::new(0..5, "Howdy"),
            Edit::new(8..9, "X"),
        ];
        assert_eq!(
            apply_edits("hello world", &edits),
            ("Howdy there".into(), 2)
        );
    }

    #[test]
    fn crlf_detection_and_conversion() {
        assert!(uses_crlf("a\r\nb\r\n"));
        assert!(!uses_crlf("a\nb\n"));
        assert_eq!(to_crlf("x\ny\r\nz"), "x\r\ny\r\nz");
    }

    /// A toy rule: `Mr.` should be `Mr`, and `Mr Mr` (made by a fix) should be `Mr`.
    fn toy(text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices("Mr.") {
            out.push(
                Finding::new(
                    crate::RuleId::TitleConsistency,
                    i..i + 3,
                    "Mr. should be Mr",
                )
                .with_fix(Fix {
                    title: "Write Mr".into(),
                    edits: vec![Edit::new(i..i + 3, "Mr")],
                    safe: true,
                }),
            );
        }
        for (i, _) in text.match_indices("Mr Mr") {
            out.push(
                Finding::new(crate::RuleId::TitleConsistency, i..i + 5, "doubled").with_fix(Fix {
                    title: "Write Mr once".into(),
                    edits: vec![Edit::new(i..i + 5, "Mr")],
                    safe: true,
                }),
            );
        }
        for (i, _) in text.match_indices("NOTE") {
            out.push(
                Finding::new(crate::RuleId::UnattributedQuote, i..i + 4, "unsafe").with_fix(Fix {
                    title: "Add a line".into(),
                    edits: vec![Edit::new(i..i + 4, "NOTE\nmore")],
                    safe: false,
                }),
            );
        }
        for (i, _) in text.match_indices("ADD") {
            out.push(
                Finding::new(
                    crate::RuleId::UnattributedQuote,
                    i..i + 3,
                    "safe, multi-line",
                )
                .with_fix(Fix {
                    title: "Add a line".into(),
                    edits: vec![Edit::new(i..i + 3, "added\nline")],
                    safe: true,
                }),
            );
        }
        out
    }

    #[test]
    fn safe_fixes_run_to_a_fixed_point_and_unsafe_ones_are_left() {
        let (fixed, n) = fix_with("Mr. Mr. Yoon and Mr. Kim. NOTE\n", toy);
        assert_eq!(fixed, "Mr Yoon and Mr Kim. NOTE\n");
        assert_eq!(n, 4);
        assert_eq!(fix_with(&fixed, toy), (fixed.clone(), 0));
    }

    #[test]
    fn inserted_lines_follow_the_draft_line_endings() {
        let (fixed, _) = fix_with("Mr. Yoon ADD\r\nnext\r\n", toy);
        assert_eq!(fixed, "Mr Yoon added\r\nline\r\nnext\r\n");
        let (fixed, _) = fix_with("ADD\nnext\n", toy);
        assert_eq!(fixed, "added\nline\nnext\n");
    }
}
