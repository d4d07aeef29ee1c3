//! `ambiguous-name` and a place or body named after someone: a surname before a head noun
//! (`Corran Road`, `Oduya School`, `the Ferris Bridge`) names the place, not one of the
//! namesakes who share the surname, so it is no bare mention to tell apart. Traps: a bare
//! surname that acts as a person beside such a place is still ambiguous, and a given name
//! before the head noun (`Tom Hall said`) is still a person. Drafts written for these tests.

use copydesk_core::Config;

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{ambiguous, names};

fn found(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    names(text, &Config::default())
}

/// A street, a bridge and a school named after someone whose relative shares the surname.
#[test]
fn a_place_named_after_one_of_two_namesakes_is_no_mention() {
    let d = "\
Street renamed for suffragist\n\
\n\
Councillors voted to rename Mill Lane after Edith Corran, a suffragist. Her great-grandson, Liam Corran, unveiled the plaque.\n\
\n\
New signs on Corran Road go up in June. Corran Road will be closed for a day.\n\
\n\
The Ferris Bridge is named after Ada Ferris, an engineer; her nephew, Tom Ferris, cut the ribbon.\n\
\n\
Ferris Bridge carries four thousand cars a day.\n\
\n\
Mavis Oduya founded the school in 1974, and her son, Kofi Oduya, is its head. Oduya School has 400 pupils and the Oduya Foundation pays for lunches.\n\
";
    assert_eq!(found(d), vec![]);
}

/// The same places, then the surname alone acting as a person: still two people it could be.
#[test]
fn the_surname_alone_beside_the_place_is_still_ambiguous() {
    let d = "\
Street renamed for suffragist\n\
\n\
Councillors voted to rename Mill Lane after Edith Corran, a suffragist. Her great-grandson, Liam Corran, unveiled the plaque.\n\
\n\
Corran said the family was proud. New signs on Corran Road go up in June.\n\
";
    assert_eq!(found(d), vec![ambiguous("Corran")]);
}

/// A kinship appositive after a name tells its gender (`Teo Brannick, her husband,`), so a
/// courtesy title later fits one namesake. Traps: a clause about someone else (`whose wife`)
/// tells nothing of the name before it, and the bare surname stays ambiguous.
#[test]
fn a_kinship_word_after_a_name_tells_its_gender() {
    let husband = "\
Allotment prize\n\
\n\
Greta Brannick and Teo Brannick, her husband, grew the heaviest marrow at the show.\n\
\n\
\"It took all summer,\" Mr Brannick said. Mrs Brannick said the secret was seaweed.\n\
\n\
Brannick said they would enter again next year.\n\
";
    assert_eq!(found(husband), vec![ambiguous("Brannick")]);
    let whose = "\
Allotment prize\n\
\n\
Greta Brannick and Teo Brannick, whose sister, Ottilie Brannick, judged the show, grew the heaviest marrow.\n\
\n\
Mrs Brannick said the secret was seaweed.\n\
";
    assert_eq!(found(whose), vec![ambiguous("Mrs Brannick")]);
}

/// The head noun before the surname (`Lake Corran`, `Port Corran`, `Mount Corran`), at a
/// sentence's start or inside it, and a longer name after it (`Corran Memorial Hall`).
#[test]
fn a_place_named_after_someone_with_its_head_noun_first() {
    let d = "\
Street renamed for suffragist\n\
\n\
Edith Corran, a suffragist, and her great-grandson, Liam Corran, a builder, were honoured on Friday.\n\
\n\
Lake Corran froze early this year. Boats moored at Port Corran, and walkers climbed Mount Corran.\n\
\n\
The Corran Memorial Hall opens in May; pupils at Corran Primary School sang.\n\
";
    assert_eq!(found(d), vec![]);
}

/// The pronoun of a kinship appositive tells the gender of the person before it too (`Lotte
/// Varn runs the dairy with Bas Varn, her brother`: Lotte is a woman, Bas a man), so each
/// gendered title fits one of them; a possessive with no gender (`their`) tells nothing.
#[test]
fn the_pronoun_of_a_kinship_appositive_is_the_person_before() {
    let d = "\
Dairy prices\n\
\n\
Lotte Varn runs the dairy with Bas Varn, her brother.\n\
\n\
Mr Varn said milk prices had fallen. Ms Varn said they would sell cheese instead.\n\
";
    assert_eq!(found(d), vec![]);
    let their = "\
Dairy prices\n\
\n\
Lotte Varn runs the dairy with Bas Varn, their cousin.\n\
\n\
Ms Varn said they would sell cheese instead.\n\
";
    assert_eq!(found(their), vec![ambiguous("Ms Varn")]);
}
