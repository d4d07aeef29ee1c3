//! A quotation left open before its own attribution and followed, in the same paragraph, by the
//! speaker's next quotation (`"We will appeal, said Ana Ruiz. "This is not over."`) was to close
//! before the attribution: flagged, with the fix that closes it there. Words that run on past a
//! lost paragraph break without an attribution of their own (`"We did all we could. "The
//! board will decide."`) are a quotation running on and are not flagged.
//! Drafts of a rowing club's appeal written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::unbalanced;

const LEAD: &str = "The Fallowmere Rowing Club lost its licence on Friday.\n\n";

#[test]
fn words_left_open_before_their_attribution_and_the_next_quotation_are_flagged() {
    for (open, closed, mark) in [
        (
            "\"We will appeal, said Odile Brannock. \"This is not over.\"",
            "\"We will appeal,\" said Odile Brannock. \"This is not over.\"",
            "\"",
        ),
        (
            "“The decision is wrong, the club's captain, Femi Adeyinka, said. “We train at dawn and we will keep training.”",
            "“The decision is wrong,” the club's captain, Femi Adeyinka, said. “We train at dawn and we will keep training.”",
            "“",
        ),
        (
            "\"Nobody asked us, Brannock told the Fallowmere Gazette. \"Not once.\"",
            "\"Nobody asked us,\" Brannock told the Fallowmere Gazette. \"Not once.\"",
            "\"",
        ),
    ] {
        let draft = format!("{LEAD}{open}\n");
        let want = format!("{LEAD}{closed}\n");
        assert_eq!(
            unbalanced(&draft),
            vec![(mark.to_string(), Some(want))],
            "{draft}"
        );
    }
}

#[test]
fn words_running_on_past_a_lost_break_are_not_flagged() {
    for open in [
        "\"We did all we could, and more. \"The board will decide in May.\"",
        "“The river was high, the boats were old, the crews were tired. “We should never have gone out.”",
        "Brannock said: \"The club has rowed here for a century, through floods and wars. \"It will row for another.\"",
    ] {
        let draft = format!("{LEAD}{open}\n");
        assert_eq!(unbalanced(&draft), vec![], "{draft}");
    }
}
