//! Analyses a draft, changes one character in its middle, and analyses it again with the same
//! [`Memo`]: what the language server does on a keystroke. For measuring the per-block caches:
//!
//! ```text
//! cargo build --release -p copydesk-core --example reanalyse
//! valgrind --tool=callgrind target/release/examples/reanalyse draft.md        # analyse, edit, re-analyse
//! valgrind --tool=callgrind target/release/examples/reanalyse draft.md fresh  # analyse once
//! ```
//!
//! The difference between the two runs is the cost of the re-analysis.

use copydesk_core::{analyze_memo, Config, DocKind, Memo};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: reanalyse DRAFT [fresh]");
        std::process::exit(2);
    };
    let fresh = args.next().as_deref() == Some("fresh");
    let mut text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let config = Config::default();
    let mut memo = Memo::new();
    let first = analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
        false
    });
    let mut n = first.map_or(0, |a| a.findings.len());
    if !fresh {
        // Replace the first ASCII letter after the middle with another one.
        let mid = text.len() / 2;
        if let Some(at) = text[mid..]
            .char_indices()
            .find(|(_, c)| c.is_ascii_lowercase())
            .map(|(i, _)| mid + i)
        {
            let c = if &text[at..at + 1] == "e" { "a" } else { "e" };
            text.replace_range(at..at + 1, c);
        }
        let second = analyze_memo(&text, DocKind::Markdown, &config, None, &mut memo, &|| {
            false
        });
        n = second.map_or(0, |a| a.findings.len());
    }
    println!("{n} findings");
}
