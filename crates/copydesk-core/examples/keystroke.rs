//! One keystroke in a long draft: analyses it, types one character in the middle, analyses it
//! again with the same [`Memo`] (what the language server does). Run under callgrind with
//! `--toggle-collect='*keystroke::again*'` to count the memoised analysis alone.
//!
//! `cargo run --release -p copydesk-core --example keystroke -- DRAFT.md`

use copydesk_core::{analyze_memo, Analysis, Config, DocKind, Memo};

/// The memoised re-analysis, apart so a profiler can single it out.
#[inline(never)]
fn again(text: &str, config: &Config, memo: &mut Memo) -> Option<Analysis> {
    analyze_memo(text, DocKind::Markdown, config, None, memo, &|| false)
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: keystroke DRAFT.md");
        std::process::exit(2);
    };
    let mut text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let config = Config::default();
    let mut memo = Memo::new();
    let first = analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
        false
    });
    // A letter typed at a word boundary in the middle of the draft.
    let mut at = text.len() / 2;
    while at < text.len() && (!text.is_char_boundary(at) || !text[at..].starts_with(' ')) {
        at += 1;
    }
    text.insert(at, 'x');
    let second = again(&text, &config, &mut memo);
    println!(
        "findings: {} before, {} after the keystroke",
        first.map_or(0, |a| a.findings.len()),
        second.map_or(0, |a| a.findings.len())
    );
}
