//! The fact-checker's ledger: every direct quotation, who said it as the engine resolved it (or
//! "unattributed"), and where. `copydesk quotes` prints it; the browser playground shows it.

use crate::position::LineIndex;
use crate::quotes::{Attribution, QuoteKind};
use crate::Analysis;
use serde::Serialize;

/// Shown when the engine found an attribution but not a named speaker.
pub const UNRESOLVED: &str = "unresolved";
/// Shown when nothing attributes the quotation.
pub const UNATTRIBUTED: &str = "unattributed";

/// One quotation in the ledger.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The draft.
    pub path: String,
    /// 1-based line of the opening mark.
    pub line: usize,
    /// 1-based column of the opening mark.
    pub column: usize,
    /// The speaker's name, `unresolved` or `unattributed`.
    pub speaker: String,
    /// How it is attributed: `cue`, `colon`, `running`, `colon-paragraph`, `context` or `none`.
    pub attribution: &'static str,
    /// The quotation, marks included, on one line.
    pub quote: String,
    /// Byte offset of the opening mark in the file.
    pub byte_start: usize,
    /// Byte offset after the closing mark (exclusive).
    pub byte_end: usize,
    /// The passage of the record (`file:line`, or the file and cue time for captions); none
    /// without `[sources]` or when nothing matches.
    pub source: Option<String>,
    /// How it stands against the record: `exact`, `edited`, `misquote`, `misattributed`,
    /// `unsourced` (none without `[sources]`).
    #[serde(rename = "match")]
    pub matched: Option<&'static str>,
}

/// The ledger's word for how a quotation is attributed.
pub fn how(a: &Attribution) -> &'static str {
    match a {
        Attribution::Cue { .. } => "cue",
        Attribution::Colon => "colon",
        Attribution::Running => "running",
        Attribution::ColonParagraph => "colon-paragraph",
        Attribution::Context { .. } => "context",
        Attribution::None => "none",
        Attribution::NotChecked => "not-checked",
    }
}

/// The ledger entries of an analysed draft; `shift` bytes (a byte-order mark) are added to the
/// byte offsets.
pub fn entries(path: &str, text: &str, shift: usize, analysis: &Analysis) -> Vec<Entry> {
    let index = LineIndex::new(text);
    analysis
        .quotes
        .quotations
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Quotation)
        .map(|(i, q)| {
            let (line, column) = index.line_col(q.range.start);
            let speaker = match analysis.people.speaker_name(i) {
                Some(name) => name,
                None if q.attribution == Attribution::None => UNATTRIBUTED.into(),
                None => UNRESOLVED.into(),
            };
            let quote = text
                .get(q.range.clone())
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let m = analysis.matches.get(i).and_then(Option::as_ref);
            Entry {
                source: m.and_then(|m| m.passage.as_ref()).map(|p| p.short_place()),
                matched: m.map(|m| m.kind.as_str()),
                path: path.to_string(),
                line,
                column,
                speaker,
                attribution: how(&q.attribution),
                quote,
                byte_start: q.range.start + shift,
                byte_end: q.range.end + shift,
            }
        })
        .collect()
}
