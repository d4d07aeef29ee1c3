//! A quotation followed, after a dash in its own sentence, by a clause that points back at it
//! and names who said it: `"…" – that was the verdict of the auditors.` It is credited as the
//! same clause is in a sentence of its own (`"…." That was the verdict of the auditors.`). A
//! dash before a clause that names no one who said the words (`that was the fear in the market
//! towns`, `that was the sign painted across the road`) credits no one.
//! Drafts of a county's roads and courts, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

const BEFORE: &str = "The committee sat until midnight on Thursday.\n\n";
const AFTER: &str = "\n\nThe report goes to the full council next month.\n";

fn draft(line: &str) -> String {
    format!("{BEFORE}{line}{AFTER}")
}

#[test]
fn a_dash_then_a_clause_pointing_back_names_the_speaker() {
    for (line, who) in [
        (
            "\"The bypass will be finished two years late and well over budget\" – that was the verdict of the county auditors.",
            "the county auditors",
        ),
        (
            "\"We will not move out of our homes for a car park\" — those were the words of the tenants' leader, Wyn Castell.",
            "the tenants' leader",
        ),
        (
            "\"Every junction on the ring road needs new lights\" -- that is the message from the road safety group.",
            "the road safety group",
        ),
        (
            "\"Nobody on the board read the contract before it was signed\" - such was the conclusion of the inquiry.",
            "the inquiry",
        ),
        (
            "\"The tolls will go up again in the spring, whatever the minister says\" - this was the warning from the hauliers' union.",
            "the hauliers' union",
        ),
        (
            "\"The old quarry road cannot carry the lorries much longer\" – that was the finding of the engineers who surveyed it.",
            "the engineers",
        ),
    ] {
        said_by(&draft(line), &[Some(who)]);
    }
}

#[test]
fn a_dash_then_a_clause_that_names_no_speaker_credits_no_one() {
    for (line, quote) in [
        (
            "\"The council will have to raise its tax by ten per cent next year\" - that was the fear in the market towns.",
            "\"The council will have to raise its tax by ten per cent next year\"",
        ),
        (
            "\"Drivers must slow to twenty miles an hour past the school gates\" - that was the sign painted across the road in May.",
            "\"Drivers must slow to twenty miles an hour past the school gates\"",
        ),
        (
            "\"The ferry will be running again before the summer holidays begin\" – that was the hope in the harbour villages.",
            "\"The ferry will be running again before the summer holidays begin\"",
        ),
    ] {
        orphan(&draft(line), quote);
    }
}

#[test]
fn the_clause_in_a_sentence_of_its_own_still_names_the_speaker() {
    said_by(
        &draft("\"Every junction on the ring road needs new lights.\" That is the message from the road safety group."),
        &[Some("the road safety group")],
    );
}
