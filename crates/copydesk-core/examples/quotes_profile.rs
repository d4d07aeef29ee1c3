//! Runs parsing plus the quotation stage on the benchmark draft, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/quotes_profile 20`.

use copydesk_core::cues::Cues;
use copydesk_core::{quotes, Config, DocKind, Document};
use std::hint::black_box;

#[path = "../benches/draft.rs"]
mod draft;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let config = Config::default();
    let text = draft::draft(10_000, 500);
    let cues = Cues::builtin();
    let mut n = 0;
    for _ in 0..runs {
        let doc = Document::parse(black_box(&text), DocKind::PlainText);
        n += quotes::extract(&doc, &config.quotes, cues).quotations.len();
    }
    println!("{n}");
}
