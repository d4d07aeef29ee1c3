//! A verb that reports speech but also finds, shows, keeps or takes back things (`observe`,
//! `recall`, `reveal`, `confirm`: `*` in data/reporting_verbs.txt) credits no one in the
//! paragraph when its subject is a thing or a place (`An X-ray revealed a fracture.`, `Blood
//! tests confirmed the infection.`) or its object a count or an observance (`recalled 42,000
//! vans`, `observed a minute's silence`, data/attribution.txt `observances`). A person or a
//! body doing it with any other object, or with a reported clause, still speaks. Drafts of a
//! flooded river valley written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

const Q: &str = "\"Nobody in this valley will forget what the water took from us.\"";

fn valley(beat: &str) -> String {
    format!("The Orne burst its banks at Kellby on Tuesday.\n\n{beat} {Q}\n")
}

#[test]
fn a_thing_that_finds_or_shows_credits_no_one() {
    for beat in [
        "An X-ray revealed a fracture.",
        "A scan revealed two broken ribs.",
        "Blood tests confirmed the infection.",
        "The survey revealed a sharp fall in bookings.",
        "Footage revealed the extent of the damage.",
        "Satellite images confirmed the breach.",
    ] {
        orphan(&valley(beat), Q);
    }
}

#[test]
fn a_count_or_an_observance_for_object_credits_no_one() {
    for beat in [
        "The town observed a minute's silence.",
        "The village observed two minutes' silence on Sunday.",
        "The carmaker recalled 42,000 vans last week.",
        "The firm recalled 10,000 heaters.",
        "The rugby club observed a minute's applause before kick-off.",
        "Residents observed a vigil outside the chapel.",
    ] {
        orphan(&valley(beat), Q);
    }
}

#[test]
fn a_person_or_a_body_still_speaks() {
    for beat in [
        "The minister observed: ",
        "She recalled the day.",
        "Oda Lindqvist recalled the night the water came.",
        "Police confirmed the arrest.",
        "The council confirmed the closure.",
        "The mayor revealed the plan.",
        "His lawyer confirmed the deal.",
        "She observed that the river had risen fast.",
        "The ministry confirmed 14 deaths had been recorded.",
        "Her doctors confirmed the diagnosis.",
    ] {
        none(&valley(beat));
    }
}
