//! The `copydesk` command: `check` drafts (the linter a newsroom puts in CI), list `quotes`,
//! read the `rules` and `explain` them, or run the language server with `lsp`.
//!
//! Every command is a thin adapter over `copydesk-core`.

mod check;
mod cli;
mod configs;
mod explain;
mod fix;
mod output;
mod quotes_ledger;
mod read;
mod record;
mod report;
mod walk;

use clap::Parser;
use cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    // A bug in the engine is reported as one line naming the place, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("copydesk: internal error: {info}");
    }));
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version are successes; anything else is a usage error (exit 2).
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // The server's analyses keep rayon's default stacks: a larger one was measured to cost
    // about 0.3 ms a keystroke there.
    if !matches!(cli.command, Command::Lsp { .. }) {
        roomy_analysis_threads();
    }
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Quotes(args) => quotes_ledger::run(&args),
        Command::Rules => {
            output::emit(&explain::rules_text());
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => explain::explain(&rule),
        Command::Lsp { .. } => {
            server_malloc();
            match copydesk_lsp::run_stdio() {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("copydesk lsp: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// The stack each thread that analyses drafts gets: the engine reads every input in loops, but
/// should a recursion ever follow the length of a draft, a deep stack turns an abort of the
/// whole process into slow work (the memory is only reserved; pages are used as touched).
const ANALYSIS_STACK: usize = 64 << 20;

/// Gives rayon's threads, which analyse the drafts of `check` and `quotes`, [`ANALYSIS_STACK`].
fn roomy_analysis_threads() {
    // Fails only if the pool was already built, which nothing before this does.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(ANALYSIS_STACK)
        .build_global();
}

/// glibc's malloc set for the language server, which runs for hours with several threads:
/// - one arena: glibc gives each thread that allocates its own, whose freed pages it rarely
///   returns; with one, 20 open drafts take about half the resident memory (analyses seldom
///   overlap, so the shared arena's lock costs nothing noticeable);
/// - the memory freed between keystrokes kept for the next analysis (the server hands it back
///   once the typing pauses): by default glibc maps each large block apart and unmaps it when
///   freed, and returns the top of its heap past 128 KB, so that one keystroke in ten or so
///   faulted 150 to 350 pages in again, about a millisecond.
#[allow(unsafe_code)]
fn server_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called before the server starts any thread; mallopt only sets tunables.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        // 32 MB, the largest glibc accepts: larger blocks are still mapped apart.
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}
