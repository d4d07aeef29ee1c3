//! Blocks of odd Markdown (found by the `markdown` fuzz target): in order, never overlapping,
//! sentences inside their block.

use copydesk_core::{DocKind, Document};

fn check(text: &str) {
    for kind in [DocKind::Markdown, DocKind::PlainText] {
        let doc = Document::parse(text, kind);
        let mut previous_end = 0;
        for b in &doc.blocks {
            assert!(
                b.range.start >= previous_end,
                "blocks overlap: {:?}",
                doc.blocks
                    .iter()
                    .map(|b| b.range.clone())
                    .collect::<Vec<_>>()
            );
            previous_end = b.range.end;
            for s in &b.sentences {
                assert!(b.range.start <= s.start && s.end <= b.range.end);
            }
        }
    }
}

/// The `markdown` fuzz target's input that made an item's block overlap its nested list's
/// (fails without the fix in `document.rs`).
#[test]
fn html_blocks_inside_list_items_do_not_overlap() {
    check("-\"\n\"\n-    0         di    div>ht\n       - \u{bc}    div>ht\n        -      div>ht\n     \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0      \u{3}    iv>ht\n       - -\n\n    < ");
}
