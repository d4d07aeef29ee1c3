//! The worst-case drafts (`tests/support/worst.rs`), 256 KB each: inputs built to find
//! super-linear corners. `tests/worst_case.rs` checks that their work grows linearly.
//!
//! `cargo bench -p copydesk-core --bench worst_case`

#[path = "../tests/support/worst.rs"]
mod worst;

use copydesk_core::{analyze_with, Config};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("worst case 256 KB");
    group.sample_size(10);
    for case in worst::CASES {
        let text = (case.make)(256 * 1024);
        let record = worst::record(case, 256 * 1024);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(case.name, |b| {
            b.iter(|| analyze_with(black_box(&text), case.kind, &config, record.as_ref()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
