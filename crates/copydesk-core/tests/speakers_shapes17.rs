//! A bare surname that is also a common word or a place's head noun (`Hall`, `Hill`, `Field`,
//! `Lane`, `Bridge`, `Park`) names the person introduced in full when it stands where a speaker
//! stands: right after a reporting verb, ending its phrase (`"…," said Hall.`). Not when the
//! word goes on into a phrase (`said Hall staff`) or when nobody of that name was introduced.
//! Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::speakers;

fn one(text: &str, who: Option<&str>) {
    assert_eq!(speakers(text), vec![who.map(str::to_string)], "{text}");
}

#[test]
fn a_common_surname_after_the_verb_is_the_person_named_in_full() {
    for (given, family) in [
        ("Sarah", "Hall"),
        ("Daniel", "Hill"),
        ("Helen", "Field"),
        ("Peter", "Lane"),
        ("Grace", "Bridge"),
        ("Martin", "Park"),
    ] {
        let text = format!(
            "{given} {family}, the ferry pilot, took the last crossing before the gale.\n\n\
             \"The swell was higher than anything we had on the charts,\" said {family}.\n"
        );
        one(&text, Some(&format!("{given} {family}")));
        let text = format!(
            "{given} {family}, the ferry pilot, took the last crossing before the gale.\n\n\
             \"We turned back twice before the harbour lights came up,\" explained {family}, \
             who has sailed the route for a decade.\n"
        );
        one(&text, Some(&format!("{given} {family}")));
    }
}

#[test]
fn the_word_going_on_into_a_phrase_or_with_no_namesake_is_no_one() {
    // `said Hall staff`: the staff of a hall, not the pilot.
    one(
        "Sarah Hall, the ferry pilot, took the last crossing before the gale.\n\n\
         \"The swell was higher than anything we had on the charts,\" said Hall staff at the pier.\n",
        None,
    );
    // Nobody called Hill was introduced: the word alone names no one.
    one(
        "Odile Marrin, the ferry pilot, took the last crossing before the gale.\n\n\
         \"The swell was higher than anything we had on the charts,\" said Hill.\n",
        None,
    );
}
