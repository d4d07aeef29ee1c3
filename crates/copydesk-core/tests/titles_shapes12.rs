//! Title classes judged against house style, each with traps: a capitalised title in the
//! plural used generically, a rank or office standing alone that refers back to a named
//! holder, and a place adjective of any country before a lowercase title and a name. Drafts
//! written for these tests, with their exact title findings (rule, flagged text, replacement
//! of the first fix).

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

fn style(text: &str, fix: &str) -> (&'static str, String, String) {
    ("title-style", text.to_string(), fix.to_string())
}

// A formal title in the plural after a word that counts its holders, with no name after it,
// is a common noun: every profile writes a title standing alone in lower case. Traps: a plural
// before names (a title before a name, capitalised), a plural that goes on into a name (`the
// Presidents Trophy`, `Governors' Council`), an organisation named with it (`the Council of
// Ministers`), `the Senate`, a plural with no counting word (`Ministers said`, which British
// government copy writes so and a team's name shares), military ranks (`three Majors` in golf),
// a quotation and a heading.
const GENERIC: &str = "\
# Both Senators Back Dam Plan

The dam at Kessel Falls was approved on Thursday after both Senators from the valley voted for it. The state's two Governors met on Friday, and several Ambassadors attended as guests.

Four Ministers resigned over the cost, and fellow Mayors from the coast said the dam came too late. Some 12 Commissioners had already objected.

Senators Ivo Lant and Mara Esk voted against it. The Senate passed the bill, and the Council of Ministers backed it. The Board of Governors of the utility met later.

Two Governors' Council members abstained. All Presidents Trophy games were moved. Ministers said the cost was fair.

Oda Venn, a golfer, has won three Majors. \"Both Senators from the valley were right,\" Venn said.
";

#[test]
fn a_capitalised_plural_used_generically_is_lowered() {
    let want = vec![
        style("Senators", "senators"),
        style("Governors", "governors"),
        style("Ambassadors", "ambassadors"),
        style("Ministers", "ministers"),
        style("Mayors", "mayors"),
        style("Commissioners", "commissioners"),
    ];
    for s in copydesk_core::styles::NAMES {
        // The Economist asks for a courtesy title on a later reference (`Ms Venn`): a finding
        // of its own, left aside here.
        let got: Vec<_> = run(GENERIC, Some(s))
            .into_iter()
            .filter(|(_, t, _)| t != "Venn")
            .collect();
        // AP and Chicago abbreviate the plural before full names (`Sens. Ivo Lant and`).
        let mut want = want.clone();
        if matches!(*s, "ap" | "chicago") {
            want.push(style("Senators", "Sens."));
        }
        assert_eq!(got, want, "{s}");
    }
    // Without a style nothing decides a title alone.
    assert_eq!(run(GENERIC, None), vec![]);
}

// A plural opening a sentence or after a number written in figures.
const OPENING: &str = "\
Grain prices rose again in Tolvar this week.

Both Premiers have asked for help. Three Judges sat on the appeal, and 4 Chancellors signed the letter, while many Sheriffs stayed away.
";

#[test]
fn a_counted_plural_at_a_sentence_start_or_after_figures() {
    let want = vec![
        style("Premiers", "premiers"),
        style("Judges", "judges"),
        style("Chancellors", "chancellors"),
        style("Sheriffs", "sheriffs"),
    ];
    assert_eq!(run(OPENING, Some("ap")), want);
    assert_eq!(run(OPENING, Some("guardian")), want);
}

// A rank or an office the draft has given a named person stands alone in lower case when it
// refers back to that person (`the major said`), in every profile. Traps: the same word as
// part of a name (`a Major League side`, `the Major Crimes Unit`, `the General Assembly`), an
// office's possessive before the body it names (`the Commissioner's office`), a rank the draft
// gives nobody by name, a title the BBC always capitalises (`the Speaker`), a quotation.
const BACK: &str = "\
A fire broke out at the Arnholt barracks on Saturday night.

Major Petra Lind led the first crew in. The Major said later that nobody was hurt. A Major League side offered its ground as a shelter, and the Major Crimes Unit was told.

Commissioner Joel Harrow arrived at dawn, and the Commissioner's office issued a statement. Residents thanked the Commissioner.

Brigadier Sune Vahl flew in from the capital. The Brigadier inspected the damage.

The Colonel of the regiment was away. Speaker Ines Morrow sent a message, which the Speaker read aloud.

General Tomas Brink called it a tragedy. The General Assembly of the region will debate it. \"The Major did everything right,\" a soldier said.
";

#[test]
fn a_rank_standing_alone_for_a_named_person_is_lowered() {
    let common = [
        style("Major", "major"),
        style("Commissioner", "commissioner"),
        style("Brigadier", "brigadier"),
    ];
    let speaker = style("Speaker", "speaker");
    // AP and Chicago also abbreviate the ranks before a full name.
    let ap = vec![
        style("Major", "Maj."),
        common[0].clone(),
        common[1].clone(),
        common[2].clone(),
        speaker.clone(),
        style("General", "Gen."),
    ];
    assert_eq!(run(BACK, Some("ap")), ap);
    assert_eq!(run(BACK, Some("chicago")), ap);
    let plain: Vec<_> = common.iter().cloned().chain([speaker.clone()]).collect();
    for s in ["reuters", "nyt", "guardian", "economist"] {
        assert_eq!(run(BACK, Some(s)), plain, "{s}");
    }
    // The BBC always capitalises the Speaker.
    assert_eq!(run(BACK, Some("bbc")), common.to_vec());
    assert_eq!(run(BACK, None), vec![]);
}

// A capitalised place adjective the lists do not know (an invented country) before a lowercase
// formal title and a name reads as a nationality: the title is before a name, capitalised
// where the house capitalises it. Traps: a party's or a body's officer (`Labour leader`,
// `party president`), a title after a comma, and the BBC, which leaves a title after a country
// to the draft.
const PLACES: &str = "\
Leaders met at the lakeside resort of Orvel on Monday.

Talks were opened by Tarvanian president Ana Lusk, with Quelish finance minister Odo Marr beside her. Brevanese foreign minister Lio Dant and Sotrani prime minister Nia Voss arrived later.

Gallovian Labour leader Pim Hart stayed away, as did party president Ida Lowe. The Vorsk premier, Ruta Ang, sent an aide.
";

#[test]
fn an_unlisted_place_adjective_keeps_the_title_before_a_name() {
    let want = vec![
        style("president", "President"),
        style("finance minister", "Finance Minister"),
        style("foreign minister", "Foreign Minister"),
        style("prime minister", "Prime Minister"),
    ];
    assert_eq!(run(PLACES, Some("ap")), want);
    assert_eq!(run(PLACES, Some("reuters")), want);
    assert_eq!(run(PLACES, Some("chicago")), want);
    assert_eq!(run(PLACES, Some("bbc")), vec![]);
    assert_eq!(run(PLACES, Some("guardian")), vec![]);
}

// A plural title after `the` (or nothing) described by a phrase of common words after it is
// its holders in general. Traps: a capitalised word in the phrase (`the Presidents of the
// United States`, `the Ministers of State`), an organisation named with it (`the Board of
// Governors of the port`), a plural before names.
const DESCRIBED: &str = "\
Ferry fares went up in Sallow Bay this spring.

The Governors from both coasts met in March, and the Mayors of several ports joined them. Talks with Ambassadors across the region followed.

The Presidents of the United Provinces sent a letter, and the Ministers of State were told. The Board of Governors of the port agreed. Mayors Ulla Brin and Kees Dorn signed.
";

#[test]
fn a_plural_described_by_a_phrase_is_lowered() {
    let want = vec![
        style("Governors", "governors"),
        style("Mayors", "mayors"),
        style("Ambassadors", "ambassadors"),
    ];
    for s in ["ap", "reuters", "bbc", "chicago"] {
        assert_eq!(run(DESCRIBED, Some(s)), want, "{s}");
    }
    assert_eq!(run(DESCRIBED, None), vec![]);
}
