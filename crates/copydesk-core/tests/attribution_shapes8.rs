//! Attribution read from the sentence (issue 11): a speaker and a gesture in a sentence of
//! their own before the quotation (`Holt shrugged. "…"`), beside the shapes a news story
//! already uses (a colon, a split quotation, a pronoun after a named person, a written
//! source, a post) and the traps that must stay unattributed or not credit the person spoken
//! about. Drafts of a fjord town written for these tests, each with the exact quotation
//! findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

// --- A sentence of a person and a gesture introduces the quotation after it. ---

#[test]
fn a_gesture_in_the_sentence_before_introduces_the_quotation() {
    said_by(
        "Teodor Halvorsen has run the ferry between the two islands since 1998.\n\n\
         Halvorsen shrugged. \"The tide decides when we sail, not the timetable.\"\n",
        &[Some("Teodor Halvorsen")],
    );
    // A described speaker with an appositive, and an adverb after the verb.
    said_by(
        "The harbour master, Runa Dahl, nodded slowly. \"We lost three boats in the storm and the insurers will not pay.\"\n",
        &[Some("Runa Dahl")],
    );
    // A pronoun after the person named in the paragraph before; a phrasal verb.
    said_by(
        "Peter Sandvik opened the hearing with a list of the repairs.\n\n\
         He went on. \"Every bridge on the coast road needs new bearings before the winter.\"\n",
        &[Some("Peter Sandvik")],
    );
    said_by(
        "Liv Aasgaard, who coaches the junior rowers, smiled again. \"They train in the dark all winter and never complain.\"\n",
        &[Some("Liv Aasgaard")],
    );
}

/// Faces and hesitations are beats too (`frown`, `grimace`, `wince`, `pause`, `hesitate`, listed
/// in the reporting verbs as counting only beside a quotation); with an object, or with no
/// person for their subject, they credit no one.
#[test]
fn a_face_or_a_pause_before_the_quotation_introduces_it() {
    said_by(
        "Signe Mork has kept the lighthouse log for thirty years.\n\n\
         Mork frowned. \"The lamp has never failed on my watch, whatever the inspectors write.\"\n",
        &[Some("Signe Mork")],
    );
    said_by(
        "The ferry's engineer, Arne Vik, winced. \"The gearbox will not last another season on this route.\"\n",
        &[Some("Arne Vik")],
    );
    said_by(
        "Kari Holm chairs the fishermen's cooperative.\n\n\
         She hesitated. \"We may have to sell two of the boats before the spring.\"\n",
        &[Some("Kari Holm")],
    );
    said_by(
        "The mayor paused. \"There is no money for a second quay until the state pays its share.\"\n",
        &[Some("the mayor")],
    );
    orphan(
        "Work paused. \"We expect the crane back on the quay within a week or two.\"\n",
        "\"We expect the crane back on the quay within a week or two.\"",
    );
    orphan(
        "Arne Vik paused the film. \"That is all the footage we have of the night of the storm.\"\n",
        "\"That is all the footage we have of the night of the storm.\"",
    );
}

#[test]
fn a_sentence_before_that_is_no_person_gesturing_credits_no_one() {
    // Not a person: an event, a thing, nobody.
    orphan(
        "The meeting began. \"We have no money left for the pool this year or the next.\"\n",
        "\"We have no money left for the pool this year or the next.\"",
    );
    orphan(
        "Nobody smiled. \"We have no money left for the pool this year or the next.\"\n",
        "\"We have no money left for the pool this year or the next.\"",
    );
    orphan(
        "It continued. \"The road will stay closed until the engineers have checked the slope.\"\n",
        "\"The road will stay closed until the engineers have checked the slope.\"",
    );
    // Negated, or the gesture aimed at someone (an object after the verb).
    orphan(
        "Runa Dahl did not smile. \"We have no money left for the pool this year or the next.\"\n",
        "\"We have no money left for the pool this year or the next.\"",
    );
    orphan(
        "Runa Dahl waved at her brother. \"We have no money left for the pool this year or the next.\"\n",
        "\"We have no money left for the pool this year or the next.\"",
    );
    // Whoever heard the words did not say them.
    orphan(
        "The inquiry heard. \"The pumps failed at midnight and nobody was on duty at the station.\"\n",
        "\"The pumps failed at midnight and nobody was on duty at the station.\"",
    );
    // A sentence that does more than gesture is no introduction.
    orphan(
        "Runa Dahl shrugged off the criticism at the quay. \"We have no money left for the pool this year.\"\n",
        "\"We have no money left for the pool this year.\"",
    );
}

#[test]
fn the_quotations_own_shape_comes_before_the_sentence_before() {
    // The quotation names its own speaker: the gesture before is someone else's.
    said_by(
        "Ines Vik nodded. \"He never listens to anyone on the council,\" Arne Moe said of her.\n",
        &[Some("Arne Moe")],
    );
}

// --- Shapes already read from the sentence, kept. ---

#[test]
fn a_speaker_before_a_colon_whatever_the_verb() {
    said_by(
        "Marta Kovalenko, the harbour master at Lindvik, was blunt: \"The quay will not survive another winter without new piles.\"\n",
        &[Some("Marta Kovalenko")],
    );
    said_by(
        "Ingrid Solberg watched the boats come in.\n\n\
         Solberg laughed: \"Every year they promise a new breakwater, and every year the old one cracks.\"\n",
        &[Some("Ingrid Solberg")],
    );
    said_by(
        "Sigrid Eklund posted: \"The library will close at noon on Friday because the heating has failed again.\"\n",
        &[Some("Sigrid Eklund")],
    );
}

#[test]
fn a_quotation_split_by_its_attribution_and_written_sources() {
    said_by(
        "\"We have waited eleven years for this bridge,\" Pavel Drozdov said, \"and we will wait no longer.\"\n",
        &[Some("Pavel Drozdov"), Some("Pavel Drozdov")],
    );
    said_by(
        "\"I have served this town for thirty years and I will not be forced out,\" Olga Petrenko wrote in a letter to the council.\n",
        &[Some("Olga Petrenko")],
    );
    none("\"Water quality in the northern lakes has fallen for the third year running,\" the report said.\n");
    said_by(
        "Council leader Annika Berglund opened the meeting with a warning.\n\n\
         \"We cannot pay for the new school and the new pool in the same year,\" she said.\n",
        &[Some("Annika Berglund")],
    );
}

#[test]
fn the_person_spoken_about_is_not_the_speaker() {
    said_by(
        "\"He never listens to anyone on the council,\" Ines Vik said of Arne Moe.\n",
        &[Some("Ines Vik")],
    );
    said_by(
        "\"Nobody has seen Erik Strand since the fire started on the hill,\" a neighbour said.\n",
        &[Some("a neighbour")],
    );
    // Named only as the subject of the paragraph before: no one is said to speak.
    orphan(
        "Critics of Erik Strand have long questioned his record on housing.\n\n\
         \"He has never built a single affordable home in twelve years in charge.\"\n",
        "\"He has never built a single affordable home in twelve years in charge.\"",
    );
    // A scare quote is no quotation to credit.
    none("The council called the car park \"temporary\" although it has stood there for six years.\n");
}

// --- A quotation inside parentheses. ---

#[test]
fn a_quotation_in_parentheses_after_a_work_noun_is_speech_when_a_verb_credits_it() {
    said_by(
        "The mayor, Jonas Lindqvist, defended the plan on Tuesday (\"We have no other way to pay for the repairs,\" he said) before the vote.\n",
        &[Some("Jonas Lindqvist")],
    );
    said_by(
        "Astrid Nygaard, the head teacher, backed the new report (\"Every child here deserves a dry classroom,\" she told parents) on Monday.\n",
        &[Some("Astrid Nygaard")],
    );
    // No verb credits it: the words after the work noun name the work, as before.
    none("The council launched the campaign \"keep the ferry running all year,\" which most residents backed.\n");
}
