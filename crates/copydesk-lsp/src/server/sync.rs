//! Notifications that change the state: documents opened, edited, saved and closed, and config
//! sources changed. Each does all its work synchronously, under the lock, before anything can
//! interleave: tower-lsp-server polls futures concurrently, first in arrival order.

use super::state::{doc_kind, is_config_path, Doc, Out};
use super::worker::Inner;
use crate::position::apply_change;
use crate::settings::{self, CONFIG_FILE};
use ropey::Rope;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use tower_lsp_server::ls_types::*;

/// `initialized`: starts the worker, reports config problems, registers the file watchers.
pub(super) fn initialized(inner: &Arc<Inner>) {
    if !inner.worker_started.swap(true, Ordering::SeqCst) {
        tokio::spawn(inner.clone().run_worker());
    }
    let (caps, has_settings) = {
        let mut st = inner.lock();
        // Report a broken config file or broken settings right away.
        st.config_changed();
        (st.caps.clone(), st.client_settings.is_some())
    };
    inner.wake();
    let client = inner.client.clone();
    let inner = inner.clone();
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
                        glob_pattern: GlobPattern::String("**/*.{txt,md,markdown,vtt,srt}".into()),
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

/// `textDocument/didOpen`.
pub(super) fn did_open(inner: &Inner, params: DidOpenTextDocumentParams) {
    let td = params.text_document;
    {
        let mut st = inner.lock();
        // Only `file:` documents are files: a `git:` view of a config is not the config.
        let path = settings::file_path(&td.uri);
        let is_config = path.as_deref().is_some_and(is_config_path);
        let kind = if is_config {
            None
        } else {
            doc_kind(&td.language_id, path.as_deref())
        };
        let rev = st.bump();
        let doc = Doc::new(Rope::from_str(&td.text), td.version, rev, kind, path);
        if let Some(mut old) = st.docs.insert(td.uri.clone(), doc) {
            old.cancel();
        }
        if is_config {
            st.config_changed();
        } else if kind.is_some() {
            st.mark_dirty(&td.uri);
        }
    }
    inner.wake();
}

/// `textDocument/didChange`: the edit is in the rope, and the analysis of the older version
/// cancelled, before anything can interleave.
pub(super) fn did_change(inner: &Inner, params: DidChangeTextDocumentParams) {
    {
        let mut st = inner.lock();
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
        doc.cancel();
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
    inner.wake();
}

/// `textDocument/didSave`: a config file re-read, a draft re-published.
pub(super) fn did_save(inner: &Inner, params: DidSaveTextDocumentParams) {
    {
        let mut st = inner.lock();
        let uri = params.text_document.uri;
        let is_config = settings::file_path(&uri).is_some_and(|p| is_config_path(&p));
        if is_config {
            st.config_changed();
        } else if let Some(doc) = st.docs.get_mut(&uri) {
            // Published again even if unchanged: a save asks for it.
            doc.published_snap = None;
            if doc.kind.is_some() {
                st.mark_dirty(&uri);
            }
        }
    }
    inner.wake();
}

/// `textDocument/didClose`: its diagnostics cleared, the drafts compared with it re-checked.
pub(super) fn did_close(inner: &Inner, params: DidCloseTextDocumentParams) {
    {
        let mut st = inner.lock();
        let uri = params.text_document.uri;
        let group = st.group_of(&uri);
        st.forget_memo(&uri);
        if let Some(mut doc) = st.docs.remove(&uri) {
            doc.cancel();
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
    inner.wake();
}

/// `workspace/didChangeConfiguration`: new settings, or (empty) a prompt to pull them.
pub(super) fn did_change_configuration(inner: &Arc<Inner>, params: DidChangeConfigurationParams) {
    let pull = {
        let mut st = inner.lock();
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
    inner.wake();
    if pull {
        let inner = inner.clone();
        tokio::spawn(async move { pull_settings(&inner).await });
    }
}

/// `workspace/didChangeWatchedFiles`: a config file or a file of the record changed on disk.
pub(super) fn did_change_watched_files(inner: &Inner, params: DidChangeWatchedFilesParams) {
    let paths: Vec<PathBuf> = params
        .changes
        .iter()
        .filter_map(|c| settings::file_path(&c.uri))
        .collect();
    let mut st = inner.lock();
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
    inner.wake();
}

/// Asks the client for the `copydesk` settings section and applies it.
pub(super) async fn pull_settings(inner: &Arc<Inner>) {
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
