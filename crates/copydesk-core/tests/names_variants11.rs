//! A Ukrainian family name and its Russian form for one person: Ukrainian writes `h` where
//! Russian writes `g` (`Hnatyuk`, `Gnatyuk`; `Hordiyenko`, `Gordienko`), in a family name whose
//! East Slavic ending (`-yuk`, `-enko`, `-shyn`) vouches for the correspondence. Traps: English
//! family names an `h` and a `g` apart (`Hill`, `Gill`), relatives of one family name with
//! different given names, and two East Slavic family names that differ by more than the `h`.
//! Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A harbour master's family name, Ukrainian first and Russian after, with a title and with
/// the given name; a colleague of another family name stays apart.
#[test]
fn a_ukrainian_h_read_as_a_russian_g_in_a_family_name() {
    let d = r#"Barges wait at Bilokamianka

Taras Hnatyuk, the harbour master at Bilokamianka, said forty barges were waiting for the lock to reopen.

His deputy, Ostap Lytvynenko, said the repairs would take another week.

Mr Gnatyuk said the grain would rot if it was not moved soon. Taras Gnatyuk has run the harbour since 2011.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Gnatyuk", "Hnatyuk"), spelt("Gnatyuk", "Hnatyuk"),]
    );
}

/// A `y` glide written in one form and not the other (`-iyenko`, `-ienko`) beside the `h`.
#[test]
fn an_h_and_a_dropped_glide_in_a_family_name() {
    let d = r#"Choir returns to Zelenyi Hai

Oksana Hordiyenko, who has led the village choir for twenty years, said rehearsals began again in October.

The church warden lent them the hall for the winter.

Oksana Gordienko said the first concert would raise money for the school roof.
"#;
    assert_eq!(names(d), vec![spelt("Gordienko", "Hordiyenko")]);
}

/// Both names in their Russian forms the second time (`Halyna Hlushchenko`, `Galina
/// Glushchenko`): one person.
#[test]
fn given_and_family_name_both_in_the_russian_form() {
    let d = r#"Night shift at the clinic

Halyna Hlushchenko, a surgeon at the district clinic in Mykhailivka, said the generators ran all night.

Nurses slept in the corridor between operations.

Galina Glushchenko said fuel for the generators would last until Friday.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Galina Glushchenko", "Halyna Hlushchenko")]
    );
}

/// A Russian form met first and a Ukrainian one after: the first full mention is canonical.
#[test]
fn the_russian_form_first_then_the_ukrainian() {
    let d = r#"Miners return underground

Serhiy Grytsyuk leads the miners' union at the Rudne pits.

The pits were flooded for a month after the pumps failed.

Serhiy Hrytsyuk said the first shift would go down on Monday.
"#;
    assert_eq!(names(d), vec![spelt("Hrytsyuk", "Grytsyuk")]);
}

/// English family names an `h` and a `g` apart are two people: no East Slavic ending vouches
/// for the correspondence.
#[test]
fn english_family_names_an_h_and_a_g_apart_stay_two_people() {
    let d = r#"Two teachers retire

Mary Hill and Mary Gill both taught at the primary school in Ashcombe for thirty years.

Mary Gill said the children had changed less than the buildings. Mary Hill said she would miss them.
"#;
    assert_eq!(names(d), vec![]);
}

/// Relatives of one family name in its two forms with different given names, and two East
/// Slavic family names that differ by more than the `h` (`Horodenko`, `Hordiyenko`): no finding.
#[test]
fn relatives_and_other_family_names_stay_apart() {
    let d = r#"A farm divided

Olha Hnatyuk runs the dairy at Kruhle. Her cousin Petro Gnatyuk runs the orchard across the road.

Petro Gnatyuk said the apples were late this year.

Andriy Hordiyenko bought the mill from Andriy Horodenko in May. Andriy Horodenko said the price was fair.
"#;
    assert_eq!(names(d), vec![]);
}

/// Endings without a `-yuk` or `-enko` that still vouch for the correspondence (`-shko`,
/// `-unova`): a family name in its Ukrainian form, then in its Russian form.
#[test]
fn other_east_slavic_endings_read_an_h_as_a_g() {
    let d = r#"Library reopens in Pidhirne

Larysa Hrebunova, who runs the village library, said the roof had been mended by volunteers.

Its reading room will open on Saturdays.

Gorbunova, no relation, lent the chairs. Larysa Grebunova said the children had asked for comics.

Ihor Haidashko, the headmaster, said pupils would visit each week. Gaidashko said the bus was free.
"#;
    assert_eq!(
        names(d),
        vec![
            spelt("Grebunova", "Hrebunova"),
            spelt("Gaidashko", "Haidashko"),
        ]
    );
}
