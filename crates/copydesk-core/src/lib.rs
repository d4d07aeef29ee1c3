//! copydesk's analysis engine: a draft in, findings with byte ranges and fixes out.
//!
//! It knows nothing of terminals or editors; the command line and the language server are thin
//! adapters over [`analyze`]. See `ARCHITECTURE.md` at the repository root for the map.

pub mod across;
pub mod ceiling;
pub mod config;
pub mod cues;
pub mod discovery;
pub mod document;
pub mod drafts;
pub mod finding;
pub mod fix;
pub mod ledger;
pub mod memo;
pub mod people;
pub mod position;
pub mod quotes;
pub mod report;
pub mod rule_id;
pub mod rules;
pub mod sources;
pub mod styles;
pub mod suppress;
pub mod titles;

pub use config::{Config, ConfigError, RuleLevel};
pub use document::{DocKind, Document};
pub use finding::{Edit, Finding, Fix, Related, Severity, SourcePlace};
pub use memo::Memo;
pub use people::People;
pub use quotes::Quotes;
pub use rule_id::RuleId;
pub use sources::{QuoteMatch, Record, SourceError, SourceText};

use cues::Cues;
use rules::{Context, RULES};

/// Where the documentation of each rule lives, for editor links.
pub const DOCS_BASE: &str =
    "https://github.com/copydesk/copydesk/blob/main/crates/copydesk-core/docs/rules/";

/// The link to a rule's documentation.
pub fn rule_docs_url(rule: RuleId) -> String {
    format!("{DOCS_BASE}{rule}.md")
}

/// Everything the engine learnt about a draft.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Findings in document order.
    pub findings: Vec<Finding>,
    /// The draft's quotations and lone marks.
    pub quotes: Quotes,
    /// The draft's people.
    pub people: std::sync::Arc<People>,
    /// Each quotation held to the record, indexed like `quotes.quotations` (empty with no record).
    pub matches: Vec<Option<QuoteMatch>>,
}

/// Analyses a draft under a config.
pub fn analyze(text: &str, kind: DocKind, config: &Config) -> Analysis {
    analyze_with(text, kind, config, None)
}

/// Analyses a draft under a config, holding its quotations to the record when one is given.
pub fn analyze_with(
    text: &str,
    kind: DocKind,
    config: &Config,
    record: Option<&Record>,
) -> Analysis {
    analyze_cancellable(text, kind, config, record, &|| false).unwrap_or_default()
}

/// [`analyze_with`], asking `cancelled` between stages (parsing, quotations, people, the record,
/// each rule) and giving up with `None` once it says yes: how the language server drops the
/// analysis of a version the writer has already changed.
pub fn analyze_cancellable(
    text: &str,
    kind: DocKind,
    config: &Config,
    record: Option<&Record>,
    cancelled: &dyn Fn() -> bool,
) -> Option<Analysis> {
    analyze_memo(text, kind, config, record, &mut Memo::once(), cancelled)
}

/// [`analyze_cancellable`] reusing what `memo` kept from the previous analysis of the same draft
/// (the blocks an edit did not touch) and keeping this one's for the next: how the language
/// server re-analyses on every keystroke. The result equals a fresh analysis.
pub fn analyze_memo(
    text: &str,
    kind: DocKind,
    config: &Config,
    record: Option<&Record>,
    memo: &mut Memo,
    cancelled: &dyn Fn() -> bool,
) -> Option<Analysis> {
    memo.begin(config);
    // `None` once cancelled, so that `go()?` gives up.
    let go = || (!cancelled()).then_some(());
    let doc = Document::parse_after(text, kind, memo.parsed.take());
    let custom;
    let cues = if config.quotes.extra_cues.is_empty() {
        Cues::builtin()
    } else {
        custom = Cues::new(&config.quotes.extra_cues);
        &custom
    };
    go()?;
    // The titles are found on the other core while the quotations are (neither reads the
    // other), and sorted out from quotations while the people stage runs.
    let (once, quotes_memo, titles_memo) = (memo.once, &mut memo.quotes, &mut memo.titles);
    let (quotes, titles) = join(
        text.len(),
        || {
            if once {
                quotes::extract(&doc, &config.quotes, cues)
            } else {
                quotes::extract_memo(&doc, &config.quotes, cues, quotes_memo)
            }
        },
        || titles::find_memo(&doc, titles_memo),
    );
    go()?;
    let style = config.style.as_deref().and_then(styles::profile);
    memo.people.keep = !memo.once;
    // The title usages and the rules that read no person are worked out on the other core
    // while the people stage runs.
    let (people_memo, litter, rules_memo) = (&mut memo.people, &mut memo.litter, &memo.rules);
    let (people, (title_usages, mut findings, kept)) = join(
        text.len(),
        || {
            let woven = record.is_some();
            people::analyze_memo(&doc, &quotes, config, style, woven, people_memo, litter)
        },
        || {
            // The draft kept for the next analysis, copied here while the other core works
            // out the people (a long draft's copy is most of a megabyte).
            let kept: Option<std::sync::Arc<str>> = (!once).then(|| text.into());
            let usages = rules::title_usages(&doc, &quotes, titles);
            let cx = Context::without_people(&doc, config, &quotes, style)
                .with_memo((!once).then_some(rules_memo));
            let mut findings = Vec::new();
            for rule in RULES.iter().filter(|r| !r.reads_people()) {
                check_rule(*rule, &cx, config, &mut findings);
            }
            (usages, findings, kept)
        },
    );
    go()?;
    let matches = match record {
        Some(r) if memo.once => sources::match_quotes(&doc, &quotes, &people, r),
        Some(r) => sources::match_quotes_memo(&doc, &quotes, &people, r, &mut memo.sources),
        None => Vec::new(),
    };
    let cx = Context::new(&doc, config, &quotes, &people, style)
        .with_matches(&matches)
        .with_title_usages(title_usages);
    go()?;
    // Each rule's findings apart, on both cores for a long draft, then in the rules' order.
    let reading: Vec<&dyn rules::Rule> =
        RULES.iter().copied().filter(|r| r.reads_people()).collect();
    for mut found in each(text.len(), &reading, |rule| {
        let mut out = Vec::new();
        check_rule(*rule, &cx, config, &mut out);
        out
    }) {
        findings.append(&mut found);
    }
    drop(cx); // gives `memo` back
    suppress::apply(&doc, &mut findings);
    findings.sort_by(|a, b| {
        (a.byte_start, a.byte_end, a.rule).cmp(&(b.byte_start, b.byte_end, b.rule))
    });
    ceiling::apply(&mut findings, text.len());
    if let Some(kept) = kept {
        memo.people
            .remember_text(std::sync::Arc::clone(&kept), doc.id);
        memo.parsed = Some(doc.keep_shared(kept));
    }
    Some(Analysis {
        findings,
        quotes,
        people,
        matches,
    })
}

/// Appends the findings of `rule`, if the config turns it on, at the severity it gives.
fn check_rule(rule: &dyn rules::Rule, cx: &Context, config: &Config, out: &mut Vec<Finding>) {
    let RuleLevel::On(severity) = config.level(rule.id(), rule.default_severity()) else {
        return;
    };
    let start = out.len();
    rule.check(cx, out);
    for f in &mut out[start..] {
        f.severity = severity;
    }
}

/// The shortest draft whose analysis is split over two threads: below it, handing half the
/// work to another thread and waiting for it costs more than it saves (typing in a
/// 10,000-word draft takes half a millisecond). The browser build has one thread.
#[cfg(not(target_arch = "wasm32"))]
const SPLIT_FROM: usize = 128 * 1024;

/// Runs `a` and `b` at once on rayon's threads when the draft (`len` bytes) is long enough to
/// repay it (see [`SPLIT_FROM`]), else one after the other, as in the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn join<A: Send, B: Send>(
    len: usize,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if parallel(len) {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// Whether [`join`] runs its two halves at once for a draft of `len` bytes.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn parallel(len: usize) -> bool {
    len >= SPLIT_FROM
}

/// Whether [`join`] runs its two halves at once (never in the browser build).
#[cfg(target_arch = "wasm32")]
pub(crate) fn parallel(_len: usize) -> bool {
    false
}

/// `f` of each item, in order: on rayon's threads when the draft (`len` bytes) is long enough
/// to repay it (see [`SPLIT_FROM`]).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn each<T: Sync, R: Send>(
    len: usize,
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    use rayon::prelude::*;
    if parallel(len) {
        items.par_iter().with_max_len(1).map(&f).collect()
    } else {
        items.iter().map(f).collect()
    }
}

/// `f` of each item, in order (the browser build has one thread).
#[cfg(target_arch = "wasm32")]
pub(crate) fn each<T, R>(_len: usize, items: &[T], f: impl Fn(&T) -> R) -> Vec<R> {
    items.iter().map(f).collect()
}

/// Runs `a` and `b` one after the other (the browser build has one thread).
#[cfg(target_arch = "wasm32")]
pub(crate) fn join<A, B>(_len: usize, a: impl FnOnce() -> A, b: impl FnOnce() -> B) -> (A, B) {
    (a(), b())
}
