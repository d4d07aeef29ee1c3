//! The quotation rules on drafts written for these tests, with exact expected findings.

use copydesk_core::position::LineIndex;
use copydesk_core::{analyze, fix::apply_edits, Config, DocKind};

const QUOTE_RULES: &[&str] = &["unattributed-quote", "unbalanced-quote"];

/// (rule, flagged text, 1-based line) of the quotation findings.
fn findings(text: &str, kind: DocKind, config: &Config) -> Vec<(&'static str, String, usize)> {
    let ix = LineIndex::new(text);
    analyze(text, kind, config)
        .findings
        .into_iter()
        .filter(|f| QUOTE_RULES.contains(&f.rule.as_str()))
        .map(|f| {
            (
                f.rule.as_str(),
                text[f.range()].to_string(),
                ix.line_col(f.byte_start).0,
            )
        })
        .collect()
}

fn draft(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/drafts/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("test draft exists")
}

#[test]
fn attribution_cases_and_traps() {
    // Cue in the paragraph, context (case 4), colon intro, according to, statements, posts,
    // colon paragraph + running quote (cases 3 and 2), terms, titles, naming cues, apostrophes,
    // partial quotes: only the orphan after the apostrophe paragraph is flagged.
    let text = draft("quotes-attribution.txt");
    assert_eq!(
        findings(&text, DocKind::PlainText, &Config::default()),
        vec![(
            "unattributed-quote",
            "\"Nobody in this town will forget the night the lamp went dark in the storm.\""
                .to_string(),
            11
        )]
    );
}

#[test]
fn strict_mode_flags_context_only_quotes() {
    let text = draft("quotes-attribution.txt");
    let mut config = Config::default();
    config.quotes.strict = true;
    let got: Vec<_> = findings(&text, DocKind::PlainText, &config)
        .into_iter()
        .map(|(_, t, line)| (t.chars().take(20).collect::<String>(), line))
        .collect();
    assert_eq!(
        got,
        vec![
            ("\"Selling it is the o".to_string(), 7),
            ("\"Nobody in this town".to_string(), 11),
            // The partial quote is checked in strict mode; its paragraph has cues.
        ]
    );
}

#[test]
fn markdown_marks_and_non_prose() {
    // Front matter, headings, code, link targets and HTML comments hold quotes that are not
    // prose; guillemets and low-high marks pair; three lone marks are flagged.
    let text = draft("quotes-marks.md");
    assert_eq!(
        findings(&text, DocKind::Markdown, &Config::default()),
        vec![
            ("unbalanced-quote", "“".to_string(), 10),
            ("unbalanced-quote", "”".to_string(), 16),
            ("unbalanced-quote", "“".to_string(), 32),
        ]
    );
}

#[test]
fn reopened_quote_is_explained_and_fixable() {
    // No sentence ends before the new mark: no paragraph break was lost there.
    let text =
        "“We waited two years, and we will wait no longer “Every crew voted,” Mr Ashby added.\n";
    let analysis = analyze(text, DocKind::PlainText, &Config::default());
    let f = &analysis.findings[0];
    assert_eq!(f.rule.as_str(), "unbalanced-quote");
    assert!(
        f.message.contains("before the next quotation opens"),
        "{}",
        f.message
    );
    let (fixed, _) = apply_edits(text, &f.fixes[0].edits);
    assert_eq!(
        fixed,
        "“We waited two years, and we will wait no longer” “Every crew voted,” Mr Ashby added.\n"
    );
    assert!(analyze(&fixed, DocKind::PlainText, &Config::default())
        .findings
        .is_empty());
}

/// The lone marks `copydesk check` reports in `text`, as (mark, the eight bytes after it).
fn lone_marks(text: &str) -> Vec<String> {
    analyze(text, DocKind::PlainText, &Config::default())
        .findings
        .iter()
        .filter(|f| f.rule.as_str() == "unbalanced-quote")
        .map(|f| text[f.range().start..].chars().take(8).collect())
        .collect()
}

#[test]
fn a_quotation_reopened_at_a_sentence_start_runs_on_past_a_lost_paragraph_break() {
    // Paragraphs run together (an export, a flattened page) keep the running quotation's mark
    // at each paragraph's start: a sentence ends, a space, a mark, a capital.
    for text in [
        "\"We have asked the board twice,\" said Odile Marsh, \"and twice it has said no. \"Next month we ask again,\" she added.\n",
        "Halvard Oom told the inquiry: “Nobody checked the valves for a year. “When they did, the seals had perished,” he said.\n",
        "“Why would anyone build there? “The field floods every spring,” said Ines Tarr.\n",
        "“We were told, ‘Wait for the engineer.’ “So we waited,” said Bram Kett.\n",
        "“The vote was 41 to 3! “2,000 members turned out,” the organiser, Una Fiel, said.\n",
    ] {
        assert_eq!(lone_marks(text), Vec::<String>::new(), "{text}");
    }
    // Traps: no sentence end before the mark, no space, a small letter after it, and a quotation
    // never closed at all stay flagged.
    assert_eq!(
        lone_marks(
            "“We have asked twice and been refused “Next month we ask again,” said Odile Marsh.\n"
        ),
        ["“We have"]
    );
    assert_eq!(
        lone_marks("“We have asked twice.“Next month we ask again,” said Odile Marsh.\n").len(),
        1
    );
    assert_eq!(
        lone_marks("“We have asked twice. “next month we ask again,” said Odile Marsh.\n"),
        ["“We have"]
    );
    assert_eq!(
        lone_marks("The vote, said Una Fiel, was “a landslide. It was never close.\n"),
        ["“a lands"]
    );
}

#[test]
fn placeholder_fix_attributes_the_quote() {
    let text =
        "The pier closed in May.\n\n“Each storm takes a little more of the old boards away.”\n";
    let analysis = analyze(text, DocKind::PlainText, &Config::default());
    assert_eq!(analysis.findings.len(), 1);
    let fix = &analysis.findings[0].fixes[0];
    assert!(!fix.safe, "a placeholder must never be applied by --fix");
    let (fixed, _) = apply_edits(text, &fix.edits);
    assert_eq!(
        fixed,
        "The pier closed in May.\n\n“Each storm takes a little more of the old boards away,” [who] said.\n"
    );
    // Once the placeholder is there, the quotation is attributed.
    assert!(analyze(&fixed, DocKind::PlainText, &Config::default())
        .findings
        .is_empty());
}

#[test]
fn question_placeholder_keeps_its_mark() {
    let text = "The pier closed in May.\n\n“Who will pay to rebuild the old pier now?”\n";
    let analysis = analyze(text, DocKind::PlainText, &Config::default());
    let (fixed, _) = apply_edits(text, &analysis.findings[0].fixes[0].edits);
    assert!(fixed.contains("now?” [who] said.\n"), "{fixed}");
}

#[test]
fn crlf_offsets_point_at_the_marks() {
    let text = "Ferry crews walk out\r\n\r\nThe union met on Monday.\r\n\r\n\"Nobody asked us about the new timetable at all.\"\r\n";
    let got = findings(text, DocKind::PlainText, &Config::default());
    assert_eq!(
        got,
        vec![(
            "unattributed-quote",
            "\"Nobody asked us about the new timetable at all.\"".to_string(),
            5
        )]
    );
}

#[test]
fn extra_cues_min_words_and_headings_are_configurable() {
    // `"...," the organiser harrumphed.` is attributed by its shape whatever the verb; away from
    // the quotation an unlisted verb needs `extra_cues`.
    let text = "Dock strike ends\n\nThe organiser harrumphed at the news. \"Back to work on Monday, all of us.\"\n\n\"Cold coffee.\"\n";
    let base = findings(text, DocKind::PlainText, &Config::default());
    // Without the cue, neither the quote nor the one after it is attributed.
    assert_eq!(base.len(), 2, "{base:?}");
    let mut config = Config::default();
    config.quotes.extra_cues = vec!["harrumphed".into()];
    assert!(findings(text, DocKind::PlainText, &config).is_empty());

    // "Cold coffee." has a full stop inside, so it is a quotation; two words are not a term.
    let text = "Intro line that ends here.\n\nNo cue in this paragraph.\n\n\"Cold coffee.\"\n";
    assert_eq!(
        findings(text, DocKind::PlainText, &Config::default()).len(),
        1
    );

    let text = "# \"We will rebuild the pier\" vows the mayor of the town\n\nBody text.\n";
    assert!(findings(text, DocKind::Markdown, &Config::default()).is_empty());
    let mut config = Config::default();
    config.quotes.headings = true;
    config.quotes.extra_cues = vec![];
    // "vows" is a cue, so even a checked heading is attributed.
    assert!(findings(text, DocKind::Markdown, &config).is_empty());
    let text = "# \"We will rebuild the pier for everyone\"\n\nBody text.\n";
    assert_eq!(findings(text, DocKind::Markdown, &config).len(), 1);
}

#[test]
fn suppression_comments_silence_a_rule() {
    let text = "Intro paragraph.\n\n<!-- copydesk-disable-next-line unattributed-quote -->\n\"Nobody asked us about the new timetable at all.\"\n";
    assert!(findings(text, DocKind::Markdown, &Config::default()).is_empty());
}
