//! A guard in front of tower-lsp-server's reader. Its framed reader ends the whole session
//! on the first message it cannot decode (bad JSON, a bad header), so this task reads the
//! `Content-Length` frames itself, forwards the well-formed ones untouched, and turns a
//! malformed one into a call of [`MALFORMED_METHOD`], which the server answers with the
//! JSON-RPC error (`-32700` parse error, `-32600` invalid request) and carries on.

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tower_lsp_server::jsonrpc::{Request, Response};

/// The internal method that answers a malformed message with its error.
pub const MALFORMED_METHOD: &str = "copydesk/malformedMessage";

/// Messages larger than this are refused rather than buffered (64 MiB).
const MAX_BODY: usize = 64 << 20;

/// What to forward for one frame body: the body itself, or the error call replacing it.
pub fn vet(body: &[u8]) -> Vec<u8> {
    let error = |id: Value, code: i64, message: String| {
        json!({"jsonrpc": "2.0", "id": id, "method": MALFORMED_METHOD,
               "params": {"code": code, "message": message}})
        .to_string()
        .into_bytes()
    };
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return error(Value::Null, -32700, format!("Parse error: {e}")),
    };
    let valid = serde_json::from_value::<Request>(value.clone()).is_ok()
        || serde_json::from_value::<Response>(value.clone()).is_ok();
    if valid {
        return body.to_vec();
    }
    let id = match value.get("id") {
        Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
        _ => Value::Null,
    };
    error(
        id,
        -32600,
        "Invalid request: not a JSON-RPC 2.0 message".into(),
    )
}

fn too_large() -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": null, "method": MALFORMED_METHOD,
           "params": {"code": -32600, "message": format!("Invalid request: larger than {MAX_BODY} bytes")}})
    .to_string()
    .into_bytes()
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Copies LSP frames from `input` to `output`, vetting each; returns at the end of input.
pub async fn relay<R, W>(input: R, mut output: W) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    loop {
        let mut length: Option<usize> = None;
        let mut oversized: Option<u64> = None;
        let mut bad_header = false;
        let mut saw_header = false;
        loop {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line).await? == 0 {
                return Ok(());
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if saw_header {
                    break;
                }
                continue; // stray blank lines between messages
            }
            saw_header = true;
            match line.split_once(':') {
                Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                    match value.trim().parse::<usize>() {
                        Ok(n) if n <= MAX_BODY => length = Some(n),
                        Ok(n) => oversized = Some(n as u64),
                        _ => bad_header = true,
                    }
                }
                Some(_) => {} // Content-Type and friends
                None => bad_header = true,
            }
        }
        if let Some(n) = oversized {
            // Skip the body unread, so the next message is still found.
            let mut skipped = (&mut reader).take(n);
            tokio::io::copy(&mut skipped, &mut tokio::io::sink()).await?;
            output.write_all(&frame(&too_large())).await?;
            output.flush().await?;
            continue;
        }
        let body = match length {
            Some(n) => {
                let mut body = vec![0; n];
                if reader.read_exact(&mut body).await.is_err() {
                    return Ok(());
                }
                body
            }
            None => Vec::new(),
        };
        let forward = if bad_header || length.is_none() {
            vet(b"")
        } else {
            vet(&body)
        };
        output.write_all(&frame(&forward)).await?;
        output.flush().await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_messages_pass_and_bad_ones_become_error_calls() {
        let good = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert_eq!(vet(good), good.to_vec());
        let v: Value = serde_json::from_slice(&vet(b"{nope")).unwrap();
        assert_eq!(v["method"], MALFORMED_METHOD);
        assert_eq!(v["params"]["code"], -32700);
        assert_eq!(v["id"], Value::Null);
        let v: Value = serde_json::from_slice(&vet(br#"{"id":7,"method":5}"#)).unwrap();
        assert_eq!(v["params"]["code"], -32600);
        assert_eq!(v["id"], 7);
    }

    #[tokio::test]
    async fn relay_survives_garbage() {
        let input = b"Content-Length: 5\r\n\r\n{bad}garbage line\r\n\r\nContent-Length: 44\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}".to_vec();
        let mut out = Vec::new();
        relay(&input[..], &mut out).await.unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.matches(MALFORMED_METHOD).count(), 2, "{out}");
        assert!(
            out.ends_with(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#),
            "{out}"
        );
    }

    #[tokio::test]
    async fn oversized_bodies_are_skipped() {
        let mut input = format!("Content-Length: {}\r\n\r\n", MAX_BODY + 1).into_bytes();
        input.extend(std::iter::repeat_n(b'x', MAX_BODY + 1));
        input.extend_from_slice(b"Content-Length: 2\r\n\r\n{}");
        let mut out = Vec::new();
        relay(&input[..], &mut out).await.unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("larger than"), "{out}");
        // `{}` is JSON but not a JSON-RPC message.
        assert!(out.contains("-32600"), "{out}");
        assert_eq!(out.matches("Content-Length").count(), 2, "{out}");
    }
}
