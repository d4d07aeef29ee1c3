//! Go to definition on a quotation: its passage of the record, in the transcript.

use super::passage::{matched_at, source_location};
use crate::snapshot::Snapshot;
use tower_lsp_server::ls_types::GotoDefinitionResponse;

/// The passage of the record behind the quotation at `offset`, if the record has one.
pub fn definition(snap: &Snapshot, offset: usize) -> Option<GotoDefinitionResponse> {
    let m = matched_at(snap, offset)?;
    let place = m.passage.as_ref()?.to_place();
    source_location(snap, &place).map(GotoDefinitionResponse::Scalar)
}
