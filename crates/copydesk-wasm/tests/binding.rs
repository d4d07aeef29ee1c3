//! The binding on the host: settings in, the CLI's JSON out, errors as JSON, never a panic.

use copydesk_wasm::{analyze_draft, check, fix_all_safe, rules, styles};
use serde_json::Value;

const DRAFT: &str = "The pier reopened on Monday.\n\n\"Nobody has told us when the work on the harbour wall will start.\"\n\nAlma Ferreira, who runs the chandlery, was pleased. \"It is good news for the whole quay,\" she said.\n\nMrs Ferreiraa added that the ferry would return in June.\n";

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}: {s}"))
}

#[test]
fn check_prints_the_cli_shape_with_the_path() {
    let out = check(DRAFT, r#"{"path": "pier.md"}"#);
    assert!(
        out.starts_with("[\n  {\n    \"path\": \"pier.md\",\n"),
        "{out}"
    );
    assert!(out.ends_with("]\n"));
    let v = json(&out);
    let rules: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"unattributed-quote"), "{rules:?}");
    assert!(rules.contains(&"name-spelling"), "{rules:?}");
    let quote = &v[0];
    assert_eq!(
        (quote["line"].as_u64(), quote["column"].as_u64()),
        (Some(3), Some(1))
    );
}

#[test]
fn settings_take_the_config_shape() {
    let off = json(&check(DRAFT, r#"{"rules": {"unattributed-quote": "off"}}"#));
    assert!(off
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rule"] != "unattributed-quote"));
    let err = json(&check(
        DRAFT,
        r#"{"rules": {"unattributed-quote": "error"}}"#,
    ));
    assert_eq!(err[0]["severity"], "error");
    let ap = json(&check(DRAFT, r#"{"style": "ap"}"#));
    assert!(
        ap.as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "title-style"),
        "{ap}"
    );
    // No style picked is the default, as in the editors' settings.
    assert_eq!(check(DRAFT, r#"{"style": ""}"#), check(DRAFT, ""));
}

#[test]
fn bad_settings_are_errors_not_panics() {
    for bad in [
        "[",
        "[1]",
        r#"{"style": "house"}"#,
        r#"{"rules": {"no-such-rule": "off"}}"#,
        r#"{"rules": {"unattributed-quote": "loud"}}"#,
        r#"{"quotes": {"min_words": "four"}}"#,
    ] {
        let v = json(&check(DRAFT, bad));
        assert!(
            v["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{bad}: {v}"
        );
        assert!(json(&analyze_draft(DRAFT, bad))["error"].is_string());
        assert!(json(&fix_all_safe(DRAFT, bad))["error"].is_string());
    }
}

#[test]
fn analyze_gives_findings_people_and_the_ledger() {
    let v = json(&analyze_draft(DRAFT, ""));
    assert_eq!(v["findings"], json(&check(DRAFT, "")));
    let people = v["people"].as_array().unwrap();
    let alma = people
        .iter()
        .find(|p| p["name"] == "Alma Ferreira")
        .unwrap_or_else(|| panic!("{people:?}"));
    assert_eq!(alma["first"]["line"], 5);
    assert_eq!(alma["quotations"], 1);
    let ledger = v["ledger"].as_array().unwrap();
    let who: Vec<(&str, u64)> = ledger
        .iter()
        .map(|e| (e["speaker"].as_str().unwrap(), e["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(who, [("unattributed", 3), ("Alma Ferreira", 5)]);
}

#[test]
fn a_byte_order_mark_is_counted_as_the_cli_counts_it() {
    let plain = json(&check(DRAFT, ""));
    let with_bom = json(&check(&format!("\u{feff}{DRAFT}"), ""));
    assert_eq!(plain[0]["column"], with_bom[0]["column"]);
    assert_eq!(
        plain[0]["byte_start"].as_u64().unwrap() + 3,
        with_bom[0]["byte_start"].as_u64().unwrap()
    );
    let fixed = json(&fix_all_safe(&format!("\u{feff}{DRAFT}"), ""));
    assert!(fixed["text"].as_str().unwrap().starts_with('\u{feff}'));
}

#[test]
fn fix_all_safe_respells_the_name() {
    let v = json(&fix_all_safe(DRAFT, ""));
    assert!(v["fixed"].as_u64().unwrap() >= 1, "{v}");
    assert!(v["text"]
        .as_str()
        .unwrap()
        .contains("Mrs Ferreira added that the ferry"));
}

#[test]
fn plain_text_by_path_and_odd_input() {
    // A fenced block is code in Markdown, prose in plain text.
    let text = "```\n\"Nobody has told us when the work on the wall will start.\"\n```\n";
    assert_eq!(json(&check(text, "")), json("[]"));
    let txt = json(&check(text, r#"{"path": "notes.txt"}"#));
    assert_eq!(txt[0]["rule"], "unattributed-quote", "{txt}");
    assert_eq!(txt[0]["path"], "notes.txt");
    for text in ["", "\"", "“", "\u{feff}", "a\r\n\"b", "😀\"x"] {
        assert!(json(&analyze_draft(text, "")).is_object());
    }
}

#[test]
fn styles_and_rules_are_listed() {
    let s = json(&styles());
    let names: Vec<&str> = s
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 7);
    assert_eq!(s[0]["display"], "AP");
    let r = json(&rules());
    assert!(r
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["id"] == "unattributed-quote" && x["severity"] == "warning"));
}
