//! An organisation's name before a title (`Bank of England governor`, `Harbour Trust deputy
//! governor`, `Calder College professor`) makes the title a description of the person: no house
//! abbreviates it as a legislator's title, in lower case or in capitals. Traps: a country before
//! the title (`US Senator`), or nothing, leaves a title the style abbreviates. Drafts written for
//! these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

const OFFICERS: &[&str] = &[
    "The loan was approved by Bank of Tarsia governor Mela Orvik on Friday.\n",
    "The rate was held by Harbour Trust deputy governor Dario Lunt on Monday.\n",
    "The rate was held by Harbour Trust Deputy Governor Dario Lunt on Monday.\n",
    "The survey was led by Calder College professor Ines Varga last spring.\n",
    "The audit was ordered by Fenwick Water Board governor Ruth Callan this week.\n",
    "The motion was backed by Velmar County Council senator Osric Dane in June.\n",
];

#[test]
fn an_organisations_officer_is_not_abbreviated() {
    for text in OFFICERS {
        for house in ["ap", "chicago"] {
            let got: Vec<_> = run(text, Some(house))
                .into_iter()
                .filter(|(_, _, fix)| fix.ends_with('.'))
                .collect();
            assert_eq!(got, vec![], "{house}: {text}");
        }
    }
}

#[test]
fn a_title_after_a_country_or_nothing_is_still_abbreviated() {
    let cases = [
        (
            "The bill was backed by US Senator Lorna Fisk on Monday.\n",
            "Senator",
            "Sen.",
            "ap",
        ),
        (
            "The loan was approved by Governor Mela Orvik on Friday.\n",
            "Governor",
            "Gov.",
            "ap",
        ),
        (
            "The survey was led by Professor Ines Varga last spring.\n",
            "Professor",
            "Prof.",
            "chicago",
        ),
    ];
    for (text, title, fix, house) in cases {
        let got = run(text, Some(house));
        assert!(got.contains(&style(title, fix)), "{text}: {got:?}");
    }
}

#[test]
fn a_style_of_address_before_the_title_is_no_organisation() {
    // `the Most Reverend`: the capitalised word is part of the address, which AP abbreviates.
    for text in [
        "The Archbishop of Velmar, the Most Reverend Ivo Sands, spoke.\n",
        "Prayers were led by the Most Reverend Ada Quist at the abbey.\n",
    ] {
        assert_eq!(
            run(text, Some("ap")),
            vec![style("Reverend", "Rev.")],
            "{text}"
        );
    }
}
