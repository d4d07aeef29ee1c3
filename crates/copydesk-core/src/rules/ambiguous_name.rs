//! `ambiguous-name`: a bare surname (or title + surname) when two or more people with that surname are already in the story.
//!
//! The people of the story, and which bare mentions could be several of them, are found in
//! `people/` (`people/mod.rs` resolves mentions to persons); this file only reports them.

use super::{Context, Rule};
use crate::finding::Finding;
use crate::rule_id::RuleId;

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
        let people = cx.people;
        for a in &people.ambiguous {
            let names: Vec<&str> = a
                .candidates
                .iter()
                .filter_map(|&p| people.persons.get(p).map(|p| p.canonical.as_str()))
                .collect();
            let written = cx.doc.text.get(a.range.clone()).unwrap_or("");
            let quoted: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
            let list = match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                _ => quoted.concat(),
            };
            let mut f = Finding::new(
                RuleId::AmbiguousName,
                a.range.clone(),
                format!("“{written}” could be {list}: name the person"),
            );
            for &p in &a.candidates {
                if let Some(person) = people.persons.get(p) {
                    if let Some(m) = person
                        .mentions
                        .iter()
                        .find(|m| m.full)
                        .or(person.mentions.first())
                    {
                        f = f.with_related(
                            m.range.clone(),
                            format!("“{}” introduced here", person.canonical),
                        );
                    }
                }
            }
            out.push(f);
        }
    }
}
