//! Shapes of attribution read from the sentence, with traps: a phrasal verb put before its
//! speaker (`cut in the chairwoman`); a colon after a phrase of time or place whose noun is a
//! person only by its ending (`Throughout the winter:`, `Along the border:`), words of time
//! alone (`Last December:`) or `by` before a time (`By nightfall:`); a reporting verb whose
//! object is not speech as the sentence before (`The inspector asked for the herd records.
//! "…"`); a role between capitalised words and a name (`Harbour Board spokeswoman Ada Pell`).
//! Drafts of a valley farm and a harbour town, written for these tests, with exact findings.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

// --- A phrasal verb put first: its particle comes before the speaker. ---

#[test]
fn a_phrasal_verb_put_first_before_its_speaker() {
    none("\"That is simply not true, and you know it,\" cut in the chairwoman, Ada Pell.\n");
    none("\"Can we keep the goat as well?\" piped up a small boy at the back.\n");
    none("\"And the ferry, what about the ferry?\" chipped in one of the fishermen.\n");
}

// --- A colon after a phrase of time or place names no one. ---

#[test]
fn a_colon_after_a_season_or_a_place_whose_noun_ends_like_a_role() {
    let words = "\"The ward was full every single night.\"";
    for lead in [
        "Throughout the winter:",
        "Over the summer:",
        "Along the border:",
        "After the incident:",
        "Under the cover of darkness:",
        "Since the flood:",
        "Across the county:",
    ] {
        orphan(
            &format!("Snow cut off the valley.\n\n{lead} {words}\n"),
            words,
        );
        orphan(
            &format!("Snow cut off the valley.\n\n{lead}\n\n{words}\n"),
            words,
        );
    }
}

#[test]
fn a_colon_after_words_of_time_alone() {
    let words = "\"Trees came down on every road into the village.\"";
    for lead in [
        "Last December:",
        "Meanwhile:",
        "By nightfall:",
        "This winter:",
    ] {
        orphan(
            &format!("The storm hit Harl on a Sunday.\n\n{lead} {words}\n"),
            words,
        );
    }
}

#[test]
fn a_colon_after_people_or_a_source_stays_attributed() {
    none("For the farmers of the valley: \"We are ruined by this decision.\"\n");
    none("For the teachers:\n\n\"We are ruined by this decision.\"\n");
    none("From the harbourmaster: \"Keep clear of the east wall tonight.\"\n");
    none("By Tomas Rydell: \"The valley has always been the town's larder.\"\n");
    none("In the farmer's words: \"We are ruined by this decision.\"\n");
    none("Among the protesters: \"We are ruined by this decision.\"\n");
}

// --- A reporting verb whose object is not speech makes no beat. ---

#[test]
fn a_reporting_verb_whose_object_is_not_speech_makes_no_beat() {
    let q = "\"They never came back for the rest of the cattle.\"";
    orphan(
        &format!("The inspector asked for the herd records. {q}\n"),
        q,
    );
}

// --- A role between capitalised words and the name. ---

#[test]
fn a_role_between_capitalised_words_and_a_name() {
    said_by(
        "\"The harbour wall has been failing for years,\" Harbour Board spokeswoman Ada Pell \
         deadpanned.\n",
        &[Some("Ada Pell")],
    );
}
