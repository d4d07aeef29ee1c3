//! `--fix`: applying the safe fixes and writing the draft back atomically.

use crate::read::{Text, BOM};
use copydesk_core::fix::{apply_edits, safe_edits};
use copydesk_core::{analyze, Config, DocKind};
use std::io::Write;
use std::path::Path;

/// Fixes can make new safe fixes possible; this many rounds reach a fixed point in practice.
const MAX_ROUNDS: usize = 8;

/// Whether a text's line endings are CRLF (most of its newlines are preceded by a carriage return).
fn uses_crlf(text: &str) -> bool {
    let lf = text.matches('\n').count();
    let crlf = text.matches("\r\n").count();
    lf > 0 && crlf * 2 > lf
}

/// Rewrites bare `\n` in an inserted text as `\r\n`, so a CRLF draft stays CRLF.
fn to_crlf(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev = '\0';
    for c in s.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Applies every safe fix to `text` until none is left; returns the new text and the number of edits.
pub fn fix_text(text: &str, kind: DocKind, config: &Config) -> (String, usize) {
    let crlf = uses_crlf(text);
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..MAX_ROUNDS {
        let analysis = analyze(&current, kind, config);
        let mut edits = safe_edits(&analysis.findings);
        if edits.is_empty() {
            break;
        }
        if crlf {
            for e in &mut edits {
                e.replacement = to_crlf(&e.replacement);
            }
        }
        let (next, applied) = apply_edits(&current, &edits);
        if applied == 0 || next == current {
            break;
        }
        current = next;
        total += applied;
    }
    (current, total)
}

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

    #[test]
    fn crlf_detection_and_conversion() {
        assert!(uses_crlf("a\r\nb\r\n"));
        assert!(!uses_crlf("a\nb\n"));
        assert_eq!(to_crlf("x\ny\r\nz"), "x\r\ny\r\nz");
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
