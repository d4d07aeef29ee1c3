//! A quotation left open whose paragraph ends on its own attribution (`"This is a victory
//! for every family, said Dana Mott.`) was to be closed before it: flagged even when the next
//! paragraph opens with a mark, with the fix that closes it before the attribution. A
//! quotation that runs on into the next paragraph ends its paragraph with the words
//! themselves (`"We will fight," she said. "We will never give up.`) and is not flagged.
//! Drafts of a court case written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, unbalanced};

const NEXT: &str = "\"He cheated every one of us, and he knew it,\" said Rob Hale.\n";

#[test]
fn words_left_open_before_their_attribution_are_flagged_though_a_quotation_follows() {
    for (open, closed) in [
        (
            "\"This is a victory for every family, said Dana Mott.",
            "\"This is a victory for every family,\" said Dana Mott.",
        ),
        (
            "“We waited nine years for this day, she said outside the court.",
            "“We waited nine years for this day,” she said outside the court.",
        ),
        (
            "\"The jury saw through every one of his lies, the prosecutor told reporters.",
            "\"The jury saw through every one of his lies,\" the prosecutor told reporters.",
        ),
    ] {
        let d = format!("The trial ended on Friday.\n\n{open}\n\n{NEXT}");
        let want = format!("The trial ended on Friday.\n\n{closed}\n\n{NEXT}");
        let got = unbalanced(&d);
        assert_eq!(got.len(), 1, "{d}\n{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(want.as_str()), "{d}");
    }
}

#[test]
fn a_quotation_running_on_ends_its_paragraph_with_the_words() {
    for open in [
        "\"We will fight,\" she said. \"We will never give up.",
        "\"We waited nine years for this,\" she said, \"and we will not wait any longer.",
        "\"We waited, and we waited, and we waited.",
    ] {
        none(&format!(
            "The trial ended on Friday.\n\n{open}\n\n\"And we will win,\" said Dana Mott.\n"
        ));
    }
}
