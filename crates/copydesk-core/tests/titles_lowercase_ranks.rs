//! A military or police rank written in lower case right before a full name, where nothing
//! could make it a common noun (`led by sgt. Ana Ruiz`, `and general Tom Weld`): a formal title,
//! which AP and Chicago capitalise and abbreviate before a full name (`Sgt. Ana Ruiz`, `Gen.
//! Tom Weld`). Other styles, and ranks a word before them qualifies (`England captain Jo Reed`,
//! `a retired general`), are left alone. Drafts written for these tests, with traps.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(text: &str, rep: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), rep.to_string())
}

const PATROL: &str = "\
Border patrol

The patrol was led by sgt. Ana Ruiz, and general Tom Weld inspected it on Friday.

colonel Bea Lund said the post would stay open. Supplies came with lt. Ode Marsh and cpl. Ivo \
Brandt.
";

#[test]
fn ap_and_chicago_capitalise_and_abbreviate_a_lowercase_rank_before_a_full_name() {
    let want = vec![
        row("sgt.", "Sgt."),
        row("general", "Gen."),
        row("colonel", "Col."),
        row("lt.", "Lt."),
        row("cpl.", "Cpl."),
    ];
    assert_eq!(run(PATROL, Some("ap")), want);
    assert_eq!(run(PATROL, Some("chicago")), want);
    // Styles that do not abbreviate ranks leave a lower-case rank to the writer, and no habit is
    // learnt from it.
    for style in ["nyt", "bbc", "guardian", "economist", "reuters"] {
        let got: Vec<_> = run(PATROL, Some(style))
            .into_iter()
            .filter(|r| !matches!(r.1.as_str(), "Ruiz" | "Weld" | "Lund" | "Marsh" | "Brandt"))
            .collect();
        assert_eq!(got, vec![], "{style}");
    }
    assert_eq!(run(PATROL, None), vec![]);
}

#[test]
fn a_qualified_rank_stays_a_common_noun() {
    for text in [
        "England captain Jo Reed scored twice.\n",
        "The team's captain Jo Reed agreed.\n",
        "A retired general Tom Weld wrote to the paper.\n",
        "She was captain Jo Reed's deputy for a year.\n",
        "Ruiz served as sergeant under Tom Weld.\n",
        "The fire service's station commander Ana Ruiz said the blaze was out.\n",
        "Two former privates, Ana Ruiz and Tom Weld, sued the army.\n",
        "Fans of the major Tom Weld won last year were cheering.\n",
    ] {
        for style in ["ap", "chicago"] {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
    }
}
