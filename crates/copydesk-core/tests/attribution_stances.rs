//! A sentence of a stance taken in words right before a quotation (`Dana Mott welcomed the
//! verdict.`, `The union rejects the offer.`), by a person or a body, introduces the words as a
//! shrug does, whatever its object; so does such a sentence that ends the paragraph before a
//! quotation opening the next one, as a reporting verb there does (a gesture or a state there,
//! `Tom Barr was furious.`, still introduces nothing). A stance verb whose object names a
//! person (`thanked Per Lomas`) may be followed by that person's words and introduces nothing. A stance
//! verb that takes people or things received (`welcomed 40,000 visitors`), a participle
//! (`backed by the council`) or a subject that is no one (`Heavy rain backed up the drains.`)
//! introduces nothing. Drafts of a river port's council written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

const Q: &str = "\"We have waited eleven winters for somebody to listen to the towns upriver.\"";

/// A story whose second paragraph is `beat` and the quotation; `apart` puts them in two
/// paragraphs.
fn port(beat: &str, apart: bool) -> String {
    let gap = if apart { "\n\n" } else { " " };
    format!("The council of Vessby voted on Monday to dredge the old harbour.\n\n{beat}{gap}{Q}\n")
}

#[test]
fn a_person_taking_a_stance_introduces_the_words_after_it() {
    for (beat, who) in [
        ("Priya Nandakumar welcomed the vote.", "Priya Nandakumar"),
        (
            "Ola Brennan defended the cost of the scheme.",
            "Ola Brennan",
        ),
        (
            "Councillor Idris Vale thanked the dredging crews.",
            "Idris Vale",
        ),
        (
            "Marguerite Osei hailed the decision as a turning point.",
            "Marguerite Osei",
        ),
        (
            "Farmers' leader Odile Renard backs the plan.",
            "Odile Renard",
        ),
        ("Tomas Ekdahl rejects the figures outright.", "Tomas Ekdahl"),
        ("Selma Aydin reacted with fury.", "Selma Aydin"),
        ("Coach Pia Lund congratulated her rowers.", "Pia Lund"),
        ("Anselm Quist praised the harbour master.", "Anselm Quist"),
        ("Hedda Brink dismissed the objections.", "Hedda Brink"),
    ] {
        said_by(&port(beat, false), &[Some(who)]);
    }
}

#[test]
fn a_body_taking_a_stance_introduces_the_words_after_it() {
    for beat in [
        "The fishermen's cooperative welcomed the vote.",
        "The rowing club applauded the decision.",
        "The teachers' union rejected the timetable.",
        "The ferry company endorsed the scheme.",
        "The government rejected the claim.",
        "The harbour regulator defended its record on the river.",
    ] {
        none(&port(beat, false));
    }
}

#[test]
fn a_beat_that_ends_the_paragraph_before_introduces_the_quotation_opening_the_next() {
    for beat in [
        "The teachers' union rejected the timetable.",
        "Priya Nandakumar welcomed the vote.",
        "The government rejected the claim.",
    ] {
        none(&port(beat, true));
    }
    for beat in ["Tom Barr was furious.", "Hedda Brink shrugged."] {
        orphan(&port(beat, true), Q);
    }
}

#[test]
fn a_stance_towards_a_named_person_may_be_followed_by_their_words() {
    for beat in [
        "The mayor thanked the union's Per Lomas.",
        "Priya Nandakumar praised Marta Lind.",
        "The club congratulated Jonas Ekberg on his record.",
    ] {
        orphan(&port(beat, false), Q);
    }
}

#[test]
fn what_is_received_or_done_to_someone_takes_no_stance() {
    for beat in [
        "The museum welcomed 40,000 visitors last year.",
        "The hospital welcomed 12 new nurses in March.",
        "The scheme was backed by a narrow majority.",
        "The hotel praised in every guidebook closed in 2019.",
        "Heavy rain backed up the drains along the quay.",
    ] {
        orphan(&port(beat, false), Q);
        orphan(&port(beat, true), Q);
    }
}

#[test]
fn a_stance_that_opens_another_clause_is_not_the_speakers_beat() {
    for beat in [
        "The ministry rejected the plan, which the towns had drawn up in March.",
        "The council backed the scheme that the towns had fought for.",
    ] {
        orphan(&port(beat, false), Q);
    }
}
