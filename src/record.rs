//! Reading the record a config names (`[sources] paths`): files and folders relative to the
//! config's folder, walked as drafts are, never outside the project. A source that cannot be
//! read or parsed is reported with its name (and line), and the others still count.

use crate::walk::{display, walk_folder};
use copydesk_core::{Record, SourceText};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Extensions of the record's files found when walking a folder.
pub const SOURCE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "vtt", "srt"];

fn is_source(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SOURCE_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

/// The record of one config, the files it was read from and the problems met.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The indexed record.
    pub record: Record,
    /// The source files read (absolute), so they are never checked as drafts.
    pub files: HashSet<PathBuf>,
    /// `(where, what)`: `transcripts/a.vtt:3` and the problem.
    pub problems: Vec<(String, String)>,
}

/// The files named by `paths` (relative to `dir`), folders walked, each inside `dir`.
fn files(dir: &Path, paths: &[String], problems: &mut Vec<(String, String)>) -> Vec<PathBuf> {
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut out = Vec::new();
    for p in paths {
        let path = dir.join(p);
        let shown = display(&path);
        let real = match std::fs::canonicalize(&path) {
            Ok(r) => r,
            Err(e) => {
                problems.push((shown, crate::read::io_message(&e)));
                continue;
            }
        };
        if !real.starts_with(&root) {
            problems.push((
                shown,
                "a source of the record must lie inside the project (beside the config or below it)"
                    .into(),
            ));
            continue;
        }
        if real.is_dir() {
            let (found, errors) = walk_folder(&path, &shown, is_source);
            out.extend(found.into_iter().filter(|f| {
                // A link out of the project is not part of the record.
                std::fs::canonicalize(f).is_ok_and(|r| r.starts_with(&root))
            }));
            problems.extend(errors.into_iter().map(|e| (e.path, e.message)));
        } else {
            out.push(path);
        }
    }
    out
}

/// Reads and indexes the record of a config in folder `dir`; `absolute` names sources by their
/// absolute paths (for an editor), otherwise as paths from the current folder.
pub fn load(dir: &Path, paths: &[String], absolute: bool) -> Loaded {
    let mut loaded = Loaded::default();
    let mut texts = Vec::new();
    for f in files(dir, paths, &mut loaded.problems) {
        let abs = std::path::absolute(&f).unwrap_or_else(|_| f.clone());
        if !loaded
            .files
            .insert(std::fs::canonicalize(&f).unwrap_or(abs.clone()))
        {
            continue;
        }
        let name = if absolute {
            abs.to_string_lossy().into_owned()
        } else {
            display(&f)
        };
        match crate::read::file(&f) {
            Ok(t) => texts.push(SourceText { name, text: t.text }),
            Err(e) => loaded.problems.push((name, e)),
        }
    }
    let (record, errors) = Record::build(&texts);
    loaded.record = record;
    loaded.problems.extend(
        errors
            .into_iter()
            .map(|e| (format!("{}:{}", e.name, e.line), e.message)),
    );
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_and_bad_sources_named() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("t/sub")).unwrap();
        std::fs::write(root.join("t/a.txt"), "ANA ROS: We sail at noon.\n").unwrap();
        std::fs::write(root.join("t/sub/b.vtt"), "WEBVTT\n\nnonsense\n").unwrap();
        std::fs::write(root.join("t/notes.rs"), "fn main() {}\n").unwrap();
        let l = load(
            root,
            &["t".into(), "missing.txt".into(), "..".into()],
            false,
        );
        assert_eq!(l.record.word_count(), 4);
        assert_eq!(l.files.len(), 2);
        let problems: Vec<String> = l
            .problems
            .iter()
            .map(|(w, m)| format!("{}: {m}", w.rsplit('/').next().unwrap_or(w)))
            .collect();
        assert_eq!(
            problems,
            [
                "missing.txt: no such file or folder",
                "..: a source of the record must lie inside the project (beside the config or below it)",
                "b.vtt:3: expected a cue timing such as `00:01:02.000 --> 00:01:05.000`",
            ]
        );
    }
}
