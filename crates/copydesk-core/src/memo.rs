//! What one analysis of a draft keeps for the next: the per-block results of the scanning
//! stages, cached by the block's content, so that a keystroke re-scans only the paragraph it
//! touched. The document-wide stages (people, title conventions, quotation chains) are always
//! rebuilt from the cached pieces, so a memoised analysis equals a fresh one
//! (`tests/incremental.rs` checks this after random edit sequences).

use crate::document::Parsed;
use crate::people::memo::PeopleMemo;
use crate::quotes::QuotesMemo;
use crate::titles::memo::TitlesMemo;
use crate::Config;

/// The cache one open draft carries from one analysis to the next (the language server keeps
/// one per document; the command line, which analyses each draft once, uses none).
#[derive(Debug, Default)]
pub struct Memo {
    /// Made for one analysis only (see [`Memo::once`]): nothing is kept for a next one.
    pub(crate) once: bool,
    /// The config the cached results were computed under; a change of config empties the cache.
    config: Option<Config>,
    /// The title stage's cache (`titles/memo.rs`).
    pub(crate) titles: TitlesMemo,
    /// The people stage's cache (`people/memo.rs`).
    pub(crate) people: PeopleMemo,
    /// The quotation stage's cache (`quotes/memo.rs`).
    pub(crate) quotes: QuotesMemo,
    /// The last parse of the draft (`document/edit.rs`).
    pub(crate) parsed: Option<Parsed>,
}

impl Memo {
    /// An empty cache.
    pub fn new() -> Memo {
        Memo::default()
    }

    /// A cache for a single analysis (the command line's): the stages that cache what they
    /// found only to reuse it next time skip keeping it.
    pub(crate) fn once() -> Memo {
        Memo {
            once: true,
            ..Memo::default()
        }
    }

    /// Readies the cache for an analysis under `config`, forgetting everything computed under
    /// another one.
    pub(crate) fn begin(&mut self, config: &Config) {
        if self.config.as_ref() != Some(config) {
            *self = Memo {
                once: self.once,
                config: Some(config.clone()),
                ..Memo::default()
            };
        }
    }

    /// Forgets what no block of the last analysis used, so the cache stays the size of the
    /// draft however long the edit session.
    pub(crate) fn finish(&mut self) {}
}
