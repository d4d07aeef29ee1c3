//! The words of a block as the title scanner sees them: words with their possessive ending
//! apart, punctuation, spacing and sentence starts.

use std::ops::Range;

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) range: Range<usize>,
    /// The word without a possessive ending (same as `range` for punctuation).
    pub(super) key_end: usize,
    /// The [`fold_hash`] of the word without its possessive ending (0 for punctuation).
    pub(super) hash: u64,
    /// The word is all ASCII (so lowers byte by byte).
    pub(super) ascii: bool,
    pub(super) word: bool,
    pub(super) space_before: bool,
    pub(super) sentence_first: bool,
}

pub(super) fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

/// The character starting at byte `i` of `s`, on a character boundary.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// `char::is_alphanumeric`, without the Unicode tables for ASCII.
fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// One step of [`fold_hash`]: `| 0x20` lowers ASCII letters (and merges a few pairs of
/// symbols, which only costs an exact comparison later).
fn fold_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b | 0x20)).wrapping_mul(0x0100_0000_01b3_9e37)
}

const FOLD_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The end of [`fold_hash`].
fn fold_end(h: u64) -> u64 {
    h ^ h >> 29
}

/// A hash of a word that ignores ASCII case: equal for `Minister` and `minister`.
pub(super) fn fold_hash(word: &str) -> u64 {
    fold_end(word.bytes().fold(FOLD_SEED, fold_step))
}

/// A word starting at byte `i` of `text`: its end, where its possessive ending (`'s`, `’s`)
/// starts (its end if none), the [`fold_hash`] of the word without that ending, and whether
/// the word is all ASCII.
fn scan_word(text: &str, i: usize) -> (usize, usize, u64, bool) {
    let b = text.as_bytes();
    let mut h = FOLD_SEED;
    let mut j = i;
    // Plain ASCII letters and digits, ended by a space or by punctuation that joins nothing:
    // most words, done without decoding.
    while let Some(&x) = b.get(j) {
        if !ALNUM[usize::from(x)] {
            break;
        }
        h = fold_step(h, x);
        j += 1;
    }
    match b.get(j) {
        Some(&x) if x >= 0x80 || x == b'-' || x == b'\'' => scan_word_on(text, i, j, h),
        _ => (j, j, fold_end(h), true),
    }
}

/// [`scan_word`] past byte `j`, where a joiner or a character outside ASCII stands (`h`: the
/// hash so far).
fn scan_word_on(text: &str, i: usize, mut j: usize, mut h: u64) -> (usize, usize, u64, bool) {
    let b = text.as_bytes();
    // The hash before the last apostrophe, and where that apostrophe stands.
    let mut before_apostrophe = (usize::MAX, 0);
    let mut ascii = true;
    loop {
        let c = match b.get(j) {
            None => break,
            Some(&x) if x < 0x80 => x as char,
            Some(_) => match char_at(text, j) {
                Some(c) => c,
                None => break,
            },
        };
        let len = c.len_utf8();
        if !(alphanumeric(c) || is_joiner(c) && char_at(text, j + len).is_some_and(alphanumeric)) {
            break;
        }
        if matches!(c, '\'' | '’') {
            before_apostrophe = (j, h);
        }
        ascii &= c.is_ascii();
        h = b[j..j + len].iter().fold(h, |h, &x| fold_step(h, x));
        j += len;
        // Plain ASCII letters and digits run on without decoding.
        while let Some(&x) = b.get(j) {
            if !ALNUM[usize::from(x)] {
                break;
            }
            h = fold_step(h, x);
            j += 1;
        }
    }
    let word = &b[i..j];
    let possessive = word.len() > 2 && word.ends_with(b"'s")
        || word.len() > 4 && word.ends_with("’s".as_bytes());
    if possessive && before_apostrophe.0 < j {
        (j, before_apostrophe.0, fold_end(before_apostrophe.1), ascii)
    } else {
        (j, j, fold_end(h), ascii)
    }
}

/// The words and punctuation of `text`, each marked where it starts a sentence
/// (`sentence_starts`: byte offsets in `text`, in order).
pub(super) fn tokenize(text: &str, sentence_starts: &[usize]) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(b.len() / 5 + 1);
    let mut space = true;
    let mut next_start = 0;
    // The last token is punctuation opening a sentence (`"`, `(`).
    let mut after_opening = false;
    let mut i = 0;
    while i < b.len() {
        let c = match b[i] {
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ' => {
                space = true;
                i += 1;
                continue;
            }
            x if x < 0x80 => x as char,
            _ => match char_at(text, i) {
                Some(c) if c.is_whitespace() => {
                    space = true;
                    i += c.len_utf8();
                    continue;
                }
                Some(c) => c,
                None => break,
            },
        };
        while sentence_starts.get(next_start).is_some_and(|&s| s < i) {
            next_start += 1;
        }
        let mut first = sentence_starts.get(next_start) == Some(&i);
        let word = alphanumeric(c);
        // `then-president`: the prefix is a word of its own, so the title after it is found
        // (and the prefix read as what it is, a modifier outside the title).
        if word && then_prefix(&b[i..]) {
            toks.push(Tok {
                range: i..i + 5,
                key_end: i + 5,
                hash: fold_hash(&text[i..i + 5]),
                ascii: true,
                word: true,
                space_before: space,
                sentence_first: first || after_opening,
            });
            i += 5;
            space = true;
            after_opening = false;
            continue;
        }
        // A word after opening punctuation at a sentence start is the sentence's first word.
        let (end, key_end, hash, ascii) = if word {
            first |= after_opening;
            scan_word(text, i)
        } else {
            first |= after_opening
                && matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '-'
                );
            (i + c.len_utf8(), i + c.len_utf8(), 0, c.is_ascii())
        };
        after_opening = first && !word;
        toks.push(Tok {
            range: i..end,
            key_end,
            hash,
            ascii,
            word,
            space_before: space,
            sentence_first: first,
        });
        i = end;
        space = false;
    }
    toks
}

/// Whether `b` opens with `then-` and a letter.
fn then_prefix(b: &[u8]) -> bool {
    b.len() > 5 && b[..5].eq_ignore_ascii_case(b"then-") && b[5].is_ascii_alphabetic()
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

/// A word in lower case, built on the stack for short ASCII words (most of them).
pub(super) enum Lower<'a> {
    /// Already lower case.
    Same(&'a str),
    /// A short ASCII word, lowered into a buffer.
    Short([u8; 24], usize),
    /// Anything else, lowered by `str::to_lowercase`.
    Long(String),
}

impl Lower<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // ASCII bytes are always valid UTF-8.
            Lower::Short(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
            Lower::Long(s) => s,
        }
    }
}

/// `s.to_lowercase()`, without allocating for short ASCII words.
pub(super) fn lower(s: &str) -> Lower<'_> {
    if !s.is_ascii() {
        return Lower::Long(s.to_lowercase());
    }
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Same(s);
    }
    if s.len() > 24 {
        return Lower::Long(s.to_ascii_lowercase());
    }
    let mut buf = [0u8; 24];
    for (d, b) in buf.iter_mut().zip(s.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    Lower::Short(buf, s.len())
}

/// Whether `s.to_lowercase() == lower` for a `lower` already in lower case.
pub(super) fn eq_lower(s: &str, lower: &str) -> bool {
    if s.is_ascii() {
        s.len() == lower.len() && s.eq_ignore_ascii_case(lower)
    } else {
        s.to_lowercase() == lower
    }
}
