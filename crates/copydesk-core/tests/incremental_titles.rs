//! The title stage's per-block cache: after any sequence of edits to a draft full of titles, a
//! memoised analysis equals a fresh one (first mentions, conventions set in one paragraph and
//! broken in another, headings, repeated paragraphs, sentence starts that move).

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::seen;
use proptest::prelude::*;

/// Titles of every kind, with the same text once as a heading and once as a paragraph, a
/// paragraph written twice, surnames before and after their full names.
const BASE: &str = "# President Ada Quill visits the docks\n\n\
Mr Varga met Gov. Lena Varga and the health secretary on Monday. \
Deputy Prime Minister Omar Hale said the port's mayor, Rosa Penn, agreed.\n\n\
President Ada Quill visits the docks\n\n\
former foreign minister Ivo Brandt and US president Ada Quill spoke. Dr. Hale listened.\n\n\
Sen. Ruth Ames, chair of the committee, said Mrs Penn was right.\n\n\
Sen. Ruth Ames, chair of the committee, said Mrs Penn was right.\n\n\
- Prof Kai Moor, 61, leads the inquiry.\n- Home Secretary Bea Lund backs him.\n\n\
Later Foreign Secretary Ivo Brandt and Gov Lena Varga met Ms. Lund. The Mayor of Lakeshore, \
Tom Reed, and mayor Tom Reed's aide stayed.\n";

/// What an edit may insert: title words, names, full points, case changes and block breaks.
const PIECES: &[&str] = &[
    "Mr ",
    "Mr. ",
    "Mrs ",
    "Dr ",
    "Gov. ",
    "Gov ",
    "President ",
    "president ",
    "Prime Minister ",
    "prime minister ",
    "foreign secretary ",
    "Foreign Secretary ",
    "Deputy ",
    "former ",
    "the ",
    "US ",
    "Sierra Leone ",
    " Varga",
    " Penn",
    "Hale ",
    "Lena ",
    "Ada Quill",
    "'s",
    "’s",
    ". ",
    ".",
    ", ",
    "\n\n",
    "\n",
    "# ",
    "- ",
    "“",
    "”",
    "x",
    " ",
    "K",
    "É",
];

fn config(style: usize) -> Config {
    Config {
        style: [None, Some("bbc"), Some("ap"), Some("nyt")][style].map(str::to_string),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// After every edit of a random sequence, the memoised analysis equals a fresh one.
    #[test]
    fn memoised_titles_equal_fresh(edits in proptest::collection::vec(edits::edit(10, PIECES.len()), 1..20), md in any::<bool>(), style in 0usize..4) {
        let kind = if md { DocKind::Markdown } else { DocKind::PlainText };
        let config = config(style);
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        prop_assert_eq!(seen(&text, kind, &config, Some(&mut memo)), seen(&text, kind, &config, None));
        for e in &edits {
            edits::apply(&mut text, e, PIECES);
            prop_assert_eq!(
                seen(&text, kind, &config, Some(&mut memo)),
                seen(&text, kind, &config, None),
                "after {:?}:\n{}", e, text
            );
        }
    }
}

/// Moving a full name after its surname's first use, in another paragraph, changes the first
/// mention there: the draft-wide part is not served from the cache.
#[test]
fn a_first_mention_follows_an_edit_elsewhere() {
    let config = Config::default();
    let mut memo = Memo::new();
    let before = "Ann Lee arrived.\n\nLater Mr Lee spoke.\n";
    let after = "Ann Kay arrived.\n\nLater Mr Lee spoke.\n";
    for text in [before, after, before] {
        assert_eq!(
            seen(text, DocKind::PlainText, &config, Some(&mut memo)),
            seen(text, DocKind::PlainText, &config, None)
        );
    }
}

/// A convention set in one paragraph and broken in another follows edits to either.
#[test]
fn a_convention_follows_an_edit_elsewhere() {
    let config = Config::default();
    let mut memo = Memo::new();
    let drafts = [
        "Mr. Ray spoke.\n\nMr Lee spoke.\n",
        "Mr Ray spoke.\n\nMr Lee spoke.\n",
        "Mr Ray spoke.\n\nMr. Lee spoke.\n",
        "Mr. Ray spoke.\n\nMr Lee spoke.\n",
    ];
    for text in drafts {
        assert_eq!(
            seen(text, DocKind::PlainText, &config, Some(&mut memo)),
            seen(text, DocKind::PlainText, &config, None)
        );
    }
}
