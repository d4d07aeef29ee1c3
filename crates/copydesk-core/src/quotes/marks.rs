//! Quotation marks -> quotations: straight marks and apostrophes resolved by context, nesting,
//! quotations left open and continued in the next paragraph, lone marks.

use super::memo::Placed;
use super::{Attribution, LoneMark, Marks, Quotation, QuoteKind, Quotes};
use crate::document::{BlockKind, Document};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    marks: Marks,
}

fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '"'
                        | '\''
                        | '«'
                        | '„'
                        | ':'
                )
        }
    }
}

fn is_closing_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                )
        }
    }
}

/// Where a quotation mark may stand in `s`: every `"`, `'`, and every character whose UTF-8
/// starts with 0xE2 (`“”„‘’‹›`) or 0xC2 (`«»`), in order. Searching for those bytes once
/// skips the rest of the prose.
fn candidates(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut at: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).collect();
    let before = at.len();
    at.extend(memchr::memchr_iter(0xC2, bytes));
    if at.len() > before {
        at.sort_unstable();
    }
    at
}

/// The quotation marks of one block's prose `s`, each with the characters just before and
/// after it in the block; `at` are the candidates in `s`.
fn scan_marks<'a>(
    s: &'a str,
    at: &'a [usize],
) -> impl Iterator<Item = (usize, char, Option<char>, Option<char>)> + 'a {
    at.iter().filter_map(move |&pos| {
        let i = pos;
        let c = s.get(i..)?.chars().next()?;
        let mark = matches!(
            c,
            '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‹' | '›'
        );
        mark.then(|| {
            let prev = s[..i].chars().next_back();
            let next = s[i + c.len_utf8()..].chars().next();
            (pos, c, prev, next)
        })
    })
}

/// What pairing the marks of one block finds on its own, offsets from the block's start: the
/// quotations it closes, the marks left alone, and the marks still open at its end. It reads
/// nothing outside the block's prose, so the language server keeps it by that prose
/// (`QuotesMemo`) and a keystroke pairs again only the paragraph it touched.
#[derive(Debug, Default)]
pub(super) struct BlockMarks {
    /// Quotations closed inside the block (`block` is set when placed).
    quotations: Vec<Quotation>,
    /// Marks that pair with nothing.
    lone: Vec<LoneMark>,
    /// Marks still open at the block's end, innermost last.
    open: Vec<Mark>,
}

/// Pairs the marks of one block's prose `s`.
fn scan_block(s: &str) -> BlockMarks {
    let mut quotes = Quotes::default();
    let mut stack: Vec<Mark> = Vec::new();
    let at = candidates(s);
    for (pos, c, prev, next) in scan_marks(s, &at) {
        let Some((family, role)) = resolve(s, &stack, pos, c, prev, next) else {
            continue;
        };
        let m = Mark {
            pos,
            len: c.len_utf8(),
            marks: family,
        };
        match role {
            Role::Open => open(&mut quotes, &mut stack, m),
            Role::Close => close(&mut quotes, &mut stack, m, 0),
        }
    }
    BlockMarks {
        quotations: quotes.quotations,
        lone: quotes.lone,
        open: stack,
    }
}

/// Finds every quotation and lone mark in the document (unclassified, unattributed), reusing
/// the pairing of blocks whose prose `cache` has seen (when there is one), kept from parse
/// `seen`.
pub(super) fn pair(
    doc: &Document,
    mut cache: Option<&mut Placed<Box<[u8]>, BlockMarks>>,
    seen: u64,
) -> Quotes {
    if let Some(c) = cache.as_deref_mut() {
        c.begin();
    }
    let mut quotes = Quotes::default();
    if let Some(c) = cache.as_deref() {
        // As many as last time, most likely: the lists are long, and growing them copied them.
        let (q, l) = c.last_values().fold((0, 0), |(q, l), b| {
            (q + b.quotations.len(), l + b.lone.len())
        });
        quotes.quotations.reserve(q + 8);
        quotes.lone.reserve(l + 8);
    }
    let mut carried = false; // a quotation left open at the end of the previous paragraph
                             // Curly single opening marks never closed: lone only in a draft that quotes with single
                             // marks (see `end_of_paragraph`).
    let mut singles: Vec<Range<usize>> = Vec::new();
    let mut fresh;
    for (bi, block) in doc.blocks.iter().enumerate() {
        let continues_first = std::mem::take(&mut carried);
        let first_quote_index = quotes.quotations.len();
        let first_lone_index = quotes.lone.len();
        let s = &doc.prose[block.range.clone()];
        let found = match cache.as_deref_mut() {
            Some(c) => {
                let kept = doc.unchanged(bi, seen).then(|| c.take_kept(bi)).flatten();
                let (key, found) = kept
                    .or_else(|| c.take(bi, s.as_bytes()))
                    .unwrap_or_else(|| (s.as_bytes().into(), scan_block(s)));
                c.keep(key, found)
            }
            None => {
                fresh = scan_block(s);
                &fresh
            }
        };
        let base = block.range.start;
        let at = |r: &Range<usize>| r.start + base..r.end + base;
        quotes
            .quotations
            .extend(found.quotations.iter().map(|q| Quotation {
                range: at(&q.range),
                content: at(&q.content),
                block: bi,
                ..q.clone()
            }));
        quotes.lone.extend(found.lone.iter().map(|l| LoneMark {
            range: at(&l.range),
            reopened_at: l.reopened_at.map(|p| p + base),
            ..l.clone()
        }));
        let stack = found
            .open
            .iter()
            .map(|m| Mark {
                pos: m.pos + base,
                ..*m
            })
            .collect();
        carried = end_of_paragraph(doc, &mut quotes, stack, bi, &mut singles);
        // In order block by block (a few marks each), so that the draft's lists are in order
        // already below and need no sort of their own, which would copy them.
        let (qs, lone) = (
            &mut quotes.quotations[first_quote_index..],
            &mut quotes.lone[first_lone_index..],
        );
        if !qs.is_sorted_by_key(|q| q.range.start) {
            qs.sort_by_key(|q| q.range.start);
        }
        if !lone.is_sorted_by_key(|l| l.range.start) {
            lone.sort_by_key(|l| l.range.start);
        }
        // The first quotation of a continuation paragraph, if it opens the paragraph, continues the running quote.
        if continues_first {
            if let Some(q) = quotes.quotations[first_quote_index..]
                .iter_mut()
                .filter(|q| q.kind != QuoteKind::Nested)
                .min_by_key(|q| q.range.start)
            {
                if q.range.start == block.range.start {
                    q.continues = true;
                }
            }
        }
    }
    // A draft whose own quotations in its paragraphs (not nested ones, not a headline's) are in
    // single marks uses them as its primary marks: there a curly opening mark left open is a quotation never closed.
    let single_primary = quotes.quotations.iter().any(|q| {
        q.marks == Marks::Single
            && q.closed
            && q.kind != QuoteKind::Nested
            && doc.blocks[q.block].kind == BlockKind::Paragraph
    });
    if single_primary {
        quotes
            .lone
            .extend(singles.into_iter().map(|range| LoneMark {
                range,
                opening: true,
                reopened_at: None,
            }));
    }
    if !quotes.quotations.is_sorted_by_key(|q| q.range.start) {
        quotes.quotations.sort_by_key(|q| q.range.start);
    }
    if !quotes.lone.is_sorted_by_key(|l| l.range.start) {
        quotes.lone.sort_by_key(|l| l.range.start);
    }
    quotes
}

/// What a mark is, read from the marks around it: its family and whether it opens or closes.
fn resolve(
    s: &str,
    stack: &[Mark],
    pos: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> Option<(Marks, Role)> {
    let open_top = stack.last().map(|m| m.marks);
    let open_of = |f: Marks| stack.iter().any(|m| m.marks == f);
    match c {
        '“' | '”' if open_top == Some(Marks::Low) => Some((Marks::Low, Role::Close)),
        '“' => Some((Marks::Double, Role::Open)),
        '”' => Some((Marks::Double, Role::Close)),
        '„' => Some((Marks::Low, Role::Open)),
        '«' | '‹' => Some((Marks::Guillemet, Role::Open)),
        '»' | '›' => Some((Marks::Guillemet, Role::Close)),
        // 5' 10" tall: an inch mark, not a quotation mark.
        '"' if prev.is_some_and(|p| p.is_ascii_digit()) && !open_of(Marks::Double) => None,
        // `"He is 6' 11" and fast,"`: feet and inches inside a quotation are no marks.
        '"' | '\'' | '’' if feet_and_inches(s, pos, c) => None,
        '"' => {
            let left = next.is_some_and(|n| !n.is_whitespace()) && is_opening_context(prev);
            let right = prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
            let role = match (left, right) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ if open_of(Marks::Double) => Role::Close,
                _ => Role::Open,
            };
            Some((Marks::Double, role))
        }
        '‘' | '\'' => {
            let letter_before = prev.is_some_and(|p| p.is_alphanumeric());
            let letter_after = next.is_some_and(|n| n.is_alphabetic());
            let single_open = open_of(Marks::Single);
            if (c == '\'' && letter_before && next.is_some_and(|n| n.is_alphanumeric()))
                || (c == '‘' && looks_like_elision(s.get(pos + c.len_utf8()..).unwrap_or("")))
            {
                // don't, O'Neill; ‘til, ‘em: an apostrophe a word processor turned the wrong way
                None
            } else if is_opening_context(prev) && letter_after && c == '‘'
                || (c == '\''
                    && is_opening_context(prev)
                    && letter_after
                    && !single_open
                    && !looks_like_elision(s.get(pos + 1..).unwrap_or("")))
            {
                Some((Marks::Single, Role::Open))
            } else if single_open
                && !letter_before_and_after(prev, next)
                && !plural_possessive(s, pos, c)
            {
                Some((Marks::Single, Role::Close))
            } else {
                None
            }
        }
        '’' => {
            let closes = open_of(Marks::Single)
                && !letter_before_and_after(prev, next)
                && is_closing_context(next)
                && prev.is_some_and(|p| !p.is_whitespace())
                && !plural_possessive(s, pos, c);
            // Otherwise an apostrophe: Korea’s, ’90s, rock ’n’ roll.
            closes.then_some((Marks::Single, Role::Close))
        }
        _ => None,
    }
}

/// An opening mark; a second double opening while one is open means the first was never closed.
fn open(quotes: &mut Quotes, stack: &mut Vec<Mark>, m: Mark) {
    if m.marks != Marks::Single {
        if let Some(idx) = stack.iter().rposition(|o| o.marks == m.marks) {
            for o in stack.drain(idx..) {
                if o.marks != Marks::Single {
                    quotes.lone.push(LoneMark {
                        range: o.pos..o.pos + o.len,
                        opening: true,
                        reopened_at: Some(m.pos),
                    });
                }
            }
        }
    }
    stack.push(m);
}

/// A closing mark: it closes the innermost open mark of its family, or stands alone. Marks of
/// another family still open inside it are lone: a single mark too when a double one (or any
/// other) closes over it (`“As he said, ‘never again.”`), since a single closing mark is never
/// mistaken for an apostrophe there.
fn close(quotes: &mut Quotes, stack: &mut Vec<Mark>, m: Mark, block: usize) {
    let Some(idx) = stack.iter().rposition(|o| o.marks == m.marks) else {
        if m.marks != Marks::Single {
            quotes.lone.push(LoneMark {
                range: m.pos..m.pos + m.len,
                opening: false,
                reopened_at: None,
            });
        }
        return;
    };
    for o in stack.drain(idx + 1..) {
        if o.marks != Marks::Single || m.marks != Marks::Single {
            quotes.lone.push(LoneMark {
                range: o.pos..o.pos + o.len,
                opening: true,
                reopened_at: None,
            });
        }
    }
    let Some(open) = stack.pop() else { return };
    let depth = stack.len();
    quotes.quotations.push(Quotation {
        range: open.pos..m.pos + m.len,
        content: open.pos + open.len..m.pos,
        block,
        marks: m.marks,
        closed: true,
        continues: false,
        continued: false,
        kind: if depth > 0 {
            QuoteKind::Nested
        } else {
            QuoteKind::Quotation
        },
        attribution: Attribution::NotChecked,
        verb: None,
    });
}

/// Whatever is still open at a paragraph's end: a running quotation when the next paragraph
/// opens with a mark (returns true), lone marks otherwise.
fn end_of_paragraph(
    doc: &Document,
    quotes: &mut Quotes,
    stack: Vec<Mark>,
    bi: usize,
    singles: &mut Vec<Range<usize>>,
) -> bool {
    let block = &doc.blocks[bi];
    let next_opens = doc
        .blocks
        .get(bi + 1)
        .filter(|b| b.kind == BlockKind::Paragraph)
        .and_then(|b| doc.prose[b.range.clone()].chars().next())
        .is_some_and(|c| matches!(c, '“' | '"' | '«' | '„' | '‘' | '\''));
    // `"This is a victory for every family, said Dana Mott.`: words left open that end on
    // their own attribution were to be closed before it, whatever the next paragraph opens
    // with; a quotation running on ends its paragraph with the words themselves.
    let credited_inside =
        |o: &Mark| super::shape::ends_on_attribution(&doc.prose, o.pos + o.len, block.range.end);
    let mut left_open: Option<Mark> = None;
    for o in stack {
        if o.marks == Marks::Single && left_open.is_some() {
            continue;
        }
        if left_open.is_none()
            && next_opens
            && block.kind == BlockKind::Paragraph
            && !credited_inside(&o)
        {
            left_open = Some(o);
            continue;
        }
        if o.marks != Marks::Single {
            quotes.lone.push(LoneMark {
                range: o.pos..o.pos + o.len,
                opening: true,
                reopened_at: None,
            });
        } else if doc.prose[o.pos..].starts_with(['‘', '\'']) && block.kind == BlockKind::Paragraph
        {
            singles.push(o.pos..o.pos + o.len);
        }
    }
    let Some(o) = left_open else { return false };
    quotes.quotations.push(Quotation {
        range: o.pos..block.range.end,
        content: o.pos + o.len..block.range.end,
        block: bi,
        marks: o.marks,
        closed: false,
        continues: false,
        continued: true,
        kind: QuoteKind::Quotation,
        attribution: Attribution::NotChecked,
        verb: None,
    });
    true
}

/// Whether the mark `c` at `pos` in `s` is the feet (`'`, `’`) or the inches (`"`) of a
/// height or length written `6' 11"` or `6'11"`: a number on each side of the feet mark,
/// the inches mark right after the second.
fn feet_and_inches(s: &str, pos: usize, c: char) -> bool {
    let digits = |t: &str| t.len() - t.trim_start_matches(|d: char| d.is_ascii_digit()).len();
    let digits_back = |t: &str| t.len() - t.trim_end_matches(|d: char| d.is_ascii_digit()).len();
    let inches_after = |rest: &str| {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let n = digits(rest);
        (1..=2).contains(&n) && rest[n..].starts_with('"')
    };
    let before = &s[..pos];
    if digits_back(before) == 0 {
        return false;
    }
    if c == '"' {
        let n = digits_back(before);
        if n > 2 {
            return false;
        }
        let head = &before[..before.len() - n];
        let head = head.strip_suffix(' ').unwrap_or(head);
        let Some(feet) = head.strip_suffix('\'').or_else(|| head.strip_suffix('’')) else {
            return false;
        };
        return digits_back(feet) > 0;
    }
    inches_after(&s[pos + c.len_utf8()..])
}

/// Whether the single mark `c` at `pos` in `s`, inside a quotation in single marks, is the
/// apostrophe of a plural's possessive (`'The players' union will fight,' she said.`): after
/// an `s`, before a space and a word, and a later mark in the quotation closes it after
/// sentence punctuation (`,'`, `.'`), past apostrophes inside words (`else's`) and other
/// plurals' (`the owners' rights`). Looked for a few hundred bytes ahead at most.
fn plural_possessive(s: &str, pos: usize, c: char) -> bool {
    let possessive_at = |before: &str, after: &str| {
        before.ends_with(['s', 'S'])
            && after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_alphanumeric))
    };
    let rest = &s[pos + c.len_utf8()..];
    if !possessive_at(&s[..pos], rest) {
        return false;
    }
    let mut end = rest.len().min(400);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    for (i, m) in rest[..end].char_indices() {
        if !matches!(m, '\'' | '’') {
            continue;
        }
        let (before, after) = (&rest[..i], &rest[i + m.len_utf8()..]);
        let (p, n) = (before.chars().next_back(), after.chars().next());
        if letter_before_and_after(p, n) || possessive_at(before, after) {
            continue;
        }
        return p.is_some_and(|p| matches!(p, ',' | '.' | '?' | '!' | '…'))
            && is_closing_context(n);
    }
    false
}

fn letter_before_and_after(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| p.is_alphanumeric()) && next.is_some_and(|n| n.is_alphanumeric())
}

/// `'tis`, `'em`, `'n'`: a mark that elides letters rather than opening a quote.
fn looks_like_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "tis" | "twas" | "em" | "n" | "cause" | "cos" | "til" | "bout" | "burbs" | "nuff" | "fraid"
    )
}
