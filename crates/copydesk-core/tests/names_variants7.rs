//! Whether two given names of one family name are one person: two listed given names apart
//! only in a sounded final vowel or a short ending (`Marie`, `Maria`) are two people, and the
//! Ukrainian and Russian forms of one given name (`Mykola`, `Nikolai`; `Pavlo`, `Pavel`) are
//! one. Every draft is written for these tests, with its traps.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::{ambiguous, spelt};

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// `Joanne` and `Joanna` are both given names: two women, so the surname alone is ambiguous; a
/// family name one letter short is still a slip.
#[test]
fn two_listed_names_apart_in_a_final_vowel_are_two_women_of_one_family() {
    let d = r#"Allotment plots flooded again

Joanne Pettigrew, who chairs the allotment society in Wexcombe, said the lower plots had flooded twice since September.

Her sister-in-law, Joanna Pettigrew, a beekeeper, said the hives had been carried uphill in a trailer.

"We lost two colonies before we moved them," Pettigrew said.

The society's treasurer, Desmond Harrowgate, said the council had promised new drains. Desmond Harrowgat said work would begin in the spring.
"#;
    assert_eq!(
        names(d),
        vec![ambiguous("Pettigrew"), spelt("Harrowgat", "Harrowgate")]
    );
}

/// `Christine` and `Christina` apart; `Christene`, which is no given name, is `Christine` misspelt.
#[test]
fn christine_and_christina_are_two_cousins_but_a_name_nobody_has_is_a_slip() {
    let d = r#"A bakery opens on the high street

Christine Marlowe has opened a bakery in the old post office in Tenbury Vale, with ovens from a closed hotel in Ludlow.

The bread is made by Christina Marlowe, who trained in Lyon.

"It took a year to find the building," Ms Marlowe said.

Their first customer was Rebecca Tolland, a retired teacher. Christene Marlowe said she had been waiting outside since six.
"#;
    assert_eq!(
        names(d),
        vec![ambiguous("Ms Marlowe"), spelt("Christene", "Christine")]
    );
}

/// `Sophie`/`Sophia`, `Daniela`/`Danielle` (a two-letter ending) and the compound
/// `Marie-Claire`/`Maria-Claire`: each pair two people.
#[test]
fn a_final_vowel_or_a_short_ending_apart_in_plain_and_compound_given_names() {
    let d = r#"Twins share the rowing prize

Sophie Lindqvist and Sophia Lindqvist, who are not related, shared the club's sculling prize on Saturday.

Daniela Ferreiro, the coach, said both had trained through the winter. Danielle Ferreiro, her daughter, rowed in the same boat last year.

Lindqvist said the river had been high all week.

Marie-Claire Dubosc, the club's president, handed over the cup. Maria-Claire Dubosc, a cousin, had driven from Rouen to watch.
"#;
    assert_eq!(names(d), vec![ambiguous("Lindqvist")]);
}

/// Ukrainian `Myk-` for Russian `Nik-`; `Oleh` and `Olena` are a brother and a sister, not forms
/// of one name.
#[test]
fn mykola_and_nikolai_are_one_man_beside_his_brother_and_sister() {
    let d = r#"Farm family rebuilds after shelling

Mykola Savchuk, who farms 300 hectares near Kupiansk, said the barn had been hit twice in the spring.

His brother Oleh Savchuk said the tractor had been repaired with parts from Poland. Their sister, Olena Savchuk, runs the farm's accounts.

"We planted everything we could reach," said Nikolai Savchuk, 61.

Oleh Savchuk said the family would stay.
"#;
    assert_eq!(names(d), vec![spelt("Nikolai", "Mykola")]);
}

/// `Pavlo`/`Pavel` (the Ukrainian `-o`, the Russian `e` before a final `l`), `Petro`/`Pyotr`
/// (Russian `yo`); `Petra`, a daughter, is another person.
#[test]
fn a_ukrainian_final_o_and_a_russian_yo_are_one_name() {
    let d = r#"Ferry crews return to the river

Pavlo Hnatiuk, the captain of the river ferry at Kaniv, said the crossing had reopened on Monday.

Petro Zaitsev, the engineer, said the engine had been rebuilt over the winter. His daughter Petra Zaitsev keeps the ticket office.

"The river does not care about the war," said Pavel Hnatiuk.

Pyotr Zaitsev said he expected two hundred passengers a day by June.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Pavel", "Pavlo"), spelt("Pyotr", "Petro")]
    );
}

/// `Fedir`/`Fyodor`, `Hlib`/`Gleb` (Ukrainian `i` for Russian `o` or `e`), `Kateryna`/
/// `Yekaterina` (the Russian opening `Ye-`).
#[test]
fn a_ukrainian_i_in_the_last_syllable_and_a_dropped_ye_are_one_name() {
    let d = r#"Orchestra plays in the metro

Fedir Moroz, who conducts the city orchestra, said the musicians had played in a metro station during the air raid.

The cellist Hlib Danylenko said the acoustics were better than in the hall. Kateryna Danylenko, his wife, plays the viola.

"People sat on the steps and listened," Fyodor Moroz said.

Gleb Danylenko said the orchestra would tour in the autumn. Yekaterina Danylenko said the tour would start in Lviv.
"#;
    assert_eq!(
        names(d),
        vec![
            spelt("Fyodor", "Fedir"),
            spelt("Gleb", "Hlib"),
            spelt("Yekaterina", "Kateryna")
        ]
    );
}

/// `Dmytro`/`Dmitry` stays one man though `o` and `y` end it (not two names apart in a vowel),
/// `Olena`/`Yelena` (Ukrainian `O-` for Russian `Ye-`), `Oleksiy`/`Alexei`.
#[test]
fn dmytro_olena_and_oleksiy_in_their_russian_forms() {
    let d = r#"Bakery keeps its ovens lit

Dmytro Lysak, who owns a bakery in Chernihiv, said the flour delivery had arrived a week late.

His wife, Olena Lysak, said the generator ran for twelve hours a day. Their son Oleksiy Lysak drives the van.

"We baked through every blackout," said Dmitry Lysak.

Yelena Lysak said the shop would open on Sundays. Alexei Lysak said the van needed new tyres.
"#;
    assert_eq!(
        names(d),
        vec![
            spelt("Dmitry", "Dmytro"),
            spelt("Yelena", "Olena"),
            spelt("Alexei", "Oleksiy")
        ]
    );
}

/// `Yulia`/`Julia`, `Yuriy`/`Jurij` (an opening `Yu-` written `Ju-`); `Julie`, a relative, is
/// another woman: `Julia` and `Julie` are two names apart in a final vowel.
#[test]
fn an_opening_yu_written_ju_beside_a_relative_named_julie() {
    let d = r#"Hospital wing reopens in Sumy

Yulia Hordiyenko, a paediatrician at the regional hospital, said the children's wing had reopened after the roof was repaired.

Her sister-in-law, Julie Hordiyenko, who moved from Bristol in 2019, organised the fundraising.

"The nurses painted the corridors themselves," said Julia Hordiyenko.

Yuriy Hordiyenko, the hospital's director, said the wing had forty beds. Jurij Hordiyenko said ten more would follow.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Julia", "Yulia"), spelt("Jurij", "Yuriy")]
    );
}
