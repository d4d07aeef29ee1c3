//! A sentence before a quotation whose subject is a thing named with an agent's ending
//! (`The old boiler groaned.`, `The tractor coughed.`): a sound no one made, which introduces
//! no one's words; a person with that ending (`The baker sighed.`, `A farmer groaned.`) still
//! does. A paragraph credited only to a thing (`According to figures from the ministry, …`)
//! has no speaker to give the next paragraph's quotation; one credited to a person still
//! does. A clause after a dash that points back at the words and names a thing (`— that
//! was the promise everyone remembered`) names no speaker, while `— that was the verdict of
//! the county auditors` still does. A short fragment that opens its sentence and is credited
//! right after it (`"Enough is enough" — those were the words of Mira Castel.`) is someone's
//! words, not a term; a scare quote or a title stays one. Drafts of a school and a farm in a hill district, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by, speakers};

const Q: &str = "\"We have asked for a new one every winter since the day I started.\"";

/// A beat and the quotation after it, in a story's second paragraph; with `speaker`, a
/// paragraph between that names who spoke last.
fn farm(beat: &str, speaker: bool) -> String {
    let before = if speaker {
        "Head teacher Ilse Marrow said the school at Dunsby would reopen on Thursday.\n\n"
    } else {
        ""
    };
    format!("Snow closed the road to Dunsby on Monday.\n\n{before}{beat} {Q}\n")
}

#[test]
fn a_thing_with_an_agents_ending_makes_a_sound_no_one_made() {
    for beat in [
        "The old boiler groaned.",
        "In the kitchen, the heater hissed.",
        "The trailer rattled behind us.",
        "The freezer hummed in the corner.",
        "A cement mixer roared across the yard.",
        "The ancient tractor coughed.",
        "The generator whined all night.",
        "The printers clattered.",
        "The radiator ticked.",
    ] {
        orphan(&farm(beat, false), Q);
    }
}

#[test]
fn after_a_things_sound_the_last_speaker_keeps_the_quotation() {
    for beat in [
        "The old boiler groaned.",
        "The tractor coughed.",
        "A blender whirred.",
    ] {
        said_by(&farm(beat, true), &[Some("Ilse Marrow")]);
    }
}

#[test]
fn people_with_an_agents_ending_still_introduce_the_quotation() {
    for (beat, who) in [
        ("The baker sighed.", "the baker"),
        ("A farmer groaned.", "a farmer"),
        ("The owner laughed.", "the owner"),
        ("The old driver shrugged.", "the old driver"),
        ("The janitor groaned.", "the janitor"),
        ("A teacher sighed.", "a teacher"),
    ] {
        said_by(&farm(beat, false), &[Some(who)]);
    }
}

const ROOMS: &str = "\"I have never seen the classrooms this empty in all my years here.\"";

/// A sourced paragraph, then a paragraph of one quotation.
fn sourced(credit: &str) -> String {
    format!("Snow closed the school at Dunsby on Monday.\n\n{credit}\n\n{ROOMS}\n")
}

#[test]
fn a_paragraph_sourced_to_a_thing_gives_no_speaker_to_the_next() {
    for credit in [
        "According to figures from the ministry, attendance fell by a third last year.",
        "According to the ministry's own data, attendance fell by a third.",
        "Per the latest survey, nine in ten families drive their children in.",
        "According to court records, the school was fined twice in 2019.",
        "According to the census, the valley lost a fifth of its young people.",
        "According to official statistics from the county, two schools have closed since May.",
    ] {
        orphan(&sourced(credit), ROOMS);
    }
}

#[test]
fn a_paragraph_sourced_to_a_person_still_gives_context() {
    for credit in [
        "According to Ilse Marrow, attendance fell by a third last year.",
        "According to the head teacher, attendance fell by a third.",
        "According to him, attendance fell by a third.",
        "According to a letter from her lawyer, the roof has leaked for years.",
        "According to a report by the school inspectors, the roof leaks.",
    ] {
        none(&sourced(credit));
    }
}

const ROOF: &str = "\"The roof will hold for another winter\"";

/// The quotation, a dash and a clause after it.
fn pointed(dash: &str, clause: &str) -> String {
    format!("Snow closed the school at Dunsby on Monday.\n\n{ROOF} {dash} {clause}\n")
}

#[test]
fn a_pointing_clause_about_a_thing_names_no_speaker() {
    for clause in [
        "that was the promise everyone remembered.",
        "that is the question the inquiry must answer.",
        "that's the warning nobody heeded.",
        "those were the words every parent recalled.",
        "that was the line the whole valley repeated.",
    ] {
        for dash in ["-", "—", "–"] {
            orphan(&pointed(dash, clause), ROOF);
        }
    }
}

#[test]
fn a_pointing_clause_that_names_a_speaker_still_credits() {
    for (clause, who) in [
        (
            "that was the verdict of the county auditors.",
            "the county auditors",
        ),
        ("those were the words of Mira Castel.", "Mira Castel"),
        ("that was what the head teacher said.", "the head teacher"),
        ("that was the promise of the new owners.", "the new owners"),
    ] {
        for dash in ["-", "—", "–"] {
            said_by(&pointed(dash, clause), &[Some(who)]);
        }
    }
}

/// A line in a story's second paragraph.
fn line(text: &str) -> String {
    format!("Snow closed the school at Dunsby on Monday.\n\n{text}\n")
}

#[test]
fn a_short_fragment_credited_after_it_is_a_quotation() {
    for (text, who) in [
        (
            "\"Enough is enough\" — those were the words of Mira Castel.",
            "Mira Castel",
        ),
        (
            "\"Never again\" – that was the verdict of the county auditors.",
            "the county auditors",
        ),
        (
            "\"Not today\" - such was the reply from the head teacher.",
            "the head teacher",
        ),
        ("\"Enough is enough,\" said Oren Vasquez.", "Oren Vasquez"),
        ("\"Not yet,\" the caretaker replied.", "the caretaker"),
    ] {
        said_by(&line(text), &[Some(who)]);
    }
}

#[test]
fn scare_quotes_and_titles_stay_terms() {
    for text in [
        "Parents called the closure \"a scandal\" on Friday.",
        "The \"new normal\" - that is what the council calls it.",
        "\"Back to school\" — that was the theme of the fair.",
        "\"Enough is enough\" — those were the words on every banner.",
        "\"Enough is enough,\" read the banner at the gates.",
        "\"Bleak Winters,\" the novel by Ada Prell, was on the list.",
    ] {
        none(&line(text));
        assert!(speakers(&line(text)).is_empty(), "{text}");
    }
}

#[test]
fn a_things_sound_before_a_colon_introduces_no_one() {
    for beat in [
        "The old boiler groaned:",
        "The generator whined:",
        "The old pumps whined:",
    ] {
        orphan(&farm(beat, false), Q);
    }
    for (beat, who) in [
        ("The baker groaned:", "the baker"),
        ("Ilse Marrow sighed:", "Ilse Marrow"),
    ] {
        said_by(&farm(beat, false), &[Some(who)]);
    }
}
