//! A person introduced with an earned title the style keeps on later references (`Dr. Ravi
//! Bhatt`), then named by the surname alone: under a style that wants a courtesy title on later
//! references and none on the first (NYT, the Economist), the later reference takes the first
//! reference's title (`Dr. Bhatt`), never a guessed `Mr.` or `Ms.`, and `--fix` moves the title
//! rather than losing it. Drafts written for these tests, with traps.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{fix::fix_all, Config, DocKind};
use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

fn fixed(text: &str, style: &str) -> String {
    let config = Config {
        style: Some(style.to_string()),
        ..Config::default()
    };
    fix_all(text, DocKind::PlainText, &config).0
}

const CARDIOLOGY: &str = "\
Ward to open in spring

Dr. Ravi Bhatt, a cardiologist at the county hospital, said on Monday that the new ward would \
open in May.

The hospital's board approved the plan on Tuesday, Bhatt said.

Bhatt has led the unit since 2019.
";

#[test]
fn nyt_a_doctors_bare_surname_takes_dr() {
    assert_eq!(
        run(CARDIOLOGY, Some("nyt")),
        vec![
            row("title-style", "Dr.", ""),
            row("title-style", "Bhatt", "Dr. "),
            row("title-style", "Bhatt", "Dr. "),
        ]
    );
    // The fix moves the doctorate to the later references.
    let out = fixed(CARDIOLOGY, "nyt");
    assert!(out.contains("\nRavi Bhatt, a cardiologist"), "{out}");
    assert!(out.contains("on Tuesday, Dr. Bhatt said."), "{out}");
    assert!(out.contains("\nDr. Bhatt has led"), "{out}");
    assert!(!out.contains("Mr."), "{out}");
    // A second run changes nothing.
    assert_eq!(fixed(&out, "nyt"), out);
}

// A woman doctor, a spelled-out `Doctor`, the Economist without points, another surname shape.
const GEOLOGY: &str = "\
Quarry dispute

Doctor Ilse Marwood, who studies landslides at the regional institute, told the inquiry that the \
slope had been moving for years. Marwood said the warnings had gone unread.
";

const ECONOMIST_CLINIC: &str = "\
A clinic in the hills

Dr Oyelaran Tade runs the only clinic for 80km. Tade reckons that half his patients walk a day \
to reach it, and Tade's nurses sleep on the ward.
";

#[test]
fn the_title_comes_from_the_first_reference_in_each_style() {
    let got = run(GEOLOGY, Some("nyt"));
    assert_eq!(got.last(), Some(&row("title-style", "Marwood", "Dr. ")));
    assert!(
        !got.iter().any(|r| r.2.contains("Ms") || r.2.contains("Mr")),
        "{got:?}"
    );
    let out = fixed(ECONOMIST_CLINIC, "economist");
    assert!(out.contains("\nOyelaran Tade runs"), "{out}");
    assert!(out.contains("Dr Tade reckons"), "{out}");
    assert!(!out.contains("Mr Tade"), "{out}");
}

#[test]
fn a_gendered_courtesy_title_on_the_first_reference_moves_too() {
    let text =
        "Ms. Hana Kovac, the bakery's owner, said sales had doubled. Kovac plans a second shop.\n";
    let out = fixed(text, "nyt");
    assert_eq!(
        out,
        "Hana Kovac, the bakery's owner, said sales had doubled. Ms. Kovac plans a second shop.\n"
    );
}

#[test]
fn traps_stay_silent_or_keep_their_findings() {
    // Under styles whose later reference is the surname alone, the bare surname is right.
    for style in ["ap", "reuters", "guardian"] {
        let got = run(CARDIOLOGY, Some(style));
        assert!(!got.iter().any(|r| r.1 == "Bhatt"), "{style}: {got:?}");
    }
    // Clean NYT copy: the doctor named in full without a title, then `Dr.`.
    let clean = "Ravi Bhatt, a cardiologist, said the ward would open. Dr. Bhatt said staff were \
                 ready.\n";
    assert_eq!(run(clean, Some("nyt")), vec![]);
    // A professor is no doctor: her bare surname gets the courtesy title, not `Dr.`.
    let prof = "Prof. Ada Lindqvist, a historian, wrote the report. Lindqvist said it took a \
                year.\n";
    assert!(
        !run(prof, Some("nyt")).iter().any(|r| r.2.contains("Dr")),
        "{:?}",
        run(prof, Some("nyt"))
    );
    // A doctor in a quotation gives the person no title of the draft's own.
    let quoted = "Ravi Bhatt led the unit. \"Dr. Ravi Bhatt saved my son,\" said Ola Brekke. \
                  Bhatt declined to comment.\n";
    assert!(
        !run(quoted, Some("nyt")).iter().any(|r| r.2.contains("Dr")),
        "{:?}",
        run(quoted, Some("nyt"))
    );
    // A namesake: the bare surname two people share is ambiguous-name's, not title-style's.
    let two = "Dr. Ravi Bhatt and his brother Anil Bhatt run the practice. Bhatt said it would \
               close.\n";
    assert!(
        !run(two, Some("nyt")).iter().any(|r| r.1 == "Bhatt"),
        "{:?}",
        run(two, Some("nyt"))
    );
}
