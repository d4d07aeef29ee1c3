//! `unbalanced-quote`: a quotation mark opened and never closed, or closed and never opened.
//!
//! Marks are paired in `quotes/marks.rs`; where a quotation's words end before its attribution is
//! told by `quotes/shape.rs`; this file reports lone marks with their fixes.

use super::{Context, Rule};
use crate::finding::{Edit, Finding, Fix};
use crate::quotes::shape::{closes_before_attribution, mismatched_close};
use crate::rule_id::RuleId;
use std::ops::Range;

/// Flags lone quotation marks.
pub struct UnbalancedQuote;

impl Rule for UnbalancedQuote {
    fn id(&self) -> RuleId {
        RuleId::UnbalancedQuote
    }

    fn summary(&self) -> &'static str {
        "a quotation mark that is opened and never closed, or closed and never opened"
    }

    fn docs(&self) -> &'static str {
        include_str!("../../docs/rules/unbalanced-quote.md")
    }

    fn reads_people(&self) -> bool {
        false
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        // Opening marks written where the quotation before them should close (`“It is final,“
        // she said.`): the finding of the quotation they cut short says it all.
        let mut wrong_way: rustc_hash::FxHashSet<usize> = Default::default();
        let lone_marks = &cx.quotes.lone;
        // Where the next lone opening mark stands after each: a quotation never closed is not
        // read past it for its attribution, so that a paragraph of many such marks (`‘a ‘b ‘c`
        // in a draft quoting with single marks) is read once, not once per mark.
        let mut next_opening = vec![usize::MAX; lone_marks.len()];
        for i in (0..lone_marks.len().saturating_sub(1)).rev() {
            next_opening[i] = if lone_marks[i + 1].opening {
                lone_marks[i + 1].range.start
            } else {
                next_opening[i + 1]
            };
        }
        // The last sentence asked about and where its first letter or digit stands (`usize::MAX`
        // for none): read once for all the closing marks of one sentence.
        let mut first_letter: Option<(usize, usize)> = None;
        for (li, lone) in lone_marks.iter().enumerate() {
            if wrong_way.contains(&lone.range.start) {
                continue;
            }
            let mark = &cx.doc.text[lone.range.clone()];
            let finding = if !lone.opening {
                let f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!("closing quotation mark {mark} has no opening mark"),
                );
                match opening_fix(cx, mark, lone.range.start, &mut first_letter) {
                    Some(fix) => f.with_fix(fix),
                    None => f,
                }
            } else if let Some(at) = lone.reopened_at {
                if let Some(fix) = wrong_way_close(cx, mark, lone.range.end, at) {
                    wrong_way.insert(at);
                    let second = &cx.doc.text[fix.edits[0].byte_start..fix.edits[0].byte_end];
                    let f = Finding::new(
                        self.id(),
                        lone.range.clone(),
                        format!(
                            "opening quotation mark {mark} is closed by another opening mark {second} before its attribution: turn that one round"
                        ),
                    );
                    out.push(f.with_fix(fix));
                    continue;
                }
                // Words that end on their own attribution (`"We will appeal, said Ana Ruiz.
                // "This is not over."`) were to close before it: no paragraph break was lost.
                let before = cx.doc.prose[..at].trim_end().len();
                if runs_on_after_break(cx, lone.range.end, at)
                    && !cx.ends_on_attribution(lone.range.end, before)
                {
                    continue;
                }
                let f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!(
                        "opening quotation mark {mark} is not closed before the next quotation opens: close it, or start a new paragraph if the quotation runs on"
                    ),
                );
                // By default close it at the end of the text before the new quotation opens.
                let close_at = cx.doc.text[..at].trim_end().len();
                with_closing_fixes(
                    cx,
                    f,
                    mark,
                    lone.range.end,
                    at,
                    (close_at, "before the next one"),
                )
            } else if let Some(outer) = cx.closed_around(lone.range.start).map(|q| q.content.end) {
                // A nested quotation left open when the quotation around it closes (`“As he
                // said, ‘never again. So here we are.”`): it closes before that mark at the latest.
                let f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!(
                        "opening quotation mark {mark} is never closed inside the quotation around it"
                    ),
                );
                with_closing_fixes(
                    cx,
                    f,
                    mark,
                    lone.range.end,
                    outer,
                    (outer, "before the quotation around it closes"),
                )
            } else {
                let block = cx.doc.block_at(lone.range.start);
                // Left open though the next paragraph opens with a mark: the paragraph ends on
                // the words' own attribution, so they were to close before it.
                let next_opens = block
                    .and_then(|b| cx.doc.blocks.get(b + 1))
                    .is_some_and(|n| {
                        cx.doc.prose[n.range.clone()].starts_with(['“', '"', '«', '„', '‘', '\''])
                    });
                let why = if next_opens {
                    "is never closed before its attribution at the end of this paragraph"
                } else {
                    "is never closed in this paragraph, and the next paragraph does not continue the quotation"
                };
                let f = Finding::new(
                    self.id(),
                    lone.range.clone(),
                    format!("opening quotation mark {mark} {why}"),
                );
                match block.map(|b| &cx.doc.blocks[b]) {
                    Some(b) => with_closing_fixes(
                        cx,
                        f,
                        mark,
                        lone.range.end,
                        b.range.end.min(next_opening[li]),
                        (b.range.end, "at the end of the paragraph"),
                    ),
                    None => f,
                }
            };
            out.push(finding);
        }
    }
}

/// The fixes that close a quotation opened at `from`: where its words end, before its
/// attribution (`…after the repairs," the manager said.`), when that can be told; both that
/// place and the fallback when the attribution runs on; the fallback alone when there is none.
fn with_closing_fixes(
    cx: &Context,
    f: Finding,
    mark: &str,
    from: usize,
    to: usize,
    fallback: (usize, &str),
) -> Finding {
    let closer = closer_for(mark);
    let fix = |at: usize, place: &str, safe: bool| Fix {
        title: format!("Close the quotation {place} ({closer})"),
        edits: vec![Edit::insert(at, closer)],
        safe,
    };
    // A double mark closed by a single one before its attribution: the single one is the slip.
    if matches!(mark, "\"" | "“") {
        if let Some((wrong, certain)) = mismatched_close(&cx.doc.prose, from, to, &['\'', '’']) {
            return f.with_fix(replace_fix(cx, mark, from, wrong, certain));
        }
    }
    match cx.before_attribution(from, to) {
        Some((at, true)) if opens_sentence(cx, from - mark.len()) => {
            f.with_fix(fix(at, "before its attribution", true))
        }
        Some((at, _)) => f
            .with_fix(fix(at, "before its attribution", false))
            .with_fix(fix(fallback.0, fallback.1, false)),
        None => f.with_fix(fix(fallback.0, fallback.1, false)),
    }
}

/// Whether the quotation opened before `from` runs on past a paragraph break that the text
/// lost: its words end a sentence and the next mark, at `at`, opens the next sentence (`…in
/// that direction. "If the imbalances…`). Copy whose paragraphs were run together (exported,
/// flattened, pasted from a page) keeps the convention's mark on each paragraph's start, and
/// published copy is full of it; the sentence end before the mark is where the break stood.
fn runs_on_after_break(cx: &Context, from: usize, at: usize) -> bool {
    let text = &cx.doc.text;
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let words = before.trim_end();
    // A space or line break between the sentence's end and the mark, as between paragraphs.
    if words.len() == before.len() || !words.contains(char::is_alphanumeric) {
        return false;
    }
    let ends_sentence = words
        .trim_end_matches([')', ']', '\'', '’'])
        .ends_with(['.', '?', '!', '…']);
    let mark_len = text[at..].chars().next().map_or(1, char::len_utf8);
    let opens_sentence = text[at + mark_len..]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    ends_sentence && opens_sentence
}

/// The fix of a quotation opened at `from` whose next opening mark, at `at`, stands where it
/// should close, before its attribution (`“It is final,“ she said.`): that mark turned round.
fn wrong_way_close(cx: &Context, mark: &str, from: usize, at: usize) -> Option<Fix> {
    let next = cx.doc.text[at..].chars().next()?;
    if !matches!(next, '“' | '‘') {
        return None;
    }
    let b = cx.doc.block_at(at)?;
    // Only the mark at `at` is read: a line of a thousand marks stays linear.
    let wrong = at..at + next.len_utf8();
    let to = cx.doc.blocks[b].range.end;
    let certain = closes_before_attribution(&cx.doc.prose, from, wrong.clone(), to)?;
    Some(replace_fix(cx, mark, from, wrong, certain))
}

/// The fix that puts the closing mark of `mark` in place of the wrong mark at `wrong`, applied
/// by `--fix` when the quotation opens its sentence and its attribution ends it.
fn replace_fix(cx: &Context, mark: &str, from: usize, wrong: Range<usize>, certain: bool) -> Fix {
    let closer = closer_for(mark);
    Fix {
        title: format!(
            "Close the quotation with {closer}, not {}",
            &cx.doc.text[wrong.clone()]
        ),
        edits: vec![Edit::new(wrong, closer)],
        safe: certain && opens_sentence(cx, from - mark.len()),
    }
}

/// Whether the mark at `at` opens its sentence (or follows a colon). A partial quotation
/// opened mid-sentence may end anywhere, and British copy puts its comma outside the mark, so
/// closing it is never certain.
fn opens_sentence(cx: &Context, at: usize) -> bool {
    let Some(b) = cx.doc.block_at(at) else {
        return false;
    };
    let sentence = cx.doc.sentence_at(b, at);
    let head = cx.doc.prose[sentence.start.min(at)..at].trim_end();
    head.is_empty() || head.ends_with(':')
}

/// Opens the quotation that a lone closing mark at `at` ends, at the start of its sentence
/// (`We raised £2m," said Frank Haigh.`): not applied by `--fix`, as the quoted words may begin
/// a sentence earlier.
fn opening_fix(
    cx: &Context,
    mark: &str,
    at: usize,
    first_letter: &mut Option<(usize, usize)>,
) -> Option<Fix> {
    let opener = match mark {
        "”" => "“",
        "»" => "«",
        "\"" => "\"",
        _ => return None,
    };
    let block = cx.doc.block_at(at)?;
    let sentence = cx.doc.sentence_at(block, at);
    let start = sentence.start;
    let letter = match *first_letter {
        Some((s, letter)) if s == start => letter,
        _ => {
            let letter = cx
                .doc
                .text
                .get(start..sentence.end.max(at))?
                .find(char::is_alphanumeric)
                .map_or(usize::MAX, |i| start + i);
            *first_letter = Some((start, letter));
            letter
        }
    };
    // Nothing but the quoted words before the mark: no letter, so nothing to open.
    if letter >= at {
        return None;
    }
    Some(Fix {
        title: format!("Open the quotation at the start of its sentence ({opener})"),
        edits: vec![Edit::insert(start, opener)],
        safe: false,
    })
}

/// The closing mark that pairs with an opening one.
fn closer_for(mark: &str) -> &str {
    match mark {
        "“" => "”",
        "‘" => "’",
        "«" => "»",
        "„" => "“",
        other => other,
    }
}
