//! A reporting verb whose subject is no one speaks for no one, however far back that subject
//! stands: past a phrase that qualifies it and an auxiliary (`nobody on the council has
//! answered`, `None of the directors of the harbour company has said so`), and in a clause that
//! points back at a quotation after a dash (`"…?" – that is the question no one at the depot
//! would answer`), whose verb is no speech tag of the quotation. A determiner after a noun
//! opens another subject (`no evidence the mayor said`), and a clause of the same shape with a
//! subject who speaks still attributes.
//! Drafts of a coastal town's council, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

const BEFORE: &str = "The committee sat until midnight on Thursday.\n\n";
const AFTER: &str = "\n\nThe report goes to the full council next month.\n";

fn draft(line: &str) -> String {
    format!("{BEFORE}{line}{AFTER}")
}

#[test]
fn a_pointing_clause_whose_verb_has_no_one_for_subject_credits_no_one() {
    for (line, quote) in [
        (
            "\"Who will pay to fix the sea wall?\" - that is the question nobody on the council has answered.",
            "\"Who will pay to fix the sea wall?\"",
        ),
        (
            "\"When will the buses come back?\" — that was the question no one at the depot would answer.",
            "\"When will the buses come back?\"",
        ),
        (
            "\"Why were the tenants never told?\" – this is the complaint none of the landlords in the street has answered.",
            "\"Why were the tenants never told?\"",
        ),
    ] {
        orphan(&draft(line), quote);
    }
}

#[test]
fn a_negative_subject_past_its_phrase_and_auxiliary_speaks_for_no_one() {
    for (line, quote) in [
        (
            "\"The pool will reopen in June.\" It is a date that nobody at the leisure trust has confirmed.",
            "\"The pool will reopen in June.\"",
        ),
        (
            "\"We are not selling the pier.\" None of the directors of the harbour company has said so in public.",
            "\"We are not selling the pier.\"",
        ),
        (
            "\"The lifeboat station will close.\" It is a claim no one from the coastguard service would repeat to us.",
            "\"The lifeboat station will close.\"",
        ),
        (
            "\"The vote was rigged.\" The inquiry found no sign that the mayor had ever said so.",
            "\"The vote was rigged.\"",
        ),
    ] {
        orphan(&draft(line), quote);
    }
}

#[test]
fn a_speaking_subject_in_the_same_shapes_still_attributes() {
    for line in [
        // The relative clause's subject asked the question, in a sentence of its own.
        "\"Where did the money go?\" That was the question the auditors asked again and again.",
        // Someone did confirm it.
        "\"The pool will reopen in June.\" It is a date that the manager of the leisure trust confirmed.",
        // `no` opens an object, then another subject speaks.
        "\"The harbour dues will double.\" Having no choice, the harbour master told the skippers on Monday.",
        // A verb between the negative word and the speaker's verb: the negative word is not its subject.
        "\"The beach huts must go.\" No owner objected when the council's planning officer announced it.",
    ] {
        none(&draft(line));
    }
}
