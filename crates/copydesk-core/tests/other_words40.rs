//! The classes widened at this stop, in other words and shapes than their own tests: a beat by
//! a surname that is a common word, words said given as an object, a fixed frame of speaking, a
//! counted part of a group, a place word after a reporting verb or before an age; an Arabic name
//! romanised two ways; a plural title used generically and a rank standing alone. Drafts of a
//! river port, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::{names, said_by, spelt, titles};

#[test]
fn the_sentence_before_names_the_speaker_in_other_words() {
    let text = "Council leader Petra Wood opened the meeting on Monday.\n\n\
        Wood nodded. \"We have the money for the bridge, and we will spend it.\"\n\n\
        Ferry captain Olav Rivers said little at first.\n\n\
        Rivers had a short answer for the councillors. \"Not this winter, not with this budget.\"\n\n\
        Two of the welders laughed. \"We heard that promise last year.\"\n\n\
        The engineer, Mira Stone, had spoken before.\n\n\
        Stone did not mince her words. \"The deck of the bridge is rotten.\"\n";
    said_by(
        text,
        &[
            Some("Petra Wood"),
            Some("Olav Rivers"),
            Some("two of the welders"),
            Some("Mira Stone"),
        ],
    );
}

#[test]
fn a_place_word_surname_after_the_verb_or_before_an_age_is_the_person() {
    let text = "Harbour pilot Anders Field joined the crew in March.\n\n\
        \"It was a mess from the first day,\" said Field.\n\n\
        Field, 47, said: \"Nobody on the quay listened to us.\"\n";
    said_by(text, &[Some("Anders Field"), Some("Anders Field")]);
}

#[test]
fn arabic_names_romanised_two_ways_in_other_words() {
    let text = "Khaled Mansour, the port engineer, inspected the crane. \
        Later Khalid Mansur said the crane was safe.\n\n\
        Faisal Qureshi chaired the board. Feisal Kureshi closed the session.\n\n\
        Hassan Darwish and Hussein Darwish, brothers, run the cafe on the quay.\n";
    assert_eq!(
        names(text, &Config::default()),
        vec![
            spelt("Khalid Mansur", "Khaled Mansour"),
            spelt("Feisal Kureshi", "Faisal Qureshi"),
        ]
    );
}

#[test]
fn plural_titles_and_a_rank_alone_in_other_words() {
    let text = "The three Commissioners met in Brussels on Friday.\n\n\
        Captain Ines Vold took command of the ship. The Captain said the crossing would be rough.\n\n\
        Both Premiers from the eastern provinces signed the accord.\n";
    let got: Vec<(String, String)> = titles(text, Some("guardian"))
        .into_iter()
        .map(|(_, written, fix)| (written, fix))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Commissioners".to_string(), "commissioners".to_string()),
            ("Captain".to_string(), "captain".to_string()),
            ("Premiers".to_string(), "premiers".to_string()),
        ]
    );
}
