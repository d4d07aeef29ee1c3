//! A familiar form of a given name beside its formal form with the same surname (`Mike Pence`
//! after `Michael Pence`) is one person written two ways: a name-spelling slip, fixed to the
//! first full mention, not two people. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{ambiguous, plain_names, spelt};

/// The familiar form after the formal one, or the formal one after the familiar one: fixed to
/// the first full mention.
#[test]
fn a_familiar_form_of_the_given_name_is_one_person() {
    for (d, written, fix) in [
        (
            "Thomas Arkwright, the harbour master, closed the quay on Monday. Later Tom Arkwright said the storm had passed.",
            "Tom",
            "Thomas",
        ),
        (
            "William Danforth runs the ferry. \"We lost a week,\" Bill Danforth said. Danforth said fares would rise.",
            "Bill",
            "William",
        ),
        (
            "Elizabeth Marwood, a councillor, voted against the plan. Liz Marwood said the vote was close.",
            "Liz",
            "Elizabeth",
        ),
        (
            "Steve Okonkwo coaches the under-12s. Stephen Okonkwo said the pitch was waterlogged.",
            "Stephen",
            "Steve",
        ),
        (
            "Margaret Hollis opened the shop in 1998. Maggie Hollis said trade had never been worse.",
            "Maggie",
            "Margaret",
        ),
        (
            "Anthony Brereton, the landlord, said the pub would stay open. Tony Brereton added that beer prices had risen.",
            "Tony",
            "Anthony",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// A bare surname after the two forms is no longer ambiguous: one person.
#[test]
fn a_bare_surname_after_both_forms_is_not_ambiguous() {
    let d = "Daniel Fairweather chairs the board. Dan Fairweather said profits were down. Fairweather said the firm would cut costs.";
    assert_eq!(plain_names(d), vec![spelt("Dan", "Daniel")], "{d}");
}

/// Traps: two people with unrelated given names, or a familiar form of another name, stay two
/// people, and a bare surname after them stays ambiguous.
#[test]
fn unrelated_given_names_stay_two_people() {
    for d in [
        "Mike Tremayne runs the garage. Michelle Tremayne said the business was sold.",
        "Robert Quayle, a farmer, said the rain came late. Susan Quayle said the barley failed.",
        "Kate Penrose teaches at the school. Karen Penrose said the roof leaked.",
        "Bob Ellery, the landlord, said the pub was full. Bill Ellery said he had never seen such crowds.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
    let d = "Tom Ashdown fished the river. Tina Ashdown said the water was low. Ashdown said it was dry.";
    assert_eq!(plain_names(d), vec![ambiguous("Ashdown")], "{d}");
}
