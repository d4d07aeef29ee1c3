//! The analysis pool: two long-lived threads fed by a channel. Analyses used to run on tokio's
//! blocking threads, which come and go by the dozen; each new one got a glibc malloc arena of its
//! own, and those arenas kept about half the server's memory. Two threads match the two cores an
//! editor can spare, and keep the arenas few.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

/// One analysis to run.
type Job = Box<dyn FnOnce() + Send>;

/// How many analyses run at once.
const THREADS: usize = 2;

/// The pool's queue (the threads start with the first job).
fn queue() -> &'static Mutex<Sender<Job>> {
    static QUEUE: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..THREADS {
            let rx = rx.clone();
            // A thread that cannot start leaves the others to do the work.
            let _ = std::thread::Builder::new()
                .name(format!("copydesk-analysis-{i}"))
                .spawn(move || work(&rx));
        }
        Mutex::new(tx)
    })
}

/// A pool thread: runs jobs until the queue is gone.
fn work(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = {
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            rx.recv()
        };
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

/// Runs `job` on the pool (in order of arrival, as a thread comes free). The job must not
/// unwind: callers catch panics inside it.
pub(super) fn spawn(job: impl FnOnce() + Send + 'static) {
    let tx = queue().lock().unwrap_or_else(|e| e.into_inner());
    if let Err(e) = tx.send(Box::new(job)) {
        // No pool thread could start: run it here rather than never.
        drop(tx);
        (e.0)();
    }
}
