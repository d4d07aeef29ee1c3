//! Under a style that wants a courtesy title on later references (NYT, Economist), a person
//! the draft never gives one, while it gives others theirs, is named wrongly too: each bare
//! later reference is flagged, with both titles offered when the draft does not tell which.
//! A firm or a yard named after someone, a surname inside a quotation or used as a modifier,
//! is not. Drafts written for these tests, with their exact title findings.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

// Traps: a man's name with his pronoun, a possessive (a reference), and `Ms. Ruiz` between.
const BRIDGE: &str = "\
Bridge reopens

Ana Ruiz, the city's engineer, said the bridge would reopen on Friday. Tom Hale, who runs the ferry, said he would lose trade. Ms. Ruiz said the repairs cost less than planned.

Hale said fares would fall. Ms. Ruiz thanked the crews, and Hale's crews were idle.
";

#[test]
fn a_person_never_titled_beside_one_who_is() {
    assert_eq!(
        run(BRIDGE, Some("nyt")),
        vec![
            row("title-style", "Hale", "Mr. "),
            row("title-style", "Hale", "Mr. ")
        ]
    );
    assert_eq!(
        run(BRIDGE, Some("economist")),
        vec![
            row("title-style", "Ms.", "Ms"),
            row("title-style", "Hale", "Mr "),
            row("title-style", "Ms.", "Ms"),
            row("title-style", "Hale", "Mr "),
        ]
    );
    // Styles that use no courtesy titles say nothing about `Hale`.
    assert!(run(BRIDGE, Some("ap")).iter().all(|r| r.1 != "Hale"));
}

// Traps: the surname inside a quotation and as a modifier (`The Haddad budget`); a woman's
// given name puts `Ms` first; `Mr Okafor` before his full name is a first reference.
const BUDGET: &str = "\
Budget vote

Leila Haddad, the finance minister, presented the budget on Tuesday. Mr Okafor, the opposition leader, said it would fail; Samuel Okafor had called for a vote.

Haddad said the figures were sound. \"Haddad is wrong,\" Mr Okafor said. The Haddad budget passes if Mr Okafor abstains.
";

#[test]
fn a_woman_never_titled_gets_ms_first_and_quotes_stay_sacred() {
    assert_eq!(
        run(BUDGET, Some("economist")),
        vec![
            row("title-style", "Mr Okafor", "Samuel Okafor"),
            row("title-style", "Haddad", "Ms "),
        ]
    );
    assert_eq!(
        run(BUDGET, Some("nyt")),
        vec![
            row("title-style", "Mr Okafor", "Samuel Okafor"),
            row("title-style", "Haddad", "Ms. "),
            row("title-style", "Mr", "Mr."),
            row("title-style", "Mr", "Mr."),
        ]
    );
}

// Traps: a yard and a holding company that carry names (`Brandt Shipyard workers`, `Harbor
// said`) are no people to title; only the buyer named in full is.
const SHIPYARD: &str = "\
Shipyard sold

The Brandt Shipyard was sold on Monday to Harbor Holdings, which Ruth Brandt founded. Ms. Brandt said the sale was final. Oliver Stein, a buyer, said he was pleased.

Brandt Shipyard workers were told on Tuesday. Stein told them wages would rise, and Ms. Brandt agreed. Harbor said the deal was done.
";

#[test]
fn a_firm_named_after_someone_is_not_a_person_to_title() {
    assert_eq!(
        run(SHIPYARD, Some("nyt")),
        vec![row("title-style", "Stein", "Mr. ")]
    );
    assert_eq!(
        run(SHIPYARD, Some("economist")),
        vec![
            row("title-style", "Ms.", "Ms"),
            row("title-style", "Stein", "Mr "),
            row("title-style", "Ms.", "Ms"),
        ]
    );
}
