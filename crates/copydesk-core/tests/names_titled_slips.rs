//! After a courtesy or rank title a bare surname must be someone's already met: a short one
//! (four letters or fewer) a letter swapped, doubled or dropped away from the one person's so
//! named is a slip. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

/// `Mr Kahn` after `Sadiq Khan`: two neighbours swapped or a letter more or less.
#[test]
fn a_short_surname_after_a_title_is_a_slip() {
    for (d, written, fix) in [
        (
            "Tariq Khan, the mayor, opened the station. Mr Kahn said it was late.",
            "Kahn",
            "Khan",
        ),
        (
            "Jeremy Hunt, the minister, toured the port. Mr Hnut said trade was up.",
            "Hnut",
            "Hunt",
        ),
        (
            "Chukwuemeka Eze, a surgeon, runs the clinic. Dr Ezeh said beds were short.",
            "Ezeh",
            "Eze",
        ),
        (
            "Ingrid Lund, a skier, won the race. Ms Lnud said the snow was soft.",
            "Lnud",
            "Lund",
        ),
        (
            "Sipho Dube, a fisherman, sold his boat. Mr Dubbe said fuel cost too much.",
            "Dubbe",
            "Dube",
        ),
        (
            "Mei Ota, the coach, picked the team. Ms Otta said the side was young.",
            "Otta",
            "Ota",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: both spellings introduced in full as two people, a bare surname with no title, a
/// plural, and a short surname a letter changed (another name).
#[test]
fn a_short_surname_of_its_own_is_no_slip() {
    for d in [
        "Tariq Khan and Omar Kahn, two bakers, opened a shop. Mr Kahn said rents were high.",
        "Ingrid Lund, a skier, met Ola Lind, a coach. Ms Lind said the snow was soft.",
        "Ada Eze, a nurse, met Tom Ezer, a porter. Mr Ezer said the ward was calm.",
        "Mei Ota, the coach, picked the team. Ms Ito said the side was young.",
        "Jeremy Hunt, the minister, toured the port. Mr Hurt said trade was up.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
