//! `--fix`: applying the safe fixes and writing the draft back atomically.

use crate::read::{Text, BOM};
use copydesk_core::fix::{apply_edits, safe_edits};
use copydesk_core::{analyze, Config, DocKind, Finding};
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
    fix_with(text, |t| analyze(t, kind, config).findings)
}

/// Applies the safe fixes of the findings `check` reports, round after round, until none is left.
fn fix_with(text: &str, check: impl Fn(&str) -> Vec<Finding>) -> (String, usize) {
    let crlf = uses_crlf(text);
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..MAX_ROUNDS {
        let mut edits = safe_edits(&check(&current));
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
    use copydesk_core::{Edit, Fix};

    #[test]
    fn crlf_detection_and_conversion() {
        assert!(uses_crlf("a\r\nb\r\n"));
        assert!(!uses_crlf("a\nb\n"));
        assert_eq!(to_crlf("x\ny\r\nz"), "x\r\ny\r\nz");
    }

    /// A toy rule: `Mr.` should be `Mr`, and `Mr Mr` (made by a fix) should be `Mr`.
    fn toy(text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices("Mr.") {
            out.push(
                Finding::new("title-consistency", i..i + 3, "Mr. should be Mr").with_fix(Fix {
                    title: "Write Mr".into(),
                    edits: vec![Edit::new(i..i + 3, "Mr")],
                    safe: true,
                }),
            );
        }
        for (i, _) in text.match_indices("Mr Mr") {
            out.push(
                Finding::new("title-consistency", i..i + 5, "doubled").with_fix(Fix {
                    title: "Write Mr once".into(),
                    edits: vec![Edit::new(i..i + 5, "Mr")],
                    safe: true,
                }),
            );
        }
        for (i, _) in text.match_indices("NOTE") {
            out.push(
                Finding::new("unattributed-quote", i..i + 4, "unsafe").with_fix(Fix {
                    title: "Add a line".into(),
                    edits: vec![Edit::new(i..i + 4, "NOTE\nmore")],
                    safe: false,
                }),
            );
        }
        for (i, _) in text.match_indices("ADD") {
            out.push(
                Finding::new("unattributed-quote", i..i + 3, "safe, multi-line").with_fix(Fix {
                    title: "Add a line".into(),
                    edits: vec![Edit::new(i..i + 3, "added\nline")],
                    safe: true,
                }),
            );
        }
        out
    }

    #[test]
    fn safe_fixes_run_to_a_fixed_point_and_unsafe_ones_are_left() {
        let (fixed, n) = fix_with("Mr. Mr. Yoon and Mr. Kim. NOTE\n", toy);
        assert_eq!(fixed, "Mr Yoon and Mr Kim. NOTE\n");
        assert_eq!(n, 4);
        assert_eq!(fix_with(&fixed, toy), (fixed.clone(), 0));
    }

    #[test]
    fn inserted_lines_follow_the_draft_line_endings() {
        let (fixed, _) = fix_with("Mr. Yoon ADD\r\nnext\r\n", toy);
        assert_eq!(fixed, "Mr Yoon added\r\nline\r\nnext\r\n");
        let (fixed, _) = fix_with("ADD\nnext\n", toy);
        assert_eq!(fixed, "added\nline\nnext\n");
    }

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
