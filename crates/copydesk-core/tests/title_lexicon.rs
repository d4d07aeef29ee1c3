//! The title lexicon (data/titles.toml) is the one source of titles and abbreviations: no entry
//! is listed twice, and no word is given two meanings that contradict each other.

use std::collections::{HashMap, HashSet};

const SOURCE: &str = include_str!("../data/titles.toml");

fn strings(v: &toml::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Every string list of the file, by its dotted key (`social`, `compound.portfolios`, ...).
fn lists(v: &toml::Value, prefix: &str, out: &mut Vec<(String, Vec<String>)>) {
    let Some(t) = v.as_table() else { return };
    for (k, x) in t {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match x {
            toml::Value::Array(a) if a.iter().all(|i| i.is_str()) => out.push((key, strings(x))),
            toml::Value::Table(_) => lists(x, &key, out),
            _ => {}
        }
    }
}

fn parsed() -> toml::Value {
    toml::from_str(SOURCE).expect("titles.toml parses")
}

#[test]
fn no_list_repeats_an_entry() {
    let mut all = Vec::new();
    lists(&parsed(), "", &mut all);
    assert!(all.len() > 10);
    for (key, items) in &all {
        let mut seen = HashSet::new();
        for i in items {
            assert!(
                seen.insert(i.to_lowercase()),
                "`{i}` is listed twice in `{key}`"
            );
        }
    }
}

#[test]
fn no_formal_title_is_listed_twice() {
    let v = parsed();
    let mut seen = HashSet::new();
    for f in v["formal"].as_array().unwrap() {
        let t = f["title"].as_str().unwrap().to_lowercase();
        assert!(seen.insert(t.clone()), "formal title `{t}` is listed twice");
    }
}

#[test]
fn no_word_has_contradictory_meanings() {
    let v = parsed();
    let set =
        |k: &str| -> HashSet<String> { strings(&v[k]).iter().map(|s| s.to_lowercase()).collect() };
    let formal: HashSet<String> = v["formal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["title"].as_str().unwrap().to_lowercase())
        .collect();
    // A title is a formal title or a job description, never both.
    for o in set("occupations") {
        assert!(
            !formal.contains(&o),
            "`{o}` is both a formal title and an occupation"
        );
    }
    // A courtesy word has one gender at most.
    for m in set("masculine") {
        assert!(
            !set("feminine").contains(&m),
            "`{m}` is both masculine and feminine"
        );
    }
    // Social, academic and honorific titles are distinct kinds.
    for (a, b) in [
        ("social", "honours"),
        ("social", "academic"),
        ("academic", "honours"),
    ] {
        let both: Vec<_> = set(a).intersection(&set(b)).cloned().collect();
        assert!(both.is_empty(), "{both:?} are both `{a}` and `{b}`");
    }
    // An abbreviation means one title.
    let mut abbrs: HashMap<String, String> = HashMap::new();
    for f in v["formal"].as_array().unwrap() {
        if let Some(a) = f.get("abbr").and_then(|a| a.as_str()) {
            let title = f["title"].as_str().unwrap().to_string();
            if let Some(other) = abbrs.insert(a.to_lowercase(), title.clone()) {
                panic!("`{a}` abbreviates both `{other}` and `{title}`");
            }
        }
    }
    // Abbreviations that are not titles are not titles' abbreviations too.
    let other: HashSet<String> = strings(&v["abbreviations"]["other"])
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    for a in abbrs.keys().chain(set("pointable").iter()) {
        for w in a.split_whitespace() {
            let w = w.trim_end_matches('.');
            assert!(
                !other.contains(w),
                "`{w}` is a title's abbreviation and listed as another"
            );
        }
    }
}

#[test]
fn the_lexicon_answers_for_the_other_readers() {
    use copydesk_core::titles::{is_abbreviation, is_title_word};
    for w in ["Mr", "mr.", "Dr", "President", "Gov.", "Prime", "Sen"] {
        assert!(is_title_word(w), "{w}");
    }
    assert!(!is_title_word("Harbour"));
    assert!(is_abbreviation("Gov", true) && is_abbreviation("Jr", true));
    assert!(is_abbreviation("Inc", false) && !is_abbreviation("Inc", true));
    assert!(!is_abbreviation("said", false));
}
