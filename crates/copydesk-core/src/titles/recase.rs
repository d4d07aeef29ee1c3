//! Re-casing a title as written.

use super::lexicon::lexicon;
use super::tokens::all_caps;
use super::words::FUNCTION_WORDS;

/// Re-cases a title as written: `upper` capitalises every word (`Foreign Secretary`), else
/// lowercases all but proper words (`European affairs minister`).
pub fn recase(title: &str, upper: bool) -> String {
    let lex = lexicon();
    // A listed title's own capitals win over a capital for every word: `President-elect`.
    if upper {
        let listed = lex
            .def_of_phrase(title)
            .map(|d| lex.defs[d].title.as_str())
            .filter(|t| t.eq_ignore_ascii_case(title) && t.contains('-'));
        if let Some(t) = listed {
            return t.to_string();
        }
    }
    let mut out = String::with_capacity(title.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_lowercase();
        if FUNCTION_WORDS.contains(&lower.as_str()) {
            out.push_str(&lower);
        } else if upper {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else if lex.is_proper(word) || all_caps(word) {
            out.push_str(word);
        } else {
            out.push_str(&lower);
        }
        word.clear();
    };
    for c in title.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
