//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning, built from typed structures.
//!
//! Only the subset of SARIF that code scanning reads is modelled; the tests check the fields
//! GitHub requires (`version`, `runs[].tool.driver.name`, `results[].message.text`,
//! `results[].locations[].physicalLocation` with a relative `artifactLocation.uri` and a
//! `region.startLine`) and the rule metadata it shows.

use super::{locate, Located};
use crate::report::Report;
use copydesk_core::position::LineIndex;
use copydesk_core::rules::RULES;
use copydesk_core::{Finding, Severity};
use serde::Serialize;
use std::collections::HashMap;

/// The schema URI GitHub documents for SARIF 2.1.0.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A SARIF log.
#[derive(Serialize)]
pub struct Log {
    /// The schema.
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// Always `2.1.0`.
    pub version: &'static str,
    /// One run of copydesk.
    pub runs: Vec<Run>,
}

/// One run of a tool.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// The tool and its rules.
    pub tool: Tool,
    /// Columns count Unicode scalar values (as in the JSON output), not UTF-16 units.
    pub column_kind: &'static str,
    /// The findings.
    pub results: Vec<SarifResult>,
}

/// The tool.
#[derive(Serialize)]
pub struct Tool {
    /// The tool's driver.
    pub driver: Driver,
}

/// The tool's main component.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// `copydesk`.
    pub name: &'static str,
    /// The version.
    pub semantic_version: &'static str,
    /// The project's home.
    pub information_uri: &'static str,
    /// Every rule.
    pub rules: Vec<ReportingDescriptor>,
}

/// Text, optionally with Markdown.
#[derive(Serialize)]
pub struct Message {
    /// Plain text.
    pub text: String,
    /// Markdown, where it helps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

impl Message {
    fn text(s: impl Into<String>) -> Message {
        Message {
            text: s.into(),
            markdown: None,
        }
    }
}

/// A rule's metadata.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    /// The rule id.
    pub id: &'static str,
    /// A PascalCase name.
    pub name: String,
    /// One line.
    pub short_description: Message,
    /// A longer description.
    pub full_description: Message,
    /// The rule's documentation.
    pub help: Message,
    /// Link to the documentation.
    pub help_uri: String,
    /// The default level.
    pub default_configuration: Configuration,
    /// Tags and precision.
    pub properties: RuleProperties,
}

/// A rule's default configuration.
#[derive(Serialize)]
pub struct Configuration {
    /// `error`, `warning` or `note`.
    pub level: &'static str,
}

/// Rule properties GitHub shows.
#[derive(Serialize)]
pub struct RuleProperties {
    /// Tags to filter on.
    pub tags: Vec<&'static str>,
    /// How often the rule is right.
    pub precision: &'static str,
}

/// One finding.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    /// The rule id.
    pub rule_id: &'static str,
    /// Index of the rule in `driver.rules`.
    pub rule_index: usize,
    /// `error`, `warning` or `note`.
    pub level: &'static str,
    /// The message.
    pub message: Message,
    /// Where.
    pub locations: Vec<Location>,
    /// Other places that explain it (the canonical mention of a name, say).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<RelatedLocation>,
    /// A fingerprint stable across unrelated edits of the draft.
    pub partial_fingerprints: HashMap<&'static str, String>,
    /// The fixes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<SarifFix>,
}

/// A location.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// A place in a file.
    pub physical_location: PhysicalLocation,
}

/// A related location, with why it is related.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedLocation {
    /// Its index among the result's related locations.
    pub id: usize,
    /// A place in a file.
    pub physical_location: PhysicalLocation,
    /// Why it is related.
    pub message: Message,
}

/// A place in a file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The range.
    pub region: Region,
}

/// A file.
#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    /// Relative to the repository root (or an absolute `file://` URI).
    pub uri: String,
    /// `%SRCROOT%` for relative paths.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

/// A text range (1-based lines and columns; end column exclusive).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// First line.
    pub start_line: usize,
    /// First column.
    pub start_column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column after the end.
    pub end_column: usize,
}

/// A byte range to replace.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ByteRegion {
    /// Start.
    pub byte_offset: usize,
    /// Length.
    pub byte_length: usize,
}

/// A fix.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifFix {
    /// What it does.
    pub description: Message,
    /// The edits, per file.
    pub artifact_changes: Vec<ArtifactChange>,
}

/// Edits of one file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactChange {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The edits.
    pub replacements: Vec<Replacement>,
}

/// One edit.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    /// The bytes replaced.
    pub deleted_region: ByteRegion,
    /// The new text.
    pub inserted_content: Message,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn pascal(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A path as a URI reference: forward slashes, percent-encoded; absolute paths as `file://`.
pub fn uri(path: &str) -> (String, Option<&'static str>) {
    let unix = path.replace('\\', "/");
    let mut enc = String::with_capacity(unix.len());
    for b in unix.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            enc.push(b as char);
        } else {
            enc.push_str(&format!("%{b:02X}"));
        }
    }
    if unix.starts_with('/') {
        (format!("file://{enc}"), None)
    } else {
        (enc, Some("%SRCROOT%"))
    }
}

/// FNV-1a: a hash that stays the same across Rust versions, unlike the standard library's.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The first paragraph of a rule's documentation after its heading, on one line.
fn first_paragraph(docs: &str) -> Option<String> {
    let para = docs
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))?;
    Some(para.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The rule metadata of every rule.
pub fn rules() -> Vec<ReportingDescriptor> {
    RULES
        .iter()
        .map(|r| ReportingDescriptor {
            id: r.id().as_str(),
            name: pascal(r.id().as_str()),
            short_description: Message::text(r.summary()),
            full_description: Message::text(
                first_paragraph(r.docs()).unwrap_or_else(|| r.summary().to_string()),
            ),
            help: Message {
                text: r.docs().to_string(),
                markdown: Some(r.docs().to_string()),
            },
            help_uri: copydesk_core::rule_docs_url(r.id()),
            default_configuration: Configuration {
                level: level(r.default_severity()),
            },
            properties: RuleProperties {
                tags: vec!["copy-editing", "journalism"],
                precision: "high",
            },
        })
        .collect()
}

/// Builds the SARIF log of the reports.
pub fn log(reports: &[Report]) -> Log {
    let mut results = Vec::new();
    for r in reports {
        let index = LineIndex::new(&r.text.text);
        let (uri, base) = uri(&r.display);
        let artifact = ArtifactLocation {
            uri,
            uri_base_id: base,
        };
        // Identical findings on identical lines are told apart by their order.
        let mut seen: HashMap<u64, usize> = HashMap::new();
        for l in locate(r, &index) {
            let f = l.finding;
            let Some(rule_index) = RULES.iter().position(|x| x.id() == f.rule) else {
                continue;
            };
            let key = fnv(&format!("{}\0{}", f.rule, fingerprint_text(&index, &l)));
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            let mut fingerprints = HashMap::new();
            fingerprints.insert("copydesk/v1", format!("{key:016x}:{n}"));
            let region = Region {
                start_line: l.line,
                start_column: l.column,
                end_line: l.end_line,
                end_column: l.end_column,
            };
            results.push(SarifResult {
                rule_id: f.rule.as_str(),
                rule_index,
                level: level(f.severity),
                message: Message::text(f.message.clone()),
                locations: vec![Location {
                    physical_location: PhysicalLocation {
                        artifact_location: artifact.clone(),
                        region,
                    },
                }],
                related_locations: related(f, &index, &artifact),
                partial_fingerprints: fingerprints,
                fixes: fixes(f, r.text.offset(), &artifact),
            });
        }
    }
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "copydesk",
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/copydesk/copydesk",
                    rules: rules(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// A finding's related places, as SARIF related locations in the same file.
fn related(f: &Finding, index: &LineIndex, artifact: &ArtifactLocation) -> Vec<RelatedLocation> {
    f.related
        .iter()
        .enumerate()
        .map(|(id, x)| {
            let (start_line, start_column) = index.line_col(x.byte_start);
            let (end_line, end_column) = index.line_col(x.byte_end);
            let mut artifact_location = artifact.clone();
            let mut region = Region {
                start_line,
                start_column,
                end_line,
                end_column,
            };
            // A passage of the record lies in its own file.
            if let Some(p) = &x.source {
                let (uri, uri_base_id) = uri(&p.path);
                artifact_location = ArtifactLocation { uri, uri_base_id };
                region = Region {
                    start_line: p.line,
                    start_column: p.column,
                    end_line: p.end_line,
                    end_column: p.end_column,
                };
            }
            RelatedLocation {
                id,
                physical_location: PhysicalLocation {
                    artifact_location,
                    region,
                },
                message: Message::text(x.message.clone()),
            }
        })
        .collect()
}

/// A finding's fixes as SARIF fixes: byte replacements in the file (`shift`: a byte-order mark).
fn fixes(f: &Finding, shift: usize, artifact: &ArtifactLocation) -> Vec<SarifFix> {
    f.fixes
        .iter()
        .map(|x| SarifFix {
            description: Message::text(x.title.clone()),
            artifact_changes: vec![ArtifactChange {
                artifact_location: artifact.clone(),
                replacements: x
                    .edits
                    .iter()
                    .map(|e| Replacement {
                        deleted_region: ByteRegion {
                            byte_offset: e.byte_start + shift,
                            byte_length: e.byte_end.saturating_sub(e.byte_start),
                        },
                        inserted_content: Message::text(e.replacement.clone()),
                    })
                    .collect(),
            }],
        })
        .collect()
}

/// Renders the SARIF log, pretty-printed.
pub fn render(reports: &[Report]) -> String {
    let mut s = serde_json::to_string_pretty(&log(reports)).unwrap_or_default();
    s.push('\n');
    s
}

/// The text a finding's fingerprint is made from: its line, trimmed, which survives the lines
/// around it moving; on a line longer than `LONG_LINE` bytes (no paragraph of published copy
/// comes near), only the part of it around the finding, so that many findings on one long line
/// stay linear.
fn fingerprint_text<'a>(index: &LineIndex<'a>, l: &Located) -> &'a str {
    /// Longer lines are cut around the finding.
    const LONG_LINE: usize = 16 * 1024;
    let line = index.line_text(l.line - 1);
    if line.len() <= LONG_LINE {
        return line.trim();
    }
    let start = index.line_start(l.line - 1);
    let from = l
        .finding
        .byte_start
        .saturating_sub(start)
        .saturating_sub(LONG_LINE / 2);
    let to = (l.finding.byte_end.saturating_sub(start) + LONG_LINE / 2).min(line.len());
    let (mut from, mut to) = (from.min(to), to);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    while !line.is_char_boundary(to) {
        to += 1;
    }
    line[from..to].trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::decode;
    use serde_json::Value;

    fn report() -> Report {
        let text = decode(
            "\u{feff}The mayor left.\n\n\"We will not be moved by anyone at all.\"\n"
                .as_bytes()
                .to_vec(),
        )
        .unwrap();
        let findings = copydesk_core::analyze(
            &text.text,
            copydesk_core::DocKind::Markdown,
            &Default::default(),
        )
        .findings;
        Report {
            display: "desk/my draft.md".into(),
            text,
            findings,
            fixed: 0,
        }
    }

    fn get<'a>(v: &'a Value, path: &str) -> &'a Value {
        let mut cur = v;
        for part in path.split('.') {
            cur = match part.parse::<usize>() {
                Ok(i) => &cur[i],
                Err(_) => &cur[part],
            };
            assert!(!cur.is_null(), "missing `{path}` (at `{part}`) in {v:#}");
        }
        cur
    }

    #[test]
    fn has_every_field_github_code_scanning_requires() {
        let v: Value = serde_json::from_str(&render(&[report()])).unwrap();
        assert_eq!(get(&v, "version"), "2.1.0");
        assert_eq!(get(&v, "$schema"), SCHEMA);
        assert_eq!(get(&v, "runs.0.tool.driver.name"), "copydesk");
        let rules = get(&v, "runs.0.tool.driver.rules").as_array().unwrap();
        assert_eq!(rules.len(), RULES.len());
        for (i, r) in rules.iter().enumerate() {
            assert_eq!(r["id"], RULES[i].id().as_str());
            for field in [
                "name",
                "shortDescription.text",
                "fullDescription.text",
                "help.text",
                "helpUri",
                "defaultConfiguration.level",
                "properties.tags",
                "properties.precision",
            ] {
                get(r, field);
            }
        }
        let results = get(&v, "runs.0.results").as_array().unwrap();
        assert_eq!(results.len(), 1);
        let r = &results[0];
        assert_eq!(r["ruleId"], "unattributed-quote");
        assert_eq!(
            rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
            "unattributed-quote"
        );
        assert_eq!(r["level"], "warning");
        assert!(get(r, "message.text")
            .as_str()
            .unwrap()
            .contains("no attribution"));
        let loc = get(r, "locations.0.physicalLocation");
        assert_eq!(get(loc, "artifactLocation.uri"), "desk/my%20draft.md");
        assert_eq!(get(loc, "artifactLocation.uriBaseId"), "%SRCROOT%");
        assert_eq!(get(loc, "region.startLine"), 3);
        assert_eq!(get(loc, "region.startColumn"), 1);
        assert_eq!(get(loc, "region.endLine"), 3);
        assert_eq!(get(loc, "region.endColumn"), 41);
        get(r, "partialFingerprints.copydesk/v1");
        // Byte offsets count the byte-order mark, as in the file.
        let edit = get(
            r,
            "fixes.0.artifactChanges.0.replacements.0.deletedRegion.byteOffset",
        );
        assert!(edit.as_u64().unwrap() > 3);
    }

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(
            uri("a b/ç.md"),
            ("a%20b/%C3%A7.md".into(), Some("%SRCROOT%"))
        );
        assert_eq!(uri("/tmp/x.md"), ("file:///tmp/x.md".into(), None));
        assert_eq!(pascal("unattributed-quote"), "UnattributedQuote");
        assert_eq!(
            first_paragraph("# rule\n\nFlags a quote\nnobody said.\n\n## Example\n").as_deref(),
            Some("Flags a quote nobody said.")
        );
    }
}
