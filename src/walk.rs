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

/// Whether a file found when walking a folder is a draft (files named on the command line are
/// always read): the engine's one list of draft extensions decides.
fn is_draft(path: &Path) -> bool {
    path.to_str()
        .is_some_and(|p| copydesk_core::DocKind::of_path(p).is_some())
}

/// The path as the user should see it: no leading `./`.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    s.to_string()
}

/// A draft to check, and the folder it must not lead out of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Where it comes from.
    pub source: Source,
    /// The folder given (or the folder of the file given), links resolved: a draft that is a
    /// link is read and fixed only when its target lies inside it. `None` for standard input.
    pub root: Option<PathBuf>,
}

/// Where a found file really is, when that is inside `root`; else why it is not read.
fn inside(path: &Path, root: &Path) -> Result<PathBuf, String> {
    let real = std::fs::canonicalize(path).map_err(|e| crate::read::io_message(&e))?;
    if real.starts_with(root) {
        Ok(real)
    } else {
        Err("a symbolic link to a file outside the folder given; not read".into())
    }
}

/// The drafts found so far, each file once.
#[derive(Default)]
struct Found<'e> {
    drafts: Vec<Draft>,
    errors: Vec<WalkError>,
    seen: HashSet<PathBuf>,
    stdin_seen: bool,
    /// Where each draft goes as soon as it is found, instead of `drafts`.
    emit: Option<&'e mut dyn FnMut(Draft)>,
}

impl Found<'_> {
    /// Keeps a draft, or hands it on at once.
    fn push(&mut self, draft: Draft) {
        match &mut self.emit {
            Some(emit) => emit(draft),
            None => self.drafts.push(draft),
        }
    }

    /// Adds the file at `path` unless it leads out of `root` or was
    /// met before under another name.
    fn add(&mut self, path: &Path, root: &Path) {
        match inside(path, root) {
            Ok(real) => {
                if self.seen.insert(real) {
                    self.push(Draft {
                        source: Source::File(path.to_path_buf()),
                        root: Some(root.to_path_buf()),
                    });
                }
            }
            Err(message) => self.error(&display(path), message),
        }
    }

    fn error(&mut self, path: &str, message: String) {
        self.errors.push(WalkError {
            path: path.to_string(),
            message,
        });
    }

    /// Adds the drafts of folder `path` (argument `arg`).
    fn walk(&mut self, path: &Path, arg: &str) {
        self.walk_with(path, arg, is_draft);
    }

    /// Adds the files of folder `path` that `accept` takes.
    fn walk_with(&mut self, path: &Path, arg: &str, accept: fn(&Path) -> bool) {
        let root = match std::fs::canonicalize(path) {
            Ok(r) => r,
            Err(e) => return self.error(arg, crate::read::io_message(&e)),
        };
        // `.gitignore` is honoured even outside a git checkout: a folder of drafts may not be one yet.
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
                        self.add(p, &root);
                    }
                }
                Err(e) => self.error(arg, e.to_string()),
            }
        }
    }
}

/// The files under a folder that `accept` takes, in a stable order, none leading out of it
/// (the record's folders, walked as drafts are); `arg` names the folder in errors.
pub fn walk_folder(
    path: &Path,
    arg: &str,
    accept: fn(&Path) -> bool,
) -> (Vec<PathBuf>, Vec<WalkError>) {
    let mut found = Found::default();
    found.walk_with(path, arg, accept);
    let files = found
        .drafts
        .into_iter()
        .filter_map(|d| match d.source {
            Source::File(p) => Some(p),
            Source::Stdin => None,
        })
        .collect();
    (files, found.errors)
}

/// Expands `paths` (no paths: the current folder) into drafts, in a stable order. A file met
/// twice (`x.md ./x.md`, or a link and its target) is one draft.
#[cfg(test)]
pub fn expand(paths: &[String]) -> (Vec<Draft>, Vec<WalkError>) {
    let mut found = Found::default();
    expand_into(&mut found, paths);
    (found.drafts, found.errors)
}

/// [`expand`], handing each draft to `emit` as soon as it is found, so that checking can start
/// while the folders are still being walked; returns the errors.
pub fn expand_each(paths: &[String], emit: &mut dyn FnMut(Draft)) -> Vec<WalkError> {
    let mut found = Found {
        emit: Some(emit),
        ..Found::default()
    };
    expand_into(&mut found, paths);
    found.errors
}

/// Finds the drafts of `paths` (no paths: the current folder), in a stable order.
fn expand_into(found: &mut Found, paths: &[String]) {
    let default = [".".to_string()];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    for arg in paths {
        if arg == "-" {
            if !found.stdin_seen {
                found.stdin_seen = true;
                found.push(Draft {
                    source: Source::Stdin,
                    root: None,
                });
            }
            continue;
        }
        let path = PathBuf::from(arg);
        match std::fs::metadata(&path) {
            Err(e) => found.error(arg, crate::read::io_message(&e)),
            Ok(meta) if meta.is_dir() => found.walk(&path, arg),
            Ok(_) => {
                // A file named here may be a link, but not one leading out of its own folder.
                let parent = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p,
                    _ => Path::new("."),
                };
                match std::fs::canonicalize(parent) {
                    Ok(root) => found.add(&path, &root),
                    Err(e) => found.error(arg, crate::read::io_message(&e)),
                }
            }
        }
    }
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
            .map(|d| match &d.source {
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
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].source, Source::Stdin);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "no such file or folder");
    }

    #[test]
    fn a_file_named_twice_is_one_draft() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("x.md");
        std::fs::write(&a, "text\n").unwrap();
        let plain = a.to_string_lossy().to_string();
        let dotted = dir
            .path()
            .join(".")
            .join("x.md")
            .to_string_lossy()
            .to_string();
        let up = dir.path().join("sub/../x.md").to_string_lossy().to_string();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let (drafts, errors) = expand(&[plain, dotted, up]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(drafts.len(), 1, "{drafts:?}");
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_folder_given_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let (desk, outside) = (dir.path().join("desk"), dir.path().join("outside"));
        std::fs::create_dir_all(&desk).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("victim.md"), "not ours\n").unwrap();
        std::fs::write(desk.join("a.md"), "ours\n").unwrap();
        std::os::unix::fs::symlink(outside.join("victim.md"), desk.join("evil.md")).unwrap();
        std::os::unix::fs::symlink(desk.join("a.md"), desk.join("alias.md")).unwrap();
        let (drafts, errors) = expand(&[desk.to_string_lossy().to_string()]);
        // `alias.md` is `a.md` under another name: one draft.
        let names: Vec<_> = drafts
            .iter()
            .map(|d| match &d.source {
                Source::File(p) => p.file_name().unwrap().to_string_lossy().to_string(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, ["a.md"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].path.ends_with("evil.md"));
        assert!(errors[0].message.contains("outside the folder given"));
        // Named one by one (as a shell glob does): the same.
        let evil = desk.join("evil.md").to_string_lossy().to_string();
        let (drafts, errors) = expand(&[evil]);
        assert!(drafts.is_empty());
        assert_eq!(errors.len(), 1);
    }
}
