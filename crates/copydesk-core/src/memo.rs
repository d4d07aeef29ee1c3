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
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Borrow;
use std::hash::Hash;

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
    /// What this analysis replaced in the cache (see [`Litter`]).
    pub(crate) litter: Litter,
    /// The rules' own cache (see [`RulesMemo`]).
    pub(crate) rules: RulesMemo,
    /// The quotations' verdicts against the record (`sources/quotes.rs`).
    pub(crate) sources: crate::sources::SourcesMemo,
}

/// What the rules work out from a stretch of text alone, kept by that text for the next
/// analysis of the draft: a keystroke changes one paragraph, and the rest is read again.
#[derive(Debug, Default)]
pub(crate) struct RulesMemo {
    /// Where a quotation never closed ends before its attribution (see
    /// `rules::Context::before_attribution`), by the text it was read from.
    pub closing: std::sync::Mutex<Kept<Box<[u8]>, Closing>>,
    /// Whether words left open end on their own attribution (see
    /// `rules::Context::ends_on_attribution`), by the words.
    pub credited: std::sync::Mutex<Kept<Box<[u8]>, bool>>,
}

/// Where a quotation never closed ends before its attribution, from where it opens, and
/// whether that is certain (`None`: no attribution follows).
pub(crate) type Closing = Option<(usize, bool)>;

impl RulesMemo {
    /// Starts an analysis (see [`Kept::begin`]).
    fn begin(&mut self) {
        self.closing
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .begin();
        self.credited
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .begin();
    }
}

/// What one analysis replaced in the cache, dropped by whoever holds it once the findings are
/// out: a long draft's people and speakers take a millisecond to free, and the language server
/// frees them after publishing rather than before. An analysis drops what the last one left,
/// should nobody have taken it.
#[derive(Default)]
pub struct Litter(Vec<Box<dyn std::any::Any + Send + Sync>>);

impl Litter {
    /// Keeps `thing` to be dropped later.
    pub(crate) fn push<T: Send + Sync + 'static>(&mut self, thing: T) {
        self.0.push(Box::new(thing));
    }

    /// How many things it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Litter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Litter({} things)", self.0.len())
    }
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

    /// Does ahead, between keystrokes, work the next keystroke would otherwise do on its path:
    /// a caller that analyses the draft again calls it once the findings are out. Results do
    /// not depend on it; it holds a copy of the draft's people, worth it in a long draft only.
    pub fn prepare(&mut self) {
        self.people.prepare();
    }

    /// What the last analysis replaced in the cache, to drop at leisure (see [`Litter`]).
    pub fn take_litter(&mut self) -> Litter {
        std::mem::take(&mut self.litter)
    }

    /// Readies the cache for an analysis under `config`, forgetting everything computed under
    /// another one.
    pub(crate) fn begin(&mut self, config: &Config) {
        self.litter = Litter::default();
        self.rules.begin();
        if self.config.as_ref() != Some(config) {
            *self = Memo {
                once: self.once,
                config: Some(config.clone()),
                ..Memo::default()
            };
        }
    }
}

/// Entries one analysis computed, kept for the next of the same draft: an entry the next
/// analysis does not ask for is forgotten when the one after it begins, so a cache of them
/// stays the size of the draft however long the edit session.
#[derive(Debug)]
pub(crate) struct Kept<K, V> {
    /// This analysis's entries.
    now: HashMap<K, V>,
    /// The last analysis's entries not asked for yet.
    before: HashMap<K, V>,
}

impl<K, V> Default for Kept<K, V> {
    fn default() -> Self {
        Kept {
            now: HashMap::default(),
            before: HashMap::default(),
        }
    }
}

impl<K: Hash + Eq, V> Kept<K, V> {
    /// Starts an analysis: what the last one did not ask for is forgotten.
    pub fn begin(&mut self) {
        self.before = std::mem::take(&mut self.now);
    }

    /// [`Kept::begin`], what is forgotten given back to be freed off the keystroke's path
    /// (thousands of entries that decisions taken from the last fold no longer ask for), and
    /// this analysis's table made at the last one's size.
    pub fn begin_apart(&mut self) -> HashMap<K, V> {
        let size = HashMap::with_capacity_and_hasher(self.now.len(), Default::default());
        std::mem::replace(&mut self.before, std::mem::replace(&mut self.now, size))
    }

    /// This analysis's entry for `key`, if it has one yet.
    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.now.get(key)
    }

    /// The last analysis's entry for `key`, taken out (give it back with [`Kept::keep`]).
    pub fn take<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.before.remove(key)
    }

    /// Keeps `value` as this analysis's entry for `key`.
    pub fn keep(&mut self, key: K, value: V) {
        self.now.insert(key, value);
    }

    /// This analysis's entry for `key`: the last analysis's if it had one, else made now.
    pub fn get_or_make<Q>(&mut self, key: &Q, make: impl FnOnce() -> V) -> &V
    where
        K: Borrow<Q> + for<'q> From<&'q Q>,
        Q: Hash + Eq + ?Sized,
    {
        if !self.now.contains_key(key) {
            let value = self.take(key).unwrap_or_else(make);
            self.keep(K::from(key), value);
        }
        &self.now[key]
    }
}

/// The most entries left unused by one analysis that a block cache takes out one by one (see
/// [`swap_out`]); more are swept out together and the index built again.
pub(crate) const FEW_UNUSED: usize = 8;

/// Takes entry `i` out of a block cache's `list` and its `index` (hash of an entry's key ->
/// its places in `list`): the last entry takes its place, which the index follows. Returns
/// where that entry stood, so that the caller's own references to it follow too (`None` when
/// `i` was the last). A keystroke leaves one or two entries unused: taking them out so is
/// cheaper than building the index again. Entries are unique by key, so order says nothing.
pub(crate) fn swap_out<T>(
    list: &mut Vec<T>,
    index: &mut HashMap<u64, Vec<usize>>,
    hash: impl Fn(&T) -> u64,
    i: usize,
) -> Option<usize> {
    let h = hash(&list[i]);
    if let Some(bucket) = index.get_mut(&h) {
        bucket.retain(|&j| j != i);
        if bucket.is_empty() {
            index.remove(&h);
        }
    }
    let moved = list.len() - 1;
    list.swap_remove(i);
    if i == moved {
        return None;
    }
    if let Some(bucket) = index.get_mut(&hash(&list[i])) {
        for j in bucket.iter_mut().filter(|j| **j == moved) {
            *j = i;
        }
    }
    Some(moved)
}
