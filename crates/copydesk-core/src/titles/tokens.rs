//! The words of a block as the title scanner sees them: words with their possessive ending
//! apart, punctuation, spacing and sentence starts.

use std::ops::Range;

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) range: Range<usize>,
    /// The word without a possessive ending (same as `range` for punctuation).
    pub(super) key_end: usize,
    pub(super) word: bool,
    pub(super) space_before: bool,
    pub(super) sentence_first: bool,
}

pub(super) fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

pub(super) fn tokenize(prose: &str, range: Range<usize>, sentence_starts: &[usize]) -> Vec<Tok> {
    let s = &prose[range.clone()];
    let mut toks: Vec<Tok> = Vec::new();
    let mut chars = s.char_indices().peekable();
    let mut space = true;
    let mut next_start = 0usize;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let abs = range.start + i;
        while next_start < sentence_starts.len() && sentence_starts[next_start] < abs {
            next_start += 1;
        }
        let mut first = next_start < sentence_starts.len() && sentence_starts[next_start] == abs;
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_joiner(d) {
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(|a| a.is_alphanumeric()) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let text = &s[i..end];
            let key_len = ["'s", "’s"]
                .iter()
                .find(|p| text.len() > p.len() && text.ends_with(*p))
                .map(|p| text.len() - p.len())
                .unwrap_or(text.len());
            // A word after opening punctuation at a sentence start is the sentence's first word.
            if !first {
                first = toks.last().is_some_and(|t| t.sentence_first && !t.word);
            }
            toks.push(Tok {
                range: range.start + i..range.start + end,
                key_end: range.start + i + key_len,
                word: true,
                space_before: space,
                sentence_first: first,
            });
        } else {
            if !first {
                first = toks.last().is_some_and(|t| t.sentence_first && !t.word)
                    && matches!(
                        c,
                        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '-'
                    );
            }
            toks.push(Tok {
                range: abs..abs + c.len_utf8(),
                key_end: abs + c.len_utf8(),
                word: false,
                space_before: space,
                sentence_first: first,
            });
        }
        space = false;
    }
    toks
}

pub(super) fn first_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

pub(super) fn first_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

pub(super) fn all_caps(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters > 1 && s.chars().all(|c| !c.is_lowercase())
}

pub(super) fn is_possessive(s: &str) -> bool {
    s.ends_with("'s") || s.ends_with("’s") || s.ends_with("s'") || s.ends_with("s’")
}
