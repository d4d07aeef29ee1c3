//! Formal titles in the plural before a list of names, abbreviated (`Sens. Ada Lim and Bo
//! Kint`, `Reps.`, `Govs.`, `Lt. Govs.`, `Maj. Gens.`) or spelled out (`Senators Ada Lim and Bo
//! Kint`): read as one title before both names under each style, silent where written in the
//! style's form, and given the style's form where not (AP and Chicago abbreviate before full
//! names, Chicago spells out before surnames alone, British styles take no full points).
//! Drafts written for these tests, with traps.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

// Written as AP and Chicago write it.
const US_CLEAN: &str = "\
Water compact stalls

Sens. Marta Ohlin and Dev Pruitt filed the measure on Thursday, and Reps. Cal Moyer and Ines \
Varda backed it in the House.

Govs. Tessa Rund and Abel Crane said they would sign a compact, while Lt. Govs. Nia Sorel and \
Ray Bisk stayed silent.

The measure would cap withdrawals, Ohlin said. Crane called it overdue.
";

#[test]
fn the_us_form_is_clean_where_it_is_the_style_and_only_points_elsewhere() {
    for style in ["ap", "chicago", "reuters"] {
        assert_eq!(run(US_CLEAN, Some(style)), vec![], "{style}");
    }
    // No style: plurals set no habit for one person's title.
    assert_eq!(run(US_CLEAN, None), vec![]);
    // British styles take no full points: each plural abbreviation is one finding.
    for style in ["bbc", "guardian"] {
        assert_eq!(
            run(US_CLEAN, Some(style)),
            vec![
                row("title-style", "Sens.", "Sens"),
                row("title-style", "Reps.", "Reps"),
                row("title-style", "Govs.", "Govs"),
                row("title-style", "Lt. Govs.", "Lt Govs"),
            ],
            "{style}"
        );
    }
}

// Spelled out before full names: AP and Chicago abbreviate them.
const SPELLED: &str = "\
Base closures

Senators Hollis Vane and Corinne Abt asked for a delay. Representatives Mo Dalca and Petra Sund \
signed the letter, and Major Generals Ewan Tice and Dora Falk testified.
";

#[test]
fn ap_and_chicago_abbreviate_a_plural_before_full_names() {
    let want = vec![
        row("title-style", "Senators", "Sens."),
        row("title-style", "Representatives", "Reps."),
        row("title-style", "Major Generals", "Maj. Gens."),
    ];
    assert_eq!(run(SPELLED, Some("ap")), want);
    assert_eq!(run(SPELLED, Some("chicago")), want);
    // Spelled out is right (or left open) in the other styles.
    for style in ["reuters", "nyt", "bbc", "guardian", "economist"] {
        assert_eq!(run(SPELLED, Some(style)), vec![], "{style}");
    }
}

#[test]
fn lowercase_or_pointless_plurals_take_the_styles_form() {
    let text = "Talks resumed after governors Ana Pell and Rui Sato met. Sens Kofi Adu and Lise \
                Maar joined them.\n";
    assert_eq!(
        run(text, Some("ap")),
        vec![
            row("title-style", "governors", "Govs."),
            row("title-style", "Sens", "Sens."),
        ]
    );
    assert_eq!(
        run(text, Some("nyt")),
        vec![
            row("title-style", "governors", "Governors"),
            row("title-style", "Sens", "Sens."),
        ]
    );
    assert_eq!(
        run(text, Some("bbc")),
        vec![row("title-style", "governors", "Governors")]
    );
}

#[test]
fn chicago_spells_out_a_plural_before_surnames_alone() {
    let text = "Later, Sens. Ohlin and Pruitt met Govs. Rund and Crane in the capital.\n";
    assert_eq!(
        run(text, Some("chicago")),
        vec![
            row("title-style", "Sens.", "Senators"),
            row("title-style", "Govs.", "Governors"),
        ]
    );
    // AP leaves a title before a surname alone to its rules of reference.
    assert_eq!(run(text, Some("ap")), vec![]);
}

#[test]
fn traps_stay_silent() {
    for text in [
        // Lower-case words that look like plural abbreviations.
        "The gym's reps Ana Pell and Rui Sato ran the class.\n",
        "Two sales reps, Ana Pell and Rui Sato, quit on Monday.\n",
        // `Press` is no plural of `Pres.`.
        "Press Ana Pell and Rui Sato for answers, the memo said.\n",
        // A plural title standing alone, or part of a name.
        "Both senators from the north voted no.\n",
        "The Ottawa Senators beat the Rangers 3-1.\n",
        // A singular abbreviation ending a sentence after a name.
        "The prize went to Amartya Sen. Critics were pleased.\n",
    ] {
        for style in copydesk_core::styles::NAMES {
            assert_eq!(run(text, Some(style)), vec![], "{style}: {text}");
        }
        assert_eq!(run(text, None), vec![], "{text}");
    }
}

#[test]
fn a_plural_rank_titles_every_name_of_its_list() {
    // NYT keeps a rank on later references: both generals are `General`, whatever the plural's
    // form, never a guessed `Mr.` or `Ms.`.
    for title in ["Gens.", "Generals", "Maj. Gens.", "Brig. Gens."] {
        let text = format!(
            "{title} Tomas Varga and Ida Lunde led the drill on Monday. Varga said the troops \
             were ready, and Lunde said the weather had helped.\n"
        );
        let later: Vec<_> = run(&text, Some("nyt"))
            .into_iter()
            .filter(|r| r.1 == "Varga" || r.1 == "Lunde")
            .collect();
        assert_eq!(
            later,
            vec![
                row("title-style", "Varga", "General "),
                row("title-style", "Lunde", "General "),
            ],
            "{text}"
        );
    }
}
