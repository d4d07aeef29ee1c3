//! Editor features over a snapshot, one file per feature (as rust-analyzer's `ide` crate):
//! code actions, hover, outline, references and highlights, rename. Each is a pure function of
//! the snapshot (and, for the house names list, the config file's text).

mod code_actions;
mod definition;
mod hover;
mod passage;
mod references;
mod rename;
mod symbols;

pub use code_actions::{code_actions, ConfigTarget, ADD_HOUSE_NAME_COMMAND, FIX_ALL_KIND};
pub use definition::definition;
pub use hover::{hover, person_card};
pub use passage::{passage_card, source_location};
pub use references::{highlights, references};
pub use rename::{prepare_rename, rename};
pub use symbols::document_symbols;

use crate::snapshot::Snapshot;
use copydesk_core::people::Person;
use std::collections::HashMap;
use tower_lsp_server::ls_types::{TextEdit, Uri, WorkspaceEdit};

/// A workspace edit of one document.
pub(crate) fn edit_of(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

/// A quotation's words for display: whitespace collapsed, cut at about 60 characters.
pub(crate) fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let s = words.join(" ");
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{}…", cut.trim_end())
    } else {
        s
    }
}

/// The person mentioned at `offset` (or just before it: the cursor at a name's end).
pub(crate) fn person_at(snap: &Snapshot, offset: usize) -> Option<(usize, &Person)> {
    let people = &snap.analysis.people;
    // At the very end of a name (the cursor just after it) the name still counts.
    let p = snap
        .person_at(offset)
        .or_else(|| offset.checked_sub(1).and_then(|o| snap.person_at(o)))?;
    Some((p, people.persons.get(p)?))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::position::Encoding;
    use copydesk_core::DocKind;

    /// A snapshot of a Markdown draft alone, with the default config.
    pub(crate) fn snapshot(text: &str) -> Snapshot {
        Snapshot::build(crate::snapshot::Input {
            uri: "file:///tmp/story.md".parse().unwrap(),
            version: 1,
            rev: 1,
            gen: 0,
            kind: DocKind::Markdown,
            text: text.to_string(),
            config: Default::default(),
            record: None,
            others: Vec::new(),
            enc: Encoding::Utf16,
            accepts: Default::default(),
            memo: Default::default(),
        })
    }

    #[test]
    fn short_cuts_long_quotations() {
        assert_eq!(short("  a\n b "), "a b");
        let long = "word ".repeat(30);
        let s = short(&long);
        assert!(s.ends_with('…') && s.chars().count() <= 58, "{s}");
    }
}
