//! Shapes of attribution by the sentence before a quotation: a surname that is also a common
//! word (`Strand shrugged.`) once the draft has named the person in full; a person giving
//! words said as a verb's object (`had a blunt message for the board.`, `offered a
//! warning.`) or speaking in a fixed frame (`did not mince words.`); a partitive naming
//! people (`One of the fishermen shrugged.`). Traps: the common word with no person of that name, a
//! thing as the subject, words held or received (`had a message on her phone.`), a negated
//! verb, a partitive of things. Drafts of a ferry town, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

const WORDS: &str = "\"We will see what the council decides next week.\"";

fn town(intro: &str, beat: &str) -> String {
    format!("{intro} The council in Brenmoor wants to cut the winter ferry timetable.\n\n{beat} {WORDS}\n")
}

#[test]
fn a_surname_that_is_a_common_word_is_the_person_named_before() {
    for (intro, beat, who) in [
        (
            "Lena Strand runs the ferry company.",
            "Strand shrugged.",
            "Lena Strand",
        ),
        (
            "Tom Baker skippers the night boat.",
            "Baker smiled at the crowd.",
            "Tom Baker",
        ),
        (
            "Peter Marsh chairs the parish board.",
            "Marsh nodded slowly.",
            "Peter Marsh",
        ),
        (
            "Helen Stone owns the harbour cafe.",
            "Stone frowned.",
            "Helen Stone",
        ),
        (
            "Anna Rivers captains the ferry.",
            "Rivers shook her head.",
            "Anna Rivers",
        ),
    ] {
        said_by(&town(intro, beat), &[Some(who)]);
    }
}

#[test]
fn a_common_word_that_names_no_person_of_the_draft_introduces_nothing() {
    let intro = "Lena Strand runs the ferry company.";
    for beat in ["Stone crumbled.", "Marsh flooded.", "Fields flowered."] {
        let d = town(intro, beat);
        orphan(&d, WORDS);
    }
}

#[test]
fn words_said_given_as_an_object_introduce_the_quotation() {
    let intro = "Maria Okwuosa leads the ferry users' group.";
    for beat in [
        "Okwuosa had a simple message for the council.",
        "Okwuosa had harsh words for the board.",
        "Okwuosa offered a warning.",
        "Okwuosa gave a short answer.",
        "Okwuosa issued a stark warning to councillors.",
        "Okwuosa had some advice for ministers.",
        "Okwuosa did not mince words.",
        "Okwuosa pulled no punches.",
        "Okwuosa put it plainly.",
        "Okwuosa minced no words on Tuesday.",
        "Okwuosa never minces words.",
        "Okwuosa sent a curt reply.",
        "Okwuosa delivered a stark warning to passengers on Monday.",
    ] {
        said_by(&town(intro, beat), &[Some("Maria Okwuosa")]);
    }
}

#[test]
fn words_held_received_or_not_given_introduce_nothing() {
    let intro = "Maria Okwuosa leads the ferry users' group.";
    for beat in [
        "Okwuosa had a message on her phone.",
        "Okwuosa received a warning.",
        "Okwuosa did not offer an apology.",
        "The sign had a message.",
        "The notice board carried a warning.",
        "Okwuosa ignored the advice.",
        "Okwuosa was a warning to others.",
    ] {
        orphan(&town(intro, beat), WORDS);
    }
}

#[test]
fn a_partitive_of_people_is_an_unnamed_speaker() {
    for (beat, who) in [
        ("One of the fishermen shrugged.", "one of the fishermen"),
        ("One of the nurses nodded.", "one of the nurses"),
        ("Two of the nurses laughed.", "two of the nurses"),
        ("Several residents agreed.", "several residents"),
    ] {
        said_by(&town("The pier is quiet.", beat), &[Some(who)]);
    }
}

#[test]
fn a_partitive_of_things_introduces_nothing() {
    for beat in [
        "One of the containers rattled.",
        "Two of the trawlers shuddered.",
        "One of the rollers jammed.",
    ] {
        orphan(&town("The pier is quiet.", beat), WORDS);
    }
}
