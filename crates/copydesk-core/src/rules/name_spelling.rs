//! `name-spelling`: a name written differently from its other mentions in the draft, or from the house names list.
//!
//! Variants are found in `people/`: persons and their mentions (`people/mod.rs`, `cands.rs`), fuzzy
//! keys and romanisation (`keys.rs`, `lexicon.rs`), places and organisations (`places.rs`,
//! `proper.rs`); this file turns each respelling into a finding with its fix.

use super::{Context, Rule};
use crate::finding::{Edit, Finding, Fix};
use crate::rule_id::RuleId;
use std::collections::HashMap;

/// Flags a name written differently from its other mentions in the draft, or from the house names list.
pub struct NameSpelling;

impl Rule for NameSpelling {
    fn id(&self) -> RuleId {
        RuleId::NameSpelling
    }

    fn summary(&self) -> &'static str {
        "a name written differently from its other mentions in the draft, or from the house names list"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/name-spelling.md")
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let spellings = &cx.people().spellings;
        // The spellings of each name, grouped once, so that a draft full of variants stays linear.
        let mut groups: HashMap<(&str, Option<usize>), Vec<usize>> = HashMap::new();
        for (i, s) in spellings.iter().enumerate() {
            groups
                .entry((s.canonical.as_str(), s.person))
                .or_default()
                .push(i);
        }
        for s in spellings {
            let group = groups
                .get(&(s.canonical.as_str(), s.person))
                .map_or(&[][..], Vec::as_slice);
            let message = if s.from_house {
                format!(
                    "“{}”: the house names list spells it “{}” (“{}”)",
                    s.written, s.replacement, s.canonical
                )
            } else if s.person.is_some() && given_for_family(s) {
                format!(
                    "“{}” is from the given name: the family name comes first in “{}”, and “{}” is the one used alone",
                    s.written, s.canonical, s.replacement
                )
            } else if s.person.is_some() {
                format!(
                    "“{}” is spelt “{}” elsewhere in this draft (first full mention: “{}”)",
                    s.written, s.replacement, s.canonical
                )
            } else {
                format!(
                    "“{}” is written “{}” elsewhere in this draft",
                    s.written, s.replacement
                )
            };
            let mut f =
                Finding::new(RuleId::NameSpelling, s.range.clone(), message).with_fix(Fix {
                    title: format!("Change to “{}”", s.replacement),
                    edits: vec![Edit::new(s.range.clone(), s.replacement.clone())],
                    safe: true,
                });
            // Every other spelling of the same name in one go.
            // Past GROUP_FIX_CAP mentions the fix is left out: repeated on every finding, it
            // would make the output grow with the square of the draft.
            let same: Vec<Edit> = group
                .iter()
                .take(GROUP_FIX_CAP + 1)
                .map(|&o| Edit::new(spellings[o].range.clone(), spellings[o].replacement.clone()))
                .collect();
            if (2..=GROUP_FIX_CAP).contains(&same.len()) {
                f = f.with_fix(Fix {
                    title: format!("Spell every mention as “{}”", s.canonical),
                    edits: same,
                    safe: false,
                });
            }
            if let Some(r) = &s.canonical_range {
                f = f.with_related(r.clone(), format!("canonical spelling: “{}”", s.canonical));
            }
            for o in group
                .iter()
                .map(|&o| &spellings[o])
                .filter(|o| o.range != s.range)
                .take(5)
            {
                f = f.with_related(o.range.clone(), format!("also spelt “{}”", o.written));
            }
            out.push(f);
        }
    }
}

/// The most mentions one "spell every mention" fix edits.
const GROUP_FIX_CAP: usize = 64;

/// Whether a spelling puts a given name where the family name goes: the replacement opens the
/// canonical name and what is written is a later word of it or its last syllable (`Jinping` of
/// `Xi Jinping`, `Un` of `Kim Jong-un`).
fn given_for_family(s: &crate::people::Spelling) -> bool {
    let mut words = s.canonical.split_whitespace();
    words.next() == Some(s.replacement.as_str())
        && words
            .flat_map(|w| w.split(['-', '\u{2010}']))
            .any(|w| w.eq_ignore_ascii_case(&s.written))
}
