//! The style's findings and the draft's habits in one pass. A usage the style reports (`Sen.
//! Ada Lim`, its point the BBC's to drop) still sets the habits the style leaves open, so a
//! later title spelled out (`Senator Bo Kint`) is reported beside it, with the style's points.
//! Traps: another title, or one form throughout, sets nothing to compare. Drafts written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn has(got: &[(&str, String, String)], rule: &str, flagged: &str, fix: &str) -> bool {
    got.iter()
        .any(|(r, f, x)| *r == rule && f == flagged && x == fix)
}

#[test]
fn an_abbreviation_the_style_mends_still_sets_the_habit() {
    for (style, text, first, first_fix, second, second_fix) in [
        (
            "bbc",
            "Sen. Ada Lim met Senator Bo Kint in Varnley.\n",
            "Sen.",
            "Sen",
            "Senator",
            "Sen",
        ),
        (
            "bbc",
            "Gov. Pia Tunn spoke before Governor Rolf Adder left Marston.\n",
            "Gov.",
            "Gov",
            "Governor",
            "Gov",
        ),
        (
            "bbc",
            "Rep. Ivo Sarr and Representative Lena Hobb voted on Tuesday.\n",
            "Rep.",
            "Rep",
            "Representative",
            "Rep",
        ),
        (
            "nyt",
            "Sen Ada Lim met Senator Bo Kint in Varnley.\n",
            "Sen",
            "Sen.",
            "Senator",
            "Sen.",
        ),
        (
            "nyt",
            "Gov Pia Tunn spoke before Governor Rolf Adder left Marston.\n",
            "Gov",
            "Gov.",
            "Governor",
            "Gov.",
        ),
    ] {
        let got = run(text, Some(style));
        assert!(
            has(&got, "title-style", first, first_fix),
            "{style}: {text}{got:?}"
        );
        assert!(
            has(&got, "title-consistency", second, second_fix),
            "{style}: {text}{got:?}"
        );
        assert_eq!(got.len(), 2, "{style}: {text}{got:?}");
    }
}

#[test]
fn no_habit_where_the_style_writes_each_form() {
    // Spelled out throughout, or a different title: nothing to compare.
    for (style, text) in [
        ("bbc", "Sen. Ada Lim met Governor Bo Kint in Varnley.\n"),
        ("nyt", "Sen Ada Lim met Gov. Bo Kint in Varnley.\n"),
        ("bbc", "Sen Ada Lim met Sen Bo Kint in Varnley.\n"),
    ] {
        let got = run(text, Some(style));
        assert!(
            got.iter().all(|g| g.0 == "title-style"),
            "{style}: {text}{got:?}"
        );
        assert!(got.len() <= 1, "{style}: {text}{got:?}");
    }
}
