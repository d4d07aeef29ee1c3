//! Two given names in real use a letter apart are two people (`Michael`, `Michal`), while a slip
//! that makes a rare word is still one name misspelt; a place written as one word and as two
//! (`Harbourside`, `Harbour Side`) and a firm written with `&` and with `and` are one name spelt
//! two ways, unless one form is part of a longer name. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A first mention, then a second in a later paragraph, with no kinship word between.
fn draft(first: &str, second: &str) -> String {
    format!(
        "{first}, 41, manages the depot on the ring road.\n\nResidents complained about the lorries. Later, {second} said the depot would close at night.\n"
    )
}

/// Two given names both in real use (by the word-frequency data), a letter apart and not one
/// sound: two people who share a family name.
#[test]
fn two_given_names_in_real_use_are_two_people() {
    for (first, second) in [
        ("Michael Pelgrave", "Michal Pelgrave"),
        ("Adrian Tollow", "Adrien Tollow"),
        ("Martin Ashdene", "Marvin Ashdene"),
        ("Marian Corbell", "Marion Corbell"),
    ] {
        let d = draft(first, second);
        assert_eq!(names(&d), vec![], "{d}");
    }
    // Each written twice, no word saying they are kin.
    let d = "Michael Dunmore coaches the under-12 side. Michal Dunmore is the club treasurer.\n\nMichael Dunmore said the season had gone well. Michal Dunmore said the accounts were healthy.\n";
    assert_eq!(names(d), vec![]);
}

/// A slip that makes a rare word, a homophone and a romanisation are still one name.
#[test]
fn a_rare_slip_a_homophone_or_a_romanisation_is_one_name() {
    for (first, second, flagged, fix) in [
        (
            "Christopher Pelgrave",
            "Christoper Pelgrave",
            "Christoper",
            "Christopher",
        ),
        (
            "Jennifer Ashdene",
            "Jeniffer Ashdene",
            "Jeniffer",
            "Jennifer",
        ),
        ("Michael Tollow", "Micheal Tollow", "Micheal", "Michael"),
        ("Stephen Corbell", "Steven Corbell", "Steven", "Stephen"),
        ("Sergei Vantrov", "Sergey Vantrov", "Sergey", "Sergei"),
        ("Gillian Marsh", "Jillian Marsh", "Jillian", "Gillian"),
        ("Khaled Dabbour", "Khalid Dabbour", "Khalid", "Khaled"),
    ] {
        let d = draft(first, second);
        assert_eq!(names(&d), vec![spelt(flagged, fix)], "{d}");
    }
    // A rare family name with two letters swapped, after the two brothers.
    let d = "Michael Kostrenko and his brother Michal Kostrenko run the gym.\n\nMichal Kostrenko said membership had doubled. Michael Kosternko said the roof leaked.\n";
    assert_eq!(names(d), vec![spelt("Kosternko", "Kostrenko")]);
}

/// A place written as one word and as two, either first.
#[test]
fn a_place_written_as_one_word_and_as_two_is_flagged() {
    let d = "The ferry now stops at Harbour Side twice a day.\n\nTraders in Harbourside said the new timetable had doubled their custom.\n";
    assert_eq!(names(d), vec![spelt("Harbourside", "Harbour Side")]);
    let d = "Families in Northfield have complained about the noise for years.\n\nThe council said it would put up barriers along the North Field boundary.\n";
    assert_eq!(names(d), vec![spelt("North Field", "Northfield")]);
    // The form written more often is canonical.
    let d = "Flooding closed roads in Brookvale on Tuesday. The water reached the high street in Brook Vale by noon, and Brookvale's school was shut.\n";
    assert_eq!(names(d), vec![spelt("Brook Vale", "Brookvale")]);
    // A possessive ends the two words.
    let d = "The match at Fairhaven was called off. Fair Haven's players had already travelled.\n";
    assert_eq!(names(d), vec![spelt("Fair Haven", "Fairhaven")]);
}

/// Two words that are part of a longer name, a headline's capitals and two different places
/// are not one place written apart.
#[test]
fn a_longer_name_a_headline_or_two_places_are_not_written_apart() {
    for d in [
        "The ferry from Harbourside leaves at nine. Harbour Side Road was closed for repairs, so passengers walked.\n",
        "The festival moved from Eastmere to the fields off East Mere Lane last summer. Eastmere residents welcomed it.\n",
        "# Harbour Side traders protest\n\nTraders in Harbourside said the new timetable had doubled their custom.\n",
        "The river divides North Field from South Field. Both villages flooded.\n\nResidents of North Field and South Field met on Tuesday.\n",
        "Sandy Hill, a retired nurse, said Sandyhill Farm was sold in May.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// A firm written with `&` and with `and`.
#[test]
fn a_firm_written_with_an_ampersand_and_with_and_is_flagged() {
    let d = "The accounts were audited by Penrose & Vale, a firm based in Leeds.\n\nA partner at Penrose and Vale said the review had found no irregularities.\n";
    assert_eq!(names(d), vec![spelt("Penrose and Vale", "Penrose & Vale")]);
    // The form written more often wins, whichever comes first.
    let d = "Baxter and Lowe, the accountants, audited the charity. The trustees thanked Baxter & Lowe for their work and said Baxter & Lowe would be kept on.\n";
    assert_eq!(names(d), vec![spelt("Baxter and Lowe", "Baxter & Lowe")]);
}

/// `&` in a longer name, ordinary words, or two people's surnames are not a firm written two
/// ways.
#[test]
fn an_ampersand_in_a_longer_name_or_between_people_is_no_variant() {
    for d in [
        "The Kent & Sussex Hospital closed in 2011. Patients from Kent and Sussex now travel to Pembury.\n",
        "The museum's Wood & Stone exhibition opens on Saturday. Wood and stone were the only materials used.\n",
        "Lawyers for Dace & Morrow filed the appeal on Friday.\n\nA spokeswoman for Dace and Morrow Solicitors said the firm would not comment.\n",
        "Ruth Ashby and Ian Crane founded Ashby & Crane in 2015. Ms Ashby said the studio had grown; Ashby and Crane met at art school.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}
