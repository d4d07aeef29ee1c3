//! A Spanish second reference by the two family names (`García Márquez` after `Gabriel García
//! Márquez`) with a slip in either of them is the same person, misspelt: fixed to the first full
//! mention. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

#[test]
fn a_slip_in_either_family_name_of_a_second_reference_is_caught() {
    for (d, written, fix) in [
        (
            "The mayor, Lucía Fernández Ortega, opened the bridge. \"It cost too much,\" said Fernández Ortego.",
            "Ortego",
            "Ortega",
        ),
        (
            "Tomás Echeverría Salgado, a fisherman, said the catch was poor. Echeverría Salgdo said prices had fallen.",
            "Salgdo",
            "Salgado",
        ),
        (
            "The coach, Ramiro Betancourt Villalobos, resigned on Sunday. Betancourt Villalbos said he was tired.",
            "Villalbos",
            "Villalobos",
        ),
        (
            "Inés Valdivieso Carrasco runs the vineyard. Valdiveiso Carrasco said the frost came early.",
            "Valdiveiso",
            "Valdivieso",
        ),
        (
            "Inés Valdivieso Carrasco runs the vineyard. Valdivieso Carasco said the frost came early.",
            "Carasco",
            "Carrasco",
        ),
    ] {
        assert_eq!(plain_names(d), vec![spelt(written, fix)], "{d}");
    }
}

/// Traps: the two names written alike, a relative with another first family name, and another
/// person introduced with a family name a letter away.
#[test]
fn the_two_names_alike_or_another_person_is_no_slip() {
    for d in [
        "The mayor, Lucía Fernández Ortega, opened the bridge. \"It cost too much,\" said Fernández Ortega.",
        "Tomás Echeverría Salgado, a fisherman, said the catch was poor. His cousin, Pablo Echeverría Salazar, said prices had fallen.",
        "Inés Valdivieso Carrasco runs the vineyard. Her neighbour, Marta Ibarra Carrasco, said the frost came early.",
    ] {
        assert_eq!(plain_names(d), vec![], "{d}");
    }
}
