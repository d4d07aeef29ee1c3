//! The `.copydesk.toml` settings, parsed strictly: an unknown key, a wrong type or an unknown
//! style is an error naming the line, never a silent default.

use crate::finding::Severity;
use crate::rule_id::RuleId;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A rule's level in the config: off, or a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleLevel {
    /// The rule does not run.
    Off,
    /// The rule runs and reports at this severity.
    On(Severity),
}

/// Quotation settings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteConfig {
    /// Quotations shorter than this with no sentence punctuation inside are terms, not quotes.
    pub min_words: usize,
    /// Flag quotations attributed only by the previous paragraph's cue.
    pub strict: bool,
    /// More reporting verbs (any inflection written out), such as `quipped`.
    pub extra_cues: Vec<String>,
    /// Check quotations in headings too.
    pub headings: bool,
}

impl Default for QuoteConfig {
    fn default() -> Self {
        QuoteConfig {
            min_words: 4,
            strict: false,
            extra_cues: Vec::new(),
            headings: false,
        }
    }
}

/// Names settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameConfig {
    /// House spellings: these win over any spelling in the draft.
    pub house: Vec<String>,
    /// Names never checked.
    pub ignore: Vec<String>,
    /// Compare names across all drafts of one `copydesk check` run (a story package).
    pub across_files: bool,
}

/// The record quotations are held to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SourcesConfig {
    /// Transcripts and statements (files or folders), relative to the config file's folder.
    pub paths: Vec<String>,
}

/// Everything that tunes an analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The selected house style profile, if any (`ap`, `bbc`, ...).
    pub style: Option<String>,
    /// Per-rule levels; a rule not named here runs at its default severity.
    pub rules: BTreeMap<RuleId, RuleLevel>,
    /// Quotation settings.
    pub quotes: QuoteConfig,
    /// Names settings.
    pub names: NameConfig,
    /// The record (`[sources]`).
    pub sources: SourcesConfig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    // Spanned: errors found after parsing name the line from the value's own place.
    style: Option<toml::Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
    #[serde(default)]
    quotes: QuoteConfig,
    #[serde(default)]
    names: NameConfig,
    #[serde(default)]
    sources: SourcesConfig,
}

/// A config that could not be used, with the 1-based line of the problem where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line of the problem, if known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The key assigned on 1-based `line`, if that line is a `key = value` assignment.
fn key_on_line(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let (key, _) = l.split_once('=')?;
    let key = key.trim().trim_matches('"');
    (!key.is_empty() && !key.starts_with('[') && !key.starts_with('#')).then(|| key.to_string())
}

/// A parser message in a journalist's words: the key named, no Rust type names.
fn plain_message(message: &str, key: Option<String>) -> String {
    let message = message
        .replace("expected usize", "expected a whole number")
        .replace("expected a sequence", "expected a list, such as [\"...\"]");
    match key {
        Some(k) if message.starts_with("invalid type") => format!("`{k}`: {message}"),
        _ => message,
    }
}

impl Config {
    /// Parses a `.copydesk.toml` text strictly. A `style` naming a `.toml` file (a newsroom's own
    /// profile) is an error here: use [`Config::from_toml_with`] to let the caller read it.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml_with(text, &|_| {
            Err("a style file is read relative to a config file, and there is none here".into())
        })
    }

    /// Parses a `.copydesk.toml` text strictly; `read_style` returns the text of a style file
    /// named by `style = "house.toml"` (the engine reads no files itself).
    pub fn from_toml_with(
        text: &str,
        read_style: &dyn Fn(&str) -> Result<String, String>,
    ) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            ConfigError {
                line,
                message: plain_message(e.message().trim(), line.and_then(|l| key_on_line(text, l))),
            }
        })?;
        let line = |span: std::ops::Range<usize>| Some(line_of(text, span.start));
        let mut style = None;
        if let Some(spanned) = &raw.style {
            let at = line(spanned.span());
            let mut name = spanned.get_ref().clone();
            if name.ends_with(".toml") {
                let profile = read_style(&name)
                    .and_then(|t| crate::styles::register(&t))
                    .map_err(|e| ConfigError {
                        line: at,
                        message: format!("style file `{name}`: {e}"),
                    })?;
                name = profile.name.clone();
            }
            if crate::styles::profile(&name).is_none() {
                return Err(ConfigError {
                    line: at,
                    message: format!(
                        "unknown style `{name}`; expected one of: {}, or a style file such as \"house-style.toml\"",
                        crate::styles::NAMES.join(", ")
                    ),
                });
            }
            style = Some(name);
        }
        let mut rules = BTreeMap::new();
        for (id, level) in raw.rules {
            let at = line(id.span());
            let name = id.into_inner();
            let Some(id) = RuleId::parse(&name) else {
                return Err(ConfigError {
                    line: at,
                    message: format!("unknown rule `{name}` (see `copydesk rules`)"),
                });
            };
            let level = match level.get_ref().as_str() {
                "off" => RuleLevel::Off,
                other => RuleLevel::On(Severity::parse(other).ok_or_else(|| ConfigError {
                    line: line(level.span()),
                    message: format!(
                        "rule `{id}`: unknown level `{other}`; expected off, hint, info, warning or error"
                    ),
                })?),
            };
            rules.insert(id, level);
        }
        Ok(Config {
            style,
            rules,
            quotes: raw.quotes,
            names: raw.names,
            sources: raw.sources,
        })
    }

    /// The level a rule runs at under this config.
    pub fn level(&self, rule: RuleId, default: Severity) -> RuleLevel {
        self.rules
            .get(&rule)
            .copied()
            .unwrap_or(RuleLevel::On(default))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spec_example() {
        let c = Config::from_toml(
            "style = \"bbc\"\n[rules]\nambiguous-name = \"off\"\n[quotes]\nmin_words = 4\nstrict = false\nextra_cues = [\"quipped\"]\n[names]\nhouse = [\"Kim Jong-un\"]\nignore = [\"Xi Jinping\"]\n",
        )
        .unwrap();
        assert_eq!(c.style.as_deref(), Some("bbc"));
        assert_eq!(c.rules["ambiguous-name"], RuleLevel::Off);
        assert_eq!(c.quotes.extra_cues, vec!["quipped"]);
        assert_eq!(c.names.house, vec!["Kim Jong-un"]);
    }

    #[test]
    fn sources_are_parsed_strictly() {
        let c =
            Config::from_toml("[sources]\npaths = [\"transcripts\", \"council.vtt\"]\n").unwrap();
        assert_eq!(c.sources.paths, ["transcripts", "council.vtt"]);
        let e = Config::from_toml("[sources]\npaths = \"transcripts\"\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let e = Config::from_toml("[sources]\n\npath = [\"x\"]\n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
    }

    #[test]
    fn unknown_key_names_its_line() {
        let e = Config::from_toml("style = \"bbc\"\n\n[quotes]\nstrictt = true\n").unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        assert!(e.message.contains("strictt"), "{e}");
    }

    #[test]
    fn wrong_type_names_its_line() {
        let e = Config::from_toml("[quotes]\nmin_words = \"four\"\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert_eq!(
            e.message,
            "`min_words`: invalid type: string \"four\", expected a whole number"
        );
        let e = Config::from_toml("[names]\nhouse = \"Kim Jong-un\"\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert_eq!(
            e.message,
            "`house`: invalid type: string \"Kim Jong-un\", expected a list, such as [\"...\"]"
        );
    }

    #[test]
    fn a_style_file_is_read_through_the_caller() {
        let house = crate::styles::profile("bbc")
            .map(|_| {
                include_str!("../data/styles/bbc.toml").replacen(
                    "name = \"bbc\"",
                    "name = \"quay-times\"",
                    1,
                )
            })
            .unwrap();
        let c = Config::from_toml_with("style = \"house.toml\"\n", &|p| {
            assert_eq!(p, "house.toml");
            Ok(house.clone())
        })
        .unwrap();
        assert_eq!(c.style.as_deref(), Some("quay-times"));
        let e =
            Config::from_toml_with("\nstyle = \"missing.toml\"\n", &|_| Err("not found".into()))
                .unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(
            e.message.contains("missing.toml") && e.message.contains("not found"),
            "{e}"
        );
        assert!(Config::from_toml("style = \"house.toml\"\n").is_err());
    }

    #[test]
    fn unknown_style_and_rule_and_level_are_errors() {
        let e = Config::from_toml("\nstyle = \"times\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("times"));
        let e = Config::from_toml("[rules]\nno-such-rule = \"off\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = Config::from_toml("[rules]\nunbalanced-quote = \"loud\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
    }
}
