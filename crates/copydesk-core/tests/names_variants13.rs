//! Whole names written another way in both their parts. German umlauts written out
//! (`Jürgen Schäfer`, `Juergen Schaefer`), Indic `sh`/`s` and a final inherent vowel
//! (`Subhashis Chattopadhyay`, `Subhasis Chattopadhyaya`), and an Arabic name whose first given
//! name is alike but whose middle name after `bin` is romanised another way (`Khalid bin
//! Saeed al-Harthy`, `Khalid bin Said al-Harthi`). Traps: an `e` with no written umlaut
//! (`Michael`, `Michal`; `Manuel`, `Manuela`), another family name with the umlaut written out
//! (`Schäfer`, `Schiefer`), two people named in one sentence, and middle names that are two
//! names. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A German name with both parts' umlauts written out later: one person spelt two ways.
#[test]
fn umlauts_written_out_in_both_names() {
    let d = r#"Orchard harvest

Jürgen Schäfer, who grows apples near Lindau, said the harvest had been late.

Pickers worked through the weekend to bring the fruit in.

Juergen Schaefer said he expected prices to rise.
"#;
    assert_eq!(names(d), vec![spelt("Juergen Schaefer", "Jürgen Schäfer")]);
    let d = r#"Ferry service resumes

Dörte Küppers, who runs the ferry across the lake, said the engines had been repaired.

The crossing takes twenty minutes.

Doerte Kueppers said the first boat would leave at seven.
"#;
    assert_eq!(names(d), vec![spelt("Doerte Kueppers", "Dörte Küppers")]);
    let d = r#"Ferry service resumes

Doerte Kueppers, who runs the ferry across the lake, said the engines had been repaired.

The crossing takes twenty minutes.

Dörte Küppers said the first boat would leave at seven.
"#;
    assert_eq!(names(d), vec![spelt("Dörte Küppers", "Doerte Kueppers")]);
}

/// Only a written umlaut vouches for the `e`: `Michael` and `Michal`, `Rafael` and `Rafal`,
/// `Manuel` and `Manuela` beside a family name spelt another way are two people; and so is
/// `Schiefer` beside `Schäfer` with the given name written out, and two people named in one
/// sentence.
#[test]
fn no_written_umlaut_no_variant() {
    for (first, second) in [
        ("Michael Novak", "Michal Nowak"),
        ("Rafael Nowak", "Rafal Novak"),
        ("Manuel Roessler", "Manuela Rössler"),
        ("Jürgen Schäfer", "Juergen Schiefer"),
        ("Michael Schroeder", "Michal Schröder"),
    ] {
        let d = format!(
            "Orchard harvest\n\n{first}, who grows apples near the lake, said the harvest had \
             been late.\n\nPickers worked through the weekend.\n\n{second} said he expected \
             prices to rise.\n"
        );
        assert_eq!(names(&d), vec![], "{first} / {second}");
    }
    let d = r#"Two growers

Uwe Jäger and Uwe Jaeger both grow apples on the same hill.

Pickers worked through the weekend.

Uwe Jaeger said he expected prices to rise.
"#;
    assert_eq!(names(d), vec![]);
}

/// An Indic name romanised another way in both parts: `sh` for `s` and a family name's final
/// inherent vowel written or left out.
#[test]
fn indic_romanisations_in_both_names() {
    let d = r#"Library reopens in Howrah

Subhashis Chattopadhyay, who chairs the library's trustees, said the reading room had been rebuilt.

More than four thousand books were saved from the flood.

Subhasis Chattopadhyaya said the library would open on Sundays.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Subhasis Chattopadhyaya", "Subhashis Chattopadhyay")]
    );
    let d = r#"Well dug in village

Prakash Upadhyaya, an engineer from the district, led the work.

The well is forty metres deep.

Prakas Upadhyay said the water was clean.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Prakas Upadhyay", "Prakash Upadhyaya")]
    );
}

/// Two Indian given names a letter apart that are both names (`Arun`, `Varun`; `Sunil`,
/// `Sushil`) beside a family name romanised another way, and two people named in one sentence:
/// no finding.
#[test]
fn two_indian_names_stay_apart() {
    for (first, second) in [
        ("Arun Mishra", "Varun Misra"),
        ("Sunil Banerjee", "Sushil Banerji"),
    ] {
        let d = format!(
            "School prize\n\n{first}, who teaches maths in Patna, won the prize.\n\nThe school \
             has 900 pupils.\n\n{second} said the prize would pay for a laboratory.\n"
        );
        assert_eq!(names(&d), vec![], "{first} / {second}");
    }
    let d = r#"Chess final

Sankar Mukhopadhyay beat Shankar Mukhopadhyaya in the final on Sunday.

The match lasted six hours.

Sankar Mukhopadhyay said he had prepared for a year.
"#;
    assert_eq!(names(d), vec![]);
}

/// `bin`, `ibn` and `bint` before a middle name romanised another way, the first given name
/// alike, and the family name romanised too: one person.
#[test]
fn a_middle_name_romanised_after_bin() {
    let d = r#"Port expansion approved

Khalid bin Saeed al-Harthy, the chairman of the port authority, said work would start in March.

The project will double the number of berths.

Khalid bin Said al-Harthi said the cost would be met by the state.
"#;
    assert_eq!(names(d), vec![spelt("Said al-Harthi", "Saeed al-Harthy")]);
    let d = r#"Clinic opens

Mariam bint Ahmed al-Mansoori, the director of the clinic, said it would open next week.

The clinic has forty beds.

Mariam bint Ahmad al-Mansouri said nurses had been hired from abroad.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Ahmad al-Mansouri", "Ahmed al-Mansoori")]
    );
    let d = r#"Clinic opens

Tariq ibn Yousef al-Qahtani, the director of the clinic, said it would open next week.

The clinic has forty beds.

Tariq ibn Yusuf al-Kahtani said nurses had been hired from abroad.
"#;
    assert_eq!(
        names(d),
        vec![spelt("Yusuf al-Kahtani", "Yousef al-Qahtani")]
    );
}

/// Middle names that are two names (`Saeed`, `Sultan`), or two people named in one sentence:
/// no finding.
#[test]
fn two_middle_names_stay_apart() {
    let d = r#"Clinic opens

Khalid bin Saeed al-Harthy, the director of the clinic, said it would open next week.

The clinic has forty beds.

Khalid bin Sultan al-Harthi said nurses had been hired from abroad.
"#;
    assert_eq!(names(d), vec![]);
    let d = r#"Board named

Hamad bin Saeed al-Kaabi and Hamad bin Said al-Kaabi both sit on the board.

The board meets monthly.

Hamad bin Said al-Kaabi said the budget would be published.
"#;
    assert_eq!(names(d), vec![]);
}
