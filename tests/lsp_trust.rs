//! The language server trusted with a newsroom's files: the same config as the CLI for every
//! draft, writes only to regular files inside a workspace folder, and an answer to every
//! broken frame.

mod lsp_support;

use lsp_support::{uri, workspace, Client};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

const DRAFT: &str = "“Each closure makes the next one easier to justify, and nobody asks why.”\n\nInes Aldana Moyo met the harbour board on Friday.\n\nInes Aldana Moya said the board would meet again.\n";

fn caps() -> Value {
    json!({"workspace": {"workspaceEdit": {"documentChanges": true}}})
}

/// The rule and range of each finding `copydesk check` reports for `file`, as LSP ranges.
fn cli_findings(dir: &Path, file: &str) -> Vec<(String, Value)> {
    let o = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", file])
        .current_dir(dir)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            // The draft has no character outside the BMP: UTF-16 columns are scalar columns.
            let at = |l: &str, c: &str| {
                json!({"line": f[l].as_u64().unwrap() - 1, "character": f[c].as_u64().unwrap() - 1})
            };
            let range = json!({"start": at("line", "column"), "end": at("end_line", "end_column")});
            (f["rule"].as_str().unwrap().to_string(), range)
        })
        .collect()
}

fn lsp_findings(diags: &[Value]) -> Vec<(String, Value)> {
    diags
        .iter()
        .map(|d| (d["code"].as_str().unwrap().to_string(), d["range"].clone()))
        .collect()
}

#[test]
fn a_nested_config_applies_in_the_editor_as_in_ci() {
    let ws = workspace("trust-nested");
    std::fs::create_dir_all(ws.join(".git")).unwrap();
    std::fs::create_dir_all(ws.join("politics")).unwrap();
    std::fs::write(
        ws.join(".copydesk.toml"),
        "[rules]\nunattributed-quote = \"off\"\n",
    )
    .unwrap();
    std::fs::write(
        ws.join("politics/.copydesk.toml"),
        "[rules]\nname-spelling = \"off\"\n",
    )
    .unwrap();
    std::fs::write(ws.join("top.md"), DRAFT).unwrap();
    std::fs::write(ws.join("politics/desk.md"), DRAFT).unwrap();
    let (mut c, _) = Client::start(&ws, caps(), Value::Null);
    for file in ["top.md", "politics/desk.md"] {
        let doc = uri(&ws.join(file));
        c.open(&doc, "markdown", DRAFT);
        let lsp = lsp_findings(&c.diagnostics(&doc, 1));
        let cli = cli_findings(&ws, file);
        assert_eq!(cli.len(), 1, "{file}: {cli:?}");
        // Before: the editor used the root config for both drafts.
        assert_eq!(lsp, cli, "{file}");
    }
    assert_eq!(c.shutdown(), Some(0));
    std::fs::remove_dir_all(&ws).ok();
}

#[test]
fn the_house_command_refuses_hostile_targets() {
    let ws = workspace("trust-house");
    let victim = workspace("trust-house-victim");
    std::fs::create_dir_all(ws.join(".git")).unwrap();
    std::fs::write(ws.join("story.md"), DRAFT).unwrap();
    let (mut c, _) = Client::start(&ws, json!({}), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", DRAFT);
    c.diagnostics(&doc, 1);
    let mut run = |target: String| {
        c.request(
            "workspace/executeCommand",
            json!({"command": "copydesk.addHouseName", "arguments": [target, "Ann Lee"]}),
        )
    };
    let root_config = Path::new("/.copydesk.toml");
    let existed = root_config.exists();
    for target in [
        "http://example.com/.copydesk.toml".to_string(),
        "untitled:/.copydesk.toml".into(),
        "untitled:.copydesk.toml".into(),
        format!("git:{}?ref=HEAD", ws.join(".copydesk.toml").display()),
        uri(&victim.join(".copydesk.toml")),
        uri(&ws.join("other/.copydesk.toml")),
        uri(&ws.join("story.md")),
    ] {
        let r = run(target.clone());
        assert!(r["error"].is_object(), "{target}: {r}");
    }
    assert_eq!(root_config.exists(), existed, "nothing written at /");
    assert!(!victim.join(".copydesk.toml").exists());
    assert!(!ws.join("other").exists());
    // A committed dangling link as the config: not written through.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(victim.join("x"), ws.join(".copydesk.toml")).unwrap();
        let r = run(uri(&ws.join(".copydesk.toml")));
        assert!(
            r["error"]["message"].as_str().unwrap().contains("link"),
            "{r}"
        );
        assert!(!victim.join("x").exists());
        std::fs::remove_file(ws.join(".copydesk.toml")).unwrap();
    }
    // The config of the open draft: created, then edited in place.
    let r = run(uri(&ws.join(".copydesk.toml")));
    assert!(r["error"].is_null(), "{r}");
    assert_eq!(
        std::fs::read_to_string(ws.join(".copydesk.toml")).unwrap(),
        "[names]\nhouse = [\"Ann Lee\"]\n"
    );
    assert_eq!(c.shutdown(), Some(0));
    std::fs::remove_dir_all(&ws).ok();
    std::fs::remove_dir_all(&victim).ok();
}

#[test]
fn a_git_view_of_the_config_does_not_replace_it() {
    let ws = workspace("trust-git-view");
    std::fs::create_dir_all(ws.join(".git")).unwrap();
    std::fs::write(
        ws.join(".copydesk.toml"),
        "[rules]\nunattributed-quote = \"off\"\n",
    )
    .unwrap();
    let (mut c, _) = Client::start(&ws, json!({}), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", DRAFT);
    let before = lsp_findings(&c.diagnostics(&doc, 1));
    // The editor shows the config as it was in another commit.
    let view = format!(
        "git:{}?%7B%22ref%22%3A%22HEAD~1%22%7D",
        ws.join(".copydesk.toml").display()
    );
    c.open(
        &view,
        "toml",
        "[rules]\nname-spelling = \"off\"\nunattributed-quote = \"error\"\n",
    );
    let r = c.request(
        "copydesk/documentText",
        json!({"textDocument": {"uri": doc}}),
    );
    assert!(r["result"].is_object(), "{r}");
    let after = lsp_findings(&c.diagnostics_or_request(&doc, 1));
    assert_eq!(after, before);
    assert_eq!(c.shutdown(), Some(0));
    std::fs::remove_dir_all(&ws).ok();
}

#[cfg(unix)]
#[test]
fn a_config_linked_to_standard_input_does_not_hang_the_server() {
    let ws = workspace("trust-stdin");
    std::fs::create_dir_all(ws.join(".git")).unwrap();
    std::os::unix::fs::symlink("/dev/stdin", ws.join(".copydesk.toml")).unwrap();
    let (mut c, _) = Client::start(&ws, json!({}), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", DRAFT);
    // Before: the server read its own protocol stream as the config and never answered.
    assert!(!c.diagnostics(&doc, 1).is_empty());
    assert_eq!(c.shutdown(), Some(0));
    std::fs::remove_dir_all(&ws).ok();
}

#[test]
fn broken_lengths_are_answered_and_the_session_goes_on() {
    let ws = workspace("trust-framing");
    let (mut c, _) = Client::start(&ws, json!({}), Value::Null);
    let hover = |id: i64| {
        json!({"jsonrpc": "2.0", "id": id, "method": "copydesk/noSuchMethod", "params": {}})
            .to_string()
    };
    // A length of 2^64 - 1: before, the server waited for it forever.
    c.send_raw(format!("Content-Length: 18446744073709551615\r\n\r\n{}", hover(901)).as_bytes());
    let m = c.wait_for_response_with_id(json!(901));
    assert_eq!(m["error"]["code"], -32600, "{m}");
    // Two different lengths.
    let body = hover(902);
    c.send_raw(
        format!(
            "Content-Length: {}\r\nContent-Length: 9999\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    let m = c.wait_for_response_with_id(json!(902));
    assert_eq!(m["error"]["code"], -32600, "{m}");
    // Too short.
    c.send_raw(format!("Content-Length: 12\r\n\r\n{}", hover(903)).as_bytes());
    let m = c.wait_for_response_with_id(json!(903));
    assert_eq!(m["error"]["code"], -32600, "{m}");
    // Still serving.
    let r = c.request("copydesk/noSuchMethod", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", DRAFT);
    assert!(!c.diagnostics(&doc, 1).is_empty());
    assert_eq!(c.shutdown(), Some(0));
    std::fs::remove_dir_all(&ws).ok();
}
