//! Aligning a quotation's words with a window of the record: an edit distance over words in which
//! the quotation is used whole, the passage may start and end anywhere in the window, and the
//! quotation's own marks of omission are free: an ellipsis skips any number of the record's
//! words, a `[bracketed]` insertion up to four (`[the council]` for `they`).

use super::UNKNOWN;

/// What stands before a quotation word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the word follows the previous one.
    None,
    /// `...` or `…`: words left out.
    Ellipsis,
    /// `[...]`: the writer's own words standing in for a few of the speaker's.
    Bracket,
}

/// Record words a bracketed insertion may stand for.
const BRACKET_SPAN: usize = 4;

/// One step of an alignment: indexes into the quotation and into the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// The same word.
    Match(usize, usize),
    /// A word changed.
    Sub(usize, usize),
    /// A word of the quotation the record does not have.
    Ins(usize),
    /// A word of the record the quotation dropped with no ellipsis.
    Del(usize),
    /// A word of the record left out under an ellipsis or a bracket.
    Skip(usize),
}

/// The best alignment of a quotation in a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alignment {
    /// Words changed, added or dropped.
    pub cost: u32,
    /// Words the same.
    pub matched: usize,
    /// The steps, in order.
    pub ops: Vec<Op>,
    /// The passage: window indexes of its first and past its last word.
    pub start: usize,
    pub end: usize,
}

fn same(a: u32, b: u32) -> bool {
    a == b && a != UNKNOWN
}

/// Aligns quotation words `q` (with the gap before each) with window words `r`.
pub(crate) fn align(q: &[(u32, Gap)], r: &[u32]) -> Option<Alignment> {
    let (n, m) = (q.len(), r.len());
    if n == 0 || m == 0 {
        return None;
    }
    let w = m + 1;
    let mut d = vec![0u32; (n + 1) * w];
    // Free skips in row i: the gap before quotation word i (row n is the free end).
    let gap = |i: usize| if i < n { q[i].1 } else { Gap::None };
    // The cost of reaching (i, j) by using quotation word i - 1 there (not by skipping).
    let entered = |d: &[u32], i: usize, j: usize| -> u32 {
        let diag = d[(i - 1) * w + j - 1] + u32::from(!same(q[i - 1].0, r[j - 1]));
        diag.min(d[(i - 1) * w + j] + 1)
    };
    // Row by row, the row before and this one as slices: the inner loop is most of the work.
    for i in 1..=n {
        let (before, rest) = d.split_at_mut(i * w);
        let prev = &before[(i - 1) * w..];
        let cur = &mut rest[..w];
        cur[0] = prev[0] + 1;
        let word = q[i - 1].0;
        let enter = |j: usize| -> u32 {
            let diag = prev[j - 1] + u32::from(!same(word, r[j - 1]));
            diag.min(prev[j] + 1)
        };
        match gap(i) {
            Gap::None => {
                for j in 1..=m {
                    cur[j] = enter(j).min(cur[j - 1] + 1);
                }
            }
            Gap::Ellipsis => {
                for j in 1..=m {
                    cur[j] = enter(j).min(cur[j - 1]);
                }
            }
            // Skips right after the word before the bracket, not chained.
            Gap::Bracket => {
                for j in 1..=m {
                    let mut best = enter(j).min(cur[j - 1] + 1);
                    for k in 1..=BRACKET_SPAN.min(j - 1) {
                        best = best.min(enter(j - k));
                    }
                    cur[j] = best;
                }
            }
        }
    }
    // Of equal ends the last: a changed last word is shown as changed, not as added.
    let (end, cost) = (1..=m)
        .map(|j| (j, d[n * w + j]))
        .min_by_key(|&(j, c)| (c, std::cmp::Reverse(j)))?;
    let mut ops = Vec::with_capacity(n + 4);
    let (mut i, mut j) = (n, end);
    // After a bracket's skips the cell must be entered by a quotation word.
    let mut forced: Option<u32> = None;
    while i > 0 {
        let enter_only = forced.is_some();
        let here = forced.take().unwrap_or(d[i * w + j]);
        if j > 0 {
            let eq = same(q[i - 1].0, r[j - 1]);
            if d[(i - 1) * w + j - 1] + u32::from(!eq) == here {
                ops.push(if eq {
                    Op::Match(i - 1, j - 1)
                } else {
                    Op::Sub(i - 1, j - 1)
                });
                i -= 1;
                j -= 1;
                continue;
            }
            let skip = match gap(i) {
                _ if enter_only => None,
                Gap::Ellipsis => (d[i * w + j - 1] == here).then_some(1),
                Gap::Bracket => {
                    (1..=BRACKET_SPAN.min(j - 1)).find(|&k| entered(&d, i, j - k) == here)
                }
                Gap::None => None,
            };
            if let Some(k) = skip {
                for x in 0..k {
                    ops.push(Op::Skip(j - 1 - x));
                }
                j -= k;
                if gap(i) == Gap::Bracket {
                    forced = Some(here);
                }
                continue;
            }
        }
        if d[(i - 1) * w + j] + 1 == here {
            ops.push(Op::Ins(i - 1));
            i -= 1;
        } else {
            ops.push(Op::Del(j - 1));
            j -= 1;
        }
    }
    ops.reverse();
    let matched = ops.iter().filter(|o| matches!(o, Op::Match(..))).count();
    // The passage runs from the first to the last record word the quotation touched.
    let rec = |o: &Op| match *o {
        Op::Match(_, j) | Op::Sub(_, j) | Op::Del(j) | Op::Skip(j) => Some(j),
        Op::Ins(_) => None,
    };
    let start = ops.iter().find_map(rec).unwrap_or(j);
    let last = ops.iter().rev().find_map(rec).map_or(start, |j| j + 1);
    Some(Alignment {
        cost,
        matched,
        ops,
        start,
        end: last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(words: &[u32]) -> Vec<(u32, Gap)> {
        words.iter().map(|&w| (w, Gap::None)).collect()
    }

    #[test]
    fn exact_partial_and_changed() {
        let r = [1, 2, 3, 4, 5, 6];
        let a = align(&q(&[3, 4, 5]), &r).unwrap();
        assert_eq!((a.cost, a.matched, a.start, a.end), (0, 3, 2, 5));
        let a = align(&q(&[3, 9, 5]), &r).unwrap();
        assert_eq!(a.cost, 1);
        assert_eq!(a.ops[1], Op::Sub(1, 3));
        let a = align(&q(&[2, 3, 5, 6]), &r).unwrap();
        assert_eq!(a.cost, 1);
        assert!(a.ops.contains(&Op::Del(3)));
    }

    #[test]
    fn ellipsis_and_brackets_are_free() {
        let r = [1, 2, 3, 4, 5, 6, 7, 8];
        let a = align(
            &[
                (2, Gap::None),
                (3, Gap::None),
                (7, Gap::Ellipsis),
                (8, Gap::None),
            ],
            &r,
        )
        .unwrap();
        assert_eq!((a.cost, a.matched), (0, 4));
        assert_eq!(a.ops.iter().filter(|o| matches!(o, Op::Skip(_))).count(), 3);
        // `[the council] will` for `they will`: the bracket stands for one word.
        let a = align(
            &[(1, Gap::None), (2, Gap::None), (6, Gap::Bracket)],
            &[1, 2, 9, 6],
        )
        .unwrap();
        assert_eq!(a.cost, 0, "{a:?}");
        let a = align(&[(1, Gap::None), (7, Gap::Bracket)], &r).unwrap();
        assert_eq!(a.cost, 1, "five words are too many for a bracket: {a:?}");
    }
}
