//! copydesk in the browser: a thin wasm-bindgen binding over copydesk-core for the web playground.
//!
//! Strings in, JSON strings out, so the page needs no generated types. The findings are the JSON
//! `copydesk check --format json` prints and the ledger the JSON of `copydesk quotes --format json`,
//! both built by copydesk-core's own `report` and `ledger` modules: no rule lives here.

use copydesk_core::people::Speaker;
use copydesk_core::position::LineIndex;
use copydesk_core::report::{json_findings, to_json, JsonFinding};
use copydesk_core::{analyze, Config, DocKind};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::wasm_bindgen;

/// The name findings carry when the settings give none (the CLI prints the file's name).
pub const DEFAULT_PATH: &str = "draft.md";

/// The byte-order mark, which the CLI leaves out of the analysed text and counts in offsets.
const BOM: &str = "\u{feff}";

/// The settings of a check: the `.copydesk.toml` shape in JSON (`style`, `rules`, `quotes`,
/// `names`, as the editors' `copydesk.*` settings), plus `path` (the draft's name, which also
/// picks Markdown or plain text).
struct Settings {
    config: Config,
    path: String,
}

/// Reads the settings JSON; empty text means the defaults.
fn settings(json: &str) -> Result<Settings, String> {
    let mut value: Value = if json.trim().is_empty() {
        Value::Object(Default::default())
    } else {
        serde_json::from_str(json).map_err(|e| format!("settings: {e}"))?
    };
    let Value::Object(map) = &mut value else {
        return Err("settings must be an object such as {\"style\": \"bbc\"}".into());
    };
    let path = match map.remove("path") {
        Some(Value::String(p)) if !p.is_empty() => p,
        _ => DEFAULT_PATH.to_string(),
    };
    // Unset values (no style picked) are not settings.
    map.retain(|k, v| !(v.is_null() || (k == "style" && v.as_str() == Some(""))));
    // The config parser is the TOML one, with its strict checks and plain messages: go through it.
    let table = toml::Table::try_from(&value).map_err(|e| format!("settings: {e}"))?;
    let text = toml::to_string(&table).map_err(|e| format!("settings: {e}"))?;
    let config = Config::from_toml(&text).map_err(|e| format!("settings: {}", e.message))?;
    Ok(Settings { config, path })
}

/// The text the engine sees and the bytes before it (a byte-order mark), as the CLI reads a file.
fn body(text: &str) -> (&str, usize) {
    match text.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (text, 0),
    }
}

/// Where a person is first mentioned.
#[derive(Serialize)]
struct Place {
    line: usize,
    column: usize,
    byte_start: usize,
    byte_end: usize,
}

/// A person of the story, as the page lists them.
#[derive(Serialize)]
struct PersonView<'a> {
    /// The canonical spelling of the full name.
    name: &'a str,
    /// Titles used with the person.
    titles: &'a [std::sync::Arc<str>],
    /// How many times they are mentioned.
    mentions: usize,
    /// How many quotations are attributed to them.
    quotations: usize,
    /// The first mention.
    first: Option<Place>,
}

/// Everything the page shows for a draft.
#[derive(Serialize)]
struct View<'a> {
    findings: Vec<JsonFinding<'a>>,
    people: Vec<PersonView<'a>>,
    ledger: Vec<copydesk_core::ledger::Entry>,
}

/// An error as the JSON the page reads.
fn error_json(message: &str) -> String {
    serde_json::json!({ "error": message }).to_string()
}

/// The findings of a draft as `copydesk check --format json` prints them (pretty, one array), or
/// `{"error": "..."}` when the settings cannot be used.
#[wasm_bindgen]
pub fn check(text: &str, settings_json: &str) -> String {
    let s = match settings(settings_json) {
        Ok(s) => s,
        Err(e) => return error_json(&e),
    };
    let (body, shift) = body(text);
    let findings = analyze(body, DocKind::from_path(&s.path), &s.config).findings;
    to_json(&json_findings(&s.path, body, shift, &findings))
}

/// Everything the page shows, in one analysis: `{"findings": [...], "people": [...],
/// "ledger": [...]}` (findings as `copydesk check --format json`, ledger as
/// `copydesk quotes --format json`), compact; or `{"error": "..."}`.
#[wasm_bindgen]
pub fn analyze_draft(text: &str, settings_json: &str) -> String {
    let s = match settings(settings_json) {
        Ok(s) => s,
        Err(e) => return error_json(&e),
    };
    let (body, shift) = body(text);
    let analysis = analyze(body, DocKind::from_path(&s.path), &s.config);
    let index = LineIndex::new(body);
    let people = &analysis.people;
    let persons = people
        .persons
        .iter()
        .enumerate()
        .map(|(i, p)| PersonView {
            name: &p.canonical,
            titles: &p.titles,
            mentions: p.mentions.len(),
            quotations: people
                .speakers
                .iter()
                .filter(|s| **s == Speaker::Person(i))
                .count(),
            first: p.mentions.first().map(|m| {
                let (line, column) = index.line_col(m.range.start);
                Place {
                    line,
                    column,
                    byte_start: m.range.start + shift,
                    byte_end: m.range.end + shift,
                }
            }),
        })
        .collect();
    let view = View {
        findings: json_findings(&s.path, body, shift, &analysis.findings),
        people: persons,
        ledger: copydesk_core::ledger::entries(&s.path, body, shift, &analysis),
    };
    serde_json::to_string(&view).unwrap_or_else(|e| error_json(&e.to_string()))
}

/// The draft with every safe fix applied, as `copydesk check --fix` writes it:
/// `{"text": "...", "fixed": N}`, or `{"error": "..."}`.
#[wasm_bindgen]
pub fn fix_all_safe(text: &str, settings_json: &str) -> String {
    let s = match settings(settings_json) {
        Ok(s) => s,
        Err(e) => return error_json(&e),
    };
    let (body, _) = body(text);
    let bom = if body.len() < text.len() { BOM } else { "" };
    let (fixed, n) = copydesk_core::fix::fix_all(body, DocKind::from_path(&s.path), &s.config);
    serde_json::json!({ "text": format!("{bom}{fixed}"), "fixed": n }).to_string()
}

/// The built-in house styles: `[{"name": "ap", "display": "AP"}, ...]`.
#[wasm_bindgen]
pub fn styles() -> String {
    let list: Vec<Value> = copydesk_core::styles::NAMES
        .iter()
        .filter_map(|n| copydesk_core::styles::profile(n))
        .map(|p| serde_json::json!({ "name": p.name, "display": p.display }))
        .collect();
    Value::Array(list).to_string()
}

/// The rules: `[{"id": ..., "summary": ..., "severity": ...}, ...]` (severity: the default).
#[wasm_bindgen]
pub fn rules() -> String {
    let list: Vec<Value> = copydesk_core::rules::RULES
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id(),
                "summary": r.summary(),
                "severity": r.default_severity().as_str(),
            })
        })
        .collect();
    Value::Array(list).to_string()
}

/// The engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
