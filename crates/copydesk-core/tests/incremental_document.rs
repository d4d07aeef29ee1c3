//! A parse reused after a keystroke (`Document::parse_after`) equals a fresh parse, whatever
//! the keystroke: letters typed or deleted inside words of every kind of Markdown, where most
//! are reused, and anything else, where the draft is parsed again.

#[path = "support/edits.rs"]
mod edits;
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
    edits::replace_scaled(text, e.at, e.len, TYPED[e.typed]);
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

/// Re-parses `text` from the parse of `base`, checks the result equals a fresh parse, and
/// says whether the kept parse was reused.
fn reparsed(base: &str, text: &str, kind: DocKind, what: &str) -> bool {
    let fresh = seen(&Document::parse(text, kind));
    match Document::reuse(text, kind, Document::parse(base, kind).keep()) {
        Some(reused) => {
            assert_eq!(seen(&reused), fresh, "{what}:\n{text}");
            true
        }
        None => false,
    }
}

/// Typing inside the words of each construct, one letter at a time, at every byte, and
/// deleting each character: equal to a fresh parse, and the kept parse is really reused for
/// most letters typed inside words.
#[test]
fn a_letter_typed_anywhere_reparses_as_fresh() {
    for (base, kind) in [(MARKDOWN, DocKind::Markdown), (PLAIN, DocKind::PlainText)] {
        let (mut reused, mut tried) = (0, 0);
        for at in (0..=base.len()).filter(|&at| base.is_char_boundary(at)) {
            for typed in ["x", "w", "é"] {
                let mut text = base.to_string();
                text.insert_str(at, typed);
                tried += 1;
                reused += usize::from(reparsed(
                    base,
                    &text,
                    kind,
                    &format!("{typed:?} typed at {at}"),
                ));
            }
            if let Some(c) = base[at..].chars().next() {
                let mut text = base.to_string();
                text.replace_range(at..at + c.len_utf8(), "");
                reparsed(base, &text, kind, &format!("deleted at {at}"));
            }
        }
        // Between two letters of a plain word is most places in these drafts.
        assert!(reused * 3 > tried, "{kind:?}: reused {reused} of {tried}");
    }
}
