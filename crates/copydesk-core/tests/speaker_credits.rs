//! Who said a pull quote credited after a dash (`— Idris Quayle, spokesman`, `-- a skipper from
//! Kilbride`), on its own line or after the quotation: the credit's words, as the ledger and
//! the record's `misattributed-quote` read them; and who a speaker described by a role is when
//! the role was set off before a title and a name. Drafts written for these tests.

use copydesk_core::{analyze, analyze_with, Config, DocKind, Record, SourceText};

/// The speakers of a Markdown draft's quotations (plain text reads a last line with no full
/// stop as a headline).
fn who(text: &str) -> Vec<Option<String>> {
    let a = analyze(text, DocKind::Markdown, &Config::default());
    (0..a.quotes.quotations.len())
        .filter(|&i| a.quotes.quotations[i].kind == copydesk_core::quotes::QuoteKind::Quotation)
        .map(|i| a.people.speaker_name(i))
        .collect()
}

fn some(names: &[&str]) -> Vec<Option<String>> {
    names.iter().map(|n| Some(n.to_string())).collect()
}

#[test]
fn a_credit_line_under_a_quotation_names_its_speaker() {
    let text = "The harbour trust met the crews on Friday.\n\n\"The channel silts up every winter and nobody pays to clear it.\"\n\n— Idris Quayle, spokesman for the crews\n";
    assert_eq!(who(text), some(&["Idris Quayle"]));
    // A surname alone names the person introduced before.
    let text = "Wenna Saltash skippers the Morwenna out of Looe.\n\n\"Another winter like this one and the boats leave for good.\"\n\n-- Saltash\n";
    assert_eq!(who(text), some(&["Wenna Saltash"]));
    // With an en dash, and a title before the name.
    let text = "The ferry will not sail until March.\n\n“We have written to the minister four times this year.”\n\n– Councillor Bryony Tallack\n";
    assert_eq!(who(text), some(&["Bryony Tallack"]));
}

#[test]
fn a_credit_after_the_quotation_in_its_paragraph_names_its_speaker() {
    let text = "Oskar Brenn runs the boatyard.\n\n\"Nobody has ordered a new hull here since the war.\" — Oskar Brenn\n";
    assert_eq!(who(text), some(&["Oskar Brenn"]));
    let text =
        "\"Every order we take now is a repair, never a new boat.\" — Lowri Penhale, boatwright\n";
    assert_eq!(who(text), some(&["Lowri Penhale"]));
}

#[test]
fn a_credit_that_describes_its_speaker_gives_the_description() {
    let text = "The crews voted on Sunday.\n\n\"We are tired of asking the trust for the same thing every year.\"\n\n— a skipper from Kilbride\n";
    assert_eq!(who(text), some(&["a skipper from Kilbride"]));
    let text = "The crews voted on Sunday.\n\n\"We are tired of asking the trust for the same thing every year.\"\n\n— one of the harbour pilots\n";
    assert_eq!(who(text), some(&["one of the harbour pilots"]));
    let text = "The crews voted on Sunday.\n\n“We are tired of asking the trust for the same thing every year.” -- one skipper\n";
    assert_eq!(who(text), some(&["one skipper"]));
    // A count of things credits no one.
    let text = "The crews voted on Sunday.\n\n“We are tired of asking the trust for the same thing every year.”\n\n— one of the boats\n";
    assert_eq!(who(text), vec![None]);
}

#[test]
fn a_pull_quote_credited_to_someone_else_than_the_record_says_is_misattributed() {
    let (record, errors) = Record::build(&[SourceText {
        name: "trust.txt".into(),
        text: "FENNA ROOS: The channel silts up every winter and nobody pays to clear it.\nIDRIS QUAYLE: We asked for the dredger in March and heard nothing back.\n".into(),
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    let rules = |text: &str| -> Vec<&'static str> {
        analyze_with(text, DocKind::Markdown, &Config::default(), Some(&record))
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .filter(|r| r.contains("quote"))
            .collect()
    };
    let draft = |credit: &str| {
        format!("Fenna Roos chairs the harbour trust; Idris Quayle speaks for the crews.\n\n\"The channel silts up every winter and nobody pays to clear it.\"\n\n— {credit}\n")
    };
    assert_eq!(rules(&draft("Idris Quayle")), ["misattributed-quote"]);
    assert_eq!(rules(&draft("Fenna Roos")), Vec::<&str>::new());
    assert_eq!(
        rules(&draft("Roos, chair of the trust")),
        Vec::<&str>::new()
    );
}

/// The quotation rules' findings on a Markdown draft held to a record of one meeting.
fn against_meeting(text: &str) -> Vec<&'static str> {
    let (record, errors) = Record::build(&[SourceText {
        name: "meeting.txt".into(),
        text: "Tomas Brell: We have eighteen months of money left in the reserve.\nDora Fenn: The contract was signed before I arrived.\n".into(),
    }]);
    assert!(errors.is_empty(), "{errors:?}");
    analyze_with(text, DocKind::Markdown, &Config::default(), Some(&record))
        .findings
        .iter()
        .map(|f| f.rule.as_str())
        .filter(|r| r.contains("quote"))
        .collect()
}

#[test]
fn a_role_set_off_before_a_title_and_a_name_is_that_persons() {
    // `the chair` is Lina Haddad, so words Tomas Brell said are misattributed to her.
    let text = "The committee chair, Councillor Lina Haddad, clashed with Tomas Brell on Tuesday.\n\n\"We have eighteen months of money left in the reserve,\" the chair warned.\n";
    assert_eq!(against_meeting(text), ["misattributed-quote"]);
    let text = "The union's general secretary, Dr Amos Kell, met Tomas Brell.\n\n\"We have eighteen months of money left in the reserve,\" the general secretary said.\n";
    assert_eq!(against_meeting(text), ["misattributed-quote"]);
    let text = "Its chief executive, Mrs Dora Fenn, and Tomas Brell gave evidence.\n\n\"The contract was signed before I arrived,\" the chief executive said.\n";
    assert_eq!(against_meeting(text), Vec::<&str>::new());
    // Trap: a role that opens no clause of its own is no appositive (`Asked about the chair,
    // Councillor Haddad said`): `the chair` stays unknown, so nothing is misattributed.
    let text = "Asked about the chair, Councillor Lina Haddad said nothing to Tomas Brell.\n\n\"We have eighteen months of money left in the reserve,\" the chair warned.\n";
    assert_eq!(against_meeting(text), Vec::<&str>::new());
}
