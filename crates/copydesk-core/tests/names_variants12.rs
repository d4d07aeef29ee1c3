//! Two people whose names are a letter apart: named in one sentence (`Ana Sousa and Ana
//! Souza`), or family names that are both ordinary English words (`Baker`, `Barker`). Every
//! draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

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
