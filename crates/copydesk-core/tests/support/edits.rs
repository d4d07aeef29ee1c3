//! Random edits for the incremental tests: where and how much, scaled to the text, and what an
//! analysis saw, memoised or fresh.
// Each test crate uses some of these helpers.
#![allow(dead_code)]

use copydesk_core::{analyze, analyze_memo, analyze_with, Config, DocKind, Memo, Record};

/// Everything the engine learnt, as text (the analysis has no `PartialEq`; its debug form shows
/// every field): with `memo` as the language server analyses a draft, without it afresh.
pub fn seen(text: &str, kind: DocKind, config: &Config, memo: Option<&mut Memo>) -> String {
    seen_held(text, kind, config, None, memo)
}

/// As [`seen`], with the quotations held to `record`.
pub fn seen_held(
    text: &str,
    kind: DocKind,
    config: &Config,
    record: Option<&Record>,
    memo: Option<&mut Memo>,
) -> String {
    let a = match memo {
        Some(memo) => {
            let a = analyze_memo(text, kind, config, record, memo, &|| false).unwrap();
            // The work a server does ahead between keystrokes, after some of them only, so
            // that the next keystroke is taken both with it and without.
            if text.len().is_multiple_of(2) {
                memo.prepare();
            }
            a
        }
        None => match record {
            Some(record) => analyze_with(text, kind, config, Some(record)),
            None => analyze(text, kind, config),
        },
    };
    format!("{a:?}")
}

/// Replaces `len` bytes at the fraction `at` of `text` with `with`, widened to whole characters.
pub fn replace_scaled(text: &mut String, at: f64, len: usize, with: &str) {
    let mut start = ((text.len() as f64) * at) as usize;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.replace_range(start..end, with);
}

/// One edit: replace `len` bytes at `at` (both scaled to the text) with piece number `piece` of
/// the test's own list.
#[derive(Debug, Clone)]
pub struct Edit {
    pub at: f64,
    pub len: usize,
    pub piece: usize,
}

/// Edits of up to `max_len` bytes, inserting one of `pieces` pieces.
pub fn edit(max_len: usize, pieces: usize) -> impl proptest::strategy::Strategy<Value = Edit> {
    use proptest::strategy::Strategy;
    (0.0..1.0f64, 0..max_len, 0..pieces).prop_map(|(at, len, piece)| Edit { at, len, piece })
}

/// Applies an edit with `pieces`, on character boundaries.
pub fn apply(text: &mut String, e: &Edit, pieces: &[&str]) {
    replace_scaled(text, e.at, e.len, pieces[e.piece]);
}
