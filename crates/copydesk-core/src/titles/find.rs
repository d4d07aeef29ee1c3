//! Every title usage of a draft: each block scanned on its own (the scans are what
//! `memo.rs` caches), then the draft-wide facts (block indices, first mentions) put together
//! from the scans.

use super::lexicon::{lexicon, TitleKind};
use super::memo::TitlesMemo;
use super::scan::{Match, Scanner};
use super::tokens::*;
use super::{NameShape, Position, TitleUsage};
use crate::document::{BlockKind, Document};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::Arc;

/// What the scan of one block found, in byte offsets from the block's start.
#[derive(Debug, Clone)]
pub(super) struct BlockScan {
    /// The block's title usages (block index 0 and no first mention: the draft decides those).
    pub(super) usages: Vec<TitleUsage>,
    /// Every word of the block without its possessive ending, as its [`fold_hash`], start and
    /// end: those starting with an ASCII lower-case letter in `[1]` (few names' last words do,
    /// so the search for names mostly skips them), the others in `[0]`. Offsets are `u32`: a
    /// draft's words take 16 bytes each here, not 24.
    pub(super) words: [Vec<(u64, u32, u32)>; 2],
}

/// Which list of [`BlockScan::words`] holds a word.
fn word_list(word: &[u8]) -> usize {
    usize::from(word.first().is_some_and(u8::is_ascii_lowercase))
}

/// Finds every title usage in a draft (headings and quotations included; the rules decide).
pub fn find(doc: &Document) -> Vec<TitleUsage> {
    find_memo(doc, &mut TitlesMemo::default())
}

/// [`find`], reusing the scans `memo` kept of blocks an edit did not touch (and keeping this
/// draft's for the next call). The result is the same.
pub(crate) fn find_memo(doc: &Document, memo: &mut TitlesMemo) -> Vec<TitleUsage> {
    memo.begin();
    let seen = memo.seen;
    let scans: Vec<Arc<BlockScan>> = doc
        .blocks
        .iter()
        .enumerate()
        .map(|(bi, b)| {
            let starts = b
                .sentences
                .iter()
                .map(|s| s.start.saturating_sub(b.range.start));
            let heading = b.kind == BlockKind::Heading;
            memo.scan(
                &doc.prose[b.range.clone()],
                heading,
                starts,
                doc.unchanged(bi, seen),
            )
        })
        .collect();
    memo.evict();
    memo.seen = doc.id;
    let scans: Vec<&BlockScan> = scans.iter().map(|s| s.as_ref()).collect();
    assemble(doc, &scans)
}

/// Scans one block's text (`starts`: where its sentences start, from the block's start).
pub(super) fn scan_block(text: &str, heading: bool, starts: &[usize]) -> BlockScan {
    let lex = lexicon();
    let sc = Scanner {
        lex,
        text,
        toks: tokenize(text, starts),
    };
    let mut usages = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        let t = &sc.toks[i];
        // Most words open no title: turned away here without a call.
        if !t.word || !lex.may_open(t.ascii, t.hash) {
            i += 1;
            continue;
        }
        let single = sc.match_title(i);
        // A title of two words or more with its last in the plural (`Major Generals`, `Lt.
        // Govs.`) is longer than the singular title its first word makes (`Major`, `Lt.`).
        let longer_plural = single
            .as_ref()
            .is_some_and(|m| sc.match_plural(i).is_some_and(|p| p.end > m.end));
        if single.is_none() || longer_plural {
            let plural = plural_usage(&sc, i, heading).or_else(|| generic_plural(&sc, i, heading));
            if let Some((u, end)) = plural {
                usages.push(u);
                i = end;
                continue;
            }
        }
        let Some(m) = single else {
            i += 1;
            continue;
        };
        let def = &lex.defs[m.def];
        if def.kind == TitleKind::Occupation && first_lower(sc.word(m.start)) {
            i = m.end; // lower case is right for an occupation in every style
            continue;
        }
        // A rank in lower case is a common noun: `England captain`, `director general`. But
        // not right before a full name where nothing could qualify it (`led by sgt. Ana Ruiz`,
        // `and general Tom Weld`): a formal title written in lower case, which a style that
        // abbreviates it before a full name judges (`lower_rank`).
        if def.noun && first_lower(sc.word(m.start)) {
            usages.extend(lower_rank(&sc, &m, heading));
            i = m.end;
            continue;
        }
        usages.extend(usage(&sc, &m, 0, heading));
        i = m.end.max(i + 1);
    }
    // Each list is made at its size (kept in the cache for the draft's life).
    let list_of = |t: &Tok| word_list(&text.as_bytes()[t.range.start..t.key_end]);
    let lower = sc.toks.iter().filter(|t| t.word && list_of(t) == 1).count();
    let all = sc.toks.iter().filter(|t| t.word).count();
    let mut words = [Vec::with_capacity(all - lower), Vec::with_capacity(lower)];
    for t in sc.toks.iter().filter(|t| t.word) {
        // A block is never 4 GB long; should one be, its far words are not looked up.
        let (Ok(start), Ok(end)) = (u32::try_from(t.range.start), u32::try_from(t.key_end)) else {
            continue;
        };
        words[list_of(t)].push((t.hash, start, end));
    }
    BlockScan { usages, words }
}

/// A military or police rank in lower case directly before a full name, where the word before
/// it cannot qualify it as a common noun: the sentence's start, a preposition or a conjunction
/// (`led by sgt. Ana Ruiz`, `and general Tom Weld`); not after a capitalised word, an article,
/// a noun or a verb of being (`England captain Jo Reed`, `the team's captain`, `a retired
/// general Tom Weld`, `was captain`).
fn lower_rank(sc: &Scanner, m: &Match, heading: bool) -> Option<TitleUsage> {
    let t = &sc.toks[m.start];
    let open = t.sentence_first || m.start == 0 || {
        let k = m.start - 1;
        let prev = sc.key(k);
        let prev = prev.as_str();
        let qw = crate::quotes::words::words();
        sc.is_word(k)
            && t.space_before
            && first_lower(sc.word(k))
            && (qw.function.contains(prev) || qw.prepositions.contains(prev))
            && !qw.determiners.contains(prev)
            && !sc.lex.complement_links.contains(prev)
            && !sc.lex.counting.contains(prev)
    };
    if !open {
        return None;
    }
    usage(sc, m, 0, heading)
        .filter(|u| u.position == Position::Before && u.shape == Some(NameShape::Full))
}

/// A formal title in the plural directly before a list of names (`presidents Ann Lee and Bo
/// Park`, `Senators Ruiz, Cole and Ames`), and the token after it; a plural with no list of
/// names after it is a common noun (`the presidents of three colleges`), no usage.
fn plural_usage(sc: &Scanner, i: usize, heading: bool) -> Option<(TitleUsage, usize)> {
    let m = sc.match_plural(i)?;
    if sc.lex.defs[m.def].noun && first_lower(sc.word(m.start)) {
        return None;
    }
    let (_, _, next) = sc.name_at(m.end, false, false)?;
    let listed = (is_and(sc, next) || sc.is_punct(next, ","))
        && sc.name_at(next + 1, false, false).is_some();
    if !listed {
        return None;
    }
    let u = usage(sc, &m, 0, heading).filter(|u| u.position == Position::Before)?;
    Some((TitleUsage { plural: true, ..u }, m.end))
}

/// A formal title in the plural, capitalised, standing alone after a word that counts its
/// holders (`both Senators from the north`, `the two Governors met`, `three Ministers
/// resigned`): the title used generically, as a common noun; and the token after it. Ranks
/// (common nouns in any case: `three Majors` in golf) and a plural that goes on into a name
/// (`the Presidents Cup`, `two Ministers' Council`, `two Senators, Ada Lim and`) are not.
fn generic_plural(sc: &Scanner, i: usize, heading: bool) -> Option<(TitleUsage, usize)> {
    let m = sc.match_plural(i)?;
    let def = &sc.lex.defs[m.def];
    let t = &sc.toks[m.start];
    if def.noun || def.kind != TitleKind::Formal || t.sentence_first || !first_upper(sc.word(i)) {
        return None;
    }
    let k = m.start.checked_sub(1)?;
    let counted = t.space_before
        && sc.is_word(k)
        && (sc.lex.counting.contains(sc.key(k).as_str())
            || sc.word(k).bytes().all(|b| b.is_ascii_digit()));
    if !counted && !described_after(sc, k, m.end) {
        return None;
    }
    // What follows: a capitalised word, past a plural's apostrophe or a comma, makes the
    // plural part of a name or the title of the names after it.
    let mut j = m.end;
    if sc.is_punct(j, "'") || sc.is_punct(j, "’") || sc.is_punct(j, ",") {
        j += 1;
    }
    if sc.is_word(j) && first_upper(sc.word(j)) {
        return None;
    }
    let u = usage(sc, &m, 0, heading).filter(|u| u.position == Position::Alone)?;
    Some((
        TitleUsage {
            plural: true,
            determiner: true,
            ..u
        },
        m.end,
    ))
}

/// Whether a plural title at tokens `k + 1..end` is described by a phrase of common words
/// after it (`the Senators from both parties`, `Governors of several states`): its holders
/// in general, no office's name. Only after `the`, a lower-case word or nothing (mid-sentence: a
/// capitalised word before it makes a name, `the Ottawa Senators of the league`), and not inside
/// an organisation's name (`the Council of Ministers of the region`: `of` after a capital).
fn described_after(sc: &Scanner, k: usize, end: usize) -> bool {
    let before = !sc.is_word(k) || sc.is_the(k) || first_lower(sc.word(k));
    let owned = sc.is_word(k)
        && matches!(sc.word(k), "of" | "for")
        && k > 0
        && sc.is_word(k - 1)
        && first_upper(sc.word(k - 1));
    if !before || owned || !sc.is_word(end) || !sc.toks[end].space_before {
        return false;
    }
    if !sc.lex.describing.contains(sc.key(end).as_str()) {
        return false;
    }
    // The phrase's first words in lower case, past an article: `from the north`, not `of the
    // United States`.
    let mut j = end + 1;
    if sc.is_word(j) && matches!(sc.word(j), "the" | "a" | "an") {
        j += 1;
    }
    sc.is_word(j) && first_lower(sc.word(j))
}

/// The usages of a draft from the scans of its blocks (one per block, in order).
pub(super) fn assemble(doc: &Document, scans: &[&BlockScan]) -> Vec<TitleUsage> {
    let shift = |r: &Range<usize>, by: usize| r.start + by..r.end + by;
    let mut out = Vec::with_capacity(scans.iter().map(|s| s.usages.len()).sum());
    for (bi, (block, scan)) in doc.blocks.iter().zip(scans).enumerate() {
        let base = block.range.start;
        out.extend(scan.usages.iter().map(|u| TitleUsage {
            range: shift(&u.range, base),
            name: u.name.as_ref().map(|r| shift(r, base)),
            couple: u.couple.as_ref().map(|r| shift(r, base)),
            country: u.country.map(|c| c + base),
            modifier: u.modifier.as_ref().map(|r| shift(r, base)),
            block: bi,
            ..u.clone()
        }));
    }
    mark_first_mentions(doc, scans, &mut out);
    mark_named_before(&mut out);
    out
}

/// Marks the usages standing alone after a determiner whose title an earlier usage gives a
/// named person (`Major Ines Brask`, then `the Major said`). One pass, in draft order.
fn mark_named_before(out: &mut [TitleUsage]) {
    let mut named = rustc_hash::FxHashSet::default();
    for u in out.iter_mut() {
        match u.position {
            Position::Before | Position::CommaBefore if u.name.is_some() => {
                named.insert(u.def);
            }
            Position::Alone => u.named_before = u.determiner && named.contains(&u.def),
            _ => {}
        }
    }
}

/// The last word of a name as written (`Bush` in `George W. Bush`).
fn last_word(name: &str) -> &str {
    // A byte loop: a name is a few bytes, and the reverse string searcher cost more to set up
    // than to run (a long draft asks this of every capitalised word after a title).
    match name.bytes().rposition(|b| b == b' ') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// A set of word hashes that may answer yes wrongly but never no wrongly: it spares the exact
/// lookup for almost every word of the draft.
struct Bloom(Vec<u64>);

impl Bloom {
    /// One bit per hash: a thousand names set under 2% of the bits.
    const BITS: u64 = 1 << 16;

    fn bit(h: u64) -> u64 {
        (h >> 40) % Bloom::BITS
    }

    fn insert(&mut self, h: u64) {
        let b = Bloom::bit(h);
        self.0[(b / 64) as usize] |= 1 << (b % 64);
    }

    fn may_contain(&self, h: u64) -> bool {
        let b = Bloom::bit(h);
        self.0[(b / 64) as usize] & (1 << (b % 64)) != 0
    }
}

/// Marks the usages whose name's last word appears nowhere earlier in the draft (a person's
/// first mention: `Mr Lindqvist` before any `Lars Lindqvist`). Words are compared as written,
/// without a possessive ending.
fn mark_first_mentions(doc: &Document, scans: &[&BlockScan], out: &mut [TitleUsage]) {
    let prose: &str = &doc.prose;
    // Where each name's last word first appears: (block, byte offset).
    let mut first: FxHashMap<&str, Option<(usize, usize)>> = FxHashMap::default();
    let mut bloom = Bloom(vec![0; (Bloom::BITS / 64) as usize]);
    // Blocks after the last named usage cannot hold an earlier mention.
    let mut upto = 0;
    // Which lists of words to search: a word is only ever equal to words of its own list.
    let mut lists = [false; 2];
    for u in out.iter() {
        if let Some(r) = &u.name {
            let w = last_word(&prose[r.clone()]);
            first.insert(w, None);
            bloom.insert(fold_hash(w));
            lists[word_list(w.as_bytes())] = true;
            upto = u.block + 1;
        }
    }
    let mut open = first.len();
    for (bi, scan) in scans.iter().enumerate().take(upto) {
        if open == 0 {
            break;
        }
        let base = doc.blocks[bi].range.start;
        let words = (0..2).filter(|&l| lists[l]).flat_map(|l| &scan.words[l]);
        for &(h, s, e) in words {
            if !bloom.may_contain(h) {
                continue;
            }
            let (s, e) = (s as usize, e as usize);
            if let Some(slot) = first.get_mut(&prose[base + s..base + e]) {
                if slot.is_none() {
                    *slot = Some((bi, base + s));
                    open -= 1;
                }
            }
        }
    }
    for u in out {
        u.first_mention = u.name.as_ref().is_some_and(|r| {
            let w = last_word(&prose[r.clone()]);
            first
                .get(w)
                .copied()
                .flatten()
                .is_none_or(|at| at >= (u.block, u.range.start))
        });
    }
}

/// The token after a place that belongs to the title ending before token `j` (`Mayor of
/// Lakeshore`, `Governor of Texas`), or `j` when none follows.
fn place_after(sc: &Scanner, start: usize, j: usize) -> usize {
    // `Minister for Housing and Planning`: the lexicon's title already holds its portfolio's
    // first words, the rest is joined on by `and`.
    let held = (start..j).any(|k| sc.is_word(k) && matches!(sc.word(k), "of" | "for"));
    let mut k = j;
    let mut any = held && is_and(sc, j);
    if !any {
        if !(sc.is_word(j) && matches!(sc.word(j), "of" | "for") && sc.is_word(j + 1)) {
            return j;
        }
        k = j + 1;
        if sc.word(k) == "the" {
            k += 1;
        }
    }
    // `for Work and Pensions`, `for Energy Security and Net Zero`: a portfolio of two common
    // nouns joined by `and` is one (twice at most, so the walk stays short); a given name after
    // `and` starts another person (`Mayor of Lakeshore and Ann Lee`).
    let mut joins = 0;
    loop {
        while sc.is_word(k) && first_upper(sc.word(k)) && sc.toks[k].space_before {
            any = true;
            let t = &sc.toks[k];
            k += 1;
            if t.key_end != t.range.end {
                return k;
            }
        }
        let portfolio = any
            && joins < 2
            && is_and(sc, k)
            && sc.is_word(k + 1)
            && sc.toks[k + 1].space_before
            && first_upper(sc.word(k + 1))
            && crate::people::is_ordinary_word(sc.word(k + 1))
            && !crate::people::is_given_name(sc.word(k + 1));
        if !portfolio {
            break;
        }
        joins += 1;
        k += 1;
    }
    if any {
        k
    } else {
        j
    }
}

/// The bytes of a matched title: its words and full points, a possessive ending left out.
fn title_range(sc: &Scanner, m: &Match) -> Range<usize> {
    let last = &sc.toks[m.end - 1];
    let end = if last.word {
        last.key_end
    } else {
        last.range.end
    };
    sc.toks[m.start].range.start..end
}

/// Whether a match is a courtesy title for one person (`Mr`, `Mrs`, `Dr`, `Prof`).
fn is_courtesy(sc: &Scanner, m: &Match) -> bool {
    let d = &sc.lex.defs[m.def];
    matches!(d.kind, TitleKind::Social | TitleKind::Academic) && !d.plural
}

/// A name and its shape.
type Named = (Range<usize>, NameShape);

/// Whether token `k` joins two titles of a couple (`and`, `&`).
fn is_and(sc: &Scanner, k: usize) -> bool {
    sc.toks.get(k).is_some_and(|t| t.space_before)
        && (sc.is_word(k) && sc.word(k).eq_ignore_ascii_case("and") || sc.is_punct(k, "&"))
}

/// `Mr. and Mrs. Walter Finch`, `Dr and Mrs Ruiz`: a courtesy title joined by `and` to another
/// courtesy title before a name names a couple with it. For the title `m`: the span of both
/// titles and, when `m` is the first of them, the name after the second.
fn couple(sc: &Scanner, m: &Match) -> Option<(Range<usize>, Option<Named>)> {
    if !is_courtesy(sc, m) {
        return None;
    }
    let here = title_range(sc, m);
    // The first of the two: a name follows the second.
    if is_and(sc, m.end) && sc.is_word(m.end + 1) {
        if let Some(m2) = sc.match_title(m.end + 1).filter(|m2| is_courtesy(sc, m2)) {
            let without_point = m2.abbreviated && m2.points == 0;
            let (name, shape, _) = sc.name_at(m2.end, without_point, true)?;
            return Some((here.start..title_range(sc, &m2).end, Some((name, shape))));
        }
    }
    // The second: a courtesy title (and its point) ends before the `and`.
    if m.start < 2 || !is_and(sc, m.start - 1) {
        return None;
    }
    let mut j = m.start - 2;
    if sc.is_punct(j, ".") && j > 0 && !sc.toks[j].space_before {
        j -= 1;
    }
    let m1 = sc
        .match_title(j)
        .filter(|m1| m1.end + 1 == m.start && is_courtesy(sc, m1))?;
    Some((title_range(sc, &m1).start..here.end, None))
}

/// `former` or `then-` before the title at token `start`, a country between them allowed
/// (`former French president`); `Former` opening the sentence too (`Former president Ann Lee
/// said`: the title after it is still a title).
fn modifier(sc: &Scanner, start: usize) -> Option<Range<usize>> {
    let k = sc.country_before(start).unwrap_or(start);
    let j = k.checked_sub(1)?;
    let t = &sc.toks[j];
    let w = sc.word(j);
    // `then` as a word too, where it says when the office was held: `the then Korvish foreign
    // minister Ann Lutz` (not `and then Governor Ed Bly spoke`, a sequence).
    let spaced = w.eq_ignore_ascii_case("former") || sc.then_of_time(j);
    let is =
        sc.is_word(j) && (spaced && sc.toks[k].space_before || w.eq_ignore_ascii_case("then-"));
    // `Labour former minister Jack Cunningham`: a party's or a body's former officer, a
    // description.
    let owned = j > 0
        && sc.is_word(j - 1)
        && t.space_before
        && first_upper(sc.word(j - 1))
        && (!sc.toks[j - 1].sentence_first || crate::people::is_demonym(sc.word(j - 1)))
        && !super::words::NOT_QUALIFIERS.contains(&sc.word(j - 1))
        && !super::words::ADVERBS.contains(&sc.word(j - 1));
    // `Then-president Ann Lee said` opens its sentence with the modifier as `Former` does.
    let opens = t.sentence_first && !spaced && !w.eq_ignore_ascii_case("then-");
    (is && !owned && !opens).then(|| t.range.clone())
}

fn usage(sc: &Scanner, m: &Match, block: usize, in_heading: bool) -> Option<TitleUsage> {
    let def = &sc.lex.defs[m.def];
    let last = &sc.toks[m.end - 1];
    let possessive = last.word && last.key_end != last.range.end;
    let range = title_range(sc, m);
    let couple = couple(sc, m);
    let without_point = m.abbreviated && m.points == 0;
    let mut name = None;
    let mut shape = None;
    let mut position = Position::Alone;
    let mut continued = false;
    let (determiner, after_name) = sc.before(m.start);
    if !possessive {
        let j = if def.kind == TitleKind::Formal {
            place_after(sc, m.start, m.end)
        } else {
            m.end
        };
        if j == m.end {
            let courtesy = matches!(def.kind, TitleKind::Social | TitleKind::Academic);
            if let Some((r, s, _)) = sc.name_at(j, without_point, courtesy) {
                name = Some(r);
                shape = Some(s);
                position = Position::Before;
            } else if let Some((_, Some((r, s)))) = &couple {
                // `Mr. and Mrs. Walter Finch`: the first title goes with the couple's name.
                name = Some(r.clone());
                shape = Some(*s);
                position = Position::Before;
            }
        }
        if position == Position::Alone && sc.is_punct(j, ",") && determiner && !after_name {
            if let Some((r, s, _)) = sc.name_at(j + 1, false, false) {
                name = Some(r);
                shape = Some(s);
                position = Position::CommaBefore;
            }
        }
        if position == Position::Alone
            && sc.is_word(j)
            && sc.toks[j].space_before
            && first_upper(sc.word(j))
        {
            continued = true;
        }
    } else if sc.is_word(m.end)
        && (first_upper(sc.word(m.end)) || crate::people::is_organisation_head(sc.key_text(m.end)))
    {
        // `Prime Minister's Questions`; `the Secretary of State's office`, `the Mayor's
        // office`: a body named after its officer, whose capitals are the body's.
        continued = true;
    }
    // `Mr Justice Eady` is a judge's title, not a courtesy title.
    if def.kind == TitleKind::Social && sc.is_word(m.end) && sc.word(m.end) == "Justice" {
        return None;
    }
    if position == Position::Alone && after_name {
        position = Position::After;
    }
    // `a Burger King`, `the Stephen King novel`, `The Lion King`: after a capitalised word that
    // is no country, nationality or party, the title ends a proper name. A courtesy title there
    // is inside one too, a name after it or not (`Keurig Dr Pepper`); an initialism (`Labour MP
    // Dr Ann Lee`) or a title (`Chief Medical Officer Dr Ann Lee`) before it is no name.
    let courtesy = matches!(def.kind, TitleKind::Social | TitleKind::Academic) && m.abbreviated;
    if m.start > 0
        && sc.is_word(m.start - 1)
        && (position == Position::Alone
            || courtesy && position == Position::Before && !all_caps(sc.word(m.start - 1)))
    {
        let k = m.start - 1;
        let t = &sc.toks[k];
        let w = sc.word(k);
        // At the start of a sentence only a word that is no ordinary English word names
        // something (`Keurig Dr Pepper said`, not `Later Dr Ann Lee said`).
        let named = !t.sentence_first
            || courtesy && position == Position::Before && !crate::people::is_ordinary_word(w);
        // Before a courtesy title and a person's name, a capitalised common word ends another
        // name (`told the Sunday Times Mr Campbell would`); before a common word it opens a
        // brand or a title of a work (`No More Mr Nasty`).
        let named = named
            && !(position == Position::Before
                && crate::people::is_ordinary_word(w)
                && name.as_ref().is_some_and(|r| {
                    !crate::people::is_ordinary_word(last_word(&sc.text[r.clone()]))
                }));
        // `named Tova Sala ambassador`: after a verb of choosing and its object, the title
        // is the office the person was given, after the name.
        if position == Position::Alone && sc.object_complement(m.start) {
            position = Position::After;
        } else if first_upper(w)
            && named
            && t.key_end == t.range.end
            && sc.toks[m.start].space_before
            && !sc.is_country_word(k)
            && !crate::people::is_demonym(w)
            && sc.match_title(k).is_none()
        {
            return None;
        }
    }
    // Courtesy titles and saints only count before a name (`Dr` in an address, `St` for street).
    if matches!(
        def.kind,
        TitleKind::Social | TitleKind::Saint | TitleKind::Honour
    ) && position != Position::Before
    {
        return None;
    }
    // An abbreviation is a title only before a name (`Hun Sen`, `Gen Z` are not).
    if m.abbreviated && position != Position::Before {
        return None;
    }
    if def.kind == TitleKind::Saint {
        // `Downing St. The` is a street; a saint follows a lowercase word or starts the sentence.
        let prev_upper = m.start > 0
            && sc.is_word(m.start - 1)
            && first_upper(sc.word(m.start - 1))
            && !sc.toks[m.start - 1].sentence_first;
        if prev_upper {
            return None;
        }
    }
    Some(TitleUsage {
        def: m.def,
        range,
        abbreviated: m.abbreviated,
        point: m.abbreviated && m.points > 0,
        case: sc.case_of(m),
        position,
        name,
        shape,
        block,
        determiner,
        complement: sc.complement(m.start),
        continued,
        in_heading,
        sentence_start: sc.toks[m.start].sentence_first,
        qualifier: sc.qualifier(m.start, m.def),
        plain_the: sc.plain_the(m.start),
        first_mention: false,
        couple: couple.map(|(r, _)| r),
        country: sc.country_before(m.start).map(|k| sc.toks[k].range.start),
        modifier: modifier(sc, m.start),
        plural: false,
        named_before: false,
    })
}
