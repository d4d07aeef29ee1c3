//! A quotation's passage of the record (`[sources]`): the hover card (speaker, place, words,
//! verdict) and the passage's location in its transcript, in the negotiated encoding.

use crate::position::Encoding;
use crate::snapshot::Snapshot;
use copydesk_core::sources::MatchKind;
use copydesk_core::SourcePlace;
use tower_lsp_server::ls_types::{Location, Position, Range, Uri};

/// The match of the quotation whose marks enclose `offset` (the innermost), if it was held to
/// the record.
pub(crate) fn matched_at(snap: &Snapshot, offset: usize) -> Option<&copydesk_core::QuoteMatch> {
    let qs = &snap.analysis.quotes.quotations;
    snap.analysis.matches.iter().flatten().rfind(|m| {
        qs.get(m.quotation)
            .is_some_and(|q| q.range.start <= offset && offset < q.range.end)
    })
}

/// The Markdown lines a quotation's hover gains from the record, if it was held to one.
pub fn passage_card(snap: &Snapshot, quotation: usize) -> Option<String> {
    let m = snap.analysis.matches.get(quotation)?.as_ref()?;
    let verdict = match m.kind {
        MatchKind::Exact => "the record's words",
        MatchKind::Edited => "the record's words, edited as the conventions allow",
        MatchKind::Misquote => "not the record's words (misquote)",
        MatchKind::Misattributed => "the record's words, said by someone else",
        MatchKind::Unsourced => "no passage of the record matches",
    };
    let Some(p) = &m.passage else {
        return Some(format!("**Record**: {verdict} ({}).", m.kind.as_str()));
    };
    let file = std::path::Path::new(&p.source)
        .file_name()
        .map_or(p.source.clone(), |f| f.to_string_lossy().into_owned());
    let at = match p.cue {
        Some((start, end)) => format!(
            "{file}:{}, {}–{}",
            p.line,
            copydesk_core::sources::format_time(start),
            copydesk_core::sources::format_time(end)
        ),
        None => format!("{file}:{}", p.line),
    };
    Some(format!(
        "**Record** ({}): {verdict}\n\n**{}**, {at}:\n\n> {}",
        m.kind.as_str(),
        p.speaker_or_unnamed(),
        p.text
    ))
}

/// The LSP column of a 1-based column (Unicode scalar values) on a line of text.
fn column(line: &str, col: usize, enc: Encoding) -> u32 {
    let prefix = line.chars().take(col.saturating_sub(1));
    let n: usize = match enc {
        Encoding::Utf8 => prefix.map(char::len_utf8).sum(),
        Encoding::Utf16 => prefix.map(char::len_utf16).sum(),
    };
    n as u32
}

/// Where a passage of the record is, as an LSP location in its transcript.
pub fn source_location(snap: &Snapshot, place: &SourcePlace) -> Option<Location> {
    let record = snap.record.as_ref()?;
    let uri = Uri::from_file_path(&place.path)?;
    let pos = |line: usize, col: usize| -> Option<Position> {
        let text = record.line_text(&place.path, line)?;
        Some(Position::new(
            line.checked_sub(1)? as u32,
            column(text, col, snap.enc),
        ))
    };
    Some(Location::new(
        uri,
        Range::new(
            pos(place.line, place.column)?,
            pos(place.end_line, place.end_column)?,
        ),
    ))
}
