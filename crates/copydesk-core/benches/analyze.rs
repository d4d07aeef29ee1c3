//! How long one analysis of a long draft takes: the language server runs it on every keystroke.
//!
//! `cargo bench -p copydesk-core --bench analyze`

use copydesk_core::cues::Cues;
use copydesk_core::{analyze, quotes, Config, DocKind, Document};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

mod draft;
use draft::draft;

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let text = draft(10_000, 500);
    c.bench_function("analyze 10k words, 500 people", |b| {
        b.iter(|| analyze(black_box(&text), DocKind::PlainText, &config))
    });
    // The quotation stage on its own, with the parse it needs (budget: 1 ms).
    c.bench_function("parse + quotations 10k words", |b| {
        b.iter(|| {
            let doc = Document::parse(black_box(&text), DocKind::PlainText);
            quotes::extract(&doc, &config.quotes, Cues::builtin())
        })
    });
    let md = format!("---\ntitle: bench\n---\n\n{text}");
    c.bench_function("analyze 10k words markdown", |b| {
        b.iter(|| analyze(black_box(&md), DocKind::Markdown, &config))
    });
    let styled = Config {
        style: Some("ap".into()),
        ..Config::default()
    };
    c.bench_function("analyze 10k words, ap style", |b| {
        b.iter(|| analyze(black_box(&text), DocKind::PlainText, &styled))
    });
    // Courtesy references ask who is named at each title: a lookup per title, not a scan.
    let nyt = Config {
        style: Some("nyt".into()),
        ..Config::default()
    };
    c.bench_function("analyze 10k words, 500 people, nyt style", |b| {
        b.iter(|| analyze(black_box(&text), DocKind::PlainText, &nyt))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
