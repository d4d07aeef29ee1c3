//! End to end: the real `copydesk lsp` binary, driven over stdio by a small JSON-RPC client.
//! Every wait has a timeout, so a hang fails the test instead of blocking CI.

mod lsp_support;

use lsp_support::{apply_edits, edits_for, position, range, uri, workspace, Client, Rng};
use serde_json::{json, Value};

/// A draft with one unattributed quotation and one misspelt name, with emoji, CJK and a ZWJ
/// sequence on the flagged lines so UTF-16 and UTF-8 columns differ.
const STORY: &str = "# Ferry fares rise 😀\n\nThe council met on Tuesday in 北京.\n\n🚢 “The fares will rise again next spring, without any doubt.”\n\nBarry Fitzpatrick, the 港口 harbour master 👩‍👩‍👧, said the ferry would run. “We keep going,” Mr Fitzpatrik said.\n";

fn caps(utf8: bool) -> Value {
    let encodings = if utf8 {
        json!(["utf-8", "utf-16"])
    } else {
        json!(["utf-16"])
    };
    json!({
        "general": {"positionEncodings": encodings},
        "workspace": {
            "workspaceEdit": {"documentChanges": true, "resourceOperations": ["create"]},
            "didChangeWatchedFiles": {"dynamicRegistration": true},
            "configuration": true
        },
        "textDocument": {"publishDiagnostics": {
            "relatedInformation": true, "versionSupport": true, "codeDescriptionSupport": true
        }}
    })
}

fn rules(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn find_action<'a>(actions: &'a [Value], prefix: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with(prefix)))
        .unwrap_or_else(|| panic!("no action starting {prefix:?} in {actions:#?}"))
}

fn code_actions(c: &mut Client, doc: &str, range: Value, only: Option<Value>) -> Vec<Value> {
    let mut context = json!({"diagnostics": []});
    if let Some(only) = only {
        context["only"] = only;
    }
    c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": doc}, "range": range, "context": context}),
    )
    .as_array()
    .cloned()
    .unwrap_or_default()
}

/// Sends the client's whole new text as a ranged edit over the old one (an incremental change).
fn replace_all(c: &mut Client, doc: &str, old: &str, new: &str, version: i64, utf8: bool) {
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": version},
               "contentChanges": [{"range": range(old, 0, old.len(), utf8), "text": new}]}),
    );
}

#[test]
fn initialize_negotiates_encoding_and_advertises_features() {
    let ws = workspace("init");
    for (utf8, expected) in [(true, "utf-8"), (false, "utf-16")] {
        let (c, init) = Client::start(&ws, caps(utf8), Value::Null);
        let caps = &init["capabilities"];
        assert_eq!(caps["positionEncoding"], expected);
        assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
        for key in [
            "hoverProvider",
            "documentSymbolProvider",
            "referencesProvider",
            "documentHighlightProvider",
            "renameProvider",
            "codeActionProvider",
        ] {
            assert!(!caps[key].is_null(), "{key} missing in {caps}");
        }
        assert!(caps["codeActionProvider"]["codeActionKinds"]
            .as_array()
            .unwrap()
            .contains(&json!("source.fixAll.copydesk")));
        // Push client: no pull provider, so the client is not sent the same findings twice.
        assert!(caps["diagnosticProvider"].is_null());
        assert_eq!(init["serverInfo"]["name"], "copydesk");
        assert_eq!(c.shutdown(), Some(0));
    }
}

/// A client that declares neither related information nor code descriptions gets neither,
/// and otherwise the same diagnostics as one that declares both.
#[test]
fn diagnostics_leave_out_what_the_client_does_not_accept() {
    let ws = workspace("accepts");
    let doc = uri(&ws.join("story.md"));
    let mut seen = Vec::new();
    for full in [true, false] {
        let caps = if full {
            caps(true)
        } else {
            json!({"general": {"positionEncodings": ["utf-8"]}})
        };
        let (mut c, _) = Client::start(&ws, caps, Value::Null);
        c.open(&doc, "markdown", STORY);
        seen.push(c.diagnostics(&doc, 1));
    }
    let (full, bare) = (&seen[0], &seen[1]);
    assert_eq!(rules(full), rules(bare));
    assert!(full.iter().any(|d| d.get("relatedInformation").is_some()));
    assert!(full.iter().all(|d| d.get("codeDescription").is_some()));
    for (f, b) in full.iter().zip(bare) {
        assert!(b.get("relatedInformation").is_none() && b.get("codeDescription").is_none());
        for field in ["range", "severity", "code", "source", "message"] {
            assert_eq!(f[field], b[field], "{field}");
        }
    }
}

#[test]
fn diagnostics_follow_incremental_edits_in_both_encodings() {
    for utf8 in [false, true] {
        let ws = workspace(if utf8 { "diag8" } else { "diag16" });
        let (mut c, _) = Client::start(&ws, caps(utf8), Value::Null);
        let doc = uri(&ws.join("story.md"));
        c.open(&doc, "markdown", STORY);
        let diags = c.diagnostics(&doc, 1);
        assert_eq!(
            rules(&diags),
            ["unattributed-quote", "name-spelling"],
            "{diags:#?}"
        );

        let q = STORY.find('“').unwrap();
        let q_end = STORY.find("doubt.”").unwrap() + "doubt.”".len();
        assert_eq!(diags[0]["range"], range(STORY, q, q_end, utf8));
        assert_eq!(diags[0]["source"], "copydesk");
        assert_eq!(diags[0]["severity"], 2);
        assert!(diags[0]["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("/docs/rules/unattributed-quote.md"));
        let n = STORY.find("Fitzpatrik ").unwrap();
        assert_eq!(
            diags[1]["range"],
            range(STORY, n, n + "Fitzpatrik".len(), utf8)
        );
        // Related information: the canonical mention (and any other spellings).
        let related = diags[1]["relatedInformation"]
            .as_array()
            .expect("related information");
        let canonical = STORY.find("Fitzpatrick").unwrap();
        assert!(
            related.iter().any(|r| r["location"]["range"]["start"]
                == position(STORY, canonical, utf8)
                || r["location"]["range"]["start"]
                    == position(STORY, canonical - "Barry ".len(), utf8)),
            "{related:#?}"
        );

        // Attribute the quotation with two incremental changes in one notification: the second
        // change's positions are in the text produced by the first.
        let dot = STORY.find("doubt.”").unwrap() + "doubt".len();
        let mut text = STORY.to_string();
        let first = json!({"range": range(&text, dot, dot + 1, utf8), "text": ","});
        text.replace_range(dot..dot + 1, ",");
        let close = text.find("doubt,”").unwrap() + "doubt,”".len();
        let second = json!({"range": range(&text, close, close, utf8), "text": " the mayor said."});
        text.insert_str(close, " the mayor said.");
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": 2}, "contentChanges": [first, second]}),
        );
        let diags = c.diagnostics(&doc, 2);
        assert_eq!(rules(&diags), ["name-spelling"], "{diags:#?}");
        let n = text.find("Fitzpatrik ").unwrap();
        assert_eq!(
            diags[0]["range"],
            range(&text, n, n + "Fitzpatrik".len(), utf8)
        );
        assert_eq!(c.server_text(&doc), (2, text));
        assert_eq!(c.shutdown(), Some(0));
    }
}

/// Pieces for random edits: every width of character and every line break.
const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "é",
    "e\u{301}",
    "中",
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "\n",
    "\r\n",
    "“",
    "”",
    "Mr ",
    "said",
    "\u{2028}",
];

fn boundaries(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| !(text[..i].ends_with('\r') && text[i..].starts_with('\n')))
        .collect();
    v.push(text.len());
    v
}

#[test]
fn random_fast_edits_leave_the_server_text_equal_to_the_client_text() {
    for (seed, utf8) in [(1u64, false), (2, true), (3, false), (4, true), (5, false)] {
        let ws = workspace(&format!("random{seed}"));
        let (mut c, _) = Client::start(&ws, caps(utf8), Value::Null);
        let doc = uri(&ws.join("draft.md"));
        let mut text = STORY.to_string();
        c.open(&doc, "markdown", &text);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed);
        let mut version = 1;
        // 300 edits sent back to back without waiting, as a fast typist (or a paste) would,
        // with a whole-text change now and then and requests in flight between them.
        let mut pending = Vec::new();
        for step in 0..300 {
            version += 1;
            let change = if step % 97 == 96 {
                text = format!("{text}\n\nA full replacement 😀.\n");
                json!({"text": text})
            } else {
                let bs = boundaries(&text);
                let a = bs[rng.below(bs.len())];
                let b = if rng.below(3) == 0 {
                    bs[rng.below(bs.len())]
                } else {
                    a
                };
                let (a, b) = (a.min(b), a.max(b));
                let insert: String = (0..rng.below(4))
                    .map(|_| PIECES[rng.below(PIECES.len())])
                    .collect();
                let change = json!({"range": range(&text, a, b, utf8), "text": insert});
                text.replace_range(a..b, &insert);
                change
            };
            c.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": doc, "version": version}, "contentChanges": [change]}),
            );
            if step % 25 == 0 {
                let whole = range(&text, 0, text.len(), utf8);
                pending.push(c.send_request(
                    "textDocument/codeAction",
                    json!({"textDocument": {"uri": doc}, "range": whole, "context": {"diagnostics": []}}),
                ));
                pending.push(c.send_request(
                    "textDocument/hover",
                    json!({"textDocument": {"uri": doc}, "position": position(&text, 0, utf8)}),
                ));
            }
        }
        for id in pending {
            let r = c.response(id, "a request sent while typing");
            assert!(r.get("error").is_none(), "{r}");
        }
        assert_eq!(c.server_text(&doc), (version, text.clone()), "seed {seed}");
        // The last publication carries the last version (older analyses may be dropped).
        c.diagnostics(&doc, version);
        assert_eq!(c.shutdown(), Some(0));
    }
}

#[test]
fn code_actions_fix_and_the_draft_is_rechecked() {
    let ws = workspace("actions");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    let diags = c.diagnostics(&doc, 1);
    assert_eq!(diags.len(), 2);

    // Quick fix of the misspelt name, carrying the diagnostic it fixes.
    let actions = code_actions(&mut c, &doc, diags[1]["range"].clone(), None);
    let fix = find_action(&actions, "Change to “Fitzpatrick”");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["diagnostics"][0]["code"], "name-spelling");
    let house = find_action(&actions, "⚙ Add “Barry Fitzpatrik” to the house names list");
    assert!(house["edit"]["documentChanges"].is_array(), "{house}");
    find_action(&actions, "⚙ Ignore name-spelling on this line");
    let text = apply_edits(STORY, &edits_for(&fix["edit"], &doc), false);
    assert!(text.contains("Mr Fitzpatrick said."), "{text}");
    replace_all(&mut c, &doc, STORY, &text, 2, false);
    assert_eq!(rules(&c.diagnostics(&doc, 2)), ["unattributed-quote"]);

    // The placeholder attribution, then re-checked.
    let diags = c.diagnostics_or_request(&doc, 2);
    let actions = code_actions(&mut c, &doc, diags[0]["range"].clone(), None);
    let fix = find_action(&actions, "Add an attribution placeholder");
    let fixed = apply_edits(&text, &edits_for(&fix["edit"], &doc), false);
    assert!(fixed.contains("doubt,” [who] said."), "{fixed}");
    replace_all(&mut c, &doc, &text, &fixed, 3, false);
    assert_eq!(c.diagnostics(&doc, 3), Vec::<Value>::new());

    // Back to the original: "ignore on this line" suppresses exactly that finding.
    replace_all(&mut c, &doc, &fixed, STORY, 4, false);
    let diags = c.diagnostics(&doc, 4);
    let actions = code_actions(&mut c, &doc, diags[0]["range"].clone(), None);
    let ignore = find_action(&actions, "⚙ Ignore unattributed-quote on this line");
    let ignored = apply_edits(STORY, &edits_for(&ignore["edit"], &doc), false);
    assert!(
        ignored.contains("<!-- copydesk-disable-next-line unattributed-quote -->\n🚢"),
        "{ignored}"
    );
    replace_all(&mut c, &doc, STORY, &ignored, 5, false);
    assert_eq!(rules(&c.diagnostics(&doc, 5)), ["name-spelling"]);
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn fix_all_spellings_and_source_fix_all() {
    let ws = workspace("fixall");
    let (mut c, _) = Client::start(&ws, caps(true), Value::Null);
    let doc = uri(&ws.join("story.md"));
    let text = "Barry Fitzpatrick runs the harbour.\n\nMr Fitzpatrik said the boats were late.\n\nLater Fitzpatrik said the 🚢 ferry was fine.\n";
    c.open(&doc, "markdown", text);
    let diags = c.diagnostics(&doc, 1);
    assert_eq!(
        rules(&diags),
        ["name-spelling", "name-spelling"],
        "{diags:#?}"
    );
    let actions = code_actions(&mut c, &doc, diags[0]["range"].clone(), None);
    let all = find_action(&actions, "Fix all spellings of Barry Fitzpatrick");
    assert_eq!(all["diagnostics"].as_array().unwrap().len(), 2);
    let fixed = apply_edits(text, &edits_for(&all["edit"], &doc), true);
    assert_eq!(fixed.matches("Fitzpatrick").count(), 3, "{fixed}");

    // `source.fixAll.copydesk`, as asked for on save: only safe fixes, all of them.
    let whole = range(text, 0, text.len(), true);
    let actions = code_actions(&mut c, &doc, whole, Some(json!(["source.fixAll"])));
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], "source.fixAll.copydesk");
    let fixed = apply_edits(text, &edits_for(&actions[0]["edit"], &doc), true);
    replace_all(&mut c, &doc, text, &fixed, 2, true);
    assert_eq!(c.diagnostics(&doc, 2), Vec::<Value>::new(), "{fixed}");
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn house_names_action_creates_the_config_and_the_draft_is_rechecked() {
    let ws = workspace("house");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    let diags = c.diagnostics(&doc, 1);
    let actions = code_actions(&mut c, &doc, diags[1]["range"].clone(), None);
    let house = find_action(&actions, "⚙ Add “Barry Fitzpatrik” to the house names list");
    let config = ws.join(".copydesk.toml");
    let config_uri = uri(&config);
    let ops = house["edit"]["documentChanges"].as_array().unwrap();
    assert_eq!(ops[0]["kind"], "create");
    assert_eq!(ops[0]["uri"], config_uri);
    let content = apply_edits("", &edits_for(&house["edit"], &config_uri), false);
    assert_eq!(content, "[names]\nhouse = [\"Barry Fitzpatrik\"]\n");
    // The client applies the edit and saves; the watcher reports the new file.
    std::fs::write(&config, &content).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 1}]}),
    );
    let m = c.wait_for("re-check after the config changed", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == doc
            && m["params"]["diagnostics"] != json!(diags)
    });
    let after = m["params"]["diagnostics"].as_array().unwrap();
    assert!(
        !after.iter().any(|d| d["range"] == diags[1]["range"]),
        "the house spelling is no longer flagged: {after:#?}"
    );
    // With the file there, the action edits it in place, keeping what it holds.
    let flagged = after
        .iter()
        .find(|d| d["code"] == "name-spelling")
        .expect("the draft's other spelling is flagged now");
    let actions = code_actions(&mut c, &doc, flagged["range"].clone(), None);
    let house = find_action(&actions, "⚙ Add “");
    let edits = edits_for(&house["edit"], &config_uri);
    assert_eq!(edits.len(), 1, "{house}");
    let updated = apply_edits(&content, &edits, false);
    assert!(
        updated.starts_with("[names]\nhouse = [\"Barry Fitzpatrik\", \""),
        "{updated}"
    );
    // The watcher was registered dynamically.
    assert!(
        c.server_requests
            .iter()
            .any(|(m, p)| m == "client/registerCapability"
                && p.to_string().contains(".copydesk.toml"))
    );
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn hover_symbols_references_highlights_and_rename_of_a_person() {
    let ws = workspace("people");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    c.diagnostics(&doc, 1);
    let at = |needle: &str| position(STORY, STORY.find(needle).unwrap() + 2, false);

    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": at("Fitzpatrik ")}),
    );
    let card = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(card.contains("**Barry Fitzpatrick**"), "{card}");
    assert!(card.contains("“Fitzpatrik” ×1"), "{card}");
    assert!(card.contains("First reference: line 7"), "{card}");

    let symbols = c.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": doc}}),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Barry Fitzpatrick"), "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("“The fares will rise")),
        "{names:?}"
    );

    let refs = c.call(
        "textDocument/references",
        json!({"textDocument": {"uri": doc}, "position": at("Fitzpatrick,"),
               "context": {"includeDeclaration": true}}),
    );
    assert_eq!(refs.as_array().unwrap().len(), 2, "{refs}");
    let hl = c.call(
        "textDocument/documentHighlight",
        json!({"textDocument": {"uri": doc}, "position": at("Fitzpatrik ")}),
    );
    assert_eq!(hl.as_array().unwrap().len(), 2, "{hl}");

    let prep = c.call(
        "textDocument/prepareRename",
        json!({"textDocument": {"uri": doc}, "position": at("Fitzpatrik ")}),
    );
    assert_eq!(prep["placeholder"], "Barry Fitzpatrick");
    let edit = c.call(
        "textDocument/rename",
        json!({"textDocument": {"uri": doc}, "position": at("Fitzpatrik "), "newName": "Barry Fitzgerald"}),
    );
    let renamed = apply_edits(STORY, &edits_for(&edit, &doc), false);
    assert!(renamed.contains("Barry Fitzgerald, the 港口"), "{renamed}");
    assert!(renamed.contains("Mr Fitzgerald said."), "{renamed}");
    replace_all(&mut c, &doc, STORY, &renamed, 2, false);
    assert_eq!(rules(&c.diagnostics(&doc, 2)), ["unattributed-quote"]);

    // Not on a name: no hover card, and rename is refused with an error, not a crash.
    let r = c.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": doc}, "position": {"line": 2, "character": 4}, "newName": "X"}),
    );
    assert!(r["error"].is_object(), "{r}");
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn pull_diagnostics_for_clients_that_pull() {
    let ws = workspace("pull");
    let mut capabilities = caps(false);
    capabilities["textDocument"]["diagnostic"] = json!({"dynamicRegistration": false});
    capabilities["workspace"]["diagnostics"] = json!({"refreshSupport": true});
    let (mut c, init) = Client::start(&ws, capabilities, Value::Null);
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "copydesk"
    );
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    let report = c.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": doc}}),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(
        rules(report["items"].as_array().unwrap()),
        ["unattributed-quote", "name-spelling"]
    );
    let id = report["resultId"].clone();
    let again = c.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": doc}, "previousResultId": id}),
    );
    assert_eq!(again["kind"], "unchanged");
    // A change is seen by the next pull.
    replace_all(&mut c, &doc, STORY, "Nothing to flag here.\n", 2, false);
    let report = c.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": doc}, "previousResultId": id}),
    );
    assert_eq!(report["kind"], "full");
    assert_eq!(report["items"], json!([]));
    // Nothing was pushed to a pulling client.
    assert!(!c
        .inbox
        .iter()
        .any(|m| m["method"] == "textDocument/publishDiagnostics"));
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn configuration_from_options_notifications_and_file() {
    let ws = workspace("config");
    let options = json!({"rules": {"unattributed-quote": "off"}});
    let (mut c, _) = Client::start(&ws, caps(false), options);
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    assert_eq!(rules(&c.diagnostics(&doc, 1)), ["name-spelling"]);

    // didChangeConfiguration with the documented shape.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"rules": {"unattributed-quote": "error", "name-spelling": "hint"}}}}),
    );
    let m = c.wait_for("re-check after settings", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| d.len() == 2)
    });
    let diags = m["params"]["diagnostics"].as_array().unwrap();
    assert_eq!(diags[0]["severity"], 1);
    assert_eq!(diags[1]["severity"], 4);

    // Invalid settings: shown to the user, the server keeps the last good config.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"style": "times"}}}),
    );
    let m = c.wait_for("a message about the bad style", |m| {
        m["method"] == "window/showMessage"
    });
    assert!(
        m["params"]["message"].as_str().unwrap().contains("times"),
        "{m}"
    );
    assert_eq!(m["params"]["type"], 1);

    // An invalid config file: a message and a diagnostic on the file, at the right line.
    let config = ws.join(".copydesk.toml");
    std::fs::write(&config, "style = \"bbc\"\n\n[quotes]\nstrictt = true\n").unwrap();
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {}}}),
    );
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 1}]}),
    );
    let m = c.wait_for("a message about the config file", |m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains(".copydesk.toml"))
    });
    assert!(
        m["params"]["message"].as_str().unwrap().contains("line 4"),
        "{m}"
    );
    let diags = c.unversioned_diagnostics(&uri(&config));
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["range"]["start"]["line"], 3);
    assert!(diags[0]["message"].as_str().unwrap().contains("strictt"));
    // Fixed: the file's diagnostic is cleared and its style applies.
    std::fs::write(&config, "[rules]\nname-spelling = \"off\"\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 2}]}),
    );
    assert_eq!(
        c.unversioned_diagnostics(&uri(&config)),
        Vec::<Value>::new()
    );
    let m = c.wait_for("re-check with the file", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == doc
            && rules(m["params"]["diagnostics"].as_array().unwrap()) == ["unattributed-quote"]
    });
    assert_eq!(m["params"]["version"], 1);
    // The config file open in the editor: its unsaved text is what counts, as it is typed.
    let config_doc = uri(&config);
    c.open(
        &config_doc,
        "toml",
        "style = \"bbc\"\n[rules]\nname-spelling = \"loud\"\n",
    );
    let diags = c.unversioned_diagnostics(&config_doc);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["range"]["start"]["line"], 2);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": config_doc, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 2, "character": 17}, "end": {"line": 2, "character": 21}}, "text": "off"}]}),
    );
    assert_eq!(c.unversioned_diagnostics(&config_doc), Vec::<Value>::new());
    // Still alive and answering.
    assert_eq!(c.server_text(&doc).0, 1);
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn a_name_spelt_differently_in_two_files_of_the_workspace() {
    let ws = workspace("cross");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    let story = uri(&ws.join("story.md"));
    let sidebar = uri(&ws.join("sidebar.md"));
    let story_text =
        "Volodymyr Zelensky met the mayor on Monday.\n\nMr Zelensky praised the harbour.\n";
    let sidebar_text = "Who is Volodymyr Zelenskiy?\n\nZelenskiy was elected in 2019.\n";
    c.open(&story, "markdown", story_text);
    assert_eq!(c.diagnostics(&story, 1), Vec::<Value>::new());
    c.open(&sidebar, "markdown", sidebar_text);
    let m = c.wait_for("the sidebar's cross-file finding", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == sidebar
            && !m["params"]["diagnostics"].as_array().unwrap().is_empty()
    });
    let d = &m["params"]["diagnostics"][0];
    assert_eq!(d["code"], "name-spelling");
    assert!(d["message"].as_str().unwrap().contains("story.md"), "{d}");
    assert_eq!(d["relatedInformation"][0]["location"]["uri"], story);
    let m = c.wait_for("the story's cross-file finding", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == story
            && !m["params"]["diagnostics"].as_array().unwrap().is_empty()
    });
    let d = &m["params"]["diagnostics"][0];
    assert!(d["message"].as_str().unwrap().contains("sidebar.md"), "{d}");
    // Closing the sidebar clears its diagnostics and the story's cross-file one.
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": sidebar}}),
    );
    assert_eq!(c.unversioned_diagnostics(&sidebar), Vec::<Value>::new());
    assert_eq!(c.diagnostics(&story, 1), Vec::<Value>::new());
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn malformed_messages_get_errors_and_the_server_keeps_running() {
    let ws = workspace("malformed");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    c.send_body(b"{not json");
    let m = c.wait_for_response_with_id(Value::Null);
    assert_eq!(m["error"]["code"], -32700);
    c.send_body(br#"{"id":41,"method":42}"#);
    let m = c.wait_for_response_with_id(json!(41));
    assert_eq!(m["error"]["code"], -32600);
    c.send_raw(b"Content-Length: nine\r\n\r\n");
    let m = c.wait_for_response_with_id(Value::Null);
    assert!(m["error"].is_object());
    let r = c.request("copydesk/noSuchMethod", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    let r = c.request("textDocument/hover", json!({"bogus": true}));
    assert_eq!(r["error"]["code"], -32602);
    // Still serving.
    let doc = uri(&ws.join("story.md"));
    c.open(&doc, "markdown", STORY);
    assert_eq!(c.diagnostics(&doc, 1).len(), 2);
    assert_eq!(c.shutdown(), Some(0));
}

#[test]
fn exit_without_shutdown_is_status_one() {
    let ws = workspace("exit");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit(), Some(1));
}

#[test]
fn a_recheck_that_changes_nothing_is_not_published_again_but_a_new_version_is() {
    let ws = workspace("republish");
    let (mut c, _) = Client::start(&ws, caps(false), Value::Null);
    let story = uri(&ws.join("story.md"));
    let sidebar = uri(&ws.join("sidebar.md"));
    let story_text =
        "Anika Brandt met the mayor.\n\n“The pier will reopen in June after the repairs.”\n";
    c.open(&story, "markdown", story_text);
    assert_eq!(rules(&c.diagnostics(&story, 1)), ["unattributed-quote"]);
    // A new person in another draft re-checks the story (names moved); its findings stay.
    c.open(&sidebar, "markdown", "Tomasz Wren runs the ferry.\n");
    let again = std::cell::Cell::new(0);
    let counting = |m: &Value| {
        if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == story {
            again.set(again.get() + 1);
        }
    };
    c.wait_for("the sidebar's diagnostics", |m| {
        counting(m);
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == sidebar
    });
    // Time for the story's re-check to finish (nothing is asserted about the time it takes).
    std::thread::sleep(std::time::Duration::from_millis(500));
    let end = story_text.len();
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": story, "version": 2},
               "contentChanges": [{"range": range(story_text, end, end, false), "text": "\n"}]}),
    );
    c.wait_for("the story's diagnostics at version 2", |m| {
        let v2 = m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == story
            && m["params"]["version"] == 2;
        if !v2 {
            counting(m);
        }
        v2
    });
    assert_eq!(again.get(), 0, "the unchanged story was published again");
    assert_eq!(c.shutdown(), Some(0));
}

/// The server widens the pipe it writes to, so that a long draft's diagnostics (a few hundred
/// kilobytes) go into it whole: through the default 64 KB, server and client took turns for
/// every 64 KB, milliseconds per keystroke.
#[cfg(target_os = "linux")]
#[test]
#[allow(unsafe_code)]
fn output_pipe_holds_a_long_drafts_diagnostics() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::os::fd::AsRawFd;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start copydesk lsp");
    let out = child.stdout.take().expect("stdout");
    // SAFETY: F_GETPIPE_SZ only reads the size of the pipe this process holds an end of.
    let size = |fd| unsafe { libc::fcntl(fd, libc::F_GETPIPE_SZ) };
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "rootUri": null, "capabilities": {}}})
    .to_string();
    let mut stdin = child.stdin.take().expect("stdin");
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("send initialize");
    stdin.flush().expect("send initialize");
    // Its answer shows the server has started, and so has widened its output.
    let mut r = BufReader::new(out);
    let mut len = 0;
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).expect("read") > 0, "no answer");
        match line.trim().split_once(':') {
            Some((k, v)) if k.eq_ignore_ascii_case("content-length") => {
                len = v.trim().parse().expect("length");
            }
            _ if line.trim().is_empty() => break,
            _ => {}
        }
    }
    r.read_exact(&mut vec![0; len]).expect("answer");
    let after = size(r.get_ref().as_raw_fd());
    drop(stdin);
    let _ = child.wait();
    // A new pipe holds 64 KB (pipe(7)).
    assert!(after >= 256 * 1024, "a pipe of {after} bytes");
}
