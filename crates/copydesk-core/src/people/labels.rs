//! Whether a transcript's speaker label (`DIANA FELL`, `Councillor Lina Haddad`, `Fell`) names a
//! person of the story, by the same folds the name checks use: case, diacritics, hyphens and
//! titles do not count, a surname alone fits the full name, given names must agree.

use super::keys::fold;
use super::lexicon::Lexicon;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Labels that name a role (`Q`, `Interviewer`, `Speaker 2`), from `data/sources/roles.txt`.
fn roles() -> &'static HashSet<String> {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        include_str!("../../data/sources/roles.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(|l| l.split(','))
            .map(|w| fold(w.trim()))
            .filter(|w| !w.is_empty())
            .collect()
    })
}

/// The folded name words of a name or label, titles dropped (`Councillor Lina Haddad` -> `lina`, `haddad`).
fn name_words(name: &str) -> Vec<String> {
    let lex = Lexicon::get();
    name.split(|c: char| c.is_whitespace() || c == ',')
        .map(fold)
        .filter(|w| !w.is_empty() && !lex.titles.contains_key(w))
        .collect()
}

/// Whether a label names a role rather than a person: role words (`Interviewer`), or a title
/// with no name (`THE MAYOR`, `Chair`), an article or a number beside them.
pub fn is_role_label(label: &str) -> bool {
    let lex = Lexicon::get();
    let determiners = &crate::quotes::words::words().determiners;
    let words: Vec<String> = label
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.is_empty()
        || words.iter().all(|w| {
            roles().contains(w) || lex.titles.contains_key(w) || determiners.contains(w.as_str())
        })
}

/// Whether two given names can be one (`l` fits `lina`).
fn given_fit(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
        || Lexicon::get().same_group(a, b)
}

/// Whether two names can name one person.
fn same_name(a: &[String], b: &[String]) -> bool {
    let (Some(la), Some(lb)) = (a.last(), b.last()) else {
        return false;
    };
    if a.concat() == b.concat() {
        return true;
    }
    if la == lb {
        // A label may open with a role the draft writes apart (`HARBOUR ENGINEER SIGURD LIE`
        // for `Sigurd Lie`): the shorter name's given name must fit one of the longer's.
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        return match short.first() {
            Some(g) if short.len() > 1 => long[..long.len() - 1].iter().any(|l| given_fit(g, l)),
            _ => true,
        };
    }
    // A surname or a family-first name written alone: every word of the shorter is in the longer.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|w| long.contains(w))
}

/// Whether a record's speaker label names one of the names the draft gives a person: `Some(true)`
/// yes, `Some(false)` someone else, `None` when the label names only a role.
pub fn label_names(label: &str, names: &[&str]) -> Option<bool> {
    if is_role_label(label) {
        return None;
    }
    let l = name_words(label);
    if l.is_empty() {
        return None;
    }
    Some(names.iter().any(|n| same_name(&l, &name_words(n))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_names() {
        assert_eq!(
            label_names("Councillor Lina Haddad", &["Ms Haddad"]),
            Some(true)
        );
        assert_eq!(label_names("DIANA FELL", &["Fell"]), Some(true));
        assert_eq!(label_names("Fell", &["Diana Fell"]), Some(true));
        assert_eq!(label_names("L. HADDAD", &["Lina Haddad"]), Some(true));
        assert_eq!(label_names("Sami Haddad", &["Lina Haddad"]), Some(false));
        assert_eq!(
            label_names("TOM WARD", &["Diana Fell", "Ms Fell"]),
            Some(false)
        );
        assert_eq!(label_names("KIM JONG-UN", &["Kim Jong Un"]), Some(true));
        assert_eq!(
            label_names("HARBOUR ENGINEER SIGURD LIE", &["Sigurd Lie"]),
            Some(true)
        );
        assert_eq!(
            label_names("HARBOUR ENGINEER SIGURD LIE", &["Tove Lie"]),
            Some(false)
        );
        assert_eq!(label_names("Interviewer", &["Diana Fell"]), None);
        assert_eq!(label_names("Speaker 2", &["Diana Fell"]), None);
        assert_eq!(label_names("Q", &["Diana Fell"]), None);
        assert_eq!(label_names("THE MAYOR", &["Bram Kessel"]), None);
        assert_eq!(label_names("Chair", &["Bram Kessel"]), None);
        assert_eq!(
            label_names("MAYOR TOMAS REYES", &["Bram Kessel"]),
            Some(false)
        );
    }
}
