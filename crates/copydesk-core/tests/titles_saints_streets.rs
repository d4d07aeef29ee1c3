//! `St`/`St.` of a saint, a place named after one or a street: clean copy that keeps one habit
//! for the point raises no title finding under any style (`title-style` does not judge a
//! saint's point; `title-consistency` asks only that a draft keep one). Drafts written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

#[test]
fn saints_places_and_streets_in_clean_copy_are_silent() {
    for text in [
        // US copy, with points.
        "Nurses at St. Brendan's Hospital walked out on Monday. The team flew to St. Louis, \
         and the march ended on Orchard St. before noon.\n",
        "Ana Dole led prayers at St. Olave's Church, then drove to St. Paul.\n",
        // British copy, without.
        "Patients at St Wilfrid's Hospital were moved. The ferry left St Ives at dawn, and \
         the parade passed St Agnes's school on Mill St.\n",
        "Volunteers cleaned St Columba's chapel, and St Helens beat Wigan 24-10.\n",
    ] {
        for style in copydesk_core::styles::NAMES {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
        assert_eq!(run(text, None), vec![], "{text}");
    }
}

#[test]
fn a_draft_mixing_the_points_of_saint_is_told_once() {
    // One habit per draft: the second form is the slip, under no style as under one.
    let text = "Nurses at St Brendan's Hospital walked out. The team flew to St. Louis.\n";
    let got = run(text, None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "St.");
    assert_eq!(got[0].2, "St");
}
