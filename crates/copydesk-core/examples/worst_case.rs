//! The worst-case drafts: times each analysis at growing sizes, or writes the drafts to files.
//!
//! `cargo run --release -p copydesk-core --example worst_case -- time [KB]...`
//! `cargo run --release -p copydesk-core --example worst_case -- write DIR KB`
//! `cargo run --release -p copydesk-core --example worst_case -- limit SECONDS KB` fails (exit
//! status 1) if any analysis at that size takes longer (the median of three runs, in CPU time
//! where Linux reports it, so that a busy machine does not fail it).

#[path = "../tests/support/worst.rs"]
mod worst;

use copydesk_core::{analyze_with, Config, DocKind};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::default();
    match args.first().map(String::as_str) {
        Some("write") => {
            let dir = std::path::Path::new(args.get(1).map(String::as_str).unwrap_or("worst"));
            let kb: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1024);
            std::fs::create_dir_all(dir).expect("create the folder");
            for case in worst::CASES {
                let ext = if case.kind == DocKind::Markdown {
                    "md"
                } else {
                    "txt"
                };
                let path = dir.join(format!("{}.{ext}", case.name));
                std::fs::write(&path, (case.make)(kb * 1024)).expect("write a draft");
                if let Some(record) = case.record {
                    let path = dir.join(format!("{}.transcript.txt", case.name));
                    std::fs::write(&path, record(kb * 1024)).expect("write a record");
                }
            }
        }
        Some("limit") => {
            let limit: f64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1.0);
            let kb: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1024);
            let mut slow = Vec::new();
            for case in worst::CASES {
                let text = (case.make)(kb * 1024);
                let record = worst::record(case, kb * 1024);
                let mut times: Vec<f64> = (0..3)
                    .map(|_| {
                        let (t, cpu) = (Instant::now(), cpu_seconds());
                        std::hint::black_box(analyze_with(
                            &text,
                            case.kind,
                            &config,
                            record.as_ref(),
                        ));
                        match (cpu, cpu_seconds()) {
                            (Some(a), Some(b)) => b - a,
                            _ => t.elapsed().as_secs_f64(),
                        }
                    })
                    .collect();
                times.sort_by(f64::total_cmp);
                println!("{:24} {kb} KB  median {:.3} s", case.name, times[1]);
                if times[1] > limit {
                    slow.push(case.name);
                }
            }
            if !slow.is_empty() {
                eprintln!("slower than {limit} s at {kb} KB: {slow:?}");
                std::process::exit(1);
            }
        }
        _ => {
            let sizes: Vec<usize> = args.iter().skip(1).filter_map(|s| s.parse().ok()).collect();
            let sizes = if sizes.is_empty() {
                vec![64, 128, 256]
            } else {
                sizes
            };
            let only = std::env::var("CASE").ok();
            for case in worst::CASES {
                if only.as_deref().is_some_and(|o| o != case.name) {
                    continue;
                }
                print!("{:24}", case.name);
                for kb in &sizes {
                    let text = (case.make)(kb * 1024);
                    let record = worst::record(case, kb * 1024);
                    let t = Instant::now();
                    let a = analyze_with(&text, case.kind, &config, record.as_ref());
                    print!(
                        " {kb}KB {:.3}s ({} findings)",
                        t.elapsed().as_secs_f64(),
                        a.findings.len()
                    );
                    use std::io::Write;
                    let _ = std::io::stdout().flush();
                }
                println!();
            }
        }
    }
}

/// The process's CPU time (user and system) from `/proc/self/stat`, in seconds (ticks of 1/100 s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at the state, field 3.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i - 3)?.parse::<f64>().ok();
    Some((ticks(14)? + ticks(15)?) / 100.0)
}
