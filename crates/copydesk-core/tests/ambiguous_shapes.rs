//! `ambiguous-name` when the text tells which namesake is meant by a role given beside the
//! bare surname: an appositive after it (`Marsh, the vet,`), a phrase set off before it (`The
//! dentist, Fell,`) or a title (`Mayor Voskuil`, `Father Rydell`), matched with the role one
//! namesake was given where the draft named them in full. Drafts written for these tests, with
//! traps, and their exact name findings.

use copydesk_core::Config;

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{ambiguous, names};

const ORCHARD: &str = "\
Orchard sale splits family\n\
\n\
Hedda Marsh, a vet, and her cousin, Olav Marsh, a joiner, inherited the orchard in March.\n\
\n\
Marsh, the vet, said the trees were diseased and would have to be felled.\n\
\n\
Marsh, a plumber, said the pipes had burst.\n\
\n\
Marsh said the sale would go ahead in June.\n\
";

const DENTIST: &str = "\
Council leader faces questions over surgery\n\
\n\
The council leader, Dagny Fell, and her husband, Piet Fell, a dentist, own the building on Quay Street.\n\
\n\
The dentist, Fell, said the lease had been signed in 2019.\n\
\n\
Asked about the dentist, Fell said she had declared her interest.\n\
\n\
Leader Fell said she had done nothing wrong.\n\
";

const MAYOR: &str = "\
Bakery reopens after fire\n\
\n\
The town's mayor, Greta Voskuil, visited the bakery run by her brother, Jan Voskuil, on Saturday.\n\
\n\
Mayor Voskuil said the fire service had acted quickly.\n\
\n\
The baker, Voskuil said, had lost three ovens.\n\
\n\
Voskuil said the insurers had yet to pay.\n\
";

const TWINS: &str = "\
Twins join the ward\n\
\n\
Runa Dahl, a midwife, and her twin, Siv Dahl, a midwife too, started on Monday.\n\
\n\
Dahl, the midwife, said the shifts were long.\n\
";

const LIFEBOAT: &str = "\
Rescue at sea\n\
\n\
The lifeboat carried Ilse Brun, a chemist, to the island. Dr Brun and her crew landed at noon.\n\
\n\
Tomas Brun, a pilot, flew over later.\n\
\n\
Dr Brun said the samples were safe.\n\
";

const PARISH: &str = "\
Storm damages chapel roof\n\
\n\
Father Tomas Rydell and his nephew Jon Rydell, a roofer, inspected the chapel on Sunday.\n\
\n\
Father Rydell said the bell tower was sound.\n\
\n\
Mr Rydell said the slates would be replaced by Easter.\n\
";

const ABBEY: &str = "\
Abbey opens its gardens\n\
\n\
Sister Maren Holt and her sister, Sister Ada Holt, tend the gardens of the abbey.\n\
\n\
Sister Holt said the roses were late this year.\n\
";

const FAIR: &str = "\
Sir Edmund Crane and his son, Hugo Crane, opened the fair. Sir Edmund thanked the volunteers. Mr Crane said the fair would return next year.\n\
";

/// The byte start of every `ambiguous-name` finding, to tell which mention was flagged.
fn flagged_at(text: &str) -> Vec<usize> {
    copydesk_core::analyze(text, copydesk_core::DocKind::PlainText, &Config::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.as_str() == "ambiguous-name")
        .map(|f| f.byte_start)
        .collect()
}

/// Where the `n`th (from 0) `word` of `text` starts.
fn nth(text: &str, word: &str, n: usize) -> usize {
    text.match_indices(word).nth(n).map(|(i, _)| i).unwrap()
}

#[test]
fn an_appositive_role_after_the_surname_names_the_one_given_it() {
    // `Marsh, the vet,` is Hedda; `a plumber` is neither; a plain `Marsh` is still either.
    assert_eq!(
        names(ORCHARD, &Config::default()),
        vec![ambiguous("Marsh"), ambiguous("Marsh")]
    );
    assert_eq!(
        flagged_at(ORCHARD),
        vec![nth(ORCHARD, "Marsh", 3), nth(ORCHARD, "Marsh", 4)]
    );
}

#[test]
fn a_role_set_off_before_the_surname_or_as_its_title_names_the_one_given_it() {
    // `The dentist, Fell,` is Piet; `Leader Fell` is the council leader, Dagny. `Asked about
    // the dentist, Fell said`: the dentist is someone else than the speaker.
    assert_eq!(names(DENTIST, &Config::default()), vec![ambiguous("Fell")]);
    assert_eq!(flagged_at(DENTIST), vec![nth(DENTIST, "Fell", 3)]);
}

#[test]
fn a_title_names_the_namesake_introduced_with_that_role_before_the_name() {
    // `Mayor Voskuil` is Greta (`The town's mayor, Greta Voskuil`); in `The baker, Voskuil
    // said,` the baker is not Voskuil, and a plain `Voskuil` is either.
    assert_eq!(
        names(MAYOR, &Config::default()),
        vec![ambiguous("Voskuil"), ambiguous("Voskuil")]
    );
    assert_eq!(
        flagged_at(MAYOR),
        vec![nth(MAYOR, "Voskuil", 3), nth(MAYOR, "Voskuil", 4)]
    );
}

#[test]
fn a_role_both_namesakes_were_given_tells_nothing() {
    assert_eq!(names(TWINS, &Config::default()), vec![ambiguous("Dahl")]);
}

#[test]
fn a_title_given_only_to_a_bare_surname_tells_nothing() {
    // `Dr Brun` was said of the one Brun met so far, before Tomas Brun came in.
    assert_eq!(
        names(LIFEBOAT, &Config::default()),
        vec![ambiguous("Dr Brun")]
    );
}

#[test]
fn a_title_of_a_calling_names_the_one_introduced_with_it_and_mr_does_not() {
    // `Father Rydell` is Tomas; both Rydells are men, so `Mr Rydell` is either.
    assert_eq!(
        names(PARISH, &Config::default()),
        vec![ambiguous("Mr Rydell")]
    );
    // Both nuns are `Sister`; a knight's son is a `Mr` as much as his father.
    assert_eq!(
        names(ABBEY, &Config::default()),
        vec![ambiguous("Sister Holt")]
    );
    assert_eq!(names(FAIR, &Config::default()), vec![ambiguous("Mr Crane")]);
}
