//! The people stage's block cache: after edits that change what other blocks read (a word
//! written in lowercase elsewhere, a surname used alone, a quotation opened in one paragraph
//! and closed in another), a memoised analysis equals a fresh one.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::seen;
use proptest::prelude::*;

/// Names whose evidence lives in other paragraphs.
const BASE: &str =
    "Hope Marlow said the vote was close. Grace Penhallow, a councillor, agreed.\n\n\
“The count starts at nine,\n\n\
and it ends when it ends,” said Ada and Lionel Strand, who run the hall.\n\n\
Penhallow arrived late. Park Ji-hoon told reporters the hall was full.\n\n\
Mr Strand said there was hope. Dr Penhalow disagreed with Marlow.\n\n\
- Vote Marlow\n- Grace Penhallow, 61, chairs the board.\n";

/// Edits that make and break the evidence other blocks read.
const PIECES: &[&str] = &[
    "hope ",
    " Hope",
    "“",
    "”",
    "\"",
    " Strand",
    " strand",
    "Ada and ",
    "Mr ",
    "Ms ",
    "\n\n",
    " said",
    ", a farmer,",
    " Penhallow",
    " Penhalow",
    " Marlow",
    " marlow",
    "Park ",
    ".",
    " ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn memoised_people_equal_fresh(
        edits in proptest::collection::vec((0.0..1.0f64, 0usize..8, 0..PIECES.len()), 1..20)
    ) {
        let config = Config::default();
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        prop_assert_eq!(seen(&text, DocKind::Markdown, &config, Some(&mut memo)), seen(&text, DocKind::Markdown, &config, None));
        for (at, len, piece) in edits {
            edits::replace_scaled(&mut text, at, len, PIECES[piece]);
            prop_assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "after inserting {:?}:\n{}", PIECES[piece], text
            );
        }
    }
}

/// A word written in lowercase in one paragraph unmakes a name in another, and the cache
/// notices when that paragraph goes away again.
#[test]
fn evidence_from_another_block() {
    let config = Config::default();
    let mut memo = Memo::new();
    let plain = "Vote Marlow, they said.\n\nMarlow spoke.\n";
    let lower = "Vote Marlow, they said.\n\nMarlow spoke.\n\nWe vote today.\n";
    for text in [plain, lower, plain, lower] {
        assert_eq!(
            seen(text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(text, DocKind::Markdown, &config, None)
        );
    }
}

/// A quotation mark typed in one paragraph changes what the next one is (speech, narrative):
/// the names read there must follow, though that paragraph's text is unchanged.
#[test]
fn quotation_context_from_another_block() {
    let config = Config::default();
    let mut memo = Memo::new();
    let tail = "\n\nCouncillor Sam Reed, a farmer, said yes. Vote Reed.\n\nReed left.\n";
    let drafts = [
        format!("Lena Ward spoke.{tail}"),
        format!("“Lena Ward spoke.{tail}"),
        format!(
            "Lena Ward spoke.{}",
            tail.replacen("Councillor", "“Councillor", 1)
        ),
        format!(
            "“Lena Ward spoke.{}",
            tail.replacen("Reed left.", "Reed left.”", 1)
        ),
        format!("Lena Ward spoke.{}", tail.replacen("yes.", "yes.”", 1)),
        format!("Lena Ward spoke.{tail}"),
    ];
    for text in drafts.iter().chain(drafts.iter().rev()) {
        assert_eq!(
            seen(text, DocKind::Markdown, &config, Some(&mut memo)),
            seen(text, DocKind::Markdown, &config, None),
            "{text}"
        );
    }
}
