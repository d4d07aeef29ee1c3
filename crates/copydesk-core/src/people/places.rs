//! Places and organisations written two ways in one draft (`Kyiv` / `Kiev`), from the listed
//! variant groups: the house form (or else the first one written) is canonical.

use super::keys::fold;
use super::lexicon::Lexicon;
use super::Spelling;
use crate::document::Document;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

struct Matcher {
    ac: AhoCorasick,
    /// Pattern index -> (group, form).
    forms: Vec<(usize, String)>,
}

fn matcher() -> &'static Matcher {
    static CELL: OnceLock<Matcher> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut forms = Vec::new();
        for (g, group) in Lexicon::get().place_groups.iter().enumerate() {
            for f in group {
                forms.push((g, f.clone()));
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(forms.iter().map(|(_, f)| f.as_str()))
            .expect("place forms are plain strings");
        Matcher { ac, forms }
    })
}

/// The listed forms each block writes, kept between analyses of one draft: a keystroke
/// searches again only the block it touched.
#[derive(Debug, Default)]
pub struct PlacesMemo {
    /// The parse the blocks were searched in (see `Document::unchanged`).
    seen: u64,
    /// Per block: each form found (its pattern) and where, from the block's start.
    blocks: Vec<Arc<[Found]>>,
}

/// A listed form found: its pattern, and where.
pub type Found = (usize, Range<usize>);

impl PlacesMemo {
    /// Follows an analysis that kept the last people and so searched for no place (an inert
    /// word typed): the one block the parse says changed is searched again, so the next
    /// analysis still finds the others kept. Anything else, and the next searches them all.
    pub fn carry(&mut self, doc: &Document) {
        let edit = doc.edit.as_ref().filter(|e| e.from == self.seen);
        match edit.and_then(|e| Some((e.block, doc.blocks.get(e.block)?))) {
            Some((bi, b)) if self.blocks.len() == doc.blocks.len() => {
                self.blocks[bi] = search(&doc.prose[b.range.clone()]);
                self.seen = doc.id;
            }
            _ => self.blocks.clear(),
        }
    }
}

/// The listed forms written in one block's text, from its start.
fn search(text: &str) -> Arc<[Found]> {
    (matcher().ac.find_iter(text))
        .map(|h| (h.pattern().as_usize(), h.range()))
        .collect()
}

/// Spellings of places and organisations that differ from their canonical form, among the
/// listed forms written (`hits`) but those `named` says are part of a person's name.
pub fn variants(
    doc: &Document,
    house: &[&str],
    hits: Vec<Found>,
    named: impl Fn(&Range<usize>) -> bool,
) -> Vec<Spelling> {
    let m = matcher();
    let hits: Vec<Found> = hits.into_iter().filter(|(_, r)| !named(r)).collect();
    let groups = Lexicon::get().place_groups.len();
    let house_folds: Vec<String> = house.iter().map(|h| fold(h)).collect();
    let mut canon: Vec<Option<(String, Option<std::ops::Range<usize>>)>> = vec![None; groups];
    for (g, group) in Lexicon::get().place_groups.iter().enumerate() {
        if let Some(f) = group.iter().find(|f| house_folds.contains(&fold(f))) {
            canon[g] = Some((f.clone(), None));
        }
    }
    let mut out = Vec::new();
    for (p, r) in &hits {
        let (g, form) = &m.forms[*p];
        match &mut canon[*g] {
            slot @ None => *slot = Some((form.clone(), Some(r.clone()))),
            Some((c, at)) => {
                if c == form {
                    if at.is_none() {
                        *at = Some(r.clone());
                    }
                    continue;
                }
                if explained(doc, r.start, c, &hits, &m.forms, *g) {
                    continue;
                }
                out.push(Spelling {
                    range: r.clone(),
                    written: form.clone(),
                    replacement: c.clone(),
                    canonical: c.clone(),
                    canonical_range: at.clone(),
                    from_house: at.is_none(),
                    person: None,
                    house_form: form.clone(),
                });
            }
        }
    }
    out
}

/// The listed forms written as words (no letter joined before or after), in order (read by
/// [`variants`]; they read no person, so they are found while the people are). Kept
/// between analyses (`memo`), each block is searched apart, or taken from the memo when the
/// parse vouches that it is unchanged: a form never spans two blocks, so this is the search of
/// the whole prose, which a draft analysed once makes in one pass.
pub fn hits(doc: &Document, memo: Option<&mut PlacesMemo>) -> Vec<Found> {
    let prose: &str = &doc.prose;
    let Some(memo) = memo else {
        return prose_hits(prose, 0, search(prose).iter().cloned()).collect();
    };
    let same = memo.blocks.len() == doc.blocks.len();
    let mut blocks = Vec::with_capacity(doc.blocks.len());
    let mut out = Vec::new();
    for (bi, b) in doc.blocks.iter().enumerate() {
        let kept = (memo.blocks.get(bi)).filter(|_| same && doc.unchanged(bi, memo.seen));
        let found = match kept {
            Some(found) => Arc::clone(found),
            None => search(&prose[b.range.clone()]),
        };
        out.extend(prose_hits(prose, b.range.start, found.iter().cloned()));
        blocks.push(found);
    }
    memo.blocks = blocks;
    memo.seen = doc.id;
    debug_assert!(
        out == hits(doc, None),
        "the blocks' forms differ from the prose's"
    );
    out
}

/// The forms `found` (from byte `base` of `prose`) that stand as words: whether one does reads
/// the characters around it, which may lie in the next block, so it is asked of the whole prose.
fn prose_hits<'a>(
    prose: &'a str,
    base: usize,
    found: impl Iterator<Item = Found> + 'a,
) -> impl Iterator<Item = Found> + 'a {
    found
        .map(move |(p, r)| (p, r.start + base..r.end + base))
        .filter(|(_, r)| {
            let before_ok = r.start == 0 || !is_word(prose[..r.start].chars().next_back());
            let after_ok = r.end == prose.len() || !is_word(prose[r.end..].chars().next());
            before_ok && after_ok
        })
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
}

/// Another spelling written on purpose: after `formerly`, in brackets, or in the same sentence as the canonical one.
fn explained(
    doc: &Document,
    at: usize,
    canonical: &str,
    hits: &[(usize, std::ops::Range<usize>)],
    forms: &[(usize, String)],
    group: usize,
) -> bool {
    let before = &doc.prose[..at];
    if before.trim_end().ends_with('(') {
        return true;
    }
    if super::proper::explains(before, true) {
        return true;
    }
    let Some(b) = doc.block_at(at) else {
        return false;
    };
    let sentence = doc.sentence_at(b, at);
    hits.iter().any(|(p, r)| {
        forms[*p].0 == group && forms[*p].1 == canonical && sentence.contains(&r.start)
    })
}
