//! A sentence of its own before a quotation whose subject is an unnamed person or group named
//! by more than a noun: a part of a group cut before its verb of being (`Several of the
//! porters were unconvinced.`), a person said which by a phrase after the noun (`A woman at
//! the back of the hall laughed.`, `A driver waiting by the kerb rolled his eyes.`), a gesture
//! going on (`A few of the stallholders were grinning.`).
//! Each is the speaker of the words after it, never the person named before; the traps (a
//! thing or the weather doing the same, a silent state, a person acted on) stay unattributed.
//! Drafts of a river town, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

const FIRST: &str = "\"The ferry will run again by Easter,\" said Odile Marchetti.\n\n";
const Q: &str = "\"We have heard that every winter since the flood.\"";

fn draft(beat: &str) -> String {
    format!("{FIRST}{beat} {Q}\n")
}

fn by(beat: &str, who: &str) {
    said_by(&draft(beat), &[Some("Odile Marchetti"), Some(who)]);
}

#[test]
fn a_part_of_a_group_cut_before_its_verb_of_being_is_the_speaker() {
    for (beat, who) in [
        (
            "Several of the pensioners were unconvinced.",
            "several of the pensioners",
        ),
        ("Two of the boatmen were sceptical.", "two of the boatmen"),
        (
            "Most of the stallholders are doubtful.",
            "most of the stallholders",
        ),
        ("One of the dockers was scornful.", "one of the dockers"),
    ] {
        by(beat, who);
    }
}

#[test]
fn a_person_said_which_by_a_phrase_after_the_noun_is_the_speaker() {
    for (beat, who) in [
        (
            "A woman at the back of the hall laughed.",
            "a woman at the back of the hall",
        ),
        (
            "An elderly woman at the bus stop nodded.",
            "an elderly woman at the bus stop",
        ),
        (
            "A taxi driver waiting by the kerb rolled his eyes.",
            "a taxi driver waiting by the kerb",
        ),
        (
            "A young father pushing a pram frowned.",
            "a young father pushing a pram",
        ),
        (
            "An old boatman mending nets on the slipway chuckled.",
            "an old boatman mending nets on the slipway",
        ),
        (
            "A teacher from the primary school sighed.",
            "a teacher from the primary school",
        ),
    ] {
        by(beat, who);
    }
}

#[test]
fn a_gesture_going_on_is_a_beat() {
    for (beat, who) in [
        (
            "A few of the stallholders were grinning.",
            "a few of the stallholders",
        ),
        (
            "One of the lock keepers was laughing.",
            "one of the lock keepers",
        ),
        ("Two of the cleaners were smiling.", "two of the cleaners"),
    ] {
        by(beat, who);
    }
}

#[test]
fn things_and_people_acted_on_stay_unattributed() {
    // No cue in the paragraph before either: only the beat could credit the words.
    let lead = "The ferry has not run since March.\n\n";
    for beat in [
        "A boat carrying tourists capsized.",
        "The roof of the boathouse at the landing stage collapsed.",
        "The weather turned.",
        "One of the pontoons at the landing stage sank.",
        "A man in the crowd was hit.",
        "One of the ferrymen was not available.",
        "One of the ferrymen was not smiling.",
        "The engine was not working.",
    ] {
        orphan(&format!("{lead}{beat} {Q}\n"), Q);
    }
}

/// No quotation finding, and the words after the beat are not the person named before.
fn not_first(beat: &str) {
    let text = draft(beat);
    drafts::none(&text);
    let got = drafts::speakers(&text);
    assert_eq!(got.len(), 2, "{text}");
    assert_ne!(got[1].as_deref(), Some("Odile Marchetti"), "{text}");
}

#[test]
fn a_common_word_capitalised_to_open_the_sentence_is_no_name() {
    for beat in [
        "Residents shrugged.",
        "Residents were unimpressed.",
        "Local residents were unimpressed.",
        "Older residents shook their heads.",
        "Local farmers were sceptical.",
        "Nurses were angry.",
    ] {
        not_first(beat);
    }
    // A thing after the same capitalised word is no one.
    let lead = "The ferry has not run since March.\n\n";
    for beat in [
        "Local shops were shut.",
        "Heavy rains were forecast.",
        "Rising prices hurt.",
    ] {
        orphan(&format!("{lead}{beat} {Q}\n"), Q);
    }
}
