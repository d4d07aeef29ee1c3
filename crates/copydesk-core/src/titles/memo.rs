//! The title stage's per-block cache (see `crate::memo`): the scan of each block, kept by what
//! the scan reads (the block's text, whether it is a heading, where its sentences start), so a
//! keystroke re-scans only the block it touched. The draft-wide facts (block indices, first
//! mentions) are put together again from the scans on every analysis (`find.rs`).

use super::find::{scan_block, BlockScan};
use crate::memo::{swap_out, FEW_UNUSED};
use rustc_hash::FxHashMap;
use std::hash::BuildHasher;
use std::sync::Arc;

/// One block's scan and what it was made from.
#[derive(Debug)]
struct Entry {
    text: Box<str>,
    /// The hash of `text`, where [`TitlesMemo::index`] files it.
    hash: u64,
    heading: bool,
    /// Where the block's sentences start, from the block's start.
    starts: Vec<usize>,
    scan: Arc<BlockScan>,
    /// The analysis that last used it.
    used: u64,
}

impl Entry {
    fn is(&self, text: &str, heading: bool, starts: impl Iterator<Item = usize>) -> bool {
        self.heading == heading && self.starts.iter().copied().eq(starts) && *self.text == *text
    }
}

/// Title scans of blocks, kept between analyses of one draft.
#[derive(Debug, Default)]
pub struct TitlesMemo {
    /// The scans (a text may be a heading once and a paragraph elsewhere).
    entries: Vec<Entry>,
    /// Hash of a block's text -> entries with that hash.
    index: FxHashMap<u64, Vec<usize>>,
    /// The entry each block of the last analysis had: a keystroke leaves almost every block
    /// where it was, so most are found there without hashing their text.
    last: Vec<usize>,
    /// This analysis's so far.
    now: Vec<usize>,
    /// The current analysis.
    generation: u64,
    /// The parse `last` was made from (see `Document::unchanged`).
    pub(super) seen: u64,
}

impl TitlesMemo {
    /// Starts an analysis.
    pub(super) fn begin(&mut self) {
        self.generation += 1;
        self.now.clear();
    }

    /// The scan of the next block's text, from the cache or made now.
    pub(super) fn scan(
        &mut self,
        text: &str,
        heading: bool,
        starts: impl Iterator<Item = usize> + Clone,
        kept: bool,
    ) -> Arc<BlockScan> {
        let generation = self.generation;
        // A block the parse kept as it was (`kept`) has the entry it had: not read again.
        let at = self
            .last
            .get(self.now.len())
            .copied()
            .filter(|&i| kept || self.entries[i].is(text, heading, starts.clone()));
        let i = match at {
            Some(i) => i,
            None => {
                let hash = rustc_hash::FxBuildHasher.hash_one(text);
                let bucket = self.index.entry(hash).or_default();
                match bucket
                    .iter()
                    .copied()
                    .find(|&i| self.entries[i].is(text, heading, starts.clone()))
                {
                    Some(i) => i,
                    None => {
                        let starts: Vec<usize> = starts.collect();
                        let scan = Arc::new(scan_block(text, heading, &starts));
                        bucket.push(self.entries.len());
                        self.entries.push(Entry {
                            text: text.into(),
                            hash,
                            heading,
                            starts,
                            scan,
                            used: generation,
                        });
                        self.entries.len() - 1
                    }
                }
            }
        };
        self.entries[i].used = generation;
        self.now.push(i);
        Arc::clone(&self.entries[i].scan)
    }

    /// Forgets the scans the current analysis did not use, so the cache stays the size of the
    /// draft however long the edit session.
    pub(super) fn evict(&mut self) {
        let generation = self.generation;
        std::mem::swap(&mut self.last, &mut self.now);
        let unused: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.entries[i].used != generation)
            .collect();
        if unused.is_empty() {
            return;
        }
        // A keystroke leaves one or two scans unused: each is taken out where it stands, rather
        // than the whole index built again.
        if unused.len() <= FEW_UNUSED {
            for &i in unused.iter().rev() {
                self.remove(i);
            }
            return;
        }
        // Where each kept entry moves to.
        let mut moved = Vec::with_capacity(self.entries.len());
        let mut kept = 0;
        for e in &self.entries {
            moved.push(kept);
            kept += usize::from(e.used == generation);
        }
        for i in &mut self.last {
            *i = moved[*i];
        }
        self.entries.retain(|e| e.used == generation);
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.index.entry(e.hash).or_default().push(i);
        }
    }

    /// Forgets entry `i`, which no block of the current analysis uses (see [`swap_out`]).
    fn remove(&mut self, i: usize) {
        if let Some(moved) = swap_out(&mut self.entries, &mut self.index, |e| e.hash, i) {
            for j in self.last.iter_mut().filter(|j| **j == moved) {
                *j = i;
            }
        }
    }

    /// How many block scans are kept (for tests).
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocKind, Document};
    use crate::titles::find_memo;

    fn titles(text: &str, memo: &mut TitlesMemo) -> Vec<String> {
        let doc = Document::parse(text, DocKind::Markdown);
        find_memo(&doc, memo)
            .iter()
            .map(|u| {
                format!(
                    "{} {:?} {}",
                    &text[u.range.clone()],
                    u.position,
                    u.first_mention
                )
            })
            .collect()
    }

    #[test]
    fn only_the_blocks_of_the_last_draft_are_kept() {
        let mut memo = TitlesMemo::default();
        titles(
            "Mr Lee spoke.\n\nGov. Ann Ray left.\n\n# President Bo Park\n",
            &mut memo,
        );
        assert_eq!(memo.len(), 3);
        titles("Mr Lee spoke.\n\nDr Kim stayed.\n", &mut memo);
        assert_eq!(memo.len(), 2);
        titles("", &mut memo);
        assert_eq!(memo.len(), 0);
    }

    #[test]
    fn a_repeated_block_is_kept_once_and_its_kinds_apart() {
        let mut memo = TitlesMemo::default();
        let text = "President Bo Park\n\nPresident Bo Park\n\n# President Bo Park\n";
        let found = titles(text, &mut memo);
        assert_eq!(memo.len(), 2, "one paragraph scan, one heading scan");
        assert_eq!(
            found,
            vec![
                "President Before true",
                "President Before false",
                "President Before false"
            ]
        );
        assert_eq!(titles(text, &mut memo), found);
    }

    #[test]
    fn memoised_equals_fresh_after_edits() {
        let mut memo = TitlesMemo::default();
        let drafts = [
            "Mr Lee met Ann Lee.\n\nAnn Lee met Mr Lee.\n",
            "Mr Lee met Ann Lee.\n\nAnn Kay met Mr Lee.\n",
            "Ann Lee met Ann Lee.\n\nAnn Kay met Mr Lee.\n",
            "Ann Lee met Ann Lee. Mr Lee left.\n",
        ];
        for d in drafts {
            assert_eq!(titles(d, &mut memo), titles(d, &mut TitlesMemo::default()));
        }
    }

    /// One paragraph typed into at a time: its old scan is taken out alone, and the scans kept
    /// are still found, by place and by text, after the entries moved.
    #[test]
    fn scans_taken_out_one_at_a_time_leave_the_rest_found() {
        let mut memo = TitlesMemo::default();
        let mut paras: Vec<String> = (0..12)
            .map(|i| format!("Gov. Rhea Vance{i} spoke to Mr Tolland."))
            .collect();
        for step in 0..40 {
            let k = (step * 7) % paras.len();
            paras[k].push_str(" Dr Imre Sallai agreed.");
            if step % 5 == 0 {
                paras.swap(k, (k + 3) % 12);
            }
            let d = paras.join("\n\n");
            assert_eq!(
                titles(&d, &mut memo),
                titles(&d, &mut TitlesMemo::default())
            );
            let distinct: std::collections::HashSet<&String> = paras.iter().collect();
            assert_eq!(memo.len(), distinct.len(), "step {step}");
            let filed: usize = memo.index.values().map(Vec::len).sum();
            assert_eq!(filed, memo.len(), "step {step}");
            for (h, bucket) in &memo.index {
                assert!(bucket.iter().all(|&i| memo.entries[i].hash == *h));
            }
        }
    }
}
