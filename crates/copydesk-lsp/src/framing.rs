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

/// The error call answering a broken frame, with the message's id when it could be read.
fn broken(id: Value, message: String) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": id, "method": MALFORMED_METHOD,
           "params": {"code": -32600, "message": format!("Invalid request: {message}")}})
    .to_string()
    .into_bytes()
}

/// `body` behind its `Content-Length` header.
pub(crate) fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = header(body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The header of a frame of `len` bytes, with the blank line after it.
pub(crate) fn header(len: usize) -> String {
    format!("Content-Length: {len}\r\n\r\n")
}

/// The header that starts every frame, compared in any case.
const HEADER: &[u8] = b"content-length";

/// The longest header line read; a longer one is a broken frame (and memory stays bounded).
const MAX_HEADER_LINE: u64 = 8192;

/// Where the next header starts in `bytes` (`Content-Length`, any case), if it is there.
fn next_header(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(HEADER.len())
        .position(|w| w.eq_ignore_ascii_case(HEADER))
}

/// Skips the rest of a broken frame, a buffer at a time (memory stays bounded whatever the
/// length of the junk), up to the next `Content-Length`. Returns the part of that header
/// already consumed (when it straddled two buffers), or `None` at the end of input.
async fn skip_to_header<R: AsyncRead + Unpin>(
    reader: &mut BufReader<R>,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let buf = reader.fill_buf().await?;
        if buf.is_empty() {
            return Ok(None);
        }
        let mut joined = carry.clone();
        joined.extend_from_slice(&buf[..buf.len().min(HEADER.len())]);
        if let Some(i) = next_header(&joined).filter(|&i| i < carry.len()) {
            return Ok(Some(carry[i..].to_vec()));
        }
        if let Some(i) = next_header(buf) {
            reader.consume(i);
            return Ok(Some(Vec::new()));
        }
        let keep = (HEADER.len() - 1).min(buf.len());
        carry = buf[buf.len() - keep..].to_vec();
        let n = buf.len();
        reader.consume(n);
    }
}

/// The id of a message whose frame is broken, read from `start` (what was taken as its body, if
/// anything) and the bytes already buffered up to the next header; and how many buffered bytes
/// belong to it. Best effort: the id lets the client's pending request end with the error.
fn salvage_id(start: &[u8], buffered: &[u8]) -> (Value, usize) {
    let rest = next_header(buffered).unwrap_or(buffered.len());
    let mut whole = start.to_vec();
    whole.extend_from_slice(&buffered[..rest]);
    let id = serde_json::from_slice::<Value>(whole.trim_ascii())
        .ok()
        .and_then(|v| v.get("id").cloned())
        .filter(|id| id.is_number() || id.is_string())
        .unwrap_or(Value::Null);
    (id, rest)
}

/// A frame's header block, read.
enum Head {
    /// A single, sane `Content-Length`.
    Length(usize),
    /// Anything else, and why.
    Broken(String),
}

/// Reads a header block. With `resync`, everything before the next `Content-Length` is
/// skipped first (the rest of a broken frame). `None` at the end of input.
async fn read_head<R: AsyncRead + Unpin>(
    reader: &mut BufReader<R>,
    resync: bool,
) -> std::io::Result<Option<Head>> {
    let mut start = Vec::new();
    if resync {
        match skip_to_header(reader).await? {
            Some(prefix) => start = prefix,
            None => return Ok(None),
        }
    }
    let mut length: Option<usize> = None;
    let mut problem: Option<String> = None;
    let mut saw_header = false;
    loop {
        let mut raw = std::mem::take(&mut start);
        let read = (&mut *reader)
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut raw)
            .await?;
        if read == 0 && raw.is_empty() {
            return Ok(None);
        }
        if !raw.ends_with(b"\n") && read as u64 == MAX_HEADER_LINE {
            return Ok(Some(Head::Broken("a header line longer than 8 KiB".into())));
        }
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            if read == 0 {
                return Ok(None);
            }
            continue; // stray blank lines between messages
        }
        saw_header = true;
        match line.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                let value = value.trim();
                let why = match value.parse::<u64>() {
                    Ok(n) if length.is_some_and(|l| l as u64 != n) => {
                        Some("two different Content-Length headers".to_string())
                    }
                    Ok(n) if n > MAX_BODY as u64 => Some(format!(
                        "Content-Length {n} is larger than {MAX_BODY} bytes"
                    )),
                    Ok(n) => {
                        length = Some(n as usize);
                        None
                    }
                    Err(_) => Some("Content-Length is not a number".to_string()),
                };
                problem = problem.or(why);
            }
            Some(_) => {} // Content-Type and friends
            None => problem = problem.or(Some("a header line without a colon".into())),
        }
        if read == 0 {
            // The input ended inside the header block.
            return Ok(None);
        }
    }
    Ok(Some(match (problem, length) {
        (Some(why), _) => Head::Broken(why),
        (None, Some(n)) => Head::Length(n),
        (None, None) => Head::Broken("no Content-Length header".into()),
    }))
}

/// Copies LSP frames from `input` to `output`, vetting each; returns at the end of input.
///
/// A broken frame (a length that is missing, not a number, too large, given twice, or too short
/// for the message) is answered at once with an error, with the message's id when it can be
/// read, and reading starts again at the next `Content-Length` header: never silence.
pub async fn relay<R, W>(input: R, mut output: W) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    let mut resync = false;
    loop {
        let Some(head) = read_head(&mut reader, resync).await? else {
            return Ok(());
        };
        resync = false;
        let forward = match head {
            Head::Broken(why) => {
                let (id, _) = salvage_id(b"", reader.buffer());
                resync = true;
                broken(id, why)
            }
            Head::Length(n) => {
                let mut body = vec![0; n];
                if reader.read_exact(&mut body).await.is_err() {
                    return Ok(());
                }
                let forward = vet(&body);
                if serde_json::from_slice::<Value>(&body).is_err() {
                    // Perhaps the length was too short: the rest of the message is still
                    // ahead, up to the next header. Name its id if it can be read, skip it.
                    let (id, used) = salvage_id(&body, reader.buffer());
                    resync = true;
                    if !id.is_null() {
                        reader.consume(used);
                        broken(
                            id,
                            format!("Content-Length {n} is shorter than the message"),
                        )
                    } else {
                        forward
                    }
                } else {
                    forward
                }
            }
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
        // The bad body, then the junk up to the next header (the rest of the broken frame).
        assert_eq!(out.matches(MALFORMED_METHOD).count(), 1, "{out}");
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
        assert_eq!(out.matches("Content-Length: ").count(), 2, "{out}");
    }

    #[tokio::test]
    async fn a_header_split_across_buffers_is_found_when_skipping() {
        // Junk of every length, so that the next header straddles the reader's buffer ends.
        for junk in [8185, 8186, 8190, 8192, 8195, 16384 - 3] {
            let mut input = b"Content-Length: x\r\n\r\n".to_vec();
            input.extend(std::iter::repeat_n(b'j', junk));
            input.extend(after(""));
            let f = frames(&input).await;
            assert_eq!(f.len(), 2, "{junk}: {f:?}");
            assert_eq!(f[1]["method"], "shutdown", "{junk}");
        }
    }

    const SHUTDOWN: &str = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;

    /// The frames the relay writes for `input`, as JSON, and whether it reached the end.
    async fn frames(input: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        relay(input, &mut out).await.unwrap();
        let out = String::from_utf8(out).unwrap();
        out.split("Content-Length: ")
            .filter(|f| !f.is_empty())
            .map(|f| serde_json::from_str(f.split_once("\r\n\r\n").unwrap().1).unwrap())
            .collect()
    }

    fn after(broken: &str) -> Vec<u8> {
        format!(
            "{broken}Content-Length: {}\r\n\r\n{SHUTDOWN}",
            SHUTDOWN.len()
        )
        .into_bytes()
    }

    #[tokio::test]
    async fn a_huge_length_is_answered_and_the_next_message_is_served() {
        // Before: the relay waited for 2^64 bytes and never answered again.
        let input = after(&format!(
            "Content-Length: 18446744073709551615\r\n\r\n{}",
            r#"{"jsonrpc":"2.0","id":7,"method":"initialize"}"#
        ));
        let f = tokio::time::timeout(std::time::Duration::from_secs(5), frames(&input))
            .await
            .expect("the relay answers at once");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0]["method"], MALFORMED_METHOD);
        assert_eq!(f[0]["id"], 7);
        assert!(f[0]["params"]["message"]
            .as_str()
            .unwrap()
            .contains("larger than"));
        assert_eq!(f[1]["id"], 1);
        assert_eq!(f[1]["method"], "shutdown");
    }

    #[tokio::test]
    async fn two_different_lengths_are_answered_and_the_next_message_is_served() {
        // Before: the second length won, and the next message was swallowed as the body.
        let body = r#"{"jsonrpc":"2.0","id":8,"method":"shutdown"}"#;
        let input = after(&format!(
            "Content-Length: {}\r\nContent-Length: 500\r\n\r\n{body}",
            body.len()
        ));
        let f = frames(&input).await;
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0]["id"], 8);
        assert!(f[0]["params"]["message"]
            .as_str()
            .unwrap()
            .contains("two different"));
        assert_eq!(f[1]["method"], "shutdown");
        // The same length twice is harmless.
        let twice = format!(
            "Content-Length: 44\r\n{}",
            String::from_utf8(after("")).unwrap()
        );
        assert_eq!(frames(twice.as_bytes()).await[0]["method"], "shutdown");
    }

    #[tokio::test]
    async fn a_too_short_length_is_answered_with_the_id_and_the_next_message_is_served() {
        // Before: the rest of the message was read as headers, the request never answered
        // and the following message lost.
        let body = r#"{"jsonrpc":"2.0","id":9,"method":"shutdown"}"#;
        let input = after(&format!("Content-Length: 10\r\n\r\n{body}"));
        let f = frames(&input).await;
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0]["id"], 9);
        assert_eq!(f[0]["params"]["code"], -32600);
        assert!(f[0]["params"]["message"]
            .as_str()
            .unwrap()
            .contains("shorter"));
        assert_eq!(f[1]["id"], 1);
        assert_eq!(f[1]["method"], "shutdown");
    }

    #[tokio::test]
    async fn a_missing_or_garbled_length_is_answered() {
        for head in [
            "Content-Type: x\r\n\r\n",
            "Content-Length: -3\r\n\r\n",
            "junk\r\n\r\n",
        ] {
            let f = frames(&after(head)).await;
            assert_eq!(f.len(), 2, "{head:?}: {f:?}");
            assert_eq!(f[0]["method"], MALFORMED_METHOD);
            assert_eq!(f[1]["method"], "shutdown");
        }
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// A valid message, or a piece of a broken stream.
        fn piece() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                (0i64..1000).prop_map(|id| {
                    let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
                    frame(body.as_bytes())
                }),
                prop::sample::select(vec![
                    "Content-Length: 18446744073709551615\r\n\r\n",
                    "Content-Length: 3\r\n",
                    "Content-Length: 0\r\n\r\n",
                    "content-length:12\r\n\r\n",
                    "Content-Type: x\r\n\r\n",
                    "\r\n",
                    "{\"id\":5",
                    "junk",
                ])
                .prop_map(|s| s.as_bytes().to_vec()),
                prop::collection::vec(any::<u8>(), 0..40),
            ]
        }

        fn relayed(input: &[u8]) -> Vec<Value> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            let mut out = Vec::new();
            runtime.block_on(relay(input, &mut out)).unwrap();
            let mut frames = Vec::new();
            let mut rest = &out[..];
            while !rest.is_empty() {
                let end = rest.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
                let head = std::str::from_utf8(&rest[..end]).unwrap();
                let n: usize = head
                    .strip_prefix("Content-Length: ")
                    .unwrap()
                    .parse()
                    .unwrap();
                frames.push(serde_json::from_slice(&rest[end + 4..end + 4 + n]).unwrap());
                rest = &rest[end + 4 + n..];
            }
            frames
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
            #[test]
            fn any_stream_ends_and_only_well_formed_frames_are_forwarded(
                parts in prop::collection::vec(piece(), 0..12)
            ) {
                for f in relayed(&parts.concat()) {
                    prop_assert!(f.is_object());
                }
            }

            #[test]
            fn valid_messages_pass_untouched(ids in prop::collection::vec(0i64..1000, 0..10)) {
                let input: Vec<u8> = ids
                    .iter()
                    .flat_map(|id| frame(format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#).as_bytes()))
                    .collect();
                let got: Vec<i64> = relayed(&input).iter().map(|f| f["id"].as_i64().unwrap()).collect();
                prop_assert_eq!(got, ids);
            }
        }
    }
}
