//! Two initials written spaced in one mention and run together in another (`J. K. Rowling`,
//! `J.K. Rowling`) are one person written two ways: fixed to the first full mention's form.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

#[test]
fn initials_spaced_one_way_then_the_other_are_a_slip() {
    for (d, written, fix) in [
        (
            "The novel is by T. R. Galloway, a former nurse. T.R. Galloway said the book took a decade.",
            "T.R",
            "T. R",
        ),
        (
            "The novel is by T.R. Galloway, a former nurse. T. R. Galloway said the book took a decade.",
            "T. R",
            "T.R",
        ),
        (
            "G. W. Haldane, the festival's director, opened the season. \"It is our biggest year,\" G.W. Haldane said.",
            "G.W",
            "G. W",
        ),
        (
            "The case was heard by Judge B.L. Ormerod. In her ruling, B. L. Ormerod said the claim failed.",
            "B. L",
            "B.L",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: the initials written alike, and two people whose initials differ.
#[test]
fn initials_written_alike_or_different_are_no_slip() {
    for d in [
        "The novel is by T. R. Galloway, a former nurse. T. R. Galloway said the book took a decade.",
        "The novel is by T.R. Galloway, a former nurse. T.R. Galloway said the book took a decade.",
        "The novel is by T. R. Galloway, a former nurse. Her brother, A.J. Galloway, said the book took a decade.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
