//! The record: transcripts and statements that quotations are held to. The caller reads the
//! files and passes their texts in; they are parsed into turns of one speaker
//! ([`parse`]), their words normalised ([`words`]) and indexed once by word pairs, so each
//! quotation looks up its candidate passages instead of scanning the record ([`Record::build`]).
//! Each quotation is then aligned with its candidates ([`align`], [`quotes`]).

mod align;
pub mod parse;
mod quotes;
mod words;

pub use parse::Format;
pub use quotes::{match_quotes, Diff, MatchKind, Passage, QuoteMatch};
pub(crate) use quotes::{match_quotes_memo, written, SourcesMemo};
pub(crate) use words::is_ordinal;

use std::collections::HashMap;
use std::ops::Range;

/// One source of the record as the caller read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// Its name in reports and locations (a path).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// A source that could not be used: its name, the 1-based line and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The source's name.
    pub name: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.name, self.line, self.message)
    }
}

/// A word id meaning "not in the record": never equal to anything.
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// One word of the record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RecWord {
    pub tok: u32,
    pub start: u32,
    pub end: u32,
    pub turn: u32,
    /// Index into `Record::cues`, or `u32::MAX`.
    pub cue: u32,
    pub filler_before: bool,
    pub styled: bool,
}

/// What one speaker said before another spoke, in one source.
#[derive(Debug, Clone)]
pub(crate) struct Turn {
    pub source: u32,
    pub speaker: Option<String>,
    /// Range into `Record::words`.
    pub words: Range<u32>,
}

/// One source kept for display: its name, text and line starts.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub name: String,
    pub text: String,
    pub line_starts: Vec<usize>,
}

impl Source {
    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// 1-based column (Unicode scalar values) of a byte offset.
    pub fn column(&self, offset: usize) -> usize {
        let start = self.line_starts[self.line(offset).max(1) - 1];
        self.text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1)
    }
}

/// The record, indexed: every source's words in order, their turns, and a sorted index of
/// consecutive word pairs (within a turn) for looking passages up.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// Told apart from every other record built in this process: verdicts kept between
    /// analyses (`quotes::SourcesMemo`) are for one record.
    pub(crate) id: u64,
    pub(crate) sources: Vec<Source>,
    pub(crate) words: Vec<RecWord>,
    pub(crate) turns: Vec<Turn>,
    pub(crate) cues: Vec<(u32, u32)>,
    pub(crate) vocab: HashMap<String, u32>,
    /// (pair key, turn, position of the pair's first word), sorted.
    pub(crate) pairs: Vec<(u64, u32, u32)>,
}

/// The index key of two consecutive word ids.
pub(crate) fn pair_key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

impl Record {
    /// Parses and indexes the sources. A malformed source is left out and reported; the others
    /// still count.
    pub fn build(sources: &[SourceText]) -> (Record, Vec<SourceError>) {
        static BUILT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut record = Record {
            id: BUILT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ..Record::default()
        };
        let mut errors = Vec::new();
        for s in sources {
            match parse::parse(&s.text, Format::from_name(&s.name)) {
                Ok(turns) => record.add(s, turns),
                Err(e) => errors.push(SourceError {
                    name: s.name.clone(),
                    line: e.line,
                    message: e.message,
                }),
            }
        }
        record.pairs.sort_unstable();
        (record, errors)
    }

    fn add(&mut self, s: &SourceText, turns: Vec<parse::RawTurn>) {
        let source = self.sources.len() as u32;
        let line_starts = std::iter::once(0)
            .chain(s.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        for t in turns {
            let turn = self.turns.len() as u32;
            let first = self.words.len() as u32;
            for span in &t.spans {
                let cue = match span.cue {
                    Some(c) => {
                        if self.cues.last() != Some(&c) {
                            self.cues.push(c);
                        }
                        (self.cues.len() - 1) as u32
                    }
                    None => u32::MAX,
                };
                for w in words::words(&s.text, span.range.clone()) {
                    let next = self.vocab.len() as u32;
                    let tok = *self.vocab.entry(w.norm).or_insert(next);
                    let at = self.words.len() as u32;
                    if at > first {
                        let prev = self.words[at as usize - 1].tok;
                        self.pairs.push((pair_key(prev, tok), turn, at - 1));
                    }
                    self.words.push(RecWord {
                        tok,
                        start: w.range.start as u32,
                        end: w.range.end as u32,
                        turn,
                        cue,
                        filler_before: w.filler_before,
                        styled: w.styled,
                    });
                }
            }
            let end = self.words.len() as u32;
            if end > first {
                self.turns.push(Turn {
                    source,
                    speaker: t.speaker,
                    words: first..end,
                });
            }
        }
        self.sources.push(Source {
            name: s.name.clone(),
            text: s.text.clone(),
            line_starts,
        });
    }

    /// How many words the record holds.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The names of the sources that were read, in order.
    pub fn source_names(&self) -> impl Iterator<Item = &str> {
        self.sources.iter().map(|s| s.name.as_str())
    }

    /// The text of a source by name (for an editor opening the passage).
    pub fn source_text(&self, name: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| s.name == name)
            .map(|s| s.text.as_str())
    }

    /// The text of 1-based line `line` of a source (for an editor placing a passage).
    pub fn line_text(&self, name: &str, line: usize) -> Option<&str> {
        let s = self.sources.iter().find(|s| s.name == name)?;
        let start = *s.line_starts.get(line.checked_sub(1)?)?;
        let end = s.line_starts.get(line).map_or(s.text.len(), |&e| e);
        s.text.get(start..end)
    }

    /// The word id of a normalised word, or [`UNKNOWN`].
    pub(crate) fn tok(&self, norm: &str) -> u32 {
        self.vocab.get(norm).copied().unwrap_or(UNKNOWN)
    }

    /// Positions of the record where the pair `a b` starts.
    pub(crate) fn pair_positions(&self, a: u32, b: u32) -> &[(u64, u32, u32)] {
        let key = pair_key(a, b);
        let lo = self.pairs.partition_point(|p| p.0 < key);
        let hi = self.pairs.partition_point(|p| p.0 <= key);
        &self.pairs[lo..hi]
    }
}

/// `mm:ss` or `h:mm:ss` for a cue time in milliseconds.
pub fn format_time(ms: u32) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_source_is_reported_and_the_others_count() {
        let (record, errors) = Record::build(&[
            SourceText {
                name: "a.txt".into(),
                text: "DIANA FELL: We open in May.\n".into(),
            },
            SourceText {
                name: "b.vtt".into(),
                text: "WEBVTT\n\n00:01.000 -> 00:02.000\nHi\n".into(),
            },
        ]);
        assert_eq!(record.word_count(), 4);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string().split(':').take(2).collect::<Vec<_>>(),
            ["b.vtt", "3"]
        );
        assert_eq!(format_time(83_500), "01:23");
        assert_eq!(format_time(3_723_000), "1:02:03");
    }
}
