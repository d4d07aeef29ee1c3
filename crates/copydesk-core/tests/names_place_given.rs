//! A given name that is also a place (`Kerry`, `Sydney`, `India`) or an ordinary word (`Dawn`,
//! `Hazel`, `Wade`) opens a person's name: two such people sharing a family name make it
//! ambiguous, and the place or the word alone is still no person.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{ambiguous, plain_names};

#[test]
fn a_given_name_that_is_a_place_makes_a_person() {
    for (d, bare) in [
        ("Kerry Tallon runs the hardware shop. Her brother, Cathal Tallon, runs the pub. Tallon said the street was quiet.", "Tallon"),
        ("Sydney Achebe teaches maths. Ngozi Achebe teaches French. Achebe said the school was short of staff.", "Achebe"),
        ("India Marsh won the sprint. Her cousin, Lydia Marsh, won the relay. Marsh said the track was wet.", "Marsh"),
        ("Dakota Rennick and Joel Rennick own the garage. Rennick said the lease ran out in May.", "Rennick"),
        ("Hazel Quarmby runs the bakery. Tom Quarmby runs the cafe next door. Quarmby said trade was slow.", "Quarmby"),
        ("Wade Ostrander coaches the juniors. Mia Ostrander coaches the seniors. Ostrander said the pitch was flooded.", "Ostrander"),
        ("Dawn Pelletier farms sheep. Her son, Luc Pelletier, farms cattle. Pelletier said prices were low.", "Pelletier"),
    ] {
        assert_eq!(plain_names(d), vec![ambiguous(bare)], "{d}");
    }
}

#[test]
fn the_place_alone_is_no_person() {
    for d in [
        "Cathal Tallon moved to Kerry in 2015. Tallon said the county was beautiful.",
        "Ngozi Achebe flew to Sydney on Monday. Achebe said the flight was long.",
        "Lydia Marsh grew up in India and Devon. Marsh said she missed both.",
        "Tom Quarmby opens at dawn. Hope Street is closed for repairs. Quarmby said trade was slow.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
