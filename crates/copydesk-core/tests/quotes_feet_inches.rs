//! A height or a length in feet and inches (`6' 11"`, `5’9"`) inside a quotation holds no
//! quotation marks: the quotation around it pairs, in double or single marks, and is credited
//! as any other; a quotation mark left open elsewhere is still lone. Drafts of a basketball
//! academy written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::DocKind;
use drafts::{findings, none, said_by};

fn academy(s: &str) -> String {
    format!("The Kellby academy signed a new centre on Monday.\n\n{s}\n")
}

#[test]
fn feet_and_inches_inside_a_quotation_are_no_marks() {
    for s in [
        "\"He is 6' 11\" and fast, and nobody in this league can stop him,\" the coach said.",
        "\"She stands 5'9\" and jumps higher than anyone I have coached,\" said Ines Varga.",
        "\"At 7’ 2\" he fills the whole paint on his own,\" the scout added.",
        "The coach said the centre was \"6' 10\" and still growing every summer\".",
        "'He is 6' 11\" and fast, and nobody in this league can stop him,' the coach said. 'We are lucky.'",
    ] {
        none(&academy(s));
    }
    said_by(
        &academy("\"He is 6' 11\" and quick on his feet,\" said Ines Varga."),
        &[Some("Ines Varga")],
    );
}

#[test]
fn a_mark_left_open_is_still_lone() {
    let text = academy("\"He is 6' 11\" and fast, the coach said.");
    let got = findings(&text, DocKind::PlainText);
    assert_eq!(got, vec![("unbalanced-quote", "\"".to_string())], "{text}");
}
