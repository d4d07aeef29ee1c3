//! Holding each quotation of a draft to the record: its words looked up by pairs in the index,
//! aligned with the few turns they point at, and the best passage judged: the same words
//! (`exact`, or `edited` within the conventions), close words (`misquote`), the right words
//! from someone else (`misattributed`), or nothing close (`unsourced`).

use super::align::{align, Alignment, Gap, Op};
use super::words::{is_filler, words, Word};
use super::{Record, Turn, UNKNOWN};
use crate::document::Document;
use crate::people::{label_names, People, Roles, Speaker};
use crate::quotes::{Quotation, QuoteKind, Quotes};
use serde::Serialize;
use std::ops::Range;

/// How a quotation stands against the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    /// The record's words (case, punctuation and spacing aside).
    Exact,
    /// The record's words with allowed edits: an ellipsis, a bracket, a dropped filler, a number
    /// written the other way.
    Edited,
    /// Close to a passage but not the same words.
    Misquote,
    /// The record's words, said there by someone other than the person credited.
    Misattributed,
    /// No passage of the record is close.
    Unsourced,
}

impl MatchKind {
    /// The name shown in the `match` column.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Edited => "edited",
            MatchKind::Misquote => "misquote",
            MatchKind::Misattributed => "misattributed",
            MatchKind::Unsourced => "unsourced",
        }
    }
}

/// A passage of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The source's name (as the caller gave it).
    pub source: String,
    /// The speaker's label in the record, if it has one.
    pub speaker: Option<String>,
    /// 1-based first line.
    pub line: usize,
    /// 1-based first column (Unicode scalar values).
    pub column: usize,
    /// 1-based last line.
    pub end_line: usize,
    /// 1-based column after the end.
    pub end_column: usize,
    /// Byte range in the source.
    pub byte_start: usize,
    /// End of the byte range (exclusive).
    pub byte_end: usize,
    /// Cue start and end in milliseconds, for captions.
    pub cue: Option<(u32, u32)>,
    /// The passage's words as the record has them, on one line.
    pub text: String,
}

impl Passage {
    /// `interview.txt:12`, or `council.vtt:40 (01:23)` for captions.
    pub fn place(&self) -> String {
        match self.cue {
            Some((start, _)) => format!(
                "{}:{} ({})",
                self.source,
                self.line,
                super::format_time(start)
            ),
            None => format!("{}:{}", self.source, self.line),
        }
    }

    /// The passage as related information of a finding.
    pub fn to_place(&self) -> crate::finding::SourcePlace {
        crate::finding::SourcePlace {
            path: self.source.clone(),
            line: self.line,
            column: self.column,
            end_line: self.end_line,
            end_column: self.end_column,
            byte_start: self.byte_start,
            byte_end: self.byte_end,
            cue: self.cue.map(|c| super::format_time(c.0)),
        }
    }

    /// Who said it in the record (`an unnamed speaker` when the record does not say).
    pub fn speaker_or_unnamed(&self) -> &str {
        self.speaker.as_deref().unwrap_or("an unnamed speaker")
    }

    /// `file:line`, or the cue time alone for captions (the `source` column).
    pub fn short_place(&self) -> String {
        match self.cue {
            Some((start, _)) => format!("{} {}", self.source, super::format_time(start)),
            None => format!("{}:{}", self.source, self.line),
        }
    }
}

/// One difference between a quotation and its passage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Byte range in the draft (empty where the record has words the quotation dropped).
    pub draft: Range<usize>,
    /// The quotation's words there.
    pub written: String,
    /// The record's words there.
    pub record: String,
    /// An ellipsis (`written`) that joins two turns of the speaker with another speaker
    /// between: the pieces of an ellipsis must come from one turn, and no words restore it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub joins_turns: bool,
}

/// A quotation held to the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteMatch {
    /// Index into the draft's quotations.
    pub quotation: usize,
    /// The verdict.
    pub kind: MatchKind,
    /// The passage, unless unsourced.
    pub passage: Option<Passage>,
    /// For a misquote: what differs, in order.
    pub diffs: Vec<Diff>,
    /// The passage is said by someone other than the person the draft credits.
    pub wrong_speaker: bool,
    /// The person the draft credits, as the draft names them.
    pub credited: Option<String>,
}

/// A quotation's words with the gap before each.
struct QWord {
    word: Word,
    tok: u32,
    gap: Gap,
}

/// The words of a quotation, split at ellipses and `[bracketed]` insertions.
fn quote_words(text: &str, content: Range<usize>, record: &Record) -> Vec<QWord> {
    let s = &text[content.clone()];
    let mut out = Vec::new();
    let mut pending = Gap::None;
    let mut seg = 0;
    let mut i = 0;
    let flush = |from: usize, to: usize, pending: &mut Gap, out: &mut Vec<QWord>| {
        for w in words(text, content.start + from..content.start + to) {
            let tok = record.tok(&w.norm);
            out.push(QWord {
                word: w,
                tok,
                gap: std::mem::replace(pending, Gap::None),
            });
        }
    };
    while i < s.len() {
        let rest = &s[i..];
        let (len, gap) = if rest.starts_with("...") {
            (
                rest.len() - rest.trim_start_matches(['.', ' ']).len(),
                Gap::Ellipsis,
            )
        } else if rest.starts_with(". . .") {
            (5, Gap::Ellipsis)
        } else if rest.starts_with('…') {
            ('…'.len_utf8(), Gap::Ellipsis)
        } else if rest.starts_with('[') {
            match rest.find(']') {
                Some(e) if rest[..e].contains("...") || rest[..e].contains('…') => {
                    (e + 1, Gap::Ellipsis)
                }
                Some(e) => (e + 1, Gap::Bracket),
                None => (0, Gap::None),
            }
        } else {
            (0, Gap::None)
        };
        if len == 0 {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        flush(seg, i, &mut pending, &mut out);
        if pending != Gap::Ellipsis {
            pending = gap;
        }
        i += len;
        seg = i;
    }
    flush(seg, s.len(), &mut pending, &mut out);
    out
}

/// Index postings visited per quotation once its three rarest word pairs are in: common pairs
/// (`of the`) point everywhere and add nothing the rare ones have not found.
const POSTINGS_BUDGET: usize = 4096;
/// Postings a quotation may visit in each list: a few per word, so that a draft of many short
/// quotations held to a record of the same few words ends in time linear in its size.
const POSTINGS_PER_WORD: usize = 32;
const POSTINGS_MIN: usize = 64;
/// Turns aligned per quotation.
const CANDIDATES: usize = 8;
/// The widest window of one turn aligned with a quotation.
const MAX_WINDOW: usize = 6000;
/// The longest quotation held to the record: an alignment costs its words times the window's,
/// and a longer one is a document quoted whole (a speech, a statement), not a quotation.
const MAX_HELD_WORDS: usize = 400;
/// Alignment cells one quotation may use: [`ANCHORED`] windows around the rarest hit (three
/// times the quotation), but no more than a number per word, so that the work grows with the
/// draft, not with the record's repetitions.
const CELLS_PER_WORD: usize = 1280;
const CELLS_MIN: usize = 256;
const ANCHORED: usize = 4;
/// One place of a word pair in the record: (pair key, turn, position of its first word).
type Posting = (u64, u32, u32);

/// A turn the quotation's word pairs point at.
struct Pointed {
    turn: u32,
    votes: usize,
    /// The first and past the last hit.
    lo: u32,
    hi: u32,
    /// Where the passage starts if the turn's rarest hit is right: its position less its
    /// place in the quotation.
    anchor: u32,
    /// The last pair list that voted for it.
    voted: usize,
}

/// Turns the quotation's word pairs point at, most votes first, rarest pairs first, within a
/// budget of postings.
fn candidates(q: &[QWord], record: &Record) -> Vec<Pointed> {
    // (place in the quotation, the pair's postings)
    let mut lists: Vec<(usize, &[Posting])> = (0..q.len().saturating_sub(1))
        .filter(|&i| q[i].tok != UNKNOWN && q[i + 1].tok != UNKNOWN && q[i + 1].gap == Gap::None)
        .map(|i| (i, record.pair_positions(q[i].tok, q[i + 1].tok)))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    lists.sort_by_key(|(_, l)| l.len());
    let mut budget = POSTINGS_BUDGET.min(POSTINGS_MIN + POSTINGS_PER_WORD * q.len());
    let each = budget;
    let mut hits: rustc_hash::FxHashMap<u32, Pointed> = Default::default();
    hits.reserve(each.min(64));
    for (k, &(i, postings)) in lists.iter().enumerate() {
        if k >= 3 && postings.len() > budget {
            break;
        }
        budget = budget.saturating_sub(postings.len());
        for &(_, turn, p) in postings.iter().take(each) {
            let e = hits.entry(turn).or_insert(Pointed {
                turn,
                votes: 0,
                lo: p,
                hi: p,
                anchor: p.saturating_sub(i as u32),
                voted: usize::MAX,
            });
            if e.voted != k {
                e.votes += 1;
                e.voted = k;
            }
            e.lo = e.lo.min(p);
            e.hi = e.hi.max(p + 1);
        }
    }
    let mut v: Vec<Pointed> = hits.into_values().collect();
    let order = |a: &Pointed, b: &Pointed| b.votes.cmp(&a.votes).then(a.turn.cmp(&b.turn));
    // Only the first few are aligned: they are picked out before they are sorted.
    if v.len() > CANDIDATES {
        v.select_nth_unstable_by(CANDIDATES - 1, order);
        v.truncate(CANDIDATES);
    }
    v.sort_unstable_by(order);
    v
}

/// The window of a turn to align: around the hits, with room for the whole quotation.
fn window(turn: &Turn, lo: u32, hi: u32, n: usize) -> Range<usize> {
    let slack = n + 8;
    let start = (lo as usize)
        .saturating_sub(slack)
        .max(turn.words.start as usize);
    let end = (hi as usize + slack).min(turn.words.end as usize);
    start..end.min(start + MAX_WINDOW)
}

/// Alignment cells a quotation of `n` words may still use.
struct Cells(usize);

impl Cells {
    fn for_words(n: usize) -> Cells {
        let anchored = (n + 1) * (3 * n + 17);
        Cells(CELLS_MIN + (ANCHORED * anchored).min(CELLS_PER_WORD * n))
    }

    /// Takes the cells an alignment of `n` words with `m` costs, if they are left.
    fn take(&mut self, n: usize, m: usize) -> bool {
        let cost = (n + 1) * (m + 1);
        let ok = cost <= self.0;
        if ok {
            self.0 -= cost;
        }
        ok
    }
}

/// The record's words from word `a` to word `b` (inclusive) as written, on one line, fillers out.
fn record_text(record: &Record, a: usize, b: usize) -> String {
    let (wa, wb) = (&record.words[a], &record.words[b]);
    let src = &record.sources[record.turns[wa.turn as usize].source as usize];
    let slice = src
        .text
        .get(wa.start as usize..wb.end as usize)
        .unwrap_or("");
    slice
        .split_whitespace()
        .filter(|w| {
            let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
            !is_filler(&bare.to_lowercase())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn passage(record: &Record, a: usize, b: usize) -> Passage {
    let (wa, wb) = (&record.words[a], &record.words[b]);
    let turn = &record.turns[wa.turn as usize];
    let src = &record.sources[turn.source as usize];
    let cue = |w: &super::RecWord| record.cues.get(w.cue as usize).copied();
    Passage {
        source: src.name.clone(),
        speaker: turn.speaker.clone(),
        line: src.line(wa.start as usize),
        column: src.column(wa.start as usize),
        end_line: src.line(wb.end as usize),
        end_column: src.column(wb.end as usize),
        byte_start: wa.start as usize,
        byte_end: wb.end as usize,
        cue: cue(wa).zip(cue(wb)).map(|(x, y)| (x.0, y.1)),
        text: record_text(record, a, b),
    }
}

/// A text's letters and digits, lowercased: what stays of words when hyphens and spaces go.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a clean alignment used an allowed edit (so it is `edited`, not `exact`).
fn edited(q: &[QWord], al: &Alignment, record: &Record, base: usize) -> bool {
    q.iter().any(|w| w.gap != Gap::None)
        || al.ops.iter().enumerate().any(|(k, op)| match *op {
            Op::Skip(_) => true,
            Op::Match(i, j) => {
                let rw = &record.words[base + j];
                q[i].word.styled != rw.styled || (k > 0 && rw.filler_before)
            }
            _ => false,
        })
}

/// The differences of an alignment, grouped into runs of changed words.
fn diffs(text: &str, q: &[QWord], al: &Alignment, record: &Record, base: usize) -> Vec<Diff> {
    let mut out = Vec::new();
    let mut k = 0;
    let mut prev_end: Option<usize> = None;
    while k < al.ops.len() {
        match al.ops[k] {
            Op::Match(i, _) => {
                prev_end = Some(q[i].word.range.end);
                k += 1;
                continue;
            }
            Op::Skip(_) => {
                k += 1;
                continue;
            }
            _ => {}
        }
        let run_start = k;
        while k < al.ops.len() && matches!(al.ops[k], Op::Sub(..) | Op::Ins(_) | Op::Del(_)) {
            k += 1;
        }
        let run = &al.ops[run_start..k];
        let qs: Vec<usize> = run
            .iter()
            .filter_map(|o| match *o {
                Op::Sub(i, _) | Op::Ins(i) => Some(i),
                _ => None,
            })
            .collect();
        let mut rs: Vec<usize> = run
            .iter()
            .filter_map(|o| match *o {
                Op::Sub(_, j) | Op::Del(j) => Some(base + j),
                _ => None,
            })
            .collect();
        // A word written for two at the passage's edge (`We're` for `We are`, `isn't` for `is
        // not`): the alignment starts or ends inside them, and the record's words restored must
        // be both, or the fix drops one (`are going`, `it is`).
        if let (Some(&Op::Sub(i, j)), true) = (run.first(), run_start == 0) {
            let (r, before) = (base + j, (base + j).checked_sub(1));
            if let Some(b) = before.filter(|&b| joins(text, &q[i].word, record, b, r, b)) {
                rs.insert(0, b);
            }
        }
        if let (Some(&Op::Sub(i, j)), true) = (run.last(), k == al.ops.len()) {
            let r = base + j;
            if joins(text, &q[i].word, record, r, r + 1, r + 1) {
                rs.push(r + 1);
            }
        }
        let draft = match (qs.first(), qs.last()) {
            (Some(&a), Some(&b)) => q[a].word.range.start..q[b].word.range.end,
            _ => {
                let at = prev_end.unwrap_or_else(|| q.first().map_or(0, |w| w.word.range.start));
                at..at
            }
        };
        let recorded = match (rs.first(), rs.last()) {
            (Some(&a), Some(&b)) => record_text(record, a, b),
            _ => String::new(),
        };
        if let Some(&b) = qs.last() {
            prev_end = Some(q[b].word.range.end);
        }
        out.push(Diff {
            written: text[draft.clone()].to_string(),
            draft,
            record: recorded,
            joins_turns: false,
        });
    }
    out
}

/// Whether the draft's `word` stands for two record words of
/// one turn (`a` then `b`): its letters open with those of `a` and hold more (`isn't` / `is
/// not`), or it is a contraction opening as `a` does (`We're` / `We are`, `won't` / `will not`),
/// or it is the word `out` (`a` or `b`, the one outside the alignment) itself.
fn joins(text: &str, word: &Word, record: &Record, a: usize, b: usize, out: usize) -> bool {
    let (Some(wa), Some(wb)) = (record.words.get(a), record.words.get(b)) else {
        return false;
    };
    if wa.turn != wb.turn {
        return false;
    }
    let raw = text.get(word.range.clone()).unwrap_or("");
    let written = letters(raw);
    let head = letters(&record_text(record, a, a));
    // A contraction opens as its first word does (`won't` / `will not`, `I'm` / `I am`).
    let contracted = raw.contains(['\'', '’']) && written.chars().next() == head.chars().next();
    // Or the word is the record's one outside the passage, and the word inside it was
    // dropped (`They carried` / `They have carried`, `for years` / `for many years`).
    if written == letters(&record_text(record, out, out)) {
        return true;
    }
    !head.is_empty()
        && written.len() > 1
        && (contracted || (written.len() > head.len() && written.starts_with(&head)))
}

/// The names the draft gives the credited speaker of quotation `qi`: a person's, or those of
/// the one person the draft gave the role a described speaker has (`the mayor said`).
fn credited_names<'a>(
    roles: &Roles,
    people: &People,
    qi: usize,
    q: &Quotation,
    names: &'a mut NamesOf,
) -> &'a [String] {
    let person = match people.speakers.get(qi) {
        Some(Speaker::Person(p)) => Some(*p),
        Some(s) => roles.holder(s, q.range.start),
        None => None,
    };
    match person {
        Some(p) => names.of(people, p),
        None => &[],
    }
}

/// Each person's names as written (the canonical first), listed once per person rather than
/// once per quotation: a person quoted thousands of times is named thousands of times.
#[derive(Default)]
struct NamesOf(rustc_hash::FxHashMap<usize, Vec<String>>);

impl NamesOf {
    fn of(&mut self, people: &People, p: usize) -> &[String] {
        self.0.entry(p).or_insert_with(|| {
            let Some(person) = people.persons.get(p) else {
                return Vec::new();
            };
            let mut seen = rustc_hash::FxHashSet::default();
            let mut v = vec![person.canonical.to_string()];
            seen.insert(&*person.canonical);
            for m in &person.mentions {
                if seen.insert(&*m.text) {
                    v.push(m.text.to_string());
                }
            }
            v
        })
    }
}

/// Whether the quotation's own sentence shows it as the words of a thing written (`The
/// letter read: "…"`, `A sign on the gate says "…"`, `the council's notice states`): a thing
/// written (data/attribution.txt `documents`) opening a noun phrase before the opening mark,
/// not after a preposition that makes it where a person's words were read (`said in a
/// statement`) nor a verb (`will sign`, `to post`). A transcript holds speech, so such words
/// missing from it are no finding. Reads only the sentence before the mark. When a person is
/// credited the thing must be theirs (`Holt's letter read`): in `Holt, who wrote the report,
/// said` the person speaks.
pub(crate) fn written(doc: &Document, q: &Quotation, person: bool) -> bool {
    let w = crate::quotes::words::words();
    let from = crate::quotes::before_start(doc, q);
    let Some(before) = doc.prose.get(from..q.range.start) else {
        return false;
    };
    let toks: Vec<String> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    let owner = |t: &str| t.ends_with("'s") || t.ends_with("’s") || t.ends_with("s'");
    let opener = |t: &str| w.determiners.contains(t) || owner(t);
    toks.iter().enumerate().any(|(i, t)| {
        let noun = w.documents.contains(t.as_str())
            || t.strip_suffix('s').is_some_and(|x| w.documents.contains(x));
        if !noun {
            return false;
        }
        // The phrase's opening: a determiner or an owner, right before it or one word (an
        // adjective: `a handwritten sign`) before; or the sentence's first word.
        if person && !(i > 0 && owner(&toks[i - 1])) {
            return false;
        }
        let open = match i {
            0 => return true,
            _ if opener(&toks[i - 1]) => i - 1,
            _ if i >= 2 && opener(&toks[i - 2]) => i - 2,
            _ => return false,
        };
        // An owner's own determiner (`the council's letter`).
        let open =
            if open > 0 && owner(&toks[open]) && w.determiners.contains(toks[open - 1].as_str()) {
                open - 1
            } else {
                open
            };
        open == 0 || !w.written_in.contains(toks[open - 1].as_str())
    })
}

/// Whether the quotation is one the record should hold: a quotation or a partial one, or a
/// short phrase woven into the writer's sentence that its shape credits to someone
/// (`Lind called the plan "a slow disaster"`; see [`woven`]).
fn checked(q: &Quotation, speaker: Option<&Speaker>) -> bool {
    matches!(q.kind, QuoteKind::Quotation | QuoteKind::Partial)
        || (woven(q) && speaker.is_some_and(|s| *s != Speaker::Unresolved))
}

/// A term or a name in quotation marks (`called the plan "a slow disaster"`), not a quotation
/// the draft sets out as one: only the record's words from the wrong mouth are news about it.
/// Near words or none are the writer's own phrase, not a misquote.
fn woven(q: &Quotation) -> bool {
    matches!(q.kind, QuoteKind::Term | QuoteKind::Title)
}

/// A candidate alignment with its speaker verdict.
struct Cand {
    al: Alignment,
    base: usize,
    verdict: Option<bool>,
    /// Runs over another speaker's interjection into the same speaker's next turn.
    stitched: bool,
    /// Joins the two turns at an ellipsis: where the quotation's second turn starts and the
    /// ellipsis before it, in the draft.
    joined: Option<Range<usize>>,
}

/// Other speakers' turns a quotation may run over (`Mm-hm.`, a short question).
const INTERJECTIONS: u32 = 2;

/// The next turn of the same speaker after turn `t`, with at most [`INTERJECTIONS`] turns of
/// others between, in the same source.
fn next_same(record: &Record, t: u32) -> Option<u32> {
    let turn = &record.turns[t as usize];
    let label = turn.speaker.as_deref()?;
    (t + 2..=t + 1 + INTERJECTIONS).find(|&u| {
        record.turns.get(u as usize).is_some_and(|x| {
            x.source == turn.source
                && x.speaker
                    .as_deref()
                    .is_some_and(|s| super::parse::same_label(s, label))
        })
    })
}

/// A quotation that runs on over another speaker's interjection (the same speaker's words,
/// in order, with only `INTERVIEWER: Mm-hm.` between): aligned with the end of one turn and
/// the start of the speaker's next. Only clean alignments count. An ellipsis that joins the
/// two turns (pieces must come from one turn) is kept as such (`Cand::joined`): the words are
/// the speaker's, put together from two answers.
fn across_turns(q: &[QWord], cands: &[Cand], record: &Record, cells: &mut Cells) -> Vec<Cand> {
    let toks: Vec<(u32, Gap)> = q.iter().map(|w| (w.tok, w.gap)).collect();
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for c in cands.iter().filter(|c| c.al.matched > 0).take(3) {
        let t = record.words[c.base + c.al.start].turn;
        let pairs = [
            (
                t.checked_sub(1 + INTERJECTIONS)
                    .and_then(|_| prev_same(record, t)),
                Some(t),
            ),
            (Some(t), next_same(record, t)),
        ];
        for (a, b) in pairs {
            let (Some(a), Some(b)) = (a, b) else { continue };
            if seen.contains(&(a, b)) {
                continue;
            }
            seen.push((a, b));
            let (ta, tb) = (&record.turns[a as usize], &record.turns[b as usize]);
            let slack = (q.len() + 8) as u32;
            let first = ta.words.end.saturating_sub(slack).max(ta.words.start) as usize
                ..ta.words.end as usize;
            let second = tb.words.start as usize..tb.words.end.min(tb.words.start + slack) as usize;
            let r: Vec<u32> = record.words[first.clone()]
                .iter()
                .chain(&record.words[second.clone()])
                .map(|w| w.tok)
                .collect();
            if !cells.take(q.len(), r.len()) {
                continue;
            }
            let Some(al) = align(&toks, &r) else { continue };
            let split = first.len();
            if al.cost > 0 || al.start >= split || al.end <= split {
                continue;
            }
            // The first quotation word said in the second turn: an ellipsis before it joins them.
            let joined = al.ops.iter().find_map(|op| match *op {
                Op::Match(i, j) if j >= split => Some(i),
                _ => None,
            });
            let joined = joined
                .filter(|&i| i > 0 && q[i].gap == Gap::Ellipsis)
                .map(|i| q[i - 1].word.range.end..q[i].word.range.start);
            // Window indexes past the first turn map onto the second.
            let ops = al
                .ops
                .iter()
                .map(|&op| {
                    let m = |j: usize| {
                        if j < split {
                            j
                        } else {
                            j - split + (second.start - first.start)
                        }
                    };
                    match op {
                        Op::Match(i, j) => Op::Match(i, m(j)),
                        Op::Sub(i, j) => Op::Sub(i, m(j)),
                        Op::Del(j) => Op::Del(m(j)),
                        Op::Skip(j) => Op::Skip(m(j)),
                        Op::Ins(i) => Op::Ins(i),
                    }
                })
                .collect();
            let end = al.end - split + (second.start - first.start);
            out.push(Cand {
                al: Alignment { ops, end, ..al },
                base: first.start,
                verdict: c.verdict,
                stitched: true,
                joined,
            });
        }
    }
    out
}

/// The previous turn of the same speaker before turn `t` (see [`next_same`]).
fn prev_same(record: &Record, t: u32) -> Option<u32> {
    (t.saturating_sub(1 + INTERJECTIONS)..t.saturating_sub(1))
        .rev()
        .find(|&u| next_same(record, u) == Some(t))
}

/// Holds one quotation to the record.
fn match_one(
    doc: &Document,
    q: &Quotation,
    qi: usize,
    people: &People,
    roles: &Roles,
    record: &Record,
    names: &mut NamesOf,
) -> Option<QuoteMatch> {
    let qw = quote_words(doc.text, q.content.clone(), record);
    if qw.len() < 3 || qw.len() > MAX_HELD_WORDS {
        return None;
    }
    let names = credited_names(roles, people, qi, q, names);
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let toks: Vec<(u32, Gap)> = qw.iter().map(|w| (w.tok, w.gap)).collect();
    let mut cands = Vec::new();
    let n = qw.len();
    let mut cells = Cells::for_words(n);
    let mut verdicts: Vec<(&str, Option<bool>)> = Vec::new();
    for p in candidates(&qw, record) {
        let turn = &record.turns[p.turn as usize];
        let mut win = window(turn, p.lo, p.hi, n);
        // Hits spread over a long turn: the window around the rarest hit, if that fits.
        if !cells.take(n, win.len()) {
            win = window(turn, p.anchor, p.anchor + n as u32, n);
            if !cells.take(n, win.len()) {
                continue;
            }
        }
        let r: Vec<u32> = record.words[win.clone()].iter().map(|w| w.tok).collect();
        if let Some(al) = align(&toks, &r) {
            let verdict = match (&turn.speaker, name_refs.is_empty()) {
                (Some(label), false) => {
                    // A few speakers answer in many turns: each label is judged once.
                    match verdicts.iter().find(|(l, _)| *l == label.as_str()) {
                        Some(&(_, v)) => v,
                        None => {
                            let v = label_names(label, &name_refs);
                            verdicts.push((label.as_str(), v));
                            v
                        }
                    }
                }
                _ => None,
            };
            cands.push(Cand {
                al,
                base: win.start,
                verdict,
                stitched: false,
                joined: None,
            });
        }
    }
    // A role stands for its holder: `the mayor (Liv Haugen)`.
    let credited = match people.speakers.get(qi) {
        Some(Speaker::Described(role)) => names.first().map(|n| format!("{role} ({n})")),
        _ => names.first().cloned(),
    };
    let rank = |c: &Cand| match c.verdict {
        Some(true) => 0,
        None => 1,
        Some(false) => 2,
    };
    let mut result = QuoteMatch {
        quotation: qi,
        kind: MatchKind::Unsourced,
        passage: None,
        diffs: Vec::new(),
        wrong_speaker: false,
        credited,
    };
    if !cands.iter().any(|c| c.al.cost == 0) {
        cands.extend(across_turns(&qw, &cands, record, &mut cells));
    }
    let clean = cands
        .iter()
        .filter(|c| c.al.cost == 0)
        .min_by_key(|c| rank(c));
    let near = cands
        .iter()
        .filter(|c| c.al.matched * 10 >= n * 6 && c.al.matched >= 2)
        .min_by_key(|c| (c.al.cost, rank(c)));
    let Some(best) = clean.or(near) else {
        return (!woven(q)).then_some(result);
    };
    if woven(q) && best.al.cost > 0 {
        return None;
    }
    let (a, b) = (
        best.base + best.al.start,
        best.base + best.al.end.max(best.al.start + 1) - 1,
    );
    result.passage = Some(passage(record, a, b));
    result.wrong_speaker =
        best.verdict == Some(false) && !(q.kind != QuoteKind::Quotation && shared(&cands, record));
    if let Some(at) = &best.joined {
        let written = doc.text.get(at.clone()).unwrap_or("").trim();
        let start = at.start
            + doc
                .text
                .get(at.clone())
                .map_or(0, |t| t.len() - t.trim_start().len());
        result.diffs.push(Diff {
            draft: start..start + written.len(),
            written: written.to_string(),
            record: String::new(),
            joins_turns: true,
        });
    }
    if best.al.cost > 0 {
        result.diffs = diffs(doc.text, &qw, &best.al, record, best.base);
        // Words split or joined by a hyphen or a space (`no-body` / `nobody`) are hyphenation.
        result
            .diffs
            .retain(|d| letters(&d.written) != letters(&d.record));
    }
    result.kind = if !result.diffs.is_empty() {
        MatchKind::Misquote
    } else if result.wrong_speaker {
        MatchKind::Misattributed
    } else if best.al.cost > 0 || best.stitched || edited(&qw, &best.al, record, best.base) {
        MatchKind::Edited
    } else {
        MatchKind::Exact
    };
    Some(result)
}

/// Whether the record's words are said cleanly by two speakers, neither the one credited: a
/// phrase woven into a sentence that several people use is common words, no one's to take.
fn shared(cands: &[Cand], record: &Record) -> bool {
    let mut labels = cands
        .iter()
        .filter(|c| c.al.cost == 0 && c.verdict == Some(false))
        .filter_map(|c| {
            let turn = record.words.get(c.base + c.al.start)?.turn;
            record.turns.get(turn as usize)?.speaker.as_deref()
        });
    let Some(first) = labels.next() else {
        return false;
    };
    labels.any(|l| !super::parse::same_label(l, first))
}

/// Holds every quotation of a draft to the record; indexed like `quotes.quotations` (`None`
/// for spans that are not checked: terms, titles, nested quotations, a word or two).
pub fn match_quotes(
    doc: &Document,
    quotes: &Quotes,
    people: &People,
    record: &Record,
) -> Vec<Option<QuoteMatch>> {
    match_all(doc, quotes, people, record, None)
}

/// As [`match_quotes`], keeping each verdict for the next analysis of the draft: a keystroke
/// changes one quotation at most, and the others are held to the record as they were.
pub(crate) fn match_quotes_memo(
    doc: &Document,
    quotes: &Quotes,
    people: &People,
    record: &Record,
    memo: &mut SourcesMemo,
) -> Vec<Option<QuoteMatch>> {
    memo.begin(record);
    match_all(doc, quotes, people, record, Some(memo))
}

fn match_all(
    doc: &Document,
    quotes: &Quotes,
    people: &People,
    record: &Record,
    mut memo: Option<&mut SourcesMemo>,
) -> Vec<Option<QuoteMatch>> {
    let roles = Roles::new(&doc.prose, people);
    let mut names = NamesOf::default();
    quotes
        .quotations
        .iter()
        .enumerate()
        .map(|(i, q)| {
            if !checked(q, people.speakers.get(i)) {
                return None;
            }
            let Some(memo) = memo.as_deref_mut() else {
                return match_one(doc, q, i, people, &roles, record, &mut names);
            };
            // What the verdict is read from: the quotation's words and who it is credited to.
            let credited = credited_names(&roles, people, i, q, &mut names).to_vec();
            let key = MatchKey {
                content: doc.text[q.content.clone()].into(),
                role: match people.speakers.get(i) {
                    Some(Speaker::Described(role)) => Some(role.clone()),
                    _ => None,
                },
                names: credited,
            };
            let base = q.content.start;
            let kept = match memo.kept.get(&key) {
                Some(kept) => Some(kept.clone()),
                None => memo
                    .kept
                    .take(&key)
                    .inspect(|v| memo.kept.keep(key.clone(), v.clone())),
            };
            let relative = kept.unwrap_or_else(|| {
                let found = match_one(doc, q, i, people, &roles, record, &mut names);
                let relative = found.map(|mut m| {
                    for d in &mut m.diffs {
                        d.draft = d.draft.start - base..d.draft.end - base;
                    }
                    m
                });
                memo.kept.keep(key, relative.clone());
                relative
            });
            relative.map(|mut m| {
                m.quotation = i;
                for d in &mut m.diffs {
                    d.draft = d.draft.start + base..d.draft.end + base;
                }
                m
            })
        })
        .collect()
}

/// What a quotation's verdict is read from, besides the record: its text (the words and the
/// marks of omission), the role it is credited to, and the names of the person credited.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct MatchKey {
    content: Box<str>,
    role: Option<String>,
    names: Vec<String>,
}

/// Verdicts kept between analyses of one draft, by what they are read from (diffs placed from
/// the quotation's start); another record empties it.
#[derive(Debug, Default)]
pub(crate) struct SourcesMemo {
    record: u64,
    kept: crate::memo::Kept<MatchKey, Option<QuoteMatch>>,
}

impl SourcesMemo {
    /// Starts an analysis against `record`.
    fn begin(&mut self, record: &Record) {
        if self.record != record.id {
            *self = SourcesMemo {
                record: record.id,
                ..SourcesMemo::default()
            };
        }
        self.kept.begin();
    }
}
