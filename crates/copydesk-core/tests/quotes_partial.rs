//! A lowercase fragment woven into the writer's own sentence is someone's words when it holds a
//! clause of its own (a verb of being or an auxiliary, a contraction, the first person): it
//! needs a speaker like any quotation. A phrase borrowed from a text, a term and a modifier
//! after a determiner stay unchecked. Drafts of a valley town, a fishing port and a school
//! board written for these tests, with the exact quotation findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{none, orphan, said_by};

#[test]
fn a_fragment_with_a_clause_of_its_own_needs_a_speaker() {
    // An auxiliary after a comma: a clause someone said, and no one says it.
    orphan(
        "The county approved the gravel pit on Thursday.\n\n\
         The new pit will be \"the widest in the valley, and nobody has measured the water table.\"\n",
        "\"the widest in the valley, and nobody has measured the water table.\"",
    );
    // A verb of being, and the first person.
    orphan(
        "The harbour reopened after the storm.\n\n\
         Skippers want the quay to become \"a place where our boats are safe in any wind.\"\n",
        "\"a place where our boats are safe in any wind.\"",
    );
    // A contracted negation.
    orphan(
        "Enrolment at the school fell again this autumn.\n\n\
         Parents fear the new timetable \"won't leave time for music or sport.\"\n",
        "\"won't leave time for music or sport.\"",
    );
}

#[test]
fn such_a_fragment_is_credited_like_any_quotation() {
    // A reporting verb in its sentence names the speaker.
    said_by(
        "The deputy mayor, Inge Rasmussen, said the pit \"will never pay for itself.\"\n",
        &[Some("Inge Rasmussen")],
    );
    said_by(
        "Harbour master Sigrid Vold told skippers the quay \"is safe again for boats of any size.\"\n",
        &[Some("Sigrid Vold")],
    );
    // The paragraph before names the speaker (the default reading of context).
    none(
        "Principal Tomas Berg wrote to parents on Monday.\n\n\
         The new timetable \"will leave an hour a week for music.\"\n",
    );
}

#[test]
fn a_phrase_a_term_or_a_modifier_stays_unchecked() {
    // Borrowed wording with no clause of its own, however long.
    none(
        "The county approved the gravel pit on Thursday.\n\n\
         The permit covers work done \"in the ordinary course of the operator's business\".\n\n\
         The fund exists to \"protect the rights of every resident of the valley for years to come.\"\n",
    );
    // A clause after a determiner modifies the noun after it.
    none(
        "The harbour reopened after the storm.\n\n\
         Skippers call it the \"you'll sail when we say so\" rule.\n\n\
         The port took a \"we know best\" line on the new berths.\n",
    );
    // A short lowercase term.
    none(
        "Enrolment at the school fell again this autumn.\n\n\
         The board calls the plan \"a fresh start\".\n",
    );
}

/// `promise` addresses someone, as `tell` and `warn` do: in the passive its subject heard the
/// words, and the sentence reports them (`Tenants were promised flats that "…"`).
#[test]
fn words_promised_to_someone_are_reported() {
    none(
        "The estate was emptied in 2019.\n\n\
         Tenants were promised flats that \"will be ready by the spring\", but none are.\n",
    );
    none(
        "The estate was emptied in 2019.\n\n\
         \"The flats will be ready by the spring and every family will have a home,\" tenants were promised.\n",
    );
    // `promised` as an adjective reports nothing.
    orphan(
        "The estate was emptied in 2019.\n\n\
         The promised flats \"will never be built, and everybody here knows it.\"\n",
        "\"will never be built, and everybody here knows it.\"",
    );
}
