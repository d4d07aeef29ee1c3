//! Quotations held to the record: 200 quotations against 500,000 words of generated transcripts
//! (the target is 100 ms for the look-ups and alignments; the record is indexed once, apart).
//!
//! `cargo bench -p copydesk-core --bench sources`

use copydesk_core::cues::Cues;
use copydesk_core::sources::match_quotes;
use copydesk_core::{analyze_with, people, quotes, Config, DocKind, Document, Record, SourceText};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// A small deterministic generator (xorshift), so every run sees the same record.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A word index with a heavy head, as in speech: log-uniform over the vocabulary.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "to", "ne", "su", "vi", "de", "po", "la", "ri", "mo", "te", "na", "gu",
    "be", "sha", "quo", "fen",
];
const GIVEN: &[&str] = &[
    "Ana", "Ben", "Cleo", "Dev", "Edith", "Femi", "Gus", "Hana", "Ivo", "Jana",
];
const FAMILY: &[&str] = &["Rivera", "Okoro", "Lindahl", "Marsh", "Novak", "Quade"];

fn vocabulary(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let mut w = String::new();
            let mut k = i + 7;
            for _ in 0..3 {
                w.push_str(SYLLABLES[k % SYLLABLES.len()]);
                k /= SYLLABLES.len();
            }
            w
        })
        .collect()
}

fn speaker(i: usize) -> String {
    format!(
        "{} {}",
        GIVEN[i % GIVEN.len()],
        FAMILY[(i / GIVEN.len()) % FAMILY.len()]
    )
}

/// Transcripts of `words` words in 20 files, and 200 quotations drawn from them (a quarter
/// changed by a word, a tenth made up) in a draft crediting the speakers.
fn corpus(words: usize) -> (Vec<SourceText>, String) {
    let vocab = vocabulary(8000);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sources = Vec::new();
    let mut turns: Vec<(usize, Vec<String>)> = Vec::new();
    let per_file = words / 20;
    for f in 0..20 {
        let mut text = String::new();
        let mut n = 0;
        while n < per_file {
            let who = rng.below(GIVEN.len() * FAMILY.len());
            let len = 40 + rng.below(120);
            let ws: Vec<String> = (0..len)
                .map(|_| vocab[rng.zipf(vocab.len())].clone())
                .collect();
            text.push_str(&speaker(who).to_uppercase());
            text.push_str(": ");
            for (i, w) in ws.iter().enumerate() {
                text.push_str(w);
                text.push_str(if i % 12 == 11 { ".\n" } else { " " });
            }
            text.push_str("\n\n");
            n += len;
            turns.push((who, ws));
        }
        sources.push(SourceText {
            name: format!("transcripts/day-{f:02}.txt"),
            text,
        });
    }
    let mut draft = String::from("# Generated story\n\n");
    for q in 0..200 {
        let (who, ws) = &turns[rng.below(turns.len())];
        let len = 8 + rng.below(12);
        let start = rng.below(ws.len() - len);
        let mut quote: Vec<String> = ws[start..start + len].to_vec();
        if q % 4 == 1 {
            quote[len / 2] = vocab[rng.below(vocab.len())].clone();
        }
        if q % 10 == 3 {
            quote = (0..len)
                .map(|_| vocab[rng.below(vocab.len())].clone())
                .collect();
        }
        let mut sentence = quote.join(" ");
        sentence[..1].make_ascii_uppercase();
        draft.push_str(&format!("\"{sentence},\" said {}.\n\n", speaker(*who)));
    }
    (sources, draft)
}

fn bench(c: &mut Criterion) {
    let (sources, draft) = corpus(500_000);
    let mut group = c.benchmark_group("sources");
    group.sample_size(10);
    group.bench_function("index 500k words of transcripts", |b| {
        b.iter(|| Record::build(black_box(&sources)))
    });
    let (record, errors) = Record::build(&sources);
    assert!(errors.is_empty() && record.word_count() >= 500_000);
    let config = Config::default();
    let doc = Document::parse(&draft, DocKind::Markdown);
    let q = quotes::extract(&doc, &config.quotes, Cues::builtin());
    let p = people::analyze(&doc, &q, &config, None, true);
    let checked = match_quotes(&doc, &q, &p, &record);
    assert!(checked.iter().flatten().count() >= 200);
    group.bench_function("match 200 quotations against 500k words", |b| {
        b.iter(|| match_quotes(black_box(&doc), &q, &p, &record))
    });
    group.bench_function("analyze a 200-quotation draft with the record", |b| {
        b.iter(|| analyze_with(black_box(&draft), DocKind::Markdown, &config, Some(&record)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
