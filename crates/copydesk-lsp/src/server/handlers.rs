//! Requests: `initialize` and the editor features. A request about anything that is not an open
//! draft (a `notes.rst` the editor sent anyway, a closed file) gets an empty answer, never an
//! error, and waits for an analysis without holding up the message loop.

use super::state::{is_config_path, Caps, Out};
use super::worker::Inner;
use crate::features::{self, ConfigTarget, ADD_HOUSE_NAME_COMMAND};
use crate::position::Encoding;
use crate::settings;
use crate::snapshot::SOURCE;
use serde_json::Value;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;

/// `initialize`: negotiates the encoding, records what the client can do, lists capabilities.
pub(super) fn initialize(inner: &Inner, params: InitializeParams) -> InitializeResult {
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
        let mut st = inner.lock();
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
            accepts: accepts(caps),
        };
        st.client_settings = params
            .initialization_options
            .clone()
            .filter(|v| !v.is_null());
    }
    InitializeResult {
        server_info: Some(ServerInfo {
            name: "copydesk".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        capabilities: capabilities(enc, pull),
        ..Default::default()
    }
}

/// What the client accepts in a diagnostic, as it declares for published diagnostics (the
/// capabilities of pulled ones name no such fields; clients that pull declare these too).
fn accepts(caps: &ClientCapabilities) -> crate::snapshot::Accepts {
    let push = caps
        .text_document
        .as_ref()
        .and_then(|t| t.publish_diagnostics.as_ref());
    crate::snapshot::Accepts {
        related: push.and_then(|p| p.related_information).unwrap_or(false),
        code_description: push
            .and_then(|p| p.code_description_support)
            .unwrap_or(false),
    }
}

/// What the server offers.
fn capabilities(enc: Encoding, pull: bool) -> ServerCapabilities {
    let kinds = vec![
        CodeActionKind::QUICKFIX,
        CodeActionKind::from(features::FIX_ALL_KIND),
    ];
    ServerCapabilities {
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
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(kinds),
            resolve_provider: Some(false),
            work_done_progress_options: Default::default(),
        })),
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
    }
}

/// `textDocument/diagnostic`: the draft's diagnostics (none for a non-draft), with a result id
/// so an unchanged report is only acknowledged.
pub(super) async fn diagnostic(
    inner: &Arc<Inner>,
    params: DocumentDiagnosticParams,
) -> DocumentDiagnosticReportResult {
    let uri = params.text_document.uri;
    let items = match inner.snapshot(&uri).await {
        Some(snap) => snap.diagnostics(),
        None => Vec::new(),
    };
    inner.wake();
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
    DocumentDiagnosticReportResult::Report(report)
}

/// `textDocument/codeAction`: `[]` for a non-draft.
pub(super) async fn code_action(
    inner: &Arc<Inner>,
    params: CodeActionParams,
) -> CodeActionResponse {
    let Some(snap) = inner.snapshot(&params.text_document.uri).await else {
        return Vec::new();
    };
    let start = snap.offset(params.range.start);
    let end = snap.offset(params.range.end).max(start);
    let target = {
        let st = inner.lock();
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
    inner.wake();
    features::code_actions(&snap, start, end, params.context.only.as_deref(), &target)
}

/// `workspace/executeCommand`: writes a house name into the config of an open draft.
pub(super) fn execute_command(inner: &Inner, params: ExecuteCommandParams) -> Result<()> {
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
        let st = inner.lock();
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
            let mut st = inner.lock();
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
            inner.wake();
            Ok(())
        }
        Ok(false) => Ok(()),
        Err(message) => Err(Error {
            code: tower_lsp_server::jsonrpc::ErrorCode::InvalidParams,
            message: message.into(),
            data: None,
        }),
    }
}

/// `textDocument/hover`.
pub(super) async fn hover(inner: &Arc<Inner>, p: TextDocumentPositionParams) -> Option<Hover> {
    let snap = inner.snapshot(&p.text_document.uri).await?;
    features::hover(&snap, snap.offset(p.position))
}

/// `textDocument/definition`.
pub(super) async fn definition(
    inner: &Arc<Inner>,
    p: TextDocumentPositionParams,
) -> Option<GotoDefinitionResponse> {
    let snap = inner.snapshot(&p.text_document.uri).await?;
    features::definition(&snap, snap.offset(p.position))
}

/// `textDocument/documentSymbol`: `null` for a non-draft.
pub(super) async fn document_symbol(
    inner: &Arc<Inner>,
    params: DocumentSymbolParams,
) -> Option<DocumentSymbolResponse> {
    let snap = inner.snapshot(&params.text_document.uri).await?;
    Some(DocumentSymbolResponse::Nested(features::document_symbols(
        &snap,
    )))
}

/// `textDocument/references`.
pub(super) async fn references(
    inner: &Arc<Inner>,
    params: ReferenceParams,
) -> Option<Vec<Location>> {
    let p = params.text_document_position;
    let snap = inner.snapshot(&p.text_document.uri).await?;
    features::references(
        &snap,
        snap.offset(p.position),
        params.context.include_declaration,
    )
}

/// `textDocument/documentHighlight`.
pub(super) async fn document_highlight(
    inner: &Arc<Inner>,
    p: TextDocumentPositionParams,
) -> Option<Vec<DocumentHighlight>> {
    let snap = inner.snapshot(&p.text_document.uri).await?;
    features::highlights(&snap, snap.offset(p.position))
}

/// `textDocument/prepareRename`.
pub(super) async fn prepare_rename(
    inner: &Arc<Inner>,
    p: TextDocumentPositionParams,
) -> Option<PrepareRenameResponse> {
    let snap = inner.snapshot(&p.text_document.uri).await?;
    features::prepare_rename(&snap, snap.offset(p.position)).map(|(range, placeholder)| {
        PrepareRenameResponse::RangeWithPlaceholder { range, placeholder }
    })
}

/// `textDocument/rename`: `null` for a non-draft; an error only for a bad new name in a draft.
pub(super) async fn rename(
    inner: &Arc<Inner>,
    params: RenameParams,
) -> Result<Option<WorkspaceEdit>> {
    let p = params.text_document_position;
    let Some(snap) = inner.snapshot(&p.text_document.uri).await else {
        return Ok(None);
    };
    if params.new_name.trim().is_empty() {
        return Err(Error::invalid_params("the new name is empty"));
    }
    features::rename(&snap, snap.offset(p.position), &params.new_name)
        .map(Some)
        .ok_or_else(|| Error::invalid_params("no person's name here to rename"))
}
