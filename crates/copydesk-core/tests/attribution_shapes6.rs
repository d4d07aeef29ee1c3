//! Who a credit by source names (`according to Okafor's statement`, `Per the club's filing,`)
//! and a described speaker whose words carry a number (`the 54-year-old teacher`) or close
//! on a name (`the 37-year-old Ms Ilves`). Drafts of a ferry island written for these tests,
//! each with the exact quotation findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, speakers};

fn one(text: &str, who: &str) {
    assert_eq!(speakers(text), vec![Some(who.to_string())], "{text}");
    none(text);
}

const INTRO: &str = "Ferry skipper Chidi Okafor and harbour clerk Ingrid Solheim met the island council on Monday.\n\n";

#[test]
fn the_owner_of_a_credited_statement_speaks() {
    for (credit, who) in [
        ("According to Okafor's statement,", "Chidi Okafor"),
        (
            "According to Chidi Okafor's written account,",
            "Chidi Okafor",
        ),
        (
            "according to Solheim's letter to the council,",
            "Ingrid Solheim",
        ),
        ("According to the council's minutes,", "the council"),
    ] {
        let lead = if credit.starts_with('a') {
            "Late on Monday, "
        } else {
            ""
        };
        one(
            &format!(
                "{INTRO}{lead}{credit} \"The ramp will not take another winter of storms.\"\n"
            ),
            who,
        );
    }
}

#[test]
fn the_source_a_thing_said_or_written_comes_from_speaks() {
    for (credit, who) in [
        (
            "According to a statement from the ministry,",
            "the ministry",
        ),
        ("According to a letter by Okafor,", "Chidi Okafor"),
        (
            "According to an email from the harbour board's lawyers,",
            "the harbour board's lawyers",
        ),
    ] {
        one(
            &format!("{INTRO}{credit} \"No ferry will sail until the ramp is rebuilt.\"\n"),
            who,
        );
    }
}

#[test]
fn a_source_after_the_quotation_or_a_pronoun() {
    one(
        &format!("{INTRO}\"We were promised a new ramp by the spring,\" according to Solheim.\n"),
        "Ingrid Solheim",
    );
    one(
        &format!("{INTRO}\"The timetable was written for summer weather,\" according to a spokesman for the operator.\n"),
        "a spokesman for the operator",
    );
    one(
        &format!("{INTRO}Solheim kept the books for twenty years. According to her, \"The island lost money on every crossing.\"\n"),
        "Ingrid Solheim",
    );
    // Her lawyer is someone she has: the lawyer speaks.
    one(
        &format!(
            "{INTRO}According to her lawyer, \"Ms Solheim did nothing wrong at any point.\"\n"
        ),
        "her lawyer",
    );
}

#[test]
fn per_before_the_quotation_credits_its_source() {
    one(
        &format!("{INTRO}Per the operator's filing, \"The route has lost money for nine straight years.\"\n"),
        "the operator",
    );
    one(
        &format!(
            "{INTRO}Per the skipper's log, \"Three sailings were cancelled in a single week.\"\n"
        ),
        "the skipper",
    );
    // `per` in any other shape is a common word: nobody is credited.
    orphan(
        &format!("{INTRO}Fares rose by ten per cent.\n\nFuel costs per crossing doubled. \"Nobody can run a boat at that price.\"\n"),
        "\"Nobody can run a boat at that price.\"",
    );
}

#[test]
fn a_paragraph_credit_by_source_names_the_speaker_of_the_next() {
    // The paragraph before credits by `according to` and holds no quotation of its own.
    let text = format!("{INTRO}The crossing is unsafe in a north wind, according to Okafor.\n\n\"I have turned back four times since Christmas.\"\n");
    assert_eq!(speakers(&text), vec![Some("Chidi Okafor".to_string())]);
    none(&text);
}

#[test]
fn a_credit_by_source_elsewhere_in_the_paragraph_is_not_the_speaker() {
    // `according to a survey` opens the paragraph, but the verb of the quotation's own
    // sentence names who spoke.
    let text = format!("{INTRO}Traffic fell by a third, according to a survey by the council. \"We are losing the young families first,\" Solheim said.\n");
    assert_eq!(speakers(&text), vec![Some("Ingrid Solheim".to_string())]);
    let text = format!("{INTRO}Traffic fell by a third, according to a survey by the council. Solheim was asked why. \"We are losing the young families first,\" she replied.\n");
    assert_eq!(speakers(&text), vec![Some("Ingrid Solheim".to_string())]);
}

#[test]
fn a_described_speaker_with_an_age() {
    for (shape, who) in [
        (
            "\"The boat rolled so hard the cars slid,\" the 54-year-old engineer said.",
            "the 54-year-old engineer",
        ),
        (
            "\"The boat rolled so hard the cars slid,\" said a 19-year-old deckhand.",
            "a 19-year-old deckhand",
        ),
        (
            "The 61-year-old pilot recalled: \"The boat rolled so hard the cars slid.\"",
            "the 61-year-old pilot",
        ),
    ] {
        one(&format!("{INTRO}{shape}\n"), who);
    }
}

#[test]
fn a_described_phrase_that_closes_on_a_name_is_that_person() {
    for shape in [
        "\"The boat rolled so hard the cars slid,\" says the 37-year-old Ms Solheim.",
        "\"The boat rolled so hard the cars slid,\" said the harbour board's clerk Ingrid Solheim.",
        "The veteran clerk Ingrid Solheim recalled: \"The boat rolled so hard the cars slid.\"",
    ] {
        one(&format!("{INTRO}{shape}\n"), "Ingrid Solheim");
    }
    // After `for` or `of` the name is someone else: the one described speaks.
    one(
        &format!("{INTRO}\"The boat rolled so hard the cars slid,\" said the spokesman for Chidi Okafor.\n"),
        "the spokesman for Chidi Okafor",
    );
}
