//! One given name in its Ukrainian and its Russian form (`h` for `g`, `volo` for `vla`), a
//! man's and a woman's form of one given name (two people, never a slip), and a family name
//! that is also an English word (`Hall`, `Green`, `Rich`) introduced with an appositive or
//! taken up at the start of a sentence. Every draft is written for these tests, with its traps.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::{ambiguous, spelt};

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

#[test]
fn a_ukrainian_h_for_a_russian_g_is_one_woman_beside_a_relative() {
    let d = "Clinic reopens after repairs

Olha Dovzhenko, a nurse at the clinic in Pryluky, said the windows had been replaced in a week.

Her colleague Oksana Dovzhenko said the new generator had arrived from Poland.

\"We never closed the ward,\" Olga Dovzhenko said.
";
    assert_eq!(names(d), vec![spelt("Olga", "Olha")]);
}

#[test]
fn ihor_and_igor_are_one_man() {
    let d = "Ferry service resumes

Ihor Sahaidak, who runs the ferry across the reservoir, said the engine had been repaired.

Passengers waited on the jetty for an hour, said Igor Sahaidak, who has worked the route since 2009.
";
    assert_eq!(names(d), vec![spelt("Igor", "Ihor")]);
}

#[test]
fn volodymyr_and_vladimir_are_one_name_across_the_two_languages() {
    let d = "Choir returns to the cathedral

Volodymyr Lysenko, the choir's director, said rehearsals had begun in March.

Vladimir Lysenko said twenty singers had come back.
";
    assert_eq!(names(d), vec![spelt("Vladimir", "Volodymyr")]);
}

#[test]
fn an_opening_h_for_g_needs_another_romanised_difference() {
    let d = "Two brothers open a garage

Harry Tolland and his brother Garry Tolland opened the garage in 1994.

Harry Tolland said the business had survived two floods.

Halyna Petrenko, their bookkeeper, said the accounts were healthy. Galina Petrenko added that the roof was new.
";
    assert_eq!(names(d), vec![spelt("Galina", "Halyna")]);
}

#[test]
fn the_ukrainian_form_without_the_russian_ending_is_one_name() {
    let d = "Orchard harvest

Yevhen Marchuk, a farmer near Uman, said the apples were late this year.

Yevgeny Marchuk said a late frost had cost him a third of the crop.
";
    assert_eq!(names(d), vec![spelt("Yevgeny", "Yevhen")]);
}

#[test]
fn a_mans_and_a_womans_form_of_one_given_name_are_two_people() {
    let d = "Family runs the mill

Andreas Kestrel, 61, has run the mill since his father died.

His daughter Andrea Kestrel said she would take it over next year.

Gianni Ferrante and his sister Gianna Ferrante sell the flour at the market.

Frederick Oddie delivers the sacks; Frederica Oddie, his wife, keeps the books.
";
    assert_eq!(names(d), Vec::<(&str, String, Option<String>)>::new());
}

#[test]
fn a_slip_in_a_given_name_is_still_flagged_beside_gendered_pairs() {
    let d = "Mill owner speaks

Andrea Kestrel, who runs the mill, said the river was low.

\"We stopped the wheel in July,\" Andrae Kestrel said.

Nikola Brandt said the stones were cracked, and Nikolas Brandt said they were fine.
";
    assert_eq!(names(d), vec![spelt("Andrae", "Andrea")]);
}

#[test]
fn a_surname_that_is_a_word_introduced_with_a_role_appositive_is_a_person() {
    let d = "Club prepares for final

Tom Hall, the coach, said the squad had trained every morning.

Ruth Hall, his sister, runs the club shop on Park Street.

Hall said the team was ready.

The players met the mayor at the town hall on Friday.
";
    assert_eq!(names(d), vec![ambiguous("Hall")]);
}

#[test]
fn a_party_word_as_a_surname_opening_a_sentence_is_a_namesake() {
    let d = "Crew wins regatta

Amy Green, the club captain, said the crew had trained since January.

Her brother, Luke Green, a coach at the club, said the boat was new.

Green said the race was the closest she had rowed.

Labour said the council should fund a new boathouse.
";
    assert_eq!(names(d), vec![ambiguous("Green")]);
}

#[test]
fn places_with_a_given_name_and_an_appositive_stay_places() {
    let d = "Park reopens

Victoria Park, the city's largest green space, reopened on Sunday.

Albert Hall, the concert venue by the river, stayed shut.

Jenny Park, a gardener at the park, said the lawns had recovered. Park said the ponds were next.

Later Jenny Parke said the fountains would run by May.
";
    assert_eq!(names(d), vec![spelt("Parke", "Park")]);
}

#[test]
fn a_surname_that_is_an_adjective_after_a_role_appositive() {
    let d = "Bakery saved

Nina Rich, a baker, bought the shop on Mill Lane last year.

Rich said the ovens were older than she was.

Her son, Ollie Rich, a driver, said deliveries had doubled. Rich said that was the busiest month.
";
    assert_eq!(names(d), vec![ambiguous("Rich")]);
}

#[test]
fn an_italian_mans_name_in_e_beside_a_womans_in_a_is_two_people() {
    let d = "School choir tours

Daniele Ricci, the choir master, said thirty pupils would travel.

Daniela Ricci, his sister, said the coach had been booked. Nicola Ricci, a parent, drove the van.

Later Daniele Rici said the tour would end in Turin, and Nicole Ricci waved them off.
";
    assert_eq!(names(d), vec![spelt("Rici", "Ricci")]);
}

#[test]
fn a_role_appositive_without_an_article_makes_a_person_but_a_places_does_not() {
    let d = "Rovers appoint coach

Tom Hall, head coach of the Rovers since 2019, said the squad was young.

Ruth Hall, chair of the supporters' trust, said fans were pleased.

Hall said the first game was in August.

Albert Hall, built in 1871, will host the awards. Victoria Park, home of the club until 1990, is now housing.
";
    assert_eq!(names(d), vec![ambiguous("Hall")]);
}
