//! Where the server's config comes from: `.copydesk.toml` at the workspace root, and the
//! client's settings (`initializationOptions`, `workspace/didChangeConfiguration`), which have
//! the file's shape in JSON and are layered on top of it, key by key.

use copydesk_core::{Config, ConfigError};
use serde_json::Value;
use std::path::Path;
use toml::Table;

/// The name of the config file.
pub const CONFIG_FILE: &str = ".copydesk.toml";

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

/// The config from the file's text (if there is a file) and the client's settings; a style
/// file (`style = "house-style.toml"`, a newsroom's own profile) is read from `dir`.
pub fn resolve(file_text: Option<&str>, client: Option<&Value>, dir: Option<&Path>) -> Resolved {
    let read_style = |file: &str| -> Result<String, String> {
        let dir = dir.ok_or("a style file is read from the workspace folder, and there is none")?;
        std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"))
    };
    let parse = |text: &str| Config::from_toml_with(text, &read_style);
    let mut out = Resolved::default();
    let mut table = Table::new();
    if let Some(text) = file_text {
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
            out.config = file_text.and_then(|t| parse(t).ok()).unwrap_or_default();
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

    #[test]
    fn client_settings_layer_over_the_file() {
        let file =
            "style = \"ap\"\n[rules]\nunbalanced-quote = \"error\"\n[quotes]\nstrict = true\n";
        let client =
            json!({"style": "bbc", "rules": {"ambiguous-name": "off"}, "quotes": {"min_words": 6}});
        let r = resolve(Some(file), Some(&client), None);
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
        let r = resolve(None, Some(&json!({"style": "", "rules": null})), None);
        assert!(r.client_error.is_none(), "{r:?}");
        assert_eq!(r.config, Config::default());
        let r = resolve(
            None,
            Some(&json!({"server": {"path": "/x"}, "trace": {"server": "verbose"}})),
            None,
        );
        assert!(r.client_error.is_none(), "{r:?}");
        let r = resolve(None, Some(&json!([])), None);
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
        let r = resolve(Some("style = \"house.toml\"\n"), None, Some(&dir));
        assert!(r.file_error.is_none(), "{r:?}");
        assert_eq!(r.config.style.as_deref(), Some("lsp-house"));
        let r = resolve(Some("style = \"gone.toml\"\n"), None, Some(&dir));
        assert!(r.file_error.unwrap().message.contains("gone.toml"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_settings_and_bad_files_are_reported_not_fatal() {
        let r = resolve(
            Some("style = \"bbc\"\n"),
            Some(&json!({"style": "times"})),
            None,
        );
        assert!(r.client_error.unwrap().contains("times"));
        assert_eq!(r.config.style.as_deref(), Some("bbc"));
        let r = resolve(
            Some("[quotes]\nstrictt = true\n"),
            Some(&json!({"style": "ap"})),
            None,
        );
        assert_eq!(r.file_error.unwrap().line, Some(2));
        assert_eq!(r.config.style.as_deref(), Some("ap"));
        assert!(resolve(None, Some(&json!({"colour": 1})), None)
            .client_error
            .is_some());
        assert!(resolve(None, Some(&json!([1])), None)
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
