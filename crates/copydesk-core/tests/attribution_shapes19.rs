//! A sentence before a quotation whose subject is a thing named with an agent's ending
//! (`The old boiler groaned.`, `The tractor coughed.`): a sound no one made, which introduces
//! no one's words; a person with that ending (`The baker sighed.`, `A farmer groaned.`) still
//! does. Drafts of a school and a farm in a hill district, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

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
