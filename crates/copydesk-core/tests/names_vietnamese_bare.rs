//! A Vietnamese family name written first, met later alone with no title and its diacritics
//! dropped (`Nguyen said` after `Nguyễn Thị Lan`), is respelt with the marks, as after a title
//! (tests/names_vietnamese.rs). Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

#[test]
fn a_bare_vietnamese_family_name_without_its_marks_is_a_slip() {
    for (d, written, fix) in [
        (
            "Võ Thị Mai, who sells noodles by the river, said rents had tripled. Vo said she would stay.",
            "Vo",
            "Võ",
        ),
        (
            "The ferry is run by Huỳnh Văn Tài, 61. \"The river gives and takes,\" Huynh said.",
            "Huynh",
            "Huỳnh",
        ),
        (
            "Lương Minh Khoa, a welder, lost his job in March. Luong said the factory had moved south.",
            "Luong",
            "Lương",
        ),
        (
            "Bùi Thị Ngọc, a midwife, said the clinic was short of beds. Later Bui told the meeting that two nurses had left.",
            "Bui",
            "Bùi",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: the marked family name alone, and an unmarked name of the draft's own.
#[test]
fn a_bare_marked_or_unmarked_own_name_is_no_slip() {
    for d in [
        "Võ Thị Mai, who sells noodles by the river, said rents had tripled. Võ said she would stay.",
        "Vo Thi Mai, who sells noodles by the river, said rents had tripled. Vo said she would stay.",
        "Huỳnh Văn Tài runs the ferry. Huỳnh said the river was high.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
