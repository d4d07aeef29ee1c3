//! Edits a style guide asks of a quotation held to the record, as `10` for `ten` is: a title
//! abbreviated before a name (`Dr Patel` for the spoken `Doctor Patel`, `Gov.`, `Sen.`), a
//! date written as the house writes it (`March 1` for `the first of March`) and money in
//! figures after its sign (`£40,000` for `forty thousand pounds`); a word spelt the other side
//! of the Atlantic (`organization` for `organisation`) is the same word. Each is `edited`,
//! never a misquote; a different title or another day is. A transcript and drafts written for
//! these tests.

use copydesk_core::{analyze_with, Config, DocKind, Record, SourceText};

const RECORD: &str = "\
ADA LUND: Doctor Patel told us the clinic would close on the first of March.
ADA LUND: I wrote to Governor Okafor and to Senator Brandt on the twenty-first of April.
ADA LUND: We will know by March the third, or by the fifth of May at the latest.
ADA LUND: The roof alone cost us forty thousand pounds and another five million dollars from the state.
ADA LUND: The organisation realised the centre needed a new defence of its programme.
";

/// The verdict of each quotation of a Markdown draft held to the record.
fn verdicts(draft: &str) -> Vec<&'static str> {
    let (record, errors) = Record::build(&[SourceText {
        name: "lund.txt".into(),
        text: RECORD.into(),
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    let a = analyze_with(draft, DocKind::Markdown, &Config::default(), Some(&record));
    a.matches
        .iter()
        .flatten()
        .map(|m| m.kind.as_str())
        .collect()
}

fn quoted(words: &str) -> String {
    format!("Ada Lund runs the patients' group.\n\n\"{words},\" Ada Lund said.\n")
}

#[test]
fn a_title_abbreviated_before_a_name_is_a_style_edit() {
    for words in [
        "Dr Patel told us the clinic would close on the first of March",
        "Dr. Patel told us the clinic would close on the first of March",
        "I wrote to Gov. Okafor and to Sen. Brandt on the twenty-first of April",
    ] {
        assert_eq!(verdicts(&quoted(words)), ["edited"], "{words}");
    }
    // Traps: another title, and the abbreviation with no name after it.
    assert_eq!(
        verdicts(&quoted(
            "Prof Patel told us the clinic would close on the first of March"
        )),
        ["misquote"]
    );
    assert_eq!(
        verdicts(&quoted(
            "I wrote to Gov. and to Senator Brandt on the twenty-first of April"
        )),
        ["misquote"]
    );
}

#[test]
fn a_date_written_as_the_house_writes_it_is_a_style_edit() {
    for words in [
        "Doctor Patel told us the clinic would close on March 1",
        "Doctor Patel told us the clinic would close on 1 March",
        "Doctor Patel told us the clinic would close on March 1st",
        "I wrote to Governor Okafor and to Senator Brandt on April 21",
        "We will know by March 3, or by May 5 at the latest",
        "We will know by 3 March, or by the 5th of May at the latest",
    ] {
        assert_eq!(verdicts(&quoted(words)), ["edited"], "{words}");
    }
    // Traps: another day or another month is a misquote.
    for words in [
        "Doctor Patel told us the clinic would close on March 2",
        "Doctor Patel told us the clinic would close on the first of May",
        "We will know by March 3, or by May 15 at the latest",
    ] {
        assert_eq!(verdicts(&quoted(words)), ["misquote"], "{words}");
    }
}

#[test]
fn money_written_with_its_sign_is_a_style_edit() {
    for words in [
        "The roof alone cost us £40,000 and another $5 million from the state",
        "The roof alone cost us 40,000 pounds and another $5,000,000 from the state",
        "The roof alone cost us £40k and another $5m from the state",
    ] {
        assert_eq!(verdicts(&quoted(words)), ["edited"], "{words}");
    }
    // Traps: another sum, or another currency, is a misquote.
    for words in [
        "The roof alone cost us £4,000 and another $5 million from the state",
        "The roof alone cost us €40,000 and another $5 million from the state",
    ] {
        assert_eq!(verdicts(&quoted(words)), ["misquote"], "{words}");
    }
}

#[test]
fn a_word_spelt_the_american_way_is_the_word_said() {
    assert_eq!(
        verdicts(&quoted(
            "The organization realized the center needed a new defense of its program"
        )),
        ["exact"]
    );
    // Trap: another word is a misquote.
    assert_eq!(
        verdicts(&quoted(
            "The organization released the center needed a new defense of its program"
        )),
        ["misquote"]
    );
}
