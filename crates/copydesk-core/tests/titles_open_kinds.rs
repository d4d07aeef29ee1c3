//! A capital the style requires (BBC: `Home Secretary Tom Hale`) sets no habit for the titles
//! whose kind the style leaves to the draft (`immigration minister Ana Ruiz`): those are
//! compared with each other. Traps: open titles written two ways, a draft with no style, and
//! a secretary the style capitalises written lower (the style's alone). Drafts written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

#[test]
fn a_capital_the_style_requires_sets_no_habit_for_titles_it_leaves_open() {
    for text in [
        "Home Secretary Tom Hale met immigration minister Ana Ruiz on Friday.\n",
        "Foreign Secretary Ines Marr flew out with trade minister Olaf Brede on Monday.\n",
        "Defence Secretary Kit Orme and housing minister Lea Stroud visited the base.\n",
        "Health Secretary Rosa Penn said schools minister Dan Ewart agreed with her.\n",
    ] {
        assert_eq!(run(text, Some("bbc")), vec![], "{text}");
    }
}

#[test]
fn titles_of_one_kind_are_still_compared() {
    // Two ministers the style leaves open, written two ways.
    let text = "Trade Minister Olaf Brede met immigration minister Ana Ruiz on Friday.\n";
    let got = run(text, Some("bbc"));
    assert_eq!(got.len(), 1, "{text}{got:?}");
    assert_eq!(got[0].0, "title-consistency", "{text}{got:?}");
    assert_eq!(got[0].1, "immigration minister", "{text}{got:?}");
    // Without a style every minister's title is compared with the secretaries'.
    let text = "Home Secretary Tom Hale met immigration minister Ana Ruiz on Friday.\n";
    let got = run(text, None);
    assert_eq!(got.len(), 1, "{text}{got:?}");
    // A secretary the style capitalises, written lower: the style's alone.
    let text = "Home Secretary Tom Hale met foreign secretary Ines Marr on Friday.\n";
    let got = run(text, Some("bbc"));
    assert_eq!(got.len(), 1, "{text}{got:?}");
    assert_eq!(got[0].0, "title-style", "{text}{got:?}");
}
