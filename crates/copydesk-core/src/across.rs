//! Names across drafts: a story package (a main story and its sidebars) must spell each person
//! one way. The command line (`check --across-files`) and the language server (open drafts) both
//! ask this module, so they give one answer.
//!
//! Each draft is analysed once, on its own; the comparison takes the people each analysis found.
//! Every distinct spelling of each person, draft by draft in the order given, becomes one short
//! sentence of a digest, and the engine's own `name-spelling` logic reads the digest, so it
//! decides what is a variant and which mention is canonical (the first full one, or the house
//! list's). The digest is as long as the package's list of names, not its text: a keystroke in
//! one draft costs a glance at the others' names, not a reading of them.

use crate::config::{Config, RuleLevel};
use crate::document::DocKind;
use crate::finding::{Edit, Severity};
use crate::people::People;
use crate::rule_id::RuleId;
use crate::rules::RULES;
use std::collections::HashMap;
use std::ops::Range;

/// One draft of a package, with the people its own analysis found.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    /// Its text.
    pub text: &'a str,
    /// Its format.
    pub kind: DocKind,
    /// Its people (`Analysis::people` of this text).
    pub people: &'a People,
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

/// How often one spelling is repeated in the digest at most: enough for the engine to tell a
/// spelling used again and again (a name of its own) from a slip.
const REPEATS: usize = 3;

/// One spelling of one person of one draft, as written into the digest.
struct Entry {
    /// The draft.
    draft: usize,
    /// The person (index into the draft's `People::persons`).
    person: usize,
    /// The name in the digest.
    at: Range<usize>,
    /// Its first mention in the draft.
    first: Range<usize>,
    /// The spelling.
    written: String,
}

/// The digest of a package: each person's spellings, draft by draft, one sentence each.
struct Digest {
    text: String,
    /// The first sentence of each spelling, by position in the digest.
    entries: Vec<Entry>,
}

impl Digest {
    fn new(drafts: &[Draft]) -> Digest {
        let mut text = String::new();
        let mut entries = Vec::new();
        for (j, d) in drafts.iter().enumerate() {
            // The draft's mentions in document order, so a bare surname follows its full name.
            let mut order: Vec<(usize, usize, usize)> = d
                .people
                .persons
                .iter()
                .enumerate()
                .flat_map(|(p, person)| {
                    (0..person.mentions.len()).map(move |m| (person.mentions[m].range.start, p, m))
                })
                .collect();
            order.sort_unstable();
            let mut seen: HashMap<(usize, &str), usize> = HashMap::new();
            for &(_, p, m) in &order {
                let mention = &d.people.persons[p].mentions[m];
                let count = seen.entry((p, &*mention.text)).or_insert(0);
                *count += 1;
                if *count > REPEATS {
                    continue;
                }
                // A title, as written, keeps `Mr Lindqvist` a person's name; a paragraph each,
                // so no sentence runs into the next.
                if let Some(title) = &mention.title {
                    text.push_str(title);
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&mention.text);
                let at = start..text.len();
                text.push_str(" said so.\n\n");
                if *count == 1 {
                    entries.push(Entry {
                        draft: j,
                        person: p,
                        at,
                        first: mention.range.clone(),
                        written: mention.text.to_string(),
                    });
                }
            }
        }
        Digest { text, entries }
    }

    /// The spelling whose name holds a byte range of the digest, and the range's offset in it.
    fn locate(&self, r: &Range<usize>) -> Option<(&Entry, usize)> {
        let i = self.entries.partition_point(|e| e.at.start <= r.start);
        let e = self.entries[..i].last()?;
        (r.end <= e.at.end).then(|| (e, r.start - e.at.start))
    }
}

/// Names spelt differently in different drafts. Differences inside one draft are left to that
/// draft's own analysis. Every mention of the odd spelling is reported, each with its fix.
pub fn cross_names(drafts: &[Draft], config: &Config) -> Vec<CrossName> {
    if drafts.len() < 2 {
        return Vec::new();
    }
    let digest = Digest::new(drafts);
    let config = only_name_spelling(config);
    let analysis = crate::analyze(&digest.text, DocKind::PlainText, &config);
    let mut out = Vec::new();
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::NameSpelling)
    {
        let Some((odd, offset)) = digest.locate(&f.range()) else {
            continue;
        };
        let Some((canon, canon_offset, canon_len)) = f
            .related
            .iter()
            .filter_map(|r| {
                let (e, off) = digest.locate(&(r.byte_start..r.byte_end))?;
                Some((e, off, r.byte_end - r.byte_start))
            })
            .find(|(e, _, _)| e.draft != odd.draft)
        else {
            continue;
        };
        let len = f.byte_end - f.byte_start;
        let canonical_range =
            canon.first.start + canon_offset..canon.first.start + canon_offset + canon_len;
        // The edits of the first fix, relative to the name they change.
        let edits: Vec<(Range<usize>, &str)> = f
            .fixes
            .first()
            .map(|x| {
                x.edits
                    .iter()
                    .filter(|e| e.byte_start >= odd.at.start && e.byte_end <= odd.at.end)
                    .map(|e| {
                        (
                            e.byte_start - odd.at.start..e.byte_end - odd.at.start,
                            e.replacement.as_str(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let d = &drafts[odd.draft];
        let mentions = d.people.persons[odd.person]
            .mentions
            .iter()
            .filter(|m| *m.text == *odd.written);
        for m in mentions {
            let s = m.range.start;
            out.push(CrossName {
                draft: odd.draft,
                range: s + offset..s + offset + len,
                canonical_draft: canon.draft,
                canonical_range: canonical_range.clone(),
                edits: edits
                    .iter()
                    .map(|(r, rep)| Edit {
                        byte_start: s + r.start,
                        byte_end: s + r.end,
                        replacement: rep.to_string(),
                    })
                    .collect(),
                severity: f.severity,
            });
        }
    }
    out.sort_by_key(|c| (c.draft, c.range.start, c.range.end));
    out.dedup_by(|a, b| a.draft == b.draft && a.range == b.range);
    out
}

/// The people of a draft, for a caller that has not analysed it yet (the command line): the
/// engine's analysis with only `name-spelling` on.
pub fn people(text: &str, kind: DocKind, config: &Config) -> People {
    std::sync::Arc::unwrap_or_clone(crate::analyze(text, kind, &only_name_spelling(config)).people)
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

    fn people(text: &str) -> People {
        std::sync::Arc::unwrap_or_clone(
            crate::analyze(text, DocKind::Markdown, &Config::default()).people,
        )
    }

    fn md<'a>(text: &'a str, people: &'a People) -> Draft<'a> {
        Draft {
            text,
            kind: DocKind::Markdown,
            people,
        }
    }

    #[test]
    fn a_sidebar_spelling_differs_from_the_main_story() {
        let main = "Councillor Margarethe Lindqvist opened the depot on Monday.\n\nLindqvist said the buses would run on time.\n";
        let side = "The depot was the idea of Margarethe Lindquist, a councillor since 2019.\n";
        let (pm, ps) = (people(main), people(side));
        let found = cross_names(&[md(main, &pm), md(side, &ps)], &Config::default());
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
        let (pa, pb) = (people(a), people(b));
        assert!(cross_names(&[md(a, &pa), md(b, &pb)], &Config::default()).is_empty());
        assert!(cross_names(&[md(a, &pa)], &Config::default()).is_empty());
    }

    #[test]
    fn every_mention_of_the_odd_spelling_is_reported_with_its_own_fix() {
        let main = "Councillor Ingrid Halvorsen opened the terminal on Friday.\n\nHalvorsen said crossings would double.\n";
        let side =
            "Ingrid Halvorson grew up on the island.\n\nHalvorson once ran the ferry café.\n";
        let (pm, ps) = (people(main), people(side));
        let found = cross_names(&[md(main, &pm), md(side, &ps)], &Config::default());
        let odd: Vec<&str> = found.iter().map(|c| &side[c.range.clone()]).collect();
        assert_eq!(odd, ["Halvorson", "Halvorson"], "{found:?}");
        for c in &found {
            assert_eq!((c.draft, c.canonical_draft), (1, 0));
            assert_eq!(c.edits.len(), 1);
            assert_eq!(c.edits[0].byte_start, c.range.start);
            assert_eq!(c.edits[0].replacement, "Halvorsen");
        }
    }

    #[test]
    fn the_same_spelling_everywhere_is_not_reported() {
        let main = "Councillor Ingrid Halvorsen opened the terminal on Friday.\n";
        let side = "Ingrid Halvorsen grew up on the island. Halvorsen ran the café.\n";
        let (pm, ps) = (people(main), people(side));
        assert!(cross_names(&[md(main, &pm), md(side, &ps)], &Config::default()).is_empty());
    }
}
