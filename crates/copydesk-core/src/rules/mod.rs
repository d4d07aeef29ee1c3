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
use crate::titles::memo::TitlesMemo;
use crate::titles::TitleUsage;
use std::cell::{OnceCell, RefCell};

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
    /// The draft's people and their mentions.
    pub people: &'a People,
    /// The selected house style, if any.
    pub style: Option<&'static StyleProfile>,
    /// Each quotation held to the record (empty when no sources are configured).
    pub matches: &'a [Option<QuoteMatch>],
    /// The title usages both title rules read, found once on first use.
    title_usages: OnceCell<Vec<TitleUsage>>,
    /// The cache the title usages are found through, if any (`titles/memo.rs`).
    titles_memo: Option<RefCell<&'a mut TitlesMemo>>,
    /// The people's mentions by position, built on first use.
    mentions: OnceCell<MentionIndex>,
    /// The last words of names given in full in the draft (`Lane` for `Keir Lane`), found on
    /// first use.
    surnames_in_full: OnceCell<rustc_hash::FxHashSet<&'a str>>,
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
            people,
            style,
            matches: &[],
            title_usages: OnceCell::new(),
            titles_memo: None,
            mentions: OnceCell::new(),
            surnames_in_full: OnceCell::new(),
        }
    }

    /// The same context with the quotations' matches against the record.
    pub fn with_matches(mut self, matches: &'a [Option<QuoteMatch>]) -> Context<'a> {
        self.matches = matches;
        self
    }

    /// The same context finding title usages through a cache kept between analyses.
    pub(crate) fn with_titles_memo(mut self, memo: &'a mut TitlesMemo) -> Context<'a> {
        self.titles_memo = Some(RefCell::new(memo));
        self
    }

    /// The title usages outside headings and quotations, shared by the title rules.
    pub fn title_usages(&self) -> &[TitleUsage] {
        self.title_usages.get_or_init(|| {
            let found = match &self.titles_memo {
                Some(memo) => crate::titles::find_memo(self.doc, &mut memo.borrow_mut()),
                None => crate::titles::find(self.doc),
            };
            crate::titles::checked(self, found)
        })
    }
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
    /// The person of the story mentioned at byte `offset`, in O(log n) after one O(n log n) index.
    pub fn person_at(&self, offset: usize) -> Option<usize> {
        self.mentions
            .get_or_init(|| MentionIndex::new(self.people))
            .person_at(offset)
    }

    /// The closed quotation (not a nested one) that holds the mark at `at`, if one does.
    /// Quotations are sorted by their start, and only the few that open just before `at` are
    /// read (those nested in the one around it).
    pub fn closed_around(&self, at: usize) -> Option<&Quotation> {
        let qs = &self.quotes.quotations;
        let i = qs.partition_point(|q| q.range.start < at);
        qs[..i]
            .iter()
            .rev()
            .take(4)
            .find(|q| q.closed && q.kind != QuoteKind::Nested && q.content.end > at)
    }

    /// Whether `offset` is inside a quotation or a Markdown block quotation (where title rules
    /// never flag). An opening mark
    /// that is never closed (and not a running quotation) is trusted only to the end of its
    /// sentence: past that, where the quotation ends is a guess, and the draft's own words after
    /// it must still be checked.
    pub fn in_quotation(&self, offset: usize) -> bool {
        let cx = self;
        // A Markdown block quotation sets someone else's words off (a letter, a statement).
        if cx
            .doc
            .block_at(offset)
            .is_some_and(|b| cx.doc.blocks[b].quoted)
        {
            return true;
        }
        let in_sentence_of = |mark: usize, block: Option<usize>| {
            block.is_some_and(|b| {
                let s = cx.doc.sentence_at(b, mark);
                mark <= offset && offset < s.end
            })
        };
        // A lone opening mark (never closed, not paired) still opens a quotation to its
        // sentence's end; one nested in a closed quotation, to that quotation's end at most.
        let lone = &cx.quotes.lone;
        let j = lone.partition_point(|m| m.range.start <= offset);
        if lone[..j].iter().rev().take(4).any(|m| {
            m.opening
                && in_sentence_of(m.range.start, cx.doc.block_at(m.range.start))
                && self
                    .closed_around(m.range.start)
                    .is_none_or(|q| offset < q.range.end)
        }) {
            return true;
        }
        let qs = &cx.quotes.quotations;
        let i = qs.partition_point(|q| q.range.start <= offset);
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
}

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
