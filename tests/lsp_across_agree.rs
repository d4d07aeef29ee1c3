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

/// A draft open alone does not list its names at each keystroke (no other draft reads them);
/// once another draft is open, names that move again still re-check it: the sidebar's odd
/// spellings follow the main draft's, however they were written while it was alone.
#[test]
fn names_typed_while_a_draft_was_alone_still_recheck_the_drafts_opened_later() {
    let ws = workspace("across-alone");
    let caps = json!({"general": {"positionEncodings": ["utf-8"]},
        "textDocument": {"publishDiagnostics": {"relatedInformation": true, "versionSupport": true}}});
    let (mut c, _) = Client::start(&ws, caps, Value::Null);
    let (main, sidebar) = (uri(&ws.join("a-main.md")), uri(&ws.join("b-sidebar.md")));
    let whole = |c: &mut Client, version: i64, text: &str| {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": main, "version": version},
                   "contentChanges": [{"text": text}]}),
        );
    };
    c.open(&main, "markdown", MAIN);
    c.diagnostics(&main, 1);
    // Alone, the main draft comes to spell the councillor as the sidebar will.
    let respelled = MAIN.replace("Halvorsen", "Halvorson");
    whole(&mut c, 2, &respelled);
    c.diagnostics(&main, 2);
    c.open(&sidebar, "markdown", SIDEBAR);
    let odd = |diags: &[Value]| -> Vec<String> {
        diags
            .iter()
            .filter(|d| d["code"] == "name-spelling")
            .map(|d| {
                let (s, e) = (&d["range"]["start"], &d["range"]["end"]);
                SIDEBAR[offset(SIDEBAR, s, true)..offset(SIDEBAR, e, true)].to_string()
            })
            .collect()
    };
    assert_eq!(odd(&c.diagnostics(&sidebar, 1)), Vec::<String>::new());
    // Back to the first spelling: the sidebar's mentions are odd again.
    whole(&mut c, 3, MAIN);
    c.diagnostics(&main, 3);
    let again = c.wait_for("the sidebar re-checked", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == sidebar
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| d.iter().any(|d| d["code"] == "name-spelling"))
    });
    let diags = again["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(odd(&diags), ["Halvorson", "Halvorson"]);
    assert_eq!(c.shutdown(), Some(0));
}
