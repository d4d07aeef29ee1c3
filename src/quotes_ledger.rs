//! `copydesk quotes`: the fact-checker's ledger: every direct quotation, who said it as the
//! engine resolved it (or "unattributed"), and where, as a table, CSV or JSON.

use crate::check::{guarded, prepare, print_failures, Failure};
use crate::cli::{LedgerFormat, QuotesArgs};
pub use copydesk_core::ledger::{Entry, UNATTRIBUTED};
use copydesk_core::{analyze_with, Record};
use rayon::prelude::*;
use std::fmt::Write;
use std::process::ExitCode;

/// The ledger entries of one draft, its quotations held to the record when one is given.
pub fn entries(
    path: &str,
    text: &str,
    shift: usize,
    config: &copydesk_core::Config,
    kind: copydesk_core::DocKind,
    record: Option<&Record>,
) -> Vec<Entry> {
    let analysis = analyze_with(text, kind, config, record);
    copydesk_core::ledger::entries(path, text, shift, &analysis)
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Shortens a text to `max` characters with an ellipsis.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Renders the ledger.
pub fn render(entries: &[Entry], format: LedgerFormat) -> String {
    let mut out = String::new();
    match format {
        LedgerFormat::Json => {
            out = copydesk_core::report::to_json(entries);
        }
        LedgerFormat::Csv => {
            out.push_str("path,line,column,speaker,attribution,quote,source,match\n");
            for e in entries {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{},{}",
                    csv_field(&e.path),
                    e.line,
                    e.column,
                    csv_field(&e.speaker),
                    e.attribution,
                    csv_field(&e.quote),
                    csv_field(e.source.as_deref().unwrap_or("")),
                    e.matched.unwrap_or("")
                );
            }
        }
        LedgerFormat::Table => {
            // The record's columns appear when a config names a record.
            let record = entries.iter().any(|e| e.matched.is_some());
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    let mut row = vec![
                        format!("{}:{}:{}", e.path, e.line, e.column),
                        clip(&e.speaker, 30),
                        e.attribution.to_string(),
                    ];
                    if record {
                        row.push(e.source.clone().unwrap_or_else(|| "-".into()));
                        row.push(e.matched.unwrap_or("-").to_string());
                    }
                    row.push(clip(&e.quote, 70));
                    row
                })
                .collect();
            let mut head = vec!["WHERE", "SPEAKER", "HOW"];
            if record {
                head.extend(["SOURCE", "MATCH"]);
            }
            head.push("QUOTE");
            let mut widths: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
            for r in &rows {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count());
                }
            }
            let head: Vec<String> = head.iter().map(|h| h.to_string()).collect();
            for r in std::iter::once(head).chain(rows) {
                let mut line = String::new();
                for (i, c) in r.iter().enumerate() {
                    if i + 1 == r.len() {
                        line.push_str(c);
                    } else {
                        let pad = widths[i] - c.chars().count();
                        let _ = write!(line, "{c}{}  ", " ".repeat(pad));
                    }
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
            let unattributed = entries.iter().filter(|e| e.speaker == UNATTRIBUTED).count();
            let _ = writeln!(
                out,
                "\n{} quotation{}, {unattributed} unattributed",
                entries.len(),
                if entries.len() == 1 { "" } else { "s" }
            );
        }
    }
    out
}

/// Runs `copydesk quotes`.
pub fn run(args: &QuotesArgs) -> ExitCode {
    let (jobs, mut failures) = match prepare(&args.input) {
        Ok(x) => x,
        Err(message) => {
            eprintln!("copydesk: error: {message}");
            return ExitCode::from(2);
        }
    };
    let results: Vec<Result<Vec<Entry>, Failure>> = jobs
        .par_iter()
        .map(|job| {
            guarded(|| {
                let text = job.read()?;
                Ok(entries(
                    &job.display,
                    &text.text,
                    text.offset(),
                    &job.config,
                    job.kind(),
                    job.record.as_deref(),
                ))
            })
            .map_err(|message| Failure {
                display: job.display.clone(),
                message,
            })
        })
        .collect();
    let mut all = Vec::new();
    for r in results {
        match r {
            Ok(e) => all.extend(e),
            Err(f) => failures.push(f),
        }
    }
    crate::output::emit(&render(&all, args.format));
    print_failures(&failures);
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk_core::ledger::{entries as entries_of, UNRESOLVED};
    use copydesk_core::{Config, DocKind};

    #[test]
    fn lists_direct_quotations_only_with_their_status() {
        let text = "The mayor said the plan was \"finished\".\n\n\"We will rebuild the pier before summer,\" the mayor said.\n\nThe pier closed in March.\n\n\"Nobody has told us when the work will start.\"\n";
        let e = entries("d.md", text, 0, &Config::default(), DocKind::Markdown, None);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!((e[0].line, e[0].column, e[0].attribution), (3, 1, "cue"));
        assert_ne!(e[0].speaker, UNATTRIBUTED);
        assert_eq!(
            (e[1].line, e[1].speaker.as_str(), e[1].attribution),
            (7, UNATTRIBUTED, "none")
        );
        let csv = render(&e, LedgerFormat::Csv);
        assert!(csv.starts_with("path,line,column,speaker,attribution,quote,source,match\n"));
        assert!(
            csv.contains(
                ",7,1,unattributed,none,\"\"\"Nobody has told us when the work will start.\"\"\",,\n"
            ),
            "{csv}"
        );
    }

    #[test]
    fn attributed_but_not_named_is_unresolved() {
        let text = "The pier closed.\n\n\"We will rebuild it before the summer season,\" the mayor said.\n\nThe cafe shut too.\n\n\"Nobody has told us when the work will start.\"\n";
        let mut analysis = analyze_with(text, DocKind::Markdown, &Config::default(), None);
        std::sync::Arc::make_mut(&mut analysis.people)
            .speakers
            .clear();
        let e = entries_of("d.md", text, 0, &analysis);
        let got: Vec<(&str, &str)> = e
            .iter()
            .map(|x| (x.speaker.as_str(), x.attribution))
            .collect();
        assert_eq!(got, [(UNRESOLVED, "cue"), (UNATTRIBUTED, "none")]);
    }

    #[test]
    fn csv_and_clip() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
