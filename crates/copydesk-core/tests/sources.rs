//! Quotations held to the record: made-up transcripts (tests/sources/) with the traps the
//! conventions set: an ellipsis, two speakers saying nearly the same words, a quotation running
//! over another speaker's interjection, captions with timings, `10` / `ten`.

use copydesk_core::{analyze_with, Analysis, Config, DocKind, Record, SourceText};

fn record() -> Record {
    let (record, errors) = Record::build(&[
        SourceText {
            name: "interview.txt".into(),
            text: include_str!("sources/interview.txt").into(),
        },
        SourceText {
            name: "council.vtt".into(),
            text: include_str!("sources/council.vtt").into(),
        },
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    record
}

fn check(text: &str) -> Analysis {
    analyze_with(text, DocKind::Markdown, &Config::default(), Some(&record()))
}

/// (rule, flagged text) of the record rules' findings.
fn findings(text: &str) -> Vec<(&'static str, String)> {
    check(text)
        .findings
        .into_iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "misquote" | "misattributed-quote" | "unsourced-quote"
            )
        })
        .map(|f| (f.rule.as_str(), text[f.range()].to_string()))
        .collect()
}

/// (match, source place) of every checked quotation.
fn verdicts(text: &str) -> Vec<(String, &'static str, String)> {
    let a = check(text);
    a.matches
        .iter()
        .flatten()
        .map(|m| {
            let q = &a.quotes.quotations[m.quotation];
            (
                text[q.content.clone()].to_string(),
                m.kind.as_str(),
                m.passage
                    .as_ref()
                    .map(|p| p.short_place())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_clean_draft_holds_to_the_record() {
    let text = include_str!("sources/clean.md");
    assert_eq!(findings(text), []);
    let v: Vec<(&str, String)> = verdicts(text).into_iter().map(|(_, k, p)| (k, p)).collect();
    let want = [
        // A partial quotation: part of a turn, the dropped `er` before it.
        ("exact", "interview.txt:7"),
        // An ellipsis trims the middle of a sentence; the leading `Um` is dropped.
        ("edited", "interview.txt:6"),
        // `10 million` for `ten million`, `eighty-one` for `81`: style edits.
        ("edited", "interview.txt:15"),
        ("edited", "interview.txt:16"),
        // Runs on over the interviewer's `Mm-hm.` into Fell's next turn.
        ("edited", "interview.txt:7"),
        // Two speakers, nearly the same words: each quotation finds its own speaker.
        ("exact", "interview.txt:18"),
        ("exact", "interview.txt:21"),
        // Captions: two cues of one voice are one turn; the place is the cue time.
        ("exact", "council.vtt 01:23"),
        ("exact", "council.vtt 01:26"),
        // `[The engineers]` stands in for `They`.
        ("edited", "interview.txt:11"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|(k, p)| (*k, p.to_string())).collect();
    assert_eq!(v, want);
}

#[test]
fn the_wrong_draft_is_flagged_exactly() {
    let text = include_str!("sources/wrong.md");
    let a = check(text);
    let got: Vec<(&str, &str, &str)> = a
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "misquote" | "misattributed-quote" | "unsourced-quote"
            )
        })
        .map(|f| (f.rule.as_str(), &text[f.range()], f.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "misquote",
                "\"We will reopen the bridge by the summer,\"",
                "quotation differs from the record (DIANA FELL, interview.txt:6): “summer” where the record has “spring”"
            ),
            (
                "misquote",
                "\"The council found ten million pounds for the work,\"",
                "quotation differs from the record (DIANA FELL, interview.txt:15): “has” is left out with no ellipsis"
            ),
            (
                "misattributed-quote",
                "\"We will not raise fares next year,\"",
                "quotation credited to Lina Haddad, but in the record these words are DIANA FELL's (interview.txt:21)"
            ),
            (
                "unsourced-quote",
                "\"Nobody told us the ferry would stop,\"",
                "no passage of the record (`[sources]`) matches this quotation"
            ),
            (
                "misattributed-quote",
                "\"The timetable was posted in January,\"",
                "quotation credited to Lina Haddad, but in the record these words are Tom Ward's (council.vtt:15 (02:10))"
            ),
        ]
    );
    let severities: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.rule.as_str().ends_with("quote") && f.rule.as_str() != "unattributed-quote")
        .map(|f| f.severity.as_str())
        .collect();
    assert_eq!(
        severities,
        ["warning", "warning", "warning", "info", "warning"]
    );
    // The fixes restore the record's words and are never applied blindly.
    let fixes: Vec<String> = a
        .findings
        .iter()
        .filter(|f| f.rule.as_str() == "misquote")
        .map(|f| {
            assert!(!f.fixes[0].safe);
            copydesk_core::fix::apply_edits(text, &f.fixes[0].edits)
                .0
                .lines()
                .nth(text[..f.byte_start].matches('\n').count())
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        fixes,
        [
            "\"We will reopen the bridge by the spring,\" Ms Fell said.",
            "\"The council has found ten million pounds for the work,\" she added."
        ]
    );
    // Related information points at the passage in the transcript, with the cue time for captions.
    let related: Vec<String> = a
        .findings
        .iter()
        .flat_map(|f| &f.related)
        .filter_map(|r| r.source.as_ref())
        .map(|p| format!("{}:{}-{} {:?}", p.path, p.line, p.end_line, p.cue))
        .collect();
    assert_eq!(
        related,
        [
            "interview.txt:6-6 None",
            "interview.txt:15-15 None",
            "interview.txt:21-21 None",
            "council.vtt:15-15 Some(\"02:10\")"
        ]
    );
}

/// Findings of the record rules for a one-paragraph draft against a one-turn record.
fn against(record: &str, draft: &str) -> Vec<(&'static str, String)> {
    let (record, errors) = Record::build(&[SourceText {
        name: "record.txt".into(),
        text: record.into(),
    }]);
    assert!(errors.is_empty());
    analyze_with(draft, DocKind::PlainText, &Config::default(), Some(&record))
        .findings
        .into_iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "misquote" | "misattributed-quote" | "unsourced-quote"
            )
        })
        .map(|f| (f.rule.as_str(), f.message))
        .collect()
}

const RECORD: &str = "MAYA ROSS: We counted ten boats in the harbour, and three of them were sinking.\nTOM WARD: The harbour is fine.\n";

#[test]
fn what_the_conventions_allow() {
    for draft in [
        "\"We counted 10 boats in the harbour,\" Maya Ross said.",
        "\"we counted TEN boats in the harbour\" Maya Ross said.",
        "\"We counted ten boats … three of them were sinking,\" Ross said.",
        "\"We counted ten boats in the harbour and three of them were sinking,\" Ross said.",
        "Ross said \"three of them were sinking\".",
        "\"We counted ten boats in the\nharbour,\" Ross said.",
        "“We counted ten boats in the harbour, and [three boats] were sinking,” Ross said.",
    ] {
        assert_eq!(against(RECORD, draft), [], "{draft}");
    }
}

#[test]
fn what_they_do_not() {
    let m = |d: &str| against(RECORD, d);
    assert_eq!(
        m("\"We counted twelve boats in the harbour,\" Maya Ross said."),
        [("misquote", "quotation differs from the record (MAYA ROSS, record.txt:1): “twelve” where the record has “ten”".to_string())]
    );
    assert_eq!(
        m("\"We counted ten boats in harbour,\" Maya Ross said."),
        [("misquote", "quotation differs from the record (MAYA ROSS, record.txt:1): “the” is left out with no ellipsis".to_string())]
    );
    assert_eq!(
        m("\"We counted ten sinking boats in the harbour,\" Maya Ross said."),
        [("misquote", "quotation differs from the record (MAYA ROSS, record.txt:1): “sinking” is not in the record".to_string())]
    );
    // Reordered words.
    assert_eq!(
        m("\"In the harbour we counted ten boats,\" Ross said.").len(),
        1
    );
    // The right words, the wrong speaker; a role label is never a different person.
    assert_eq!(
        m("\"The harbour is fine,\" said Maya Ross."),
        [("misattributed-quote", "quotation credited to Maya Ross, but in the record these words are TOM WARD's (record.txt:2)".to_string())]
    );
    assert_eq!(
        against(
            "Q: The harbour is fine.\n",
            "\"The harbour is fine,\" said Maya Ross."
        ),
        []
    );
    assert_eq!(
        m("\"Nothing was sinking at all,\" said Maya Ross."),
        [(
            "unsourced-quote",
            "no passage of the record (`[sources]`) matches this quotation".to_string()
        )]
    );
}

#[test]
fn an_ellipsis_may_not_join_two_turns() {
    let record = "MAYA ROSS: We counted ten boats.\nTOM WARD: Really?\nMAYA ROSS: Three of them were sinking.\n";
    assert_eq!(
        against(
            record,
            "\"We counted ten boats. Three of them were sinking,\" Ross said."
        ),
        []
    );
    assert_eq!(
        against(
            record,
            "\"We counted ten boats ... three of them were sinking,\" Ross said."
        )
        .len(),
        1
    );
}

#[test]
fn no_sources_no_findings() {
    let text = include_str!("sources/wrong.md");
    let a = copydesk_core::analyze(text, DocKind::Markdown, &Config::default());
    assert!(a.matches.is_empty());
    assert!(!a
        .findings
        .iter()
        .any(|f| f.rule.as_str().starts_with("mis") || f.rule.as_str() == "unsourced-quote"));
    // Terms and titles are never held to the record.
    assert_eq!(
        against(RECORD, "Ross called it a \"complete fiasco\" and left."),
        []
    );
}

/// Pieces of drafts and transcripts that stress the record's parsers and the alignment.
fn piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    proptest::sample::select(vec![
        "\"",
        "“",
        "”",
        "’",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "...",
        "…",
        "[",
        "]",
        "[the council]",
        "said",
        "Maya Ross",
        "ROSS:",
        "TOM WARD:",
        "Q:",
        "um,",
        "er",
        "ten",
        "10",
        "eighty-one",
        "1,000",
        "1.5 million",
        "per cent",
        "%",
        "boats",
        "harbour",
        "the",
        "in",
        "we counted",
        "WEBVTT",
        "00:00:01.000 --> 00:00:02.000",
        "<v Tom Ward>",
        "</v>",
        "<i>",
        "&amp;",
        "1",
        "00:00:01,000 --> 00:00:02,000",
        "-->",
        "😀",
        "北京",
        "é",
        "e\u{301}",
    ])
    .prop_map(str::to_string)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any draft against any record (in every format): no panic, ranges on char boundaries.
    #[test]
    fn any_draft_against_any_record(
        draft in proptest::collection::vec(piece(), 0..60),
        record in proptest::collection::vec(piece(), 0..80),
    ) {
        let draft = draft.concat();
        let record = record.concat();
        let sources: Vec<SourceText> = ["r.txt", "r.md", "r.vtt", "r.srt"]
            .iter()
            .map(|n| SourceText { name: n.to_string(), text: record.clone() })
            .collect();
        let (record, _) = Record::build(&sources);
        let a = analyze_with(&draft, DocKind::Markdown, &Config::default(), Some(&record));
        for f in &a.findings {
            proptest::prop_assert!(draft.is_char_boundary(f.byte_start) && draft.is_char_boundary(f.byte_end));
            for fix in &f.fixes {
                for e in &fix.edits {
                    proptest::prop_assert!(e.byte_start <= e.byte_end && e.byte_end <= draft.len());
                    proptest::prop_assert!(draft.is_char_boundary(e.byte_start) && draft.is_char_boundary(e.byte_end));
                }
            }
        }
    }
}
