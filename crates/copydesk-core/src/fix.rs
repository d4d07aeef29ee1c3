//! Applying fixes to a text without losing or corrupting a byte.

use crate::finding::{Edit, Finding};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
