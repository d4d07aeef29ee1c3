//! A middle initial that is also a word (`A.`, `I.`) or initials written unspaced (`J.R.`) are
//! part of the name after a title: the name is a full one, so the style and the draft's habits
//! judge the title before it. Traps: a capital and a point that end the sentence (`Senator
//! Ruiz of Group A.`) make no initial. Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

#[test]
fn a_title_before_a_name_with_a_word_like_initial_is_judged() {
    let cases = [
        "The bill was backed by Senator Tomas A. Reyes on Tuesday.\n",
        "The bill was backed by Senator Mira I. Okoro on Tuesday.\n",
        "The bill was backed by Senator J.R. Halloway on Tuesday.\n",
        "The bill was backed by Senator Lena K.T. Brandt on Tuesday.\n",
    ];
    for text in cases {
        assert_eq!(
            run(text, Some("ap")),
            vec![style("Senator", "Sen.")],
            "{text}"
        );
    }
}

#[test]
fn titles_before_names_with_initials_are_compared() {
    let cases = [
        "Gen. Kathy A. Horne and General Tom Baines inspected the base.\n",
        "Gov. Ravi I. Menon met Governor Ola Fenn in the capital.\n",
        "Sen. P.J. Arlo and Senator Ines Marr voted against it.\n",
    ];
    for text in cases {
        let got = run(text, None);
        assert!(
            got.iter().any(|(rule, _, _)| *rule == "title-consistency"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_capital_ending_the_sentence_is_no_initial() {
    // The title stands before a surname alone (`Senator Ruiz`): AP spells it out, so nothing.
    let text = "The seat went to Senator Ruiz of Ward A. Voters were told on Monday.\n";
    assert_eq!(run(text, Some("ap")), vec![]);
}
