//! The copydesk language server (LSP on stdio), a thin adapter over `copydesk-core`.
//!
//! See `README.md` in this crate for the capabilities and the client settings.

pub mod features;
pub mod framing;
pub mod outlet;
pub mod position;
pub mod record;
pub mod server;
pub mod settings;
pub mod snapshot;

use tower_lsp_server::{LspService, Server};

/// Runs the language server on standard input and output until the client exits.
///
/// Per the LSP, the process exits with status 1 when the session ends without a `shutdown`
/// request (an `exit` alone, or the client closing the pipe).
pub fn run_stdio() -> std::io::Result<()> {
    // One thread for the messages keeps their handling in arrival order as far as
    // tower-lsp-server allows; analyses run on a pool of two threads (`server::pool`).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    outlet::widen_stdout();
    let (outlet, writer) = outlet::open(outlet::stdout());
    let out = outlet.clone();
    let clean = runtime.block_on(async {
        let (service, socket) = LspService::build(move |client| server::Backend::new(client, out))
            .custom_method("copydesk/documentText", server::Backend::document_text)
            .custom_method(framing::MALFORMED_METHOD, server::Backend::malformed)
            .finish();
        let inner = service.inner().inner();
        let (to_server, from_relay) = tokio::io::duplex(1 << 16);
        let relay = tokio::spawn(framing::relay(tokio::io::stdin(), to_server));
        // Requests waiting for an analysis must not hold back the messages behind them (an edit
        // that cancels it, `shutdown`): many may be in flight at once.
        Server::new(from_relay, outlet, socket)
            .concurrency_level(64)
            .serve(service)
            .await;
        relay.abort();
        inner.shutdown_requested()
    });
    // Standard input is read on a blocking thread that only returns with more input: do not
    // wait for it.
    runtime.shutdown_background();
    writer.finish();
    if !clean {
        std::process::exit(1);
    }
    Ok(())
}
