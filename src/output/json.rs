//! `--format json`: one array of findings, with the fields the SPEC fixes.

use crate::report::Report;
use copydesk_core::report::{json_findings, to_json};

/// Renders every finding of every report as one pretty-printed array.
pub fn render(reports: &[Report]) -> String {
    to_json(&all(reports))
}

/// [`render`] written to `out` as it is made.
pub fn write(reports: &[Report], out: &mut impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &all(reports))?;
    out.write_all(b"\n")
}

/// Every finding of every report, in order.
fn all(reports: &[Report]) -> Vec<copydesk_core::report::JsonFinding<'_>> {
    reports
        .iter()
        .flat_map(|r| json_findings(&r.display, &r.text.text, r.text.offset(), &r.findings))
        .collect()
}
