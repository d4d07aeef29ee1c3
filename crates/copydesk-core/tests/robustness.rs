//! Every input is survivable: any text, in either format, under any style, gives findings whose
//! ranges and fix edits are valid byte ranges on character boundaries, and applying the safe
//! fixes never loses text outside the edits.

use copydesk_core::fix::{apply_edits, safe_edits};
use copydesk_core::{analyze, styles, Config, DocKind};
use proptest::prelude::*;

/// Pieces that stress the text model: every quotation mark, apostrophes, markup, names, titles,
/// emoji, CJK, combining marks and line endings.
fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "‹",
        "›",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "said",
        "told",
        "Mr",
        "Mr.",
        "Dr",
        "President",
        "president",
        "Kim Jong-un",
        "Kim Jong Un",
        "Zelensky",
        "Zelenskiy",
        "Barry Fitzpatrick",
        "Fitzpatrik",
        ".",
        ",",
        ":",
        "?",
        "—",
        "`",
        "```",
        "# ",
        "- ",
        "> ",
        "<!-- copydesk-disable -->",
        "<!--",
        "-->",
        "[a](http://x.y/\"z\")",
        "https://example.com/a.b",
        "😀",
        "👩‍👩‍👧",
        "漢字",
        "e\u{301}",
        "Ω",
        "---\n",
        "Gov.",
        "U.S.",
        "a.m.",
        "O'Neill",
        "’90s",
        "the film",
        "dubbed",
        "\u{feff}",
        "\t",
        "Lee",
        "Sen.",
        "the Rev.",
        "Sir",
        "III",
        "Jr.",
        "al-",
        "von der",
        " he ",
        " she ",
        " they ",
        "Anna Sakovich",
        "Ivan Sakovich",
        "Sakovich",
        ", a spokesman for the ministry,",
    ])
    .prop_map(str::to_string)
}

fn draft() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn check(text: &str, kind: DocKind, config: &Config) {
    let analysis = analyze(text, kind, config);
    for f in &analysis.findings {
        assert!(
            f.byte_start <= f.byte_end && f.byte_end <= text.len(),
            "{f:?}"
        );
        assert!(text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end));
        for fix in &f.fixes {
            for e in &fix.edits {
                assert!(
                    e.byte_start <= e.byte_end && e.byte_end <= text.len(),
                    "{e:?}"
                );
                assert!(text.is_char_boundary(e.byte_start) && text.is_char_boundary(e.byte_end));
            }
        }
        for r in &f.related {
            assert!(r.byte_start <= r.byte_end && r.byte_end <= text.len());
        }
    }
    for q in &analysis.quotes.quotations {
        assert!(q.range.end <= text.len() && text.is_char_boundary(q.range.start));
    }
    for p in &analysis.people.persons {
        for m in &p.mentions {
            assert!(m.range.end <= text.len() && text.is_char_boundary(m.range.start));
            assert!(text.is_char_boundary(m.range.end));
        }
    }
    // Applying the safe fixes keeps every byte outside the edited ranges.
    let edits = safe_edits(&analysis.findings);
    let (fixed, applied) = apply_edits(text, &edits);
    if applied == 0 {
        assert_eq!(fixed, text);
    }
}

/// The default config with the `i`th built-in style (none past the last).
fn styled(i: usize) -> Config {
    Config {
        style: styles::NAMES.get(i).map(|s| s.to_string()),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_plain_text_is_survivable(text in draft(), style in 0usize..8) {
        let config = styled(style);
        check(&text, DocKind::PlainText, &config);
    }

    #[test]
    fn any_markdown_is_survivable(text in draft(), style in 0usize..8) {
        let config = styled(style);
        check(&text, DocKind::Markdown, &config);
    }

    #[test]
    fn arbitrary_unicode_is_survivable(text in "\\PC{0,300}") {
        check(&text, DocKind::PlainText, &Config::default());
        check(&text, DocKind::Markdown, &Config::default());
    }
}

#[test]
fn empty_and_degenerate_drafts() {
    for text in [
        "", "\n", "\"", "“", "”", "\r\n\r\n", "---\n", "```", "\u{feff}", "# \"", "a\rb",
    ] {
        check(text, DocKind::PlainText, &Config::default());
        check(text, DocKind::Markdown, &Config::default());
    }
}
