//! Turning the command line's paths into the list of drafts to check.

use ignore::WalkBuilder;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Where a draft comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

/// A path that could not be walked, with a message for the user.
#[derive(Debug, Clone)]
pub struct WalkError {
    /// The path as given or found.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// Extensions of drafts found when walking a folder (files named on the command line are always read).
pub const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DRAFT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

/// The path as the user should see it: no leading `./`.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    s.to_string()
}

/// The files under a folder that `accept` takes, in a stable order; `arg` names the folder in errors.
/// `.gitignore` is honoured even outside a git checkout: a folder of drafts may not be one yet.
pub fn walk_folder(
    path: &Path,
    arg: &str,
    accept: fn(&Path) -> bool,
) -> (Vec<PathBuf>, Vec<WalkError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    let walker = WalkBuilder::new(path)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                let p = e.path();
                if e.file_type().is_some_and(|t| t.is_file() || t.is_symlink())
                    && accept(p)
                    && p.is_file()
                {
                    found.push(p.to_path_buf());
                }
            }
            Err(e) => errors.push(WalkError {
                path: arg.to_string(),
                message: e.to_string(),
            }),
        }
    }
    (found, errors)
}

/// Expands `paths` (no paths: the current folder) into drafts, in a stable order, without duplicates.
pub fn expand(paths: &[String]) -> (Vec<Source>, Vec<WalkError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let default = [".".to_string()];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    for arg in paths {
        if arg == "-" {
            if !sources.contains(&Source::Stdin) {
                sources.push(Source::Stdin);
            }
            continue;
        }
        let path = PathBuf::from(arg);
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(WalkError {
                    path: arg.clone(),
                    message: crate::read::io_message(&e),
                });
                continue;
            }
        };
        if !meta.is_dir() {
            if seen.insert(path.clone()) {
                sources.push(Source::File(path));
            }
            continue;
        }
        let (found, errs) = walk_folder(&path, arg, is_draft);
        for p in found {
            if seen.insert(p.clone()) {
                sources.push(Source::File(p));
            }
        }
        errors.extend(errs);
    }
    (sources, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_drafts_honouring_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("desk/drafts")).unwrap();
        std::fs::create_dir_all(root.join("desk/build")).unwrap();
        std::fs::write(root.join("desk/.gitignore"), "build/\n").unwrap();
        for f in [
            "desk/a.md",
            "desk/drafts/b.markdown",
            "desk/drafts/c.TXT",
            "desk/build/d.md",
            "desk/e.rs",
        ] {
            std::fs::write(root.join(f), "text\n").unwrap();
        }
        let arg = root.join("desk").to_string_lossy().to_string();
        let (sources, errors) = expand(&[arg]);
        assert!(errors.is_empty());
        let names: Vec<String> = sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p.strip_prefix(root).unwrap().to_string_lossy().to_string(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(
            names,
            ["desk/a.md", "desk/drafts/b.markdown", "desk/drafts/c.TXT"]
        );
    }

    #[test]
    fn missing_path_is_an_error_and_stdin_is_kept_once() {
        let (sources, errors) = expand(&["-".into(), "no/such/draft.md".into(), "-".into()]);
        assert_eq!(sources, [Source::Stdin]);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "no such file or folder");
    }
}
