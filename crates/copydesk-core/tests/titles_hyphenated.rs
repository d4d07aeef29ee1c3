//! A title of two or more words is one title hyphenated or spaced (`Major-General`, `Major
//! General`; `Lt-Col`, `Lt Col`; `Secretary-General`, `Secretary General`), and a compound
//! police rank is read whole (`Det Ch Insp`, `Ch Supt`), never as its last word. Traps: a
//! hyphenated word that is no title stays silent, and a title written one way throughout.
//! Drafts written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use drafts::titles as run;

#[test]
fn a_hyphenated_rank_before_a_full_name_is_abbreviated_by_ap() {
    for (text, flagged, fix) in [
        (
            "Major-General Ines Rook led the parade.\n",
            "Major-General",
            "Maj. Gen.",
        ),
        (
            "Lieutenant-Colonel Tam Oduya said the road was shut.\n",
            "Lieutenant-Colonel",
            "Lt. Col.",
        ),
        (
            "The unit was led by Brigadier-General Ora Penhale.\n",
            "Brigadier-General",
            "Brig. Gen.",
        ),
        (
            "Rear-Admiral Kees Vantol left the port.\n",
            "Rear-Admiral",
            "Rear Adm.",
        ),
    ] {
        let got = run(text, Some("ap"));
        assert_eq!(
            got,
            vec![("title-style", flagged.to_string(), fix.to_string())],
            "{text}"
        );
    }
}

#[test]
fn one_title_hyphenated_then_spaced_is_one_title_written_two_ways() {
    for text in [
        "Major-General Ines Rook met Major General Tam Oduya in Carvel.\n",
        "Lieutenant-Colonel Ines Rook met Lieutenant Colonel Tam Oduya in Carvel.\n",
    ] {
        let got = run(text, None);
        // The second is held to the first: not the same kind of rank read as two.
        assert!(
            got.iter().all(|g| g.0 == "title-consistency"),
            "{text}{got:?}"
        );
        assert!(got.len() <= 1, "{text}{got:?}");
    }
    // Abbreviated hyphenated then spelled out before a full name.
    let text = "Maj-Gen Ines Rook met Major General Tam Oduya in Carvel.\n";
    let got = run(text, None);
    assert_eq!(got.len(), 1, "{text}{got:?}");
    assert_eq!(got[0].1, "Major General", "{text}{got:?}");
}

#[test]
fn a_secretary_general_is_one_title_spaced_or_hyphenated() {
    for text in [
        "Nato Secretary General Ines Rook said the talks had ended. The Secretary General added that more would follow.\n",
        "Opec Secretary-General Tam Oduya spoke first. Later the Secretary-General left.\n",
        "Governor-General Ora Penhale opened the session. The Governor-General said it was a fine day.\n",
    ] {
        let got = run(text, Some("bbc"));
        assert_eq!(got.len(), 1, "{text}{got:?}");
        assert_eq!(got[0].0, "title-style", "{text}{got:?}");
        assert!(got[0].1.starts_with("Secretary") || got[0].1.starts_with("Governor"), "{text}{got:?}");
        assert!(got[0].2.starts_with(char::is_lowercase), "{text}{got:?}");
    }
}

#[test]
fn a_compound_police_rank_is_read_whole() {
    for (text, fix) in [
        (
            "Det Ch Insp Ines Rook said the inquiry would go on.\n",
            "Det. Ch. Insp.",
        ),
        ("Ch Supt Tam Oduya asked for witnesses.\n", "Ch. Supt."),
        ("Det Supt Ora Penhale led the search.\n", "Det. Supt."),
    ] {
        let got = run(text, Some("ap"));
        // The whole rank, or nothing: never its last word alone.
        for g in &got {
            assert!(g.1.contains(' '), "{text}{got:?}");
            assert_eq!(g.2, fix, "{text}{got:?}");
        }
    }
    for text in [
        "Det Ch Insp Ines Rook said the inquiry would go on.\n",
        "Ch Supt Tam Oduya asked for witnesses.\n",
    ] {
        assert_eq!(run(text, Some("bbc")), vec![], "{text}");
    }
}

#[test]
fn hyphenated_words_that_are_no_titles_stay_silent() {
    for text in [
        "The well-known Ines Rook met Tam Oduya in Carvel.\n",
        "Ora Penhale, a major-general's daughter, opened the fete.\n",
        "Major General Ines Rook met Major General Tam Oduya in Carvel.\n",
    ] {
        let got = run(text, None);
        assert_eq!(got, vec![], "{text}");
    }
}

#[test]
fn a_hyphenated_abbreviation_takes_its_points_spaced() {
    for (text, flagged, fix) in [
        (
            "Maj-Gen Ines Rook led the parade.\n",
            "Maj-Gen",
            "Maj. Gen.",
        ),
        (
            "Lt-Col Tam Oduya said the road was shut.\n",
            "Lt-Col",
            "Lt. Col.",
        ),
    ] {
        let got = run(text, Some("ap"));
        assert_eq!(
            got,
            vec![("title-style", flagged.to_string(), fix.to_string())],
            "{text}"
        );
    }
}
