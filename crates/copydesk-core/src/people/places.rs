//! Places and organisations written two ways in one draft (`Kyiv` / `Kiev`), from the listed
//! variant groups: the house form (or else the first one written) is canonical.

use super::keys::fold;
use super::lexicon::Lexicon;
use super::Spelling;
use crate::document::Document;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

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

/// Spellings of places and organisations that differ from their canonical form.
pub fn variants(doc: &Document, house: &[&str]) -> Vec<Spelling> {
    let m = matcher();
    let prose = &doc.prose;
    let bytes = prose.as_bytes();
    let mut hits: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for hit in m.ac.find_iter(prose) {
        let r = hit.range();
        let before_ok = r.start == 0 || !is_word(prose[..r.start].chars().next_back());
        let after_ok = r.end == bytes.len() || !is_word(prose[r.end..].chars().next());
        if before_ok && after_ok {
            hits.push((hit.pattern().as_usize(), r));
        }
    }
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
