//! The people stage's per-block cache (see `crate::memo`): each block's tokens, folded keys and
//! name candidates, keyed by everything the block's scan reads, so that a keystroke re-reads
//! only the paragraph it touched. Who is who is always worked out again over the whole draft
//! from these pieces, so the result equals a fresh analysis.

use super::cands::{
    fold_keys, mark_words, Admission, BlockParts, BlockWords, Extractor, Pre, Words,
};
use super::scan::{self, InQuote, Tok};
use super::{speakers, People, Speaker};
use crate::document::{BlockKind, Document};
use crate::memo::{swap_out, Kept, FEW_UNUSED};
use rustc_hash::FxHashMap as HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;

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
    /// The candidates completed with the draft-wide facts (see [`Fin`]).
    fin: Option<Fin>,
    /// How many times `fin` is counted in [`Scans::names`] and [`Scans::givens`].
    counted: u32,
    /// The [`Scans::epoch`] in which `cands` were last read under the quotation contexts of
    /// the one block that uses the scan (0: not known).
    sig_held: u64,
    /// How many times `cands` were read: under the same signature, the block's quotation
    /// contexts are those its `cues` were read under.
    version: u64,
    /// The verbs its quotations are credited by (see [`Cues`]).
    cues: Option<Cues>,
    /// The block's text, and its tokens that count in the draft's words.
    text: Box<str>,
    words: BlockWords,
    /// How many blocks of the previous analysis, and of this one, it is the scan of.
    live: u32,
    now: u32,
}

/// A block's candidates completed with the draft-wide facts ([`Extractor::finish`]), kept
/// while none of the facts they read changes: a keystroke changes a few words' counts.
/// Token indexes are from the block's first: a name never reads past its block (its words
/// and the two after it, compared only within its sentence).
#[derive(Debug)]
struct Fin {
    /// The candidates taken.
    out: Vec<super::cands::Cand>,
    /// What each adds to the names a held run is admitted by (see
    /// [`super::cands::Extractor::name_hash`]).
    names: Vec<u64>,
    /// What the full names taken lend the held runs of their family (see
    /// [`super::cands::Extractor::given_of`]): the family's hash and the given name's token.
    givens: Vec<(u64, u32)>,
    /// The runs held back for want of evidence.
    held: Vec<Held>,
    /// The facts read (see `cands::fact`).
    reads: Vec<u64>,
    /// Which held runs the other blocks' names admit, kept while none of the tallies they
    /// asked changed (see [`Decided`]).
    decided: Option<Decided>,
}

/// A run of a block held back for want of evidence (see [`Admission`]).
#[derive(Debug)]
struct Held {
    /// What admits it.
    admission: Admission,
    /// Its index among the block's runs.
    pre: usize,
    /// The candidates it gives when admitted (token indexes from the block's first), kept
    /// for the next analysis (not for a draft analysed once).
    taken: Option<Vec<super::cands::Cand>>,
}

/// Which of a block's held runs are admitted (see [`Admission::admits`]), and what that read.
#[derive(Debug)]
struct Decided {
    admitted: Vec<bool>,
    /// The tallies asked: whether a name is counted (`false`, hash) and a family's given
    /// names (`true`, family hash).
    asked: Vec<(bool, u64)>,
    /// The analysis that decided it (see [`Scans::pass`]).
    pass: u64,
}

/// A block's own cues (see [`speakers::CueReader`]), kept while the block is the only one of
/// its scan and its quotation contexts, its quotations and the word after it are the same.
#[derive(Debug)]
struct Cues {
    /// The [`Scan::version`] they were read under.
    version: u64,
    /// Whether the word after the block is `to` (`was told to`).
    next_to: bool,
    /// What they read of the block's quotations.
    reads: Vec<speakers::CueRead>,
    /// The cues, as token indexes from the block's first, and whether each names the hearer.
    cues: Vec<Option<(u32, bool)>>,
}

/// How often each hash is among the blocks' contributions (see [`Fin::names`] and
/// [`Fin::givens`]), kept up to date by the blocks that come and go.
type Tally = HashMap<u64, u32>;

/// How many changed tallies [`Scans`] names one by one (a keystroke changes a few).
const FEW_TALLIED: usize = 64;

/// Adds `times` (which may be negative) to the tally of `h`, forgetting it at zero. Returns
/// whether `h` came or went.
fn tally(t: &mut Tally, h: u64, times: i64) -> bool {
    let n = t.entry(h).or_default();
    let was = *n;
    let new = (i64::from(*n) + times).max(0);
    if new == 0 {
        t.remove(&h);
    } else {
        *n = new as u32;
    }
    (was == 0) != (new == 0)
}

/// Name scans of blocks, kept between analyses of one draft, and the draft's word counts
/// summed from them (kept up to date by the blocks that come and go).
#[derive(Debug, Default)]
pub struct PeopleMemo {
    pub(super) scans: Scans,
    pub(super) words: Words,
    pub(super) key_cache: KeyCache,
    pub(super) roman_cache: RomanCache,
    pub(super) sinitic_cache: SiniticCache,
    pub(super) variant_cache: VariantCache,
    /// Other names' spellings: each token's marks and the forms' keys (see `proper::variants`).
    pub(super) variants: super::proper::VariantsMemo,
    /// The listed places' forms each block writes (see `places::variants`).
    pub(super) places: super::places::PlacesMemo,
    /// The last analysis's people and what they were worked out from, kept only for a draft
    /// analysed again (see [`PeopleMemo::reuse`]).
    pub(super) last: Option<Box<Last>>,
    /// A private copy of [`Last::people`] made ahead, between keystrokes (see
    /// [`PeopleMemo::prepare`]): the next keystroke that keeps the people shifts it in place
    /// rather than copying them on its path.
    spare: Option<People>,
    /// Whether the last analysis kept the people (an inert word typed): the next keystroke
    /// likely does too, and a spare is made for it. After a name typed, the next keystroke
    /// most often rebuilds the people, and a spare would be copied only to be dropped.
    spare_wanted: bool,
    /// The tables of where the candidates of an analysis before the last end and start,
    /// for the next to fill (see [`speakers::SpareEnds`]).
    pub(super) spare_ends: Option<speakers::SpareEnds>,
    /// Whether to keep [`PeopleMemo::last`]: not for a draft analysed once (the command line's).
    pub(crate) keep: bool,
    /// Whether the last analysis credited the phrases woven into sentences (see
    /// `speakers::Known::woven`).
    woven: bool,
    /// The one block whose scan changed since the last analysis, and its previous scan.
    changed: Option<(usize, usize)>,
    /// How many analyses took the last one's people (see [`PeopleMemo::reuse`]).
    pub(crate) reused: usize,
    /// How many analyses took the last resolution up at its mark (see `super::Fold`).
    pub(crate) resumed: usize,
    /// How many decisions of those folds were taken from the last fold (see `super::Replay`).
    pub(crate) replayed: usize,
    /// The last analysis's pieces, kept so that a keystroke places again only the tokens of
    /// the block it changed (and its buffers serve the next analysis).
    placed: Pieces,
    /// How large the last resolution's tables grew: the next starts at that size rather than
    /// growing and rehashing its way there again.
    pub(super) sizes: super::Sizes,
    /// The last resolution's state, kept for a draft analysed again, so that typing in one
    /// paragraph folds again only the names from there on (see `super::Fold`).
    pub(super) fold: Option<Box<super::Fold>>,
}

/// Where the edit since the last analysis lies, as the resolution needs to know it.
pub(super) struct Scope {
    /// The first token of the one block whose scan changed.
    pub first_tok: usize,
    /// Every other token is the last analysis's, context and all, but for offsets after the
    /// block (see [`Pieces::same_contexts`]).
    pub same_contexts: bool,
    /// The words whose counts in the draft the edit changed: capitalised (folded) and written
    /// in lowercase (as written). Few: most often the word typed in, before and after.
    pub caps: Vec<Box<str>>,
    pub lower: Vec<Box<str>>,
}

impl Scope {
    /// Whether the edit changed what a surname alone reads of the draft's counts: how often
    /// its folded form `key` is capitalised, and whether `word` is written in lowercase.
    pub fn moves(&self, key: &str, word: &str) -> bool {
        moves(&self.caps, &self.lower, key, word)
    }
}

/// [`Scope::moves`], of the words `caps` and `lower` whose counts the edit changed.
pub(super) fn moves(caps: &[Box<str>], lower: &[Box<str>], key: &str, word: &str) -> bool {
    caps.iter().any(|k| **k == *key)
        || lower.iter().any(|w| {
            if word.is_ascii() {
                w.eq_ignore_ascii_case(word)
            } else {
                **w == word.to_lowercase()
            }
        })
}

/// What the last analysis found and what it was read from, for [`PeopleMemo::reuse`].
#[derive(Debug)]
pub(super) struct Last {
    /// The draft (set by [`PeopleMemo::remember_text`] once the analysis has copied it).
    pub text: Arc<str>,
    /// The parse of `text` (its `Document::id`; 0 until it is set).
    pub text_of: u64,
    /// The people, and what the speakers of quotations are read from.
    pub people: Arc<People>,
    pub known: Arc<speakers::Known>,
    /// What the speakers were read from in each quotation.
    pub said: Arc<Vec<speakers::Said>>,
}

/// The fuzzy keys of family names (see `Resolver::fuzzy_keys`), as looked up (`[0]`) and as
/// indexed (`[1]`).
pub(super) type KeyCache = [Kept<Box<str>, Arc<[u64]>>; 2];

/// The romanisation keys of folded names (see `Resolver::roman_key`): the rewrites are many,
/// and most names are compared again on the next keystroke.
pub(super) type RomanCache = Kept<Box<str>, Arc<str>>;

/// The pinyin readings of folded family names (see `Resolver::sinitic_keys`): a name is
/// read at each of its mentions and again for each person it is compared with.
pub(super) type SiniticCache = Kept<Box<str>, Arc<[String]>>;

/// Whether two folded names are spellings of one (see `Resolver::kept_pair`: family names,
/// given names), keyed by a tag and the names: each comparison costs a thousand instructions
/// or more, and a keystroke makes the same ones again.
pub(super) type VariantCache = Kept<Box<str>, bool>;

/// The scans, and where to find them by key.
#[derive(Debug, Default)]
pub(super) struct Scans {
    list: Vec<Scan>,
    /// Hash of a block key -> scans with that hash.
    index: HashMap<u64, Vec<usize>>,
    /// The scan each block of the last analysis had: a keystroke leaves almost every block
    /// where it was, so most are found here without hashing their text.
    last: Vec<usize>,
    /// The parse `last` was made from (see `Document::unchanged`).
    seen: u64,
    /// The blocks' [`Fin::names`] and [`Fin::givens`], counted as many times as blocks use them.
    names: Tally,
    givens: Tally,
    /// Every completion kept was checked against the facts changed (see [`Words::checked`]).
    checked: bool,
    /// What changed in the tallies since the held runs were last decided (see
    /// [`Decided::asked`]): a name's presence, a family's given names (which count in draft
    /// order, so blocks moved about change them all: `retallied`).
    tallied: Vec<(bool, u64)>,
    retallied: bool,
    /// How many analyses decided the held runs.
    pass: u64,
    /// Counts the analyses that placed the quotation contexts of every token anew: in
    /// between, only the changed block's tokens took theirs again (see [`Scan::sig_held`]).
    epoch: u64,
    /// The scans are kept for the next analysis (not a draft analysed once).
    kept: bool,
    /// How many candidates the last analysis found, and in its first half of the blocks.
    last_cands: (usize, usize),
}

/// The one block whose scan differs between two analyses' slots, with its previous scan.
fn one_changed(before: &[usize], now: &[usize]) -> Option<(usize, usize)> {
    if before.len() != now.len() {
        return None;
    }
    let mut diff = before
        .iter()
        .zip(now)
        .enumerate()
        .filter(|(_, (a, b))| a != b);
    let (bi, (&old, _)) = diff.next()?;
    diff.next().is_none().then_some((bi, old))
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

/// Whether blocks `a` and `b` have the same key (see [`key_parts`]), read without building it.
fn same_scan_input(doc: &Document, a: usize, b: usize) -> bool {
    let (x, y) = (&doc.blocks[a], &doc.blocks[b]);
    let rel =
        |r: &std::ops::Range<usize>, o: usize| (r.start.wrapping_sub(o), r.end.wrapping_sub(o));
    (x.kind == BlockKind::Heading) == (y.kind == BlockKind::Heading)
        && x.range.len() == y.range.len()
        && x.sentences.len() == y.sentences.len()
        && x.sentences
            .iter()
            .zip(&y.sentences)
            .all(|(s, t)| rel(s, x.range.start) == rel(t, y.range.start))
        && doc.text.as_bytes()[x.range.clone()] == doc.text.as_bytes()[y.range.clone()]
        && doc.prose.as_bytes()[x.range.clone()] == doc.prose.as_bytes()[y.range.clone()]
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

/// The quotation context of a token, as the candidates read it.
fn quote_context(t: &Tok) -> u8 {
    let q = match t.quote {
        InQuote::No => 0,
        InQuote::Speech => 1,
        InQuote::Skip => 2,
    };
    q | (u8::from(t.reports()) << 2)
}

/// The quotation context of each token, as the candidates read it.
fn quote_signature(toks: &[Tok]) -> Vec<u8> {
    toks.iter().map(quote_context).collect()
}

/// The people stage's pieces for one analysis: the tokens of the draft, their folded forms,
/// and the name candidates, all in document order.
#[derive(Debug, Default)]
pub(super) struct Pieces {
    pub toks: Vec<Tok>,
    pub keys: String,
    pub key_spans: Vec<(u32, u32)>,
    /// Per block: its first token and its candidates' slot in the memo.
    blocks: Vec<(usize, usize)>,
    /// Per block: its range and its number of sentences, as the tokens were placed.
    at: Vec<(usize, usize, usize)>,
    /// Only the one changed block's tokens were placed again, as many as before, and no
    /// token's quotation context changed: the tokens are the last analysis's but for offsets
    /// (and that block's own scan).
    pub same_contexts: bool,
    /// Only the changed block's tokens may have taken another quotation context.
    contexts_inside: bool,
    /// What the tokens' quotation contexts were read from.
    marks: scan::Marks,
}

/// What [`Pieces::splice`] placed again.
struct Spliced {
    /// The block has as many tokens as before.
    same_count: bool,
    /// Its tokens.
    toks: std::ops::Range<usize>,
    /// Its start, its end before and its end now.
    bytes: (usize, usize, usize),
}

/// Where each block of `doc` stands: its range and its number of sentences.
fn blocks_at<'a>(doc: &'a Document) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    doc.blocks
        .iter()
        .map(|b| (b.range.start, b.range.end, b.sentences.len()))
}

impl Pieces {
    /// Places the scans of every block (`slots`) in the draft, in buffers kept from the last
    /// analysis.
    fn fill(&mut self, doc: &Document, list: &[Scan], slots: &[usize]) {
        self.toks.clear();
        self.keys.clear();
        self.key_spans.clear();
        self.blocks.clear();
        let mut sent_base: u32 = 0;
        for (bi, (block, &i)) in doc.blocks.iter().zip(slots).enumerate() {
            let s = &list[i];
            let first = self.toks.len();
            self.blocks.push((first, i));
            // Copied whole, then placed: a plain copy is far cheaper than building each token.
            self.toks.extend_from_slice(&s.toks);
            scan::place_block(&mut self.toks[first..], block.range.start, sent_base, bi);
            sent_base += block.sentences.len() as u32;
            let base = self.keys.len() as u32;
            self.keys.push_str(&s.keys);
            self.key_spans
                .extend(s.key_spans.iter().map(|&(a, b)| (a + base, b + base)));
        }
        self.at.clear();
        self.at.extend(blocks_at(doc));
    }

    /// Places again only block `bi`, whose scan went from `old` to `new` while every other
    /// block kept its scan: the tokens after it move by the edit. `None` (nothing changed)
    /// when the blocks did not stay where they were.
    fn splice(
        &mut self,
        doc: &Document,
        list: &[Scan],
        bi: usize,
        (old, new): (usize, usize),
    ) -> Option<Spliced> {
        let n = doc.blocks.len();
        if self.at.len() != n || self.blocks.get(bi)?.1 != old {
            return None;
        }
        let (&(start, old_end, old_sents), b) = (self.at.get(bi)?, doc.blocks.get(bi)?);
        let delta = b.range.end.wrapping_sub(old_end);
        let moved = self
            .at
            .iter()
            .zip(blocks_at(doc))
            .enumerate()
            .all(|(j, (&(s, e, k), now))| match j.cmp(&bi) {
                std::cmp::Ordering::Less => (s, e, k) == now,
                std::cmp::Ordering::Equal => s == now.0,
                std::cmp::Ordering::Greater => {
                    (s.wrapping_add(delta), e.wrapping_add(delta), k) == now
                }
            });
        if !moved || b.range.start != start {
            return None;
        }
        let (os, ns) = (&list[old], &list[new]);
        let first = self.blocks[bi].0;
        let (old_n, new_n) = (os.toks.len(), ns.toks.len());
        let sent_base: u32 = doc.blocks[..bi]
            .iter()
            .map(|b| b.sentences.len() as u32)
            .sum();
        let sent_delta = (b.sentences.len() as u32).wrapping_sub(old_sents as u32);
        // The old contexts carried over, so that `scan::contexts` tells whether any changed.
        let old_ctx: Vec<(InQuote, bool)> = self.toks[first..first + old_n]
            .iter()
            .map(|t| (t.quote, t.reports()))
            .collect();
        self.toks
            .splice(first..first + old_n, ns.toks.iter().cloned());
        let block = &mut self.toks[first..first + new_n];
        scan::place_block(block, start, sent_base, bi);
        if old_n == new_n {
            for (t, &(q, r)) in block.iter_mut().zip(&old_ctx) {
                t.quote = q;
                t.set_reports(r);
            }
        }
        // Offsets are `u32` in a token: wrapping in 32 bits moves them back as in 64.
        let d = delta as u32;
        for t in &mut self.toks[first + new_n..] {
            t.at = t.at.start.wrapping_add(d)..t.at.end.wrapping_add(d);
            t.to = t.to.wrapping_add(d);
            t.sent = t.sent.wrapping_add(sent_delta);
        }
        let kbase: usize = self.blocks[..bi]
            .iter()
            .map(|&(_, i)| list[i].keys.len())
            .sum();
        self.keys
            .replace_range(kbase..kbase + os.keys.len(), &ns.keys);
        let kdelta = (ns.keys.len() as u32).wrapping_sub(os.keys.len() as u32);
        let base = kbase as u32;
        self.key_spans.splice(
            first..first + old_n,
            ns.key_spans.iter().map(|&(a, b)| (a + base, b + base)),
        );
        for sp in &mut self.key_spans[first + new_n..] {
            *sp = (sp.0.wrapping_add(kdelta), sp.1.wrapping_add(kdelta));
        }
        self.blocks[bi].1 = new;
        for (f, _) in &mut self.blocks[bi + 1..] {
            *f = (*f + new_n).wrapping_sub(old_n);
        }
        self.at[bi] = (start, b.range.end, b.sentences.len());
        for (j, a) in self.at.iter_mut().enumerate().skip(bi + 1) {
            *a = (
                doc.blocks[j].range.start,
                doc.blocks[j].range.end,
                doc.blocks[j].sentences.len(),
            );
        }
        Some(Spliced {
            same_count: old_n == new_n,
            toks: first..first + new_n,
            bytes: (start, old_end, b.range.end),
        })
    }
}

impl Scans {
    /// The scan slot of block `bi`, scanned now if no earlier analysis did.
    fn slot(&mut self, doc: &Document, bi: usize) -> usize {
        if let Some(&i) = self.last.get(bi) {
            // A block the parse kept as it was has the key it had: not read again.
            if self
                .list
                .get(i)
                .is_some_and(|s| doc.unchanged(bi, self.seen) || key_is(doc, bi, &s.key))
            {
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
            fin: None,
            counted: 0,
            sig_held: 0,
            version: 0,
            cues: None,
            text,
            words,
            live: 0,
            now: 1,
        });
        self.list.len() - 1
    }

    /// Forgets the scans no block of the last analysis used (`slots`: the blocks' first
    /// tokens and scans, as [`Pieces::blocks`], whose scans are renumbered with them).
    fn evict(&mut self, slots: &mut [(usize, usize)]) {
        let unused: Vec<usize> = (0..self.list.len())
            .filter(|&i| self.list[i].now == 0)
            .collect();
        if unused.is_empty() {
            return;
        }
        for &i in &unused {
            self.count(i, -i64::from(self.list[i].counted));
        }
        // A keystroke leaves one scan unused: it is taken out where it stands, rather than the
        // whole index built again.
        if unused.len() <= FEW_UNUSED {
            for &i in unused.iter().rev() {
                self.remove(i, slots);
            }
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
        for (_, i) in slots {
            *i = moved[*i];
        }
        self.list.retain(|s| s.now > 0);
        self.index.clear();
        for (i, s) in self.list.iter().enumerate() {
            self.index.entry(s.hash).or_default().push(i);
        }
    }

    /// Forgets scan `i`, which no block uses (see [`swap_out`]); the blocks' references to
    /// the scan that takes its place follow it.
    fn remove(&mut self, i: usize, slots: &mut [(usize, usize)]) {
        if let Some(moved) = swap_out(&mut self.list, &mut self.index, |s| s.hash, i) {
            for j in self.last.iter_mut().filter(|j| **j == moved) {
                *j = i;
            }
            for (_, j) in slots.iter_mut().filter(|(_, j)| *j == moved) {
                *j = i;
            }
        }
    }

    /// Counts scan `i`'s completion `times` more times in the tallies (fewer when negative).
    fn count(&mut self, i: usize, times: i64) {
        let s = &mut self.list[i];
        if let Some(f) = &s.fin {
            let noted = &mut self.tallied;
            let mut note = |k: (bool, u64)| {
                if noted.len() < FEW_TALLIED {
                    noted.push(k);
                } else {
                    self.retallied = true;
                }
            };
            for &h in &f.names {
                // Only whether a name is counted is read.
                if tally(&mut self.names, h, times) {
                    note((false, h));
                }
            }
            // A draft analysed once asks its given names afresh (see [`Scans::decide`]).
            for (h, _) in f.givens.iter().filter(|_| self.kept) {
                tally(&mut self.givens, *h, times);
                note((true, *h));
            }
        }
        s.counted = (i64::from(s.counted) + times).max(0) as u32;
    }

    /// Replaces scan `i`'s completion, the old one taken out of the tallies.
    fn set_fin(&mut self, i: usize, fin: Option<Fin>) {
        self.count(i, -i64::from(self.list[i].counted));
        self.list[i].fin = fin;
    }

    /// The verbs the draft's quotations are credited by (see [`speakers::OwnCues`]), read
    /// again only for the blocks whose own were not kept (see [`Cues`]); must follow
    /// [`Scans::candidates`] of the same pieces.
    pub(super) fn own_cues(
        &mut self,
        doc: &Document,
        quotes: &crate::quotes::Quotes,
        pieces: &Pieces,
    ) -> speakers::OwnCues {
        let reader = speakers::CueReader::new(doc, &pieces.toks);
        let qs = &quotes.quotations;
        let mut out = Vec::with_capacity(qs.len());
        let mut i = 0;
        while i < qs.len() {
            let b = qs[i].block;
            let n = qs[i..].iter().take_while(|q| q.block == b).count();
            let group = &qs[i..i + n];
            i += n;
            let (Some(&(first, slot)), Some(block)) = (pieces.blocks.get(b), doc.blocks.get(b))
            else {
                out.extend(group.iter().map(|q| reader.cue(q)));
                continue;
            };
            // A scan of several blocks holds one block's contexts only.
            let keeps = self.kept && self.list[slot].now == 1;
            let reads: Option<Vec<speakers::CueRead>> = keeps
                .then(|| {
                    group
                        .iter()
                        .map(|q| speakers::CueRead::of(q, &block.range))
                        .collect()
                })
                .flatten();
            let Some(reads) = reads else {
                out.extend(group.iter().map(|q| reader.cue(q)));
                continue;
            };
            let next = pieces.blocks.get(b + 1).map_or(pieces.toks.len(), |n| n.0);
            let next_to = pieces
                .toks
                .get(next)
                .is_some_and(|t| doc.text.get(t.range()) == Some("to"));
            let scan = &mut self.list[slot];
            if let Some(c) = scan
                .cues
                .as_ref()
                .filter(|c| c.version == scan.version && c.next_to == next_to && c.reads == reads)
            {
                // What the speakers ask first of each cue, as it was read.
                for &(k, h) in c.cues.iter().flatten() {
                    reader.heard(first + k as usize, h);
                }
                out.extend(c.cues.iter().map(|k| k.map(|(k, _)| first + k as usize)));
                continue;
            }
            let at = out.len();
            out.extend(group.iter().map(|q| reader.cue(q)));
            // Kept from the block's first token (a cue is one of the block's words).
            let cues: Option<Vec<Option<(u32, bool)>>> = out[at..]
                .iter()
                .map(|&k| match k {
                    Some(k) => {
                        let rel = u32::try_from(k.checked_sub(first)?).ok()?;
                        Some(Some((rel, reader.hearer(k))))
                    }
                    None => Some(None),
                })
                .collect();
            scan.cues = cues.map(|cues| Cues {
                version: scan.version,
                next_to,
                reads,
                cues,
            });
        }
        reader.finish(out)
    }

    /// Decides again which held runs of the blocks are admitted (see [`Admission::admits`])
    /// where a tally they asked changed since; the others keep their answer.
    fn decide(&mut self, doc: &Document, pieces: &Pieces) {
        self.pass += 1;
        let pass = self.pass;
        let (tallied, all) = (&self.tallied, self.retallied);
        let stale = |f: &Fin| {
            f.decided.as_ref().is_none_or(|d| {
                d.pass != pass && (all || d.asked.iter().any(|k| tallied.contains(k)))
            })
        };
        let list = &self.list;
        let mut todo: Vec<usize> = pieces
            .blocks
            .iter()
            .map(|&(_, slot)| slot)
            .filter(|&slot| {
                list[slot]
                    .fin
                    .as_ref()
                    .is_some_and(|f| !f.held.is_empty() && stale(f))
            })
            .collect();
        todo.sort_unstable();
        todo.dedup();
        // The first given names of each family in draft order (all a run compares with):
        // every family's at once when many runs ask, else each family's as asked.
        let asking: usize = todo
            .iter()
            .filter_map(|&slot| list[slot].fin.as_ref())
            .map(|f| f.held.len())
            .sum();
        // A given name's folded key, as `Extractor::key` reads it.
        let key = |t: usize| -> std::borrow::Cow<'_, str> {
            match pieces.key_spans.get(t) {
                Some(&(s, e)) if s != e => pieces.keys[s as usize..e as usize].into(),
                _ => super::fold(doc.text.get(pieces.toks[t].range()).unwrap_or("")).into(),
            }
        };
        let firsts = |want: Option<u64>| {
            let mut all: HashMap<u64, Vec<std::borrow::Cow<'_, str>>> = HashMap::default();
            for &(first, slot) in &pieces.blocks {
                for &(h, g) in list[slot].fin.iter().flat_map(|f| &f.givens) {
                    if want.is_none_or(|w| w == h) {
                        let keys = all.entry(h).or_default();
                        if keys.len() < super::cands::GIVENS_READ {
                            keys.push(key(first + g as usize));
                        }
                    }
                }
            }
            all
        };
        let every = (asking > FEW_TALLIED).then(|| firsts(None));
        let mut each: HashMap<u64, Vec<std::borrow::Cow<'_, str>>> = HashMap::default();
        let mut decided = Vec::with_capacity(todo.len());
        for &slot in &todo {
            let Some(f) = &list[slot].fin else {
                continue;
            };
            let admitted = f
                .held
                .iter()
                .map(|held| {
                    held.admission.admits(
                        |h| self.names.contains_key(&h),
                        |h, close| {
                            // (A draft analysed once keeps no tallies.)
                            if self.kept && !self.givens.contains_key(&h) {
                                return false;
                            }
                            let keys = match &every {
                                Some(all) => all.get(&h),
                                None => Some(&*each.entry(h).or_insert_with(|| {
                                    firsts(Some(h)).remove(&h).unwrap_or_default()
                                })),
                            };
                            keys.is_some_and(|ks| ks.iter().any(|k| close(k)))
                        },
                    )
                })
                .collect();
            let asked = f.held.iter().flat_map(|h| h.admission.asks()).collect();
            decided.push((
                slot,
                Decided {
                    admitted,
                    asked,
                    pass,
                },
            ));
        }
        for (slot, d) in decided {
            if let Some(f) = &mut self.list[slot].fin {
                f.decided = Some(d);
            }
        }
        self.tallied.clear();
        self.retallied = false;
    }

    /// The name candidates of the draft, read again only for the blocks whose scan or
    /// quotation contexts are new; `ex` gives the draft-wide facts.
    pub(super) fn candidates(
        &mut self,
        doc: &Document,
        pieces: &Pieces,
        ex: &Extractor,
    ) -> Vec<super::cands::Cand> {
        for (bi, &(first, slot)) in pieces.blocks.iter().enumerate() {
            let next = pieces.blocks.get(bi + 1).map_or(pieces.toks.len(), |b| b.0);
            let n = next - first;
            let toks = &pieces.toks[first..first + n];
            // Compared in place, unless they are known to be the same: the signature is built
            // only for a block read again.
            let scan = &self.list[slot];
            let held = scan.now == 1 && scan.sig_held != 0 && scan.sig_held == self.epoch;
            let fresh = !held
                && scan.cands.as_ref().is_none_or(|(s, _)| {
                    s.len() != toks.len()
                        || !s.iter().zip(toks).all(|(&c, t)| c == quote_context(t))
                });
            if fresh {
                let sig = quote_signature(toks);
                let keys = (pieces.keys.as_str(), &pieces.key_spans[first..first + n]);
                let end = doc.blocks[bi].range.end;
                let block = Extractor::block(doc.text, toks, keys, ex.words, end);
                let pres = block.pre_candidates();
                self.list[slot].cands = Some((sig, pres));
                self.list[slot].version += 1;
                self.set_fin(slot, None);
            }
            // A scan of several blocks holds the signature of the last one read.
            let sole = self.list[slot].now == 1;
            self.list[slot].sig_held = if sole { self.epoch } else { 0 };
        }
        // Sized from the blocks' runs (about one candidate each): the vector is large, and
        // growing it copied every candidate again and again.
        let kept: usize = pieces
            .blocks
            .iter()
            .filter_map(|&(_, slot)| self.list[slot].cands.as_ref())
            .map(|(_, pres)| pres.len())
            .sum();
        // Each block's runs completed with the draft-wide facts, in order, on two cores: a
        // block's completion is kept while none of the facts it read changed since it was
        // checked.
        let (list, keep) = (&self.list, self.kept);
        let complete = |blocks: &[(usize, usize)], out: &mut Vec<super::cands::Cand>| {
            let mut made = Vec::new();
            for &(first, slot) in blocks {
                let scan = &list[slot];
                let Some((_, pres)) = &scan.cands else {
                    continue;
                };
                if let Some(f) = scan
                    .fin
                    .as_ref()
                    .filter(|f| !ex.words.any_changed(&f.reads))
                {
                    out.extend(f.out.iter().map(|c| c.shifted(first)));
                    continue;
                }
                let (at, mut reads, mut held) = (out.len(), Vec::new(), Vec::new());
                for (i, p) in pres.iter().enumerate() {
                    if !ex.finish(p, first, out, false, &mut reads) && !p.cand.bare() {
                        // What it gives when admitted, kept for the next analysis only.
                        let taken = keep.then(|| {
                            let mut taken = Vec::new();
                            ex.finish(p, first, &mut taken, true, &mut reads);
                            taken.iter().map(|c| c.unshifted(first)).collect()
                        });
                        held.push(Held {
                            admission: ex.admission(p, first),
                            pre: i,
                            taken,
                        });
                    }
                }
                let done = &out[at..];
                let fin = Fin {
                    out: if keep {
                        done.iter().map(|c| c.unshifted(first)).collect()
                    } else {
                        Vec::new()
                    },
                    names: done.iter().map(|c| ex.name_hash(c)).collect(),
                    givens: done
                        .iter()
                        .filter_map(|c| ex.given_of(c))
                        .map(|(h, g)| (h, (g - first) as u32))
                        .collect(),
                    held,
                    reads,
                    decided: None,
                };
                made.push((slot, fin));
            }
            made
        };
        let (front, back) = pieces.blocks.split_at(pieces.blocks.len() / 2);
        // As many as last time, most likely: a run may give more than one.
        let (all, first) = self.last_cands;
        let mut out = Vec::with_capacity(kept.max(all) + 16);
        let (made, (made_back, mut rest)) = crate::join(
            doc.text.len(),
            || complete(front, &mut out),
            || {
                let mut rest = Vec::with_capacity((kept / 2).max(all.saturating_sub(first)) + 16);
                (complete(back, &mut rest), rest)
            },
        );
        let in_front = out.len();
        out.append(&mut rest);
        // (A scan used by two blocks is completed twice alike.)
        for (slot, fin) in made.into_iter().chain(made_back) {
            self.set_fin(slot, Some(fin));
        }
        // The changes to the facts are forgotten at the next analysis's scans.
        self.checked = true;
        // The tallies follow the blocks that use each completion.
        for i in 0..self.list.len() {
            let s = &self.list[i];
            if s.counted != s.now {
                self.count(i, i64::from(s.now) - i64::from(s.counted));
            }
        }
        let taken = out.len();
        self.decide(doc, pieces);
        let list = &self.list;
        for &(first, slot) in &pieces.blocks {
            let Some(f) = &list[slot].fin else {
                continue;
            };
            let admitted = f.decided.iter().flat_map(|d| &d.admitted);
            for (held, _) in f.held.iter().zip(admitted).filter(|(_, &a)| a) {
                match (&held.taken, &list[slot].cands) {
                    (Some(taken), _) => out.extend(taken.iter().map(|c| c.shifted(first))),
                    (None, Some((_, pres))) => {
                        if let Some(p) = pres.get(held.pre) {
                            ex.finish(p, first, &mut out, true, &mut Vec::new());
                        }
                    }
                    (None, None) => {}
                }
            }
        }
        if out.len() > taken {
            out.sort_by_key(|c| c.toks.start);
        }
        self.last_cands = (out.len(), in_front);
        out
    }
}

impl PeopleMemo {
    /// The tokens of the draft, placed with their quotation contexts, and their folded forms;
    /// the word counts follow the blocks that came and went since the last analysis.
    pub(super) fn pieces(&mut self, doc: &Document, quotes: &crate::quotes::Quotes) -> Pieces {
        if !self.keep {
            return self.pieces_once(doc, quotes);
        }
        for s in &mut self.scans.list {
            s.now = 0;
        }
        // The facts' changes the last analysis checked the blocks against are forgotten; an
        // analysis that kept the last people checked none, and they add up.
        if std::mem::take(&mut self.scans.checked) {
            self.words.checked();
        }
        self.words.next();
        let slots: Vec<usize> = (0..doc.blocks.len())
            .map(|bi| self.scans.slot(doc, bi))
            .collect();
        self.scans.kept = true;
        let before = std::mem::replace(&mut self.scans.last, slots.clone());
        self.scans.seen = doc.id;
        self.changed = one_changed(&before, &slots);
        // Blocks moved about (not one changed in place) may put a family's given names in
        // another order with the same tallies.
        if self.changed.is_none() && before != slots {
            self.scans.retallied = true;
        }
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
        let mut pieces = std::mem::take(&mut self.placed);
        let list = &self.scans.list;
        let spliced = self
            .changed
            .and_then(|(bi, old)| pieces.splice(doc, list, bi, (old, slots[bi])));
        if spliced.is_none() {
            pieces.fill(doc, list, &slots);
        }
        let marks = scan::Marks::of(quotes);
        // Only the changed block's tokens can take another context when the marks stand to
        // the others as they did.
        let only = spliced
            .as_ref()
            .filter(|s| pieces.marks.same_outside(&marks, s.bytes))
            .map(|s| s.toks.clone());
        pieces.contexts_inside = only.is_some();
        let toks = match only {
            Some(r) => {
                if let Some((bi, _)) = self.changed {
                    self.scans.list[slots[bi]].sig_held = 0;
                }
                &mut pieces.toks[r]
            }
            None => {
                self.scans.epoch += 1;
                &mut pieces.toks[..]
            }
        };
        let moved = scan::contexts(&marks, toks);
        pieces.marks = marks;
        pieces.same_contexts = spliced.is_some_and(|s| s.same_count) && !moved;
        pieces
    }

    /// [`PeopleMemo::pieces`] for a draft analysed once (the command line's): each block is
    /// scanned straight into the draft's arrays, no block key is built or kept, and a block
    /// written twice is copied from its first copy. The scans keep no tokens, so
    /// [`PeopleMemo::settle`] forgets them.
    fn pieces_once(&mut self, doc: &Document, quotes: &crate::quotes::Quotes) -> Pieces {
        let mut pieces = Pieces::default();
        // A token for every few bytes, reserved at once: growing the largest array of the
        // stage step by step would copy it again and again.
        pieces.toks.reserve(doc.text.len() / 5);
        pieces.key_spans.reserve(doc.text.len() / 5);
        // Hash of a block's text -> the first blocks with that hash, as indexes of `firsts`.
        let mut index: HashMap<u64, Vec<usize>> = HashMap::default();
        // Per scan: its first block, that block's first token, tokens, first key byte, key
        // bytes, and the sentences before it.
        let mut firsts: Vec<(usize, usize, usize, usize, usize, u32)> = Vec::new();
        self.scans = Scans::default();
        self.words = Words::default();
        self.changed = None;
        let mut sent_base: u32 = 0;
        for (bi, block) in doc.blocks.iter().enumerate() {
            let h = rustc_hash::FxBuildHasher.hash_one(&doc.text.as_bytes()[block.range.clone()]);
            let bucket = index.entry(h).or_default();
            let first = pieces.toks.len();
            let kbase = pieces.keys.len();
            let slot = match bucket
                .iter()
                .copied()
                .find(|&j| same_scan_input(doc, firsts[j].0, bi))
            {
                Some(j) => {
                    let (b0, t0, n, k0, klen, s0) = firsts[j];
                    let o0 = doc.blocks[b0].range.start;
                    pieces.toks.extend_from_within(t0..t0 + n);
                    let toks = &mut pieces.toks[first..];
                    // Back to offsets from the block's start, then placed here.
                    let o0 = o0 as u32;
                    for t in toks.iter_mut() {
                        t.at = t.at.start - o0..t.at.end - o0;
                        t.to -= o0;
                        t.sent -= s0;
                    }
                    scan::place_block(toks, block.range.start, sent_base, bi);
                    pieces.keys.extend_from_within(k0..k0 + klen);
                    let moved = (kbase as u32).wrapping_sub(k0 as u32);
                    pieces.key_spans.extend_from_within(t0..t0 + n);
                    for sp in &mut pieces.key_spans[first..] {
                        *sp = (sp.0.wrapping_add(moved), sp.1.wrapping_add(moved));
                    }
                    self.scans.list[j].now += 1;
                    j
                }
                None => {
                    let mut toks = scan::scan_block(doc, bi);
                    let text = &doc.text[block.range.start..];
                    let (keys, key_spans) = fold_keys(text, &toks);
                    mark_words(text, &mut toks, &keys, &key_spans);
                    let words = Words::of_block(&toks, text, &keys, &key_spans);
                    let n = toks.len();
                    pieces.toks.append(&mut toks);
                    scan::place_block(&mut pieces.toks[first..], block.range.start, sent_base, bi);
                    pieces.keys.push_str(&keys);
                    let base = kbase as u32;
                    pieces
                        .key_spans
                        .extend(key_spans.iter().map(|&(a, b)| (a + base, b + base)));
                    bucket.push(firsts.len());
                    firsts.push((bi, first, n, kbase, keys.len(), sent_base));
                    self.scans.list.push(Scan {
                        key: Vec::new(),
                        hash: h,
                        toks: Vec::new(),
                        keys: String::new(),
                        key_spans: Vec::new(),
                        cands: None,
                        fin: None,
                        counted: 0,
                        sig_held: 0,
                        version: 0,
                        cues: None,
                        text: Box::default(),
                        words,
                        live: 0,
                        now: 1,
                    });
                    self.scans.list.len() - 1
                }
            };
            pieces.blocks.push((first, slot));
            sent_base += block.sentences.len() as u32;
        }
        // Counted once per scan, times the blocks written so, as the kept scans are.
        for (s, &(b0, t0, n, ..)) in self.scans.list.iter_mut().zip(&firsts) {
            let parts = BlockParts {
                text: doc.text,
                toks: &pieces.toks[t0..t0 + n],
                keys: &pieces.keys,
                key_spans: &pieces.key_spans[t0..t0 + n],
                words: &s.words,
            };
            debug_assert_eq!(pieces.blocks[b0].0, t0);
            self.words.apply(&parts, i64::from(s.now));
            s.live = s.now;
        }
        pieces.at.extend(blocks_at(doc));
        let marks = scan::Marks::of(quotes);
        scan::contexts(&marks, &mut pieces.toks);
        pieces.marks = marks;
        pieces
    }

    /// Forgets the scans no block of this analysis used and keeps its pieces for the next; a
    /// draft analysed once keeps nothing (its scans hold no tokens: see
    /// [`PeopleMemo::pieces_once`]).
    pub(super) fn settle(&mut self, mut pieces: Pieces) {
        if !self.keep {
            self.scans = Scans::default();
            self.words = Words::default();
            return;
        }
        self.scans.evict(&mut pieces.blocks);
        self.placed = pieces;
    }
}

impl PeopleMemo {
    /// Where the edit since the last analysis lies, when it changed one block's scan.
    pub(super) fn scope(&self, pieces: &Pieces) -> Option<Scope> {
        let (bi, old_slot) = self.changed?;
        let &(first_tok, new_slot) = pieces.blocks.get(bi)?;
        // The block's part in the draft's counts, before (+1) and after (-1) the edit, as
        // `Words::apply` counts it: only a word whose count moved has another count now.
        let mut moved: HashMap<(bool, Box<str>), i64> = HashMap::default();
        for (slot, times) in [(old_slot, 1), (new_slot, -1)] {
            let scan = self.scans.list.get(slot)?;
            for (i, t) in scan.toks.iter().enumerate() {
                let word = scan.text.get(t.range())?;
                if t.cap() {
                    let (s, e) = *scan.key_spans.get(i)?;
                    let key: Box<str> = if s == e {
                        super::fold(word).into()
                    } else {
                        scan.keys.get(s as usize..e as usize)?.into()
                    };
                    *moved.entry((true, key)).or_default() += times;
                } else if word.chars().next().is_some_and(char::is_lowercase) {
                    *moved.entry((false, word.into())).or_default() += times;
                }
            }
        }
        let (mut caps, mut lower) = (Vec::new(), Vec::new());
        for ((cap, word), n) in moved {
            if n != 0 {
                if cap {
                    caps.push(word)
                } else {
                    lower.push(word)
                }
            }
        }
        Some(Scope {
            first_tok,
            same_contexts: pieces.same_contexts,
            caps,
            lower,
        })
    }

    /// Forgets the last analysis's people and resolution when it credited woven phrases and
    /// this one does not, or the other way round: its speakers were read otherwise.
    pub(super) fn credit_woven(&mut self, woven: bool, litter: &mut crate::memo::Litter) {
        if self.woven != woven {
            self.woven = woven;
            if let Some(last) = self.last.take() {
                litter.push(last);
            }
            if let Some(fold) = self.fold.take() {
                litter.push(fold);
            }
            self.spare = None;
        }
    }

    /// Readies the caches of the whole-draft resolution for a full run.
    pub(super) fn begin_resolution(&mut self, litter: &mut crate::memo::Litter) {
        // What the last analysis did not ask for, freed later in one piece.
        let forgotten = (
            self.key_cache.each_mut().map(Kept::begin_apart),
            self.roman_cache.begin_apart(),
            self.sinitic_cache.begin_apart(),
            self.variant_cache.begin_apart(),
        );
        litter.push(forgotten);
    }

    /// The last analysis's people, placed in this draft, when the edit since then changed only
    /// one word that no decision of the stage reads (see [`inert`]): every other byte, token,
    /// sentence and quotation context is the same, so only offsets move and the speakers of
    /// quotations (read from this analysis's quotations) are worked out again. `None` when the
    /// stage must run.
    pub(super) fn reuse(
        &mut self,
        doc: &Document,
        quotes: &crate::quotes::Quotes,
        pieces: &Pieces,
        litter: &mut crate::memo::Litter,
    ) -> Option<Arc<People>> {
        let (bi, old_slot) = self.changed?;
        let last = self.last.as_deref()?;
        let new_slot = pieces.blocks.get(bi)?.1;
        let (old, new) = (&self.scans.list[old_slot], &self.scans.list[new_slot]);
        let origin = doc.blocks.get(bi)?.range.start;
        let (before, now) = (last.text.as_bytes(), doc.text.as_bytes());
        // The block stood where it stands, and the draft differs only inside it.
        if before.get(origin..origin + old.text.len()) != Some(old.text.as_bytes()) {
            return None;
        }
        // The parse knows where the texts differ when it kept the last one's blocks; the
        // bytes are compared only when it did not.
        let (pre, suf) = edit_span(last, doc);
        let rel = |end: usize| (end - suf).checked_sub(origin);
        let (start, old_end, new_end) = (
            pre.checked_sub(origin)?,
            rel(before.len())?,
            rel(now.len())?,
        );
        // The one token the change falls in.
        let k = new
            .toks
            .iter()
            .position(|t| t.range().start <= start && new_end <= t.range().end)?;
        let (ot, nt) = (old.toks.get(k)?, &new.toks[k]);
        if ot.range().start != nt.range().start || old_end > ot.range().end {
            return None;
        }
        let (a, b_old, b_new) = (nt.range().start, ot.range().end, nt.range().end);
        if !inert(&old.text[a..b_old], &new.text[a..b_new], &self.words) {
            return None;
        }
        let delta = b_new as i64 - b_old as i64;
        // Block offsets moved by the edit: the word's end and all after it.
        let map = |x: usize| -> Option<usize> {
            if x <= a {
                Some(x)
            } else if x >= b_old {
                usize::try_from(x as i64 + delta).ok()
            } else {
                None
            }
        };
        if !same_block(old, new, (a, b_old), &map) || !pieces.same_contexts {
            return None;
        }
        // The other names' marks stand over an inert word (see `VariantsMemo::carry`).
        let (generation, n) = (self.words.generation(), pieces.toks.len());
        self.variants.carry(generation, n);
        let moved = |x: usize| match x.checked_sub(origin) {
            Some(r) => map(r).map(|r| r + origin),
            None => Some(x),
        };
        let shift = |r: &mut std::ops::Range<usize>| -> Option<()> {
            *r = moved(r.start)?..moved(r.end)?;
            Some(())
        };
        let mut people = self.spare.take().unwrap_or_else(|| shiftable(&last.people));
        for p in &mut people.persons {
            for m in &mut p.mentions {
                shift(&mut m.range)?;
            }
        }
        for s in &mut people.spellings {
            shift(&mut s.range)?;
            if let Some(r) = &mut s.canonical_range {
                shift(r)?;
            }
        }
        for amb in &mut people.ambiguous {
            shift(&mut amb.range)?;
        }
        let before = speakers::Before {
            said: &last.said,
            speakers: &last.people.speakers,
            moved: &moved,
            block: bi,
            range: origin..origin + new.text.len(),
            people: None,
        };
        people.speakers =
            speakers::resolve_after(doc, quotes, &pieces.toks, &last.known, Some(&before), None);
        attach_quotations(&mut people);
        let people = Arc::new(people);
        let last = self.last.as_deref_mut()?;
        litter.push(std::mem::replace(&mut last.people, Arc::clone(&people)));
        litter.push(std::mem::replace(&mut last.said, Arc::new(said(quotes))));
        self.reused += 1;
        self.spare_wanted = true;
        // The resolution is kept: it reads tokens by index, and an inert word changed no
        // token's place, no candidate and no count a decision reads (see `inert`), so its
        // states before each mark are this draft's too.
        Some(people)
    }

    /// The text of the draft this analysis read, kept with what it found: copied once for the
    /// whole analysis, on the core with time to spare (see `analyze_memo`).
    /// `doc` is its parse's `Document::id`.
    pub(crate) fn remember_text(&mut self, text: Arc<str>, doc: u64) {
        if let Some(last) = self.last.as_deref_mut().filter(|_| self.keep) {
            last.text = text;
            last.text_of = doc;
        }
    }

    /// Keeps what this analysis found for the next (see [`PeopleMemo::reuse`]).
    pub(super) fn keep_last(
        &mut self,
        quotes: &crate::quotes::Quotes,
        people: &Arc<People>,
        known: speakers::Known,
        litter: &mut crate::memo::Litter,
    ) {
        if !self.keep {
            return;
        }
        self.spare_wanted = false;
        if let Some(last) = self.last.as_deref_mut() {
            self.spare_ends = Arc::get_mut(&mut last.known).map(speakers::Known::spare_ends);
        }
        let old = self.last.replace(Box::new(Last {
            // Until `remember_text`: an empty text is reused by nothing.
            text: Arc::default(),
            text_of: 0,
            people: Arc::clone(people),
            known: Arc::new(known),
            said: Arc::new(said(quotes)),
        }));
        if let Some(old) = old {
            litter.push(old);
        }
        if let Some(spare) = self.spare.take() {
            litter.push(spare);
        }
    }

    /// Copies the last people ahead for the next keystroke, when the last kept them (see
    /// [`PeopleMemo::spare`]), and clears tables for its speakers if none are left.
    pub(crate) fn prepare(&mut self) {
        match self.last.as_deref() {
            Some(last) if self.keep && self.spare_wanted && self.spare.is_none() => {
                self.spare = Some(shiftable(&last.people));
            }
            _ => {}
        }
        // The tables of where candidates end and start, when no analysis before the last left
        // any (the draft was just opened): cleared here rather than on the keystroke's path.
        if let Some(last) = self.last.as_deref().filter(|_| self.keep) {
            if self.spare_ends.is_none() {
                self.spare_ends = Some(speakers::SpareEnds::cleared_like(&last.known));
            }
        }
    }
}

/// A copy of `people` for a keystroke to shift: its speakers are worked out again, and with
/// them each person's quotations.
fn shiftable(people: &People) -> People {
    People {
        persons: people
            .persons
            .iter()
            .map(|p| super::Person {
                canonical: p.canonical.clone(),
                mentions: p.mentions.clone(),
                titles: p.titles.clone(),
                quotations: Vec::new(),
            })
            .collect(),
        speakers: Vec::new(),
        spellings: people.spellings.clone(),
        ambiguous: people.ambiguous.clone(),
    }
}

/// Where the draft changed since the last analysis (`last.text`): the length of the text
/// before the change and of the text after it, the same in both. The parse knows it when
/// it kept the last one's blocks; the bytes are compared only when it did not.
fn edit_span(last: &Last, doc: &Document) -> (usize, usize) {
    let (before, now) = (last.text.as_bytes(), doc.text.as_bytes());
    match doc.edit {
        Some(e)
            if e.from == last.text_of
                && e.at <= e.old_end.min(e.new_end)
                && before.len().checked_sub(e.old_end) == now.len().checked_sub(e.new_end) =>
        {
            (e.at, before.len() - e.old_end)
        }
        _ => {
            let pre = crate::document::common(before, now, false);
            (
                pre,
                crate::document::common(&before[pre..], &now[pre..], true),
            )
        }
    }
}

/// What the last analysis's speakers were read from, for an analysis that works the people
/// out again after an edit inside one block (see [`speakers::Before`]): the speakers of the
/// quotations that read nothing the edit changed are kept.
pub(super) struct SpeakersBefore {
    known: Arc<speakers::Known>,
    people: Arc<People>,
    said: Arc<Vec<speakers::Said>>,
    /// The changed block and its range now.
    block: usize,
    range: std::ops::Range<usize>,
    /// Its first token, and how many tokens it had and has.
    toks: (usize, usize, usize),
    /// The edit's start, its end in the last draft and its end now.
    edit: (usize, usize, usize),
}

impl PeopleMemo {
    /// What the last speakers were read from, when the edit since changed one block's scan.
    pub(super) fn speakers_before(
        &self,
        doc: &Document,
        pieces: &Pieces,
    ) -> Option<SpeakersBefore> {
        let (bi, old_slot) = self
            .changed
            .filter(|_| self.keep && pieces.contexts_inside)?;
        let last = self.last.as_deref().filter(|l| l.text_of != 0)?;
        let &(first, new_slot) = pieces.blocks.get(bi)?;
        let (old_n, new_n) = (
            self.scans.list.get(old_slot)?.toks.len(),
            self.scans.list.get(new_slot)?.toks.len(),
        );
        let (pre, suf) = edit_span(last, doc);
        Some(SpeakersBefore {
            known: Arc::clone(&last.known),
            people: Arc::clone(&last.people),
            said: Arc::clone(&last.said),
            block: bi,
            range: doc.blocks.get(bi)?.range.clone(),
            toks: (first, old_n, new_n),
            edit: (pre, last.text.len() - suf, doc.text.len() - suf),
        })
    }
}

/// The speaker of every quotation (see [`speakers::resolve`]), those `before` allows kept.
pub(super) fn resolve_speakers(
    before: Option<&SpeakersBefore>,
    doc: &Document,
    quotes: &crate::quotes::Quotes,
    toks: &[super::scan::Tok],
    known: &speakers::Known,
    cues: speakers::OwnCues,
) -> Vec<Speaker> {
    let Some(b) = before else {
        return speakers::resolve(doc, quotes, toks, known, cues);
    };
    let (pre, old_end, new_end) = b.edit;
    let moved = |x: usize| -> Option<usize> {
        if x <= pre {
            Some(x)
        } else if x >= old_end {
            Some(x - old_end + new_end)
        } else {
            None
        }
    };
    let before = speakers::Before {
        said: &b.said,
        speakers: &b.people.speakers,
        moved: &moved,
        block: b.block,
        range: b.range.clone(),
        people: Some(speakers::PeopleBefore {
            known: &b.known,
            toks: b.toks,
        }),
    };
    speakers::resolve_after(doc, quotes, toks, known, Some(&before), Some(cues))
}

/// What the speakers are read from in each quotation (see [`speakers::Said`]).
fn said(quotes: &crate::quotes::Quotes) -> Vec<speakers::Said> {
    quotes.quotations.iter().map(speakers::Said::of).collect()
}

/// Lists with each person the quotations they said.
pub(super) fn attach_quotations(people: &mut People) {
    for (qi, s) in people.speakers.iter().enumerate() {
        if let Speaker::Person(p) = s {
            if let Some(person) = people.persons.get_mut(*p) {
                person.quotations.push(qi);
            }
        }
    }
}

/// A block's key read back (see [`key_parts`]): its kind, its sentence ranges, its prose and
/// its text.
type KeyParts<'a> = (u8, Vec<(u64, u64)>, &'a [u8], &'a [u8]);

/// The parts of a block's key, `len` the block's length.
fn key_split(key: &[u8], len: usize) -> Option<KeyParts<'_>> {
    let kind = *key.first()?;
    let n = usize::try_from(u64::from_le_bytes(key.get(1..9)?.try_into().ok()?)).ok()?;
    let at =
        |i: usize| -> Option<u64> { Some(u64::from_le_bytes(key.get(i..i + 8)?.try_into().ok()?)) };
    let sentences = (0..n)
        .map(|j| Some((at(9 + 16 * j)?, at(17 + 16 * j)?)))
        .collect::<Option<Vec<_>>>()?;
    let rest = key.get(9 + 16 * n..)?;
    (rest.len() == 2 * len).then(|| (kind, sentences, &rest[..len], &rest[len..]))
}

/// Whether block scans `old` and `new` are the same but for the word at `a..b_old` of `old`:
/// kind, sentences, the prose around the word (the word itself prose in both), and every
/// token, offsets moved by `map`.
fn same_block(
    old: &Scan,
    new: &Scan,
    (a, b_old): (usize, usize),
    map: &dyn Fn(usize) -> Option<usize>,
) -> bool {
    let b_new = map(b_old);
    let (Some(b_new), Some(o), Some(n)) = (
        b_new,
        key_split(&old.key, old.text.len()),
        key_split(&new.key, new.text.len()),
    ) else {
        return false;
    };
    let moved = |x: u64| usize::try_from(x).ok().and_then(map).map(|x| x as u64);
    o.0 == n.0
        && o.1.len() == n.1.len()
        && o.1
            .iter()
            .zip(&n.1)
            .all(|(&(s, e), &ns)| (moved(s), moved(e)) == (Some(ns.0), Some(ns.1)))
        && o.2[..a] == n.2[..a]
        && o.2[b_old..] == n.2[b_new..]
        && o.2[a..b_old] == o.3[a..b_old]
        && n.2[a..b_new] == n.3[a..b_new]
        && old.toks.len() == new.toks.len()
        && old.toks.iter().zip(&new.toks).all(|(ot, nt)| {
            match (map(ot.range().start), map(ot.range().end), map(ot.end())) {
                (Some(s), Some(e), Some(end)) => {
                    Tok {
                        at: s as u32..e as u32,
                        to: end as u32,
                        ..ot.clone()
                    } == *nt
                }
                _ => false,
            }
        })
}

/// Words the people stage's code compares a lowercase word with, where no list names them:
/// articles, conjunctions and pronouns (`cands.rs`, `mod.rs`, `speakers.rs`, `proper.rs`).
/// Kept by hand: a word the stage's code comes to read must be added here
/// (`tests/incremental_words.rs` and the `keystrokes` fuzz target compare with a fresh analysis).
const WORDS_READ: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "so", "then", "yet", "who", "as", "to", "he", "him",
    "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "its", "it",
];

/// Every lowercase word some decision of the people stage reads: the word lists it consults on
/// lowercase words (more of them than it needs, so that a list put to a new use stays covered),
/// the lowercase words of listed place names, and the words its code names. Head nouns
/// (`council`, `awards`) are left out: the stage reads them only on the capitalised words of a
/// run of names (`City Council`), and a writer types inside them often.
fn words_read() -> &'static rustc_hash::FxHashSet<String> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let lex = super::lexicon::Lexicon::get();
        let mut set: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for list in [
            &lex.particles,
            &lex.hyphened,
            &lex.article,
            &lex.bridges,
            &lex.finite_verbs,
            &lex.explainers,
            &lex.place_explainers,
            &lex.place_prepositions,
            &lex.endings,
            &lex.compounds,
            &lex.generation,
            &lex.suffixes,
            &lex.common,
            &lex.demonyms,
            &lex.reporting,
        ] {
            set.extend(list.iter().cloned());
        }
        set.extend(lex.kin.keys().cloned());
        set.extend(lex.titles.keys().cloned());
        for form in lex.place_groups.iter().flatten() {
            set.extend(
                form.split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.chars().all(char::is_lowercase))
                    .map(String::from),
            );
        }
        let code = [
            WORDS_READ,
            super::cands::APPOSITIVE,
            super::cands::NOT_APPOSITIVE,
            super::cands::ROLES,
        ];
        set.extend(code.iter().flat_map(|l| l.iter()).map(|w| w.to_string()));
        set
    })
}

/// Whether the lowercase word `old`, changed into `new`, can change nothing the people stage
/// decides. Both are plain words of two letters or more that no list or code of the stage
/// reads, and a word's ending does not make the one into a role noun before a name (`trader`,
/// `tradxr`) nor into a finite verb after one (`met`, `meert`). The stage asks only whether a capitalised word is also written in lowercase
/// somewhere (`words.lower`, read for presence), so a word the draft also capitalises must be
/// written in lowercase elsewhere both before and after the edit (`words` counts the draft as
/// it is now). Who said a quotation (a described speaker quotes the words) is worked out again
/// anyway.
fn inert(old: &str, new: &str, words: &Words) -> bool {
    let plain = |w: &str| {
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()) && !words_read().contains(w)
    };
    // How often `w` is written in lowercase now, at least, for its presence not to have changed.
    let present_as_before = |w: &str, at_least: u32| {
        // (Words standing alone are counted among the capitalised ones too.)
        !words.caps.contains_key(w) || words.lower.get(w).is_some_and(|&n| n >= at_least)
    };
    plain(old)
        && plain(new)
        && present_as_before(old, 1)
        && present_as_before(new, 2)
        && super::cands::role_noun(old) == super::cands::role_noun(new)
        // After two capitalised words opening a sentence, a verb's shape makes them a person
        // (`Ysolde Penhallow runs`, see `Extractor::opens_acting`).
        && crate::quotes::shape::finite_verb(old) == crate::quotes::shape::finite_verb(new)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, analyze_memo, Config, DocKind, Memo};

    /// Letters typed one by one into a name in the third paragraph: the first keystroke takes
    /// the resolution up at a checkpoint before it, the next ones before that paragraph, and
    /// every analysis equals a fresh one. A letter typed into the first paragraph starts from
    /// the draft's beginning.
    #[test]
    fn typing_in_a_name_takes_the_fold_up_before_its_paragraph() {
        // Paragraphs longer than a name's decisions read ahead (`super::READS_AHEAD`).
        let filler = "The orchard lies on the slope above the river, where the morning fog \
                      lingers long after the sun has risen over the hills and the barns.";
        let base = format!(
            "Ruth Okafor grows pears. {filler} Okafor sells them.\n\n\
             Her brother, Dev Okafor, drives the van. {filler} Okafor is tired.\n\n\
             Mina Castell buys them for her shop. {filler} Castell pays well.\n"
        );
        let (config, mut memo) = (Config::default(), Memo::new());
        let mut text = base;
        analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
            false
        });
        let at = text.find("Castell buys").expect("the name") + 4;
        for (i, ch) in "xyz".chars().enumerate() {
            text.insert(at + i, ch);
            same_as_fresh(&text, &mut memo);
        }
        assert_eq!(memo.people.resumed, 3);
        // Typed into the first paragraph: nothing before it to keep.
        let at = text.find("Ruth").expect("the name") + 2;
        text.insert(at, 'q');
        analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
            false
        });
        assert_eq!(memo.people.resumed, 3);
        same_as_fresh(&text, &mut memo);
    }

    /// A word typed that keeps the last people (`inert`), then a name typed in the same
    /// paragraph: the fold kept over the word is taken up before that paragraph, not started
    /// from the draft's beginning, and every analysis equals a fresh one.
    #[test]
    fn a_name_typed_after_an_inert_word_takes_the_fold_up() {
        let filler = "The orchard lies on the slope above the river, where the morning fog \
                      lingers long after the sun has risen over the hills and the barns.";
        let mut text = format!(
            "Ruth Okafor grows pears. {filler} Okafor sells them.\n\n\
             Her brother, Dev Okafor, drives the van. {filler} Okafor is tired.\n\n\
             Mina Castell buys them for her shop. {filler} Castell pays well.\n"
        );
        let mut memo = Memo::new();
        same_as_fresh(&text, &mut memo);
        // A first name keystroke sets the mark before the third paragraph.
        let name = text.find("Castell buys").expect("the name") + 4;
        text.insert(name, 'x');
        same_as_fresh(&text, &mut memo);
        // Words of the third paragraph, after the name, then the name again: each word keeps
        // the people.
        for word in ["orchard", "morning"] {
            let at = text.rfind(word).expect("the word") + 2;
            text.insert(at, 'x');
            same_as_fresh(&text, &mut memo);
        }
        assert_eq!(memo.people.reused, 2);
        let resumed = memo.people.resumed;
        text.insert(name + 1, 'y');
        same_as_fresh(&text, &mut memo);
        assert_eq!(memo.people.resumed, resumed + 1);
    }

    /// Typing in a name in the middle of a draft: the names paragraphs on that read nothing the
    /// edit changed are decided as the last fold decided them, and the others afresh (a later
    /// mention of the name typed in, a surname alone whose namesakes changed); every analysis
    /// equals a fresh one.
    #[test]
    fn names_away_from_a_name_typed_are_decided_as_before() {
        let filler = "The orchard lies on the slope above the river, where the morning fog \
                      lingers long after the sun has risen over the hills and the barns, and \
                      the carts wait in the yard for the road to dry.";
        let mut text = format!(
            "Ruth Okafor grows pears. {filler}\n\n\
             Her brother, Dev Okafor, drives the van. {filler}\n\n\
             Ruth Okafor sells them at the market. {filler}\n\n\
             Mina Castell buys them for her shop. {filler}\n\n\
             Okafor is tired, and Castell pays well. {filler}\n\n\
             Tom Brandt, a baker, joined them. {filler} Brandt said so.\n\n\
             Ruth Okafor and Mina Castell met Dr Lena Vos. Vos agreed.\n"
        );
        let mut memo = Memo::new();
        same_as_fresh(&text, &mut memo);
        // The later `Okafor` alone is the namesake named last: Ruth, then Dev once her third
        // mention is spelt otherwise.
        let at = text.find("Okafor sells").expect("the name") + 3;
        for (i, ch) in "xyz".chars().enumerate() {
            text.insert(at + i, ch);
            same_as_fresh(&text, &mut memo);
        }
        // Back to the name the later mentions have.
        text.replace_range(at..at + 3, "");
        same_as_fresh(&text, &mut memo);
        assert!(
            memo.people.replayed > 0,
            "no decision was taken from the last fold"
        );
    }

    /// Names of every shape the fold looks up by a key of its own, typed into one after
    /// another: a family name written first and its given name used alone (`Mr Jinping`), a
    /// knight by his first name, namesakes a surname alone leaves ambiguous, a slip in a
    /// surname, a surname met alone before the full name, a particle written joined, one
    /// Chinese name romanised two ways. Every fold that takes decisions from the last is
    /// checked against a fresh one (in a debug build), and every analysis against a fresh one.
    #[test]
    fn names_of_every_shape_typed_into_are_decided_as_a_fresh_fold_decides() {
        let filler = "The road to the harbour was closed again that morning, and the \
                      ferries waited in the bay while the wind turned slowly to the west \
                      over the islands and the long grey breakwater.";
        let base = format!(
            "Xi Jinping visited the port on Monday. {filler}\n\n\
             Sir Alan Budd chaired the panel. {filler}\n\n\
             Dr Ana Ruiz and her husband, Pedro Ruiz, run the clinic. {filler}\n\n\
             Alan Reese, a pilot, and Li Jinping, a trader, came too. {filler}\n\n\
             Okafor arrived late. Later Ruth Okafor, a teacher, spoke. {filler}\n\n\
             Marco De Luca, the harbour master, agreed. {filler}\n\n\
             Hsu Chih-ming, an engineer, disagreed. Ann Kendall, a farmer, listened. {filler}\n\n\
             Mr Jinping waved. Sir Alan nodded. Ruiz said little. {filler}\n\n\
             Okafor left, Mr DeLuca stayed, and Xu Zhiming said the ferries would sail. \
             Kendal said so too. {filler}\n"
        );
        let mut memo = Memo::new();
        same_as_fresh(&base, &mut memo);
        let mut text = base.clone();
        // A second `Alan` or `Jinping` leaves the first-name reading to nobody; spelt
        // otherwise, to the first.
        let names = [
            "Alan Reese",
            "Jinping, a",
            "Ruiz and",
            "Ruth Okafor",
            "De Luca",
            "Hsu Chih",
            "Alan Budd",
            "Kendall",
        ];
        for name in names {
            let at = text.find(name).expect("the name") + 2;
            for ch in ['x', 'y'] {
                text.insert(at, ch);
                same_as_fresh(&text, &mut memo);
            }
            text.replace_range(at..at + 2, "");
            same_as_fresh(&text, &mut memo);
        }
        assert_eq!(text, base);
        // The second `Alan` or `Jinping` no name any more, the word's counts the same.
        for (name, plain) in [("Alan Reese", "Alan reese"), ("Li Jinping", "li Jinping")] {
            same_as_fresh(&base.replacen(name, plain, 1), &mut memo);
            same_as_fresh(&base, &mut memo);
        }
        assert!(
            memo.people.replayed > 0,
            "no decision was taken from the last fold"
        );
    }

    /// A surname alone paragraphs after the edit reads how the draft writes its word: written
    /// in lowercase at the edit, it is a plain word, no slip for a namesake, and is decided
    /// afresh. Two guards see it, each enough here: the name is read otherwise (its evidence),
    /// and its word's counts moved; the test fails only with both taken away (tried).
    #[test]
    fn a_surname_alone_far_on_follows_its_word_written_at_the_edit() {
        let filler = "The mill by the water was quiet that week, and the wheel turned \
                      slowly while the carts waited in the yard for the road to dry, as they \
                      did every spring before the fair.";
        let base = format!(
            "Ann Kendall, a farmer, spoke on Monday about the price of feed, the rain that \
             kept the fields under water until May, and the buyers who never came back after \
             the market closed last year.\n\n{filler}\n\nThe Kendal Show opens in June, and \
             the Kendal Fair after it.\n\n{filler}\n\n{filler}\n\n{filler}\n\n\
             Later, Kendal said the crops were fine.\n"
        );
        let mut memo = Memo::new();
        // Written in lowercase (a plain word), or capitalised a third time (a name of its own).
        let lower = base.replacen("The mill", "The kendal", 1);
        let third = base.replacen("The mill", "The Kendal", 1);
        for text in [&base, &lower, &base, &third, &base, &third] {
            same_as_fresh(text, &mut memo);
        }
    }

    /// What an analysis replaces in the cache is handed out to be freed later, and an analysis
    /// frees what the last one left if nobody took it: a session that never takes it keeps no
    /// more than one analysis's worth.
    #[test]
    fn what_a_keystroke_replaces_is_freed_later_and_never_piles_up() {
        let (config, mut memo) = (Config::default(), Memo::new());
        let mut text = DRAFT.to_string();
        analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
            false
        });
        let mut left = Vec::new();
        for k in 0..6 {
            // In an ordinary word, then in a name: the people kept, then worked out again.
            let at = if k % 2 == 0 {
                text.find("pea").map(|i| i + 3)
            } else {
                text.find("Dev Ok").map(|i| i + 6)
            };
            text.insert(at.expect("the word"), 'x');
            analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
                false
            });
            left.push(memo.litter.len());
        }
        assert!(left.iter().all(|&n| (1..=4).contains(&n)), "{left:?}");
        assert!(!memo.take_litter().is_empty());
        assert!(memo.take_litter().is_empty());
    }

    /// Asserts that analysing `text` with `memo` (Markdown, the default config) gives what a
    /// fresh analysis gives.
    fn same_as_fresh(text: &str, memo: &mut Memo) {
        let config = Config::default();
        let memoised = analyze_memo(text, DocKind::Markdown, &config, None, memo, &|| false);
        assert_eq!(
            format!("{memoised:?}"),
            format!("{:?}", Some(analyze(text, DocKind::Markdown, &config))),
            "{text}"
        );
    }

    /// How many of the analyses after the first, one per text, took the last one's people.
    fn reused(texts: &[&str]) -> usize {
        let (config, mut memo) = (Config::default(), Memo::new());
        for t in texts {
            analyze_memo(t, DocKind::Markdown, &config, None, &mut memo, &|| false);
        }
        memo.people.reused
    }

    const DRAFT: &str =
        "Ruth Okafor grows pears.\n\nHer brother, Dev Okafor, sells them at the market.\n";

    /// People copied ahead between keystrokes (`Memo::prepare`) serve the next keystroke that
    /// keeps them; a copy made before the people changed is never taken. A copy is made only
    /// after a keystroke that kept the people: after one that rebuilt them (a name typed, or
    /// the draft opened), the next most often rebuilds them too.
    #[test]
    fn people_copied_ahead_serve_the_next_keystroke_only() {
        let mut memo = Memo::new();
        let typed = DRAFT.replace("pears", "pexars");
        let renamed = typed.replace("Okafor grows", "Okafxor grows");
        let again = renamed.replace("pexars", "pexxars");
        let more = again.replace("pexxars", "pexxxars");
        let mut copied = Vec::new();
        for text in [DRAFT, &typed, &renamed, &again, &more] {
            same_as_fresh(text, &mut memo);
            memo.prepare();
            copied.push(memo.people.spare.is_some());
        }
        assert_eq!(memo.people.reused, 3);
        assert_eq!(copied, [false, true, false, true, true]);
    }

    /// A word typed before a place in its paragraph keeps the people and searches for no
    /// place, but moves the place within the paragraph: the next keystroke, in a name, finds
    /// it where it now stands (the places' search of that paragraph is kept up to date).
    #[test]
    fn a_place_after_a_word_typed_is_found_where_it_now_stands() {
        // (draft, the word typed into before a place, the name typed into after it): places of
        // other groups, in a paragraph, a list item and a quoted block, the place's other
        // spelling before or after it.
        let cases = [
            (
                "Ruth Okafor grows pears near Kiev.\n\n\
                 Her brother, Dev Okafor, sells them in Kyiv.\n",
                ("pears", "pexars"),
                ("Dev Okafor", "Dev Okxafor"),
            ),
            (
                "Marta Lindqvist sells apples in Odessa.\n\n\
                 Her cousin, Tomas Varga, sells them in Odesa.\n",
                ("apples", "applxes"),
                ("Tomas Varga", "Tomas Vxarga"),
            ),
            (
                "- Helen Marsh moved her bakery to Kharkiv.\n\
                 - Owen Pryce keeps his shop in Kharkov.\n",
                ("bakery", "bakxery"),
                ("Owen Pryce", "Owen Prxyce"),
            ),
            (
                "Dev Raman met traders in Lvov.\n\n\
                 > Ruth Okafor wrote that the market in Lviv opens early.\n",
                ("market", "marxket"),
                ("Dev Raman", "Dev Rxaman"),
            ),
        ];
        for (draft, (word, typed_word), (name, typed_name)) in cases {
            let typed = draft.replacen(word, typed_word, 1);
            let named = typed.replacen(name, typed_name, 1);
            let mut memo = Memo::new();
            for text in [draft, &typed, &named] {
                same_as_fresh(text, &mut memo);
            }
            assert_eq!(memo.people.reused, 1, "{draft}");
        }
    }

    #[test]
    fn a_letter_in_an_ordinary_word_keeps_the_people() {
        let typed = DRAFT.replace("pears", "pexars");
        let again = DRAFT.replace("pears", "pexxars");
        let market = again.replace("grows", "grxows");
        assert_eq!(reused(&[DRAFT, &typed]), 1);
        assert_eq!(reused(&[DRAFT, &typed, &again]), 2);
        assert_eq!(reused(&[DRAFT, &typed, &again, &market]), 3);
    }

    /// A lowercase word the draft also capitalises (`Awards`) keeps the people while another
    /// lowercase use of it stays; typing into its only lowercase use does not.
    #[test]
    fn a_word_also_capitalised_keeps_the_people_while_written_lowercase_elsewhere() {
        let twice = "Grace Baker hosted the Harbour Awards.\n\nThe awards went to two bakers, \
                     and the awards dinner ran late.\n";
        assert_eq!(reused(&[twice, &twice.replacen("awards", "awxards", 1)]), 1);
        let once = twice.replacen("the awards dinner", "the dinner", 1);
        assert_eq!(reused(&[&once, &once.replacen("awards", "awxards", 1)]), 0);
        // A word typed into one the draft capitalises and never wrote in lowercase.
        assert_eq!(reused(&[twice, &twice.replacen("bakers", "baker", 1)]), 0);
    }

    #[test]
    fn a_letter_in_a_word_the_stage_reads_does_not() {
        for (from, to) in [
            ("Okafor grows", "Okafxor grows"),
            ("brother", "brothxer"),
            ("sells", "sells he"),
            ("grows", "growsx."),
            ("pears", "the"),
            ("pears", "trader"),
            ("pears", "okafor"),
        ] {
            assert_eq!(reused(&[DRAFT, &DRAFT.replace(from, to)]), 0, "{to}");
        }
    }

    /// A verb after two capitalised words opening a sentence makes them a person: a letter that
    /// makes the word a verb or takes its verb's shape away is read again, and every analysis
    /// equals a fresh one (a keystroke once kept `Mxs Okafor` a person after `met` became
    /// `meert`).
    #[test]
    fn a_letter_that_makes_or_unmakes_a_verb_after_a_name_does_not() {
        let draft = "Ysolde Penhallow met the mayor.\n\nThe stall sells pears.\n";
        let mut memo = Memo::new();
        for text in [
            draft,
            &draft.replace("met", "meet"),
            &draft.replace("met", "meets"),
            &draft.replace("met", "meex"),
        ] {
            same_as_fresh(text, &mut memo);
        }
        assert_eq!(reused(&[draft, &draft.replace("met", "mext")]), 0);
        assert_eq!(reused(&[draft, &draft.replace("pears", "pexars")]), 1);
    }
}
