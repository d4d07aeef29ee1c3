//! The server's cross-file check and `copydesk check --across-files` give one answer: the odd
//! mentions of a sidebar are the same ranges, with the same fixes, whichever asks.

mod lsp_support;

use lsp_support::{offset, uri, workspace, Client};
use serde_json::{json, Value};
use std::process::Command;

const MAIN: &str = "Ferry terminal opens\n\nCouncillor Ingrid Halvorsen opened the new ferry terminal on Friday.\n\nHalvorsen said the crossings would double by spring, and Mr Tobias Engqvist agreed.\n";
const SIDEBAR: &str = "Who runs the island?\n\nIngrid Halvorson grew up on the island. Tobias Engqvist, her deputy, did not.\n\nHalvorson once ran the ferry café herself.\n";

/// (rule, start, end, first fix's replacement) of the CLI's findings on the sidebar.
fn cli(dir: &std::path::Path) -> Vec<(String, usize, usize, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", "--across-files"])
        .args(["a-main.md", "b-sidebar.md"])
        .current_dir(dir)
        .output()
        .expect("the binary runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut found: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "b-sidebar.md")
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["byte_start"].as_u64().unwrap() as usize,
                f["byte_end"].as_u64().unwrap() as usize,
                f["fixes"][0]["edits"][0]["replacement"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_server_and_the_cli_flag_the_same_mentions_across_two_drafts() {
    let ws = workspace("across-agree");
    std::fs::write(ws.join("a-main.md"), MAIN).unwrap();
    std::fs::write(ws.join("b-sidebar.md"), SIDEBAR).unwrap();
    let expected = cli(&ws);
    let odd: Vec<&str> = expected.iter().map(|f| &SIDEBAR[f.1..f.2]).collect();
    assert_eq!(odd, ["Halvorson", "Halvorson"], "{expected:?}");

    let caps = json!({"general": {"positionEncodings": ["utf-8"]},
        "textDocument": {"publishDiagnostics": {"relatedInformation": true, "versionSupport": true}}});
    let (mut c, _) = Client::start(&ws, caps, Value::Null);
    let (main, sidebar) = (uri(&ws.join("a-main.md")), uri(&ws.join("b-sidebar.md")));
    c.open(&main, "markdown", MAIN);
    c.diagnostics(&main, 1);
    c.open(&sidebar, "markdown", SIDEBAR);
    let diags = c.diagnostics(&sidebar, 1);
    let mut found: Vec<_> = diags
        .iter()
        .map(|d| {
            let start = offset(SIDEBAR, &d["range"]["start"], true);
            let end = offset(SIDEBAR, &d["range"]["end"], true);
            (d["code"].as_str().unwrap().to_string(), start, end)
        })
        .collect();
    found.sort();
    let cli_ranges: Vec<_> = expected.iter().map(|f| (f.0.clone(), f.1, f.2)).collect();
    assert_eq!(found, cli_ranges, "{diags:?}");
    for d in &diags {
        assert_eq!(d["relatedInformation"][0]["location"]["uri"], main, "{d}");
    }
    assert_eq!(c.shutdown(), Some(0));
}
