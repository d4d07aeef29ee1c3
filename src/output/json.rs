//! `--format json`: one array of findings, with the fields the SPEC fixes.

use super::locate;
use crate::report::Report;
use copydesk_core::position::LineIndex;
use serde::Serialize;

/// One finding in the JSON output.
#[derive(Serialize)]
pub struct JsonFinding<'a> {
    /// The draft as shown.
    pub path: &'a str,
    /// Rule id.
    pub rule: &'static str,
    /// `error|warning|info|hint`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: &'a str,
    /// 1-based start line.
    pub line: usize,
    /// 1-based start column (Unicode scalar values).
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// 1-based end column (exclusive).
    pub end_column: usize,
    /// Byte offset into the file where the finding starts.
    pub byte_start: usize,
    /// Byte offset into the file where it ends (exclusive).
    pub byte_end: usize,
    /// Ways to fix it.
    pub fixes: Vec<JsonFix<'a>>,
    /// Other places that explain it (the canonical mention of a name, say).
    pub related: Vec<JsonRelated<'a>>,
}

/// Another place in the draft that explains a finding.
#[derive(Serialize)]
pub struct JsonRelated<'a> {
    /// Why it is related.
    pub message: &'a str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (Unicode scalar values).
    pub column: usize,
    /// Byte offset into the file.
    pub byte_start: usize,
    /// End byte offset (exclusive).
    pub byte_end: usize,
}

/// A fix in the JSON output.
#[derive(Serialize)]
pub struct JsonFix<'a> {
    /// What the fix does.
    pub title: &'a str,
    /// Whether `--fix` applies it.
    pub safe: bool,
    /// Its edits, with byte offsets into the file.
    pub edits: Vec<JsonEdit<'a>>,
}

/// An edit in the JSON output.
#[derive(Serialize)]
pub struct JsonEdit<'a> {
    /// Start of the replaced bytes in the file.
    pub byte_start: usize,
    /// End of the replaced bytes (exclusive).
    pub byte_end: usize,
    /// The new text.
    pub replacement: &'a str,
}

/// Renders every finding of every report as one pretty-printed array.
pub fn render(reports: &[Report]) -> String {
    let mut all = Vec::new();
    for r in reports {
        let shift = r.text.offset();
        let index = LineIndex::new(&r.text.text);
        for l in locate(r, &index) {
            let f = l.finding;
            all.push(JsonFinding {
                path: &r.display,
                rule: f.rule,
                severity: f.severity.as_str(),
                message: &f.message,
                line: l.line,
                column: l.column,
                end_line: l.end_line,
                end_column: l.end_column,
                byte_start: l.byte_start,
                byte_end: l.byte_end,
                fixes: f
                    .fixes
                    .iter()
                    .map(|x| JsonFix {
                        title: &x.title,
                        safe: x.safe,
                        edits: x
                            .edits
                            .iter()
                            .map(|e| JsonEdit {
                                byte_start: e.byte_start + shift,
                                byte_end: e.byte_end + shift,
                                replacement: &e.replacement,
                            })
                            .collect(),
                    })
                    .collect(),
                related: f
                    .related
                    .iter()
                    .map(|x| {
                        let (line, column) = index.line_col(x.byte_start);
                        JsonRelated {
                            message: &x.message,
                            line,
                            column,
                            byte_start: x.byte_start + shift,
                            byte_end: x.byte_end + shift,
                        }
                    })
                    .collect(),
            });
        }
    }
    let mut s = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
