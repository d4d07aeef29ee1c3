//! Which files are drafts, and in which format: the one answer the command line (walking
//! folders), the language server (open documents) and the format guess share.

use crate::document::DocKind;

/// File extensions of drafts (compared without case) and the format each is read as.
pub const DRAFT_EXTENSIONS: &[(&str, DocKind)] = &[
    ("md", DocKind::Markdown),
    ("markdown", DocKind::Markdown),
    ("mdx", DocKind::Markdown),
    ("txt", DocKind::PlainText),
];

/// LSP language ids of drafts and the format each is read as.
pub const DRAFT_LANGUAGE_IDS: &[(&str, DocKind)] = &[
    ("markdown", DocKind::Markdown),
    ("mdx", DocKind::Markdown),
    ("plaintext", DocKind::PlainText),
    ("text", DocKind::PlainText),
];

fn extension(path: &str) -> Option<&str> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty()).then_some(ext)
}

impl DocKind {
    /// The format of a draft file, or `None` when the file is not a draft by its extension.
    pub fn of_path(path: &str) -> Option<DocKind> {
        let ext = extension(path)?;
        DRAFT_EXTENSIONS
            .iter()
            .find(|(e, _)| e.eq_ignore_ascii_case(ext))
            .map(|&(_, k)| k)
    }

    /// The format of a file named explicitly: a draft extension decides, anything else is plain text.
    pub fn from_path(path: &str) -> DocKind {
        DocKind::of_path(path).unwrap_or(DocKind::PlainText)
    }

    /// The format of an editor document: its language id decides, else its file name; `None`
    /// when it is not a draft (such a document gets empty answers and no diagnostics).
    pub fn of_document(language_id: &str, path: Option<&str>) -> Option<DocKind> {
        DRAFT_LANGUAGE_IDS
            .iter()
            .find(|(id, _)| *id == language_id)
            .map(|&(_, k)| k)
            .or_else(|| DocKind::of_path(path?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_answer_for_every_face() {
        assert_eq!(DocKind::of_path("a/b.MDX"), Some(DocKind::Markdown));
        assert_eq!(DocKind::of_path("notes.txt"), Some(DocKind::PlainText));
        assert_eq!(DocKind::of_path("notes.rst"), None);
        assert_eq!(DocKind::of_path(".md"), None);
        assert_eq!(DocKind::of_path("dir.md/file"), None);
        assert_eq!(DocKind::from_path("notes.rst"), DocKind::PlainText);
        assert_eq!(
            DocKind::of_document("rst", Some("/x/notes.rst")),
            None,
            "a non-draft opened in a text mode is not checked"
        );
        assert_eq!(DocKind::of_document("mdx", None), Some(DocKind::Markdown));
        assert_eq!(
            DocKind::of_document("unknown", Some("/x/story.markdown")),
            Some(DocKind::Markdown)
        );
    }
}
