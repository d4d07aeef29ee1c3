//! A person's verdict given in a phrase quoted at the end of a sentence (`Okoro branded the plan
//! "reckless and cruel."`, `dismissed the study as "a cut dressed up as a question."`) is the
//! person's words, so the sentence introduces the quotation after it, in the same paragraph or
//! opening the next, as a stance taken does. A phrase opening on a capital is a name
//! (`called the fair "Harvest Days."`), a verdict negated is none, and a subject that is no one
//! (`The storm`) gives none. Drafts of a hill town's water board written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

const Q: &str = "\"Every household on the ridge will pay for this twice over.\"";

/// A story whose second paragraph is `lead` and whose third opens with the quotation; with
/// `apart` false they share one paragraph.
fn board(lead: &str, apart: bool) -> String {
    let gap = if apart { "\n\n" } else { " " };
    format!(
        "The Tarrow Hill water board raised its rates by a fifth on Thursday.\n\n{lead}{gap}{Q}\n"
    )
}

#[test]
fn a_verdict_ending_on_the_speakers_phrase_introduces_the_next_paragraph() {
    for lead in [
        "Board member Ines Vardy branded the rise \"a raid on pensioners.\"",
        "Gwilym Harte called the decision \"shameful and short-sighted.\"",
        "Residents' leader Tamsin Orr dismissed the consultation as \"a box-ticking exercise.\"",
        "Oren Castellan labelled the new tariff \"unfair to the people who use least.\"",
        "The tenants' association denounced the rise as \"a betrayal of the town.\"",
        "Priyanka Dhall hailed the vote as \"overdue but welcome.\"",
        "Ferris Moulton described the board's figures as \"pure invention.\"",
    ] {
        none(&board(lead, true));
        none(&board(lead, false));
    }
}

#[test]
fn a_name_a_negation_or_no_one_gives_no_verdict() {
    for lead in [
        // A phrase opening on a capital is a name.
        "Gwilym Harte called the pumping station \"Old Faithful of the Ridge.\"",
        // Negated.
        "Ines Vardy did not call the rise \"a raid on anyone at all.\"",
        // No one speaks: a storm, a thing.
        "The storm left the reservoir \"brown as strong tea.\"",
        "A leaflet branded with the slogan arrived \"by the hundred.\"",
    ] {
        orphan(&board(lead, true), Q);
    }
}

#[test]
fn a_verdict_verb_without_a_phrase_quoted_introduces_nothing() {
    for lead in [
        "Gwilym Harte called the meeting.",
        "Oren Castellan labelled the sample jars.",
    ] {
        orphan(&board(lead, true), Q);
    }
}
