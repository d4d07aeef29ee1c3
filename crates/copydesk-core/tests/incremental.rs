//! A memoised analysis (the language server's, per keystroke) equals a fresh one after any
//! sequence of edits: per-block results are cached by content, never by position.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::seen;
use proptest::prelude::*;

/// A draft with people, titles, quotations running over paragraphs, a list and a heading.
const BASE: &str = "# Ferry fares rise on the northern routes\n\n\
Councillor Ruth Okafor said on Tuesday that the winter timetable would stay. \
“We will keep the boats running,” Okafor said. Mr. Okafor's brother, Dev Okafor, disagreed.\n\n\
“The harbour has never been busier,” said Marta Lindqvist, the port's chief executive. \
“Every berth is taken.\n\n\
“And the queue grows each week,” she added.\n\n\
Ms Lindqvist met president Owen Pryce of the Harbour Board. Pryce told reporters: “Not now.”\n\n\
- Marta Lindqvst, 52, runs the port.\n- Dev Okafor runs the ferries.\n\n\
“Unclear who said this,” the note read. Senator Helen Marsh said “fares are fair”.\n";

/// What an edit may insert: words that make and break names, titles, quotations and blocks.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "’",
    " said",
    " Okafor",
    " Lindqvist",
    " Lindqvst",
    "Mr ",
    "Mrs. ",
    "President ",
    " the",
    "\n\n",
    "\n",
    "- ",
    "# ",
    ".",
    ",",
    " ",
    "Ruth ",
    "Marsh",
    "x",
    "<!-- copydesk-disable -->",
    "é",
    "Kiev",
    " Kyiv",
    "```\n",
];

fn configs() -> Vec<Config> {
    let bbc = Config {
        style: Some("bbc".into()),
        ..Config::default()
    };
    vec![Config::default(), bbc]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// After every edit of a random sequence, the memoised analysis equals a fresh one.
    #[test]
    fn memoised_equals_fresh(edits in proptest::collection::vec(edits::edit(12, PIECES.len()), 1..24), md in any::<bool>(), style in 0usize..2) {
        let kind = if md { DocKind::Markdown } else { DocKind::PlainText };
        let config = &configs()[style];
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        prop_assert_eq!(seen(&text, kind, config, Some(&mut memo)), seen(&text, kind, config, None));
        for e in &edits {
            edits::apply(&mut text, e, PIECES);
            prop_assert_eq!(
                seen(&text, kind, config, Some(&mut memo)),
                seen(&text, kind, config, None),
                "after {:?}:\n{}", e, text
            );
        }
    }
}

/// A change of config between analyses is honoured, not served from the cache.
#[test]
fn config_change_is_not_cached() {
    let configs = configs();
    let mut memo = Memo::new();
    for config in configs.iter().chain(configs.iter().rev()) {
        assert_eq!(
            seen(BASE, DocKind::Markdown, config, Some(&mut memo)),
            seen(BASE, DocKind::Markdown, config, None)
        );
    }
}

/// Undoing an edit gives back the first analysis, and the same draft twice is unchanged.
#[test]
fn undo_and_repeat() {
    let config = Config::default();
    let mut memo = Memo::new();
    let first = seen(BASE, DocKind::Markdown, &config, Some(&mut memo));
    assert_eq!(
        first,
        seen(BASE, DocKind::Markdown, &config, Some(&mut memo))
    );
    let edited = BASE.replace("Lindqvist met", "Lindqvst met");
    assert_eq!(
        seen(&edited, DocKind::Markdown, &config, Some(&mut memo)),
        seen(&edited, DocKind::Markdown, &config, None)
    );
    assert_eq!(
        first,
        seen(BASE, DocKind::Markdown, &config, Some(&mut memo))
    );
}

/// Paragraphs of quotations added before others, moved and taken away: the blocks' cached
/// decisions are found wherever the paragraphs went, and each analysis equals a fresh one.
#[test]
fn quotation_paragraphs_moved_about() {
    let config = Config::default();
    let mut memo = Memo::new();
    let [a, b, c, d] = [
        "“We will keep the boats running,” Okafor said.",
        "Pryce told reporters: “Not now.”",
        "“Every berth is taken,” said Marta Lindqvist.",
        "“Fares are fair,” the note read.",
    ];
    let drafts = [
        [a, b, c].join("\n\n"),
        [d, a, b, c].join("\n\n"),
        [d, c, a, b, c].join("\n\n"),
        [c, b, a].join("\n\n"),
        [a, b, c, d].join("\n\n"),
        [a, c].join("\n\n"),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        assert_eq!(
            seen(text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(text, DocKind::Markdown, &config, None),
            "{text}"
        );
    }
}

/// Quotations never closed, the same words in several paragraphs, moved about and typed in:
/// where each closes before its attribution is kept by the words it was read from, so a kept
/// answer serves the same words anywhere, and each analysis equals a fresh one.
#[test]
fn unclosed_quotations_moved_and_typed_in() {
    let config = Config::default();
    let mut memo = Memo::new();
    let [a, b, c] = [
        "“The ferry will run all winter, the harbour master said on Friday.",
        "“We asked twice, and twice, she said, nobody answered.",
        "The council met. “Fares rise in May, a spokesman said, and again in June",
    ];
    let drafts = [
        [a, b, c].join("\n\n"),
        [b, a, b, c].join("\n\n"),
        [b, a, b, c].join("\n\n").replace("twice, she", "twice, he"),
        [b, a, b, c]
            .join("\n\n")
            .replace("spokesman", "spokeswoman"),
        [c, a].join("\n\n"),
        [a, a, a].join("\n\n").replacen("master said", "master", 1),
        [a, b, c].join("\n\n").replace("May, a", "May, ” a"),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        assert_eq!(
            seen(text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(text, DocKind::Markdown, &config, None),
            "{text}"
        );
    }
}

/// Letters typed one at a time inside words of a draft whose quotations run over paragraphs,
/// next to apostrophes and single marks: the parse keeps every other paragraph as it was, and
/// the stages take those paragraphs' results without reading them again, yet the marks a
/// letter turns into apostrophes (or back) change what the later paragraphs' quotations are.
/// Each analysis equals a fresh one.
#[test]
fn letters_typed_beside_marks_that_run_over_paragraphs() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = [
        "# Ferry fares",
        "“The boats will run all winter,” said Ines Varga, the harbour master.",
        "“We asked the council twice about the ‘winter timetable’ and the fares,",
        "“and twice nobody answered. The skippers’ union wrote too,” she said.",
        "Varga said the ‘late boats’ would stop at ten o’clock from May.",
        "“It’s the crews’ decision,” a spokesman said. ‘Nobody’s told us.",
    ]
    .join("\n\n");
    // Where letters go: after an apostrophe or closing mark, inside a plain word, at a
    // capital, each a place the parse keeps the paragraph structure of.
    let places = [
        "skippers’",
        "late boats’",
        "It’s",
        "council",
        "Varga said",
        "Nobody’s",
    ];
    for (n, place) in places.iter().enumerate() {
        // Before the place's last letter, where each letter typed goes in turn.
        let end = text.find(place).expect("place in draft") + place.len();
        let at = (0..end)
            .rev()
            .find(|&i| text.is_char_boundary(i) && text[i..].starts_with(char::is_alphabetic))
            .expect("a letter in the place");
        for letter in ["s", "e", "x"] {
            text.insert_str(at, letter);
            assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "place {n} ({place}), letter {letter}:\n{text}"
            );
        }
    }
}

/// A cache that last read another draft is not trusted with an edit of this one: the parse an
/// edit came from is named, and a stage takes kept blocks unread only from the cache that read
/// that very parse.
#[test]
fn a_cache_of_another_draft_is_not_trusted_with_an_edit() {
    use copydesk_core::config::QuoteConfig;
    use copydesk_core::cues::Cues;
    use copydesk_core::quotes::{extract, extract_memo, QuotesMemo};
    use copydesk_core::Document;
    let (config, cues) = (QuoteConfig::default(), Cues::builtin());
    // Two drafts of as many paragraphs, quoted differently.
    let a = "“We sail at dawn,” said Ines Varga.\n\nThe harbour was calm.\n\n“No,” he said.";
    let b = "The council met on Tuesday.\n\n“Fares rise,” a spokesman said.\n\nNobody spoke.";
    let mut memo = QuotesMemo::default();
    extract_memo(
        &Document::parse(a, DocKind::Markdown),
        &config,
        cues,
        &mut memo,
    );
    // An edit of `b`, a letter inside a word of its last paragraph.
    let kept = Document::parse(b, DocKind::Markdown).keep();
    let b2 = b.replace("Nobody", "Nobxody");
    let edited = Document::reuse(&b2, DocKind::Markdown, kept).expect("a keystroke in a word");
    assert_eq!(
        extract_memo(&edited, &config, cues, &mut memo),
        extract(&Document::parse(&b2, DocKind::Markdown), &config, cues)
    );
}

/// A beat before a quotation (`Strand shrugged. “…”`) is one only when the draft has named a
/// person `Strand` in full before it. Its block's reading is kept between analyses, so when
/// another block gives or takes that name, the kept reading must be asked again.
#[test]
fn a_kept_beat_asks_again_who_the_draft_names() {
    let named = "Lena Strand runs the ferry office.\n\nThe fares rose again.\n\n\
                 Strand shrugged. “We have no choice.”\n";
    let unnamed = named.replace("Lena Strand runs", "Lena Vask runs");
    let config = Config::default();
    for kind in [DocKind::PlainText, DocKind::Markdown] {
        for (a, b) in [(named, unnamed.as_str()), (unnamed.as_str(), named)] {
            let mut memo = Memo::new();
            let fresh = (seen(a, kind, &config, None), seen(b, kind, &config, None));
            assert_ne!(fresh.0, fresh.1, "the name decides the beat");
            assert_eq!(seen(a, kind, &config, Some(&mut memo)), fresh.0);
            assert_eq!(seen(b, kind, &config, Some(&mut memo)), fresh.1);
        }
    }
}
