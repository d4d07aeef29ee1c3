//! The scanner over one block's words: titles matched in the lexicon, the names beside them,
//! and what stands before them.

use super::lexicon::{Lexicon, TitleKind};
use super::tokens::*;
use super::words::*;
use super::{Case, NameShape, Qualifier};
use std::ops::Range;

pub(super) struct Scanner<'a> {
    pub(super) lex: &'static Lexicon,
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
}

pub(super) struct Match {
    pub(super) def: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) abbreviated: bool,
    pub(super) points: usize,
}

impl Scanner<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].range.clone()]
    }

    /// Word `i` without its possessive ending, as written.
    pub(super) fn key_text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.range.start..t.key_end]
    }

    /// Word `i` without its possessive ending, in lower case.
    pub(super) fn key(&self, i: usize) -> Lower<'_> {
        lower(self.key_text(i))
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    pub(super) fn is_punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word) && &self.text[self.toks[i].range.clone()] == c
    }

    /// The longest lexicon phrase starting at word `i`.
    pub(super) fn match_phrase(&self, i: usize) -> Option<Match> {
        self.match_phrase_keyed(i, self.key(i).as_str())
    }

    /// [`Self::match_phrase`] with word `i` already in lower case.
    fn match_phrase_keyed(&self, i: usize, key: &str) -> Option<Match> {
        let candidates = self.lex.phrases.get(key)?;
        // Capitals throughout are an initialism, not a title: `DR Congo`, `the MS Society`.
        let first = self.word(i);
        if all_caps(first) && first.chars().count() > 1 {
            return None;
        }
        'cand: for p in candidates {
            let mut k = i;
            let mut points = 0;
            for (n, w) in p.words.iter().enumerate() {
                if !self.is_word(k) || (n > 0 && !self.toks[k].space_before) {
                    continue 'cand;
                }
                if n > 0 && !eq_lower(self.key_text(k), w) {
                    continue 'cand;
                }
                // Only the last word may carry a possessive.
                if n + 1 < p.words.len() && self.toks[k].key_end != self.toks[k].range.end {
                    continue 'cand;
                }
                // `rep`, `gen`, `dr` in lower case are not titles; a rank's with its point
                // is (`sgt. Ana Ruiz`), where nothing qualifies it (see `find::lower_rank`).
                if p.abbreviated
                    && !first_upper(self.word(k))
                    && !(self.lex.defs[p.def].noun && self.is_punct(k + 1, "."))
                {
                    continue 'cand;
                }
                // `Amartya Sen. Critics say`: right after a name, with its point, the word ends
                // the name and the sentence; it is no title.
                // The point is asked about before the name: `name_like` asks this again of the
                // word before, and a run of titles (`Mrs Mrs Mrs …`) must not recurse down it.
                if p.abbreviated
                    && n == 0
                    && k > 0
                    && self.toks[k].space_before
                    && !self.toks[k].sentence_first
                    && self.is_punct(k + 1, ".")
                    && !self.toks[k - 1].sentence_first
                    && self.toks[k - 1].key_end == self.toks[k - 1].range.end
                    && self.name_like(k - 1)
                    && !crate::people::is_demonym(self.word(k - 1))
                    && !self.is_country_word(k - 1)
                    && !self.lex.prefixes.contains(self.key(k - 1).as_str())
                {
                    continue 'cand;
                }
                k += 1;
                if p.abbreviated && self.is_punct(k, ".") && !self.toks[k].space_before {
                    points += 1;
                    k += 1;
                }
            }
            return Some(Match {
                def: p.def,
                start: i,
                end: k,
                abbreviated: p.abbreviated,
                points,
            });
        }
        None
    }

    /// A formal title with its last word in the plural at word `i`, spelled out (`presidents`,
    /// `prime ministers`) or abbreviated (`Sens.`, `Lt. Govs.`), as its singular's entry; no
    /// prefixes.
    pub(super) fn match_plural(&self, i: usize) -> Option<Match> {
        let key = self.key(i);
        let key = key.as_str();
        // A one-word title: its plural is written here. A longer one opens with its own word.
        let one = self.lex.singular(key).and_then(|s| self.lex.phrases.get(s));
        let one = one.into_iter().flatten().filter(|p| p.words.len() == 1);
        let longer = self.lex.phrases.get(key).into_iter().flatten();
        'cand: for p in one.chain(longer.filter(|p| p.words.len() > 1)) {
            if self.lex.defs[p.def].kind != TitleKind::Formal {
                continue;
            }
            let last = p.words.len() - 1;
            let mut k = i;
            let mut points = 0;
            for (n, w) in p.words.iter().enumerate() {
                if !self.is_word(k) || (n > 0 && !self.toks[k].space_before) {
                    continue 'cand;
                }
                // An abbreviation in the plural (`Sens.`, `Lt. Govs.`) is capitalised like its
                // singular: `reps`, `gens` in lower case are other words.
                if p.abbreviated && !first_upper(self.word(k)) {
                    continue 'cand;
                }
                // No possessive inside the title: `presidents'` is no title before names.
                if self.toks[k].key_end != self.toks[k].range.end {
                    continue 'cand;
                }
                let here = self.key(k);
                let fits = if n == last {
                    self.lex.singular(here.as_str()) == Some(w.as_str())
                } else {
                    here.as_str() == w
                };
                if !fits {
                    continue 'cand;
                }
                k += 1;
                if p.abbreviated && self.is_punct(k, ".") && !self.toks[k].space_before {
                    points += 1;
                    k += 1;
                }
            }
            return Some(Match {
                def: p.def,
                start: i,
                end: k,
                abbreviated: p.abbreviated,
                points,
            });
        }
        None
    }

    /// A title at word `i`, with prefixes such as `Deputy` or `Acting Deputy` when they stand
    /// there (at most [`Self::MAX_PREFIXES`], so that a run of them is read in bounded time).
    pub(super) fn match_title(&self, i: usize) -> Option<Match> {
        let mut j = i;
        loop {
            if !self.lex.may_open(self.toks[j].ascii, self.toks[j].hash) {
                return None;
            }
            let key = self.key(j);
            if let Some(m) = self.match_phrase_keyed(j, key.as_str()) {
                if self.after_office(&m) {
                    return None;
                }
                if j == i {
                    return Some(m);
                }
                // Prefixes before a title make one title only of a formal one.
                return (self.lex.defs[m.def].kind == TitleKind::Formal)
                    .then_some(Match { start: i, ..m });
            }
            let prefix = self.lex.prefixes.contains(key.as_str())
                && self.is_word(j + 1)
                && self.toks[j + 1].space_before;
            // `acting Attorney General Paul Voss`: the lowercase modifier is not part of it.
            if !prefix
                || j - i >= Self::MAX_PREFIXES
                || self.lex.modifiers.contains(key.as_str()) && !first_upper(self.word(j))
            {
                return None;
            }
            j += 1;
        }
    }

    /// The most prefixes read before a title (`Acting Deputy Assistant Secretary` has three).
    const MAX_PREFIXES: usize = 4;

    /// Whether the one-word rank `m` follows the office it qualifies (`Surgeon General`,
    /// `Inspector General`): a capitalised agent noun of the word list stands right before it.
    fn after_office(&self, m: &Match) -> bool {
        let i = m.start;
        if m.end != i + 1 || !self.lex.defs[m.def].noun || i == 0 || !self.toks[i].space_before {
            return false;
        }
        if !self.is_word(i - 1) || self.toks[i - 1].key_end != self.toks[i - 1].range.end {
            return false;
        }
        let before = self.word(i - 1);
        let low = lower(before);
        let low = low.as_str();
        first_upper(before)
            && !all_caps(before)
            && ["or", "er", "ant", "ent", "eon", "ate", "ul", "ary"]
                .iter()
                .any(|e| low.ends_with(e))
            && crate::people::is_ordinary_word(low)
    }

    /// A name starting at token `j`: its byte range, shape and the token after it.
    pub(super) fn name_at(
        &self,
        j: usize,
        abbreviated_without_point: bool,
        after_courtesy: bool,
    ) -> Option<(Range<usize>, NameShape, usize)> {
        if !self.is_word(j) || !self.toks[j].space_before {
            return None;
        }
        let w = self.word(j);
        // `Mr de Brasco`, `Ms. von der Lahn`, `Mr al-Hakim`: after a courtesy title a surname
        // may open with its particle in lower case, a capitalised word (or another particle)
        // after it.
        let particle_first = after_courtesy
            && first_lower(w)
            && if let Some(rest) = w.strip_prefix("al-").or_else(|| w.strip_prefix("el-")) {
                first_upper(rest)
            } else {
                self.lex.particles.contains(w)
                    && self.is_word(j + 1)
                    && self.toks[j + 1].space_before
                    && (first_upper(self.word(j + 1))
                        || self.lex.particles.contains(self.word(j + 1)))
            };
        let refused = !first_upper(w)
            || self.lex.not_names.contains(w)
            || self
                .lex
                .not_names
                .contains(&self.text[self.toks[j].range.start..self.toks[j].key_end]);
        if refused && !particle_first {
            return None;
        }
        // After `Mr` any capitalised word is a name (`Ms King`, `Mr Major`); after a formal
        // title, a longer title is not (`Home Secretary Prime Minister` is two titles).
        if let Some(m) = self.match_phrase(j) {
            let d = &self.lex.defs[m.def];
            let single = m.end == j + 1;
            if !(after_courtesy
                || d.kind == TitleKind::Honour
                || (single && d.kind == TitleKind::Formal))
            {
                return None;
            }
        }
        if abbreviated_without_point && w.chars().count() < 2 {
            return None; // `Gen Z`
        }
        // `Mr Ben Khalifa` is a surname; `Governor Ben Ode` a given name and a surname: after a
        // formal title the name is most often a full one.
        let first_particle = after_courtesy && self.lex.particles.contains(lower(w).as_str());
        let mut k = j;
        let mut counted = 0;
        let mut end = self.toks[j].range.end;
        while k < self.toks.len() && k < j + 8 {
            let t = &self.toks[k];
            let w = if t.word { self.word(k) } else { "" };
            // A capital with its point and a capitalised word after it is an initial, even
            // where the letter is also a word (`Tom A. Ruiz`, `Ann I. Lee`) or follows another
            // initial unspaced (`J.R. Ruiz`).
            let initial = k > j && self.is_initial(k);
            if !t.word || (k > j && !t.space_before && !(initial && self.is_punct(k - 1, "."))) {
                break;
            }
            let lower_particle = first_lower(w)
                && (self.lex.particles.contains(w)
                    || w.starts_with("al-")
                    || w.starts_with("el-")
                    || w.starts_with("bin"));
            if k > j && !(first_upper(w) || lower_particle) {
                break;
            }
            if k > j
                && !initial
                && self
                    .lex
                    .not_names
                    .contains(&self.text[t.range.start..t.key_end])
            {
                break;
            }
            let suffix = matches!(w, "Jr" | "Sr" | "II" | "III" | "IV");
            let particle = after_courtesy && self.lex.particles.contains(lower(w).as_str());
            if !lower_particle && !suffix && !particle {
                counted += 1;
            }
            end = t.key_end;
            k += 1;
            // An initial with its point: `George W. Bush`.
            if w.chars().count() == 1 && self.is_punct(k, ".") && !self.toks[k].space_before {
                end = self.toks[k].range.end;
                k += 1;
            }
            if t.key_end != t.range.end {
                break; // a possessive ends the name
            }
        }
        // `Major Crimes Unit`, `Private Equity Holdings`: common words ending in an
        // organisation's head name a body, not a person.
        let last = k.saturating_sub(1);
        if counted >= 2
            && self.is_word(last)
            && crate::people::is_organisation_head(self.key_text(last))
            && (j..last).all(|m| {
                let w = self.word(m);
                w.chars().count() > 3
                    && crate::people::is_ordinary_word(w)
                    && !crate::people::is_given_name(w)
            })
        {
            return None;
        }
        let shape = if counted >= 2 && !first_particle {
            NameShape::Full
        } else {
            NameShape::Surname
        };
        Some((self.toks[j].range.start..end, shape, k))
    }

    /// Whether word `k` is one capital letter with its point, unspaced, and a capitalised word
    /// or another such initial after it: an initial inside a name.
    fn is_initial(&self, k: usize) -> bool {
        let one_capital = |k: usize| {
            self.is_word(k)
                && {
                    let mut cs = self.word(k).chars();
                    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
                }
                && self.is_punct(k + 1, ".")
                && !self.toks[k + 1].space_before
        };
        one_capital(k)
            && self.is_word(k + 2)
            && first_upper(self.word(k + 2))
            && (self.toks[k + 2].space_before || one_capital(k + 2))
    }

    /// Whether word `k` reads as the end of a name (before a comma).
    pub(super) fn name_like(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let w = self.word(k);
        let key = &self.text[self.toks[k].range.start..self.toks[k].key_end];
        first_upper(w)
            && !all_caps(w)
            && !self.lex.not_names.contains(key)
            && !ADVERBS.contains(&key)
            && self.match_phrase(k).is_none()
    }

    /// Whether the word at token `j` is `then` saying when an office was held (`the then
    /// foreign minister`, `Ann Lee, then mayor,`), after an article, a possessive or a comma;
    /// not the `then` of sequence (`and then Governor Ed Bly spoke`).
    pub(super) fn then_of_time(&self, j: usize) -> bool {
        if !self.is_word(j) || !self.word(j).eq_ignore_ascii_case("then") || j == 0 {
            return false;
        }
        let k = j - 1;
        if !self.is_word(k) {
            return self.is_punct(k, ",") || self.is_punct(k, "(");
        }
        let w = self.word(k);
        DETERMINERS.contains(&lower(w).as_str()) || is_possessive(w)
    }

    /// What stands before the title at token `i`: (a determiner or possessive, after a name).
    pub(super) fn before(&self, i: usize) -> (bool, bool) {
        let mut determiner = false;
        let mut loose = false;
        let mut k = i;
        // A description is a few words long; the bound keeps the scan linear on any input.
        while k > 0 && i - k < 10 {
            k -= 1;
            let t = &self.toks[k];
            if !t.word {
                let c = &self.text[t.range.clone()];
                let after_name = c == "," && !loose && k > 0 && self.name_like(k - 1);
                return (determiner, after_name);
            }
            let w = self.word(k);
            let low = lower(w);
            let lower = low.as_str();
            if DETERMINERS.contains(&lower) || is_possessive(w) {
                determiner = true;
            } else if MODIFIERS.contains(&lower)
                || lower.starts_with("then-")
                || lower.starts_with("ex-")
                || w.starts_with(|c: char| c.is_ascii_digit())
                || (first_upper(w) && !t.sentence_first)
            {
                // `former`, `then-`, `40th`, `US`, `German`: part of the description
            } else if !LINKS.contains(&lower) && !determiner {
                // `the county transit director`: still the title's noun phrase, but no longer
                // a plain apposition to a name before a comma.
                loose = true;
            } else {
                return (determiner, false);
            }
            if t.sentence_first {
                return (determiner, false);
            }
        }
        (determiner, false)
    }

    /// Whether the title at token `i` follows a word that makes it the office a person holds
    /// (`became president`, `as mayor`, `was elected acting governor`, `is now chancellor`),
    /// past lowercase words that describe the holding or its time.
    pub(super) fn complement(&self, i: usize) -> bool {
        let mut k = i;
        // The describing words are few; the bound keeps the scan short on any input.
        while k > 0 && i - k < 4 {
            k -= 1;
            if !self.is_word(k) {
                return false;
            }
            let low = lower(self.word(k));
            if self.lex.complement_links.contains(low.as_str()) {
                return true;
            }
            // `acting`, `newly` describe the holding; `now`, `still` the time of it.
            let between = MODIFIERS.contains(&low.as_str())
                || ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(low.as_str()));
            if !between || first_upper(self.word(k)) {
                return false;
            }
        }
        false
    }

    /// Whether the title at token `i` follows a verb of choosing and its object, a name of
    /// a few capitalised words (`named Tova Sala ambassador`, `elected Ines Palu mayor`): the
    /// office given to that person, standing after the name.
    pub(super) fn object_complement(&self, i: usize) -> bool {
        let mut k = i;
        // A name is a few words long; the bound keeps the scan short on any input.
        while k > 0 && i - k < 4 {
            if !self.toks[k].space_before {
                return false;
            }
            k -= 1;
            if !self.is_word(k) {
                return false;
            }
            let w = self.word(k);
            if first_lower(w) {
                return k + 1 < i && self.lex.object_links.contains(w);
            }
            let t = &self.toks[k];
            if t.sentence_first
                || t.key_end != t.range.end
                || all_caps(w)
                || !self.name_like(k)
                || crate::people::is_organisation_head(w)
            {
                return false;
            }
        }
        false
    }

    pub(super) fn is_the(&self, k: usize) -> bool {
        self.is_word(k) && matches!(self.word(k), "the" | "The")
    }

    /// Whether word `k` names a country, a place or a nationality (`Thai`, `Leone`, `Emirates`),
    /// possessive or not.
    pub(super) fn is_country_word(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let t = &self.toks[k];
        let w = &self.text[t.range.start..t.key_end];
        if self.lex.is_country_word(w) {
            return true;
        }
        // Nationalities the lists miss end like adjectives of nationality.
        t.key_end == t.range.end
            && first_upper(w)
            && w.chars().count() > 3
            && !all_caps(w)
            && self
                .lex
                .nationality_endings
                .iter()
                .any(|e| w.ends_with(e.as_str()))
    }

    /// The start of a country (one word, or several that name one together) ending at token
    /// `end - 1`, if one does.
    fn country_ending(&self, end: usize) -> Option<usize> {
        // Several words first: `United Arab Emirates`, `Bosnia and Herzegovina`.
        let phrase_end = end >= 2 && self.is_word(end - 1) && {
            let last = self.word(end - 1);
            self.lex.ends_country_phrase(last)
        };
        for len in (2..=4).rev() {
            if !phrase_end || end < len {
                continue;
            }
            let from = end - len;
            let spaced = (from + 1..end).all(|k| self.is_word(k) && self.toks[k].space_before);
            if spaced && self.is_word(from) {
                let words: Vec<&str> = (from..end).map(|k| self.word(k)).collect();
                if self.lex.is_country_phrase(&words) {
                    return Some(from);
                }
            }
        }
        (end > 0 && first_upper(self.word(end - 1)) && self.is_country_word(end - 1))
            .then_some(end - 1)
    }

    /// The first word of a country qualifier of any length directly before token `start`
    /// (`Sierra Leone`, `the United Arab Emirates'`, `South Korea's`, `French`), unless the
    /// country belongs to an organisation's name (`Bank of England`, `Google UK`).
    pub(super) fn country_before(&self, start: usize) -> Option<usize> {
        let mut k = start;
        // A few countries in a row at most (`US-Mexico`, `Franco-German` are single words).
        for _ in 0..3 {
            if k == 0 || !self.toks[k].space_before || !self.is_word(k - 1) {
                break;
            }
            // Only the country nearest the title may be possessive.
            if k < start && self.toks[k - 1].key_end != self.toks[k - 1].range.end {
                break;
            }
            match self.country_ending(k) {
                Some(from) => k = from,
                None => break,
            }
        }
        if k == start {
            return None;
        }
        // What comes before: `Bank of England`, `Google UK` make an organisation's name.
        if k > 0 && self.is_word(k - 1) && self.toks[k].space_before && !self.toks[k].sentence_first
        {
            let w = self.word(k - 1);
            let t = &self.toks[k - 1];
            let key = &self.text[t.range.start..t.key_end];
            let of_org = matches!(w, "of" | "for")
                && k > 1
                && self.is_word(k - 2)
                && first_upper(self.word(k - 2));
            let org = first_upper(w)
                && !t.sentence_first
                && !NOT_QUALIFIERS.contains(&key)
                && !ADVERBS.contains(&key)
                && t.key_end == t.range.end;
            if of_org || org {
                return None;
            }
        }
        Some(k)
    }

    /// What stands directly before the title at token `start`.
    pub(super) fn qualifier(&self, start: usize, def: usize) -> Qualifier {
        if self.key(start).as_str() == "shadow" {
            return Qualifier::Shadow;
        }
        let mut k = start;
        for _ in 0..6 {
            if k == 0 || !self.is_word(k - 1) || !self.toks[k].space_before {
                break;
            }
            k -= 1;
            let low = lower(self.word(k));
            let lower = low.as_str();
            // A holder at another time than the story's: `former`, `new`, `outgoing`.
            if matches!(
                lower,
                "former"
                    | "ex"
                    | "late"
                    | "onetime"
                    | "erstwhile"
                    | "new"
                    | "newly"
                    | "incoming"
                    | "outgoing"
                    | "future"
            ) || self.then_of_time(k)
                || lower.starts_with("ex-")
                || lower.starts_with("then-")
                || lower.starts_with("former-")
            {
                return Qualifier::Former;
            }
            if lower == "shadow" {
                return Qualifier::Shadow;
            }
            if DETERMINERS.contains(&lower) || LINKS.contains(&lower) {
                break; // `adviser to president Trump`: what lies beyond does not qualify the title
            }
        }
        self.nearest_qualifier(start, def)
    }

    /// A country, an organisation or nothing directly before the title at `start`.
    fn nearest_qualifier(&self, start: usize, def: usize) -> Qualifier {
        // `Parents' representative`, `the growers’ president`: a plural owner, its apostrophe
        // read apart from its word, makes the title its officer's description.
        if start >= 2 && self.toks[start].space_before {
            let (mark, k) = (&self.toks[start - 1], start - 2);
            let plural_owner = matches!(&self.text[mark.range.clone()], "'" | "’")
                && self.is_word(k)
                && self.toks[k].range.end == mark.range.start
                && self.word(k).ends_with('s');
            if plural_owner {
                let own =
                    MODIFIERS.contains(&lower(self.word(k)).as_str()) || self.is_country_word(k);
                return if own {
                    Qualifier::None
                } else {
                    Qualifier::Proper
                };
            }
        }
        if start == 0 || !self.is_word(start - 1) || !self.toks[start].space_before {
            return Qualifier::None;
        }
        let k = start - 1;
        let t = &self.toks[k];
        let w = self.word(k);
        let key = &self.text[t.range.start..t.key_end];
        let possessive = t.key_end != t.range.end;
        if !first_upper(w) {
            // `the union's general secretary`: an organisation's officer, a description;
            // `the country's president` is the country's own.
            let own = MODIFIERS.contains(&lower(w).as_str()) || self.is_country_word(k);
            // `company president Lee Scott`, `club secretary`: an organisation's officer;
            // `trade commissioner`, `state senator`: an office with a portfolio, described.
            let described = self
                .lex
                .described
                .contains(lower(&self.lex.defs[def].title).as_str());
            let organisation = !possessive
                && (crate::people::is_organisation_head(key)
                    || described && self.lex.portfolios.contains(lower(key).as_str()));
            return if (possessive || organisation) && !own && !t.sentence_first {
                Qualifier::Proper
            } else {
                Qualifier::None
            };
        }
        if self.country_before(start).is_some() {
            return Qualifier::Nationality;
        }
        if t.sentence_first || NOT_QUALIFIERS.contains(&key) || ADVERBS.contains(&key) {
            // `Company president Jane Ruiz`: an organisation's officer, capitalised only because
            // the sentence starts there.
            if t.sentence_first && !possessive && crate::people::is_organisation_head(key) {
                return Qualifier::Proper;
            }
            // `But president`, `On Wednesday prime minister`: a sentence's first word or a
            // function word does not describe the title.
            return Qualifier::None;
        }
        // `Bank of England governor`, `Google's chief`, `the MMF's general secretary`.
        Qualifier::Proper
    }

    /// Whether the title at `start` follows a plain `the` (or `the` and a country).
    pub(super) fn plain_the(&self, start: usize) -> bool {
        start > 0
            && (self.is_the(start - 1)
                || self
                    .country_before(start)
                    .is_some_and(|r| r > 0 && self.is_the(r - 1) || self.is_the(r)))
    }

    pub(super) fn case_of(&self, m: &Match) -> Case {
        let mut upper = 0;
        let mut lower = 0;
        for k in m.start..m.end {
            let t = &self.toks[k];
            // A capital opening a sentence is the sentence's; a lower case letter there is
            // the writer's (`mayor Ann Lee opened the fair.` at a paragraph's start).
            if !t.word || (t.sentence_first && k == m.start && !first_lower(self.word(k))) {
                continue;
            }
            let w = self.word(k);
            if FUNCTION_WORDS.contains(&w) || all_caps(w) && w.chars().count() > 2 {
                continue;
            }
            if first_upper(w) {
                upper += 1;
            } else if first_lower(w) {
                lower += 1;
            }
        }
        match (upper, lower) {
            (0, 0) => Case::Unknown,
            (_, 0) => Case::Upper,
            (0, _) => Case::Lower,
            _ => Case::Mixed,
        }
    }
}
