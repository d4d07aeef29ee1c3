//! A beat right after a quotation that closes on a full stop, ending its paragraph, is the
//! speaker's as one right before it is (`"…." Tom Barr shrugged.`, `"…." She smiles.`, `"…."
//! Hal Brody is adamant.`). Traps: a phrase woven into a sentence, a thing's motion, an
//! object acted on, a silent state. Drafts of a hill farm written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

#[test]
fn a_beat_after_the_quotation_credits_it() {
    for (beat, who) in [
        ("Tomas Varga shrugged.", "Tomas Varga"),
        ("Tomas Varga shook his head.", "Tomas Varga"),
        ("Tomas Varga is adamant.", "Tomas Varga"),
        ("Tomas Varga sighed for a moment.", "Tomas Varga"),
    ] {
        said_by(
            &format!(
                "The hill farms sold their ewes at Brackley.\n\n\
                 \"I do not know what we will do with the top field now.\" {beat}\n"
            ),
            &[Some(who)],
        );
    }
    said_by(
        "Edda Rusk keeps goats above Brackley.\n\n\
         \"The price of hay has doubled since the spring.\" She smiles.\n",
        &[Some("Edda Rusk")],
    );
}

#[test]
fn other_sentences_after_the_quotation_credit_nothing() {
    for after in [
        // A thing's motion, an act on a thing, a silent state: no speaker.
        "The gate creaked.",
        "Tomas Varga sold the ewes.",
        "Tomas Varga was silent.",
        "Tomas Varga did not shrug.",
    ] {
        orphan(
            &format!(
                "The hill farms sold their ewes at Brackley.\n\n\
                 \"The price of hay has doubled since the spring.\" {after}\n"
            ),
            "\"The price of hay has doubled since the spring.\"",
        );
    }
    // A phrase woven into the writer's sentence keeps the speaker its sentence names.
    said_by(
        "The hill farms sold their ewes at Brackley.\n\n\
         Edda Rusk said the sale showed \"what a hard winter does to a valley.\" \
         The farmer has opposed the new grazing rules.\n",
        &[Some("Edda Rusk")],
    );
}
