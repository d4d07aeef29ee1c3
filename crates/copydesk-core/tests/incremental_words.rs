//! A letter typed or deleted inside an ordinary word lets the people stage keep its last
//! result (offsets moved, speakers read again): after any such keystrokes, and after ones that
//! change a word the stage does read, a memoised analysis equals a fresh one.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::seen;
use proptest::prelude::*;

/// Ordinary words everywhere around names: descriptions, kinship, pronouns, verbs said and not
/// listed, words also written with a capital, and quotations whose speakers hang on them.
const BASE: &str = "# Orchard growers count the frost damage\n\n\
The farmer Ruth Okafor said the blossom was lost. Her brother, Dev Okafor, disagreed with her.\n\n\
“We have seen worse winters,” concurred Okafor, who grows pears near the river. \
“Nobody expected this,” said a spokesman for the growers association.\n\n\
Trader Nguyen Thi Huong sells the fruit at the market; Huong said prices would rise. \
The younger Okafor told reporters: “We will replant.”\n\n\
Company president Lee Scott and his wife, Ann Scott, met the mayor. Scott said little. \
Brown leaves covered the brown grass. Mr Scott's orchard is the oldest.\n\n\
- Ruth Okafor, 61, chairs the growers.\n- “Prices will settle,” per the minister.\n\n\
She added that the frost came early. In the words of Ann Scott, “it was cruel”.\n";

/// What a keystroke does: letters typed into words (some make listed words, some break
/// them), a letter deleted, and now and then a capital, a space or a mark.
const TYPED: &[&str] = &[
    "x", "x", "x", "q", "s", "e", "d", "ing", "er", "ly", "a", "", "", "", "z", " ", "X", "’", ".",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn words_typed_and_deleted_equal_fresh(
        keys in proptest::collection::vec((0.0..1.0f64, 0usize..2, 0..TYPED.len()), 1..30),
        style in 0usize..3,
    ) {
        let config = Config {
            style: [None, Some("ap"), Some("bbc")][style].map(String::from),
            ..Config::default()
        };
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        prop_assert_eq!(seen(&text, DocKind::Markdown, &config, Some(&mut memo)), seen(&text, DocKind::Markdown, &config, None));
        for (at, len, typed) in keys {
            edits::replace_scaled(&mut text, at, len, TYPED[typed]);
            prop_assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "after typing {:?}:\n{}", TYPED[typed], text
            );
        }
    }
}

/// Typing along one word, letter by letter, through forms the stage reads (`brothers`,
/// `said`) and forms it does not.
#[test]
fn typing_through_a_word_equals_fresh() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = BASE.to_string();
    for (anchor, letters) in [
        ("Her brother", "sxs"),
        ("orchard is", "saidx"),
        ("the brown grass", "ish"),
        ("who grows", "xed"),
        ("the growers association", "s"),
    ] {
        let mut at = text.find(anchor).unwrap() + anchor.len();
        for c in letters.chars() {
            text.insert(at, c);
            at += c.len_utf8();
            assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "{text}"
            );
        }
        for _ in letters.chars() {
            at -= 1;
            text.remove(at);
            assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                seen(&text, DocKind::Markdown, &config, None),
                "{text}"
            );
        }
    }
}
