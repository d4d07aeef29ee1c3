//! The server stays responsive: analyses run off the message loop, so hover on another draft
//! and shutdown answer while a long draft is analysed; `$/cancelRequest` is honoured; a newer
//! version replaces the analysis in progress; and anything that is not a draft gets empty
//! answers, never errors.
//!
//! The claims are checked by order, not by the clock, so a busy machine cannot fail them: the
//! answer must arrive while the long draft's analysis (seconds in a debug build) is still
//! running, that is before its diagnostics are published. The times are printed
//! (`--nocapture`); the release figures are in the README's Performance section and docs/performance.md.

mod lsp_support;

use lsp_support::{uri, workspace, Client};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn caps() -> Value {
    json!({"general": {"positionEncodings": ["utf-16"]}})
}

/// A long draft: many people and quotations, seconds of analysis in a debug build.
fn long_draft(paragraphs: usize) -> String {
    let mut s = String::from("# Council meets\n\n");
    for i in 0..paragraphs {
        s.push_str(&format!(
            "Ruth Okafor{i} met Dev Raman{i} at the town hall on Tuesday. “We will keep the boats running, whatever the weather,” Okafor{i} said.\n\n"
        ));
    }
    s
}

/// Paragraphs of the long draft.
const LONG: usize = 6000;

/// Whether diagnostics of `doc` have arrived (they are kept in the inbox, unread).
fn published(c: &Client, doc: &str) -> bool {
    c.inbox
        .iter()
        .any(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == doc)
}

fn hover(c: &mut Client, doc: &str) -> (Value, Duration) {
    let t = Instant::now();
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": {"line": 0, "character": 1}}),
    );
    (r, t.elapsed())
}

#[test]
fn hover_and_shutdown_answer_while_a_long_draft_is_analysed() {
    let ws = workspace("responsive");
    let (mut c, _) = Client::start(&ws, caps(), Value::Null);
    let small = uri(&ws.join("small.md"));
    c.open(&small, "markdown", "Ruth Okafor spoke.\n");
    let _ = c.diagnostics(&small, 1);
    // Outside the workspace, so that the small draft is not compared with it across files.
    let long = uri(&workspace("responsive-elsewhere").join("long.md"));
    c.open(&long, "markdown", &long_draft(LONG));
    let (r, took) = hover(&mut c, &small);
    assert!(r.get("error").is_none(), "{r}");
    eprintln!("hover on another draft during a long analysis: {took:?}");
    assert!(
        !published(&c, &long),
        "hover waited for the long analysis ({took:?})"
    );
    let t = Instant::now();
    let r = c.request("shutdown", Value::Null);
    let took = t.elapsed();
    eprintln!("shutdown during a long analysis: {took:?}");
    assert_eq!(r["result"], Value::Null, "{r}");
    assert!(
        !published(&c, &long),
        "shutdown waited for the long analysis ({took:?})"
    );
}

#[test]
fn a_cancelled_request_is_answered_at_once() {
    let ws = workspace("cancel");
    let (mut c, _) = Client::start(&ws, caps(), Value::Null);
    let long = uri(&ws.join("long.md"));
    c.open(&long, "markdown", &long_draft(LONG));
    let t = Instant::now();
    let id = c.send_request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": long}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    c.notify("$/cancelRequest", json!({"id": id}));
    let r = c.response(id, "the cancelled code action");
    eprintln!("cancelled code action answered in {:?}", t.elapsed());
    assert_eq!(r["error"]["code"], -32800, "{r}");
    assert!(
        !published(&c, &long),
        "the cancelled request waited for the analysis"
    );
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn a_newer_version_replaces_the_analysis_in_progress() {
    let ws = workspace("newer");
    let (mut c, _) = Client::start(&ws, caps(), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", &long_draft(LONG));
    let short = "“We will keep the boats running, whatever the weather brings.”\n";
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 2}, "contentChanges": [{"text": short}]}),
    );
    // The first publication is the newer version's: the older analysis was dropped.
    let first = c.wait_for("diagnostics of the draft", |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == doc
    });
    assert_eq!(first["params"]["version"], 2, "{first}");
    let diags = first["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["code"], "unattributed-quote", "{diags:?}");
    assert_eq!(c.server_text(&doc), (2, short.to_string()));
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn non_drafts_get_empty_answers() {
    let ws = workspace("non-drafts");
    let (mut c, _) = Client::start(&ws, caps(), Value::Null);
    let notes = uri(&ws.join("notes.rst"));
    c.open(&notes, "restructuredtext", "Ruth Okafor said “yes”.\n");
    let unknown = uri(&ws.join("never-opened.md"));
    let pos = json!({"line": 0, "character": 1});
    let range = json!({"start": pos, "end": pos});
    for doc in [&notes, &unknown] {
        let td = json!({"uri": doc});
        let at = json!({"textDocument": td, "position": pos});
        let asks = [
            ("textDocument/hover", at.clone(), Value::Null),
            ("textDocument/definition", at.clone(), Value::Null),
            ("textDocument/documentHighlight", at.clone(), Value::Null),
            (
                "textDocument/references",
                json!({"textDocument": td, "position": pos, "context": {"includeDeclaration": true}}),
                Value::Null,
            ),
            ("textDocument/prepareRename", at.clone(), Value::Null),
            (
                "textDocument/rename",
                json!({"textDocument": td, "position": pos, "newName": "Ann"}),
                Value::Null,
            ),
            (
                "textDocument/documentSymbol",
                json!({"textDocument": td}),
                Value::Null,
            ),
            (
                "textDocument/codeAction",
                json!({"textDocument": td, "range": range, "context": {"diagnostics": []}}),
                json!([]),
            ),
        ];
        for (method, params, want) in asks {
            let r = c.request(method, params);
            assert!(r.get("error").is_none(), "{method} on {doc}: {r}");
            assert_eq!(r["result"], want, "{method} on {doc}");
        }
    }
    assert_eq!(c.shutdown(), Some(0));
}
