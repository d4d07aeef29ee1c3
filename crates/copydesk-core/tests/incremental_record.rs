//! Quotations held to the record, memoised as the language server does per keystroke: after
//! any sequence of edits the verdicts (passages, diffs placed in the draft, speakers) equal a
//! fresh analysis's, and another record is never served from the cache.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo, Record, SourceText};
use edits::seen_held;
use proptest::prelude::*;

const TRANSCRIPT: &str = "\
HALVOR BREKKE: The ferry will run until the end of March, and then we review it.\n\n\
INTERVIEWER: Mm-hm.\n\n\
HALVOR BREKKE: Nobody on the council wants to cut the winter timetable.\n\n\
SIGNE AUNE: We were told the ferry would run until the end of March.\n\n\
SIGNE AUNE: Forty thousand pounds is what the repairs will cost, um, at least.\n";

/// A draft quoting the record exactly, with an ellipsis, with a word changed, from the wrong
/// speaker, with a number written as a figure, and the same quotation twice.
const BASE: &str = "Halvor Brekke, the harbour master, and Signe Aune, a ferry user, spoke.\n\n\
“The ferry will run until the end of March,” Brekke said.\n\n\
“Nobody on the council wants to cut … the winter timetable,” he added.\n\n\
“We were told the ferry would run until the end of May,” Aune said.\n\n\
“Nobody on the council wants to cut the winter timetable,” Aune said.\n\n\
“£40,000 is what the repairs will cost,” she said.\n\n\
“The ferry will run until the end of March,” Brekke said.\n";

const PIECES: &[&str] = &[
    "“",
    "”",
    " said",
    " Brekke",
    " Aune",
    "March",
    "May",
    " the",
    "\n\n",
    ".",
    ",",
    " ",
    "…",
    "x",
    "she",
    "Signe ",
    "Halvor ",
    "[the council]",
    "forty",
];

fn record(text: &str) -> Record {
    let (record, errors) = Record::build(&[SourceText {
        name: "brekke-aune.txt".into(),
        text: text.into(),
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    record
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// After every edit of a random sequence, the memoised verdicts equal fresh ones.
    #[test]
    fn memoised_verdicts_equal_fresh(edits in proptest::collection::vec(edits::edit(12, PIECES.len()), 1..20)) {
        let rec = record(TRANSCRIPT);
        let config = Config::default();
        let kind = DocKind::Markdown;
        let mut memo = Memo::new();
        let mut text = BASE.to_string();
        for e in &edits {
            edits::apply(&mut text, e, PIECES);
            prop_assert_eq!(
                seen_held(&text, kind, &config, Some(&rec), Some(&mut memo)),
                seen_held(&text, kind, &config, Some(&rec), None),
                "after {:?}:\n{}", e, text
            );
        }
    }
}

#[test]
fn the_verdicts_are_those_of_the_record() {
    let rec = record(TRANSCRIPT);
    let a = copydesk_core::analyze_with(BASE, DocKind::Markdown, &Config::default(), Some(&rec));
    let kinds: Vec<&str> = a
        .matches
        .iter()
        .flatten()
        .map(|m| m.kind.as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "exact",
            "edited",
            "misquote",
            "misattributed",
            "edited",
            "exact"
        ]
    );
}

#[test]
fn another_record_is_not_served_from_the_cache() {
    let config = Config::default();
    let kind = DocKind::Markdown;
    let mut memo = Memo::new();
    let first = record(TRANSCRIPT);
    let _ = seen_held(BASE, kind, &config, Some(&first), Some(&mut memo));
    // The transcript corrected: Brekke said `April`.
    let second = record(&TRANSCRIPT.replace("end of March, and", "end of April, and"));
    assert_eq!(
        seen_held(BASE, kind, &config, Some(&second), Some(&mut memo)),
        seen_held(BASE, kind, &config, Some(&second), None)
    );
    assert_ne!(
        seen_held(BASE, kind, &config, Some(&second), None),
        seen_held(BASE, kind, &config, Some(&first), None)
    );
}

#[test]
fn a_diff_follows_its_quotation_when_text_is_typed_before_it() {
    let rec = record(TRANSCRIPT);
    let config = Config::default();
    let kind = DocKind::Markdown;
    let mut memo = Memo::new();
    let mut text = BASE.to_string();
    let _ = seen_held(&text, kind, &config, Some(&rec), Some(&mut memo));
    text.insert_str(0, "Updated at noon. ");
    let a = copydesk_core::analyze_memo(&text, kind, &config, Some(&rec), &mut memo, &|| false)
        .unwrap();
    let diff = a
        .matches
        .iter()
        .flatten()
        .find(|m| m.kind.as_str() == "misquote")
        .and_then(|m| m.diffs.first())
        .expect("the misquote's diff");
    assert_eq!(&text[diff.draft.clone()], "May");
}

/// A phrase woven into a sentence is credited only when the draft is held to a record: the
/// speakers kept from an analysis with a record are not served to one without, nor the other
/// way round.
#[test]
fn the_woven_phrases_follow_the_record_taken_away_and_given_back() {
    let rec = record(TRANSCRIPT);
    let text = format!(
        "{BASE}\nBrekke called the plan “the winter timetable” on Monday.\n\nThe council meets again in the spring.\n"
    );
    let (kind, config) = (DocKind::Markdown, Config::default());
    // The speaker of the woven phrase, as the analysis gives it.
    let woven = |a: &copydesk_core::Analysis| {
        let i = a
            .quotes
            .quotations
            .iter()
            .position(|q| text[q.range.clone()].contains("winter timetable”"))
            .expect("the woven phrase is a quotation");
        a.people.speaker_name(i)
    };
    let fresh = |r| copydesk_core::analyze_with(&text, kind, &config, r);
    assert_eq!(woven(&fresh(Some(&rec))).as_deref(), Some("Halvor Brekke"));
    assert_eq!(woven(&fresh(None)), None);
    // A letter typed inside an ordinary word between analyses: the keystroke that keeps the
    // last analysis's people.
    let typed = text.replacen("council meets", "council meeets", 1);
    let mut memo = Memo::default();
    for (held, text) in [
        (true, &text),
        (false, &typed),
        (true, &text),
        (false, &typed),
    ] {
        let r = held.then_some(&rec);
        assert_eq!(
            seen_held(text, kind, &config, r, Some(&mut memo)),
            seen_held(text, kind, &config, r, None),
            "held: {held}"
        );
    }
}
