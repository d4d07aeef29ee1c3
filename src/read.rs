//! Reading a draft's bytes into text, with a clear message for whatever is not a UTF-8 draft.

use std::io::Read;
use std::path::Path;

/// The byte-order mark some editors put at the start of UTF-8 files.
pub const BOM: &str = "\u{feff}";

/// Larger files are refused: no news draft is this long, and the report would be unreadable.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// A draft's text, as read.
#[derive(Debug, Clone)]
pub struct Text {
    /// Whether the file starts with a byte-order mark (not part of `text`).
    pub bom: bool,
    /// The text after the byte-order mark.
    pub text: String,
}

impl Text {
    /// Whether `bytes` are the file's bytes exactly as read (to notice a change on disk before
    /// writing fixes): the byte-order mark, if any, then `text`. Kept as the one copy of the
    /// text, not a second copy of the file.
    pub fn is_original(&self, bytes: &[u8]) -> bool {
        let body = if self.bom {
            bytes.strip_prefix(BOM.as_bytes())
        } else {
            Some(bytes)
        };
        body == Some(self.text.as_bytes())
    }

    /// Bytes before `text` in the file: the byte-order mark's length, or 0.
    pub fn offset(&self) -> usize {
        if self.bom {
            BOM.len()
        } else {
            0
        }
    }
}

/// A short message for an I/O error, without Rust's `(os error 2)` noise.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a folder".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Decodes a draft's bytes, or says why it is not a draft copydesk can read.
pub fn decode(bytes: Vec<u8>) -> Result<Text, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("the file is UTF-16 encoded; save it as UTF-8".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err("binary file (it holds NUL bytes), not a text draft; skipped".into());
    }
    let bom = bytes.starts_with(BOM.as_bytes());
    let mut body = bytes;
    if bom {
        body.drain(..BOM.len());
    }
    // The bytes become the text in place: the draft is not copied.
    match String::from_utf8(body) {
        Ok(text) => Ok(Text { bom, text }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let good = &e.as_bytes()[..at];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            // Safe: the bytes before `valid_up_to` are valid UTF-8.
            let column =
                std::str::from_utf8(&good[line_start..]).map_or(1, |s| s.chars().count() + 1);
            let offset = at + if bom { BOM.len() } else { 0 };
            Err(format!(
                "not valid UTF-8 at line {line}, column {column} (byte {offset}); save the draft as UTF-8"
            ))
        }
    }
}

/// Opens `path` for reading without blocking, should it be a FIFO or a device.
pub fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads `path` when it is (or links to) a regular file of at most `cap` bytes: a FIFO, a
/// device (`/dev/zero`, `/dev/stdin`) or a folder is refused without being read, and a file that
/// grows past the cap while being read is refused too. The message is fit to follow the name.
pub fn regular(path: &Path, cap: u64) -> Result<Vec<u8>, String> {
    let file = open_nonblocking(path).map_err(|e| io_message(&e))?;
    // The opened file is what is judged, so nothing can be swapped in after the check.
    let meta = file.metadata().map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("is a folder".into());
    }
    if !meta.is_file() {
        return Err("not a regular file (a device, FIFO or socket); not read".into());
    }
    let too_large = || {
        format!(
            "the file is larger than the {} copydesk reads; not read",
            size_label(cap)
        )
    };
    if meta.len() > cap {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large());
    }
    Ok(bytes)
}

/// `32 MB`, `1 MB` or `512 bytes`.
fn size_label(cap: u64) -> String {
    if cap >= 1 << 20 {
        format!("{} MB", cap >> 20)
    } else {
        format!("{cap} bytes")
    }
}

/// Reads a file as a draft.
pub fn file(path: &Path) -> Result<Text, String> {
    decode(regular(path, MAX_BYTES)?)
}

/// Reads standard input as a draft.
pub fn stdin() -> Result<Text, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!(
            "more than the {} MB copydesk reads",
            MAX_BYTES / (1024 * 1024)
        ));
    }
    decode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_large_files_are_refused_without_blocking() {
        let e = regular(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(e.contains("not a regular file"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("draft.md");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        // Before: opening a FIFO with no writer blocked forever.
        let e = file(&fifo).unwrap_err();
        assert!(e.contains("not a regular file"), "{e}");
        let link = dir.path().join("zero.md");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(file(&link).unwrap_err().contains("not a regular file"));
        let big = dir.path().join("big.md");
        std::fs::write(&big, vec![b'a'; 2048]).unwrap();
        assert!(regular(&big, 1024)
            .unwrap_err()
            .contains("larger than the 1024 bytes"));
        assert_eq!(regular(&big, 4096).unwrap().len(), 2048);
    }

    #[test]
    fn bom_is_kept_apart() {
        let t = decode(b"\xEF\xBB\xBFHello\r\n".to_vec()).unwrap();
        assert!(t.bom);
        assert_eq!(t.text, "Hello\r\n");
        assert_eq!(t.offset(), 3);
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let e = decode(b"one\ntw\xE9o\n".to_vec()).unwrap_err();
        assert_eq!(
            e,
            "not valid UTF-8 at line 2, column 3 (byte 6); save the draft as UTF-8"
        );
    }

    #[test]
    fn binary_and_utf16_are_refused() {
        assert!(decode(b"PK\x03\x04\x00\x00".to_vec())
            .unwrap_err()
            .starts_with("binary file"));
        assert!(decode(b"\xFF\xFEh\x00i\x00".to_vec())
            .unwrap_err()
            .contains("UTF-16"));
        assert_eq!(decode(Vec::new()).unwrap().text, "");
    }
}
