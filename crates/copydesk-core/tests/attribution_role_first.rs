//! A speaker named after a role written as news copy writes it before a name, a capital then a
//! lowercase noun of a person (`Board member Ines Vardy`, `Opposition leader Tom Weld`), is that
//! person in every shape of attribution: a beat before a quotation, a stance, a verb after it.
//! A phrase of capitals naming no one (`Storm damage Tarrow Hill`) is no speaker. Drafts of a
//! county's ambulance service written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

const Q: &str = "\"Nobody should wait three hours for an ambulance in this county.\"";

/// A story whose second paragraph is `lead` and then the quotation.
fn county(lead: &str) -> String {
    format!("The Brackenmoor ambulance service missed its response targets for a sixth month.\n\n{lead} {Q}\n")
}

#[test]
fn a_role_before_a_name_makes_a_speaker() {
    for lead in [
        "Board member Ines Vardy shrugged.",
        "Union representative Kofi Mensah-Barr was furious.",
        "Opposition leader Tom Weld welcomed the review.",
        "Trust chairman Elspeth Morrow sighed.",
        "Paramedic Joel Ashdown looked exhausted.",
        "Council member Vardy rejected the figures.",
    ] {
        none(&county(lead));
    }
}

#[test]
fn capitals_that_name_no_one_make_no_speaker() {
    for lead in [
        "Storm damage Tarrow Hill welcomed the crews.",
        "Winter pressure Brackenmoor shrugged.",
    ] {
        orphan(&county(lead), Q);
    }
}
