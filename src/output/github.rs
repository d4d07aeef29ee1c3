//! `--format github`: GitHub Actions workflow commands, one annotation per finding.

use super::locate;
use crate::report::Report;
use copydesk_core::position::LineIndex;
use copydesk_core::Severity;
use std::fmt::Write;

/// Escapes a command's message (`%`, CR and LF).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The annotation level of a severity (GitHub has error, warning and notice).
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "notice",
    }
}

/// Renders one `::warning file=…,line=…::message` line per finding.
pub fn render(reports: &[Report]) -> String {
    let mut out = String::new();
    for r in reports {
        let index = LineIndex::new(&r.text.text);
        for l in locate(r, &index) {
            let f = l.finding;
            let mut message = f.message.clone();
            if let Some(fix) = f.fixes.first() {
                let _ = write!(message, "\nFix: {}", fix.title);
            }
            let _ = writeln!(
                out,
                "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                level(f.severity),
                escape_property(&r.display),
                l.line,
                l.column,
                l.end_line,
                l.end_column,
                escape_property(&format!("copydesk {}", f.rule)),
                escape_data(&message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(escape_data("50% off\nnow"), "50%25 off%0Anow");
        assert_eq!(escape_property("a,b: c"), "a%2Cb%3A c");
    }
}
