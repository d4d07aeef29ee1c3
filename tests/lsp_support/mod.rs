//! A minimal LSP client for the end-to-end tests: starts the real `copydesk lsp`, speaks
//! `Content-Length` framed JSON-RPC over its stdio, answers the server's requests, and fails
//! (instead of hanging) when an answer does not come in time.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long any single wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A running server and the client's side of the conversation.
pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    next_id: i64,
    /// Notifications and server requests received and not yet consumed.
    pub inbox: VecDeque<Value>,
    /// Requests the server sent to the client (method, params), in order.
    pub server_requests: Vec<(String, Value)>,
    /// What to answer `workspace/configuration` with.
    pub configuration: Value,
    /// Responses received while waiting for another one: requests may finish in any order.
    early: Vec<Value>,
}

/// A fresh, empty workspace folder for one test.
pub fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("copydesk-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The `file://` URI of a path.
pub fn uri(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let s = s.replace(' ', "%20");
    if s.starts_with('/') {
        format!("file://{s}")
    } else {
        format!("file:///{s}")
    }
}

fn read_frame(r: &mut impl BufRead) -> Option<Value> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                len = v.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = vec![0; len?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts `copydesk lsp`.
    pub fn spawn() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if std::env::var_os("LSP_STDERR").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("start copydesk lsp");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(v) = read_frame(&mut r) {
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            rx,
            next_id: 0,
            inbox: VecDeque::new(),
            server_requests: Vec::new(),
            configuration: Value::Null,
            early: Vec::new(),
        }
    }

    /// Starts the server and runs `initialize` + `initialized` with these client capabilities.
    pub fn start(root: &Path, capabilities: Value, options: Value) -> (Client, Value) {
        let mut c = Client::spawn();
        let result = c.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "workspaceFolders": [{"uri": uri(root), "name": "ws"}],
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        let result = result.get("result").cloned().expect("initialize result");
        c.notify("initialized", json!({}));
        (c, result)
    }

    /// Writes raw bytes to the server.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("write to server");
        stdin.flush().expect("flush");
    }

    /// Sends a framed body, whatever it holds.
    pub fn send_body(&mut self, body: &[u8]) {
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend_from_slice(body);
        self.send_raw(&frame);
    }

    /// Sends one message.
    pub fn send(&mut self, msg: &Value) {
        let body = msg.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.send_raw(frame.as_bytes());
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Receives the next message, answering server requests on the way.
    fn recv(&mut self, deadline: Instant, what: &str) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        let msg = match self.rx.recv_timeout(left) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => panic!("timed out waiting for {what}"),
            Err(RecvTimeoutError::Disconnected) => {
                panic!("server closed its output waiting for {what}")
            }
        };
        if let (Some(id), Some(method)) = (msg.get("id"), msg.get("method").and_then(Value::as_str))
        {
            let params = msg.get("params").cloned().unwrap_or(Value::Null);
            self.server_requests
                .push((method.to_string(), params.clone()));
            let result = match method {
                "workspace/configuration" => {
                    let n = params["items"].as_array().map_or(1, Vec::len);
                    Value::Array(vec![self.configuration.clone(); n])
                }
                "workspace/applyEdit" => json!({"applied": true}),
                _ => Value::Null,
            };
            self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
        }
        msg
    }

    /// Sends a request and waits for its response (the whole response object).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id, method)
    }

    /// Waits for the response to request `id`.
    pub fn response(&mut self, id: i64, what: &str) -> Value {
        self.response_to(&json!(id), what)
    }

    /// Waits for the response with id `id`, keeping the responses to other requests for later.
    fn response_to(&mut self, id: &Value, what: &str) -> Value {
        if let Some(i) = self.early.iter().position(|m| m.get("id") == Some(id)) {
            return self.early.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self.recv(deadline, what);
            if msg.get("method").is_some() {
                self.inbox.push_back(msg);
            } else if msg.get("id") == Some(id) {
                return msg;
            } else {
                self.early.push(msg);
            }
        }
    }

    /// The result of a request, failing on an error response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params);
        assert!(r.get("error").is_none(), "{method} failed: {r}");
        r["result"].clone()
    }

    /// Waits for a notification (or server request) matching `pred`, consuming it and the ones before it.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        while let Some(m) = self.inbox.pop_front() {
            if pred(&m) {
                return m;
            }
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let msg = self.recv(deadline, what);
            if msg.get("method").is_some() && pred(&msg) {
                return msg;
            }
        }
    }

    /// Waits for the diagnostics of `uri` at `version`, skipping older publications.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self.wait_for(&format!("diagnostics of {uri} v{version}"), |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Waits for diagnostics of `uri` published without a version (config files, closed drafts).
    pub fn unversioned_diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait_for(&format!("diagnostics of {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Opens a document.
    pub fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    /// The server's copy of a document (`copydesk/documentText`).
    pub fn server_text(&mut self, uri: &str) -> (i64, String) {
        let r = self.call(
            "copydesk/documentText",
            json!({"textDocument": {"uri": uri}}),
        );
        (
            r["version"].as_i64().unwrap_or(-1),
            r["text"].as_str().unwrap_or_default().to_string(),
        )
    }

    /// `shutdown` then `exit`; returns the exit status.
    pub fn shutdown(mut self) -> Option<i32> {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        self.stdin.take();
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            assert!(
                Instant::now() < deadline,
                "server did not exit after `exit`"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Byte offsets where lines start, with the LSP's line breaks (`\n`, `\r\n`, `\r`).
fn line_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut v = vec![0];
    for i in 0..b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            v.push(i + 1);
        }
    }
    v
}

fn width(c: char, utf8: bool) -> usize {
    if utf8 {
        c.len_utf8()
    } else {
        c.len_utf16()
    }
}

/// An LSP position of a byte offset, computed the client's way (UTF-16 or UTF-8 columns).
pub fn position(text: &str, offset: usize, utf8: bool) -> Value {
    let starts = line_starts(text);
    let line = starts.partition_point(|&s| s <= offset) - 1;
    let col: usize = text[starts[line]..offset]
        .chars()
        .map(|c| width(c, utf8))
        .sum();
    json!({"line": line, "character": col})
}

/// The byte offset of an LSP position, the client's way.
pub fn offset(text: &str, pos: &Value, utf8: bool) -> usize {
    let line = pos["line"].as_u64().unwrap_or(0) as usize;
    let col = pos["character"].as_u64().unwrap_or(0) as usize;
    let Some(&start) = line_starts(text).get(line) else {
        return text.len();
    };
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= col || c == '\n' || c == '\r' {
            return start + i;
        }
        units += width(c, utf8);
    }
    text.len()
}

/// A range value of a byte range, the client's way.
pub fn range(text: &str, start: usize, end: usize, utf8: bool) -> Value {
    json!({"start": position(text, start, utf8), "end": position(text, end, utf8)})
}

/// Applies LSP text edits to a text, the client's way (edits sorted from the end).
pub fn apply_edits(text: &str, edits: &[Value], utf8: bool) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(text, &e["range"]["start"], utf8),
                offset(text, &e["range"]["end"], utf8),
                e["newText"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    spans.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut out = text.to_string();
    for (s, e, t) in spans {
        out.replace_range(s..e, &t);
    }
    out
}

/// The text edits of a workspace edit for one document (`changes` or `documentChanges`).
pub fn edits_for(edit: &Value, uri: &str) -> Vec<Value> {
    if let Some(v) = edit["changes"][uri].as_array() {
        return v.clone();
    }
    edit["documentChanges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["textDocument"]["uri"] == uri)
        .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
        .collect()
}

/// A small deterministic generator for the random edit tests (no extra dependency).
pub struct Rng(pub u64);

impl Rng {
    /// The next number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

impl Client {
    /// Waits for a response with this id (including `null`, as for parse errors).
    pub fn wait_for_response_with_id(&mut self, id: Value) -> Value {
        self.response_to(&id, &format!("a response with id {id}"))
    }

    /// The latest diagnostics of `uri` at `version`: from the pushes already received, else asked for.
    pub fn diagnostics_or_request(&mut self, uri: &str, _version: i64) -> Vec<Value> {
        let r = self.call(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": uri}}),
        );
        r["items"].as_array().cloned().unwrap_or_default()
    }

    /// Waits for the process to end; returns its status.
    pub fn wait_exit(&mut self) -> Option<i32> {
        self.stdin.take();
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            assert!(Instant::now() < deadline, "server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
