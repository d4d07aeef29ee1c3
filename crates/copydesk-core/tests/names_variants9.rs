//! A Ukrainian given name and its Russian form (`Danylo`, `Daniil`; `Vasyl`, `Vasily`;
//! `Yevheniya`, `Evgenia`) for one person, where neither form is a listed given name: the East
//! Slavic family name the mentions share (or spell two ways) vouches for the correspondence.
//! Traps: relatives of one family name whose given names are two names (`Ivan`, `Ivanna`;
//! `Yuliya`, `Yuriy`; two brothers), and unlisted names of other languages an `h` and a `g` apart
//! (`Sahar`, `Sagar`), which stay two people. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::{ambiguous, spelt};

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A Ukrainian `-o` after a consonant and `y` for the Russian `-iil` (`Danylo`, `Daniil`): one
/// grain trader; his brothers, one of a family name with him, are other people.
#[test]
fn ukrainian_o_for_a_russian_ending_with_a_slavic_family_name() {
    let d = r#"Grain waits at Zorivka

Danylo Hrytsenko, a grain trader from Zorivka, said the river port had been shut for a week.

His brothers Ostap Hrytsenko and Taras Hrytsenko drive the lorries that bring the grain in.

The harbour master said barges were waiting downstream. Daniil Hrytsenko added that prices had doubled since Monday.
"#;
    assert_eq!(names(d), vec![spelt("Daniil", "Danylo")]);
}

/// The Ukrainian soft final consonant for the Russian `-iy` (`Vasyl`, `Vasily`), with the family
/// name spelt two ways too (`Melnychuk`, `Melnichuk`); a brother and sister `Ivan` and `Ivanna`
/// of one family name stay two people.
#[test]
fn a_dropped_russian_ending_and_a_family_name_spelt_two_ways() {
    let d = r#"Dry wells in Pidlisne

Vasyl Melnychuk, who keeps bees outside Pidlisne, said the wells had run dry in July.

Ivan Shevchuk, a teacher, and his sister Ivanna Shevchuk, a nurse, carry water from the next village.

"We queue for an hour," Ivanna Shevchuk said.

Vasily Melnichuk, 64, said he had never seen the wells so low.
"#;
    assert_eq!(names(d), vec![spelt("Vasily Melnichuk", "Vasyl Melnychuk")]);
}

/// Ukrainian `h` for Russian `g` in an unlisted woman's name (`Yevheniya`, `Evgenia`); a wife
/// and husband `Yuliya` and `Yuriy` of one family name are two people, and the bare family name
/// is then ambiguous.
#[test]
fn h_for_g_in_an_unlisted_name_with_a_slavic_family_name() {
    let d = r#"The clinic on Sadova Street

Yevheniya Rudenko, a paediatrician, said the clinic would stay open through the winter.

Yuliya Koval manages the shelter next door. Her husband, Yuriy Koval, runs its kitchen.

"We have soup for eighty," Yuriy Koval said. Koval said more cots were coming.

Evgenia Rudenko said doctors were working double shifts.
"#;
    assert_eq!(
        names(d),
        vec![ambiguous("Koval"), spelt("Evgenia", "Yevheniya")]
    );
}

/// Unlisted given names an `h` and a `g` apart before a family name that is not East Slavic are
/// two people (`Sahar`, `Sagar`), and so are two unlisted Slavic names that are no
/// correspondence of each other (`Bohdana`, `Bozhena`).
#[test]
fn unlisted_names_of_other_families_or_no_correspondence_stay_apart() {
    let d = r#"Sahar Talwarkar and her cousin Sagar Talwarkar opened the bakery in 2019.

Sagar Talwarkar said the ovens came from a closed hotel.
"#;
    assert_eq!(names(d), vec![]);
    let slavic = r#"Bohdana Lytvynenko and her sister Bozhena Lytvynenko sing in the choir.

Bozhena Lytvynenko said rehearsals had moved to the school hall.
"#;
    assert_eq!(names(slavic), vec![]);
}
