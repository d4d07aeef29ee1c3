//! The language server's per-keystroke analysis equals a fresh one: any text, then a sequence of
//! edits, each re-parsed from the last parse (`Document::parse_after`) and re-analysed with the
//! draft's `Memo`, compared with a fresh parse and a fresh analysis (findings, quotations and
//! people).

#![no_main]

use copydesk_core::{analyze, analyze_memo, Config, DocKind, Document, Memo};
use libfuzzer_sys::fuzz_target;

/// What an edit types: mostly letters (the kept-parse path), and the marks that change things.
const TYPED: &[&str] = &[
    "x", "e", "é", "W", "ab", "", " ", "\n", "[", "]", "*", "_", "`", "<", "“", "”", "\"", "'",
    "’", ".", ",", "-", "#", "1. ", "> ", "www", "http://", "Mr ", " said", "\n\n", "q", "s",
    "er",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    // The text, then the edits (four bytes each: where, how many bytes removed, what typed).
    let cut = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let mut text = String::from_utf8_lossy(&rest[..cut]).into_owned();
    let edits = rest.get(cut + 1..).unwrap_or(&[]);
    let kind = if selector & 1 == 0 {
        DocKind::Markdown
    } else {
        DocKind::PlainText
    };
    let config = Config::default();
    let mut memo = Memo::new();
    let mut kept = Some(Document::parse(&text, kind).keep());
    let _ = analyze_memo(&text, kind, &config, None, &mut memo, &|| false);
    for e in edits.chunks_exact(4).take(16) {
        let mut at = usize::from(u16::from_le_bytes([e[0], e[1]])) % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + usize::from(e[2] % 8)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        text.replace_range(at..end, TYPED[usize::from(e[3]) % TYPED.len()]);
        let reused = Document::parse_after(&text, kind, kept.take());
        let fresh = Document::parse(&text, kind);
        assert_eq!(
            format!("{:?} {:?} {:?}", reused.prose, reused.blocks, reused.comments),
            format!("{:?} {:?} {:?}", fresh.prose, fresh.blocks, fresh.comments),
        );
        kept = Some(reused.keep());
        let memoised = analyze_memo(&text, kind, &config, None, &mut memo, &|| false);
        // The people too: a letter in an ordinary word keeps the last analysis's people.
        let memoised = memoised.map(|a| format!("{:?}", (a.findings, a.quotes, a.people)));
        assert_eq!(
            memoised,
            Some(format!("{:?}", {
                let a = analyze(&text, kind, &config);
                (a.findings, a.quotes, a.people)
            }))
        );
    }
});
