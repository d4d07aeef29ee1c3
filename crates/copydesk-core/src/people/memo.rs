//! The people stage's per-block cache (see `crate::memo`): each block's tokens, folded keys and
//! name candidates, keyed by everything the block's scan reads, so that a keystroke re-reads
//! only the paragraph it touched. Who is who is always worked out again over the whole draft
//! from these pieces, so the result equals a fresh analysis.

use super::cands::{fold_keys, mark_words, BlockParts, BlockWords, Extractor, Pre, Words};
use super::scan::{self, InQuote, Tok};
use crate::document::{BlockKind, Document};
use crate::memo::Kept;
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
    /// The block's text, and its tokens that count in the draft's words.
    text: Box<str>,
    words: BlockWords,
    /// How many blocks of the previous analysis, and of this one, it is the scan of.
    live: u32,
    now: u32,
}

/// Name scans of blocks, kept between analyses of one draft, and the draft's word counts
/// summed from them (kept up to date by the blocks that come and go).
#[derive(Debug, Default)]
pub struct PeopleMemo {
    pub(super) scans: Scans,
    pub(super) words: Words,
    pub(super) key_cache: KeyCache,
    pub(super) form_cache: super::proper::FormCache,
}

/// The fuzzy keys of family names (see `Resolver::fuzzy_keys`), as looked up (`[0]`) and as
/// indexed (`[1]`).
pub(super) type KeyCache = [Kept<Box<str>, Vec<u64>>; 2];

/// The scans, and where to find them by key.
#[derive(Debug, Default)]
pub(super) struct Scans {
    list: Vec<Scan>,
    /// Hash of a block key -> scans with that hash.
    index: HashMap<u64, Vec<usize>>,
    /// The scan each block of the last analysis had: a keystroke leaves almost every block
    /// where it was, so most are found here without hashing their text.
    last: Vec<usize>,
}

/// What the scan of block `bi` reads, in order: its kind, its sentence ranges, its prose and
/// its text, each handed to `part`.
fn key_parts(doc: &Document, bi: usize, mut part: impl FnMut(&[u8])) {
    let b = &doc.blocks[bi];
    let r = b.range.clone();
    part(&[u8::from(b.kind == BlockKind::Heading)]);
    part(&(b.sentences.len() as u64).to_le_bytes());
    for s in &b.sentences {
        part(&(s.start.wrapping_sub(r.start) as u64).to_le_bytes());
        part(&(s.end.wrapping_sub(r.start) as u64).to_le_bytes());
    }
    part(&doc.prose.as_bytes()[r.clone()]);
    part(&doc.text.as_bytes()[r]);
}

/// Block `bi`'s key (see [`key_parts`]).
fn block_key(doc: &Document, bi: usize) -> Vec<u8> {
    let b = &doc.blocks[bi];
    let mut key = Vec::with_capacity(2 * b.range.len() + 16 * b.sentences.len() + 9);
    key_parts(doc, bi, |p| key.extend_from_slice(p));
    key
}

/// Whether `key` is block `bi`'s key, read without building it.
fn key_is(doc: &Document, bi: usize, key: &[u8]) -> bool {
    let mut rest = key;
    let mut same = true;
    key_parts(doc, bi, |p| {
        same = same && rest.len() >= p.len() && rest[..p.len()] == *p;
        if same {
            rest = &rest[p.len()..];
        }
    });
    same && rest.is_empty()
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

impl Scans {
    /// The scan slot of block `bi`, scanned now if no earlier analysis did.
    fn slot(&mut self, doc: &Document, bi: usize) -> usize {
        if let Some(&i) = self.last.get(bi) {
            if self.list.get(i).is_some_and(|s| key_is(doc, bi, &s.key)) {
                self.list[i].now += 1;
                return i;
            }
        }
        let key = block_key(doc, bi);
        let h = rustc_hash::FxBuildHasher.hash_one(&key);
        let bucket = self.index.entry(h).or_default();
        if let Some(&i) = bucket.iter().find(|&&i| self.list[i].key == key) {
            self.list[i].now += 1;
            return i;
        }
        let mut toks = scan::scan_block(doc, bi);
        let text = &doc.text[doc.blocks[bi].range.start..];
        let (keys, key_spans) = fold_keys(text, &toks);
        mark_words(text, &mut toks, &keys, &key_spans);
        let words = Words::of_block(&toks, text, &keys, &key_spans);
        let text: Box<str> = text[..doc.blocks[bi].range.len()].into();
        bucket.push(self.list.len());
        self.list.push(Scan {
            key,
            hash: h,
            toks,
            keys,
            key_spans,
            cands: None,
            text,
            words,
            live: 0,
            now: 1,
        });
        self.list.len() - 1
    }

    /// Forgets the scans no block of the last analysis used.
    pub(super) fn evict(&mut self) {
        if self.list.iter().all(|s| s.now > 0) {
            return;
        }
        // Where each kept scan moves to, for `last`.
        let mut moved = Vec::with_capacity(self.list.len());
        let mut kept = 0;
        for s in &self.list {
            moved.push(kept);
            kept += usize::from(s.now > 0);
        }
        for i in &mut self.last {
            *i = moved[*i];
        }
        self.list.retain(|s| s.now > 0);
        self.index.clear();
        for (i, s) in self.list.iter().enumerate() {
            self.index.entry(s.hash).or_default().push(i);
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
        // Runs held back for want of evidence: (slot, index of the run, first token).
        let mut held: Vec<(usize, usize, usize)> = Vec::new();
        for (bi, &(first, slot)) in pieces.blocks.iter().enumerate() {
            let n = self.list[slot].toks.len();
            let toks = &pieces.toks[first..first + n];
            let sig = quote_signature(toks);
            let fresh = self.list[slot]
                .cands
                .as_ref()
                .is_none_or(|(s, _)| *s != sig);
            if fresh {
                let keys = (pieces.keys.as_str(), &pieces.key_spans[first..first + n]);
                let end = doc.blocks[bi].range.end;
                let block = Extractor::block(doc.text, toks, keys, ex.words, end);
                let pres = block.pre_candidates();
                self.list[slot].cands = Some((sig, pres));
            }
            if let Some((_, pres)) = &self.list[slot].cands {
                for (i, p) in pres.iter().enumerate() {
                    if !ex.finish(p, first, &mut out, false) && !p.cand.bare() {
                        held.push((slot, i, first));
                    }
                }
            }
        }
        if held.is_empty() {
            return out;
        }
        // A held run that folds like a full name taken elsewhere is that person.
        let names: rustc_hash::FxHashSet<u64> = out
            .iter()
            .map(|c| {
                if c.bare() {
                    // A family name alone with strong evidence (`Johansen, 19,`), kept apart
                    // from the full names by its tag.
                    ex.bare_hash(c)
                } else {
                    ex.run_hash(c.toks.clone())
                }
            })
            .collect();
        // The given names of the full names taken, by family name (a hash of its key).
        let mut givens: rustc_hash::FxHashMap<u64, Vec<usize>> = Default::default();
        for c in out.iter().filter(|c| !c.bare() && !c.family_first) {
            if let (Some(&g), Some(last)) = (c.given.first(), c.surname.clone().last()) {
                givens.entry(ex.family_hash(last)).or_default().push(g);
            }
        }
        let taken = out.len();
        for (slot, i, first) in held {
            if let Some((_, pres)) = &self.list[slot].cands {
                if ex.admits(&pres[i], first, &names, &givens) {
                    ex.finish(&pres[i], first, &mut out, true);
                }
            }
        }
        if out.len() > taken {
            out.sort_by_key(|c| c.toks.start);
        }
        out
    }
}

impl PeopleMemo {
    /// The tokens of the draft, placed with their quotation contexts, and their folded forms;
    /// the word counts follow the blocks that came and went since the last analysis.
    pub(super) fn pieces(&mut self, doc: &Document, quotes: &crate::quotes::Quotes) -> Pieces {
        for cache in &mut self.key_cache {
            cache.begin();
        }
        self.form_cache.begin();
        for s in &mut self.scans.list {
            s.now = 0;
        }
        let slots: Vec<usize> = (0..doc.blocks.len())
            .map(|bi| self.scans.slot(doc, bi))
            .collect();
        self.scans.last.clone_from(&slots);
        for s in &mut self.scans.list {
            if s.now != s.live {
                let parts = BlockParts {
                    text: &s.text,
                    toks: &s.toks,
                    keys: &s.keys,
                    key_spans: &s.key_spans,
                    words: &s.words,
                };
                self.words
                    .apply(&parts, i64::from(s.now) - i64::from(s.live));
                s.live = s.now;
            }
        }
        let list = &self.scans.list;
        let scans: Vec<&[Tok]> = slots.iter().map(|&i| &list[i].toks[..]).collect();
        let toks = scan::place(doc, quotes, &scans);
        let mut keys = String::with_capacity(slots.iter().map(|&i| list[i].keys.len()).sum());
        let mut key_spans = Vec::with_capacity(toks.len());
        let mut blocks = Vec::with_capacity(slots.len());
        for &i in &slots {
            let s = &list[i];
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
}
