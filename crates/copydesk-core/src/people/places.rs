//! Places and organisations written two ways in one draft (`Kyiv` / `Kiev`).

use super::Spelling;
use crate::document::Document;

/// Spellings of places and organisations that differ from their first (or house) form.
pub fn variants(_doc: &Document, _house: &[&str]) -> Vec<Spelling> {
    Vec::new()
}
