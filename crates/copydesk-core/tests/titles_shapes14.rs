//! Title classes judged like with like: a title whose short form goes only with a full name
//! (`Gov.`, `Sen.`, `Rep.`, `Lt. Gov.`) spelled out before the full name and then abbreviated
//! before the surname alone is one draft writing the same title two ways, the reverse of every
//! house's habit. And a later reference given the courtesy title its style wants takes the
//! one the draft's own pronouns tell (`Brandt said she would`), not a guess from the given
//! name. Drafts written for these tests, with their exact title findings (rule, flagged text,
//! replacement of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::titles as run;

/// (flagged text, the courtesy titles its fixes offer) of the later-reference findings.
fn offered(text: &str, style: &str) -> Vec<(String, Vec<String>)> {
    let config = Config {
        style: Some(style.to_string()),
        ..Config::default()
    };
    analyze(text, DocKind::PlainText, &config)
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "title-style" && f.message.contains("later reference"))
        .map(|f| {
            let forms = f
                .fixes
                .iter()
                .map(|x| x.edits[0].replacement.trim().to_string())
                .collect();
            (text[f.range()].to_string(), forms)
        })
        .collect()
}

fn forms(name: &str, titles: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        titles.iter().map(|t| t.to_string()).collect(),
    )
}

fn same(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-consistency", text.to_string(), fix.to_string())
}

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// Spelled out before the full name, abbreviated before the surname: each later short form is
// flagged, with the spelled-out form as its fix. Trap: the same short form in a quotation.
const SHORTENED: &str = "\
Levee vote delayed

Senator Maren Oakes said on Thursday that the levee bill would wait. Representative Tull Varga agreed with her.

Lieutenant Governor Pia Sandoval chaired the hearing. Lt. Gov. Sandoval later said the delay was a mistake.

Sen. Oakes told reporters the money was there. Rep. Varga was not so sure, and Senator Oakes did not reply.

\"Sen. Oakes has the votes,\" said an aide, Caleb Rudd.
";

#[test]
fn a_title_spelled_out_with_the_full_name_is_not_shortened_with_the_surname() {
    let want = vec![
        same("Lt. Gov.", "Lieutenant Governor"),
        same("Sen.", "Senator"),
        same("Rep.", "Representative"),
    ];
    // The styles that leave the abbreviation before a surname to the draft.
    for house in [None, Some("nyt"), Some("reuters")] {
        assert_eq!(run(SHORTENED, house), want, "{house:?}");
    }
}

#[test]
fn a_style_that_decides_the_abbreviation_reports_it_alone() {
    // Chicago spells the title out before a surname: its own finding, not a second one.
    assert_eq!(
        run(SHORTENED, Some("chicago")),
        vec![
            style("Senator", "Sen."),
            style("Representative", "Rep."),
            style("Lieutenant Governor", "Lt. Gov."),
            style("Lt. Gov.", "Lieutenant Governor"),
            style("Sen.", "Senator"),
            style("Rep.", "Representative"),
        ]
    );
    // AP abbreviates before the full name: the spelled-out form it flags sets no habit.
    assert_eq!(
        run(SHORTENED, Some("ap")),
        vec![
            style("Senator", "Sen."),
            style("Representative", "Rep."),
            style("Lieutenant Governor", "Lt. Gov."),
            same("Senator", "Sen."),
        ]
    );
}

// The flagged short form sets no habit for the surname: a later spelled-out `Governor Brandt`
// is right and stays unflagged.
#[test]
fn the_flagged_short_form_sets_no_habit() {
    let text = "\
Drought order signed

Governor Lise Brandt signed the drought order on Monday. Gov. Brandt said the reservoirs were at a record low.

Farmers met Governor Brandt on Tuesday.
";
    assert_eq!(run(text, None), vec![same("Gov.", "Governor")]);
}

// Traps: abbreviated with the full name and spelled out with the surname (Chicago's habit);
// one form for both; ranks of the forces, which British copy spells out first and shortens
// later (`Lieutenant Colonel`, then `Lt Col`).
#[test]
fn the_houses_own_habits_are_not_flagged() {
    let text = "\
Levee vote delayed

Sen. Maren Oakes said on Thursday that the levee bill would wait, and Rep. Tull Varga agreed.

Senator Oakes told reporters the money was there. Representative Varga was not so sure.

Lieutenant Colonel Idris Fane of the engineers said the levee would hold. Lt Col Fane inspected it on Friday.

Governor Lise Brandt signed the order, and Governor Brandt thanked the crews.
";
    assert_eq!(run(text, None), vec![]);
    assert_eq!(run(text, Some("reuters")), vec![]);
}

// A later reference by the surname alone under a style that wants a courtesy title: the
// pronoun after a mention that opens its sentence tells which, and only that one is offered
// (never applied by `--fix`). Traps: a pronoun after a mention in the object (`praised
// Teague, and he left`: the pronoun is the subject's), a possessive that is another's
// (`thanked a neighbour for her flour`), a pronoun inside a quotation, another name between,
// and a person with no pronoun (both offered, the given name's guess first).
const PRONOUNS: &str = "\
Bakery wins award

Rowan Teague and Kit Ashdown opened the bakery in 2019. Teague said she had saved for a decade.

Ashdown runs the ovens. Ashdown, whose father was a miller, said he baked for two days. Ashdown thanked a neighbour for her flour.

Jordan Pell, the judge, called it the best in the county. Pell said the crust won \"her over\". Pell later praised Teague, and he left.
";

#[test]
fn a_later_reference_takes_the_courtesy_title_its_pronoun_tells() {
    for (house, ms, mr) in [("nyt", "Ms.", "Mr."), ("economist", "Ms", "Mr")] {
        assert_eq!(
            offered(PRONOUNS, house),
            vec![
                forms("Teague", &[ms]),
                forms("Ashdown", &[mr]),
                forms("Ashdown", &[mr]),
                forms("Ashdown", &[mr]),
                forms("Pell", &[mr, ms]),
                forms("Pell", &[mr, ms]),
                forms("Teague", &[ms]),
            ],
            "{house}"
        );
    }
}

// The pronoun wins over the given name's guess, and pronouns that disagree tell nothing.
#[test]
fn the_pronoun_wins_over_the_given_name_and_disagreement_tells_nothing() {
    let text = "\
Harbour reopens

Governor Lise Brandt and Tobin Rask toured the harbour on Monday.

Brandt said he would sign the order. Rask said she was pleased. Rask thanked the crews, and he left early.
";
    assert_eq!(
        offered(text, "nyt"),
        vec![
            forms("Brandt", &["Mr."]),
            forms("Rask", &["Mr.", "Ms."]),
            forms("Rask", &["Mr.", "Ms."])
        ]
    );
}
