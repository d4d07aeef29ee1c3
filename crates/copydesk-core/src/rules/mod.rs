//! The rules: one module per rule, each behind the small [`Rule`] trait, listed in [`RULES`].
//!
//! To add a rule: write `rules/<rule_id>.rs` with a unit struct implementing [`Rule`], add it to
//! [`RULES`], and give it tests. Its id is public API: never rename one.

use crate::config::Config;
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::people::{MentionIndex, People};
use crate::quotes::{Quotation, QuoteKind, Quotes};
use crate::rule_id::RuleId;
use crate::sources::QuoteMatch;
use crate::styles::StyleProfile;
use crate::titles::TitleUsage;
use std::sync::OnceLock as OnceCell;

mod ambiguous_name;
mod misattributed_quote;
mod misquote;
mod name_spelling;
mod title_consistency;
mod title_style;
mod unattributed_quote;
mod unbalanced_quote;
mod unsourced_quote;

pub use ambiguous_name::AmbiguousName;
pub use misattributed_quote::MisattributedQuote;
pub use misquote::Misquote;
pub use name_spelling::NameSpelling;
pub use title_consistency::TitleConsistency;
pub use title_style::TitleStyle;
pub use unattributed_quote::UnattributedQuote;
pub use unbalanced_quote::UnbalancedQuote;
pub use unsourced_quote::UnsourcedQuote;

/// Everything a rule may read: the parsed draft and the analyses shared by all rules.
pub struct Context<'a> {
    /// The parsed draft.
    pub doc: &'a Document<'a>,
    /// The settings in force.
    pub config: &'a Config,
    /// The draft's quotations.
    pub quotes: &'a Quotes,
    /// The draft's people and their mentions (see [`Context::people`]); `None` for the rules
    /// that read no person, run while the people stage works (see [`Rule::reads_people`]).
    people: Option<&'a People>,
    /// The selected house style, if any.
    pub style: Option<&'static StyleProfile>,
    /// Each quotation held to the record (empty when no sources are configured).
    pub matches: &'a [Option<QuoteMatch>],
    /// The title usages both title rules read: given (see [`Context::with_title_usages`]) or
    /// found on first use.
    title_usages: OnceCell<Vec<TitleUsage>>,
    /// The people's mentions by position, built on first use.
    mentions: OnceCell<MentionIndex>,
    /// The last words of names given in full in the draft (`Lane` for `Keir Lane`), found on
    /// first use.
    surnames_in_full: OnceCell<rustc_hash::FxHashSet<&'a str>>,
    /// The people given an earned title (see `titles::consistency::earned_title`), found on
    /// first use.
    earned_titles: OnceCell<crate::titles::consistency::EarnedTitles>,
    /// What the rules worked out last time from text read again now (`None`: work it all out).
    memo: Option<&'a crate::memo::RulesMemo>,
}

impl<'a> Context<'a> {
    /// A context over a parsed draft and its shared analyses.
    pub fn new(
        doc: &'a Document<'a>,
        config: &'a Config,
        quotes: &'a Quotes,
        people: &'a People,
        style: Option<&'static StyleProfile>,
    ) -> Context<'a> {
        Context {
            doc,
            config,
            quotes,
            people: Some(people),
            style,
            matches: &[],
            title_usages: OnceCell::new(),
            mentions: OnceCell::new(),
            surnames_in_full: OnceCell::new(),
            earned_titles: OnceCell::new(),
            memo: None,
        }
    }

    /// The same context keeping what the rules work out for the next analysis in `memo`.
    pub(crate) fn with_memo(mut self, memo: Option<&'a crate::memo::RulesMemo>) -> Context<'a> {
        self.memo = memo;
        self
    }

    /// [`crate::quotes::shape::before_attribution`] in the prose, kept by the text it reads
    /// (`from` to `to`, and the character after): an unclosed quotation's paragraph is read
    /// again only when it changed.
    pub(crate) fn before_attribution(&self, from: usize, to: usize) -> Option<(usize, bool)> {
        let prose = &self.doc.prose;
        let find = || crate::quotes::shape::before_attribution(prose, from, to);
        let Some(memo) = self.memo else {
            return find();
        };
        let bytes = prose.as_bytes();
        let (Some(read), Some(len)) = (
            bytes.get(from..(to + 4).min(bytes.len())),
            u32::try_from(to.saturating_sub(from)).ok(),
        ) else {
            return find();
        };
        // The length read to, then the text: the same key is the same answer, wherever it stands.
        let mut key = Vec::with_capacity(4 + read.len());
        key.extend_from_slice(&len.to_le_bytes());
        key.extend_from_slice(read);
        let mut kept = memo.closing.lock().unwrap_or_else(|e| e.into_inner());
        let found = *kept.get_or_make(&key[..], || {
            find().map(|(at, certain)| (at - from, certain))
        });
        found.map(|(at, certain)| (at + from, certain))
    }

    /// [`crate::quotes::shape::ends_on_attribution`] of `from..to`, as the last analysis
    /// answered it for the same words: a long draft's merged paragraphs are asked on every
    /// keystroke.
    pub(crate) fn ends_on_attribution(&self, from: usize, to: usize) -> bool {
        let prose = &self.doc.prose;
        let find = || crate::quotes::shape::ends_on_attribution(prose, from, to);
        // The answer reads the last bytes alone (see `shape::ends_on_attribution`).
        let tail = from.max(to.saturating_sub(crate::quotes::shape::ATTRIBUTION_BYTES));
        let (Some(memo), Some(words)) = (self.memo, prose.as_bytes().get(tail..to)) else {
            return find();
        };
        let mut kept = memo.credited.lock().unwrap_or_else(|e| e.into_inner());
        *kept.get_or_make(words, find)
    }

    /// A context for the rules that read no person (see [`Rule::reads_people`]), made before
    /// the draft's people are known.
    pub(crate) fn without_people(
        doc: &'a Document<'a>,
        config: &'a Config,
        quotes: &'a Quotes,
        style: Option<&'static StyleProfile>,
    ) -> Context<'a> {
        Context {
            people: None,
            ..Context::new(doc, config, quotes, &NO_PEOPLE, style)
        }
    }

    /// The draft's people and their mentions. A rule that says it reads no person (see
    /// [`Rule::reads_people`]) and asks is a bug: tests (debug builds) stop on it.
    pub fn people(&self) -> &'a People {
        debug_assert!(
            self.people.is_some(),
            "a rule that reads no person asked for the people"
        );
        self.people.unwrap_or(&NO_PEOPLE)
    }

    /// The same context with the quotations' matches against the record.
    pub fn with_matches(mut self, matches: &'a [Option<QuoteMatch>]) -> Context<'a> {
        self.matches = matches;
        self
    }

    /// The same context with the title usages found already (see [`title_usages`]).
    pub(crate) fn with_title_usages(self, usages: Vec<TitleUsage>) -> Context<'a> {
        let _ = self.title_usages.set(usages);
        self
    }

    /// The title usages outside headings and quotations, shared by the title rules.
    pub fn title_usages(&self) -> &[TitleUsage] {
        self.title_usages
            .get_or_init(|| title_usages(self.doc, self.quotes, crate::titles::find(self.doc)))
    }
}

/// The title usages of `found` (all of a draft's) outside headings and quotations. They read
/// the draft and its quotations, not its people, so they are sorted out while the people stage
/// runs.
pub(crate) fn title_usages(
    doc: &Document,
    quotes: &Quotes,
    found: Vec<TitleUsage>,
) -> Vec<TitleUsage> {
    // The usages come in the draft's order: where each stands among the blocks, lone marks
    // and quotations is found by moving on from where the last stood, not searched afresh.
    let mut at = Where::default();
    found
        .into_iter()
        .filter(|u| {
            if u.in_heading {
                return false;
            }
            let offset = u.range.start;
            if offset < at.offset {
                at = Where::default();
            }
            at.offset = offset;
            let (blocks, lone, qs) = (&doc.blocks, &quotes.lone, &quotes.quotations);
            while at.block < blocks.len() && blocks[at.block].range.end <= offset {
                at.block += 1;
            }
            while at.lone < lone.len() && lone[at.lone].range.start <= offset {
                at.lone += 1;
            }
            while at.quote < qs.len() && qs[at.quote].range.start <= offset {
                at.quote += 1;
            }
            let here = blocks
                .get(at.block)
                .is_some_and(|b| b.range.start <= offset)
                .then_some(at.block);
            !quoted_at(doc, quotes, offset, here, at.lone, at.quote)
        })
        .collect()
}

/// Where an offset stands: its block (or the first after it), and how many lone marks and
/// quotations start at or before it (see [`title_usages`]).
#[derive(Default)]
struct Where {
    offset: usize,
    block: usize,
    lone: usize,
    quote: usize,
}

impl<'a> Context<'a> {
    /// The last words of names the draft gives in full (a given name, then a surname: `Lane`
    /// for `Keir Lane`), in one pass over its prose on first use.
    pub(crate) fn surnames_in_full(&self) -> &rustc_hash::FxHashSet<&'a str> {
        self.surnames_in_full
            .get_or_init(|| crate::titles::surnames_in_full(&self.doc.prose))
    }
}

impl Context<'_> {
    /// The people given an earned title, found once (see
    /// `titles::consistency::earned_title`).
    pub(crate) fn earned_titles(&self) -> &crate::titles::consistency::EarnedTitles {
        self.earned_titles
            .get_or_init(|| crate::titles::consistency::EarnedTitles::of(self.people()))
    }

    /// The person of the story mentioned at byte `offset`, in O(log n) after one O(n log n) index.
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        self.mentions
            .get_or_init(|| MentionIndex::new(self.people()))
            .person_at(offset)
    }

    /// The closed quotation (not a nested one) that holds the mark at `at`, if one does.
    /// Quotations are sorted by their start, and only the few that open just before `at` are
    /// read (those nested in the one around it).
    pub fn closed_around(&self, at: usize) -> Option<&Quotation> {
        closed_around(self.quotes, at)
    }

    /// Whether `offset` is inside a quotation or a Markdown block quotation (where title rules
    /// never flag). An opening mark
    /// that is never closed (and not a running quotation) is trusted only to the end of its
    /// sentence: past that, where the quotation ends is a guess, and the draft's own words after
    /// it must still be checked.
    pub fn in_quotation(&self, offset: usize) -> bool {
        in_quotation(self.doc, self.quotes, offset)
    }
}

/// [`Context::closed_around`], from the quotations alone.
fn closed_around(quotes: &Quotes, at: usize) -> Option<&Quotation> {
    let qs = &quotes.quotations;
    let i = qs.partition_point(|q| q.range.start < at);
    qs[..i]
        .iter()
        .rev()
        .take(4)
        .find(|q| q.closed && q.kind != QuoteKind::Nested && q.content.end > at)
}

/// [`Context::in_quotation`], from the draft and its quotations alone.
pub(crate) fn in_quotation(doc: &Document, quotes: &Quotes, offset: usize) -> bool {
    let here = doc.block_at(offset);
    let j = quotes.lone.partition_point(|m| m.range.start <= offset);
    let i = quotes
        .quotations
        .partition_point(|q| q.range.start <= offset);
    quoted_at(doc, quotes, offset, here, j, i)
}

/// [`in_quotation`] with the offset's block (`here`), and the number of lone marks (`j`) and
/// of quotations (`i`) that start at or before it, found by the caller.
fn quoted_at(
    doc: &Document,
    quotes: &Quotes,
    offset: usize,
    here: Option<usize>,
    j: usize,
    i: usize,
) -> bool {
    // A Markdown block quotation sets someone else's words off (a letter, a statement).
    if here.is_some_and(|b| doc.blocks[b].quoted) {
        return true;
    }
    let in_sentence_of = |mark: usize, block: Option<usize>| {
        block.is_some_and(|b| {
            let s = doc.sentence_at(b, mark);
            mark <= offset && offset < s.end
        })
    };
    // A lone opening mark (never closed, not paired) still opens a quotation to its
    // sentence's end; one nested in a closed quotation, to that quotation's end at most. A
    // sentence never leaves its block, so a mark before the offset's block is not read.
    let lone = &quotes.lone;
    let block_start = here.map_or(usize::MAX, |b| doc.blocks[b].range.start);
    if lone[..j]
        .iter()
        .rev()
        .take(4)
        .take_while(|m| m.range.start >= block_start)
        .any(|m| {
            m.opening
                && in_sentence_of(m.range.start, here)
                && closed_around(quotes, m.range.start).is_none_or(|q| offset < q.range.end)
        })
    {
        return true;
    }
    let qs = &quotes.quotations;
    qs[..i].iter().rev().take(8).any(|q| {
        if !q.range.contains(&offset) {
            return false;
        }
        if q.closed || q.continued {
            return true;
        }
        in_sentence_of(q.range.start, Some(q.block))
    })
}

/// The people of a context made without them (see [`Context::without_people`]).
static NO_PEOPLE: People = People {
    persons: Vec::new(),
    speakers: Vec::new(),
    spellings: Vec::new(),
    ambiguous: Vec::new(),
};

/// One check of the copy desk.
pub trait Rule: Sync {
    /// The stable public id, such as `unattributed-quote`.
    fn id(&self) -> RuleId;
    /// One line saying what the rule flags.
    fn summary(&self) -> &'static str;
    /// The rule's documentation in Markdown, with an example (shown by `copydesk explain`).
    fn docs(&self) -> &'static str;
    /// The severity used when the config says nothing.
    fn default_severity(&self) -> Severity {
        Severity::Warning
    }
    /// Appends this rule's findings for the draft to `out`.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
    /// Whether the rule reads the draft's people. One that does not runs while the people
    /// stage works, with a context that has none ([`Context::without_people`]).
    fn reads_people(&self) -> bool {
        true
    }
}

/// Every rule, in the order they run.
pub static RULES: &[&dyn Rule] = &[
    &UnattributedQuote,
    &UnbalancedQuote,
    &NameSpelling,
    &AmbiguousName,
    &TitleConsistency,
    &TitleStyle,
    &Misquote,
    &MisattributedQuote,
    &UnsourcedQuote,
];

/// Looks a rule up by its id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.id().as_str() == id)
}

#[cfg(test)]
mod tests {
    use super::{in_quotation, title_usages};
    use crate::config::QuoteConfig;
    use crate::cues::Cues;
    use crate::document::{DocKind, Document};

    /// The usages kept by walking the draft in order are those each asked alone would keep:
    /// quotations closed, never closed, running over paragraphs, nested, and a block quotation.
    #[test]
    fn usages_walked_in_order_are_those_asked_alone() {
        let drafts = [
            "Mr Okafor spoke. “President Mensah will come,” said Dr Lindqvist.\n\n\
             “Senator Varga said no. Mr Pryce agreed\n\n\
             “and Governor Marsh too,” she said. Ms Raman left.\n\n\
             > Chancellor Osei wrote that Mr Okafor erred.\n\n\
             ‘Mayor Hale’s ‘Captain Ruiz’ line,’ said Prof. Adeyemi, “won.” Dr Ng nodded.",
            "“Never closed, Mr Brandt said Judge Kwame was late.\n\nSheriff Tate arrived.",
            "# President Mensah\n\nMrs Cole said: “Inspector Dahl knew” and Lord Vane smiled.",
        ];
        for text in drafts {
            let doc = Document::parse(text, DocKind::Markdown);
            let quotes = crate::quotes::extract(&doc, &QuoteConfig::default(), Cues::builtin());
            let found = crate::titles::find(&doc);
            let outside = found.iter().filter(|u| !u.in_heading).count();
            let alone: Vec<_> = found
                .iter()
                .filter(|u| !u.in_heading && !in_quotation(&doc, &quotes, u.range.start))
                .map(|u| u.range.clone())
                .collect();
            let walked: Vec<_> = title_usages(&doc, &quotes, found)
                .into_iter()
                .map(|u| u.range)
                .collect();
            assert_eq!(walked, alone, "{text}");
            // Some usages in quotations and some outside, so the walk had both to tell apart.
            assert!(!walked.is_empty() && walked.len() < outside, "{text}");
        }
    }
}
