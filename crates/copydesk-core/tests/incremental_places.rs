//! Other names' spellings (places and bodies written two ways) kept between keystrokes: each
//! token's marks are read again only near the paragraph typed in and the tokens whose use
//! changed, so typing that moves a spelling's count, joins or parts a name, or turns a place
//! into a person's name must still answer as a fresh analysis.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::{same_as_fresh, seen, type_runs};
use proptest::prelude::*;

/// A place written two ways, a body with `&` and `and`, a name as one word and two, a
/// hyphened line written apart, a place with and without its accent, and a person.
const STORY: &str = "# Ferry Link to Carrowmeen Approved\n\n\
The council approved the ferry link to Carrowmeen on Tuesday, after a long debate about the \
cost of the new pier at Penvarra and the noise of the engines at night.\n\n\
Tamsin Greaves, who chairs the harbour board, said Carrowmeen had waited long enough. The \
boats will be built by Haskett & Lorne at the yard in Kellowmarsh.\n\n\
Residents of Carrowmene and Penvara were less sure. Haskett and Lorne has built two ferries before, and \
both ran late, said Greaves, who lives in Kellow Marsh.\n\n\
The Vanstrom-Kell shipping line will run the service. Vanstrom Kell already sails to \
Ostréval twice a week, and to Ostreval once more on Sundays.\n\n\
Greaves said the first sailing from Ostréval would leave in May, and that Carrowmeen would \
hold a fair at Penvarra to mark it.\n";

/// Retypes the `nth` occurrence of `from` as `to`, a keystroke at a time: its last letters
/// taken back until what is left begins `to`, then the rest of `to` typed.
fn retype(text: &mut String, memo: &mut Memo, from: &str, nth: usize, to: &str) {
    let start = text.match_indices(from).nth(nth).expect("the words").0;
    let keep = from
        .char_indices()
        .zip(to.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, c), _)| i + c.len_utf8());
    let mut end = start + from.len();
    while end > start + keep {
        let mut back = end - 1;
        while !text.is_char_boundary(back) {
            back -= 1;
        }
        text.replace_range(back..end, "");
        end = back;
        same_as_fresh(text, memo);
    }
    for c in to[keep..].chars() {
        text.insert(end, c);
        end += c.len_utf8();
        same_as_fresh(text, memo);
    }
}

/// The fresh analysis finds each kind of spelling the story is written to show (else the
/// edits below would test nothing).
#[test]
fn the_story_spells_places_two_ways() {
    let seen = seen(STORY, DocKind::Markdown, &Config::default(), None);
    for written in [
        "\"Carrowmene\"",
        "\"Penvara\"",
        "\"Haskett and Lorne\"",
        "\"Kellow Marsh\"",
        "\"Vanstrom Kell\"",
        "\"Ostreval\"",
    ] {
        assert!(seen.contains(&format!("written: {written}")), "{written}");
    }
}

/// Spellings whose counts move as a reporter types: the odd spelling becomes as common as
/// the other, then the canonical one; names are joined, parted and hyphened; a place's
/// word becomes a person's family name and back.
#[test]
fn typing_moves_spellings_of_places() {
    let mut memo = Memo::new();
    let mut text = STORY.to_string();
    same_as_fresh(&text, &mut memo);
    // Carrowmeen 4 : Carrowmene 1, then 3 : 2, then 2 : 3.
    retype(&mut text, &mut memo, "Carrowmeen had", 0, "Carrowmene had");
    retype(
        &mut text,
        &mut memo,
        "Carrowmeen would",
        0,
        "Carrowmene would",
    );
    retype(
        &mut text,
        &mut memo,
        "Carrowmene would",
        0,
        "Carrowmeen would",
    );
    // A place's odd spelling corrected: new words on the way (`Penvarr`), one near the other.
    retype(&mut text, &mut memo, "Penvara were", 0, "Penvarra were");
    retype(&mut text, &mut memo, "Penvarra were", 0, "Penvarrow were");
    retype(
        &mut text,
        &mut memo,
        "at Penvarra and",
        0,
        "at Penvarrow and",
    );
    // `&` and `and` as often as each other, then `and` only.
    retype(
        &mut text,
        &mut memo,
        "Haskett & Lorne",
        0,
        "Haskett and Lorne",
    );
    retype(
        &mut text,
        &mut memo,
        "Haskett and Lorne at",
        0,
        "Haskett & Lorne at",
    );
    // Two words run together, a hyphen taken out and put back.
    retype(&mut text, &mut memo, "Kellow Marsh", 0, "KellowMarsh");
    retype(&mut text, &mut memo, "KellowMarsh", 0, "Kellow Marsh");
    retype(&mut text, &mut memo, "Vanstrom-Kell", 0, "Vanstrom Kell");
    retype(
        &mut text,
        &mut memo,
        "Vanstrom Kell shipping",
        0,
        "Vanstrom-Kell shipping",
    );
    // An accent taken off and put on.
    retype(&mut text, &mut memo, "Ostréval twice", 0, "Ostreval twice");
    retype(&mut text, &mut memo, "Ostreval once", 0, "Ostréval once");
    // A place's word given to a person, and a person's name typed in.
    retype(&mut text, &mut memo, "Residents of", 0, "Mayor Ines");
    retype(&mut text, &mut memo, "Mayor Ines", 0, "Residents of");
    retype(
        &mut text,
        &mut memo,
        "Greaves, who lives",
        0,
        "Greavesy, who lives",
    );
    retype(
        &mut text,
        &mut memo,
        "Tamsin Greaves",
        0,
        "Tamsin Carrowmene",
    );
    // A person named in the last paragraph whose family name is a word of names in others:
    // those words become the person's, in paragraphs not typed in.
    retype(
        &mut text,
        &mut memo,
        "Greaves said the first",
        0,
        "Ivo Haskett said the first",
    );
    retype(
        &mut text,
        &mut memo,
        "Ivo Haskett said",
        0,
        "Ivo Kellow said",
    );
    retype(
        &mut text,
        &mut memo,
        "Ivo Kellow said",
        0,
        "Ivo Vanstrom said",
    );
    retype(&mut text, &mut memo, "Ivo Vanstrom said", 0, "Greaves said");
}

/// A person's family name retyped in one paragraph: the words of bodies named after them
/// (`Greaves & Lorne`, `Vale & Greaves`) in the other paragraphs stop being the person's, and
/// each body's two spellings meet; then the other way round.
#[test]
fn a_name_typed_in_one_paragraph_frees_words_in_others() {
    let mut memo = Memo::new();
    let mut text = String::from(
        "Tamsin Greaves chairs the harbour board, and she spoke on Tuesday.\n\n\
         The yard of Greaves & Lorne is closed, and Vale & Greaves is open.\n\n\
         Greaves and Lorne built the ferries, and Vale and Greaves the barges.\n",
    );
    same_as_fresh(&text, &mut memo);
    retype(&mut text, &mut memo, "Tamsin Greaves", 0, "Tamsin Pell");
    let fresh = seen(&text, DocKind::Markdown, &Config::default(), None);
    assert!(fresh.contains("written: \"Greaves and Lorne\""), "{fresh}");
    assert!(fresh.contains("written: \"Vale and Greaves\""), "{fresh}");
    retype(&mut text, &mut memo, "Tamsin Pell", 0, "Tamsin Greaves");
}

/// Words typed that leave the people as they were (the last people kept, no marks read, the
/// marks carried over them), then a name typed: every analysis equals a fresh one. The marks
/// are checked against a full reading in debug builds; that the fold is taken up after such
/// words is `people::memo`'s `a_name_typed_after_an_inert_word_takes_the_fold_up`.
#[test]
fn words_typed_before_a_name_are_read_with_it() {
    let mut memo = Memo::new();
    let mut text = STORY.to_string();
    same_as_fresh(&text, &mut memo);
    retype(&mut text, &mut memo, "long debate", 0, "long debates");
    retype(&mut text, &mut memo, "the engines", 0, "the engineers");
    // A name spelt two ways (`Vanstrom Kell`), then one.
    retype(&mut text, &mut memo, "Vanstrom Kell", 0, "Vanstrom Kells");
    let fresh = seen(&text, DocKind::Markdown, &Config::default(), None);
    assert!(!fresh.contains("written: \"Vanstrom Kell"), "{fresh}");
    retype(&mut text, &mut memo, "long debates", 0, "long debate");
    retype(&mut text, &mut memo, "Vanstrom Kells", 0, "Vanstrom Kell");
    let fresh = seen(&text, DocKind::Markdown, &Config::default(), None);
    assert!(fresh.contains("written: \"Vanstrom Kell\""), "{fresh}");
}

/// Keys typed in runs at one place, then another, as in `incremental_people`.
const TYPED: &[&str] = &["e", "n", "-", "&", " ", "K", "é", "\n", "and ", "Marsh"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Typing runs anywhere in the story, with letters taken back: every keystroke's answer
    /// equals a fresh analysis's.
    #[test]
    fn typing_runs_in_places_equal_fresh(
        runs in proptest::collection::vec(
            (0.0..1.0f64, proptest::collection::vec((0..TYPED.len(), proptest::bool::ANY), 1..8)),
            1..5,
        )
    ) {
        type_runs(STORY.to_string(), runs, TYPED)?;
    }
}
