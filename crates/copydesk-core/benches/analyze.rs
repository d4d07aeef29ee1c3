//! How long one analysis of a long draft takes: the language server runs it on every keystroke.
//!
//! `cargo bench -p copydesk-core --bench analyze`

use copydesk_core::{analyze, Config, DocKind};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const GIVEN: &[&str] = &[
    "Ruth", "Dev", "Marta", "Owen", "Helen", "Tomas", "Aisha", "Pavel", "Ines", "Kofi", "Lena",
    "Rafael", "Mei", "Jonas", "Priya", "Sean", "Yusuf", "Clara", "Bruno", "Nadia",
];
const FAMILY: &[&str] = &[
    "Okafor",
    "Raman",
    "Lindqvist",
    "Pryce",
    "Marsh",
    "Varga",
    "Haddad",
    "Novak",
    "Duarte",
    "Mensah",
    "Berg",
    "Castell",
    "Zhou",
    "Weber",
    "Iyer",
    "Brennan",
    "Kaya",
    "Moreau",
    "Sousa",
    "Petrov",
    "Adeyemi",
    "Larsen",
    "Quist",
    "Ferreira",
    "Halloran",
];

/// A draft of about `words` words with `people` distinct named people, quotes of every kind,
/// titles and a few errors, written for this benchmark.
pub fn draft(words: usize, people: usize) -> String {
    let mut out = String::from("Harbour council sells its lighthouse\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < words {
        let g = GIVEN[i % GIVEN.len()];
        let f = FAMILY[(i / GIVEN.len()) % FAMILY.len()];
        let who = i % people.max(1);
        let para = match i % 6 {
            0 => format!(
                "The council's treasurer, {g} {f}{who}, said on Tuesday that the sale of the Gannet Point lighthouse would go ahead before the spring.\n\n"
            ),
            1 => format!(
                "\"We kept it lit for 140 years, and we cannot keep it lit on goodwill alone,\" Ms {f}{who} told the harbour board.\n\n"
            ),
            2 => "\"Selling it is the only way to keep the lamp turning for the ships that still need it.\"\n\n".to_string(),
            3 => format!(
                "Mayor {g} {f}{who} called the plan a \"fire sale\" and said the town's '90s boom was long over, while Mr. {f}{who} disagreed.\n\n"
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
    c.bench_function("analyze 10k words, 500 people", |b| {
        b.iter(|| analyze(black_box(&text), DocKind::PlainText, &config))
    });
    let md = format!("---\ntitle: bench\n---\n\n{text}");
    c.bench_function("analyze 10k words markdown", |b| {
        b.iter(|| analyze(black_box(&md), DocKind::Markdown, &config))
    });
    let mut styled = Config::default();
    styled.style = Some("ap".into());
    c.bench_function("analyze 10k words, ap style", |b| {
        b.iter(|| analyze(black_box(&text), DocKind::PlainText, &styled))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
