//! The server's one way out to standard output. tower-lsp-server writes its responses through an
//! [`Outlet`], and the worker writes diagnostics through the same one, already serialised.
//!
//! tower-lsp-server's `Client::publish_diagnostics` turns its argument into a `serde_json::Value`
//! (a map per object) on the message loop before writing it: for a long draft's 600 findings that
//! was about a third of a keystroke's time. A publication is instead serialised straight to bytes
//! on the analysis pool ([`publication`]) and queued here whole. Every frame, from either side,
//! goes through one channel to one writer thread, so frames never interleave and keep their order.

use std::io::Write;
use std::pin::Pin;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::AsyncWrite;
use tower_lsp_server::ls_types::notification::{Notification, PublishDiagnostics};
use tower_lsp_server::ls_types::{Diagnostic, PublishDiagnosticsParams, Uri};

/// A handle that queues whole frames for the writer thread.
#[derive(Clone)]
pub struct Outlet {
    tx: Sender<Option<Frame>>,
}

/// One whole frame: the bytes of `buf` from `start` on. A notification is written after room
/// left for its header, so that the header goes in front without copying the body (a long
/// draft's diagnostics are a few hundred kilobytes on every keystroke).
#[derive(Debug, Clone)]
pub struct Frame {
    buf: Vec<u8>,
    start: usize,
}

impl Frame {
    /// The bytes sent.
    pub fn bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

impl PartialEq for Frame {
    fn eq(&self, other: &Frame) -> bool {
        self.bytes() == other.bytes()
    }
}

impl From<Vec<u8>> for Frame {
    fn from(buf: Vec<u8>) -> Frame {
        Frame { buf, start: 0 }
    }
}

/// The thread that writes what outlets queue, until [`Writer::finish`].
pub struct Writer {
    tx: Sender<Option<Frame>>,
    /// Told when the thread has written everything and stopped.
    done: Option<Receiver<()>>,
}

/// How long the end of a session waits for output a client is not reading.
const FINISH_WAIT: Duration = Duration::from_secs(5);

/// An outlet onto `out`, and its writer thread.
pub fn open(out: impl Write + Send + 'static) -> (Outlet, Writer) {
    let (tx, rx) = channel();
    let (told, done) = channel();
    let started = std::thread::Builder::new()
        .name("copydesk-output".into())
        .spawn(move || {
            write_all(out, &rx);
            let _ = told.send(());
        })
        .is_ok();
    let outlet = Outlet { tx: tx.clone() };
    (
        outlet,
        Writer {
            tx,
            done: started.then_some(done),
        },
    )
}

/// The most a pipe to the client is asked to hold (Linux's default limit for a process; a
/// quarter of it where the limit is lower): a long draft's diagnostics are a few hundred
/// kilobytes.
#[cfg(target_os = "linux")]
const PIPE_BYTES: libc::c_int = 1 << 20;

/// Widens standard output, when it is a pipe, so that a long draft's diagnostics fit in it
/// whole: through the default 64 KB the writer and the client took turns, waking each other
/// for every 64 KB, which cost a keystroke in a 100,000-word draft milliseconds. Where the
/// system refuses (another system, a lower limit, not a pipe) nothing changes.
#[allow(unsafe_code)]
pub fn widen_stdout() {
    #[cfg(target_os = "linux")]
    for bytes in [PIPE_BYTES, PIPE_BYTES / 4] {
        // SAFETY: fcntl on a descriptor this process owns, with an integer argument; a failure
        // is only its return value (the pipe keeps its size, or takes the smaller one).
        if unsafe { libc::fcntl(1, libc::F_SETPIPE_SZ, bytes) } >= 0 {
            break;
        }
    }
}

/// Standard output without the standard library's line buffer, which searched every frame for
/// a newline (a long draft's diagnostics: a few hundred kilobytes of JSON with none in it) only
/// to pass it on. Frames are queued whole and written by one thread, so nothing is gained by
/// buffering them. Where the descriptor cannot be duplicated, the buffered one.
pub fn stdout() -> Box<dyn Write + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(std::io::stdout())
}

/// Writes frames in arrival order, flushing when the queue runs dry, until the end marker (or
/// until the output is gone: a client that closed its end reads nothing more).
fn write_all(mut out: impl Write, rx: &Receiver<Option<Frame>>) {
    while let Ok(Some(first)) = rx.recv() {
        if out.write_all(first.bytes()).is_err() {
            return;
        }
        loop {
            match rx.try_recv() {
                Ok(Some(more)) => {
                    if out.write_all(more.bytes()).is_err() {
                        return;
                    }
                }
                Ok(None) => {
                    let _ = out.flush();
                    return;
                }
                Err(_) => break,
            }
        }
        if out.flush().is_err() {
            return;
        }
    }
    let _ = out.flush();
}

impl Writer {
    /// Writes everything queued so far, then stops the thread; gives up after a few seconds on
    /// a client that does not read (the process is ending either way).
    pub fn finish(self) {
        let _ = self.tx.send(None);
        if let Some(done) = self.done {
            let _ = done.recv_timeout(FINISH_WAIT);
        }
    }
}

impl Outlet {
    /// Queues one whole frame. Without a writer thread (it could not start) the frame is lost,
    /// as it would be on a closed output.
    pub fn send(&self, frame: impl Into<Frame>) {
        let _ = self.tx.send(Some(frame.into()));
    }
}

/// tower-lsp-server's encoder fills its buffer with whole frames and hands all of it over at
/// once; taking every byte each time keeps frames whole in the queue.
impl AsyncWrite for Outlet {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        self.send(buf.to_vec());
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// The whole frame of notification `N`, serialised directly (no `serde_json::Value` in between).
///
/// Everything the server sends of its own accord goes this way, so that a message and a
/// publication queued in that order arrive in that order.
pub fn notification<N: Notification>(params: &N::Params) -> Frame {
    // Serialising plain data into a Vec cannot fail.
    notification_with::<N>(|body| {
        let _ = serde_json::to_writer(body, params);
    })
}

/// The whole frame of notification `N`, its params written as JSON by `params`.
pub fn notification_with<N: Notification>(params: impl FnOnce(&mut Vec<u8>)) -> Frame {
    let mut buf = vec![b' '; HEADROOM];
    buf.extend_from_slice(
        format!(r#"{{"jsonrpc":"2.0","method":{:?},"params":"#, N::METHOD).as_bytes(),
    );
    params(&mut buf);
    buf.push(b'}');
    let head = crate::framing::header(buf.len() - HEADROOM);
    let start = HEADROOM - head.len();
    buf[start..HEADROOM].copy_from_slice(head.as_bytes());
    Frame { buf, start }
}

/// Room for the longest header: `Content-Length: `, twenty digits and the blank line.
const HEADROOM: usize = 16 + 20 + 4;

/// The frame publishing `diagnostics` of `uri`, and the diagnostics back.
pub fn publication(
    uri: &Uri,
    diagnostics: Vec<Diagnostic>,
    version: Option<i32>,
) -> (Frame, Vec<Diagnostic>) {
    let params = PublishDiagnosticsParams {
        uri: uri.clone(),
        diagnostics,
        version,
    };
    let frame = notification::<PublishDiagnostics>(&params);
    (frame, params.diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Output shared with the test.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn frames_keep_their_order_and_all_are_written_before_finish_returns() {
        let out = Shared::default();
        let (outlet, writer) = open(out.clone());
        let other = outlet.clone();
        for i in 0..100 {
            if i % 2 == 0 { &outlet } else { &other }.send(format!("{i},").into_bytes());
        }
        writer.finish();
        let want: String = (0..100).map(|i| format!("{i},")).collect();
        assert_eq!(
            String::from_utf8(out.0.lock().unwrap().clone()).unwrap(),
            want
        );
    }

    #[test]
    fn a_publication_is_the_notification_tower_lsp_would_send() {
        let uri: Uri = "file:///tmp/a%20b.md".parse().unwrap();
        let diag = Diagnostic {
            message: "“Lindquist” is spelt \"Lindqvist\"".into(),
            ..Diagnostic::default()
        };
        let (frame, back) = publication(&uri, vec![diag.clone()], Some(7));
        assert_eq!(back, vec![diag.clone()]);
        let text = String::from_utf8(frame.bytes().to_vec()).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert_eq!(head, format!("Content-Length: {}", body.len()));
        let got: serde_json::Value = serde_json::from_str(body).unwrap();
        let want = serde_json::json!({
            "jsonrpc": "2.0",
            "method": "textDocument/publishDiagnostics",
            "params": PublishDiagnosticsParams { uri, diagnostics: vec![diag], version: Some(7) },
        });
        assert_eq!(got, want);
    }
}
