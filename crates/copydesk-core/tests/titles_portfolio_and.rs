//! A portfolio of two common nouns joined by `and` (`for Work and Pensions`, `for Ports and
//! Shipping`, `for Energy Security and Net Zero`) is read whole with its title, so the name set
//! off by commas after it is the title's: BBC style leaves the capitals beside it. Traps: the
//! title standing alone is still lowered, and a given name after `and` starts another person.
//! Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

#[test]
fn a_portfolio_joined_by_and_reaches_the_name_set_off_after_it() {
    for text in [
        "The Secretary of State for Work and Pensions, Oona Rask, said the plan would work.\n",
        "The Secretary of State for Ports and Shipping, Teo Malin, said the fees would rise.\n",
        "The Secretary of State for Energy Security and Net Zero, Ida Brenn, opened the site.\n",
        "The Minister for Housing and Planning, Cal Vesey, said the homes would be built.\n",
        "The Minister for Farming and Fisheries, Rhea Dunmore, visited the harbour.\n",
    ] {
        assert_eq!(run(text, Some("bbc")), vec![], "{text}");
    }
}

#[test]
fn a_title_alone_is_still_lowered() {
    for text in [
        "The Secretary of State for Work and Pensions said the plan would work.\n",
        "The Minister for Housing and Planning said the homes would be built.\n",
    ] {
        let got = run(text, Some("bbc"));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].2.starts_with(|c: char| c.is_lowercase()),
            "{text}: {got:?}"
        );
    }
    // `and Ines Rook`: another person, not a portfolio; the mayor stands alone.
    let text = "The Mayor of Lakeshore and Ines Rook met on Monday.\n";
    assert_eq!(run(text, Some("bbc")).len(), 1, "{text}");
}
