//! Analyses off the message loop: each one runs on a thread of the analysis pool (`pool.rs`),
//! so the loop keeps answering (hover on another draft, shutdown) while a long draft is analysed, and the two
//! cores can analyse two drafts at once. A newer version of a draft (or a new config) cancels
//! the analysis in progress; every request or publication waiting for it then starts over on
//! the current text.

use super::state::{Out, State};
use crate::outlet::{notification, publication, Outlet};
use crate::snapshot::Snapshot;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::{watch, Notify};
use tower_lsp_server::ls_types::notification::ShowMessage;
use tower_lsp_server::ls_types::ShowMessageParams;
use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::Client;

/// The outcome of an analysis: `None` while it runs, then the snapshot, or `Some(None)` if the
/// engine failed (so the waiters give up instead of starting it again).
type Outcome = Option<Option<Arc<Snapshot>>>;

/// Runs `job` on the analysis pool and waits for its result without holding up the message
/// loop; `None` if it panicked.
async fn off_loop<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    super::pool::spawn(move || {
        let _ = tx.send(catch_unwind(AssertUnwindSafe(job)).ok());
    });
    rx.await.ok().flatten()
}

/// Where an analysis in progress announces its outcome.
type Done = watch::Receiver<Outcome>;

/// An analysis in progress: whoever needs its result waits on `done`.
pub(crate) struct Pending {
    rev: u64,
    gen: u64,
    done: Done,
    cancelled: Arc<AtomicBool>,
}

impl Pending {
    /// Tells the analysis to stop at its next stage; its waiters start over.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

/// The state shared by the handlers and the worker.
pub struct Inner {
    pub(super) client: Client,
    /// Where publications go, serialised already (see [`crate::outlet`]).
    outlet: Outlet,
    state: Mutex<State>,
    pub(super) wake: Notify,
    shutdown: AtomicBool,
    pub(super) worker_started: AtomicBool,
}

impl Inner {
    /// The shared state of a new server.
    pub(super) fn new(client: Client, outlet: Outlet) -> Inner {
        Inner {
            client,
            outlet,
            state: Mutex::new(State::default()),
            wake: Notify::new(),
            shutdown: AtomicBool::new(false),
            worker_started: AtomicBool::new(false),
        }
    }

    /// The state, locked. Never held across an `.await`.
    pub(super) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere must not take the server down with it: keep using the state.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Wakes the worker.
    pub(super) fn wake(&self) {
        self.wake.notify_one();
    }

    /// Whether the client asked for `shutdown` before the session ended.
    pub fn shutdown_requested(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }

    /// Records `shutdown` and stops every analysis in progress.
    pub(super) fn shut_down(&self) {
        self.shutdown.store(true, Ordering::SeqCst);
        for doc in self.lock().docs.values_mut() {
            doc.cancel();
        }
    }

    /// The current analysis of an open draft (`None` for anything else), waiting for it to be
    /// built on the analysis pool if the stored one is stale. Dropping the future leaves a
    /// shared analysis running for the others that wait on it.
    pub(super) async fn snapshot(self: &Arc<Self>, uri: &Uri) -> Option<Arc<Snapshot>> {
        loop {
            if self.shutdown_requested() {
                return None;
            }
            let mut done = match self.current_or_pending(uri)? {
                Ok(snap) => return Some(snap),
                Err(done) => done,
            };
            loop {
                if let Some(outcome) = done.borrow_and_update().clone() {
                    return outcome;
                }
                if done.changed().await.is_err() {
                    break; // cancelled: start over on the current text
                }
            }
        }
    }

    /// The stored analysis if current, else a receiver for the one in progress (started now
    /// if there is none).
    fn current_or_pending(self: &Arc<Self>, uri: &Uri) -> Option<Result<Arc<Snapshot>, Done>> {
        let mut st = self.lock();
        let gen = st.gen;
        let doc = st.docs.get(uri)?;
        doc.kind?;
        if let Some(s) = doc
            .snapshot
            .as_ref()
            .filter(|s| s.rev == doc.rev && s.gen == gen)
        {
            return Some(Ok(s.clone()));
        }
        if let Some(p) = doc
            .pending
            .as_ref()
            .filter(|p| p.rev == doc.rev && p.gen == gen)
        {
            return Some(Err(p.done.clone()));
        }
        let (mut input, rope) = st.input(uri)?;
        let (tx, done) = watch::channel(None);
        let cancelled = Arc::new(AtomicBool::new(false));
        let pending = Pending {
            rev: input.rev,
            gen: input.gen,
            done: done.clone(),
            cancelled: cancelled.clone(),
        };
        if let Some(doc) = st.docs.get_mut(uri) {
            doc.cancel();
            doc.pending = Some(pending);
        }
        if !st.outbox.is_empty() {
            self.wake();
        }
        drop(st);
        let inner = self.clone();
        super::pool::spawn(move || {
            // The text is copied out of the rope here, not under the lock on the message loop:
            // a long draft is most of a megabyte.
            input.text = crate::position::rope_text(&rope);
            let stop = || cancelled.load(Ordering::Relaxed);
            let memo = Arc::clone(&input.memo);
            let long = input.text.len() >= PREPARE_FROM;
            match catch_unwind(AssertUnwindSafe(|| Snapshot::try_build(input, &stop))) {
                Ok(Some(snap)) => {
                    let snap = Arc::new(snap);
                    inner.store(&snap);
                    let _ = tx.send(Some(Some(snap)));
                    // The next keystroke's work done ahead, while this one's diagnostics are
                    // made and sent on the other threads. A panic here costs only the spare.
                    if long {
                        let _ = catch_unwind(AssertUnwindSafe(|| {
                            memo.lock().unwrap_or_else(|e| e.into_inner()).prepare()
                        }));
                    }
                }
                // Dropped without a value when cancelled: the waiters start over.
                Ok(None) => {}
                Err(_) => {
                    let _ = tx.send(Some(None));
                }
            }
        });
        Some(Err(done))
    }

    /// Keeps a finished analysis if its document has not moved on meanwhile.
    fn store(&self, snap: &Arc<Snapshot>) {
        let mut st = self.lock();
        let gen = st.gen;
        if let Some(doc) = st.docs.get_mut(&snap.uri) {
            if doc.rev == snap.rev && gen == snap.gen {
                doc.snapshot = Some(snap.clone());
                doc.last = Some(snap.clone());
                doc.pending = None;
            }
        }
    }

    /// Sends what the state queued for the client.
    async fn flush(&self) {
        let outs = std::mem::take(&mut self.lock().outbox);
        for out in outs {
            match out {
                Out::Show(t, m) => {
                    self.outlet
                        .send(notification::<ShowMessage>(&ShowMessageParams {
                            typ: t,
                            message: m,
                        }))
                }
                Out::Publish(uri, diags, version) => {
                    self.outlet.send(publication(&uri, diags, version).0)
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
    async fn process(self: &Arc<Self>, uri: Uri) {
        let Some(snap) = self.snapshot(&uri).await else {
            return;
        };
        let pull = self.lock().caps.pull;
        // The diagnostics and their message are made on the pool: a long draft's hundreds of
        // findings take milliseconds, and the message loop has a keystroke to answer.
        let made = if pull {
            None
        } else {
            let s = snap.clone();
            off_loop(move || s.publication()).await
        };
        let publish = {
            let mut st = self.lock();
            let gen = st.gen;
            let Some(doc) = st.docs.get_mut(&uri) else {
                return;
            };
            if doc.rev != snap.rev || gen != snap.gen {
                return; // stale: the newer revision is queued already
            }
            let mut publish = None;
            let sent = doc.published_snap.as_ref();
            if let Some(frame) = made.filter(|_| !sent.is_some_and(|p| Arc::ptr_eq(p, &snap))) {
                // A re-check that changed nothing is not sent again; a new version always is,
                // so a keystroke never pays for the comparison. Same URI and version: the
                // frames are equal exactly when the diagnostics are.
                let unchanged =
                    sent.is_some_and(|p| p.version == snap.version && p.publication() == frame);
                // The analysis it replaces is freed on a pool thread: a long draft's people and
                // findings take a while to drop, and the message loop has a keystroke to answer.
                if let Some(old) = doc.published_snap.replace(snap.clone()) {
                    super::pool::spawn(move || {
                        drop(old);
                        sort_freed_chunks();
                    });
                }
                if !unchanged {
                    publish = Some(frame);
                }
            }
            publish
        };
        // What the state queued meanwhile (a config file's diagnostics, a message) goes first:
        // it was queued before this analysis began.
        self.flush().await;
        if let Some(frame) = publish {
            self.outlet.send(frame);
        }
        // Whether the names moved, for the drafts compared with this one, once its diagnostics
        // are out: the names of a long draft take a while to list, and a draft compared with
        // none (and no client to tell) has them listed only once it is (`None` until then:
        // they may have moved meanwhile).
        if !pull {
            let mut st = self.lock();
            if st.group_of(&uri).is_empty() {
                if let Some(doc) = st.docs.get_mut(&uri) {
                    doc.names = None;
                }
                return;
            }
        }
        let names = snap.names();
        let refresh = {
            let mut st = self.lock();
            let gen = st.gen;
            let Some(doc) = st.docs.get_mut(&uri) else {
                return;
            };
            if doc.rev != snap.rev || gen != snap.gen || doc.names.as_deref() == Some(names) {
                return;
            }
            doc.names = Some(names.to_vec());
            for other in st.group_of(&uri) {
                st.mark_stale(&other);
            }
            if pull {
                st.outbox.push(Out::Refresh);
            }
            pull
        };
        if refresh {
            self.flush().await;
        }
    }

    /// The worker: checks dirty drafts one at a time, forever.
    pub(super) async fn run_worker(self: Arc<Self>) {
        let mut worked = false;
        loop {
            self.flush().await;
            let next = self.lock().dirty.pop_front();
            match next {
                Some(uri) => {
                    self.process(uri).await;
                    worked = true;
                }
                None if worked => {
                    // Memory goes back only after a pause in the typing: pages handed back
                    // between keystrokes would have to be faulted in again by the next analysis.
                    let pause = tokio::time::timeout(IDLE_BEFORE_TRIM, self.wake.notified());
                    if pause.await.is_err() {
                        give_back_memory();
                        worked = false;
                    }
                }
                None => self.wake.notified().await,
            }
        }
    }
}

/// Has glibc sort the chunks just freed into its bins now, on the pool, while the client reads
/// the publication. It sorts them at the next allocation that misses its caches, and with one
/// arena that was the message loop's first small allocation on reading the next keystroke:
/// thousands of chunks of the dropped analysis, a fraction of a millisecond, every keystroke.
fn sort_freed_chunks() {
    // Larger than glibc's per-thread cache serves, so the request goes through the bins: it
    // consolidates the fast bins and sorts the unsorted one.
    const SORTING_REQUEST: usize = 64 * 1024 - 17;
    let probe: Vec<u8> = Vec::with_capacity(SORTING_REQUEST);
    std::hint::black_box(&probe);
}

/// The shortest draft whose next keystroke is prepared ahead (`Memo::prepare`): below it the
/// work saved takes microseconds, and what is prepared would only hold memory.
const PREPARE_FROM: usize = 128 * 1024;

/// How long the worker waits with nothing to do before it hands memory back.
const IDLE_BEFORE_TRIM: std::time::Duration = std::time::Duration::from_secs(2);

/// Once every draft is checked, hands the pages freed by the analyses back to the system:
/// glibc keeps them otherwise, and the server's resident memory would stay at its peak.
#[allow(unsafe_code)]
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it takes the allocator's own locks.
    unsafe {
        libc::malloc_trim(0);
    }
}
