//! References and highlights: every mention of the person under the cursor.

use super::person_at;
use crate::snapshot::Snapshot;
use tower_lsp_server::ls_types::{DocumentHighlight, DocumentHighlightKind, Location};

/// Every mention of the person at `offset`.
pub fn references(snap: &Snapshot, offset: usize, include_first: bool) -> Option<Vec<Location>> {
    let (_, person) = person_at(snap, offset)?;
    Some(
        person
            .mentions
            .iter()
            .skip(usize::from(!include_first))
            .map(|m| Location::new(snap.uri.clone(), snap.range(m.range.start, m.range.end)))
            .collect(),
    )
}

/// Highlights of every mention of the person at `offset`.
pub fn highlights(snap: &Snapshot, offset: usize) -> Option<Vec<DocumentHighlight>> {
    let (_, person) = person_at(snap, offset)?;
    Some(
        person
            .mentions
            .iter()
            .map(|m| DocumentHighlight {
                range: snap.range(m.range.start, m.range.end),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect(),
    )
}
