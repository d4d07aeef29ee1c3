//! The command line's arguments (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use copydesk_core::Severity;
use std::path::PathBuf;

/// copydesk: a copy editor for news drafts.
#[derive(Parser, Debug)]
#[command(
    name = "copydesk",
    // The version and the commit it was built from (build.rs).
    version = env!("COPYDESK_LONG_VERSION"),
    about = "A copy editor for news drafts: unattributed quotes, names spelled two ways, titles against house style",
    after_help = "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage error, unreadable file or invalid config."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check drafts: files, folders (walked for .md, .markdown, .mdx and .txt, honouring .gitignore), or - for standard input.
    Check(CheckArgs),
    /// List every direct quotation with its speaker: the fact-checker's ledger.
    Quotes(QuotesArgs),
    /// List the rules with a one-line description.
    Rules,
    /// Print a rule's documentation with an example.
    Explain {
        /// The rule id, such as `unattributed-quote`.
        rule: String,
    },
    /// Run the language server on stdio.
    Lsp {
        /// Talk over standard input and output: the only transport, accepted because many editors pass it.
        #[arg(long)]
        stdio: bool,
    },
}

/// Options shared by the commands that read drafts.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or folders to check; `-` reads a draft from standard input. Default: the current folder.
    pub paths: Vec<String>,
    /// Use this config file instead of the `.copydesk.toml` found by walking up from each draft.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// House style profile, overriding the config's (ap, reuters, nyt, bbc, guardian, economist, chicago).
    #[arg(long, value_name = "NAME")]
    pub style: Option<String>,
}

/// `copydesk check`.
#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    /// Paths, config and style.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The least severity that makes the run fail (exit status 1); `never` always exits 0 on findings.
    #[arg(long, value_enum, default_value_t = FailOn::Warning, value_name = "SEVERITY")]
    pub fail_on: FailOn,
    /// Apply every safe fix in place (atomically), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// Compare names across all the drafts of this run (a story package), as the editor does
    /// across open drafts; also `[names] across_files = true` in the config.
    #[arg(long)]
    pub across_files: bool,
    /// When to colour the human output (auto: only on a terminal, and never with NO_COLOR set).
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `copydesk quotes`.
#[derive(Args, Debug, Clone)]
pub struct QuotesArgs {
    /// Paths, config and style.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = LedgerFormat::Table)]
    pub format: LedgerFormat,
}

/// Report formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Snippets in the style of rustc: the line, a caret underline, the rule and the fix.
    Human,
    /// One JSON array of findings.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

/// Report formats of `quotes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    /// An aligned table.
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON array.
    Json,
}

/// The failing severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any finding fails.
    Hint,
    /// Info and above.
    Info,
    /// Warnings and errors (the default).
    Warning,
    /// Only errors.
    Error,
    /// Findings never fail the run.
    Never,
}

impl FailOn {
    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        let least = match self {
            FailOn::Hint => Severity::Hint,
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
            FailOn::Never => return false,
        };
        severity >= least
    }
}

/// When to colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}
