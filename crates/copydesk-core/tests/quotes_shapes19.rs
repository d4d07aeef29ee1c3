//! Quotations held to the record, probed by class with drafts and transcripts written for
//! these tests: ellipses and brackets, case and punctuation, one word changed, two turns of one
//! speaker, the wrong speaker, a pronoun, a speaker named another way, a quotation not in the
//! record, curly and straight marks, each format of the record, and the traps `unsourced-quote`
//! must leave alone (terms, titles, nicknames, words as words, signs and letters).

use copydesk_core::{analyze_with, Config, DocKind};

#[path = "support/record.rs"]
mod held;
use held::{record, record_findings};

/// (quoted text, match, speaker credited) of every quotation held to the record.
fn verdicts(files: &[(&str, &str)], draft: &str) -> Vec<(String, &'static str, Option<String>)> {
    let a = analyze_with(
        draft,
        DocKind::Markdown,
        &Config::default(),
        Some(&record(files)),
    );
    a.matches
        .iter()
        .flatten()
        .map(|m| {
            (
                draft[a.quotes.quotations[m.quotation].content.clone()].to_string(),
                m.kind.as_str(),
                m.credited.clone(),
            )
        })
        .collect()
}

/// (rule, message) of the record rules' findings.
fn findings(files: &[(&str, &str)], draft: &str) -> Vec<(&'static str, String)> {
    record_findings(draft, DocKind::Markdown, &record(files))
}

const LIBRARY: &str = "\
Interview with Greta Marsh and Councillor Oskar Feeney, 4 May. Invented for the tests.

INTERVIEWER: What happens to the library?

GRETA MARSH: We are going to keep the library open on Saturdays, whatever the budget says.
The volunteers have carried it for three years and they deserve better.

INTERVIEWER: Right.

GRETA MARSH: They will get new shelving before the autumn term starts.

INTERVIEWER: And the swimming pool?

OSKAR FEENEY: The pool closes in August for repairs that nobody budgeted for.
GRETA MARSH: Honestly, the pool was never my decision to make.
";

fn kinds(files: &[(&str, &str)], draft: &str) -> Vec<&'static str> {
    verdicts(files, draft).into_iter().map(|v| v.1).collect()
}

fn library(draft: &str) -> Vec<&'static str> {
    kinds(&[("marsh.txt", LIBRARY)], draft)
}

#[test]
fn a_word_split_or_joined_by_a_hyphen_is_hyphenation() {
    // `no-body` for `nobody`, `re-open` style: the same letters, only a hyphen or a space apart.
    let draft = "# Pool\n\n\"The pool closes in August, for repairs that no-body budgeted for,\" \
                 Oskar Feeney said. \"The volunteers have carried it for three years and they \
                 deserve bet ter,\" Greta Marsh said.\n";
    assert_eq!(library(draft), ["edited", "edited"]);
    assert_eq!(findings(&[("marsh.txt", LIBRARY)], draft), []);
    // Other letters are still another word.
    let changed = draft.replace("no-body", "no-one");
    assert_eq!(
        findings(&[("marsh.txt", LIBRARY)], &changed),
        [(
            "misquote",
            "quotation differs from the record (OSKAR FEENEY, marsh.txt:14): “no-one” where the record has “nobody”".to_string()
        )]
    );
}

#[test]
fn the_words_of_a_sign_or_a_letter_are_not_unsourced() {
    let draft =
        "# Library\n\nA handwritten sign on the door reads \"Closed until further notice by \
                 order of the trust\". The council's letter read: \"The library will close on \
                 weekends from June.\" Her notice to members says \"Meetings move to the church \
                 hall from Monday.\"\n";
    assert_eq!(findings(&[("marsh.txt", LIBRARY)], draft), []);
    // Words read in a statement or said by a person who wrote one are still held to the record.
    let said =
        "# Library\n\nGreta Marsh said in a statement: \"The library will close on weekends \
                from June.\"\n\nOskar Feeney, who wrote the report, said: \"Nobody reads the \
                minutes of the trust any more.\"\n";
    assert_eq!(
        findings(&[("marsh.txt", LIBRARY)], said),
        [
            (
                "unsourced-quote",
                "no passage of the record (`[sources]`) matches this quotation".to_string()
            ),
            (
                "unsourced-quote",
                "no passage of the record (`[sources]`) matches this quotation".to_string()
            ),
        ]
    );
}

#[test]
fn an_ellipsis_joining_two_answers_is_a_misquote() {
    // The pieces come from two answers with a question and another speaker between.
    let draft =
        "# Library\n\n\"They will get new shelving before the autumn term starts ... the pool \
                 was never my decision to make,\" Greta Marsh said.\n";
    assert_eq!(
        findings(&[("marsh.txt", LIBRARY)], draft),
        [(
            "misquote",
            "quotation differs from the record (GRETA MARSH, marsh.txt:10): “...” joins two turns, with another speaker between them in the record".to_string()
        )]
    );
    // Even over a backchannel (`Right.`): the pieces of an ellipsis come from one turn.
    let over = "# Library\n\n\"The volunteers have carried it for three years … they will get new \
                shelving before the autumn term starts,\" Greta Marsh said.\n";
    assert_eq!(library(over), ["misquote"]);
    // Joined without an ellipsis over the backchannel: the quotation runs on (an edit).
    let on = "# Library\n\n\"The volunteers have carried it for three years and they deserve \
              better. They will get new shelving before the autumn term starts,\" Greta Marsh \
              said.\n";
    assert_eq!(library(on), ["edited"]);
}

#[test]
fn ellipses_brackets_case_and_punctuation_are_edits() {
    let drafts = [
        ("\"We are going to keep the library open ... whatever the budget says,\" Greta Marsh said.", "edited"),
        ("“The volunteers have carried it … and they deserve better,” said Greta Marsh.", "edited"),
        ("Greta Marsh said: \"We are going to keep the library open . . . whatever the budget says.\"", "edited"),
        ("\"We are going to keep the library open [...] whatever the budget says,\" Greta Marsh said.", "edited"),
        ("\"[The volunteers] will get new shelving before the autumn term starts,\" Greta Marsh said.", "edited"),
        ("\"The volunteers have carried [the library] for three years,\" Greta Marsh said.", "edited"),
        ("\"The volunteers have carried it for three years and [the helpers] deserve better,\" Greta Marsh said.", "edited"),
        ("\"we are going to keep the library open on Saturdays. Whatever the budget says!\" Greta Marsh said.", "exact"),
        ("'We are going to keep the library open on Saturdays,' Greta Marsh said.", "exact"),
        ("«They will get new shelving before the autumn term starts», Greta Marsh said.", "exact"),
        // Pieces out of order are not an ellipsis's work.
        ("\"The volunteers deserve better ... we are going to keep the library open,\" Greta Marsh said.", "misquote"),
    ];
    for (draft, want) in drafts {
        let draft = format!("# Library\n\n{draft}\n");
        assert_eq!(library(&draft), [want], "{draft}");
    }
}

#[test]
fn a_word_changed_added_or_dropped_is_shown() {
    let f = |d: &str| findings(&[("marsh.txt", LIBRARY)], &format!("# Pool\n\n{d}\n"));
    assert_eq!(
        f("\"The pool closes in September for repairs that nobody budgeted for,\" Oskar Feeney said."),
        [("misquote", "quotation differs from the record (OSKAR FEENEY, marsh.txt:14): “September” where the record has “August”".to_string())]
    );
    assert_eq!(
        f("\"The pool closes in August for urgent repairs that nobody budgeted for,\" Oskar Feeney said."),
        [("misquote", "quotation differs from the record (OSKAR FEENEY, marsh.txt:14): “urgent” is not in the record".to_string())]
    );
    assert_eq!(
        f("\"They will get shelving before the autumn term starts,\" Greta Marsh said."),
        [("misquote", "quotation differs from the record (GRETA MARSH, marsh.txt:10): “new” is left out with no ellipsis".to_string())]
    );
}

#[test]
fn the_speaker_credited_by_name_pronoun_or_title() {
    let drafts = [
        ("\"The pool closes in August for repairs that nobody budgeted for,\" Greta Marsh said.", "misattributed"),
        ("\"We are going to keep the library open on Saturdays,\" said Councillor Oskar Feeney.", "misattributed"),
        ("Greta Marsh runs the library trust.\n\n\"We are going to keep the library open on Saturdays,\" she said.", "exact"),
        ("Oskar Feeney chairs the leisure committee.\n\n\"We are going to keep the library open on Saturdays,\" he said.", "misattributed"),
        ("Greta Marsh spoke on Friday.\n\n\"The volunteers have carried it for three years,\" Ms Marsh said.", "exact"),
        ("Greta Marsh spoke on Friday.\n\n\"The volunteers have carried it for three years,\" Marsh said.", "exact"),
        ("Councillor Oskar Feeney spoke on Friday.\n\n\"The pool closes in August for repairs,\" said Councillor Feeney.", "exact"),
    ];
    for (draft, want) in drafts {
        let draft = format!("# Library\n\n{draft}\n");
        assert_eq!(library(&draft), [want], "{draft}");
    }
}

const CLINIC: &str = "\
DR ILSE BRANDT: The clinic will stay open until nine every weekday evening.
Mayor Tomas Reyes: We have no plans to sell the old fire station.
Vollan: Nobody asked the tenants before the rents went up.
";

#[test]
fn a_label_with_a_title_or_a_surname_alone() {
    let drafts = [
        ("\"The clinic will stay open until nine every weekday evening,\" said Ilse Brandt, a GP.", "exact"),
        ("Doctor Ilse Brandt runs it.\n\n\"The clinic will stay open until nine every weekday evening,\" Dr Brandt said.", "exact"),
        ("\"We have no plans to sell the old fire station,\" Tomas Reyes said.", "exact"),
        ("\"Nobody asked the tenants before the rents went up,\" said Petra Vollan.", "exact"),
        ("\"We have no plans to sell the old fire station,\" said Dr Ilse Brandt.", "misattributed"),
        ("\"Nobody in this town reads any more, and that is the real problem,\" Tomas Reyes said.", "unsourced"),
    ];
    for (draft, want) in drafts {
        let draft = format!("# Clinic\n\n{draft}\n");
        assert_eq!(kinds(&[("r.txt", CLINIC)], &draft), [want], "{draft}");
    }
}

#[test]
fn every_format_of_the_record() {
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Hanne Sollie>The ferry timetable changes\n\n00:00:04.000 --> 00:00:07.000\n<v Hanne Sollie>on the first of June for every route.\n\n00:00:08.000 --> 00:00:10.000\n<v Arvid Kolstad>We were never consulted.\n";
    let srt = "1\n00:00:01,000 --> 00:00:04,000\nHANNE SOLLIE: The ferry timetable changes\n\n2\n00:00:04,000 --> 00:00:07,000\non the first of June for every route.\n\n3\n00:00:08,000 --> 00:00:10,000\nARVID KOLSTAD: We were never consulted.\n";
    let md = "# Meeting notes\n\n**Hanne Sollie:** The ferry timetable changes on the first of June for every route.\n\n**Arvid Kolstad:** We were never consulted.\n";
    let txt = "[00:01:02] Hanne Sollie: The ferry timetable changes on the first of June for every route.\n[00:01:09] Arvid Kolstad: We were never consulted.\n";
    let draft =
        "# Ferry\n\n\"The ferry timetable changes on the first of June for every route,\" said \
                 Hanne Sollie.\n\n\"We were never consulted about it,\" Arvid Kolstad said.\n\n\
                 \"The ferry timetable changes on the first of June for every route,\" said Arvid \
                 Kolstad.\n";
    for (name, text) in [("m.vtt", vtt), ("m.srt", srt), ("m.md", md), ("m.txt", txt)] {
        assert_eq!(
            kinds(&[(name, text)], draft),
            ["exact", "misquote", "misattributed"],
            "{name}"
        );
    }
}

#[test]
fn terms_titles_nicknames_and_words_as_words_are_not_held() {
    let drafts = [
        "Oskar Feeney called the plan a \"temporary measure\" and said the \"consultation\" was over.",
        "The trust published a report, \"Reading Rooms For Every Village In The County\", on Monday.",
        "Greta Marsh wrote the novel \"The Long Winter at Harrow Bridge\" in 2019.",
        "Greta Marsh, nicknamed \"the Librarian of Last Resort\" by her neighbours, spoke on Friday.",
        "Known as \"the woman who saved the shelves\", Greta Marsh retires soon.",
        "The word \"yes\" appears nowhere, and the phrase \"subject to funding being found\" appears eleven times.",
        "Protesters carried placards reading \"Books Not Budgets Keep The Doors Open\" outside the hall.",
        "She appeared on the podcast \"Stories From The Stacks With Friends\" last week, Greta Marsh said.",
    ];
    for draft in drafts {
        let draft = format!("# Library\n\n{draft}\n");
        assert_eq!(findings(&[("marsh.txt", LIBRARY)], &draft), [], "{draft}");
    }
}

#[test]
fn a_label_naming_a_title_alone_is_a_role() {
    // `THE MAYOR:` names the office, not another person than the mayor the draft quotes.
    let record = "Ms Lutz: The harbour wall will be rebuilt in granite, not concrete.\n\
                  THE MAYOR: We cannot afford granite this decade.\n\
                  CLLR NADIA OKORO: I voted against the concrete plan twice.\n";
    let draft = "# Wall\n\nMayor Bram Kessel chaired the meeting.\n\n\"We cannot afford granite \
                 this decade,\" Mr Kessel said.\n\n\"The harbour wall will be rebuilt in granite, \
                 not concrete,\" said Ann Lutz, the engineer.\n\n\"I voted against the concrete \
                 plan twice,\" said Ann Lutz.\n";
    assert_eq!(
        findings(&[("r.txt", record)], draft),
        [(
            "misattributed-quote",
            "quotation credited to Ann Lutz, but in the record these words are CLLR NADIA OKORO's (r.txt:3)".to_string()
        )]
    );
}
