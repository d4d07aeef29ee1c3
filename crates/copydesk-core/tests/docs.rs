//! Every rule is documented, and the examples in its documentation do what the text says.

use copydesk_core::rules::RULES;
use copydesk_core::{analyze_with, Config, DocKind, Record, SourceText};

/// The first ```text block after the "## Example" heading.
fn example(docs: &str) -> Option<&str> {
    let at = docs.find("## Example")?;
    let rest = &docs[at..];
    let start = rest.find("```text\n")? + "```text\n".len();
    let end = rest[start..].find("```")?;
    Some(&rest[start..start + end])
}

/// The first ```text block after the "### Record" heading: the transcript the example is held to.
fn record(docs: &str) -> Option<&str> {
    let at = docs.find("### Record")?;
    let rest = &docs[at..];
    let start = rest.find("```text\n")? + "```text\n".len();
    let end = rest[start..].find("```")?;
    Some(&rest[start..start + end])
}

#[test]
fn every_rule_has_a_titled_page_with_an_example() {
    for rule in RULES {
        let docs = rule.docs();
        assert!(
            docs.starts_with(&format!("# {}\n", rule.id())),
            "{}",
            rule.id()
        );
        assert!(example(docs).is_some(), "{} has no example", rule.id());
        assert!(!rule.summary().is_empty());
    }
}

#[test]
fn plain_examples_are_flagged_by_their_rule() {
    let mut checked = 0;
    for rule in RULES {
        let text = example(rule.docs()).unwrap_or_default();
        // Annotated examples (`→ fix`) show several cases on one line each; they are not drafts.
        if text.contains('→') {
            continue;
        }
        let record = record(rule.docs()).map(|r| {
            let (record, errors) = Record::build(&[SourceText {
                name: "record.txt".into(),
                text: r.into(),
            }]);
            assert!(errors.is_empty(), "{errors:?}");
            record
        });
        let found = analyze_with(
            text,
            DocKind::PlainText,
            &Config::default(),
            record.as_ref(),
        )
        .findings
        .iter()
        .any(|f| f.rule == rule.id());
        assert!(found, "the example of {} raises no {0} finding", rule.id());
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} examples were checked");
}
