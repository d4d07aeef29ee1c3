//! A credit after a dash that gives the speaker's role in lowercase before the name, as AP
//! writes it (`— council leader Amy Stroud`, `— chief executive Lena Sorvik`), credits the
//! quotation, after it in its paragraph or on a line of its own under a pull quote, and names
//! the speaker; a lowercase phrase that names no person (`— the end of the season`) and a
//! caption (`— photo Hal Brody`) credit no one. Drafts of a flood written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::findings;

/// The quotations' speakers of Markdown `text` (a plain-text line with no sentence end is a
/// headline), after checking that nothing is flagged.
fn said_by(text: &str, who: &[Option<&str>]) {
    assert!(findings(text, DocKind::Markdown).is_empty(), "{text}");
    let a = analyze(text, DocKind::Markdown, &Config::default());
    let got: Vec<Option<String>> = (0..a.quotes.quotations.len())
        .map(|i| a.people.speaker_name(i))
        .collect();
    let want: Vec<Option<String>> = who.iter().map(|w| w.map(str::to_string)).collect();
    assert_eq!(got, want, "{text}");
}

/// `quote` is the one unattributed quotation of Markdown `text`.
fn orphan(text: &str, quote: &str) {
    assert_eq!(
        findings(text, DocKind::Markdown),
        vec![("unattributed-quote", quote.to_string())],
        "{text}"
    );
}

const Q: &str = "\"We will help every family the water reached, whatever it takes.\"";

#[test]
fn a_lowercase_role_before_the_name_credits_the_quotation() {
    for (credit, who) in [
        ("council leader Amy Stroud", "Amy Stroud"),
        ("chief executive Lena Sorvik", "Lena Sorvik"),
        ("mill owner Hal Brody", "Hal Brody"),
        ("flood warden Tomas Eke", "Tomas Eke"),
        ("head teacher Ruth Ingram", "Ruth Ingram"),
    ] {
        said_by(
            &format!("The river burst its banks at Ashby.\n\n{Q} — {credit}\n"),
            &[Some(who)],
        );
        said_by(
            &format!("The river burst its banks at Ashby.\n\n> {Q}\n>\n> — {credit}\n"),
            &[Some(who)],
        );
    }
}

#[test]
fn a_lowercase_phrase_that_names_no_one_credits_nothing() {
    for credit in [
        "the end of the season",
        "photo Hal Brody",
        "after the flood",
    ] {
        orphan(
            &format!("The river burst its banks at Ashby.\n\n{Q} — {credit}\n"),
            Q,
        );
    }
}
