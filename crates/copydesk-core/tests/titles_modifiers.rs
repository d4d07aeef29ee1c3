//! A surname used as a modifier (`Okonkwo aides`, `the Lindqvist government`, `Okonkwo-era
//! contracts`) is no later reference, so styles that want a courtesy title on later references
//! (NYT, Economist) leave it alone; a possessive (`Whitfield's aides`) and a surname before its
//! verb (`Lindqvist left office`) are references. Drafts written for these tests, with their
//! exact title findings (rule, flagged text, replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

fn later(name: &str, title: &str) -> (&'static str, String, String) {
    row("title-style", name, &format!("{title} "))
}

// Traps: a hyphenated compound, a plural role after a determiner opening the sentence, a
// singular role after `former`, and a plural that is a verb (`offers a new date`).
const PORT: &str = "\
Port deal stalls

Maria Okonkwo, the port's director, said on Tuesday that talks had stalled. Ms. Okonkwo said the Okonkwo-era contracts would stand, and Ms. Okonkwo met the unions. Ms. Okonkwo declined to say more.

Later, Okonkwo aides said a deal was close. Several Okonkwo allies were unconvinced, and a former Okonkwo adviser called the plan rushed. Okonkwo offers a new date. Union leaders said Okonkwo never answered them.
";

#[test]
fn a_surname_before_a_role_or_in_a_compound_is_no_reference() {
    assert_eq!(
        run(PORT, Some("nyt")),
        vec![later("Okonkwo", "Ms."), later("Okonkwo", "Ms.")]
    );
    let mut economist = vec![row("title-style", "Ms.", "Ms"); 3];
    economist.extend([later("Okonkwo", "Ms"), later("Okonkwo", "Ms")]);
    assert_eq!(run(PORT, Some("economist")), economist);
}

// Traps: the name before a noun that qualifies a plural person (`government ministers`), a
// compound in `-backed`, and a short past that is a verb, not a noun (`left office`).
const CABINET: &str = "\
Cabinet shake-up

Peter Lindqvist named a new cabinet on Monday. Mr Lindqvist said the Lindqvist government would press on with its budget, and Mr Lindqvist thanked his ministers. Mr Lindqvist spoke for an hour.

Lindqvist government ministers said the plan was sound. Critics said the budget owed much to Lindqvist-backed reforms, and Lindqvist loyalists cheered. Lindqvist left office in 2019 once before. Reporters asked whether Lindqvist knew.
";

#[test]
fn a_government_named_after_its_leader_is_no_reference() {
    assert_eq!(
        run(CABINET, Some("economist")),
        vec![later("Lindqvist", "Mr"), later("Lindqvist", "Mr")]
    );
    let mut nyt = vec![row("title-style", "Mr", "Mr."); 3];
    nyt.extend([later("Lindqvist", "Mr."), later("Lindqvist", "Mr.")]);
    assert_eq!(run(CABINET, Some("nyt")), nyt);
}

// Traps: `The Whitfield administration`, a role before a full name after a comma, `staff
// members`; the possessive and a bare infinitive (`watched Whitfield sign`) are references.
const MAYOR: &str = "\
Mayor under pressure

Dana Whitfield won the mayoral race in May. Ms. Whitfield promised cheaper buses, and Ms. Whitfield kept that promise. Ms. Whitfield said fares would fall again.

The Whitfield administration said on Friday that fares had fallen. On Thursday, Whitfield spokesman Leo Grant said the council agreed. By then Whitfield staff members had left. Campaigners said Whitfield broke a second promise, and Whitfield's aides denied it. Campaigners watched Whitfield sign the order.
";

#[test]
fn a_possessive_and_a_subject_stay_references() {
    assert_eq!(run(MAYOR, Some("nyt")), vec![later("Whitfield", "Ms."); 3]);
    let mut economist = vec![row("title-style", "Ms.", "Ms"); 3];
    economist.extend(vec![later("Whitfield", "Ms"); 3]);
    assert_eq!(run(MAYOR, Some("economist")), economist);
    // Styles without courtesy titles on later references say nothing about the surnames.
    assert_eq!(
        run(MAYOR, Some("bbc"))
            .iter()
            .filter(|r| r.1 == "Whitfield")
            .count(),
        0
    );
}
