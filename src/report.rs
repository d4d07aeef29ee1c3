//! What `check` hands to the report formats: one checked draft with its findings.

use crate::read::Text;
use copydesk_core::Finding;

/// A checked draft.
pub struct Report {
    /// The draft as shown.
    pub display: String,
    /// Its text (after fixes, with `--fix`).
    pub text: Text,
    /// What is left to flag, in document order.
    pub findings: Vec<Finding>,
    /// How many edits `--fix` applied.
    pub fixed: usize,
}
