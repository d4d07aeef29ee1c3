//! LSP framing: any byte stream ends (no hang), and everything the guard forwards is a
//! well-formed frame whose body is a JSON-RPC message or the error call replacing one.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let mut out = Vec::new();
    runtime
        .block_on(copydesk_lsp::framing::relay(data, &mut out))
        .expect("writing to a Vec cannot fail");
    let mut rest = &out[..];
    while !rest.is_empty() {
        let head_end = rest
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header block");
        let head = std::str::from_utf8(&rest[..head_end]).expect("ASCII header");
        let n: usize = head
            .strip_prefix("Content-Length: ")
            .expect("one Content-Length header")
            .parse()
            .expect("a length");
        let body = &rest[head_end + 4..head_end + 4 + n];
        let v: serde_json::Value = serde_json::from_slice(body).expect("a JSON body");
        assert!(v.is_object(), "{v}");
        rest = &rest[head_end + 4 + n..];
    }
});
