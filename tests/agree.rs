//! One answer: for every draft under `tests/drafts` (with its nested `.copydesk.toml` files),
//! the language server's diagnostics equal `copydesk check`'s findings, rule and range.

mod lsp_support;

use lsp_support::{offset, uri, Client};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn drafts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts")
}

fn drafts(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            drafts(&p, out);
        } else if copydesk_core_kind(&p) {
            out.push(p);
        }
    }
}

fn copydesk_core_kind(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("md" | "txt" | "markdown" | "mdx")
    )
}

/// (rule, byte start, byte end) of every finding the CLI reports for one draft.
fn cli_findings(path: &Path) -> Vec<(String, usize, usize)> {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(path)
        .current_dir(drafts_dir())
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, usize, usize)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["byte_start"].as_u64().unwrap() as usize,
                f["byte_end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_server_and_the_cli_agree_on_every_test_draft() {
    let root = drafts_dir();
    let mut paths = Vec::new();
    drafts(&root, &mut paths);
    assert!(paths.len() >= 5, "the test drafts are there: {paths:?}");
    let caps = json!({
        "general": {"positionEncodings": ["utf-8"]},
        "textDocument": {"publishDiagnostics": {"versionSupport": true}}
    });
    let (mut client, init) = Client::start(&root, caps, Value::Null);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let mut compared = 0;
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = uri(path);
        let language = if path.extension().is_some_and(|e| e == "txt") {
            "plaintext"
        } else {
            "markdown"
        };
        client.open(&doc, language, &text);
        let diags = client.diagnostics(&doc, 1);
        let mut server: Vec<(String, usize, usize)> = diags
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_string(),
                    offset(&text, &d["range"]["start"], true),
                    offset(&text, &d["range"]["end"], true),
                )
            })
            .collect();
        server.sort();
        let cli = cli_findings(path);
        assert_eq!(server, cli, "{}", path.display());
        compared += cli.len();
        client.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": doc}}),
        );
    }
    assert!(
        compared >= 8,
        "the drafts raise findings to compare ({compared})"
    );
    client.shutdown();
}
