//! Shapes of attribution met in probes: a part of a person's body as the subject of the
//! sentence before a quotation (`Her eyes narrowed. "…"`, `Lund's shoulders slumped. "…"`),
//! whose owner is the speaker; a quotation never closed before an attribution whose verb is
//! no listed reporting verb (`"…, deadpanned the manager.`), closed before it; nouns of
//! people by their shape (`volunteers`, `fishermen`). Traps: a thing's parts (`The
//! building's walls shook.`, `Its doors opened.`), a verb with a thing after it (`…, burned
//! the town.`). Drafts of a harbour and a ferry company, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::{orphan, said_by};

const HARBOUR: &str = "Eva Brask, 54, has fished out of Solvik harbour for thirty years. \
The storm on Sunday sank six of the boats moored there.\n\n";

const WORDS: &str = "\"We lost everything in one night.\"";

#[test]
fn a_part_of_a_persons_body_moving_introduces_the_quotation() {
    for beat in [
        "Her eyes narrowed.",
        "Her shoulders slumped.",
        "Her jaw tightened.",
        "Her voice cracked.",
        "Her hands shook slightly.",
        "Her tired eyes filled with tears.",
        "Ms Brask's face fell.",
        "Brask's shoulders sagged for a moment.",
    ] {
        let d = format!("{HARBOUR}{beat} {WORDS}\n");
        said_by(&d, &[Some("Eva Brask")]);
    }
}

#[test]
fn the_owner_of_the_part_named_by_its_role_is_the_speaker() {
    let d = format!("{HARBOUR}The skipper's hands trembled. {WORDS}\n");
    said_by(&d, &[Some("the skipper")]);
    let d = format!("{HARBOUR}The harbourmaster's jaw tightened. {WORDS}\n");
    said_by(&d, &[Some("the harbourmaster")]);
}

#[test]
fn a_things_parts_moving_introduce_nothing() {
    for beat in [
        "The building's walls shook.",
        "Its doors opened.",
        "The boat's hull cracked.",
        "The town's heart sank.",
        "Her car stalled.",
        "The ferry's engines stalled.",
        "Her eyes did not narrow.",
    ] {
        let d = format!("{HARBOUR}{beat} {WORDS}\n");
        orphan(&d, WORDS);
    }
}

const FERRY: &str = "The Solvik ferry company cut its winter timetable on Monday.\n\n";

/// The unbalanced-quote findings' fixes as (inserted text's offset in the paragraph, safe).
fn closings(para: &str) -> Vec<(usize, bool)> {
    let d = format!("{FERRY}{para}\n");
    analyze(&d, DocKind::PlainText, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "unbalanced-quote")
        .flat_map(|f| f.fixes)
        .flat_map(|x| {
            x.edits
                .into_iter()
                .map(move |e| (e.byte_start - FERRY.len(), x.safe))
        })
        .collect()
}

#[test]
fn an_unclosed_quotation_closes_before_an_attribution_with_any_verb() {
    let words = "\"We will not move an inch,";
    for tail in [
        "deadpanned the manager.",
        "the manager deadpanned.",
        "harrumphed Ola Berg.",
        "Ola Berg harrumphed.",
        "she deadpanned.",
        "grumbled the fishermen.",
        "snorted one volunteer.",
        "Ms Berg deadpanned.",
    ] {
        let para = format!("{words} {tail}");
        assert_eq!(closings(&para), vec![(words.len(), true)], "{para}");
    }
}

#[test]
fn a_verb_with_a_thing_after_it_leaves_the_close_at_the_end() {
    let words = "\"We kept the pier open,";
    for tail in [
        "burned the town.",
        "rose the water.",
        "opened the shops.",
        "despite the boats.",
        "Berg painted the fence.",
        "the town deadpanned.",
    ] {
        let para = format!("{words} {tail}");
        let end = para.len();
        assert_eq!(closings(&para), vec![(end, false)], "{para}");
    }
}

#[test]
fn nouns_of_people_by_their_shape_speak_in_a_beat() {
    for (beat, who) in [
        ("The volunteers shrugged.", "the volunteers"),
        ("The fishermen nodded.", "the fishermen"),
        ("An auctioneer shrugged.", "an auctioneer"),
        ("The chairwomen nodded.", "the chairwomen"),
        ("The ferrymen shrugged.", "the ferrymen"),
    ] {
        let d = format!("{FERRY}{beat} \"We were never asked.\"\n");
        said_by(&d, &[Some(who)]);
    }
    for beat in [
        "The boats rocked.",
        "The careers ended.",
        "The specimens nodded.",
    ] {
        let q = "\"We were never asked.\"";
        orphan(&format!("{FERRY}{beat} {q}\n"), q);
    }
}

const PIER: &str = "The Solvik pier was damaged in the storm on Sunday.\n\n";

#[test]
fn a_clause_whose_subject_is_no_one_credits_no_one() {
    let q = "\"It will not survive another winter.\"";
    for before in [
        "Nobody at the council would comment.",
        "No one from the harbour trust responded on Tuesday.",
        "None of the owners replied.",
        "No official at the town hall has commented.",
    ] {
        orphan(&format!("{PIER}{before} {q}\n"), q);
    }
    for (before, who) in [
        (
            "No, the harbourmaster said, the pier cannot be saved.",
            "the harbourmaster",
        ),
        (
            "The harbourmaster said no one had been hurt.",
            "the harbourmaster",
        ),
        (
            "With no warning, the harbourmaster said the pier would close.",
            "the harbourmaster",
        ),
    ] {
        said_by(&format!("{PIER}{before} {q}\n"), &[Some(who)]);
    }
}
