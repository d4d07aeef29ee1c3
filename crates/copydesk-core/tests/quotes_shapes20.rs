//! Phrases woven into the writer's sentence held to the record like full quotations: the
//! sentence's shape credits them (`X called it "…"`, `X described … as "…"`, `according to X,
//! … "…"`, `X, who branded … "…"`, `…, calling it "…"`), and the record's words from another
//! mouth are `misattributed-quote`. Traps: the right speaker, a phrase held at arm's length
//! (`so-called`, a modifier), a phrase several people use, a denial or a negation, someone
//! else's words reported, a title, and near words (the writer's own phrase). Transcripts and
//! drafts of a valley water board, written for these tests.

#[path = "support/record.rs"]
mod held;
use copydesk_core::DocKind;
use held::{record, record_findings};

const BOARD: &str = "\
Water board hearing, 12 May. Invented for the tests.

CHAIR: Who wants to start?

TOR AUNE: This reservoir plan is a bucket with a hole in it, and everyone in the valley knows it.
The new meters are a tax on thirst, nothing more.

HEDDA SOLBERG: We have kept the rates flat for six years and the pipes are older than I am.

INGRID MOE: The closing of the old pumping station is the end of an era for this valley.

TOR AUNE: For my family it really is the end of an era, no question.

HEDDA SOLBERG: The bottling company will pay its full share of the pipeline, down to the last krone.

INGRID MOE: The board has been asleep at the wheel for a decade.
";

fn findings(draft: &str) -> Vec<(&'static str, String)> {
    record_findings(draft, DocKind::Markdown, &record(&[("board.txt", BOARD)]))
}

fn misattributed(credited: &str, speaker: &str, line: usize) -> (&'static str, String) {
    (
        "misattributed-quote",
        format!(
            "quotation credited to {credited}, but in the record these words are {speaker}'s (board.txt:{line})"
        ),
    )
}

const INTRO: &str = "# Water\n\nBoard member Hedda Solberg, the farmer Tor Aune and the \
                     historian Ingrid Moe spoke at the hearing.\n\n";

fn draft(body: &str) -> String {
    format!("{INTRO}{body}\n")
}

#[test]
fn a_woven_phrase_credited_by_its_sentence_is_held_to_the_record() {
    let solberg = || misattributed("Hedda Solberg", "TOR AUNE", 5);
    for body in [
        // `X called it "…"`, in any tense.
        "Solberg called the reservoir plan \"a bucket with a hole in it\" on Tuesday.",
        "Solberg calls the reservoir plan \"a bucket with a hole in it\".",
        // `X described … as "…"`.
        "Solberg described the reservoir plan as \"a bucket with a hole\".",
        // A participle: the sentence's subject.
        "Solberg attacked the scheme, calling it \"a bucket with a hole in it\".",
        // A relative `who`: the name it stands for.
        "Solberg, who branded the reservoir plan \"a bucket with a hole\", left early.",
        // A pronoun.
        "Solberg spoke last. She dubbed the reservoir plan \"a bucket with a hole\".",
        // A verb of saying, the phrase inside the reported clause.
        "Solberg said the reservoir plan was \"a bucket with a hole in it\".",
    ] {
        assert_eq!(findings(&draft(body)), [solberg()], "{body}");
    }
    let aune_line6 = misattributed("Hedda Solberg", "TOR AUNE", 6);
    for body in [
        "Solberg labelled the new meters \"a tax on thirst\" last week.",
        "Solberg has termed the meters \"a tax on thirst\".",
    ] {
        assert_eq!(
            findings(&draft(body)),
            std::slice::from_ref(&aune_line6),
            "{body}"
        );
    }
    // `according to X`, the phrase later in the sentence.
    assert_eq!(
        findings(&draft(
            "According to Aune, the board had been \"asleep at the wheel\" for years."
        )),
        [misattributed("Tor Aune", "INGRID MOE", 16)]
    );
}

#[test]
fn the_right_speaker_or_a_phrase_no_one_is_credited_with_is_no_finding() {
    for body in [
        // The speaker the record has.
        "Aune called the reservoir plan \"a bucket with a hole in it\" on Tuesday.",
        "Moe said the board had been \"asleep at the wheel for a decade\".",
        "According to Solberg, the company will pay \"its full share of the pipeline\".",
        // Held at arm's length.
        "Solberg criticised the so-called \"tax on thirst\" again.",
        "Solberg said the \"tax on thirst\" argument was weak.",
        "Solberg said Aune's \"bucket with a hole\" line was unfair.",
        // Denied, mocked, negated, or someone else's.
        "Solberg denied the meters were \"a tax on thirst\".",
        "Solberg dismissed claims that the meters were \"a tax on thirst\".",
        "Solberg never called the meters \"a tax on thirst\".",
        "Solberg said critics had called the meters \"a tax on thirst\".",
        "Solberg quoted Aune as calling the meters \"a tax on thirst\".",
        // A title (capitals) after a naming verb.
        "Solberg called her report \"A Bucket With A Hole\".",
        // Near words: the writer's own phrase, not a quotation to hold.
        "Solberg called the meters \"a tax on water\".",
        // No verb of saying or naming.
        "Solberg walked past the \"end of an era\" banner.",
    ] {
        assert_eq!(findings(&draft(body)), [], "{body}");
    }
}

#[test]
fn a_phrase_several_people_said_is_common_words() {
    // Moe and Aune both said it: no one's to take, whoever is credited.
    for body in [
        "Solberg called the closure \"the end of an era\".",
        "Moe called the closure \"the end of an era\".",
        "Aune described the closure as \"the end of an era\".",
    ] {
        assert_eq!(findings(&draft(body)), [], "{body}");
    }
    // One other speaker only: theirs.
    assert_eq!(
        findings(&draft(
            "Aune described the station's closure as \"the end of an era for this valley\"."
        )),
        [misattributed("Tor Aune", "INGRID MOE", 10)]
    );
}

/// The record rules' findings on a draft crediting the pier words to `pier` and the fares
/// words to `fares`, held to a record of one file `name`.
fn labelled(name: &str, text: &str, fares: &str, pier: &str) -> Vec<(&'static str, String)> {
    let draft = format!(
        "# Ferry\n\nHarbour master Ylva Strand and engineer Bo Lindqvist spoke to reporters.\n\n\
         \"Fares stay where they are until the council votes again,\" {fares} said.\n\n\
         \"The pier needs a new roof before the winter storms come,\" {pier} said.\n"
    );
    record_findings(&draft, DocKind::Markdown, &record(&[(name, text)]))
}

#[test]
fn a_label_after_a_line_marker_or_before_a_time_opens_a_turn() {
    // Each record: Strand speaks the fares line, Lindqvist the pier line, with the labels
    // written after a list's, a quotation's or a caption's marker, or with a time.
    let records = [
        ("a.md", "- **Ylva Strand:** Fares stay where they are until the council votes again.\n- **Bo Lindqvist:** The pier needs a new roof before the winter storms come.\n"),
        ("b.md", "> **Ylva Strand**: Fares stay where they are until the council votes again.\n>\n> **Bo Lindqvist**: The pier needs a new roof before the winter storms come.\n"),
        ("c.md", "1. Ylva Strand: Fares stay where they are until the council votes again.\n2. Bo Lindqvist: The pier needs a new roof before the winter storms come.\n"),
        ("d.txt", ">> YLVA STRAND: Fares stay where they are until the council votes again.\n>> BO LINDQVIST: The pier needs a new roof before the winter storms come.\n"),
        ("e.txt", "- YLVA STRAND: Fares stay where they are until the council votes again.\n- BO LINDQVIST: The pier needs a new roof before the winter storms come.\n"),
        ("f.txt", "Ylva Strand [00:01:12]: Fares stay where they are until the council votes again.\nBo Lindqvist [00:02:40]: The pier needs a new roof before the winter storms come.\n"),
        ("g.txt", "Ylva Strand 00:01:12: Fares stay where they are until the council votes again.\nBo Lindqvist 1:02:40: The pier needs a new roof before the winter storms come.\n"),
        ("h.txt", "Ylva Strand (01:12): Fares stay where they are until the council votes again.\nBo Lindqvist (02:40): The pier needs a new roof before the winter storms come.\n"),
        ("i.srt", "1\n00:00:01,000 --> 00:00:04,000\n- YLVA STRAND: Fares stay where they are until the council votes again.\n\n2\n00:00:04,500 --> 00:00:08,000\n- BO LINDQVIST: The pier needs a new roof before the winter storms come.\n"),
        ("j.vtt", "WEBVTT\n\n00:01.000 --> 00:04.000\n>> Ylva Strand: Fares stay where they are until the council votes again.\n\n00:04.500 --> 00:08.000\n>> Bo Lindqvist: The pier needs a new roof before the winter storms come.\n"),
    ];
    for (name, text) in records {
        // The right speakers: nothing.
        assert_eq!(labelled(name, text, "Strand", "Lindqvist"), [], "{name}");
        // Swapped: both put in the wrong mouth.
        let found: Vec<&str> = labelled(name, text, "Lindqvist", "Strand")
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(found, ["misattributed-quote"; 2], "{name}");
    }
}

#[test]
fn a_marker_before_ordinary_words_is_no_label() {
    // Lines of one turn that open on a marker and a word with a colon go on with the speaker.
    let text = "YLVA STRAND: Fares stay where they are until the council votes again.\n\
                - But: the pier needs a new roof before the winter storms come.\n\
                > And: the timetable comes out on Friday morning as always.\n\
                - 10:30: the first ferry leaves the quay on the hour.\n";
    let draft = "# Ferry\n\nHarbour master Ylva Strand spoke to reporters.\n\n\
                 \"The pier needs a new roof before the winter storms come,\" Strand said. \
                 \"The timetable comes out on Friday morning as always,\" she said. \
                 \"The first ferry leaves the quay on the hour,\" she said.\n";
    assert_eq!(
        record_findings(draft, DocKind::Markdown, &record(&[("s.txt", text)])),
        []
    );
}

#[test]
fn question_and_answer_labels_take_turns() {
    // `A:` opens the answer's turn: the question's words are not the answer's, and an
    // ellipsis may not join a question to its answer.
    let text = "Q: Will the ferry run every hour from June?\n\
                A: The ferry will run every hour from the first of June, weather permitting.\n";
    let draft = "# Ferry\n\nHarbour master Ylva Strand spoke to reporters.\n\n\
                 \"The ferry will run every hour from the first of June,\" Strand said.\n";
    assert_eq!(
        record_findings(draft, DocKind::Markdown, &record(&[("qa.txt", text)])),
        []
    );
}

const HOLM: &str = "\
VERA HOLM: We are going to keep the library open on Saturdays, whatever the budget says.
I am not going to close the reading room either. They have carried it for years.
Do not expect the council to find the money. For a town this size it is not enough.
The volunteers will not stop now, and the roof will not fix itself.
";

fn holm(quote: &str) -> Vec<(&'static str, String)> {
    let draft =
        format!("# Library\n\nLibrarian Vera Holm spoke on Monday.\n\n\"{quote},\" Holm said.\n");
    record_findings(&draft, DocKind::Markdown, &record(&[("holm.txt", HOLM)]))
}

fn differs(line: usize, written: &str, recorded: &str) -> Vec<(&'static str, String)> {
    vec![(
        "misquote",
        format!(
            "quotation differs from the record (VERA HOLM, holm.txt:{line}): “{written}” where the record has “{recorded}”"
        ),
    )]
}

#[test]
fn a_contraction_at_the_edge_of_a_quotation_restores_both_words() {
    // The record's two words, not the one the alignment started or ended on: the fix must not
    // drop the subject or the negation.
    let cases = [
        (
            "We're going to keep the library open on Saturdays",
            1,
            "We're",
            "We are",
        ),
        (
            "I'm not going to close the reading room either",
            2,
            "I'm",
            "I am",
        ),
        ("They've carried it for years", 2, "They've", "They have"),
        (
            "Don't expect the council to find the money",
            3,
            "Don't",
            "Do not",
        ),
        ("For a town this size it isn't", 3, "isn't", "is not"),
        (
            "The volunteers will not stop now, and the roof won't",
            4,
            "won't",
            "will not",
        ),
        ("and the roof won't", 4, "won't", "will not"),
    ];
    for (quote, line, written, recorded) in cases {
        assert_eq!(holm(quote), differs(line, written, recorded), "{quote}");
    }
    // Inside the quotation the alignment holds both already.
    assert_eq!(
        holm("The volunteers won't stop now"),
        differs(4, "won't", "will not")
    );
    // The record's own words, and a word changed at the edge that is no contraction.
    assert_eq!(
        holm("We are going to keep the library open on Saturdays"),
        []
    );
    // A word dropped at the edge: the fix restores it beside the word kept.
    assert_eq!(
        holm("They carried it for years"),
        differs(2, "They", "They have")
    );
    assert_eq!(
        holm("I am going to close the reading room"),
        differs(2, "close", "not going to close")
            .into_iter()
            .map(|(r, _)| (r, "quotation differs from the record (VERA HOLM, holm.txt:2): “not” is left out with no ellipsis".to_string()))
            .collect::<Vec<_>>()
    );
}
