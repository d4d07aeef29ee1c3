//! How many findings of one rule a draft reports at most: one per 256 bytes of the draft, and
//! never fewer than a thousand. Published copy comes nowhere near it (a 100,000-word story
//! raises a few hundred of the busiest rule); a paste that is not prose can (a line of closing
//! quotation marks is a finding every three bytes). Past it, one finding says how many more
//! there are, so neither the command line's output nor the editor's messages grow to many times
//! the size of the draft, and both report the same.

use crate::finding::Finding;
use crate::rule_id::RuleId;

/// The most findings of one rule in a draft of `len` bytes.
pub fn per_rule(len: usize) -> usize {
    (len / 256).max(1000)
}

/// Keeps the first [`per_rule`] findings of each rule of `findings` (in document order) and,
/// for each rule with more, one finding where the first left out stands, saying how many were.
pub(crate) fn apply(findings: &mut Vec<Finding>, len: usize) {
    let most = per_rule(len);
    // Per rule: how many seen, and the first finding left out.
    let mut seen: Vec<(RuleId, usize, Option<Finding>)> = Vec::new();
    findings.retain(|f| {
        let i = match seen.iter().position(|(r, _, _)| *r == f.rule) {
            Some(i) => i,
            None => {
                seen.push((f.rule, 0, None));
                seen.len() - 1
            }
        };
        let (_, n, first) = &mut seen[i];
        *n += 1;
        if *n <= most {
            return true;
        }
        if first.is_none() {
            *first = Some(f.clone());
        }
        false
    });
    let mut added = false;
    for (rule, n, first) in seen {
        let Some(first) = first else { continue };
        let more = n - most;
        let mut note = Finding::new(
            rule,
            first.byte_start..first.byte_end,
            format!(
                "{more} more {rule} findings from here on are not listed: a draft this dense in them is probably not prose (at most {most} are listed)"
            ),
        );
        note.severity = first.severity;
        findings.push(note);
        added = true;
    }
    if added {
        findings.sort_by(|a, b| {
            (a.byte_start, a.byte_end, a.rule).cmp(&(b.byte_start, b.byte_end, b.rule))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_of_each_rule_and_counts_the_rest() {
        let mut f: Vec<Finding> = (0..1500)
            .map(|i| Finding::new(RuleId::UnbalancedQuote, i..i + 1, "lone"))
            .chain((0..10).map(|i| Finding::new(RuleId::NameSpelling, i..i + 1, "name")))
            .collect();
        f.sort_by_key(|f| (f.byte_start, f.byte_end, f.rule));
        apply(&mut f, 1000);
        let lone: Vec<&Finding> = f
            .iter()
            .filter(|x| x.rule == RuleId::UnbalancedQuote)
            .collect();
        assert_eq!(lone.len(), 1001);
        assert_eq!(lone[999].byte_start, 999);
        assert_eq!(lone[1000].byte_start, 1000);
        assert!(lone[1000]
            .message
            .starts_with("500 more unbalanced-quote findings"));
        assert_eq!(
            f.iter().filter(|x| x.rule == RuleId::NameSpelling).count(),
            10
        );
    }

    #[test]
    fn grows_with_the_draft() {
        assert_eq!(per_rule(10), 1000);
        assert_eq!(per_rule(1 << 20), 4096);
    }
}
