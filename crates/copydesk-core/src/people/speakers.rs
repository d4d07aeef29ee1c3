//! Who said each quotation.

use super::cands::Cand;
use super::scan::Tok;
use super::{People, Speaker};
use crate::document::Document;
use crate::quotes::Quotes;

/// The speaker of every quotation, indexed like `quotes.quotations`.
pub fn resolve(
    _doc: &Document,
    quotes: &Quotes,
    _toks: &[Tok],
    _cands: &[Cand],
    _owner: &[Option<usize>],
    _people: &People,
) -> Vec<Speaker> {
    vec![Speaker::Unresolved; quotes.quotations.len()]
}
