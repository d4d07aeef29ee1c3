//! Who said each quotation: the named subject of its cue, a title and surname, a described
//! speaker (`a spokesman for the ministry`), or a pronoun resolved to the nearest fitting
//! person introduced before it. Unresolved when the text does not say.

use super::cands::Cand;
use super::lexicon::{Gender, Lexicon};
use super::scan::{InQuote, Tok};
use super::Speaker;
use crate::document::Document;
use crate::quotes::{Attribution, Quotation, QuoteKind, Quotes};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Tok],
    cands: &'a [Cand],
    owner: &'a [Option<usize>],
    genders: &'a [Option<Gender>],
    /// Candidate -> the people an ambiguous bare surname may mean.
    ambiguous: &'a HashMap<usize, Vec<usize>>,
    /// Token index -> candidate ending there / starting there.
    end_at: &'a ByToken,
    start_at: &'a ByToken,
    lex: &'static Lexicon,
    /// Token -> whether its verb names the hearer (see [`Ctx::hearer`]): the verbs of a
    /// paragraph are asked again for each of its quotations.
    hearers: std::cell::RefCell<Hearers>,
    /// Candidate -> the nearest candidate at or before it, in its block and outside
    /// quotations, that is a person (see [`colon_speaker`]; made on first use).
    nearest_person: std::cell::OnceCell<Vec<Option<usize>>>,
    /// The same within its sentence (see [`Ctx::subject`]).
    nearest_in_sentence: std::cell::OnceCell<Vec<Option<usize>>>,
    /// The block last asked about by [`Ctx::cue_near`]: quotations are asked in order, several
    /// to a block.
    block_cues: std::cell::RefCell<Option<BlockCues>>,
    /// The draft's blocks (paragraphs and headings).
    blocks: &'a [crate::document::Block],
    /// Block -> the interviewee its answers are given by (see [`Ctx::interviewees`]).
    interviewees: std::cell::OnceCell<Vec<Option<usize>>>,
    /// A family name in lowercase -> the one person it names (see [`Ctx::by_surname`]).
    surnames: std::cell::OnceCell<HashMap<String, Option<usize>>>,
    /// Whether a speaker counted by a determiner of number is read (see
    /// [`Ctx::subject_counted`]).
    counted: std::cell::Cell<bool>,
    /// Whether the quotation being read asked what the whole draft's people tell (see
    /// [`Ctx::interviewees`], [`Ctx::by_surname`]).
    global: std::cell::Cell<bool>,
}

/// A block's tokens and the reporting verbs among them (see [`Ctx::cue_near`]).
struct BlockCues {
    block: usize,
    /// Its tokens, as indexes of the draft's.
    toks: std::ops::Range<usize>,
    /// The tokens of its reporting verbs, in order.
    cues: Vec<usize>,
}

/// What the speakers of quotations are read from besides the text and the quotations: the
/// name candidates, the person each one is, and where candidates end and start. Built once
/// per resolution of the draft's people, and kept with them for an analysis that reuses them.
#[derive(Debug, Default)]
pub struct Known {
    pub cands: std::sync::Arc<Vec<Cand>>,
    pub owner: Vec<Option<usize>>,
    pub genders: Vec<Option<Gender>>,
    /// Candidate -> the people an ambiguous bare surname may mean.
    pub ambiguous: HashMap<usize, Vec<usize>>,
    end_at: ByToken,
    start_at: ByToken,
    /// Held only to be freed with the rest (see [`Ends::spent`]).
    _spent: Option<std::sync::Arc<Vec<Cand>>>,
    /// Whether phrases woven into the writer's sentences are credited (see
    /// [`Ctx::woven_credit`]): only a draft held to a record reads their speakers, so a draft
    /// with none is spared the reading on every keystroke.
    pub woven: bool,
    /// Per quotation, whether its speaker was read from what the whole draft's people tell
    /// (see [`Ctx::global`]), as the last reading of speakers from these people left it.
    globals: std::sync::Mutex<Vec<bool>>,
}

/// Where each candidate ends and starts, by token: read from the candidates alone, so it is
/// built while their people are still being worked out.
#[derive(Debug, Default)]
pub struct Ends {
    end_at: ByToken,
    start_at: ByToken,
    /// The candidates its tables indexed before (see [`SpareEnds`]), freed with these, off
    /// the keystroke's path.
    spent: Option<std::sync::Arc<Vec<Cand>>>,
}

/// A candidate by token index (one slot per token up to the last candidate's end, the
/// candidate's index plus one): a table rather than a map, filled and read far faster on
/// every keystroke.
#[derive(Debug, Default)]
struct ByToken(Vec<u32>);

impl ByToken {
    /// No candidate.
    const NONE: u32 = 0;

    /// The candidate at token `i`.
    fn get(&self, i: usize) -> Option<usize> {
        self.0
            .get(i)
            .filter(|&&c| c != Self::NONE)
            .map(|&c| c as usize - 1)
    }
}

/// Whether the verb at each token names the hearer, for the tokens asked (see
/// [`Ctx::hearer`]): a table by token, made on first use, rather than a map.
#[derive(Debug, Default)]
struct Hearers(Vec<u8>);

impl Hearers {
    /// The answer for token `k`, if asked.
    fn get(&self, k: usize) -> Option<bool> {
        match self.0.get(k) {
            Some(1) => Some(false),
            Some(2) => Some(true),
            _ => None,
        }
    }

    /// Notes the answer for token `k` of `n` tokens.
    fn set(&mut self, k: usize, h: bool, n: usize) {
        if self.0.len() < n {
            self.0.resize(n, 0);
        }
        if let Some(x) = self.0.get_mut(k) {
            *x = 1 + u8::from(h);
        }
    }
}

/// The tables of an [`Ends`] no longer used, with the candidates they index: the next
/// analysis clears only their slots rather than clearing tables the size of the draft.
#[derive(Debug)]
pub struct SpareEnds {
    ends: Ends,
    cands: std::sync::Arc<Vec<Cand>>,
}

impl Ends {
    /// Indexes `cands` by the tokens they end and start at, in the tables of `spare` if any.
    pub fn new(cands: &[Cand], spare: Option<SpareEnds>) -> Ends {
        let n = cands.iter().map(|c| c.toks.end).max().unwrap_or(0);
        let mut spent = None;
        let (mut end_at, mut start_at) = match spare {
            Some(SpareEnds { ends, cands: old }) => {
                let (mut e, mut s) = (ends.end_at.0, ends.start_at.0);
                for c in old.iter() {
                    for (t, k) in [(&mut e, c.toks.end - 1), (&mut s, c.toks.start)] {
                        if let Some(x) = t.get_mut(k) {
                            *x = ByToken::NONE;
                        }
                    }
                    if let Some(x) = c.title.as_ref().and_then(|r| s.get_mut(r.start)) {
                        *x = ByToken::NONE;
                    }
                }
                e.resize(n, ByToken::NONE);
                s.resize(n, ByToken::NONE);
                spent = Some(old);
                (e, s)
            }
            None => {
                let cleared = Ends::cleared(n);
                (cleared.end_at.0, cleared.start_at.0)
            }
        };
        for (ci, c) in cands.iter().enumerate() {
            let ci = ci as u32 + 1;
            end_at[c.toks.end - 1] = ci;
            start_at[c.title.as_ref().map_or(c.toks.start, |t| t.start)] = ci;
            if start_at[c.toks.start] == ByToken::NONE {
                start_at[c.toks.start] = ci;
            }
        }
        Ends {
            end_at: ByToken(end_at),
            start_at: ByToken(start_at),
            spent,
        }
    }
}

impl Ends {
    /// Tables of `n` tokens indexing nothing, allocated cleared (`NONE` is zero) rather than
    /// written slot by slot.
    fn cleared(n: usize) -> Ends {
        Ends {
            end_at: ByToken(vec![ByToken::NONE; n]),
            start_at: ByToken(vec![ByToken::NONE; n]),
            spent: None,
        }
    }
}

impl SpareEnds {
    /// Cleared tables as long as `known`'s, indexing nothing: made ahead, between keystrokes,
    /// for the first keystroke after a whole analysis, which has no tables of an analysis
    /// before the last to fill again.
    pub fn cleared_like(known: &Known) -> SpareEnds {
        SpareEnds {
            ends: Ends::cleared(known.end_at.0.len()),
            cands: std::sync::Arc::default(),
        }
    }
}

impl Known {
    /// Its tables of where candidates end and start, for the next analysis to fill again
    /// (see [`SpareEnds`]).
    pub fn spare_ends(&mut self) -> SpareEnds {
        SpareEnds {
            ends: Ends {
                end_at: std::mem::take(&mut self.end_at),
                start_at: std::mem::take(&mut self.start_at),
                spent: None,
            },
            cands: std::sync::Arc::clone(&self.cands),
        }
    }

    /// The people of `cands` (`ends` must be [`Ends::new`] of them).
    pub fn new(
        cands: std::sync::Arc<Vec<Cand>>,
        ends: Ends,
        owner: Vec<Option<usize>>,
        genders: Vec<Option<Gender>>,
        ambiguous: HashMap<usize, Vec<usize>>,
    ) -> Known {
        Known {
            cands,
            owner,
            genders,
            ambiguous,
            end_at: ends.end_at,
            start_at: ends.start_at,
            _spent: ends.spent,
            woven: false,
            globals: Default::default(),
        }
    }
}

impl<'a> Ctx<'a> {
    /// The context of `doc`'s speakers, the people being `known`.
    fn new(doc: &'a Document, toks: &'a [Tok], known: &'a Known) -> Ctx<'a> {
        Ctx {
            text: doc.text,
            toks,
            cands: &known.cands,
            owner: &known.owner,
            genders: &known.genders,
            ambiguous: &known.ambiguous,
            end_at: &known.end_at,
            start_at: &known.start_at,
            lex: Lexicon::get(),
            hearers: Default::default(),
            nearest_person: Default::default(),
            nearest_in_sentence: Default::default(),
            block_cues: Default::default(),
            blocks: &doc.blocks,
            interviewees: Default::default(),
            surnames: Default::default(),
            counted: Default::default(),
            global: Default::default(),
        }
    }
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].range()]
    }

    /// `self.toks.partition_point(pred)`, searched within `near` (a block's tokens) when the
    /// answer lies there: a long draft's tokens are millions, and each search of them all read
    /// a score of places far apart in memory.
    fn partition_near(&self, near: &std::ops::Range<usize>, pred: impl Fn(&Tok) -> bool) -> usize {
        let toks = self.toks;
        let inside = near.end <= toks.len()
            && (near.start == 0 || pred(&toks[near.start - 1]))
            && (near.end == toks.len() || !pred(&toks[near.end]));
        if inside {
            near.start + toks[near.clone()].partition_point(&pred)
        } else {
            toks.partition_point(pred)
        }
    }

    fn is_cue(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.quote == InQuote::No && !t.cap() && (t.reports() || t.verb())
    }

    fn person_ending(&self, i: usize) -> Option<usize> {
        self.end_at.get(i).and_then(|c| self.owner[c])
    }

    fn person_starting(&self, i: usize) -> Option<usize> {
        self.start_at.get(i).and_then(|c| self.owner[c])
    }

    fn pronoun(&self, i: usize) -> Option<Option<Gender>> {
        // No letter but an ASCII one lowercases to these: compared without lowercasing.
        let w = self.word(i);
        if w.eq_ignore_ascii_case("he") {
            Some(Some(Gender::M))
        } else if w.eq_ignore_ascii_case("she") {
            Some(Some(Gender::F))
        } else if w.eq_ignore_ascii_case("they") {
            Some(None)
        } else {
            None
        }
    }

    /// The nearest person mentioned before token `i` (outside quotations) who fits the pronoun.
    fn resolve_pronoun(&self, i: usize, g: Option<Gender>) -> Option<usize> {
        let limit = self.toks[i].block().saturating_sub(3);
        let at = self.cands.partition_point(|c| c.toks.end <= i);
        self.cands[..at]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(ci, c)| {
                let t = &self.toks[c.toks.start];
                if t.block() < limit {
                    return Some(None);
                }
                if t.quote != InQuote::No {
                    return None;
                }
                let fits = |p: usize| match (g, self.genders.get(p).copied().flatten()) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                // `Sakovich told reporters ... he said`: the one of the namesakes the pronoun fits.
                if let Some(cands) = self.ambiguous.get(&ci) {
                    let fitting: Vec<usize> = cands.iter().copied().filter(|&p| fits(p)).collect();
                    // Lazily: `then_some` would index an empty list.
                    return (fitting.len() == 1).then(|| Some(fitting[0]));
                }
                let p = self.owner.get(ci).copied().flatten()?;
                fits(p).then_some(Some(p))
            })?
    }

    /// Whether token `k` goes on the phrase of token `k - 1` (only spaces or an apostrophe
    /// between, or the number of a compound that is no token: `the 54-year-old teacher`).
    fn continues_phrase(&self, k: usize) -> bool {
        let (a, b) = (&self.toks[k - 1], &self.toks[k]);
        let gap = &self.text[a.end()..b.range().start];
        let plain = |g: &str| {
            g.chars()
                .all(|c| c.is_whitespace() || c == '\'' || c == '’')
        };
        let number = |g: &str| {
            let g = g.trim_start();
            g.len() < gap.len()
                && g.strip_suffix('-')
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        };
        a.sent == b.sent && !gap.is_empty() && (plain(gap) || number(gap))
    }

    /// Whether a noun phrase starting at token `i` is the subject of a clause of its own
    /// (`said the council had promised`, `said the pier is safe`): its verb follows it
    /// directly, so it is what was said, not who said it.
    fn opens_clause(&self, i: usize) -> bool {
        if !super::cands::with_lower(self.word(i), opens_description) {
            return false;
        }
        let w = crate::quotes::words::words();
        let verb = |k: usize| {
            let word = self.word(k);
            self.is_cue(k) || w.copulas.contains(word) || w.auxiliaries.contains(word)
        };
        let mut k = i + 1;
        while k < self.toks.len() && self.continues_phrase(k) && k - i < 10 {
            if verb(k) {
                return k > i + 1;
            }
            k += 1;
        }
        // `said the pier "is safe again"`: the clause's verb opens a quoted fragment.
        k < self.toks.len() && k > i + 1 && self.opens_fragment(k) && verb(k)
    }

    /// Whether token `k` opens a quoted fragment that goes on with the sentence before it:
    /// only an opening mark stands between it and the word before, and it is lowercase.
    fn opens_fragment(&self, k: usize) -> bool {
        let (a, b) = (&self.toks[k - 1], &self.toks[k]);
        let gap = self.text[a.end()..b.range().start].trim_start();
        a.sent == b.sent
            && b.quote != InQuote::No
            && a.quote == InQuote::No
            && matches!(gap, "\"" | "“" | "‘" | "'")
            && self.word(k).starts_with(|c: char| c.is_lowercase())
    }

    /// A described speaker starting at token `i`: `a spokesman for the ministry`.
    fn phrase_from(&self, i: usize, stop: usize) -> Option<String> {
        if !super::cands::with_lower(self.word(i), opens_description) {
            return None;
        }
        let article = super::cands::with_lower(self.word(i), |w| matches!(w, "a" | "an" | "the"));
        let mut end = i;
        let mut k = i + 1;
        let being = &crate::quotes::words::words().copulas;
        while k < stop && k < self.toks.len() && self.continues_phrase(k) && k - i < 10 {
            // `the chairman was keen to stress`: the phrase ends at its verb, and `said a
            // resident who asked …` at its relative pronoun.
            let relative = super::cands::with_lower(self.word(k), |w| {
                crate::quotes::words::words().relatives.contains(w)
            });
            if self.is_cue(k) || being.contains(self.word(k)) || relative {
                break;
            }
            end = k;
            k += 1;
        }
        // A number of people (`two miners`, `one of the engineers`, `another resident`), not of
        // things (`one thing`, `three times`): after a determiner of number the phrase is a
        // speaker only when a noun of a person ends it, with no word of a clause before.
        let function = &crate::quotes::words::words().function;
        // `two of the deckhands`: a part of a group this same reading takes as a speaker
        // (`the deckhands`) is the speaker, whole, whatever its noun; without it the group
        // would be read alone, counted or not.
        let partitive = || {
            end > i + 2 && self.word(i + 1) == "of" && self.phrase_from(i + 2, end + 1).is_some()
        };
        let people = article
            || partitive()
            || (self.counted.get()
                && end - i <= 5
                && super::cands::with_lower(self.word(end), |w| {
                    // `foremen`, `policemen`: the plural of `-man`.
                    let man = w.strip_suffix("men").map(|s| format!("{s}man"));
                    super::is_person_noun(w) || man.is_some_and(|m| super::is_person_noun(&m))
                })
                && (i + 1..end).all(|k| {
                    super::cands::with_lower(self.word(k), |w| w == "of" || !function.contains(w))
                }));
        (end > i && people).then(|| {
            let s = self.toks[i].range().start;
            let e = self.toks[end].end();
            let phrase = self.text[s..e].trim_end_matches([',', '.']);
            let mut out = phrase.to_string();
            if let Some(c) = out.get(..1) {
                out.replace_range(..1, &c.to_lowercase());
            }
            out
        })
    }

    /// The owner of the noun of words at token `k` that attributes a quotation by its shape
    /// (`is Delia Fenwick's verdict`, `That was the harbourmaster's blunt reply.`, `In her
    /// view, "…"`): the person named, a pronoun's person, or the phrase without its `'s`.
    /// `None` when `k` is a verb or nothing owns it (`said Salas's lawyer` is read elsewhere).
    fn owner_of_words(&self, k: usize) -> Option<Speaker> {
        let t = &self.toks[k];
        if !t.reports() || t.cap() {
            return None;
        }
        let noun = super::cands::with_lower(self.word(k), |w| {
            let verb = crate::cues::verb_form(w).is_some_and(|f| f.past || !f.flags.noun_like);
            (!verb && crate::quotes::shape::said_noun(w)) || crate::quotes::shape::frame_noun(w)
        });
        if !noun {
            return None;
        }
        // Back past one modifier (`blunt`, `own`) to the possessive; what a person has
        // (`Smith's lawyer`) is no modifier.
        let mut p = k.checked_sub(1)?;
        if !self.continues_phrase(k) {
            return None;
        }
        let owns = |i: usize| {
            let gap = &self.text[self.toks[i].end()..self.toks[i + 1].range().start];
            self.toks[i].poss()
                || gap.contains(['\'', '’'])
                || super::cands::with_lower(self.word(i), |w| matches!(w, "his" | "her" | "their"))
        };
        if !owns(p) {
            let modifier = super::cands::with_lower(self.word(p), |w| {
                !self.toks[p].cap()
                    && !super::is_person_noun(w)
                    && !crate::quotes::words::words().function.contains(w)
            });
            if !modifier || p == 0 || !self.continues_phrase(p) {
                return None;
            }
            p -= 1;
            if !owns(p) {
                return None;
            }
        }
        self.owner_at(p)
    }

    /// The person a possessive at token `p` names (`his`, `Lund's`, `the skipper's`).
    fn owner_at(&self, p: usize) -> Option<Speaker> {
        if self.toks[p].quote != InQuote::No {
            return None;
        }
        let g = match self.word(p) {
            "his" | "His" => Some(Some(Gender::M)),
            "her" | "Her" => Some(Some(Gender::F)),
            "their" | "Their" => Some(None),
            _ => None,
        };
        if let Some(g) = g {
            return Some(
                self.resolve_pronoun(p, g)
                    .map_or(Speaker::Unresolved, Speaker::Person),
            );
        }
        if let Some(person) = self.person_ending(p) {
            return Some(Speaker::Person(person));
        }
        // `the harbourmaster's`, `the boaters'`: the phrase, opened by an article.
        let mut i = p;
        while i > 0
            && p - i < 6
            && self.continues_phrase(i)
            && self.toks[i - 1].quote == InQuote::No
        {
            i -= 1;
            if super::cands::with_lower(self.word(i), |w| matches!(w, "a" | "an" | "the")) {
                let phrase = &self.text[self.toks[i].range().start..self.toks[p].range().end];
                let mut out = phrase
                    .strip_suffix("'s")
                    .or_else(|| phrase.strip_suffix("’s"))
                    .unwrap_or(phrase)
                    .to_string();
                if let Some(c) = out.get(..1) {
                    out.replace_range(..1, &c.to_lowercase());
                }
                return Some(Speaker::Described(out));
            }
        }
        None
    }

    /// The owner of a part of the body that is the subject of the verb at token `k` (`Her eyes
    /// narrowed.`, `Lund's shoulders slumped.`): the person the possessive names, past one
    /// modifier (`her blue eyes`).
    fn owner_of_body(&self, k: usize) -> Option<Speaker> {
        let part = k.checked_sub(1)?;
        let w = crate::quotes::words::words();
        let body = super::cands::with_lower(self.word(part), |l| w.body.contains(l));
        let mut p = part.checked_sub(1)?;
        if !body || self.toks[k].cap() || !self.continues_phrase(k) || !self.continues_phrase(part)
        {
            return None;
        }
        let owns = |i: usize| {
            let gap = &self.text[self.toks[i].end()..self.toks[i + 1].range().start];
            self.toks[i].poss()
                || gap.contains(['\'', '’'])
                || super::cands::with_lower(self.word(i), |l| w.body_owners.contains(l))
        };
        if !owns(p) {
            p = p
                .checked_sub(1)
                .filter(|&i| owns(i) && self.continues_phrase(i + 1))?;
        }
        self.owner_at(p)
    }

    /// Whether the reporting verb at token `k` names whoever heard the words, who did not say
    /// them: `the court heard`, `Anton Weiss was told` (but `was heard to say` speaks).
    fn hearer(&self, k: usize) -> bool {
        if let Some(h) = self.hearers.borrow().get(k) {
            return h;
        }
        let h = self.read_hearer(k);
        self.hearers.borrow_mut().set(k, h, self.toks.len());
        h
    }

    /// [`Ctx::hearer`], read from the words.
    fn read_hearer(&self, k: usize) -> bool {
        let Some(vf) = super::cands::with_lower(self.word(k), crate::cues::verb_form) else {
            return false;
        };
        let w = crate::quotes::words::words();
        // A verb of being just before it in the narrative, maybe past one adverb.
        let narrative =
            |i: usize| self.toks[i].sent == self.toks[k].sent && self.toks[i].quote == InQuote::No;
        let mut b = k.checked_sub(1).filter(|&i| narrative(i));
        if let Some(i) = b.filter(|&i| self.word(i).ends_with("ly")) {
            b = i.checked_sub(1).filter(|&i| narrative(i));
        }
        let passive = b.is_some_and(|i| super::cands::with_lower(self.word(i), |l| w.being(l)));
        let says = k + 1 < self.toks.len() && self.word(k + 1) == "to";
        (vf.flags.hears && !says) || (vf.flags.addresses && vf.past && passive)
    }

    /// [`Ctx::subject`], where a speaker counted by a determiner of number (`one resident`)
    /// may be read when `own`: the verb is the one of the quotation's own shape. A verb found
    /// elsewhere in the paragraph, with such a subject, tells other news (`Some analysts
    /// maintain …` after a quotation).
    fn subject_counted(&self, k: usize, own: bool) -> Speaker {
        self.counted.set(own);
        let s = self.subject(k);
        self.counted.set(false);
        s
    }

    /// The speaker named by the reporting verb at token `k`.
    fn subject(&self, k: usize) -> Speaker {
        let sent = self.toks[k].sent;
        // Left of the verb, skipping `has`, `also`, ...
        let mut l = k;
        while l > 0 && self.toks[l - 1].sent == sent && self.lex.bridges.contains(self.word(l - 1))
        {
            l -= 1;
        }
        if self.hearer(k) {
            return Speaker::Unresolved;
        }
        if let Some(s) = self.owner_of_words(k) {
            return s;
        }
        if let Some(s) = self.owner_of_body(k) {
            return s;
        }
        let vf = super::cands::with_lower(self.word(k), crate::cues::verb_form);
        if l > 0 && self.toks[l - 1].sent == sent && self.toks[l].joined() {
            let left = l - 1;
            if let Some(g) = self.pronoun(left) {
                return self
                    .resolve_pronoun(left, g)
                    .map_or(Speaker::Unresolved, Speaker::Person);
            }
            // Not a person inside a described subject: `the spokesman for Prime Minister Ann
            // Lee said`, `a sign on the door of the post office in Eskby said`.
            let inside = self.end_at.get(left).is_some_and(|c| {
                let s = self.cands[c]
                    .title
                    .as_ref()
                    .map_or(self.cands[c].toks.start, |t| t.start);
                s > 0
                    && self.toks[s].joined()
                    && matches!(
                        self.word(s - 1),
                        "for" | "of" | "to" | "from" | "with" | "in" | "at"
                    )
            });
            if let Some(p) = self.person_ending(left).filter(|_| !inside) {
                return Speaker::Person(p);
            }
        }
        // Right of the verb: `said Park Ji-hoon`, `said a spokesman for ...`; not the one told
        // or asked when someone before the verb did the telling (`Amy Ross, who chairs the
        // committee, told the meeting:`, `the mayor told Ann Lee`).
        // A phrasal verb listed only with its particle puts the particle before the speaker
        // (`cut in the chairwoman`, `piped up a small boy`).
        let particle = k + 1 < self.toks.len()
            && self.toks[k + 1].sent == sent
            && super::cands::with_lower(self.word(k), |v| {
                crate::cues::verb_form_before(v, None).is_none()
                    && super::cands::with_lower(self.word(k + 1), |p| {
                        crate::cues::verb_form_before(v, Some(p)).is_some()
                    })
            });
        let r = k + 1 + usize::from(particle);
        let directive = vf.is_some_and(|v| v.flags.directive);
        let teller_before =
            l > 0 && self.toks[l - 1].sent == sent && self.toks[l - 1].quote == InQuote::No;
        // `Ines Moreau, a grower, said the council was …`: after a subject, a noun phrase that
        // opens a clause of its own is what was said.
        let clause_after = teller_before && r < self.toks.len() && self.opens_clause(r);
        // The phrase right before the verb, up to 10 words joined to it. A relative pronoun
        // with a noun phrase between it and the verb opens a clause whose subject that phrase
        // is (`a date that the manager of the trust confirmed`), and so does a determiner right after
        // a noun (`the question the auditors asked`): the phrase starts after the one, at the
        // other.
        let w = crate::quotes::words::words();
        let lower = |i: usize, f: &dyn Fn(&str) -> bool| super::cands::with_lower(self.word(i), f);
        let relative = |i: usize| lower(i, &|x| w.relatives.contains(x));
        let determiner = |i: usize| lower(i, &|x| w.determiners.contains(x));
        // After a relative pronoun, a noun phrase of its own (`that the manager`, `whom she`),
        // not a verb (`who presents The Weakest Link tells`): the clause has its own subject.
        let opens_subject =
            |i: usize| determiner(i) || self.toks[i].cap() || lower(i, &|x| w.pronouns.contains(x));
        // A word that joins a determiner to the phrase before it: a function word, or a verb
        // form whose object it opens (`a young father pushing a pram`).
        let linking = |i: usize| {
            lower(i, &|x| {
                w.function.contains(x)
                    || w.prepositions.contains(x)
                    || w.determiners.contains(x)
                    || x.ends_with("ing")
                    || x.ends_with("ed")
            })
        };
        let mut start = l;
        while start > 0
            && self.continues_phrase(start)
            && self.toks[start - 1].quote == InQuote::No
            && l - start < 10
            && !(start < l && relative(start - 1) && opens_subject(start))
            && !(start < l
                && determiner(start)
                && !self.toks[start].cap()
                && !self.toks[start - 1].cap()
                && !linking(start - 1))
        {
            start -= 1;
        }
        // `how the harbourmaster broke the news`: a described subject before the verb is
        // its speaker, and a phrase after it its object (but `the newspaper quoted Moore`;
        // `of` or `from` standing for the verb, `the reply from the union`, names it after).
        let function = &crate::quotes::words::words().function;
        let described_before = teller_before
            && !super::cands::with_lower(self.word(k), |w| function.contains(w))
            && (start..l).any(|i| self.phrase_from(i, l).is_some());
        if r < self.toks.len()
            && self.toks[r].sent == sent
            && self.toks[r].joined()
            && !(directive && teller_before)
            && !clause_after
        {
            if let Some(p) = self.described_person_from(r) {
                return Speaker::Person(p);
            }
            // `said the ministry's spokesman, Ali Khan`
            if let Some(g) = self.pronoun(r) {
                return self
                    .resolve_pronoun(r, g)
                    .map_or(Speaker::Unresolved, Speaker::Person);
            }
            // `"…," came the reply.`: the noun of the words said is no speaker.
            if let Some(d) = self
                .phrase_from(r, self.toks.len())
                .or_else(|| self.possessed_from(r, self.toks.len()))
                .filter(|d| !described_before && !crate::quotes::shape::reply_phrase(d))
            {
                if let Some(p) = self
                    .appositive_person_after(r)
                    .or_else(|| self.person_closing_phrase(r, self.toks.len()))
                {
                    return Speaker::Person(p);
                }
                return Speaker::Described(d);
            }
        }
        // A described subject left of the verb: `A spokesperson for the trust said`, or a
        // person before an appositive: `Karim Khan, a spokesman for the ministry, said`.
        // (A plural possessive, `the growers' secretary`, is one phrase too.)
        // `Amy Ross, who chairs the committee, told`: a relative clause set off by commas
        // describes the person before it.
        if start > 0 && start < l && self.toks[start - 1].sent == sent {
            let gap = &self.text[self.toks[start - 1].end()..self.toks[start].range().start];
            let relatives = &crate::quotes::words::words().relatives;
            let relative = super::cands::with_lower(self.word(start), |w| relatives.contains(w));
            if relative && gap.trim() == "," {
                if let Some(p) = self.person_ending(start - 1) {
                    return Speaker::Person(p);
                }
            }
        }
        // `Greta Orr, who said Tom Bell had misled voters, added:`: the clause set off by
        // commas before the verb is a relative one about the person before it, and the
        // people it names are not the subject.
        if let Some(j) = self.relative_clause(l) {
            if let Some(p) = self.person_ending(j - 1) {
                return Speaker::Person(p);
            }
            // `The mayor, who met Ann Lee, said`: the phrase before the clause, if any.
            let mut s = j - 1;
            while s > 0
                && self.continues_phrase(s)
                && self.toks[s - 1].quote == InQuote::No
                && j - s < 10
            {
                s -= 1;
            }
            return (s..j)
                .find_map(|i| self.phrase_from(i, j))
                .map_or(Speaker::Unresolved, Speaker::Described);
        }
        for i in start..l {
            if let Some(d) = self.phrase_from(i, l) {
                // Before the phrase, after a comma: the person it describes.
                if i > 0 && !self.toks[i].joined() && self.toks[i - 1].sent == sent {
                    let gap = &self.text[self.toks[i - 1].end()..self.toks[i].range().start];
                    if gap.contains(',') {
                        if let Some(p) = self.person_ending(i - 1) {
                            return Speaker::Person(p);
                        }
                    }
                }
                if let Some(p) = self.person_closing_phrase(i, l) {
                    return Speaker::Person(p);
                }
                return Speaker::Described(d);
            }
        }
        // `Victor Salas's brother said`: the one the person has, not the person.
        for i in start..l {
            if let Some(d) = self.possessed_from(i, l) {
                return Speaker::Described(d);
            }
        }
        // `Rick Moll, senior editor of Testing Ahead, says`: words set off by commas between a
        // person and the verb describe that person, whoever they name.
        if let Some(p) = self.apposed_subject(l, sent) {
            return Speaker::Person(p);
        }
        // The nearest person named earlier in the sentence, outside quotations.
        let at = self.cands.partition_point(|c| c.toks.end <= k);
        self.person_before(
            at,
            &self.nearest_in_sentence,
            |t| t.sent as usize,
            sent as usize,
        )
    }

    /// The person an apposition before token `l` (the verb's first word) describes: `PERSON,
    /// WORDS, VERB`, the words outside quotations. Of a chain (`Michio Sato, an official at
    /// Keiren, the business lobby, said`), the person named alone between commas or opening
    /// the sentence; else the nearest person before a comma.
    fn apposed_subject(&self, l: usize, sent: u32) -> Option<usize> {
        let comma_before =
            |i: usize| self.text[self.toks[i - 1].end()..self.toks[i].range().start].contains(',');
        if l < 2 || self.toks[l - 1].sent != sent || !comma_before(l) {
            return None;
        }
        let mut nearest = None;
        let (mut i, mut commas) = (l - 1, 0);
        while i > 0 && l - i < 24 && commas < 3 {
            let t = &self.toks[i];
            if t.sent != sent || t.quote != InQuote::No {
                break;
            }
            if comma_before(i) && self.toks[i - 1].sent == sent {
                commas += 1;
                if let Some(c) = self.end_at.get(i - 1) {
                    if let Some(p) = self.owner[c] {
                        let cand = &self.cands[c];
                        let s = cand.title.as_ref().map_or(cand.toks.start, |t| t.start);
                        if s == 0 || self.toks[s - 1].sent != sent || comma_before(s) {
                            return Some(p);
                        }
                        nearest = nearest.or(Some(p));
                    }
                }
            }
            i -= 1;
        }
        nearest
    }

    /// The person of the nearest candidate before candidate `at` named outside quotations, in
    /// the same `part` (block or sentence) whose value is `want`. Found from one pass over the
    /// candidates, kept in `cache`, not by reading back from each question: a long paragraph
    /// or sentence of names and speech verbs stays linear.
    fn person_before(
        &self,
        at: usize,
        cache: &std::cell::OnceCell<Vec<Option<usize>>>,
        part: impl Fn(&Tok) -> usize,
        want: usize,
    ) -> Speaker {
        let Some(last) = at.checked_sub(1) else {
            return Speaker::Unresolved;
        };
        if part(&self.toks[self.cands[last].toks.start]) != want {
            return Speaker::Unresolved;
        }
        match self
            .nearest_at(last, cache, &part)
            .and_then(|ci| self.owner[ci])
        {
            Some(p) => Speaker::Person(p),
            None => Speaker::Unresolved,
        }
    }

    /// [`Ctx::nearest_people`] of candidate `last`: read back a few candidates of its part,
    /// and from the table of them all (made once) only past those, so that a keystroke which
    /// reads again a few quotations does not make the table.
    fn nearest_at(
        &self,
        last: usize,
        cache: &std::cell::OnceCell<Vec<Option<usize>>>,
        part: &impl Fn(&Tok) -> usize,
    ) -> Option<usize> {
        const WALK: usize = 32;
        if let Some(nearest) = cache.get() {
            return nearest[last];
        }
        let part_of = |ci: usize| part(&self.toks[self.cands[ci].toks.start]);
        let mut ci = last;
        for _ in 0..WALK {
            let t = &self.toks[self.cands[ci].toks.start];
            if t.quote == InQuote::No && self.owner[ci].is_some() {
                return Some(ci);
            }
            if ci == 0 || part_of(ci - 1) != part_of(ci) {
                return None;
            }
            ci -= 1;
        }
        cache.get_or_init(|| self.nearest_people(part))[last]
    }

    /// For each candidate, the nearest candidate at or before it that is a person named
    /// outside quotations, among those whose first tokens share its `part` (block or sentence).
    fn nearest_people(&self, part: &impl Fn(&Tok) -> usize) -> Vec<Option<usize>> {
        let mut nearest: Vec<Option<usize>> = Vec::with_capacity(self.cands.len());
        for (ci, c) in self.cands.iter().enumerate() {
            let t = &self.toks[c.toks.start];
            let here = (t.quote == InQuote::No && self.owner[ci].is_some()).then_some(ci);
            let same = ci > 0 && part(&self.toks[self.cands[ci - 1].toks.start]) == part(t);
            nearest.push(here.or(if same { nearest[ci - 1] } else { None }));
        }
        nearest
    }

    /// Where a relative clause set off by commas opens (its `who`, `which`, `whose`), when it
    /// ends with the comma right before token `l` (a verb): `Greta Orr, who said Tom Bell had
    /// misled voters, added`. Reads back at most 40 tokens of the sentence, outside
    /// quotations.
    fn relative_clause(&self, l: usize) -> Option<usize> {
        let gap = |j: usize| &self.text[self.toks[j - 1].end()..self.toks[j].range().start];
        if l < 2 || gap(l).trim() != "," || self.toks[l - 1].sent != self.toks[l].sent {
            return None;
        }
        let sent = self.toks[l].sent;
        let relatives = &crate::quotes::words::words().relatives;
        (l.saturating_sub(40).max(2)..l - 1)
            .rev()
            .take_while(|&j| self.toks[j].sent == sent && self.toks[j].quote == InQuote::No)
            .find(|&j| {
                super::cands::with_lower(self.word(j), |w| relatives.contains(w))
                    && gap(j).trim() == ","
            })
            .filter(|&j| self.toks[j - 1].sent == sent)
    }

    /// Whether token `k` is a function word or a relative pronoun: what follows it is another
    /// thing than the speaker described before it (`said Brandt and her coach`, `said Ruiz in
    /// Madrid`, `said Ruiz, who`).
    fn ends_description(&self, k: usize) -> bool {
        let w = crate::quotes::words::words();
        let word = self.word(k);
        w.function.contains(word) || w.relatives.contains(word)
    }

    /// The end (exclusive) of the name candidate starting at token `i`, with its title.
    fn cand_end_from(&self, i: usize) -> Option<usize> {
        self.start_at.get(i).map(|c| self.cands[c].toks.end)
    }

    /// The person a phrase of description right of a verb leads to: the first person named,
    /// or a later one when the words before it describe them (`said Olympic champion Annelise
    /// Brandt`, `said former England captain Rhys Powell`, `said Trump adviser Kay Dunn`). A
    /// possessive is never the speaker (`said Salas's lawyer`).
    fn described_person_from(&self, r: usize) -> Option<usize> {
        // `said the former Trump campaign adviser`: a phrase with an article describes.
        if matches!(self.word(r), "a" | "an" | "the" | "A" | "An" | "The") {
            return None;
        }
        let sent = self.toks[r].sent;
        let mut first = None;
        let mut k = r;
        while k < self.toks.len()
            && k - r < 6
            && self.toks[k].sent == sent
            && self.toks[k].quote == InQuote::No
            && (k == r || self.continues_phrase(k))
        {
            if let Some(p) = self.person_starting(k) {
                let end = self.cand_end_from(k).unwrap_or(k + 1);
                let possessive = self.toks[end - 1].poss();
                // A name followed by more description is the first of a longer phrase.
                let more = end < self.toks.len()
                    && self.continues_phrase(end)
                    && !self.toks[end].cap()
                    && !self.is_cue(end)
                    && !self.ends_description(end);
                if !more && !possessive {
                    return Some(p);
                }
                if !possessive {
                    first = first.or(Some(p));
                }
                k = end;
                continue;
            }
            if self.is_cue(k) || self.ends_description(k) {
                break;
            }
            // A name the people stage did not take after the description (`said Olympic
            // champion Jessica Hill`): the first person was only a description's word.
            if first.is_some() && self.toks[k].cap() {
                return None;
            }
            k += 1;
        }
        first.or_else(|| {
            // Nothing but the first name: it is the speaker (`said Brandt in a statement`).
            let p = self.person_starting(r)?;
            let end = self.cand_end_from(r).unwrap_or(r + 1);
            (!self.toks[end - 1].poss()).then_some(p)
        })
    }

    /// `Salas's lawyer` from token `i` up to `stop`: a person's possessive and the lowercase
    /// words of what they have.
    fn possessed_from(&self, i: usize, stop: usize) -> Option<String> {
        let end = self.cand_end_from(i)?;
        if !self.toks[end - 1].poss() || end >= stop.min(self.toks.len()) {
            return None;
        }
        let mut last = None;
        let mut k = end;
        while k < stop.min(self.toks.len())
            && self.continues_phrase(k)
            && !self.toks[k].cap()
            && !self.is_cue(k)
            && k - end < 6
        {
            last = Some(k);
            k += 1;
        }
        let last = last?;
        // `Moran's statement said`, `Mr Kok's report said`: words the person wrote or said
        // are the person's; only someone the person has speaks for themself (`Salas's lawyer`).
        let noun = self.word(last).to_lowercase();
        if !super::is_person_noun(&noun) || super::is_speech_noun(&noun) {
            return None;
        }
        let phrase = &self.text[self.toks[i].range().start..self.toks[last].end()];
        Some(phrase.trim_end_matches([',', '.']).to_string())
    }

    /// The person whose name closes the described phrase opened at token `i` (before `stop`):
    /// `said the 37-year-old Mrs Ilves`, `the club's new coach Rui Sousa said`. Not a
    /// possessive (`the coach's wife`) nor a name that the phrase goes on past.
    fn person_closing_phrase(&self, i: usize, stop: usize) -> Option<usize> {
        let mut end = i;
        let mut k = i + 1;
        while k < stop.min(self.toks.len())
            && self.continues_phrase(k)
            && self.toks[k].quote == InQuote::No
            && !self.is_cue(k)
            && k - i < 10
        {
            end = k;
            k += 1;
        }

        let c = self.end_at.get(end)?;

        let start = self.cands[c]
            .title
            .as_ref()
            .map_or(self.cands[c].toks.start, |t| t.start);
        // `the spokesman for Ann Lee`, `the Archbishop of Canterbury`: after a function word
        // the name is someone or somewhere else than the one described.
        let plain = (i + 1..start).all(|j| !self.ends_description(j));
        (end > i && start > i && plain && !self.toks[end].poss())
            .then(|| self.owner[c])
            .flatten()
    }

    /// `said the ministry's spokesman, Ali Khan`: a name right after a described phrase.
    fn appositive_person_after(&self, r: usize) -> Option<usize> {
        let sent = self.toks[r].sent;
        let mut k = r + 1;
        while k < self.toks.len() && self.toks[k].sent == sent && k - r < 10 {
            if !self.toks[k].joined() {
                let gap = &self.text[self.toks[k - 1].end()..self.toks[k].range().start];
                return if gap.trim() == "," {
                    self.person_starting(k)
                } else {
                    None
                };
            }
            k += 1;
        }
        None
    }

    /// The best reporting verb of block `block` for a quotation spanning `range`.
    fn cue_near(&self, block: usize, range: &std::ops::Range<usize>) -> Option<usize> {
        let mut cached = self.block_cues.borrow_mut();
        if cached.as_ref().is_none_or(|c| c.block != block) {
            let first = self.toks.partition_point(|t| t.block() < block);
            let end = first + self.toks[first..].partition_point(|t| t.block() <= block);
            let cues = (first..end).filter(|&k| self.is_cue(k)).collect();
            *cached = Some(BlockCues {
                block,
                toks: first..end,
                cues,
            });
        }
        let c = cached.as_ref()?;
        let qstart = self.partition_near(&c.toks, |t| t.range().start < range.start);
        let start_sent = self.toks.get(qstart).map(|t| t.sent);
        let qend = self.partition_near(&c.toks, |t| t.range().start < range.end);
        let end_sent = self.toks.get(qend.saturating_sub(1)).map(|t| t.sent);
        // Only the tokens near the quotation: a paragraph of a thousand attributed quotations
        // must not make each one scan all the others (a normal paragraph fits in the window).
        const NEAR: usize = 256;
        // The block's tokens within the window (tokens are in block order).
        let from = qstart.saturating_sub(NEAR).max(c.toks.start);
        let to = (qend + NEAR).min(self.toks.len()).min(c.toks.end);
        let cues = &c.cues[..];
        let (a, b) = (
            cues.partition_point(|&k| k < from),
            cues.partition_point(|&k| k < to),
        );
        let mut best: Option<(usize, usize)> = None;
        for &k in &cues[a..b] {
            let pos = self.toks[k].range().start;
            let mut dist = if pos >= range.end {
                pos - range.end
            } else {
                range.start.saturating_sub(pos)
            };
            // Same sentence as the quotation (either end) first; a verb naming who heard the
            // words only when there is no other.
            let s = self.toks[k].sent;
            if Some(s) != end_sent && Some(s) != start_sent {
                dist += 100_000;
            }
            // A penalty only adds: a verb already no nearer than the best is not read further.
            if best.is_some_and(|(d, _)| dist >= d) {
                continue;
            }
            if self.hearer(k) {
                dist += 200_000;
            }
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, k));
            }
        }
        best.map(|(_, k)| k)
    }

    /// The last reporting verb of block `block` before byte `at` that names a speaker rather
    /// than whoever heard the words: `"…," a guard explained when I asked. "…," I was advised.`
    fn speaker_cue_before(&self, block: usize, at: usize) -> Option<usize> {
        let from = self.toks.partition_point(|t| t.block() < block);
        let to = self.toks.partition_point(|t| t.range().start < at);
        (from..to)
            .rev()
            .take(256)
            .find(|&k| self.is_cue(k) && !self.hearer(k))
    }

    /// For each block, the person its answers are given by in an interview written as
    /// questions and answers: the first person named (outside quotations) in the last
    /// paragraph before it that opens on no label, when a question label has opened a line
    /// since (in this block or between). One pass over the blocks and the names.
    fn interviewees(&self) -> &[Option<usize>] {
        self.global.set(true);
        self.interviewees.get_or_init(|| {
            let w = crate::quotes::words::words();
            let mut out = Vec::with_capacity(self.blocks.len());
            let (mut intro, mut asked) = (None, false);
            let mut c = 0;
            for (b, block) in self.blocks.iter().enumerate() {
                let text = &self.text[block.range.clone()];
                let mut labelled = false;
                let mut question = false;
                for (i, line) in text.split('\n').enumerate() {
                    if let Some((label, _)) = line_label(line) {
                        labelled |= i == 0;
                        question |=
                            super::cands::with_lower(label, |l| w.question_labels.contains(l));
                    }
                }
                out.push(if asked || question { intro } else { None });
                let mut first = None;
                while let Some(cand) = self.cands.get(c) {
                    let t = &self.toks[cand.toks.start];
                    if t.block() > b {
                        break;
                    }
                    if t.block() == b && t.quote == InQuote::No && first.is_none() {
                        first = self.owner[c];
                    }
                    c += 1;
                }
                if labelled {
                    asked |= question;
                } else if first.is_some() {
                    (intro, asked) = (first, false);
                }
            }
            out
        })
    }

    /// The one person whose family name is `label` in any case (`OSEI` for Efua Osei).
    fn by_surname(&self, label: &str) -> Option<usize> {
        self.global.set(true);
        let map = self.surnames.get_or_init(|| {
            let mut map: HashMap<String, Option<usize>> = HashMap::default();
            for (ci, c) in self.cands.iter().enumerate() {
                let (Some(p), false) = (self.owner[ci], c.surname.is_empty()) else {
                    continue;
                };
                let s = self.toks[c.surname.start].range().start;
                let e = self.toks[c.surname.end - 1].range().end;
                let key = self.text[s..e].to_lowercase();
                map.entry(key)
                    .and_modify(|q| {
                        if *q != Some(p) {
                            *q = None;
                        }
                    })
                    .or_insert(Some(p));
            }
            map
        });
        *map.get(&label.to_lowercase())?
    }

    /// The speaker a label opening the line of byte `before` names, when a colon ends it
    /// right before `before` (`OSEI: "…"`, `A: "…"`, `Dr Osei:` closing a paragraph): a person
    /// named in it, the interviewee for an answer's label, the one person whose family name
    /// it is. `None` when no label opens the line; `Some(Unresolved)` for a question's label.
    fn label_speaker(&self, block: usize, before: usize) -> Option<Speaker> {
        let start = self.blocks[block].range.start;
        // The label's colon is the last mark before `before` but spaces and emphasis, at most
        // 48 bytes into its line (see `line_label`): the line's start is looked for that far
        // back only, so a long line of quotations is not read back once for each.
        let colon = self.text[start..before]
            .char_indices()
            .rev()
            .find(|&(_, c)| c == '\n' || !(c.is_whitespace() || matches!(c, '*' | '_')))
            .filter(|&(_, c)| c == ':')
            .map(|(i, _)| start + i)?;
        let from = colon.saturating_sub(LABEL_WITHIN).max(start);
        let line_start = match memchr::memrchr(b'\n', &self.text.as_bytes()[from..colon]) {
            Some(i) => from + i + 1,
            None if from == start => start,
            None => return None,
        };
        let (label, colon) = line_label(&self.text[line_start..before])?;
        let rest = &self.text[line_start + colon + 1..before];
        if !rest
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '*' | '_'))
        {
            return None;
        }
        // A name the people stage took inside the label is read as any speaker before a
        // colon is (`Dr Osei:`, `Adds Mitsui's Mr. Klauser:`).
        let lo = self
            .cands
            .partition_point(|c| self.toks[c.toks.start].range().start < line_start);
        let named = self.cands[lo..]
            .iter()
            .enumerate()
            .take_while(|(_, c)| self.toks[c.toks.start].range().start < line_start + colon)
            .any(|(i, _)| self.owner[lo + i].is_some());
        if named {
            return None;
        }
        let w = crate::quotes::words::words();
        // A label of one word only: `Plan A:` is no answer.
        let lower = label.to_lowercase();
        if w.answer_labels.contains(lower.as_str()) {
            let p = self.interviewees().get(block).copied().flatten();
            return Some(p.map_or(Speaker::Unresolved, Speaker::Person));
        }
        if w.question_labels.contains(lower.as_str()) {
            return Some(Speaker::Unresolved);
        }
        self.by_surname(label.rsplit(' ').next().unwrap_or(label))
            .map(Speaker::Person)
    }

    /// The token that starts at byte `at`, if any.
    fn token_at(&self, at: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.range().start < at);
        self.toks
            .get(k)
            .filter(|t| t.range().start == at)
            .map(|_| k)
    }

    /// `The council leader was blunt:` before byte `before`: a phrase opened by an article
    /// that opens its sentence, headed by a noun of a person and followed by a verb of being.
    /// Reads back a few tokens only, so a long sentence of quotations stays linear.
    fn described_subject(&self, before: usize) -> Option<String> {
        let end = self.toks.partition_point(|t| t.range().start < before);
        let last = end.checked_sub(1)?;
        let sent = self.toks[last].sent;
        let first = (last.saturating_sub(12)..=last)
            .find(|&i| self.toks[i].sent == sent && (i == 0 || self.toks[i - 1].sent != sent))?;
        let w = crate::quotes::words::words();
        // The verb of being right after the phrase, every word before it lowercase and no
        // function word (`The question on everyone's lips was` names no one).
        let mut k = first + 1;
        while k <= last && self.continues_phrase(k) && !w.copulas.contains(self.word(k)) {
            let plain = !self.toks[k].cap()
                && super::cands::with_lower(self.word(k), |l| !w.function.contains(l));
            if !plain {
                return None;
            }
            k += 1;
        }
        let being = k <= last && self.continues_phrase(k) && w.copulas.contains(self.word(k));
        let head = super::cands::with_lower(self.word(k - 1), |l| {
            super::is_person_noun(l) || super::is_title_or_kin(l)
        });
        if !being || !head || (first..k).any(|i| self.toks[i].quote != InQuote::No) {
            return None;
        }
        self.phrase_from(first, k)
    }

    /// The first token after a source phrase (`according to`, `per`) that opens at token `k`,
    /// when one does.
    fn after_source_phrase(&self, k: usize) -> Option<usize> {
        let w = crate::quotes::words::words();
        w.source_phrases.iter().find_map(|p| {
            let fits = p.iter().enumerate().all(|(i, word)| {
                k + i < self.toks.len()
                    && (i == 0 || self.continues_phrase(k + i))
                    && self.toks[k + i].quote == InQuote::No
                    && super::cands::with_lower(self.word(k + i), |l| l == *word)
            });
            fits.then_some(k + p.len())
        })
    }

    /// The source a credit names from token `r` on (`according to Okafor`, `according to
    /// Okafor's statement`, `according to a statement from the ministry`, `per her lawyer`):
    /// a person, a pronoun's person, the owner of a thing said or written, whoever a thing
    /// said or written comes from, or the phrase. Reads a few words ahead only.
    fn source_from(&self, r: usize, depth: u8) -> Speaker {
        // A source runs on from its credit's words, in their sentence.
        if r > 0 && r < self.toks.len() && self.toks[r].sent != self.toks[r - 1].sent {
            return Speaker::Unresolved;
        }
        self.named_from(r, depth)
    }

    /// The person or phrase named from token `r` on, read as [`Ctx::source_from`] reads it
    /// but wherever its sentence starts: a credit line's name opens its own.
    fn named_from(&self, r: usize, depth: u8) -> Speaker {
        let ok = |k: usize| {
            k < self.toks.len()
                && self.toks[k].quote == InQuote::No
                && (k == r || self.continues_phrase(k))
        };
        if !ok(r) {
            return Speaker::Unresolved;
        }
        let w = crate::quotes::words::words();
        let lower = |k: usize| self.word(k).to_lowercase();
        // `according to him`, `according to her statement`: a pronoun, or a possessive one.
        let gender = match lower(r).as_str() {
            "he" | "him" | "his" => Some(Some(Gender::M)),
            "she" | "her" => Some(Some(Gender::F)),
            "they" | "them" | "their" => Some(None),
            _ => None,
        };
        if let Some(g) = gender {
            let head = (r + 1..r + 4).take_while(|&k| ok(k)).last();
            // `her lawyer` is someone she has, who speaks for themself.
            if let Some(h) = head.filter(|&h| super::is_person_noun(&lower(h))) {
                let s = self.toks[r].range().start;
                return Speaker::Described(self.text[s..self.toks[h].range().end].to_lowercase());
            }
            return self
                .resolve_pronoun(r, g)
                .map_or(Speaker::Unresolved, Speaker::Person);
        }
        // `Okafor`, `Okafor's statement`; `Okafor's lawyer` is the lawyer.
        if let Some(p) = self.described_person_from(r) {
            return Speaker::Person(p);
        }
        if let Some(p) = self.person_starting(r) {
            return match self.possessed_from(r, self.toks.len()) {
                Some(d) => Speaker::Described(d),
                None => Speaker::Person(p),
            };
        }
        // The phrase: up to a possessive (`the ministry's statement` is the ministry's), or
        // a thing said or written and the link to its source (`a letter from her lawyers`).
        let mut k = r;
        while ok(k) && k - r < 8 {
            let l = lower(k);
            if self.toks[k].poss() && k > r {
                let rest_person = (k + 1..k + 4)
                    .take_while(|&j| ok(j) && !self.toks[j].cap())
                    .last()
                    .is_some_and(|h| super::is_person_noun(&lower(h)));
                if !rest_person {
                    let s = self.toks[r].range().start;
                    let phrase = &self.text[s..self.toks[k].range().end];
                    return Speaker::Described(lowered_first(phrase));
                }
            }
            if depth < 2
                && k > r
                && super::is_speech_noun(&l)
                && ok(k + 1)
                && super::cands::with_lower(self.word(k + 1), |n| w.source_links.contains(n))
            {
                return self.source_from(k + 2, depth + 1);
            }
            if k > r && (w.function.contains(l.as_str()) || self.is_cue(k)) {
                break;
            }
            k += 1;
        }
        if let Some(d) = self.phrase_from(r, self.toks.len()) {
            return Speaker::Described(d);
        }
        // A name the people stage took for no person (`according to Reuters`): its words.
        let end = (r..self.toks.len().min(r + 6))
            .take_while(|&j| ok(j) && self.toks[j].cap())
            .last();
        match end {
            Some(e) => {
                let s = self.toks[r].range().start;
                Speaker::Described(self.text[s..self.toks[e].range().end].to_string())
            }
            None => Speaker::Unresolved,
        }
    }

    /// Whether the credit `cue` of quotation `q` is a source phrase that names its speaker:
    /// the shape of its own sentence, or a cue of its sentence when no reporting verb is
    /// nearer in it (a paragraph's first cue, `according to a report`, is not the speaker
    /// of the quotations that verbs credit further on).
    fn credits_source(&self, q: &Quotation, cue: &Range<usize>) -> bool {
        let Some(k) = self.token_at(cue.start) else {
            return false;
        };
        if self.after_source_phrase(k).is_none() {
            return false;
        }
        if q.verb.as_ref().is_some_and(|v| v.start == cue.start) {
            return true;
        }
        if q.verb.is_some() {
            return false;
        }
        let qstart = self
            .toks
            .partition_point(|t| t.range().start < q.range.start);
        let qend = self.toks.partition_point(|t| t.range().start < q.range.end);
        let sents = [
            qstart.checked_sub(1),
            Some(qstart),
            qend.checked_sub(1),
            Some(qend),
        ];
        let in_sentence = |i: usize| {
            sents.iter().flatten().any(|&j| {
                j < self.toks.len()
                    && self.toks[j].sent == self.toks[i].sent
                    && self.toks[j].block() == q.block
            })
        };
        in_sentence(k)
            && self
                .cue_near(q.block, &q.range)
                .is_none_or(|v| !in_sentence(v))
    }

    /// The source named after the credit at byte `at` (`according to`, `per`), if the
    /// credit is one.
    fn source_at(&self, at: usize) -> Option<Speaker> {
        let k = self.token_at(at)?;
        let r = self.after_source_phrase(k)?;
        Some(self.source_from(r, 0))
    }

    /// Who a credit after a dash names (`— Idris Quayle, spokesman`, `-- a skipper from
    /// Kilbride`), when the cue at byte `at` is one: the words after the dash, not a verb.
    fn dash_credit(&self, at: usize) -> Option<Speaker> {
        let k = self.token_at(at).filter(|&k| !self.is_cue(k))?;
        let before = self.text[..at].trim_end();
        if !before.ends_with(['—', '―', '–', '-']) {
            return None;
        }
        // The credit is the quotation's own: `— one of the pilots` is read as `said one of
        // the pilots` is.
        self.counted.set(true);
        let s = self.named_from(k, 0);
        self.counted.set(false);
        (s != Speaker::Unresolved).then_some(s)
    }

    /// Who a phrase woven into the writer's sentence is credited to by the sentence's shape
    /// (`Lind called the plan "a slow disaster"`, `Vesk described it as "…"`, `according to
    /// Lind, the works were "…"`): the subject of the nearest verb of speaking or naming before
    /// the mark in its sentence, or the source a credit names. No one when the phrase is held at
    /// arm's length (`the so-called "…"`, `a "…" policy`), or the sentence denies, mocks or
    /// repeats someone else's words (`denied the plan was "…"`, `did not call it "…"`). Reads
    /// the sentence before the mark only, at most [`WOVEN_REACH`] words.
    fn woven_credit(&self, q: &Quotation) -> Speaker {
        let w = crate::quotes::words::words();
        let n = crate::quotes::words::naming();
        let before = self.text[..q.range.start.min(self.text.len())].trim_end();
        // Mid-sentence, right after a word.
        if !before.ends_with(|c: char| c.is_alphanumeric()) {
            return Speaker::Unresolved;
        }
        let last = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        let owner = last.ends_with("'s") || last.ends_with("’s") || last.ends_with("s'");
        if owner
            || w.determiners.contains(last.as_str())
            || n.naming_adjectives.contains(last.as_str())
        {
            return Speaker::Unresolved;
        }
        // A capital opens a name or a title (`called the report "A Bucket With A Hole"`).
        let lower_start = self
            .text
            .get(q.content.clone())
            .unwrap_or("")
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if !lower_start {
            return Speaker::Unresolved;
        }
        let at = self
            .toks
            .partition_point(|t| t.range().start < q.range.start);
        let Some(sent) = at.checked_sub(1).map(|k| self.toks[k].sent) else {
            return Speaker::Unresolved;
        };
        let from = at.saturating_sub(WOVEN_REACH);
        let mut verb = None;
        let mut source = None;
        for k in (from..at).rev() {
            let t = &self.toks[k];
            if t.sent != sent {
                break;
            }
            if t.quote != InQuote::No {
                continue;
            }
            let lw = super::cands::with_lower(self.word(k), |x| {
                (
                    w.negates(x) || w.disowning.contains(x),
                    n.naming_verbs.contains(x),
                    n.as_naming.contains(x) || n.naming_participles.contains(x),
                    n.naming_participles.contains(x) && !x.ends_with('d'),
                )
            });
            if lw.0 {
                return Speaker::Unresolved;
            }
            // `described the scheme as`: the naming verb with its `as` before the mark.
            let as_named = lw.2 && (k + 1..at).any(|j| self.word(j).eq_ignore_ascii_case("as"));
            if verb.is_none() && (self.is_cue(k) || (!t.cap() && (lw.1 || lw.3 || as_named))) {
                verb = Some(k);
            }
            if source.is_none() && verb.is_none() {
                source = self.after_source_phrase(k);
            }
        }
        let s = match (verb, source) {
            (Some(k), _) => match self.subject(k) {
                Speaker::Person(p) => Some(p),
                _ => self.woven_subject(k, sent),
            },
            (None, Some(r)) => match self.source_from(r, 0) {
                Speaker::Person(p) => Some(p),
                _ => None,
            },
            (None, None) => None,
        };
        // Only a person named before the verb as its subject: a role read off the words around
        // a verb may be its object (`who called the plan "…"` is not said by the plan).
        let from = verb.or(source).unwrap_or(at);
        s.filter(|&p| source.is_some() && verb.is_none() || self.named_before(p, from, sent))
            .map_or(Speaker::Unresolved, Speaker::Person)
    }

    /// Whether person `p` stands before token `k` in its sentence as a subject: a mention not
    /// owning something (`Mr Glazer's plans`) nor after a preposition (`from chief executive
    /// Ann Lee`, `with Mr Campbell`), or a pronoun that stands for them with no such mention of
    /// them before it in the sentence.
    fn named_before(&self, p: usize, k: usize, sent: u32) -> bool {
        let w = crate::quotes::words::words();
        let mut pronoun = false;
        for j in (k.saturating_sub(WOVEN_REACH)..k).rev() {
            if self.toks[j].sent != sent {
                break;
            }
            if let Some(c) = self.end_at.get(j).filter(|&c| self.owner[c] == Some(p)) {
                let cand = &self.cands[c];
                let start = cand.title.as_ref().map_or(cand.toks.start, |t| t.start);
                let object = start > 0
                    && self.toks[start - 1].sent == sent
                    && super::cands::with_lower(self.word(start - 1), |x| {
                        w.person_prepositions.contains(x) || w.prepositions.contains(x)
                    });
                return !object && !self.toks[j].poss();
            }
            if let Some(g) = self.pronoun(j) {
                if pronoun {
                    continue;
                }
                if self.resolve_pronoun(j, g) != Some(p) {
                    return false;
                }
                pronoun = true;
            }
        }
        pronoun
    }

    /// The subject of a verb of a woven phrase that [`Ctx::subject`] does not read: the name a
    /// relative `who` stands for (`Lind, who called it "…"`), or the person opening the
    /// sentence of a participle (`Lind attacked the scheme, calling it "…"`).
    fn woven_subject(&self, k: usize, sent: u32) -> Option<usize> {
        let mut l = k;
        while l > 0 && self.toks[l - 1].sent == sent && self.lex.bridges.contains(self.word(l - 1))
        {
            l -= 1;
        }
        if l >= 2 && self.word(l - 1).eq_ignore_ascii_case("who") && self.toks[l - 2].sent == sent {
            return self.person_ending(l - 2);
        }
        if !self.word(k).ends_with("ing") {
            return None;
        }
        let first = (0..k)
            .rev()
            .take_while(|&j| self.toks[j].sent == sent)
            .last()?;
        match self.pronoun(first) {
            Some(g) => self.resolve_pronoun(first, g),
            None => self.person_starting(first),
        }
    }

    /// The last reporting verb of a block.
    fn last_cue(&self, block: usize) -> Option<usize> {
        let from = self.toks.partition_point(|t| t.block() < block);
        let to = self.toks.partition_point(|t| t.block() <= block);
        (from..to).rev().find(|&k| self.is_cue(k))
    }
}

/// Words before a woven phrase's mark read for its credit: a sentence's subject and verb
/// stand within them, and the read stays bounded on a sentence of thousands of words.
const WOVEN_REACH: usize = 40;

/// What the speaker of a quotation reads of the quotation itself: its kind, how it is
/// attributed and where its cue is, its verb, its block, its range and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    kind: QuoteKind,
    /// How it is attributed.
    by: std::mem::Discriminant<Attribution>,
    /// Where the cue it is attributed by is.
    cue: Option<Range<usize>>,
    verb: Option<Range<usize>>,
    block: usize,
    range: Range<usize>,
    content: Range<usize>,
}

impl Said {
    /// What the speaker of `q` reads of it.
    pub fn of(q: &Quotation) -> Said {
        let cue = match &q.attribution {
            Attribution::Cue { cue } | Attribution::Context { cue } => Some(cue.clone()),
            _ => None,
        };
        Said {
            kind: q.kind,
            by: std::mem::discriminant(&q.attribution),
            cue,
            verb: q.verb.clone(),
            block: q.block,
            range: q.range.clone(),
            content: q.content.clone(),
        }
    }

    /// Whether `q` reads what this read, its offsets moved by `moved` (`None` where one has no
    /// place): compared field by field, nothing copied.
    pub fn is(&self, q: &Quotation, moved: &dyn Fn(usize) -> Option<usize>) -> bool {
        let range = |a: &Range<usize>, b: &Range<usize>| {
            moved(a.start) == Some(b.start) && moved(a.end) == Some(b.end)
        };
        let maybe = |a: &Option<Range<usize>>, b: Option<&Range<usize>>| match (a, b) {
            (Some(a), Some(b)) => range(a, b),
            (None, None) => true,
            _ => false,
        };
        let cue = match &q.attribution {
            Attribution::Cue { cue } | Attribution::Context { cue } => Some(cue),
            _ => None,
        };
        self.kind == q.kind
            && self.by == std::mem::discriminant(&q.attribution)
            && self.block == q.block
            && range(&self.range, &q.range)
            && range(&self.content, &q.content)
            && maybe(&self.cue, cue)
            && maybe(&self.verb, q.verb.as_ref())
    }
}

/// The last analysis's speakers, for a draft changed only inside block `block` since (see
/// `PeopleMemo::reuse` and `PeopleMemo::speakers_before`): a quotation that reads no token
/// of that block and the same of itself and of the quotations before it keeps its speaker.
/// With every token, name candidate and person the same, a quotation reads its own block and
/// the one before it, and its cue's and its verb's. With the people worked out again
/// (`people`), it also reads the names of the three blocks before those (a pronoun's person)
/// and the block after them (the word after a verb), and the names the rest of the draft tells
/// are asked (see [`Ctx::global`]); the people must be the same outside the changed block,
/// but for their numbers, and so must every token's quotation context.
pub struct Before<'a> {
    /// The last analysis's quotations (see [`Said`]).
    pub said: &'a [Said],
    /// Their speakers.
    pub speakers: &'a [Speaker],
    /// Where an offset of the last draft is in this one (`None` inside the changed word).
    pub moved: &'a dyn Fn(usize) -> Option<usize>,
    /// The changed block.
    pub block: usize,
    /// Its range in this draft.
    pub range: Range<usize>,
    /// The people the last speakers were read from, when they were worked out again.
    pub people: Option<PeopleBefore<'a>>,
}

/// The last analysis's people, for [`Before`]: what its speakers were read from, and where
/// the changed block's tokens were.
pub struct PeopleBefore<'a> {
    pub known: &'a Known,
    /// The changed block's first token, and how many tokens it had and has.
    pub toks: (usize, usize, usize),
}

/// Blocks before a quotation's own (or its cue's, its verb's) whose names its speaker may
/// read: a pronoun's person is looked for that far back (see [`Ctx::resolve_pronoun`]).
const PRONOUN_BLOCKS: usize = 3;

/// Each last person's number now (see [`PeopleBefore`]), when the people outside the changed
/// block are the same but for their numbers: every name candidate outside it, the person it
/// is (one person now for one before), their gender, the namesakes a surname may mean.
fn renumbered(old: &PeopleBefore, new: &Known) -> Option<Vec<Option<usize>>> {
    let (first, old_n, new_n) = old.toks;
    let before = old.known;
    let (oc, nc) = (&before.cands[..], &new.cands[..]);
    // Candidates before the block, in it, after it.
    let split = |cands: &[Cand], n: usize| {
        let a = cands.partition_point(|c| c.toks.start < first);
        let b = cands.partition_point(|c| c.toks.start < first + n);
        (a, b)
    };
    let ((oa, ob), (na, nb)) = (split(oc, old_n), split(nc, new_n));
    if oa != na || oc.len() - ob != nc.len() - nb {
        return None;
    }
    let shift = new_n.wrapping_sub(old_n);
    // A candidate of the last draft outside the block, and the same one now.
    let now = |i: usize| match i {
        i if i < oa => Some((i, 0)),
        i if i >= ob => Some((i - ob + nb, shift)),
        _ => None,
    };
    let mut to: Vec<Option<usize>> = vec![None; before.genders.len()];
    let mut taken = vec![false; new.genders.len()];
    for i in (0..oa).chain(ob..oc.len()) {
        let (j, d) = now(i)?;
        if !same_moved(&oc[i], &nc[j], d) {
            return None;
        }
        match (before.owner.get(i).copied()?, new.owner.get(j).copied()?) {
            (None, None) => {}
            (Some(p), Some(q)) => match to.get(p)? {
                Some(was) if *was != q => return None,
                Some(_) => {}
                None => {
                    if std::mem::replace(taken.get_mut(q)?, true) {
                        return None;
                    }
                    to[p] = Some(q);
                }
            },
            _ => return None,
        }
    }
    for (p, q) in to.iter().enumerate() {
        if let Some(q) = q {
            if before.genders.get(p) != new.genders.get(*q) {
                return None;
            }
        }
    }
    // The namesakes of every candidate outside the block, renumbered, and no others.
    let mut outside = 0;
    for (&i, ps) in &before.ambiguous {
        let Some((j, _)) = now(i) else {
            continue;
        };
        outside += 1;
        let now = new.ambiguous.get(&j)?;
        if ps.len() != now.len()
            || ps
                .iter()
                .zip(now)
                .any(|(&p, &q)| to.get(p) != Some(&Some(q)))
        {
            return None;
        }
    }
    let inside = |ci: &&usize| (na..nb).contains(*ci);
    if new.ambiguous.keys().filter(|ci| !inside(ci)).count() != outside {
        return None;
    }
    Some(to)
}

/// Whether candidate `a` is `b` with its token indexes moved on by `d` (wrapping).
fn same_moved(a: &Cand, b: &Cand, d: usize) -> bool {
    let m = |i: usize| i.wrapping_add(d);
    let r = |x: &Range<usize>, y: &Range<usize>| m(x.start) == y.start && m(x.end) == y.end;
    r(&a.toks, &b.toks)
        && match (&a.title, &b.title) {
            (Some(x), Some(y)) => r(x, y),
            (None, None) => true,
            _ => false,
        }
        && a.gender == b.gender
        && a.family_first == b.family_first
        && a.given.len() == b.given.len()
        && a.given.iter().zip(&b.given).all(|(&x, &y)| m(x) == y)
        && r(&a.surname, &b.surname)
        && a.suffix.map(m) == b.suffix
        && a.strong == b.strong
        && a.weak == b.weak
        && a.attributive == b.attributive
        && a.listed == b.listed
        && a.split_core == b.split_core
}

/// The speaker of every quotation, indexed like `quotes.quotations`; `cues` must be the
/// [`OwnCues`] of the same draft.
pub fn resolve(
    doc: &Document,
    quotes: &Quotes,
    toks: &[Tok],
    known: &Known,
    cues: OwnCues,
) -> Vec<Speaker> {
    resolve_after(doc, quotes, toks, known, None, Some(cues))
}

/// For each quotation credited by a verb or a colon, the reporting verb its speaker is the
/// subject of (see [`own_cue`]), indexed like `quotes.quotations`.
pub struct OwnCues {
    cues: Vec<Option<usize>>,
    /// The verbs asked of on the way (see [`Ctx::hearers`]).
    hearers: Hearers,
}

/// Reads the verbs quotations are credited by (see [`OwnCues`]), one quotation at a time:
/// they read the words alone, not the people, so they are found while the people are still
/// being worked out (`memo::Scans::own_cues` keeps each block's).
pub struct CueReader<'a> {
    cx: Ctx<'a>,
}

/// No people: the cues read the words alone.
fn no_people() -> &'static Known {
    static NONE: std::sync::OnceLock<Known> = std::sync::OnceLock::new();
    NONE.get_or_init(Known::default)
}

impl<'a> CueReader<'a> {
    /// A reader of `doc`'s cues, `toks` its tokens.
    pub fn new(doc: &'a Document, toks: &'a [Tok]) -> CueReader<'a> {
        CueReader {
            cx: Ctx::new(doc, toks, no_people()),
        }
    }

    /// The verb `q` is credited by, for a quotation credited by a verb or a colon.
    pub fn cue(&self, q: &Quotation) -> Option<usize> {
        match q.attribution {
            Attribution::Cue { .. } | Attribution::Colon if q.kind == QuoteKind::Quotation => {
                own_cue(&self.cx, q)
            }
            _ => None,
        }
    }

    /// Whether the verb at token `k` names the hearer (see [`Ctx::hearer`]).
    pub fn hearer(&self, k: usize) -> bool {
        self.cx.hearer(k)
    }

    /// Notes whether the verb at token `k` names the hearer, as read before.
    pub fn heard(&self, k: usize, h: bool) {
        self.cx.hearers.borrow_mut().set(k, h, self.cx.toks.len());
    }

    /// The cues of the draft's quotations, with what was read on the way.
    pub fn finish(self, cues: Vec<Option<usize>>) -> OwnCues {
        OwnCues {
            cues,
            hearers: self.cx.hearers.into_inner(),
        }
    }
}

/// What [`CueReader::cue`] reads of a quotation besides the words of its block (and the first
/// word after the block): whether it is read at all, and where its verb and itself lie, from
/// the block's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueRead {
    asks: bool,
    verb: Option<(usize, usize)>,
    range: (usize, usize),
}

impl CueRead {
    /// What the cue of `q` reads of it, when it reads no word outside `block` (its block's
    /// range) but the one after it: its verb and itself inside the block.
    pub fn of(q: &Quotation, block: &Range<usize>) -> Option<CueRead> {
        let asks = matches!(q.attribution, Attribution::Cue { .. } | Attribution::Colon)
            && q.kind == QuoteKind::Quotation;
        if !asks {
            return Some(CueRead {
                asks,
                verb: None,
                range: (0, 0),
            });
        }
        let inside = |r: &Range<usize>| {
            (block.start <= r.start && r.end <= block.end)
                .then(|| (r.start - block.start, r.end - block.start))
        };
        let verb = match &q.verb {
            Some(v) => Some(inside(v)?),
            None => None,
        };
        Some(CueRead {
            asks,
            verb,
            range: inside(&q.range)?,
        })
    }
}

/// The verb of a quotation's own shape, or else the reporting verb nearest it in its
/// paragraph. A verb naming who heard the words (`I was advised`) names no speaker: an earlier
/// cue of the paragraph that names one may (`a guard explained when I asked`).
fn own_cue(cx: &Ctx, q: &crate::quotes::Quotation) -> Option<usize> {
    let own = q.verb.as_ref().and_then(|v| cx.token_at(v.start));
    own.map(|k| {
        if cx.hearer(k) {
            cx.speaker_cue_before(q.block, q.range.start).unwrap_or(k)
        } else {
            k
        }
    })
    .or_else(|| cx.cue_near(q.block, &q.range))
}

/// [`resolve`], keeping the speakers `before` allows.
pub fn resolve_after(
    doc: &Document,
    quotes: &Quotes,
    toks: &[Tok],
    known: &Known,
    before: Option<&Before>,
    cues: Option<OwnCues>,
) -> Vec<Speaker> {
    let mut cx = Ctx::new(doc, toks, known);
    let cues = cues.map(|c| {
        cx.hearers = std::cell::RefCell::new(c.hearers);
        c.cues
    });
    let mut out: Vec<Speaker> = Vec::with_capacity(quotes.quotations.len());
    // The last checked quotation of each block (its index plus one, in `out`), and the last
    // one: indexes rather than copies of the speakers, read far less often than written.
    let mut block_last: Vec<u32> = vec![0; doc.blocks.len()];
    let mut last_checked: Option<usize> = None;
    let last_of =
        |block_last: &[u32], b: usize| block_last.get(b).and_then(|&i| (i as usize).checked_sub(1));
    // The last reporting verb of each block, found once per block.
    let mut last_cues: HashMap<usize, Option<usize>> = HashMap::default();
    // The same of the last analysis, kept in step: a quotation that reads them keeps its
    // speaker only when they are the same.
    let n = quotes.quotations.len();
    let before = before.filter(|b| b.said.len() == n && b.speakers.len() == n);
    // The last people renumbered, when they were worked out again (`None` when they differ).
    let to = before
        .and_then(|b| b.people.as_ref())
        .map(|p| renumbered(p, known));
    let before = before.filter(|_| !matches!(to, Some(None)));
    let to = to.flatten();
    // A last speaker as it is numbered now.
    let now = |s: &Speaker| match (s, &to) {
        (Speaker::Person(p), Some(to)) => to.get(*p).copied().flatten().map(Speaker::Person),
        _ => Some(s.clone()),
    };
    let same = |new: Option<&Speaker>, old: Option<&Speaker>| match (new, old) {
        (Some(Speaker::Person(a)), Some(Speaker::Person(b))) => match &to {
            Some(to) => to.get(*b) == Some(&Some(*a)),
            None => a == b,
        },
        (new, old) => new == old,
    };
    // What the last speakers asked of the whole draft's people, and the blocks whose tokens
    // or names a quotation must not read to keep its speaker when the people were worked out
    // again (see [`Before`]).
    let old_globals = before.map_or_else(Vec::new, |b| {
        let last = b.people.as_ref().map_or(known, |p| p.known);
        last.globals.lock().map(|g| g.clone()).unwrap_or_default()
    });
    let wide = before.and_then(|b| {
        b.people.as_ref()?;
        let last = doc.blocks.len().checked_sub(1)?;
        // Its own block and the one before (the paragraph a colon or a context credits by)
        // may read that many blocks back, and the block after them.
        let from = &doc.blocks[b.block.saturating_sub(1)];
        let to = &doc.blocks[(b.block + PRONOUN_BLOCKS + 1).min(last)];
        Some(from.range.start..to.range.end)
    });
    let before = before.filter(|b| b.people.is_none() || wide.is_some());
    let mut globals = Vec::with_capacity(n);
    let mut old_block_last: Vec<u32> = vec![0; doc.blocks.len()];
    let mut old_last_checked: Option<usize> = None;
    for (qi, q) in quotes.quotations.iter().enumerate() {
        let kept = before.and_then(|b| {
            let (old, speaker) = (b.said.get(qi)?, b.speakers.get(qi)?);
            let prev = q.block.saturating_sub(1);
            let (new_at, old_at) = match q.attribution {
                Attribution::Running => (last_checked, old_last_checked),
                Attribution::ColonParagraph | Attribution::Context { .. } => (
                    last_of(&block_last, prev),
                    last_of(&old_block_last, prev),
                ),
                _ => (None, None),
            };
            let same_chain = same(
                new_at.and_then(|i| out.get(i)),
                old_at.and_then(|i| b.speakers.get(i)),
            );
            if old.kind == QuoteKind::Quotation {
                if let Some(x) = old_block_last.get_mut(old.block) {
                    *x = qi as u32 + 1;
                }
                old_last_checked = Some(qi);
            }
            let cue = match &q.attribution {
                Attribution::Cue { cue } | Attribution::Context { cue } => Some(cue.start),
                _ => None,
            };
            let verb = q.verb.as_ref().map(|v| v.start);
            let reads_block = match &wide {
                Some(near) => {
                    old_globals.get(qi) != Some(&false)
                        || [Some(q.range.start), cue, verb]
                            .into_iter()
                            .flatten()
                            .any(|at| near.contains(&at))
                }
                None => {
                    q.block == b.block
                        || prev == b.block
                        // A lede credited by the paragraph after it reads that paragraph.
                        || matches!(&q.attribution, Attribution::Cue { cue } if b.range.contains(&cue.start))
                        || verb.is_some_and(|v| b.range.contains(&v))
                }
            };
            if reads_block || !same_chain || !old.is(q, b.moved) {
                return None;
            }
            Some((now(speaker)?, old_globals.get(qi).copied().unwrap_or(true)))
        });
        let (kept, global) = match kept {
            Some((s, g)) => (Some(s), g),
            None => (None, false),
        };
        cx.global.set(false);
        if q.kind != QuoteKind::Quotation {
            // A phrase woven into the writer's sentence is credited by the sentence's shape
            // alone: it is held to the record, and starts no chain of speakers.
            let s = match q.kind {
                QuoteKind::Partial | QuoteKind::Term | QuoteKind::Title if known.woven => {
                    kept.unwrap_or_else(|| cx.woven_credit(q))
                }
                _ => Speaker::Unresolved,
            };
            globals.push(global || cx.global.get());
            out.push(s);
            continue;
        }
        let speaker = match (&q.attribution, kept) {
            (_, Some(speaker)) => {
                globals.push(global);
                speaker
            }
            (attribution, None) => {
                let s = read_speaker(
                    &cx,
                    q,
                    qi,
                    attribution,
                    &cues,
                    &out,
                    &mut last_cues,
                    |b| last_of(&block_last, b),
                    last_checked,
                );
                globals.push(cx.global.get());
                s
            }
        };
        if let Some(x) = block_last.get_mut(q.block) {
            *x = qi as u32 + 1;
        }
        last_checked = Some(qi);
        out.push(speaker);
    }
    if let Ok(mut g) = known.globals.lock() {
        *g = globals;
    }
    out
}

/// The speaker of quotation `qi` (`q`, attributed by `attribution`), read from its words:
/// `cues` from [`own_cues`] when given, `out` the speakers before it, `block_last` the last
/// checked quotation of a block, `last_checked` the last one.
#[allow(clippy::too_many_arguments)]
fn read_speaker(
    cx: &Ctx,
    q: &Quotation,
    qi: usize,
    attribution: &Attribution,
    cues: &Option<Vec<Option<usize>>>,
    out: &[Speaker],
    last_cues: &mut HashMap<usize, Option<usize>>,
    block_last: impl Fn(usize) -> Option<usize>,
    last_checked: Option<usize>,
) -> Speaker {
    match attribution {
        Attribution::Running => last_checked
            .and_then(|i| out.get(i).cloned())
            .unwrap_or(Speaker::Unresolved),
        // A lede credited by the paragraph after it: the subject of that paragraph's cue.
        Attribution::Cue { cue } if cue.start >= cx.blocks[q.block].range.end => {
            match cx.token_at(cue.start).filter(|&k| cx.is_cue(k)) {
                // A running quotation credited where it closes: that verb is its own.
                Some(k) => cx.subject_counted(k, q.verb.is_some()),
                // A credit line under a pull quote: whom it names.
                None => cx.dash_credit(cue.start).unwrap_or(Speaker::Unresolved),
            }
        }
        // `according to Okafor's statement`: the source the credit names after it.
        Attribution::Cue { cue } if cx.credits_source(q, cue) => {
            cx.source_at(cue.start).unwrap_or(Speaker::Unresolved)
        }
        // The verb of the sentence's own shape names the speaker, whatever the verb.
        // A verb naming who heard the words (`I was advised`) names no speaker: an earlier
        // cue of the paragraph that names one may (`a guard explained when I asked`).
        Attribution::Cue { .. } | Attribution::Colon => {
            let own = q.verb.as_ref().and_then(|v| cx.token_at(v.start));
            let cue = match &cues {
                Some(cues) => cues.get(qi).copied().flatten(),
                None => own_cue(cx, q),
            };
            match cue {
                Some(k) => cx.subject_counted(k, Some(k) == own),
                None => match attribution {
                    // `"…" — Idris Quayle`: the credit after the quotation.
                    Attribution::Cue { cue } if cue.start >= q.range.end => cx
                        .dash_credit(cue.start)
                        .unwrap_or_else(|| colon_speaker(cx, q.block, q.range.start)),
                    _ => colon_speaker(cx, q.block, q.range.start),
                },
            }
        }
        Attribution::ColonParagraph | Attribution::Context { .. } => {
            let prev = q.block.saturating_sub(1);
            match block_last(prev).and_then(|i| out.get(i)) {
                Some(s) if *s != Speaker::Unresolved => s.clone(),
                _ => match *last_cues.entry(prev).or_insert_with(|| cx.last_cue(prev)) {
                    Some(k) => cx.subject(k),
                    // The paragraph before credits by `according to`: its source.
                    None => match attribution {
                        Attribution::Context { cue } => cx.source_at(cue.start),
                        _ => None,
                    }
                    .unwrap_or_else(|| colon_speaker(cx, prev, cx.blocks[prev].range.end)),
                },
            }
        }
        Attribution::None | Attribution::NotChecked => Speaker::Unresolved,
    }
}

/// Whether a lowercase word opens a described speaker: an article or a determiner of number
/// (`one engineer`, `two miners`, `another worker`, data/attribution.txt), not a possessive
/// (`her lawyer` is read by its owner) nor a pointer (`this week`).
fn opens_description(lower: &str) -> bool {
    let w = crate::quotes::words::words();
    w.determiners.contains(lower)
        && !w.pointers.contains(lower)
        && !matches!(
            lower,
            "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
}

/// `phrase` with its first letter lowercase (a phrase opened by `The` at a sentence's start).
fn lowered_first(phrase: &str) -> String {
    let mut out = phrase.to_string();
    if let Some(c) = out.get(..1) {
        out.replace_range(..1, &c.to_lowercase());
    }
    out
}

/// `Mr Brown told MPs: “…”` with no reporting verb found: the first person of the sentence,
/// or the person it describes as the subject of a verb of being (`The council leader was
/// blunt: “…”`).
fn colon_speaker(cx: &Ctx, block: usize, before: usize) -> Speaker {
    if let Some(s) = cx.label_speaker(block, before) {
        return s;
    }
    if let Some(d) = cx.described_subject(before) {
        return Speaker::Described(d);
    }
    let at = cx
        .cands
        .partition_point(|c| cx.toks[c.toks.start].range().start < before);
    cx.person_before(at, &cx.nearest_person, |t| t.block(), block)
}

/// How far into its line a label's colon may be.
const LABEL_WITHIN: usize = 48;

/// A speaker's label opening `line` and the offset of the colon that ends it: one to four
/// capitalised words (`Q`, `Answer`, `OSEI`, `Dr Efua Osei`), maybe in bold, then `:`.
fn line_label(line: &str) -> Option<(&str, usize)> {
    let colon = line.get(..LABEL_WITHIN.min(line.len()))?.find(':')?;
    let label = line[..colon].trim().trim_matches(['*', '_']).trim();
    let words = label.split(' ');
    let ok = !label.is_empty()
        && label.split(' ').count() <= 4
        && words.into_iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        });
    ok.then_some((label, colon))
}
