//! Transliteration variants of one person's name across a draft (Arabic, Persian, Russian,
//! Korean, Chinese and Hindi names), and the traps: two relatives of one family name whose given
//! names are close but distinct. Korean given names are built of syllables, so a letter that
//! changes a syllable (`Ji-woo`, `Ji-hoo`) makes another name, while a romanisation of the same
//! syllable (`Soo`, `Su`) does not. Every draft is written for these tests, with its traps.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::{ambiguous, spelt};

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A Korean brother and sister whose given names differ in one syllable are two people; the bare
/// family name is then ambiguous, and nothing is a misspelling.
#[test]
fn korean_given_names_apart_in_one_syllable_are_two_people() {
    let d = r#"Night shifts at the Dalsan clinic

Ji-woo Park, a nurse at the clinic in Dalsan, said every bed had been full since Sunday.

Her brother, Ji-hoo Park, drives the clinic's only ambulance.

"We barely sleep," Ji-hoo Park said.

The clinic's director said a second ambulance had been promised. Park said it had been promised before.
"#;
    assert_eq!(names(d), vec![ambiguous("Park")]);
}

/// Syllables beyond the first trap's: sisters apart in a syllable written with `r` (`Seo-rin`,
/// `Seo-jin`) in both orders are two people, and a syllable written `eu` in one romanisation and
/// `u` in another (`Seung`, `Sung`) is one man misspelt.
#[test]
fn other_syllables_and_an_older_romanisation() {
    let d = r#"The Haeseong ferry

Choi Seo-rin and her sister Choi Seo-jin run the ticket office at the Haeseong pier.

"The morning boat is always full," Choi Seo-rin said.

Later, Choi said the afternoon boat was often cancelled.

The captain, Bae Seung-woo, has sailed the route for twenty years. "The fog is worse than the waves," said Bae Sung-woo.
"#;
    assert_eq!(
        names(d),
        vec![ambiguous("Choi"), spelt("Sung-woo", "Seung-woo")]
    );
    let western = r#"Ye-rin Kang and her sister Ye-jin Kang sell tea at the station.

Kang said the new platform had brought more customers.
"#;
    assert_eq!(names(western), vec![ambiguous("Kang")]);
}

/// The same trap with the family name first (`Han Min-jun`, `Han Min-jin`), beside a Korean
/// syllable romanised two ways for one man (`Soo-bin`, `Su-bin`), which is one person misspelt.
#[test]
fn family_first_syllable_trap_and_a_romanised_syllable() {
    let d = r#"Potters of Gyeolsan

Han Min-jun and his cousin Han Min-jin fire their kilns on the same hillside outside Gyeolsan.

"The clay here is patient," Han Min-jin said.

Their neighbour, Yoon Soo-bin, sells the bowls at the Saturday market in town.

"Tourists ask for the blue glaze," said Yoon Su-bin, who has run the stall for ten years.
"#;
    assert_eq!(names(d), vec![spelt("Su-bin", "Soo-bin")]);
}

/// Arabic, Persian and Hindi long vowels written two ways (`ee`/`i`, `ou`/`u`), a doubled
/// consonant and `kh`/`h`: one person each, flagged where the second spelling occurs.
#[test]
fn arabic_persian_and_hindi_spellings_of_one_person() {
    let d = r#"Traders count the cost of the closed border

Rasheed Haddad, who sells dried fruit in Tarbeel, said his stock had spoiled at the crossing.

"Three lorries sat for nine days," Mr Hadad said.

Behrouz Tehrani, a carpet dealer across the border in Varzan, closed his shop last month. Behruz Tehrani said nobody bought silk any more.

In Keshavpur, Sandeep Malhotra said spice prices had doubled. "The boys in the market cannot pay," said Sandip Malhotra.
"#;
    assert_eq!(
        names(d),
        vec![
            spelt("Hadad", "Haddad"),
            spelt("Behruz", "Behrouz"),
            spelt("Sandip", "Sandeep"),
        ]
    );
}

/// Russian `-ff`/`-v`, `-y`/`-iy` and a joined Chinese given name: one person each; two brothers
/// with distinct listed given names of one family name stay two.
#[test]
fn russian_and_chinese_spellings_and_two_brothers() {
    let d = r#"The last ferry before the ice

Arkady Lebedeff, 64, has run the ferry across the Dvoretsk river for thirty years.

"The ice came three weeks early," Mr Lebedev said. Arkadiy Lebedev said the last crossing would be on Friday.

His brothers Yusuf Karimi and Yasin Karimi, who keep the landing stage, disagreed about the date.

Zhou Xiaoyu, a violinist from Lanfeng who was on the last crossing, played for the passengers. "It was too cold to hold the bow," Zhou Xiao-yu said.
"#;
    assert_eq!(
        names(d),
        vec![
            spelt("Lebedev", "Lebedeff"),
            spelt("Arkadiy Lebedev", "Arkady Lebedeff"),
            spelt("Xiao-yu", "Xiaoyu"),
        ]
    );
}
