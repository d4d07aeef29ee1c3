//! `copydesk rules` and `copydesk explain RULE`: the rules' documentation, as the editor links it.

use copydesk_core::rules::{by_id, RULES};
use std::fmt::Write;
use std::process::ExitCode;

/// The rule list: id, default severity and summary, aligned.
pub fn rules_text() -> String {
    let width = RULES
        .iter()
        .map(|r| r.id().as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for r in RULES {
        let _ = writeln!(
            out,
            "{:width$}  {:7}  {}",
            r.id().as_str(),
            r.default_severity().as_str(),
            r.summary()
        );
    }
    out.push_str("\nRun `copydesk explain RULE` for a rule's documentation with an example.\n");
    out
}

/// A rule's documentation and where it lives online, or `None` for an unknown id.
pub fn explain_text(id: &str) -> Option<String> {
    let rule = by_id(id)?;
    let mut out = rule.docs().trim_end().to_string();
    let _ = write!(
        out,
        "\n\nDefault severity: {}. Online: {}\n",
        rule.default_severity().as_str(),
        copydesk_core::rule_docs_url(rule.id())
    );
    Some(out)
}

/// Runs `copydesk explain RULE`.
pub fn explain(id: &str) -> ExitCode {
    match explain_text(id) {
        Some(text) => {
            crate::output::emit(&text);
            ExitCode::SUCCESS
        }
        None => {
            let ids: Vec<&str> = RULES.iter().map(|r| r.id().as_str()).collect();
            eprintln!(
                "copydesk: error: unknown rule `{id}`; the rules are: {}",
                ids.join(", ")
            );
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_and_documented_with_an_example() {
        let list = rules_text();
        for r in RULES {
            assert!(list.contains(r.id().as_str()) && list.contains(r.summary()));
            let doc = explain_text(r.id().as_str()).unwrap();
            assert!(
                doc.starts_with(&format!("# {}", r.id().as_str())),
                "{}",
                r.id().as_str()
            );
        }
        // The quotation rules' documentation is complete; the other rules' pages are written with them.
        for id in ["unattributed-quote", "unbalanced-quote"] {
            let doc = explain_text(id).unwrap();
            assert!(doc.contains("## Example"), "{id} has no example");
            assert!(doc.ends_with(&format!(
                "Online: {}\n",
                copydesk_core::rule_docs_url(by_id(id).unwrap().id())
            )));
        }
        assert!(explain_text("no-such-rule").is_none());
    }
}
