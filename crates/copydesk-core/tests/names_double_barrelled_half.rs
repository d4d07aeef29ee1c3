//! One half of a double-barrelled family name alone after a title (`Mr Mogg` after `Jacob
//! Rees-Mogg`) is the name cut short: a name-spelling slip, fixed to the whole family name.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

#[test]
fn a_title_and_half_the_family_name_is_a_slip() {
    for (d, written, fix) in [
        (
            "Lavinia Ashby-Thorne, the parish clerk, read the minutes. Ms Thorne said the hall would close.",
            "Thorne",
            "Ashby-Thorne",
        ),
        (
            "The bill was tabled by Rupert Carew-Pole on Monday. Mr Pole said it would pass easily.",
            "Pole",
            "Carew-Pole",
        ),
        (
            "Dr Imogen Fenwick-Hale leads the trial. \"We are hopeful,\" said Dr Fenwick. The results are due in May.",
            "Fenwick",
            "Fenwick-Hale",
        ),
        (
            "Oswald Pryce-Lennard, 54, owns the mill. Mr Lennard said the river had flooded twice this year.",
            "Lennard",
            "Pryce-Lennard",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: the whole name again, a separate person introduced with the single surname, and a
/// half alone with no title (a new person, not a slip).
#[test]
fn a_separate_person_with_one_half_is_no_slip() {
    for d in [
        "Lavinia Ashby-Thorne, the parish clerk, read the minutes. Ms Ashby-Thorne said the hall would close.",
        "Rupert Carew-Pole tabled the bill. His opponent, Martin Pole, spoke against it. Mr Pole said it would fail.",
        "Oswald Pryce-Lennard owns the mill. Grace Lennard, a neighbour, said the river had flooded. Ms Lennard said she was worried.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
