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

/// The byte offset `n` characters after byte `at` of `line` (its end if fewer remain).
fn chars_after(line: &str, at: usize, n: usize) -> usize {
    line[at..]
        .char_indices()
        .nth(n)
        .map_or(line.len(), |(i, _)| at + i)
}

/// The byte offset `n` characters before byte `at` of `line` (its start if fewer stand there).
fn chars_before(line: &str, at: usize, n: usize) -> usize {
    if n == 0 {
        return at;
    }
    line[..at]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i)
}

/// The part of a line to show (byte offsets) so that bytes `from..to` are visible: the whole
/// line when it is short, else a window of about [`MAX_COLUMNS`] characters around them, found
/// by reading only the window, so that many findings on one long line stay linear.
fn window(line: &str, from: usize, to: usize) -> (usize, usize) {
    if chars_after(line, 0, MAX_COLUMNS) == line.len() {
        return (0, line.len());
    }
    let start = chars_before(line, from, MAX_COLUMNS / 3);
    let end = chars_after(line, start, MAX_COLUMNS)
        .max(to.min(chars_after(line, start, 2 * MAX_COLUMNS)))
        .min(line.len());
    (start, end)
}

/// The largest character boundary of `s` at or before `i`.
fn boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One source line with an underline under bytes `from..to` of the line.
fn snippet_line(
    out: &mut String,
    p: &Paint,
    sev: Severity,
    width: usize,
    (number, line): (usize, &str),
    (from, to): (usize, usize),
) {
    let from = boundary(line, from);
    let to = boundary(line, to.max(from));
    let (a, b) = window(line, from, to);
    let chars: Vec<char> = line[a..b].chars().collect();
    let (shown, cols) = visible(&chars);
    let lead = if a > 0 { "…" } else { "" };
    let tail = if b < line.len() { "…" } else { "" };
    let _ = writeln!(
        out,
        "{} {lead}{shown}{tail}",
        p.gutter(&format!("{number:>width$} |"))
    );
    let from_char = line[a..from].chars().count();
    let to_char = from_char + line[from..to.min(b)].chars().count();
    let start_col = cols[from_char] + lead.chars().count();
    let end_col = cols[to_char] + lead.chars().count();
    let carets = "^".repeat(end_col.saturating_sub(start_col).max(1));
    let _ = writeln!(
        out,
        "{} {}{}",
        p.gutter(&format!("{:width$} |", "")),
        " ".repeat(start_col),
        p.severity(sev, &carets)
    );
}

/// The lines of the draft after one fix, for the `help:` suggestion, when they are few: the
/// first line's number, the lines, and where the fix starts in the first of them. A long line
/// is cut some way around the fix (`…` where it was), so that many fixes on one long line stay
/// linear.
fn suggestion(
    text: &str,
    index: &LineIndex,
    edits: &[Edit],
    l: &Located,
) -> Option<(usize, Vec<String>, usize)> {
    /// Enough bytes on each side for the window shown (characters are at most 4 bytes).
    const AROUND: usize = 8 * MAX_COLUMNS;
    let f = l.finding;
    let start = edits
        .iter()
        .map(|e| e.byte_start)
        .chain([f.byte_start])
        .min()?;
    let end = edits.iter().map(|e| e.byte_end).chain([f.byte_end]).max()?;
    let first = index.line(start);
    let last = index.line(end);
    // A fix far from its finding on one long line (closing a quotation at the paragraph's end)
    // would not show both in one window: named, not shown, like one over many lines.
    if last - first >= MAX_SUGGESTION_LINES || end - start > 4 * MAX_COLUMNS {
        return None;
    }
    let line_start = index.line_start(first);
    let line_end = index.line_start(last) + index.line_text(last).len();
    let region_start = boundary(text, start.saturating_sub(AROUND).max(line_start));
    let mut region_end = (end + AROUND).min(line_end).max(region_start);
    while !text.is_char_boundary(region_end) {
        region_end += 1;
    }
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
    let cut = |s: &str, cut: bool| {
        if cut {
            format!("…{s}")
        } else {
            s.to_string()
        }
    };
    let mut lines: Vec<String> = fixed
        .split('\n')
        .map(|s| s.trim_end_matches('\r').to_string())
        .collect();
    let mut focus = start - region_start;
    if let Some(l0) = lines.first_mut() {
        if region_start > line_start {
            *l0 = cut(l0, true);
            focus += "…".len();
        }
    }
    if region_end < line_end {
        if let Some(l) = lines.last_mut() {
            l.push('…');
        }
    }
    Some((first + 1, lines, focus))
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
    let (start, end) = (l.finding.byte_start, l.finding.byte_end);
    let first = index.line_text(l.line - 1);
    let first_start = index.line_start(l.line - 1);
    // A range ending at the start of a line ends, for the eye, on the line before.
    let (end_line, end_at) = if l.end_line > l.line && l.end_column == 1 {
        let line = l.end_line - 2;
        (
            l.end_line - 1,
            index.line_start(line) + index.line_text(line).len(),
        )
    } else {
        (l.end_line, end)
    };
    let from = start.saturating_sub(first_start);
    if end_line == l.line {
        let to = end_at.saturating_sub(first_start);
        snippet_line(out, p, severity, width, (l.line, first), (from, to));
        return;
    }
    snippet_line(
        out,
        p,
        severity,
        width,
        (l.line, first),
        (from, first.len()),
    );
    if end_line > l.line + 1 {
        let _ = writeln!(out, "{}", p.gutter(&format!("{:width$}...", "")));
    }
    let last = index.line_text(end_line - 1);
    let to = end_at.saturating_sub(index.line_start(end_line - 1));
    snippet_line(out, p, severity, width, (end_line, last), (0, to));
}

/// The first fix: its title, and the fixed lines when they can be shown.
fn help(out: &mut String, p: &Paint, text: &str, index: &LineIndex, l: &Located, width: usize) {
    let Some(fix) = l.finding.fixes.first() else {
        return;
    };
    let safe = if fix.safe { " (--fix applies it)" } else { "" };
    let _ = writeln!(out, "{} {}{safe}", p.wrap("1;36", "help:"), fix.title);
    let Some((number, lines, focus)) = suggestion(text, index, &fix.edits, l) else {
        return;
    };
    let w = (number + lines.len()).to_string().len().max(width);
    let _ = writeln!(out, "{}", p.gutter(&format!("{:w$} |", "")));
    for (i, line) in lines.iter().enumerate() {
        // The first line is shown around where the fix starts; the others from their start.
        let at = if i == 0 { boundary(line, focus) } else { 0 };
        let (a, b) = window(line, at, at);
        let chars: Vec<char> = line[a..b].chars().collect();
        let (shown, _) = visible(&chars);
        let lead = if a > 0 { "…" } else { "" };
        let tail = if b < line.len() { "…" } else { "" };
        let _ = writeln!(
            out,
            "{} {lead}{shown}{tail}",
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
        let short = "x".repeat(50);
        assert_eq!(window(&short, 10, 20), (0, 50));
        let long = "é".repeat(1000);
        let (a, b) = window(&long, 1000, 1020);
        assert!(a <= 1000 && b >= 1020 && (b - a) / 2 <= 2 * MAX_COLUMNS);
        assert_eq!(1000 - a, 2 * (MAX_COLUMNS / 3));
    }
}
