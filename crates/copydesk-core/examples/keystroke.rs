//! One keystroke in a long draft: analyses it, types one character in the middle, then
//! another beside it, analysing it again with the same [`Memo`] after each (what the language
//! server does); the second is measured. Run under callgrind with
//! `--toggle-collect='*keystroke::again*'` and `RAYON_NUM_THREADS=1` to count the memoised
//! analysis alone.
//!
//! `cargo run --release -p copydesk-core --example keystroke -- DRAFT.md [OFFSET]`
//!
//! With OFFSET the letter is typed at that byte (inside a name, say) rather than at the end of
//! the word in the middle of the draft. With `first` after it, the first keystroke at that
//! place is the one measured (a new place: the people are taken up at a checkpoint before it).
//! With `after-word`, a letter typed in a word in the middle of the draft comes first.
//! With `KEYSTROKE_RECORD=TRANSCRIPT` set, the quotations are held to that record too.

use copydesk_core::{analyze_memo, Analysis, Config, DocKind, Memo, Record, SourceText};

/// The memoised re-analysis, apart so a profiler can single it out.
#[inline(never)]
fn again(
    text: &str,
    config: &Config,
    record: Option<&Record>,
    memo: &mut Memo,
) -> Option<Analysis> {
    analyse(text, config, record, memo)
}

/// One analysis with the cache, as the language server makes it.
fn analyse(
    text: &str,
    config: &Config,
    record: Option<&Record>,
    memo: &mut Memo,
) -> Option<Analysis> {
    analyze_memo(text, DocKind::Markdown, config, record, memo, &|| false)
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
    // This thread is one of rayon's: with RAYON_NUM_THREADS=1 the whole analysis runs on it,
    // inside `again`, where callgrind's --toggle-collect counts it.
    let _ = rayon::ThreadPoolBuilder::new()
        .use_current_thread()
        .build_global();
    let config = Config::default();
    let record = std::env::var("KEYSTROKE_RECORD").ok().map(|path| {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        });
        Record::build(&[SourceText { name: path, text }]).0
    });
    let record = record.as_ref();
    let mut memo = Memo::new();
    let first = analyse(&text, &config, record, &mut memo);
    // As the language server does between keystrokes.
    memo.prepare();
    // The end of the first word from byte `from` on: where a letter typed is in a word.
    let word_end = |from: usize| {
        let mut w = from.min(text.len());
        while w < text.len() && (!text.is_char_boundary(w) || !text[w..].starts_with(' ')) {
            w += 1;
        }
        w
    };
    // A letter typed where asked, or at a word's end in the middle of the draft.
    let asked = std::env::args()
        .nth(2)
        .and_then(|a| a.parse::<usize>().ok());
    let mut at = match asked {
        Some(a) => (a.min(text.len())..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len()),
        None => word_end(text.len() / 2),
    };
    // A first keystroke, untimed unless asked: where typing goes on (the engine keeps what it
    // learnt of the place, the people stage's mark: see `people::Fold`), or in a word in the
    // middle of the draft (the people kept as they were) before the place asked.
    let untimed = match std::env::args().nth(3).as_deref() {
        Some("first") => None,
        Some("after-word") => Some(word_end(text.len() / 2)),
        _ => Some(at),
    };
    if let Some(u) = untimed {
        text.insert(u, 'x');
        let _ = analyse(&text, &config, record, &mut memo);
        drop(memo.take_litter());
        memo.prepare();
        if u <= at {
            at += 1;
        }
    }
    text.insert(at, 'x');
    let t0 = std::time::Instant::now();
    let second = again(&text, &config, record, &mut memo);
    let took = t0.elapsed();
    // As the language server does, once the findings are out.
    drop(memo.take_litter());
    println!(
        "findings: {} before, {} after the keystroke; the keystroke's analysis took {:.2} ms",
        first.map_or(0, |a| a.findings.len()),
        second.map_or(0, |a| a.findings.len()),
        took.as_secs_f64() * 1000.0
    );
}
