//! The text model: a draft split into headings, paragraphs and sentences, with everything
//! that is not prose (code, front matter, HTML, link targets, URLs) blanked out.
//!
//! Blanking keeps byte offsets: `prose` has the same length as the text, with every byte of
//! non-prose replaced by a space (newlines kept), so any offset found in `prose` is an
//! offset into the file.

mod edit;

pub(crate) use edit::common;
pub use edit::Parsed;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

/// The format of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// CommonMark with front matter, tables and footnotes.
    Markdown,
    /// Plain text: paragraphs separated by blank lines.
    PlainText,
}

/// What a block of prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A headline, cross-head or Markdown heading.
    Heading,
    /// A paragraph, list item or table cell.
    Paragraph,
}

/// A heading or paragraph with its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// Byte range of the block's prose in the file (trimmed).
    pub range: Range<usize>,
    /// Byte ranges of its sentences, in order, trimmed.
    pub sentences: Vec<Range<usize>>,
    /// An item of a list (`-`, `*`, `+`, `1.`, `1)`): a list of quotations reads down its items.
    pub item: bool,
    /// Inside a Markdown block quotation (`> …`): someone else's words, set off.
    pub quoted: bool,
}

/// A parsed draft.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The draft exactly as given.
    pub text: &'a str,
    /// Its format.
    pub kind: DocKind,
    /// The text with non-prose bytes blanked (same length as `text`): the text itself when
    /// nothing in it is blanked.
    pub prose: Cow<'a, str>,
    /// Headings and paragraphs in document order.
    pub blocks: Vec<Block>,
    /// Byte ranges of HTML comments (Markdown only), for inline suppressions.
    pub comments: Vec<Range<usize>>,
    /// Set when this parse is the last analysis's with one block edited (see `edit.rs`).
    pub(crate) edit: Option<Edit>,
    /// This parse's number, unique in the process: a cache notes the parse it last read, and
    /// trusts [`Document::edit`] only when the edit came from that very parse.
    pub(crate) id: u64,
}

/// A number for a new parse (see [`Document::id`]); never 0, which no parse has.
pub(crate) fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A parse taken from the last analysis's after a keystroke inside a word: block `block`
/// changed, from byte `at` to `old_end` in the last text and to `new_end` in this one; every
/// other block is the last parse's block of the same index (kind, sentences, prose and text),
/// moved by the edit. A stage that keeps per-block results by position trusts these without
/// reading their bytes again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edit {
    /// The parse it was taken from (its [`Document::id`]).
    pub from: u64,
    /// The block the edit fell in.
    pub block: usize,
    /// Where the edit starts: the texts agree before it.
    pub at: usize,
    /// Where it ended in the last text: the texts agree after it.
    pub old_end: usize,
    /// Where it ends in this text.
    pub new_end: usize,
}

impl<'a> Document<'a> {
    /// Parses a draft.
    pub fn parse(text: &'a str, kind: DocKind) -> Document<'a> {
        let (prose, mut blocks, comments) = match kind {
            DocKind::Markdown => {
                let mut prose: Vec<u8> = text
                    .bytes()
                    .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
                    .collect();
                let (blocks, comments) = markdown_blocks(text, &mut prose);
                let urls = url_ranges(&prose);
                blank_urls(&mut prose, &urls);
                (utf8(prose, text.len()), blocks, comments)
            }
            // Plain text is all prose but its URLs: most drafts have none, and their text is
            // read as it is, not copied (a large draft's copy is as large as the draft).
            DocKind::PlainText => {
                let urls = url_ranges(text.as_bytes());
                let prose = if urls.is_empty() {
                    Cow::Borrowed(text)
                } else {
                    let mut prose = text.as_bytes().to_vec();
                    blank_urls(&mut prose, &urls);
                    utf8(prose, text.len())
                };
                (prose, plain_blocks(text), Vec::new())
            }
        };
        let ends = terminals(&prose);
        for block in &mut blocks {
            trim_range(&prose, &mut block.range);
            let lo = ends.partition_point(|&e| e < block.range.start);
            let hi = ends.partition_point(|&e| e < block.range.end);
            block.sentences = split_sentences(&prose, block.range.clone(), &ends[lo..hi]);
        }
        blocks.retain(|b| !b.range.is_empty());
        Document {
            text,
            kind,
            prose,
            blocks,
            comments,
            edit: None,
            id: next_id(),
        }
    }

    /// Whether block `bi` is, byte for byte, block `bi` of parse `seen` (the parse a cache
    /// last read; see [`Edit`]).
    pub(crate) fn unchanged(&self, bi: usize, seen: u64) -> bool {
        self.edit.is_some_and(|e| e.from == seen && e.block != bi)
    }

    /// The index of the block containing byte `offset`, if any.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.range.end <= offset);
        (i < self.blocks.len() && self.blocks[i].range.start <= offset).then_some(i)
    }

    /// The sentence of block `block` containing `offset` (or the block itself if none does).
    pub fn sentence_at(&self, block: usize, offset: usize) -> Range<usize> {
        let b = &self.blocks[block];
        // Sentences are in order and disjoint: a binary search keeps long paragraphs linear.
        let i = b.sentences.partition_point(|s| s.end <= offset);
        b.sentences
            .get(i)
            .filter(|s| s.start <= offset && offset < s.end)
            .cloned()
            .unwrap_or(b.range.clone())
    }
}

fn trim_range(prose: &str, range: &mut Range<usize>) {
    let s = &prose[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    *range = start..end.max(start);
}

/// Collects Markdown blocks and unblanks their text.
fn markdown_blocks(text: &str, prose: &mut [u8]) -> (Vec<Block>, Vec<Range<usize>>) {
    let opts = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH;
    // Containers whose direct text forms a block: (leaf, heading, block index or none yet,
    // a list item or a paragraph of one).
    let mut stack: Vec<(bool, bool, Option<usize>, bool)> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut comments = Vec::new();
    let mut autolink_depth = 0usize;
    let mut code_block_depth = 0usize;
    let mut quote_depth = 0usize;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                // A loose list's items hold paragraphs.
                let item = matches!(tag, Tag::Item)
                    || (matches!(tag, Tag::Paragraph) && stack.last().is_some_and(|e| e.3));
                let (leaf, heading) = match tag {
                    Tag::Paragraph | Tag::Item | Tag::TableCell => (true, false),
                    Tag::Heading { .. } => (true, true),
                    Tag::Link {
                        link_type: LinkType::Autolink | LinkType::Email,
                        ..
                    } => {
                        autolink_depth += 1;
                        (false, false)
                    }
                    Tag::CodeBlock(_) | Tag::MetadataBlock(_) => {
                        code_block_depth += 1;
                        (false, false)
                    }
                    Tag::BlockQuote(_) => {
                        quote_depth += 1;
                        (false, false)
                    }
                    _ => (false, false),
                };
                stack.push((leaf, heading, None, item));
            }
            Event::End(tag) => {
                match tag {
                    TagEnd::Link => autolink_depth = autolink_depth.saturating_sub(1),
                    TagEnd::CodeBlock | TagEnd::MetadataBlock(_) => {
                        code_block_depth = code_block_depth.saturating_sub(1)
                    }
                    TagEnd::BlockQuote(_) => quote_depth = quote_depth.saturating_sub(1),
                    _ => {}
                }
                stack.pop();
            }
            Event::Text(_) | Event::Code(_) | Event::InlineMath(_) => {
                if code_block_depth > 0 {
                    continue;
                }
                let is_text = matches!(event, Event::Text(_));
                if is_text && autolink_depth == 0 {
                    let r = range.clone();
                    prose[r.clone()].copy_from_slice(&text.as_bytes()[r.clone()]);
                    // A backslash escape is markup, not prose.
                    if r.len() == 2 && text.as_bytes()[r.start] == b'\\' {
                        prose[r.start] = b' ';
                    }
                }
                if let Some(entry) = stack.iter_mut().rev().find(|e| e.0) {
                    // Text of an item after its nested list starts a block of its own: the
                    // nested blocks lie between, and blocks never overlap.
                    let open = entry.2.filter(|&i| i + 1 == blocks.len());
                    match open {
                        Some(i) => {
                            let b: &mut Block = &mut blocks[i];
                            b.range.start = b.range.start.min(range.start);
                            b.range.end = b.range.end.max(range.end);
                        }
                        None => {
                            entry.2 = Some(blocks.len());
                            blocks.push(Block {
                                kind: if entry.1 {
                                    BlockKind::Heading
                                } else {
                                    BlockKind::Paragraph
                                },
                                range: range.clone(),
                                sentences: Vec::new(),
                                item: entry.3,
                                quoted: quote_depth > 0,
                            });
                        }
                    }
                }
            }
            Event::Html(s) | Event::InlineHtml(s) => {
                if let Some(at) = s.find("<!--") {
                    let start = range.start + at;
                    let end = text[start..range.end.max(start)]
                        .find("-->")
                        .map(|e| start + e + 3)
                        .unwrap_or(range.end);
                    comments.push(start..end);
                }
            }
            _ => {}
        }
    }
    blocks.sort_by_key(|b| b.range.start);
    (blocks, comments)
}

/// Splits plain text into blocks at blank lines; a short unpunctuated line is a heading.
fn plain_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    let flush = |lines: &mut Vec<Range<usize>>, blocks: &mut Vec<Block>| {
        if lines.is_empty() {
            return;
        }
        // A block whose every line ends a sentence is one paragraph per line.
        let per_line = lines.len() > 1
            && lines[..lines.len() - 1]
                .iter()
                .all(|l| ends_sentence(text[l.clone()].trim_end()));
        let whole = lines[0].start..lines[lines.len() - 1].end;
        let groups: &[Range<usize>] = if per_line {
            lines
        } else {
            std::slice::from_ref(&whole)
        };
        for g in groups.iter().cloned() {
            let s = text[g.clone()].trim();
            let heading =
                !ends_sentence(s) && !s.contains('\n') && s.split_whitespace().count() <= 20;
            blocks.push(Block {
                kind: if heading {
                    BlockKind::Heading
                } else {
                    BlockKind::Paragraph
                },
                range: g,
                sentences: Vec::new(),
                item: s.split_once(' ').is_some_and(|(lead, _)| list_marker(lead)),
                quoted: false,
            });
        }
        lines.clear();
    };
    for line in text.split_inclusive('\n') {
        let range = offset..offset + line.trim_end_matches(['\n', '\r']).len();
        offset += line.len();
        if line.trim().is_empty() {
            flush(&mut lines, &mut blocks);
            start = None;
        } else {
            start.get_or_insert(range.start);
            lines.push(range);
        }
    }
    flush(&mut lines, &mut blocks);
    blocks
}

/// Whether `lead` is a list marker: `-`, `*`, `+`, `•`, or a number of up to three digits and
/// `.` or `)`.
fn list_marker(lead: &str) -> bool {
    matches!(lead, "-" | "*" | "+" | "•")
        || lead
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a trimmed line ends like a sentence (terminal punctuation, maybe inside quotes).
fn ends_sentence(s: &str) -> bool {
    // `“` closes a German quotation (`„…“`).
    let s = s.trim_end_matches(['"', '\'', '”', '“', '’', ')', ']', '»', '*', '_']);
    s.ends_with(['.', '?', '!', ':', ';', '…'])
}

/// Where the bare URLs of the prose view are (blanked by [`blank_urls`]).
fn url_ranges(prose: &[u8]) -> Vec<Range<usize>> {
    // Where a URL may start: a scheme before `://`, or `www.`; both are rare, so searching
    // for them (rather than testing every byte) keeps parsing cheap.
    let mut starts: Vec<usize> = memchr::memmem::find_iter(prose, b"://")
        .filter_map(|p| {
            [&b"https"[..], b"http", b"ftp"]
                .iter()
                .find(|s| prose[..p].ends_with(s))
                .map(|s| p - s.len())
        })
        .chain(memchr::memmem::find_iter(prose, b"www."))
        .collect();
    starts.sort_unstable();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut done = 0;
    for i in starts {
        // A URL ends before a space, a quotation mark or punctuation, and none starts with
        // one: the byte before this one is never the last of a URL found before it, so
        // reading it unblanked reads what blanking first would leave.
        let at_boundary = i == 0 || !prose[i - 1].is_ascii_alphanumeric();
        if i < done || !at_boundary {
            continue;
        }
        let mut j = i;
        while j < prose.len() && !prose[j].is_ascii_whitespace() && prose[j] != b'"' {
            j += 1;
        }
        // Keep a sentence's closing punctuation outside the URL.
        while j > i && matches!(prose[j - 1], b'.' | b',' | b')' | b';' | b':') {
            j -= 1;
        }
        out.push(i..j);
        done = j;
    }
    out
}

/// Blanks bare URLs and e-mail-like tokens (found by [`url_ranges`]) in the prose view.
fn blank_urls(prose: &mut [u8], urls: &[Range<usize>]) {
    for r in urls {
        for b in &mut prose[r.clone()] {
            // Blank only ASCII bytes so multi-byte characters stay intact.
            if b.is_ascii() {
                *b = b' ';
            }
        }
    }
}

/// The prose view made of bytes: every change made to the text replaced whole characters
/// with ASCII, so this cannot fail; an all-blank view rather than a panic if it ever did.
fn utf8(prose: Vec<u8>, len: usize) -> Cow<'static, str> {
    Cow::Owned(String::from_utf8(prose).unwrap_or_else(|_| " ".repeat(len)))
}

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // Initials (W.) and dotted abbreviations (U.S., a.m., J.K.).
    if w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    // Abbreviations are data in the title lexicon (data/titles.toml).
    crate::titles::is_abbreviation(w, false)
}

/// Marks that may follow a sentence's terminal (`“` closes a German quotation: `„…“`).
const CLOSERS: &[char] = &['"', '\'', '”', '“', '’', ')', ']', '»', '›', '*', '_'];

/// Byte offsets of the sentence terminals (`.`, `?`, `!`, `…`) of `s`, in order: found once
/// for the whole draft, as the bytes are rare.
fn terminals(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut at: Vec<usize> = memchr::memchr3_iter(b'.', b'?', b'!', bytes).collect();
    let before = at.len();
    at.extend(memchr::memmem::find_iter(bytes, "…".as_bytes()));
    if at.len() > before {
        at.sort_unstable();
    }
    at
}

/// Splits a block into sentences; abbreviations and initials do not end one. `ends` are the
/// offsets of the terminals inside `range`.
fn split_sentences(prose: &str, range: Range<usize>, ends: &[usize]) -> Vec<Range<usize>> {
    let s = &prose[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut consumed = 0;
    for i in ends.iter().map(|e| e - range.start) {
        if i < consumed {
            continue;
        }
        // Extend over repeated terminals and closing marks.
        let mut end = i;
        for d in s[i..].chars() {
            if matches!(d, '.' | '?' | '!' | '…') || CLOSERS.contains(&d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        consumed = end;
        let rest = &s[end..];
        let after = rest.trim_start();
        if after.len() == rest.len() && !after.is_empty() {
            continue; // no space after: 3.5, U.S.-based, example.com
        }
        let next = after.chars().next();
        let starts_sentence = match next {
            None => true,
            Some(n) => {
                n.is_uppercase()
                    || n.is_numeric()
                    || matches!(
                        n,
                        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '-' | '—'
                    )
            }
        };
        if !starts_sentence {
            continue;
        }
        if s.as_bytes()[i] == b'.' {
            let word_start = s[..i]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace() || matches!(ch, '(' | '"' | '“' | '‘'))
                .map(|(p, ch)| p + ch.len_utf8())
                .unwrap_or(0);
            if is_abbreviation(&s[word_start..i]) {
                continue;
            }
        }
        out.push(range.start + start..range.start + end);
        start = end + (rest.len() - after.len());
    }
    if start < s.len() {
        let tail = s[start..].trim_end();
        if !tail.is_empty() {
            out.push(range.start + start..range.start + start + tail.len());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let d = Document::parse(text, DocKind::PlainText);
        d.blocks
            .iter()
            .flat_map(|b| b.sentences.iter().map(|s| &text[s.clone()]))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Brown met Gov. Ann Lee at 7 a.m. in the U.S. capital. George W. Bush came too. Then it rained."),
            vec![
                "Mr. Brown met Gov. Ann Lee at 7 a.m. in the U.S. capital.",
                "George W. Bush came too.",
                "Then it rained."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sentences("“It is over.” She left. \"Why?\" he asked."),
            vec!["“It is over.”", "She left.", "\"Why?\" he asked."]
        );
    }

    #[test]
    fn list_items_are_known() {
        let items = |text: &str, kind| -> Vec<bool> {
            Document::parse(text, kind)
                .blocks
                .iter()
                .map(|b| b.item)
                .collect()
        };
        // Tight and loose Markdown lists, numbered ones, and a paragraph that is none.
        let md =
            "Intro:\n\n- one thing said.\n- two\n\n1. loose\n\n2. list\n\nAfter - not an item.\n";
        assert_eq!(
            items(md, DocKind::Markdown),
            vec![false, true, true, true, true, false]
        );
        // Plain text: a line that opens with a marker.
        let txt = "Intro said this.\n- one thing said.\n2) two things said.\n2024. A year.\n";
        assert_eq!(
            items(txt, DocKind::PlainText),
            vec![false, true, true, false]
        );
    }

    #[test]
    fn plain_text_headline_and_paragraphs() {
        let t = "Council shuts libraries\n\nThe council said so.\nIt was late.\n\nA wrapped line\nthat goes on.\n";
        let d = Document::parse(t, DocKind::PlainText);
        let kinds: Vec<_> = d
            .blocks
            .iter()
            .map(|b| (b.kind, &t[b.range.clone()]))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "Council shuts libraries"),
                (BlockKind::Paragraph, "The council said so."),
                (BlockKind::Paragraph, "It was late."),
                (BlockKind::Paragraph, "A wrapped line\nthat goes on."),
            ]
        );
    }

    #[test]
    fn plain_text_is_its_own_prose_until_a_url_is_blanked() {
        let t = "Ana Ruiz said so.\n\nSee www.example.org/a, or http://x.test/b.";
        let d = Document::parse(t, DocKind::PlainText);
        let blank = |url: &str| " ".repeat(url.len());
        let want = format!(
            "Ana Ruiz said so.\n\nSee {}, or {}.",
            blank("www.example.org/a"),
            blank("http://x.test/b")
        );
        assert_eq!(*d.prose, want);
        // A scheme or `www.` inside a word starts no URL.
        let t = "Ana Ruiz said so. Nothing to blank: www dot org, Kewww.x or nohttp://y.";
        let d = Document::parse(t, DocKind::PlainText);
        assert!(matches!(d.prose, Cow::Borrowed(p) if p == t));
    }

    #[test]
    fn markdown_non_prose_is_blanked() {
        let t = "---\ntitle: \"x\"\n---\n# Head \"line\"\n\nSee `code \"q\"` and [link](http://a.b/\"c\") at https://x.y/z.\n\n```\n\"block\"\n```\n<!-- copydesk-disable name-spelling -->\n";
        let d = Document::parse(t, DocKind::Markdown);
        assert_eq!(d.prose.len(), t.len());
        assert!(!d.prose.contains("title"));
        assert!(!d.prose.contains("code"));
        assert!(!d.prose.contains("block"));
        assert!(!d.prose.contains("x.y"));
        assert!(d.prose.contains("link"));
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].kind, BlockKind::Heading);
        assert_eq!(d.comments.len(), 1);
    }
}
