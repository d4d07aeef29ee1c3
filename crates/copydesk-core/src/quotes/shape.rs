//! Reading an attribution from the shape of its sentence: `"…," VERB SPEAKER`, `"…," SPEAKER
//! VERB`, `SPEAKER VERB, "…"`, and whether a reporting verb elsewhere reports speech at all
//! (not when negated, asked about, or when its object is an action: `asked the mayor to reopen`).
//!
//! Every reading looks at a bounded window of tokens, so the whole pass stays linear.

use super::words::{words, Words};
use crate::cues::{self, CueMatch, VerbForm};
use std::borrow::Cow;
use std::ops::Range;

/// A word or one punctuation character of prose, with its absolute byte offset.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset in the draft.
    pub start: usize,
    /// A word (letters, digits, inner apostrophes, hyphens and dots) rather than punctuation.
    pub word: bool,
}

impl<'a> Tok<'a> {
    fn range(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }
    /// The token in lowercase, borrowed when it already is (most words).
    fn lower(&self) -> Cow<'a, str> {
        if self.text.chars().any(char::is_uppercase) {
            Cow::Owned(self.text.to_lowercase())
        } else {
            Cow::Borrowed(self.text)
        }
    }
    fn cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn is(&self, s: &str) -> bool {
        self.text == s
    }
}

fn inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.')
}

/// Up to `max` tokens of `text[range]`, in order.
pub fn tokens(text: &str, range: Range<usize>, max: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::with_capacity(max.min(32));
    let Some(s) = text.get(range.clone()) else {
        return out;
    };
    // Read by index, an ASCII byte without decoding (most of the text).
    let char_at = |i: usize| match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(c) = char_at(i) {
        if out.len() >= max {
            break;
        }
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                text: &s[start..i],
                start: range.start + start,
                word: false,
            });
            continue;
        }
        while let Some(d) = char_at(i) {
            let next = i + d.len_utf8();
            let joins = inner_joiner(d) && char_at(next).is_some_and(char::is_alphanumeric);
            if d.is_alphanumeric() || joins {
                i = next;
            } else {
                break;
            }
        }
        out.push(Tok {
            text: &s[start..i],
            start: range.start + start,
            word: true,
        });
    }
    out
}

/// The last `max` tokens of `text[range]`.
fn tokens_before(text: &str, range: Range<usize>, max: usize) -> Vec<Tok<'_>> {
    let from = ceil(text, range.end.saturating_sub(max * 12).max(range.start));
    let mut toks = tokens(text, from..range.end, usize::MAX);
    let cut_word = text[..from]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if from > range.start && cut_word && toks.first().is_some_and(|t| t.word && t.start == from) {
        toks.remove(0); // cut in half
    }
    let cut = toks.len().saturating_sub(max);
    toks.drain(..cut); // in place: no second vector
    toks
}

/// The listed reporting-verb form at `toks[k]`: a phrasal verb's first word only with its
/// particle after it (`went on`, not `went out`).
fn listed(toks: &[Tok], k: usize) -> Option<VerbForm> {
    let t = toks.get(k).filter(|t| t.word)?;
    let next = toks.get(k + 1).filter(|t| t.word).map(Tok::lower);
    cues::verb_form_before(&t.lower(), next.as_deref())
}

/// Whether `toks[k]` is listed only as the first word of a phrasal verb whose particle
/// follows it (`cut in`, `piped up`), so the particle belongs to the verb.
fn phrasal_first(toks: &[Tok], k: usize) -> bool {
    listed(toks, k).is_some() && cues::verb_form_before(&toks[k].lower(), None).is_none()
}

/// Whether a lowercase word reads as a finite verb by its shape (see `verb_like`).
pub(crate) fn finite_verb(lower: &str) -> bool {
    verb_like(words(), lower)
}

/// A word that may be a finite verb in an attribution: a reporting form, an irregular past,
/// or an -ed or -s form of any verb (`concurred`, `beams`).
fn verb_like(w: &Words, lower: &str) -> bool {
    if cues::verb_form(lower).is_some() || w.irregular_past.contains(lower) {
        return true;
    }
    let n = lower.chars().count();
    let s_form = lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s");
    lower.chars().all(|c| c.is_alphabetic())
        && ((n >= 5 && lower.ends_with("ed")) || (n >= 4 && s_form))
}

/// Where a speaker that starts at `toks[0]` ends: the index after it (and after an appositive
/// set off by commas), and whether the verb must then be a listed reporting verb (a bare noun
/// such as `officials` is a weaker speaker than a name or a pronoun).
fn speaker_end(w: &Words, toks: &[Tok]) -> Option<(usize, bool)> {
    let t0 = toks.first().filter(|t| t.word)?;
    let l0 = t0.lower();
    let of_phrase = toks.get(1).is_some_and(|t| t.is("of")); // `one of the organisers`
                                                             // `one resident`: a pronoun that is also a determiner opens a noun phrase before a noun.
    let noun_next = w.determiners.contains(l0.as_ref())
        && toks.get(1).is_some_and(|t| {
            let l = t.lower();
            t.word && !t.cap() && !verb_like(w, &l) && !w.between.contains(l.as_ref())
        });
    // `Some shrugged`, `Others were unmoved`: a word for some people, alone before its verb.
    let lone_group = w.group_subjects.contains(l0.as_ref())
        && toks.get(1).is_none_or(|t| {
            let l = t.lower();
            !t.word
                || verb_like(w, &l)
                || w.being(&l)
                || w.between.contains(l.as_ref())
                || w.auxiliaries.contains(l.as_ref())
                || w.negates(&l)
        });
    let pronoun = w.pronouns.contains(l0.as_ref()) && !of_phrase && !noun_next;
    let (mut end, strict) = if pronoun || lone_group {
        (1, false)
    } else if w.determiners.contains(l0.as_ref()) || w.pronouns.contains(l0.as_ref()) {
        // `the spokesman`, `a spokeswoman for the council`: up to the first verb-like word.
        let mut k = 2;
        while k < toks.len().min(8) && toks[k].word {
            // `the union's Per Lomas shook`: a name after a possessive ends the phrase.
            if toks[k].cap() && possessive(&toks[k - 1]) {
                while toks.get(k).is_some_and(|t| t.word && t.cap()) {
                    k += 1;
                }
                break;
            }
            let l = toks[k].lower();
            if w.relatives.contains(l.as_ref()) {
                return None; // `a trio which began`: the verb is the relative clause's
            }
            // A plural noun before the verb (`the organisers grumbled`) is not the verb.
            // (`the orchard owners were warned`: before an auxiliary too.)
            // (A plural noun that ends the words given is the phrase's end: the caller cut
            // them before the verb, `Several of the pensioners` before `were`.)
            let plural_before_verb = l.ends_with('s')
                && toks.get(k + 1).is_none_or(|n| {
                    let n = n.lower();
                    verb_like(w, &n)
                        || w.being(&n)
                        || w.auxiliaries.contains(n.as_ref())
                        || w.between.contains(n.as_ref())
                });
            let verb = verb_like(w, &l) && !plural_before_verb;
            if verb || w.between.contains(l.as_ref()) || w.negates(&l) {
                break;
            }
            k += 1;
        }
        (k.min(toks.len()), false)
    } else if t0.cap() && !common_start(w, toks) {
        let mut k = 1;
        while let Some(t) = toks.get(k) {
            let abbrev_dot = t.is(".") && toks[k - 1].cap() && toks[k - 1].text.len() <= 3;
            let particle = t.word
                && matches!(
                    t.lower().as_ref(),
                    "de" | "van"
                        | "von"
                        | "bin"
                        | "al"
                        | "da"
                        | "di"
                        | "du"
                        | "le"
                        | "la"
                        | "der"
                        | "den"
                        | "ter"
                        | "del"
                );
            if t.cap() || abbrev_dot || particle {
                k += 1;
            } else {
                break;
            }
        }
        // `White House spokeswoman Sarah Sanders`: a role between capitalised words.
        let roles = (k..toks.len().min(k + 3))
            .take_while(|&j| toks[j].word && !toks[j].cap())
            .count();
        let role_then_name = roles > 0
            && crate::people::is_person_head(&toks[k + roles - 1].lower())
            && toks.get(k + roles).is_some_and(|t| t.cap())
            && toks[k..k + roles].iter().all(|t| {
                let l = t.lower();
                !w.function.contains(l.as_ref()) && !verb_like(w, &l)
            });
        if role_then_name {
            k += roles;
            while toks.get(k).is_some_and(|t| t.cap()) {
                k += 1;
            }
        }
        // `Smith's lawyer`: a possessive name heads a noun phrase.
        if possessive(&toks[k - 1]) {
            while toks
                .get(k)
                .is_some_and(|t| t.word && !t.cap() && !verb_like(w, &t.lower()))
                && k < 6
            {
                k += 1;
            }
        }
        (k, false)
    } else if t0.cap() && toks.get(1).is_some_and(|t| !t.cap()) && toks.get(2).is_some_and(Tok::cap)
    {
        // `Board member Ines Vardy`, `Union representative Kofi Mensah`: a common word and a
        // role open the sentence, and the name after them ends the phrase.
        let mut k = 2;
        while toks.get(k).is_some_and(Tok::cap) {
            k += 1;
        }
        (k, false)
    } else if !w.function.contains(l0.as_ref())
        && !w.between.contains(l0.as_ref())
        && !w.auxiliaries.contains(l0.as_ref())
        && !t0.text.contains(char::is_numeric)
    {
        // `officials`, `health officials`: nouns up to the first listed reporting verb.
        // (`reporters were informed`: before a verb of being too.)
        let k = (1..toks.len().min(4))
            .find(|&k| !toks[k].word || listed(toks, k).is_some() || w.being(&toks[k].lower()))
            // Words cut before their verb (`Local residents` before `were`) are all the speaker.
            .unwrap_or(if toks.len() <= 3 { toks.len() } else { 1 });
        let nouns = toks[1..k].iter().all(|t| {
            let l = t.lower();
            !w.function.contains(l.as_ref()) && !w.determiners.contains(l.as_ref())
        });
        if !nouns {
            return None; // `lays the blame`: a clause, not a speaker
        }
        (k, true)
    } else {
        return None;
    };
    // An appositive: `Ines Moreau, a fund manager, concurred`.
    if toks.get(end).is_some_and(|t| t.is(",")) {
        if let Some(k) = (end + 1..toks.len().min(end + 14)).find(|&k| !toks[k].word) {
            if toks[k].is(",") && k > end + 1 {
                end = k + 1;
            }
        }
    }
    Some((end, strict))
}

/// Whether a capitalised first word is only a common word capitalised to open the sentence,
/// before the noun it qualifies (`Local residents`, `Older readers`): a word of the English
/// list, not a given name, then a lowercase noun (a plural one when a verb follows it). Not a
/// surname that is also a word (`Wood nodded`, `Field later said`): no noun follows those.
fn common_start(w: &Words, toks: &[Tok]) -> bool {
    let (Some(t0), Some(t1)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    let l0 = t0.lower();
    let l1 = t1.lower();
    let common = crate::people::is_ordinary_word(&l0) && !crate::people::is_given_name(t0.text);
    let verbish = |l: &str| {
        verb_like(w, l) || w.being(l) || w.auxiliaries.contains(l) || w.between.contains(l)
    };
    let plural_noun = l1.ends_with('s') && toks.get(2).is_none_or(|t| verbish(&t.lower()));
    let noun = t1.word
        && !t1.cap()
        && !adverb(&l1)
        && !l1.ends_with("ing")
        && ![&w.function, &w.negators, &w.pronouns, &w.determiners]
            .iter()
            .any(|list| list.contains(l1.as_ref()))
        && (plural_noun || !verbish(&l1));
    common && noun && crate::people::is_person_head(&l1)
}

/// Whether a token is a possessive (`union's`, `mill’s`).
fn possessive(t: &Tok) -> bool {
    t.text.ends_with("'s") || t.text.ends_with("’s")
}

/// `economist Lena Brandt`, `fund manager Ines Moreau`: lowercase nouns, then a name.
fn described_name(w: &Words, toks: &[Tok]) -> bool {
    let nouns = toks
        .iter()
        .take(3)
        .take_while(|t| {
            let l = t.lower();
            t.word && !t.cap() && !w.function.contains(l.as_ref()) && !verb_like(w, &l)
        })
        .count();
    // A name, or (headline style) the end of the clause: `vows harbour master`.
    nouns > 0 && toks.get(nouns).is_none_or(|t| t.cap() || !t.word)
}

/// How far back from the end of words left open [`ends_on_attribution`] looks for their
/// attribution (`, the club's captain, Femi Adeyinka, told reporters on Friday.`).
pub const ATTRIBUTION_BYTES: usize = 160;

/// Whether the words of a quotation left open at `from` end at `to` on their own attribution
/// (`"This is a victory for every family, said Dana Mott.`): a comma, then an attribution with
/// a listed reporting verb that ends the sentence. The quotation was to close before it.
pub fn ends_on_attribution(text: &str, from: usize, to: usize) -> bool {
    // An attribution is a short clause: only the words' last few score bytes are read.
    let from = ceil(text, from.max(to.saturating_sub(ATTRIBUTION_BYTES)));
    let Some(words) = text.get(from..to) else {
        return false;
    };
    // The attribution may hold commas of its own (`, the club's captain, Femi Adeyinka, said.`):
    // the last few commas are tried, each from the right.
    words.rmatch_indices(',').take(4).any(|(comma, _)| {
        trailing(text, from + comma, to, false).is_some_and(|(_, end)| {
            text[end.min(to)..to]
                .trim()
                .trim_start_matches('.')
                .trim()
                .is_empty()
        })
    })
}

/// A trailing attribution in `text[from..to]`, right after a quotation that closes on a
/// comma, question or exclamation mark: `said Ms Lee`, `the spokesman said`, `she went on`.
/// Returns the verb's range and the offset where the attribution's clause ends.
/// With `any_verb` false the verb must be a listed reporting verb.
pub fn trailing(
    text: &str,
    from: usize,
    to: usize,
    any_verb: bool,
) -> Option<(Range<usize>, usize)> {
    let w = words();
    let toks = tokens(text, from..to, 28);
    let skip = toks
        .iter()
        .take_while(|t| !t.word && matches!(t.text, "," | "—" | "–" | "-"))
        .count();
    let toks = &toks[skip..];
    let t0 = toks.first().filter(|t| t.word)?;
    let l0 = t0.lower();
    if t0.cap() && w.determiners.contains(l0.as_ref()) {
        return None; // `"Why?" The council agreed to …`: a new sentence
    }
    let clause_end = |k: usize| toks[k..].iter().find(|t| !t.word).map_or(to, |t| t.start);
    // `"…," per a spokesman for the club.`
    if w.credit_prepositions.contains(l0.as_ref()) {
        let speaker = toks
            .get(1)
            .is_some_and(|t| t.cap() || (t.word && w.determiners.contains(t.lower().as_ref())));
        if speaker {
            return Some((t0.range(), clause_end(1)));
        }
    }
    // Verb first: `said Ms Lee`, `concurred Ines Moreau, a fund manager`.
    // A finite verb: `"…," arguing the maps are unfair` has no speaker.
    let is_verb = |k: usize| {
        let l = toks[k].lower();
        if any_verb {
            verb_like(w, &l)
        } else {
            !l.ends_with("ing") && listed(toks, k).is_some()
        }
    };
    if !t0.cap() && !w.function.contains(l0.as_ref()) && is_verb(0) {
        // A phrasal verb's particle comes before the speaker (`cut in the chairwoman`,
        // `piped up a small boy`).
        let s = 1 + usize::from(phrasal_first(toks, 0));
        let speaker = toks.get(s).is_some_and(|t| {
            let l = t.lower();
            t.word
                && (t.cap()
                    || w.pronouns.contains(l.as_ref())
                    || w.determiners.contains(l.as_ref()))
        }) || described_name(w, toks.get(s..).unwrap_or_default());
        // A verb that is no verb of speaking puts a thing after it as readily as a speaker
        // (`"…," came the storm`, `followed the rain on Friday`): the phrase it opens must
        // name a person or be a name.
        let person =
            listed(toks, 0).is_some() || names_someone(w, toks.get(s..).unwrap_or_default());
        if speaker && person && !w.pronouns.contains(l0.as_ref()) {
            return Some((t0.range(), clause_end(s)));
        }
    }
    // Speaker first: `the spokesman said`, `she later recalled`, `Ines Moreau concurred`.
    let (mut k, strict) = speaker_end(w, toks)?;
    let mut negated = false;
    while let Some(t) = toks.get(k).filter(|t| t.word) {
        let l = t.lower();
        if w.negates(&l) {
            negated = true;
        } else if w.being(&l) && passive_after(w, toks, k + 1) {
            // `reporters were informed`: `heard` below decides whether the passive names
            // who heard the words or only the words.
        } else if !(w.between.contains(l.as_ref()) || adverb(&l)) {
            break;
        }
        k += 1;
    }
    let v = toks.get(k).filter(|t| t.word && !t.cap())?;
    if heard(w, listed(toks, k), &toks[..k], v.start, &toks[k + 1..]) {
        return None;
    }
    // After a `!` or `?` a capital opens a new sentence (`"Fire!" Crews responded to the
    // blaze.`, `"Help!" They answered with buckets.`): it speaks only as a sentence of its
    // own would, so a verb that acts on a thing there, or any other verb with more than an
    // adverb after it (`Crews arrived within minutes`), credits no one; a gesture that ends
    // the clause (`"Thank you!" Ines beamed.`) still does.
    if t0.cap() && after_sentence_end(text, from) {
        let rest = &toks[k + 1..];
        let acts = match listed(toks, k) {
            Some(vf) => acts_on_thing(w, vf, rest),
            None => rest
                .iter()
                .take_while(|t| t.word)
                .any(|t| !adverb(&t.lower())),
        };
        if acts {
            return None;
        }
    }
    // `Leeds United will continue to grow`: a listed verb whose object is no speech.
    if listed(toks, k).is_some_and(|vf| object_not_speech(w, vf, &toks[k + 1..])) {
        return None;
    }
    let ok = if strict {
        !v.lower().ends_with("ing") && listed(toks, k).is_some()
    } else {
        is_verb(k)
    };
    (ok && !negated).then(|| (v.range(), clause_end(k + 1)))
}

/// Whether the text before `at` ends on a `!` or `?`, past a closing quotation mark.
fn after_sentence_end(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|s| {
        s.trim_end()
            .trim_end_matches(['"', '”', '’', '\'', '»', '“'])
            .ends_with(['!', '?'])
    })
}

/// Whether `toks[k]`, past adverbs and negators, is the past form of a listed reporting verb
/// (after a verb of being: a passive).
fn passive_after(w: &Words, toks: &[Tok], mut k: usize) -> bool {
    while toks
        .get(k)
        .is_some_and(|t| t.word && (adverb(&t.lower()) || w.negates(&t.lower())))
    {
        k += 1;
    }
    listed(toks, k).is_some_and(|vf| vf.past)
}

/// An adverb by its ending (`equally`, `firmly`): five letters or more in `-ly`.
fn adverb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ly")
}

/// A reporting verb in the passive that names no one who spoke: `it was announced`, `the
/// claims were repeated`. A verb that addresses someone (`tell`, `warn`, `inform`) is
/// different: its passive subject heard the words, which is how a court or a meeting is reported (`"…,"
/// the court was told`, `MPs were warned`), so it attributes. Not when the subject goes on to
/// say them (`was quoted as saying`, `was heard to say`) or the speaker follows (`was told by
/// the mayor`). `before` and `after` are the tokens either side of the verb.
fn heard(w: &Words, vf: Option<VerbForm>, before: &[Tok], verb: usize, after: &[Tok]) -> bool {
    // After a verb of being only a past participle makes a passive: `was speaking` is the
    // speaker speaking.
    if vf.is_some_and(|vf| vf.flags.addresses || !vf.past) {
        return false;
    }
    // The words right before the verb, a space apart (a quotation blanked between them leaves
    // another clause): adverbs, then the verb of being.
    let mut next = verb;
    let mut be = false;
    for t in before.iter().rev() {
        if next > t.start + t.text.len() + 2 {
            break;
        }
        next = t.start;
        let l = t.lower();
        if t.word && adverb(&l) {
            continue;
        }
        be = t.word && w.being(&l);
        break;
    }
    be && !after
        .first()
        .is_some_and(|t| t.is("as") || t.is("to") || t.is("by"))
}

/// A speaker and how they spoke, after a quotation that closes on a comma: `"…," Pryce was
/// adamant.`, `the harbourmaster was blunt`, `Ms Lee has been emphatic`. A speaker, a verb of
/// being, and one word describing them that ends the clause; not a participle (`"…," the crowd
/// was told` names no speaker), not negated. Returns the verb of being.
pub fn stance(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens(text, from..to, 12);
    let skip = toks.iter().take_while(|t| !t.word && t.is(",")).count();
    let toks = &toks[skip..];
    let (c, s) = being_after_speaker(w, toks)?;
    let l0 = toks[0].lower();
    let new_sentence = toks[0].cap() && w.determiners.contains(l0.as_ref());
    if speaker_end(w, &toks[..s])?.0 != s || new_sentence || w.relatives.contains(l0.as_ref()) {
        return None;
    }
    let mut k = c + 1;
    while toks
        .get(k)
        .is_some_and(|t| t.word && !t.cap() && adverb(t.text))
    {
        k += 1;
    }
    let adj = toks.get(k).filter(|t| t.word && !t.cap())?;
    let ends = toks.get(k + 1).is_none_or(|t| !t.word);
    (describes_speaker(w, &adj.lower()) && ends).then(|| toks[c].range())
}

/// A verb of being after a speaker at the start of `toks` (`Pryce was`, `Ms Lee has been`):
/// the verb's index and where the speaker ends (`has` of `has been` allowed between).
fn being_after_speaker(w: &Words, toks: &[Tok]) -> Option<(usize, usize)> {
    linked_after_speaker(w, toks, &|l| w.being(l))
}

/// [`being_after_speaker`] for any verb that links a speaker to how they are (`link`).
fn linked_after_speaker(
    w: &Words,
    toks: &[Tok],
    link: &dyn Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let c = (1..toks.len().min(8)).find(|&k| toks[k].word && link(&toks[k].lower()))?;
    let mut s = c;
    while s > 1 && toks[s - 1].word && w.between.contains(toks[s - 1].lower().as_ref()) {
        s -= 1;
    }
    Some((c, s))
}

/// Whether `l`, the lowercase word after a speaker's verb of being, says how they are as they
/// speak (`adamant`, `blunt`, `unmoved`): an adjective, or a participle negated by `un-`, which
/// no passive is; not another participle (`told`, `arrested`, `given`), a noun of role
/// (`mayor`), a state in which no one speaks (`silent`, `absent`), a time or a small word.
fn describes_speaker(w: &Words, l: &str) -> bool {
    let undone = l.starts_with("un") && l.ends_with("ed");
    // A participle of feeling (`worried`, `relieved`) is a state of mind, not a passive.
    let feeling = w.feelings.contains(l);
    l.chars().all(char::is_alphabetic)
        && (undone || feeling || (!verb_like(w, l) && !l.ends_with("en")))
        && !crate::people::is_person_head(l)
        && ![
            &w.silent_states,
            &w.function,
            &w.determiners,
            &w.pronouns,
            &w.objects,
            &w.negators,
            &w.between,
            &w.times,
        ]
        .iter()
        .any(|list| list.contains(l))
}

/// A sentence of its own that introduces the quotation opening the next sentence, as a colon
/// would (`Maren Holt shrugged. "…"`, `The skipper smiled again. "…"`): a person, a listed
/// reporting verb of any flag (a gesture frames speech in this shape only), then nothing but
/// adverbs, the verb's particle, or phrases of how, when and where (`smiled at the crowd`,
/// `leaned toward the microphone`) before the full stop; or a person and the state they speak
/// in (`The director was defiant.`, see `state`). Not negated, not a verb whose subject heard
/// the words, nor one whose object is no speech (`asked for the files`, `responded to the
/// blaze`). `text[from..to]` is that sentence; returns its verb.
pub fn beat(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    beat_known(text, from, to, &|_| false)
}

/// [`beat`], where a capitalised word alone that `known` says is the surname of a person of
/// the draft is that person though it is also a common word (`Strand shrugged.` after `Lena
/// Strand`): the draft, not the word list, says who its people are.
pub fn beat_known(
    text: &str,
    from: usize,
    to: usize,
    known: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens(text, from..to, 16);
    let (last, toks) = toks.split_last()?;
    // `His verdict?`, `Her answer was blunt.`: the words of someone named by a possessive.
    if let Some(noun) = owned_lead(w, toks, last) {
        return Some(noun);
    }
    if !last.is(".") || toks.len() >= 15 {
        return None;
    }
    beat_toks(w, toks, known, false)
}

/// A person's stance or verdict that ends on a phrase quoted of theirs (`Okoro dismissed the
/// study as "a cut dressed up as a question."`, `Lund branded the plan "reckless."`): the verb,
/// when the words before the phrase are a beat ([`beat_known`]), a stance taken
/// (`stance-verbs`) or a verdict given in words (`characterising-verbs`). The phrase is the
/// person's own words, so the sentence introduces what they say next.
pub fn characterised(
    text: &str,
    from: usize,
    to: usize,
    known: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let toks = tokens(text, from..to, 64);
    let [head @ .., stop, close] = &toks[..] else {
        return None;
    };
    if !stop.is(".") || !(close.is("\"") || close.is("”")) {
        return None;
    }
    let open = head.iter().rposition(|t| t.is("\"") || t.is("“"))?;
    // One phrase of a few words, the sentence's last, after a short clause.
    let phrase = &head[open + 1..];
    if open == 0 || open >= 15 || phrase.iter().filter(|t| t.word).count() < 2 {
        return None;
    }
    // A phrase that opens on a capital is a name or a title (`called the fair "Harvest Days."`),
    // no one's verdict.
    if phrase.iter().any(|t| t.is("”") || t.is("“")) || phrase[0].cap() {
        return None;
    }
    beat_toks(words(), &head[..open], known, true)
}

/// [`beat_known`] over the sentence's tokens, its closing point left out; with `quoted`, a
/// phrase quoted followed them and a verdict's verb (`called`, `branded`) takes a stance too.
fn beat_toks(
    w: &Words,
    toks: &[Tok],
    known: &dyn Fn(&str) -> bool,
    quoted: bool,
) -> Option<Range<usize>> {
    let person = |head: &[Tok]| {
        person_speaker(w, head)
            || matches!(head, [one] if one.word && one.cap() && {
                // A closed-class word (`It`, `This`, `But`) is no one's family name: the draft
                // is not searched for it.
                let l = one.lower();
                !w.pronouns.contains(l.as_ref())
                    && !w.determiners.contains(l.as_ref())
                    && !w.function.contains(l.as_ref())
                    && known(&l)
            })
    };
    // `A taxi driver waiting nearby`, `An elderly woman at the bus stop`: a person and a
    // phrase that says which one (see `post_modified`).
    let person = |head: &[Tok]| person(head) || post_modified(w, head, &person);
    if let Some(be) = state(w, toks, &person) {
        return Some(be);
    }
    if let Some(verb) = body_subject(w, toks) {
        return Some(verb);
    }
    let (end, _) = speaker_end(w, toks)?;
    // The speaker's phrase may run past where its words look like a verb (`the bus stop`):
    // each later word is tried as the verb, the subject before it a person said which.
    (end..toks.len())
        .filter(|&e| e == end || (toks[e].word && !toks[e].cap()))
        .find_map(|e| beat_verb(w, toks, e, &person, quoted))
}

/// A sentence that names the words after it as someone's, by a possessive, up to one
/// modifier and a noun of words said (`owned_words`), then `?` (`His verdict?`, `The coach's
/// final answer?`) or a verb of being and how they are (`Her answer was blunt.`, `Their
/// reply is always short.`): the owner is the speaker. A participle there is what was done
/// to the words (`Her request was denied.`) unless it is a state of mind (`measured`).
/// `toks` is the sentence before its last token `last`; returns the noun.
fn owned_lead(w: &Words, toks: &[Tok], last: &Tok) -> Option<Range<usize>> {
    if toks.len() > 8 || !(last.is("?") || last.is(".")) {
        return None;
    }
    let noun = owned_words(w, toks)?;
    let at = toks.iter().position(|t| t.range() == noun)?;
    let rest = &toks[at + 1..];
    if last.is("?") {
        return rest.is_empty().then_some(noun);
    }
    let [be, how @ .., adj] = rest else {
        return None;
    };
    let l = adj.lower();
    let plain = |t: &Tok| t.word && !t.cap() && !w.function.contains(t.lower().as_ref());
    let degree = how.len() <= 1
        && how
            .iter()
            .all(|t| w.degree.contains(t.lower().as_ref()) || adverb(&t.lower()) || t.is("always"));
    (w.being(&be.lower())
        && !matches!(be.lower().as_ref(), "has" | "had" | "have")
        && degree
        && plain(adj)
        && !w.negates(&l)
        && (!l.ends_with("ed") || w.feelings.contains(l.as_ref())))
    .then_some(noun)
}

/// A person's phrase and their gesture, bounded by a preposition or a participle (`A woman at
/// the back nodded`, `A driver waiting nearby shrugged`): the words before it name a person,
/// those after it are a few plain words with no clause (no relative, no negation, no verb of
/// being, no comma). The phrase only says which person; it never makes one of a thing.
fn post_modified(w: &Words, head: &[Tok], person: &dyn Fn(&[Tok]) -> bool) -> bool {
    let opens = |t: &Tok| {
        let l = t.lower();
        t.word
            && !t.cap()
            && (w.beat_prepositions.contains(l.as_ref()) || (l.len() > 5 && l.ends_with("ing")))
    };
    let Some(h) = (2..head.len()).find(|&h| opens(&head[h])) else {
        return false;
    };
    let plain = head[h..].iter().all(|t| {
        let l = t.lower();
        t.word
            && !w.relatives.contains(l.as_ref())
            && !w.negates(&l)
            && !w.being(&l)
            && !w.pronouns.contains(l.as_ref())
    });
    head.len() - h <= 6 && plain && !head[..h].iter().any(opens) && person(&head[..h])
}

/// The rest of [`beat_known`] once its speaker ends at `toks[end]`: the verb after it.
fn beat_verb(
    w: &Words,
    toks: &[Tok],
    end: usize,
    person: &dyn Fn(&[Tok]) -> bool,
    quoted: bool,
) -> Option<Range<usize>> {
    let mut k = end;
    while toks
        .get(k)
        .is_some_and(|t| t.word && w.between.contains(t.lower().as_ref()))
    {
        k += 1;
    }
    if let Some(verb) = body_gesture(w, toks, end, k, person) {
        return Some(verb);
    }
    let reported = listed(toks, k).and_then(|vf| {
        let verb = &toks[k];
        let form = verb.lower();
        // A phrasal verb's particle (`went on`) belongs to the verb.
        let particle = usize::from(cues::verb_form_before(&form, None).is_none());
        let rest = toks.get(k + 1 + particle..).unwrap_or_default();
        let speaks = !verb.cap()
            && !form.ends_with("ing")
            && !vf.flags.hears
            // `asked for the files`, `responded to the blaze`
            && !object_not_speech(w, vf, rest)
            && (!vf.flags.acts || !acts_on_thing(w, vf, rest))
            && adverbial(w, rest)
            && person(&toks[..end])
            && !negated(w, &toks[..k]);
        speaks.then(|| verb.range())
    });
    // `Okafor did not mince words.`, `Lund had a blunt message for the board.`
    reported
        .or_else(|| {
            let verb = speaking_frame(w, toks, end)
                .or_else(|| speaking_frame(w, toks, k))
                .or_else(|| speech_object(w, toks, end, k))?;
            person(&toks[..end]).then_some(verb)
        })
        .or_else(|| stance_taken(w, toks, end, k, person, quoted))
}

/// A stance taken in words right after the speaker, whatever its object (`welcomed the
/// verdict`, `rejects the offer outright`): one clause, not negated. The sentence is one of a
/// person's, so the words quoted after it are theirs. With `quoted` (a phrase of the person's
/// quoted after it), a verdict's verb (`branded the plan`) takes a stance too. Returns the verb.
fn stance_taken(
    w: &Words,
    toks: &[Tok],
    end: usize,
    k: usize,
    person: &dyn Fn(&[Tok]) -> bool,
    quoted: bool,
) -> Option<Range<usize>> {
    let verb = toks.get(k).filter(|t| t.word && !t.cap())?;
    let l = verb.lower();
    let takes_stance =
        w.stance.contains(l.as_ref()) || (quoted && w.characterising.contains(l.as_ref()));
    if !takes_stance {
        return None;
    }
    let rest = &toks[k + 1..];
    // One clause: a comma, a relative or `that` would start words of another (`rejected the
    // claim that …`, `backed the plan, which …`).
    let one_clause = rest.iter().all(|t| {
        let l = t.lower();
        (t.word || t.is("-") || t.is("'") || t.is("’"))
            && !w.relatives.contains(l.as_ref())
            && !w.negates(&l)
    });
    // A named person for its object may be who speaks next (`thanked the union's Per Lomas.`).
    // Two capitalised words in a row, one of them a name's, none a place's: a person's name.
    let named = rest.windows(2).any(|pair| {
        pair.iter()
            .all(|t| t.cap() && !crate::people::is_place_or_body(t.text))
            && pair.iter().any(|t| {
                crate::people::is_given_name(t.text) || !crate::people::is_ordinary_word(t.text)
            })
    });
    // A number for its object is people or things received (`welcomed 40,000 visitors`); a
    // small word right after the verb makes it a participle (`backed by the council`, `the
    // hotel praised in every guidebook closed`), but for `reacted with fury`, `reacted to it`.
    let not_words = rest.first().is_some_and(|t| {
        let l = t.lower();
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || (w.function.contains(l.as_ref()) && l != "with" && l != "to")
    });
    let speaker = person(&toks[..end]) || body(w, &toks[..end]);
    (one_clause && !not_words && !named && speaker && !negated(w, &toks[..k])).then(|| verb.range())
}

/// A body that speaks as a person does, its phrase ending on the lowercase noun of its kind
/// (`The union welcomed the ruling.`, `The teachers' union was scathing.`).
fn body(w: &Words, head: &[Tok]) -> bool {
    head.iter().rev().find(|t| t.word).is_some_and(|t| {
        let l = t.lower();
        !t.cap()
            && (crate::people::is_organisation_head(&l) || w.stance_bodies.contains(l.as_ref()))
    })
}

/// A fixed frame of speaking right after the speaker (`toks[at]`), then nothing but
/// adverbials: `did not mince words`, `pulled no punches`, `put it plainly`
/// (`speaking-frames`, a possessive pronoun within left out: `minced her words`). Returns
/// the frame's first word, its verb.
fn speaking_frame(w: &Words, toks: &[Tok], at: usize) -> Option<Range<usize>> {
    let first = toks.get(at).filter(|t| t.word && !t.cap())?;
    // Most words open no frame and are no owner: turned away without trying each frame.
    let l = first.lower();
    let opens = |frame: &Vec<&str>| frame.first().is_none_or(|f| *f == l.as_ref());
    if !w.body_owners.contains(l.as_ref()) && !w.speaking_frames.iter().any(opens) {
        return None;
    }
    w.speaking_frames.iter().find_map(|frame| {
        let (mut i, mut f) = (at, 0);
        while f < frame.len() {
            let t = toks.get(i).filter(|t| t.word && !t.cap())?;
            let l = t.lower();
            if l != frame[f] {
                if !w.body_owners.contains(l.as_ref()) {
                    return None;
                }
            } else {
                f += 1;
            }
            i += 1;
        }
        adverbial(w, &toks[i..]).then(|| first.range())
    })
}

/// A verb of any kind whose object is words said (`speech-objects`, `word-nouns`), perhaps
/// after a determiner and two modifiers, then nothing but adverbials or the one it is
/// addressed to (`offered a warning.`, `gave a short answer`, `had a simple message for the
/// council`). A verb whose subject holds or hears the words (`holding-verbs`: `had a message
/// on her phone`, `received a warning`) gives them only when they are addressed to someone.
/// Not negated. `end` is where the speaker ends, `k` after the words between it and the
/// verb; returns the verb.
fn speech_object(w: &Words, toks: &[Tok], end: usize, k: usize) -> Option<Range<usize>> {
    let low = |t: &Tok| t.word && !t.cap();
    let is_det = |t: &Tok| {
        low(t) && {
            let l = t.lower();
            w.determiners.contains(l.as_ref()) || w.body_determiners.contains(l.as_ref())
        }
    };
    // `had` is one of the words between a speaker and its verb: here it is the verb.
    let had = |t: &Tok| low(t) && w.holding.contains(t.lower().as_ref());
    let bare =
        |t: &Tok| low(t) && !verb_like(w, &t.lower()) && !w.holding.contains(t.lower().as_ref());
    let v = if k > end && had(&toks[k - 1]) && toks.get(k).is_some_and(|t| is_det(t) || bare(t)) {
        k - 1
    } else {
        k
    };
    let verb = toks.get(v).filter(|t| low(t))?;
    let form = verb.lower();
    let holding = w.holding.contains(form.as_ref());
    // Right after the speaker a word is its verb by its place (`sent a reply`, `struck a
    // defiant note`), whatever its form.
    let verb_form = holding
        || v == end
        || verb_like(w, &form)
        || w.irregular_past.contains(form.as_ref())
        || listed(toks, v).is_some();
    if !verb_form
        || form.ends_with("ing")
        || w.function.contains(form.as_ref())
        || w.negates(&form)
        || w.determiners.contains(form.as_ref())
        || w.being(&form)
        || (w.between.contains(form.as_ref()) && !holding)
    {
        return None;
    }
    let mut j = v + 1;
    if toks.get(j).is_some_and(is_det) {
        j += 1;
    }
    let speech = |t: &Tok| {
        let l = t.lower();
        low(t) && (w.speech_objects.contains(l.as_ref()) || w.word_nouns.contains(l.as_ref()))
    };
    let noun = (j..toks.len().min(j + 3)).find(|&i| speech(&toks[i]))?;
    let modifiers = toks[j..noun].iter().all(|t| {
        let l = t.lower();
        low(t)
            && !w.function.contains(l.as_ref())
            && !w.determiners.contains(l.as_ref())
            && !w.negates(&l)
            && !w.pronouns.contains(l.as_ref())
    });
    let rest = &toks[noun + 1..];
    // `for the council`, `to the board`: whom the words are for, then only adverbials
    // (`to customers on Monday`).
    let opens = |t: &Tok| low(t) && w.beat_prepositions.contains(t.lower().as_ref());
    let addressed = rest
        .first()
        .is_some_and(|t| matches!(t.lower().as_ref(), "for" | "to"))
        && {
            let to = (2..rest.len())
                .find(|&j| opens(&rest[j]))
                .unwrap_or(rest.len());
            let np = &rest[1..to];
            (1..=5).contains(&np.len())
                && np.iter().all(|t| {
                    let l = t.lower();
                    t.word && !w.function.contains(l.as_ref()) && !w.relatives.contains(l.as_ref())
                })
                && adverbial(w, &rest[to..])
        };
    let ok =
        modifiers && (addressed || (!holding && adverbial(w, rest))) && !negated(w, &toks[..v]);
    ok.then(|| verb.range())
}

/// A gesture of the body after the speaker, which introduces the words after it as a shrug
/// does (`Abara shook her head.`, `He raised an eyebrow slowly.`, `She stood up and threw out
/// her arms.`): a lowercase verb right after the speaker (`toks[k]`), or after `and` later in
/// the sentence, then perhaps a particle, a possessive or an article, a part of the body
/// (`body` in data/attribution.txt) and nothing but adverbials. Any verb: the part of the body
/// makes it a gesture (`signed the bill` is none). Returns the verb.
fn body_gesture(
    w: &Words,
    toks: &[Tok],
    end: usize,
    k: usize,
    person: &dyn Fn(&[Tok]) -> bool,
) -> Option<Range<usize>> {
    let low = |t: &Tok| t.word && !t.cap();
    let is = |t: &Tok, list: &rustc_hash::FxHashSet<&'static str>| {
        low(t) && list.contains(t.lower().as_ref())
    };
    let part = (k + 2..toks.len()).rev().find(|&j| is(&toks[j], &w.body))?;
    let det = part - 1;
    if det <= k || !is(&toks[det], &w.body_determiners) {
        return None;
    }
    let mut v = det - 1;
    if v > k && is(&toks[v], &w.body_particles) {
        v -= 1;
    }
    let verb = &toks[v];
    let form = verb.lower();
    let opens = v == k || (v > k + 1 && toks[v - 1].word && toks[v - 1].lower() == "and");
    let gesture = opens
        && low(verb)
        && !form.ends_with("ing")
        && !w.function.contains(form.as_ref())
        && !w.negators.contains(form.as_ref())
        && adverbial(w, &toks[part + 1..])
        && person(&toks[..end])
        && !negated(w, &toks[..v]);
    gesture.then(|| verb.range())
}

/// A part of a person's body that moves of itself, which introduces the words after it as a
/// gesture does (`Her eyes narrowed.`, `Lund's shoulders slumped.`, `The skipper's voice
/// cracked.`): the owner (a person's possessive pronoun, a name's possessive or a noun of a
/// person's), perhaps one modifier, a part of the body (`body`), a lowercase verb of any kind
/// and nothing but adverbials. Not a thing's (`The building's walls shook.`, `Its doors
/// opened.`), not negated. Returns the verb.
fn body_subject(w: &Words, toks: &[Tok]) -> Option<Range<usize>> {
    let low = |t: &Tok| t.word && !t.cap();
    let owner = toks.iter().position(|t| {
        let l = t.lower();
        possessive(t) || (t.word && w.body_owners.contains(l.as_ref()))
    })?;
    if owner > 2 {
        return None;
    }
    let part = (owner + 1..toks.len().min(owner + 3))
        .find(|&j| low(&toks[j]) && w.body.contains(toks[j].lower().as_ref()))?;
    // One modifier at most between (`her blue eyes`), never a verb.
    if part > owner + 2 || (part == owner + 2 && !low(&toks[owner + 1])) {
        return None;
    }
    let verb = toks.get(part + 1).filter(|t| low(t))?;
    let form = verb.lower();
    if form.ends_with("ing")
        || w.function.contains(form.as_ref())
        || w.negates(&form)
        || w.between.contains(form.as_ref())
        || w.being(&form)
        || !adverbial(w, &toks[part + 2..])
    {
        return None;
    }
    let person = if possessive(&toks[owner]) {
        let head = &toks[..=owner];
        let bare = |t: &Tok| {
            let s = t.text;
            s.strip_suffix("'s")
                .or_else(|| s.strip_suffix("’s"))
                .unwrap_or(s)
                .to_string()
        };
        let last = bare(&toks[owner]);
        if head[0].cap() && !w.determiners.contains(head[0].lower().as_ref()) {
            // `Lund's`, `Ms Lund's`: a name, every word capitalised.
            head.iter().all(|t| t.cap() && t.word)
                && (crate::people::is_given_name(&last) || !crate::people::is_ordinary_word(&last))
                && !crate::people::is_place_or_body(&last)
        } else {
            // `the skipper's`: a determiner and a noun of a person.
            owner > 0
                && w.determiners.contains(head[0].lower().as_ref())
                && crate::people::is_person_head(&last.to_lowercase())
        }
    } else {
        owner == 0
    };
    person.then(|| verb.range())
}

/// A person and the state they are in, a sentence that introduces the words after it as a
/// gesture does (`The director was defiant.`, `Mendes was unapologetic on Tuesday.`, `She has
/// been blunt.`): a person, a verb of being, adverbs, one word describing them (an adjective,
/// or a participle negated by `un-`, which no passive is: `unmoved`), then nothing but
/// adverbials. Not a noun of role (`was mayor`), not negated. Returns the verb of being.
fn state(w: &Words, toks: &[Tok], person: &dyn Fn(&[Tok]) -> bool) -> Option<Range<usize>> {
    // `looked exhausted`, `seems resigned`: a verb of seeming links a speaker to a state too.
    let (c, s) = linked_after_speaker(w, toks, &|l| w.being(l) || w.seeming.contains(l))?;
    let speaker = person(&toks[..s]) || body(w, &toks[..s]);
    if speaker_end(w, &toks[..s])?.0 != s || !speaker || negated(w, &toks[..c]) {
        return None;
    }
    // `was in tears`: a phrase of a state (`state-phrases`) as one word of feeling.
    let phrase = w.being(&toks[c].lower()) && {
        let rest = &toks[c + 1..];
        w.state_phrases.iter().any(|p| {
            p.len() <= rest.len()
                && p.iter().zip(rest).all(|(p, t)| t.word && t.lower() == *p)
                && adverbial(w, &rest[p.len()..])
        })
    };
    if phrase {
        return Some(toks[c].range());
    }
    let mut k = c + 1;
    // `less sure`, `not so sure`: a degree, `not` only before one.
    let degree = |t: &Tok| t.word && !t.cap() && w.degree.contains(t.lower().as_ref());
    while toks.get(k).is_some_and(|t| {
        let l = t.lower();
        t.word
            && !t.cap()
            && (adverb(&l)
                || w.being(&l)
                || w.between.contains(l.as_ref())
                || w.degree.contains(l.as_ref())
                || (l == "not" && toks.get(k + 1).is_some_and(degree)))
    }) {
        k += 1;
    }
    let adj = toks.get(k).filter(|t| t.word && !t.cap())?;
    let l = adj.lower();
    // `were smiling`, `was laughing`: a gesture going on as the words are said, as a listed
    // verb of any flag but hearing or acting on a thing, with no object.
    let going_on =
        l.ends_with("ing") && listed(toks, k).is_some_and(|vf| !vf.flags.hears && !vf.flags.acts);
    ((describes_speaker(w, &l) || going_on) && adverbial(w, &toks[k + 1..]))
        .then(|| toks[c].range())
}

/// Whether the words after a beat's verb only say how, when or where: adverbs, words of time,
/// and phrases opened by a preposition (`beat-prepositions`) whose object is a thing, a time
/// or a place (`at the crowd`, `for a moment`, `on Tuesday`), never one person (`waved at her
/// brother`: the words after may be the brother's) nor a clause (`paused to let her speak`).
fn adverbial(w: &Words, rest: &[Tok]) -> bool {
    let opens = |t: &Tok| t.word && !t.cap() && w.beat_prepositions.contains(t.lower().as_ref());
    let mut k = 0;
    while let Some(t) = rest.get(k) {
        let l = t.lower();
        if !t.word || t.cap() {
            return false;
        }
        if adverb(&l) || w.between.contains(l.as_ref()) || w.times.contains(l.as_ref()) {
            k += 1;
            continue;
        }
        if !opens(t) {
            return false;
        }
        let end = (k + 1..rest.len())
            .find(|&j| opens(&rest[j]))
            .unwrap_or(rest.len());
        // `to` and a bare word is an infinitive (`paused to let her speak`).
        if !thing_phrase(w, &rest[k + 1..end], l == "to") {
            return false;
        }
        k = end;
    }
    true
}

/// The object of a preposition in a beat: a few words, opened by a determiner or a noun
/// (`the microphone`, `reporters`, `Tuesday`), that names no person and holds no clause.
fn thing_phrase(w: &Words, np: &[Tok], det_needed: bool) -> bool {
    let Some((head, _)) = np.split_last() else {
        return false;
    };
    let (first, tail) = np.split_first().unwrap_or((head, &[]));
    let det = first.word && !first.cap() && w.determiners.contains(first.lower().as_ref());
    let nouns = if det { tail } else { np };
    // After a determiner a verb's form is a noun (`the protest`); bare, only a plural is.
    let word = |t: &Tok| {
        let l = t.lower();
        t.word
            && (det || !verb_like(w, &l) || (l.ends_with('s') && !t.cap()))
            && ![&w.function, &w.objects, &w.negators, &w.pronouns]
                .iter()
                .any(|list| list.contains(l.as_ref()))
    };
    // A capitalised word is a person's name unless the word list knows it (`Tuesday`).
    let named = nouns.iter().any(|t| {
        t.cap()
            && (crate::people::is_given_name(t.text) || !crate::people::is_ordinary_word(t.text))
            && !crate::people::is_place_or_body(t.text)
    });
    np.len() <= 5
        && (det || !det_needed)
        && !nouns.is_empty()
        && nouns.iter().all(word)
        && !named
        // One person may be who speaks next; a crowd or several people are an audience.
        && (!crate::people::is_person_head(&head.lower())
            || crate::people::is_many_people(&head.lower()))
}

/// A leading attribution in `text[from..open]` that introduces a quotation with a comma:
/// `Ms Lee added, "…"`, `He told reporters, "…"`, `Ines Moreau concurred, "…"`.
pub fn leading_comma(text: &str, from: usize, open: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens_before(text, from..open, 10);
    let (last, rest) = toks.split_last()?;
    if !last.is(",") {
        return None;
    }
    // The clause before the comma.
    let start = rest.iter().rposition(|t| !t.word).map_or(0, |i| i + 1);
    let clause = &rest[start..];
    // A listed reporting verb near the comma (`told reporters,`).
    for k in (clause.len().saturating_sub(4)..clause.len()).rev() {
        if let Some(vf) = listed(clause, k) {
            if !clause[k].cap()
                && !negated(w, &clause[..k])
                && !object_not_speech(w, vf, &clause[k + 1..])
            {
                return Some(clause[k].range());
            }
        }
    }
    // Any verb right after its speaker: `Ines Moreau concurred,`.
    let (v, before) = clause.split_last()?;
    let lv = v.lower();
    if v.cap() || !verb_like(w, &lv) || before.is_empty() {
        return None;
    }
    let (end, strict) = speaker_end(w, before)?;
    let between_ok = before[end.min(before.len())..].iter().all(|t| {
        let l = t.lower();
        w.between.contains(l.as_ref()) || l.ends_with("ly")
    });
    (end <= before.len() && between_ok && !strict && !negated(w, before)).then(|| v.range())
}

/// A reporting verb in the past right before the quotation it reports, with `that` between
/// (`The jury heard that "…"`, `Tenants were informed that "…"`, `She hit back that "…"`), or
/// with nothing between when its passive subject is the listener (`Parents were informed
/// "…"`): the shape in which a verb that counts only beside a quotation (`@`) reports one, as
/// `"…," she went on` does. A subject comes before the verb; not negated, not attributive
/// (`the reported that`), not another passive (`it was announced that "…"` names no one).
pub fn leading_that(text: &str, from: usize, open: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens_before(text, from..open, 10);
    let that = toks.last().is_some_and(|t| t.word && t.lower() == "that");
    let head = &toks[..toks.len() - usize::from(that)];
    // The verb is the last word, or the one before its particle (`hit back that`).
    // A phrasal verb, with its particle, is a verb whatever its form (`hit back`).
    let phrasal = |k: usize| cues::verb_form_before(&head[k].lower(), None).is_none();
    let k = (head.len().saturating_sub(2)..head.len())
        .rev()
        .find(|&k| listed(head, k).is_some_and(|vf| vf.past || phrasal(k)) && !head[k].cap())?;
    let vf = listed(head, k)?;
    let particle = usize::from(phrasal(k));
    if k + 1 + particle != head.len() {
        return None;
    }
    let before = &head[..k];
    // A subject: a word of the same clause before the verb.
    let subject = before.last().is_some_and(|t| t.word);
    let mut b = before.len();
    while b > 0 && before[b - 1].word && adverb(&before[b - 1].lower()) {
        b -= 1;
    }
    let passive = b > 0 && before[b - 1].word && w.being(&before[b - 1].lower());
    // In the passive only a verb that addresses someone names who heard the words (`were
    // informed`); `it was announced that` names no one (see `heard`).
    let shape = (that && !passive) || (vf.flags.addresses && passive);
    let speaks = subject
        && shape
        && !negated(w, before)
        && !attributive(w, vf, before, &[])
        && !object_not_speech(w, vf, &[]);
    speaks.then(|| head[k].range())
}

/// The noun in `Fenwick's verdict`, `the mayor's blunt reply`, `Connors' warning`, `her
/// response`: a speaker's possessive (a name, or a noun phrase opened by a determiner), up to
/// one modifier, then a noun of words said. `rest` follows the verb of being of a pointing
/// sentence or an inverted credit.
fn owned_words(w: &Words, rest: &[Tok]) -> Option<Range<usize>> {
    let k = owner_end(w, rest)?;
    let noun_at = |k: usize| {
        rest.get(k).is_some_and(|t| {
            let l = t.lower();
            t.word && !t.cap() && (speech_noun(&l) || w.word_nouns.contains(l.as_ref()))
        })
    };
    if noun_at(k) {
        return Some(rest[k].range());
    }
    // One modifier (`blunt`, `final`).
    let modifier = rest.get(k).is_some_and(|t| {
        let l = t.lower();
        t.word && !t.cap() && !w.function.contains(l.as_ref())
    });
    (modifier && noun_at(k + 1)).then(|| rest[k + 1].range())
}

/// Where a speaker's possessive that opens `rest` ends (the index after its `'s`, or after
/// the lone apostrophe of `Connors'`): a name, a noun phrase opened by a determiner
/// (`the mayor's`), or a possessive pronoun (`her`), among the first four tokens.
fn owner_end(w: &Words, rest: &[Tok]) -> Option<usize> {
    // The possessive: a word that owns, or a name and a lone apostrophe after its `s`.
    let p = (0..rest.len().min(4)).find(|&k| {
        let t = &rest[k];
        t.word
            && (possessive_word(&t.lower())
                || (t.text.ends_with('s')
                    && rest.get(k + 1).is_some_and(|m| m.is("'") || m.is("’"))))
    })?;
    // Before it: the rest of a name (`Anton Weiss's`), or a determiner and lowercase words
    // (`the mayor's`), or nothing (`his`).
    let head = &rest[..p];
    let name = rest[p].cap() && head.iter().all(|t| t.word && t.cap());
    let phrase = name
        || match head.split_first() {
            None => true,
            Some((d, mid)) => {
                d.word
                    && w.determiners.contains(d.lower().as_ref())
                    && mid.iter().all(|t| t.word && !t.cap())
            }
        };
    if !phrase {
        return None;
    }
    let mut k = p + 1;
    if rest.get(k).is_some_and(|t| t.is("'") || t.is("’")) {
        k += 1;
    }
    Some(k)
}

/// A quotation introduced by its speaker's possessive after a preposition, set off by a
/// comma: `In Fenwick's view, "…"`, `In the mayor's own words, "…"`, `In her letter, "…"`,
/// `To Okafor's mind, "…"`. The preposition and noun of a phrase cue (`in his view`,
/// `data/cues.txt`) or of a frame of a point of view (`view-frames`) with any
/// speaker's possessive in the pronoun's place, or that preposition with a noun of words
/// said or written. `text[from..open]` is what precedes the opening mark in its sentence;
/// returns the noun's range.
pub fn owned_view(text: &str, from: usize, open: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens_before(text, from..open, 10);
    let (comma, rest) = toks.split_last()?;
    let (noun, _) = rest.split_last()?;
    if !comma.is(",") || !noun.word || noun.cap() {
        return None;
    }
    // The clause opens the sentence or follows a comma (an apostrophe, or the point of
    // `Mr.`, is inside the owner).
    let inner = |i: usize| {
        let t = &rest[i];
        t.is("'") || t.is("’") || (t.is(".") && i > 0 && rest[i - 1].cap())
    };
    let at = match (0..rest.len()).rev().find(|&i| !rest[i].word && !inner(i)) {
        Some(i) if rest[i].is(",") => i + 1,
        Some(_) => return None,
        None if text[from..rest[0].start].trim().is_empty() => 0,
        None => return None,
    };
    let (prep, owned) = rest[at..].split_first()?;
    let (p, n) = (prep.lower(), noun.lower());
    let pair = (p.as_ref(), n.as_ref());
    let cue = w.owned_cues.contains(&pair) || w.view_frames.contains(&pair);
    let prep_of_cue = w.owned_cues.iter().any(|(q, _)| *q == p);
    if !(cue || (prep_of_cue && words_noun(w, &n))) {
        return None;
    }
    let owner = &owned[..owned.len().checked_sub(1)?];
    let k = owner_end(w, owner)?;
    // Up to one modifier between the possessive and the noun (`own`, `blunt`).
    let modifiers = &owner[k.min(owner.len())..];
    let plain = modifiers.iter().all(|t| {
        let l = t.lower();
        t.word && !t.cap() && !w.function.contains(l.as_ref())
    });
    (modifiers.len() <= 1 && plain).then(|| noun.range())
}

/// Whether a lowercase noun names words said or written (`verdict`, `reply`, `letter`), or is
/// the noun of a phrase cue or view frame that a possessive owns (`view` of `in his view`,
/// `mind` of `To Okafor's mind`): such a noun speaks for its owner (`is Fenwick's verdict`,
/// `In Fenwick's view, "…"`).
pub fn said_noun(lower: &str) -> bool {
    let w = words();
    words_noun(w, lower) || w.owned_cues.iter().any(|(_, n)| *n == lower) || frame_noun(lower)
}

/// Whether a described phrase ends on a noun of words said, not of a document: `the reply` of
/// `"…," came the reply.` names the words, not who said them (`the statement` speaks for its
/// author).
pub fn reply_phrase(phrase: &str) -> bool {
    let w = words();
    let last = phrase.rsplit(' ').next().unwrap_or(phrase).to_lowercase();
    let one = last.strip_suffix('s').unwrap_or(&last);
    let person = crate::people::is_person_noun(&last) || crate::people::is_title_or_kin(&last);
    said_noun(&last)
        && !person
        && !w.documents.contains(last.as_str())
        && !w.documents.contains(one)
}

/// The noun of a frame of a point of view (`mind`, `reckoning`, `account`): after a
/// possessive a noun, even where it is also a form of a verb (`reckoning`).
pub fn frame_noun(lower: &str) -> bool {
    words().view_frames.iter().any(|(_, n)| *n == lower)
}

/// A credit preposition that opens the sentence and names a source before the comma and the
/// quotation: `Per the club's statement, "…"`, as `according to` does as a cue. Alone the
/// preposition is a common word (`per cent`), so only in that shape, the clause at most ten
/// words with no other punctuation; returns the preposition's range.
pub fn leading_credit(text: &str, from: usize, open: usize) -> Option<Range<usize>> {
    let w = words();
    let before = text.get(from..open)?.trim_end().strip_suffix(',')?;
    let lead = before.len() - before.trim_start().len();
    let clause = before.trim();
    if clause.contains([',', ';', ':', '.', '(', ')', '"', '“', '”']) {
        return None;
    }
    let mut parts = clause.split_whitespace();
    let first = parts.next()?;
    let second = parts.next()?;
    let opens = w
        .credit_prepositions
        .contains(first.to_lowercase().as_str())
        && (second.starts_with(char::is_uppercase)
            || w.determiners.contains(second.to_lowercase().as_str()));
    (opens && parts.count() <= 8).then(|| from + lead..from + lead + first.len())
}

/// A quotation introduced by its speaker's possessive and a noun of speech, with no verb:
/// `The manager's message "…"`, `Connors' warning "…"`, `her reply "…"`. `end` is where the
/// words before the quotation end; the noun's range is returned. The noun is a form of a
/// reporting verb (`message`, `warning`, `reply`) or its nominalisation (`statement`,
/// `declaration`, `insistence`), so `the mayor's plan "…"` stays unattributed.
pub fn possessive_speech(text: &str, from: usize, end: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens_before(text, from..end, 6);
    let (noun, rest) = toks.split_last()?;
    if !noun.word || noun.cap() || !speech_noun(&noun.lower()) {
        return None;
    }
    // Up to two modifiers between the possessive and the noun (`rallying cry`, `final plea`).
    let mut k = rest.len();
    while k > 0 && rest.len() - k < 2 {
        let t = &rest[k - 1];
        let l = t.lower();
        if !t.word || t.cap() || w.function.contains(l.as_ref()) || possessive_word(&l) {
            break;
        }
        k -= 1;
    }
    let before = &rest[..k];
    let owner = match before {
        // `Connors' warning`: the apostrophe is a token of its own.
        [.., name, mark] if mark.is("'") || mark.is("’") => name.word && name.text.ends_with('s'),
        [.., t] => t.word && possessive_word(&t.lower()),
        [] => false,
    };
    owner.then(|| noun.range())
}

/// `manager's`, `Brandt’s`, `his`, `their`: a word that owns what follows.
fn possessive_word(lower: &str) -> bool {
    lower.ends_with("'s")
        || lower.ends_with("’s")
        || matches!(lower, "his" | "her" | "their" | "its" | "our" | "my")
}

/// Whether a lowercase noun names something said: a present form of a reporting verb
/// (`message`, `warning`, `promises`) or a nominalisation of one (`statement`, `announcement`,
/// `declaration`, `confession`, `insistence`, `assurance`).
fn speech_noun(noun: &str) -> bool {
    let present = |v: &str| cues::verb_form(v).is_some_and(|f| !f.past);
    if present(noun) {
        return true;
    }
    let noun = noun.strip_suffix('s').unwrap_or(noun);
    let stems = [
        noun.strip_suffix("ment").map(str::to_string),
        noun.strip_suffix("ation").map(|s| format!("{s}e")),
        noun.strip_suffix("ation").map(str::to_string),
        noun.strip_suffix("ion").map(str::to_string),
        noun.strip_suffix("ence").map(str::to_string),
        noun.strip_suffix("ance").map(|s| format!("{s}e")),
        noun.strip_suffix("ance").map(str::to_string),
        // `complaint`, `denial`, `admission`, `explanation`, `exclamation`, `description`,
        // `apology`: each read as its verb's noun only when the stem is a listed reporting
        // verb. Not `-al` after `e` (`proposal`, `approval`): a plan or a decision, not words.
        noun.strip_suffix("int").map(|s| format!("{s}in")),
        noun.strip_suffix("ial").map(|s| format!("{s}y")),
        noun.strip_suffix("ission").map(|s| format!("{s}it")),
        noun.strip_suffix("anation").map(|s| format!("{s}ain")),
        noun.strip_suffix("amation").map(|s| format!("{s}aim")),
        noun.strip_suffix("iption").map(|s| format!("{s}ibe")),
        noun.strip_suffix("ogy").map(|s| format!("{s}ogise")),
        noun.strip_suffix("ogy").map(|s| format!("{s}ogize")),
    ];
    stems
        .into_iter()
        .flatten()
        .any(|s| s.len() >= 3 && present(&s))
}

/// The speaker named by the sentence right after a quotation that points back at it (the
/// range returned is the word before the speaker, which stands for the verb): a
/// demonstrative, a verb of being, a noun of words said and `of` or `from` its speaker (`That
/// was the message from the union's leader, Maria Costa.`, `Those were the words of Ian
/// Platt.`, `Such was the verdict of the inspector.`). `text[from..to]` is what follows the
/// quotation in its paragraph.
pub fn pointer_credit(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens(text, from..to, 16);
    let rest = pointing_rest(w, &toks)?;
    if rest.first().is_some_and(|t| t.is("how") || t.is("How")) {
        return told_how(w, &rest[1..]);
    }
    credited_by(w, rest)
}

/// The tokens after a pointer and its verb of being, if `toks` opens so.
fn pointing_rest<'t, 'a>(w: &Words, toks: &'t [Tok<'a>]) -> Option<&'t [Tok<'a>]> {
    let pointer = |t: &Tok| t.word && w.pointers.contains(t.lower().as_ref());
    let rest = match toks {
        [first, be, rest @ ..] if pointer(first) && w.copulas.contains(be.lower().as_ref()) => rest,
        // `That's`: the pointer with its verb of being.
        [first, rest @ ..]
            if first.word
                && ["'s", "’s"].iter().any(|s| {
                    first
                        .lower()
                        .strip_suffix(s)
                        .is_some_and(|p| w.pointers.contains(p))
                }) =>
        {
            rest
        }
        _ => return None,
    };
    Some(rest)
}

/// Whether `text[from..to]` opens with a clause that points back at a quotation and names a
/// thing (`that is the question nobody answered`, `that was the promise everyone
/// remembered`): a pointer, a verb of being and a determiner. Its speaker, if any, is the one
/// [`pointer_credit`] reads (`the verdict of the auditors`); a verb further on is in a clause
/// about the words (who heard, forgot or answered them), not who said them.
pub fn pointer_clause(text: &str, from: usize, to: usize) -> bool {
    let w = words();
    let toks = tokens(text, from..to, 4);
    let pointer = |t: &Tok| t.word && w.pointers.contains(t.lower().as_ref());
    let contracted = |t: &Tok| {
        t.word
            && ["'s", "’s"].iter().any(|s| {
                t.lower()
                    .strip_suffix(s)
                    .is_some_and(|p| w.pointers.contains(p))
            })
    };
    let det = |t: &Tok| t.word && w.determiners.contains(t.lower().as_ref());
    match &toks[..] {
        [p, be, d, ..] if pointer(p) && w.copulas.contains(be.lower().as_ref()) => det(d),
        [p, d, ..] if contracted(p) => det(d),
        _ => false,
    }
}

/// The verb of `how the minister put it`, `how Okafor broke the news`, `how she summed it
/// up` after a pointing sentence's verb of being: a person (a name that is no place, a
/// personal pronoun, a noun of role or kin) and any verb, or a body or a document and a
/// listed reporting verb (not one whose subject only heard the words): `That was how the
/// fire started` credits no one.
fn told_how(w: &Words, toks: &[Tok]) -> Option<Range<usize>> {
    let t0 = toks.first().filter(|t| t.word)?;
    if matches!(t0.lower().as_ref(), "it" | "you" | "one" | "who") {
        return None;
    }
    let (mut k, strict) = speaker_end(w, toks)?;
    while let Some(t) = toks.get(k).filter(|t| t.word) {
        let l = t.lower();
        if w.negates(&l) {
            return None;
        }
        if !(w.between.contains(l.as_ref()) || adverb(&l)) {
            break;
        }
        k += 1;
    }
    let v = toks.get(k).filter(|t| t.word && !t.cap())?;
    let l = v.lower();
    if l.ends_with("ing") {
        return None;
    }
    let vf = listed(toks, k);
    if vf.is_some_and(|vf| vf.flags.hears || object_not_speech(w, vf, &toks[k + 1..])) {
        return None;
    }
    let verb = vf.is_some() || (!strict && verb_like(w, &l));
    // A body or a document speaks through a verb that reports speech wherever it stands
    // (`how the council put it`), not through one that may mean something else (`how the
    // winter began`).
    let speaks = person_speaker(w, &toks[..k])
        || (vf.is_some_and(|vf| !vf.flags.shape_only) && body_speaker(w, &toks[..k]));
    (verb && speaks).then(|| v.range())
}

/// Whether the speaker `toks` is a noun phrase that ends in an organisation's kind or a
/// thing written (`the council`, `the trust's report`).
fn body_speaker(w: &Words, toks: &[Tok]) -> bool {
    toks.iter().take_while(|t| t.word).last().is_some_and(|t| {
        let l = t.lower();
        !t.cap() && (crate::people::is_organisation_head(&l) || words_noun(w, &l))
    })
}

/// Whether the speaker `toks` (up to an appositive's comma) is a person: a personal pronoun,
/// a name none of whose words names a place, a people or an organisation, a word for some
/// people (`Others`), or a noun phrase that ends in a noun of role, kin or a group of people
/// (`the harbour master`, `her brother`, `the crowd`).
fn person_speaker(w: &Words, toks: &[Tok]) -> bool {
    let head: Vec<&Tok> = toks
        .iter()
        .take_while(|t| t.word || t.is("."))
        .filter(|t| t.word)
        .collect();
    let Some(first) = head.first() else {
        return false;
    };
    // `the neighbours' dogs`: after a plural possessive, whom the phrase names is what it owns.
    let run = toks.iter().take_while(|t| t.word || t.is(".")).count();
    if let (Some(owner), Some(mark)) = (run.checked_sub(1).map(|i| &toks[i]), toks.get(run)) {
        let plural_owner = (mark.is("'") || mark.is("’"))
            && owner.word
            && owner.text.ends_with('s')
            && owner.start + owner.text.len() == mark.start;
        if plural_owner {
            let owned: Vec<&Tok> = toks[run + 1..].iter().take_while(|t| t.word).collect();
            // `Farmers' leader Odile Renard`: a name after the owners' role is the person.
            let caps = owned.iter().rev().take_while(|t| t.cap()).count();
            let named = caps > 0 && caps < owned.len() && {
                let (role, name) = owned.split_at(owned.len() - caps);
                role.last()
                    .is_some_and(|t| crate::people::is_person_head(&t.lower()))
                    && name
                        .iter()
                        .all(|t| !crate::people::is_place_or_body(t.text))
                    && name.iter().any(|t| {
                        crate::people::is_given_name(t.text)
                            || !crate::people::is_ordinary_word(t.text)
                    })
            };
            return named
                || owned
                    .last()
                    .is_some_and(|t| !t.cap() && crate::people::is_person_head(&t.lower()));
        }
    }
    let l0 = first.lower();
    // `One of the fishermen`: a pronoun that is also a determiner of number opens a partitive,
    // a person when its noun is one.
    let partitive = w.determiners.contains(l0.as_ref()) && head.get(1).is_some_and(|t| t.is("of"));
    // `Others`, `Some`, `A few`, `The others`: some of the story's people.
    let group = |t: &&Tok| w.group_subjects.contains(t.lower().as_ref());
    match head[..] {
        [one] if group(&one) => return true,
        [det, one] if group(&one) && w.determiners.contains(det.lower().as_ref()) => return true,
        _ => {}
    }
    if w.pronouns.contains(l0.as_ref()) && !partitive {
        let personal = w.plural_subjects.contains(l0.as_ref()) || l0 == "he" || l0 == "she";
        return head.len() == 1 && personal;
    }
    // `Rose Baker` is made of words, but `Rose` is a given name.
    let name = |head: &[&Tok]| {
        head.iter().any(|t| {
            crate::people::is_given_name(t.text) || !crate::people::is_ordinary_word(t.text)
        }) && head
            .iter()
            .all(|t| t.cap() && !crate::people::is_place_or_body(t.text))
    };
    // `the union's Per Lomas`: a name after a possessive is the person the phrase names.
    let owned = head
        .iter()
        .rposition(|t| possessive(t))
        .map(|p| &head[p + 1..])
        .filter(|rest| !rest.is_empty() && rest.iter().all(|t| t.cap()));
    if let Some(rest) = owned {
        return name(rest);
    }
    // `Residents`, `Local residents`: a common word capitalised to open the sentence.
    let common = head.len() <= 3
        && head[1..].iter().all(|t| !t.cap())
        && crate::people::is_ordinary_word(&plain_plural(&l0))
        && !crate::people::is_given_name(first.text);
    if first.cap() && !w.determiners.contains(l0.as_ref()) && !common {
        // `Board member Ines Vardy`, `Opposition leader Tom Weld`: a role in lowercase after a
        // capital, then the name of the person it describes.
        let caps = head.iter().rev().take_while(|t| t.cap()).count();
        let (role, named) = head.split_at(head.len() - caps);
        let role_first = caps > 0
            && role
                .last()
                .is_some_and(|t| !t.cap() && crate::people::is_person_head(&t.lower()));
        return name(if role_first { named } else { &head });
    }
    head.last()
        .is_some_and(|t| crate::people::is_person_head(&t.lower()))
}

/// A plural's singular when it has one (`residents`), else the word.
fn plain_plural(lower: &str) -> String {
    let one = lower.strip_suffix('s').unwrap_or(lower);
    if crate::people::is_ordinary_word(one) {
        one.to_string()
    } else {
        lower.to_string()
    }
}

/// Whether the phrase opening `toks` names someone: a name or a pronoun first, or, among its
/// words up to the first function word, a noun of a person, of words said or of a thing
/// written (`the old harbourmaster`, `the reply`, `the notice nailed to the door`; `the
/// storm` names no one).
fn names_someone(w: &Words, toks: &[Tok]) -> bool {
    let Some(first) = toks.first().filter(|t| t.word) else {
        return false;
    };
    let l = first.lower();
    if first.cap() || w.pronouns.contains(l.as_ref()) || described_name(w, toks) {
        return true;
    }
    toks[1..]
        .iter()
        .take(4)
        .take_while(|t| t.word && !w.function.contains(t.lower().as_ref()))
        .any(|t| {
            let l = t.lower();
            // `came the reply`: the words stand for their speaker.
            t.cap()
                || crate::people::is_person_head(&l)
                || speech_noun(&l)
                || w.word_nouns.contains(l.as_ref())
                || w.documents.contains(l.as_ref())
                || w.documents.contains(l.strip_suffix('s').unwrap_or(&l))
        })
}

/// Whether the cue at `text[from..to]` is a source phrase (`according to`, `per`) whose source
/// is a thing, not a speaker: `According to figures from the ministry`, `per the survey`,
/// `according to court records`. Its noun names no person, no organisation, and no person
/// whose words it carries (`a letter from her lawyer`); such a paragraph has said nothing
/// that a later quotation could go on with.
pub fn thing_source(text: &str, from: usize, to: usize) -> bool {
    let w = words();
    let toks = tokens(text, from..to, 14);
    let Some(n) = w
        .source_phrases
        .iter()
        .find(|p| {
            p.len() <= toks.len() && p.iter().zip(&toks).all(|(a, t)| t.word && t.lower() == *a)
        })
        .map(Vec::len)
    else {
        return false;
    };
    let rest = &toks[n..];
    let Some(first) = rest.first().filter(|t| t.word) else {
        return false;
    };
    let person =
        |l: &str| crate::people::is_person_head(l) || crate::people::is_organisation_head(l);
    let l = first.lower();
    if first.cap()
        || [&w.pronouns, &w.objects]
            .iter()
            .any(|list| list.contains(l.as_ref()))
        || possessive_word(&l)
    {
        return false;
    }
    // The noun phrase: lowercase words up to a function word or punctuation.
    let np = rest
        .iter()
        .take(5)
        .take_while(|t| t.word && !t.cap() && !w.function.contains(t.lower().as_ref()))
        .count();
    let Some(head) = np.checked_sub(1).map(|h| &rest[h]) else {
        return false;
    };
    // `the head teacher's figures` carry a person's words; `the ministry's data` do not.
    let owner = |t: &Tok| {
        let l = t.lower();
        possessive(t)
            && crate::people::is_person_head(l.trim_end_matches("'s").trim_end_matches("’s"))
    };
    if rest[..np].iter().any(owner) || person(&head.lower()) {
        return false;
    }
    // `a letter from her lawyer`: the link and who it comes from, a person or a body.
    let link = rest
        .get(np)
        .is_some_and(|t| t.word && w.source_links.contains(t.lower().as_ref()));
    !(link && names_person_after(w, &rest[np + 1..]))
}

/// Whether `toks` opens with a person (a name that is no place or body, a pronoun, or a
/// determiner's phrase ending in a noun of a person), read after a source's link.
fn names_person_after(w: &Words, toks: &[Tok]) -> bool {
    let Some(first) = toks.first().filter(|t| t.word) else {
        return false;
    };
    if first.cap() {
        return !crate::people::is_place_or_body(first.text);
    }
    if w.pronouns.contains(first.lower().as_ref()) && toks.len() == 1 {
        return true;
    }
    toks.iter()
        .take(5)
        .take_while(|t| t.word && !t.cap() && !w.function.contains(t.lower().as_ref()))
        .last()
        .is_some_and(|t| crate::people::is_person_head(&t.lower()))
}

/// The speaker named after a quotation that closes on a comma by a verb put first and a noun
/// of words said: `"…," was the verdict of Owen Rees.`, `"…," came the reply from the pier.`
pub fn inverted_credit(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens(text, from..to, 12);
    let skip = toks.iter().take_while(|t| t.is(",")).count();
    let [verb, rest @ ..] = &toks[skip..] else {
        return None;
    };
    let l = verb.lower();
    let verb_first =
        verb.word && !verb.cap() && (w.copulas.contains(l.as_ref()) || verb_like(w, &l));
    if !verb_first || w.between.contains(l.as_ref()) {
        return None;
    }
    credited_by(w, rest)
}

/// The speaker in `the verdict of Owen Rees`, `the message from the union`, `the questions
/// Jimmy Connors will ask`: a determiner and up to two modifiers, a noun of words said, then
/// `of` / `from` the speaker or the speaker naming the subject of a clause.
fn credited_by(w: &Words, rest: &[Tok]) -> Option<Range<usize>> {
    if let Some(noun) = owned_words(w, rest) {
        return Some(noun);
    }
    let at = rest
        .iter()
        .position(|t| t.cap() || matches!(t.lower().as_ref(), "of" | "from"))?;
    if at == 0 || at > 4 || rest[..at].iter().any(|t| !t.word || t.cap()) {
        return None;
    }
    let si = if rest[at].cap() { at } else { at + 1 };
    let speaker = rest.get(si)?;
    let noun = rest[at - 1].lower();
    let two = (at >= 2).then(|| format!("{} {}", rest[at - 2].lower(), noun));
    let of_words = speech_noun(&noun)
        || w.word_nouns.contains(noun.as_ref())
        || two.is_some_and(|t| w.word_nouns.contains(t.as_str()));
    // The speaker: a name, or a noun phrase opened by a determiner or by a pronoun that
    // opens one (`one lock keeper`).
    let l = speaker.lower();
    let phrase = w.determiners.contains(l.as_ref())
        || (w.pronouns.contains(l.as_ref())
            && rest.get(si + 1).is_some_and(|t| t.word && !t.cap()));
    // A name described by lowercase nouns before it (`of harbourmaster Lene Okafor`).
    let named = speaker.cap()
        || (speaker.word && phrase)
        || (!rest[at].cap() && described_name(w, &rest[si..]) && rest.get(si + 1).is_some());
    // The word before the speaker stands for the verb, so the speaker is read after it.
    let before = if rest[at].cap() {
        &rest[at - 1]
    } else {
        &rest[at]
    };
    (of_words && named).then(|| before.range())
}

/// The verb of a colon introduction in `text[from..colon]`: `Maren Holt shrugged:`, `He told
/// MPs:`. A listed reporting form among the clause's last words, or the last word when it may
/// be a verb of any kind; none when negated; else a noun of words said right after its
/// owner's possessive (`His verdict:`).
pub fn colon_verb(text: &str, from: usize, colon: usize) -> Option<Range<usize>> {
    let w = words();
    let toks = tokens_before(text, from..colon, 8);
    let start = toks.iter().rposition(|t| !t.word).map_or(0, |i| i + 1);
    let clause = &toks[start..];
    let last = clause.len().checked_sub(1)?;
    let k = (clause.len().saturating_sub(4)..clause.len())
        .rev()
        .find(|&k| !clause[k].cap() && listed(clause, k).is_some())
        .or_else(|| (!clause[last].cap() && verb_like(w, &clause[last].lower())).then_some(last));
    match k {
        Some(k) => (k > 0 && !negated(w, &clause[..k])).then(|| clause[k].range()),
        // `His verdict:`, `The coach's answer:`: the noun of words its owner said stands for
        // the verb (a few tokens, so a few tries).
        None => {
            let noun = toks.last()?.range();
            (0..toks.len()).find_map(|i| owned_words(w, &toks[i..]).filter(|r| *r == noun))
        }
    }
}

/// Where the words of a quotation opened at `from` and never closed end, when an attribution
/// with a reporting verb follows them before `to` (`…after the repairs, the manager said.`):
/// the offset just after the `,`, `?` or `!` before it, and whether the attribution then ends
/// the sentence (so that place is certain).
pub fn before_attribution(text: &str, from: usize, to: usize) -> Option<(usize, bool)> {
    let s = text.get(from..to)?;
    // The three marks are ASCII, so a byte search finds them at char boundaries.
    memchr::memchr3_iter(b',', b'?', b'!', s.as_bytes())
        .find_map(|i| {
            let at = from + i + 1;
            if !text[at..].starts_with(char::is_whitespace) {
                return None;
            }
            let (verb, end) = trailing(text, at, to, false)?;
            let rest = text.get(end..to).unwrap_or("");
            let ends =
                rest.trim().is_empty() || rest.starts_with(['.', '!', '?']) || name_ends(rest);
            let certain = ends
                && !reports_a_clause(text, verb.end..end)
                && !later_sentence_reports(&text[from..at]);
            Some((at, certain))
        })
        .or_else(|| any_verb_before_end(text, from, to))
}

/// [`before_attribution`] for an attribution whose verb is no listed reporting verb
/// (`…an inch, deadpanned the manager.`, `…an inch, the manager deadpanned.`): any finite
/// verb, only where a person (a name, a personal pronoun or a noun of a person) is its
/// speaker and the sentence ends right after the two, so the words before the comma are the
/// quoted ones (`…, burned the town.`, `…, Berg painted the fence.` name no speaker of them).
fn any_verb_before_end(text: &str, from: usize, to: usize) -> Option<(usize, bool)> {
    let w = words();
    let s = text.get(from..to)?;
    memchr::memchr3_iter(b',', b'?', b'!', s.as_bytes()).find_map(|i| {
        let at = from + i + 1;
        if !text[at..].starts_with(char::is_whitespace) {
            return None;
        }
        let (verb, _) = trailing(text, at, to, true)?;
        let before = tokens(text, at..verb.start, 8);
        let after = tokens(text, verb.end..to, 8);
        // Only the sentence's full stop (or `!`, `?`) after the speaker.
        let (last, phrase) = after.split_last()?;
        if !matches!(last.text, "." | "!" | "?") || phrase.iter().any(|t| !t.word) {
            return None;
        }
        // `Ms Berg`: a title before capitalised words names a person, whatever the words.
        let titled = before.len() > 1
            && before.len() <= 4
            && before[0].cap()
            && crate::people::is_title_or_kin(&before[0].lower())
            && before.iter().all(|t| t.word && t.cap());
        let speaker = if before.iter().all(|t| !t.word) {
            phrase.len() <= 4 && person_speaker(w, phrase)
        } else {
            phrase.iter().all(|t| adverb(&t.lower()))
                && before.iter().all(|t| t.word || t.is("."))
                && before.len() <= 4
                && (titled || person_speaker(w, &before))
        };
        (speaker && !later_sentence_reports(&text[from..at])).then_some((at, true))
    })
}

/// A wrong mark put where a quotation opened at `from` should close (`"It is final,' a
/// spokesman said.`): the range of the first of `wrong` that follows a `,`, `?` or `!` with an
/// attribution with a reporting verb after it before `to`, and whether that attribution then
/// ends the sentence (see [`before_attribution`]).
pub fn mismatched_close(
    text: &str,
    from: usize,
    to: usize,
    wrong: &[char],
) -> Option<(Range<usize>, bool)> {
    let s = text.get(from..to)?;
    memchr::memchr3_iter(b',', b'?', b'!', s.as_bytes()).find_map(|i| {
        let mark = from + i + 1;
        let q = text[mark..].chars().next().filter(|q| wrong.contains(q))?;
        let range = mark..mark + q.len_utf8();
        closes_before_attribution(text, from, range.clone(), to).map(|certain| (range, certain))
    })
}

/// Whether the mark at `mark`, after a `,`, `?` or `!`, closes the quotation opened at `from`
/// before an attribution with a reporting verb that follows it before `to`: `Some(certain)`,
/// `certain` when the attribution then ends the sentence (see [`before_attribution`]). Reads a
/// bounded window after the mark.
pub fn closes_before_attribution(
    text: &str,
    from: usize,
    mark: Range<usize>,
    to: usize,
) -> Option<bool> {
    let before = text.get(..mark.start)?.chars().next_back()?;
    if !matches!(before, ',' | '?' | '!') || !text.get(mark.end..)?.starts_with(char::is_whitespace)
    {
        return None;
    }
    let (verb, end) = trailing(text, mark.end, to, false)?;
    let rest = text.get(end..to).unwrap_or("");
    let ends = rest.trim().is_empty() || rest.starts_with(['.', '!', '?']) || name_ends(rest);
    Some(
        ends && !reports_a_clause(text, verb.end..end)
            && !later_sentence_reports(&text[from..mark.start]),
    )
}

/// Whether a sentence after the first of `span` holds a reporting cue of its own (`… a rule.
/// He said there had been other occasions, …`): the quoted words may have ended before it.
fn later_sentence_reports(span: &str) -> bool {
    let b = span.as_bytes();
    let brk = (1..b.len()).find(|&i| {
        matches!(b[i - 1], b'.' | b'?' | b'!')
            && b[i].is_ascii_whitespace()
            && span[i..].trim_start().starts_with(char::is_uppercase)
    });
    brk.is_some_and(|i| {
        crate::cues::Cues::builtin()
            .matches(&span[i..])
            .any(|m| m.verb.is_none_or(|v| v.past || !v.flags.noun_like))
    })
}

/// Whether the words after an attribution's verb report a clause of their own (`said the
/// pumps stopped`, `said it was over`, `said that …`): then the quoted words may go on.
fn reports_a_clause(text: &str, range: Range<usize>) -> bool {
    let w = words();
    let toks = tokens(text, range, 16);
    toks.iter().enumerate().any(|(i, t)| {
        let l = t.lower();
        let l = l.as_ref();
        t.word
            && !t.cap()
            && ((i == 0 && l == "that")
                || w.copulas.contains(l)
                || w.auxiliaries.contains(l)
                || w.irregular_past.contains(l)
                || listed(&toks, i).is_some_and(|v| v.past)
                || (l.ends_with("ed") && l.chars().count() >= 5))
    })
}

/// `, Anton Weiss.` after an attribution: only a name, set off by a comma, ends the sentence
/// (the quoted words do not go on after it).
fn name_ends(rest: &str) -> bool {
    let Some(tail) = rest.strip_prefix(',') else {
        return false;
    };
    let toks = tokens(tail, 0..tail.len(), 8);
    let n = toks.iter().take_while(|t| t.cap()).count();
    let after = &toks[n..];
    n > 0 && (after.is_empty() || (after.len() == 1 && matches!(after[0].text, "." | "!" | "?")))
}

/// Whether a colon introduction is only a caption label (`Photo: "…"`).
pub fn caption_label(text: &str, from: usize, colon: usize) -> bool {
    let toks = tokens(text, from..colon, 4);
    toks.len() == 1 && words().captions.contains(toks[0].lower().as_ref())
}

/// Whether a colon introduction names no one: the words before the colon are a time word alone
/// (`Yesterday:`), words of time alone (`Last December:`, `This morning:`), or a phrase opened
/// by a preposition of time, place or manner (`Under the new plan:`, `On Tuesday:`, `In the
/// end:`, `Throughout the winter:`, `By nightfall:`), holding no name, person, body, pronoun,
/// possessive, noun of words said or written and no verb. After a preposition whose object
/// is a time or a place (not `for`, `to`, `with`: `person-prepositions`), a noun that is a
/// person only by its ending is a thing (`the winter`, `the border`, `the incident`) and a
/// word that ends an organisation's name a place (`the theatre`). A source preposition
/// (`from`, `by`, `per`) before anything but a time may name a speaker, so it is left
/// attributed, as is any other shape.
pub fn orphan_colon(text: &str, from: usize, colon: usize) -> bool {
    let w = words();
    let toks = tokens(text, from..colon, 10);
    if toks.is_empty() || toks.len() > 8 || toks.iter().any(|t| !t.word) {
        return false;
    }
    let first = toks[0].lower();
    if toks.len() == 1 {
        return w.times.contains(first.as_ref()) && !w.between.contains(first.as_ref());
    }
    if only_times(w, &toks) {
        return true;
    }
    // `The old boiler groaned:`: a sound no one made introduces no one's words.
    let last = toks.len() - 1;
    if listed(&toks, last).is_some_and(|vf| vf.flags.sound) && thing_subject(w, &toks[..last], 8) {
        return true;
    }
    // `By nightfall:`, `By the morning:`: a source preposition before a time alone.
    if w.source_links.contains(first.as_ref()) || w.credit_prepositions.contains(first.as_ref()) {
        return first == "by" && toks.len() <= 3 && only_times(w, &toks[1..]);
    }
    let opens = w.beat_prepositions.contains(first.as_ref())
        || w.prepositions.contains(first.as_ref())
        || w.colon_prepositions.contains(first.as_ref());
    // After a preposition of time or place, a noun known only by its ending is no person.
    let scene = !w.person_prepositions.contains(first.as_ref());
    opens
        && toks.windows(2).all(|pair| {
            let t = &pair[1];
            let l = t.lower();
            let l = l.as_ref();
            let name = t.cap() && !crate::people::is_common_word(t.text);
            let person = if scene {
                crate::people::is_listed_person_noun(l)
            } else {
                crate::people::is_person_noun(l)
                    || crate::people::is_title_or_kin(l)
                    || crate::people::is_organisation_head(l)
            };
            let someone = person
                || w.pronouns.contains(l)
                || w.first_person.contains(l)
                || w.objects.contains(l)
                || possessive_word(l);
            let speech = crate::people::is_speech_noun(l)
                || said_noun(l)
                || cues::verb_form(l).is_some()
                // After a determiner an -ed or -s word is an adjective or a noun (`the
                // revised timetable`, `the crowds`), not a verb.
                || (verb_like(w, l) && !w.determiners.contains(pair[0].lower().as_ref()));
            !name && !someone && !speech
        })
}

/// Words of time alone, with a determiner, a number or the name of a day or month
/// (`Last December`, `This morning`, `Early that evening`): at least one word of time.
fn only_times(w: &Words, toks: &[Tok]) -> bool {
    let time = |t: &Tok| w.times.contains(t.lower().as_ref());
    toks.iter().any(time)
        && toks.iter().all(|t| {
            let l = t.lower();
            time(t)
                || (t.cap()
                    && crate::people::is_common_word(t.text)
                    && !w.function.contains(l.as_ref()))
                || t.text.bytes().all(|b| b.is_ascii_digit())
                || w.determiners.contains(l.as_ref())
        })
}

/// The name on a credit line that opens `text[from..to]`: `— Ines Moreau, harbour master` or
/// `-- Ines Moreau`. A caption (`Photo: …`) is no credit.
pub fn credit_line(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    credit_name(text, from, to, false)
}

/// The name on a credit right after a quotation in its paragraph: a credit line, or one
/// hyphen set off by spaces (`"…" - Helen Osei, head teacher`), plain text's dash; at the
/// start of a paragraph a lone hyphen opens a list item instead, so only here.
pub fn inline_credit(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let spaced = text[..from].ends_with(char::is_whitespace) && text[from..].starts_with("- ");
    credit_name(text, from, to, spaced)
}

/// [`credit_line`], also after one hyphen with `hyphen`.
fn credit_name(text: &str, from: usize, to: usize, hyphen: bool) -> Option<Range<usize>> {
    let toks = tokens(text, from..to, 40);
    let dashes = toks
        .iter()
        .take_while(|t| matches!(t.text, "—" | "―" | "–" | "-"))
        .count();
    let ok_dash = dashes == 1 && (toks[0].text != "-" || hyphen) || dashes == 2 && toks[0].is("-");
    let words_in_line = toks.iter().filter(|t| t.word).count();
    if !ok_dash || words_in_line > 25 {
        return None;
    }
    let name = toks.get(dashes)?;
    if !name.cap() {
        return described_credit(&toks[dashes..]).or_else(|| titled_credit(&toks[dashes..]));
    }
    if words().captions.contains(name.lower().as_ref()) {
        return None;
    }
    Some(name.range())
}

/// A credit that describes its speaker instead of naming them (`— a resident of Mill Lane`,
/// `— the council's highways officer`, `-- one shopkeeper`, `— one of the volunteers`): a
/// determiner (`one of the`), then words up to
/// punctuation or a function word, the last of them a noun that names a person. The range
/// from the determiner to that noun.
fn described_credit(toks: &[Tok]) -> Option<Range<usize>> {
    let w = words();
    let det = toks
        .first()
        .filter(|t| t.word && w.determiners.contains(t.lower().as_ref()))?;
    // `one of the volunteers`: the phrase after the partitive's determiner.
    let partitive = det.lower() == "one"
        && toks.get(1).is_some_and(|t| t.lower() == "of")
        && toks
            .get(2)
            .is_some_and(|t| t.word && w.determiners.contains(t.lower().as_ref()));
    let phrase = toks[if partitive { 3 } else { 1 }..]
        .iter()
        .take(6)
        .take_while(|t| t.word && !t.cap() && !w.function.contains(t.lower().as_ref()));
    let head = phrase.last()?;
    let noun = head.lower();
    let noun = noun.trim_end_matches("'s").trim_end_matches("’s");
    crate::people::is_person_head(noun).then(|| det.range().start..head.range().end)
}

/// A credit that gives its speaker's role in lowercase before the name, as AP writes it
/// (`— council leader Amy Stroud`, `— chief executive Lena Sorvik`): a few lowercase words, the
/// last of them a role or a title, then a capitalised name. From the role to the name's first
/// word.
fn titled_credit(toks: &[Tok]) -> Option<Range<usize>> {
    let w = words();
    let role = toks
        .iter()
        .take(5)
        .take_while(|t| t.word && !t.cap() && !w.function.contains(t.lower().as_ref()))
        .count();
    let last = toks.get(role.checked_sub(1)?)?.lower();
    let name = toks.get(role).filter(|t| t.cap())?;
    let person = crate::people::is_person_head(&last) || crate::people::is_title_or_kin(&last);
    (person && !w.captions.contains(name.lower().as_ref())).then(|| toks[0].start..name.range().end)
}

/// The name a table cell holds: a capitalised word among its first few that is not an ordinary
/// word (`Demir`, `Will Carter`, `Rosa Delgado (Labour)`; not `Poster`, `The mayor` or `2024`).
/// A cell that opens with a quotation mark holds words, not a speaker.
pub fn cell_name(text: &str, cell: Range<usize>) -> Option<Range<usize>> {
    let toks = tokens(text, cell, 4);
    if toks.first().is_none_or(|t| !t.word) {
        return None;
    }
    toks.iter()
        .take_while(|t| t.word)
        .find(|t| t.cap() && !crate::people::is_ordinary_word(t.text))
        .map(Tok::range)
}

/// Whether the words before a reporting verb negate it: `did not say`, `never told`,
/// `declined to comment`, `has yet to respond`.
fn negated(w: &Words, before: &[Tok]) -> bool {
    for (seen, (i, t)) in before.iter().enumerate().rev().enumerate() {
        if !t.word || seen >= 4 {
            return false;
        }
        let l = t.lower();
        let next_only = before.get(i + 1).is_some_and(|n| n.lower() == "only");
        if w.negates(&l) && !next_only {
            return true;
        }
        if l == "to" {
            let refusal = before[..i]
                .iter()
                .rev()
                .take(2)
                .take_while(|p| p.word)
                .map(Tok::lower)
                .find(|p| p != "immediately");
            if refusal.is_some_and(|p| w.refusals.contains(p.as_ref() as &str)) {
                return true;
            }
        }
        if matches!(
            l.as_ref(),
            "and"
                | "but"
                | "or"
                | "so"
                | "while"
                | "because"
                | "which"
                | "who"
                | "that"
                | "although"
                | "though"
        ) {
            return false;
        }
    }
    false
}

/// `say` set off by commas with no subject (`a rise of, say, one point`): an example, not
/// speech.
fn aside(text: &str, range: &Range<usize>) -> bool {
    text[range.clone()].eq_ignore_ascii_case("say")
        && text[..range.start].trim_end().ends_with(',')
        && text[range.end..].trim_start().starts_with(',')
}

/// Whether the cue at `range` is part of an idiom (`all told`, `that said`, `according to
/// plan`).
fn in_idiom(w: &Words, text: &str, range: &Range<usize>) -> bool {
    let cue = text[range.clone()].to_ascii_lowercase();
    if !cue.split_whitespace().any(|c| w.idiom_words.contains(c)) {
        return false; // the common case, decided without reading the window
    }
    let lo = floor(text, range.start.saturating_sub(24));
    let hi = ceil(text, (range.end + 24).min(text.len()));
    let window = text[lo..hi].to_lowercase();
    if window.len() != hi - lo {
        return false; // lowercasing changed the length: offsets no longer line up
    }
    let (cs, ce) = (range.start - lo, range.end - lo);
    // An idiom that holds the cue holds its words: the others are not searched for.
    let cue = window.get(cs..ce).unwrap_or("").as_bytes();
    let holds_cue = |idiom: &str| {
        cue.is_empty() || (idiom.as_bytes().windows(cue.len())).any(|x| x[0] == cue[0] && x == cue)
    };
    w.idioms
        .iter()
        .filter(|idiom| holds_cue(idiom))
        .any(|idiom| {
            window.match_indices(idiom).any(|(i, _)| {
                let bounded = window[..i]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && window[i + idiom.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                bounded && i <= cs && ce <= i + idiom.len()
            })
        })
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether a form that may be a noun (`notes`, `claims`, `report`) is a verb here: a subject
/// before it (`her neighbour notes`, `Smith claims`), not a determiner (`the notes`), and
/// after it what a reporting verb takes (`that`, `the`, `its`, a clause's end) rather than a
/// verb of its own (`the clearest signals come`). A bare form (`report`, `claim`) must agree
/// with its subject: a plural (`officials report`, `we claim`) or an auxiliary between
/// (`she will report`); after a singular it is a noun (`read the safety report`).
fn after_subject(w: &Words, before: &[Tok], after: &[Tok], bare: bool) -> bool {
    // Past the adverbs between a subject and its verb: `Greta Falk still recalls`.
    let adverbs = before
        .iter()
        .rev()
        .take_while(|t| {
            let l = t.lower();
            t.word && !t.cap() && (w.between.contains(l.as_ref()) || l.ends_with("ly"))
        })
        .count();
    let Some(prev) = before[..before.len() - adverbs].last().filter(|t| t.word) else {
        return false;
    };
    let p = prev.lower();
    let object_next = match after.first() {
        None => true,
        Some(t) if !t.word => matches!(t.text, "." | "," | ";" | ":" | "!" | "?"),
        Some(t) => {
            let l = t.lower();
            w.determiners.contains(l.as_ref())
                || w.objects.contains(l.as_ref())
                || matches!(
                    l.as_ref(),
                    "that" | "how" | "why" | "what" | "whether" | "when" | "who" | "if"
                )
        }
    };
    let agrees = !bare
        || before[before.len() - adverbs..]
            .iter()
            .any(|t| w.auxiliaries.contains(t.lower().as_ref()))
        || w.plural_subjects.contains(p.as_ref())
        || (p.ends_with('s') && !p.ends_with("ss"));
    object_next
        && agrees
        && !w.determiners.contains(p.as_ref())
        && !w.function.contains(p.as_ref())
        && !p.starts_with(|c: char| c.is_ascii_digit())
}

/// `to leave` (an infinitive), as opposed to `to reporters`, `to the council`, `to him`.
fn infinitive(w: &Words, t: Option<&Tok>) -> bool {
    let Some(t) = t.filter(|t| t.word && !t.cap()) else {
        return false;
    };
    let l = t.lower();
    let plural = l.ends_with('s') && !l.ends_with("ss");
    !(w.determiners.contains(l.as_ref())
        || w.objects.contains(l.as_ref())
        || plural
        || l.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// Whether what follows a reporting verb makes it report no speech: `asked for the files`,
/// `told to leave`, `said to be`, `asked the mayor to reopen` (a directive verb).
fn object_not_speech(w: &Words, vf: VerbForm, after: &[Tok]) -> bool {
    // `will add £180`, `added 12 jobs`; but `added 20 officers would go` reports a clause.
    let clause = || {
        after.iter().take(8).any(|t| {
            let l = t.lower();
            w.auxiliaries.contains(l.as_ref()) || w.copulas.contains(l.as_ref())
        })
    };
    if vf.flags.joins && after.first().is_some_and(|t| amount(t.text)) && !clause() {
        return true;
    }
    let Some(first) = after.first().filter(|t| t.word) else {
        return false;
    };
    let l = first.lower();
    if vf.flags.joins && joined_to(after) {
        return true;
    }
    // `said nothing`, `asked for the files` (`spoke for an hour` still reports speech).
    if l == "nothing" || (l == "for" && vf.flags.directive) {
        return true;
    }
    if l == "to" {
        // `was heard to say` speaks.
        return !vf.flags.commissive && !vf.flags.hears && infinitive(w, after.get(1));
    }
    if !vf.flags.directive {
        return false;
    }
    // `asked the mayor to reopen`, `told staff to leave`: a short object, then `to` + verb.
    after
        .iter()
        .take(5)
        .take_while(|t| {
            t.word
                && !matches!(
                    t.lower().as_ref(),
                    "that" | "whether" | "if" | "how" | "why" | "what"
                )
        })
        .position(|t| t.lower() == "to")
        .is_some_and(|i| i > 0 && infinitive(w, after.get(i + 1)))
}

/// Whether a word after a verb opens or carries a clause it reports (`that`, `whether`, an
/// auxiliary or a copula: `confirmed the school would close`), rather than ending on a thing.
fn reports_clause_word(w: &Words, l: &str) -> bool {
    matches!(l, "that" | "whether" | "if" | "how" | "why" | "what")
        || w.auxiliaries.contains(l)
        || w.copulas.contains(l)
}

/// Whether the words after a verb that also acts on things (`&`) make it act on one: an
/// object, or a phrase after `to`, `with`, `for` or `by`, that names neither words said nor
/// a listener (`reported a loss of £3m`, `responded to the blaze`, `answered with a shrug`,
/// `reported for duty`, `claimed the title`, `responded by closing the road`). No object (`the firm reported.`), a time (`responded
/// last night`), a reported clause (`reported that …`, `reported sales were down`), words
/// (`answered questions`, `replied with a statement`) or a listener (`responded to him`,
/// `answered reporters`, `replied to the council`, `responded to Ines Moreau`) still speak.
fn acts_on_thing(w: &Words, vf: VerbForm, after: &[Tok]) -> bool {
    if !vf.flags.acts {
        return false;
    }
    // The verb's own clause, to its first punctuation (a sum of money's sign goes on it).
    let clause: Vec<&Tok> = after
        .iter()
        .take_while(|t| t.word || amount(t.text))
        .collect();
    // Lowercase only: `in May` is a month, not `may`.
    let reports = clause.iter().filter(|t| !t.cap()).any(|t| {
        let l = t.lower();
        l == "when" || reports_clause_word(w, &l)
    });
    let Some(first) = clause.first() else {
        return false;
    };
    if reports {
        return false;
    }
    let l = first.lower();
    let to = l == "to";
    let (np, by) = match l.as_ref() {
        "to" | "with" | "for" => (&clause[1..], false),
        "by" => (&clause[1..], true),
        // An object: a determiner, a sum, a name or a plain word (not `on Monday`, `firmly`).
        _ if first.cap()
            || amount(first.text)
            || w.determiners.contains(l.as_ref())
            || !(w.function.contains(l.as_ref())
                || w.prepositions.contains(l.as_ref())
                || w.between.contains(l.as_ref())
                || w.negates(&l)
                || adverb(&l)) =>
        {
            (&clause[..], false)
        }
        _ => return false,
    };
    // `responded by saying` speaks; `responded by closing the road` acts.
    if by && np.first().is_some_and(|t| t.lower().ends_with("ing")) {
        return cues::verb_form(&np[0].lower()).is_none();
    }
    // The noun phrase, to a word that opens another phrase (`a loss of £3m`).
    let np: Vec<&&Tok> = np
        .iter()
        .take(5)
        .take_while(|t| {
            let l = t.lower();
            amount(t.text) || w.determiners.contains(l.as_ref()) || !w.function.contains(l.as_ref())
        })
        .collect();
    let words: Vec<Cow<str>> = np.iter().filter(|t| t.word).map(|t| t.lower()).collect();
    if words.is_empty() && np.is_empty() {
        return false;
    }
    let content = || words.iter().filter(|l| !w.determiners.contains(l.as_ref()));
    if content().next().is_some() && content().all(|l| w.times.contains(l.as_ref())) {
        return false;
    }
    let speaks = np.iter().any(|t| t.cap())
        || words.iter().any(|l| {
            let l = l.as_ref();
            w.objects.contains(l) || listener_noun(l, to) || words_noun(w, l)
        });
    !speaks
}

/// A noun of words said or written (`questions`, `claims`, `statement`, `letter`), not of a
/// gesture (`shrug`, `smile`: reporting verbs only beside a quotation).
fn words_noun(w: &Words, lower: &str) -> bool {
    let one = lower.strip_suffix('s').unwrap_or(lower);
    let gesture = [lower, one]
        .iter()
        .any(|x| cues::verb_form(x).is_some_and(|f| f.flags.shape_only));
    [lower, one]
        .iter()
        .any(|x| w.word_nouns.contains(x) || w.documents.contains(x))
        || (!gesture && speech_noun(lower))
}

/// Someone who hears words: people by role in the plural (`reporters`, `residents`), a title
/// (`the mayor`) or kin, or after `to` a body (`replied to the council`). A singular word with
/// a role noun's ending is too often a thing (`the incident`, `a higher turnover`), and a word
/// that ends an organisation's name may be a thing as an object (`claimed the cup`).
fn listener_noun(lower: &str, after_to: bool) -> bool {
    let plural = lower.ends_with('s') && !lower.ends_with("ss");
    (plural && crate::people::is_person_noun(lower))
        || crate::people::is_title_or_kin(lower)
        || (after_to && crate::people::is_organisation_head(lower))
}

/// `to` in the verb's own clause (`add £180 a year to the bill`, `added to the list`): the
/// clause ends at punctuation or at a word that opens a reported clause.
fn joined_to(after: &[Tok]) -> bool {
    after
        .iter()
        .take(8)
        .take_while(|t| t.word || amount(t.text))
        .take_while(|t| !matches!(t.lower().as_ref(), "that" | "whether" | "if" | "how"))
        .any(|t| t.is("to"))
}

/// A number or a sum of money (`12`, or the `£` of `£180`).
fn amount(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '$' | '€' | '¥' | '₹'))
}

/// Whether a reporting cue found anywhere in a paragraph attributes speech there: not in a
/// question (`Did the mayor say so?`), not negated, not with an action for its object.
/// `text` is the paragraph with quotations blanked; `sentence` is the cue's sentence.
pub fn cue_reports_speech(text: &str, sentence: Range<usize>, m: &CueMatch) -> bool {
    let w = words();
    let tail = text.get(m.range.end..sentence.end).unwrap_or("");
    let asks = text.get(sentence.clone()).is_some_and(|s| {
        s.trim_end()
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with('?')
    });
    if asks {
        return false;
    }
    if in_idiom(w, text, &m.range) || aside(text, &m.range) {
        return false;
    }
    let Some(vf) = m.verb else {
        return true;
    };
    // Twelve words back for a negative subject with a phrase after it (`None of the directors
    // of the harbour company has said`), eight for the rest.
    let wide = tokens_before(text, sentence.start.min(m.range.start)..m.range.start, 12);
    let before = &wide[wide.len().saturating_sub(8)..];
    let after = tokens(tail, 0..tail.len(), 8);
    if negative_subject(w, before, 8) || near_negative_subject(w, &wide) {
        return false;
    }
    // `The wind howled.`, `A dog barked.`: a sound that no one made.
    if vf.flags.sound && thing_subject(w, before, 8) {
        return false;
    }
    // `An X-ray revealed a fracture.`, `The town observed a minute's silence.`, `The firm
    // recalled 10,000 heaters.`: a verb that also finds or keeps things, said of a thing or
    // with a count or an observance for its object.
    if vf.flags.finds && (found_by_thing(w, before) || kept_or_counted(w, &after)) {
        return false;
    }
    // `"…" — that was the promise everyone remembered`: a verb in the clause about the words
    // that a dash's pointing clause names, not of who said them.
    if after_dash_pointer(w, before) {
        return false;
    }
    let before = &before[before.len().saturating_sub(6)..];
    if vf.flags.noun_like && !vf.past {
        let word = text.get(m.range.clone()).unwrap_or("").to_lowercase();
        let bare = !word.ends_with('s') && !word.ends_with("ing");
        if !after_subject(w, before, &after, bare) {
            return false;
        }
    }
    !negated(w, before)
        && !attributive(w, vf, before, &after)
        && !object_not_speech(w, vf, &after)
        // Only away from a quotation: beside one, `she answered with a shrug` still speaks.
        && !acts_on_thing(w, vf, &after)
        && !heard(w, Some(vf), before, m.range.start, &after)
}

/// Whether the clause that `before` ends in follows a dash and opens with a pointer, a verb
/// of being and a determiner (`— that was the promise everyone`, `- that's the question the
/// inquiry must`): the clause names the words, and its verb tells what became of them.
fn after_dash_pointer(w: &Words, before: &[Tok]) -> bool {
    let Some(dash) = before.iter().rposition(|t| !t.word) else {
        return false;
    };
    if !matches!(before[dash].text, "—" | "―" | "–" | "-" | "--") {
        return false;
    }
    let clause = &before[dash + 1..];
    let pointer = |t: &Tok| t.word && w.pointers.contains(t.lower().as_ref());
    let contracted = |t: &Tok| {
        t.word
            && ["'s", "’s"].iter().any(|s| {
                t.lower()
                    .strip_suffix(s)
                    .is_some_and(|p| w.pointers.contains(p))
            })
    };
    let det = |t: &Tok| t.word && w.determiners.contains(t.lower().as_ref());
    match clause {
        [p, be, d, _, ..] if pointer(p) && w.copulas.contains(be.lower().as_ref()) => det(d),
        [p, d, _, ..] if contracted(p) => det(d),
        _ => false,
    }
}

/// Whether the subject of a verb that also finds things (`*`) is a thing or a place that
/// speaks for no one (`An X-ray`, `Tests`, `The town`): [`thing_subject`], but no body that
/// speaks (`the council`, `the government`), and a hyphened word or an ordinary word written
/// with a capital (`X-ray`) may be its head.
fn found_by_thing(w: &Words, before: &[Tok]) -> bool {
    let start = match before.iter().rposition(|t| !t.word) {
        Some(i) => i + 1,
        None if before.len() < 8 => 0,
        None => return false,
    };
    let clause = &before[start..];
    let Some(head) = clause
        .iter()
        .rev()
        .find(|t| !(adverb(&t.lower()) || w.between.contains(t.lower().as_ref())))
    else {
        return false;
    };
    let l = head.lower();
    let body = crate::people::is_organisation_head(&l)
        || w.stance_bodies.contains(l.as_ref())
        || crate::people::is_many_people(&l);
    if body {
        return false;
    }
    if thing_subject(w, before, 8) {
        return true;
    }
    // `An X-ray`, `The MRI scan`: a determiner, then ordinary words, a hyphened one capitalised.
    let [det, rest @ ..] = clause else {
        return false;
    };
    !rest.is_empty()
        && w.determiners.contains(det.lower().as_ref())
        && !possessive(det)
        && rest.iter().all(|t| {
            let l = t.lower();
            t.word
                && !possessive(t)
                && l.contains('-')
                && l.chars().all(|c| c.is_alphabetic() || c == '-')
                && l.split('-').all(crate::people::is_ordinary_word)
        })
        && !crate::people::is_person_head(&l)
}

/// Whether the object after a verb that also keeps or takes back things (`*`) is a count
/// (`recalled 10,000 heaters`) or an observance kept rather than said (`observed a minute's
/// silence`), with no clause of its own after it (`confirmed 12 people had died` reports).
fn kept_or_counted(w: &Words, after: &[Tok]) -> bool {
    // A plural's apostrophe stays in the clause (`two minutes' silence`).
    let clause: Vec<&Tok> = after
        .iter()
        .take_while(|t| t.word || amount(t.text) || matches!(t.text, "'" | "’"))
        .filter(|t| t.word || amount(t.text))
        .collect();
    let reports = clause.iter().any(|t| reports_clause_word(w, &t.lower()));
    let Some(first) = clause.first() else {
        return false;
    };
    if reports {
        return false;
    }
    if amount(first.text) {
        return true;
    }
    // The noun phrase's head: its last word before a function word (`silence for the dead`).
    let np = clause
        .iter()
        .take(5)
        .take_while(|t| {
            let l = t.lower();
            w.determiners.contains(l.as_ref())
                || !(w.function.contains(l.as_ref())
                    || w.prepositions.contains(l.as_ref())
                    || w.beat_prepositions.contains(l.as_ref()))
        })
        .last();
    np.is_some_and(|t| w.observances.contains(t.lower().as_ref()))
}

/// Whether the clause that `before` (at most `max` tokens, read back from a verb of sound)
/// ends in has for its subject a thing or an animal, which makes the sound but says no words:
/// a noun phrase whose head (before any phrase after it: `a dog in the yard`) is no noun of a
/// person or of a group of people (`The wind`, `Sirens`, `Her old van`, `the mayor's dog`), or
/// `it`. Not when the clause is cut short, opens on no plain noun phrase (`and`, a pronoun, a
/// clause), or holds a name: who it is is then unknown.
fn thing_subject(w: &Words, before: &[Tok], max: usize) -> bool {
    let start = match before.iter().rposition(|t| !t.word) {
        Some(i) => i + 1,
        None if before.len() < max => 0,
        None => return false,
    };
    let mut clause = &before[start..];
    // `as the wind howled`, `then a dog barked`, `the dogs also barked`
    let loose = |t: &Tok| {
        let l = t.lower();
        adverb(&l) || w.between.contains(l.as_ref()) || w.times.contains(l.as_ref())
    };
    while let Some((first, rest)) = clause.split_first() {
        if !(w.function.contains(first.lower().as_ref()) || loose(first)) {
            break;
        }
        clause = rest;
    }
    while let Some((last, rest)) = clause.split_last() {
        if !loose(last) {
            break;
        }
        clause = rest;
    }
    let Some(first) = clause.first() else {
        return false;
    };
    let l0 = first.lower();
    if clause.len() == 1 && l0 == "it" {
        return true;
    }
    // A name, or a capitalised word that opens the sentence and is no ordinary word.
    let opens_sentence = start == 0 && std::ptr::eq(first, &before[0]);
    let capital_ok = |i: usize, t: &Tok| {
        !t.cap()
            || possessive(t)
            || (i == 0
                && (w.determiners.contains(l0.as_ref())
                    || (opens_sentence
                        && crate::people::is_ordinary_word(t.text)
                        && !crate::people::is_given_name(t.text))))
    };
    // The head: the last word before a phrase that says which one (`at`, `waiting`).
    let ends_head = |t: &Tok| {
        let l = t.lower();
        w.function.contains(l.as_ref())
            || w.beat_prepositions.contains(l.as_ref())
            || w.relatives.contains(l.as_ref())
            || (l.len() > 5 && l.ends_with("ing"))
    };
    let h = (1..clause.len())
        .find(|&i| ends_head(&clause[i]))
        .unwrap_or(clause.len());
    let noun = &clause[..h];
    let Some(head) = noun.last() else {
        return false;
    };
    let l = head.lower();
    let plain = noun.iter().enumerate().all(|(i, t)| {
        let l = t.lower();
        t.word
            && capital_ok(i, t)
            && !w.pronouns.contains(l.as_ref())
            && !w.negates(&l)
            && (i == 0 || !w.function.contains(l.as_ref()))
    });
    plain
        && !possessive(head)
        && !w.determiners.contains(l.as_ref())
        && !w.group_subjects.contains(l.as_ref())
        && !crate::people::is_person_head(&l)
        && l.chars().all(char::is_alphabetic)
}

/// Whether the clause that `before` (at most `max` tokens, read back from a verb) ends in
/// opens on a subject that is no one (`Nobody at the council would comment`, `No one from
/// the trust responded`), a negation too far back for [`negated`]. Unknown when `before`
/// was cut short inside the clause.
fn negative_subject(w: &Words, before: &[Tok], max: usize) -> bool {
    let start = match before.iter().rposition(|t| !t.word) {
        Some(i) => i + 1,
        None if before.len() < max => 0,
        None => return false,
    };
    before
        .get(start)
        .is_some_and(|t| w.negative_subjects.contains(t.lower().as_ref()))
}

/// Whether the verb after `before` has a negative subject a few words back, past a phrase
/// that qualifies it and an auxiliary (`the question nobody on the council has answered`,
/// `no one at the depot would say`): words of a noun phrase only, no pronoun, no other verb.
fn near_negative_subject(w: &Words, before: &[Tok]) -> bool {
    for (seen, (i, t)) in before.iter().enumerate().rev().enumerate() {
        let l = t.lower();
        if !t.word || seen >= 10 {
            return false;
        }
        let subject = w.negative_subjects.contains(l.as_ref())
            || (l == "one" && i > 0 && before[i - 1].lower() == "no");
        // `no` before a noun: `no official`, `no one`; `nobody`, `none` alone.
        if subject && (l != "no" || seen >= 1) {
            return true;
        }
        if w.pronouns.contains(l.as_ref()) {
            return false;
        }
        // A determiner after a noun opens another subject (`no evidence the mayor said`);
        // after a preposition it is inside the phrase (`nobody on the council`).
        if w.determiners.contains(l.as_ref())
            && i > 0
            && !w.function.contains(before[i - 1].lower().as_ref())
            && !w.prepositions.contains(before[i - 1].lower().as_ref())
        {
            return false;
        }
        // Another verb ends the phrase: the negative word is not this verb's subject.
        let verb_like = l.ends_with("ed") || l.ends_with("ing");
        if verb_like && !w.between.contains(l.as_ref()) {
            return false;
        }
    }
    false
}

/// Whether a past form stands as an adjective or a noun after an article or a possessive
/// (`the accused`, `the newly announced budget`, `his reported remarks`), or after a number or
/// a quantifier with a noun of its own (`340 confirmed cases`; but `Two said they`, `Many said
/// so`): no one speaks there.
fn attributive(w: &Words, vf: VerbForm, before: &[Tok], after: &[Tok]) -> bool {
    if !vf.past {
        return false;
    }
    // Past an adverb of manner: `the newly announced`.
    let adverb = before
        .last()
        .is_some_and(|t| t.word && !t.cap() && t.lower().ends_with("ly"));
    let Some(prev) = before[..before.len() - usize::from(adverb)].last() else {
        return false;
    };
    let p = prev.lower();
    if !prev.word {
        return false;
    }
    let article = matches!(p.as_ref(), "the" | "a" | "an") || possessive_word(p.as_ref());
    let quantity = p.starts_with(|c: char| c.is_ascii_digit())
        || (w.determiners.contains(p.as_ref()) && !article && !w.pointers.contains(p.as_ref()));
    let noun_next = after.first().is_some_and(|t| {
        let l = t.lower();
        t.word
            && !t.cap()
            && !w.pronouns.contains(l.as_ref())
            && !w.objects.contains(l.as_ref())
            && !w.function.contains(l.as_ref())
            && !w.determiners.contains(l.as_ref())
            && !w.relatives.contains(l.as_ref())
            && !w.between.contains(l.as_ref())
            && !l.ends_with("ly")
            // A count takes a plural noun (`340 confirmed cases`), `each` a singular one.
            && (l.ends_with('s') || matches!(p.as_ref(), "1" | "one" | "each" | "every" | "another"))
    });
    article || (quantity && noun_next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trail(s: &str) -> Option<&str> {
        trailing(s, 0, s.len(), true).map(|(r, _)| &s[r])
    }

    #[test]
    fn trailing_shapes() {
        assert_eq!(
            trail(" concurred Ines Moreau, a fund manager."),
            Some("concurred")
        );
        assert_eq!(
            trail(" Ines Moreau, a fund manager, concurred."),
            Some("concurred")
        );
        assert_eq!(trail(" the spokesman for the port said."), Some("said"));
        assert_eq!(trail(" she later recalled."), Some("recalled"));
        assert_eq!(trail(" Mr. Tan beamed."), Some("beamed"));
        assert_eq!(trail(" officials said on Monday."), Some("said"));
        assert_eq!(trail(" Smith's lawyer told the court."), Some("told"));
        assert_eq!(trail(" she went on."), Some("went"));
        assert_eq!(trail(" writes economist Lena Brandt."), Some("writes"));
        assert_eq!(trail(" vows harbour master"), Some("vows"));
        assert_eq!(trail(" one of the organisers grumbled."), Some("grumbled"));
        assert_eq!(trail(" adds weight to the case."), None);
        assert_eq!(trail(" she did not say."), None);
        assert_eq!(trail(" and then the lights went out."), None);
        assert_eq!(trail(" because nobody came."), None);
    }

    #[test]
    fn leading_shapes() {
        fn lead(s: &str) -> Option<&str> {
            leading_comma(s, 0, s.len()).map(|r| &s[r])
        }
        assert_eq!(lead("Ines Moreau concurred,"), Some("concurred"));
        assert_eq!(lead("He told reporters,"), Some("told"));
        assert_eq!(lead("Then she added,"), Some("added"));
        assert_eq!(lead("In the end,"), None);
        assert_eq!(lead("When the council voted on Monday,"), None);
    }

    #[test]
    fn cues_that_report_no_speech() {
        let check = |s: &str| {
            let m = crate::cues::Cues::builtin().matches(s).next();
            m.is_some_and(|m| cue_reports_speech(s, 0..s.len(), &m))
        };
        assert!(check("The mayor said the pool would reopen."));
        assert!(!check("The mayor did not say when the pool would reopen."));
        assert!(!check("The mayor declined to comment."));
        assert!(!check(
            "Residents voted to ask the mayor to reopen the pool."
        ));
        assert!(!check("The keeper was told to leave."));
        assert!(!check("She asked for the files."));
        assert!(!check("Did the mayor say when it would reopen?"));
        assert!(check("She spoke to reporters on Monday."));
        assert!(check("The mayor vowed to reopen the pool."));
        assert!(!check("He has yet to respond."));
        assert!(!check("All told, the repairs cost more than the pier."));
        assert!(!check("The storm warning was lifted."));
        assert!(!check("The claims were false."));
        assert!(!check("His notes from the meeting."));
        assert!(check("Her neighbour notes that nobody came."));
        assert!(!check("The clearest signals come when all agree."));
        let far = format!("{} he remarks.", " ".repeat(80));
        assert!(check(&far));
    }

    #[test]
    fn credits_and_captions() {
        fn credit(s: &str) -> Option<&str> {
            credit_line(s, 0, s.len()).map(|r| &s[r])
        }
        assert_eq!(credit("— Ines Moreau, harbour master"), Some("Ines"));
        assert_eq!(credit("-- Ines Moreau"), Some("Ines"));
        assert_eq!(credit("— Photo: Ines Moreau"), None);
        assert_eq!(credit("Photo: Ines Moreau"), None);
        // A lone hyphen is a dash only after the quotation, set off by spaces.
        assert_eq!(credit("- Ines Moreau"), None);
        let inline = "\"…\" - Ines Moreau, harbour master";
        let name = inline_credit(inline, 6, inline.len()).map(|r| &inline[r]);
        assert_eq!(name, Some("Ines"));
        let tight = "\"…\"-Ines Moreau";
        assert_eq!(inline_credit(tight, 5, tight.len()), None);
    }
}
