//! A formal title in the plural before a list of names (`presidents Ann Lee and Bo Park`) is
//! judged like the singular before one name: in lower case where the style capitalises a title
//! before a name, it is flagged with the capitalised plural as the fix. A plural with no list
//! of names after it is a common noun (`the presidents of three colleges`, `two senators said`)
//! and is never flagged, nor is one set off by commas. Drafts written for these tests, with their
//! exact title findings (rule, flagged text, replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn capitalise(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// One-word titles before lists of full names, and plurals that are common nouns.
const SUMMIT: &str = "\
River accord

The summit opened on Monday in Corvale. Later, presidents Marta Volkov and Ilse Brandt signed the river accord.

The presidents of three colleges said fees would rise. Two senators said they would oppose it, and former presidents were invited to the signing.

Presidents Volkov and Brandt left on Tuesday.
";

#[test]
fn a_lowercase_plural_title_before_names_is_capitalised() {
    for style in ["ap", "nyt", "reuters", "bbc", "chicago", "economist"] {
        assert_eq!(
            run(SUMMIT, Some(style)),
            vec![capitalise("presidents", "Presidents")],
            "{style}"
        );
    }
    // With no style, a plural sets no convention and is compared with none.
    assert_eq!(run(SUMMIT, None), vec![]);
}

// A title of two words, the last in the plural; commas set it off in the trap.
const FERRY: &str = "\
Ferry deal

The ferry talks ended on Friday. Afterwards prime ministers Ansel Rook and Dagny Fell shook hands in Porthallow. The foreign ministers of six countries watched, and two governors said the crossing would reopen in May.

Governors Pell Oduya and Ruth Kinnear later toured the harbour. The prime ministers, Ansel Rook and Dagny Fell, flew home that night.
";

#[test]
fn a_plural_title_of_two_words_is_capitalised_whole() {
    // AP abbreviates a plural before full names as it does the singular (`Govs.`).
    assert_eq!(
        run(FERRY, Some("ap")),
        vec![
            capitalise("prime ministers", "Prime Ministers"),
            capitalise("Governors", "Govs."),
        ]
    );
    assert_eq!(
        run(FERRY, Some("bbc")),
        vec![capitalise("prime ministers", "Prime Ministers")]
    );
    // The Economist puts no minister's title before a name, so no capitalised form is its own.
    assert_eq!(run(FERRY, Some("economist")), vec![]);
}

// A list of three names with commas: the plural takes the form of its singular before a full
// name (AP, Chicago: `Sens.`; NYT: `Senators`).
const BUDGET: &str = "\
Budget vote

The budget passed by one vote on Thursday. Mayors of four towns had lobbied for it, and former senators were in the gallery.

But senators Idris Calloway, Maren Holt and Piet Vanger voted no. The senators said the levy was too high. Senators Calloway and Holt will meet the treasurer next week.
";

#[test]
fn a_list_of_three_names_and_a_capitalised_plural() {
    for (style, form) in [("ap", "Sens."), ("chicago", "Sens."), ("nyt", "Senators")] {
        assert_eq!(
            run(BUDGET, Some(style)),
            vec![capitalise("senators", form)],
            "{style}"
        );
    }
    assert_eq!(run(BUDGET, None), vec![]);
}

// The plural of a title ending in `-y` is inflected (`secretaries`), and a lone title of one
// name is judged as before.
const TALKS: &str = "\
Border talks

The talks ended at noon. Later foreign secretaries Halvard Tsang and Moira Quill met reporters, and chancellor Ilse Dorn left early.
";

#[test]
fn an_inflected_plural_is_read_from_the_title_data() {
    assert_eq!(
        run(TALKS, Some("ap")),
        vec![
            capitalise("foreign secretaries", "Foreign Secretaries"),
            capitalise("chancellor", "Chancellor"),
        ]
    );
}

#[test]
fn a_plural_title_before_names_makes_no_person_of_it() {
    let speakers = drafts::speakers(
        "Presidents Marta Volkov and Ilse Brandt signed the accord on Tuesday.\n\n\
         \"We have waited eleven years for this day,\" said Volkov.\n",
    );
    assert_eq!(speakers, vec![Some("Marta Volkov".to_string())]);
}
