//! Direct quotations: finding them (all the usual marks, nesting, running quotes across
//! paragraphs, apostrophes told apart) and deciding whether each one is attributed.

use crate::config::QuoteConfig;
use crate::cues::Cues;
use crate::document::Document;
pub use memo::QuotesMemo;
use serde::Serialize;
use std::ops::Range;

/// The kind of marks around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Marks {
    /// `“…”` or `"…"`.
    Double,
    /// `‘…’` or `'…'`.
    Single,
    /// `«…»` or `‹…›`.
    Guillemet,
    /// `„…“`.
    Low,
}

/// What a quoted span is, once its context is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// A direct quotation whose attribution is checked.
    Quotation,
    /// A short term or scare quote (`a “fiscal conservative”`).
    Term,
    /// The title of a work or a name after a naming cue (`the film “…”`, `dubbed “…”`).
    Title,
    /// A lowercase fragment woven into the writer's own sentence (`pledged to “leave no one
    /// behind in the recovery”`): checked only in strict mode.
    Partial,
    /// Inside a heading (not checked unless configured).
    Heading,
    /// A quotation inside another quotation.
    Nested,
}

/// How a quotation is attributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "by")]
pub enum Attribution {
    /// A cue in its paragraph (byte range of the cue).
    Cue {
        /// Byte range of the cue words.
        cue: Range<usize>,
    },
    /// A speaker introduces it with a colon in its sentence.
    Colon,
    /// It continues a running quotation from the previous paragraph.
    Running,
    /// The previous paragraph ends with a colon that introduces it.
    ColonParagraph,
    /// The previous paragraph holds a cue (byte range of the cue), so the speaker is clear from context.
    Context {
        /// Byte range of the cue words in the previous paragraph.
        cue: Range<usize>,
    },
    /// Nothing says who said it.
    None,
    /// Not a quotation whose attribution is checked.
    NotChecked,
}

/// A quoted span of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// From the opening mark to the closing mark, marks included (to the paragraph's end when left open).
    pub range: Range<usize>,
    /// The quoted words, marks excluded.
    pub content: Range<usize>,
    /// Index of its block in the document.
    pub block: usize,
    /// The marks used.
    pub marks: Marks,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// It continues a quotation left open in the previous paragraph.
    pub continues: bool,
    /// It is left open and continued in the next paragraph.
    pub continued: bool,
    /// What kind of quoted span it is.
    pub kind: QuoteKind,
    /// How it is attributed.
    pub attribution: Attribution,
    /// The verb of the shape that attributes it in its own sentence, whatever the verb: the
    /// speaker stands beside it (`concurred` of `"…," concurred Maren Holt`, `shrugged` of
    /// `Maren Holt shrugged: "…"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<Range<usize>>,
}

/// A quotation mark that was never matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoneMark {
    /// Byte range of the mark.
    pub range: Range<usize>,
    /// True for an opening mark never closed, false for a closing mark never opened.
    pub opening: bool,
    /// For an opening mark: the byte offset of the mark that opened a new quotation while this one was still open.
    pub reopened_at: Option<usize>,
}

/// All quotations of a draft and the marks that do not pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Quotes {
    /// Quoted spans in document order.
    pub quotations: Vec<Quotation>,
    /// Unpaired quotation marks.
    pub lone: Vec<LoneMark>,
}

mod attribution;
mod classify;
mod marks;
pub mod memo;
pub mod shape;
pub(crate) mod words;

/// Finds every quotation and lone mark in the document, classifies and attributes them.
pub fn extract(doc: &Document, config: &QuoteConfig, cues: &Cues) -> Quotes {
    memo::extract(doc, config, cues, None)
}

/// [`extract`], reusing the decisions `memo` kept for blocks seen before and keeping this
/// analysis's for the next.
pub fn extract_memo(
    doc: &Document,
    config: &QuoteConfig,
    cues: &Cues,
    memo: &mut QuotesMemo,
) -> Quotes {
    memo::extract(doc, config, cues, Some(memo))
}

/// Where the words that can attribute or name a quotation start: its sentence's start, but at
/// most [`BEFORE_WINDOW`] bytes back, so a long sentence with many quotations stays linear.
pub(crate) fn before_start(doc: &Document, q: &Quotation) -> usize {
    /// Enough for a speaker, a verb and an appositive before the opening mark.
    const BEFORE_WINDOW: usize = 512;
    let sentence = doc.sentence_at(q.block, q.range.start);
    let start = sentence
        .start
        .min(q.range.start)
        .max(q.range.start.saturating_sub(BEFORE_WINDOW));
    doc.prose.ceil_char_boundary(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocKind;

    fn run(text: &str) -> Quotes {
        let doc = Document::parse(text, DocKind::PlainText);
        extract(&doc, &QuoteConfig::default(), Cues::builtin())
    }

    fn spans<'t>(text: &'t str, q: &Quotes) -> Vec<(&'t str, QuoteKind)> {
        q.quotations
            .iter()
            .map(|x| (&text[x.range.clone()], x.kind))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let t = "Korea’s rock ’n’ roll from the ’90s at the Smiths’ house isn't O'Neill's, 5' 10\" tall.\n";
        let q = run(t);
        assert!(q.quotations.is_empty(), "{q:?}");
        assert!(q.lone.is_empty(), "{q:?}");
    }

    #[test]
    fn nested_single_inside_double() {
        let t = "“He told me ‘never again’ and I believed him,” she said.\n";
        let q = run(t);
        assert_eq!(
            spans(t, &q),
            vec![
                (
                    "“He told me ‘never again’ and I believed him,”",
                    QuoteKind::Quotation
                ),
                ("‘never again’", QuoteKind::Nested),
            ]
        );
    }

    #[test]
    fn straight_marks_pair_by_context() {
        let t = "\"We will rebuild the pier,\" she said. Then \"more is coming soon,\" he added.\n";
        let q = run(t);
        assert_eq!(q.quotations.len(), 2);
        assert!(q.lone.is_empty());
    }

    #[test]
    fn running_quote_across_paragraphs() {
        let t = "“The first part of it goes on,” she said. “And on it goes.\n\n“And then it ends here,” she added.\n\n“A third paragraph continues the story.\n\n“And it ends here now.”\n";
        let q = run(t);
        assert!(q.lone.is_empty(), "{q:?}");
        let last = q.quotations.last().unwrap();
        assert!(last.continues);
        assert_eq!(last.attribution, Attribution::Running);
    }

    #[test]
    fn unclosed_and_unopened_marks() {
        let t = "“It will not happen, she said.\n\nHe left” early.\n";
        let q = run(t);
        assert_eq!(q.lone.len(), 2);
        assert!(q.lone[0].opening);
        assert!(!q.lone[1].opening);
    }

    #[test]
    fn terms_and_titles_are_not_checked() {
        let t = "He is a “fiscal conservative” who loved the film “Gone With the Wind Again Today” and a plan dubbed “the big push for all of us”.\n";
        let q = run(t);
        let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            vec![QuoteKind::Term, QuoteKind::Title, QuoteKind::Title]
        );
    }

    #[test]
    fn every_naming_cue_of_the_spec_names_rather_than_quotes() {
        for cue in [
            "the film",
            "called",
            "dubbed",
            "nicknamed",
            "known as",
            "so-called",
            "the word",
            "the phrase",
            "the term",
        ] {
            let t = format!("Intro with no cue at all.\n\nThe town loves {cue} “The Long Walk Home To The Sea Again Now” a lot.\n\nThe {cue} “Plan that will never work in this town” came up.\n");
            let q = run(&t);
            let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
            assert!(
                kinds.iter().all(|k| *k != QuoteKind::Quotation),
                "{cue}: {kinds:?}"
            );
        }
    }

    #[test]
    fn single_marks_count_only_where_they_are_primary() {
        let t = "He hummed ‘the old song they sang on every crossing’ as he worked.\n\n“The crossing was rough today, very rough,” he said.\n";
        assert_eq!(run(t).quotations[0].kind, QuoteKind::Term);
        let t = "Intro paragraph without a cue.\n\n‘The crossing was rough today, very rough.’\n\n‘We sail again tomorrow,’ the captain said.\n";
        let q = run(t);
        assert_eq!(q.quotations[0].kind, QuoteKind::Quotation);
        assert_eq!(q.quotations[0].attribution, Attribution::None);
    }

    #[test]
    fn lowercase_fragments_are_partial_quotes() {
        let t = "The minister pledged to “leave no one behind in the recovery” next year.\n\n“We will leave no one behind in the recovery,” she said.\n";
        let q = run(t);
        let kinds: Vec<_> = q.quotations.iter().map(|q| q.kind).collect();
        assert_eq!(kinds, vec![QuoteKind::Partial, QuoteKind::Quotation]);
    }

    #[test]
    fn attribution_cases() {
        let t = "The mayor spoke on Monday.\n\n“We will not close a single library this year.”\n\n“This one has nobody saying it at all today.”\n\nShe wrote:\n\n“Colon paragraphs introduce quotes like this one.”\n\nThe plan read like this: “A colon introduces this one too, see.”\n";
        let q = run(t);
        let att: Vec<_> = q.quotations.iter().map(|q| q.attribution.clone()).collect();
        assert!(matches!(att[0], Attribution::Context { .. }), "{att:?}");
        assert_eq!(att[1], Attribution::None);
        assert_eq!(att[2], Attribution::ColonParagraph);
        assert_eq!(att[3], Attribution::Colon);
    }

    #[test]
    fn cues_inside_quotes_do_not_count() {
        let t = "Intro paragraph without any cue here.\n\n“I said we would win and we will win this.”\n";
        let q = run(t);
        assert_eq!(q.quotations[0].attribution, Attribution::None);
    }
}
