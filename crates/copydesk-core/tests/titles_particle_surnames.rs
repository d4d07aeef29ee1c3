//! A courtesy title before a surname that opens with a lower-case particle (`Mr de Varga`,
//! `Ms. von der Lahn`, `Mr al-Rami`, `Mrs van Doorn`) goes with that name: the draft's habits and
//! the house style judge it. Traps: a lower-case common word after `Mr` (`Mr de` with nothing
//! after it, `Mr van` of a sentence) names no one. Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

const DRAFTS: &[(&str, &str)] = &[
    (
        "Tom Hale spoke first. Mr. Hale said it, and Mr de Varga agreed.\n",
        "Mr",
    ),
    (
        "Ana Lutz spoke first. Ms. Lutz said it, and Ms von der Lahn agreed.\n",
        "Ms",
    ),
    (
        "Ola Brek spoke first. Mr. Brek said it, and Mr al-Rami agreed.\n",
        "Mr",
    ),
    (
        "Ida Moss spoke first. Mrs. Moss said it, and Mrs van Doorn agreed.\n",
        "Mrs",
    ),
];

#[test]
fn a_courtesy_title_before_a_particle_is_compared() {
    for (text, title) in DRAFTS {
        let got = run(text, None);
        assert_eq!(
            got,
            vec![("title-consistency", title.to_string(), format!("{title}."))],
            "{text}"
        );
    }
}

#[test]
fn a_house_that_drops_courtesy_titles_drops_it_too() {
    for (text, title) in DRAFTS {
        let got = run(text, Some("ap"));
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert_eq!(got[1].1, *title, "{text}: {got:?}");
    }
}

#[test]
fn a_lower_case_word_after_a_courtesy_title_names_no_one() {
    for text in [
        "Tom Hale spoke first. Mr. Hale said it, and the Mr de of the club agreed.\n",
        "Ana Lutz spoke first. Ms. Lutz said it, and the Ms van was parked there.\n",
    ] {
        assert_eq!(run(text, None), vec![], "{text}");
    }
}
