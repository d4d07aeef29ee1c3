//! A person or a body in a state of mind right before a quotation introduces it as `was
//! furious` does: a participle of feeling (`was worried`, `seemed resigned`, listed as data),
//! a verb of seeming (`looked`, `feels`), a phrase of a state (`in tears`), and a body in a
//! state (`The union was scathing.`). Traps: a participle of something done to the person
//! (`was arrested`, `was questioned`), a silent state, a thing in a state, a negation. Drafts
//! of a harbour town written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

#[test]
fn a_participle_of_feeling_introduces_the_quotation() {
    for (state, words) in [
        ("was worried", "I do not know what we will do now."),
        (
            "was bitterly disappointed",
            "We gave that boatyard thirty years of our lives.",
        ),
        (
            "was delighted",
            "The pier will be open for the summer after all.",
        ),
        (
            "is deeply concerned",
            "Nobody has checked the sea wall since the storm.",
        ),
        (
            "was determined",
            "We will rebuild the chandlery before the regatta.",
        ),
        (
            "was visibly relieved",
            "The children are safe and that is all that matters.",
        ),
        (
            "remains frustrated",
            "Every letter we send comes back with the same answer.",
        ),
    ] {
        said_by(
            &format!(
                "The harbour board met in Kelsby on Friday.\n\n\
                 Oskar Lindqvist {state}. \"{words}\"\n"
            ),
            &[Some("Oskar Lindqvist")],
        );
    }
}

#[test]
fn a_verb_of_seeming_or_a_phrase_of_a_state_introduces_the_quotation() {
    for (state, words) in [
        (
            "looked exhausted",
            "We have been pumping water out of the shop since dawn.",
        ),
        (
            "seemed resigned",
            "The ferry will not come back, whatever the council promises.",
        ),
        (
            "feels betrayed",
            "They told us the yard was safe a month ago.",
        ),
        ("sounded angry", "Nobody from the ministry has even called."),
        (
            "was in tears",
            "My grandfather built that boat with his own hands.",
        ),
    ] {
        said_by(
            &format!(
                "The harbour board met in Kelsby on Friday.\n\n\
                 Marit Strand {state}. \"{words}\"\n"
            ),
            &[Some("Marit Strand")],
        );
    }
}

#[test]
fn a_body_in_a_state_introduces_the_quotation() {
    said_by(
        "The harbour board cut the dredging budget.\n\n\
         The union was scathing. \"This is a betrayal of every fisherman in Kelsby.\"\n",
        &[Some("the union")],
    );
    said_by(
        "The harbour board cut the dredging budget.\n\n\
         The council was delighted. \"The new quay will bring the cruise ships back.\"\n",
        &[Some("the council")],
    );
}

#[test]
fn something_done_to_a_person_or_a_thing_in_a_state_introduces_nothing() {
    for state in [
        "was arrested",
        "was questioned",
        "was injured",
        "was rescued",
        "was silent",
        "looked away",
        "was not worried",
    ] {
        orphan(
            &format!(
                "The harbour board met in Kelsby on Friday.\n\n\
                 Oskar Lindqvist {state}. \"The boatyard was never safe.\"\n"
            ),
            "\"The boatyard was never safe.\"",
        );
    }
    // A thing in a state of mind's word is no speaker.
    orphan(
        "The harbour board met in Kelsby on Friday.\n\n\
         The pier was closed. \"The boatyard was never safe.\"\n",
        "\"The boatyard was never safe.\"",
    );
    orphan(
        "The harbour board met in Kelsby on Friday.\n\n\
         The weather looked settled. \"The boatyard was never safe.\"\n",
        "\"The boatyard was never safe.\"",
    );
}
