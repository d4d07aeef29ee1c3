//! Four classes of title judged against house style: an office given to a person named after a
//! verb of choosing (`elected Ines Palu mayor`), the law officers standing alone (`served as
//! attorney general`), job descriptions beside a name in the houses that write them in lower
//! case (`chairman Ruben Ostrow`, also where a sentence opens), and a body named after its
//! officer (`the Secretary of State's office`), which is no title to judge. Traps: the same
//! words before a name, inside quotations, in a body's name, and styles that leave a position to
//! the draft. Drafts written for these tests, with their exact title findings (rule, flagged
//! text, replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

fn lower(text: &str) -> (&'static str, String, String) {
    style(text, &text.to_lowercase())
}

/// Styles that write a title after a name or alone in lower case, and whose findings on these
/// drafts are titles only (NYT and The Economist add the courtesy titles of later references).
const LOWER_AFTER: [&str; 4] = ["ap", "reuters", "guardian", "chicago"];

// A verb of choosing, its object (a full name) and the office: after the name, lower case.
// Traps: the quoted `made Oren Malik Speaker`, a body's name after the same verb (`named
// Tamsford General Hospital`), a title before a name after it (`named Eastbrook Mayor Lio
// Varga`), and a possessive title naming an office (`the Harbour Commissioner's office`).
const CHOSEN: &str = "\
Port authority

The harbour board appointed Kesi Adebayo Commissioner last week, and the assembly re-elected Oren Malik Speaker in June. Voters in Tamsford elected Yusra Bekele Governor on Sunday.

Adebayo said the Harbour Commissioner's office would open in May. \"We made Oren Malik Speaker because he listens,\" a member said.

The board named Eastbrook Mayor Lio Varga chair of the review. Malik named Tamsford General Hospital as the site.
";

#[test]
fn an_office_given_after_a_verb_of_choosing_and_a_name_is_lowercase() {
    for s in LOWER_AFTER {
        assert_eq!(
            run(CHOSEN, Some(s)),
            vec![lower("Commissioner"), lower("Speaker"), lower("Governor")],
            "{s}"
        );
    }
    // The BBC leaves a title after a name to the draft; with no style nothing is compared.
    assert_eq!(run(CHOSEN, Some("bbc")), vec![]);
    assert_eq!(run(CHOSEN, None), vec![]);
}

// A surname alone as the object, and the present tense; a complement already in lower case.
const NAMES: &str = "\
Embassy posts

The cabinet names Sala Ambassador to Quellin this week. It had made Ruan Ostby envoy in May, and the council crowned Ada Pell champion.
";

#[test]
fn the_object_may_be_a_surname_and_the_verb_any_tense() {
    for s in LOWER_AFTER {
        assert_eq!(run(NAMES, Some(s)), vec![lower("Ambassador")], "{s}");
    }
}

// The law officers standing alone or as the office held; before a name, inside a quotation and
// in the name of their office they are left alone.
const LAW: &str = "\
Law officers

Edda Voss served as Attorney General until 2019, when she became Solicitor-General. The Attorney General's office said it would not comment.

Her successor, Pim Roderick, met Attorney General Ines Laar on Friday. \"The Attorney General is my friend,\" Roderick said.
";

#[test]
fn the_law_officers_alone_are_lowercase_where_the_style_says_so() {
    for s in LOWER_AFTER {
        assert_eq!(
            run(LAW, Some(s)),
            vec![lower("Attorney General"), lower("Solicitor-General")],
            "{s}"
        );
    }
    // BBC copy writes them capitalised alone as often as not: the profile leaves it open.
    assert_eq!(run(LAW, Some("bbc")), vec![]);
    assert_eq!(run(LAW, None), vec![]);
}

// Job descriptions beside a name: capitalised before a name in some houses (AP: `company
// Chairman Henry Ford`), lower case in every position at the Guardian and The Economist
// (the BBC profile leaves capitals beside a name to the draft), also at a sentence start, where the fix keeps the sentence's capital. The quoted
// `Chairman` and a lowercase `chief executive` are left alone.
const MILL: &str = "\
Mill sale

Managing Director Talia Brenn said the mill would close. The talks were led by Chairman Ruben Ostrow and chief executive Carys Webb.

The firm's Chief Executive, Carys Webb, said jobs would go. Ostrow, the Chairman, declined to comment. \"The Chairman has been clear,\" Brenn said.
";

#[test]
fn job_descriptions_beside_a_name_are_lowercase_at_the_guardian() {
    assert_eq!(
        run(MILL, Some("guardian")),
        vec![
            style("Managing Director", "Managing director"),
            lower("Chairman"),
            lower("Chief Executive"),
            lower("Chairman"),
        ]
    );
    // Where the house capitalises them before a name, only the positions after it are lower.
    for s in ["ap", "reuters", "chicago"] {
        assert_eq!(
            run(MILL, Some(s)),
            vec![lower("Chief Executive"), lower("Chairman")],
            "{s}"
        );
    }
    // The Economist, with its courtesy titles of later references.
    assert_eq!(
        run(MILL, Some("economist")),
        vec![
            style("Managing Director", "Managing director"),
            lower("Chairman"),
            lower("Chief Executive"),
            style("Ostrow", "Mr "),
            lower("Chairman"),
            style("Brenn", "Mr "),
        ]
    );
    assert_eq!(run(MILL, None), vec![]);
}

// A job description opening a sentence, and one after a sentence-opening word: the capital of
// its second word shows the case. A one-word job opening a sentence tells nothing.
const OPENING: &str = "\
Quarry

Chief Executive Mira Sallow said the quarry would reopen. Head Coach Ivo Marsh agreed.

Chairman Bram Ettel was not asked. Later, Managing Director Ona Pike said the same.
";

#[test]
fn a_job_description_at_a_sentence_start_is_judged_by_its_later_words() {
    for s in ["guardian", "economist"] {
        assert_eq!(
            run(OPENING, Some(s)),
            vec![
                style("Chief Executive", "Chief executive"),
                style("Head Coach", "Head coach"),
                lower("Managing Director"),
            ],
            "{s}"
        );
    }
    // `head coach` is lower case before a name in every house; `chief executive` only in some.
    assert_eq!(
        run(OPENING, Some("ap")),
        vec![style("Head Coach", "Head coach")]
    );
}

// A body named after its officer is no title: `the Secretary of State's office`, `the
// Governor's office`, `the President's Cup`. The officer's own possession still is one.
const CUP: &str = "\
Cup final

The President's Cup returns to Lisshaven next year. A spokeswoman for the Governor's office said the President's speech would open it.

The Secretary of State's office has certified the result, and the Mayor's Office will host the parade.
";

#[test]
fn a_body_named_after_its_officer_is_not_a_title_alone() {
    for s in LOWER_AFTER.iter().chain(&["bbc", "nyt", "economist"]) {
        assert_eq!(run(CUP, Some(s)), vec![lower("President")], "{s}");
    }
    assert_eq!(run(CUP, None), vec![]);
}
