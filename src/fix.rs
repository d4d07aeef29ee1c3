//! `--fix`: writing the draft back atomically (the fixes themselves are
//! `copydesk_core::fix::fix_all`, shared with the browser playground).

use crate::read::{Text, BOM};
use std::io::Write;
use std::path::Path;

/// Writes `new` (a draft's text, byte-order mark excluded) over `path` atomically, unless the file
/// no longer holds `read.original`: a temporary file in the same folder, with the original's
/// permissions, renamed over it.
pub fn write_back(path: &Path, read: &Text, new: &str) -> Result<(), String> {
    // Write to the file a symlink points at, keeping the link.
    let target = std::fs::canonicalize(path).map_err(|e| crate::read::io_message(&e))?;
    let now = std::fs::read(&target).map_err(|e| crate::read::io_message(&e))?;
    if now != read.original {
        return Err(
            "the file changed on disk while copydesk was checking it; not overwritten (run again)"
                .into(),
        );
    }
    let meta = std::fs::metadata(&target).map_err(|e| crate::read::io_message(&e))?;
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".copydesk-fix-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| {
            format!(
                "cannot create a temporary file next to it: {}",
                crate::read::io_message(&e)
            )
        })?;
    let mut bytes = Vec::with_capacity(new.len() + 3);
    if read.bom {
        bytes.extend_from_slice(BOM.as_bytes());
    }
    bytes.extend_from_slice(new.as_bytes());
    tmp.write_all(&bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| {
            format!(
                "cannot write the fixed draft: {}",
                crate::read::io_message(&e)
            )
        })?;
    std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(|e| {
        format!(
            "cannot keep the file's permissions: {}",
            crate::read::io_message(&e)
        )
    })?;
    tmp.persist(&target).map_err(|e| {
        format!(
            "cannot replace the file: {}",
            crate::read::io_message(&e.error)
        )
    })?;
    Ok(())
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
        write_back(&path, &read, "new\n").unwrap();
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
        write_back(&link, &read, "new\n").unwrap();
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
        let e = write_back(&path, &read, "fixed\n").unwrap_err();
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
        write_back(&path, &read, "new\r\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), "\u{feff}new\r\n".as_bytes());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["draft.md"]);
    }
}
