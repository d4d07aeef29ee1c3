//! Title judgements of a later reference's shape: a surname qualifying an adjective and a noun
//! (`the new Varga spending plan`, `Varga fiscal targets`) is no reference; a firm named after
//! someone, someone dead or a figure of history takes no courtesy title (`Pell's said`, `the
//! late Harold Winslow`, `published in 1767`); a person called `Dr.` and later `Mr.` is told.
//! Drafts written for these tests, with their exact title findings (rule, flagged text,
//! replacements of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn row(rule: &'static str, text: &str, rep: &str) -> (&'static str, String, String) {
    (rule, text.to_string(), rep.to_string())
}

fn later(name: &str, title: &str) -> (&'static str, String, String) {
    row("title-style", name, &format!("{title} "))
}

fn points(n: usize, written: &str, fixed: &str) -> Vec<(&'static str, String, String)> {
    vec![row("title-style", written, fixed); n]
}

// Traps: the surname after a determiner and an adjective, before an adjective by its ending,
// before a bare noun and a plural with its verb, before an `-ly` adjective and its noun's
// verb; the subject of `said` and of an adverb in `-ly` and its verb are references.
const BUDGET: &str = "\
Budget row

Tomas Varga became finance minister in March. Mr. Varga promised lower taxes, and Mr. Varga kept the promise. Mr. Varga spoke on Thursday. Mr. Varga left early.

The new Varga spending plan was cut twice. Economists doubted Varga fiscal targets, and Varga economic advisers quit. Varga tax cuts were popular. Varga early decisions were praised. Varga said the rule would stay. Varga quickly defended the cuts.
";

#[test]
fn a_surname_before_an_adjective_and_a_noun_is_no_reference() {
    assert_eq!(run(BUDGET, Some("nyt")), vec![later("Varga", "Mr."); 2]);
    let mut economist = points(4, "Mr.", "Mr");
    economist.extend(vec![later("Varga", "Mr"); 2]);
    assert_eq!(run(BUDGET, Some("economist")), economist);
}

// Traps: a form in `-ing` after a name opening its sentence, a name after `A bold`, an
// adjective with no telling ending before a noun and `was`; `rarely speaks` is a reference.
const PORT: &str = "\
Port dispute

Nadia Okonkwo runs the harbour board. Ms Okonkwo met the dockers on Monday, and Ms Okonkwo promised a new deal. Ms Okonkwo was cheered. Ms Okonkwo left at noon.

Okonkwo spending cuts were blamed for the strike. A bold Okonkwo pension offer followed, and Okonkwo maritime policy was dropped. Okonkwo rarely speaks to the press.
";

#[test]
fn a_surname_opening_a_noun_phrase_is_no_reference() {
    let mut nyt = points(4, "Ms", "Ms.");
    nyt.push(later("Okonkwo", "Ms."));
    assert_eq!(run(PORT, Some("nyt")), nyt);
    assert_eq!(run(PORT, Some("economist")), vec![later("Okonkwo", "Ms")]);
}

// A thinker dated by a year before 1900 just after his name; the economist quoted today keeps
// her courtesy title, though she speaks of him.
const MORALS: &str = "\
Markets and morals

Adam Ferguson published his essay on civil society in 1767. Ferguson feared that trade made citizens soft. Rosa Delgado, an economist at the central bank, said on Monday that Ferguson was right. Ms. Delgado said markets needed rules, and Ms. Delgado warned of bubbles. Delgado added that reform was overdue.
";

#[test]
fn a_figure_of_history_takes_no_courtesy_title() {
    assert_eq!(run(MORALS, Some("nyt")), vec![later("Delgado", "Ms.")]);
    let mut economist = points(2, "Ms.", "Ms");
    economist.push(later("Delgado", "Ms"));
    assert_eq!(run(MORALS, Some("economist")), economist);
}

// `The late Harold Winslow`: dead, he is named by his surname; his nephew is not.
const ESTATE: &str = "\
Estate sold

The late Harold Winslow left his estate to the town. Winslow wanted a school there. His nephew, Paul Ferris, said on Friday that the house would be sold. Mr. Ferris said the town agreed, and Mr. Ferris signed the papers. Ferris said Winslow would have approved.
";

#[test]
fn someone_the_draft_calls_the_late_takes_no_courtesy_title() {
    assert_eq!(run(ESTATE, Some("nyt")), vec![later("Ferris", "Mr.")]);
    let mut economist = points(2, "Mr.", "Mr");
    economist.push(later("Ferris", "Mr"));
    assert_eq!(run(ESTATE, Some("economist")), economist);
}

// A grocer named after its founder writes its name possessive before its verb (`Pell's
// said`); the union official born in 1968 is living.
const GROCER: &str = "\
Grocer cuts jobs

Harriet Pell said on Monday that it would close 40 stores. Pell's said the closures would cost 900 jobs. Omar Reyes, a union official who was born in 1968, said the cuts were brutal. Mr. Reyes said workers had no warning, and Mr. Reyes called for talks. Reyes said Pell had ignored the union.
";

#[test]
fn a_firm_in_its_possessive_form_takes_no_courtesy_title() {
    assert_eq!(run(GROCER, Some("nyt")), vec![later("Reyes", "Mr.")]);
    let mut economist = points(2, "Mr.", "Mr");
    economist.push(later("Reyes", "Mr"));
    assert_eq!(run(GROCER, Some("economist")), economist);
}

// `Arthur Marsh, the accounting firm,`: an appositive headed by an organisation's noun.
const AUDIT: &str = "\
Audit fine

Regulators fined Arthur Marsh, the accounting firm, on Tuesday. Marsh said it would appeal. Lucia Ferro, who chairs the regulator, said the fine was fair. Ms. Ferro said the firm had missed warnings, and Ms. Ferro said the case was closed. Ferro said the appeal would fail.
";

#[test]
fn a_firm_called_so_in_an_appositive_takes_no_courtesy_title() {
    assert_eq!(run(AUDIT, Some("nyt")), vec![later("Ferro", "Ms.")]);
    let mut economist = points(2, "Ms.", "Ms");
    economist.push(later("Ferro", "Ms"));
    assert_eq!(run(AUDIT, Some("economist")), economist);
}

// One man called `Dr.` and then `Mr.`: the doctor's title is the habit the slip breaks.
const CLINIC: &str = "\
Clinic closes

Dr. Tobias Wren, who ran the clinic for a decade, said on Friday that it would close. Dr. Wren said funding had dried up. Mr. Wren said staff would be moved.
";

#[test]
fn a_doctor_later_called_mister_is_inconsistent() {
    let slip = row("title-consistency", "Mr.", "Dr.");
    assert_eq!(run(CLINIC, None), vec![slip.clone()]);
    assert_eq!(
        run(CLINIC, Some("nyt")),
        vec![row("title-style", "Dr.", ""), slip]
    );
}
