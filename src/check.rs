//! `copydesk check` and the plumbing shared by the commands that read drafts: paths to drafts,
//! drafts to configs, reading, and analysing in parallel.

use crate::cli::{CheckArgs, InputArgs};
use crate::configs::Resolver;
use crate::read::Text;
use crate::report::Report;
use crate::walk::{self, Source};
use copydesk_core::RuleId;
use copydesk_core::{analyze_with, Config, DocKind, Finding, Record};
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

/// How standard input is named in reports.
pub const STDIN_NAME: &str = "<stdin>";

/// A draft to read, with the config that governs it.
pub struct Job {
    /// Where it comes from.
    pub source: Source,
    /// Its name in reports.
    pub display: String,
    /// The settings in force.
    pub config: Arc<Config>,
    /// The record its config names (`[sources]`), if any.
    pub record: Option<Arc<Record>>,
    /// The folder a link must not lead out of (see [`walk::Draft`]).
    pub root: Option<std::path::PathBuf>,
}

impl Job {
    /// The draft's format: from the file name; standard input is taken as Markdown.
    pub fn kind(&self) -> DocKind {
        match &self.source {
            Source::Stdin => DocKind::Markdown,
            Source::File(_) => DocKind::from_path(&self.display),
        }
    }

    /// Reads the draft.
    pub fn read(&self) -> Result<Text, String> {
        match &self.source {
            Source::Stdin => crate::read::stdin(),
            Source::File(p) => crate::read::file(p),
        }
    }
}

/// A draft that could not be checked, and why.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The draft (or path) as shown.
    pub display: String,
    /// What went wrong.
    pub message: String,
}

/// Prints problems to standard error as `copydesk: error: PATH: MESSAGE`.
pub fn print_failures(failures: &[Failure]) {
    let mut err = std::io::stderr().lock();
    for f in failures {
        let _ = writeln!(err, "copydesk: error: {}: {}", f.display, f.message);
    }
}

/// Resolves the paths and configs of a command. A config problem stops everything (`Err`);
/// unreadable paths are returned as failures while the other drafts are still checked.
pub fn prepare(input: &InputArgs) -> Result<(Vec<Job>, Vec<Failure>), String> {
    let mut jobs = Vec::new();
    let walked = prepare_each(input, &mut |job| jobs.push(job))?;
    jobs.retain(|j| !walked.is_record_file(j));
    Ok((jobs, walked.failures))
}

/// What is known once every path is walked.
struct Walked {
    /// Paths that could not be read, and problems with the record.
    failures: Vec<Failure>,
    /// The record's files (canonical paths): not drafts, even in a folder of drafts.
    record_files: std::collections::HashSet<std::path::PathBuf>,
}

impl Walked {
    /// Whether a job is a file of the record rather than a draft.
    fn is_record_file(&self, job: &Job) -> bool {
        match &job.source {
            Source::File(p) => {
                std::fs::canonicalize(p).is_ok_and(|c| self.record_files.contains(&c))
            }
            Source::Stdin => false,
        }
    }
}

/// [`prepare`], handing each job to `emit` as soon as its draft is found (record files
/// included: the caller drops them with [`Walked::is_record_file`]).
fn prepare_each(input: &InputArgs, emit: &mut dyn FnMut(Job)) -> Result<Walked, String> {
    let mut resolver =
        Resolver::new(input.config.as_deref(), input.style.as_deref()).map_err(|e| e.0)?;
    let mut problems: Vec<String> = Vec::new();
    let walk_errors =
        walk::expand_each(
            &input.paths,
            &mut |walk::Draft { source, root }| match resolver.config_and_record_for(&source) {
                Ok((config, record)) => {
                    let display = match &source {
                        Source::Stdin => STDIN_NAME.to_string(),
                        Source::File(p) => walk::display(p),
                    };
                    emit(Job {
                        source,
                        display,
                        config,
                        record,
                        root,
                    });
                }
                Err(e) => {
                    if !problems.contains(&e.0) {
                        problems.push(e.0);
                    }
                }
            },
        );
    if !problems.is_empty() {
        return Err(problems.join("\ncopydesk: error: "));
    }
    let mut failures: Vec<Failure> = walk_errors
        .into_iter()
        .map(|e| Failure {
            display: e.path,
            message: e.message,
        })
        .collect();
    failures.extend(
        resolver
            .source_problems
            .drain(..)
            .map(|(display, message)| Failure { display, message }),
    );
    Ok(Walked {
        failures,
        record_files: std::mem::take(&mut resolver.source_files),
    })
}

/// The outcome for one draft.
type Checked = Result<Report, Failure>;

/// The jobs of a run, the outcome of each, and the paths that could not be walked.
type Outcomes = (Vec<Job>, Vec<Checked>, Vec<Failure>);

/// Checks one job, a panic being a failure of that draft alone.
fn check_job(job: &Job, fix: bool) -> Checked {
    guarded(|| check_one(job, fix)).map_err(|message| Failure {
        display: job.display.clone(),
        message,
    })
}

/// The jobs, their outcomes (in walk order) and the failures of the walk. Without `--fix` the
/// paths are walked on this thread while the drafts found are checked on the others (rayon);
/// with it every config is resolved first, so that a config problem stops the run before any
/// file is rewritten.
fn check_all(input: &InputArgs, fix: bool) -> Result<Outcomes, String> {
    if fix {
        let (jobs, failures) = prepare(input)?;
        let results = jobs.par_iter().map(|j| check_job(j, fix)).collect();
        return Ok((jobs, results, failures));
    }
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Job)>(1024);
    let (walked, mut done) = std::thread::scope(|s| {
        let checker = s.spawn(move || {
            rx.into_iter()
                .par_bridge()
                .map(|(i, job)| {
                    let r = check_job(&job, fix);
                    (i, job, r)
                })
                .collect::<Vec<_>>()
        });
        let mut i = 0;
        let walked = prepare_each(input, &mut |job| {
            let _ = tx.send((i, job));
            i += 1;
        });
        drop(tx);
        (walked, checker.join().unwrap_or_default())
    });
    let walked = walked?;
    done.sort_by_key(|(i, _, _)| *i);
    done.retain(|(_, job, _)| !walked.is_record_file(job));
    let (jobs, results) = done.into_iter().map(|(_, j, r)| (j, r)).unzip();
    Ok((jobs, results, walked.failures))
}

/// Runs `f` for one draft, turning a panic in the engine into a failure of that draft alone, so
/// the other drafts are still checked and reported.
pub fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => Err("internal error while checking this draft (a bug in copydesk: please report it with the draft)".into()),
    }
}

fn check_one(job: &Job, fix: bool) -> Result<Report, String> {
    let mut text = job.read()?;
    let kind = job.kind();
    let mut fixed = 0;
    if fix {
        if let Source::File(path) = &job.source {
            let (new, n) = copydesk_core::fix::fix_all(&text.text, kind, &job.config);
            if n > 0 {
                crate::fix::write_back(path, job.root.as_deref(), &text, &new)?;
                text.text = new;
                fixed = n;
            }
        }
    }
    let findings = analyze_with(&text.text, kind, &job.config, job.record.as_deref()).findings;
    Ok(Report {
        display: job.display.clone(),
        text,
        findings,
        fixed,
    })
}

/// Adds the names spelt differently in different drafts of the run (the engine's cross-file
/// check, the same the language server runs over open drafts), each on the odd mention.
fn across_files(reports: &mut [Report], config: &Config) {
    use copydesk_core::across::{cross_names, people, Draft};
    // Each draft's people, found in parallel; the comparison reads only these.
    let peoples: Vec<copydesk_core::People> = reports
        .par_iter()
        .map(|r| people(&r.text.text, DocKind::from_path(&r.display), config))
        .collect();
    let drafts: Vec<Draft> = reports
        .iter()
        .zip(&peoples)
        .map(|(r, people)| Draft {
            text: &r.text.text,
            kind: DocKind::from_path(&r.display),
            people,
        })
        .collect();
    let found = cross_names(&drafts, config);
    let mut extra: Vec<(usize, Finding)> = Vec::new();
    for c in found {
        let (odd, canon) = (&reports[c.draft], &reports[c.canonical_draft]);
        if odd
            .findings
            .iter()
            .any(|f| f.rule == RuleId::NameSpelling && f.byte_start == c.range.start)
        {
            continue;
        }
        let here = odd.text.text.get(c.range.clone()).unwrap_or("");
        let there = canon.text.text.get(c.canonical_range.clone()).unwrap_or("");
        let line = copydesk_core::position::LineIndex::new(&canon.text.text)
            .line_col(c.canonical_range.start)
            .0;
        let mut f = Finding::new(
            RuleId::NameSpelling,
            c.range.clone(),
            format!(
                "“{here}” is written “{there}” in {}:{line}: spell it one way in every file",
                canon.display
            ),
        );
        f.severity = c.severity;
        f.fixes.push(copydesk_core::Fix {
            title: format!("Write “{there}”"),
            edits: c.edits,
            safe: false,
        });
        extra.push((c.draft, f));
    }
    for (i, f) in extra {
        reports[i].findings.push(f);
    }
    for r in reports.iter_mut() {
        r.findings.sort_by(|a, b| {
            (a.byte_start, a.byte_end, a.rule).cmp(&(b.byte_start, b.byte_end, b.rule))
        });
    }
}

/// Runs `copydesk check`.
pub fn run(args: &CheckArgs) -> ExitCode {
    if args.fix && args.input.paths.iter().any(|p| p == "-") {
        eprintln!("copydesk: error: --fix cannot rewrite standard input; name the files to fix");
        return ExitCode::from(2);
    }
    if args.fix {
        crate::fix::cleanup::on_signals();
    }
    let (jobs, results, mut failures) = match check_all(&args.input, args.fix) {
        Ok(x) => x,
        Err(message) => {
            eprintln!("copydesk: error: {message}");
            return ExitCode::from(2);
        }
    };
    let mut reports = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(rep) => reports.push(rep),
            Err(f) => failures.push(f),
        }
    }
    if args.across_files || jobs.iter().any(|j| j.config.names.across_files) {
        let config = jobs.first().map(|j| j.config.clone()).unwrap_or_default();
        across_files(&mut reports, &config);
    }
    for r in &reports {
        if r.fixed > 0 {
            let s = if r.fixed == 1 { "" } else { "s" };
            eprintln!("copydesk: fixed {} issue{s} in {}", r.fixed, r.display);
        }
    }
    let color = crate::output::human::use_color(args.color, args.output.is_some());
    let write = |out: &mut dyn std::io::Write| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        crate::output::write(args.format, &reports, color, &mut out)
    };
    let written = match &args.output {
        Some(path) => std::fs::File::create(path)
            .and_then(|mut f| write(&mut f))
            .map_err(|e| {
                format!(
                    "{}: cannot write the report: {}",
                    walk::display(path),
                    crate::read::io_message(&e)
                )
            }),
        None => {
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = write(&mut std::io::stdout().lock());
            Ok(())
        }
    };
    print_failures(&failures);
    if let Err(e) = written {
        eprintln!("copydesk: error: {e}");
        return ExitCode::from(2);
    }
    if !failures.is_empty() {
        return ExitCode::from(2);
    }
    let failing = reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| args.fail_on.fails(f.severity));
    if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
