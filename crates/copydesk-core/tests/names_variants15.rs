//! One Arabic name romanised two ways (`Mahmoud al-Rashidi`, `Mahmud al-Rasheedi`: the French
//! `ou` for `u`, `ei` for `ai`, `q` for `k`, `dh` for `z`) is one person, while two Arabic names
//! a letter apart (`Hassan`, `Hussein`; `Ahmed`, `Hamed`; `Samir`, `Amir`) are two; a bare
//! Chinese family name in the other romanisation (`Xu said` after `Hsu Chih-ming`, `Chang said`
//! after `Zhang Wei`) is the one person so named. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// Both the given name and the family name romanised another way: one person, flagged whole
/// with a fix to the first form.
#[test]
fn an_arabic_name_romanised_two_ways_is_one_person() {
    for (first, second) in [
        ("Mahmoud al-Rashidi", "Mahmud al-Rasheedi"),
        ("Mahmoud Rashidi", "Mahmud Rasheedi"),
        ("Feisal Obeid", "Faisal Obaid"),
        ("Tariq Qasim", "Tarik Kasim"),
        ("Nadhim Ramadhan", "Nazim Ramazan"),
        ("Mounir Haddad", "Munir Hadad"),
        ("Mansur Qureishi", "Mansour Kureishi"),
    ] {
        let d = format!(
            "{first}, who runs a spice stall in the old market, said prices had risen.\n\nBy noon {second} had closed the shutters.\n"
        );
        assert_eq!(names(&d), vec![spelt(second, first)], "{d}");
    }
    // Given names nobody lists, told a person by the verb.
    for (first, second) in [
        ("Zein Mansour", "Zain Mansur"),
        ("Abdelkader Soudani", "Abdelqader Sudani"),
    ] {
        let d = format!(
            "{first}, who runs a spice stall in the old market, said prices had risen.\n\nLater {second} said the shutters would stay closed.\n"
        );
        assert_eq!(names(&d), vec![spelt(second, first)], "{d}");
    }
}

/// One part romanised another way, the other written alike.
#[test]
fn one_part_romanised_another_way() {
    let d = "Walid Dhahabi, a goldsmith in Homs, said sales had halved.\n\nWalid Zahabi said thieves had struck twice.\n";
    assert_eq!(names(d), vec![spelt("Zahabi", "Dhahabi")]);
    let d = "Zein Haddad, a goldsmith in Homs, said sales had halved.\n\nLater Zain Haddad said thieves had struck twice.\n";
    assert_eq!(names(d), vec![spelt("Zain", "Zein")]);
}

/// A bare family name romanised another way, with no one of that name in the draft: the one
/// person so named, Arabic or Chinese.
#[test]
fn a_bare_surname_in_another_romanisation() {
    for (first, bare, canon) in [
        ("Mahmoud al-Rashidi", "Rasheedi", "Rashidi"),
        ("Khaled Ramadhan", "Ramazan", "Ramadhan"),
        ("Fouad Mourad", "Murad", "Mourad"),
        ("Hsu Chih-ming", "Xu", "Hsu"),
        ("Zhang Wei", "Chang", "Zhang"),
        ("Chang Wei", "Zhang", "Chang"),
        ("Zhang Liwei", "Chang", "Zhang"),
    ] {
        for later in [
            format!("{bare} said the cranes were fixed."),
            format!("The cranes were fixed, {bare} said."),
        ] {
            let d =
                format!("{first}, who owns the shipyard, said the port would reopen.\n\n{later}\n");
            assert_eq!(names(&d), vec![spelt(bare, canon)], "{d}");
        }
    }
    // With a title too.
    let d = "Zhang Wei, a shipping executive, said the port would reopen.\n\nMr Chang said the cranes were fixed.\n";
    assert_eq!(names(d), vec![spelt("Chang", "Zhang")]);
}

/// Two Arabic names a letter or two apart are two people, whatever the family name.
#[test]
fn two_arabic_names_a_letter_apart_are_two_people() {
    for d in [
        "Hassan al-Tamimi, a lawyer, said the court had adjourned.\n\nHussein al-Tamimi, another lawyer, said it would sit again on Monday.\n",
        "Hassan al-Masri, a baker in Beirut, said bread was dear.\n\nHussein el-Masry said flour was scarce.\n",
        "Ahmed Haddad, a baker in Beirut, said bread was dear.\n\nHamed Haddad said flour was scarce.\n",
        "Ahmed Mansour, a trader in Amman, said prices had risen.\n\nHamed Mansur said the market would close.\n",
        "Samir Khoury, a lawyer, said the court had adjourned.\n\nAmir Khouri said it would sit again on Monday.\n",
        "Samir Haddad, a baker in Beirut, said bread was dear.\n\nAmir Haddad said flour was scarce.\n",
        // The given names must agree.
        "Mahmoud al-Rashidi, a trader in Amman, said prices had risen.\n\nKhalid al-Rasheedi, a rival trader, said the market would close.\n",
        // Named side by side in one sentence: two people.
        "Mahmoud al-Rashidi and Mahmud al-Rasheedi both sell spices in Amman.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// A bare surname that is another person's named in the draft is that person; two people
/// whose family names are one name in two romanisations stay two.
#[test]
fn a_bare_surname_of_someone_named_is_theirs() {
    for d in [
        "Chang Wei, a shipping executive, said the port would reopen.\n\nZhang Min, a rival owner, said it would not. Chang said the cranes were fixed.\n",
        "Zhang Wei, a shipping executive, said the port would reopen.\n\nChang Min, a rival owner, said it would not. Zhang said the cranes were fixed.\n",
        "Khaled Mansour, a trader in Amman, said prices had risen.\n\nRima Mansur, who sells bread, said she had cut her prices. Mansur said trade was slow.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// The Scandinavian `-sen` and `-son` of one family name with the same given name: one person
/// spelt two ways; with another given name, two people.
#[test]
fn sen_and_son_with_one_given_name() {
    let d = "Erik Hansen, a fisherman in Bergen, said the catch was poor.\n\nLater Erik Hanson said prices had fallen.\n";
    assert_eq!(names(d), vec![spelt("Hanson", "Hansen")]);
    let d = "Lars Pedersen, a ferry captain, said the fjord had frozen.\n\nPederson said it had not happened since 1987.\n";
    assert_eq!(names(d), vec![spelt("Pederson", "Pedersen")]);
    let d = "Erik Hansen, a fisherman in Bergen, said the catch was poor.\n\nAnna Hanson, who buys his fish, said prices had fallen.\n";
    assert_eq!(names(d), vec![]);
}
