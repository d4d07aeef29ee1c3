//! Three shapes of attribution met in probes: a quotation never closed before an attribution
//! whose verb is no listed reporting verb (`"…, deadpanned the manager.`); the speaker of a
//! phrasal verb put first with its particle (`"…," cut in the chairwoman, Ada Pell.`); and a
//! speaker named after an organisation's possessive (`The union's Per Lomas shrugged. "…"`).
//! Traps: a particle that is a preposition (`cut in half the budget`), a possessive that is the
//! object of the verb. Drafts of a water trust and a mill, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::DocKind;
use drafts::{findings, none, orphan, said_by};

const TRUST: &str = "The board of the Tarn water trust met on Monday in Vellby.\n\n";

#[test]
fn a_phrasal_verb_first_credits_the_speaker_after_its_particle() {
    for (said, who) in [
        ("cut in the chairwoman, Ada Pell.", "Ada Pell"),
        ("cut in Ada Pell, the chairwoman.", "Ada Pell"),
        ("cuts in Ada Pell.", "Ada Pell"),
        ("piped up Jonas Brekke, a treasurer.", "Jonas Brekke"),
        ("pipes up the treasurer, Jonas Brekke.", "Jonas Brekke"),
    ] {
        let d = format!("{TRUST}\"We will not raise the charges this year,\" {said}\n");
        said_by(&d, &[Some(who)]);
    }
}

#[test]
fn a_particle_that_is_a_preposition_makes_no_speaker() {
    let words = "\"We will not raise the charges this year,\"";
    for tail in [
        "cut in half the budget for the pumps.",
        "cut in half the fees for the pumps.",
    ] {
        let d = format!("{TRUST}{words} {tail}\n");
        let got = findings(&d, DocKind::PlainText);
        assert!(
            got.iter().any(|(r, _)| *r == "unattributed-quote"),
            "{d}\n=> {got:?}"
        );
    }
}

const MILL: &str = "Workers at the Brenna paper mill voted on Friday to reject the offer.\n\n";

#[test]
fn a_name_after_an_organisations_possessive_introduces_a_quotation() {
    for beat in [
        "The union's Per Lomas folded his arms.",
        "The union's Per Lomas shrugged.",
        "The union's Per Lomas shrugs.",
        "The mill's Greta Sund nodded.",
        "The council's Omar Lind smiled.",
        "The union's Per Lomas shook his head.",
    ] {
        let d = format!("{MILL}{beat} \"We will not sign this offer.\"\n");
        none(&d);
    }
}

#[test]
fn the_name_after_the_possessive_is_the_speaker() {
    let d = format!("{MILL}The union's Per Lomas shrugged. \"We waited long enough.\"\n");
    said_by(&d, &[Some("Per Lomas")]);
    let d = format!("{MILL}\"The talks are over,\" says the mill's Greta Sund.\n");
    said_by(&d, &[Some("Greta Sund")]);
    let d = format!("{MILL}The council's Omar Lind nodded. \"The talks are over.\"\n");
    said_by(&d, &[Some("Omar Lind")]);
}

#[test]
fn a_possessive_that_is_the_object_introduces_nothing() {
    let words = "\"We will not sign this offer.\"";
    for beat in [
        "The manager thanked the union's Per Lomas.",
        "The union's banner hung from the gate.",
        "The mill's owners closed the gate.",
    ] {
        let d = format!("{MILL}{beat} {words}\n");
        orphan(&d, words);
    }
}
