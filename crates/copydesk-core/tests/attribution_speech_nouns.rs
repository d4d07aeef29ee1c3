//! A noun made from a reporting verb stands for it where a shape wants a noun of words said
//! (`"…," came the complaint from the skippers`, `That was the explanation of the
//! harbourmaster.`): the noun is read back to its verb by the endings English makes such nouns
//! with (`complain-t`, `deni-al`, `admi-ssion`, `expl-anation`, `descr-iption`, `apolog-y`),
//! and counts only when that verb is a listed reporting verb, so a noun that only looks like
//! one (`paint`, `arrival`) credits no one.
//! Drafts of a fishing harbour, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

const Q: &str =
    "\"The dredging has left the channel too shallow for the bigger boats at low tide,\"";

fn draft(after: &str) -> String {
    format!("The harbour reopened on Monday after a month of repairs.\n\n{Q} {after}\n\nThe first boats left at dawn.\n")
}

#[test]
fn a_noun_made_from_a_reporting_verb_credits_the_quotation() {
    for (after, who) in [
        (
            "came the complaint from the skippers' association.",
            "the skippers' association",
        ),
        (
            "came the denial from the harbour board.",
            "the harbour board",
        ),
        (
            "came the explanation from the harbourmaster.",
            "the harbourmaster",
        ),
        (
            "came the admission from the port authority.",
            "the port authority",
        ),
        (
            "came the apology from the dredging firm.",
            "the dredging firm",
        ),
        (
            "came the description from one trawlerman.",
            "one trawlerman",
        ),
    ] {
        said_by(&draft(after), &[Some(who)]);
    }
}

#[test]
fn a_pointing_sentence_reads_the_same_nouns() {
    let text = "The harbour reopened on Monday.\n\n\"The channel is too shallow for the bigger boats at low tide.\" That was the complaint from the skippers' association.\n";
    said_by(text, &[Some("the skippers' association")]);
}

#[test]
fn a_noun_that_only_looks_made_from_a_verb_credits_no_one() {
    for after in [
        "came the paint from the chandlery.",
        "came the arrival of the new pontoons.",
    ] {
        let d = draft(after);
        orphan(&d, Q.trim_end_matches(','));
    }
}
