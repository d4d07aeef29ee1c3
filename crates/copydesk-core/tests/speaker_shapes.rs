//! Who said a quotation, read from the same sentence shape that attributes it, whatever the
//! verb: `"…," VERB SPEAKER`, `"…," SPEAKER VERB`, `SPEAKER VERB: "…"`, `SPEAKER VERB, "…"`.
//! Drafts written for these tests; each names someone else nearby as a trap.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::speakers;

fn one(text: &str, who: &str) {
    assert_eq!(speakers(text), vec![Some(who.to_string())], "{text}");
}

const INTRO: &str = "Orchard owner Tobias Lindqvist lost most of his crop to the April frost, the growers' association said on Monday.\n\n";

#[test]
fn verb_then_speaker_after_the_quote() {
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" concurred Maren Holt, who farms the next valley.\n"), "Maren Holt");
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" sighed Maren Holt.\n"),
        "Maren Holt",
    );
    one(&format!("{INTRO}\"Nobody insures against a frost that late,\" countered Dr Maren Holt, an agronomist.\n"), "Maren Holt");
    one(
        &format!("{INTRO}\"Is anyone going to help the small growers?\" pleaded Maren Holt.\n"),
        "Maren Holt",
    );
}

#[test]
fn speaker_then_verb_after_the_quote() {
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" Maren Holt concurred.\n"),
        "Maren Holt",
    );
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" Maren Holt, a neighbour, lamented.\n"), "Maren Holt");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" Ms Holt sighed.\n\nMaren Holt farms the next valley.\n"), "Maren Holt");
}

#[test]
fn speaker_and_verb_before_the_quote() {
    one(
        &format!(
            "{INTRO}Maren Holt demurred, \"The frost was bad, but the hail in May was worse.\"\n"
        ),
        "Maren Holt",
    );
    one(
        &format!(
            "{INTRO}Maren Holt shrugged: \"The frost was bad, but the hail in May was worse.\"\n"
        ),
        "Maren Holt",
    );
    one(&format!("{INTRO}Her neighbour Maren Holt was blunter: \"The frost was bad, but the hail in May was worse.\"\n"), "Maren Holt");
}

#[test]
fn pronoun_and_described_speakers_with_any_verb() {
    one("Maren Holt, 61, farms the next valley.\n\n\"Half the blossom was gone in a single night,\" she sighed.\n", "Maren Holt");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" the association's chairwoman sighed.\n"), "the association's chairwoman");
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" sighed a neighbour.\n"),
        "a neighbour",
    );
}

#[test]
fn a_listed_verb_elsewhere_in_the_paragraph_does_not_take_over() {
    one("The frost came late.\n\nTobias Lindqvist said the crop was lost. \"Half the blossom was gone in a single night,\" concurred Maren Holt.\n", "Maren Holt");
    one("The frost came late.\n\n\"Half the blossom was gone in a single night,\" Maren Holt concurred, as Tobias Lindqvist told reporters he would sell.\n", "Maren Holt");
    one("The frost came late.\n\n\"The hail was worse than the frost,\" grumbled Maren Holt, as the mayor said the relief fund was empty.\n", "Maren Holt");
    one("The frost came late.\n\n\"The hail was worse than the frost,\" Maren Holt scoffed after Tobias Lindqvist said the relief fund was empty.\n", "Maren Holt");
    one("The frost came late.\n\nTobias Lindqvist said the relief fund was empty. Maren Holt bristled: \"The hail was worse than the frost.\"\n", "Maren Holt");
    one("The frost came late.\n\nTobias Lindqvist said the relief fund was empty. Maren Holt retorted, \"The hail was worse than the frost.\"\n", "Maren Holt");
}

#[test]
fn unlisted_verbs_name_a_speaker_the_draft_gives_no_other_evidence_for() {
    let q = "\"Half the blossom was gone in a single night,\"";
    one(&format!("{INTRO}{q} quibbled Maren Holt.\n"), "Maren Holt");
    one(&format!("{INTRO}{q} Maren Holt quibbled.\n"), "Maren Holt");
    one(
        &format!(
            "{INTRO}Tobias Lindqvist told the meeting he would sell. {q} harrumphed Maren Holt.\n"
        ),
        "Maren Holt",
    );
}

#[test]
fn the_speaker_of_a_stance_or_a_credit_after_the_comma() {
    one(
        &format!(
            "{INTRO}\"Half the blossom was gone in a single night,\" Maren Holt was adamant.\n"
        ),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" was the verdict of Maren Holt.\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That was the warning from Maren Holt.\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" came the reply from the growers' association.\n"),
        "the growers' association",
    );
}

#[test]
fn the_one_told_is_not_the_speaker() {
    one(
        &format!("{INTRO}Councillor Maren Holt, who chairs the growers' committee, told the meeting: \"Half the blossom was gone in a single night.\"\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" the agronomist told Maren Holt.\n"),
        "the agronomist",
    );
    // Put first, the verb's speaker follows it.
    one(
        &format!("{INTRO}\"Is anyone going to help the small growers?\" asked Maren Holt.\n"),
        "Maren Holt",
    );
}

#[test]
fn a_described_speaker_ends_at_its_verb() {
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" the chairman was keen to stress.\n"),
        "the chairman",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" the agronomist was quick to point out.\n"),
        "the agronomist",
    );
}

#[test]
fn the_one_told_and_relative_clauses_in_other_words() {
    one(
        &format!("{INTRO}The judge, Maren Holt, told the jury: \"Half the blossom was gone in a single night.\"\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}Maren Holt, whose orchard lost every pear, warned the minister: \"Half the blossom was gone in a single night.\"\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" the inspector told Maren Holt on Monday.\n"),
        "the inspector",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" the growers' secretary was at pains to say.\n"),
        "the growers' secretary",
    );
}

#[test]
fn a_description_before_the_name_leads_to_the_name() {
    // `said Olympic champion X`, `said former England captain X`: the words before the name
    // describe it; neither the capitalised word nor the country is the speaker.
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said orchard inspector Maren Holt.\n"), "Maren Holt");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said Olympic rower Maren Holt.\n"), "Maren Holt");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said former Norway coach Maren Holt.\n"), "Maren Holt");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said Lindqvist adviser Maren Holt.\n"), "Maren Holt");
    // A name then an adverb or a place is still the name.
    one(
        &format!(
            "{INTRO}\"Half the blossom was gone in a single night,\" said Lindqvist yesterday.\n"
        ),
        "Tobias Lindqvist",
    );
    one(
        &format!(
            "{INTRO}\"Half the blossom was gone in a single night,\" said Lindqvist in Bergen.\n"
        ),
        "Tobias Lindqvist",
    );
}

#[test]
fn what_a_person_has_is_not_the_person() {
    // `said Lindqvist's lawyer, Maren Holt`: the lawyer, named after the comma.
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said Lindqvist's lawyer, Maren Holt.\n"), "Maren Holt");
    // Unnamed, the one the person has is described.
    one(
        &format!(
            "{INTRO}\"Half the blossom was gone in a single night,\" said Lindqvist's daughter.\n"
        ),
        "Lindqvist's daughter",
    );
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" Tobias Lindqvist's neighbour said.\n"), "Tobias Lindqvist's neighbour");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" Mr Lindqvist's accountant told the tribunal.\n"), "Mr Lindqvist's accountant");
}

#[test]
fn a_person_inside_a_described_subject_is_not_the_speaker() {
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" the spokeswoman for Tobias Lindqvist said.\n"), "the spokeswoman for Tobias Lindqvist");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said the former Lindqvist farm manager.\n"), "the former Lindqvist farm manager");
}

#[test]
fn a_document_or_a_crowd_is_not_a_named_speaker() {
    // What a person wrote is the person's: `Lindqvist's statement said`.
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" Tobias Lindqvist's statement said.\n"), "Tobias Lindqvist");
    // A place's people are not the place: `said Victoria Park residents`.
    let text = format!("{INTRO}\"Half the blossom was gone in a single night,\" said Victoria Park residents in a letter.\n");
    assert_ne!(
        speakers(&text),
        vec![Some("Victoria Park".to_string())],
        "{text}"
    );
}

#[test]
fn surnames_that_are_words_speak_after_a_straight_closing_mark() {
    // `"…," White said`: after a straight mark that closes the quotation, the surname is a
    // mention, not a sentence's first word.
    let text = "Ana White, 52, runs the bakery on Mill Road.\n\n\"We lost everything in the fire last night,\" White said.\n";
    assert_eq!(speakers(text), vec![Some("Ana White".to_string())]);
    // A role noun before a given name and a place word makes a person.
    let text = "The race was run in the rain.\n\n\"It was the hardest race of my life,\" said Olympic champion Jessica Hill.\n";
    assert_eq!(speakers(text), vec![Some("Jessica Hill".to_string())]);
}

#[test]
fn whoever_heard_the_words_did_not_say_them() {
    for tail in [
        "Maren Holt was told on Monday.",
        "the orchard owners were warned.",
        "the inquest heard.",
        "Dr Maren Holt was reminded.",
    ] {
        let text = format!("{INTRO}\"Half the blossom was gone in a single night,\" {tail}\n");
        assert_eq!(speakers(&text), vec![None], "{text}");
    }
    // The speaker told them.
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" Maren Holt told the orchard owners.\n"),
        "Maren Holt",
    );
}

#[test]
fn a_passive_hearer_names_no_speaker_but_the_paragraph_may() {
    // `I was advised` names who heard the words; the guard named earlier in the paragraph
    // said them. With nobody named before, the speaker stays unknown.
    let text = format!("{INTRO}\"You may look but not copy,\" Ivo Brandt, a guard, explained when I asked. \"Nor may you photograph the ledgers,\" I was advised.\n");
    assert_eq!(
        speakers(&text),
        vec![
            Some("Ivo Brandt".to_string()),
            Some("Ivo Brandt".to_string())
        ]
    );
    let text = format!("{INTRO}\"Nor may you photograph the ledgers,\" growers were warned.\n");
    assert_eq!(speakers(&text), vec![None]);
}

#[test]
fn a_lede_quotation_is_said_by_the_next_paragraphs_speaker() {
    let text = "\"The frost took everything in one night and nobody will insure us.\"\n\nMaren Holt told reporters on Monday that her orchard would not fruit this year.\n";
    assert_eq!(speakers(text), vec![Some("Maren Holt".to_string())]);
}

#[test]
fn a_noun_phrase_opening_a_reported_clause_is_not_the_speaker() {
    // `said the council had …`: after a subject, the phrase is what was said.
    let text = format!("{INTRO}Maren Holt, who farms the next valley, said the association was far too slow. \"Nobody has come.\"\n");
    assert_eq!(speakers(&text), vec![Some("Maren Holt".to_string())]);
    // Right after a quotation the phrase is still the speaker.
    let text = format!("{INTRO}\"Nobody from the ministry has come to see us,\" said the association's secretary.\n");
    assert_eq!(
        speakers(&text),
        vec![Some("the association's secretary".to_string())]
    );
}

#[test]
fn the_people_of_a_relative_clause_before_the_verb_are_not_the_speaker() {
    // The clause set off by commas between a person and the verb describes the person; the
    // verb's subject is the person before it, not a name inside it.
    one(&format!("{INTRO}Maren Holt, who said Tobias Lindqvist had sold too early, added: \"We all gambled on the weather.\"\n"), "Maren Holt");
    one(&format!("{INTRO}Ada Brenner, whose son Felix Brenner picks for the co-operative, told reporters, \"The pickers will be gone by June.\"\n"), "Ada Brenner");
    one(&format!("{INTRO}\"Nobody could have seen it coming,\" Ada Brenner, who bought her trees from Tobias Lindqvist, said.\n"), "Ada Brenner");
    one(&format!("{INTRO}Ms Brenner, who farmed beside Lindqvist for twenty years, insisted: \"He did everything right.\"\n\nAda Brenner grows pears.\n"), "Ada Brenner");
    // No person before the clause: the description before it speaks, never a name inside.
    one(&format!("{INTRO}The treasurer, who met Tobias Lindqvist on Monday, said: \"The fund is empty.\"\n"), "the treasurer");
    one(&format!("{INTRO}A spokeswoman for the co-operative, which Ada Brenner founded, added: \"Nobody will be turned away.\"\n"), "a spokeswoman for the co-operative");
    // Traps: a verb-first credit whose relative clause names someone else, and a speaker
    // with no relative clause at all.
    one(&format!("{INTRO}\"The frost came three weeks late,\" said Ada Brenner, who warned the association that Tobias Lindqvist had no cover.\n"), "Ada Brenner");
    one(
        &format!("{INTRO}Tobias Lindqvist told the growers: \"Insure the blossom next year.\"\n"),
        "Tobias Lindqvist",
    );
}

#[test]
fn the_owner_of_the_words_is_their_speaker() {
    // A name the draft gives no other evidence for (`Marit` is no listed given name): the
    // noun of words that credits the quotation makes it a person.
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" is Marit Kvalheim's verdict.\n"),
        "Marit Kvalheim",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That was Idris Penhale's answer.\n"),
        "Idris Penhale",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" Those were Marit Kvalheim's last words as chair.\n"),
        "Marit Kvalheim",
    );
    // A verb after what the name owns: the one owned speaks, never the name.
    let text = format!(
        "{INTRO}\"Half the blossom was gone in a single night,\" Marit Kvalheim's lawyer says.\n"
    );
    assert_ne!(
        speakers(&text),
        vec![Some("Marit Kvalheim".to_string())],
        "{text}"
    );
    // A described owner, without its `'s` or its modifier.
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That was the agronomist's reply.\n"),
        "the agronomist",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" was the harbourmaster's blunt retort.\n"),
        "the harbourmaster",
    );
    one(
        &format!(
            "{INTRO}\"Half the blossom was gone in a single night,\" came the pickers' answer.\n"
        ),
        "the pickers",
    );
    // A possessive pronoun: the person it stands for.
    one(
        &format!("{INTRO}Ruth Adeyemi farms the next valley.\n\n\"Half the blossom was gone in a single night.\" That was her response to the minister.\n"),
        "Ruth Adeyemi",
    );
    // What a person has speaks for itself.
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night,\" said Tobias Lindqvist's daughter.\n"),
        "Tobias Lindqvist's daughter",
    );
}

#[test]
fn the_owner_of_a_view_before_the_quotation_is_its_speaker() {
    one(
        &format!("{INTRO}In Marit Kvalheim's view, \"the association waited far too long to ask for help.\"\n"),
        "Marit Kvalheim",
    );
    one(
        &format!("{INTRO}In the agronomist's words, \"nobody could have saved the blossom that night.\"\n"),
        "the agronomist",
    );
    one(
        &format!("{INTRO}Ruth Adeyemi farms the next valley.\n\nIn her opinion, \"the insurers will never pay for a late frost.\"\n"),
        "Ruth Adeyemi",
    );
}

#[test]
fn the_speaker_of_how_it_was_said() {
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That was how Marit Kvalheim broke the news.\n"),
        "Marit Kvalheim",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That is how the minister put it.\n"),
        "the minister",
    );
    one(
        &format!("{INTRO}\"Half the blossom was gone in a single night.\" That's how the agronomist summed it up for the growers.\n"),
        "the agronomist",
    );
}

#[test]
fn a_pointing_paragraph_after_a_quotation_standing_alone_names_its_speaker() {
    // The rule credits the quotation from the paragraph after it; the ledger names the same
    // speaker, however the pointing sentence names them.
    for (after, who) in [
        (
            "That was Marit Kvalheim's verdict on the season.",
            "Marit Kvalheim",
        ),
        ("That was the verdict of Idris Penhale.", "Idris Penhale"),
        (
            "That was how Marit Kvalheim broke the news to the pickers.",
            "Marit Kvalheim",
        ),
        ("That was the agronomist's reply.", "the agronomist"),
        (
            "These are the questions Idris Penhale will put to the minister.",
            "Idris Penhale",
        ),
    ] {
        one(
            &format!("{INTRO}\"Half the blossom was gone in a single night.\"\n\n{after}\n"),
            who,
        );
    }
}

#[test]
fn the_owner_of_a_frame_of_a_point_of_view_speaks() {
    let q = "\"the frost insurance has never paid out to a single grower in this valley.\"";
    one(&format!("{INTRO}To Maren Holt's mind, {q}\n"), "Maren Holt");
    one(
        &format!("Maren Holt, 61, farms the next valley.\n\nTo her mind, {q}\n"),
        "Maren Holt",
    );
    one(
        &format!("{INTRO}By the association's own reckoning, {q}\n"),
        "the association",
    );
    one(
        &format!("{INTRO}In the chairwoman's eyes, {q}\n"),
        "the chairwoman",
    );
}

#[test]
fn a_reply_after_the_verb_is_no_speaker() {
    // `came the reply` attributes the words, and names no one: not `the reply`.
    assert_eq!(
        speakers("The growers asked for help.\n\n\"The fund is empty and will stay empty until the autumn,\" came the reply.\n"),
        vec![None]
    );
    assert_eq!(
        speakers("The growers asked for help.\n\n\"The fund is empty and will stay empty until the autumn,\" came the curt response.\n"),
        vec![None]
    );
    // A document after the verb still speaks for its author, and a person is a person.
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" read the association's newsletter.\n"), "the association's newsletter");
    one(&format!("{INTRO}\"Half the blossom was gone in a single night,\" said the association's spokeswoman.\n"), "the association's spokeswoman");
}

#[test]
fn a_described_person_who_was_blunt_speaks_after_the_colon() {
    let q = "\"The frost was bad, but the hail in May was worse.\"";
    one(
        &format!("{INTRO}The association's chairwoman was blunter: {q}\n"),
        "the association's chairwoman",
    );
    one(
        &format!("{INTRO}The orchard manager was blunt: {q}\n"),
        "the orchard manager",
    );
    one(
        &format!("{INTRO}The grower's widow is adamant: {q}\n"),
        "the grower's widow",
    );
    // What was said, or a thing, is no speaker; a person named in the sentence still is.
    assert_eq!(
        speakers(&format!("{INTRO}The question on every grower's lips was simple: \"Who will pay for the lost harvest?\"\n")),
        vec![None]
    );
    assert_eq!(
        speakers(&format!("{INTRO}The verdict was blunt: {q}\n")),
        vec![None]
    );
    one(
        &format!("{INTRO}The chairwoman, Maren Holt, was blunt: {q}\n"),
        "Maren Holt",
    );
}

#[test]
fn a_place_inside_a_described_subject_is_not_the_speaker() {
    let q = "\"Closed for the season, with thanks to every grower who sold here,\"";
    // The name after `in` or `at` is where the subject is, not who speaks.
    for subject in [
        "a notice on the shed door in Eskby",
        "the foreman at Lindqvist Orchards",
        "a spokeswoman in Brandholm",
    ] {
        one(&format!("{INTRO}{q} {subject} said.\n"), subject);
    }
}

#[test]
fn the_owner_of_the_words_before_a_colon_speaks() {
    let q = "\"The frost was bad, but the hail in May was worse.\"";
    let intro = "Maren Holt, 61, farms the next valley.\n\nTobias Lindqvist said he would sell. ";
    one(&format!("{intro}Her verdict: {q}\n"), "Maren Holt");
    one(&format!("{INTRO}Maren Holt's answer: {q}\n"), "Maren Holt");
    one(
        &format!("{INTRO}The chairwoman's blunt reply: {q}\n"),
        "the chairwoman",
    );
    // What a person has that is no words of theirs names nobody by its owner.
    assert_ne!(
        speakers(&format!("{INTRO}Maren Holt's orchard: {q}\n")),
        vec![Some("Maren Holt".to_string())]
    );
}
