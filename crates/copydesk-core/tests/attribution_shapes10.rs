//! A reporting verb right before the quotation it reports, `that` between (`The tribunal heard
//! that "…"`, `Tenants were notified that "…"`), or nothing between when the passive subject
//! is the listener (`Stallholders were informed "…"`): the shape in which even the verbs that
//! count only beside a quotation report it. Beside the traps that must stay unattributed: a
//! negation, a question, no subject, a passive that names no one who heard (`It was announced
//! that "…"`). Drafts of a harbour town written for these tests, each with the exact
//! quotation findings and speakers expected.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::{orphan, said_by};

// --- Listeners in the passive: the words were said to them. ---

#[test]
fn listeners_informed_or_notified_that_the_words_were_said() {
    said_by(
        "Saltmere council voted on the harbour plan on Monday.\n\n\
         Fishing crews were informed that \"The north quay will close for repairs in March.\"\n\n\
         The work is expected to take six weeks.\n",
        &[None],
    );
    said_by(
        "Rubbish collections in Kettleby are changing.\n\n\
         Every householder on the Brackwater estate was notified that \"Bins will be collected once a fortnight from April.\"\n",
        &[None],
    );
    // An adverb between the verb of being and the verb.
    said_by(
        "Shareholders of Orrin Mills were formally notified that \"The merger has been called off by both boards.\"\n",
        &[None],
    );
    // No `that`: the quotation is the verb's object.
    said_by(
        "The Saturday market in Fenholm is moving.\n\n\
         Stallholders were informed \"The market moves to the station car park from next week.\"\n",
        &[None],
    );
}

#[test]
fn a_hearing_that_heard_the_words() {
    said_by(
        "The inquiry into the crane collapse resumed in Dunmere on Tuesday.\n\n\
         The tribunal heard that \"The harbour master was warned about the jib twice before it fell.\"\n\n\
         The hearing continues.\n",
        &[None],
    );
}

// --- A verb that counts only beside a quotation, with its speaker. ---

#[test]
fn a_speaker_and_a_verb_of_the_quotation_only_before_that() {
    said_by(
        "Councillor Ines Varga has sat on the harbour board for thirty years.\n\n\
         Varga reflected that \"Nobody on this council has ever built a harbour from nothing.\"\n",
        &[Some("Ines Varga")],
    );
    said_by(
        "Harbour master Tomas Ekberg indicated that \"The dredger will arrive before the end of June.\"\n",
        &[Some("Tomas Ekberg")],
    );
}

// --- Traps. ---

#[test]
fn negated_asked_or_subjectless_credits_no_one() {
    orphan(
        "Fishing crews were never informed that \"The north quay will close for repairs in March.\"\n",
        "\"The north quay will close for repairs in March.\"",
    );
    orphan(
        "Nobody notified the stallholders that \"The market moves to the station car park next week.\"\n",
        "\"The market moves to the station car park next week.\"",
    );
    orphan(
        "Were the fishing crews notified that \"The north quay will close for repairs in March\"?\n",
        "\"The north quay will close for repairs in March\"",
    );
    orphan(
        "Notified that \"The north quay will close for repairs in March.\"\n",
        "\"The north quay will close for repairs in March.\"",
    );
}

#[test]
fn a_passive_that_names_no_listener_credits_no_one() {
    orphan(
        "Saltmere council met on Monday.\n\n\
         It was announced that \"The north quay will close for repairs in March.\"\n",
        "\"The north quay will close for repairs in March.\"",
    );
    orphan(
        "It was heard that \"The harbour master was warned about the jib twice before it fell.\"\n",
        "\"The harbour master was warned about the jib twice before it fell.\"",
    );
    // Without `that`, only a listener's passive takes the quotation as its object.
    orphan(
        "It was estimated \"Nine in ten homes on the seafront will lose power in a storm.\"\n",
        "\"Nine in ten homes on the seafront will lose power in a storm.\"",
    );
}

/// A phrasal verb whose past is its bare form (`hit back`) reports the words after `that` in
/// any tense; the same verb without its particle, or negated, does not.
#[test]
fn a_phrasal_verb_in_any_tense_before_that() {
    said_by(
        "Ferry fares on the Orrin crossing will rise in May.\n\n\
         The crew's union hit back that \"Nobody on these islands can afford another rise this year.\"\n",
        &[Some("the crew's union")],
    );
    said_by(
        "The Kettleby ground was sold in 2019.\n\n\
         Brenna Tosh hits back that \"The ground has been sold twice without a vote by the members.\"\n",
        &[Some("Brenna Tosh")],
    );
    orphan(
        "The Fenholm report came out on Friday.\n\n\
         Nobody hit back that \"The figures were wrong from the very first page of the report.\"\n",
        "\"The figures were wrong from the very first page of the report.\"",
    );
    orphan(
        "The match at Saltmere was lost.\n\n\
         The striker hit the bar that \"Nobody in the stadium could believe what they had just seen.\"\n",
        "\"Nobody in the stadium could believe what they had just seen.\"",
    );
}
