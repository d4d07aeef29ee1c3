//! A title that names the office a person holds, with no name beside it, after a verb of being,
//! becoming or choosing or after `as` (`was elected president`, `became prime minister`, `served
//! as governor`, `is now chancellor`), stands alone just as it does after `the`: every style that
//! writes a title alone in lower case flags its capitals. The traps: the same words before a
//! name (`as Senator Kofi Abara spoke`), inside a quotation, opening a sentence, before another
//! capitalised word (`Governor General`), and ranks that are common words (`Major`). With no
//! style, the draft's own convention covers only titles before names, so nothing is flagged.
//! Drafts written for these tests, with their exact title findings (rule, flagged text,
//! replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn lower(text: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), text.to_lowercase())
}

/// The styles whose findings on these drafts are titles only (NYT and The Economist add the
/// courtesy titles of later references, tested elsewhere).
const STYLES: [&str; 5] = ["ap", "reuters", "bbc", "guardian", "chicago"];

// After `was elected`, after `as` and after `became`; the title before a name, the possessive
// before another capitalised word and the quoted `President` are left alone.
const ELECTION: &str = "\
Varnia vote

Mirela Dost was elected President of Varnia in 2021 after two years as Governor of its eastern province. Her rival, Teodor Brask, became Prime Minister in March.

President Dost met Brask on Monday at the Governor's Residence in Kallin. \"I never wanted to be President,\" Brask told reporters.
";

#[test]
fn a_title_after_a_verb_of_being_or_choosing_is_lowercase() {
    for style in STYLES {
        assert_eq!(
            run(ELECTION, Some(style)),
            vec![
                lower("President"),
                lower("Governor"),
                lower("Prime Minister")
            ],
            "{style}"
        );
    }
    assert_eq!(run(ELECTION, None), vec![]);
}

// `sworn in as` and `who remains`; `as Senator Abara` is before a name, `a Senator` is after an
// article (BBC leaves a title after a name to the draft), `senators` is a common noun.
const SWORN: &str = "\
Eastbrook seat

Kofi Abara was sworn in as Senator on Tuesday. Abara, who remains Mayor of Eastbrook until June, said the city came first.

As Senator Abara spoke, Ines Palu, a Senator from the west, left the chamber. The senators later voted on the budget.
";

#[test]
fn a_title_after_as_or_remains_is_lowercase_but_not_before_a_name() {
    for style in ["ap", "reuters", "guardian", "chicago"] {
        assert_eq!(
            run(SWORN, Some(style)),
            vec![lower("Senator"), lower("Mayor"), lower("Senator")],
            "{style}"
        );
    }
    assert_eq!(
        run(SWORN, Some("bbc")),
        vec![lower("Senator"), lower("Mayor")]
    );
    assert_eq!(run(SWORN, None), vec![]);
}

// Lowercase words between the verb and the title (`acting`, `now`); `crowned King` beside `the
// old King`; `as Governor General` is one title (the lexicon's `Governor-General`, spaced),
// lowered like the others; `been Major` (a rank that is a common word) and a title opening its
// sentence are not flagged.
const PALACE: &str = "\
Palace change

Lena Vock, who was acting President for a year, handed over to Aron Seel on Friday. Seel is now Chancellor, and the old King was crowned King again in a ceremony at Osterby.

Vock will serve as Governor General of the islands. She said she was proud to have been Major in the reserve.

Governor of the central bank since 2019, Aron Seel said rates would hold.
";

#[test]
fn words_of_holding_or_time_between_verb_and_title_do_not_hide_it() {
    for style in ["ap", "reuters", "guardian", "chicago"] {
        assert_eq!(
            run(PALACE, Some(style)),
            vec![
                lower("President"),
                lower("Chancellor"),
                lower("King"),
                lower("King"),
                lower("Governor General")
            ],
            "{style}"
        );
    }
    // BBC capitalises a king's title everywhere.
    assert_eq!(
        run(PALACE, Some("bbc")),
        vec![
            lower("President"),
            lower("Chancellor"),
            lower("Governor General")
        ]
    );
    assert_eq!(run(PALACE, None), vec![]);
}

// The same offices, already in lower case, and capitals where a name follows: nothing to flag.
const CLEAN: &str = "\
Harbour council

Nadia Ferro became mayor of Lisshaven in 2020 and was elected governor two years later. She
served as ambassador to Osterby before that.

As Governor Ferro spoke, Ambassador Pim Roderick and Mayor Juno Achebe listened. Roderick is
now president of the harbour board.
";

#[test]
fn offices_already_lowercase_and_titles_before_names_are_not_flagged() {
    for style in STYLES {
        assert_eq!(run(CLEAN, Some(style)), vec![], "{style}");
    }
    assert_eq!(run(CLEAN, None), vec![]);
}

/// A listed hyphened title keeps its own capitals when a fix capitalises it: `President-elect`,
/// not `President-Elect`.
#[test]
fn a_capitalised_fix_keeps_a_listed_titles_own_capitals() {
    let draft = "Transition\n\nPresident-elect Ilse Varro met the outgoing cabinet on Monday.\n\n\
                 Later, president-elect Varro toured the port with vice-president Anton Hale.\n";
    assert_eq!(
        run(draft, None),
        vec![
            (
                "title-consistency",
                "president-elect".to_string(),
                "President-elect".to_string()
            ),
            (
                "title-consistency",
                "vice-president".to_string(),
                "Vice-President".to_string()
            )
        ]
    );
}
