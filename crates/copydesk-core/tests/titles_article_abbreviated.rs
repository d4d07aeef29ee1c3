//! An abbreviation the style puts before a full name takes no article: the fix of `the
//! Governor Ada Lim` gives `Gov. Ada Lim`, never `the Gov. Ada Lim`, and a capital `The` at a
//! sentence's start hands its capital on. Traps: the article stays where the title is not
//! abbreviated (`the Rev.`, a title the style spells out) or where another word stands between
//! (`the then Governor`). Drafts written for these tests, fixed as `--fix` would.

use copydesk_core::{fix::fix_all, Config, DocKind};

fn fixed(text: &str, house: &str) -> String {
    let config = Config {
        style: Some(house.to_string()),
        ..Config::default()
    };
    fix_all(text, DocKind::PlainText, &config).0
}

#[test]
fn the_article_goes_with_the_spelt_out_title() {
    let cases = [
        (
            "The order was signed by the Governor Ada Lim on Monday.\n",
            "The order was signed by Gov. Ada Lim on Monday.\n",
        ),
        (
            "It was backed by the Senator Bruno Okafor of Velmar.\n",
            "It was backed by Sen. Bruno Okafor of Velmar.\n",
        ),
        (
            "The Governor Ada Lim signed the order on Monday.\n",
            "Gov. Ada Lim signed the order on Monday.\n",
        ),
        (
            "Crowds cheered the\u{a0}Lieutenant Governor Tam Hollis at the fair.\n",
            "Crowds cheered Lt. Gov. Tam Hollis at the fair.\n",
        ),
    ];
    for house in ["ap", "chicago"] {
        for (text, want) in cases {
            assert_eq!(fixed(text, house), want, "{house}: {text}");
        }
    }
}

#[test]
fn an_article_is_kept_where_nothing_is_abbreviated() {
    let kept = [
        "The order was signed by the then Governor Ada Lim on Monday.\n",
        "The order was signed by the governor, Ada Lim, on Monday.\n",
        "The bill was backed by the senators on Monday.\n",
        "Clothe Governor Ada Lim's staff in blue, they said.\n",
    ];
    for text in kept {
        let out = fixed(text, "ap");
        let article = |s: &str| s.matches("the ").count() + s.matches("The ").count();
        assert_eq!(article(&out), article(text), "{text} => {out}");
    }
}
