//! A title owned by a body or a group (`the union's representative`, `Parents' representative`,
//! `the growers’ president`) describes a job: it is compared with no formal title of the draft
//! and no house abbreviates it as a legislator's. Traps: the same titles with no owner before
//! them (`Representative Bo Kint`, `state senator Ada Lim`) are still judged. Drafts written
//! for these tests, with their exact title findings (rule, flagged text, first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// A formal title capitalised first sets the draft's habit; the owned ones come after it.
const OWNED: &str = "\
School meals row

Councillor Lina Haddad chaired the meeting on Tuesday.

Parents' representative Priya Vane spoke first. The growers’ president Ole Rask followed her, and the tenants' chairwoman Ada Moy spoke last.

The union's representative Bo Kint said nothing.
";

#[test]
fn a_title_owned_by_a_plural_group_sets_no_habit_and_breaks_none() {
    assert_eq!(run(OWNED, None), vec![]);
    for house in ["reuters", "bbc", "guardian"] {
        assert_eq!(run(OWNED, Some(house)), vec![], "{house}");
    }
}

#[test]
fn an_owned_title_is_not_abbreviated_as_a_legislators() {
    assert_eq!(run(OWNED, Some("ap")), vec![]);
    assert_eq!(run(OWNED, Some("chicago")), vec![]);
    // Traps: with no owner before them, the same words are titles the style abbreviates.
    let text =
        "Farm bill\n\nThe bill was written by state senator Ada Lim and Representative Bo Kint.\n";
    assert_eq!(
        run(text, Some("ap")),
        vec![style("senator", "Sen."), style("Representative", "Rep."),]
    );
}
