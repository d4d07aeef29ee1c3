//! Parsing again after a keystroke inside a word. Most keystrokes add or remove letters in
//! the middle of a word of prose; such an edit cannot change the Markdown structure, the
//! URLs or any block but its own, so the last parse is kept with only that block's
//! sentences split again and the offsets after it moved. Anything else is parsed afresh;
//! `tests/incremental_document.rs` checks the result equals a fresh parse.

use super::{split_sentences, terminals, DocKind, Document};
use std::ops::Range;

/// A parse kept for the next analysis of the same draft.
#[derive(Debug)]
pub struct Parsed {
    text: std::sync::Arc<str>,
    kind: DocKind,
    prose: String,
    blocks: Vec<super::Block>,
    comments: Vec<Range<usize>>,
    /// The parse's number (see `Document::id`).
    id: u64,
}

/// Marks that may open a word of prose (`(“word`) without changing how it is parsed.
const OPENERS: &[char] = &['(', '"', '\'', '“', '‘'];
/// Marks that may close a word of prose (`word,”`).
const CLOSERS: &[char] = &[',', '.', ';', ':', '!', '?', ')', '"', '\'', '”', '’'];

impl Document<'_> {
    /// What the next analysis of the same draft may reuse of this parse.
    pub fn keep(self) -> Parsed {
        let text = self.text.into();
        self.keep_shared(text)
    }

    /// [`Document::keep`] with the draft's text already copied (`text` must equal it): the
    /// analysis shares one copy between the stages that keep the draft.
    pub fn keep_shared(self, text: std::sync::Arc<str>) -> Parsed {
        debug_assert_eq!(&*text, self.text);
        Parsed {
            text,
            kind: self.kind,
            prose: self.prose.into_owned(),
            blocks: self.blocks,
            comments: self.comments,
            id: self.id,
        }
    }
}

impl<'a> Document<'a> {
    /// Parses `text`, reusing `prev` (the parse of the draft before an edit) when the edit
    /// only added or removed letters inside a word of prose. Equal to [`Document::parse`].
    pub fn parse_after(text: &'a str, kind: DocKind, prev: Option<Parsed>) -> Document<'a> {
        prev.and_then(|prev| Document::reuse(text, kind, prev))
            .unwrap_or_else(|| Document::parse(text, kind))
    }

    /// The parse of `text` from `prev` when the two differ only by letters inside one word of
    /// prose, else `None` (and `text` must be parsed afresh).
    pub fn reuse(text: &'a str, kind: DocKind, prev: Parsed) -> Option<Document<'a>> {
        in_word(text, kind, prev)
    }
}

/// See [`Document::reuse`].
fn in_word(text: &str, kind: DocKind, prev: Parsed) -> Option<Document<'_>> {
    if prev.kind != kind {
        return None;
    }
    let old: &str = &prev.text;
    let (o, n) = (old.as_bytes(), text.as_bytes());
    // The edit: old[p..oe] became text[p..ne].
    let mut p = common(o, n, false);
    while !old.is_char_boundary(p) || !text.is_char_boundary(p) {
        p -= 1;
    }
    let mut s = common(&o[p..], &n[p..], true);
    while !old.is_char_boundary(o.len() - s) || !text.is_char_boundary(n.len() - s) {
        s -= 1;
    }
    let (oe, ne) = (o.len() - s, n.len() - s);
    let (removed, inserted) = (&old[p..oe], &text[p..ne]);
    if !removed
        .chars()
        .chain(inserted.chars())
        .all(char::is_alphabetic)
    {
        return None;
    }
    // The word around the edit, the same before and after it but for the edit.
    let start = text[..p]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = text[ne..].find(char::is_whitespace).unwrap_or(n.len() - ne);
    let (old_word, new_word) = (start..oe + tail, start..ne + tail);
    if !prose_word(&old[old_word.clone()]) || !prose_word(&text[new_word]) {
        return None;
    }
    // Prose as written: not code, markup, a link's target or a URL.
    if prev.prose.get(old_word.clone())? != &old[old_word.clone()] {
        return None;
    }
    let bi = prev
        .blocks
        .iter()
        .position(|b| b.range.start <= old_word.start && old_word.end <= b.range.end)?;
    // A bracket may make a link label of the word, which a definition elsewhere decides.
    let block_text = &old.as_bytes()[prev.blocks[bi].range.clone()];
    if kind == DocKind::Markdown && memchr::memchr2(b'[', b']', block_text).is_some() {
        return None;
    }
    let mut prose = prev.prose;
    prose.replace_range(p..oe, inserted);
    // A range that starts where the edit does starts with what was typed; one that ends
    // where it does ends with it.
    // No range starts or ends strictly inside a word's letters; one that did would be held at
    // the edit's start rather than wrap.
    let new_start = |x: usize| match x {
        x if x <= p => x,
        x if x >= oe => x - oe + ne,
        _ => p,
    };
    let new_end = |x: usize| match x {
        x if x >= oe => x - oe + ne,
        x => x.min(p),
    };
    let moved = |r: &Range<usize>| new_start(r.start)..new_end(r.end);
    let mut blocks = prev.blocks;
    for b in &mut blocks[bi..] {
        b.range = moved(&b.range);
        for s in &mut b.sentences {
            *s = moved(s);
        }
    }
    let b = &mut blocks[bi];
    let ends: Vec<usize> = terminals(&prose[b.range.clone()])
        .into_iter()
        .map(|e| e + b.range.start)
        .collect();
    b.sentences = split_sentences(&prose, b.range.clone(), &ends);
    let mut comments = prev.comments;
    for c in &mut comments {
        *c = moved(c);
    }
    Some(Document {
        text,
        kind,
        prose: std::borrow::Cow::Owned(prose),
        blocks,
        comments,
        id: super::next_id(),
        edit: Some(super::Edit {
            from: prev.id,
            block: bi,
            at: p,
            old_end: oe,
            new_end: ne,
        }),
    })
}

/// Whether a whitespace-delimited run is a plain word of prose: letters (with apostrophes and
/// hyphens between them), maybe opened and closed by quotation marks and punctuation, and never
/// the start of a URL (`www.`).
fn prose_word(run: &str) -> bool {
    let core = run.trim_start_matches(OPENERS).trim_end_matches(CLOSERS);
    // Letters at both ends: a lone `-` left at the start of a line would be markup.
    core.starts_with(char::is_alphabetic)
        && core.ends_with(char::is_alphabetic)
        && core
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && !run.contains("www.")
}

/// How many bytes two texts share, comparing whole chunks first (a draft is long, an edit
/// small); `back` compares from the end.
pub(crate) fn common(a: &[u8], b: &[u8], back: bool) -> usize {
    // Long strides first, then short ones: each stride is one `memcmp`, and a draft of a
    // megabyte is mostly the same before and after a keystroke.
    const STRIDES: [usize; 2] = [4096, 64];
    let n = a.len().min(b.len());
    let (a, b) = if back {
        (&a[a.len() - n..], &b[b.len() - n..])
    } else {
        (&a[..n], &b[..n])
    };
    let chunk = |i: usize, len: usize| {
        if back {
            n - i - len..n - i
        } else {
            i..i + len
        }
    };
    let byte = |i: usize| if back { n - 1 - i } else { i };
    let mut i = 0;
    for len in STRIDES {
        while i + len <= n && a[chunk(i, len)] == b[chunk(i, len)] {
            i += len;
        }
    }
    while i < n && a[byte(i)] == b[byte(i)] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::common;

    /// The bytes shared from the start and from the end are counted as one byte at a time
    /// would count them, wherever the first difference falls against the strides.
    #[test]
    fn shared_bytes_are_counted_exactly_across_strides() {
        let base: Vec<u8> = (0..20_000u32).map(|i| b'a' + (i * 7 % 26) as u8).collect();
        let naive = |a: &[u8], b: &[u8], back: bool| {
            let n = a.len().min(b.len());
            (0..n)
                .take_while(|&i| {
                    if back {
                        a[a.len() - 1 - i] == b[b.len() - 1 - i]
                    } else {
                        a[i] == b[i]
                    }
                })
                .count()
        };
        for at in [0, 1, 63, 64, 65, 4095, 4096, 4097, 8191, 12_345, 19_999] {
            for insert in [&b""[..], b"x", b"xyz"] {
                let mut edited = base.clone();
                edited[at] = b'#';
                edited.splice(at..at, insert.iter().copied());
                for back in [false, true] {
                    assert_eq!(
                        common(&base, &edited, back),
                        naive(&base, &edited, back),
                        "at {at}, {} inserted, back {back}",
                        insert.len()
                    );
                }
            }
        }
        assert_eq!(common(&base, &base, false), base.len());
        assert_eq!(common(b"", &base, true), 0);
    }
}
