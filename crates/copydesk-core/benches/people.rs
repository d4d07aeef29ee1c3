//! The stages of one analysis of a long draft, people finding apart: the language server runs
//! them on every keystroke, so each must stay linear.
//!
//! `cargo bench -p copydesk-core --bench people`

use copydesk_core::cues::Cues;
use copydesk_core::{people, quotes, Config, DocKind, Document};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

// The same generated draft as `benches/analyze.rs`.
const GIVEN: &[&str] = &[
    "Ruth", "Dev", "Marta", "Owen", "Helen", "Tomas", "Aisha", "Pavel", "Ines", "Kofi", "Lena",
    "Rafael", "Mei", "Jonas", "Priya", "Sean", "Yusuf", "Clara", "Bruno", "Nadia",
];
/// Syllables for surnames: three of them give 1,000 distinct family names.
const SYLLABLES: &[&str] = &[
    "Ka", "Lo", "Ver", "Mon", "Dal", "Ris", "Tan", "Bel", "Hor", "Sen",
];

fn surname(i: usize) -> String {
    let s = |k: usize| SYLLABLES[k % SYLLABLES.len()];
    let mut name = format!(
        "{}{}{}",
        s(i),
        s(i / 10).to_lowercase(),
        s(i / 100).to_lowercase()
    );
    name.push_str("er");
    name
}

/// A draft of about `words` words with `people` distinct named people, quotes of every kind,
/// titles and a few errors, written for this benchmark.
pub fn draft(words: usize, people: usize) -> String {
    let mut out = String::from("Harbour council sells its lighthouse\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < words {
        let who = (i / 6) % people.max(1);
        let g = GIVEN[who % GIVEN.len()];
        let f = surname(who);
        let para = match i % 6 {
            0 => format!(
                "The council's treasurer, {g} {f}, said on Tuesday that the sale of the Gannet Point lighthouse would go ahead before the spring.\n\n"
            ),
            1 => format!(
                "\"We kept it lit for 140 years, and we cannot keep it lit on goodwill alone,\" Ms {f} told the harbour board.\n\n"
            ),
            2 => "\"Selling it is the only way to keep the lamp turning for the ships that still need it.\"\n\n".to_string(),
            3 => format!(
                "Mayor {g} {f} called the plan a \"fire sale\" and said the town's '90s boom was long over, while Mr. {f} disagreed.\n\n"
            ),
            4 => "The keeper's cottage has stood empty for years, and the old boat shed beside it is now a café.\n\n".to_string(),
            _ => "\"Nobody in this town will forget the night the lamp went dark in the storm.\n\n".to_string(),
        };
        n += para.split_whitespace().count();
        out.push_str(&para);
        i += 1;
    }
    out
}

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
        b.iter(|| people::analyze(black_box(&doc), &q, &config, None))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
