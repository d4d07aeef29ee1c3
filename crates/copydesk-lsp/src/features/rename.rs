//! Rename a person: every mention, every spelling; how each mention is rewritten is the
//! engine's answer (`copydesk_core::people::renamed_mention`).

use super::{edit_of, person_at};
use crate::snapshot::Snapshot;
use copydesk_core::people::renamed_mention;
use tower_lsp_server::ls_types::{Range, TextEdit, WorkspaceEdit};

/// The mention under the cursor and the person's canonical name, for `prepareRename`.
pub fn prepare_rename(snap: &Snapshot, offset: usize) -> Option<(Range, String)> {
    let (_, person) = person_at(snap, offset)?;
    let m = person
        .mentions
        .iter()
        .find(|m| m.range.start <= offset && offset <= m.range.end)?;
    Some((
        snap.range(m.range.start, m.range.end),
        person.canonical.to_string(),
    ))
}

/// Renames the person at `offset` everywhere in the draft, every spelling included.
pub fn rename(snap: &Snapshot, offset: usize, new_name: &str) -> Option<WorkspaceEdit> {
    let (_, person) = person_at(snap, offset)?;
    let edits: Vec<TextEdit> = person
        .mentions
        .iter()
        .map(|m| {
            let written = snap.text().get(m.range.clone()).unwrap_or(&m.text);
            TextEdit::new(
                snap.range(m.range.start, m.range.end),
                renamed_mention(written, person, new_name),
            )
        })
        .collect();
    Some(edit_of(&snap.uri, edits))
}
