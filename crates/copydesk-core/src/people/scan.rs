//! Tokens of the prose: words with their capitalisation, full points of initials and
//! abbreviations, possessives, sentence starts and whether they sit inside a quotation.

use crate::document::{BlockKind, Document};
use crate::quotes::{QuoteKind, Quotes};
use std::ops::Range;

/// Where a token sits with respect to quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InQuote {
    /// Narrative text.
    No,
    /// Inside a direct quotation (spoken words).
    Speech,
    /// Inside a title of a work, a term or a quoted heading: never a mention.
    Skip,
}

/// One word of the prose.
///
/// The draft's largest array holds one for every word: offsets are `u32` (drafts are far
/// smaller than 4 GB) and the word's yes-or-no facts are bits of one field, so that a token
/// takes 24 bytes (it took 32), and every pass over the array as much less of the caches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// The word (without a possessive `’s` and without a full point): see [`Tok::range`].
    pub at: Range<u32>,
    /// End including the full point and the possessive, where present: see [`Tok::end`].
    pub to: u32,
    /// Sentence number (document-wide).
    pub sent: u32,
    /// Block index: see [`Tok::block`].
    pub blk: u32,
    /// Its yes-or-no facts, one bit each: read with [`Tok::cap`] and the other methods.
    pub(super) flags: u16,
    /// Quotation context.
    pub quote: InQuote,
}

/// The bits of a token's facts (see [`Tok::cap`] and the others).
const POSS: u16 = 1;
const CAP: u16 = 1 << 1;
const ALLCAPS: u16 = 1 << 2;
const INITIAL: u16 = 1 << 3;
const JOINED: u16 = 1 << 4;
const SENT_START: u16 = 1 << 5;
const HEADING: u16 = 1 << 6;
const REPORTS: u16 = 1 << 7;
const VERB: u16 = 1 << 8;
const FORM: u16 = 1 << 9;
const COMPOUND: u16 = 1 << 10;

// The size the comment above promises.
const _: () = assert!(std::mem::size_of::<Tok>() == 24);

/// Defines the reader of each of a token's yes-or-no facts, by its bit.
macro_rules! facts {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Tok {
            $(
                $(#[$doc])*
                #[inline]
                pub fn $name(&self) -> bool {
                    self.flags & $bit != 0
                }
            )*
        }
    };
}

impl Tok {
    /// Sets [`Tok::reports`] (read from the quotations, after the scan).
    pub fn set_reports(&mut self, yes: bool) {
        self.set(REPORTS, yes);
    }

    /// Sets [`Tok::verb`] (read from the word lists, after the scan).
    pub fn set_verb(&mut self, yes: bool) {
        self.set(VERB, yes);
    }

    /// Sets [`Tok::form`] (read from the word lists, after the scan).
    pub fn set_form(&mut self, yes: bool) {
        self.set(FORM, yes);
    }

    fn set(&mut self, bit: u16, yes: bool) {
        if yes {
            self.flags |= bit;
        } else {
            self.flags &= !bit;
        }
    }
}

facts! {
    /// Written with a possessive `’s` / `'s`.
    poss = POSS;
    /// Starts with a capital (or a lowercase particle hyphened to a capital: `al-Assad`).
    cap = CAP;
    /// Every letter is a capital (two or more letters).
    allcaps = ALLCAPS;
    /// A single letter (with its point) or dotted initials (`J.K.`).
    initial = INITIAL;
    /// Only spaces (no punctuation) between the previous token and this one, same sentence.
    joined = JOINED;
    /// First word of its sentence (or of a quotation).
    sent_start = SENT_START;
    /// Inside a heading.
    heading = HEADING;
    /// The verb that attributes a quotation by the shape of its sentence (`concurred` of
    /// `"…," concurred Maren Holt`): a reporting verb here, listed or not.
    reports = REPORTS;
    /// A listed reporting verb written in lowercase (`said`; see `cands::mark_words`).
    verb = VERB;
    /// A capitalised word that may name a place or an organisation, by its letters and the
    /// word lists (see `proper::is_form`).
    form = FORM;
    /// The capitalised first part of a hyphened adjective (`Trump` of `Trump-era`); `end`
    /// covers the whole word.
    compound = COMPOUND;
}

impl Tok {
    /// The word's bytes in the draft (without a possessive and without a full point).
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.at.start as usize..self.at.end as usize
    }

    /// End including the full point and the possessive, where present.
    #[inline]
    pub fn end(&self) -> usize {
        self.to as usize
    }

    /// Block index.
    #[inline]
    pub fn block(&self) -> usize {
        self.blk as usize
    }
}

fn is_abbrev(word: &str) -> bool {
    crate::titles::is_abbreviation(word, true)
}

/// Whether the character at byte `k` of `s` is a letter.
fn alpha_at(s: &str, k: usize) -> bool {
    match s.as_bytes().get(k) {
        Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
        Some(_) => s
            .get(k..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphabetic),
        None => false,
    }
}

/// The tokens of block `bi` as if it stood alone: byte offsets from the block's start,
/// sentences numbered from 1 within it, block 0, outside any quotation. What it reads is the
/// block's prose, its kind and its sentence ranges (see `memo::block_key`).
pub fn scan_block(doc: &Document, bi: usize) -> Vec<Tok> {
    let Some(block) = doc.blocks.get(bi) else {
        return Vec::new();
    };
    let heading = block.kind == BlockKind::Heading;
    // A byline names the writers: no one of the story.
    if block.kind == BlockKind::Paragraph
        && is_byline(doc.prose.get(block.range.clone()).unwrap_or(""))
    {
        return Vec::new();
    }
    let origin = block.range.start;
    let mut toks: Vec<Tok> = Vec::with_capacity(block.range.len() / 6);
    for (sent_id, sent) in (1u32..).zip(&block.sentences) {
        let s = &doc.prose[sent.clone()];
        let base = sent.start.saturating_sub(origin);
        let mut i = 0;
        let mut prev_end: Option<usize> = None;
        while let Some(start) = next_word(s, i) {
            let w = word_at(s, start);
            let (cap, allcaps) = capitals(&s[start..w.first_end]);
            let fact = |yes: bool, bit: u16| if yes { bit } else { 0 };
            toks.push(Tok {
                at: (base + start) as u32..(base + w.word_end) as u32,
                to: (base + w.end) as u32,
                sent: sent_id,
                blk: 0,
                flags: fact(w.poss, POSS)
                    | fact(cap, CAP)
                    | fact(allcaps, ALLCAPS)
                    | fact(w.initial, INITIAL)
                    | fact(prev_end.is_some_and(|pe| joined(&s[pe..start])), JOINED)
                    // First word of the sentence, also when it opens a quotation mid-sentence.
                    | fact(prev_end.is_none() || opens_quote(&s[..start]), SENT_START)
                    | fact(heading, HEADING)
                    | fact(w.compound, COMPOUND),
                quote: InQuote::No,
            });
            prev_end = Some(w.end);
            i = w.end.max(w.scanned);
        }
    }
    toks
}

/// Whether a paragraph is a byline: a lead word (`By`, capitalised) then names alone, joined
/// by commas and joining words (`By Ana Ruiz and Tomás Vela in Quito`, `By Lee Min-ho, Reuters`):
/// no verb, no sentence. Read from the paragraph's text alone (the block's cache key).
fn is_byline(text: &str) -> bool {
    let lex = super::lexicon::Lexicon::get();
    let mut words = text.split_whitespace().map(|w| {
        // Emphasis marks around a byline (`*By …*`) are no part of its words.
        w.trim_matches(|c: char| matches!(c, '*' | '_' | '`'))
    });
    let Some(lead) = words.next() else {
        return false;
    };
    if !lead.starts_with(char::is_uppercase) || !lex.byline_lead.contains(&lead.to_lowercase()) {
        return false;
    }
    let mut caps = 0;
    let mut count = 0;
    for w in words {
        count += 1;
        if count > 40 {
            return false;
        }
        let bare = w.strip_suffix(',').unwrap_or(w);
        if bare.is_empty() {
            continue;
        }
        let lower = bare.to_lowercase();
        if lex.byline_join.contains(&lower) || lex.particles.contains(&lower) {
            continue;
        }
        // A full point only closes an initial or a short abbreviation (`J.`, `Jr.`): a
        // sentence ends in one.
        let core = match bare.strip_suffix('.') {
            Some(c) if c.chars().count() <= 2 && !c.contains('.') => c,
            Some(c) if c.split('.').all(|p| p.chars().count() == 1) => c,
            Some(_) => return false,
            None => bare,
        };
        let letters = core
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !letters || !core.starts_with(char::is_uppercase) {
            return false;
        }
        caps += 1;
    }
    caps >= 2
}

/// Places the tokens of block `bi` (`toks`, copied from its [`scan_block`]) in the draft:
/// document offsets from the block's start `origin`, sentence numbers after the `sent_base`
/// sentences of the blocks before it, and its block number. Quotation contexts are left to
/// [`contexts`].
pub fn place_block(toks: &mut [Tok], origin: usize, sent_base: u32, bi: usize) {
    let (origin, bi) = (origin as u32, bi as u32);
    for t in toks {
        t.at = origin + t.at.start..origin + t.at.end;
        t.to += origin;
        t.sent += sent_base;
        t.blk = bi;
    }
}

/// What the quotation contexts of tokens are read from: the top-level quotations in order
/// with their context kind, and the verbs that attribute a quotation by shape, in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Marks {
    spans: Vec<(Range<usize>, InQuote)>,
    verbs: Vec<usize>,
}

impl Marks {
    /// The marks of the draft's quotations.
    pub fn of(quotes: &Quotes) -> Marks {
        let spans = quotes
            .quotations
            .iter()
            .filter(|q| q.kind != QuoteKind::Nested)
            .map(|q| {
                let ctx = match q.kind {
                    QuoteKind::Quotation => InQuote::Speech,
                    _ => InQuote::Skip,
                };
                (q.content.clone(), ctx)
            })
            .collect();
        let mut verbs: Vec<usize> = quotes
            .quotations
            .iter()
            .filter_map(|q| q.verb.as_ref().map(|v| v.start))
            .collect();
        verbs.sort_unstable();
        Marks { spans, verbs }
    }

    /// Whether `now` stands to every token outside the bytes `start..end` (`start..now_end`
    /// in the new draft, later bytes moved by the difference) as `self` did: the same marks,
    /// each before, inside or after those bytes in both, moved with them. The contexts of
    /// those tokens, read from how marks and tokens are ordered, are then the same.
    pub fn same_outside(&self, now: &Marks, (start, end, now_end): (usize, usize, usize)) -> bool {
        let same = |x: usize, y: usize| {
            if x < start {
                x == y
            } else if x >= end {
                y >= now_end && x - end == y - now_end
            } else {
                (start..now_end).contains(&y)
            }
        };
        self.spans.len() == now.spans.len()
            && self.verbs.len() == now.verbs.len()
            && self
                .spans
                .iter()
                .zip(&now.spans)
                .all(|((a, ca), (b, cb))| ca == cb && same(a.start, b.start) && same(a.end, b.end))
            && self.verbs.iter().zip(&now.verbs).all(|(&a, &b)| same(a, b))
    }
}

/// Sets the quotation context of placed tokens (in document order), and whether each is the
/// verb that attributes a quotation; whether any token's context changed.
pub fn contexts(marks: &Marks, toks: &mut [Tok]) -> bool {
    let (spans, verbs) = (&marks.spans, &marks.verbs);
    let mut qi = 0;
    // Tokens come in document order: one pass over the verbs, not a search per token.
    let mut vi = 0;
    let mut changed = false;
    for t in toks {
        let abs = t.range().start;
        while qi < spans.len() && spans[qi].0.end <= abs {
            qi += 1;
        }
        let quote = match spans.get(qi) {
            Some((r, ctx)) if r.start <= abs => *ctx,
            _ => InQuote::No,
        };
        while vi < verbs.len() && verbs[vi] < abs {
            vi += 1;
        }
        let reports = verbs.get(vi) == Some(&abs);
        changed |= t.quote != quote || t.reports() != reports;
        t.quote = quote;
        t.set_reports(reports);
    }
    changed
}

/// The byte where the next word of `s` starts, at or after `i` (a word starts with a letter).
fn next_word(s: &str, mut i: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    while i < s.len() {
        // ASCII fast path: most of the prose is plain letters, spaces and punctuation.
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphabetic() {
                return Some(i);
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next()?;
        if c.is_alphabetic() {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// One word as scanned, in bytes of its sentence.
struct Word {
    /// End of the word proper (no possessive, no point, no compound tail; dotted initials whole).
    word_end: usize,
    /// End of the word proper, of the first initial alone (capitals are judged on this).
    first_end: usize,
    /// End including the full point of an initial or abbreviation.
    end: usize,
    /// End of the letters scanned (the compound's tail and possessive included).
    scanned: usize,
    poss: bool,
    compound: bool,
    initial: bool,
}

/// The word starting at `start`: letters and digits with inner hyphens and apostrophes, then a
/// possessive, a compound's tail (`Trump-era`) and the full points of initials split off.
fn word_at(s: &str, start: usize) -> Word {
    let bytes = s.as_bytes();
    let j = letters_end(s, start);
    let mut word_end = j;
    let mut poss = false;
    // Most words do not end in `s`: one byte tells.
    let ends_s = j > start && bytes[j - 1] == b's';
    for suffix in ["’s", "'s"] {
        if ends_s && s[start..word_end].ends_with(suffix) && word_end - start > suffix.len() {
            word_end -= suffix.len();
            poss = true;
            break;
        }
    }
    // `Trump-era`, `Kremlin-backed`: the name is the first part.
    let mut compound = false;
    if !poss && bytes[start].is_ascii_uppercase() {
        if let Some(h) = s[start..word_end].rfind('-') {
            let last = s[start + h + 1..word_end].to_lowercase();
            if h > 0 && super::lexicon::Lexicon::get().compounds.contains(&last) {
                word_end = start + h;
                compound = true;
            }
        }
    }
    let word = &s[start..word_end];
    let first_end = word_end;
    let mut end = j;
    let mut initial = false;
    if !poss && bytes.get(j) == Some(&b'.') {
        if word.chars().filter(|c| c.is_alphabetic()).count() == 1 {
            initial = true;
            end = j + 1;
            // Dotted initials written together: J.K.
            while bytes.get(end).is_some_and(|b| b.is_ascii_uppercase())
                && bytes.get(end + 1) == Some(&b'.')
            {
                end += 2;
                word_end = end - 1;
            }
        } else if is_abbrev(word) {
            end = j + 1;
        }
    }
    Word {
        word_end,
        first_end,
        end,
        scanned: j,
        poss,
        compound,
        initial,
    }
}

/// Where the letters of the word at `i` end: letters and digits, with inner hyphens and apostrophes.
fn letters_end(s: &str, mut j: usize) -> usize {
    let bytes = s.as_bytes();
    while j < s.len() {
        let b = bytes[j];
        if b.is_ascii_alphanumeric() {
            j += 1;
            continue;
        }
        if b < 0x80 {
            let inner_mark = (b == b'-' || b == b'\'') && alpha_at(s, j + 1);
            if !inner_mark {
                break;
            }
            j += 1;
            continue;
        }
        let Some(d) = s[j..].chars().next() else {
            break;
        };
        let n = d.len_utf8();
        if !(d.is_alphanumeric() || (matches!(d, '’' | '\u{2010}') && alpha_at(s, j + n))) {
            break;
        }
        j += n;
    }
    j
}

/// Whether a word is capitalised (or a listed lowercase particle hyphened to a capital:
/// `al-Assad`), and whether it is all capitals (two letters or more).
fn capitals(word: &str) -> (bool, bool) {
    // ASCII fast path: most words are plain, and a lowercase one without a hyphen is no particle.
    if word.is_ascii() {
        let bytes = word.as_bytes();
        match bytes.first() {
            Some(b'A'..=b'Z') => {
                let allcaps = !bytes.iter().any(u8::is_ascii_lowercase)
                    && bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2;
                return (true, allcaps);
            }
            // A loop, not a `memchr` call: words are short.
            #[allow(clippy::manual_contains)]
            Some(b'a'..=b'z') if bytes.iter().any(|&b| b == b'-') => {}
            _ => return (false, false),
        }
    }
    let first = word.chars().next().unwrap_or('a');
    // The hyphen may be U+2010, three bytes long.
    // Only a lowercase word can be a particle hyphened to a name (`al-Assad`).
    let particle = first.is_lowercase()
        && word
            .char_indices()
            .find(|&(_, c)| c == '-' || c == '\u{2010}')
            .is_some_and(|(h, c)| {
                word[h + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    && super::lexicon::Lexicon::get().hyphened.contains(&word[..h])
            });
    let cap = first.is_uppercase() || particle;
    let allcaps = first.is_uppercase()
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    (cap, allcaps)
}

/// Whether the gap between two words is only spaces, with one line break at most.
fn joined(gap: &str) -> bool {
    // Nearly always one space.
    if gap == " " {
        return true;
    }
    !gap.is_empty()
        && gap
            .chars()
            .all(|g| g == ' ' || g == '\u{a0}' || g == '\n' || g == '\r' || g == '\t')
        && gap.matches('\n').count() <= 1
}

/// Whether the text before a word ends by opening a quotation.
fn opens_quote(before: &str) -> bool {
    // Bytes, not characters: this runs for every word, and the marks are few and fixed.
    let b = before.as_bytes();
    let mut e = b.len();
    if e == 0 {
        return false;
    }
    loop {
        if e >= 1 && matches!(b[e - 1], b' ' | b'(' | b'[' | b'-' | b'*' | b'_') {
            e -= 1;
        } else if e >= 3 && b[e - 3..e - 1] == [0xE2, 0x80] && matches!(b[e - 1], 0x93 | 0x94) {
            // `–` and `—`.
            e -= 3;
        } else {
            break;
        }
    }
    let t = &b[..e];
    // A straight mark after the quotation's own punctuation closes it (`"…," White said`).
    if matches!(t, [.., b',' | b'.' | b'!' | b'?' | b';', b'"' | b'\'']) {
        return false;
    }
    ["“", "\"", "‘", "«", "„", "'"]
        .iter()
        .any(|q| t.ends_with(q.as_bytes()))
}
