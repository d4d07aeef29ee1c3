//! `--fix`: applying the safe fixes and writing the draft back atomically.

use crate::read::{Text, BOM};
use std::io::Write;
use std::path::Path;

/// What a file was when it was read: any change to one of these means another writer.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    inode: (u64, u64),
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            inode: {
                use std::os::unix::fs::MetadataExt;
                (meta.dev(), meta.ino())
            },
        }
    }
}

/// Points in [`write_back`] where a test can act, as a concurrent writer would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The fixed text is in the temporary file; the file is about to be compared a last time.
    BeforeLastLook,
    /// The last comparison passed; the temporary file is about to be renamed over the draft.
    BeforeRename,
}

/// A test's action at a [`Stage`].
#[cfg(test)]
pub type Hook = Box<dyn Fn(Stage, &Path)>;

#[cfg(test)]
thread_local! {
    /// The test hook: called at each [`Stage`] with the draft's path.
    pub static HOOK: std::cell::RefCell<Option<Hook>> =
        const { std::cell::RefCell::new(None) };
}

/// Lets a test act at `stage`: the thread-local hook in unit tests, and in debug builds a pause
/// (`COPYDESK_TEST_FIX_PAUSE=FILE`: FILE is created, then the run waits) for signal tests.
fn hook(stage: Stage, path: &Path) {
    #[cfg(test)]
    HOOK.with(|h| {
        if let Some(f) = h.borrow().as_ref() {
            f(stage, path);
        }
    });
    #[cfg(debug_assertions)]
    if stage == Stage::BeforeRename {
        if let Some(marker) = std::env::var_os("COPYDESK_TEST_FIX_PAUSE") {
            let _ = std::fs::write(&marker, b"");
            std::thread::sleep(std::time::Duration::from_secs(30));
        }
    }
    let _ = (stage, path);
}

/// The message for a draft another program wrote to during the run.
const CHANGED: &str =
    "the file changed on disk while copydesk was fixing it; left as the other program wrote it (run again)";

fn io(what: &str) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{what}: {}", crate::read::io_message(&e))
}

/// Why a draft may not be rewritten by replacing it, if it may not.
fn refusal(meta: &std::fs::Metadata, target: &Path) -> Option<String> {
    if !meta.is_file() {
        return Some("not a regular file; not rewritten".into());
    }
    if meta.permissions().readonly() {
        return Some("the file is read-only; not rewritten".into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Some(format!(
                "the file has {} hard links, which a rewrite would split; not rewritten",
                meta.nlink()
            ));
        }
    }
    // Only the permission to write the file itself counts, not the folder's.
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(target) {
        return Some(format!(
            "cannot write the file ({}); not rewritten",
            crate::read::io_message(&e)
        ));
    }
    None
}

/// Reads everything `file` holds, from its start.
fn contents(mut file: &std::fs::File) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek};
    file.seek(std::io::SeekFrom::Start(0))?;
    let mut out = Vec::new();
    file.read_to_end(&mut out)?;
    Ok(out)
}

/// Whether the draft at `target` is still exactly what `held` was when `stamp` was taken and
/// what was read (`original`): same file, size, modification time and bytes.
fn unchanged(target: &Path, held: &std::fs::File, stamp: &Stamp, original: &Text) -> bool {
    let same_file = std::fs::symlink_metadata(target).is_ok_and(|m| Stamp::of(&m) == *stamp);
    same_file
        && held.metadata().is_ok_and(|m| Stamp::of(&m) == *stamp)
        && contents(held).is_ok_and(|now| original.is_original(&now))
}

/// Writes `new` (a draft's text, byte-order mark excluded) over `path` atomically (a temporary
/// file beside it, with the original's owner, group and mode, renamed over it), unless the file
/// no longer holds what was read (`Text::is_original`), is read-only or hard-linked, or is a
/// link leading out of `root`. A write by another program during the run, even one that lands between the last
/// comparison and the rename, is detected and the other program's text is kept.
pub fn write_back(path: &Path, root: Option<&Path>, read: &Text, new: &str) -> Result<(), String> {
    // Write to the file a link points at, keeping the link, but never out of the folder given.
    let target = std::fs::canonicalize(path).map_err(|e| crate::read::io_message(&e))?;
    if root.is_some_and(|r| !target.starts_with(r)) {
        return Err("a symbolic link to a file outside the folder given; not rewritten".into());
    }
    // Held open to the end: a writer that still has the old file open is seen through it.
    let held = crate::read::open_nonblocking(&target).map_err(|e| crate::read::io_message(&e))?;
    let meta = held.metadata().map_err(|e| crate::read::io_message(&e))?;
    if let Some(why) = refusal(&meta, &target) {
        return Err(why);
    }
    let stamp = Stamp::of(&meta);
    if !read.is_original(&contents(&held).map_err(io("cannot read it again"))?) {
        return Err(CHANGED.into());
    }
    let mut bytes = Vec::with_capacity(new.len() + 3);
    if read.bom {
        bytes.extend_from_slice(BOM.as_bytes());
    }
    bytes.extend_from_slice(new.as_bytes());
    let tmp = temp_beside(&target, &bytes, &meta)?;
    hook(Stage::BeforeLastLook, &target);
    if !unchanged(&target, &held, &stamp, read) {
        return Err(CHANGED.into());
    }
    hook(Stage::BeforeRename, &target);
    cleanup::persist(tmp, &target).map_err(io("cannot replace the file"))?;
    // The last look and the rename are two steps: a write into the old file in between is in
    // `held`. Then the other program's text goes back, and the fixes are dropped.
    if held.metadata().is_ok_and(|m| Stamp::of(&m) == stamp)
        && contents(&held).is_ok_and(|now| read.is_original(&now))
    {
        return Ok(());
    }
    let theirs = contents(&held).map_err(io("cannot read the other program's text"))?;
    let ours_still_there = std::fs::read(&target).is_ok_and(|now| now == bytes);
    if ours_still_there {
        let back = temp_beside(&target, &theirs, &meta)?;
        cleanup::persist(back, &target).map_err(io("cannot put the other program's text back"))?;
    }
    Err(CHANGED.into())
}

/// A temporary file beside `target` holding `bytes`, with the owner, group and mode of `meta`,
/// registered so that a signal removes it.
fn temp_beside(
    target: &Path,
    bytes: &[u8],
    meta: &std::fs::Metadata,
) -> Result<tempfile::NamedTempFile, String> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".copydesk-fix-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io("cannot create a temporary file next to it"))?;
    cleanup::register(tmp.path());
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(io("cannot write the fixed draft"))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Owner first: changing it clears set-id bits, which the mode then restores.
        std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()))
            .map_err(io("cannot keep the file's owner"))?;
    }
    tmp.as_file()
        .set_permissions(meta.permissions())
        .map_err(io("cannot keep the file's permissions"))?;
    Ok(tmp)
}

/// Temporary files of a `--fix` run, removed on every exit path: dropped on an error (the
/// `tempfile` guard), and removed by a signal handler on SIGINT, SIGTERM and SIGHUP.
pub mod cleanup {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    /// The temporary files not yet renamed into place.
    static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

    fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
        PENDING.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Notes a temporary file, for the signal handler.
    pub fn register(path: &Path) {
        pending().push(path.to_path_buf());
    }

    /// Renames `tmp` over `target`; under the lock, so a signal cannot remove it half-way.
    pub fn persist(tmp: tempfile::NamedTempFile, target: &Path) -> std::io::Result<()> {
        let mut list = pending();
        let path = tmp.path().to_path_buf();
        let result = tmp.persist(target).map(|_| ()).map_err(|e| {
            // Dropping the returned file removes it.
            let tempfile::PersistError { error, file } = e;
            drop(file);
            error
        });
        list.retain(|p| *p != path);
        result
    }

    /// Installs the handler: on SIGINT, SIGTERM or SIGHUP, the temporary files are removed and
    /// the process exits with 128 + the signal's number, as if killed.
    pub fn on_signals() {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return;
            };
            std::thread::spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    // The lock is kept to the exit: no rename can start after the removal.
                    let mut list = pending();
                    for p in list.drain(..) {
                        let _ = std::fs::remove_file(p);
                    }
                    eprintln!("copydesk: interrupted; temporary files removed");
                    std::process::exit(128 + sig);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::decode;

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let read = decode(std::fs::read(&path).unwrap()).unwrap();
        write_back(&path, None, &read, "new\n").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_stays_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        std::fs::write(&real, "old\n").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let read = decode(std::fs::read(&link).unwrap()).unwrap();
        write_back(&link, None, &read, "new\n").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
    }

    #[test]
    fn a_file_changed_on_disk_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "first version\n").unwrap();
        let read = decode(std::fs::read(&path).unwrap()).unwrap();
        std::fs::write(&path, "someone else saved this\n").unwrap();
        let e = write_back(&path, None, &read, "fixed\n").unwrap_err();
        assert!(e.contains("changed on disk"), "{e}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "someone else saved this\n"
        );
    }

    #[test]
    fn writes_atomically_keeping_bom_and_leaving_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, "\u{feff}old\r\n").unwrap();
        let read = decode(std::fs::read(&path).unwrap()).unwrap();
        write_back(&path, None, &read, "new\r\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), "\u{feff}new\r\n".as_bytes());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["draft.md"]);
    }

    /// A draft in a fresh folder, read as `--fix` reads it.
    fn draft(text: &str) -> (tempfile::TempDir, std::path::PathBuf, Text) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.md");
        std::fs::write(&path, text).unwrap();
        let read = decode(std::fs::read(&path).unwrap()).unwrap();
        (dir, path, read)
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    }

    fn append_at(stage: Stage) {
        HOOK.with(|h| {
            *h.borrow_mut() = Some(Box::new(move |at, path| {
                if at == stage {
                    let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
                    f.write_all(b"a line another program added\n").unwrap();
                }
            }))
        });
    }

    fn clear_hook() {
        HOOK.with(|h| *h.borrow_mut() = None);
    }

    /// A program appends at `stage`: its line must survive and no temporary file be left.
    fn a_write_at_is_kept(stage: Stage) {
        let (dir, path, read) = draft("Mr. Lee said.\n");
        append_at(stage);
        let e = write_back(&path, None, &read, "Mr Lee said.\n").unwrap_err();
        clear_hook();
        assert!(e.contains("changed on disk"), "{e}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Mr. Lee said.\na line another program added\n"
        );
        assert_eq!(names_in(dir.path()), ["draft.md"]);
    }

    #[test]
    fn a_write_before_the_last_look_is_kept() {
        a_write_at_is_kept(Stage::BeforeLastLook);
    }

    #[test]
    fn a_write_between_the_last_look_and_the_rename_is_kept() {
        // Before: the rename replaced the file the other program had just appended to, and its
        // line was lost.
        a_write_at_is_kept(Stage::BeforeRename);
    }

    #[test]
    fn a_same_size_rewrite_is_noticed_by_content() {
        let (_dir, path, read) = draft("Mr. Lee said.\n");
        HOOK.with(|h| {
            *h.borrow_mut() = Some(Box::new(|at, path| {
                if at == Stage::BeforeLastLook {
                    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
                    f.write_all(b"Mr. Kim").unwrap();
                }
            }))
        });
        let e = write_back(&path, None, &read, "Mr Lee said.\n").unwrap_err();
        clear_hook();
        assert!(e.contains("changed on disk"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Mr. Kim said.\n");
    }

    #[cfg(unix)]
    #[test]
    fn owner_group_and_mode_are_kept() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let (_dir, path, read) = draft("old\n");
        // Only root can give a file away; elsewhere the owner is the runner's own.
        let root = std::fs::metadata("/").unwrap().uid() == 0
            && std::os::unix::fs::chown(&path, Some(4242), Some(4343)).is_ok();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        let before = std::fs::metadata(&path).unwrap();
        write_back(&path, None, &read, "new\n").unwrap();
        let after = std::fs::metadata(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
        assert_eq!(after.mode() & 0o7777, 0o664);
        if root {
            assert_eq!((after.uid(), after.gid()), (4242, 4343));
        }
    }

    #[cfg(unix)]
    #[test]
    fn read_only_and_hard_linked_files_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path, read) = draft("old\n");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let e = write_back(&path, None, &read, "new\n").unwrap_err();
        assert!(e.contains("read-only"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");

        let (dir, path, read) = draft("old\n");
        let other = dir.path().join("other.md");
        std::fs::hard_link(&path, &other).unwrap();
        let e = write_back(&path, None, &read, "new\n").unwrap_err();
        assert!(e.contains("2 hard links"), "{e}");
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "old\n");
        assert_eq!(names_in(dir.path()), ["draft.md", "other.md"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_given_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let (desk, outside) = (dir.path().join("desk"), dir.path().join("outside"));
        std::fs::create_dir_all(&desk).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("victim.md"), "Mr. Lee\n").unwrap();
        let link = desk.join("story.md");
        std::os::unix::fs::symlink(outside.join("victim.md"), &link).unwrap();
        let read = decode(std::fs::read(&link).unwrap()).unwrap();
        let root = std::fs::canonicalize(&desk).unwrap();
        let e = write_back(&link, Some(&root), &read, "Mr Lee\n").unwrap_err();
        assert!(e.contains("outside the folder given"), "{e}");
        assert_eq!(
            std::fs::read_to_string(outside.join("victim.md")).unwrap(),
            "Mr. Lee\n"
        );
        assert_eq!(names_in(&outside), ["victim.md"]);
    }
}
