//! A Vietnamese family name written first is still checked when the diacritics are dropped
//! after a title or alone (`Ms Nguyen` after `Nguyễn Thị Lan`). Every draft is written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

/// The family name written first loses its marks in a later mention: a slip, fixed to the
/// marked spelling, as in the western order.
#[test]
fn a_vietnamese_family_name_without_its_marks_is_a_slip() {
    for (d, written, fix) in [
        (
            "Nguyễn Thị Lan, a rice farmer, said the harvest was poor. Ms Nguyen said she might move.",
            "Nguyen",
            "Nguyễn",
        ),
        (
            "Trần Văn Minh, a boat builder, said orders had dried up. Mr Tran said he would close.",
            "Tran",
            "Trần",
        ),
        (
            "Phạm Thu Hà, a nurse, said the ward was full. Ms Pham said staff were tired.",
            "Pham",
            "Phạm",
        ),
        (
            "Đặng Quốc Bảo, a fisherman, said fuel was dear. Mr Dang said prices had doubled.",
            "Dang",
            "Đặng",
        ),
        (
            "Lê Thị Hoa, a teacher, said pupils were keen. Ms Le said classes were large.",
            "Le",
            "Lê",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: the marked spelling again, and an unmarked name of the draft's own.
#[test]
fn a_marked_vietnamese_name_kept_is_no_slip() {
    for d in [
        "Nguyễn Thị Lan, a rice farmer, said the harvest was poor. Ms Nguyễn said she might move.",
        "Nguyen Van An, a driver, said roads were bad. Mr Nguyen said he drove at night.",
        "Trần Văn Minh, a boat builder, said orders had dried up. Trần said he would close.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
