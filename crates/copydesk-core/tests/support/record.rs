//! Drafts held to a record written for the tests: the record built from named texts, and the
//! record rules' findings (`misquote`, `misattributed-quote`, `unsourced-quote`).
#![allow(dead_code)] // each test file uses its own part

use copydesk_core::{analyze_with, Config, DocKind, Record, SourceText};

/// The record of `files` (name, text), which must parse without an error.
pub fn record(files: &[(&str, &str)]) -> Record {
    let sources: Vec<SourceText> = files
        .iter()
        .map(|(n, t)| SourceText {
            name: (*n).into(),
            text: (*t).into(),
        })
        .collect();
    let (record, errors) = Record::build(&sources);
    assert!(errors.is_empty(), "{errors:?}");
    record
}

/// (rule, message) of the record rules' findings on `draft`, held to `record`.
pub fn record_findings(draft: &str, kind: DocKind, record: &Record) -> Vec<(&'static str, String)> {
    analyze_with(draft, kind, &Config::default(), Some(record))
        .findings
        .into_iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "misquote" | "misattributed-quote" | "unsourced-quote"
            )
        })
        .map(|f| (f.rule.as_str(), f.message))
        .collect()
}
