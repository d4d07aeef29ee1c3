//! A gesture of the body in the sentence before a quotation introduces it, whatever its verb
//! (`Abara shook her head. "…"`, `He raised an eyebrow.`, `She stood up and threw out her
//! arms.`): the part of the body the verb moves makes the sentence a gesture, as `shrugged`
//! is one. Traps: a verb whose object is a thing (`signed the lease`), a part of the body in a
//! phrase of place (`held the phone to her ear`), a negated gesture (`did not lift his head`),
//! and a gesture still in progress (`was shaking her head`). Drafts of a mountain hut, written
//! for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::DocKind;
use drafts::{findings, none, orphan, said_by};

const HUT: &str = "Marit Solvang has kept the mountain hut at Kvitfjell for eleven summers.\n\n";

#[test]
fn a_part_of_the_body_moved_before_a_quotation_introduces_it() {
    for beat in [
        "Solvang shook her head.",
        "Solvang shakes her head.",
        "She pursed her lips.",
        "Solvang raised an eyebrow at the question.",
        "She folded her arms again.",
        "Solvang wiped her brow with a sleeve.",
        "She stood up and spread out her hands.",
        "Solvang closed the ledger and rubbed her eyes.",
        "She clenched her fists for a moment.",
    ] {
        let d = format!("{HUT}{beat} \"The path is closed until the snow melts.\"\n");
        none(&d);
    }
}

#[test]
fn the_gesture_credits_its_subject() {
    let d = format!(
        "{HUT}The warden, Odd Tveit, came up on Friday.\n\nTveit scratched his chin. \"We will need a new roof by autumn.\"\n"
    );
    said_by(&d, &[Some("Odd Tveit")]);
}

#[test]
fn a_thing_a_place_a_negation_or_a_gesture_in_progress_introduces_nothing() {
    let words = "\"The path is closed until the snow melts.\"";
    for beat in [
        "Solvang signed the lease.",
        "The ranger held the phone to her ear.",
        "Solvang did not lift her head.",
        "Solvang was shaking her head.",
        "The storm tore the roof off the woodshed.",
    ] {
        let d = format!("{HUT}{beat} {words}\n");
        orphan(&d, words);
    }
}

/// A pull quote credited on a dash line to someone described rather than named.
#[test]
fn a_pull_quote_credited_to_someone_described() {
    for credit in [
        "— a resident of Mill Lane",
        "— the council's highways officer",
        "-- one shopkeeper",
        "— a porter at the hut",
        "— one of the organisers",
    ] {
        let d = format!("{HUT}> \"The path is closed until the snow melts.\"\n> {credit}\n");
        assert_eq!(findings(&d, DocKind::Markdown), vec![], "{d}");
    }
}

/// A dash line that describes no person credits no one.
#[test]
fn a_dash_line_that_describes_no_one() {
    let words = "\"The path is closed until the snow melts.\"";
    for credit in [
        "— the end of the season",
        "— a message from the valley",
        "— one of the boats",
    ] {
        let d = format!("{HUT}> {words}\n> {credit}\n");
        let want = vec![("unattributed-quote", words.to_string())];
        assert_eq!(findings(&d, DocKind::Markdown), want, "{d}");
    }
}
