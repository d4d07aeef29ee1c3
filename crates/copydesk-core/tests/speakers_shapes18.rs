//! A part of a group counted by a number (`two of the deckhands`, `several of the crew`) is the
//! speaker whole whenever the group alone (`the deckhands`) would be read as one, whatever its
//! noun: not the group without its count. A part of a group of things names no speaker
//! (`One of the containers rattled.`). Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::speakers;

fn one(text: &str, who: Option<&str>) {
    assert_eq!(speakers(text), vec![who.map(str::to_string)], "{text}");
}

#[test]
fn a_counted_part_of_a_group_is_the_speaker_whole() {
    for (count, group, verb) in [
        ("Two", "deckhands", "laughed"),
        ("Three", "stokers", "laughed"),
        ("Several", "crew", "laughed"),
        ("Two", "nurses", "laughed"),
        ("Three", "fishermen", "shrugged"),
    ] {
        let text = format!(
            "The Orla Bay ferry reached port an hour late.\n\n\
             {count} of the {group} {verb}. \"We have crossed in far worse than this.\"\n"
        );
        let who = format!("{} of the {group}", count.to_lowercase());
        one(&text, Some(&who));
    }
}

#[test]
fn a_counted_part_of_a_group_of_things_names_no_speaker() {
    for text in [
        "The storm reached Kelvoe at dusk.\n\n\
         One of the containers rattled. \"Nothing to see here.\"\n",
        "The storm reached Kelvoe at dusk.\n\n\
         Two of the boats sank. \"It was bad.\"\n",
    ] {
        one(text, None);
    }
}
