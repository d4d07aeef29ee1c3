//! A firm, a place or an institution named like a person is no person of the story: neither a
//! run ending in a head noun (`Samuel Okafor School`) nor a listed firm or place named like one
//! (`Morgan Stanley`, `Milton Keynes`) makes a bare surname ambiguous.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{ambiguous, plain_names};

/// A whole name before a head noun names a school, a library, a prize or a road after someone:
/// the one person of the story keeps the bare surname.
#[test]
fn a_name_before_a_head_is_no_person() {
    for d in [
        "Tom Okafor, a teacher, spoke at the Samuel Okafor School. Okafor said pupils were keen.",
        "Greta Lindqvist, a librarian, runs the Anders Lindqvist Library. Ms Lindqvist said loans were up.",
        "Priya Raman won the Lakshmi Raman Prize for poetry on Friday. Raman said she was stunned.",
        "Diego Ferreira lives on Paulo Ferreira Road in the old town. Mr Ferreira said the road flooded.",
        "Amina Yusuf, a nurse, works at the Ibrahim Yusuf Hospital. Ms Yusuf said the ward was full.",
        "Hana Novak gave money to the Pavel Novak Foundation last year. Novak said it was a duty.",
        "Wiremu Tane crossed the Rangi Tane Bridge each morning. Mr Tane said it shook in the wind.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}

/// A listed firm or place named like a person (`data/names/namesakes.txt`) is no person either.
#[test]
fn a_firm_or_place_named_like_a_person_is_no_person() {
    for d in [
        "Ruth Stanley, a former trader at Morgan Stanley, has written a memoir. Ms Stanley said she left the bank in 2008.",
        "Leah Keynes, a teacher, moved to Milton Keynes in 2019. Ms Keynes said the schools were good.",
        "Oren Sachs, an analyst at Goldman Sachs, spoke on Tuesday. Mr Sachs said rates would fall.",
        "Kiri Fargo opened an account at Wells Fargo last year. Ms Fargo said the fees were high.",
        "Mateus Springs grew up near Alice Springs. Springs said the desert was home.",
        "Femi Hopkins studied medicine at Johns Hopkins. Dr Hopkins said the course was hard.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}

/// Traps: two people of the story still share a surname beside a firm named like a person, a
/// head that is also a family name still ends a person's name, and a listed firm's name that
/// acts as a person is one.
#[test]
fn namesakes_hide_no_real_namesake() {
    for (d, want) in [
        (
            "Ruth Morgan works at Morgan Stanley. Ruth Stanley and Tom Stanley also work there. Ms Morgan said the bank was busy. Stanley said it was not.",
            vec![ambiguous("Stanley")],
        ),
        (
            "Ruth Morgan, a trader at Morgan Stanley, spoke on Monday. Ms Morgan said the bank was busy.",
            vec![],
        ),
        (
            "Tom Okafor, a teacher, and Samuel Okafor, a pastor, spoke at the school. Okafor said pupils were keen.",
            vec![ambiguous("Okafor")],
        ),
        (
            "Tom Hall runs the bakery. Ann Hall runs the cafe. Hall said trade was slow.",
            vec![ambiguous("Hall")],
        ),
        (
            "Kiri Fargo and Dale Fargo, her brother, run a farm near Wells Fargo's branch. Fargo said the harvest was poor.",
            vec![ambiguous("Fargo")],
        ),
    ] {
        assert_eq!(plain_names(d), want, "{d}");
    }
}

/// A name common among people is a person even where a firm bears it (`Paul Smith`, `Thomas
/// Cook`): two of them sharing a surname still make it ambiguous.
#[test]
fn a_common_name_shared_with_a_firm_is_still_a_person() {
    for (d, bare) in [
        ("Paul Smith runs the bakery on Mill Lane. Paula Smith runs the cafe next door. Smith said trade was slow.", "Smith"),
        ("Thomas Cook coaches the under-12s. His brother, Daniel Cook, coaches the seniors. Cook said the pitch was waterlogged.", "Cook"),
    ] {
        assert_eq!(plain_names(d), vec![ambiguous(bare)], "{d}");
    }
}
