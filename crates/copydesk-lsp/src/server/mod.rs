//! The language server: [`state`] (documents, configs, work queue, all synchronous and under
//! one mutex), [`sync`] (notifications that change it), [`worker`] (analyses on the pool's
//! threads, cancelled when a newer version arrives, and publishing) and [`handlers`] (requests).
//!
//! Ordering: tower-lsp-server polls handlers concurrently, interleaving at every `.await`, so
//! every notification that changes state does all its work synchronously, under the mutex,
//! before its first `.await` (the futures are first polled in arrival order). Analyses run on
//! a copy of the text; a result is kept only if the document has not moved on meanwhile.

mod handlers;
mod pool;
mod state;
mod sync;
mod worker;

pub use worker::Inner;

use serde_json::{json, Value};
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

/// The LSP service's handler object.
pub struct Backend {
    inner: Arc<Inner>,
}

impl Backend {
    /// A backend talking to `client`, its publications written through `outlet`.
    pub fn new(client: Client, outlet: crate::outlet::Outlet) -> Backend {
        Backend {
            inner: Arc::new(Inner::new(client, outlet)),
        }
    }

    /// The shared state (to learn after the session whether `shutdown` came).
    pub fn inner(&self) -> Arc<Inner> {
        self.inner.clone()
    }

    /// `copydesk/documentText`: the server's copy of a document, for tests and debugging.
    pub async fn document_text(&self, params: Value) -> Result<Value> {
        let uri = params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uri>().ok())
            .ok_or_else(|| Error::invalid_params("expected {\"textDocument\": {\"uri\": ...}}"))?;
        let st = self.inner.lock();
        let doc = st
            .docs
            .get(&uri)
            .ok_or_else(|| Error::invalid_params("document not open"))?;
        Ok(json!({"version": doc.version, "text": crate::position::rope_text(&doc.rope)}))
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
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        Ok(handlers::initialize(&self.inner, params))
    }

    async fn initialized(&self, _: InitializedParams) {
        sync::initialized(&self.inner);
    }

    async fn shutdown(&self) -> Result<()> {
        self.inner.shut_down();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        sync::did_open(&self.inner, params);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        sync::did_change(&self.inner, params);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        sync::did_save(&self.inner, params);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        sync::did_close(&self.inner, params);
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        sync::did_change_configuration(&self.inner, params);
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        sync::did_change_watched_files(&self.inner, params);
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        Ok(handlers::diagnostic(&self.inner, params).await)
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        Ok(Some(handlers::code_action(&self.inner, params).await))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        handlers::execute_command(&self.inner, params).map(|()| None)
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        Ok(handlers::hover(&self.inner, params.text_document_position_params).await)
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        Ok(handlers::definition(&self.inner, params.text_document_position_params).await)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        Ok(handlers::document_symbol(&self.inner, params).await)
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        Ok(handlers::references(&self.inner, params).await)
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        Ok(handlers::document_highlight(&self.inner, params.text_document_position_params).await)
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        Ok(handlers::prepare_rename(&self.inner, params).await)
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        handlers::rename(&self.inner, params).await
    }
}
