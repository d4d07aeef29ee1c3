//! The `copydesk` command: `check` drafts, or run the language server with `lsp`.

use clap::{Parser, Subcommand, ValueEnum};
use copydesk_core::position::LineIndex;
use copydesk_core::{analyze, Config, DocKind, Finding};
use serde::Serialize;
use std::io::Read;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "copydesk", version, about = "A copy editor for news drafts")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts (files, or - for standard input).
    Check {
        /// Files to check; `-` reads standard input.
        paths: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// House style profile (ap, reuters, nyt, bbc, guardian, economist, chicago).
        #[arg(long)]
        style: Option<String>,
    },
    /// Run the language server on stdio.
    Lsp,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    byte_start: usize,
    byte_end: usize,
    fixes: &'a [copydesk_core::Fix],
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Lsp => match copydesk_lsp::run_stdio() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("copydesk lsp: {e}");
                ExitCode::from(2)
            }
        },
        Command::Check {
            paths,
            format,
            style,
        } => {
            let mut config = Config::default();
            if let Some(s) = style {
                if copydesk_core::styles::profile(&s).is_none() {
                    eprintln!("copydesk: unknown style `{s}`");
                    return ExitCode::from(2);
                }
                config.style = Some(s);
            }
            let mut all: Vec<(String, String, Vec<Finding>)> = Vec::new();
            for path in &paths {
                let text = if path == "-" {
                    let mut s = String::new();
                    if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                        eprintln!("copydesk: standard input: {e}");
                        return ExitCode::from(2);
                    }
                    s
                } else {
                    match std::fs::read_to_string(path) {
                        Ok(s) => s,
                        Err(e) => {
                            eprintln!("copydesk: {path}: {e}");
                            return ExitCode::from(2);
                        }
                    }
                };
                let analysis = analyze(&text, DocKind::from_path(path), &config);
                all.push((path.clone(), text, analysis.findings));
            }
            let mut json = Vec::new();
            let mut count = 0;
            for (path, text, findings) in &all {
                let ix = LineIndex::new(text);
                for f in findings {
                    count += 1;
                    let (line, column) = ix.line_col(f.byte_start);
                    let (end_line, end_column) = ix.line_col(f.byte_end);
                    match format {
                        Format::Json => json.push(JsonFinding {
                            path,
                            rule: f.rule,
                            severity: f.severity.as_str(),
                            message: &f.message,
                            line,
                            column,
                            end_line,
                            end_column,
                            byte_start: f.byte_start,
                            byte_end: f.byte_end,
                            fixes: &f.fixes,
                        }),
                        Format::Human => println!(
                            "{path}:{line}:{column}: {}: {} [{}]",
                            f.severity.as_str(),
                            f.message,
                            f.rule
                        ),
                    }
                }
            }
            if let Format::Json = format {
                println!("{}", serde_json::to_string_pretty(&json).unwrap_or_default());
            }
            if count > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
