//! Attribution read from the sentence: drafts written for these tests, one shape each, with the
//! exact quotation findings expected (rule and flagged text).

use copydesk_core::fix::apply_edits;
use copydesk_core::{analyze, Config, DocKind};

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{findings, none, orphan};

// --- Any verb beside a speaker attributes the quotation. ---

#[test]
fn any_verb_after_the_quote_with_a_named_speaker() {
    none("The ferry lost money again.\n\n\"We cannot keep the boats running on hope alone,\" conceded Tomasz Wilk, the operator's finance chief.\n");
    none("The vote was close.\n\n\"The town never forgave the council for the pool,\" concurred Halima Ross, a retired teacher.\n");
    none("Prices rose in March.\n\n\"Every shop on the parade felt it within a week,\" Halima Ross concurred.\n");
    none("Prices rose in March.\n\n\"Every shop on the parade felt it within a week,\" Halima Ross, who runs the bakery, grumbled.\n");
}

#[test]
fn any_verb_with_a_title_and_name() {
    none("The clinic moved in June.\n\n\"Nobody on this street slept through the storm,\" Dr Amara Okafor recalled.\n");
    none("The clinic moved in June.\n\n\"Nobody on this street slept through the storm,\" recalled Dr. Amara Okafor.\n");
    none("The budget passed.\n\n\"The council has not listened to us once this year,\" insists Cllr Rhys Bevan.\n");
}

#[test]
fn any_verb_with_a_pronoun() {
    none("The shop closed on Friday.\n\n\"The numbers simply did not add up for us any more,\" she shrugged.\n");
    none("The shop closed on Friday.\n\n\"I was nineteen when I first opened these doors,\" he remembers.\n");
    none("The shop closed on Friday.\n\n\"We will open again somewhere smaller, I promise you,\" they chorused.\n");
}

#[test]
fn any_verb_with_a_noun_phrase() {
    none("The theatre reopened.\n\n\"Every seat was taken well before the curtain went up,\" the spokeswoman for the theatre beamed.\n");
    none("The river rose overnight.\n\n\"There is no second plan if the wall fails tonight,\" officials warned.\n");
    none("The river rose overnight.\n\n\"There is no second plan if the wall fails tonight,\" local officials admitted.\n");
    none("The ruling came late.\n\n\"We will appeal this decision at the first chance we get,\" the company's lawyers wrote in a filing.\n");
    none("The deal fell through.\n\n\"The price was never going to hold past the spring,\" writes economist Lena Brandt.\n");
}

#[test]
fn questions_and_exclamations_close_a_tagged_quote() {
    none("The works overran.\n\n\"Who is going to pay for the second set of repairs?\" asked one resident.\n");
    none("The works overran.\n\n\"Not again, not this close to the holidays!\" groaned the driver.\n");
    none(
        "The works overran.\n\n\"The bridge is safe to cross for now\", the engineer maintained.\n",
    );
}

#[test]
fn phrasal_reporting_verbs() {
    none("The port lost two cranes.\n\n\"The insurers will fight every claim we make,\" she went on.\n");
    none("The port lost two cranes.\n\n\"The cranes were already forty years old,\" he pointed out.\n");
    none("The port lost two cranes.\n\n\"We knew this storm was coming for a week,\" Mr Osei told reporters on Tuesday.\n");
    none("The port lost two cranes.\n\n\"We should have tied them down properly,\" chimed in a docker.\n");
}

#[test]
fn speaker_and_verb_before_the_quote() {
    none(
        "The mill closed.\n\nHalima Ross concurred, \"There was nothing left to save by then.\"\n",
    );
    none("The mill closed.\n\nThe harbour master put it bluntly, \"There was nothing left to save by then.\"\n");
    none("The mill closed.\n\nMs Varga added: \"There was nothing left to save by then.\"\n");
    none("The mill closed.\n\n\"The first half of the year was poor,\" she said, \"but the second half was worse than poor.\"\n");
}

#[test]
fn present_tense_feature_verbs_in_the_paragraph() {
    none("Gwen Price still remembers the flood of 1968. \"The water came up to the second stair and stayed there for a week.\"\n");
    none("Her neighbour notes that the insurers never paid. \"We rebuilt the kitchen with our own savings, board by board.\"\n");
}

#[test]
fn a_speaker_named_by_shape_gives_the_next_paragraph_context() {
    none("\"The tide came in faster than anyone had expected,\" conceded the harbour master.\n\n\"We lost two boats before midnight and a third by dawn.\"\n");
}

// --- Verbs that attribute nothing. ---

#[test]
fn negated_reporting_verbs() {
    let q = "\"We are reviewing every option for the line and will say more soon.\"";
    orphan(&format!("The minister declined to comment.\n\n{q}\n"), q);
    orphan(
        &format!("A spokesman for the operator did not reply to questions.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The mayor would not respond when pressed on the budget.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("Officials have yet to respond to the report.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The chairman refused to say who had approved the loan.\n\n{q}\n"),
        q,
    );
    orphan(&format!("The board never explained the delay.\n\n{q}\n"), q);
    orphan(
        &format!("The operator didn't answer calls on Monday.\n\n{q}\n"),
        q,
    );
    orphan(&format!("The minister declined to comment. {q}\n"), q);
}

#[test]
fn a_negated_verb_beside_the_quote_attributes_nothing() {
    let q = "\"We are reviewing every option for the line,\"";
    orphan(
        &format!("The line closed.\n\n{q} the operator did not say.\n"),
        q,
    );
}

#[test]
fn reporting_verbs_whose_object_is_not_speech() {
    let q = "\"The pool was the only place the children could go all summer.\"";
    orphan(
        &format!("Residents voted to ask the mayor to reopen the pool.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The caretaker was told to leave the building. {q}\n"),
        q,
    );
    orphan(
        &format!("Investigators asked for the files in March.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("Parents urged the school to delay the start of term.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The painting is said to be worth millions.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("All told, the repairs cost more than the pier itself.\n\n{q}\n"),
        q,
    );
}

#[test]
fn speech_verbs_in_their_noun_senses() {
    let q = "\"The pool was the only place the children could go all summer.\"";
    orphan(
        &format!("The storm warning was lifted at noon.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The asking price was far too high for the club.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The claims were filed late and the report was delayed.\n\n{q}\n"),
        q,
    );
    orphan(&format!("The strike went on for three weeks.\n\n{q}\n"), q);
}

#[test]
fn questions_about_speech_attribute_nothing() {
    let q = "\"The money is already spent and cannot be recovered.\"";
    orphan(
        &format!("Did the chairman tell the board about the loan?\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("Why did nobody warn the tenants sooner?\n\n{q}\n"),
        q,
    );
    let text = "The fund collapsed.\n\nWho told the council, \"The money is already spent\"?\n";
    assert_eq!(
        findings(text, DocKind::PlainText),
        vec![(
            "unattributed-quote",
            "\"The money is already spent\"".to_string()
        )]
    );
}

#[test]
fn a_negated_verb_does_not_hide_another_cue() {
    none("The mayor did not say when the pool would reopen, but her deputy said repairs were under way.\n\n\"The tiles arrive next week and the heating the week after.\"\n");
}

// --- Quotes that are not quotations. ---

#[test]
fn scare_quotes_and_titles_of_works_are_not_checked() {
    none("The council called it a \"rescue plan\" for the high street.\n");
    none("Her memoir, \"A House Without Any Windows\", sold well in the town.\n");
    none("A sign reading \"No Entry After Dark Without A Permit\" hung on the gate.\n");
    none("He dubbed the scheme \"a tax on the people who can least afford it\".\n");
    none("The word \"resilience\" appears forty times in the report.\n");
}

#[test]
fn according_to_and_statements_still_attribute() {
    none("The site will close, according to the owner. \"There was no buyer for the land.\"\n");
    none("The firm responded in a statement. \"There was no buyer for the land.\"\n");
}

// --- Pull quotes and captions. ---

#[test]
fn pull_quote_credited_on_a_dash_line() {
    let md = "The harbour wall failed in the night.\n\n> “We will rebuild every pier on this coast, one plank at a time.”\n>\n> — Ines Delacroix, harbour master\n\nThe work starts in May.\n";
    assert!(findings(md, DocKind::Markdown).is_empty());
    let md = "The harbour wall failed in the night.\n\n> \"We will rebuild every pier on this coast, one plank at a time.\"\n> -- Kofi Mensah\n\nThe work starts in May.\n";
    assert!(findings(md, DocKind::Markdown).is_empty());
    let md = "The harbour wall failed in the night.\n\n> “We will rebuild every pier on this coast, one plank at a time.” — Kofi Mensah, engineer\n\nThe work starts in May.\n";
    assert!(findings(md, DocKind::Markdown).is_empty());
}

#[test]
fn a_caption_is_not_a_credit() {
    let q = "“We will rebuild every pier on this coast, one plank at a time.”";
    let md = format!(
        "The harbour wall failed in the night.\n\n> {q}\n\nPhoto: Kofi Mensah/Coast Pictures\n"
    );
    assert_eq!(
        findings(&md, DocKind::Markdown),
        vec![("unattributed-quote", q.to_string())]
    );
    let md = format!("The harbour wall failed in the night.\n\n> {q}\n>\n> — Photo: Kofi Mensah\n");
    assert_eq!(
        findings(&md, DocKind::Markdown),
        vec![("unattributed-quote", q.to_string())]
    );
}

// --- Unbalanced quotations close where the quoted words end. ---

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
fn unclosed_quote_closes_before_its_attribution() {
    let text = "\"The depot will reopen in May, after the repairs, the manager said.\n\nThe buses return then.\n";
    assert_eq!(
        fixes(text),
        vec![(
            "\"The depot will reopen in May, after the repairs,\" the manager said.\n\nThe buses return then.\n".to_string(),
            true
        )]
    );
    let text = "\"Will anyone pay for the second set of repairs? asked a resident.\n";
    assert_eq!(
        fixes(text)[0].0,
        "\"Will anyone pay for the second set of repairs?\" asked a resident.\n"
    );
}

#[test]
fn unclosed_quote_with_a_running_attribution_offers_both_places() {
    let text = "\"We will reopen in May, she said, once the roof is done and the floors are dry.\n";
    assert_eq!(
        fixes(text),
        vec![
            (
                "\"We will reopen in May,\" she said, once the roof is done and the floors are dry.\n".to_string(),
                false
            ),
            (
                "\"We will reopen in May, she said, once the roof is done and the floors are dry.\"\n".to_string(),
                false
            ),
        ]
    );
}

#[test]
fn unclosed_quote_without_attribution_closes_at_the_paragraph_end() {
    let text = "The manager said: \"We tried, we failed, and we will try again in the spring.\n";
    assert_eq!(
        fixes(text),
        vec![(
            "The manager said: \"We tried, we failed, and we will try again in the spring.\"\n"
                .to_string(),
            false
        )]
    );
}

// --- Paragraphs, mentions and headlines. ---

#[test]
fn a_quotation_named_by_shape_attributes_its_paragraph() {
    none("The yard flooded.\n\n\"We moved the boats up the slipway at midnight.\" \"By two the water was at the door,\" the yard's owner went on.\n");
}

#[test]
fn words_mentioned_as_a_subject_are_not_speech() {
    none("The summit opened.\n\n\"Sharing the load fairly between nations\" is this year's official theme.\n");
    let q = "\"Sharing the load fairly between nations is the only way forward.\"";
    orphan(&format!("The summit opened.\n\n{q}\n"), q);
}

#[test]
fn headlines_drop_the_comma() {
    let text =
        "# \"We will rebuild the harbour wall\" vows harbour master\n\nThe wall fell in March.\n";
    let mut config = Config::default();
    config.quotes.headings = true;
    assert!(analyze(text, DocKind::Markdown, &config)
        .findings
        .iter()
        .all(|f| f.rule.as_str() != "unattributed-quote"));
}

#[test]
fn a_noun_that_looks_like_a_verb_is_no_cue() {
    let q = "\"There is safety in numbers when the data all agree.\"";
    orphan(
        &format!("The clearest signals come when every indicator points one way.\n\n{q}\n"),
        q,
    );
    none(&format!(
        "The governor notes that every indicator points one way.\n\n{q}\n"
    ));
}

#[test]
fn more_shapes_of_attribution() {
    none("The street flooded.\n\n\"The water reached the third stair in an hour,\" Ms Okafor, 54, recalled.\n");
    none("The street flooded.\n\n\"The water reached the third stair in an hour,\" the council's own survey found.\n");
    none("The street flooded.\n\n\"The water reached the third stair in an hour,\" says one.\n");
    none("The street flooded.\n\n\"Is the water safe to drink yet?\" asked a parent. \"Nobody has told us anything at all.\"\n");
    none("The minister spoke for an hour. \"The line will reopen when it is safe and not a day sooner.\"\n");
    none("The street flooded.\n\n\"The water reached the third stair in an hour.\"\n— Amara Okafor, resident\n");
}

#[test]
fn verbs_that_mostly_mean_something_else_away_from_a_quote() {
    let q = "\"We had the best Christmas in the history of the shop.\"";
    orphan(
        &format!("The bakery posted record profits for December.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("An estimated 4,000 people visited the market.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("Most complaints related to parking on the high street.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The shop needs written permission to open on Sundays.\n\n{q}\n"),
        q,
    );
    none(
        &format!("The baker posted a photo of the queue online. {q} she posted alongside it.\n")
            .replace(".\" she", ",\" she"),
    );
}

#[test]
fn more_verbs_that_report_nothing() {
    let q = "\"The water reached the third stair in an hour and stayed there.\"";
    orphan(
        &format!("The landlord said nothing when asked about the damp.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The agency would neither confirm nor deny the figures.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("A spokesperson did not immediately respond to a request for comment.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("No one answered the door at the council offices.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("Tenants were told by the agent to wait for a letter.\n\n{q}\n"),
        q,
    );
    orphan(
        &format!("The owner could not be reached for comment.\n\n{q}\n"),
        q,
    );
}

#[test]
fn titles_set_off_after_their_work() {
    none("Her new book, \"How to be a good neighbour in a bad year\", came out in May.\n");
    none("The charity said the plan left tenants \"out in the cold for another winter\".\n");
    none("She described the budget as \"reckless and badly costed from the very start\".\n");
}

#[test]
fn a_whole_story_with_two_orphans() {
    let text = "Lido to stay shut for another summer\n\n\
The Marlow Road lido will not reopen this year, the borough confirmed on Tuesday.\n\n\
\"We have found cracks in the main tank that nobody expected,\" conceded Priya Raman, the borough's head of leisure.\n\n\
\"The repairs alone will take until the autumn, and that is if the weather is kind.\"\n\n\
Swimmers who have used the pool for decades were angry. \"We were promised a plan in March and we are still waiting for it,\" says Dolores Fitch, 71, who has swum there every morning since 1974.\n\n\
Councillors voted last month to ask the borough to publish the survey in full.\n\n\
\"Every month it stays shut, the harder it will be to bring people back.\"\n\n\
The borough declined to comment on the cost.\n\n\
\"It is a scandal and somebody should lose their job over it.\"\n\n\
A petition calling for the lido to be saved has 4,000 signatures. Its organiser, Sam Kerr, went further: \"This town has lost enough already.\"\n";
    assert_eq!(
        findings(text, DocKind::PlainText),
        vec![
            (
                "unattributed-quote",
                "\"Every month it stays shut, the harder it will be to bring people back.\""
                    .to_string()
            ),
            (
                "unattributed-quote",
                "\"It is a scandal and somebody should lose their job over it.\"".to_string()
            ),
        ]
    );
}

#[test]
fn a_feature_in_the_present_tense() {
    let text = "# The last lamplighter\n\n\
Edwin Marsh still remembers his first night on the job. \"I was sixteen and terrified of the ladders,\" he recalls.\n\n\
\"My father did it before me, and his father before him.\"\n\n\
He points out that the lamps were converted to gas in 1911. \"People think it was all candles, but it never was,\" he notes, laughing.\n\n\
> \"A lamp that is lit is a promise kept.\"\n>\n> — Edwin Marsh\n\n\
Did the council ever thank him? \"Not once in fifty years, not even a card.\"\n";
    assert_eq!(
        findings(text, DocKind::Markdown),
        vec![(
            "unattributed-quote",
            "\"Not once in fifty years, not even a card.\"".to_string()
        )]
    );
}

#[test]
fn titles_that_end_on_a_question_or_exclamation_mark() {
    // A short phrase in title case inside a sentence of its own: a work, with or without a
    // noun of a work before it.
    none("The town hall cinema shows \"Whatever Happened to Baby Jane?\" on Sunday.\n");
    none("Her debut novel \"Who Will Feed the Gulls?\" was shortlisted in June.\n");
    none("Pupils performed \"Oh, What a Lovely War!\" at the end of term.\n");
    none("The local paper ran the headline \"Is This the End of the Lido?\" on Thursday.\n");
    none("\"Where Did the Summer Go?\" opens at the Regal next week.\n");
    none("The panto, titled \"Oh Yes It Is!\", sold out in a day.\n");
    // Speech that happens to be capitalised: a reporting verb beside it, or nothing around it.
    none("\"Who Pays for This?\" the chairman asked.\n");
    for text in [
        "She asked \"Who Pays For It?\" and the room went quiet.\n",
        "\"Who Pays For It?\" the chairman asked.\n",
    ] {
        let a = analyze(text, DocKind::PlainText, &Config::default());
        let kinds: Vec<_> = a.quotes.quotations.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            vec![copydesk_core::quotes::QuoteKind::Quotation],
            "{text}"
        );
    }
    orphan(
        "The lido closed.\n\n\"What Happens to the Swimmers Now?\" The borough has not said.\n",
        "\"What Happens to the Swimmers Now?\"",
    );
}

#[test]
fn a_lede_quotation_credited_by_the_next_paragraph() {
    const LEDE: &str =
        "\"Nobody told us the ferry would stop until the timetable vanished from the pier.\"";
    // The story opens on the words (a headline before them or not) and names the speaker next.
    for credit in [
        "Islanders on Skerra learned this week that the last crossing will run in May, one of them, Ruth Agnew, told the BBC.",
        "Ruth Agnew, who runs the island shop, was speaking after the operator confirmed the last sailing.",
        "So says Ruth Agnew, whose family has kept the island shop since 1952.",
        "\"We found out from a poster,\" Ruth Agnew added.",
    ] {
        none(&format!("{LEDE}\n\n{credit}\n\nThe operator blamed fuel costs.\n"));
        none(&format!("Ferry to Skerra to stop\n\n{LEDE}\n\n{credit}\n"));
    }
    // The next paragraph names nobody speaking: still unattributed.
    for next in [
        "The operator reported a loss of £2m last year.",
        "Ruth Agnew did not say when she learned of it.",
        "The last crossing will run in May.",
    ] {
        orphan(
            &format!("Ferry to Skerra to stop\n\n{LEDE}\n\n{next}\n"),
            LEDE,
        );
    }
    // Only the lede: further down, the words come before any credit.
    orphan(
        &format!("Ferry to Skerra to stop\n\nThe last crossing will run in May.\n\nFuel costs have doubled.\n\n{LEDE}\n\nRuth Agnew told the BBC the island would empty.\n"),
        LEDE,
    );
    // Context is not enough in strict mode.
    let strict = Config {
        quotes: copydesk_core::config::QuoteConfig {
            strict: true,
            ..Default::default()
        },
        ..Config::default()
    };
    let text = format!("{LEDE}\n\nRuth Agnew told the BBC the island would empty.\n");
    let flagged = analyze(&text, DocKind::PlainText, &strict)
        .findings
        .iter()
        .filter(|f| f.rule.as_str() == "unattributed-quote")
        .count();
    assert_eq!(flagged, 1);
}

#[test]
fn a_work_named_by_its_kind_before_a_sentence_case_question() {
    none("The new drama \"Who killed the lido?\" starts on Sunday night.\n");
    none("Viewers of the quiz \"Can you name the mayor?\" were left puzzled.\n");
    none("Her thriller \"What the tide left\" topped the charts.\n");
}
