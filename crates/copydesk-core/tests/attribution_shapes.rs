//! Every shape of issue 11 again, with drafts of a canal town written for these tests (other
//! words than the and `attribution.rs`'s), each with its traps and the exact
//! quotation findings expected.

use copydesk_core::fix::apply_edits;
use copydesk_core::{analyze, Config, DocKind};

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{findings, none, orphan};

const Q: &str = "\"The lock gates have leaked since the winter and nobody has come to mend them.\"";

/// The quotation of `Q` with a comma inside its closing mark, for tags after it.
fn tagged() -> String {
    Q.replace(".\"", ",\"")
}

// --- Any verb beside a speaker. ---

#[test]
fn unlisted_verbs_after_the_quotation() {
    let q = tagged();
    for tail in [
        "quibbled Anton Weiss, the lock keeper.",
        "Anton Weiss quibbled.",
        "harrumphed Dr Anton Weiss.",
        "Cllr Anton Weiss, 70, harrumphed.",
        "he fretted.",
        "they conceded grudgingly.",
        "the lock keeper fretted.",
        "a bargeman fretted on Sunday.",
        "one of the boaters fretted.",
        "Greta Falk posts on the boaters' forum.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
}

#[test]
fn a_written_source_that_reads() {
    // `read` is its own past tense: any sign, banner or card that `read` the words credits them.
    let q = tagged();
    for tail in [
        "a banner on the towpath read.",
        "the hand-painted board by the lock read on Monday.",
        "read a card pinned to the gate.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // Reading is not saying: a quotation someone merely read about is still unattributed.
    orphan(
        "The canal froze early.\n\nMost boaters read the notice twice. \"Nobody mends the gates any more.\"\n",
        "\"Nobody mends the gates any more.\"",
    );
}

#[test]
fn a_written_source_that_reads_in_other_shapes() {
    // Before the quotation with a colon, in curly marks, and verb first with a long subject.
    none("The ferry stopped in March.\n\nThe brass plaque above the ticket office read: \u{201c}Crossings every hour, whatever the weather.\u{201d}\n");
    none("The ferry stopped in March.\n\n\u{201c}Last boat sails at dusk,\u{201d} the front page of the Harbour Gazette read that week.\n");
    none("The ferry stopped in March.\n\n\"No crossings until further notice,\" read the notice nailed to the shed by the slipway.\n");
    // Someone who had read something is no speaker of the next quotation.
    orphan(
        "The ferry stopped in March.\n\nThe skipper had read the safety report. \u{201c}The hull will not pass another winter.\u{201d}\n",
        "\u{201c}The hull will not pass another winter.\u{201d}",
    );
}

#[test]
fn a_bare_form_after_a_singular_is_a_noun() {
    // `report`, `claim`, `note`, `protest` end a noun phrase here: nobody is speaking.
    for before in [
        "The skipper filed a warranty claim.",
        "Her brother left a short note.",
        "The harbour board heard a formal protest.",
        "The skipper had read the safety report.",
    ] {
        orphan(
            &format!("The ferry stopped in March.\n\n{before} \u{201c}The hull will not pass another winter.\u{201d}\n"),
            "\u{201c}The hull will not pass another winter.\u{201d}",
        );
    }
    // The same lemmas as verbs that agree with their subjects still attribute the quotation.
    for before in [
        "Inspectors warn that the hull is weak.",
        "We note the hull is weak.",
        "The skipper notes that the hull is weak.",
        "Both engineers claim the hull is weak.",
    ] {
        none(&format!(
            "The ferry stopped in March.\n\n{before} \u{201c}It will not pass another winter.\u{201d}\n"
        ));
    }
}

#[test]
fn unlisted_verbs_before_the_quotation() {
    none(&format!(
        "The canal froze early.\n\nAnton Weiss demurred, {Q}\n"
    ));
    none(&format!(
        "The canal froze early.\n\nAnton Weiss bristled: {Q}\n"
    ));
    none(&format!(
        "The canal froze early.\n\nThe lock keeper fretted: {Q}\n"
    ));
    none(&format!(
        "The canal froze early.\n\nHe told the trust, {Q}\n"
    ));
    none(&format!(
        "The canal froze early.\n\nGreta Falk posts daily: {Q}\n"
    ));
}

#[test]
fn a_verb_that_is_no_attribution_after_the_quotation() {
    // A new sentence, or a clause with no speaker, after the closing mark.
    let q = tagged();
    orphan(
        &format!("The canal froze early.\n\n{q} and then the ice broke.\n"),
        &q,
    );
    orphan(
        &format!("The canal froze early.\n\n{q} because nobody paid.\n"),
        &q,
    );
}

// --- Present-tense feature verbs and phrasal verbs in the paragraph. ---

#[test]
fn present_tense_feature_verbs() {
    for lead in [
        "Greta Falk still recalls the winter the canal froze solid.",
        "Greta Falk remembers the winter the canal froze solid.",
        "Greta Falk insists the trust was warned in October.",
        "The trust admits the gates are older than the bridge.",
        "On her blog, Greta Falk writes that the trust ignored three letters.",
        "Greta Falk notes that the gates were last painted in 1994.",
        "Greta Falk concedes the repairs will take a year.",
        "Greta Falk reckons the work will cost twice the estimate.",
    ] {
        none(&format!("{lead} {Q}\n"));
        none(&format!("{lead}\n\n{Q}\n"));
    }
}

#[test]
fn the_same_words_as_nouns_attribute_nothing() {
    for lead in [
        "The recalls of faulty pumps cost the trust a fortune.",
        "Her notes from the meeting went missing.",
        "Two new posts were created at the trust.",
        "The remarks section of the form was left blank.",
        "The reports of a leak came in at dawn.",
        "The claims were settled out of court.",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
    }
}

#[test]
fn phrasal_verbs() {
    let q = tagged();
    none(&format!("The canal froze early.\n\n{q} she went on.\n"));
    none(&format!(
        "The canal froze early.\n\n{q} Anton Weiss chimed in.\n"
    ));
    none(&format!("The canal froze early.\n\n{q} he summed up.\n"));
    none(&format!(
        "Anton Weiss pointed out that the gates were built in 1880. {Q}\n"
    ));
    none(&format!(
        "Anton Weiss told reporters the trust had no money. {Q}\n"
    ));
    none(&format!(
        "Anton Weiss spoke out at the meeting on Thursday.\n\n{Q}\n"
    ));
}

#[test]
fn phrasal_look_alikes_attribute_nothing() {
    for lead in [
        "The thaw went on for a fortnight.",
        "The lights went out across the basin.",
        "Anton Weiss pointed at the rotten beams.",
        "The boats carried on past the lock.",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
    }
}

// --- Negated verbs, objects that are not speech, questions about speech. ---

#[test]
fn negated_verbs_attribute_nothing() {
    for lead in [
        "The trust did not respond to repeated emails.",
        "A trust spokeswoman declined to comment on the gates.",
        "The trust's chairman refused to discuss the budget.",
        "The engineer would not say when the work would start.",
        "The trust has yet to reply to the boaters' letter.",
        "The trust never answered the petition.",
        "The council couldn't explain the delay.",
        "The chairman failed to mention the gates in his report.",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
        orphan(&format!("{lead} {Q}\n"), Q);
    }
}

#[test]
fn a_negated_verb_does_not_hide_a_real_one() {
    none(&format!(
        "The trust declined to comment, but a lock keeper said the gates were rotten.\n\n{Q}\n"
    ));
    none(&format!(
        "The engineer did not only complain; he said the gates were rotten.\n\n{Q}\n"
    ));
}

#[test]
fn objects_that_are_not_speech() {
    for lead in [
        "Boaters voted to ask the trust to replace the gates.",
        "The lock keeper was told to close the towpath.",
        "The inspector asked for the maintenance records.",
        "The council urged the trust to act before spring.",
        "Residents begged the trust to reopen the basin.",
        "The engineer advised boaters to moor elsewhere.",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
    }
}

#[test]
fn objects_that_are_speech() {
    for lead in [
        "The inspector asked whether the gates had ever been tested.",
        "The lock keeper told the inquiry that the gates were rotten.",
        "The engineer warned that the gates could fail.",
        "The trust vowed to replace the gates by May.",
    ] {
        none(&format!("{lead}\n\n{Q}\n"));
    }
}

#[test]
fn questions_about_speech_attribute_nothing() {
    for lead in [
        "Did anyone tell the boaters the gates were unsafe?",
        "Who warned the trust about the gates, and when?",
        "Why did the engineer not say so sooner?",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
    }
    let text = "The basin drained.\n\nWho told the inquiry, \"The gates were never tested\"?\n";
    assert_eq!(
        findings(text, DocKind::PlainText),
        vec![(
            "unattributed-quote",
            "\"The gates were never tested\"".to_string()
        )]
    );
}

// --- Pull quotes and captions. ---

#[test]
fn pull_quotes_credited_on_a_dash_line() {
    let pull = "“The lock gates have leaked since the winter and nobody has come to mend them.”";
    for credit in [
        "\n>\n> — Greta Falk, boater",
        "\n> -- Greta Falk",
        " — Greta Falk, chair of the boaters' association",
        "\n>\n> ― Anton Weiss",
        "\n>\n> – Anton Weiss, lock keeper",
    ] {
        let md = format!("The basin drained.\n\n> {pull}{credit}\n\nWork starts in May.\n");
        let got = findings(&md, DocKind::Markdown);
        assert!(got.is_empty(), "{md}\n=> {got:?}");
    }
}

#[test]
fn captions_and_stray_dashes_are_no_credit() {
    let pull = "“The lock gates have leaked since the winter and nobody has come to mend them.”";
    for line in [
        "\n\nPhoto: Greta Falk/Canal Pictures",
        "\n>\n> — Picture: Anton Weiss",
        "\n\nImage: courtesy of the trust",
        "\n>\n> — and the trust knew it all along, according to the minutes kept by the boaters' association over three long winters of meetings and letters",
    ] {
        let md = format!("The basin drained.\n\n> {pull}{line}\n");
        assert_eq!(
            findings(&md, DocKind::Markdown),
            vec![("unattributed-quote", pull.to_string())],
            "{md}"
        );
    }
}

// --- The unbalanced-quote fix closes before the attribution. ---

/// Each fix of the draft's unbalanced-quote finding: the fixed text and whether it is safe.
fn fixes(text: &str) -> Vec<(String, bool)> {
    let a = analyze(text, DocKind::PlainText, &Config::default());
    let f = a
        .findings
        .iter()
        .find(|f| f.rule.as_str() == "unbalanced-quote")
        .expect("an unbalanced-quote finding");
    f.fixes
        .iter()
        .map(|fix| (apply_edits(text, &fix.edits).0, fix.safe))
        .collect()
}

#[test]
fn closes_before_a_trailing_attribution() {
    for (open, closed) in [
        (
            "\"The towpath reopens on Friday, weather permitting, the trust said.",
            "\"The towpath reopens on Friday, weather permitting,\" the trust said.",
        ),
        (
            "\"Who will pay for the dredging? asked Greta Falk.",
            "\"Who will pay for the dredging?\" asked Greta Falk.",
        ),
        (
            "\"The basin is full of silt, said the lock keeper, Anton Weiss.",
            "\"The basin is full of silt,\" said the lock keeper, Anton Weiss.",
        ),
        (
            "\"We cannot moor here any more! a boater shouted.",
            "\"We cannot moor here any more!\" a boater shouted.",
        ),
    ] {
        let text = format!("{open}\n\nThe gates were closed.\n");
        assert_eq!(
            fixes(&text),
            vec![(format!("{closed}\n\nThe gates were closed.\n"), true)],
            "{open}"
        );
    }
}

#[test]
fn two_unsafe_fixes_when_the_words_may_go_on() {
    let text = "\"The towpath reopens on Friday, the trust said, unless the rain returns and the banks give way.\n";
    assert_eq!(
        fixes(text),
        vec![
            (
                "\"The towpath reopens on Friday,\" the trust said, unless the rain returns and the banks give way.\n".to_string(),
                false
            ),
            (
                "\"The towpath reopens on Friday, the trust said, unless the rain returns and the banks give way.\"\n".to_string(),
                false
            ),
        ]
    );
}

#[test]
fn closes_at_the_end_without_an_attribution() {
    let text =
        "Anton Weiss said: \"The towpath reopens on Friday, weather permitting, and not before.\n";
    assert_eq!(
        fixes(text),
        vec![(
            "Anton Weiss said: \"The towpath reopens on Friday, weather permitting, and not before.\"\n"
                .to_string(),
            false
        )]
    );
}

#[test]
fn reporters_stock_phrases() {
    for lead in [
        "The trust did not immediately respond to a request for comment.",
        "The trust was not available for comment on Sunday.",
        "The trust could not be reached for comment.",
        "Boaters were told to expect delays until June.",
        "The lock keeper was asked to leave the meeting.",
    ] {
        orphan(&format!("{lead}\n\n{Q}\n"), Q);
    }
    for lead in [
        "Asked whether the gates were safe, Anton Weiss said they were not.",
        "A lock keeper, who asked not to be named, said the gates were rotten.",
        "Anton Weiss, who did not want his boat named, told the inquiry the gates were rotten.",
    ] {
        none(&format!("{lead}\n\n{Q}\n"));
    }
}

#[test]
fn in_someones_view_or_opinion_credits_the_words() {
    // `In her view, "…"`, `in the opinion of the lock keeper`: a phrase that says whose words.
    for lead in [
        "In her view,",
        "In the opinion of the lock keeper, Anton Weiss,",
        "The trust, in their view, has said it plainly:",
        "In the view of boater Greta Falk,",
    ] {
        none(&format!("The canal froze early.\n\n{lead} {Q}\n"));
    }
    // The same words with nobody's view or opinion in them.
    for lead in [
        "In view of the frost,",
        "In full view of the towpath, nothing was done.",
    ] {
        orphan(&format!("The canal froze early.\n\n{lead} {Q}\n"), Q);
    }
}

#[test]
fn leading_shapes_with_titles_and_pronouns() {
    none(&format!(
        "The canal froze early.\n\nCllr Anton Weiss snorted, {Q}\n"
    ));
    none(&format!("The canal froze early.\n\nShe shrugged: {Q}\n"));
    none(&format!(
        "The canal froze early.\n\nThe lock keeper, Anton Weiss, was blunt: {Q}\n"
    ));
    // A colon after a caption label is no attribution.
    orphan(&format!("The canal froze early.\n\nPhoto: {Q}\n"), Q);
}

#[test]
fn no_certain_close_before_a_clause_that_is_no_attribution() {
    // `went` reports speech only as `went on`: no attribution here, so the mark closes at the end.
    let text = "\"We waited until dawn, the lights went out and the pumps stopped.\n";
    assert_eq!(
        fixes(text),
        vec![(
            "\"We waited until dawn, the lights went out and the pumps stopped.\"\n".to_string(),
            false
        )]
    );
    // `the manager said the pumps stopped`: indirect speech may be the writer's or the quote's.
    let text = "\"We waited until dawn, the manager said the pumps stopped.\n";
    assert_eq!(
        fixes(text),
        vec![
            (
                "\"We waited until dawn,\" the manager said the pumps stopped.\n".to_string(),
                false
            ),
            (
                "\"We waited until dawn, the manager said the pumps stopped.\"\n".to_string(),
                false
            ),
        ]
    );
    let text = "\"We waited until dawn, she went on.\n";
    assert_eq!(
        fixes(text),
        vec![("\"We waited until dawn,\" she went on.\n".to_string(), true)]
    );
}

#[test]
fn a_partial_quotation_is_never_closed_for_certain() {
    // Opened mid-sentence: it may end at either place, so neither fix is safe.
    let text = "The trust called the gates \"beyond repair, whatever the engineers say, the chairman told the inquiry.\n";
    assert_eq!(
        fixes(text),
        vec![
            (
                "The trust called the gates \"beyond repair, whatever the engineers say,\" the chairman told the inquiry.\n".to_string(),
                false
            ),
            (
                "The trust called the gates \"beyond repair, whatever the engineers say, the chairman told the inquiry.\"\n".to_string(),
                false
            ),
        ]
    );
}

#[test]
fn clauses_that_only_look_like_attributions() {
    for text in [
        // A relative clause: the verb is not the noun phrase's.
        "\"The gates come first. The trust hired Greta Falk and Anton Weiss, a pair who began work in March.\n",
        // A clause with a verb and its object, no speaker.
        "\"The gates come first. Her friend, Greta Falk, chair of the boaters, lays the blame on the trust.\n",
    ] {
        let closed = text.replace(".\n", ".\"\n");
        assert_eq!(fixes(text), vec![(closed, false)], "{text}");
    }
}

#[test]
fn no_certain_close_across_a_sentence_that_reports_speech() {
    // `He said there had been …` is the writer's sentence: the quote may have ended before it.
    let text = "\"The gates come first, as a rule. He said the trust had broken that rule twice, the engineer added.\n";
    let got = fixes(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(_, safe)| !safe), "{got:?}");
    // A clause with an auxiliary, or a participle, is no attribution.
    for text in [
        "\"The gates come first. The trust, which has owned the canal since 1948, will announce a plan.\n",
        "\"The gates come first. Boaters sued the trust in June, arguing the gates were unsafe.\n",
    ] {
        let closed = text.replace(".\n", ".\"\n");
        assert_eq!(fixes(text), vec![(closed, false)], "{text}");
    }
}

#[test]
fn a_verb_whose_object_is_no_speech_makes_no_attribution() {
    // `will continue to grow`: no speech, so the mark closes at the end.
    let text = "\"Under the new owners, the basin will continue to grow.\n";
    assert_eq!(fixes(text), vec![(text.replace(".\n", ".\"\n"), false)]);
}

// --- A possessive speaker and a noun of speech, with no verb. ---

#[test]
fn a_possessive_and_a_noun_of_speech_attribute_the_quotation() {
    for opening in [
        "The lock keeper's message",
        "Anton Weiss's final appeal",
        "Greta Falk’s warning",
        "Hollins' rallying cry",
        "Her reply",
        "The trust's statement",
        "The boaters' declaration",
        "The council's repeated insistence",
        "Their promise",
    ] {
        none(&format!(
            "The canal froze early.\n\n{opening} {Q} went unanswered for a month.\n"
        ));
    }
}

#[test]
fn a_possessive_before_a_noun_that_is_no_speech_attributes_nothing() {
    for opening in [
        // Not something said: the quotation's speaker is not told.
        "The lock keeper's notebook",
        "Greta Falk's boat",
        // No possessive: nobody owns the words.
        "The old message",
        "A warning",
        // A comma between: the noun is no longer the quotation's introduction.
        "The trust's statement, issued late,",
    ] {
        let text =
            format!("The canal froze early.\n\n{opening} {Q} went unanswered for a month.\n");
        orphan(&text, Q);
    }
}

// --- A double mark closed by a single one. ---

#[test]
fn a_single_mark_closing_a_double_one_before_its_attribution_is_the_slip() {
    for (open, closed) in [
        (
            "\"The gates come first,' the engineer said.\n",
            "\"The gates come first,\" the engineer said.\n",
        ),
        (
            "“The gates come first,’ said Anton Weiss.\n",
            "“The gates come first,” said Anton Weiss.\n",
        ),
        (
            "\"Who pays for the gates?' asked one boater.\n",
            "\"Who pays for the gates?\" asked one boater.\n",
        ),
    ] {
        assert_eq!(fixes(open), vec![(closed.to_string(), true)], "{open}");
    }
    // A nested quotation closed as it should be: nothing to fix.
    none("\"He told me, 'Mend the gates,' and I did,\" said Anton Weiss.\n");
    // No attribution after the single mark: it may be anything, so the quotation is closed at
    // the end of the paragraph, unsafely.
    let text = "\"The gates come first,' and then the towpath.\n";
    assert_eq!(
        fixes(text),
        vec![(text.replace(".\n", ".\"\n"), false)],
        "{text}"
    );
}

#[test]
fn an_opening_mark_written_where_the_quotation_closes_is_turned_round() {
    for (open, closed) in [
        (
            "“The gates come first,“ the engineer said.\n",
            "“The gates come first,” the engineer said.\n",
        ),
        (
            "“Who pays for the gates?“ asked one boater.\n",
            "“Who pays for the gates?” asked one boater.\n",
        ),
    ] {
        assert_eq!(fixes(open), vec![(closed.to_string(), true)], "{open}");
        // One finding: the wrong mark is not flagged again as a quotation never closed.
        assert_eq!(
            drafts::findings(open, DocKind::PlainText).len(),
            1,
            "{open}"
        );
    }
    // The next quotation really opens there: no attribution follows it.
    let text = "“The gates come first,“ Mend them” is painted on the lock.\n";
    assert!(
        fixes(text).iter().all(|(t, _)| !t.contains("first,” Mend")),
        "{text}"
    );
}

// --- A table's columns say who speaks. ---

#[test]
fn a_quotation_filling_a_table_cell_is_credited_by_a_name_in_its_row() {
    let d = "# Who said what at the lock\n\n| Boater | Their word |\n|---|---|\n| Greta Falk | \"The gates leak every winter.\" |\n| Okafor (harbour master) | \"We will mend them in March.\" |\n| Will Ashdown | \"Nobody has told us a thing.\" |\n| 2024 | \"The gates were painted again.\" |\n| Slogan | \"Mend the gates, save the town.\" |\n";
    assert_eq!(
        findings(d, DocKind::Markdown),
        vec![
            (
                "unattributed-quote",
                "\"The gates were painted again.\"".to_string()
            ),
            (
                "unattributed-quote",
                "\"Mend the gates, save the town.\"".to_string()
            ),
        ]
    );
}

// --- Single marks as a draft's own marks. ---

#[test]
fn a_single_mark_left_open_is_flagged_where_the_draft_quotes_with_single_marks() {
    let open = "Lock closes\n\n‘The gates have leaked since winter,’ said Anton Weiss.\n\nThe trust disagreed. ‘The gates were checked in March, a spokeswoman said.\n";
    assert_eq!(
        fixes(open),
        vec![(open.replace("March, a", "March,’ a"), true)]
    );
    let straight = "Lock closes\n\n'The gates have leaked since winter,' said Anton Weiss.\n\nThe trust disagreed. 'The gates were checked in March, a spokeswoman said.\n";
    assert_eq!(
        fixes(straight),
        vec![(straight.replace("March, a", "March,' a"), true)]
    );
    // A draft quoting with double marks: a single mark left open inside a paragraph is not
    // its quotation mark (a headline's single marks do not make it one either).
    none("‘Gates first’, says trust\n\n“The gates have leaked since winter,” said Anton Weiss.\n\nThe trust disagreed. ‘The gates were checked in March, a spokeswoman said.\n");
    // An apostrophe curled the wrong way is no quotation.
    none("Lock closes\n\n‘The gates have leaked since winter,’ said Anton Weiss.\n\nThe lock dates from the ‘90s, the trust said.\n");
}

// --- The next sentence points back at the quotation. ---

#[test]
fn a_sentence_pointing_back_at_the_quotation_names_its_speaker() {
    for tail in [
        "That was the message from the lock keeper, Anton Weiss, on Sunday.",
        "Those were the words of Greta Falk, who chairs the boaters' group.",
        "Such was the verdict of the trust's engineer.",
        "This was the warning from the canal trust.",
        "That was the reaction of most boaters.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {tail}\n"));
    }
    // A quotation standing alone, then a paragraph pointing back at it.
    none(&format!(
        "The canal froze early.\n\n{Q}\n\nThese are the questions Greta Falk will put to the trust on Monday.\n"
    ));
    none(&format!(
        "The canal froze early.\n\n{Q} That was the message Anton Weiss gave the boaters.\n"
    ));
    // Nothing said, or no one saying it: still flagged.
    for tail in [
        "That was the end Anton Weiss feared.",
        "That was the end of the matter.",
        "This is the view from the lock.",
        "That was the message.",
    ] {
        orphan(&format!("The canal froze early.\n\n{Q} {tail}\n"), Q);
    }
}

#[test]
fn a_closing_mark_with_no_opening_one_is_offered_an_opening_mark_at_its_sentence_start() {
    let text =
        "The canal froze early.\n\nThe lock gates have leaked since winter,\" said Anton Weiss.\n";
    assert_eq!(
        fixes(text),
        vec![(text.replace("\n\nThe lock", "\n\n\"The lock"), false)]
    );
    let curly = "The canal froze early. The gates leak,” said Anton Weiss.\n";
    assert_eq!(
        fixes(curly),
        vec![(curly.replace(" The gates", " “The gates"), false)]
    );
}

#[test]
fn per_after_a_quotation_and_in_the_words_of_before_it_credit_a_speaker() {
    let q = tagged();
    none(&format!(
        "The canal froze early.\n\n{q} per a spokesman for the trust.\n"
    ));
    none(&format!("The canal froze early.\n\n{q} per Greta Falk.\n"));
    none(&format!(
        "The canal froze early.\n\nIn the words of the lock keeper, {Q}\n"
    ));
    // `per` as a rate is no credit.
    orphan(
        &format!("The canal froze early.\n\n{Q} Tolls rose 5 per cent.\n"),
        Q,
    );
}

#[test]
fn pointing_sentences_in_other_words() {
    for tail in [
        "Such were the words of the harbour master, Ines Moreau.",
        "That was the warning from the boaters' union.",
        "This is the plea Greta Falk made to the council.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {tail}\n"));
    }
    orphan(
        &format!("The canal froze early.\n\n{Q} That was the start of the winter.\n"),
        Q,
    );
}

#[test]
fn a_pointing_sentence_whose_speaker_is_described_before_the_name() {
    // `of harbourmaster Lene Okafor`: lowercase words of what the speaker does, then the name.
    let q = tagged();
    for text in [
        format!("The canal froze early.\n\n{Q} That was the verdict of lock keeper Anton Weiss.\n"),
        format!(
            "The canal froze early.\n\n{Q} Such was the plea from boater Greta Falk on Monday.\n"
        ),
        format!("The canal froze early.\n\n{q} was the reaction of towpath warden Ines Moreau.\n"),
        format!(
            "The canal froze early.\n\n{q} came the reply from dredger captain Bram Oyelaran.\n"
        ),
    ] {
        none(&text);
    }
    // No name after the lowercase words: a place or a crowd, not a speaker.
    for tail in [
        "That was the mood of the towpath.",
        "That was the start of winter in Lowmoor.",
        "Such was the question on every boater's mind.",
    ] {
        orphan(&format!("The canal froze early.\n\n{Q} {tail}\n"), Q);
    }
}

#[test]
fn a_pointing_sentence_or_inverted_credit_with_the_speakers_possessive() {
    // `is Fenwick's verdict`, `That was the mayor's reply`: the possessive names the speaker.
    let q = tagged();
    for tail in [
        "is Anton Weiss's verdict on the winter.",
        "was the lock keeper's blunt reply.",
        "came the boaters' answer.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    for tail in [
        "That was Greta Falk's verdict.",
        "Such was the harbour master's final word.",
        "That was her response to the trust.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {tail}\n"));
    }
    // What someone owns that is no words of theirs: the quotation stays unattributed.
    for tail in [
        "was Anton Weiss's plan for the winter.",
        "is the title of Greta Falk's talk.",
        "was the weather forecast for the lock.",
    ] {
        orphan(&format!("The canal froze early.\n\n{q} {tail}\n"), &q);
    }
    orphan(
        &format!("The canal froze early.\n\n{Q} That was Greta Falk's boat.\n"),
        Q,
    );
}

// --- A speaker and how they spoke; the listener of a passive; a verb put first. ---

#[test]
fn a_speaker_described_by_a_verb_of_being_after_the_comma() {
    let q = tagged();
    for tail in [
        "Anton Weiss was adamant.",
        "the lock keeper was blunt.",
        "Cllr Greta Falk, 58, was philosophical.",
        "Ms Falk has been insistent.",
        "Weiss was equally emphatic, and wrote to the trust.",
        "the boaters were unrepentant.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // Not a way of speaking: a participle, a word that goes on, a negation, a relative clause.
    for tail in [
        "the towpath was closed.",
        "which was a surprise.",
        "the gates were not mended.",
        "the winter was long and hard.",
    ] {
        orphan(&format!("The canal froze early.\n\n{q} {tail}\n"), &q);
    }
}

#[test]
fn the_subject_of_a_passive_heard_the_words() {
    // How a court or a meeting is reported: the words were said to the subject, so they are
    // attributed, though no speaker is named.
    let q = tagged();
    for tail in [
        "the boaters were told.",
        "Anton Weiss was told on Monday.",
        "the meeting was warned.",
        "the inquest heard.",
        "the tribunal heard on Tuesday.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // A passive whose subject is the words names no one: still an orphan.
    for tail in ["it was announced.", "the plans were revealed on Friday."] {
        orphan(&format!("The canal froze early.\n\n{q} {tail}\n"), &q);
    }
    // Unless the subject said them, or the speaker follows.
    for tail in [
        "Anton Weiss was quoted as saying.",
        "the lock keeper was heard to mutter.",
        "the boaters were told by Greta Falk.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // A quotation between the verb of being and the verb is another clause.
    none("The canal froze early.\n\nThe toll is \"a scandal,\" complains Anton Weiss, a boater, \"and it will empty the canal by the summer.\"\n");
}

#[test]
fn a_verb_put_first_and_a_noun_of_words_said_credit_the_speaker_after_it() {
    let q = tagged();
    for tail in [
        "was the verdict of Anton Weiss.",
        "came the reply from the lock keeper.",
        "was the message from the boaters' union.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // A short quotation closed on a comma was said, not mentioned.
    none("The canal froze early.\n\n\"It is a disgrace,\" was the verdict of Anton Weiss.\n");
    orphan(
        "The canal froze early.\n\n\"It is a disgrace,\" was the headline.\n",
        "\"It is a disgrace,\"",
    );
}

// --- Lists of quotations. ---

#[test]
fn a_colon_before_a_list_introduces_every_item() {
    for list in [
        "The lock keeper, Anton Weiss, listed his worries:\n\n- \"The gates leak at every tide and nobody comes.\"\n- \"The towpath floods each winter.\"\n- \"The boaters have stopped paying their tolls.\"\n",
        "Greta Falk's demands were plain:\n\n1. \"Mend the top gate before the spring.\"\n2. \"Dredge the basin every other year.\"\n",
    ] {
        none(&format!("The canal froze early.\n\n{list}\nThe trust will reply.\n"));
    }
}

#[test]
fn in_a_vox_pop_an_item_that_credits_no_one_is_an_orphan() {
    let text = "We asked boaters about the tolls.\n\n- \"The tolls have doubled in two years,\" said Anton Weiss, 61.\n- \"Nobody asked us before the rise was agreed.\"\n- \"I will sell the boat,\" Greta Falk said.\n";
    orphan(text, "\"Nobody asked us before the rise was agreed.\"");
    // Paragraphs, not items: the paragraph before still gives the speaker.
    none("The canal froze early.\n\n\"The tolls have doubled in two years,\" said Anton Weiss, 61.\n\n\"Nobody asked us before the rise was agreed.\"\n");
}

// --- The same shapes in other words. ---

#[test]
fn stances_passives_and_inverted_credits_in_other_words() {
    let q = tagged();
    for tail in [
        // A speaker and how they spoke.
        "the harbour master was scathing.",
        "Dr Ines Moreau remained defiant.",
        "both boaters were candid.",
        // A verb put first and a noun of words said.
        "was the response of the canal trust.",
        "came the answer from Ines Moreau, the harbour master.",
        "was the assessment of one lock keeper.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    for tail in [
        // The subject of a passive heard the words.
        "the boaters were reminded.",
        "pupils at the lock school were warned.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    for tail in [
        // Not a way of speaking.
        "the basin was frozen.",
        "the toll was higher than ever.",
    ] {
        orphan(&format!("The canal froze early.\n\n{q} {tail}\n"), &q);
    }
    // Closed on a comma, a short quotation was said.
    for text in [
        "The canal froze early.\n\n\"We will not pay,\" was the reply from the boaters.\n",
        "The canal froze early.\n\n\"Mend the gates now,\" came the plea from Greta Falk.\n",
    ] {
        none(text);
    }
}

#[test]
fn lists_of_quotations_in_other_shapes() {
    for list in [
        "Anton Weiss, the lock keeper, gave three reasons:\n\n1) \"The gates leak at every tide and nobody comes.\"\n2) \"The towpath floods each winter.\"\n3) \"The boaters have stopped paying their tolls.\"\n",
        "Greta Falk put it plainly:\n\n• \"Mend the top gate before the spring.\"\n• \"Dredge the basin every other year.\"\n",
        "The trust's letter said:\n\n* \"Tolls will rise by a tenth in April.\"\n* \"Moorings will be reviewed in the summer.\"\n",
    ] {
        none(&format!("The canal froze early.\n\n{list}\nThe boaters will meet.\n"));
    }
    for (list, orphaned) in [
        (
            "- \"The tolls have doubled,\" said Anton Weiss, 61.\n- \"I will sell the boat,\" Greta Falk said.\n- \"We were never asked about any of it.\"\n",
            "\"We were never asked about any of it.\"",
        ),
        (
            "1. \"The gates leak at every tide,\" according to Ines Moreau.\n2. \"The basin silts up every year now.\"\n",
            "\"The basin silts up every year now.\"",
        ),
    ] {
        orphan(
            &format!("We asked boaters about the tolls.\n\n{list}"),
            orphaned,
        );
    }
}

// --- A reporting verb's past form used as an adjective or a noun reports no speech. ---

#[test]
fn a_past_form_after_an_article_or_a_count_reports_no_speech() {
    for before in [
        "The accused, 52, appeared by video link.",
        "There were 14 reported leaks by Friday.",
        "The disputed stretch of towpath is closed.",
        "The newly announced repairs were put off again.",
        "Her noted patience ran out in March.",
        "Each confirmed sighting of the otters was logged.",
    ] {
        orphan(&format!("The canal froze early.\n\n{before} {Q}\n"), Q);
    }
    // A count or a quantifier as the subject still speaks: `Two said`, `Several complained`.
    for before in [
        "The two said they were fed up.",
        "Several complained bitterly at the meeting.",
        "Many told the trust the same.",
        "Three replied within the hour.",
        "The accused told the court he had moored there for years.",
    ] {
        none(&format!("The canal froze early.\n\n{before} {Q}\n"));
    }
}

// --- Words of speech in senses that report none. ---

#[test]
fn adding_things_to_things_reports_no_words() {
    for before in [
        "The new toll will add £90 a season to every mooring.",
        "The marina adds 30 berths to the basin this spring.",
        "The heron was added to the list of protected birds.",
        "A second breach came in June, adding to worries about the embankment.",
        "Dredging will add 12 weeks to the works.",
    ] {
        orphan(&format!("The canal froze early.\n\n{before}\n\n{Q}\n"), Q);
    }
    // Adding words, or a number that opens a reported clause, is speech.
    for before in [
        "Anton Weiss added that the gates were older than the town.",
        "Greta Falk added 40 boats had left since the spring.",
        "The lock keeper added: \"Nobody listens to us.\"",
    ] {
        none(&format!("The canal froze early.\n\n{before}\n\n{Q}\n"));
    }
}

#[test]
fn idioms_and_asides_built_on_words_of_speech() {
    for before in [
        "The first stage of the dredging went according to plan.",
        "Only time will tell whether the new gates hold.",
        "The flood, which claimed the lives of two anglers, began upstream.",
        "The trust wrote off £2m of unpaid tolls last year.",
        "A toll of, say, £5 a day would empty the basin.",
    ] {
        orphan(&format!("The canal froze early.\n\n{before}\n\n{Q}\n"), Q);
    }
    // The same words as speech.
    for before in [
        "According to the lock keeper, the gates are older than the town.",
        "Greta Falk wrote to the trust in March.",
        "Boaters say the tolls are too high.",
    ] {
        none(&format!("The canal froze early.\n\n{before}\n\n{Q}\n"));
    }
}

#[test]
fn an_answer_after_the_question_put_to_someone() {
    for text in [
        "The canal froze early.\n\nAnton Weiss was asked whether he would sell his boat. \"Never. My father built it and I will die on it.\"\n",
        "The canal froze early.\n\nThe boaters were asked about the tolls. \"They have doubled and nobody explained why.\"\n",
        "The canal froze early.\n\nGreta Falk was reminded of her promise. \"I said the gates would be mended, and they will be.\"\n",
    ] {
        none(text);
    }
}

#[test]
fn german_quotation_marks_close_on_a_high_mark() {
    orphan(
        "Canal news\n\nThe basin reopens on Monday.\n\n„The moorings are free for the first week, so come early and bring a rope.“\n",
        "„The moorings are free for the first week, so come early and bring a rope.“",
    );
    none("Canal news\n\nThe basin reopens on Monday.\n\n„The moorings are free for the first week, so come early,“ said Anton Weiss.\n");
}

// --- Verbs that also act on things (`&` in reporting_verbs.txt). ---

#[test]
fn a_verb_acting_on_a_thing_reports_no_words() {
    // An object, or a phrase after `to`, `with` or `by`, that names no words and no listener.
    for after in [
        "The boatyard reported a loss of £40,000 for the season.",
        "The yard reported record bookings in May.",
        "Volunteers responded to the breach within the hour.",
        "Greta Falk answered with a shrug and went below.",
        "The trust responded by draining the basin.",
        "The lock keeper replied with a wave.",
        "The hire firm reported the theft to the police.",
        "Dredgers countered the silt with a second pump.",
        "The rowing club claimed the cup for a third year.",
        "The visiting crew conceded a late penalty.",
        "Two lock keepers reported for duty at dawn.",
    ] {
        orphan(&format!("The canal froze early.\n\n{Q} {after}\n"), Q);
    }
    // In the paragraph before, it gives no context either.
    orphan(
        &format!(
            "The canal froze early.\n\nVolunteers responded to the breach on the towpath.\n\n{Q}\n"
        ),
        Q,
    );
    // Words, a listener, a reported clause, a time or no object at all: speech.
    for after in [
        "Greta Falk replied with a statement on Tuesday.",
        "The trust responded to the criticism last night.",
        "Anton Weiss answered questions from the boaters.",
        "The trust responded to him in writing.",
        "Greta Falk responded to residents at the meeting.",
        "The hire firm replied to the council.",
        "The boatyard reported that the pumps had failed.",
        "The yard reported bookings were down.",
        "The trust responded last night.",
        "Anton Weiss responded by saying the gates were sound.",
        "Greta Falk claimed the trust had ignored the survey.",
        "Anton Weiss conceded that the gates were weak.",
        "Greta Falk reported for the boaters' newsletter.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {after}\n"));
    }
    // Beside a quotation the same words still attribute it.
    let q = tagged();
    none(&format!(
        "The canal froze early.\n\n{q} Greta Falk answered with a shrug.\n"
    ));
}

#[test]
fn a_bare_noun_told_in_the_passive_heard_the_words() {
    // Any verb that addresses someone (`<`), in the passive, after a subject with no article.
    let q = tagged();
    for tail in [
        "boaters were informed.",
        "moorers were warned on Friday.",
        "volunteers were reminded.",
        "councillors were assured last night.",
        "reporters were told.",
    ] {
        none(&format!("The canal froze early.\n\n{q} {tail}\n"));
    }
    // Negated, a verb that addresses no one, or not reporting at all: still an orphan.
    for tail in [
        "boaters were not informed.",
        "plans were announced.",
        "boaters were invited.",
        "moorers were furious about it.",
    ] {
        orphan(&format!("The canal froze early.\n\n{q} {tail}\n"), &q);
    }
}

#[test]
fn a_speaker_being_at_work_is_no_passive() {
    // `was speaking`: a verb of being before a present participle is the speaker speaking.
    for after in [
        "Anton Weiss was speaking after the trust met.",
        "Greta Falk is explaining the new tolls to boaters this week.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {after}\n"));
    }
    // A past participle still names only the words.
    orphan(
        &format!("The canal froze early.\n\n{Q} The new tolls were explained in a leaflet.\n"),
        Q,
    );
}

#[test]
fn a_new_sentence_after_an_exclamation_acts_on_a_thing() {
    // After `!` or `?` a capital opens a sentence of its own: a subject doing something to a
    // thing there credits no one with the cry before it.
    let before = "A barn on the ridge road burned on Friday night.\n\n";
    for (quote, after) in [
        (
            "\"Get the horses out of the stalls!\"",
            "Firefighters responded to the flames within minutes.",
        ),
        (
            "\"Fetch every hose you can carry!\"",
            "Farmhands answered with buckets from the trough.",
        ),
        (
            "\"Is anybody still up in the loft?\"",
            "Volunteers countered the smoke with wet sacks.",
        ),
        (
            "\"Mind the roof, it is coming down!\"",
            "Onlookers reacted with shovels and sand.",
        ),
        (
            "\"Open the gate to the lower field!\"",
            "Neighbours arrived with a tractor and a trailer.",
        ),
    ] {
        orphan(&format!("{before}{quote} {after}\n"), quote);
    }
    // A comma keeps the clause the quotation's own, a listener or words make the verb speak,
    // a pronoun or a gesture that ends the sentence still credits the words.
    for (quote, after) in [
        ("\"Keep well back from the barn,\"", "she replied."),
        (
            "\"We lost two calves and most of the hay,\"",
            "the farmer responded to reporters.",
        ),
        (
            "\"Who left the lamp burning in the loft?\"",
            "Inspectors asked the owner on Saturday.",
        ),
        (
            "\"We will rebuild it before the winter!\"",
            "Hester Quayle responded to neighbours.",
        ),
        (
            "\"Thank you all for coming so fast!\"",
            "Hester Quayle beamed.",
        ),
        (
            "\"Nobody is to go back inside!\"",
            "she answered with a shake of the head.",
        ),
    ] {
        none(&format!("{before}{quote} {after}\n"));
    }
    // A pronoun with a capital opens a new sentence too.
    let quote = "\"Bring the trailer round to the yard!\"";
    orphan(
        &format!("{before}{quote} They responded to the flames with hoses from the pond.\n"),
        quote,
    );
}

// --- A nested quotation left open inside a closed one. ---

#[test]
fn a_nested_quotation_left_open_closes_before_the_mark_around_it() {
    for (open, closed) in [
        (
            "The quarry shut in May.\n\nHester Quayle said: “My uncle always warned us, ‘you never get the stone back. He was right.”\n",
            "The quarry shut in May.\n\nHester Quayle said: “My uncle always warned us, ‘you never get the stone back. He was right.’”\n",
        ),
        (
            "The quarry shut in May.\n\n\"The notice just said 'closed until further notice,\" the foreman recalled.\n",
            "The quarry shut in May.\n\n\"The notice just said 'closed until further notice,'\" the foreman recalled.\n",
        ),
        (
            "The quarry shut in May.\n\n“When the inspector came he told us, ‘shut the east face tonight,” said Bram Oyelaran.\n",
            "The quarry shut in May.\n\n“When the inspector came he told us, ‘shut the east face tonight,’” said Bram Oyelaran.\n",
        ),
    ] {
        let at = open.find(['‘', '\'']).unwrap();
        let mark = open[at..].chars().next().unwrap().to_string();
        assert_eq!(
            findings(open, DocKind::PlainText),
            vec![("unbalanced-quote", mark)],
            "{open}"
        );
        assert_eq!(fixes(open)[0].0, closed, "{open}");
    }
    // Traps: nested quotations closed, apostrophes and elisions turned the wrong way.
    for text in [
        "The quarry shut in May.\n\n“Nobody said ‘thank you’ once, not one of them,” Hester Quayle said.\n",
        "The quarry shut in May.\n\n“We worked from dawn ‘til dusk and loved it,” Hester Quayle said.\n",
        "The quarry shut in May.\n\n“Back in the ‘70s we cut stone for three cathedrals,” Hester Quayle said.\n",
        "The quarry shut in May.\n\n\"We called it 'the pit' and the 'big hole', and the lads' hut was 'the palace',\" the foreman said.\n",
        "The quarry shut in May.\n\n\"My kids went off to the 'burbs and never came back,\" the foreman said.\n",
        "The quarry shut in May.\n\n‘They called it “the pit”, and we called it home,’ the foreman said.\n",
    ] {
        none(text);
    }
}

// --- A speaker's possessive and a noun of opinion or words said before the quotation. ---

#[test]
fn a_possessive_and_a_noun_of_view_or_words_introduce_the_quotation() {
    // The nouns of `in his view`, `in her words`, `in their opinion` (data/cues.txt) with any
    // speaker's possessive, or `in` with a noun of words said or written.
    for text in [
        "The canal froze early.\n\nIn Marit Kvalheim's view, \"the trust has let the gates rot for a decade.\"\n",
        "The canal froze early.\n\nIn the lock keeper's words, \"nobody has oiled these hinges since the war.\"\n",
        "The canal froze early.\n\nIn the boaters' opinion, \"the tolls pay for nothing but the trust's offices.\"\n",
        "The canal froze early.\n\nIn Idris Penhale's own words, \"I patched the sluice with my bare hands.\"\n",
        "The canal froze early.\n\nIn the engineer's letter, \"the repairs must wait for next year's budget.\"\n",
        "The canal froze early.\n\nAsked about the tolls, in Mr. Penhale's view, \"the boaters have paid twice over.\"\n",
    ] {
        none(text);
    }
}

#[test]
fn a_possessive_that_owns_no_words_introduces_nothing() {
    let orphan_q = "\"The trust has let the gates rot for a decade and nobody will say so.\"";
    // The opinion belongs to its own sentence; the quotation after it has no speaker.
    orphan(
        &format!("The canal froze early.\n\nIn Marit Kvalheim's view, the trust had failed. {orphan_q}\n"),
        orphan_q,
    );
    // What someone has that is no words of theirs, or no possessive at all.
    for intro in [
        "In Marit Kvalheim's absence,",
        "In the lock keeper's garden,",
        "In the meantime,",
        "In the view from the bridge,",
    ] {
        orphan(
            &format!("The canal froze early.\n\n{intro} {orphan_q}\n"),
            orphan_q,
        );
    }
}

// --- `That was how SPEAKER VERB …`: the next sentence tells how the words were said. ---

#[test]
fn a_sentence_telling_how_the_speaker_said_it_credits_the_speaker() {
    for tail in [
        "That was how Marit Kvalheim broke the news to the boaters.",
        "That is how the lock keeper put it.",
        "That's how Idris Penhale described it on Sunday.",
        "This was how Tamsin Rowe summed up the winter.",
        "That was how the trust's engineer phrased it.",
        "That is how the council put it.",
    ] {
        none(&format!("The canal froze early.\n\n{Q} {tail}\n"));
    }
    // A quotation standing alone, then the paragraph telling how it was said.
    none(&format!(
        "The canal froze early.\n\n{Q}\n\nThat was how Marit Kvalheim opened the meeting.\n"
    ));
}

#[test]
fn a_sentence_telling_how_a_thing_happened_credits_no_one() {
    for tail in [
        "That was how the winter began.",
        "That is how the sluice works.",
        "That was how it ended.",
        "That was how the fire started.",
        "That was not how Anton Weiss told it.",
        "That was how the tribunal heard it.",
    ] {
        orphan(&format!("The canal froze early.\n\n{Q} {tail}\n"), Q);
    }
}

// --- `To SPEAKER's mind, "…"`: a frame of a point of view owned by the speaker. ---

#[test]
fn a_frame_of_a_point_of_view_owned_by_a_speaker_credits_the_quotation() {
    let q =
        "\"the water board has spent ten years studying a leak it could have fixed in a week.\"";
    for frame in [
        "To Okafor's mind,",
        "To Ruth Okafor's mind,",
        "To her mind,",
        "To the lock keeper's ear,",
        "By Idris Penhale's own account,",
        "By the treasurer's reckoning,",
        "In the boaters' eyes,",
        "From the engineer's perspective,",
        "In Tamsin Rowe's telling,",
    ] {
        none(&format!("The canal froze early.\n\n{frame} {q}\n"));
    }
}

#[test]
fn a_frame_that_is_no_point_of_view_credits_no_one() {
    // The same shape with a noun of feeling or place, and the frames' nouns used literally.
    let q = "\"The towpath will reopen on Monday after the repairs are finished.\"";
    for frame in [
        "To the boaters' dismay,",
        "To everyone's surprise,",
        "By the lock keeper's cottage,",
        "In the engineer's van,",
        "Next to her ear,",
    ] {
        orphan(&format!("The canal froze early.\n\n{frame} {q}\n"), q);
    }
    // A frame earlier in the paragraph, its sentence ended, credits no later quotation.
    orphan(
        &format!("The canal froze early.\n\nShe held the phone to her ear. {q}\n"),
        q,
    );
}

// --- `"…" - Name, role`: plain text's spaced hyphen for the dash of a credit. ---

#[test]
fn a_credit_after_a_spaced_hyphen_names_the_speaker() {
    for line in [
        "\"A lock that leaks is a lock that will one day fail\" - Marit Kvalheim, lock keeper.",
        "\"A lock that leaks is a lock that will one day fail.\" - Idris Penhale.",
        "\u{201c}A lock that leaks is a lock that will one day fail\u{201d} - Tamsin Rowe, Canal & River Trust.",
    ] {
        none(&format!("The canal froze early.\n\n{line}\n"));
    }
}

#[test]
fn a_hyphen_that_is_no_dash_credits_no_one() {
    let q = "\"A lock that leaks is a lock that will one day fail\"";
    // Not set off by spaces, lowercase after it, a caption, or a list item under the quotation
    // (each line ends on a full point: a plain-text line without one is a heading).
    for line in [
        format!("{q} -Marit Kvalheim."),
        format!("{q} - the trust has known for years."),
        format!("{q} - Photo: Marit Kvalheim."),
    ] {
        orphan(&format!("The canal froze early.\n\n{line}\n"), q);
    }
    let md = format!("The canal froze early.\n\n{q}\n\n- Marit Kvalheim, lock keeper\n");
    assert_eq!(
        drafts::findings(&md, copydesk_core::DocKind::Markdown),
        vec![("unattributed-quote", q.to_string())]
    );
}
