//! Inline suppressions in Markdown comments:
//! `<!-- copydesk-disable-next-line RULE -->`, `<!-- copydesk-disable-line RULE -->` and
//! `<!-- copydesk-disable RULE -->` … `<!-- copydesk-enable RULE -->`.
//!
//! Without a rule id, a comment covers every rule. Several ids may be given, separated by spaces
//! or commas; a reason may follow after `--` (`<!-- copydesk-disable-next-line name-spelling --
//! the family spells it both ways -->`). A `copydesk-disable` with no `copydesk-enable` runs to the
//! end of the draft; `copydesk-enable RULE` inside a `copydesk-disable` of every rule turns that
//! one rule back on.

use crate::document::Document;
use crate::finding::Finding;
use crate::position::LineIndex;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// What a suppression comment says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Directive {
    /// Silence the line after the comment's last line.
    NextLine,
    /// Silence the comment's own line(s).
    Line,
    /// Silence from here on.
    Disable,
    /// Stop silencing.
    Enable,
}

/// Parses a comment's text into a directive and its rule ids (empty: every rule).
fn parse(comment: &str) -> Option<(Directive, Vec<String>)> {
    let inner = comment.strip_prefix("<!--")?;
    let inner = inner.strip_suffix("-->").unwrap_or(inner);
    let mut words = inner.split_whitespace();
    let directive = match words.next()? {
        "copydesk-disable-next-line" => Directive::NextLine,
        "copydesk-disable-line" => Directive::Line,
        "copydesk-disable" => Directive::Disable,
        "copydesk-enable" => Directive::Enable,
        _ => return None,
    };
    let rules = words
        .take_while(|w| !w.starts_with("--"))
        .flat_map(|w| w.split(','))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    Some((directive, rules))
}

/// Which rules are silenced at a point of a disable/enable region.
#[derive(Debug, Default, Clone)]
struct State {
    /// Every rule is silenced, except `exceptions`.
    all: bool,
    /// Rules turned back on inside an all-rules region.
    exceptions: BTreeSet<String>,
    /// Rules silenced one by one.
    rules: BTreeSet<String>,
}

impl State {
    fn apply(&mut self, directive: &Directive, rules: &[String]) {
        match (directive, rules.is_empty()) {
            (Directive::Disable, true) => {
                self.all = true;
                self.exceptions.clear();
            }
            (Directive::Disable, false) => {
                for r in rules {
                    self.exceptions.remove(r);
                    self.rules.insert(r.clone());
                }
            }
            (Directive::Enable, true) => *self = State::default(),
            (Directive::Enable, false) => {
                for r in rules {
                    self.rules.remove(r);
                    if self.all {
                        self.exceptions.insert(r.clone());
                    }
                }
            }
            _ => {}
        }
    }

    fn silences(&self, rule: &str) -> bool {
        (self.all && !self.exceptions.contains(rule)) || self.rules.contains(rule)
    }
}

/// The suppressions of one draft, with positions resolved.
#[derive(Default)]
struct Suppressions {
    /// Line suppressions: (rules, byte range of the lines they silence).
    lines: Vec<(Vec<String>, Range<usize>)>,
    /// Region directives: (offset where they take effect, directive, rules), in document order.
    regions: Vec<(usize, Directive, Vec<String>)>,
}

/// Reads every suppression comment of a draft. Lines are found through a line index, so a
/// long line full of comments costs no more than a short one.
fn collect(doc: &Document) -> Suppressions {
    let text = doc.text;
    let index = LineIndex::new(text);
    let mut out = Suppressions::default();
    for c in &doc.comments {
        let Some((directive, rules)) = text.get(c.clone()).and_then(parse) else {
            continue;
        };
        match directive {
            Directive::NextLine => {
                let next = index.line(c.end) + 1;
                if next < index.line_count() {
                    out.lines
                        .push((rules, index.line_start(next)..index.line_end(next)));
                }
            }
            Directive::Line => {
                let start = index.line_start(index.line(c.start));
                let end = index.line_end(index.line(c.end));
                out.lines.push((rules, start..end));
            }
            Directive::Disable => out.regions.push((c.end, directive, rules)),
            Directive::Enable => out.regions.push((c.start, directive, rules)),
        }
    }
    out
}

/// The line suppressions in force at a point: how many cover every rule, and how many each rule.
#[derive(Default)]
struct Active<'s> {
    all: usize,
    rules: HashMap<&'s str, usize>,
}

impl<'s> Active<'s> {
    fn change(&mut self, rules: &'s [String], opens: bool) {
        let step = |n: &mut usize| *n = if opens { *n + 1 } else { n.saturating_sub(1) };
        if rules.is_empty() {
            step(&mut self.all);
        }
        for r in rules {
            step(self.rules.entry(r.as_str()).or_default());
        }
    }

    fn silences(&self, rule: &str) -> bool {
        self.all > 0 || self.rules.get(rule).is_some_and(|&n| n > 0)
    }
}

/// Drops findings covered by a suppression comment: one sweep over the findings in order of
/// position, with line suppressions and regions opened and closed as it goes.
pub fn apply(doc: &Document, findings: &mut Vec<Finding>) {
    if doc.comments.is_empty() {
        return;
    }
    let sup = collect(doc);
    // Line suppressions as events: (offset, opens, index); a range covers at least one byte.
    // Closing sorts before opening at one offset, as the ranges are half-open.
    let mut events: Vec<(usize, bool, usize)> = Vec::with_capacity(sup.lines.len() * 2);
    for (i, (_, r)) in sup.lines.iter().enumerate() {
        events.push((r.start, true, i));
        events.push((r.end.max(r.start + 1), false, i));
    }
    events.sort_unstable();
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| findings[i].byte_start);
    let (mut active, mut next_event) = (Active::default(), 0);
    let (mut state, mut next_region) = (State::default(), 0);
    let mut keep = vec![true; findings.len()];
    for i in order {
        let (at, rule) = (findings[i].byte_start, findings[i].rule.as_str());
        while let Some(&(_, opens, k)) = events.get(next_event).filter(|e| e.0 <= at) {
            active.change(&sup.lines[k].0, opens);
            next_event += 1;
        }
        while let Some((_, directive, rules)) = sup.regions.get(next_region).filter(|r| r.0 <= at) {
            state.apply(directive, rules);
            next_region += 1;
        }
        keep[i] = !active.silences(rule) && !state.silences(rule);
    }
    let mut i = 0;
    findings.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Config, DocKind};

    /// A paragraph with no cue, then an orphan quotation: one `unattributed-quote` per orphan.
    const ORPHAN: &str = "\"Every closure makes the next one easier to justify.\"";

    fn flagged(text: &str) -> Vec<(&'static str, usize)> {
        let a = analyze(text, DocKind::Markdown, &Config::default());
        let ix = crate::position::LineIndex::new(text);
        a.findings
            .iter()
            .map(|f| (f.rule.as_str(), ix.line_col(f.byte_start).0))
            .collect()
    }

    #[test]
    fn without_comments_the_orphans_are_flagged() {
        let t = format!("The library shut.\n\n{ORPHAN}\n\nThe pool shut.\n\n{ORPHAN}\n");
        assert_eq!(
            flagged(&t),
            [("unattributed-quote", 3), ("unattributed-quote", 7)]
        );
    }

    #[test]
    fn next_line_silences_only_the_next_line_and_only_its_rules() {
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n{ORPHAN}\n\nThe pool shut.\n\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 8)]);
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable-next-line name-spelling -->\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 4)]);
        let t = format!("The library shut.\n\n<!-- copydesk-disable-next-line -->\n{ORPHAN}\n");
        assert_eq!(flagged(&t), []);
    }

    #[test]
    fn ids_separated_by_commas_and_a_reason_after_dashes() {
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable-next-line name-spelling,unattributed-quote -- the source asked not to be named -->\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), []);
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable-next-line name-spelling -- unattributed-quote is not a rule id here -->\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 4)]);
    }

    #[test]
    fn disable_enable_region() {
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable unattributed-quote -->\n\n{ORPHAN}\n\n<!-- copydesk-enable unattributed-quote -->\n\nThe pool shut.\n\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 11)]);
    }

    #[test]
    fn disable_without_enable_runs_to_the_end() {
        let t = format!(
            "The library shut.\n\n{ORPHAN}\n\n<!-- copydesk-disable -->\n\nThe pool shut.\n\n{ORPHAN}\n\nThe gym shut.\n\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 3)]);
    }

    #[test]
    fn enable_one_rule_inside_an_all_rules_region() {
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable -->\n\n{ORPHAN}\n\n<!-- copydesk-enable unattributed-quote -->\n\nThe pool shut.\n\n{ORPHAN}\n"
        );
        assert_eq!(flagged(&t), [("unattributed-quote", 11)]);
    }

    #[test]
    fn enable_of_one_rule_does_not_end_a_region_of_two() {
        let t = format!(
            "The library shut.\n\n<!-- copydesk-disable unattributed-quote, unbalanced-quote -->\n\n<!-- copydesk-enable unbalanced-quote -->\n\n{ORPHAN}\n\nThe pool shut.\n\n\"Left open\n"
        );
        assert_eq!(flagged(&t), [("unbalanced-quote", 11)]);
    }

    #[test]
    fn same_line_and_crlf() {
        let t = format!("The library shut.\r\n\r\n{ORPHAN} <!-- copydesk-disable-line unattributed-quote -->\r\n");
        assert_eq!(flagged(&t), []);
        let t = format!("The library shut.\r\n\r\n<!-- copydesk-disable-next-line unattributed-quote -->\r\n{ORPHAN}\r\n");
        assert_eq!(flagged(&t), []);
    }

    #[test]
    fn comments_in_code_and_other_comments_are_not_directives() {
        let t = format!(
            "The library shut.\n\n```\n<!-- copydesk-disable -->\n```\n\n{ORPHAN}\n\n<!-- a note to the desk: copydesk-disable -->\n\nThe pool shut.\n\n{ORPHAN}\n"
        );
        assert_eq!(
            flagged(&t),
            [("unattributed-quote", 7), ("unattributed-quote", 13)]
        );
    }

    #[test]
    fn plain_text_has_no_comments() {
        let t = format!("The library shut.\n\n<!-- copydesk-disable -->\n{ORPHAN}\n");
        let a = analyze(&t, DocKind::PlainText, &Config::default());
        assert_eq!(a.findings.len(), 1);
    }
}
