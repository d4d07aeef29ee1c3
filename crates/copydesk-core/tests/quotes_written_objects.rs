//! Words a thing shows, introduced by the thing, a relative and a verb of saying or reading
//! right before the quotation (`a note that said "…"`, `placards which read "…"`), are an
//! inscription's, no one's speech to credit, as after `a sign reading "…"`; a person so
//! introduced (`a spokesman who said "…"`) still speaks, and words of a person elsewhere in
//! the paragraph are still checked. Drafts of a harbour café written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

fn cafe(s: &str) -> String {
    format!("The Quayside café at Vessby closed without warning on Friday.\n\n{s}\n")
}

#[test]
fn a_thing_that_said_shows_words() {
    for s in [
        "Staff left a note that said \"Gone fishing until the river drops again\".",
        "Protesters carried placards which read \"Hands off our harbour and our boats\".",
        "A handwritten sign that said \"Back in ten minutes, please be patient\" hung on the door.",
        "Regulars pinned up a card that read \"We miss you already, come back soon\".",
        "The fans unfurled banners that said \"Save the Quayside, save the town\".",
    ] {
        none(&cafe(s));
    }
}

#[test]
fn a_person_that_said_speaks() {
    none(&cafe(
        "The owners sent a spokesman who said \"We will reopen as soon as we possibly can\".",
    ));
    let q = "\"We were told nothing, not even a phone call, after eleven years.\"";
    orphan(
        &cafe(&format!(
            "Staff left a note that said \"Closed until further notice\". {q}"
        )),
        q,
    );
}
