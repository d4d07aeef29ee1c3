//! Quotations held to the record within bounds: a record that repeats the same few words, a
//! turn of thousands of words, a whole speech quoted. The work per quotation is bounded (see
//! `sources/quotes.rs`), and these drafts check that the bounds keep the verdicts a reporter
//! expects; `tests/worst_case.rs` checks that the work grows linearly.

use copydesk_core::{analyze_with, Config, DocKind, Record, SourceText};

fn record(text: String) -> Record {
    let (record, errors) = Record::build(&[SourceText {
        name: "harbour-interview.txt".into(),
        text,
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    record
}

/// (quotation, match) of every quotation held to the record.
fn verdicts(draft: &str, record: &Record) -> Vec<(String, &'static str)> {
    let a = analyze_with(draft, DocKind::Markdown, &Config::default(), Some(record));
    a.matches
        .iter()
        .flatten()
        .map(|m| {
            let q = &a.quotes.quotations[m.quotation];
            (draft[q.content.clone()].to_string(), m.kind.as_str())
        })
        .collect()
}

/// The same sentence of common words, said again and again.
fn filler(times: usize) -> String {
    "we will see what the council does about the harbour and the boats ".repeat(times)
}

#[test]
fn a_quotation_is_found_at_the_end_of_a_long_turn_of_common_words() {
    // Its common pairs (`the harbour`, `the boats`) point all over a turn of some 7,000 words;
    // its rare ones at the passage near the end.
    let rec = record(format!(
        "WREN DALGARNO: {}and frankly the pontoon contract was signed in a hurry by the board.\n",
        filler(500)
    ));
    let draft = "Wren Dalgarno, the harbour master, spoke on Friday.\n\n\
        “Frankly the pontoon contract was signed in a hurry by the board,” Dalgarno said.\n";
    assert_eq!(
        verdicts(draft, &rec),
        vec![(
            "Frankly the pontoon contract was signed in a hurry by the board,".to_string(),
            "exact"
        )]
    );
    // One word changed is still a misquote there.
    let changed = draft.replace("in a hurry", "in a rush");
    assert_eq!(verdicts(&changed, &rec)[0].1, "misquote");
}

#[test]
fn every_quotation_of_many_against_a_repetitive_record_gets_a_verdict() {
    // Forty turns of the same words and one with the quoted words: each quotation is held to
    // it, whatever the other turns share with it.
    let mut text = String::new();
    for i in 0..40 {
        let who = if i % 2 == 0 {
            "WREN DALGARNO"
        } else {
            "OSKAR LINDQVIST"
        };
        text.push_str(&format!("{who}: {}\n\n", filler(20)));
    }
    text.push_str("WREN DALGARNO: The dredging starts in April and the quay reopens in June.\n");
    let rec = record(text);
    let mut draft = String::from("Wren Dalgarno and Oskar Lindqvist spoke.\n\n");
    for _ in 0..30 {
        draft.push_str(
            "“The dredging starts in April and the quay reopens in June,” Dalgarno said.\n\n",
        );
    }
    draft.push_str("“The dredging starts in May,” Dalgarno said.\n");
    let v = verdicts(&draft, &rec);
    assert_eq!(v.len(), 31);
    assert!(v[..30].iter().all(|(_, k)| *k == "exact"), "{v:?}");
    assert_eq!(v[30].1, "misquote");
}

#[test]
fn a_speech_quoted_whole_is_not_held_word_by_word() {
    // More than 400 words inside one pair of marks is a document, not a quotation: no verdict,
    // and so no `unsourced-quote` for it; a quotation beside it is held as before.
    let speech = filler(40);
    let rec = record(format!(
        "WREN DALGARNO: {speech}\n\nWREN DALGARNO: The moorings will cost more next year.\n"
    ));
    let draft = format!(
        "Wren Dalgarno read a statement.\n\n“{}” she said.\n\n\
         “The moorings will cost more next year,” Dalgarno said.\n",
        speech.trim_end()
    );
    let a = analyze_with(&draft, DocKind::Markdown, &Config::default(), Some(&rec));
    let held: Vec<&str> = a
        .matches
        .iter()
        .flatten()
        .map(|m| m.kind.as_str())
        .collect();
    assert_eq!(held, vec!["exact"]);
    assert!(
        !a.findings
            .iter()
            .any(|f| f.rule.as_str() == "unsourced-quote"),
        "{:?}",
        a.findings
    );
}
