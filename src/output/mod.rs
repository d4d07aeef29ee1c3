//! Report formats of `copydesk check`: each turns checked drafts into text.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::cli::Format;
use crate::report::Report;
use copydesk_core::position::LineIndex;
use copydesk_core::Finding;

/// A finding with its place in the file: 1-based lines and columns (Unicode scalar values).
pub struct Located<'a> {
    /// The finding.
    pub finding: &'a Finding,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end (exclusive).
    pub end_column: usize,
}

/// Places every finding of a report.
pub fn locate<'a>(report: &'a Report, index: &LineIndex) -> Vec<Located<'a>> {
    report
        .findings
        .iter()
        .map(|f| {
            let (line, column) = index.line_col(f.byte_start);
            let (end_line, end_column) = index.line_col(f.byte_end);
            Located {
                finding: f,
                line,
                column,
                end_line,
                end_column,
            }
        })
        .collect()
}

/// Writes a report to standard output; a closed pipe (`| head`) is not an error worth a message.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes the reports in a format to `out`: JSON as it is made (a long draft's report is larger
/// than the draft, and a copy of it in memory only to be copied out again costs its pages),
/// the other formats rendered first.
pub fn write(
    format: Format,
    reports: &[Report],
    color: bool,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(reports, out),
        _ => out.write_all(render(format, reports, color).as_bytes()),
    }?;
    out.flush()
}

/// Renders the reports in a format.
pub fn render(format: Format, reports: &[Report], color: bool) -> String {
    match format {
        Format::Human => human::render(reports, color),
        Format::Json => json::render(reports),
        Format::Sarif => sarif::render(reports),
        Format::Github => github::render(reports),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::decode;
    use copydesk_core::{Edit, Finding, Fix};

    /// Odd ranges (empty, inside a character, reversed, past the end) never make a format panic.
    #[test]
    fn every_format_survives_odd_ranges() {
        let text = "\u{feff}a😀b\r\n\tçd\n\n金 \"x\"";
        let body_len = text.len() - 3;
        let mut findings = Vec::new();
        for (s, e) in [
            (0, 0),
            (1, 2),
            (3, 100),
            (6, 4),
            (body_len, body_len),
            (2, body_len),
            (usize::MAX / 2, 3),
        ] {
            findings.push(
                Finding::new(copydesk_core::RuleId::UnattributedQuote, s..e, "odd").with_fix(Fix {
                    title: "odd fix".into(),
                    edits: vec![Edit::new(s..e, "x\ny"), Edit::new(e..s, "")],
                    safe: true,
                }),
            );
        }
        let report = Report {
            display: "odd.md".into(),
            text: decode(text.as_bytes().to_vec()).unwrap(),
            findings,
            fixed: 0,
        };
        for format in [Format::Human, Format::Json, Format::Sarif, Format::Github] {
            for color in [false, true] {
                let out = render(format, std::slice::from_ref(&report), color);
                assert!(!out.is_empty());
            }
        }
    }

    /// Related places (the canonical mention) appear in every format that can carry them.
    #[test]
    fn related_places_are_shown() {
        let text = "Barry Fitzpatrick spoke.\n\nMr Fitzpatrik left.\n";
        let f = Finding::new(
            copydesk_core::RuleId::NameSpelling,
            29..39,
            "spelt differently",
        )
        .with_related(6..17, "canonical spelling: “Barry Fitzpatrick”");
        let report = Report {
            display: "n.md".into(),
            text: decode(text.as_bytes().to_vec()).unwrap(),
            findings: vec![f],
            fixed: 0,
        };
        let reports = std::slice::from_ref(&report);
        let human = render(Format::Human, reports, false);
        assert!(
            human.contains("   = note: n.md:1:7: canonical spelling: “Barry Fitzpatrick”\n"),
            "{human}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(Format::Json, reports, false)).unwrap();
        assert_eq!(json[0]["related"][0]["line"], 1);
        assert_eq!(json[0]["related"][0]["column"], 7);
        let sarif: serde_json::Value =
            serde_json::from_str(&render(Format::Sarif, reports, false)).unwrap();
        let rel = &sarif["runs"][0]["results"][0]["relatedLocations"][0];
        assert_eq!(rel["physicalLocation"]["region"]["startColumn"], 7);
        assert_eq!(
            rel["message"]["text"],
            "canonical spelling: “Barry Fitzpatrick”"
        );
    }
}
