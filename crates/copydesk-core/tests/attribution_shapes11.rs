//! A colon before a quotation attributes it only when the words before the colon can name who
//! speaks: a speaker with any verb, a noun of words said or written, a label, a name. A phrase
//! of time, place or manner alone (`Under the new plan:`, `On Tuesday:`, `Yesterday:`) names no
//! one, in the quotation's own sentence or as the paragraph before it. Beside the traps that
//! must stay attributed: speakers, documents, source prepositions (`From the mayor:`), a
//! possessive, a name inside the phrase, a clause after a comma, and a speaker in the
//! paragraph before. Drafts of a river town written for these tests, with the exact findings.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

// --- A phrase of time, place or manner alone before the colon. ---

#[test]
fn a_prepositional_phrase_alone_names_no_speaker() {
    orphan(
        "Bus routes in Tarnwick are being redrawn.\n\n\
         Under the revised timetable: \"Services will run every ten minutes from May.\"\n",
        "\"Services will run every ten minutes from May.\"",
    );
    orphan(
        "The Ellford ferry was cancelled again.\n\n\
         On Thursday: \"The crossing will not sail until the gale has passed.\"\n",
        "\"The crossing will not sail until the gale has passed.\"",
    );
    orphan(
        "Pupils at Brindle Primary were sent home.\n\n\
         In the end: \"There was no choice but to close the school for the week.\"\n",
        "\"There was no choice but to close the school for the week.\"",
    );
    orphan(
        "The Marrow Gallery flooded overnight.\n\n\
         For now: \"The gallery will stay shut to all visitors.\"\n",
        "\"The gallery will stay shut to all visitors.\"",
    );
    orphan(
        "The half marathon went ahead in Corby Vale.\n\n\
         Despite the rain: \"Thousands turned out to cheer the runners home.\"\n",
        "\"Thousands turned out to cheer the runners home.\"",
    );
    orphan(
        "The bypass was approved by four votes.\n\n\
         After the vote: \"This is a great day for the town and its people.\"\n",
        "\"This is a great day for the town and its people.\"",
    );
}

#[test]
fn a_time_word_alone_names_no_speaker() {
    orphan(
        "Snow closed the Harl Pass.\n\nYesterday: \"The roads were shut for several hours.\"\n",
        "\"The roads were shut for several hours.\"",
    );
    orphan(
        "A storm is forecast for the coast.\n\nTonight: \"Gusts may reach ninety miles an hour.\"\n",
        "\"Gusts may reach ninety miles an hour.\"",
    );
    orphan(
        "Fares on the Denby line are rising.\n\nToday: \"Season tickets cost more than ever before.\"\n",
        "\"Season tickets cost more than ever before.\"",
    );
}

#[test]
fn a_paragraph_of_a_phrase_alone_ending_in_a_colon_names_no_speaker() {
    orphan(
        "The Tarnwick bus depot is to close.\n\nUnder the new plan:\n\n\
         \"Forty drivers will move to the depot at Ellford.\"\n",
        "\"Forty drivers will move to the depot at Ellford.\"",
    );
    orphan(
        "Work on the Brindle bridge has stopped.\n\nIn the meantime:\n\n\
         \"Pedestrians must use the ferry or walk round by the weir.\"\n",
        "\"Pedestrians must use the ferry or walk round by the weir.\"",
    );
    orphan(
        "The library will reopen in Corby Vale.\n\nDuring the repairs:\n\n\
         \"Books can be returned at the town hall.\"\n",
        "\"Books can be returned at the town hall.\"",
    );
}

// --- Traps: a colon after words that name or stand for a speaker stays attributed. ---

#[test]
fn a_speaker_with_any_verb_before_the_colon() {
    said_by(
        "Minister Olga Ruiz told MPs: \"The line will reopen in spring.\"\n",
        &[Some("Olga Ruiz")],
    );
    none("The mayor of Tarnwick was blunt: \"We cannot afford another delay.\"\n");
    none("Councillor Ivo Brandt added: \"Nobody will lose a job over this.\"\n");
    none("In a letter to members, the union wrote: \"We will ballot again in June.\"\n");
    none("I thought: \"This cannot possibly be happening to us.\"\n");
}

#[test]
fn words_said_or_written_before_the_colon() {
    none("Her reply: \"I have nothing more to say.\"\n");
    none("The statement read: \"The board regrets the inconvenience caused.\"\n");
    none("In her words: \"It was the hardest winter we have known.\"\n");
    none("In a statement: \"The company apologises for the outage.\"\n");
}

#[test]
fn a_name_a_label_or_a_source_before_the_colon() {
    none("BRANDT: \"I stand by every word of it.\"\n");
    none("Q: \"Will the bridge open on time this year?\"\n");
    none("Olga Ruiz on the delay: \"Nobody wanted it to take this long.\"\n");
    none("From the mayor: \"Thank you to every volunteer who helped.\"\n");
    none("According to the council: \"Repairs will take at least a month.\"\n");
    none("By Ivo Brandt: \"The river has always been the town's first road.\"\n");
}

#[test]
fn a_phrase_that_holds_a_speaker_stays_attributed() {
    // A name, a person, a body, a possessive or a clause after a comma inside the phrase.
    none("At Brandt's request: \"The meeting will be held in private.\"\n");
    none("For the residents of Ellford: \"We will fight this closure to the end.\"\n");
    none("With Olga Ruiz: \"The harbour is the heart of this town.\"\n");
    none("On the delay, the council: \"Nobody wanted it to take this long.\"\n");
    none("Under the council's plan: \"Every street will get a new lamp.\"\n");
    none("After the vote, she added: \"This is a great day for the town.\"\n");
}

#[test]
fn a_speaker_in_the_paragraph_before_gives_the_context() {
    said_by(
        "Olga Ruiz, the transport minister, said the line would close.\n\n\
         Under the new plan: \"Services will run every ten minutes from May.\"\n",
        &[Some("Olga Ruiz")],
    );
    none(
        "The transport minister Olga Ruiz spoke after the vote:\n\n\
         \"Services will run every ten minutes from May.\"\n",
    );
}
