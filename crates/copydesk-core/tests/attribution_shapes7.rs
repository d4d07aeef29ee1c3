//! Interviews written as questions and answers (`Q:` / `A:` labels, a speaker's label opening a
//! line), a quotation run over several paragraphs and credited where it closes, and speakers
//! described by a number (`one resident`, `two nurses`). Drafts of a river town written for
//! these tests, each with the exact quotation findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::{analyze, Config, DocKind};
use drafts::{orphan, said_by};

// --- Questions and answers: the answer is the interviewee's, named before the questions. ---

#[test]
fn an_answer_label_is_the_interviewee_named_in_the_introduction() {
    said_by(
        "Abena Quartey has kept the Volta ferry log for thirty years. We asked her about the flood.\n\n\
         Q: \"When did the water start rising?\"\n\n\
         A: \"On the Tuesday night, after the dam opened two of its gates.\"\n\n\
         Q: \"Did anyone warn the crossing?\"\n\n\
         A: \"Nobody called us until the jetty was already under water.\"\n",
        &[None, Some("Abena Quartey"), None, Some("Abena Quartey")],
    );
    said_by(
        "Reporters met Yaw Darkwa, the new harbour engineer, at his office on Friday.\n\n\
         Question: \"Why rebuild the quay in stone rather than steel?\"\n\n\
         Answer: \"Stone lasts a century here, and steel rusts in ten years.\"\n",
        &[None, Some("Yaw Darkwa")],
    );
    // Labels in bold, in Markdown.
    let md = "Rowing coach Ama Bonsu trains the town's crew. She spoke before the regatta.\n\n\
              **Q:** \"Is the crew ready for the final on Saturday?\"\n\n\
              **A:** \"They are fitter than any crew I have trained, but the river decides.\"\n";
    assert!(drafts::findings(md, DocKind::Markdown).is_empty());
    let a = analyze(md, DocKind::Markdown, &Config::default());
    assert_eq!(a.people.speaker_name(1), Some("Ama Bonsu".to_string()));
}

#[test]
fn a_speakers_label_names_the_speaker_in_any_case() {
    said_by(
        "Dr Kojo Mensimah runs the district clinic. This interview has been edited for length.\n\n\
         MENSIMAH: \"We treat forty patients a day with two nurses and one fridge.\"\n\n\
         Dr Mensimah: \"The generator fails every time the river floods.\"\n",
        &[Some("Kojo Mensimah"), Some("Kojo Mensimah")],
    );
    // The label alone on its paragraph, the answer in the next.
    said_by(
        "We asked Adwoa Sarpong, who sells fish at the landing, about the new toll.\n\n\
         SARPONG:\n\n\
         \"I pay twice for the same road, once at the gate and once at the market.\"\n",
        &[Some("Adwoa Sarpong")],
    );
}

/// A label is read from its own line's start, and only a colon near that start can end one:
/// lines of one paragraph, a space that does not break after the colon, and a long line of
/// quotations introduced by colons with no label.
#[test]
fn a_label_is_read_from_its_lines_start_only() {
    // Two labelled lines in one paragraph, and a no-break space after the second colon.
    said_by(
        "Kwesi Ampofo mends nets at the landing. We asked him about the season.\n\n\
         Q: \"Is the catch better than last year?\"\n\
         A:\u{a0}\"It is half of what it was, and the fuel costs twice as much.\"\n",
        &[None, Some("Kwesi Ampofo")],
    );
    // A colon far into its line ends no label: the line's own speaker is read instead.
    said_by(
        "Efua Boateng, who has sold smoked fish at the same stall since the market opened, was blunt: \"The new roof leaks worse than the old one.\"\n",
        &[Some("Efua Boateng")],
    );
    // A label word after a colon deep in a line is no label of that line.
    said_by(
        "Efua Boateng gave the council her answer at the meeting on Monday evening, A: \"The roof must be fixed before the rains.\"\n",
        &[Some("Efua Boateng")],
    );
}

#[test]
fn labels_that_name_no_interviewee_credit_no_one() {
    // No question asked before: an `A:` is no answer, and a label that is no one's name or a
    // label of more than one word (`Plan A:`) names nobody.
    said_by(
        "Kwesi Ampofo chairs the market board.\n\n\
         Plan A: \"Keep the stalls open all winter and charge more for the shade.\"\n\n\
         Warning: \"Do not drink the water from the northern wells until further notice.\"\n\n\
         A: \"The board will decide in March after the survey is finished.\"\n",
        &[None, None, None],
    );
    // A noun before the colon is the owner of the words, as before.
    said_by(
        "Kwesi Ampofo chairs the market board.\n\nThe verdict: \"The board acted unlawfully when it sold the landing.\"\n",
        &[None],
    );
    // The interviewer is not named: a question's label is unresolved, never the interviewee.
    said_by(
        "Kwesi Ampofo chairs the market board. We met him on Monday.\n\n\
         Interviewer: \"Will the stalls move to the new site?\"\n",
        &[None],
    );
}

// --- A quotation run over paragraphs, credited where it closes. ---

#[test]
fn a_running_quotation_credited_in_its_last_paragraph_is_attributed() {
    said_by(
        "The harbour board met on Tuesday to discuss the dredging contract.\n\n\
         \"We have waited four years for this dredger and the channel silts up faster every winter.\n\n\
         \"If the board does not sign this month, we lose the summer,\" said Teodor Lind, who chairs the fishermen's co-operative.\n",
        &[Some("Teodor Lind"), Some("Teodor Lind")],
    );
    // Three paragraphs, the speaker after the verb.
    said_by(
        "The ferry stopped running in May.\n\n\
         \"Nobody on the island was asked before the timetable changed.\n\n\
         \"The school run now takes two hours each way.\n\n\
         \"We want the morning sailing back,\" Marit Dalby told the council.\n",
        &[
            Some("Marit Dalby"),
            Some("Marit Dalby"),
            Some("Marit Dalby"),
        ],
    );
    // A pronoun after the closing quotation, its person named before.
    said_by(
        "Ingrid Solheim has kept the lighthouse for twelve years. The lamp failed twice in March.\n\n\
         The storm took the roof off in April.\n\n\
         \"The keepers' cottage is open to the sky and the stairs are rotten.\n\n\
         \"I cannot spend another winter up there,\" she said.\n",
        &[
            Some("Ingrid Solheim"),
            Some("Ingrid Solheim"),
        ],
    );
}

#[test]
fn a_running_quotation_credited_by_another_sentence_is_not() {
    // The closing paragraph's cue belongs to a sentence after the quotation: it credits its
    // own clause, not the words before it.
    let open = "\"The keepers' cottage is open to the sky and the stairs are rotten.";
    orphan(
        &format!(
            "The storm took the roof off in April.\n\n{open}\n\n\"Nobody has climbed the tower since.\" The council said it would send a surveyor.\n"
        ),
        open,
    );
    // A quotation closed in its own paragraph is credited by nothing after it.
    let closed = "\"The keepers' cottage is open to the sky and the stairs are rotten.\"";
    orphan(
        &format!(
            "The storm took the roof off in April.\n\n{closed}\n\n\"The tower is next,\" said Teodor Lind.\n"
        ),
        closed,
    );
}

// --- Speakers described by a number: `one resident`, `two nurses`, `another worker`. ---

#[test]
fn a_speaker_counted_by_a_determiner_of_number_is_described() {
    let intro = "The mill closed on Friday after ninety years.\n\n";
    for (credit, who) in [
        ("said one engineer", "one engineer"),
        ("one resident told the paper", "one resident"),
        (
            "one resident, who asked not to be named, told the paper",
            "one resident",
        ),
        (
            "said one weaver, who has worked there since 1990",
            "one weaver",
        ),
        ("two nurses said", "two nurses"),
        ("said several residents", "several residents"),
        ("another worker said", "another worker"),
        ("one of the foremen said", "one of the foremen"),
        ("said a weaver who asked not to be named", "a weaver"),
    ] {
        said_by(
            &format!("{intro}\"Nobody told us until the letters came,\" {credit}.\n"),
            &[Some(who)],
        );
    }
}

#[test]
fn a_number_of_things_is_no_speaker() {
    let intro = "The mill closed on Friday after ninety years.\n\n";
    // A count of times or things after the verb, the subject named before it.
    for (credit, who) in [
        ("the foreman said two days later", Some("the foreman")),
        ("residents said three times", None),
        ("Oskar Brandt said one morning", Some("Oskar Brandt")),
    ] {
        said_by(
            &format!("{intro}\"Nobody told us until the letters came,\" {credit}.\n"),
            &[who],
        );
    }
}

#[test]
fn a_counted_subject_of_another_sentence_is_no_speaker() {
    // The verb of a later sentence with a counted subject tells other news: the bare
    // quotation before it is not theirs (the speaker before it, or unresolved).
    said_by(
        "The dollar fell again on Monday.\n\n\
         \"No floor is in sight for the currency,\" said Lotte Brenner, a strategist at a Hamburg bank. \"It is only a matter of time until the euro reaches new highs.\" Some analysts maintain the central bank is quietly pleased with a weaker currency.\n",
        &[Some("Lotte Brenner"), None],
    );
    said_by(
        "Factory output fell for a fifth month.\n\n\
         \"The rate rises have done their work without harming industry,\" said Piet Varga of the makers' federation. \"But the bank should stand ready to cut.\" Two economists have forecast that rates will fall before the summer.\n",
        &[Some("Piet Varga"), Some("Piet Varga")],
    );
}
