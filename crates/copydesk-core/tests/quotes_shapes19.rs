//! Quotations held to the record, probed by class with drafts and transcripts written for
//! these tests: ellipses and brackets, case and punctuation, one word changed, two turns of one
//! speaker, the wrong speaker, a pronoun, a speaker named another way, a quotation not in the
//! record, curly and straight marks, each format of the record, and the traps `unsourced-quote`
//! must leave alone (terms, titles, nicknames, words as words, signs and letters).

use copydesk_core::{analyze_with, Config, DocKind, Record, SourceText};

/// (quoted text, match, speaker credited) of every quotation held to the record.
fn verdicts(files: &[(&str, &str)], draft: &str) -> Vec<(String, &'static str, Option<String>)> {
    let sources: Vec<SourceText> = files
        .iter()
        .map(|(n, t)| SourceText {
            name: (*n).into(),
            text: (*t).into(),
        })
        .collect();
    let (record, errors) = Record::build(&sources);
    assert!(errors.is_empty(), "{errors:?}");
    let a = analyze_with(draft, DocKind::Markdown, &Config::default(), Some(&record));
    a.matches
        .iter()
        .flatten()
        .map(|m| {
            (
                draft[a.quotes.quotations[m.quotation].content.clone()].to_string(),
                m.kind.as_str(),
                m.credited.clone(),
            )
        })
        .collect()
}

/// (rule, flagged text) of the record rules' findings.
fn findings(files: &[(&str, &str)], draft: &str) -> Vec<(&'static str, String)> {
    let sources: Vec<SourceText> = files
        .iter()
        .map(|(n, t)| SourceText {
            name: (*n).into(),
            text: (*t).into(),
        })
        .collect();
    let (record, _) = Record::build(&sources);
    analyze_with(draft, DocKind::Markdown, &Config::default(), Some(&record))
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

const LIBRARY: &str = "\
Interview with Greta Marsh and Councillor Oskar Feeney, 4 May. Invented for the tests.

INTERVIEWER: What happens to the library?

GRETA MARSH: We are going to keep the library open on Saturdays, whatever the budget says.
The volunteers have carried it for three years and they deserve better.

INTERVIEWER: Right.

GRETA MARSH: They will get new shelving before the autumn term starts.

INTERVIEWER: And the swimming pool?

OSKAR FEENEY: The pool closes in August for repairs that nobody budgeted for.
GRETA MARSH: Honestly, the pool was never my decision to make.
";

fn kinds(files: &[(&str, &str)], draft: &str) -> Vec<&'static str> {
    verdicts(files, draft).into_iter().map(|v| v.1).collect()
}

fn library(draft: &str) -> Vec<&'static str> {
    kinds(&[("marsh.txt", LIBRARY)], draft)
}

#[test]
fn a_word_split_or_joined_by_a_hyphen_is_hyphenation() {
    // `no-body` for `nobody`, `re-open` style: the same letters, only a hyphen or a space apart.
    let draft = "# Pool\n\n\"The pool closes in August, for repairs that no-body budgeted for,\" \
                 Oskar Feeney said. \"The volunteers have carried it for three years and they \
                 deserve bet ter,\" Greta Marsh said.\n";
    assert_eq!(library(draft), ["edited", "edited"]);
    assert_eq!(findings(&[("marsh.txt", LIBRARY)], draft), []);
    // Other letters are still another word.
    let changed = draft.replace("no-body", "no-one");
    assert_eq!(
        findings(&[("marsh.txt", LIBRARY)], &changed),
        [(
            "misquote",
            "quotation differs from the record (OSKAR FEENEY, marsh.txt:14): “no-one” where the record has “nobody”".to_string()
        )]
    );
}

#[test]
fn the_words_of_a_sign_or_a_letter_are_not_unsourced() {
    let draft =
        "# Library\n\nA handwritten sign on the door reads \"Closed until further notice by \
                 order of the trust\". The council's letter read: \"The library will close on \
                 weekends from June.\" Her notice to members says \"Meetings move to the church \
                 hall from Monday.\"\n";
    assert_eq!(findings(&[("marsh.txt", LIBRARY)], draft), []);
    // Words read in a statement or said by a person who wrote one are still held to the record.
    let said =
        "# Library\n\nGreta Marsh said in a statement: \"The library will close on weekends \
                from June.\"\n\nOskar Feeney, who wrote the report, said: \"Nobody reads the \
                minutes of the trust any more.\"\n";
    assert_eq!(
        findings(&[("marsh.txt", LIBRARY)], said),
        [
            (
                "unsourced-quote",
                "no passage of the record (`[sources]`) matches this quotation".to_string()
            ),
            (
                "unsourced-quote",
                "no passage of the record (`[sources]`) matches this quotation".to_string()
            ),
        ]
    );
}
