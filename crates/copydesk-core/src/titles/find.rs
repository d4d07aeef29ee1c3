//! Every title usage of a draft, in one pass over its blocks.

use super::lexicon::{lexicon, TitleKind};
use super::scan::{Match, Scanner};
use super::tokens::*;
use super::{Position, TitleUsage};
use crate::document::{BlockKind, Document};
use std::collections::HashSet;

/// Finds every title usage in a draft (headings and quotations included; the rules decide).
pub fn find(doc: &Document) -> Vec<TitleUsage> {
    let lex = lexicon();
    let mut out = Vec::new();
    // Capitalised words seen so far, to tell a first mention (`Mr Lindqvist` before any
    // `Lars Lindqvist`) from a later one.
    let mut seen: HashSet<&str> = HashSet::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let starts: Vec<usize> = block.sentences.iter().map(|s| s.start).collect();
        let sc = Scanner {
            lex,
            text: &doc.prose,
            toks: tokenize(&doc.prose, block.range.clone(), &starts),
        };
        let mut seen_upto = 0;
        let mut i = 0;
        while i < sc.toks.len() {
            if !sc.toks[i].word {
                i += 1;
                continue;
            }
            let Some(m) = sc.match_title(i) else {
                i += 1;
                continue;
            };
            let def = &lex.defs[m.def];
            if def.kind == TitleKind::Occupation && first_lower(sc.word(m.start)) {
                i = m.end; // lower case is right for an occupation in every style
                continue;
            }
            // A rank in lower case is a common noun: `England captain`, `director general`.
            if def.noun && first_lower(sc.word(m.start)) {
                i = m.end;
                continue;
            }
            if let Some(mut u) = usage(&sc, &m, bi, block.kind == BlockKind::Heading) {
                see(&mut seen, &doc.prose, &sc.toks, &mut seen_upto, m.start);
                u.first_mention = u.name.as_ref().is_some_and(|r| {
                    let name = &doc.prose[r.clone()];
                    let last = name.rsplit(' ').next().unwrap_or(name);
                    !seen.contains(last)
                });
                out.push(u);
            }
            i = m.end.max(i + 1);
        }
        see(
            &mut seen,
            &doc.prose,
            &sc.toks,
            &mut seen_upto,
            sc.toks.len(),
        );
    }
    out
}

/// Records the words of `toks[*from..upto]` as seen.
fn see<'a>(
    seen: &mut HashSet<&'a str>,
    prose: &'a str,
    toks: &[Tok],
    from: &mut usize,
    upto: usize,
) {
    for t in &toks[(*from).min(upto)..upto] {
        if t.word {
            seen.insert(&prose[t.range.start..t.key_end]);
        }
    }
    *from = (*from).max(upto);
}

/// The token after a place that belongs to the title ending before token `j` (`Mayor of
/// Lakeshore`, `Governor of Texas`), or `j` when none follows.
fn place_after(sc: &Scanner, j: usize) -> usize {
    if !(sc.is_word(j) && matches!(sc.word(j), "of" | "for") && sc.is_word(j + 1)) {
        return j;
    }
    let mut k = j + 1;
    if sc.word(k) == "the" {
        k += 1;
    }
    let mut any = false;
    while sc.is_word(k) && first_upper(sc.word(k)) && sc.toks[k].space_before {
        any = true;
        let t = &sc.toks[k];
        k += 1;
        if t.key_end != t.range.end {
            break;
        }
    }
    if any {
        k
    } else {
        j
    }
}

fn usage(sc: &Scanner, m: &Match, block: usize, in_heading: bool) -> Option<TitleUsage> {
    let def = &sc.lex.defs[m.def];
    let last = &sc.toks[m.end - 1];
    let possessive = last.word && last.key_end != last.range.end;
    let range_end = if last.word {
        last.key_end
    } else {
        last.range.end
    };
    let range = sc.toks[m.start].range.start..range_end;
    let without_point = m.abbreviated && m.points == 0;
    let mut name = None;
    let mut shape = None;
    let mut position = Position::Alone;
    let mut continued = false;
    let (determiner, after_name) = sc.before(m.start);
    if !possessive {
        let j = if def.kind == TitleKind::Formal {
            place_after(sc, m.end)
        } else {
            m.end
        };
        if j == m.end {
            let courtesy = matches!(def.kind, TitleKind::Social | TitleKind::Academic);
            if let Some((r, s, _)) = sc.name_at(j, without_point, courtesy) {
                name = Some(r);
                shape = Some(s);
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
    } else if sc.is_word(m.end) && first_upper(sc.word(m.end)) {
        continued = true; // `Prime Minister's Questions`
    }
    // `Mr Justice Eady` is a judge's title, not a courtesy title.
    if def.kind == TitleKind::Social && sc.is_word(m.end) && sc.word(m.end) == "Justice" {
        return None;
    }
    if position == Position::Alone && after_name {
        position = Position::After;
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
        continued,
        in_heading,
        sentence_start: sc.toks[m.start].sentence_first,
        qualifier: sc.qualifier(m.start, m.def),
        plain_the: sc.plain_the(m.start),
        first_mention: false,
    })
}
