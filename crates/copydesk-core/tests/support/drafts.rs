//! What the tests of drafts compare: the findings of one rule family as (rule, flagged text, …).
// Each test crate uses some of these helpers.
#![allow(dead_code)]

use copydesk_core::{analyze, Config, DocKind};

/// The quotation rules.
pub const QUOTE_RULES: &[&str] = &["unattributed-quote", "unbalanced-quote"];

/// (rule, flagged text) of the quotation findings.
pub fn findings(text: &str, kind: DocKind) -> Vec<(&'static str, String)> {
    analyze(text, kind, &Config::default())
        .findings
        .into_iter()
        .filter(|f| QUOTE_RULES.contains(&f.rule.as_str()))
        .map(|f| (f.rule.as_str(), text[f.range()].to_string()))
        .collect()
}

/// No quotation finding in a plain-text draft.
pub fn none(text: &str) {
    let got = findings(text, DocKind::PlainText);
    assert!(got.is_empty(), "{text}\n=> {got:?}");
}

/// Exactly one finding: `quote` is unattributed.
pub fn orphan(text: &str, quote: &str) {
    let got = findings(text, DocKind::PlainText);
    assert_eq!(
        got,
        vec![("unattributed-quote", quote.to_string())],
        "{text}"
    );
}

/// (rule, flagged text, replacements of the first fix joined by `|`) of the title findings.
pub fn titles(text: &str, style: Option<&str>) -> Vec<(&'static str, String, String)> {
    let config = Config {
        style: style.map(str::to_string),
        ..Config::default()
    };
    analyze(text, DocKind::PlainText, &config)
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str().starts_with("title-"))
        .map(|f| {
            let rep = f
                .fixes
                .first()
                .map(|x| {
                    let reps: Vec<&str> = x.edits.iter().map(|e| e.replacement.as_str()).collect();
                    reps.join("|")
                })
                .unwrap_or_default();
            (f.rule.as_str(), text[f.range()].to_string(), rep)
        })
        .collect()
}

/// (rule, flagged text, first fix's replacement) of the two name rules under `config`.
pub fn names(text: &str, config: &Config) -> Vec<(&'static str, String, Option<String>)> {
    analyze(text, DocKind::PlainText, config)
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "name-spelling" || f.rule.as_str() == "ambiguous-name")
        .map(|f| {
            (
                f.rule.as_str(),
                text[f.byte_start..f.byte_end].to_string(),
                f.fixes
                    .first()
                    .and_then(|x| x.edits.first())
                    .map(|e| e.replacement.clone()),
            )
        })
        .collect()
}

/// The speaker of every checked quotation of a plain-text draft, as display text (`None`:
/// unresolved).
pub fn speakers(text: &str) -> Vec<Option<String>> {
    let a = analyze(text, DocKind::PlainText, &Config::default());
    (0..a.quotes.quotations.len())
        .filter(|&i| a.quotes.quotations[i].kind == copydesk_core::quotes::QuoteKind::Quotation)
        .map(|i| a.people.speaker_name(i))
        .collect()
}

/// No quotation finding on a plain-text draft, and these speakers of its quotations in order.
pub fn said_by(text: &str, who: &[Option<&str>]) {
    none(text);
    let want: Vec<Option<String>> = who.iter().map(|w| w.map(str::to_string)).collect();
    assert_eq!(speakers(text), want, "{text}");
}

/// [`names`] under the default config (no house list, no style).
pub fn plain_names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    names(text, &Config::default())
}

/// An expected `name-spelling` finding on `text`, fixed to `fix`.
pub fn spelt(text: &str, fix: &str) -> (&'static str, String, Option<String>) {
    ("name-spelling", text.to_string(), Some(fix.to_string()))
}

/// An expected `ambiguous-name` finding on `text`.
pub fn ambiguous(text: &str) -> (&'static str, String, Option<String>) {
    ("ambiguous-name", text.to_string(), None)
}

/// The unbalanced-quote findings of `text`: (flagged text, the first fix's result).
pub fn unbalanced(text: &str) -> Vec<(String, Option<String>)> {
    analyze(text, DocKind::PlainText, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "unbalanced-quote")
        .map(|f| {
            let fixed = f.fixes.first().map(|fix| {
                let mut out = text.to_string();
                let mut edits = fix.edits.clone();
                edits.sort_by_key(|e| std::cmp::Reverse(e.byte_start));
                for e in edits {
                    out.replace_range(e.byte_start..e.byte_end, &e.replacement);
                }
                out
            });
            (text[f.range()].to_string(), fixed)
        })
        .collect()
}
