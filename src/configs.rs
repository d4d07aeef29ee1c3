//! Finding and reading `.copydesk.toml`: walked up from each draft (the rules live in
//! `copydesk_core::discovery`, shared with the language server), or named with `--config`.

use crate::walk::{display, Source};
use copydesk_core::discovery::{self, EntryKind, FileAccess};
use copydesk_core::{Config, Record};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A config file that cannot be used; the message names the file, the line and the problem.
#[derive(Debug, Clone)]
pub struct ConfigProblem(pub String);

/// The disk, as discovery sees it.
pub struct Disk;

impl FileAccess for Disk {
    fn entry(&self, path: &Path) -> Option<EntryKind> {
        let t = std::fs::symlink_metadata(path).ok()?.file_type();
        Some(EntryKind::of(t))
    }

    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        std::fs::canonicalize(path).ok()
    }

    fn read_text(&self, path: &Path, cap: u64) -> Result<String, String> {
        let bytes = crate::read::regular(path, cap)?;
        String::from_utf8(bytes).map_err(|_| "not valid UTF-8".into())
    }

    fn home(&self) -> Option<PathBuf> {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// Reads and validates a config file.
pub fn load(path: &Path) -> Result<Config, ConfigProblem> {
    let shown = display(path);
    discovery::load_config(&Disk, path).map_err(|e| match e.line {
        Some(line) => ConfigProblem(format!("{shown}:{line}: {}", e.message)),
        None => ConfigProblem(format!("{shown}: {}", e.message)),
    })
}

/// Reads a style profile file named on the command line, with a message fit to follow its name.
fn read_style_file(path: &Path) -> Result<String, String> {
    Disk.read_text(path, discovery::MAX_STYLE_BYTES)
        .map_err(|e| format!("{}: {e}", display(path)))
}

/// Resolves the config of every draft, reading each config file once.
pub struct Resolver {
    explicit: Option<Arc<Config>>,
    explicit_record: Option<Arc<Record>>,
    style: Option<String>,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
    loaded: HashMap<PathBuf, (Arc<Config>, Option<Arc<Record>>)>,
    default: Arc<Config>,
    /// The files of every record read, never checked as drafts.
    pub source_files: HashSet<PathBuf>,
    /// Sources that could not be read or parsed: (where, what).
    pub source_problems: Vec<(String, String)>,
}

impl Resolver {
    /// A resolver for `--config` (if given) and `--style` (if given). Fails on a bad `--config` or style.
    pub fn new(config: Option<&Path>, style: Option<&str>) -> Result<Resolver, ConfigProblem> {
        // `--style house-style.toml`: a newsroom's own profile, registered under its name.
        let registered;
        let style = match style {
            Some(file) if file.ends_with(".toml") => {
                let profile = read_style_file(Path::new(file))
                    .and_then(|t| copydesk_core::styles::register(&t))
                    .map_err(|e| ConfigProblem(format!("--style {file}: {e}")))?;
                registered = profile.name.clone();
                Some(registered.as_str())
            }
            other => other,
        };
        if let Some(s) = style {
            if copydesk_core::styles::profile(s).is_none() {
                return Err(ConfigProblem(format!(
                    "--style: unknown style `{s}`; expected one of: {}",
                    copydesk_core::styles::NAMES.join(", ")
                )));
            }
        }
        let mut resolver = Resolver {
            explicit: None,
            explicit_record: None,
            style: style.map(str::to_string),
            by_dir: HashMap::new(),
            loaded: HashMap::new(),
            default: Arc::new(with_style(Config::default(), style)),
            source_files: HashSet::new(),
            source_problems: Vec::new(),
        };
        if let Some(p) = config {
            let c = with_style(load(p)?, style);
            resolver.explicit_record = resolver.record_of(p, &c);
            resolver.explicit = Some(Arc::new(c));
        }
        Ok(resolver)
    }

    /// The record a config names, read relative to the config file's folder.
    fn record_of(&mut self, file: &Path, config: &Config) -> Option<Arc<Record>> {
        if config.sources.paths.is_empty() {
            return None;
        }
        let dir = file.parent().unwrap_or(Path::new("."));
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let loaded = crate::record::load(dir, &config.sources.paths, false);
        self.source_files.extend(loaded.files);
        self.source_problems.extend(loaded.problems);
        Some(Arc::new(loaded.record))
    }

    /// The config file governing a folder (see [`discovery::find_config`]).
    fn find(&mut self, dir: &Path) -> Option<PathBuf> {
        if let Some(found) = self.by_dir.get(dir) {
            return found.clone();
        }
        let found = discovery::find_config(&Disk, dir);
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// The config for a draft (standard input: the config of the current folder).
    #[cfg(test)]
    pub fn config_for(&mut self, source: &Source) -> Result<Arc<Config>, ConfigProblem> {
        self.config_and_record_for(source).map(|(c, _)| c)
    }

    /// The config for a draft and the record it names, if any.
    pub fn config_and_record_for(
        &mut self,
        source: &Source,
    ) -> Result<(Arc<Config>, Option<Arc<Record>>), ConfigProblem> {
        if let Some(c) = &self.explicit {
            return Ok((c.clone(), self.explicit_record.clone()));
        }
        let dir = match source {
            Source::Stdin => std::env::current_dir().ok(),
            Source::File(p) => std::path::absolute(p)
                .ok()
                .and_then(|a| a.parent().map(Path::to_path_buf)),
        };
        let Some(dir) = dir else {
            return Ok((self.default.clone(), None));
        };
        let Some(file) = self.find(&dir) else {
            return Ok((self.default.clone(), None));
        };
        if let Some(c) = self.loaded.get(&file) {
            return Ok(c.clone());
        }
        let shown = relative_to_cwd(&file);
        let config = with_style(load(&shown)?, self.style.as_deref());
        let record = self.record_of(&shown, &config);
        let both = (Arc::new(config), record);
        self.loaded.insert(file, both.clone());
        Ok(both)
    }
}

/// Shows a config path relative to the current folder when it lies under it.
fn relative_to_cwd(path: &Path) -> PathBuf {
    // The config's path is canonical: compare it with the canonical current folder.
    std::env::current_dir()
        .ok()
        .and_then(|cwd| std::fs::canonicalize(cwd).ok())
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

fn with_style(mut config: Config, style: Option<&str>) -> Config {
    if let Some(s) = style {
        config.style = Some(s.to_string());
    }
    config
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_config_wins_and_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join(discovery::CONFIG_FILE), "style = \"bbc\"\n").unwrap();
        std::fs::write(
            root.join("a/b").join(discovery::CONFIG_FILE),
            "style = \"ap\"\n",
        )
        .unwrap();
        let mut r = Resolver::new(None, None).unwrap();
        let top = r.config_for(&Source::File(root.join("x.md"))).unwrap();
        assert_eq!(top.style.as_deref(), Some("bbc"));
        let inner = r.config_for(&Source::File(root.join("a/b/y.md"))).unwrap();
        assert_eq!(inner.style.as_deref(), Some("ap"));
        let mid = r.config_for(&Source::File(root.join("a/z.md"))).unwrap();
        assert_eq!(mid.style.as_deref(), Some("bbc"));

        let mut r = Resolver::new(None, Some("nyt")).unwrap();
        let c = r.config_for(&Source::File(root.join("a/b/y.md"))).unwrap();
        assert_eq!(c.style.as_deref(), Some("nyt"));

        std::fs::write(
            root.join("a").join(discovery::CONFIG_FILE),
            "[quotes]\nstrict = \"yes\"\n",
        )
        .unwrap();
        let mut r = Resolver::new(None, None).unwrap();
        let e = r
            .config_for(&Source::File(root.join("a/z.md")))
            .unwrap_err();
        assert!(
            e.0.ends_with(
                ".copydesk.toml:2: `strict`: invalid type: string \"yes\", expected a boolean"
            ),
            "{}",
            e.0
        );
    }

    #[test]
    fn unknown_style_flag_is_refused() {
        let e = Resolver::new(None, Some("times")).err().unwrap();
        assert!(e.0.contains("unknown style `times`"), "{}", e.0);
    }
}
