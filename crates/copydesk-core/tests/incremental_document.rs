//! A parse reused after a keystroke (`Document::parse_after`) equals a fresh parse, whatever
//! the keystroke: letters typed or deleted inside words of every kind of Markdown, where most
//! are reused, and anything else, where the draft is parsed again.

use copydesk_core::document::{DocKind, Document};
use proptest::prelude::*;

/// Markdown whose words sit in every construct an edit inside a word could disturb: link
/// labels and their definitions, code, HTML, front matter, URLs, tables, footnotes, emphasis,
/// abbreviations and a list.
const MARKDOWN: &str = "---\ntitle: Ferry fares\n---\n# Ferry fares rise\n\n\
Councillor Ruth Okafor said on Tuesday that the timetable would stay. Mr. Okafor agreed.\n\n\
See [the report] and [the notes](http://example.org/notes) at ww.harbour.org or www.port.org today.\n\n\
[the report]: http://example.org/report \"The report\"\n\n\
Some `inline code` and <span title=\"a b\">tagged words</span> and &amp; entity.\n\n\
    indented code block here\n\n\
```\nfenced words here\n```\n\n\
| Route | Fare |\n|-------|------|\n| North | Ten |\n\n\
A footnote here[^note] and *emphasis*words and _under_ scores.\n\n\
[^note]: The note says more words.\n\n\
- Marta Lindqvist runs the port\n- Dev Okafor runs the ferries\n  - nested item words\n\n\
Setext heading words\n====================\n\n\
“We will keep going,” she said. Gov. Lee met U.S. officials at 7 a.m. today. End\n\n\
<!-- copydesk-disable name-spelling -->\n\nLast words of the draft";

/// Plain text with a headline, short lines and a URL.
const PLAIN: &str = "Ferry fares rise\n\nThe council said so.\nIt was late.\n\n\
A wrapped line\nthat goes on at www.example.org and beyond. Mr. Lee agreed.\n\nEnd words";

/// What an edit may type: mostly letters (the reused path), with the marks that change things.
const TYPED: &[&str] = &[
    "x", "ab", "é", "W", "", "", "w", "www", " ", "[", "]", "-", "\n", ".", "’", "*", "`", "<",
    "http://", "#", "1. ",
];

/// One edit: replace `len` bytes at `at` (scaled to the text) with a typed piece.
#[derive(Debug, Clone)]
struct Edit {
    at: f64,
    len: usize,
    typed: usize,
}

fn edit() -> impl Strategy<Value = Edit> {
    // Deletions of one or two bytes and plain insertions are the common keystrokes.
    (
        0.0..1.0f64,
        prop_oneof![3 => Just(0usize), 2 => 1usize..3, 1 => 3usize..8],
        0..TYPED.len(),
    )
        .prop_map(|(at, len, typed)| Edit { at, len, typed })
}

/// Applies an edit on character boundaries.
fn apply(text: &mut String, e: &Edit) {
    let mut start = ((text.len() as f64) * e.at) as usize;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + e.len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.replace_range(start..end, TYPED[e.typed]);
}

/// Everything a parse holds, for comparison.
fn seen(d: &Document) -> String {
    format!("{:?} {:?} {:?} {:?}", d.kind, d.prose, d.blocks, d.comments)
}

fn check(base: &str, kind: DocKind, edits: &[Edit]) {
    let mut text = base.to_string();
    let mut kept = Some(Document::parse(&text, kind).keep());
    for e in edits {
        apply(&mut text, e);
        let reused = Document::parse_after(&text, kind, kept.take());
        assert_eq!(
            seen(&reused),
            seen(&Document::parse(&text, kind)),
            "after {e:?}:\n{text}"
        );
        kept = Some(reused.keep());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn markdown_reparse_equals_a_fresh_parse(edits in prop::collection::vec(edit(), 1..40)) {
        check(MARKDOWN, DocKind::Markdown, &edits);
    }

    #[test]
    fn plain_text_reparse_equals_a_fresh_parse(edits in prop::collection::vec(edit(), 1..40)) {
        check(PLAIN, DocKind::PlainText, &edits);
    }
}

/// Typing inside the words of each construct, one letter at a time, at every byte.
#[test]
fn a_letter_typed_anywhere_reparses_as_fresh() {
    for (base, kind) in [(MARKDOWN, DocKind::Markdown), (PLAIN, DocKind::PlainText)] {
        for at in 0..=base.len() {
            if !base.is_char_boundary(at) {
                continue;
            }
            for typed in ["x", "w", "é"] {
                let mut text = base.to_string();
                text.insert_str(at, typed);
                let prev = Document::parse(base, kind).keep();
                let reused = Document::parse_after(&text, kind, Some(prev));
                assert_eq!(
                    seen(&reused),
                    seen(&Document::parse(&text, kind)),
                    "{typed:?} typed at {at}:\n{text}"
                );
            }
            // And the byte (character) there deleted.
            let mut text = base.to_string();
            if let Some(c) = base[at..].chars().next() {
                text.replace_range(at..at + c.len_utf8(), "");
                let prev = Document::parse(base, kind).keep();
                let reused = Document::parse_after(&text, kind, Some(prev));
                assert_eq!(
                    seen(&reused),
                    seen(&Document::parse(&text, kind)),
                    "deleted at {at}:\n{text}"
                );
            }
        }
    }
}
