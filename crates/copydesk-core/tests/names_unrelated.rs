//! A name set off by words that deny kinship (`, no relation,`, `(not related)`) after a
//! namesake spelt another way is another person, not a misspelling of the first: the words are
//! data (`data/names/kinship.txt`). Without them, the second spelling is still flagged.
//! Drafts of a mill town, written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{plain_names, spelt};

#[test]
fn a_namesake_said_to_be_no_relation_is_another_person() {
    for (first, second) in [
        ("Tomasz Wieczorek", "Tomas Wieczorek, no relation,"),
        ("Katarzyna Nowakowska", "Katarzyna Nowakowski (no relation)"),
        ("Aleksander Brandt", "Alexander Brandt, not related,"),
        ("Marek Zielinski", "Marek Zelinski, unrelated,"),
        (
            "Tomasz Wieczorek",
            "Tomas Wieczorek (no relation to the fitter)",
        ),
        ("Sigrid Halvorsen", "Sigrid Halvorson – no relation –"),
        ("Bogdan Kovalenko", "Bohdan Kovalenko, who is no relation,"),
    ] {
        let text = format!(
            "{first}, 54, has worked at the mill for thirty years.\n\n\
             The manager, {second} said the closure could not be avoided.\n"
        );
        assert_eq!(plain_names(&text), vec![], "{text}");
    }
}

#[test]
fn without_the_words_the_second_spelling_is_flagged() {
    let text = "Tomasz Wieczorek, 54, has worked at the mill for thirty years.\n\n\
                The manager praised Tomas Wieczorek, a loom fitter, for his work.\n";
    assert_eq!(plain_names(text), vec![spelt("Tomas", "Tomasz")]);
}
