//! The word lists behind names (`data/names/`) hold each entry once and never contradict
//! themselves: a name is not listed twice, not under two genders, not in two variant groups, and
//! a romanisation rule is not written twice or as a no-op.

use copydesk_core::people::fold;
use std::collections::HashMap;

const LISTS: &[(&str, &str)] = &[
    ("common.txt", include_str!("../data/names/common.txt")),
    ("demonyms.txt", include_str!("../data/names/demonyms.txt")),
    (
        "east_asian.txt",
        include_str!("../data/names/east_asian.txt"),
    ),
    ("given.txt", include_str!("../data/names/given.txt")),
    ("heads.txt", include_str!("../data/names/heads.txt")),
    ("people.txt", include_str!("../data/names/people.txt")),
    ("particles.txt", include_str!("../data/names/particles.txt")),
    ("places.txt", include_str!("../data/names/places.txt")),
    ("namesakes.txt", include_str!("../data/names/namesakes.txt")),
    ("suffixes.txt", include_str!("../data/names/suffixes.txt")),
    ("bridges.txt", include_str!("../data/names/bridges.txt")),
    ("bylines.txt", include_str!("../data/names/bylines.txt")),
    (
        "finite_verbs.txt",
        include_str!("../data/names/finite_verbs.txt"),
    ),
    (
        "explainers.txt",
        include_str!("../data/names/explainers.txt"),
    ),
    ("compounds.txt", include_str!("../data/names/compounds.txt")),
    ("kinship.txt", include_str!("../data/names/kinship.txt")),
    (
        "slavic_families.txt",
        include_str!("../data/names/slavic_families.txt"),
    ),
];

/// (tag, entry, line) of a comma-separated list with optional `tag:` prefixes.
fn entries(src: &str) -> Vec<(Option<String>, String, usize)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (tag, rest) = match line.split_once(':') {
            Some((t, r)) if !t.contains([',', ' ']) => (Some(t.trim().to_string()), r),
            _ => (None, line),
        };
        for w in rest.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            out.push((tag.clone(), w.to_string(), n + 1));
        }
    }
    out
}

/// Entries listed twice under one tag, as "file:line entry (first at line)".
fn duplicates(file: &str, src: &str) -> Vec<String> {
    let mut seen: HashMap<(Option<String>, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (tag, w, n) in entries(src) {
        if let Some(first) = seen.insert((tag, fold(&w)), n) {
            out.push(format!("{file}:{n} {w} (first at line {first})"));
        }
    }
    out
}

#[test]
fn no_list_holds_an_entry_twice() {
    let dups: Vec<String> = LISTS.iter().flat_map(|(f, s)| duplicates(f, s)).collect();
    assert!(dups.is_empty(), "duplicate entries:\n{}", dups.join("\n"));
}

#[test]
fn a_given_name_has_one_gender_and_a_kinship_word_one_gender() {
    for (file, src) in [
        ("given.txt", include_str!("../data/names/given.txt")),
        ("kinship.txt", include_str!("../data/names/kinship.txt")),
    ] {
        let mut gender: HashMap<String, (String, usize)> = HashMap::new();
        let mut bad = Vec::new();
        for (tag, w, n) in entries(src) {
            let tag = tag.unwrap_or_default();
            if let Some((t, first)) = gender.insert(fold(&w), (tag.clone(), n)) {
                if t != tag {
                    bad.push(format!("{file}:{n} {w} is {tag}, and {t} at line {first}"));
                }
            }
        }
        assert!(bad.is_empty(), "contradictory genders:\n{}", bad.join("\n"));
    }
}

#[test]
fn a_variant_belongs_to_one_group() {
    let src = include_str!("../data/names/variants.txt");
    let mut group: HashMap<String, usize> = HashMap::new();
    let mut bad = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let Some((_, rest)) = line.split_once(':').filter(|_| !line.starts_with('#')) else {
            continue;
        };
        let forms: Vec<&str> = rest
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .collect();
        if forms.len() < 2 {
            bad.push(format!("variants.txt:{} a group of one", n + 1));
        }
        for f in forms {
            // Written forms of one group may fold alike (`al-Qaeda`, `al Qaeda`); two groups may not share one.
            if let Some(g) = group.insert(fold(f), n + 1) {
                if g != n + 1 {
                    bad.push(format!(
                        "variants.txt:{} {f} is also in the group at line {g}",
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn romanisation_rules_are_written_once_and_change_something() {
    let src = include_str!("../data/names/romanisation.txt");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut bad = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let (sep, body) = if let Some(r) = line.strip_prefix("rewrite:") {
            ('>', r)
        } else if let Some(g) = line.strip_prefix("given:") {
            ('/', g)
        } else if let Some(f) = line.strip_prefix("family:") {
            ('|', f)
        } else {
            continue;
        };
        let body = body.replace('|', "/");
        let sep = if sep == '|' { '/' } else { sep };
        let Some((a, b)) = body.split_once(sep) else {
            bad.push(format!("romanisation.txt:{} has no `{sep}`", n + 1));
            continue;
        };
        let (a, b) = (a.trim(), b.trim());
        if a.trim_matches(['^', '$']) == b {
            bad.push(format!("romanisation.txt:{} rewrites {a} to itself", n + 1));
        }
        let kind = line.split(':').next().unwrap_or("");
        if let Some(first) = seen.insert(format!("{kind}{sep}{a}{sep}{b}"), n + 1) {
            bad.push(format!("romanisation.txt:{} repeats line {first}", n + 1));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_english_word_list_is_sorted_lowercase_and_unique() {
    let words: Vec<&str> = include_str!("../data/names/english.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert!(words.len() > 10_000);
    assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    assert!(words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())));
}
