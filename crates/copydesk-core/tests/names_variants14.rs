//! A vowel written with a mark is a vowel the writer knew: another vowel in its place is
//! another family name (`Schäfer`, `Schiefer`; `Müller`, `Möller`; `Köhler`, `Kähler`), where
//! the mark dropped, an umlaut written out or a slip elsewhere in the name (`Schafer`,
//! `Schaefer`, `Schäffer`; `Hernandes` for `Hernández`) is the same name. Every draft is
//! written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// Another vowel where one mention writes an umlaut: two people, whether named in full or by
/// title and surname.
#[test]
fn another_vowel_for_a_marked_one_is_another_name() {
    for d in [
        "Jürgen Schäfer, the mayor of Lindtal, opened the fair on Sunday.\n\nJürgen Schiefer, a farmer from the next valley, sold cheese there.\n",
        "Jürgen Schäfer, the mayor of Lindtal, opened the fair on Sunday.\n\nMr Schiefer, a farmer, sold cheese.\n",
        "Helga Müller, a baker in Rostock, opened early on Monday.\n\nLater Helga Möller said trade was slow.\n",
        "Renate Köhler, the head teacher, said the roof leaked.\n\nLater Renate Kähler said repairs would start in May.\n",
        "Tomás Hernández, a fisherman in Vigo, lost his boat.\n\nTomás Fernández, his cousin, said he would buy another.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// The mark dropped, an umlaut written out or a slip away from the marked vowel: one name.
#[test]
fn the_mark_dropped_or_a_slip_elsewhere_is_one_name() {
    let d = "Jürgen Schäfer, the mayor of Lindtal, opened the fair on Sunday. Later, Jürgen Schaefer spoke to the crowd, and Jürgen Schafer thanked them.\n";
    assert_eq!(
        names(d),
        vec![spelt("Schaefer", "Schäfer"), spelt("Schafer", "Schäfer"),]
    );
    let d = "Jürgen Schäfer, the mayor of Lindtal, opened the fair on Sunday.\n\nMr Schäffer later thanked the crowd.\n";
    assert_eq!(names(d), vec![spelt("Schäffer", "Schäfer")]);
    let d = "Helga Müller, a baker in Rostock, opened early on Monday.\n\nLater Helga Mueller said trade was slow.\n";
    assert_eq!(names(d), vec![spelt("Mueller", "Müller")]);
    let d = "Tomás Hernández, a fisherman in Vigo, lost his boat.\n\nTomás Hernandes said he would buy another.\n";
    assert_eq!(names(d), vec![spelt("Hernandes", "Hernández")]);
}

/// A Chinese name in Wade-Giles once and in pinyin once, either first: the family names read
/// alike syllable by syllable, and so do the given names.
#[test]
fn wade_giles_and_pinyin_are_one_name() {
    for (first, second) in [
        ("Hsu Chih-ming", "Xu Zhiming"),
        ("Chiang Wen-hsiung", "Jiang Wenxiong"),
        ("Tsai Mei-ling", "Cai Meiling"),
        ("Hsieh Kuo-liang", "Xie Guoliang"),
        ("Chang Li-wei", "Zhang Liwei"),
        ("Kao Chien-hua", "Gao Jianhua"),
        ("Xu Zhiming", "Hsu Chih-ming"),
    ] {
        let d = format!(
            "{first}, who runs a ferry company in Keelung, said the port would reopen.\n\nBy noon {second} had signed the new lease.\n"
        );
        assert_eq!(names(&d), vec![spelt(second, first)], "{d}");
    }
    // Written in the Western order, the given name the same.
    let d = "Jason Hsu, who owns a noodle bar in Leeds, said rents had doubled.\n\nJason Xu said he would move to a cheaper street.\n";
    assert_eq!(names(d), vec![spelt("Xu", "Hsu")]);
    let d = "Peter Kung, a banker in Hong Kong, said rates would rise.\n\nPeter Gong said the bank was ready.\n";
    assert_eq!(names(d), vec![spelt("Gong", "Kung")]);
    // A title and the family name alone.
    let d = "Hsu Chih-ming, a shipping executive, said the port would reopen.\n\nMr Xu said the cranes were fixed.\n";
    assert_eq!(names(d), vec![spelt("Xu", "Hsu")]);
}

/// Two people: one common family name in two romanisations with other given names, a brother
/// named beside his sister, a cousin set off as a relation, other given names in the Western
/// order.
#[test]
fn two_chinese_names_with_other_given_names_stay_apart() {
    for d in [
        "Chang Wei won the race in Taipei on Sunday.\n\nZhang Min, who came second, said the course was hard.\n",
        "Chang Li-wei won the race in Taipei on Sunday.\n\nZhang Min, who came second, said the course was hard. Xu Bo finished third, ahead of Hsu Mei-hua.\n",
        "Hsu Mei-ling runs a tea shop. Her brother, Xu Ming, runs the one next door.\n\nXu Ming said the two shops share a kitchen.\n",
        "Chiang Kai-ming spoke first. Then Jiang Kaiming, his cousin, spoke.\n",
        "David Chang, a chef in Soho, said prices had risen.\n\nDaniel Zhang, a supplier, agreed.\n",
        // No family name listed as Chinese, or an English word (`Park`, `Bark`), or only a
        // voiced initial for a voiceless one in the Western order (`Pan`, `Ban`).
        "Emma Park, a nurse in Leeds, said the ward was full.\n\nEmma Bark said staff were tired.\n",
        "Lisa Kay, a nurse in Leeds, said the ward was full.\n\nLisa Gay said staff were tired.\n",
        "Tom Pan, a chef, opened a cafe.\n\nTom Ban said the rent was high.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}

/// Greek `Γ` before a front vowel written `Y` once and `G` once: one given name.
#[test]
fn a_greek_gamma_written_y_or_g() {
    let d = "Giorgos Papadakis, a ferry captain in Piraeus, said the strike was over.\n\nYiorgos Papadakis said the boats would sail.\n";
    assert_eq!(names(d), vec![spelt("Yiorgos", "Giorgos")]);
    let d = "Yiannis Stavrou, a baker in Larissa, opened at dawn.\n\nGiannis Stavrou said flour was dear.\n";
    assert_eq!(names(d), vec![spelt("Giannis", "Yiannis")]);
}

/// A name spelt another way and set off as someone's relation is that relation, another
/// person: a given name (`Nguyen Van Thinh, his cousin,`) or a family name (`Tom Browne, her
/// cousin,`) a letter apart.
#[test]
fn a_relation_spelt_another_way_is_someone_else() {
    for d in [
        "Nguyen Van Thanh, a farmer, grows rice. Nguyen Van Thinh, his cousin, grows coffee.\n\nNguyen Van Thinh said prices had fallen.\n",
        "Rosalind Penberthy opened the café in 2009.\n\nRosalind Penberthey, her cousin, joined her a year later.\n",
    ] {
        assert_eq!(names(d), vec![], "{d}");
    }
}
