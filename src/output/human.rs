//! `--format human`: rustc-style snippets: where, the line, a caret underline, the rule id and
//! the suggested fix; coloured only on a terminal, and never with `NO_COLOR` set.

use super::{locate, Located};
use crate::cli::Color;
use crate::report::Report;
use copydesk_core::fix::apply_edits;
use copydesk_core::position::LineIndex;
use copydesk_core::{Edit, Severity};
use std::fmt::Write;
use std::io::IsTerminal;
use unicode_width::UnicodeWidthChar;

/// Lines longer than this many columns are shown as a window around the finding.
const MAX_COLUMNS: usize = 120;
/// A suggestion spanning more lines than this is named but not shown.
const MAX_SUGGESTION_LINES: usize = 4;

/// Whether to colour: `auto` means standard output is a terminal and `NO_COLOR` is unset or empty.
pub fn use_color(choice: Color, to_file: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            !to_file
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn severity(&self, sev: Severity, s: &str) -> String {
        let code = match sev {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
            Severity::Hint => "1;32",
        };
        self.wrap(code, s)
    }
    fn gutter(&self, s: &str) -> String {
        self.wrap("1;34", s)
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
}

/// Columns a character takes in a terminal (0 for combining marks, 2 for wide East Asian and emoji).
fn char_width(c: char) -> usize {
    // Control characters have no width of their own; the caret line treats them as zero.
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// A line as shown: tabs expanded, control characters made visible, with each character's display column.
fn visible(line: &[char]) -> (String, Vec<usize>) {
    let mut s = String::new();
    let mut cols = Vec::with_capacity(line.len() + 1);
    let mut col = 0;
    for &c in line {
        cols.push(col);
        match c {
            '\t' => {
                s.push_str("    ");
                col += 4;
            }
            c if c.is_control() => {
                s.push('\u{FFFD}');
                col += 1;
            }
            c => {
                s.push(c);
                col += char_width(c);
            }
        }
    }
    cols.push(col);
    (s, cols)
}

/// The part of a line to show (as char indexes) so that chars `from..to` are visible.
fn window(len: usize, from: usize, to: usize) -> (usize, usize) {
    if len <= MAX_COLUMNS {
        return (0, len);
    }
    let start = from.saturating_sub(MAX_COLUMNS / 3).min(len);
    let end = (start + MAX_COLUMNS)
        .max(to.min(start + 2 * MAX_COLUMNS))
        .min(len);
    (start, end)
}

/// One source line with an underline under chars `from..to` (char indexes within the line).
fn snippet_line(
    out: &mut String,
    p: &Paint,
    sev: Severity,
    width: usize,
    (number, line): (usize, &str),
    (from, to): (usize, usize),
) {
    let chars: Vec<char> = line.chars().collect();
    let from = from.min(chars.len());
    let to = to.clamp(from, chars.len());
    let (a, b) = window(chars.len(), from, to);
    let (shown, cols) = visible(&chars[a..b]);
    let lead = if a > 0 { "…" } else { "" };
    let tail = if b < chars.len() { "…" } else { "" };
    let _ = writeln!(
        out,
        "{} {lead}{shown}{tail}",
        p.gutter(&format!("{number:>width$} |"))
    );
    let start_col = cols[from - a] + lead.chars().count();
    let end_col = cols[to.min(b) - a] + lead.chars().count();
    let carets = "^".repeat(end_col.saturating_sub(start_col).max(1));
    let _ = writeln!(
        out,
        "{} {}{}",
        p.gutter(&format!("{:width$} |", "")),
        " ".repeat(start_col),
        p.severity(sev, &carets)
    );
}

/// The lines of the draft after one fix, for the `help:` suggestion, when they are few.
fn suggestion(
    text: &str,
    index: &LineIndex,
    edits: &[Edit],
    l: &Located,
) -> Option<(usize, Vec<String>)> {
    let f = l.finding;
    let start = edits
        .iter()
        .map(|e| e.byte_start)
        .chain([f.byte_start])
        .min()?;
    let end = edits.iter().map(|e| e.byte_end).chain([f.byte_end]).max()?;
    let first = index.line(start);
    let last = index.line(end);
    if last - first >= MAX_SUGGESTION_LINES {
        return None;
    }
    let region_start = index.line_start(first);
    let region_end = region_start
        + (first..=last)
            .map(|i| index.line_start(i) - region_start + index.line_text(i).len())
            .max()
            .unwrap_or(0);
    let local: Vec<Edit> = edits
        .iter()
        .filter(|e| e.byte_start >= region_start && e.byte_end <= region_end)
        .map(|e| {
            Edit::new(
                e.byte_start - region_start..e.byte_end - region_start,
                e.replacement.clone(),
            )
        })
        .collect();
    let region = text.get(region_start..region_end)?;
    let (fixed, applied) = apply_edits(region, &local);
    if applied == 0 {
        return None;
    }
    let lines = fixed
        .split('\n')
        .map(|s| s.trim_end_matches('\r').to_string())
        .collect();
    Some((first + 1, lines))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Renders every finding as a snippet, then a one-line summary.
pub fn render(reports: &[Report], color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let mut counts = [0usize; 4];
    let mut drafts_with = 0;
    for r in reports {
        let index = LineIndex::new(&r.text.text);
        let located = locate(r, &index);
        if !located.is_empty() {
            drafts_with += 1;
        }
        for l in located {
            counts[l.finding.severity as usize] += 1;
            finding(&mut out, &p, r, &index, &l);
        }
    }
    summary(&mut out, reports.len(), drafts_with, &counts);
    out
}

/// One finding: header, location, the snippet with its underline, notes and the fix.
fn finding(out: &mut String, p: &Paint, r: &Report, index: &LineIndex, l: &Located) {
    let f = l.finding;
    let width = l.end_line.max(l.line).to_string().len().max(2);
    let _ = writeln!(
        out,
        "{}{} {}",
        p.severity(f.severity, &format!("{}[{}]", f.severity.as_str(), f.rule)),
        p.bold(":"),
        p.bold(&f.message)
    );
    let _ = writeln!(
        out,
        "{}{} {}:{}:{}",
        " ".repeat(width),
        p.gutter("-->"),
        r.display,
        l.line,
        l.column
    );
    let _ = writeln!(out, "{}", p.gutter(&format!("{:width$} |", "")));
    snippet(out, p, index, l, width);
    if !f.related.is_empty() || !f.fixes.is_empty() {
        let _ = writeln!(out, "{}", p.gutter(&format!("{:width$} |", "")));
    }
    for x in &f.related {
        // A passage of the record is shown at its place in its own file.
        let place = match &x.source {
            Some(s) => format!("{}:{}:{}", s.path, s.line, s.column),
            None => {
                let (line, column) = index.line_col(x.byte_start);
                format!("{}:{line}:{column}", r.display)
            }
        };
        let _ = writeln!(
            out,
            "{} {} {place}: {}",
            p.gutter(&format!("{:width$} =", "")),
            p.bold("note:"),
            x.message
        );
    }
    help(out, p, &r.text.text, index, l, width);
    out.push('\n');
}

/// The flagged lines with the caret underline (first and last line of a longer range).
fn snippet(out: &mut String, p: &Paint, index: &LineIndex, l: &Located, width: usize) {
    let severity = l.finding.severity;
    let first = index.line_text(l.line - 1);
    // A range ending at the start of a line ends, for the eye, on the line before.
    let (end_line, end_column) = if l.end_line > l.line && l.end_column == 1 {
        (
            l.end_line - 1,
            index.line_text(l.end_line - 2).chars().count() + 1,
        )
    } else {
        (l.end_line, l.end_column)
    };
    if end_line == l.line {
        let cols = (l.column - 1, end_column - 1);
        snippet_line(out, p, severity, width, (l.line, first), cols);
        return;
    }
    let len = first.chars().count();
    snippet_line(
        out,
        p,
        severity,
        width,
        (l.line, first),
        (l.column - 1, len),
    );
    if end_line > l.line + 1 {
        let _ = writeln!(out, "{}", p.gutter(&format!("{:width$}...", "")));
    }
    let last = index.line_text(end_line - 1);
    snippet_line(
        out,
        p,
        severity,
        width,
        (end_line, last),
        (0, end_column - 1),
    );
}

/// The first fix: its title, and the fixed lines when they can be shown.
fn help(out: &mut String, p: &Paint, text: &str, index: &LineIndex, l: &Located, width: usize) {
    let Some(fix) = l.finding.fixes.first() else {
        return;
    };
    let safe = if fix.safe { " (--fix applies it)" } else { "" };
    let _ = writeln!(out, "{} {}{safe}", p.wrap("1;36", "help:"), fix.title);
    let Some((number, lines)) = suggestion(text, index, &fix.edits, l) else {
        return;
    };
    let w = (number + lines.len()).to_string().len().max(width);
    let _ = writeln!(out, "{}", p.gutter(&format!("{:w$} |", "")));
    for (i, line) in lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let (a, b) = window(chars.len(), 0, chars.len());
        let (shown, _) = visible(&chars[a..b]);
        let tail = if b < chars.len() { "…" } else { "" };
        let _ = writeln!(
            out,
            "{} {shown}{tail}",
            p.gutter(&format!("{:>w$} |", number + i))
        );
    }
}

/// The closing line: counts by severity, or that nothing was found.
fn summary(out: &mut String, drafts: usize, drafts_with: usize, counts: &[usize; 4]) {
    let total: usize = counts.iter().sum();
    let checked = plural(drafts, "draft");
    if total == 0 {
        let _ = writeln!(out, "copydesk: no findings ({checked} checked)");
        return;
    }
    let mut parts = Vec::new();
    for (sev, word) in [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Info, "info"),
        (Severity::Hint, "hint"),
    ] {
        let n = counts[sev as usize];
        if n > 0 {
            parts.push(if sev == Severity::Info {
                format!("{n} info")
            } else {
                plural(n, word)
            });
        }
    }
    let _ = writeln!(
        out,
        "copydesk: {} in {} ({checked} checked)",
        parts.join(", "),
        plural(drafts_with, "draft")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_of_wide_and_combining_characters() {
        assert_eq!(char_width('a'), 1);
        assert_eq!(char_width('金'), 2);
        assert_eq!(char_width('\u{301}'), 0);
        let (s, cols) = visible(&['\t', '金', 'x']);
        assert_eq!(s, "    金x");
        assert_eq!(cols, [0, 4, 6, 7]);
    }

    #[test]
    fn long_lines_are_windowed_around_the_finding() {
        assert_eq!(window(50, 10, 20), (0, 50));
        let (a, b) = window(1000, 500, 510);
        assert!(a <= 500 && b >= 510 && b - a <= 2 * MAX_COLUMNS);
    }
}
