//! What one keystroke costs the language server on a 10,000-word draft, beyond the engine:
//! applying the edit to the rope, copying the text out, analysing it and building the
//! diagnostics with their LSP positions (UTF-16), and the same with a sidebar open.
//!
//! `cargo bench -p copydesk-lsp --bench keystroke`

use copydesk_lsp::position::{apply_change, Encoding, TextMap};
use copydesk_lsp::snapshot::{Input, Other, Snapshot};
use criterion::{criterion_group, criterion_main, Criterion};
use ropey::Rope;
use std::hint::black_box;
use tower_lsp_server::ls_types::{Position, Range};

const NAMES: &[&str] = &[
    "Ruth Okafor",
    "Dev Raman",
    "Marta Lindqvist",
    "Owen Pryce",
    "Helen Marsh",
    "Tomas Varga",
];

/// A draft of about `words` words: people, quotations, emoji and CJK.
fn draft(words: usize) -> String {
    let mut out = String::from("# Harbour ferry fares rise again 🚢\n\n");
    let mut i = 0;
    while out.split_whitespace().count() < words {
        let name = NAMES[i % NAMES.len()];
        let surname = name.split(' ').nth(1).unwrap_or(name);
        out.push_str(&format!(
            "{name} met the council in 北京 on Tuesday to talk about the winter timetable. \
             “We will keep the boats running, whatever the weather brings,” {surname} said. \
             The mayor 😀 agreed after a long meeting at the town hall.\n\n"
        ));
        i += 1;
    }
    out
}

fn input(text: String, others: Vec<Other>) -> Input {
    Input {
        uri: "file:///ws/story.md".parse().unwrap(),
        version: 1,
        rev: 1,
        gen: 0,
        kind: copydesk_core::DocKind::Markdown,
        text,
        config: Default::default(),
        record: None,
        others,
        enc: Encoding::Utf16,
        accepts: Default::default(),
        memo: Default::default(),
    }
}

fn bench(c: &mut Criterion) {
    let text = draft(10_000);
    let mut rope = Rope::from_str(&text);
    let map = TextMap::new(text.clone());
    let middle = map.position(text.len() / 2, Encoding::Utf16);
    c.bench_function("edit the rope and copy the text (10k words)", |b| {
        b.iter(|| {
            let at = Range::new(middle, middle);
            apply_change(&mut rope, Some(at), "x", Encoding::Utf16);
            let end = Position::new(middle.line, middle.character + 1);
            apply_change(
                &mut rope,
                Some(Range::new(middle, end)),
                "",
                Encoding::Utf16,
            );
            black_box(copydesk_lsp::position::rope_text(&rope))
        })
    });
    let config = copydesk_core::Config::default();
    c.bench_function("engine alone: analyze (10k words)", |b| {
        b.iter(|| {
            black_box(copydesk_core::analyze(
                &text,
                copydesk_core::DocKind::Markdown,
                &config,
            ))
        })
    });
    c.bench_function("snapshot and diagnostics (10k words)", |b| {
        b.iter(|| {
            let snap = Snapshot::build(input(text.clone(), Vec::new()));
            black_box(snap.diagnostics())
        })
    });
    // The sidebar is analysed once, when it was opened; a keystroke in the story compares
    // with its people.
    let sidebar = Other {
        uri: "file:///ws/sidebar.md".parse().unwrap(),
        snapshot: std::sync::Arc::new(Snapshot::build(input(draft(800), Vec::new()))),
    };
    c.bench_function("snapshot with a sidebar open (10k + 800 words)", |b| {
        b.iter(|| {
            let snap = Snapshot::build(input(text.clone(), vec![sidebar.clone()]));
            black_box(snap.diagnostics())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
