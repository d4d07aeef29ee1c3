//! Names across drafts: a story package (a main story and its sidebars) must spell each person
//! one way. The command line (`check --across-files`) and the language server (open drafts) both
//! ask this module, so they give one answer.
//!
//! The drafts are read as one text, in the order given, so the engine's own `name-spelling`
//! logic decides what is a variant and which mention is canonical (the first full one, or the
//! house list's).

use crate::config::{Config, RuleLevel};
use crate::document::DocKind;
use crate::finding::{Edit, Severity};
use crate::rule_id::RuleId;
use crate::rules::RULES;
use std::ops::Range;

/// One draft of a package.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    /// Its text.
    pub text: &'a str,
    /// Its format.
    pub kind: DocKind,
}

/// A name written in one draft differently from its canonical mention in another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrossName {
    /// The draft holding the odd mention (an index into the drafts given).
    pub draft: usize,
    /// The odd mention, in that draft's byte offsets.
    pub range: Range<usize>,
    /// The draft holding the canonical mention.
    pub canonical_draft: usize,
    /// The canonical mention, in that draft's byte offsets.
    pub canonical_range: Range<usize>,
    /// The fix: edits of the odd draft, in its byte offsets.
    pub edits: Vec<Edit>,
    /// The severity `name-spelling` has under the config.
    pub severity: Severity,
}

/// What separates two drafts in the joined text: a paragraph break, so no sentence runs on.
const SEPARATOR: &str = "\n\n";

/// Names spelt differently in different drafts. Differences inside one draft are left to that
/// draft's own analysis.
pub fn cross_names(drafts: &[Draft], config: &Config) -> Vec<CrossName> {
    if drafts.len() < 2 {
        return Vec::new();
    }
    let mut joined = String::with_capacity(drafts.iter().map(|d| d.text.len() + 2).sum());
    let mut bases = Vec::with_capacity(drafts.len());
    for d in drafts {
        bases.push(joined.len());
        joined.push_str(d.text);
        joined.push_str(SEPARATOR);
    }
    // Which draft holds a byte range of the joined text, and the range in that draft.
    let locate = |r: Range<usize>| -> Option<(usize, Range<usize>)> {
        let j = bases.partition_point(|&b| b <= r.start).checked_sub(1)?;
        let base = bases[j];
        (r.end <= base + drafts[j].text.len()).then(|| (j, r.start - base..r.end - base))
    };
    let config = only_name_spelling(config);
    let analysis = crate::analyze(&joined, drafts[0].kind, &config);
    let mut out = Vec::new();
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::NameSpelling)
    {
        let Some((draft, range)) = locate(f.range()) else {
            continue;
        };
        let Some((canonical_draft, canonical_range)) = f
            .related
            .iter()
            .filter_map(|r| locate(r.byte_start..r.byte_end))
            .find(|(j, _)| *j != draft)
        else {
            continue;
        };
        let edits = f
            .fixes
            .first()
            .map(|x| {
                x.edits
                    .iter()
                    .filter_map(|e| {
                        let (j, r) = locate(e.byte_start..e.byte_end)?;
                        (j == draft).then(|| Edit {
                            byte_start: r.start,
                            byte_end: r.end,
                            replacement: e.replacement.clone(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(CrossName {
            draft,
            range,
            canonical_draft,
            canonical_range,
            edits,
            severity: f.severity,
        });
    }
    out
}

/// The config with every rule but `name-spelling` off: the others need not run on joined text.
fn only_name_spelling(config: &Config) -> Config {
    let mut config = config.clone();
    for rule in RULES {
        if rule.id() != RuleId::NameSpelling {
            config.rules.insert(rule.id(), RuleLevel::Off);
        }
    }
    config
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Draft<'_> {
        Draft {
            text,
            kind: DocKind::Markdown,
        }
    }

    #[test]
    fn a_sidebar_spelling_differs_from_the_main_story() {
        let main = "Councillor Margarethe Lindqvist opened the depot on Monday.\n\nLindqvist said the buses would run on time.\n";
        let side = "The depot was the idea of Margarethe Lindquist, a councillor since 2019.\n";
        let found = cross_names(&[md(main), md(side)], &Config::default());
        assert_eq!(found.len(), 1, "{found:?}");
        let c = &found[0];
        assert_eq!((c.draft, c.canonical_draft), (1, 0));
        assert_eq!(&side[c.range.clone()], "Lindquist");
        assert!(main[c.canonical_range.clone()].ends_with("Lindqvist"));
        let (fixed, _) = crate::fix::apply_edits(side, &c.edits);
        assert!(
            fixed.contains("Margarethe Lindqvist, a councillor"),
            "{fixed}"
        );
    }

    #[test]
    fn differences_inside_one_draft_are_that_drafts_own() {
        let a = "Margarethe Lindqvist spoke. Later Margarethe Lindquist left.\n";
        let b = "The weather was fine on Tuesday.\n";
        assert!(cross_names(&[md(a), md(b)], &Config::default()).is_empty());
        assert!(cross_names(&[md(a)], &Config::default()).is_empty());
    }
}
