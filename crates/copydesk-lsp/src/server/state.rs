//! The server's state: open documents, client capabilities, configs and the work queue. Only
//! synchronous code lives here; it is always used under the server's one mutex.

use super::worker::Pending;
use crate::position::{Encoding, TextMap};
use crate::settings::{self, CONFIG_FILE};
use crate::snapshot::{Input, Other, Snapshot, SOURCE};
use copydesk_core::{discovery, Config, DocKind, Memo};
use ropey::Rope;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tower_lsp_server::ls_types::*;

/// An open document.
pub(super) struct Doc {
    pub rope: Rope,
    pub version: i32,
    /// Server-side revision, bumped on every change: what staleness is judged by.
    pub rev: u64,
    /// `None` for documents that are not drafts (such as the config file open in the editor).
    pub kind: Option<DocKind>,
    pub path: Option<PathBuf>,
    pub snapshot: Option<Arc<Snapshot>>,
    /// The latest analysis, current or not: what the other drafts' cross-file checks compare
    /// with (kept when the snapshot is dropped as stale, so they need not wait for it).
    pub last: Option<Arc<Snapshot>>,
    /// The analysis in progress, if any.
    pub pending: Option<Pending>,
    /// The analysis last published (none yet, or a save asks for the next to be sent): a
    /// draft re-checked because another one changed is published again only if its
    /// diagnostics did change. Usually the same as `snapshot`.
    pub published_snap: Option<Arc<Snapshot>>,
    /// Names seen at the last analysis: when they change, other drafts are re-checked.
    /// `None` when not listed (a draft compared with no other: see `Inner::process`).
    pub names: Option<Vec<String>>,
    /// What one analysis keeps for the next (`copydesk_core::Memo`), shared with the analysis
    /// in progress; dropped with the document.
    pub memo: Arc<Mutex<Memo>>,
}

impl Doc {
    /// A document just opened.
    pub fn new(
        rope: Rope,
        version: i32,
        rev: u64,
        kind: Option<DocKind>,
        path: Option<PathBuf>,
    ) -> Doc {
        Doc {
            rope,
            version,
            rev,
            kind,
            path,
            snapshot: None,
            last: None,
            pending: None,
            published_snap: None,
            names: None,
            memo: Arc::default(),
        }
    }

    /// Stops the analysis in progress: its text or config is out of date.
    pub fn cancel(&mut self) {
        if let Some(p) = self.pending.take() {
            p.cancel();
        }
    }
}

/// What the client can do, as far as the server cares.
#[derive(Debug, Default, Clone)]
pub(super) struct Caps {
    /// The client pulls diagnostics and can be asked to refresh them.
    pub pull: bool,
    pub can_create: bool,
    pub watch_dynamic: bool,
    pub configuration: bool,
    /// What the client accepts in a diagnostic.
    pub accepts: crate::snapshot::Accepts,
}

/// Something to send to the client once the lock is released.
pub(super) enum Out {
    Show(MessageType, String),
    Publish(Uri, Vec<Diagnostic>, Option<i32>),
    Refresh,
}

/// Everything the server knows: open documents, client capabilities, configs, work to do.
#[derive(Default)]
pub(super) struct State {
    pub docs: HashMap<Uri, Doc>,
    pub enc: Option<Encoding>,
    pub root: Option<PathBuf>,
    /// Every workspace folder (`file:` ones only): the only places the server writes to.
    pub folders: Vec<PathBuf>,
    pub client_settings: Option<Value>,
    pub caps: Caps,
    /// Config generation, bumped whenever any config source changes.
    pub gen: u64,
    configs: HashMap<Option<PathBuf>, Arc<Config>>,
    /// Last error reported for each config file, so it is shown once, not on every keystroke.
    file_errors: HashMap<PathBuf, String>,
    client_error: Option<String>,
    pub dirty: VecDeque<Uri>,
    pub outbox: Vec<Out>,
    next_rev: u64,
    /// The record of each config that names one, indexed once (see [`crate::record`]).
    pub records: crate::record::Records,
    /// The drafts that keep a memo, most recently analysed first (see [`MEMOS`]).
    memo_order: VecDeque<Uri>,
}

/// How many drafts keep a memo between analyses: the few being edited. A memo is several times
/// its draft's size, and a draft nobody types in gains nothing from one; the others are analysed
/// in full when they change (a few milliseconds for a 10,000-word draft).
const MEMOS: usize = 4;

/// Whether a path is a copydesk config file.
pub(super) fn is_config_path(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()) == Some(CONFIG_FILE)
}

/// The kind of a draft from its language id or path; `None`: not a draft.
pub(super) fn doc_kind(language_id: &str, path: Option<&Path>) -> Option<DocKind> {
    DocKind::of_document(language_id, path.and_then(|p| p.to_str()))
}

impl State {
    /// The negotiated position encoding.
    pub fn enc(&self) -> Encoding {
        self.enc.unwrap_or(Encoding::Utf16)
    }

    /// A new server revision.
    pub fn bump(&mut self) -> u64 {
        self.next_rev += 1;
        self.next_rev
    }

    /// Queues a draft for the worker.
    pub fn mark_dirty(&mut self, uri: &Uri) {
        if !self.dirty.contains(uri) {
            self.dirty.push_back(uri.clone());
        }
    }

    /// Another draft changed what this one is checked against: drop its analysis and re-check.
    pub fn mark_stale(&mut self, uri: &Uri) {
        if let Some(doc) = self.docs.get_mut(uri) {
            doc.snapshot = None;
            doc.cancel();
        }
        self.mark_dirty(uri);
    }

    /// Files as the server sees them: the disk, with the open `file:` buffers over it.
    fn files(&self) -> settings::Overlay<impl Fn(&Path) -> Option<String> + '_> {
        settings::Overlay(|p: &Path| {
            self.docs
                .values()
                .find(|d| d.path.as_deref() == Some(p))
                .map(|d| crate::position::rope_text(&d.rope))
        })
    }

    /// Where the config of a draft lives: the nearest one above it, found as the CLI finds it;
    /// with none, where it would be created (its workspace folder, else its own folder).
    pub fn config_path(&self, doc: Option<&Path>) -> Option<PathBuf> {
        let Some(d) = doc else {
            return self.root.as_ref().map(|r| r.join(CONFIG_FILE));
        };
        let dir = d.parent()?;
        discovery::find_config(&self.files(), dir).or_else(|| {
            let home = settings::workspace_of(d, &self.folders).unwrap_or(dir);
            Some(home.join(CONFIG_FILE))
        })
    }

    /// The config file's current text (the editor's buffer when it is open there), if it is a
    /// regular file of a config's size.
    pub fn config_text(&self, path: &Path) -> Option<String> {
        discovery::read_config_text(&self.files(), path).ok()
    }

    /// The config in force at `path` (cached per generation), reporting new problems.
    pub fn config_for(&mut self, path: Option<PathBuf>) -> Arc<Config> {
        if let Some(c) = self.configs.get(&path) {
            return c.clone();
        }
        let text = path.as_deref().and_then(|p| self.config_text(p));
        let resolved = settings::resolve(
            &self.files(),
            path.as_deref(),
            self.client_settings.as_ref(),
        );
        if let Some(p) = &path {
            let message = resolved.file_error.as_ref().map(|e| e.to_string());
            let before = self.file_errors.get(p).cloned();
            if message != before {
                let uri = Uri::from_file_path(p);
                match (&resolved.file_error, &message) {
                    (Some(e), Some(m)) => {
                        self.file_errors.insert(p.clone(), m.clone());
                        // Being edited in the editor: the diagnostic on it is enough, a message
                        // on every keystroke would not be.
                        let open = self
                            .docs
                            .values()
                            .any(|d| d.path.as_deref() == Some(p.as_path()));
                        if !open {
                            self.outbox.push(Out::Show(
                                MessageType::ERROR,
                                format!(
                                    "copydesk: {} is invalid ({m}); it is ignored until fixed",
                                    p.display()
                                ),
                            ));
                        }
                        if let Some(uri) = uri {
                            let map = TextMap::new(text.clone().unwrap_or_default());
                            let line = e.line.unwrap_or(1).saturating_sub(1);
                            let range =
                                map.range(map.line_start(line), map.line_end(line), self.enc());
                            let diag = Diagnostic {
                                range,
                                severity: Some(DiagnosticSeverity::ERROR),
                                code: Some(NumberOrString::String("config".into())),
                                source: Some(SOURCE.into()),
                                message: e.message.clone(),
                                ..Default::default()
                            };
                            self.outbox.push(Out::Publish(uri, vec![diag], None));
                        }
                    }
                    _ => {
                        self.file_errors.remove(p);
                        if let Some(uri) = uri {
                            self.outbox.push(Out::Publish(uri, Vec::new(), None));
                        }
                    }
                }
            }
        }
        if resolved.client_error != self.client_error {
            if let Some(e) = &resolved.client_error {
                self.outbox.push(Out::Show(
                    MessageType::ERROR,
                    format!("{e}; these settings are ignored until fixed"),
                ));
            }
            self.client_error = resolved.client_error.clone();
        }
        let config = Arc::new(resolved.config);
        self.configs.insert(path, config.clone());
        config
    }

    /// Marks every open draft dirty, so the worker checks it again; analyses in progress are
    /// out of date and stopped.
    pub fn recheck_all(&mut self) {
        for doc in self.docs.values_mut() {
            doc.cancel();
        }
        let uris: Vec<Uri> = self
            .docs
            .iter()
            .filter(|(_, d)| d.kind.is_some())
            .map(|(u, _)| u.clone())
            .collect();
        for u in &uris {
            self.mark_dirty(u);
        }
    }

    /// A config source changed: forget resolved configs and re-check every draft.
    pub fn config_changed(&mut self) {
        self.gen += 1;
        self.configs.clear();
        self.records.clear();
        self.recheck_all();
        // Re-read the config files now, so an invalid one is reported even with no draft open.
        let mut paths: Vec<Option<PathBuf>> = self
            .docs
            .values()
            .map(|d| self.config_path(d.path.as_deref()))
            .collect();
        paths.push(self.root.as_ref().map(|r| r.join(CONFIG_FILE)));
        paths.sort();
        paths.dedup();
        for p in paths.into_iter().flatten() {
            self.config_for(Some(p));
        }
        if self.caps.pull {
            self.outbox.push(Out::Refresh);
        }
    }

    /// A file of the record changed on disk: every open draft is checked again (the record is
    /// re-read once, by the first of them).
    pub fn sources_changed(&mut self) {
        self.gen += 1;
        self.recheck_all();
        if self.caps.pull {
            self.outbox.push(Out::Refresh);
        }
    }

    /// Whether two drafts belong together for cross-file checks: same workspace, or the same
    /// folder when there is no workspace.
    pub fn same_group(&self, a: &Path, b: &Path) -> bool {
        match &self.root {
            Some(root) if a.starts_with(root) => b.starts_with(root),
            _ => a.parent() == b.parent(),
        }
    }

    /// The other open drafts a draft is compared with, in a stable order.
    pub fn group_of(&self, uri: &Uri) -> Vec<Uri> {
        let Some(path) = self.docs.get(uri).and_then(|d| d.path.clone()) else {
            return Vec::new();
        };
        let mut v: Vec<Uri> = self
            .docs
            .iter()
            .filter(|(u, d)| {
                *u != uri
                    && d.kind.is_some()
                    && d.path.as_deref().is_some_and(|p| self.same_group(&path, p))
            })
            .map(|(u, _)| u.clone())
            .collect();
        v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        v
    }

    /// The memo of an open draft about to be analysed; the least recently analysed draft
    /// beyond [`MEMOS`] gives its memo up.
    fn memo_for(&mut self, uri: &Uri) -> Arc<Mutex<Memo>> {
        self.memo_order.retain(|u| u != uri);
        self.memo_order.push_front(uri.clone());
        while self.memo_order.len() > MEMOS {
            let Some(old) = self.memo_order.pop_back() else {
                break;
            };
            if let Some(d) = self.docs.get_mut(&old) {
                d.memo = Arc::default();
            }
        }
        self.docs
            .get(uri)
            .map(|d| d.memo.clone())
            .unwrap_or_default()
    }

    /// Forgets a closed draft's place among the memo keepers.
    pub fn forget_memo(&mut self, uri: &Uri) {
        self.memo_order.retain(|u| u != uri);
    }

    /// A copy of everything an analysis of `uri` needs, but its text: the rope, shared, that
    /// the caller turns into the input's text off the message loop.
    pub fn input(&mut self, uri: &Uri) -> Option<(Input, Rope)> {
        let doc = self.docs.get(uri)?;
        let kind = doc.kind?;
        let (version, rev, rope, path) = (doc.version, doc.rev, doc.rope.clone(), doc.path.clone());
        let memo = self.memo_for(uri);
        // A transcript of the record open in the editor is not a draft.
        if path.as_deref().is_some_and(|p| self.records.is_source(p)) {
            return None;
        }
        let config_path = self.config_path(path.as_deref());
        let config = self.config_for(config_path.clone());
        let (record, problems) = self.records.get(config_path.as_deref(), &config);
        for p in problems {
            self.outbox.push(Out::Show(
                MessageType::WARNING,
                format!("copydesk: the record: {p}"),
            ));
        }
        // At most 16 other drafts, so a huge workspace cannot make each keystroke slow.
        let others = self
            .group_of(uri)
            .into_iter()
            .take(16)
            .filter_map(|u| {
                let snapshot = self.docs.get(&u)?.last.clone()?;
                Some(Other { uri: u, snapshot })
            })
            .collect();
        let input = Input {
            uri: uri.clone(),
            version,
            rev,
            gen: self.gen,
            kind,
            text: String::new(),
            config,
            record,
            others,
            enc: self.enc(),
            accepts: self.caps.accepts,
            memo,
        };
        Some((input, rope))
    }
}
