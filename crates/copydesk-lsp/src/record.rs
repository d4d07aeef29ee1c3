//! The record (`[sources] paths` of a config), read and indexed once per config file and kept
//! until one of its files changes on disk: a keystroke in a draft never reads or re-indexes it.
//! Paths are relative to the config's folder, folders are walked for transcripts, and nothing
//! outside the config's folder is read (links resolved).

use copydesk_core::{Config, Record, SourceText};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Extensions of the record's files found when walking a folder.
const SOURCE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "vtt", "srt"];

/// The largest source read (a day of transcripts is a few megabytes).
const MAX_SOURCE_BYTES: u64 = 64 << 20;

/// The record of one config.
#[derive(Debug)]
struct Entry {
    /// The `paths` it was read for.
    paths: Vec<String>,
    record: Arc<Record>,
    /// The files read and the folders walked (canonical), to tell which changes touch it.
    files: Vec<PathBuf>,
    roots: Vec<PathBuf>,
}

/// The records of the configs in use, keyed by config file.
#[derive(Debug, Default)]
pub struct Records {
    map: HashMap<PathBuf, Entry>,
}

fn is_source(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SOURCE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// The files under `dir` with a source extension, in a stable order (no links followed).
fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let Ok(kind) = e.file_type() else { continue };
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if kind.is_dir() && depth < 16 {
            walk(&e.path(), out, depth + 1);
        } else if kind.is_file() && is_source(&e.path()) {
            out.push(e.path());
        }
    }
}

/// Reads the record of a config in folder `dir`: (record, files, roots, problems).
fn load(dir: &Path, paths: &[String]) -> (Record, Vec<PathBuf>, Vec<PathBuf>, Vec<String>) {
    let base = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let (mut files, mut roots, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for p in paths {
        let Ok(real) = std::fs::canonicalize(base.join(p)) else {
            problems.push(format!("{p}: not found"));
            continue;
        };
        if !real.starts_with(&base) {
            problems.push(format!(
                "{p}: a source of the record must lie inside the project"
            ));
            continue;
        }
        if real.is_dir() {
            walk(&real, &mut files, 0);
        } else {
            files.push(real.clone());
        }
        roots.push(real);
    }
    files.retain(|f| std::fs::canonicalize(f).is_ok_and(|r| r.starts_with(&base)));
    files.dedup();
    let mut texts = Vec::new();
    for f in &files {
        let name = f.to_string_lossy().into_owned();
        let too_big = std::fs::metadata(f).is_ok_and(|m| m.len() > MAX_SOURCE_BYTES);
        match std::fs::read_to_string(f) {
            Ok(_) if too_big => problems.push(format!("{name}: too large to read")),
            Ok(text) => texts.push(SourceText {
                name,
                text: text.strip_prefix('\u{feff}').unwrap_or(&text).to_string(),
            }),
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    let (record, errors) = Record::build(&texts);
    problems.extend(errors.iter().map(ToString::to_string));
    (record, files, roots, problems)
}

impl Records {
    /// The record of the config at `config_file` (built on first use, or when its `paths`
    /// changed), with the problems met while reading it (reported once, when it is built).
    pub fn get(
        &mut self,
        config_file: Option<&Path>,
        config: &Config,
    ) -> (Option<Arc<Record>>, Vec<String>) {
        let (Some(file), false) = (config_file, config.sources.paths.is_empty()) else {
            return (None, Vec::new());
        };
        if let Some(e) = self.map.get(file) {
            if e.paths == config.sources.paths {
                return (Some(e.record.clone()), Vec::new());
            }
        }
        let dir = file.parent().unwrap_or(Path::new("/"));
        let (record, files, roots, problems) = load(dir, &config.sources.paths);
        let record = Arc::new(record);
        self.map.insert(
            file.to_path_buf(),
            Entry {
                paths: config.sources.paths.clone(),
                record: record.clone(),
                files,
                roots,
            },
        );
        (Some(record), problems)
    }

    /// Forgets every record a changed file belongs to (one of its files, or a new file in one
    /// of its folders); true when one was.
    pub fn changed(&mut self, path: &Path) -> bool {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let before = self.map.len();
        self.map.retain(|_, e| {
            !(e.files.iter().any(|f| f == &real || f == path)
                || (is_source(path) && e.roots.iter().any(|r| real.starts_with(r))))
        });
        self.map.len() != before
    }

    /// Whether a file is part of a record (so it is a transcript, not a draft).
    pub fn is_source(&self, path: &Path) -> bool {
        if self.map.is_empty() {
            return false;
        }
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.map.values().any(|e| e.files.contains(&real))
    }

    /// Forgets every record (the configs changed).
    pub fn clear(&mut self) {
        self.map.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_once_and_forgotten_when_a_source_changes() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("record")).unwrap();
        std::fs::write(root.join("record/a.txt"), "ANA ROS: We sail at noon.\n").unwrap();
        let config = Config::from_toml("[sources]\npaths = [\"record\", \"../x\"]\n").unwrap();
        let file = root.join(".copydesk.toml");
        let mut records = Records::default();
        let (r1, problems) = records.get(Some(&file), &config);
        assert_eq!(r1.as_ref().unwrap().word_count(), 4);
        assert_eq!(problems.len(), 1, "{problems:?}");
        let (r2, problems) = records.get(Some(&file), &config);
        assert!(Arc::ptr_eq(r1.as_ref().unwrap(), r2.as_ref().unwrap()));
        assert!(problems.is_empty());
        assert!(records.is_source(&root.join("record/a.txt")));
        assert!(!records.changed(&root.join("draft.md")));
        assert!(records.changed(&root.join("record/new.vtt")));
        let (r3, _) = records.get(Some(&file), &config);
        assert!(!Arc::ptr_eq(r1.as_ref().unwrap(), r3.as_ref().unwrap()));
        assert!(records.get(Some(&file), &Config::default()).0.is_none());
    }
}
