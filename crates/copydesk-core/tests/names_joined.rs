//! Names written joined or apart, a transliteration a letter or two away, and a family name
//! with an `s` more or less: one person spelt two ways when the given names agree, two people
//! when they do not. Every draft is written for these tests, each with its traps.

use copydesk_core::{analyze, Config, DocKind};

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    analyze(text, DocKind::PlainText, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "name-spelling" || f.rule.as_str() == "ambiguous-name")
        .map(|f| {
            (
                f.rule.as_str(),
                text[f.byte_start..f.byte_end].to_string(),
                f.fixes
                    .first()
                    .and_then(|x| x.edits.first())
                    .map(|e| e.replacement.clone()),
            )
        })
        .collect()
}

fn spelt(text: &str, fix: &str) -> (&'static str, String, Option<String>) {
    ("name-spelling", text.to_string(), Some(fix.to_string()))
}

// ---- given names hyphened, spaced or joined ----

#[test]
fn a_hyphened_given_name_held_for_want_of_evidence_meets_its_spaced_form() {
    let d = "Orchestra appoints conductor

Anna-Lou Becker will lead the orchestra from next season.

Anna Lou Becker said she had admired the orchestra since she was a student.
";
    assert_eq!(names(d), vec![spelt("Anna Lou", "Anna-Lou")]);
}

#[test]
fn a_spaced_given_name_held_for_want_of_evidence_meets_its_hyphened_form_not_an_uncle() {
    let d = "Cafe reopens after fire

Pierre Luc Gagnon reopened the cafe on Monday, six months after the fire.

His uncle, Pierre Gagnon, built the counter.

Pierre-Luc Gagnon said the insurers had paid for new ovens.
";
    assert_eq!(names(d), vec![spelt("Pierre-Luc", "Pierre Luc")]);
}

#[test]
fn a_given_name_joined_is_one_person_but_a_father_with_half_of_it_is_another() {
    let d = "Brewery turns 100

Karl-Heinz Brandt, who runs the brewery, said the party would last a week.

His father, Karl Brandt, founded the company's export trade.

Karlheinz Brandt said the beer had not changed since 1950.
";
    assert_eq!(names(d), vec![spelt("Karlheinz", "Karl-Heinz")]);
}

#[test]
fn a_double_given_name_written_apart_then_hyphened_beside_a_sister() {
    let d = "Nurse honoured

Lee Ann Whitcombe, a nurse for thirty years, said the award belonged to her team.

Her sister, Ann Whitcombe, travelled from Leeds for the ceremony.

Lee-Ann Whitcombe said she would go back to work on Monday.
";
    assert_eq!(names(d), vec![spelt("Lee-Ann", "Lee Ann")]);
}
