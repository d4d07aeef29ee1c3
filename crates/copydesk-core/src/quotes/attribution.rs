//! Whether each quotation is attributed: by the shape of its own sentence (any verb beside a
//! speaker), a credit line, a reporting cue in its paragraph, a running quotation, a colon,
//! or the paragraph before (the SPEC's four cases); a lede quotation by the paragraph after.

use super::{shape, Attribution, Quotation, QuoteKind, Quotes};
use crate::config::QuoteConfig;
use crate::cues::Cues;
use crate::document::{BlockKind, Document};
use std::ops::Range;

/// Blanks every quotation's content in a copy of a block's prose, so cues inside quotes don't count.
/// `spans` holds (block, range) of every quotation in document order.
fn outside_quotes(doc: &Document, block: usize, spans: &[(usize, Range<usize>)]) -> String {
    let range = doc.blocks[block].range.clone();
    let mut bytes = doc.prose.as_bytes()[range.clone()].to_vec();
    // Quotations are sorted, so a block's quotations are one contiguous run.
    let lo = spans.partition_point(|(b, _)| *b < block);
    let hi = spans.partition_point(|(b, _)| *b <= block);
    for (_, r) in &spans[lo..hi] {
        for i in r.clone() {
            // Whole characters lie inside a quotation's range, so blanking every byte keeps UTF-8.
            if let Some(b) = bytes.get_mut(i - range.start) {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// The first cue of a block that reports speech (outside its quotations).
fn block_cue(
    doc: &Document,
    cues: &Cues,
    block: usize,
    spans: &[(usize, Range<usize>)],
) -> Option<Range<usize>> {
    let start = doc.blocks[block].range.start;
    let text = outside_quotes(doc, block, spans);
    let found = cues.matches(&text).find_map(|m| {
        let s = doc.sentence_at(block, start + m.range.start);
        let sentence = s.start.saturating_sub(start)..s.end.saturating_sub(start).min(text.len());
        shape::cue_reports_speech(&text, sentence, &m)
            .then(|| start + m.range.start..start + m.range.end)
    });
    found
}

/// How a quotation's own sentence attributes it, if it does.
fn own_sentence(doc: &Document, q: &Quotation) -> Option<Attribution> {
    let block = &doc.blocks[q.block];
    let from = super::before_start(doc, q);
    let before = doc.prose[from..q.range.start].trim_end();
    let after = &doc.prose[q.range.end..block.range.end];
    // `Who told the council, "…"?`: a question about speech attributes nothing.
    if after.trim_start().starts_with('?') {
        return None;
    }
    if let Some(head) = before.strip_suffix(':') {
        let words = head.trim_end();
        let end = from + words.len();
        // `Under the new plan: "…"`: a colon after words that name no one credits no one.
        if words.chars().any(char::is_alphanumeric)
            && !shape::caption_label(&doc.prose, from, end)
            && !shape::orphan_colon(&doc.prose, from, end)
        {
            return Some(Attribution::Colon);
        }
    }
    if before.ends_with(',') {
        // `In Fenwick's view, "…"`: the noun its possessive owns stands for the verb.
        if let Some(cue) = shape::leading_comma(&doc.prose, from, from + before.len())
            .or_else(|| shape::owned_view(&doc.prose, from, from + before.len()))
            // `Per the club's statement, "…"`
            .or_else(|| shape::leading_credit(&doc.prose, from, from + before.len()))
        {
            return Some(Attribution::Cue { cue });
        }
    }
    if let Some(cue) = shape::possessive_speech(&doc.prose, from, from + before.len())
        // `Tenants were notified that "…"`
        .or_else(|| shape::leading_that(&doc.prose, from, from + before.len()))
    {
        return Some(Attribution::Cue { cue });
    }
    if !q.closed {
        return None;
    }
    let inner = doc.prose[q.content.clone()].trim_end();
    // `"…" – that is the verdict of the inspectors.`: the clause that points back at a
    // quotation in a sentence of its own (below), set off by a dash in the quotation's.
    let spaced = after.trim_start_matches(' ');
    // Set when the dash's clause points back at the words (and names no speaker, below): no
    // verb after it names their speaker.
    let mut pointed = false;
    if let Some(rest) = spaced
        .strip_prefix("--")
        .or_else(|| spaced.strip_prefix(['—', '–', '-']))
        .filter(|r| r.starts_with(' ') || !spaced.starts_with('-'))
    {
        let from = block.range.end - rest.len();
        if let Some(cue) = shape::pointer_credit(&doc.prose, from, block.range.end) {
            return Some(Attribution::Cue { cue });
        }
        pointed = shape::pointer_clause(&doc.prose, from, block.range.end);
    }
    // Headlines drop the comma: `"We will rebuild the pier" vows mayor`.
    // `"…?" – that is the question nobody answered`: a clause pointing back says what the
    // quotation is, and its verb tags no speaker.
    let tagged = !pointed
        && (inner.ends_with([',', '?', '!', '—', '–', '…'])
            || block.kind == BlockKind::Heading
            || after.starts_with(',')
            || after.trim_start_matches(' ').starts_with(['—', '–']));
    if tagged {
        let (from, to) = (q.range.end, block.range.end);
        let comma = inner.ends_with(',');
        // `"…," came the reply from the operator`: the speaker after the noun of words said.
        let cue = comma
            .then(|| shape::inverted_credit(&doc.prose, from, to))
            .flatten()
            .or_else(|| shape::trailing(&doc.prose, from, to, true).map(|(cue, _)| cue))
            // `"…," Pryce was adamant.`
            .or_else(|| comma.then(|| shape::stance(&doc.prose, from, to)).flatten());
        if let Some(cue) = cue {
            return Some(Attribution::Cue { cue });
        }
    }
    // `"…." That was the message from the mayor.`: the next sentence points back at it.
    if inner.ends_with(['.', '!', '?', '…']) {
        if let Some(cue) = shape::pointer_credit(&doc.prose, q.range.end, block.range.end) {
            return Some(Attribution::Cue { cue });
        }
        // `"…." Tom Barr shrugged.`: a beat that ends the paragraph right after the quotation
        // is the speaker's, as one right before it is. Not before another quotation, which it
        // may introduce instead (`"Where were you?" Lund shrugged. "At home."`), and not after
        // a cry or a question, which someone else may answer (`"Fetch the hoses!" Farmhands
        // answered with buckets.`).
        let rest = &doc.prose[q.range.end..block.range.end];
        let start = q.range.end + (rest.len() - rest.trim_start().len());
        let end = q.range.end + rest.trim_end().len();
        // Only a quotation that is a sentence of its own: a phrase woven into the writer's
        // sentence is credited there (`said the results showed "…."`).
        if start < end && inner.ends_with('.') && before.is_empty() {
            let next = doc.sentence_at(q.block, start);
            if next.start >= q.range.end && next.end >= end {
                if let Some(cue) = shape::beat(&doc.prose, start, end) {
                    return Some(Attribution::Cue { cue });
                }
            }
        }
    }
    // `Maren Holt shrugged. "…"`: the sentence right before, in the same paragraph, introduces
    // a quotation that opens its own sentence.
    let lead = || doc.prose[block.range.start..from].trim_end();
    if before.is_empty() && !lead().is_empty() {
        let end = block.range.start + lead().len();
        let prev = doc.sentence_at(q.block, end - 1);
        if prev.end <= from {
            let cue = shape::beat(&doc.prose, prev.start, end)
                .or_else(|| shape::characterised(&doc.prose, prev.start, end, &|_| false));
            if let Some(cue) = cue {
                return Some(Attribution::Cue { cue });
            }
        }
    }
    None
}

/// The verb of an own-sentence attribution (`concurred` of `"…," concurred Maren Holt`,
/// `shrugged` of `Maren Holt shrugged: "…"`), whatever the verb.
fn own_verb(doc: &Document, q: &Quotation, own: &Attribution) -> Option<Range<usize>> {
    match own {
        Attribution::Cue { cue } => Some(cue.clone()),
        Attribution::Colon => {
            let from = super::before_start(doc, q);
            let colon = doc.prose[from..q.range.start]
                .trim_end()
                .len()
                .checked_sub(1)?;
            shape::colon_verb(&doc.prose, from, from + colon)
        }
        _ => None,
    }
}

/// A pull quote credited on a dash line, in its own paragraph or the next one, and whether
/// the credit is a pointing sentence's (whose cue stands for the verb of the speaker, as an
/// own sentence's shape does).
fn credit(doc: &Document, q: &Quotation) -> Option<(Range<usize>, bool)> {
    if !q.closed {
        return None;
    }
    let block = &doc.blocks[q.block];
    let after = &doc.prose[q.range.end..block.range.end];
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','));
    if !rest.is_empty() {
        let at = block.range.end - rest.len();
        let dash = rest.starts_with(['—', '―', '–', '-']);
        return dash
            .then(|| shape::inline_credit(&doc.prose, at, block.range.end))
            .flatten()
            .map(|c| (c, false));
    }
    let before = &doc.prose[block.range.start..q.range.start];
    if before.chars().any(char::is_alphanumeric) {
        return None;
    }
    if let Some(name) = row_credit(doc, q.block) {
        return Some((name, false));
    }
    let next = doc.blocks.get(q.block + 1)?;
    let dash = doc.prose[next.range.clone()].starts_with(['—', '―', '–', '-']);
    if !dash {
        // A quotation standing alone, then `These are the questions Jimmy Connors will ask…`.
        let ends = doc.prose[q.content.clone()]
            .trim_end()
            .ends_with(['.', '!', '?', '…']);
        return ends
            .then(|| shape::pointer_credit(&doc.prose, next.range.start, next.range.end))
            .flatten()
            .map(|c| (c, true));
    }
    shape::credit_line(&doc.prose, next.range.start, next.range.end).map(|c| (c, false))
}

/// A quotation that fills a table cell is credited by a name in an earlier cell of its row
/// (`| Demir | "Buses before bridges." |`): the table's columns say who speaks.
fn row_credit(doc: &Document, block: usize) -> Option<Range<usize>> {
    let mut at = doc.blocks[block].range.start;
    // A few cells back at most: a row of thousands of quoted cells stays linear.
    for prev in doc.blocks[..block].iter().rev().take(8) {
        // Cells of one row: only a cell separator between them, on one line.
        let gap = doc.text.get(prev.range.end..at)?;
        if gap.contains('\n') || !gap.contains('|') {
            return None;
        }
        if let Some(name) = shape::cell_name(&doc.prose, prev.range.clone()) {
            return Some(name);
        }
        at = prev.range.start;
    }
    None
}

/// The family names of the people the draft names in full (a listed given name and then
/// capitalised words: `Lena Strand`, `Tom de Wit Baker`), in lowercase, each with where it is
/// first named. A surname that is also a common word (`Strand`, `Baker`) is that person when
/// it opens a sentence after it. Asked of a few surnames, each is looked for alone (a keystroke
/// asks one or two, and reading every word of a long draft for them was most of its work);
/// asked of more, the draft is read once for them all, so the work stays linear.
struct FullNames<'d> {
    /// The draft's prose.
    text: &'d str,
    /// Each surname asked, and where it is first named in full.
    asked: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<usize>>>,
    /// Every full name of the draft, once more were asked than [`FullNames::LOOKUPS`].
    all: std::cell::OnceCell<rustc_hash::FxHashMap<String, usize>>,
}

impl<'d> FullNames<'d> {
    /// Surnames looked for one by one before the draft is read for them all.
    const LOOKUPS: usize = 8;

    fn new(text: &'d str) -> Self {
        FullNames {
            text,
            asked: Default::default(),
            all: std::cell::OnceCell::new(),
        }
    }

    /// Where the person whose family name is `lower` is first named in full, if they are.
    fn first(&self, lower: &str) -> Option<usize> {
        if let Some(all) = self.all.get() {
            return all.get(lower).copied();
        }
        if let Some(&at) = self.asked.borrow().get(lower) {
            return at;
        }
        if self.asked.borrow().len() >= Self::LOOKUPS || !lower.is_ascii() {
            let all = self.all.get_or_init(|| {
                let mut names = rustc_hash::FxHashMap::default();
                full_names_in(self.text, 0, &mut names);
                names
            });
            return all.get(lower).copied();
        }
        let at = self.look_for(lower);
        self.asked.borrow_mut().insert(lower.to_string(), at);
        at
    }

    /// Reads only the lines that hold the word `lower` (in any case), in order.
    fn look_for(&self, lower: &str) -> Option<usize> {
        let text = self.text;
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([lower])
            .ok()?;
        let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
        let mut line_read = usize::MAX;
        for m in finder.find_iter(text) {
            // Only a whole capitalised word after a space and another capitalised word can end
            // a full name: the line is read only then.
            let (before, after) = (&text[..m.start()], &text[m.end()..]);
            let whole = after.chars().next().is_none_or(|c| !is_word(c))
                && text[m.start()..].starts_with(|c: char| c.is_ascii_uppercase());
            let Some(head) = before.strip_suffix(' ') else {
                continue;
            };
            let prev = &head[head.trim_end_matches(is_word).len()..];
            if !whole || !prev.starts_with(char::is_uppercase) {
                continue;
            }
            let start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
            if start == line_read {
                continue;
            }
            line_read = start;
            let end = text[m.end()..]
                .find('\n')
                .map_or(text.len(), |i| m.end() + i);
            let mut names = rustc_hash::FxHashMap::default();
            full_names_in(&text[start..end], start, &mut names);
            if let Some(&at) = names.get(lower) {
                return Some(at);
            }
        }
        None
    }
}

/// The full names of `text` (see [`FullNames`]), placed from `base`, added to `names` where
/// they are not yet. A name never runs over a line's end, so a line is read alone.
fn full_names_in(text: &str, base: usize, names: &mut rustc_hash::FxHashMap<String, usize>) {
    let word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    // The run of capitalised words being read: where it starts, its length, its last word.
    let mut run: Option<(usize, usize, &str)> = None;
    let mut gap_ok = false;
    let mut at = base;
    let mut end_run = |run: Option<(usize, usize, &str)>| {
        if let Some((start, n, last)) = run {
            if n >= 2 {
                names.entry(last.to_lowercase()).or_insert(start);
            }
        }
    };
    for piece in text.split_inclusive(|c: char| !word(c)) {
        let w = piece.trim_end_matches(|c: char| !word(c));
        let sep = &piece[w.len()..];
        if w.is_empty() {
            // Two separators running: the run is broken.
            end_run(run.take());
            at += piece.len();
            continue;
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        run = match run {
            Some((start, n, _)) if cap && gap_ok => Some((start, n + 1, w)),
            prev => {
                end_run(prev);
                (cap && crate::people::is_given_name(w)).then_some((at, 1, w))
            }
        };
        // Words of one name are set apart by one space, nothing else.
        gap_ok = sep == " ";
        if !gap_ok {
            end_run(run.take());
        }
        at += piece.len();
    }
    end_run(run);
}

/// The sentence before a quotation that opens its own sentence, in its paragraph (`Strand
/// shrugged. "…"`), read as a beat by a surname the draft has named a person by before it (see
/// [`FullNames`]). Read from the block alone under both answers to "is this word such a
/// surname", so the block's cache keeps it and an analysis asks the draft only for the words.
#[derive(Debug, Clone)]
pub(super) struct Lead {
    /// The sentence read.
    sentence: Range<usize>,
    /// Its reading when every word asked names a person.
    known: Reading,
    /// Its reading when none does; `None` when no word was asked.
    unknown: Option<Reading>,
}

/// A beat's verb under one answer to every question, and the words asked.
type Reading = (Option<Range<usize>>, Vec<Box<str>>);

impl Lead {
    /// The lead with every range moved by `shift`.
    pub(super) fn shifted(&self, shift: impl Fn(&Range<usize>) -> Range<usize>) -> Lead {
        Lead {
            sentence: shift(&self.sentence),
            known: (self.known.0.as_ref().map(&shift), self.known.1.clone()),
            unknown: self
                .unknown
                .as_ref()
                .map(|(v, w)| (v.as_ref().map(&shift), w.clone())),
        }
    }

    /// The beat's verb, given who the draft names in full.
    fn verdict(&self, doc: &Document, names: &FullNames) -> Option<Range<usize>> {
        let known = |l: &str| names.first(l).is_some_and(|at| at < self.sentence.start);
        // Reading is deterministic: the same answers to the same questions give the same verb.
        if self.known.1.iter().all(|w| known(w)) {
            return self.known.0.clone();
        }
        match &self.unknown {
            Some((verb, words)) if words.iter().all(|w| !known(w)) => verb.clone(),
            _ => shape::beat_known(&doc.prose, self.sentence.start, self.sentence.end, &known),
        }
    }
}

/// The [`Lead`] of quotation `q` (one with no attribution of its own), if it has one.
pub(super) fn lead(doc: &Document, q: &Quotation) -> Option<Lead> {
    if q.kind != QuoteKind::Quotation || q.continues {
        return None;
    }
    let block = &doc.blocks[q.block];
    let from = super::before_start(doc, q);
    if !doc.prose[from..q.range.start].trim_end().is_empty() {
        return None;
    }
    let lead = doc.prose[block.range.start..from].trim_end();
    if lead.is_empty() {
        return None;
    }
    let end = block.range.start + lead.len();
    let prev = doc.sentence_at(q.block, end - 1);
    if prev.end > from {
        return None;
    }
    let read = |answer: bool| {
        let asked = std::cell::RefCell::new(Vec::new());
        let verb = shape::beat_known(&doc.prose, prev.start, end, &|l: &str| {
            asked.borrow_mut().push(Box::<str>::from(l));
            answer
        });
        (verb, asked.into_inner())
    };
    let known = read(true);
    let unknown = (!known.1.is_empty()).then(|| read(false));
    // With mixed answers the verb may differ from both readings: kept unless no word was asked.
    if known.0.is_none() && unknown.is_none() {
        return None;
    }
    Some(Lead {
        sentence: prev.start..end,
        known,
        unknown,
    })
}

/// An attribution by a quotation's own sentence, with the verb of that shape.
pub(super) type Own = Option<(Attribution, Option<Range<usize>>)>;

/// How quotation `q` is attributed by its own sentence, with the verb of that shape: what
/// its block alone decides (`None` for a quotation whose attribution is not checked).
pub(super) fn own(doc: &Document, q: &Quotation) -> Own {
    // A running quotation's closing paragraph may name its speaker (`"…," said Lind.`): read
    // for the paragraph that opened it (see [`chain_credit`]).
    if q.kind != QuoteKind::Quotation || (q.continues && !q.closed) {
        return None;
    }
    let a = own_sentence(doc, q)?;
    let verb = own_verb(doc, q, &a);
    Some((a, verb))
}

/// The first cue of each block that reports speech, as far as it has been asked for.
pub(super) type CueCache = Vec<Option<Option<Range<usize>>>>;

/// Decides the attribution of every checked quotation, given what each one's own sentence
/// says (`own`, see [`own`]) and the block cues known so far (`cue_cache`, filled in here).
pub(super) fn attribute(
    doc: &Document,
    config: &QuoteConfig,
    cues: &Cues,
    quotes: &mut Quotes,
    own: &[Own],
    leads: &[Option<Lead>],
    cue_cache: &mut CueCache,
) {
    let spans: Vec<(usize, Range<usize>)> = quotes
        .quotations
        .iter()
        .map(|q| (q.block, q.range.clone()))
        .collect();
    let mut cue_in = |block: usize| -> Option<Range<usize>> {
        cue_cache[block]
            .get_or_insert_with(|| block_cue(doc, cues, block, &spans))
            .clone()
    };
    // The first item of the list each block is an item of (itself for any other block): found
    // once, so a long list of quotations is not walked back for each.
    let mut list_start: Vec<usize> = Vec::with_capacity(doc.blocks.len());
    for (bi, b) in doc.blocks.iter().enumerate() {
        let first = match bi.checked_sub(1) {
            Some(p) if b.item && doc.blocks[p].item => list_start[p],
            _ => bi,
        };
        list_start.push(first);
    }
    // First the quotations whose own sentence names the speaker: such a block attributes its
    // other quotations and gives context to the next block.
    let mut speaks: Vec<Option<Range<usize>>> = vec![None; doc.blocks.len()];
    for (q, a) in quotes.quotations.iter().zip(own) {
        // A running quotation's own credit is read for the paragraph that opened it alone.
        if q.continues {
            continue;
        }
        let cue = match a {
            Some((Attribution::Cue { cue }, _)) => cue.clone(),
            Some(_) => q.range.start..q.range.start,
            None => continue,
        };
        speaks[q.block].get_or_insert(cue);
    }
    // Asked only of a sentence shaped as a beat: most drafts never ask it.
    let names = FullNames::new(&doc.prose);
    for i in 0..quotes.quotations.len() {
        let chained = own[i]
            .is_none()
            .then(|| chain_credit(&quotes.quotations, own, i))
            .flatten();
        let (q, own) = (&mut quotes.quotations[i], &own[i]);
        if q.kind != QuoteKind::Quotation {
            continue;
        }
        q.attribution = if q.continues {
            Attribution::Running
        } else if let Some((a, verb)) = own {
            q.verb = verb.clone();
            a.clone()
        } else if let Some(cue) = leads[i].as_ref().and_then(|l| l.verdict(doc, &names)) {
            q.verb = Some(cue.clone());
            Attribution::Cue { cue }
        } else if let Some((cue, points)) = credit(doc, q)
            .or_else(|| cue_in(q.block).map(|c| (c, false)))
            .or_else(|| speaks[q.block].clone().map(|c| (c, false)))
        {
            // `That was the verdict of Ruth Okafor.` in the paragraph after: its speaker is
            // read as an own sentence's is.
            if points {
                q.verb = Some(cue.clone());
            }
            Attribution::Cue { cue }
        } else {
            match from_previous(doc, config, q, &speaks, &list_start, &names, &mut cue_in) {
                Attribution::None => match chained {
                    Some((cue, verb)) => {
                        q.verb = verb;
                        Attribution::Cue { cue }
                    }
                    None => lede_credit(doc, config, q, &speaks, &mut cue_in)
                        .map_or(Attribution::None, |cue| Attribution::Cue { cue }),
                },
                a => a,
            }
        };
    }
}

/// A quotation left open at its paragraph's end and carried on in the next ones (the
/// convention for a quotation of several paragraphs), credited where the run closes: the own
/// shape of its closing quotation (`"…," said Teodor Lind.`); a cue elsewhere in that
/// paragraph may be another sentence's. Read only for the quotation that opens the run, so
/// each run is walked once.
fn chain_credit(
    quotations: &[Quotation],
    own: &[Own],
    i: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let q = &quotations[i];
    if q.kind != QuoteKind::Quotation || q.continues || q.closed || !q.continued {
        return None;
    }
    let mut j = i + 1;
    while let Some(next) = quotations.get(j).filter(|n| n.continues) {
        if next.closed {
            return match &own[j] {
                Some((Attribution::Cue { cue }, verb)) => Some((cue.clone(), verb.clone())),
                _ => None,
            };
        }
        if !next.continued {
            return None;
        }
        j += 1;
    }
    None
}

/// A quotation in the story's first paragraph (only headings before it) credited by the
/// paragraph after it: a lede that opens on the words and names who said them next (`“We
/// are not leaving.”` / `Maren Holt, the harbour master, said the council …`). The cue of
/// that paragraph, its first that reports speech, else the one of its own quotation's shape;
/// from context, so not with `quotes.strict`.
fn lede_credit(
    doc: &Document,
    config: &QuoteConfig,
    q: &Quotation,
    speaks: &[Option<Range<usize>>],
    cue_in: &mut impl FnMut(usize) -> Option<Range<usize>>,
) -> Option<Range<usize>> {
    let lede = doc.blocks[q.block].kind == BlockKind::Paragraph
        && !doc.blocks[q.block].item
        && doc.blocks[..q.block]
            .iter()
            .all(|b| b.kind == BlockKind::Heading);
    let next = q.block + 1;
    let credits = doc
        .blocks
        .get(next)
        .is_some_and(|b| b.kind == BlockKind::Paragraph && !b.item);
    if config.strict || !lede || !credits {
        return None;
    }
    cue_in(next).or_else(|| speaks[next].clone())
}

/// Cases 3 and 4: the paragraph before ends with a colon, or names a speaker.
fn from_previous(
    doc: &Document,
    config: &QuoteConfig,
    q: &Quotation,
    speaks: &[Option<Range<usize>>],
    list_start: &[usize],
    names: &FullNames,
    cue_in: &mut impl FnMut(usize) -> Option<Range<usize>>,
) -> Attribution {
    let Some(prev) = q
        .block
        .checked_sub(1)
        .filter(|&p| doc.blocks[p].kind == BlockKind::Paragraph)
    else {
        return Attribution::None;
    };
    if doc.blocks[q.block].item {
        // A list of quotations after a colon (`Mo Haddad listed three:`): the colon introduces
        // every item, down the list.
        let first = list_start[q.block];
        if first < q.block {
            if let Some(intro) = first.checked_sub(1) {
                if doc.prose[doc.blocks[intro].range.clone()]
                    .trim_end()
                    .ends_with(':')
                {
                    return Attribution::ColonParagraph;
                }
            }
            // Items that each credit their own speaker (a vox pop, by a verb or `according
            // to`): an item that credits no one is not the last item's speaker.
            if speaks[prev].is_some() || cue_in(prev).is_some() {
                return Attribution::None;
            }
        }
    }
    let range = doc.blocks[prev].range.clone();
    let prev_text = doc.prose[range.clone()].trim_end();
    let prev_text = prev_text.trim_end_matches(['*', '_']);
    if let Some(head) = prev_text.strip_suffix(':') {
        let colon = range.start + head.trim_end().len();
        let last = doc
            .sentence_at(prev, colon.saturating_sub(1))
            .start
            .max(range.start);
        if !shape::caption_label(&doc.prose, range.start, colon)
            && !shape::orphan_colon(&doc.prose, last, colon)
        {
            return Attribution::ColonParagraph;
        }
    }
    // A paragraph whose only credit names a thing as its source (`According to figures from
    // the ministry, …`) has no speaker to go on with.
    let thing = |cue: &Range<usize>| {
        speaks[prev].is_none() && shape::thing_source(&doc.prose, cue.start, range.end)
    };
    let cue = speaks[prev]
        .clone()
        .or_else(|| cue_in(prev))
        .or_else(|| closing_beat(doc, prev, q, names));
    match cue {
        Some(_) if config.strict => Attribution::None,
        Some(cue) if thing(&cue) => Attribution::None,
        Some(cue) => Attribution::Context { cue },
        None => Attribution::None,
    }
}

/// The stance taken in words that ends paragraph `prev` (`The union welcomed the ruling.`),
/// when quotation `q` opens the paragraph after it: the words are the body's or the person's,
/// as after a reporting verb there (`The union criticised the ruling.`). Any other beat
/// (`Tom Barr was furious.`, `Lund shrugged.`) introduces only a quotation in its own paragraph.
fn closing_beat(
    doc: &Document,
    prev: usize,
    q: &Quotation,
    names: &FullNames,
) -> Option<Range<usize>> {
    let block = &doc.blocks[q.block];
    if !doc.prose[block.range.start..q.range.start]
        .trim()
        .is_empty()
    {
        return None;
    }
    let range = doc.blocks[prev].range.clone();
    let end = range.start + doc.prose[range.clone()].trim_end().len();
    if end == range.start {
        return None;
    }
    let start = doc.sentence_at(prev, end - 1).start.max(range.start);
    let known = |l: &str| names.first(l).is_some_and(|at| at < start);
    let w = super::words::words();
    if let Some(verb) = shape::beat_known(&doc.prose, start, end, &known) {
        let word = doc.prose[verb.clone()].to_lowercase();
        return w.stance.contains(&word).then_some(verb);
    }
    // `Okoro branded the plan "reckless."`: a verdict ending on a phrase of the speaker's.
    let verb = shape::characterised(&doc.prose, start, end, &known)?;
    let word = doc.prose[verb.clone()].to_lowercase();
    (w.stance.contains(&word) || w.characterising.contains(&word)).then_some(verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A surname looked for alone is found where the one pass over the draft finds it.
    #[test]
    fn a_surname_looked_for_alone_is_where_the_whole_draft_names_it() {
        let text = "Stone walls stood. The mayor, Lena Strand, spoke; then STRAND left.\n\
            Harbour master Tom de Wit Baker said it.\nA baker, Baker, and Ann Baker met.\n\
            Strand shrugged. Dr Ian Hall and Ian McDonald came.\nLena\nStone";
        let mut all = rustc_hash::FxHashMap::default();
        full_names_in(text, 0, &mut all);
        assert_eq!(all.get("strand"), Some(&text.find("Lena").unwrap()));
        let names = FullNames::new(text);
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let l = w.to_lowercase();
            assert_eq!(names.look_for(&l), all.get(&l).copied(), "{l}");
        }
        // More surnames asked than are looked for alone: the draft is read once.
        for l in ["a", "b", "c", "d", "e", "f", "g", "h", "i"] {
            let _ = names.first(l);
        }
        assert!(names.all.get().is_some());
        assert_eq!(names.first("baker"), all.get("baker").copied());
    }
}
