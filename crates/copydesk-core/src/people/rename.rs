//! Renaming a person: how each mention is rewritten, so the editor's rename and any other
//! caller share one answer.

use super::keys::{distance, fold};
use super::Person;

/// Whether a word in front of a name is a title to keep: one of the lexicon's titles (with or
/// without its full point) or one the draft used with this person.
fn is_title(word: &str, person: &Person) -> bool {
    let bare = word.trim_end_matches('.');
    crate::titles::is_title_word(word)
        || person
            .titles
            .iter()
            .any(|t| fold(t) == fold(bare) && !bare.is_empty())
}

/// How a mention is rewritten when its person is renamed to `new`: titles in front are kept;
/// a full name becomes the new full name; a single name becomes the matching part of the new
/// name (the first part when it matches the old first part, as for East Asian family names,
/// else the last part).
pub fn renamed_mention(mention: &str, person: &Person, new: &str) -> String {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let kept = words
        .iter()
        .take_while(|w| is_title(w, person))
        .count()
        .min(words.len().saturating_sub(1));
    let name_words = &words[kept..];
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let old_words: Vec<&str> = person.canonical.split_whitespace().collect();
    let replacement = if name_words.len() >= 2 || old_words.len() < 2 || new_words.len() < 2 {
        new.trim().to_string()
    } else {
        let w = fold(name_words[0]);
        let far = |o: &str| distance(&fold(o), &w, usize::MAX - 1);
        let first = far(old_words[0]);
        let last = far(old_words[old_words.len() - 1]);
        if first < last {
            new_words[0].to_string()
        } else {
            new_words[new_words.len() - 1].to_string()
        }
    };
    let mut out: Vec<&str> = words[..kept].to_vec();
    out.push(&replacement);
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(canonical: &str, titles: &[&str]) -> Person {
        Person {
            canonical: canonical.into(),
            mentions: Vec::new(),
            titles: titles.iter().map(|&t| t.into()).collect(),
            quotations: Vec::new(),
        }
    }

    #[test]
    fn rename_keeps_titles_and_maps_single_names() {
        let p = person("Barry Fitzpatrick", &["Mr"]);
        assert_eq!(
            renamed_mention("Barry Fitzpatrick", &p, "Barry Fitzgerald"),
            "Barry Fitzgerald"
        );
        assert_eq!(
            renamed_mention("Mr Fitzpatrik", &p, "Barry Fitzgerald"),
            "Mr Fitzgerald"
        );
        assert_eq!(
            renamed_mention("Fitzpatrick", &p, "Barry Fitzgerald"),
            "Fitzgerald"
        );
        assert_eq!(renamed_mention("Dr. Fitzpatrick", &p, "Ann Lee"), "Dr. Lee");
        assert_eq!(
            renamed_mention("Senator Fitzpatrick", &p, "Ann Lee"),
            "Senator Lee"
        );
        // East Asian order: the family name comes first and is the second reference.
        let kim = person("Kim Jong-un", &[]);
        assert_eq!(renamed_mention("Kim", &kim, "Kim Jong Un"), "Kim");
        assert_eq!(
            renamed_mention("Kim Jong Un", &kim, "Kim Jong-il"),
            "Kim Jong-il"
        );
        // A one-word new name replaces every mention whole.
        assert_eq!(renamed_mention("Mr Fitzpatrick", &p, "Cher"), "Mr Cher");
    }
}
