//! Finding a draft's `.copydesk.toml` and reading the files it names, the same way in the CLI
//! and the language server. The engine reads no files itself: the caller passes its file access
//! ([`FileAccess`]): the disk for the CLI, the disk overlaid with open buffers for the server.
//!
//! The rules: the nearest `.copydesk.toml` walking up from the draft, never above the
//! repository root (a folder holding `.git`, folder or file) or the home folder; a file the
//! config names (a style profile) lies inside the config's folder or below it, links resolved.

use crate::config::{Config, ConfigError};
use std::path::{Component, Path, PathBuf};

/// The config file's name.
pub const CONFIG_FILE: &str = ".copydesk.toml";

/// The largest config file read (a real one is a few hundred bytes).
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The largest style profile or list read.
pub const MAX_STYLE_BYTES: u64 = 1 << 20;

/// What a path names, without following a final symbolic link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular file.
    File,
    /// A folder.
    Dir,
    /// A symbolic link (possibly dangling).
    Symlink,
    /// A device, FIFO, socket or anything else.
    Other,
}

impl EntryKind {
    /// The kind of a file type the caller read (`symlink_metadata`), so every face classifies alike.
    pub fn of(t: std::fs::FileType) -> EntryKind {
        if t.is_symlink() {
            EntryKind::Symlink
        } else if t.is_dir() {
            EntryKind::Dir
        } else if t.is_file() {
            EntryKind::File
        } else {
            EntryKind::Other
        }
    }
}

/// The file access the caller lends to discovery.
pub trait FileAccess {
    /// What is at `path`, not following a final link; `None` when nothing is.
    fn entry(&self, path: &Path) -> Option<EntryKind>;
    /// `path` with every link and `..` resolved; `None` when it does not exist.
    fn canonical(&self, path: &Path) -> Option<PathBuf>;
    /// The text of `path` if it is (or links to) a regular file of at most `cap` bytes, else a
    /// short reason (never the file's contents). Must not block on a FIFO or a device.
    fn read_text(&self, path: &Path, cap: u64) -> Result<String, String>;
    /// The user's home folder, above which no config is looked for.
    fn home(&self) -> Option<PathBuf>;
}

/// The config file governing a draft in folder `dir` (absolute): the nearest `.copydesk.toml`
/// at or above it, stopping at the repository root and at the home folder.
pub fn find_config(fs: &dyn FileAccess, dir: &Path) -> Option<PathBuf> {
    let dir = fs.canonical(dir).unwrap_or_else(|| dir.to_path_buf());
    let home = fs.home().map(|h| fs.canonical(&h).unwrap_or(h));
    for d in dir.ancestors() {
        let candidate = d.join(CONFIG_FILE);
        // Anything by that name counts (a link, a FIFO): reading it then says what is wrong,
        // rather than a config further up applying silently.
        if fs.entry(&candidate).is_some() {
            return Some(candidate);
        }
        if fs.entry(&d.join(".git")).is_some() || home.as_deref() == Some(d) {
            return None;
        }
    }
    None
}

/// The text of a config file: a regular file of at most [`MAX_CONFIG_BYTES`], byte-order mark
/// dropped.
pub fn read_config_text(fs: &dyn FileAccess, path: &Path) -> Result<String, String> {
    let text = fs.read_text(path, MAX_CONFIG_BYTES)?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Why `name` cannot be a file named by a config in `base`, if it cannot.
fn outside(name: &str) -> Option<&'static str> {
    let p = Path::new(name);
    if name.is_empty() {
        return Some("an empty file name");
    }
    let escapes = p
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    escapes.then_some("outside the project: a file the config names lies beside it or below it")
}

/// Reads `name`, a file named by a config in folder `base`, if it lies inside `base` (links
/// resolved) and is a regular file of at most `cap` bytes. Errors name the file, never its text.
pub fn read_inside(
    fs: &dyn FileAccess,
    base: &Path,
    name: &str,
    cap: u64,
) -> Result<String, String> {
    if let Some(why) = outside(name) {
        return Err(why.into());
    }
    let base = fs.canonical(base).ok_or("the config's folder is gone")?;
    let target = fs
        .canonical(&base.join(name))
        .ok_or("no such file, or a link to nothing")?;
    if !target.starts_with(&base) {
        return Err(
            "outside the project (a link out of the config's folder): a file the config names lies beside it or below it"
                .into(),
        );
    }
    fs.read_text(&target, cap)
}

/// Parses a config's `text`; the config lives at `path`, and the style file it may name is read
/// inside its folder.
pub fn parse_config(fs: &dyn FileAccess, path: &Path, text: &str) -> Result<Config, ConfigError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Config::from_toml_with(text, &|file| read_inside(fs, dir, file, MAX_STYLE_BYTES))
}

/// Reads and parses the config file at `path`. A file that cannot be read is an error without a
/// line.
pub fn load_config(fs: &dyn FileAccess, path: &Path) -> Result<Config, ConfigError> {
    let text = read_config_text(fs, path).map_err(|message| ConfigError {
        line: None,
        message,
    })?;
    parse_config(fs, path, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// An in-memory tree: paths to entries, with links as targets.
    #[derive(Default)]
    struct Mem {
        files: HashMap<PathBuf, String>,
        dirs: Vec<PathBuf>,
        links: HashMap<PathBuf, PathBuf>,
        home: Option<PathBuf>,
    }

    impl Mem {
        fn file(mut self, p: &str, text: &str) -> Mem {
            let p = PathBuf::from(p);
            for a in p.ancestors().skip(1) {
                self.dirs.push(a.to_path_buf());
            }
            self.files.insert(p, text.into());
            self
        }
        fn link(mut self, p: &str, to: &str) -> Mem {
            self.links.insert(p.into(), to.into());
            self
        }
    }

    impl FileAccess for Mem {
        fn entry(&self, p: &Path) -> Option<EntryKind> {
            if self.files.contains_key(p) {
                Some(EntryKind::File)
            } else if self.links.contains_key(p) {
                Some(EntryKind::Symlink)
            } else if self.dirs.iter().any(|d| d == p) {
                Some(EntryKind::Dir)
            } else {
                None
            }
        }
        fn canonical(&self, p: &Path) -> Option<PathBuf> {
            let mut out = PathBuf::new();
            for c in p.components() {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::CurDir => {}
                    c => out.push(c),
                }
                if let Some(to) = self.links.get(&out) {
                    out = self.canonical(to)?;
                }
            }
            self.entry(&out).map(|_| out)
        }
        fn read_text(&self, p: &Path, cap: u64) -> Result<String, String> {
            let t = self.files.get(p).ok_or("not a regular file")?;
            if t.len() as u64 > cap {
                return Err("too large".into());
            }
            Ok(t.clone())
        }
        fn home(&self) -> Option<PathBuf> {
            self.home.clone()
        }
    }

    #[test]
    fn the_nearest_config_wins_and_the_search_stops_at_the_repository_and_home() {
        let fs = Mem::default()
            .file("/tmp/.copydesk.toml", "style = \"ap\"")
            .file("/tmp/repo/.git/HEAD", "")
            .file("/tmp/repo/desk/politics/.copydesk.toml", "")
            .file("/tmp/repo/desk/politics/a.md", "")
            .file("/tmp/repo/desk/b.md", "")
            .file("/tmp/loose/c.md", "")
            .file("/home/ann/.copydesk.toml", "")
            .file("/home/ann/notes/d.md", "");
        let find = |d: &str| find_config(&fs, Path::new(d)).map(|p| p.display().to_string());
        assert_eq!(
            find("/tmp/repo/desk/politics").as_deref(),
            Some("/tmp/repo/desk/politics/.copydesk.toml")
        );
        // The config in /tmp is above the repository root: it does not apply.
        assert_eq!(find("/tmp/repo/desk"), None);
        assert_eq!(find("/tmp/loose").as_deref(), Some("/tmp/.copydesk.toml"));
        let fs = Mem {
            home: Some("/home/ann/notes".into()),
            ..fs
        };
        assert_eq!(find_config(&fs, Path::new("/home/ann/notes")), None);
    }

    #[test]
    fn a_git_file_marks_a_repository_root_too() {
        let fs = Mem::default()
            .file("/w/.copydesk.toml", "")
            .file("/w/sub/.git", "gitdir: ../.git/modules/sub")
            .file("/w/sub/x.md", "");
        assert_eq!(find_config(&fs, Path::new("/w/sub")), None);
    }

    #[test]
    fn style_files_must_lie_inside_the_config_folder() {
        let fs = Mem::default()
            .file("/p/.copydesk.toml", "")
            .file("/p/styles/house.toml", "ok")
            .file("/etc/secret.toml", "password = 1")
            .link("/p/styles/evil.toml", "/etc/secret.toml")
            .link("/p/styles/fine.toml", "/p/styles/house.toml");
        let read = |n: &str| read_inside(&fs, Path::new("/p"), n, 100);
        assert_eq!(read("styles/house.toml").unwrap(), "ok");
        assert_eq!(read("./styles/fine.toml").unwrap(), "ok");
        for bad in [
            "/etc/secret.toml",
            "../etc/secret.toml",
            "styles/evil.toml",
            "",
        ] {
            let e = read(bad).unwrap_err();
            assert!(!e.contains("password"), "{e}");
            assert!(e.contains("outside") || e.contains("empty"), "{bad}: {e}");
        }
        assert!(read("styles/missing.toml").unwrap_err().contains("no such"));
    }

    #[test]
    fn an_error_about_a_file_that_is_not_a_style_never_quotes_it() {
        let fs = Mem::default()
            .file("/p/.copydesk.toml", "style = \"notes.toml\"\n")
            .file("/p/notes.toml", "house_names = \"TOKEN-s3cr3t\"\n")
            .file("/p/b.toml", "api_key_TOKEN = \"x\"\nname = \"y\"\n")
            .file("/p/c.toml", "TOKEN garbage here\n");
        for (file, config) in [
            ("notes.toml", "style = \"notes.toml\"\n"),
            ("b.toml", "style = \"b.toml\"\n"),
            ("c.toml", "style = \"c.toml\"\n"),
        ] {
            let e = parse_config(&fs, Path::new("/p/.copydesk.toml"), config).unwrap_err();
            assert!(e.message.contains(file), "{e}");
            assert!(!e.message.contains("TOKEN"), "{file}: {e}");
        }
    }

    #[test]
    fn a_config_too_large_or_not_a_file_is_an_error_without_a_line() {
        let fs = Mem::default().file("/p/.copydesk.toml", &"#".repeat(2 << 20));
        let e = load_config(&fs, Path::new("/p/.copydesk.toml")).unwrap_err();
        assert_eq!(e.line, None);
        assert!(load_config(&fs, Path::new("/p/none.toml")).is_err());
    }
}
