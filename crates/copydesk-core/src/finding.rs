//! What the engine reports: findings, their severities and their fixes as byte edits.

use crate::rule_id::RuleId;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How serious a finding is; ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A gentle suggestion.
    Hint,
    /// Worth knowing.
    Info,
    /// A likely error the desk would fix.
    Warning,
    /// An error that must not be published.
    Error,
}

impl Severity {
    /// The lowercase name used in JSON and the config file.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `hint|info|warning|error`.
    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "hint" => Severity::Hint,
            "info" => Severity::Info,
            "warning" => Severity::Warning,
            "error" => Severity::Error,
            _ => return None,
        })
    }
}

/// One replacement of a byte range of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// Byte offset where the replaced text starts.
    pub byte_start: usize,
    /// Byte offset where the replaced text ends (exclusive).
    pub byte_end: usize,
    /// The new text.
    pub replacement: String,
}

impl Edit {
    /// An edit replacing `range` with `replacement`.
    pub fn new(range: Range<usize>, replacement: impl Into<String>) -> Edit {
        Edit {
            byte_start: range.start,
            byte_end: range.end,
            replacement: replacement.into(),
        }
    }

    /// An insertion at `at`.
    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit::new(at..at, text)
    }
}

/// A fix: a titled set of non-overlapping edits applied together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// What the fix does, as shown in a code action menu.
    pub title: String,
    /// The edits, in any order, never overlapping.
    pub edits: Vec<Edit>,
    /// Safe fixes are applied by `--fix`; unsafe ones (placeholders, guesses) only on request.
    #[serde(default)]
    pub safe: bool,
}

/// Another place in the draft that explains a finding (the canonical mention, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Byte offset of the related text.
    pub byte_start: usize,
    /// End of the related text (exclusive).
    pub byte_end: usize,
    /// Why it is related.
    pub message: String,
    /// Set when the place is in a source of the record, not in the draft (the byte range is
    /// then the draft's flagged text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourcePlace>,
}

/// A place in a source of the record (a transcript), for related information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcePlace {
    /// The source's name as the caller gave it (a path).
    pub path: String,
    /// 1-based first line of the passage.
    pub line: usize,
    /// 1-based first column (Unicode scalar values).
    pub column: usize,
    /// 1-based last line of the passage.
    pub end_line: usize,
    /// 1-based column after the passage's end.
    pub end_column: usize,
    /// Byte range of the passage in the source.
    pub byte_start: usize,
    /// End of the byte range (exclusive).
    pub byte_end: usize,
    /// Cue start time for captions (`01:23`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// One thing the copy desk would catch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The stable rule id, such as `unattributed-quote`.
    pub rule: RuleId,
    /// How serious it is (after the config's overrides).
    pub severity: Severity,
    /// A sentence a journalist understands.
    pub message: String,
    /// Byte offset where the flagged text starts.
    pub byte_start: usize,
    /// Byte offset where the flagged text ends (exclusive).
    pub byte_end: usize,
    /// Ways to fix it, best first.
    pub fixes: Vec<Fix>,
    /// Other places that explain it.
    pub related: Vec<Related>,
}

impl Finding {
    /// A finding of `rule` over `range` with the rule's default severity (set later by the engine).
    pub fn new(rule: RuleId, range: Range<usize>, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            message: message.into(),
            byte_start: range.start,
            byte_end: range.end,
            fixes: Vec::new(),
            related: Vec::new(),
        }
    }

    /// Adds a fix.
    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }

    /// Adds related information.
    pub fn with_related(mut self, range: Range<usize>, message: impl Into<String>) -> Finding {
        self.related.push(Related {
            byte_start: range.start,
            byte_end: range.end,
            message: message.into(),
            source: None,
        });
        self
    }

    /// Adds related information in a source of the record.
    pub fn with_source(mut self, place: SourcePlace, message: impl Into<String>) -> Finding {
        self.related.push(Related {
            byte_start: self.byte_start,
            byte_end: self.byte_end,
            message: message.into(),
            source: Some(place),
        });
        self
    }

    /// The flagged byte range.
    pub fn range(&self) -> Range<usize> {
        self.byte_start..self.byte_end
    }
}
