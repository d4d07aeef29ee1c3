//! The people stage's per-block cache (see `crate::memo`): each block's tokens, folded keys and
//! name candidates, keyed by everything the block's scan reads, so that a keystroke re-reads
//! only the paragraph it touched. Who is who is always worked out again over the whole draft
//! from these pieces, so the result equals a fresh analysis.

use super::cands::{fold_keys, Extractor, Pre};
use super::scan::{self, InQuote, Tok};
use crate::document::{BlockKind, Document};
use rustc_hash::FxHashMap as HashMap;
use std::hash::BuildHasher;

/// One block's scan, as if it stood alone.
#[derive(Debug)]
struct Scan {
    /// Everything the scan read (see [`block_key`]), and its hash.
    key: Vec<u8>,
    hash: u64,
    /// Tokens with offsets from the block's start (see [`scan::scan_block`]).
    toks: Vec<Tok>,
    /// Their folded forms (see [`fold_keys`]).
    keys: String,
    key_spans: Vec<(u32, u32)>,
    /// The candidates, with the quotation context of every token they were read under: a
    /// quotation opened or closed in another block changes them without changing this one.
    cands: Option<(Vec<u8>, Vec<Pre>)>,
    /// The analysis that last used it.
    used: u64,
}

/// Name scans of blocks, kept between analyses of one draft.
#[derive(Debug, Default)]
pub struct PeopleMemo {
    scans: Vec<Scan>,
    /// Hash of a block key -> scans with that hash.
    index: HashMap<u64, Vec<usize>>,
    /// The number of the current analysis.
    generation: u64,
}

/// What the scan of block `bi` reads: its kind, its sentence ranges, its prose and its text.
fn block_key(doc: &Document, bi: usize) -> Vec<u8> {
    let b = &doc.blocks[bi];
    let r = b.range.clone();
    let mut key = Vec::with_capacity(2 * r.len() + 8 * b.sentences.len() + 16);
    key.push(u8::from(b.kind == BlockKind::Heading));
    key.extend_from_slice(&(b.sentences.len() as u64).to_le_bytes());
    for s in &b.sentences {
        key.extend_from_slice(&(s.start.wrapping_sub(r.start) as u64).to_le_bytes());
        key.extend_from_slice(&(s.end.wrapping_sub(r.start) as u64).to_le_bytes());
    }
    key.extend_from_slice(&doc.prose.as_bytes()[r.clone()]);
    key.extend_from_slice(&doc.text.as_bytes()[r]);
    key
}

/// The quotation context of each token, as the candidates read it.
fn quote_signature(toks: &[Tok]) -> Vec<u8> {
    toks.iter()
        .map(|t| {
            let q = match t.quote {
                InQuote::No => 0,
                InQuote::Speech => 1,
                InQuote::Skip => 2,
            };
            q | (u8::from(t.reports) << 2)
        })
        .collect()
}

/// The people stage's pieces for one analysis: the tokens of the draft, their folded forms,
/// and the name candidates, all in document order.
pub(super) struct Pieces {
    pub toks: Vec<Tok>,
    pub keys: String,
    pub key_spans: Vec<(u32, u32)>,
    /// Per block: its first token and its candidates' slot in the memo.
    blocks: Vec<(usize, usize)>,
}

impl PeopleMemo {
    /// The scan slot of block `bi`, scanned now if no earlier analysis did.
    fn slot(&mut self, doc: &Document, bi: usize) -> usize {
        let key = block_key(doc, bi);
        let h = rustc_hash::FxBuildHasher.hash_one(&key);
        let bucket = self.index.entry(h).or_default();
        if let Some(&i) = bucket.iter().find(|&&i| self.scans[i].key == key) {
            self.scans[i].used = self.generation;
            return i;
        }
        let toks = scan::scan_block(doc, bi);
        let origin = doc.blocks[bi].range.start;
        let (keys, key_spans) = fold_keys(&doc.text[origin..], &toks);
        bucket.push(self.scans.len());
        self.scans.push(Scan {
            key,
            hash: h,
            toks,
            keys,
            key_spans,
            cands: None,
            used: self.generation,
        });
        self.scans.len() - 1
    }

    /// The tokens of the draft, placed with their quotation contexts, and their folded forms.
    pub(super) fn pieces(&mut self, doc: &Document, quotes: &crate::quotes::Quotes) -> Pieces {
        self.generation += 1;
        let slots: Vec<usize> = (0..doc.blocks.len()).map(|bi| self.slot(doc, bi)).collect();
        let scans: Vec<&[Tok]> = slots.iter().map(|&i| &self.scans[i].toks[..]).collect();
        let toks = scan::place(doc, quotes, &scans);
        let mut keys = String::with_capacity(slots.iter().map(|&i| self.scans[i].keys.len()).sum());
        let mut key_spans = Vec::with_capacity(toks.len());
        let mut blocks = Vec::with_capacity(slots.len());
        for &i in &slots {
            let s = &self.scans[i];
            blocks.push((key_spans.len(), i));
            let base = keys.len() as u32;
            keys.push_str(&s.keys);
            key_spans.extend(s.key_spans.iter().map(|&(a, b)| (a + base, b + base)));
        }
        Pieces {
            toks,
            keys,
            key_spans,
            blocks,
        }
    }

    /// The name candidates of the draft, read again only for the blocks whose scan or
    /// quotation contexts are new; `ex` gives the draft-wide facts.
    pub(super) fn candidates(
        &mut self,
        doc: &Document,
        pieces: &Pieces,
        ex: &Extractor,
    ) -> Vec<super::cands::Cand> {
        let mut out = Vec::new();
        for (bi, &(first, slot)) in pieces.blocks.iter().enumerate() {
            let n = self.scans[slot].toks.len();
            let toks = &pieces.toks[first..first + n];
            let sig = quote_signature(toks);
            let fresh = self.scans[slot]
                .cands
                .as_ref()
                .is_none_or(|(s, _)| *s != sig);
            if fresh {
                let block = Extractor::block(
                    doc.text,
                    toks,
                    &pieces.keys,
                    &pieces.key_spans[first..first + n],
                    doc.blocks[bi].range.end,
                );
                let pres = block.pre_candidates();
                self.scans[slot].cands = Some((sig, pres));
            }
            if let Some((_, pres)) = &self.scans[slot].cands {
                for p in pres {
                    ex.finish(p, first, &mut out);
                }
            }
        }
        out
    }

    /// Forgets the scans no block of the last analysis used.
    pub(super) fn evict(&mut self) {
        let g = self.generation;
        if self.scans.iter().all(|s| s.used == g) {
            return;
        }
        self.scans.retain(|s| s.used == g);
        self.index.clear();
        for (i, s) in self.scans.iter().enumerate() {
            self.index.entry(s.hash).or_default().push(i);
        }
    }
}
