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

/// Asserts that analysing `text` (Markdown, the default config) with `memo` sees what a fresh
/// analysis sees.
pub fn same_as_fresh(text: &str, memo: &mut Memo) {
    let config = Config::default();
    assert_eq!(
        seen(text, DocKind::Markdown, &config, Some(memo)),
        seen(text, DocKind::Markdown, &config, None),
        "{text}"
    );
}

/// Types runs of keys into `text` (Markdown, the default config), each run at a fraction of
/// the text: a key is one of `typed` or, when its flag is set, a backspace. Every keystroke's
/// analysis with one memo must equal a fresh one.
pub fn type_runs(
    mut text: String,
    runs: Vec<(f64, Vec<(usize, bool)>)>,
    typed: &[&str],
) -> Result<(), proptest::test_runner::TestCaseError> {
    use proptest::prop_assert_eq;
    let config = Config::default();
    let mut memo = Memo::new();
    let fresh = |text: &str| seen(text, DocKind::Markdown, &config, None);
    prop_assert_eq!(
        seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
        fresh(&text)
    );
    for (at, keys) in runs {
        let mut at = ((text.len() as f64) * at) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        for (key, backspace) in keys {
            if backspace && at > 0 {
                let mut from = at - 1;
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                text.replace_range(from..at, "");
                at = from;
            } else {
                text.insert_str(at, typed[key]);
                at += typed[key].len();
            }
            prop_assert_eq!(
                seen(&text, DocKind::Markdown, &config, Some(&mut memo)),
                fresh(&text),
                "typing at {}:\n{}",
                at,
                text
            );
        }
    }
    Ok(())
}
