//! The JSON view of findings: the shape `copydesk check --format json` prints, built here once so
//! that the command line and the browser playground (copydesk-wasm) print the same thing.

use crate::finding::Finding;
use crate::position::LineIndex;
use serde::Serialize;

/// One finding in the JSON output.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonFinding<'a> {
    /// The draft as shown.
    pub path: &'a str,
    /// Rule id.
    pub rule: crate::RuleId,
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
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
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
    /// For a passage of the record: where it is (the other fields then locate the quotation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a crate::SourcePlace>,
}

/// A fix in the JSON output.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonFix<'a> {
    /// What the fix does.
    pub title: &'a str,
    /// Whether `--fix` applies it.
    pub safe: bool,
    /// Its edits, with byte offsets into the file.
    pub edits: Vec<JsonEdit<'a>>,
}

/// An edit in the JSON output.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonEdit<'a> {
    /// Start of the replaced bytes in the file.
    pub byte_start: usize,
    /// End of the replaced bytes (exclusive).
    pub byte_end: usize,
    /// The new text.
    pub replacement: &'a str,
}

/// The JSON view of a draft's findings. `text` is the analysed text; `shift` is the number of
/// bytes before it in the file (a byte-order mark), added to every byte offset.
pub fn json_findings<'a>(
    path: &'a str,
    text: &str,
    shift: usize,
    findings: &'a [Finding],
) -> Vec<JsonFinding<'a>> {
    let index = LineIndex::new(text);
    findings
        .iter()
        .map(|f| {
            let (line, column) = index.line_col(f.byte_start);
            let (end_line, end_column) = index.line_col(f.byte_end);
            JsonFinding {
                path,
                rule: f.rule,
                severity: f.severity.as_str(),
                message: &f.message,
                line,
                column,
                end_line,
                end_column,
                byte_start: f.byte_start + shift,
                byte_end: f.byte_end + shift,
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
                            source: x.source.as_ref(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Pretty-printed JSON, with a final newline, as the command line prints it.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Edit, Fix};

    #[test]
    fn shifts_offsets_but_not_columns() {
        let text = "a\n“é” x";
        let f = Finding::new(crate::RuleId::UnattributedQuote, 2..10, "m")
            .with_fix(Fix {
                title: "t".into(),
                edits: vec![Edit::new(11..12, "y")],
                safe: true,
            })
            .with_related(0..1, "r");
        let fs = [f];
        let v = json_findings("d.md", text, 3, &fs);
        assert_eq!((v[0].line, v[0].column, v[0].end_column), (2, 1, 4));
        assert_eq!((v[0].byte_start, v[0].byte_end), (5, 13));
        assert_eq!(v[0].fixes[0].edits[0].byte_start, 14);
        assert_eq!((v[0].related[0].line, v[0].related[0].byte_start), (1, 3));
        assert!(to_json(&v).ends_with("]\n"));
    }
}
