//! The Markdown model: no panic, blocks and sentences inside the text and on character
//! boundaries, sentences inside their block, in order.

#![no_main]

use copydesk_core::{DocKind, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for kind in [DocKind::Markdown, DocKind::PlainText] {
        let doc = Document::parse(&text, kind);
        let ok = |r: &std::ops::Range<usize>| {
            r.start <= r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        };
        let mut previous_end = 0;
        for b in &doc.blocks {
            assert!(ok(&b.range), "{:?}", b.range);
            assert!(b.range.start >= previous_end, "blocks overlap");
            previous_end = b.range.end;
            for s in &b.sentences {
                assert!(ok(s), "{s:?}");
                assert!(b.range.start <= s.start && s.end <= b.range.end, "{s:?} outside {:?}", b.range);
            }
        }
        for c in &doc.comments {
            assert!(ok(c), "{c:?}");
        }
        assert_eq!(doc.prose.len(), text.len(), "prose is the text with non-prose blanked");
    }
});
