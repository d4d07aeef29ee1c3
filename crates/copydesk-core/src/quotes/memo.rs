//! The quotation stage's per-block cache (see `crate::memo`): what a block's own text decides
//! about its quotations (their kinds, the attribution their own sentences give, the block's
//! speech cue), keyed by everything those decisions read, with offsets from the block's start,
//! and each block's pairing of its marks, keyed by its prose (`marks.rs`). Everything that
//! crosses blocks (running quotations, the paragraph before, a credit line below) is done again
//! on every analysis.

use super::attribution::{self, CueCache};
use super::{classify, marks, Attribution, QuoteKind, Quotes};
use crate::config::QuoteConfig;
use crate::cues::Cues;
use crate::document::{BlockKind, Document};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::hash::BuildHasher;
use std::ops::Range;

/// Blocks' quotation decisions, kept between analyses of one draft.
#[derive(Debug, Default)]
pub struct QuotesMemo {
    /// Each run of quotations (one per block) by everything its decisions read.
    runs: Placed<Vec<u8>, Local>,
    /// Each block's pairing of its marks, by its prose.
    marks: Placed<Box<[u8]>, marks::BlockMarks>,
    /// The parse the entries were kept from (see `Document::unchanged`).
    seen: u64,
}

/// Values kept from one analysis to the next by their key, in the order they were asked for:
/// one is looked for first where it stood, so a draft whose blocks stayed in place is never
/// hashed; after a second miss (a block added or removed), by the key's hash.
#[derive(Debug)]
pub(super) struct Placed<K, V> {
    /// The last analysis's entries, in order; taken out as they are used.
    last: Vec<Option<(K, V)>>,
    /// This analysis's.
    now: Vec<Option<(K, V)>>,
    /// The last analysis's entries by the hash of their keys: made only once two entries were
    /// not found where they stood (one paragraph typed in never needs it).
    index: Option<FxHashMap<u64, Vec<usize>>>,
    /// How many entries were not found where they stood.
    missed: usize,
}

impl<K, V> Default for Placed<K, V> {
    fn default() -> Self {
        Placed {
            last: Vec::new(),
            now: Vec::new(),
            index: None,
            missed: 0,
        }
    }
}

impl<K: AsRef<[u8]>, V> Placed<K, V> {
    /// Starts an analysis: what the last one did not take is forgotten.
    pub(super) fn begin(&mut self) {
        // As many asks as last time, most likely: growing the list would copy it again and again.
        let asks = self.now.len();
        self.last = std::mem::replace(&mut self.now, Vec::with_capacity(asks));
        self.index = None;
        self.missed = 0;
    }

    /// The last analysis's entries not taken yet (all of them before the first ask).
    pub(super) fn last_values(&self) -> impl Iterator<Item = &V> {
        self.last.iter().flatten().map(|(_, v)| v)
    }

    /// The last analysis's entry for the `i`th ask of this one, found by its key: first where
    /// it stood, then (after a second miss) by the key's hash.
    pub(super) fn take(&mut self, i: usize, key: &[u8]) -> Option<(K, V)> {
        if let Some(slot) = self.last.get_mut(i) {
            if slot.as_ref().is_some_and(|(k, _)| k.as_ref() == key) {
                return slot.take();
            }
        }
        self.missed += 1;
        if self.missed < 2 {
            return None;
        }
        let last = &mut self.last;
        let index = self.index.get_or_insert_with(|| {
            let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
            for (i, entry) in last.iter().enumerate() {
                if let Some((k, _)) = entry {
                    index
                        .entry(FxBuildHasher.hash_one(k.as_ref()))
                        .or_default()
                        .push(i);
                }
            }
            index
        });
        let i = index
            .get(&FxBuildHasher.hash_one(key))?
            .iter()
            .copied()
            .find(|&i| last[i].as_ref().is_some_and(|(k, _)| k.as_ref() == key))?;
        last[i].take()
    }

    /// The last analysis's entry for the `i`th ask, taken without reading its key: for an ask
    /// the caller knows has the key it had then (a block the parse kept as it was).
    pub(super) fn take_kept(&mut self, i: usize) -> Option<(K, V)> {
        self.take_kept_if(i, |_, _| true)
    }

    /// [`Placed::take_kept`] when `same` holds of the entry, else it stays for [`Placed::take`].
    pub(super) fn take_kept_if(
        &mut self,
        i: usize,
        same: impl FnOnce(&K, &V) -> bool,
    ) -> Option<(K, V)> {
        let slot = self.last.get_mut(i)?;
        if slot.as_ref().is_some_and(|(k, v)| same(k, v)) {
            slot.take()
        } else {
            None
        }
    }

    /// Keeps `value` as the entry of the next ask of this analysis.
    pub(super) fn keep(&mut self, key: K, value: V) -> &V {
        self.now.push(Some((key, value)));
        let Some(Some((_, v))) = self.now.last() else {
            unreachable!("an entry was just pushed")
        };
        v
    }
}

/// What one block decides alone, offsets from its start.
#[derive(Debug, Clone)]
struct Local {
    /// The block it was kept for, in the analysis that kept it.
    block: usize,
    /// Per quotation of the block, in order: its kind.
    kinds: Vec<QuoteKind>,
    /// Per quotation: its own sentence's attribution and verb (see [`attribution::own`]).
    own: Vec<attribution::Own>,
    /// Per quotation: the beat before it (see [`attribution::lead`]).
    leads: Vec<Option<attribution::Lead>>,
    /// The block's first speech cue, if it was asked for.
    cue: Option<Option<Range<usize>>>,
}

/// Moves a range by `by` (wrapping, so any range goes there and back exactly).
fn shift(r: &Range<usize>, by: usize, back: bool) -> Range<usize> {
    if back {
        r.start.wrapping_sub(by)..r.end.wrapping_sub(by)
    } else {
        r.start.wrapping_add(by)..r.end.wrapping_add(by)
    }
}

fn shift_attribution(a: &Attribution, by: usize, back: bool) -> Attribution {
    match a {
        Attribution::Cue { cue } => Attribution::Cue {
            cue: shift(cue, by, back),
        },
        Attribution::Context { cue } => Attribution::Context {
            cue: shift(cue, by, back),
        },
        other => other.clone(),
    }
}

/// Everything the block's own decisions read: its kind, its sentences, its quotations as
/// paired, whether single marks are primary (see [`meta`]), and its prose.
fn key(doc: &Document, block: usize, quotes: &Quotes, run: Range<usize>, singles: bool) -> Vec<u8> {
    let b = &doc.blocks[block];
    let mut key = Vec::with_capacity(b.range.len() + 16 * b.sentences.len() + 40 * run.len() + 16);
    meta(doc, block, quotes, run, singles, &mut key);
    key.extend_from_slice(&doc.prose.as_bytes()[b.range.clone()]);
    key
}

/// The part of a block's [`key`] before its prose, written to `key`.
fn meta(
    doc: &Document,
    block: usize,
    quotes: &Quotes,
    run: Range<usize>,
    singles: bool,
    key: &mut Vec<u8>,
) {
    let b = &doc.blocks[block];
    let base = b.range.start;
    let num = |key: &mut Vec<u8>, x: usize| {
        key.extend_from_slice(&(x.wrapping_sub(base) as u64).to_le_bytes())
    };
    key.push(u8::from(b.kind == BlockKind::Heading) | u8::from(singles) << 1);
    key.extend_from_slice(&(b.sentences.len() as u64).to_le_bytes());
    for s in &b.sentences {
        num(key, s.start);
        num(key, s.end);
    }
    key.extend_from_slice(&(run.len() as u64).to_le_bytes());
    for q in &quotes.quotations[run] {
        num(key, q.range.start);
        num(key, q.range.end);
        num(key, q.content.start);
        num(key, q.content.end);
        key.extend_from_slice(&[
            q.marks as u8,
            q.kind as u8,
            u8::from(q.closed) | u8::from(q.continues) << 1 | u8::from(q.continued) << 2,
        ]);
    }
}

/// Finds every quotation and lone mark, classifies and attributes them, reusing and keeping
/// each block's own decisions in `memo` when there is one.
pub(super) fn extract(
    doc: &Document,
    config: &QuoteConfig,
    cues: &Cues,
    mut memo: Option<&mut QuotesMemo>,
) -> Quotes {
    let seen = memo.as_ref().map_or(0, |m| m.seen);
    let mut quotes = marks::pair(doc, memo.as_deref_mut().map(|m| &mut m.marks), seen);
    let singles = classify::singles_primary(doc, &quotes);
    if let Some(m) = memo.as_deref_mut() {
        m.runs.begin();
    }
    // The quotations of one block are one run, as they are in document order.
    let mut runs: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, q) in quotes.quotations.iter().enumerate() {
        match runs.last_mut() {
            Some((b, r)) if *b == q.block => r.end = i + 1,
            _ => runs.push((q.block, i..i + 1)),
        }
    }
    let mut own = vec![None; quotes.quotations.len()];
    let mut leads = vec![None; quotes.quotations.len()];
    let mut cue_cache: CueCache = vec![None; doc.blocks.len()];
    let mut keys = Vec::with_capacity(runs.len());
    // The decisions found in the memo, kept again as they are (only the cue may be asked now).
    let mut reused: Vec<Option<Local>> = Vec::with_capacity(runs.len());
    // The part of a key before the prose, for a block the parse kept as it was: its prose is
    // the one kept with the entry, which is not read again.
    let mut head = Vec::new();
    for (ri, (block, run)) in runs.iter().enumerate() {
        let base = doc.blocks[*block].range.start;
        let kept = match memo.as_deref_mut() {
            Some(m) if doc.unchanged(*block, seen) => {
                head.clear();
                meta(doc, *block, &quotes, run.clone(), singles, &mut head);
                let len = head.len() + doc.blocks[*block].range.len();
                m.runs.take_kept_if(ri, |k, v| {
                    v.block == *block && k.len() == len && k[..head.len()] == head[..]
                })
            }
            _ => None,
        };
        let (key, known) = match kept {
            Some((k, local)) => (Some(k), Some(local)),
            None => {
                let key = memo
                    .as_ref()
                    .map(|_| key(doc, *block, &quotes, run.clone(), singles));
                let known = memo
                    .as_deref_mut()
                    .zip(key.as_ref())
                    .and_then(|(m, k)| m.runs.take(ri, k))
                    .map(|(_, local)| local);
                (key, known)
            }
        };
        match known {
            Some(local) => {
                for (j, i) in run.clone().enumerate() {
                    quotes.quotations[i].kind = local.kinds[j];
                    own[i] = local.own[j].as_ref().map(|(a, v)| {
                        (
                            shift_attribution(a, base, false),
                            v.as_ref().map(|v| shift(v, base, false)),
                        )
                    });
                    leads[i] = local.leads[j]
                        .as_ref()
                        .map(|l| l.shifted(|r| shift(r, base, false)));
                }
                cue_cache[*block] = local.cue.clone().map(|c| c.map(|c| shift(&c, base, false)));
                reused.push(Some(local));
            }
            None => {
                for i in run.clone() {
                    let kind = classify::kind_of(doc, config, &quotes.quotations[i], singles);
                    quotes.quotations[i].kind = kind;
                }
                for i in run.clone() {
                    own[i] = attribution::own(doc, &quotes.quotations[i]);
                    if own[i].is_none() {
                        leads[i] = attribution::lead(doc, &quotes.quotations[i]);
                    }
                }
                reused.push(None);
            }
        }
        keys.push(key);
    }
    attribution::attribute(doc, config, cues, &mut quotes, &own, &leads, &mut cue_cache);
    if let Some(m) = memo {
        m.seen = doc.id;
        for (((block, run), key), reused) in runs.into_iter().zip(keys).zip(reused) {
            let Some(key) = key else { continue };
            let base = doc.blocks[block].range.start;
            if let Some(mut local) = reused {
                local.block = block;
                if local.cue.is_none() {
                    local.cue = cue_cache[block]
                        .as_ref()
                        .map(|c| c.as_ref().map(|c| shift(c, base, true)));
                }
                m.runs.keep(key, local);
                continue;
            }
            let local = Local {
                block,
                kinds: quotes.quotations[run.clone()]
                    .iter()
                    .map(|q| q.kind)
                    .collect(),
                leads: leads[run.clone()]
                    .iter()
                    .map(|l| l.as_ref().map(|l| l.shifted(|r| shift(r, base, true))))
                    .collect(),
                own: own[run]
                    .iter()
                    .map(|o| {
                        o.as_ref().map(|(a, v)| {
                            (
                                shift_attribution(a, base, true),
                                v.as_ref().map(|v| shift(v, base, true)),
                            )
                        })
                    })
                    .collect(),
                cue: cue_cache[block]
                    .as_ref()
                    .map(|c| c.as_ref().map(|c| shift(c, base, true))),
            };
            m.runs.keep(key, local);
        }
    }
    quotes
}
