//! End to end, the record in the editor: the real `copydesk lsp` over stdio with a workspace
//! whose `.copydesk.toml` names a transcript and captions (made up for the test). Diagnostics of
//! the record rules, hover on a quotation (its passage, speaker and place), go to definition
//! (the transcript at the passage), and a changed source re-checking the open draft.

mod lsp_support;

use lsp_support::{position, uri, workspace, Client};
use serde_json::{json, Value};

const TRANSCRIPT: &str = "\
Interview at the lock keeper's cottage, made up for copydesk's tests.

REPORTER: When does the lock reopen?

ELENA MARSH: Um, the lock reopens on the ninth of June, and the towpath stays shut until then.

REPORTER: Why so long?

ELENA MARSH: The gates are older than anyone thought.
";

const CAPTIONS: &str = "\
WEBVTT

00:02:05.000 --> 00:02:09.000
<v Owen Tate>The boatyard will take on four apprentices.
";

const DRAFT: &str = "\
# Canal lock to reopen in June

\"The lock reopens on the ninth of June,\" said Elena Marsh, the lock keeper.

\"The gates are newer than anyone thought,\" Ms Marsh said.

\"The boatyard will take on four apprentices,\" Ms Marsh added.
";

fn caps() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
        "textDocument": {
            "publishDiagnostics": {"relatedInformation": true, "versionSupport": true},
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "definition": {"linkSupport": false}
        }
    })
}

fn setup(name: &str) -> std::path::PathBuf {
    let ws = workspace(name);
    std::fs::create_dir_all(ws.join("record")).unwrap();
    std::fs::write(
        ws.join(".copydesk.toml"),
        "[sources]\npaths = [\"record\"]\n",
    )
    .unwrap();
    std::fs::write(ws.join("record/marsh.txt"), TRANSCRIPT).unwrap();
    std::fs::write(ws.join("record/boatyard.vtt"), CAPTIONS).unwrap();
    ws
}

fn codes(diags: &[Value]) -> Vec<(String, u64)> {
    diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_string(),
                d["range"]["start"]["line"].as_u64().unwrap(),
            )
        })
        .filter(|(c, _)| c.contains("quote"))
        .collect()
}

#[test]
fn hover_definition_and_a_changed_source() {
    let ws = setup("sources");
    let (mut c, init) = Client::start(&ws, caps(), Value::Null);
    assert_eq!(init["capabilities"]["definitionProvider"], true);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", DRAFT);
    let diags = c.diagnostics(&doc, 1);
    assert_eq!(
        codes(&diags),
        [
            ("misquote".to_string(), 4),
            ("misattributed-quote".to_string(), 6)
        ]
    );
    // The misquote's related information is the passage in the transcript.
    let related = &diags.iter().find(|d| d["code"] == "misquote").unwrap()["relatedInformation"][0];
    assert_eq!(
        related["location"]["uri"],
        uri(&ws.join("record/marsh.txt"))
    );
    assert_eq!(
        related["location"]["range"]["start"],
        json!({"line": 8, "character": 13})
    );

    // Hover on the first quotation: the passage, its speaker and its place.
    let at = DRAFT.find("lock reopens").unwrap();
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": position(DRAFT, at, false)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("ELENA MARSH"), "{hover}");
    assert!(text.contains("marsh.txt:5"), "{hover}");
    assert!(
        text.contains("the lock reopens on the ninth of June"),
        "{hover}"
    );
    assert!(text.contains("(exact)"), "{hover}");

    // Go to definition: the transcript at the passage (line 5, after the label).
    let def = c.call(
        "textDocument/definition",
        json!({"textDocument": {"uri": doc}, "position": position(DRAFT, at, false)}),
    );
    let loc = if def.is_array() { def[0].clone() } else { def };
    assert_eq!(loc["uri"], uri(&ws.join("record/marsh.txt")));
    assert_eq!(loc["range"]["start"], json!({"line": 4, "character": 17}));

    // Captions: the place is the cue's file and line, the hover shows the cue time.
    let at = DRAFT.find("boatyard").unwrap();
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": position(DRAFT, at, false)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.contains("Owen Tate") && text.contains("02:05"),
        "{hover}"
    );
    let def = c.call(
        "textDocument/definition",
        json!({"textDocument": {"uri": doc}, "position": position(DRAFT, at, false)}),
    );
    let loc = if def.is_array() { def[0].clone() } else { def };
    assert_eq!(loc["uri"], uri(&ws.join("record/boatyard.vtt")));
    assert_eq!(loc["range"]["start"]["line"], 3);

    // Outside any quotation: no passage.
    let def = c.call(
        "textDocument/definition",
        json!({"textDocument": {"uri": doc}, "position": position(DRAFT, 2, false)}),
    );
    assert!(def.is_null() || def == json!([]), "{def}");

    // The transcript is corrected on disk: the open draft is checked again, the misquote gone.
    std::fs::write(
        ws.join("record/marsh.txt"),
        TRANSCRIPT.replace("older than", "newer than"),
    )
    .unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&ws.join("record/marsh.txt")), "type": 2}]}),
    );
    let diags = c.diagnostics(&doc, 1);
    assert_eq!(codes(&diags), [("misattributed-quote".to_string(), 6)]);
    assert_eq!(c.shutdown(), Some(0));
}
