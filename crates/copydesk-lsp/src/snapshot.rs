//! One analysed version of an open draft, and the diagnostics made from it.
//!
//! A snapshot is built from a copy of the text, outside any lock, and is kept only while the
//! document is still at the revision it was built from.

use crate::position::{Encoding, TextMap};
use copydesk_core::memo::Litter;
use copydesk_core::RuleId;
use copydesk_core::{analyze_memo, Analysis, Config, DocKind, Finding, Memo, Record, Severity};
use std::collections::BTreeMap;
use std::ops::Range;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};
use tower_lsp_server::ls_types::notification::PublishDiagnostics;
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, TextEdit, Uri,
};

/// Appends `value` as JSON (serialising plain data into a `Vec` cannot fail).
macro_rules! push_json {
    ($out:expr, $value:expr) => {{
        let _ = serde_json::to_writer(&mut *$out, $value);
    }};
}

/// The `source` of every diagnostic.
pub const SOURCE: &str = "copydesk";

/// An edit of another open draft, attached to a cross-file finding.
#[derive(Debug, Clone)]
pub struct ForeignFix {
    /// What the fix does.
    pub title: String,
    /// The draft it edits.
    pub uri: Uri,
    /// Its edits in that draft's positions.
    pub edits: Vec<TextEdit>,
}

/// A finding of this draft: the engine's, or one found against another open draft.
#[derive(Debug, Clone)]
pub struct Item {
    /// The finding, in this draft's byte offsets.
    pub finding: Finding,
    /// Related places in other drafts.
    pub foreign_related: Vec<DiagnosticRelatedInformation>,
    /// A fix that edits another draft instead of this one.
    pub foreign_fix: Option<ForeignFix>,
}

/// Another open draft of the same workspace, for cross-file checks: its latest analysis, whose
/// people are compared with this draft's (it is not analysed again).
#[derive(Debug, Clone)]
pub struct Other {
    /// Its URI.
    pub uri: Uri,
    /// Its latest analysis (of its text then: the two always agree).
    pub snapshot: Arc<Snapshot>,
}

/// What the client accepts in a diagnostic (`textDocument.publishDiagnostics` capabilities):
/// a field it does not declare is left out, and its work with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepts {
    /// `relatedInformation`: other places of the finding (first mentions, other spellings).
    pub related: bool,
    /// `codeDescriptionSupport`: the link to the rule's documentation.
    pub code_description: bool,
}

impl Default for Accepts {
    /// Everything: what the features and tests build snapshots with.
    fn default() -> Self {
        Accepts {
            related: true,
            code_description: true,
        }
    }
}

/// What a snapshot is built from (copied out of the server state under its lock).
#[derive(Debug, Clone)]
pub struct Input {
    /// The draft.
    pub uri: Uri,
    /// The client's version.
    pub version: i32,
    /// The server's revision of the document.
    pub rev: u64,
    /// The config generation the config was taken from.
    pub gen: u64,
    /// Markdown or plain text.
    pub kind: DocKind,
    /// The text.
    pub text: String,
    /// The config in force.
    pub config: std::sync::Arc<Config>,
    /// The record its config names (`[sources]`), indexed once and shared.
    pub record: Option<std::sync::Arc<Record>>,
    /// Other open drafts of the workspace.
    pub others: Vec<Other>,
    /// The negotiated encoding.
    pub enc: Encoding,
    /// What the client accepts in a diagnostic.
    pub accepts: Accepts,
    /// The document's cache between analyses, locked by the one analysis using it (a newer one
    /// waits for a cancelled older one to reach its next stage).
    pub memo: Arc<Mutex<Memo>>,
}

/// One analysed version of a draft.
#[derive(Debug)]
pub struct Snapshot {
    /// The draft.
    pub uri: Uri,
    /// The client's version.
    pub version: i32,
    /// The server's revision it was built from.
    pub rev: u64,
    /// The config generation it was built with.
    pub gen: u64,
    /// Markdown or plain text.
    pub kind: DocKind,
    /// The text and its line index.
    pub map: TextMap,
    /// The engine's analysis of this draft alone (its findings moved into `items`).
    pub analysis: Analysis,
    /// Findings, the engine's then the cross-file ones.
    pub items: Vec<Item>,
    /// The negotiated encoding.
    pub enc: Encoding,
    /// What the client accepts in a diagnostic.
    pub accepts: Accepts,
    /// The distinct names mentioned (see [`Snapshot::names`]), found on first use.
    names: OnceLock<Vec<String>>,
    /// The record the draft was held to (for placing passages in their transcripts).
    pub record: Option<std::sync::Arc<Record>>,
    /// Each person's distinct spellings (text, first mention), at most [`SPELLINGS_CAP`]:
    /// listed next to a `name-spelling` finding, found once per person rather than per
    /// finding, and only for the persons such a finding names (a long draft has thousands).
    spellings: Vec<OnceLock<Spellings>>,
    /// Every mention as (start, end, person), sorted: who is named at an offset, by binary
    /// search. Made on first use: most keystrokes never ask.
    mentions: OnceLock<Vec<(usize, usize, usize)>>,
    /// What the analysis replaced in the draft's cache: freed with the snapshot, which the
    /// server drops on a pool thread after the next publication, not on a keystroke's path.
    _litter: Litter,
}

/// One person's distinct spellings: each text with its first mention.
type Spellings = Vec<(String, Range<usize>)>;

/// The most spellings of one person listed as related information.
const SPELLINGS_CAP: usize = 8;

/// The fewest diagnostics written in two halves on two cores (see
/// [`Snapshot::publication`]): a few hundred take a fraction of a millisecond.
const SPLIT_ITEMS: usize = 256;

/// The shortest draft whose line index is built on another core while it is analysed: below
/// it the hand-over costs more than the index (as the engine's own `SPLIT_FROM`).
const ALONGSIDE_FROM: usize = 128 * 1024;

impl Snapshot {
    /// Analyses an input.
    pub fn build(input: Input) -> Snapshot {
        Snapshot::try_build(input, &|| false).unwrap_or_else(|| unreachable!("never cancelled"))
    }

    /// Analyses an input, giving up with `None` once `cancelled` says so (checked between the
    /// engine's stages, and before the cross-file comparison).
    pub fn try_build(input: Input, cancelled: &dyn Fn() -> bool) -> Option<Snapshot> {
        // Queued behind newer edits: give up before taking the memo.
        if cancelled() {
            return None;
        }
        let analyse = || {
            // A panic in an analysis poisons the lock; the memo is keyed by content, so what it
            // holds is still right.
            let mut memo = input.memo.lock().unwrap_or_else(|e| e.into_inner());
            let analysis = analyze_memo(
                &input.text,
                input.kind,
                &input.config,
                input.record.as_deref(),
                &mut memo,
                cancelled,
            )?;
            Some((analysis, memo.take_litter()))
        };
        let lines = || crate::position::line_starts(&input.text);
        // The lines of a long draft are found on the other core while it is analysed.
        let (analysed, starts) = if input.text.len() >= ALONGSIDE_FROM {
            let mut starts = Vec::new();
            let analysed = rayon::in_place_scope(|s| {
                s.spawn(|_| starts = lines());
                analyse()
            });
            (analysed, starts)
        } else {
            (analyse(), lines())
        };
        let (mut analysis, litter) = analysed?;
        if cancelled() {
            return None;
        }
        let cross = if input.others.is_empty() {
            Vec::new()
        } else {
            cross_file(&input, &analysis)
        };
        // The findings move into the items: one copy per open draft, not two.
        let mut items: Vec<Item> = std::mem::take(&mut analysis.findings)
            .into_iter()
            .map(|finding| Item {
                finding,
                foreign_related: Vec::new(),
                foreign_fix: None,
            })
            .collect();
        items.extend(cross);
        let spellings = (0..analysis.people.persons.len())
            .map(|_| OnceLock::new())
            .collect();
        Some(Snapshot {
            uri: input.uri,
            version: input.version,
            rev: input.rev,
            gen: input.gen,
            kind: input.kind,
            map: TextMap::with_line_starts(input.text, starts),
            analysis,
            items,
            enc: input.enc,
            accepts: input.accepts,
            names: OnceLock::new(),
            record: input.record,
            spellings,
            mentions: OnceLock::new(),
            _litter: litter,
        })
    }

    /// The distinct names mentioned, sorted, so a change elsewhere can tell whether names
    /// moved. Found on first use: the server asks once the diagnostics are out.
    pub fn names(&self) -> &[String] {
        self.names.get_or_init(|| {
            // A person's mentions repeat a few spellings: each person's are thinned by a short
            // list of those seen first, so the sort sees a handful per person rather than
            // every mention of a long draft. Sorted as borrowed text, then copied once each.
            let mut names: Vec<&str> = Vec::new();
            for p in &self.analysis.people.persons {
                let first = names.len();
                for m in &p.mentions {
                    let seen = &names[first..(first + SPELLINGS_CAP).min(names.len())];
                    if !seen.contains(&&*m.text) {
                        names.push(&m.text);
                    }
                }
            }
            names.sort_unstable();
            names.dedup();
            names.into_iter().map(str::to_owned).collect()
        })
    }

    /// The person named at a byte offset (as `People::person_at`, by binary search: mentions
    /// do not overlap).
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        let mentions = self.mentions.get_or_init(|| {
            let mut mentions: Vec<(usize, usize, usize)> = self
                .analysis
                .people
                .persons
                .iter()
                .enumerate()
                .flat_map(|(i, p)| {
                    p.mentions
                        .iter()
                        .map(move |m| (m.range.start, m.range.end, i))
                })
                .collect();
            mentions.sort_unstable();
            mentions
        });
        let i = mentions.partition_point(|m| m.0 <= offset);
        let m = mentions[..i].last()?;
        (offset < m.1).then_some(m.2)
    }

    /// The person of the spelling flagged at `offset`: read from the spelling itself, without
    /// the index of every mention [`Snapshot::person_at`] sorts (most of a keystroke's
    /// publication in a long draft); that index only for a finding that is no spelling of the
    /// engine's. A place's or an organisation's spelling is no person's: it lists no spellings
    /// of a person (a long draft has a few on every keystroke, each of which built the index).
    fn person_spelt_at(&self, offset: usize) -> Option<usize> {
        let spellings = &self.analysis.people.spellings;
        let i = spellings.partition_point(|s| s.range.start < offset);
        match spellings.get(i).filter(|s| s.range.start == offset) {
            Some(s) => {
                // A person's spelling is a part of one of their mentions, and mentions do not
                // overlap.
                debug_assert!(s.person.is_none() || s.person == self.person_at(offset));
                s.person
            }
            None => self.person_at(offset),
        }
    }

    /// A person's distinct spellings, found on first use.
    fn spellings(&self, p: usize) -> &[(String, Range<usize>)] {
        match (self.spellings.get(p), self.analysis.people.persons.get(p)) {
            (Some(cell), Some(person)) => cell.get_or_init(|| distinct_spellings(person)),
            _ => &[],
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        self.map.text()
    }

    /// The LSP range of a byte range of this draft.
    pub fn range(&self, start: usize, end: usize) -> tower_lsp_server::ls_types::Range {
        self.map.range(start, end, self.enc)
    }

    /// A byte offset of an LSP position in this draft.
    pub fn offset(&self, pos: tower_lsp_server::ls_types::Position) -> usize {
        self.map.offset(pos, self.enc)
    }

    /// The link to a rule's documentation, if the client shows one.
    fn code_description(&self, rule: RuleId) -> Option<CodeDescription> {
        self.accepts
            .code_description
            .then(|| Uri::from_str(&copydesk_core::rule_docs_url(rule)).ok())
            .flatten()
            .map(|href| CodeDescription { href })
    }

    /// The diagnostic of an item.
    pub fn diagnostic(&self, item: &Item) -> Diagnostic {
        let f = &item.finding;
        let mut diagnostic = Diagnostic {
            range: self.range(f.byte_start, f.byte_end),
            severity: Some(severity(f.severity)),
            code: Some(NumberOrString::String(f.rule.to_string())),
            code_description: self.code_description(f.rule),
            source: Some(SOURCE.to_string()),
            message: f.message.clone(),
            ..Default::default()
        };
        if self.accepts.related {
            let related = self.related(item);
            diagnostic.related_information = (!related.is_empty()).then_some(related);
        }
        diagnostic
    }

    /// The related places of an item's diagnostic.
    fn related(&self, item: &Item) -> Vec<DiagnosticRelatedInformation> {
        let mut related = Vec::new();
        self.each_related(item, |r| {
            related.push(match r {
                Related::Given(given) => given.clone(),
                Related::Here(range, message) => DiagnosticRelatedInformation {
                    location: Location::new(self.uri.clone(), range),
                    message: message.to_string(),
                },
                Related::Elsewhere(location, message) => DiagnosticRelatedInformation {
                    location,
                    message: message.to_string(),
                },
                Related::Spelling(range, text) => DiagnosticRelatedInformation {
                    location: Location::new(self.uri.clone(), range),
                    message: also_written(text),
                },
            })
        });
        related
    }

    /// Calls `f` with each related place of an item's diagnostic, in order: the one place both
    /// [`Snapshot::diagnostic`] and [`Snapshot::publication`] find them.
    fn each_related<'a>(&'a self, item: &'a Item, mut f: impl FnMut(Related<'a>)) {
        let finding = &item.finding;
        item.foreign_related
            .iter()
            .for_each(|r| f(Related::Given(r)));
        for r in &finding.related {
            // A passage of the record is placed in its transcript.
            match r
                .source
                .as_ref()
                .and_then(|p| crate::features::source_location(self, p))
            {
                Some(location) => f(Related::Elsewhere(location, &r.message)),
                None => f(Related::Here(
                    self.range(r.byte_start, r.byte_end),
                    &r.message,
                )),
            }
        }
        // The other spellings of the person, so the editor can list them next to the canonical one.
        if finding.rule == RuleId::NameSpelling && item.foreign_related.is_empty() {
            if let Some(p) = self.person_spelt_at(finding.byte_start) {
                let flagged = self.text().get(finding.range()).unwrap_or("");
                for (text, range) in self.spellings(p) {
                    let covered = finding.related.iter().any(|r| r.byte_start == range.start);
                    if text == flagged || covered {
                        continue;
                    }
                    f(Related::Spelling(self.range(range.start, range.end), text));
                }
            }
        }
    }

    /// Every diagnostic of the draft.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.items.iter().map(|i| self.diagnostic(i)).collect()
    }

    /// The whole `publishDiagnostics` frame of this version: the JSON `serde_json` writes for
    /// [`Snapshot::diagnostics`], written straight from the findings. A long draft has hundreds
    /// of diagnostics on every keystroke, and building them as structs (each message, URI and
    /// link copied, then serialised and freed) was most of the server's cost beyond the engine.
    pub fn publication(&self) -> crate::outlet::Frame {
        crate::outlet::notification_with::<PublishDiagnostics>(|out| {
            out.reserve(self.estimate());
            out.extend_from_slice(b"{\"uri\":");
            let mut uri = Vec::new();
            push_json!(&mut uri, &self.uri);
            out.extend_from_slice(&uri);
            out.extend_from_slice(b",\"diagnostics\":");
            self.write_diagnostics(&uri, out);
            out.extend_from_slice(b",\"version\":");
            push_json!(out, &self.version);
            out.push(b'}');
        })
    }

    /// About how many bytes the diagnostics take, so their buffer is allocated once.
    fn estimate(&self) -> usize {
        let per_place = if self.accepts.related {
            self.uri.as_str().len() + 160
        } else {
            0
        };
        self.items
            .iter()
            .map(|i| {
                let f = &i.finding;
                let related: usize = f.related.iter().map(|r| r.message.len()).sum();
                280 + f.message.len() + related + per_place * (f.related.len() + 1)
            })
            .sum::<usize>()
            + 256
    }

    /// Writes the JSON array of the diagnostics; `uri` is this draft's URI as JSON.
    fn write_diagnostics(&self, uri: &[u8], out: &mut Vec<u8>) {
        out.push(b'[');
        if self.items.len() >= SPLIT_ITEMS {
            // A long draft's diagnostics are written in two halves, one on each core.
            // The first half straight into `out`, the second into a buffer appended after it.
            let (first, second) = self.items.split_at(self.items.len() / 2);
            let room = out.capacity().saturating_sub(out.len()) / 2;
            let ((), b) = rayon::join(
                || self.write_items(first, uri, out),
                || {
                    let mut buf = Vec::with_capacity(room);
                    self.write_items(second, uri, &mut buf);
                    buf
                },
            );
            out.push(b',');
            out.extend_from_slice(&b);
        } else {
            self.write_items(&self.items, uri, out);
        }
        out.push(b']');
    }

    /// Writes the JSON of `items`, separated by commas.
    fn write_items(&self, items: &[Item], uri: &[u8], out: &mut Vec<u8>) {
        // From `code` to `message`, per rule: the same for every finding of a rule.
        let mut codes: Vec<(RuleId, Vec<u8>)> = Vec::new();
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            let f = &item.finding;
            out.extend_from_slice(b"{\"range\":");
            push_range(out, self.range(f.byte_start, f.byte_end));
            out.extend_from_slice(b",\"severity\":");
            push_json!(out, &severity(f.severity));
            let i = match codes.iter().position(|c| c.0 == f.rule) {
                Some(i) => i,
                None => {
                    codes.push((f.rule, self.code_json(f.rule)));
                    codes.len() - 1
                }
            };
            out.extend_from_slice(&codes[i].1);
            push_json!(out, f.message.as_str());
            if self.accepts.related {
                let mut first = true;
                self.each_related(item, |r| {
                    out.extend_from_slice(if first {
                        b",\"relatedInformation\":[".as_slice()
                    } else {
                        b",".as_slice()
                    });
                    first = false;
                    match r {
                        Related::Given(given) => push_json!(out, given),
                        Related::Elsewhere(location, message) => {
                            push_json!(
                                out,
                                &DiagnosticRelatedInformation {
                                    location,
                                    message: message.to_string(),
                                }
                            )
                        }
                        Related::Here(range, message) => {
                            push_place(out, uri, range);
                            push_json!(out, message);
                            out.push(b'}');
                        }
                        Related::Spelling(range, text) => {
                            push_place(out, uri, range);
                            push_json!(out, also_written(text).as_str());
                            out.push(b'}');
                        }
                    }
                });
                if !first {
                    out.push(b']');
                }
            }
            out.push(b'}');
        }
    }

    /// The JSON of a diagnostic from `code` up to its message's value, as `Diagnostic` writes it.
    fn code_json(&self, rule: RuleId) -> Vec<u8> {
        let mut out = b",\"code\":".to_vec();
        push_json!(&mut out, rule.as_str());
        if let Some(link) = self.code_description(rule) {
            out.extend_from_slice(b",\"codeDescription\":");
            push_json!(&mut out, &link);
        }
        out.extend_from_slice(b",\"source\":");
        push_json!(&mut out, SOURCE);
        out.extend_from_slice(b",\"message\":");
        out
    }

    /// Text edits of a list of byte edits of this draft.
    pub fn text_edits(&self, edits: &[copydesk_core::Edit]) -> Vec<TextEdit> {
        edits
            .iter()
            .map(|e| TextEdit::new(self.range(e.byte_start, e.byte_end), e.replacement.clone()))
            .collect()
    }
}

/// A related place of a diagnostic, as [`Snapshot::each_related`] finds it.
enum Related<'a> {
    /// Found against another open draft, given whole.
    Given(&'a DiagnosticRelatedInformation),
    /// A place in this draft, with its message.
    Here(tower_lsp_server::ls_types::Range, &'a str),
    /// A place in another file (a passage of the record), with its message.
    Elsewhere(Location, &'a str),
    /// Another spelling of the person, at its first mention in this draft.
    Spelling(tower_lsp_server::ls_types::Range, &'a str),
}

/// The message of a related place that spells the person another way.
fn also_written(text: &str) -> String {
    format!("also written “{text}”")
}

/// Appends an LSP range as JSON, as `Range` writes it.
fn push_range(out: &mut Vec<u8>, r: tower_lsp_server::ls_types::Range) {
    out.extend_from_slice(b"{\"start\":{\"line\":");
    push_json!(out, &r.start.line);
    out.extend_from_slice(b",\"character\":");
    push_json!(out, &r.start.character);
    out.extend_from_slice(b"},\"end\":{\"line\":");
    push_json!(out, &r.end.line);
    out.extend_from_slice(b",\"character\":");
    push_json!(out, &r.end.character);
    out.extend_from_slice(b"}}");
}

/// Appends the start of a related place in this draft, up to its message's value; `uri` is
/// the draft's URI as JSON.
fn push_place(out: &mut Vec<u8>, uri: &[u8], range: tower_lsp_server::ls_types::Range) {
    out.extend_from_slice(b"{\"location\":{\"uri\":");
    out.extend_from_slice(uri);
    out.extend_from_slice(b",\"range\":");
    push_range(out, range);
    out.extend_from_slice(b"},\"message\":");
}

/// A person's distinct spellings, each at its first mention, at most [`SPELLINGS_CAP`].
fn distinct_spellings(p: &copydesk_core::people::Person) -> Vec<(String, Range<usize>)> {
    let mut seen: Vec<(String, Range<usize>)> = Vec::new();
    for m in &p.mentions {
        if seen.len() == SPELLINGS_CAP {
            break;
        }
        if !seen.iter().any(|(t, _)| **t == *m.text) {
            seen.push((m.text.to_string(), m.range.clone()));
        }
    }
    seen
}

/// The LSP severity of a finding.
pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// The file name of a URI, for messages.
pub fn file_name(uri: &Uri) -> String {
    let s = uri.as_str();
    let s = s.rsplit('/').next().unwrap_or(s);
    s.replace("%20", " ")
}

/// Another open draft, as the cross-file comparison reads it.
fn other_draft(o: &Other) -> copydesk_core::across::Draft<'_> {
    copydesk_core::across::Draft {
        text: o.snapshot.text(),
        kind: o.snapshot.kind,
        people: &o.snapshot.analysis.people,
    }
}

/// Names spelled differently here and in another open draft, as the engine's cross-file check
/// finds them (`copydesk_core::across`, the same code as `check --across-files`). A mention here
/// that differs from a canonical mention elsewhere is reported on it, with its fix; a mention
/// elsewhere that differs from a canonical mention here is reported on the canonical mention,
/// with a fix that edits the other draft.
fn cross_file(input: &Input, analysis: &Analysis) -> Vec<Item> {
    use copydesk_core::across::{cross_names, Draft};
    let own = &analysis.findings;
    // The package in the order of its URIs, as the command line orders its paths, so that
    // every draft (and `check --across-files`) agrees on which mention is canonical.
    let me = input
        .others
        .partition_point(|o| o.uri.as_str() < input.uri.as_str());
    let mut drafts: Vec<Draft> = input.others[..me].iter().map(other_draft).collect();
    drafts.push(Draft {
        text: &input.text,
        kind: input.kind,
        people: &analysis.people,
    });
    drafts.extend(input.others[me..].iter().map(other_draft));
    // The other draft at an index of the package.
    let index = |k: usize| if k < me { k } else { k - 1 };
    let maps: Vec<&TextMap> = input.others.iter().map(|o| &o.snapshot.map).collect();
    let mut out: Vec<Item> = Vec::new();
    // Mentions elsewhere, grouped by this draft's canonical mention.
    let mut by_canonical: BTreeMap<(usize, usize), Item> = BTreeMap::new();
    for c in cross_names(&drafts, &input.config) {
        if c.draft == me {
            if own
                .iter()
                .any(|o| o.rule == RuleId::NameSpelling && o.byte_start == c.range.start)
            {
                continue;
            }
            let j = index(c.canonical_draft);
            let other = &input.others[j];
            let there = other
                .snapshot
                .text()
                .get(c.canonical_range.clone())
                .unwrap_or("");
            let here = input.text.get(c.range.clone()).unwrap_or("");
            let name = file_name(&other.uri);
            let mut finding = Finding::new(
                RuleId::NameSpelling,
                c.range.clone(),
                format!("“{here}” is “{there}” in {name}: spell it one way in every file"),
            );
            finding.severity = c.severity;
            finding.fixes.push(copydesk_core::Fix {
                title: format!("Write “{there}”"),
                safe: false,
                edits: c.edits.clone(),
            });
            out.push(Item {
                finding,
                foreign_related: vec![DiagnosticRelatedInformation {
                    location: Location::new(
                        other.uri.clone(),
                        maps[j].range(c.canonical_range.start, c.canonical_range.end, input.enc),
                    ),
                    message: format!("written “{there}” in {name}"),
                }],
                foreign_fix: None,
            });
        } else if c.canonical_draft == me {
            let j = index(c.draft);
            let other = &input.others[j];
            let spelled = other.snapshot.text().get(c.range.clone()).unwrap_or("");
            let here = input.text.get(c.canonical_range.clone()).unwrap_or("");
            let name = file_name(&other.uri);
            let item = by_canonical
                .entry((c.canonical_range.start, c.canonical_range.end))
                .or_insert_with(|| Item {
                    finding: Finding::new(
                        RuleId::NameSpelling,
                        c.canonical_range.clone(),
                        format!("“{here}” is written “{spelled}” in {name}: spell it one way in every file"),
                    ),
                    foreign_related: Vec::new(),
                    foreign_fix: Some(ForeignFix {
                        title: format!("Write “{here}” in {name} too"),
                        uri: other.uri.clone(),
                        edits: Vec::new(),
                    }),
                });
            item.finding.severity = c.severity;
            item.foreign_related.push(DiagnosticRelatedInformation {
                location: Location::new(
                    other.uri.clone(),
                    maps[j].range(c.range.start, c.range.end, input.enc),
                ),
                message: format!("written “{spelled}” in {name}"),
            });
            if let Some(fix) = &mut item.foreign_fix {
                if fix.uri == other.uri {
                    fix.edits.extend(c.edits.iter().map(|e| {
                        TextEdit::new(
                            maps[j].range(e.byte_start, e.byte_end, input.enc),
                            e.replacement.clone(),
                        )
                    }));
                }
            }
        }
    }
    out.extend(by_canonical.into_values());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::position::Encoding;
    use copydesk_core::SourceText;
    use proptest::prelude::*;

    /// Every capability set a client can declare, with both encodings.
    fn variants() -> Vec<(Encoding, Accepts)> {
        let mut v = Vec::new();
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for related in [false, true] {
                for code_description in [false, true] {
                    v.push((
                        enc,
                        Accepts {
                            related,
                            code_description,
                        },
                    ));
                }
            }
        }
        v
    }

    fn input(uri: &str, text: &str, enc: Encoding, accepts: Accepts) -> Input {
        Input {
            uri: uri.parse().unwrap(),
            version: 3,
            rev: 1,
            gen: 0,
            kind: DocKind::Markdown,
            text: text.to_string(),
            config: Default::default(),
            record: None,
            others: Vec::new(),
            enc,
            accepts,
            memo: Default::default(),
        }
    }

    /// The frame written straight from the findings is byte for byte the one serialised from
    /// the diagnostics as structs.
    fn assert_agrees(snap: &Snapshot) {
        let direct = String::from_utf8(snap.publication().bytes().to_vec()).unwrap();
        let structs = crate::outlet::publication(&snap.uri, snap.diagnostics(), Some(snap.version));
        assert_eq!(
            direct,
            String::from_utf8(structs.0.bytes().to_vec()).unwrap()
        );
    }

    /// The distinct names are every mention's text, sorted, once each.
    fn assert_names(snap: &Snapshot) {
        let mut all: Vec<String> = snap
            .analysis
            .people
            .persons
            .iter()
            .flat_map(|p| p.mentions.iter().map(|m| m.text.to_string()))
            .collect();
        all.sort();
        all.dedup();
        assert_eq!(snap.names(), all);
    }

    /// Drafts of the repository's tests, in every capability set.
    #[test]
    fn publication_is_the_serialised_diagnostics_on_the_test_drafts() {
        let mut dirs = vec![std::path::PathBuf::from("../../tests/drafts")];
        let mut seen = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "md" || e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (enc, accepts) in variants() {
                        let snap =
                            Snapshot::build(input("file:///tmp/a%20story.md", &text, enc, accepts));
                        assert_agrees(&snap);
                        assert_names(&snap);
                    }
                    seen += 1;
                }
            }
        }
        assert!(seen > 3);
    }

    /// A draft with hundreds of findings, whose diagnostics are written in two halves (see
    /// [`SPLIT_ITEMS`]): the frame is still the one serialised from the structs.
    #[test]
    fn publication_in_two_halves_is_the_serialised_diagnostics() {
        let mut text = String::from("# Pier repairs\n\n");
        for i in 0..SPLIT_ITEMS {
            text.push_str(&format!(
                "“The pier {i} needs new boards 🚢, the harbour master said.\n\n\
                 Ruth Okafor and Dev Okafor met Okafor{i} on Tuesday. Okafor left.\n\n"
            ));
        }
        for (enc, accepts) in variants() {
            let snap = Snapshot::build(input("file:///tmp/pier.md", &text, enc, accepts));
            assert!(snap.items.len() >= SPLIT_ITEMS, "{}", snap.items.len());
            assert_agrees(&snap);
        }
    }

    const HERE: &str = "# Ferry fares\n\nMarta Lindqvist met the council on Tuesday. \
        “We will keep the boats running 🚢 whatever the weather,” Lindqvist said.\n\n\
        Later, Marta Lindquist said: “We open in June.” The mayor, Helen Marsh, agreed.\r\n\r\n\
        Mayor Marsh said it again.\n";
    const THERE: &str = "# Fares\n\nMarta Lindkvist spoke to reporters. Helen Marsh did not.\n";

    /// A place written two ways lists no person's spellings; a person's spelling still lists
    /// the person's others, in the one frame and in the structs alike.
    #[test]
    fn a_place_spelt_two_ways_lists_no_persons_spellings() {
        let text = "# Rail link\n\nIrena Kowalczyk flew to Kyiv on Monday. Irena Kowalczik \
            met officials in Kiev, and Kowalczyk said the line would reopen.\n";
        let accepts = Accepts {
            related: true,
            code_description: false,
        };
        let snap = Snapshot::build(input("file:///tmp/rail.md", text, Encoding::Utf8, accepts));
        assert_agrees(&snap);
        let spelt = |word: &str| {
            let at = text.find(word).unwrap();
            let d = snap
                .items
                .iter()
                .find(|i| i.finding.rule == RuleId::NameSpelling && i.finding.byte_start == at)
                .map(|i| snap.diagnostic(i))
                .unwrap_or_else(|| panic!("no name-spelling finding at {word}"));
            d.related_information
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.message)
                .collect::<Vec<_>>()
        };
        let place = spelt("Kiev");
        assert!(
            place.iter().all(|m| !m.contains("also written")),
            "{place:?}"
        );
        let person = spelt("Kowalczik");
        assert!(
            person.iter().any(|m| m.contains("also written")),
            "{person:?}"
        );
    }

    /// Places found against another open draft, and passages placed in the record.
    #[test]
    fn publication_is_the_serialised_diagnostics_across_drafts_and_the_record() {
        let (record, _) = Record::build(&[SourceText {
            name: "/tmp/council.txt".into(),
            text: "MARTA LINDQVIST: We will keep the boats running whatever the weather.\n\
                   MARTA LINDQVIST: We open in May.\n"
                .into(),
        }]);
        let record = Arc::new(record);
        for (enc, accepts) in variants() {
            let there = Arc::new(Snapshot::build(input(
                "file:///tmp/there.md",
                THERE,
                enc,
                accepts,
            )));
            let mut here = input("file:///tmp/here.md", HERE, enc, accepts);
            here.others = vec![Other {
                uri: there.uri.clone(),
                snapshot: there.clone(),
            }];
            here.record = Some(record.clone());
            let here = Arc::new(Snapshot::build(here));
            assert_agrees(&here);
            let mut back = input("file:///tmp/there.md", THERE, enc, accepts);
            back.others = vec![Other {
                uri: here.uri.clone(),
                snapshot: here.clone(),
            }];
            let back = Snapshot::build(back);
            assert_agrees(&back);
            if accepts.related {
                let text = String::from_utf8(here.publication().bytes().to_vec()).unwrap();
                assert!(text.contains("there.md"), "{text}");
                assert!(text.contains("also written"), "{text}");
            }
        }
    }

    /// Pieces of drafts: names written several ways, titles, quotations, every line break,
    /// characters of every width.
    const PIECES: &[&str] = &[
        "Marta Lindqvist ",
        "Marta Lindquist ",
        "Lindqvist ",
        "Mayor Helen Marsh ",
        "mayor ",
        "said ",
        "the council ",
        "“We will go,” ",
        "\"no\" ",
        "“",
        "”",
        "é ",
        "中文 ",
        "😀 ",
        ". ",
        "\n\n",
        "\r\n\r\n",
        "\r",
        "# ",
        "word ",
    ];

    fn draft() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// After random edits, analysed incrementally, the frame still equals the structs'.
        #[test]
        fn publication_is_the_serialised_diagnostics_after_edits(
            start in draft(),
            edits in prop::collection::vec((0usize..400, 0usize..4, prop::sample::select(PIECES)), 1..8),
            v in 0usize..8,
        ) {
            let (enc, accepts) = variants()[v];
            let memo: Arc<Mutex<Memo>> = Default::default();
            let mut text = start;
            for (at, cut, insert) in edits {
                let mut a = (at % (text.len() + 1)).min(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (a + cut).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                text.replace_range(a..b, insert);
                let mut i = input("file:///tmp/story.md", &text, enc, accepts);
                i.memo = memo.clone();
                let snap = Snapshot::build(i);
                assert_agrees(&snap);
                assert_names(&snap);
            }
        }
    }
}
