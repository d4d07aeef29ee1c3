//! The speaker of a reporting verb inside a relative clause is that clause's own subject, not
//! the noun the clause describes: `It is a date that the manager of the leisure trust confirmed`
//! (after a relative pronoun, a noun phrase of its own), `That was the question the auditors
//! asked` (a determiner right after a noun opens the clause). A relative pronoun followed by a
//! verb (`Petra Lind, who runs The Old Mill tells …`) leaves the speaker before it.
//! Drafts of a harbour town, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::said_by;

const BEFORE: &str = "The harbour board met on Thursday.\n\n";
const AFTER: &str = "\n\nThe board meets again next month.\n";

fn draft(line: &str) -> String {
    format!("{BEFORE}{line}{AFTER}")
}

#[test]
fn the_subject_of_a_relative_clause_is_the_speaker() {
    for (line, who) in [
        (
            "\"The pool will reopen in June.\" It is a date that the manager of the leisure trust confirmed on Monday.",
            "the manager of the leisure trust",
        ),
        (
            "\"Where did the money go?\" That was the question the auditors asked again and again.",
            "the auditors",
        ),
        (
            "\"The slipway closes for good in March.\" It was a plan which the harbour board announced without warning.",
            "the harbour board",
        ),
        (
            "\"We will not sell the mill.\" These were the words the owner of the mill told every buyer.",
            "the owner of the mill",
        ),
    ] {
        said_by(&draft(line), &[Some(who)]);
    }
}

#[test]
fn a_relative_pronoun_before_a_verb_leaves_the_speaker_before_it() {
    said_by(
        &draft("Petra Lind, who runs The Old Mill tells reporters that the ferry \"will run again in May, whatever the council decides\"."),
        &[Some("Petra Lind")],
    );
}
