//! What a quoted span is: a quotation, a term or scare quote, a title of a work, a partial quote.

use super::words::{lower, naming};
use super::{Marks, Quotation, QuoteKind, Quotes};
use crate::config::QuoteConfig;
use crate::document::{BlockKind, Document};
use std::borrow::Cow;

fn separates(c: char) -> bool {
    c.is_whitespace() || c == '—' || c == '–'
}

/// The words of `s`: runs between spaces and dashes, trimmed of punctuation.
pub(super) fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(separates)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// `words(s).count()` in one pass over the characters (every quotation is counted).
fn count_words(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in s.chars() {
        if separates(c) {
            in_word = false;
        } else if !in_word && c.is_alphanumeric() {
            n += 1;
            in_word = true;
        }
    }
    n
}

/// Whether single marks are the draft's primary quotation marks (UK headline style): only
/// then is a top-level `‘…’` a quotation; elsewhere it is a term or a title.
pub(super) fn singles_primary(doc: &Document, quotes: &Quotes) -> bool {
    let in_body = |q: &&Quotation| {
        q.kind != QuoteKind::Nested && doc.blocks[q.block].kind == BlockKind::Paragraph
    };
    let singles = quotes
        .quotations
        .iter()
        .filter(in_body)
        .filter(|q| q.marks == Marks::Single)
        .count();
    singles > quotes.quotations.iter().filter(in_body).count() - singles
}

/// What quotation `q` is, read from its own block (and whether single marks are primary).
pub(super) fn kind_of(
    doc: &Document,
    config: &QuoteConfig,
    q: &Quotation,
    singles_primary: bool,
) -> QuoteKind {
    let n = naming();
    if q.kind == QuoteKind::Nested {
        return q.kind;
    }
    if q.marks == Marks::Single && !singles_primary {
        return QuoteKind::Term;
    }
    let block = &doc.blocks[q.block];
    if block.kind == BlockKind::Heading && !config.headings {
        return QuoteKind::Heading;
    }
    if q.continues || q.continued {
        return q.kind;
    }
    let content = &doc.prose[q.content.clone()];
    let n_words = count_words(content);
    let trimmed = content.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let terminal =
        memchr::memchr3(b'.', b'?', b'!', trimmed.as_bytes()).is_some() || trimmed.contains('…');
    let sentence_punct = terminal
        && trimmed
            .trim_end_matches(['.', '?', '!', '…'])
            .contains(|c: char| !c.is_whitespace())
        && !is_only_abbreviation_dots(trimmed);
    if n_words < config.min_words && !sentence_punct && !credited_fragment(doc, q) {
        return QuoteKind::Term;
    }
    // `"Taking responsibility for tough choices" is this year's theme`: words mentioned as
    // the subject of a sentence, not speech; closed on a comma they were said (`"It is a
    // disgrace," was the verdict of a resident`).
    let said = content.trim_end().ends_with(',');
    if !sentence_punct && n_words <= 8 && !said && mentioned(doc, q) {
        return QuoteKind::Term;
    }
    // The words just before the opening mark, within its sentence.
    let before = &doc.prose[super::before_start(doc, q)..q.range.start];
    let prev: Vec<Cow<str>> = words(before).rev().take(4).map(lower).collect();
    let adjacent = before.trim_end().ends_with(|c: char| c.is_alphanumeric());
    // `a note that said "…"`, `a placard which read "…"`: a thing written shows the words.
    let shown = adjacent
        && matches!(prev.get(1).map(|w| w.as_ref()), Some("that" | "which"))
        && prev
            .first()
            .is_some_and(|w| n.written_verbs.contains(w.as_ref()))
        && prev
            .get(2)
            .is_some_and(|w| n.written_objects.contains(w.as_ref()));
    let naming = shown
        || prev
            .iter()
            .take(3)
            .any(|w| n.naming_verbs.contains(w.as_ref()))
        || (adjacent
            && prev.first().is_some_and(|w| {
                n.adjacent_naming.contains(w.as_ref())
                    || n.work_nouns.contains(w.as_ref())
                    || (*w == "as"
                        && prev
                            .get(1)
                            .is_some_and(|p| n.as_naming.contains(p.as_ref())))
            }));
    // `Her new book, "How to be a good neighbour", …`: a title set off after its work.
    // (`In the mayor's words, "…"` credits a speaker: the words are said.)
    let from = super::before_start(doc, q);
    let work_apposed = before.trim_end().ends_with(',')
        && prev
            .first()
            .is_some_and(|w| n.work_nouns.contains(w.as_ref()))
        && n_words <= 12
        && super::shape::owned_view(&doc.prose, from, from + before.trim_end().len()).is_none();
    let work_nearby = work_apposed
        || !before.trim_end().ends_with([':', ','])
            && prev
                .iter()
                .take(3)
                .any(|w| n.work_nouns.contains(w.as_ref()) && *w != "word" && *w != "words")
            && n_words <= 12
            // `defended the plan ("We have no other way," he said)`: words closed on a comma
            // and credited by a reporting verb after them are speech, not the work's title.
            && !(said && attributed_after(doc, q));
    // `He watched “Who Framed Roger Rabbit?” twice`: a title may end on its own question or
    // exclamation mark, told from speech by the sentence it sits inside.
    let title = is_title_case(content, n_words, false)
        || (is_title_case(content, n_words, true) && inside_sentence(doc, q, before));
    if naming || work_nearby || title {
        QuoteKind::Title
    } else if !config.strict && is_partial(before, content) && !speaks(prev.first(), content) {
        QuoteKind::Partial
    } else {
        q.kind
    }
}

/// Whether a lowercase fragment reads as someone's speech rather than a phrase borrowed from a
/// text or a term (`"in the course of trade or business"`): it holds a clause of its own, told
/// by a verb of being or an auxiliary (`"nobody has studied it"`, `"it will never work"`), a
/// contracted negation or verb (`"don't"`, `"they're"`), or the first person (`"a place where
/// our kids can play"`). Such a fragment needs a speaker like any quotation; one after a
/// determiner is a modifier instead (`a "don't ask" policy`, `the "we know best" attitude`).
/// `last` is the word before the opening mark, lowercased.
fn speaks(last: Option<&Cow<str>>, content: &str) -> bool {
    let w = super::words::words();
    let after_determiner = last.is_some_and(|p| w.determiners.contains(p.as_ref()));
    !after_determiner
        && words(content).any(|word| {
            let word = lower(word);
            let word = word.as_ref();
            w.first_person.contains(word)
                || w.copulas.contains(word)
                || w.auxiliaries.contains(word)
                || [
                    "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m",
                ]
                .iter()
                .any(|end| word.ends_with(end))
        })
}

/// Whether a short fragment that opens its sentence is credited to a speaker right after it
/// (`"Enough is enough" — those were the words of Mira Castel.`, `"Not today," said Ines
/// Varga.`): words someone said, not a term. A scare quote or a title sits inside the
/// writer's sentence, or is followed by no credit.
fn credited_fragment(doc: &Document, q: &Quotation) -> bool {
    let before = &doc.prose[super::before_start(doc, q)..q.range.start];
    if before.chars().any(char::is_alphanumeric) || !q.closed {
        return false;
    }
    let end = doc.blocks[q.block].range.end;
    let after = &doc.prose[q.range.end..end];
    let spaced = after.trim_start_matches(' ');
    let dashed = spaced
        .strip_prefix("--")
        .or_else(|| spaced.strip_prefix(['—', '–', '-']))
        .filter(|r| r.starts_with(' '));
    if let Some(rest) = dashed {
        return super::shape::pointer_credit(&doc.prose, end - rest.len(), end).is_some();
    }
    let said = doc.prose[q.content.clone()].trim_end().ends_with(',');
    said && super::shape::trailing(&doc.prose, q.range.end, end, false).is_some()
}

/// Whether a reporting verb and its speaker follow the quotation (`"…," he said`).
fn attributed_after(doc: &Document, q: &Quotation) -> bool {
    let end = doc.blocks[q.block].range.end;
    super::shape::trailing(&doc.prose, q.range.end, end, false).is_some()
}

/// A short quotation followed by a verb of being (`"…" is`, `"…" has become`).
fn mentioned(doc: &Document, q: &Quotation) -> bool {
    let block_end = doc.blocks[q.block].range.end;
    let after = &doc.prose[q.range.end..block_end];
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    after.starts_with(' ') && super::words::words().copulas.contains(next.as_str())
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
    !s.contains(['?', '!'])
        && s.split_whitespace().filter(|w| w.contains('.')).all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            w.split('.').all(|p| p.chars().count() <= 2)
        })
}

/// Whether a quotation sits inside a sentence that is not its attribution: a word of the
/// sentence right before it that does not report speech (`He watched “…”`, not `He asked
/// “…”`), or the sentence going on after it in lowercase with no speaker (`“…” opens on
/// Friday`, not `“…” she asked`).
fn inside_sentence(doc: &Document, q: &Quotation, before: &str) -> bool {
    let word_before = words(before)
        .next_back()
        .filter(|_| before.trim_end().ends_with(|c: char| c.is_alphanumeric()));
    if let Some(w) = word_before {
        return crate::cues::verb_form(&w.to_lowercase()).is_none();
    }
    let end = doc.blocks[q.block].range.end;
    let after = &doc.prose[q.range.end..end];
    let goes_on =
        after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_lowercase());
    goes_on
        && super::shape::trailing(&doc.prose, q.range.end, end, true).is_none()
        && super::shape::stance(&doc.prose, q.range.end, end).is_none()
}

/// A short quotation whose every significant word is capitalised is a title of a work; one
/// ending on `?` or `!` only with `question` (speech ends so too).
fn is_title_case(content: &str, n_words: usize, question: bool) -> bool {
    let n = naming();
    // A full point may sit inside the marks in American punctuation ("Story of Women.").
    if !(2..=10).contains(&n_words) || content.trim_end().ends_with(['?', '!']) != question {
        return false;
    }
    let ws: Vec<&str> = words(content).collect();
    ws.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or('a');
        first.is_uppercase()
            || first.is_numeric()
            || (i > 0 && n.title_small_words.contains(w.to_lowercase().as_str()))
    }) && !ws.contains(&"I")
}
