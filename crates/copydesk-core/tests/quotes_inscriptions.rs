//! Words put on a surface (`The plaque reads "…"`, `had daubed "…" on the gates`, `a stone
//! carved with "…"`) and words sung (`Mourners sang "…"`) are an inscription's or a song's, no
//! one's speech to credit; words a person speaks beside them still are checked. Drafts of a
//! mill town written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan};

const SAID: &str = "\"Nobody from the council has been to see the damage since Sunday.\"";

#[test]
fn a_thing_that_reads_shows_an_inscription() {
    for s in [
        "The plaque reads \"Opened by the mayor of Ashby in the year of the great flood\".",
        "The inscription on the bench reads \"For Edna, who fed the ducks every morning\".",
        "Her tattoo reads \"Still here, still standing, still singing\".",
        "The mural by the station reads \"Ashby welcomes careful drivers and patient cyclists\".",
    ] {
        none(&format!("The mill reopened on Monday.\n\n{s}\n"));
    }
}

#[test]
fn words_put_on_a_surface_are_no_ones_speech() {
    for s in [
        "Vandals had daubed \"Brody out, Ashby for Ashby people\" on the gates.",
        "Someone sprayed \"No more closures in this valley\" across the shutters.",
        "Pupils painted \"Save our library, save our town\" on a banner.",
        "The stone is carved with \"Here the river was crossed in the winter of 1814\".",
        "Her grandfather had scrawled \"Back by Christmas, keep the fire going\" on the door.",
    ] {
        none(&format!("The mill reopened on Monday.\n\n{s}\n"));
    }
}

#[test]
fn words_sung_are_a_songs() {
    for s in [
        "Mourners sang \"Abide with me, fast falls the eventide\" at the vigil.",
        "The choir sings \"We shall overcome, we shall overcome some day\" every year.",
        "The crowd was singing \"You will never walk alone, walk on, walk on\" as the gates opened.",
    ] {
        none(&format!("The mill reopened on Monday.\n\n{s}\n"));
    }
}

#[test]
fn speech_beside_an_inscription_is_still_checked() {
    for s in [
        "The plaque reads \"Opened by the mayor of Ashby\". ",
        "Vandals had daubed \"Brody out\" on the gates. ",
    ] {
        let d = format!("The mill reopened on Monday.\n\n{s}{SAID}\n");
        orphan(&d, SAID);
    }
}
