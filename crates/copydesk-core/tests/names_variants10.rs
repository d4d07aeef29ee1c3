//! A person's name spelt two ways where each mention opens its sentence before a verb that is
//! not a reporting one (`Ysolde Penhallow runs the shop`, `Ysolde Penhalow closed it`): two
//! capitalised words that are no ordinary English words, then a verb in the third person or the
//! past, are a person though nobody lists the given name. Traps: capitalised phrases that open
//! a sentence and are no names (`Heavy Rain fell`, `North Yard reopened`, a farm, a company),
//! and two people of one family name with different given names. Every draft is written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A shopkeeper's family name losing a letter; the weather and a yard that open sentences are
/// no people.
#[test]
fn a_family_name_losing_a_letter_before_ordinary_verbs() {
    let d = r#"The last shop in Trevennick

Ysolde Penhallow runs the only shop in the village. She opened it in 1998.

Heavy Rain fell on the harbour all week. North Yard reopened on Tuesday after the storm.

Ysolde Penhalow closed the shop early on Friday evening.
"#;
    assert_eq!(names(d), vec![spelt("Penhalow", "Penhallow")]);
}

/// A grower's family name with one vowel changed; her brother of the same family name, and a
/// farm business opening a sentence, are other names.
#[test]
fn a_changed_vowel_in_a_growers_family_name() {
    let d = r#"Apples above Kelldale

Branwen Tregothnan grows apples on the slopes above Kelldale.

Green Valley Farms employs forty pickers each autumn. Caradoc Tregothnan drives the van to market.

Branwen Tregothnen sold the first crates on Saturday morning.
"#;
    assert_eq!(names(d), vec![spelt("Tregothnen", "Tregothnan")]);
}

/// A ferry captain's family name gaining a letter, the past tense after both mentions.
#[test]
fn a_doubled_letter_in_a_captains_family_name_after_past_tenses() {
    let d = r#"Ferry times change

Tamsin Roskilly captained the morning ferry to the island for twelve years.

Harbour Lights Cafe opens at six for the crews. Eastern Rail cancelled the connecting trains.

Tamsin Roskillie docked early on Saturday because of the swell.
"#;
    assert_eq!(names(d), vec![spelt("Roskillie", "Roskilly")]);
}

/// An auxiliary or an adverb before the verb (`has kept`, `also mends`); a crew listed with
/// `and` after a company's name is no person.
#[test]
fn an_auxiliary_or_an_adverb_before_the_verb() {
    let d = r#"Nets on the quay

Jowan Carthew has kept the net loft on the quay since 1987.

Kernow Tidewater and contractors repaired the slipway in March.

Jowan Carthewe also mends the lobster pots for the younger crews.
"#;
    assert_eq!(names(d), vec![spelt("Carthewe", "Carthew")]);
}

/// Two people of one family name spelt nearly alike, with different given names: no finding.
#[test]
fn two_people_with_different_given_names_stay_apart() {
    let d = r#"Choir practice

Kerensa Polglase teaches singing at the chapel on Thursdays.

Jory Polglaze coaches the under-twelves on Saturday mornings.

Morwenna Trebilcock plays the organ. Wenna Trebilcok leads the hymns.
"#;
    assert_eq!(names(d), vec![]);
}

/// Sentence-opening capitalised phrases that are not names, before verbs, written two ways
/// nowhere: nothing is a person to compare.
#[test]
fn phrases_that_open_sentences_are_not_people() {
    let d = r#"Storm Damage Closes Coast Road

Heavy Rain flooded the coast road overnight. Strong Winds brought down two trees.

West Quay reopened at noon. Cornish Mutual paid the first claims on Monday.

Old Harbour Road stays shut until the engineers finish.
"#;
    assert_eq!(names(d), vec![]);
}
