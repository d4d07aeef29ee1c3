//! `--format json`: one array of findings, with the fields the SPEC fixes.

use crate::report::Report;
use copydesk_core::report::{json_findings, to_json};

/// Renders every finding of every report as one pretty-printed array.
pub fn render(reports: &[Report]) -> String {
    let all: Vec<_> = reports
        .iter()
        .flat_map(|r| json_findings(&r.display, &r.text.text, r.text.offset(), &r.findings))
        .collect();
    to_json(&all)
}
