//! A style of address before a title the style writes after `the` (`the Rt. Rev. Ada Lim`,
//! `Rt Rev Bo Park`, `the Most Reverend Ivo Sands`) is left whole: no `the` is put between its
//! words (`the Rt. The Rev.`). Traps: a bare `Rev.` still takes its article. Drafts
//! written for these tests, fixed as `--fix` would.

use copydesk_core::{fix::fix_all, Config, DocKind};

fn fixed(text: &str, house: &str) -> String {
    let config = Config {
        style: Some(house.to_string()),
        ..Config::default()
    };
    fix_all(text, DocKind::PlainText, &config).0
}

#[test]
fn no_article_is_put_inside_an_address() {
    let left = [
        "The service was led by the Rt. Rev. Tom Hale, the bishop of Marlow.\n",
        "Prayers were said by Rt. Rev. Ines Corvo at the abbey.\n",
        "The Rt. Rev. Osric Penn blessed the new bells on Sunday.\n",
        "The synod heard the Rt. Hon. Rev. Mara Quill speak.\n",
    ];
    for house in ["ap", "nyt", "chicago"] {
        for text in left {
            assert_eq!(fixed(text, house), text, "{house}");
        }
        // The point alone is the style's: the address stays whole.
        assert_eq!(
            fixed("The vigil was led by the Rt Rev Dara Vell.\n", house),
            "The vigil was led by the Rt Rev. Dara Vell.\n",
            "{house}"
        );
    }
}

#[test]
fn a_bare_abbreviation_still_takes_its_article() {
    for (text, want) in [
        (
            "The service was led by Rev. Tom Hale on Sunday.\n",
            "The service was led by the Rev. Tom Hale on Sunday.\n",
        ),
        (
            "Rev. Ines Corvo blessed the bells.\n",
            "The Rev. Ines Corvo blessed the bells.\n",
        ),
    ] {
        assert_eq!(fixed(text, "ap"), want);
    }
}
