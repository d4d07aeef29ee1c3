//! Where the server's config comes from: the draft's nearest `.copydesk.toml`, found as the CLI
//! finds it (`copydesk_core::discovery`), and the client's settings (`initializationOptions`,
//! `workspace/didChangeConfiguration`), which have the file's shape in JSON and are layered on
//! top of it, key by key. Also what the server may read and write: only `file:` URIs, and only
//! regular files inside a workspace folder are written, never through a link.

use copydesk_core::discovery::{self, EntryKind, FileAccess};
use copydesk_core::{Config, ConfigError};
use serde_json::Value;
use std::io::{Read, Seek, Write};
use std::path::{Component, Path, PathBuf};
use toml::Table;
use tower_lsp_server::ls_types::Uri;

/// The name of the config file.
pub const CONFIG_FILE: &str = discovery::CONFIG_FILE;

/// The path of a `file:` URI (absolute, without `..`); `None` for any other scheme (`git:`,
/// `untitled:`, `http:`), whose documents are views, not files the server may read or write.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    let host = uri
        .authority()
        .map(|a| a.host().to_string())
        .unwrap_or_default();
    if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    let path = uri.to_file_path()?.into_owned();
    let plain = path
        .components()
        .all(|c| !matches!(c, Component::ParentDir | Component::CurDir));
    (path.is_absolute() && plain).then_some(path)
}

/// Opens `path` for reading (and writing, if asked) without blocking on a FIFO or a device and,
/// with `no_follow`, refusing a final symbolic link.
fn open(path: &Path, write: bool, no_follow: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(write);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let follow = if no_follow { libc::O_NOFOLLOW } else { 0 };
        options.custom_flags(libc::O_NONBLOCK | follow);
    }
    let _ = no_follow;
    options.open(path)
}

/// Reads an open file when it is a regular file of at most `cap` bytes.
fn read_regular(file: &mut std::fs::File, cap: u64) -> Result<String, String> {
    let meta = file.metadata().map_err(|e| e.kind().to_string())?;
    if !meta.is_file() {
        return Err("not a regular file (a folder, device, FIFO or socket); not read".into());
    }
    let mut bytes = Vec::new();
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.kind().to_string())?;
    if bytes.len() as u64 > cap {
        return Err(format!(
            "larger than the {cap} bytes copydesk reads; not read"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "not valid UTF-8".into())
}

/// The server's view of files: the disk, overlaid with the editor's open buffers of `file:`
/// documents (`open` returns a buffer's text by path).
pub struct Overlay<F: Fn(&Path) -> Option<String>>(pub F);

impl<F: Fn(&Path) -> Option<String>> FileAccess for Overlay<F> {
    fn entry(&self, path: &Path) -> Option<EntryKind> {
        let t = match std::fs::symlink_metadata(path) {
            Ok(m) => m.file_type(),
            // A config being written in the editor and not saved yet still counts.
            Err(_) => return (self.0)(path).map(|_| EntryKind::File),
        };
        Some(EntryKind::of(t))
    }

    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        std::fs::canonicalize(path).ok()
    }

    fn read_text(&self, path: &Path, cap: u64) -> Result<String, String> {
        if let Some(text) = (self.0)(path) {
            if text.len() as u64 > cap {
                return Err(format!(
                    "larger than the {cap} bytes copydesk reads; not read"
                ));
            }
            return Ok(text);
        }
        let mut file = open(path, false, false).map_err(|e| e.kind().to_string())?;
        read_regular(&mut file, cap)
    }

    fn home(&self) -> Option<PathBuf> {
        std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// The workspace folder `path` really lies in: its folder, links resolved, is inside it.
pub fn workspace_of<'a>(path: &Path, folders: &'a [PathBuf]) -> Option<&'a Path> {
    let real_parent = std::fs::canonicalize(path.parent()?).ok()?;
    folders
        .iter()
        .find(|f| std::fs::canonicalize(f).is_ok_and(|f| real_parent.starts_with(f)))
        .map(PathBuf::as_path)
}

/// Whether the config at `path` may be edited or created by the house-names action: inside a
/// workspace folder, and nothing there or a regular file (not a link, dangling or not).
pub fn editable_config(path: &Path, folders: &[PathBuf]) -> bool {
    workspace_of(path, folders).is_some()
        && match std::fs::symlink_metadata(path) {
            Ok(m) => m.file_type().is_file(),
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        }
}

/// Adds `name` to the house names list of the config at `path`, which must lie inside one of
/// the workspace `folders`: edited in place when it is a regular file (never through a link),
/// created when nothing is there. `Ok(false)` when the name is listed already.
pub fn write_house_name(path: &Path, folders: &[PathBuf], name: &str) -> Result<bool, String> {
    if path.file_name().and_then(|n| n.to_str()) != Some(CONFIG_FILE) {
        return Err(format!("not a {CONFIG_FILE} file"));
    }
    if workspace_of(path, folders).is_none() {
        return Err(format!(
            "{} is not inside a workspace folder",
            path.display()
        ));
    }
    let shown = path.display();
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(format!(
                "{shown} is a symbolic link; not written through it"
            ))
        }
        Ok(m) if !m.is_file() => return Err(format!("{shown} is not a regular file")),
        Ok(_) => {}
        Err(_) => {
            // `create_new` fails on anything there, a dangling link included.
            let text = add_house_name(None, name).ok_or("cannot write the name")?;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| format!("cannot create {shown}: {e}"))?;
            file.write_all(text.as_bytes())
                .map_err(|e| format!("cannot write {shown}: {e}"))?;
            return Ok(true);
        }
    }
    let mut file = open(path, true, true).map_err(|e| format!("cannot open {shown}: {e}"))?;
    let existing = read_regular(&mut file, discovery::MAX_CONFIG_BYTES)
        .map_err(|e| format!("{shown}: {e}"))?;
    let Some(text) = add_house_name(Some(&existing), name) else {
        return Ok(false);
    };
    file.set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| file.write_all(text.as_bytes()))
        .map_err(|e| format!("cannot write {shown}: {e}"))?;
    Ok(true)
}

/// The keys a settings object may hold (the config file's top level).
const KEYS: &[&str] = &["style", "rules", "quotes", "names"];

/// Keys of the settings section that belong to the editor, not to the config.
const EDITOR_KEYS: &[&str] = &["server", "trace", "path", "enable"];

/// A config ready to use, and what was wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// The config in force.
    pub config: Config,
    /// The config file could not be used (it is then ignored).
    pub file_error: Option<ConfigError>,
    /// The client's settings could not be used (they are then ignored).
    pub client_error: Option<String>,
}

/// The copydesk settings inside a `workspace/didChangeConfiguration` payload:
/// `{"copydesk": {...}}`, or the settings object itself when it already has the config's shape.
pub fn from_change_notification(settings: &Value) -> Option<Value> {
    let obj = settings.as_object()?;
    if let Some(inner) = obj.get("copydesk") {
        return Some(inner.clone());
    }
    obj.keys()
        .any(|k| KEYS.contains(&k.as_str()))
        .then(|| settings.clone())
}

/// Drops `null`s (unset editor settings) and an empty `style` (no style selected).
fn strip_unset(v: &mut Value) {
    if let Value::Object(map) = v {
        map.retain(|k, v| !(v.is_null() || (k == "style" && v.as_str() == Some(""))));
        map.values_mut().for_each(strip_unset);
    }
}

/// Client settings as a validated TOML table (`None` when there are none).
pub fn client_table(value: &Value) -> Result<Option<Table>, String> {
    // Some clients encode an empty table as `[]` (Lua): that is "no settings" too.
    if value.is_null() || value.as_array().is_some_and(|a| a.is_empty()) {
        return Ok(None);
    }
    if !value.is_object() {
        return Err("copydesk settings must be an object such as {\"style\": \"bbc\"}".into());
    }
    let mut value = value.clone();
    strip_unset(&mut value);
    // Editor-side settings that share the section (`copydesk.server.path`, the standard
    // `copydesk.trace.server`) are not the server's business, and not an error either.
    if let Value::Object(map) = &mut value {
        for key in EDITOR_KEYS {
            map.remove(*key);
        }
    }
    let table: Table = Table::try_from(&value).map_err(|e| format!("copydesk settings: {e}"))?;
    let text = toml::to_string(&table).map_err(|e| format!("copydesk settings: {e}"))?;
    // A style file named by the client is checked when the settings are resolved beside the
    // config folder; here only its shape is.
    Config::from_toml_with(&text, &|_| Ok(String::new()))
        .or_else(|e| {
            if e.message.starts_with("style file") {
                Ok(Config::default())
            } else {
                Err(e)
            }
        })
        .map_err(|e| format!("copydesk settings: {}", e.message))?;
    Ok(Some(table))
}

/// Layers `over` on `base`: tables merge key by key, anything else is replaced.
fn merge(base: &mut Table, over: Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// The config of the file at `path` (which may not exist: then its folder is where a style file
/// named by the client is looked for) and the client's settings, files read through `fs`.
pub fn resolve(fs: &dyn FileAccess, path: Option<&Path>, client: Option<&Value>) -> Resolved {
    let mut out = Resolved::default();
    let file_text = match path {
        Some(p) if fs.entry(p).is_some() => match discovery::read_config_text(fs, p) {
            Ok(t) => Some(t),
            Err(message) => {
                out.file_error = Some(ConfigError {
                    line: None,
                    message,
                });
                None
            }
        },
        _ => None,
    };
    let parse = |text: &str| match path {
        Some(p) => discovery::parse_config(fs, p, text),
        None => Config::from_toml(text),
    };
    let mut table = Table::new();
    if let Some(text) = &file_text {
        match parse(text) {
            Ok(_) => table = toml::from_str(text).unwrap_or_default(),
            Err(e) => out.file_error = Some(e),
        }
    }
    if let Some(client) = client {
        match client_table(client) {
            Ok(Some(t)) => merge(&mut table, t),
            Ok(None) => {}
            Err(e) => out.client_error = Some(e),
        }
    }
    let merged = toml::to_string(&table).unwrap_or_default();
    match parse(&merged) {
        Ok(c) => out.config = c,
        Err(e) => {
            out.client_error = Some(format!("copydesk settings: {}", e.message));
            // The file alone was valid (or absent): fall back to it.
            out.config = file_text
                .as_deref()
                .and_then(|t| parse(t).ok())
                .unwrap_or_default();
        }
    }
    out
}

/// The config file's text with `name` added to `[names] house`, keeping everything else as
/// written. `None` when the file is not valid TOML or already lists the name.
pub fn add_house_name(existing: Option<&str>, name: &str) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = existing.unwrap_or("").parse().ok()?;
    let names = doc
        .entry("names")
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()));
    let names = names.as_table_like_mut()?;
    if names.get("house").is_none() {
        names.insert("house", toml_edit::value(toml_edit::Array::new()));
    }
    let house = names.get_mut("house")?.as_array_mut()?;
    if house.iter().any(|v| v.as_str() == Some(name)) {
        return None;
    }
    house.push(name);
    Some(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use copydesk_core::RuleLevel;
    use serde_json::json;

    /// [`resolve`] with the config's text given (as the editor's buffer), in folder `dir`.
    fn resolve_text(text: Option<&str>, client: Option<&Value>, dir: Option<&Path>) -> Resolved {
        let dir = dir.map_or_else(|| PathBuf::from("/nonexistent-copydesk"), Path::to_path_buf);
        let path = dir.join(CONFIG_FILE);
        let (owned, at) = (text.map(str::to_string), path.clone());
        let fs = Overlay(move |p: &Path| if p == at { owned.clone() } else { None });
        resolve(&fs, Some(&path), client)
    }

    fn disk() -> Overlay<impl Fn(&Path) -> Option<String>> {
        Overlay(|_: &Path| None)
    }

    #[test]
    fn only_file_uris_are_paths() {
        let path = |u: &str| file_path(&u.parse::<Uri>().unwrap());
        assert_eq!(path("file:///w/a.md"), Some(PathBuf::from("/w/a.md")));
        assert_eq!(
            path("file://localhost/w/a.md"),
            Some(PathBuf::from("/w/a.md"))
        );
        for hostile in [
            "http://example.com/.copydesk.toml",
            "untitled:/.copydesk.toml",
            "untitled:.copydesk.toml",
            "git:/w/.copydesk.toml?%7B%22ref%22%3A%22HEAD%22%7D",
            "file://evil.example/w/.copydesk.toml",
            "file:///w/sub/../../etc/.copydesk.toml",
            "file:.copydesk.toml",
        ] {
            assert_eq!(path(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn the_nearest_config_applies_per_draft() {
        let ws = tempfile::tempdir().unwrap();
        let root = ws.path();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("politics")).unwrap();
        std::fs::write(root.join(CONFIG_FILE), "style = \"bbc\"\n").unwrap();
        std::fs::write(root.join("politics").join(CONFIG_FILE), "style = \"nyt\"\n").unwrap();
        let fs = disk();
        let style = |dir: &Path| {
            let found = discovery::find_config(&fs, dir);
            resolve(&fs, found.as_deref(), None).config.style
        };
        assert_eq!(style(&root.join("politics")).as_deref(), Some("nyt"));
        assert_eq!(style(root).as_deref(), Some("bbc"));
    }

    #[cfg(unix)]
    #[test]
    fn a_config_that_is_a_device_or_fifo_is_refused_without_blocking() {
        let ws = tempfile::tempdir().unwrap();
        let config = ws.path().join(CONFIG_FILE);
        for device in ["/dev/stdin", "/dev/zero"] {
            let _ = std::fs::remove_file(&config);
            std::os::unix::fs::symlink(device, &config).unwrap();
            let r = resolve(&disk(), Some(&config), None);
            let e = r.file_error.expect(device);
            assert!(e.message.contains("not a regular file"), "{device}: {e}");
        }
        std::fs::remove_file(&config).unwrap();
        assert!(std::process::Command::new("mkfifo")
            .arg(&config)
            .status()
            .unwrap()
            .success());
        let r = resolve(&disk(), Some(&config), None);
        assert!(r.file_error.unwrap().message.contains("not a regular file"));
    }

    #[cfg(unix)]
    #[test]
    fn the_house_list_is_written_only_inside_the_workspace_never_through_a_link() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        let victim = tmp.path().join("victim");
        std::fs::create_dir_all(ws.join("desk")).unwrap();
        std::fs::create_dir_all(&victim).unwrap();
        let folders = [ws.clone()];
        // A regular config inside: edited in place.
        let config = ws.join(CONFIG_FILE);
        std::fs::write(&config, "style = \"bbc\"\n").unwrap();
        assert_eq!(write_house_name(&config, &folders, "Ann Lee"), Ok(true));
        assert_eq!(write_house_name(&config, &folders, "Ann Lee"), Ok(false));
        assert_eq!(
            std::fs::read_to_string(&config).unwrap(),
            "style = \"bbc\"\n\n[names]\nhouse = [\"Ann Lee\"]\n"
        );
        // Missing: created.
        let nested = ws.join("desk").join(CONFIG_FILE);
        assert_eq!(write_house_name(&nested, &folders, "Ann Lee"), Ok(true));
        // Outside every workspace folder, or not a config: refused.
        for bad in [
            victim.join(CONFIG_FILE),
            PathBuf::from("/").join(CONFIG_FILE),
            ws.join("notes.toml"),
        ] {
            assert!(write_house_name(&bad, &folders, "X").is_err(), "{bad:?}");
            assert!(!bad.exists() || bad == ws.join("notes.toml"), "{bad:?}");
        }
        // A committed link, dangling or not, is never written through.
        let link_dir = ws.join("links");
        std::fs::create_dir_all(&link_dir).unwrap();
        let link = link_dir.join(CONFIG_FILE);
        std::os::unix::fs::symlink(victim.join("x"), &link).unwrap();
        let e = write_house_name(&link, &folders, "X").unwrap_err();
        assert!(e.contains("symbolic link"), "{e}");
        assert!(!editable_config(&link, &folders));
        assert!(editable_config(&config, &folders));
        assert!(!editable_config(&victim.join(CONFIG_FILE), &folders));
        assert!(!victim.join("x").exists());
        std::fs::write(victim.join("x"), "kept\n").unwrap();
        assert!(write_house_name(&link, &folders, "X").is_err());
        assert_eq!(std::fs::read_to_string(victim.join("x")).unwrap(), "kept\n");
        // A folder inside the workspace that is a link out of it.
        let out = ws.join("out");
        std::os::unix::fs::symlink(&victim, &out).unwrap();
        assert!(write_house_name(&out.join(CONFIG_FILE), &folders, "X").is_err());
        assert!(!victim.join(CONFIG_FILE).exists());
    }

    #[test]
    fn client_settings_layer_over_the_file() {
        let file =
            "style = \"ap\"\n[rules]\nunbalanced-quote = \"error\"\n[quotes]\nstrict = true\n";
        let client =
            json!({"style": "bbc", "rules": {"ambiguous-name": "off"}, "quotes": {"min_words": 6}});
        let r = resolve_text(Some(file), Some(&client), None);
        assert!(r.file_error.is_none() && r.client_error.is_none(), "{r:?}");
        assert_eq!(r.config.style.as_deref(), Some("bbc"));
        assert_eq!(r.config.rules["ambiguous-name"], RuleLevel::Off);
        assert_eq!(
            r.config.rules["unbalanced-quote"],
            RuleLevel::On(copydesk_core::Severity::Error)
        );
        assert!(r.config.quotes.strict);
        assert_eq!(r.config.quotes.min_words, 6);
    }

    #[test]
    fn unset_values_are_ignored() {
        let r = resolve_text(None, Some(&json!({"style": "", "rules": null})), None);
        assert!(r.client_error.is_none(), "{r:?}");
        assert_eq!(r.config, Config::default());
        let r = resolve_text(
            None,
            Some(&json!({"server": {"path": "/x"}, "trace": {"server": "verbose"}})),
            None,
        );
        assert!(r.client_error.is_none(), "{r:?}");
        let r = resolve_text(None, Some(&json!([])), None);
        assert!(r.client_error.is_none(), "{r:?}");
    }

    #[test]
    fn a_newsroom_style_file_is_read_beside_the_config() {
        let dir = std::env::temp_dir().join(format!("copydesk-style-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let profile = include_str!("../../copydesk-core/data/styles/bbc.toml").replacen(
            "name = \"bbc\"",
            "name = \"lsp-house\"",
            1,
        );
        std::fs::write(dir.join("house.toml"), profile).unwrap();
        let r = resolve_text(Some("style = \"house.toml\"\n"), None, Some(&dir));
        assert!(r.file_error.is_none(), "{r:?}");
        assert_eq!(r.config.style.as_deref(), Some("lsp-house"));
        let r = resolve_text(Some("style = \"gone.toml\"\n"), None, Some(&dir));
        assert!(r.file_error.unwrap().message.contains("gone.toml"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_settings_and_bad_files_are_reported_not_fatal() {
        let r = resolve_text(
            Some("style = \"bbc\"\n"),
            Some(&json!({"style": "times"})),
            None,
        );
        assert!(r.client_error.unwrap().contains("times"));
        assert_eq!(r.config.style.as_deref(), Some("bbc"));
        let r = resolve_text(
            Some("[quotes]\nstrictt = true\n"),
            Some(&json!({"style": "ap"})),
            None,
        );
        assert_eq!(r.file_error.unwrap().line, Some(2));
        assert_eq!(r.config.style.as_deref(), Some("ap"));
        assert!(resolve_text(None, Some(&json!({"colour": 1})), None)
            .client_error
            .is_some());
        assert!(resolve_text(None, Some(&json!([1])), None)
            .client_error
            .is_some());
    }

    #[test]
    fn settings_come_from_the_copydesk_section() {
        let s = json!({"copydesk": {"style": "nyt"}, "other": 1});
        assert_eq!(from_change_notification(&s), Some(json!({"style": "nyt"})));
        assert_eq!(
            from_change_notification(&json!({"style": "ap"})),
            Some(json!({"style": "ap"}))
        );
        assert_eq!(from_change_notification(&json!({"editor": {}})), None);
        assert_eq!(from_change_notification(&Value::Null), None);
    }

    #[test]
    fn house_names_are_added_keeping_the_file() {
        assert_eq!(
            add_house_name(None, "Kim Jong-un").unwrap(),
            "[names]\nhouse = [\"Kim Jong-un\"]\n"
        );
        let file =
            "# house settings\nstyle = \"bbc\"\n\n[names]\nhouse = [\"Yoon Suk Yeol\"] # checked\n";
        let out = add_house_name(Some(file), "Volodymyr Zelensky").unwrap();
        assert!(
            out.starts_with("# house settings\nstyle = \"bbc\"\n"),
            "{out}"
        );
        let c = Config::from_toml(&out).unwrap();
        assert_eq!(c.names.house, vec!["Yoon Suk Yeol", "Volodymyr Zelensky"]);
        assert_eq!(add_house_name(Some(&out), "Yoon Suk Yeol"), None);
        let inline =
            add_house_name(Some("names = { ignore = [\"Xi Jinping\"] }\n"), "A \"B\" C").unwrap();
        assert_eq!(
            Config::from_toml(&inline).unwrap().names.house,
            vec!["A \"B\" C"]
        );
        assert_eq!(add_house_name(Some("not toml ="), "X"), None);
    }
}
