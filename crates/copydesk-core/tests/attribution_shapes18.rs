//! Shapes of attribution after, around and before a quotation: inversion with modifiers
//! (`said the harbour master, Ines Brask, on Tuesday`), a verb of gesture before a person
//! (`grinned the old ferryman`), split and running quotations, colon and tense-shifted
//! introductions; quotations that are not speech (titles, a word as a word, signs). Traps: a
//! verb that is no verb of speaking put before a thing (`"…," came the storm on Friday`),
//! which names no speaker. A sentence before a quotation that tells of a sound no one made
//! (`The gale howled.`, `A collie barked.`): it introduces no one's words, and the speaker of
//! the paragraph before keeps them; a group of people or some of them (`The crowd cheered.`,
//! `Others were less sure.`) take the quotation from that speaker. Drafts of a port town and
//! of a hill village, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

const Q: &str = "\"There will be nothing left of this yard by the winter,\"";

fn after(tag: &str) -> String {
    format!("The yard at Kelmouth shut last week.\n\n{Q} {tag}\n")
}

#[test]
fn inverted_and_modified_credits_after_the_quotation_attribute_it() {
    for tag in [
        "said the harbour master, Ines Brask, on Tuesday.",
        "Brask, 54, told reporters.",
        "she added quietly.",
        "came the reply from the council.",
        "came the terse reply.",
        "declared Tomas Olsen, the union steward, late on Friday.",
        "grinned the old ferryman.",
        "beamed a tired steward at the back of the hall.",
        "sighed one of the drivers.",
    ] {
        none(&after(tag));
    }
}

#[test]
fn a_verb_put_before_a_thing_names_no_speaker() {
    for tag in [
        "came the news on Friday.",
        "came the storm that night.",
        "followed the rain over the quay.",
        "came the dawn over the bay.",
    ] {
        orphan(&after(tag), Q);
    }
}

#[test]
fn split_running_and_introduced_quotations_are_attributed() {
    for draft in [
        "The yard shut.\n\n\"We will,\" Brask said, \"not move from this quay until the money comes.\"\n",
        "The yard shut.\n\nTomas Olsen said: \"We have waited three years for this money.\n\n\"The council must act before the winter storms arrive.\"\n",
        "The yard shut.\n\n\"We have waited three years for this money and we will not wait.\n\n\"The council must act before the winter storms arrive,\" Olsen said.\n",
        "The inquiry opens on Monday. Brask will tell the inquiry:\n\n\"There was never enough money to keep the yard open.\"\n",
        "The inquiry opens on Monday. Brask is expected to say:\n\n\"There was never enough money to keep the yard open.\"\n",
        "The yard shut.\n\nResidents told us:\n\n- \"We have nowhere else to shop now that it is gone.\"\n- \"The bus takes an hour and costs a fortune.\"\n",
    ] {
        none(draft);
    }
}

#[test]
fn quotations_that_are_not_speech_are_not_checked() {
    for draft in [
        "Residents watched the film \"Harbour Lights Over The Old Town Quay\" on Friday.\n",
        "Protesters carried a banner reading \"No more cuts to our harbour jobs\" past the pier.\n",
        "The paper ran the headline \"Town says goodbye to its last ferry\" on Monday.\n",
        "A sign on the door read \"Closed until further notice by order of the council\".\n",
        "The slogan \"Save our ferry, save our town\" appeared on walls across the port.\n",
    ] {
        none(draft);
    }
}

#[test]
fn a_quotation_with_no_speaker_is_still_flagged() {
    let q = "\"We are done with this town and its council for good.\"";
    orphan(&format!("The yard was sold.\n\nA sign went up. {q}\n"), q);
    let q = "\"There will be nothing left of this yard by the winter\"";
    orphan(
        &format!("The yard shut.\n\n{q} — that was the mood on the quay.\n"),
        q,
    );
}

const HILL: &str = "\"Nobody up here has seen the water come this high before.\"";

/// A beat and the quotation after it, in a story's second paragraph; with `speaker`, a
/// paragraph between that names who spoke last.
fn hill(beat: &str, speaker: bool) -> String {
    let before = if speaker {
        "Councillor Maren Oduya said the road to Velby would stay shut until Monday.\n\n"
    } else {
        ""
    };
    format!("The river burst its banks above Velby on Sunday.\n\n{before}{beat} {HILL}\n")
}

#[test]
fn a_sound_that_no_one_made_introduces_no_one() {
    for beat in [
        "The gale howled.",
        "A collie barked at the gate.",
        "Outside, the storm raged.",
        "The river roars below the bridge.",
        "The old bus groaned up the hill.",
        "Sirens screamed across the valley.",
        "The chapel echoed.",
        "It roared all night.",
        "The farmer's dog growled.",
        "The villagers' geese shrieked.",
        "Gulls shrieked overhead.",
        "Somewhere a cockerel crowed.",
        "The pumps whined all night.",
        "The sky thundered.",
        "The leaves whispered in the wind.",
        "Frogs croaked by the ford.",
    ] {
        orphan(&hill(beat, false), HILL);
    }
}

#[test]
fn after_a_sound_no_one_made_the_last_speaker_keeps_the_quotation() {
    for beat in [
        "The gale howled.",
        "A collie barked at the gate.",
        "Outside, the storm raged.",
        "The chapel echoed.",
        "Sirens screamed across the valley.",
    ] {
        said_by(&hill(beat, true), &[Some("Maren Oduya")]);
    }
}

#[test]
fn people_who_make_a_sound_introduce_the_quotation() {
    for (beat, who) in [
        ("The nurse sighed.", Some("the nurse")),
        (
            "A spokeswoman for the council shrugged.",
            Some("a spokeswoman for the council"),
        ),
        ("The mayor's aide smiled.", Some("the mayor's aide")),
        ("Tomas Okafor groaned.", Some("Tomas Okafor")),
        ("The girl screamed.", Some("the girl")),
        ("The old shepherd growled.", Some("the old shepherd")),
        ("A man at the bar roared.", Some("a man at the bar")),
        ("The miners' leader sighed.", Some("the miners' leader")),
        ("Her lawyer laughed.", None),
        ("Residents were furious.", None),
        ("Children shrieked.", None),
        ("Locals grumbled at the back.", None),
    ] {
        said_by(&hill(beat, false), &[who]);
    }
}

#[test]
fn a_group_or_some_of_the_people_take_the_quotation_from_the_last_speaker() {
    for (beat, who) in [
        ("The crowd cheered.", Some("the crowd")),
        ("The crew cheered.", Some("the crew")),
        ("The congregation murmured.", Some("the congregation")),
        ("Others were less sure.", None),
        ("Others were not so sure.", None),
        ("Some shrugged.", None),
        ("Many were furious.", None),
        ("A few were less sure.", Some("a few")),
        ("Most shrugged.", None),
        ("Everyone laughed.", None),
    ] {
        said_by(&hill(beat, true), &[who]);
        none(&hill(beat, false));
    }
}

#[test]
fn a_group_that_does_not_react_leaves_the_quotation_to_the_last_speaker() {
    for beat in [
        "The crowd went home.",
        "The congregation was silent.",
        "Sheep grazed on the far bank.",
    ] {
        said_by(&hill(beat, true), &[Some("Maren Oduya")]);
    }
}
