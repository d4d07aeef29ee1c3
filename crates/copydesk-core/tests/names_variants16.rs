//! An Arabic name whose shadda is written doubled or single and whose kasra before a final
//! consonant is written `e` or `i` (`Youssef el-Sayed`, `Yusuf al-Sayyid`) is one person, while
//! two Arabic names a letter or two apart (`Hassan`, `Hussein`; `Ahmed`, `Hamid`) and European
//! names (`Anna Stein`, `Anna Stain`) stay apart. Every draft is written for these tests.

#[path = "support/drafts.rs"]
mod drafts;

use copydesk_core::Config;
use drafts::spelt;

/// (rule, flagged text, first fix's replacement) for the two name rules.
fn names(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    drafts::names(text, &Config::default())
}

/// A two-paragraph draft: a first mention, then a second.
fn draft(first: &str, second: &str) -> String {
    format!(
        "{first}, who keeps a pharmacy near the harbour, said deliveries had stopped.\n\nBy evening {second} had locked the doors.\n"
    )
}

/// A doubled `yy` and `-id` for a single `y` and `-ed`: the same family name.
#[test]
fn a_doubled_consonant_and_a_kasra_written_two_ways_are_one_name() {
    for (first, second, flagged, fix) in [
        (
            "Youssef el-Sayed",
            "Yusuf al-Sayyid",
            "Yusuf al-Sayyid",
            "Youssef el-Sayed",
        ),
        ("Walid el-Sayed", "Walid al-Sayyid", "al-Sayyid", "el-Sayed"),
        ("Nour Sayyid", "Nour Sayed", "Sayed", "Sayyid"),
        ("Tamer Zayed", "Tamer Zayyid", "Zayyid", "Zayed"),
    ] {
        let d = draft(first, second);
        assert_eq!(names(&d), vec![spelt(flagged, fix)], "{d}");
    }
}

/// Different names, Arabic or European, are different people.
#[test]
fn near_names_that_are_not_one_romanisation_stay_apart() {
    for (first, second) in [
        ("Ahmed Karimi", "Hamid Karimi"),
        ("Hassan Karimi", "Hussein Karimi"),
        ("Anna Stein", "Anna Stain"),
        ("Maria Alfred", "Mario Alfred"),
        ("Peter Reed", "Peter Rid"),
    ] {
        let d = draft(first, second);
        assert_eq!(names(&d), vec![], "{d}");
    }
}
