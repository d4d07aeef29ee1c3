//! In a draft that quotes in single marks, the apostrophe of a plural's possessive inside a
//! quotation (`'The players' union will fight,' she said.`) closes nothing: the quotation runs
//! to the mark after its punctuation, is credited (or flagged) whole, and is no short term.
//! A short phrase in single marks that ends on a plural (`the 'fat cats' are paid`) is still
//! a term. Drafts of a football club's sale written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

fn club(s: &str) -> String {
    format!("Kellby Rovers were sold to a property firm on Friday.\n\n{s}\n")
}

#[test]
fn a_plurals_apostrophe_inside_a_quotation_closes_nothing() {
    said_by(
        &club("'The players' union will fight this all the way,' said Ana Ruiz."),
        &[Some("Ana Ruiz")],
    );
    said_by(
        &club("'It was the directors' decision and nobody else's,' Tomas Brekke said."),
        &[Some("Tomas Brekke")],
    );
    said_by(
        &club("‘The fans’ patience ran out years ago,’ said Ana Ruiz."),
        &[Some("Ana Ruiz")],
    );
    none(&club(
        "'We will fight,' she said. 'It is the owners' fault and the owners' alone.'",
    ));
}

#[test]
fn an_orphan_with_a_plurals_apostrophe_is_flagged_whole() {
    let q = "'The owners' plan will ruin this club for a generation.'";
    orphan(
        &club(&format!(
            "'We will fight,' said Ana Ruiz.\n\nThe sale closes in May.\n\nThe ground is to be sold. {q}"
        )),
        q,
    );
}

#[test]
fn a_short_term_ending_on_a_plural_stays_a_term() {
    none(&club(
        "'We will fight,' said Ana Ruiz. She said the 'fat cats' are paid far too much.",
    ));
    none(&club(
        "'We will fight,' said Ana Ruiz. The players' union, which has 400 members, agreed.",
    ));
}
