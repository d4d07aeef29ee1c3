//! `ambiguous-name`: a bare surname (or title + surname) when two or more people with that surname are already in the story.
//!
//! The people of the story, and which bare mentions could be several of them, are found in
//! `people/` (`people/mod.rs` resolves mentions to persons); this file only reports them.

use super::{Context, Rule};
use crate::finding::Finding;
use crate::rule_id::RuleId;
use std::fmt::Write as _;
use std::ops::Range;

/// Flags a bare surname (or title + surname) when two or more people with that surname are already in the story.
pub struct AmbiguousName;

impl Rule for AmbiguousName {
    fn id(&self) -> RuleId {
        RuleId::AmbiguousName
    }

    fn summary(&self) -> &'static str {
        "a bare surname (or title + surname) when two or more people with that surname are already in the story"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/ambiguous-name.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let people = cx.people();
        // Each candidate's related place and its message, made once: a long draft's hundreds
        // of these findings name the same few people again and again.
        let mut introduced: rustc_hash::FxHashMap<usize, Option<(Range<usize>, String)>> =
            Default::default();
        for a in &people.ambiguous {
            let names: Vec<&str> = a
                .candidates
                .iter()
                .filter_map(|&p| people.persons.get(p).map(|p| &*p.canonical))
                .collect();
            let written = cx.doc.text.get(a.range.clone()).unwrap_or("");
            let listed = list(&names, a.total);
            let mut message = String::with_capacity(written.len() + listed.len() + 40);
            for part in ["“", written, "” could be ", &listed, ": name the person"] {
                message.push_str(part);
            }
            let mut f = Finding::new(RuleId::AmbiguousName, a.range.clone(), message);
            f.related.reserve_exact(a.candidates.len());
            // One related place per candidate; the candidates are capped, so this is bounded.
            for &p in &a.candidates {
                let place = introduced.entry(p).or_insert_with(|| {
                    let person = people.persons.get(p)?;
                    let m = person
                        .mentions
                        .iter()
                        .find(|m| m.full)
                        .or(person.mentions.first())?;
                    let mut message = String::with_capacity(person.canonical.len() + 24);
                    for part in ["“", &person.canonical, "” introduced here"] {
                        message.push_str(part);
                    }
                    Some((m.range.clone(), message))
                });
                if let Some((range, message)) = place {
                    f = f.with_related(range.clone(), message.clone());
                }
            }
            out.push(f);
        }
    }
}

/// Names listed in a message: all of up to [`LISTED`] + 1, else the first [`LISTED`] and how many
/// more, so the message stays short however many namesakes a draft has.
fn list(names: &[&str], total: usize) -> String {
    /// Names spelt out in a message.
    const LISTED: usize = 3;
    let total = total.max(names.len());
    let more = total > LISTED + 1;
    let shown = if more {
        LISTED.min(names.len())
    } else {
        names.len()
    };
    // Written into one string: a long draft's hundreds of these are made on every keystroke.
    let mut out = String::with_capacity(names[..shown].iter().map(|n| n.len() + 10).sum());
    for (i, n) in names[..shown].iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == shown && !more {
                " or "
            } else {
                ", "
            });
        }
        out.push('“');
        out.push_str(n);
        out.push('”');
    }
    if more {
        let _ = write!(out, " or {} other people", total - shown);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::list;

    #[test]
    fn long_lists_are_cut() {
        assert_eq!(list(&["A", "B"], 2), "“A” or “B”");
        assert_eq!(list(&["A", "B", "C", "D"], 4), "“A”, “B”, “C” or “D”");
        assert_eq!(
            list(&["A", "B", "C", "D", "E"], 5000),
            "“A”, “B”, “C” or 4997 other people"
        );
        assert_eq!(list(&["A"], 1), "“A”");
        assert_eq!(list(&["A", "B"], 3), "“A” or “B”");
        assert_eq!(list(&["A", "B"], 9), "“A”, “B” or 7 other people");
        assert_eq!(list(&[], 0), "");
    }
}
