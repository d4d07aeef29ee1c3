//! Attribution read from the sentence before the quotation (issue 12): a gesture that goes on
//! with a phrase of how, when or where (`Brandvold smiled at the crowd. "…"`), and a person
//! described in the state they speak in (`The director was defiant. "…"`), beside the traps
//! that must stay unattributed: no person, a negation or a question, an object, a listener, a
//! person in the phrase, another paragraph, a title. Drafts of a river valley written for these
//! tests, each with the exact quotation findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

// --- A gesture and a phrase of how, when or where. ---

#[test]
fn a_gesture_with_a_phrase_after_it_introduces_the_quotation() {
    said_by(
        "Ottar Brandvold signed the river bill on Monday.\n\n\
         Brandvold smiled at the crowd. \"This valley has waited forty years for a proper flood wall.\"\n",
        &[Some("Ottar Brandvold")],
    );
    said_by(
        "The transport minister leaned toward the microphone. \"No lorry will cross the old bridge after March.\"\n",
        &[Some("the transport minister")],
    );
    said_by(
        "Chidi Okafor runs the mill at Esterby.\n\n\
         Okafor laughed for a moment. \"We have had the same grain dryer since my father's time.\"\n",
        &[Some("Chidi Okafor")],
    );
    // A time, a place, and more than one phrase.
    said_by(
        "Wenche Storaas glanced around the hall on Thursday evening. \"Half of these seats were empty at the last meeting.\"\n",
        &[Some("Wenche Storaas")],
    );
    said_by(
        "Pilar Ibarra sighed quietly in her office. \"The ferry grant is gone and the council knew it in June.\"\n",
        &[Some("Pilar Ibarra")],
    );
}

#[test]
fn a_gesture_that_does_more_credits_no_one() {
    // An object after the verb: the gesture acts on something.
    orphan(
        "Halvard Vik paused the film. \"That is the last footage anyone took of the dam.\"\n",
        "\"That is the last footage anyone took of the dam.\"",
    );
    // A second verb.
    orphan(
        "Ottar Brandvold smiled at the crowd and signed the bill. \"This valley has waited forty years for a flood wall.\"\n",
        "\"This valley has waited forty years for a flood wall.\"",
    );
    // A person in the phrase may be the one who speaks next.
    orphan(
        "Ottar Brandvold nodded toward his deputy. \"The pumps will run through the night if they must.\"\n",
        "\"The pumps will run through the night if they must.\"",
    );
    orphan(
        "Pilar Ibarra smiled at Teodora Lund. \"The ferry grant is gone and the council knew it in June.\"\n",
        "\"The ferry grant is gone and the council knew it in June.\"",
    );
    // Negated; not a person; someone who heard.
    orphan(
        "Chidi Okafor did not laugh at the joke. \"We have had the same grain dryer since my father's time.\"\n",
        "\"We have had the same grain dryer since my father's time.\"",
    );
    orphan(
        "The river rose during the night. \"We moved the cattle to the high field before dawn.\"\n",
        "\"We moved the cattle to the high field before dawn.\"",
    );
    orphan(
        "The committee listened in silence. \"We moved the cattle to the high field before dawn.\"\n",
        "\"We moved the cattle to the high field before dawn.\"",
    );
}

// --- A person and the state they speak in. ---

#[test]
fn a_person_in_a_state_before_the_quotation_introduces_it() {
    said_by(
        "The festival director was defiant. \"We will hold the concerts on the riverbank whatever the forecast says.\"\n",
        &[Some("the festival director")],
    );
    said_by(
        "Joana Quaresma chairs the valley's water board.\n\n\
         Quaresma was unapologetic on Tuesday. \"The meters had to go in, and every household will have one by May.\"\n",
        &[Some("Joana Quaresma")],
    );
    said_by(
        "Helen Tveit has farmed below the dam for thirty years.\n\n\
         She was blunt. \"Nobody from the authority has ever walked these fields.\"\n",
        &[Some("Helen Tveit")],
    );
    // An adverb before the word, a participle negated by `un-`, a phrase after it.
    said_by(
        "Ismael Durand was clearly unmoved by the protest. \"The quarry stays open until the licence runs out.\"\n",
        &[Some("Ismael Durand")],
    );
    said_by(
        "Ismael Durand has been calm about the inquiry. \"The quarry stays open until the licence runs out.\"\n",
        &[Some("Ismael Durand")],
    );
}

#[test]
fn a_state_that_is_no_speaker_credits_no_one() {
    // Not a person.
    orphan(
        "The hall was silent. \"We will hold the concerts on the riverbank whatever the forecast says.\"\n",
        "\"We will hold the concerts on the riverbank whatever the forecast says.\"",
    );
    orphan(
        "Ragna Tveit spent the morning in the barn.\n\n\
         The vote was close. \"Nobody from the authority has ever walked these fields.\"\n",
        "\"Nobody from the authority has ever walked these fields.\"",
    );
    // Negated, or a question.
    orphan(
        "The festival director was not defiant. \"We will hold the concerts on the riverbank whatever the forecast says.\"\n",
        "\"We will hold the concerts on the riverbank whatever the forecast says.\"",
    );
    orphan(
        "Was the festival director defiant? \"We will hold the concerts on the riverbank whatever the forecast says.\"\n",
        "\"We will hold the concerts on the riverbank whatever the forecast says.\"",
    );
    // A role, not a state; a passive, which is something done to them.
    orphan(
        "Ismael Durand was mayor. \"The quarry stays open until the licence runs out.\"\n",
        "\"The quarry stays open until the licence runs out.\"",
    );
    orphan(
        "Ismael Durand was arrested. \"The quarry stays open until the licence runs out.\"\n",
        "\"The quarry stays open until the licence runs out.\"",
    );
}

// --- Either shape in another paragraph, or before a title, introduces nothing. ---

#[test]
fn the_sentence_before_introduces_only_a_quotation_in_its_own_paragraph() {
    orphan(
        "The festival director was defiant.\n\n\
         \"We will hold the concerts on the riverbank whatever the forecast says.\"\n",
        "\"We will hold the concerts on the riverbank whatever the forecast says.\"",
    );
    orphan(
        "Ottar Brandvold smiled at the crowd.\n\n\
         \"This valley has waited forty years for a proper flood wall.\"\n",
        "\"This valley has waited forty years for a proper flood wall.\"",
    );
    // Titles and scare quotes are no quotation to credit.
    none("Ottar Brandvold smiled at the crowd. \"River Song\" played from the speakers.\n");
    none("Joana Mendes was defiant. The so-called \"meter tax\" stays.\n");
}

/// A person in a state in which no one speaks (`silent`, `absent`, `dead`, listed as data) does
/// not introduce the words after it, while a state of speaking does.
#[test]
fn a_silent_state_introduces_no_words() {
    orphan(
        "Dagny Roos chaired the inquiry into the fire.\n\n\
         Edvin Salo was dead. \"He was the kindest neighbour anyone could ask for.\"\n",
        "\"He was the kindest neighbour anyone could ask for.\"",
    );
    orphan(
        "The council met on Tuesday to vote on the depot.\n\n\
         The transport minister was absent. \"It is a scandal that nobody from the government came.\"\n",
        "\"It is a scandal that nobody from the government came.\"",
    );
    orphan(
        "Rasmus Eng and his lawyer sat through the hearing.\n\n\
         Eng was silent throughout. \"Nobody asked the tenants what they wanted.\"\n",
        "\"Nobody asked the tenants what they wanted.\"",
    );
    // A state of speaking still introduces them.
    said_by(
        "Rasmus Eng and his lawyer sat through the hearing.\n\n\
         Eng was furious. \"They lied to us for a whole year.\"\n",
        &[Some("Rasmus Eng")],
    );
}

/// After a quotation closed on a comma, the speaker's state is read by the same words as before
/// one: `un-` participles say how they spoke; a role or a silence names no speaker.
#[test]
fn a_state_after_the_quotation_is_read_alike() {
    said_by(
        "The depot vote was held on Monday.\n\n\
         \"We will fight this to the end,\" Anton Weiss was unmoved.\n",
        &[Some("Anton Weiss")],
    );
    orphan(
        "The depot vote was held on Monday.\n\n\
         \"We will fight this to the end,\" the man was mayor.\n",
        "\"We will fight this to the end,\"",
    );
    orphan(
        "The depot vote was held on Monday.\n\n\
         \"We will fight this to the end,\" Anton Weiss was silent.\n",
        "\"We will fight this to the end,\"",
    );
}
