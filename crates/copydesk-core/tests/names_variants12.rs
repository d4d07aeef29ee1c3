//! One name in two romanisations, and two people whose names are a letter apart. An Arabic
//! compound given name cut into words in another place (`Abdel Rahman`, `Abd al-Rahman`), a
//! whole name romanised another way (`Yevgeniya Semyonova`, `Evgeniya Semenova`), and the
//! traps: two people with names a letter apart named in one sentence (`Ana Sousa and Ana
//! Souza`), family names that are both ordinary English words (`Baker`, `Barker`), brothers
//! of one compound, a neighbour set off as such. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// `Abdel Rahman` and `Abd al-Rahman`, `Abdul Aziz` and `Abd al-Aziz`, `Abdelhamid` and `Abd
/// el-Hamid`: the Arabic `Abd` and its article written joined or apart, one name.
#[test]
fn an_arabic_compound_cut_in_another_place_is_one_name() {
    let d = r#"Clinic opens in Tanta

Abdel Rahman Fawzi, the director of the new clinic, said it would treat two hundred patients a day.

The building was a school until last year.

Abd al-Rahman Fawzi said the government had paid for the equipment.
"#;
    assert_eq!(names(d), vec![spelt("Abd al-Rahman", "Abdel Rahman")]);
    let d = r#"Flour mill reopens

Abdul Aziz Rahimi, who owns the mill outside Herat, said it had reopened after the floods.

Farmers queued from dawn with their sacks.

Abd al-Aziz Rahimi said he would grind wheat for free this week.
"#;
    assert_eq!(names(d), vec![spelt("Abd al-Aziz", "Abdul Aziz")]);
}

/// Brothers whose compounds differ after `Abdel` (`Abdel Karim`, `Abdel Rahman`), and two
/// neighbours whose middle names differ: no finding.
#[test]
fn brothers_of_one_compound_stay_apart() {
    let d = r#"Brothers at the clinic

Abdel Karim Nassar and his brother Abdel Rahman Nassar run a clinic in Zarqa.

Abdel Rahman Nassar said most patients were children. Abd al-Karim Nassar said the rent had doubled.
"#;
    assert_eq!(names(d), vec![spelt("Abd al-Karim", "Abdel Karim")]);
    let d = r#"Two neighbours

Ali Hassan Jaber and Ali Hussein Jaber live on the same street in Tyre.

Ali Hussein Jaber said the power cuts lasted twelve hours a day.
"#;
    assert_eq!(names(d), vec![]);
}

/// A given name and a family name both in another romanisation (`yo` or `e` for the Russian
/// `ё`, a French `ou`): one person.
#[test]
fn a_whole_name_romanised_another_way() {
    let d = r#"Ballet returns to Perm

Yevgeniya Semyonova will dance the lead in the new season.

Rehearsals began in August.

Evgeniya Semenova said the role was the hardest of her career.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Evgeniya Semenova", "Yevgeniya Semyonova")]
    );
    let d = r#"Hockey final

Artyom Seleznyov scored twice in the final.

His team won the cup for the first time.

Artem Seleznev said the cup belonged to the fans.
"#;
    assert_eq!(names(d), vec![spelt("Artem Seleznev", "Artyom Seleznyov")]);
}

/// Two slips of the pen are no romanisation (`Eric`, `Erik`), a neighbour set off as such is
/// someone else, and a man's and a woman's form of one family name are two people.
#[test]
fn two_slips_a_neighbour_and_a_sister_stay_apart() {
    let d = r#"Two farmers

Yuri Lomov farms wheat near Tambov.

Yury Lamov, his neighbour, grows sunflowers. Eric Hanson and Erik Hansen sell the seed.

Erik Hansen said prices had doubled.
"#;
    assert_eq!(names(d), vec![]);
}

/// Two people with the same given name and family names a letter apart, named in one
/// sentence (`and`, `met`): the writer told them apart.
#[test]
fn names_a_letter_apart_in_one_sentence_are_two_people() {
    let d = r#"Two doctors

Dr Ana Sousa and Dr Ana Souza both work at the hospital in Porto.

Ana Souza said the ward was full. Ana Sousa said it had been full for weeks.
"#;
    assert_eq!(names(d), vec![]);
    let d = r#"A wet platform

Tom Brown met Tom Browne at the station on Friday.

Tom Browne said it had rained all morning.
"#;
    assert_eq!(names(d), vec![]);
    let d = r#"Coaches

Maria Gonzales and Maria Gonzalez coached the under-12 team together.

Maria Gonzalez said the girls had trained hard.
"#;
    assert_eq!(names(d), vec![]);
}

/// The same misspelling a paragraph later is still one person spelt two ways.
#[test]
fn a_letter_apart_in_another_paragraph_is_still_flagged() {
    let d = r#"Typo

Oliver Hartley, the head of the trust, said the woods would be replanted.

Volunteers planted a thousand trees last year.

Oliver Hartly said the oaks would take a century to grow.
"#;
    assert_eq!(names(d), vec![spelt("Hartly", "Hartley")]);
}

/// Family names that are both ordinary English words (`Baker`, `Barker`; `Mason`, `Macon`)
/// are two names people bear, even with one given name.
#[test]
fn two_english_words_are_two_family_names() {
    let d = r#"Council meeting

Councillor Mark Baker proposed the motion. Councillor Mark Barker seconded it.

Mark Barker said the vote was close.
"#;
    assert_eq!(names(d), vec![]);
    let d = r#"Two builders

Paul Mason built the new school. Paul Macon, an architect from Leeds, drew the plans.

Paul Macon said the work was finished on time.
"#;
    assert_eq!(names(d), vec![]);
}

/// An organisation's name with its last consonant doubled once (`Kelderman`, `Keldermann`) is
/// a slip; a name and its adjective (`Kenya`, `Kenyan`) are two words.
#[test]
fn a_final_consonant_doubled_in_an_organisation_name() {
    let d = r#"Bank

Savers at Kelderman Bank lost access to their accounts on Tuesday.

Shares in Keldermann Bank fell by a tenth.
"#;
    assert_eq!(names(d), vec![spelt("Keldermann", "Kelderman")]);
    let d = r#"Tea prices

Growers in Kenya said the rains came late. Kenyan exporters expect a smaller crop from Kenya this year.
"#;
    assert_eq!(names(d), vec![]);
}
