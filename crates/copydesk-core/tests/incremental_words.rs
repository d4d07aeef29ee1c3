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

/// Quotations whose speakers hang on other paragraphs: one running over three paragraphs, one
/// introduced by the paragraph before (a colon, a cue), pronouns, described speakers.
const CHAINS: &str = "Mayor Lena Ward opened the meeting on the harbour plans.\n\n\
“The ferries will run all winter,\n\n\
“and the fares will stay where they are,\n\n\
“whatever the board says,” Ward said, smiling at the council.\n\n\
Her deputy, Sam Reed, spoke next and told the hall:\n\n\
“We cannot promise that.”\n\n\
A spokeswoman for the ferry company said: “The boats are old,\n\n\
“the engines are older,\n\n\
“and the storms are coming.”\n\n\
“They need repairs before the storms,” she added.\n\n\
Reed nodded. “Nobody here wants higher fares,” he said quietly.\n\n\
The chairman of the board, who spoke last, said he agreed.\n\n\
“It is settled.”\n";

/// A letter typed at the end of every word of [`CHAINS`] in turn and taken away again: each
/// analysis equals a fresh one (a quotation keeps its last speaker only when nothing it reads
/// changed).
#[test]
fn a_letter_in_every_word_around_chained_quotations() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = CHAINS.to_string();
    let ends: Vec<usize> = CHAINS
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_lowercase() && !CHAINS[i + 1..].starts_with(|n: char| n.is_alphanumeric())
        })
        .map(|(i, _)| i + 1)
        .collect();
    seen(&text, DocKind::Markdown, &config, Some(&mut memo));
    for at in ends {
        for typed in [true, false] {
            if typed {
                text.insert(at, 'x');
            } else {
                text.remove(at);
            }
            assert_fresh(&text, &config, &mut memo);
        }
    }
}

/// A memoised analysis of `text` equals a fresh one.
fn assert_fresh(text: &str, config: &Config, memo: &mut Memo) {
    assert_eq!(
        seen(text, DocKind::Markdown, config, Some(memo)),
        seen(text, DocKind::Markdown, config, None),
        "{text}"
    );
}

/// Head nouns (`council`, `church`, `bank`) written in lowercase beside the names they end
/// (`Harbour Council`) and beside people who bear them as surnames (`Ann Church`).
const HEADS: &str = "The Harbour Council met in the old church hall on Monday.\n\n\
Ann Church, who chairs the council, said the bank had agreed. Church said the loan was fair. \
“The council will pay it back,” said Tom Bank, a manager at the City Bank branch.\n\n\
Bank added that the club and the academy would share the hall with the Rowing Club. \
The court heard that Ms Church had warned the committee and the Harbour Committee.\n";

/// Every lowercase word of [`HEADS`] loses its last letter and gets it back: each analysis
/// equals a fresh one.
#[test]
fn a_letter_in_every_head_noun_and_word_beside_names() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = HEADS.to_string();
    let ends: Vec<(usize, char)> = HEADS
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_lowercase()
                && i > 0
                && HEADS.as_bytes()[i - 1].is_ascii_lowercase()
                && !HEADS[i + 1..].starts_with(|n: char| n.is_alphanumeric())
        })
        .collect();
    seen(&text, DocKind::Markdown, &config, Some(&mut memo));
    for (at, c) in ends {
        for typed in [false, true] {
            if typed {
                text.insert(at, c);
            } else {
                text.remove(at);
            }
            assert_fresh(&text, &config, &mut memo);
        }
    }
}

/// Namesakes told apart by the roles written beside them (`Marsh, the vet,`), and bare
/// surnames with a role beside them or none.
const NAMESAKES: &str = "Hedda Marsh, the vet, and her cousin Oskar Marsh, a plumber too, \
live on the farm.\n\n\
Marsh, the vet, said the cows were well. The nurse, Marsh, disagreed. Marsh, a cook, left early.\n\n\
Father Ivo Rydell and Tomas Rydell, the priest's brother, spoke. Father Rydell said little.\n\n\
Lena Holt, the ranch hand, and Pia Holt, a teacher, came. Holt, the hand, said little.\n";

/// Every lowercase word of [`NAMESAKES`] loses its last letter and gets it back, and takes a
/// letter inside: each analysis equals a fresh one.
#[test]
fn a_letter_in_every_role_beside_namesakes() {
    let config = Config::default();
    let mut memo = Memo::new();
    let mut text = NAMESAKES.to_string();
    let ends: Vec<(usize, char)> = NAMESAKES
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_lowercase()
                && i > 0
                && NAMESAKES.as_bytes()[i - 1].is_ascii_lowercase()
                && !NAMESAKES[i + 1..].starts_with(|n: char| n.is_alphanumeric())
        })
        .collect();
    seen(&text, DocKind::Markdown, &config, Some(&mut memo));
    for (at, c) in ends.into_iter().rev() {
        for step in 0..4 {
            match step {
                0 => {
                    text.remove(at);
                }
                1 => text.insert(at, c),
                2 => text.insert(at, 'x'),
                _ => {
                    text.remove(at);
                }
            }
            assert_fresh(&text, &config, &mut memo);
        }
    }
}
