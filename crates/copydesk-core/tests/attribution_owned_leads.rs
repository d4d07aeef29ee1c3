//! A sentence right before a quotation that names the words as someone's, by a possessive
//! and a noun of words said, then a question mark (`His verdict?`) or a verb of being and how
//! they are (`Her answer was blunt.`), credits the owner, as a colon there does (`The coach's
//! assessment: "…"`). Without an owner (`The verdict?`), with a thing owned (`His car?`),
//! with what was done to the words (`Her request was denied.`) or negated, it credits no one.
//! Drafts of a rowing regatta written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

const Q: &str = "\"We were beaten by a better crew on the day and we know it.\"";

fn regatta(lead: &str) -> String {
    format!("Kellby lost the final of the Orne regatta on Saturday.\n\n{lead} {Q}\n")
}

#[test]
fn a_possessive_and_a_noun_of_words_said_credit_the_owner() {
    for lead in [
        "His verdict?",
        "Her answer was blunt.",
        "Their reply is always short.",
        "The cox's response?",
        "The captain's final word?",
        "Her reaction was swift.",
        "His assessment was brutal.",
        "Her answer is simple:",
        "The coach's assessment:",
    ] {
        none(&regatta(lead));
    }
}

#[test]
fn the_owner_named_is_the_speaker() {
    said_by(
        &regatta("Ingrid Solheim's verdict?"),
        &[Some("Ingrid Solheim")],
    );
    said_by(
        &regatta("Ingrid Solheim's reaction was measured."),
        &[Some("Ingrid Solheim")],
    );
}

#[test]
fn no_owner_a_thing_owned_or_words_acted_on_credit_no_one() {
    for lead in [
        "The verdict?",
        "The answer was blunt.",
        "His car?",
        "Her request was denied.",
        "His verdict was not kind.",
        "Their boat was faster.",
    ] {
        orphan(&regatta(lead), Q);
    }
}
