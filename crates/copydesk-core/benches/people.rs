//! The stages of one analysis of a long draft, people finding apart: the language server runs
//! them on every keystroke, so each must stay linear.
//!
//! `cargo bench -p copydesk-core --bench people`

use copydesk_core::cues::Cues;
use copydesk_core::{people, quotes, Config, DocKind, Document};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

// The same generated draft as `benches/analyze.rs`.
mod draft;
use draft::draft;

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let text = draft(10_000, 500);
    c.bench_function("parse 10k words", |b| {
        b.iter(|| Document::parse(black_box(&text), DocKind::PlainText))
    });
    let doc = Document::parse(&text, DocKind::PlainText);
    c.bench_function("quotations 10k words", |b| {
        b.iter(|| quotes::extract(black_box(&doc), &config.quotes, Cues::builtin()))
    });
    let q = quotes::extract(&doc, &config.quotes, Cues::builtin());
    c.bench_function("people 10k words, 500 people", |b| {
        b.iter(|| people::analyze(black_box(&doc), &q, &config, None, false))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
