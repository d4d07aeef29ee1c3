//! The language server: document store, config, and the LSP handlers.
//!
//! Ordering: tower-lsp-server runs handlers concurrently (up to four at a time, interleaving at
//! every `.await`), so every notification that changes state does all its work synchronously,
//! under a plain mutex, before its first `.await` (the futures are first polled in arrival
//! order). Analysis and publishing happen in one worker task that takes dirty documents in
//! turn, analyses a copy of the text outside the lock and publishes only if the document has
//! not moved on meanwhile; a stale result is dropped (a newer one is already queued).

use crate::features::{self, ConfigTarget, ADD_HOUSE_NAME_COMMAND};
use crate::position::{apply_change, Encoding, TextMap};
use crate::settings::{self, CONFIG_FILE};
use crate::snapshot::{Input, Other, Snapshot, SOURCE};
use copydesk_core::{discovery, Config, DocKind};
use ropey::Rope;
use serde_json::{json, Value};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

/// An open document.
struct Doc {
    rope: Rope,
    version: i32,
    /// Server-side revision, bumped on every change: what staleness is judged by.
    rev: u64,
    /// `None` for documents that are not drafts (such as the config file open in the editor).
    kind: Option<DocKind>,
    path: Option<PathBuf>,
    snapshot: Option<Arc<Snapshot>>,
    /// The (revision, config generation) last published.
    published: Option<(u64, u64)>,
    /// Names seen at the last analysis: when they change, other drafts are re-checked.
    names: Vec<String>,
}

/// What the client can do, as far as the server cares.
#[derive(Debug, Default, Clone)]
struct Caps {
    /// The client pulls diagnostics and can be asked to refresh them.
    pull: bool,
    can_create: bool,
    watch_dynamic: bool,
    configuration: bool,
}

/// Something to send to the client once the lock is released.
enum Out {
    Show(MessageType, String),
    Publish(Uri, Vec<Diagnostic>, Option<i32>),
    Refresh,
}

#[derive(Default)]
struct State {
    docs: HashMap<Uri, Doc>,
    enc: Option<Encoding>,
    root: Option<PathBuf>,
    /// Every workspace folder (`file:` ones only): the only places the server writes to.
    folders: Vec<PathBuf>,
    client_settings: Option<Value>,
    caps: Caps,
    /// Config generation, bumped whenever any config source changes.
    gen: u64,
    configs: HashMap<Option<PathBuf>, Arc<Config>>,
    /// Last error reported for each config file, so it is shown once, not on every keystroke.
    file_errors: HashMap<PathBuf, String>,
    client_error: Option<String>,
    dirty: VecDeque<Uri>,
    outbox: Vec<Out>,
    next_rev: u64,
    /// The record of each config that names one, indexed once (see [`crate::record`]).
    records: crate::record::Records,
}

fn is_config_path(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()) == Some(CONFIG_FILE)
}

fn doc_kind(language_id: &str, path: Option<&Path>) -> Option<DocKind> {
    DocKind::of_document(language_id, path.and_then(|p| p.to_str()))
}

impl State {
    fn enc(&self) -> Encoding {
        self.enc.unwrap_or(Encoding::Utf16)
    }

    fn bump(&mut self) -> u64 {
        self.next_rev += 1;
        self.next_rev
    }

    fn mark_dirty(&mut self, uri: &Uri) {
        if !self.dirty.contains(uri) {
            self.dirty.push_back(uri.clone());
        }
    }

    /// Another draft changed what this one is checked against: drop its analysis and re-check.
    fn mark_stale(&mut self, uri: &Uri) {
        if let Some(doc) = self.docs.get_mut(uri) {
            doc.snapshot = None;
            doc.published = None;
        }
        self.mark_dirty(uri);
    }

    /// Files as the server sees them: the disk, with the open `file:` buffers over it.
    fn files(&self) -> settings::Overlay<impl Fn(&Path) -> Option<String> + '_> {
        settings::Overlay(|p: &Path| {
            self.docs
                .values()
                .find(|d| d.path.as_deref() == Some(p))
                .map(|d| d.rope.to_string())
        })
    }

    /// Where the config of a draft lives: the nearest one above it, found as the CLI finds it;
    /// with none, where it would be created (its workspace folder, else its own folder).
    fn config_path(&self, doc: Option<&Path>) -> Option<PathBuf> {
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
    fn config_text(&self, path: &Path) -> Option<String> {
        discovery::read_config_text(&self.files(), path).ok()
    }

    /// The config in force at `path` (cached per generation), reporting new problems.
    fn config_for(&mut self, path: Option<PathBuf>) -> Arc<Config> {
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

    /// Marks every open draft dirty, so the worker checks it again.
    fn recheck_all(&mut self) {
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
    fn config_changed(&mut self) {
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
    fn sources_changed(&mut self) {
        self.gen += 1;
        self.recheck_all();
        if self.caps.pull {
            self.outbox.push(Out::Refresh);
        }
    }

    /// Whether two drafts belong together for cross-file checks: same workspace, or the same
    /// folder when there is no workspace.
    fn same_group(&self, a: &Path, b: &Path) -> bool {
        match &self.root {
            Some(root) if a.starts_with(root) => b.starts_with(root),
            _ => a.parent() == b.parent(),
        }
    }

    fn group_of(&self, uri: &Uri) -> Vec<Uri> {
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
        v.sort();
        v
    }

    /// A copy of everything an analysis of `uri` needs.
    fn input(&mut self, uri: &Uri) -> Option<Input> {
        let doc = self.docs.get(uri)?;
        let kind = doc.kind?;
        let (version, rev, text, path) =
            (doc.version, doc.rev, doc.rope.to_string(), doc.path.clone());
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
                let text = self.docs.get(&u)?.rope.to_string();
                Some(Other { uri: u, text })
            })
            .collect();
        Some(Input {
            uri: uri.clone(),
            version,
            rev,
            gen: self.gen,
            kind,
            text,
            config,
            record,
            others,
            enc: self.enc(),
        })
    }
}

/// The state shared by the handlers and the worker.
pub struct Inner {
    client: Client,
    state: Mutex<State>,
    wake: Notify,
    shutdown: AtomicBool,
    worker_started: AtomicBool,
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere must not take the server down with it: keep using the state.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The current analysis of an open draft, built now if the stored one is stale.
    fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        let input = {
            let mut st = self.lock();
            let doc = st.docs.get(uri)?;
            if let Some(s) = &doc.snapshot {
                if s.rev == doc.rev && s.gen == st.gen {
                    return Some(s.clone());
                }
            }
            st.input(uri)?
        };
        let snap = Arc::new(Snapshot::build(input));
        let mut st = self.lock();
        let gen = st.gen;
        if let Some(doc) = st.docs.get_mut(uri) {
            if doc.rev == snap.rev && gen == snap.gen {
                doc.snapshot = Some(snap.clone());
            }
        }
        if !st.outbox.is_empty() {
            self.wake.notify_one();
        }
        Some(snap)
    }

    async fn flush(&self) {
        let outs = std::mem::take(&mut self.lock().outbox);
        for out in outs {
            match out {
                Out::Show(t, m) => self.client.show_message(t, m).await,
                Out::Publish(uri, diags, version) => {
                    self.client.publish_diagnostics(uri, diags, version).await
                }
                Out::Refresh => {
                    // A request: never wait for the answer here, a slow client must not stall checks.
                    let client = self.client.clone();
                    tokio::spawn(async move {
                        let _ = client.workspace_diagnostic_refresh().await;
                    });
                }
            }
        }
    }

    /// Analyses and publishes one dirty draft.
    async fn process(&self, uri: Uri) {
        let Some(snap) = self.snapshot(&uri) else {
            return;
        };
        let publish = {
            let mut st = self.lock();
            let gen = st.gen;
            let pull = st.caps.pull;
            let Some(doc) = st.docs.get_mut(&uri) else {
                return;
            };
            if doc.rev != snap.rev || gen != snap.gen {
                return; // stale: the newer revision is queued already
            }
            let names_moved = doc.names != snap.names;
            if names_moved {
                doc.names = snap.names.clone();
            }
            let publish = (!pull && doc.published != Some((snap.rev, snap.gen))).then(|| {
                doc.published = Some((snap.rev, snap.gen));
                snap.diagnostics()
            });
            if names_moved {
                for other in st.group_of(&uri) {
                    st.mark_stale(&other);
                }
                if pull {
                    st.outbox.push(Out::Refresh);
                }
            }
            publish
        };
        if let Some(diags) = publish {
            self.client
                .publish_diagnostics(uri, diags, Some(snap.version))
                .await;
        }
    }

    /// The worker: checks dirty drafts one at a time, forever.
    async fn run_worker(self: Arc<Self>) {
        loop {
            self.flush().await;
            let next = self.lock().dirty.pop_front();
            match next {
                Some(uri) => self.process(uri).await,
                None => self.wake.notified().await,
            }
        }
    }
}

/// The LSP service's handler object.
pub struct Backend {
    inner: Arc<Inner>,
}

impl Backend {
    /// A backend talking to `client`.
    pub fn new(client: Client) -> Backend {
        Backend {
            inner: Arc::new(Inner {
                client,
                state: Mutex::new(State::default()),
                wake: Notify::new(),
                shutdown: AtomicBool::new(false),
                worker_started: AtomicBool::new(false),
            }),
        }
    }

    /// The shared state (to learn after the session whether `shutdown` came).
    pub fn inner(&self) -> Arc<Inner> {
        self.inner.clone()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.inner.lock()
    }

    fn wake(&self) {
        self.inner.wake.notify_one();
    }

    /// `copydesk/documentText`: the server's copy of a document, for tests and debugging.
    pub async fn document_text(&self, params: Value) -> Result<Value> {
        let uri = params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uri>().ok())
            .ok_or_else(|| Error::invalid_params("expected {\"textDocument\": {\"uri\": ...}}"))?;
        let st = self.lock();
        let doc = st
            .docs
            .get(&uri)
            .ok_or_else(|| Error::invalid_params("document not open"))?;
        Ok(json!({"version": doc.version, "text": doc.rope.to_string()}))
    }

    /// Answers a message the framing guard found malformed with its JSON-RPC error.
    pub async fn malformed(&self, params: Value) -> Result<Value> {
        let code = params.get("code").and_then(Value::as_i64).unwrap_or(-32700);
        let message = params
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("Parse error")
            .to_string();
        Err(Error {
            code: tower_lsp_server::jsonrpc::ErrorCode::from(code),
            message: message.into(),
            data: None,
        })
    }

    fn snapshot_or_err(&self, uri: &Uri) -> Result<Arc<Snapshot>> {
        self.inner
            .snapshot(uri)
            .ok_or_else(|| Error::invalid_params(format!("{} is not an open draft", uri.as_str())))
    }
}

impl Inner {
    /// Whether the client asked for `shutdown` before the session ended.
    pub fn shutdown_requested(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = &params.capabilities;
        let enc = Encoding::negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let ws = caps.workspace.as_ref();
        let pull = caps
            .text_document
            .as_ref()
            .is_some_and(|t| t.diagnostic.is_some())
            && ws
                .and_then(|w| w.diagnostics.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false);
        let can_create = ws.and_then(|w| w.workspace_edit.as_ref()).is_some_and(|e| {
            e.document_changes == Some(true)
                && e.resource_operations
                    .as_ref()
                    .is_some_and(|r| r.contains(&ResourceOperationKind::Create))
        });
        #[allow(deprecated)] // root_uri is how older clients name the workspace
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .map(|f| f.uri.clone())
            .or_else(|| params.root_uri.clone())
            .and_then(|u| settings::file_path(&u));
        {
            let mut st = self.lock();
            st.enc = Some(enc);
            #[allow(deprecated)] // root_uri is how older clients name the workspace
            let folders = match &params.workspace_folders {
                Some(f) => f
                    .iter()
                    .filter_map(|f| settings::file_path(&f.uri))
                    .collect(),
                None => params
                    .root_uri
                    .iter()
                    .filter_map(settings::file_path)
                    .collect(),
            };
            st.folders = folders;
            st.root = root;
            st.caps = Caps {
                pull,
                can_create,
                watch_dynamic: ws
                    .and_then(|w| w.did_change_watched_files.as_ref())
                    .and_then(|d| d.dynamic_registration)
                    .unwrap_or(false),
                configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
            };
            st.client_settings = params
                .initialization_options
                .clone()
                .filter(|v| !v.is_null());
        }
        let kinds = vec![
            CodeActionKind::QUICKFIX,
            CodeActionKind::from(features::FIX_ALL_KIND),
        ];
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "copydesk".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(enc.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                            include_text: Some(false),
                        })),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(kinds),
                        resolve_provider: Some(false),
                        work_done_progress_options: Default::default(),
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![ADD_HOUSE_NAME_COMMAND.into()],
                    work_done_progress_options: Default::default(),
                }),
                diagnostic_provider: pull.then(|| {
                    DiagnosticServerCapabilities::Options(DiagnosticOptions {
                        identifier: Some(SOURCE.into()),
                        inter_file_dependencies: true,
                        workspace_diagnostics: false,
                        work_done_progress_options: Default::default(),
                    })
                }),
                ..Default::default()
            },
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if !self.inner.worker_started.swap(true, Ordering::SeqCst) {
            tokio::spawn(self.inner.clone().run_worker());
        }
        let (caps, has_settings) = {
            let mut st = self.lock();
            // Report a broken config file or broken settings right away.
            st.config_changed();
            (st.caps.clone(), st.client_settings.is_some())
        };
        self.wake();
        let client = self.inner.client.clone();
        let inner = self.inner.clone();
        // Client requests are awaited in a task of their own, never in a handler.
        tokio::spawn(async move {
            if caps.watch_dynamic {
                let options = DidChangeWatchedFilesRegistrationOptions {
                    watchers: vec![
                        FileSystemWatcher {
                            glob_pattern: GlobPattern::String(format!("**/{CONFIG_FILE}")),
                            kind: None,
                        },
                        // The record's transcripts (`[sources]`): a change re-checks the drafts.
                        FileSystemWatcher {
                            glob_pattern: GlobPattern::String(
                                "**/*.{txt,md,markdown,vtt,srt}".into(),
                            ),
                            kind: None,
                        },
                    ],
                };
                let _ = client
                    .register_capability(vec![Registration {
                        id: "copydesk-config-watch".into(),
                        method: "workspace/didChangeWatchedFiles".into(),
                        register_options: serde_json::to_value(options).ok(),
                    }])
                    .await;
            }
            if caps.configuration && !has_settings {
                pull_settings(&inner).await;
            }
        });
    }

    async fn shutdown(&self) -> Result<()> {
        self.inner.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let td = params.text_document;
        {
            let mut st = self.lock();
            // Only `file:` documents are files: a `git:` view of a config is not the config.
            let path = settings::file_path(&td.uri);
            let is_config = path.as_deref().is_some_and(is_config_path);
            let kind = if is_config {
                None
            } else {
                doc_kind(&td.language_id, path.as_deref())
            };
            let rev = st.bump();
            st.docs.insert(
                td.uri.clone(),
                Doc {
                    rope: Rope::from_str(&td.text),
                    version: td.version,
                    rev,
                    kind,
                    path,
                    snapshot: None,
                    published: None,
                    names: Vec::new(),
                },
            );
            if is_config {
                st.config_changed();
            } else if kind.is_some() {
                st.mark_dirty(&td.uri);
            }
        }
        self.wake();
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        // Everything here is synchronous: the edit is in the rope before anything can interleave.
        {
            let mut st = self.lock();
            let enc = st.enc();
            let rev = st.bump();
            let uri = params.text_document.uri;
            let Some(doc) = st.docs.get_mut(&uri) else {
                return;
            };
            for change in params.content_changes {
                apply_change(&mut doc.rope, change.range, &change.text, enc);
            }
            doc.version = params.text_document.version;
            doc.rev = rev;
            let (is_draft, is_config) = (
                doc.kind.is_some(),
                doc.path.as_deref().is_some_and(is_config_path),
            );
            if is_config {
                st.config_changed();
            } else if is_draft {
                st.mark_dirty(&uri);
            }
        }
        self.wake();
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        {
            let mut st = self.lock();
            let uri = params.text_document.uri;
            let is_config = settings::file_path(&uri).is_some_and(|p| is_config_path(&p));
            if is_config {
                st.config_changed();
            } else if let Some(doc) = st.docs.get_mut(&uri) {
                doc.published = None;
                if doc.kind.is_some() {
                    st.mark_dirty(&uri);
                }
            }
        }
        self.wake();
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        {
            let mut st = self.lock();
            let uri = params.text_document.uri;
            let group = st.group_of(&uri);
            if let Some(doc) = st.docs.remove(&uri) {
                if doc.path.as_deref().is_some_and(is_config_path) {
                    st.config_changed();
                } else if doc.kind.is_some() {
                    if !st.caps.pull {
                        st.outbox.push(Out::Publish(uri.clone(), Vec::new(), None));
                    }
                    for other in group {
                        st.mark_stale(&other);
                    }
                }
            }
            st.dirty.retain(|u| *u != uri);
        }
        self.wake();
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let pull = {
            let mut st = self.lock();
            match settings::from_change_notification(&params.settings) {
                Some(v) => {
                    st.client_settings = Some(v);
                    st.config_changed();
                    false
                }
                // An empty notification means "ask me": fetch the section if the client can.
                None => st.caps.configuration,
            }
        };
        self.wake();
        if pull {
            let inner = self.inner.clone();
            tokio::spawn(async move { pull_settings(&inner).await });
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|c| settings::file_path(&c.uri))
            .collect();
        let mut st = self.lock();
        if paths.iter().any(|p| is_config_path(p)) {
            st.config_changed();
        } else if paths
            .iter()
            .map(|p| st.records.changed(p))
            .filter(|&changed| changed)
            .count()
            > 0
        {
            st.sources_changed();
        } else {
            return;
        }
        drop(st);
        self.wake();
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let items = match self.inner.snapshot(&uri) {
            Some(snap) => snap.diagnostics(),
            None => Vec::new(),
        };
        self.wake();
        let mut h = DefaultHasher::new();
        serde_json::to_string(&items)
            .unwrap_or_default()
            .hash(&mut h);
        let id = format!("{:016x}", h.finish());
        let report = if params.previous_result_id.as_deref() == Some(id.as_str()) {
            DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                related_documents: None,
                unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                    result_id: id,
                },
            })
        } else {
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(id),
                    items,
                },
            })
        };
        Ok(DocumentDiagnosticReportResult::Report(report))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let snap = self.snapshot_or_err(&params.text_document.uri)?;
        let start = snap.offset(params.range.start);
        let end = snap.offset(params.range.end).max(start);
        let target = {
            let st = self.lock();
            let path = st.docs.get(&snap.uri).and_then(|d| d.path.clone());
            // The house list is offered only in a config inside a workspace folder, never
            // through a link.
            let cfg = st
                .config_path(path.as_deref())
                .filter(|c| settings::editable_config(c, &st.folders));
            ConfigTarget {
                uri: cfg.as_ref().and_then(Uri::from_file_path),
                text: cfg.as_deref().and_then(|p| st.config_text(p)),
                can_create: st.caps.can_create,
            }
        };
        self.wake();
        let actions =
            features::code_actions(&snap, start, end, params.context.only.as_deref(), &target);
        Ok(Some(actions))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command != ADD_HOUSE_NAME_COMMAND {
            return Err(Error::invalid_params(format!(
                "unknown command {}",
                params.command
            )));
        }
        let (Some(uri), Some(name)) = (
            params.arguments.first().and_then(Value::as_str),
            params.arguments.get(1).and_then(Value::as_str),
        ) else {
            return Err(Error::invalid_params("expected [config file URI, name]"));
        };
        let path = uri
            .parse::<Uri>()
            .ok()
            .and_then(|u| settings::file_path(&u))
            .filter(|p| is_config_path(p))
            .ok_or_else(|| Error::invalid_params("not a .copydesk.toml file URI"))?;
        let written = {
            let st = self.lock();
            // Only the config of an open draft of a workspace folder, the one the action offered.
            let governs_an_open_draft = st.docs.values().any(|d| {
                d.kind.is_some()
                    && d.path.as_deref().is_some_and(|p| {
                        settings::workspace_of(p, &st.folders).is_some()
                            && st.config_path(Some(p)).as_deref() == Some(path.as_path())
                    })
            });
            if !governs_an_open_draft {
                return Err(Error::invalid_params(
                    "not the config of an open draft in a workspace folder",
                ));
            }
            settings::write_house_name(&path, &st.folders, name)
        };
        match written {
            Ok(true) => {
                let mut st = self.lock();
                st.config_changed();
                // Editors that run the action as a command show no edit: say what was written.
                st.outbox.push(Out::Show(
                    MessageType::INFO,
                    format!(
                        "copydesk: added “{name}” to the house names list in {}",
                        path.display()
                    ),
                ));
                drop(st);
                self.wake();
            }
            Ok(false) => {}
            Err(message) => {
                return Err(Error {
                    code: tower_lsp_server::jsonrpc::ErrorCode::InvalidParams,
                    message: message.into(),
                    data: None,
                })
            }
        }
        Ok(None)
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let snap = self.snapshot_or_err(&p.text_document.uri)?;
        Ok(features::hover(&snap, snap.offset(p.position)))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let snap = self.snapshot_or_err(&p.text_document.uri)?;
        Ok(features::definition(&snap, snap.offset(p.position)))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let snap = self.snapshot_or_err(&params.text_document.uri)?;
        Ok(Some(DocumentSymbolResponse::Nested(
            features::document_symbols(&snap),
        )))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let snap = self.snapshot_or_err(&p.text_document.uri)?;
        Ok(features::references(
            &snap,
            snap.offset(p.position),
            params.context.include_declaration,
        ))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let snap = self.snapshot_or_err(&p.text_document.uri)?;
        Ok(features::highlights(&snap, snap.offset(p.position)))
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let snap = self.snapshot_or_err(&params.text_document.uri)?;
        Ok(
            features::prepare_rename(&snap, snap.offset(params.position)).map(
                |(range, placeholder)| PrepareRenameResponse::RangeWithPlaceholder {
                    range,
                    placeholder,
                },
            ),
        )
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position;
        let snap = self.snapshot_or_err(&p.text_document.uri)?;
        if params.new_name.trim().is_empty() {
            return Err(Error::invalid_params("the new name is empty"));
        }
        features::rename(&snap, snap.offset(p.position), &params.new_name)
            .map(Some)
            .ok_or_else(|| Error::invalid_params("no person's name here to rename"))
    }
}

/// Asks the client for the `copydesk` settings section and applies it.
async fn pull_settings(inner: &Arc<Inner>) {
    let item = ConfigurationItem {
        scope_uri: None,
        section: Some("copydesk".into()),
    };
    let Ok(mut values) = inner.client.configuration(vec![item]).await else {
        return;
    };
    let value = values
        .pop()
        .filter(|v| !v.is_null() && v.as_object().is_some_and(|o| !o.is_empty()));
    let Some(value) = value else {
        return;
    };
    {
        let mut st = inner.lock();
        st.client_settings = Some(value);
        st.config_changed();
    }
    inner.wake.notify_one();
}
