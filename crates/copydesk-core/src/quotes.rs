//! Direct quotations: finding them (all the usual marks, nesting, running quotes across
//! paragraphs, apostrophes told apart) and deciding whether each one is attributed.

use crate::config::QuoteConfig;
use crate::cues::Cues;
use crate::document::{BlockKind, Document};
use serde::Serialize;
use std::ops::Range;

/// The kind of marks around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Marks {
    /// `“…”` or `"…"`.
    Double,
    /// `‘…’` or `'…'`.
    Single,
    /// `«…»` or `‹…›`.
    Guillemet,
    /// `„…“`.
    Low,
}

/// What a quoted span is, once its context is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// A direct quotation whose attribution is checked.
    Quotation,
    /// A short term or scare quote (`a “fiscal conservative”`).
    Term,
    /// The title of a work or a name after a naming cue (`the film “…”`, `dubbed “…”`).
    Title,
    /// A lowercase fragment woven into the writer's own sentence (`pledged to “leave no one
    /// behind in the recovery”`): checked only in strict mode.
    Partial,
    /// Inside a heading (not checked unless configured).
    Heading,
    /// A quotation inside another quotation.
    Nested,
}

/// How a quotation is attributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "by")]
pub enum Attribution {
    /// A cue in its paragraph (byte range of the cue).
    Cue {
        /// Byte range of the cue words.
        cue: Range<usize>,
    },
    /// A speaker introduces it with a colon in its sentence.
    Colon,
    /// It continues a running quotation from the previous paragraph.
    Running,
    /// The previous paragraph ends with a colon that introduces it.
    ColonParagraph,
    /// The previous paragraph holds a cue (byte range of the cue), so the speaker is clear from context.
    Context {
        /// Byte range of the cue words in the previous paragraph.
        cue: Range<usize>,
    },
    /// Nothing says who said it.
    None,
    /// Not a quotation whose attribution is checked.
    NotChecked,
}

/// A quoted span of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// From the opening mark to the closing mark, marks included (to the paragraph's end when left open).
    pub range: Range<usize>,
    /// The quoted words, marks excluded.
    pub content: Range<usize>,
    /// Index of its block in the document.
    pub block: usize,
    /// The marks used.
    pub marks: Marks,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// It continues a quotation left open in the previous paragraph.
    pub continues: bool,
    /// It is left open and continued in the next paragraph.
    pub continued: bool,
    /// What kind of quoted span it is.
    pub kind: QuoteKind,
    /// How it is attributed.
    pub attribution: Attribution,
}

/// A quotation mark that was never matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoneMark {
    /// Byte range of the mark.
    pub range: Range<usize>,
    /// True for an opening mark never closed, false for a closing mark never opened.
    pub opening: bool,
    /// For an opening mark: the byte offset of the mark that opened a new quotation while this one was still open.
    pub reopened_at: Option<usize>,
}

/// All quotations of a draft and the marks that do not pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Quotes {
    /// Quoted spans in document order.
    pub quotations: Vec<Quotation>,
    /// Unpaired quotation marks.
    pub lone: Vec<LoneMark>,
}

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

/// Scans one block's prose for quotation marks, resolving straight marks and apostrophes.
fn scan_marks(text: &str, range: Range<usize>) -> Vec<(usize, char, Option<char>, Option<char>)> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if matches!(
            c,
            '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‹' | '›'
        ) {
            out.push((range.start + i, c, prev, next));
        }
        prev = Some(c);
    }
    out
}

/// Finds every quotation and lone mark in the document.
pub fn extract(doc: &Document, config: &QuoteConfig, cues: &Cues) -> Quotes {
    let mut quotes = Quotes::default();
    let mut carried: Option<Marks> = None; // a quotation left open at the end of the previous paragraph
    for (bi, block) in doc.blocks.iter().enumerate() {
        let marks = scan_marks(&doc.prose, block.range.clone());
        let mut stack: Vec<Mark> = Vec::new();
        let mut continues_first = false;
        if let Some(m) = carried.take() {
            // The previous paragraph's open quotation goes on here only if this one opens with a mark.
            let _ = m;
            continues_first = true;
        }
        let first_quote_index = quotes.quotations.len();
        for (pos, c, prev, next) in marks {
            let len = c.len_utf8();
            let open_top = stack.last().map(|m| m.marks);
            let mark = match c {
                '“' if open_top == Some(Marks::Low) => Some((Marks::Low, Role::Close)),
                '“' => Some((Marks::Double, Role::Open)),
                '”' if open_top == Some(Marks::Low) => Some((Marks::Low, Role::Close)),
                '”' => Some((Marks::Double, Role::Close)),
                '„' => Some((Marks::Low, Role::Open)),
                '«' | '‹' => Some((Marks::Guillemet, Role::Open)),
                '»' | '›' => Some((Marks::Guillemet, Role::Close)),
                // 5' 10" tall: an inch mark, not a quotation mark.
                '"' if prev.is_some_and(|p| p.is_ascii_digit())
                    && !stack.iter().any(|m| m.marks == Marks::Double) =>
                {
                    None
                }
                '"' => {
                    let left = next.is_some_and(|n| !n.is_whitespace()) && is_opening_context(prev);
                    let right =
                        prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
                    let role = match (left, right) {
                        (true, false) => Role::Open,
                        (false, true) => Role::Close,
                        _ if stack.iter().any(|m| m.marks == Marks::Double) => Role::Close,
                        _ => Role::Open,
                    };
                    Some((Marks::Double, role))
                }
                '‘' | '\'' => {
                    let letter_before = prev.is_some_and(|p| p.is_alphanumeric());
                    let letter_after = next.is_some_and(|n| n.is_alphabetic());
                    let single_open = stack.iter().any(|m| m.marks == Marks::Single);
                    if c == '\'' && letter_before && next.is_some_and(|n| n.is_alphanumeric()) {
                        None // don't, O'Neill
                    } else if is_opening_context(prev) && letter_after && c == '‘'
                        || (c == '\''
                            && is_opening_context(prev)
                            && letter_after
                            && !single_open
                            && !looks_like_elision(doc.prose.get(pos + 1..).unwrap_or("")))
                    {
                        Some((Marks::Single, Role::Open))
                    } else if single_open && !letter_before_and_after(prev, next) {
                        Some((Marks::Single, Role::Close))
                    } else {
                        None
                    }
                }
                '’' => {
                    let single_open = stack.iter().any(|m| m.marks == Marks::Single);
                    if single_open
                        && !letter_before_and_after(prev, next)
                        && is_closing_context(next)
                        && prev.is_some_and(|p| !p.is_whitespace())
                    {
                        Some((Marks::Single, Role::Close))
                    } else {
                        None // an apostrophe: Korea’s, ’90s, rock ’n’ roll
                    }
                }
                _ => None,
            };
            let Some((family, role)) = mark else { continue };
            let m = Mark {
                pos,
                len,
                marks: family,
            };
            match role {
                Role::Open => {
                    // A second double opening while one is open: the first was never closed.
                    if family != Marks::Single {
                        if let Some(idx) = stack.iter().rposition(|o| o.marks == family) {
                            let lone: Vec<Mark> = stack.drain(idx..).collect();
                            for o in lone {
                                if o.marks != Marks::Single {
                                    quotes.lone.push(LoneMark {
                                        range: o.pos..o.pos + o.len,
                                        opening: true,
                                        reopened_at: Some(pos),
                                    });
                                }
                            }
                        }
                    }
                    stack.push(m);
                }
                Role::Close => match stack.iter().rposition(|o| o.marks == family) {
                    Some(idx) => {
                        let inner: Vec<Mark> = stack.drain(idx + 1..).collect();
                        for o in inner {
                            if o.marks != Marks::Single {
                                quotes.lone.push(LoneMark {
                                    range: o.pos..o.pos + o.len,
                                    opening: true,
                                    reopened_at: None,
                                });
                            }
                        }
                        let open = stack.pop().expect("index found above");
                        let depth = stack.len();
                        quotes.quotations.push(Quotation {
                            range: open.pos..m.pos + m.len,
                            content: open.pos + open.len..m.pos,
                            block: bi,
                            marks: family,
                            closed: true,
                            continues: false,
                            continued: false,
                            kind: if depth > 0 {
                                QuoteKind::Nested
                            } else {
                                QuoteKind::Quotation
                            },
                            attribution: Attribution::NotChecked,
                        });
                    }
                    None => {
                        if family != Marks::Single {
                            quotes.lone.push(LoneMark {
                                range: m.pos..m.pos + m.len,
                                opening: false,
                                reopened_at: None,
                            });
                        }
                    }
                },
            }
        }
        // Whatever is still open at the paragraph's end.
        let next_opens = doc
            .blocks
            .get(bi + 1)
            .filter(|b| b.kind == BlockKind::Paragraph)
            .and_then(|b| doc.prose[b.range.clone()].chars().next())
            .is_some_and(|c| matches!(c, '“' | '"' | '«' | '„' | '‘' | '\''));
        let mut left_open: Option<Mark> = None;
        for o in stack.drain(..) {
            if o.marks == Marks::Single && left_open.is_some() {
                continue;
            }
            if left_open.is_none() && next_opens && block.kind == BlockKind::Paragraph {
                left_open = Some(o);
                continue;
            }
            if o.marks != Marks::Single {
                quotes.lone.push(LoneMark {
                    range: o.pos..o.pos + o.len,
                    opening: true,
                    reopened_at: None,
                });
            }
        }
        if let Some(o) = left_open {
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
            });
            carried = Some(o.marks);
        }
        // The first quotation of a continuation paragraph, if it opens the paragraph, continues the running quote.
        if continues_first {
            let para_start = block.range.start;
            if let Some(q) = quotes.quotations[first_quote_index..]
                .iter_mut()
                .filter(|q| q.kind != QuoteKind::Nested)
                .min_by_key(|q| q.range.start)
            {
                if q.range.start == para_start {
                    q.continues = true;
                }
            }
        }
    }
    quotes.quotations.sort_by_key(|q| q.range.start);
    quotes.lone.sort_by_key(|l| l.range.start);
    classify(doc, config, &mut quotes);
    attribute(doc, config, cues, &mut quotes);
    quotes
}

fn letter_before_and_after(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| p.is_alphanumeric()) && next.is_some_and(|n| n.is_alphanumeric())
}

/// `'tis`, `'em`, `'n'`: a straight mark that elides letters rather than opening a quote.
fn looks_like_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "tis" | "twas" | "em" | "n" | "cause" | "til" | "bout"
    )
}

/// Words that name a work or a term just before its quoted title.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "song",
    "single",
    "album",
    "track",
    "play",
    "musical",
    "opera",
    "show",
    "series",
    "sitcom",
    "documentary",
    "programme",
    "program",
    "podcast",
    "poem",
    "painting",
    "sculpture",
    "exhibition",
    "exhibit",
    "campaign",
    "slogan",
    "motto",
    "headline",
    "hashtag",
    "word",
    "words",
    "phrase",
    "term",
    "label",
    "banner",
    "sign",
    "placard",
    "title",
    "titles",
    "column",
    "essay",
    "article",
    "paper",
    "report",
    "study",
    "strategy",
    "policy",
    "plan",
    "initiative",
    "project",
    "operation",
    "game",
    "app",
    "brand",
    "nickname",
    "catchphrase",
    "chant",
    "refrain",
    "anthem",
    "hymn",
    "ballad",
    "sketch",
    "episode",
    "chapter",
    "collection",
    "newsletter",
    "magazine",
    "newspaper",
    "blog",
    "website",
    "doctrine",
    "bill",
    "act",
    "law",
    "programme's",
    "competition",
    "award",
    "prize",
    "category",
    "tour",
];

/// Verbs that introduce a name rather than speech, up to three words before the quote
/// (`dubbed the buyers “…”`).
const NAMING_VERBS: &[&str] = &[
    "called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "named",
    "so-called",
    "labelled",
    "labeled",
    "branded",
    "billed",
    "christened",
    "renamed",
    "styled",
    "termed",
    "coined",
];

/// Words that introduce a name only right before the quote (`a sign reading “…”`).
const ADJACENT_NAMING: &[&str] = &["marked", "reading", "read", "saying", "spelled", "spelt"];

/// Words before `as` that make it a naming cue (`known as “…”`).
const AS_NAMING: &[&str] = &[
    "known",
    "billed",
    "styled",
    "referred",
    "described",
    "rebranded",
];

/// Small words that may be lowercase inside a title of a work.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from", "is",
    "as", "but", "nor", "up", "off", "out", "into", "over",
];

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '—' || c == '–')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

fn classify(doc: &Document, config: &QuoteConfig, quotes: &mut Quotes) {
    // Single marks are quotation marks only in a draft that uses them as its primary marks
    // (UK headline style); elsewhere a top-level ‘…’ is a term or a title.
    let in_body = |q: &&Quotation| {
        q.kind != QuoteKind::Nested && doc.blocks[q.block].kind == BlockKind::Paragraph
    };
    let singles = quotes
        .quotations
        .iter()
        .filter(in_body)
        .filter(|q| q.marks == Marks::Single)
        .count();
    let singles_primary = singles > quotes.quotations.iter().filter(in_body).count() - singles;
    for q in &mut quotes.quotations {
        if q.kind == QuoteKind::Nested {
            continue;
        }
        if q.marks == Marks::Single && !singles_primary {
            q.kind = QuoteKind::Term;
            continue;
        }
        let block = &doc.blocks[q.block];
        if block.kind == BlockKind::Heading && !config.headings {
            q.kind = QuoteKind::Heading;
            continue;
        }
        if q.continues || q.continued {
            continue;
        }
        let content = &doc.prose[q.content.clone()];
        let n_words = words(content).count();
        let trimmed = content.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        let sentence_punct = trimmed.contains(['.', '?', '!', '…'])
            && trimmed
                .trim_end_matches(['.', '?', '!', '…'])
                .split_whitespace()
                .count()
                > 0
            && !is_only_abbreviation_dots(trimmed);
        if n_words < config.min_words && !sentence_punct {
            q.kind = QuoteKind::Term;
            continue;
        }
        // The words just before the opening mark, within its sentence.
        let sentence = doc.sentence_at(q.block, q.range.start);
        let before = &doc.prose[sentence.start.min(q.range.start)..q.range.start];
        let mut prev: Vec<String> = words(before).map(|w| w.to_lowercase()).collect();
        prev.reverse();
        prev.truncate(4);
        let adjacent = before.trim_end().ends_with(|c: char| c.is_alphanumeric());
        let naming = prev
            .iter()
            .take(3)
            .any(|w| NAMING_VERBS.contains(&w.as_str()))
            || (adjacent
                && prev.first().is_some_and(|w| {
                    ADJACENT_NAMING.contains(&w.as_str())
                        || WORK_NOUNS.contains(&w.as_str())
                        || (w == "as"
                            && prev.get(1).is_some_and(|p| AS_NAMING.contains(&p.as_str())))
                }));
        let work_nearby = !before.trim_end().ends_with([':', ','])
            && prev
                .iter()
                .take(3)
                .any(|w| WORK_NOUNS.contains(&w.as_str()) && w != "word" && w != "words")
            && n_words <= 12;
        if naming || work_nearby || is_title_case(content, n_words) {
            q.kind = QuoteKind::Title;
        } else if !config.strict && is_partial(before, content) {
            q.kind = QuoteKind::Partial;
        }
    }
}

/// A fragment that starts in lowercase, sits inside a sentence the writer began, and holds no
/// sentence of its own.
fn is_partial(before: &str, content: &str) -> bool {
    let starts_lower = content
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase());
    let inner = content.trim_end().trim_end_matches(['.', ',', ';', ':']);
    let mid_sentence = before
        .trim_end()
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric());
    starts_lower && mid_sentence && !inner.contains(['.', '?', '!', '…'])
}

/// `U.S.` or `a.m.` only: the dots are not sentence punctuation.
fn is_only_abbreviation_dots(s: &str) -> bool {
    s.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        !w.contains(['?', '!'])
            && (!w.contains('.') || w.split('.').all(|p| p.chars().count() <= 2))
    }) && !s.contains(['?', '!'])
}

/// A short quotation whose every significant word is capitalised is a title of a work.
fn is_title_case(content: &str, n_words: usize) -> bool {
    // A full point may sit inside the marks in American punctuation ("Story of Women.").
    if !(2..=10).contains(&n_words) || content.trim_end().ends_with(['?', '!']) {
        return false;
    }
    let ws: Vec<&str> = words(content).collect();
    ws.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or('a');
        first.is_uppercase()
            || first.is_numeric()
            || (i > 0 && TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
    }) && !ws.contains(&"I")
}

/// Blanks every quotation's content in a copy of a block's prose, so cues inside quotes don't count.
/// `spans` holds (block, range) of every quotation in document order.
fn outside_quotes(doc: &Document, block: usize, spans: &[(usize, Range<usize>)]) -> String {
    let range = doc.blocks[block].range.clone();
    let mut bytes = doc.prose.as_bytes()[range.clone()].to_vec();
    // Quotations are sorted, so a block's quotations are one contiguous run.
    let lo = spans.partition_point(|(b, _)| *b < block);
    let hi = spans.partition_point(|(b, _)| *b <= block);
    for (_, r) in &spans[lo..hi] {
        for i in r.clone() {
            // Whole characters lie inside a quotation's range, so blanking every byte keeps UTF-8.
            if let Some(b) = bytes.get_mut(i - range.start) {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

fn attribute(doc: &Document, config: &QuoteConfig, cues: &Cues, quotes: &mut Quotes) {
    let mut cue_cache: Vec<Option<Option<Range<usize>>>> = vec![None; doc.blocks.len()];
    let mut cue_in = |block: usize, quotes: &[(usize, Range<usize>)]| -> Option<Range<usize>> {
        cue_cache[block]
            .get_or_insert_with(|| {
                let start = doc.blocks[block].range.start;
                let text = outside_quotes(doc, block, quotes);
                cues.find(&text).map(|r| start + r.start..start + r.end)
            })
            .clone()
    };
    let snapshot: Vec<(usize, Range<usize>)> = quotes
        .quotations
        .iter()
        .map(|q| (q.block, q.range.clone()))
        .collect();
    for q in &mut quotes.quotations {
        if q.kind != QuoteKind::Quotation {
            continue;
        }
        q.attribution = if q.continues {
            Attribution::Running
        } else if let Some(cue) = cue_in(q.block, &snapshot) {
            Attribution::Cue { cue }
        } else if colon_introduced(doc, q) {
            Attribution::Colon
        } else if let Some(prev) = q
            .block
            .checked_sub(1)
            .filter(|&p| doc.blocks[p].kind == BlockKind::Paragraph)
        {
            let prev_text = doc.prose[doc.blocks[prev].range.clone()].trim_end();
            let prev_text = prev_text.trim_end_matches(['*', '_']);
            if prev_text.ends_with(':') {
                Attribution::ColonParagraph
            } else if let Some(cue) = cue_in(prev, &snapshot) {
                if config.strict {
                    Attribution::None
                } else {
                    Attribution::Context { cue }
                }
            } else {
                Attribution::None
            }
        } else {
            Attribution::None
        };
    }
}

/// `Mr Brown told MPs: “…”` — a colon right before the opening mark, after words of its sentence.
fn colon_introduced(doc: &Document, q: &Quotation) -> bool {
    let sentence = doc.sentence_at(q.block, q.range.start);
    let before = doc.prose[sentence.start.min(q.range.start)..q.range.start].trim_end();
    before.ends_with(':') && words(before).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocKind;

    fn run(text: &str) -> Quotes {
        let doc = Document::parse(text, DocKind::PlainText);
        extract(&doc, &QuoteConfig::default(), Cues::builtin())
    }

    fn spans<'t>(text: &'t str, q: &Quotes) -> Vec<(&'t str, QuoteKind)> {
        q.quotations
            .iter()
            .map(|x| (&text[x.range.clone()], x.kind))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let t = "Korea’s rock ’n’ roll from the ’90s at the Smiths’ house isn't O'Neill's, 5' 10\" tall.\n";
        let q = run(t);
        assert!(q.quotations.is_empty(), "{q:?}");
        assert!(q.lone.is_empty(), "{q:?}");
    }

    #[test]
    fn nested_single_inside_double() {
        let t = "“He told me ‘never again’ and I believed him,” she said.\n";
        let q = run(t);
        assert_eq!(
            spans(t, &q),
            vec![
                (
                    "“He told me ‘never again’ and I believed him,”",
                    QuoteKind::Quotation
                ),
                ("‘never again’", QuoteKind::Nested),
            ]
        );
    }

    #[test]
    fn straight_marks_pair_by_context() {
        let t = "\"We will rebuild the pier,\" she said. Then \"more is coming soon,\" he added.\n";
        let q = run(t);
        assert_eq!(q.quotations.len(), 2);
        assert!(q.lone.is_empty());
    }

    #[test]
    fn running_quote_across_paragraphs() {
        let t = "“The first part of it goes on,” she said. “And on it goes.\n\n“And then it ends here,” she added.\n\n“A third paragraph continues the story.\n\n“And it ends here now.”\n";
        let q = run(t);
        assert!(q.lone.is_empty(), "{q:?}");
        let last = q.quotations.last().unwrap();
        assert!(last.continues);
        assert_eq!(last.attribution, Attribution::Running);
    }

    #[test]
    fn unclosed_and_unopened_marks() {
        let t = "“It will not happen, she said.\n\nHe left” early.\n";
        let q = run(t);
        assert_eq!(q.lone.len(), 2);
        assert!(q.lone[0].opening);
        assert!(!q.lone[1].opening);
    }

    #[test]
    fn terms_and_titles_are_not_checked() {
        let t = "He is a “fiscal conservative” who loved the film “Gone With the Wind Again Today” and a plan dubbed “the big push for all of us”.\n";
        let q = run(t);
        let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            vec![QuoteKind::Term, QuoteKind::Title, QuoteKind::Title]
        );
    }

    #[test]
    fn every_naming_cue_of_the_spec_names_rather_than_quotes() {
        for cue in [
            "the film",
            "called",
            "dubbed",
            "nicknamed",
            "known as",
            "so-called",
            "the word",
            "the phrase",
            "the term",
        ] {
            let t = format!("Intro with no cue at all.\n\nThe town loves {cue} “The Long Walk Home To The Sea Again Now” a lot.\n\nThe {cue} “Plan that will never work in this town” came up.\n");
            let q = run(&t);
            let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
            assert!(
                kinds.iter().all(|k| *k != QuoteKind::Quotation),
                "{cue}: {kinds:?}"
            );
        }
    }

    #[test]
    fn single_marks_count_only_where_they_are_primary() {
        let t = "He hummed ‘the old song they sang on every crossing’ as he worked.\n\n“The crossing was rough today, very rough,” he said.\n";
        assert_eq!(run(t).quotations[0].kind, QuoteKind::Term);
        let t = "Intro paragraph without a cue.\n\n‘The crossing was rough today, very rough.’\n\n‘We sail again tomorrow,’ the captain said.\n";
        let q = run(t);
        assert_eq!(q.quotations[0].kind, QuoteKind::Quotation);
        assert_eq!(q.quotations[0].attribution, Attribution::None);
    }

    #[test]
    fn lowercase_fragments_are_partial_quotes() {
        let t = "The minister pledged to “leave no one behind in the recovery” next year.\n\n“We will leave no one behind in the recovery,” she said.\n";
        let q = run(t);
        let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, vec![QuoteKind::Partial, QuoteKind::Quotation]);
    }

    #[test]
    fn attribution_cases() {
        let t = "The mayor spoke on Monday.\n\n“We will not close a single library this year.”\n\n“This one has nobody saying it at all today.”\n\nShe wrote:\n\n“Colon paragraphs introduce quotes like this one.”\n\nThe plan read like this: “A colon introduces this one too, see.”\n";
        let q = run(t);
        let att: Vec<_> = q.quotations.iter().map(|q| q.attribution.clone()).collect();
        assert!(matches!(att[0], Attribution::Context { .. }), "{att:?}");
        assert_eq!(att[1], Attribution::None);
        assert_eq!(att[2], Attribution::ColonParagraph);
        assert_eq!(att[3], Attribution::Colon);
    }

    #[test]
    fn cues_inside_quotes_do_not_count() {
        let t = "Intro paragraph without any cue here.\n\n“I said we would win and we will win this.”\n";
        let q = run(t);
        assert_eq!(q.quotations[0].attribution, Attribution::None);
    }
}
