//! Title classes judged against house style, each with traps. Drafts written for these tests,
//! with their exact title findings (rule, flagged text, replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// A word that says how an office is held (the lexicon's `modifiers`: `acting`, `interim`) is
// no part of the title: mid-sentence it stays lower case before a capitalised title, as
// `former` does (AP: `acting Mayor Peter Barry`). Traps: the same words opening a sentence
// (the capital is the sentence's), already in lower case, inside a quotation, and in a
// heading; a title standing alone is lowered whole.
const HELD: &str = "\
# Acting Mayor Signs Harbour Plan

The plan was signed on Monday by Acting Mayor Ines Palu, and the port board thanked Interim President Saro Venn for the money. Officials said acting President Rua Tane would visit.

Acting Mayor Palu said the quay would open in June. \"Acting Governor Rua Tane kept his word,\" a docker said.

Residents later met Acting Deputy Prime Minister Nils Ubo at the quay.
";

#[test]
fn a_capitalised_modifier_of_the_holding_stays_outside_the_title() {
    let ap = vec![
        style("Acting Mayor", "acting Mayor"),
        style("Interim President", "interim President"),
        style(
            "Acting Deputy Prime Minister",
            "acting Deputy Prime Minister",
        ),
    ];
    assert_eq!(run(HELD, Some("ap")), ap);
    assert_eq!(run(HELD, Some("reuters")), ap);
    assert_eq!(run(HELD, Some("chicago")), ap);
    // The BBC leaves a title after such a word to the draft, as after `former`; the Guardian
    // leaves every title before a name to it.
    assert_eq!(run(HELD, Some("bbc")), vec![]);
    assert_eq!(run(HELD, Some("guardian")), vec![]);
    assert_eq!(run(HELD, None), vec![]);
}

// An abbreviation the style wants keeps the lowered modifier in front of it.
const ABBREVIATED: &str = "\
Storm aid

Aid was flown in by order of Acting Governor Tove Haral on Friday. Residents said Interim Senator Odo Brisk had promised more.
";

#[test]
fn a_lowered_modifier_goes_with_the_abbreviation() {
    let want = vec![
        style("Acting Governor", "acting Gov."),
        style("Interim Senator", "interim Sen."),
    ];
    assert_eq!(run(ABBREVIATED, Some("ap")), want);
    assert_eq!(run(ABBREVIATED, Some("chicago")), want);
    assert_eq!(
        run(ABBREVIATED, Some("nyt")),
        vec![
            style("Acting Governor", "acting Governor"),
            style("Interim Senator", "interim Senator"),
        ]
    );
}
