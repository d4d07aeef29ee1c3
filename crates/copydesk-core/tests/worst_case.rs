//! No super-linear corner: for every worst-case draft (`support/worst.rs`), the work of one
//! analysis, counted in instructions by valgrind's callgrind (deterministic, unlike wall time),
//! grows at most 2.5 times when the draft doubles.
//!
//! The test re-runs this binary under callgrind, once per case and size, counting only the
//! instructions inside `measured`. It takes minutes, so it runs only when
//! `COPYDESK_REQUIRE_VALGRIND` is set (`.ci/run` sets it and runs it in release):
//! `COPYDESK_REQUIRE_VALGRIND=1 cargo test --release -p copydesk-core --test worst_case`.
//! `WORST_KB` sets the smaller size (16 KB by default); `WORST_ONLY=a,b` measures only the
//! cases named.

#[path = "support/worst.rs"]
mod worst;

use copydesk_core::{analyze, analyze_with, Config, DocKind, Record};
use std::hint::black_box;
use std::process::Command;

/// The largest growth allowed when the input doubles.
const MAX_RATIO: f64 = 2.5;

/// One analysis, the only code callgrind counts.
#[inline(never)]
fn measured(text: &str, kind: DocKind, config: &Config, record: Option<&Record>) -> usize {
    black_box(analyze_with(black_box(text), kind, config, record))
        .findings
        .len()
}

/// The child: analyses one case at one size (after a warm-up that loads the word lists).
#[test]
fn worst_case_child() {
    let (Ok(name), Ok(bytes)) = (std::env::var("WORST_CASE"), std::env::var("WORST_BYTES")) else {
        return;
    };
    let case = worst::CASES
        .iter()
        .find(|c| c.name == name)
        .expect("a known case");
    let bytes = bytes.parse().expect("a size");
    let text = (case.make)(bytes);
    // The record is built outside the count: the draft's work is what is measured.
    let record = worst::record(case, bytes);
    let config = Config::default();
    measured_warm_up(&config);
    measured(&text, case.kind, &config, record.as_ref());
}

fn measured_warm_up(config: &Config) {
    for kind in [DocKind::Markdown, DocKind::PlainText] {
        black_box(analyze(
            "Ruth Okafor said “we will”. Okafor left.",
            kind,
            config,
        ));
    }
}

fn valgrind() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Instructions executed in `measured` for one case at one size.
fn instructions(case: &str, bytes: usize) -> u64 {
    let dir = tempfile_dir();
    let out = dir.join(format!("{case}-{bytes}.callgrind"));
    let status = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--toggle-collect=*measured",
            &format!("--callgrind-out-file={}", out.display()),
        ])
        .arg(std::env::current_exe().expect("the test binary"))
        .args([
            "--exact",
            "worst_case_child",
            "--test-threads=1",
            "--nocapture",
        ])
        .env("WORST_CASE", case)
        .env("WORST_BYTES", bytes.to_string())
        .output()
        .expect("run valgrind");
    assert!(
        status.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("callgrind output");
    let _ = std::fs::remove_file(&out);
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .expect("a total in the callgrind output")
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("copydesk-worst-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

#[test]
fn work_grows_linearly_on_every_worst_case() {
    if std::env::var("WORST_CASE").is_ok() {
        return;
    }
    if std::env::var("COPYDESK_REQUIRE_VALGRIND").is_err() {
        eprintln!("COPYDESK_REQUIRE_VALGRIND is not set: the step counts are not checked");
        return;
    }
    assert!(valgrind(), "valgrind is required");
    let kb: usize = std::env::var("WORST_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let n = kb * 1024;
    let only = std::env::var("WORST_ONLY").ok();
    let cases: Vec<&worst::Case> = worst::CASES
        .iter()
        .filter(|c| {
            only.as_deref()
                .is_none_or(|o| o.split(',').any(|n| n == c.name))
        })
        .collect();
    // Two cases at a time: callgrind is single-threaded.
    let results: Vec<(&str, u64, u64)> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .chunks(cases.len().div_ceil(2).max(1))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|c| (c.name, instructions(c.name, n), instructions(c.name, 2 * n)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker"))
            .collect()
    });
    let _ = std::fs::remove_dir_all(tempfile_dir());
    let mut failures = Vec::new();
    for (name, a, b) in &results {
        let ratio = *b as f64 / (*a).max(1) as f64;
        eprintln!("{name:24} {a:>14} {b:>14}  x{ratio:.2}");
        if ratio > MAX_RATIO {
            failures.push(format!("{name}: x{ratio:.2}"));
        }
    }
    assert!(failures.is_empty(), "super-linear: {failures:?}");
}
