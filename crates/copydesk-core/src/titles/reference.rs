//! First and later references under a house style's rules of reference (`[references]` in the
//! profile): the full name without a courtesy title first, then the surname alone (AP, Reuters,
//! Guardian) or a courtesy title and the surname (NYT, WSJ: `Ms. Ruiz`; BBC, Economist:
//! `Ms Ruiz`). The people of the story say which mention is a person's first.

use super::lexicon::PointKind;
use super::style::{remove_title, Verdict};
use super::words::{ADVERBS, BESIDE_SUBJECT, FUNCTION_WORDS};
use super::{lexicon, NameShape, TitleKind, TitleUsage, TitleWord};
use crate::document::BlockKind;
use crate::finding::{Edit, Finding, Fix};
use crate::people::Person;
use crate::rule_id::RuleId;
use crate::rules::Context;
use crate::styles::{FirstReference, LaterReference, StyleProfile};
use std::collections::HashSet;
use std::ops::Range;

/// The person of the story named at `name`, if the people analysis found one.
fn person_at<'a>(cx: &'a Context, name: &Range<usize>) -> Option<&'a Person> {
    cx.person_at(name.start)
        .and_then(|p| cx.people().persons.get(p))
}

/// Whether the name after a title is its person's first mention.
fn is_first_reference(cx: &Context, u: &TitleUsage, name: &Range<usize>) -> bool {
    match person_at(cx, name) {
        Some(p) => p
            .mentions
            .first()
            .is_none_or(|m| m.range.start >= name.start),
        None => u.first_mention,
    }
}

/// The surname a later reference keeps: the person's own bare mention (`Kim` for `Kim
/// Jong-un`, `Parker Bowles`), when the draft has one and it ends the name.
fn surname(cx: &Context, name: &Range<usize>) -> Option<String> {
    let text = &cx.doc.text[name.clone()];
    let bare = person_at(cx, name)?.mentions.iter().find(|m| !m.full)?;
    (text.len() > bare.text.len() && text.ends_with(&*bare.text)).then(|| bare.text.to_string())
}

/// A courtesy title before a name against the style's rules of reference: none on a first
/// reference (`Ms. Ana Ruiz` -> `Ana Ruiz`), the surname alone after it on a later one
/// (`Ms. Ana Ruiz` -> `Ms. Ruiz`).
pub(super) fn courtesy_reference(
    style: &StyleProfile,
    u: &TitleUsage,
    cx: &Context,
    written: &str,
) -> Option<Verdict> {
    let refs = &style.references;
    let name = u.name.clone()?;
    let label = style.label();
    let text = cx.doc.text;
    let first = is_first_reference(cx, u, &name);
    if first && refs.first == FirstReference::FullName {
        return match u.shape? {
            NameShape::Full => Some(Verdict {
                range: u.range.clone(),
                message: format!(
                    "{label} style gives the full name without a courtesy title on a first reference: write \"{}\"",
                    &text[name.clone()]
                ),
                fix: Some(remove_title(cx.doc, u, written, true)),
            }),
            NameShape::Surname => {
                // Only when the draft gives the full name later: that is what the first
                // reference should have said.
                let full = person_at(cx, &name)
                    .and_then(|p| p.mentions.iter().find(|m| m.full && !m.in_quote))?;
                Some(Verdict {
                    range: u.range.start..name.end,
                    message: format!(
                        "{label} style gives the full name without a courtesy title on a first reference: write \"{}\"",
                        full.text
                    ),
                    fix: Some(Fix {
                        title: format!("Write \"{}\"", full.text),
                        edits: vec![Edit::new(u.range.start..name.end, full.text.to_string())],
                        safe: false,
                    }),
                })
            }
        };
    }
    if !first && u.shape == Some(NameShape::Full) && refs.later == LaterReference::Courtesy {
        // The surname as the draft writes it alone (`Parker Bowles`); unknown: say nothing.
        let surname = surname(cx, &name)?;
        let form = format!("{written} {surname}");
        return Some(Verdict {
            range: u.range.start..name.end,
            message: format!(
                "{label} style names a person on a later reference by a courtesy title and the surname: write \"{form}\""
            ),
            fix: Some(Fix {
                title: format!("Write \"{form}\""),
                edits: vec![Edit::new(name, surname)],
                safe: true,
            }),
        });
    }
    None
}

/// The titles the draft gives a person before its name, in its own words (not in quotations).
pub(super) fn titles_given(person: &Person) -> impl Iterator<Item = &str> {
    person
        .mentions
        .iter()
        .filter(|m| !m.in_quote)
        .filter_map(|m| m.title.as_deref())
}

/// The courtesy title the draft gives a person in its own words (`Ms`, `Mr.`, `Dr`), without
/// its point, and whether it is the one to write (it says the person's gender, or it is an
/// earned title of `later`, the style's `later_titles`: `Dr`).
fn courtesy_of(person: &Person, later: &[String]) -> Option<(String, bool)> {
    let lex = lexicon();
    titles_given(person).find_map(|t| {
        let key = t.trim_end_matches('.');
        let def = lex.def_by_title(key).or_else(|| lex.def_of_word(key))?;
        let d = &lex.defs[def];
        // `Dr` is a doctor's courtesy title, whoever the doctor is: an earned title the style
        // writes on later references in place of `Mr` or `Ms`, by its short form or spelled out
        // (`Doctor Ravi Bhatt`, then `Dr. Bhatt`).
        let earned = (d.kind == TitleKind::Academic)
            .then(|| later.iter().find(|l| lex.def_of_word(l) == Some(def)))
            .flatten();
        if let Some(short) = earned {
            return Some((short.clone(), true));
        }
        (d.kind == TitleKind::Social).then(|| {
            let gendered = matches!(lex.title_word(key), Some(TitleWord::Courtesy(Some(_))));
            (key.to_string(), gendered)
        })
    })
}

/// The military rank the draft gives a person before its name outside quotations, spelled
/// out and without its grade (`General` for `Gen. Tomas Varga`, `Colonel` for `Lt. Col.`): a
/// rank is kept on later references in place of the courtesy title (`General Varga`, not
/// `Mr. Varga`). Clerical titles are not ranks here.
pub(super) fn military_rank(text: &str, person: &Person) -> Option<String> {
    let lex = lexicon();
    // A name listed after a plural title has it too (`Gens. Tomas Varga and Ida Lunde`).
    let listed = person
        .mentions
        .iter()
        .filter(|m| !m.in_quote && m.title.is_none())
        .filter_map(|m| list_title(text.get(..m.range.start)?));
    titles_given(person).chain(listed).find_map(|t| {
        let d = &lex.defs[lex.def_of_title(t)?];
        // Military ranks are the rank-pointed titles that are also common nouns (`the
        // general`); `Reverend` is pointed so but is no noun.
        // Its last word on later references: `Colonel Raman` after `Lt. Col. Arjun Raman`.
        (d.kind == TitleKind::Formal && d.noun && d.points == PointKind::Rank)
            .then(|| d.title.split_whitespace().last().map(str::to_string))
            .flatten()
    })
}

/// Whether the draft's pronouns make a person a woman (`Some(true)`) or a man: the first
/// subject or reflexive pronoun after each of the person's mentions that open a sentence outside
/// quotations, in that sentence, before any other capitalised word (another name could own it). None when they disagree or
/// none is found.
fn pronoun_gender(text: &str, person: &crate::people::Person) -> Option<bool> {
    let mut told = None;
    for m in person.mentions.iter().filter(|m| !m.in_quote) {
        // Only a mention opening its sentence is the subject the pronoun goes back to: after
        // `praised Teague, and he left` the pronoun is the subject's.
        let before = text
            .get(..m.range.start)
            .unwrap_or_default()
            .trim_end_matches([' ', '\t']);
        let opens = before.is_empty()
            || before.ends_with('\n')
            || before.trim_end().ends_with(['.', '!', '?']);
        let Some(after) = text.get(m.range.end..).filter(|_| opens) else {
            continue;
        };
        for w in after.split_whitespace().take(25) {
            if w.contains(['"', '“', '”', '‘', '«', '»', '(']) {
                break;
            }
            let bare = w.trim_end_matches(|c: char| !c.is_alphabetic());
            // Subject and reflexive pronouns only: a possessive or an object may be someone
            // else's (`settled with a former aide over her claims`).
            let g = match bare {
                "he" | "himself" => Some(false),
                "she" | "herself" => Some(true),
                _ => None,
            };
            if let Some(g) = g {
                if told.is_some_and(|t| t != g) {
                    return None;
                }
                told = Some(g);
                break;
            }
            if bare.starts_with(char::is_uppercase) || w.ends_with(['.', '!', '?', ';', ':']) {
                break;
            }
        }
    }
    told
}

/// Later references by the surname alone where the style wants a courtesy title
/// (`Ruiz said` under NYT: `Ms. Ruiz said`).
pub fn bare_later_references(cx: &Context, style: &StyleProfile, out: &mut Vec<Finding>) {
    let refs = &style.references;
    if refs.later != LaterReference::Courtesy {
        return;
    }
    let point = if style.courtesy.full_point == Some(true) {
        "."
    } else {
        ""
    };
    // A person the draft never gives a courtesy title is named wrongly like the rest, whether
    // others have one (`Ms. Ruiz` and then a bare `Hale`) or nobody has (the draft is written
    // in another style throughout); unless the profile asks only where the draft uses them.
    let none_used = cx
        .people()
        .persons
        .iter()
        .all(|p| courtesy_of(p, &[]).is_none());
    // A bare surname two people of the story share is `ambiguous-name`'s to report: the
    // courtesy title to add depends on which of them is meant.
    let ambiguous: HashSet<usize> = cx
        .people()
        .ambiguous
        .iter()
        .map(|a| a.range.start)
        .collect();
    for person in &cx.people().persons {
        let courtesy = courtesy_of(person, &style.courtesy.later_titles);
        let rank = military_rank(cx.doc.text, person);
        if courtesy.is_none() && refs.courtesy_only_where_used {
            continue;
        }
        // A person, not a firm or a place: named in full in the draft's own words, or called
        // `Mr`/`Ms` in them (a full name the people did not read, `As an actor, Charles Lane`);
        // the bare mentions are that name's surname.
        let named = person
            .mentions
            .iter()
            .find(|m| m.full && !m.in_quote)
            .or_else(|| {
                courtesy.as_ref()?;
                person
                    .mentions
                    .iter()
                    .find(|m| !m.in_quote && m.title.is_some())
            });
        let Some(full) = named else {
            continue;
        };
        // Someone the draft never titles, beside people it does, must be plainly a person (a
        // listed given name, or a speaker): a firm's name reads like a full name too
        // (`F.W. Dodge`, `Scoring High`).
        let plainly_a_person = || {
            person.mentions.iter().any(|m| {
                m.full
                    && m.text
                        .split_whitespace()
                        .next()
                        .is_some_and(crate::people::is_given_name)
            }) || !person.quotations.is_empty()
                || rank.is_some()
        };
        if courtesy.is_none() && !none_used && !plainly_a_person() {
            continue;
        }
        // A firm, a figure of history or someone dead, whom the draft never titles, takes no
        // courtesy title: `Andersen said`, `Smith argued in 1776`.
        if courtesy.is_none() && rank.is_none() && !living_person(cx, person) {
            continue;
        }
        let surname = surname_of(&full.text);
        // The person's own later references, in the draft's words: a bare surname is reported
        // where the courtesy form is the draft's habit for this person (or nobody has one).
        let own = || {
            person
                .mentions
                .iter()
                .skip(1)
                .filter(|m| !m.in_quote && !m.full)
        };
        let titled = own().filter(|m| m.title.is_some()).count();
        // Only references to the person count: not `the Kok report`, a heading or `Brown's Britain`.
        let bare = own()
            .filter(|m| m.title.is_none() && bare_mention(cx, &m.range))
            .count();
        // Where the profile asks only where the draft uses courtesy titles, a bare surname must
        // be the odd one out (copy that mixes the two for a person has no habit to hold it to).
        let habit = if refs.courtesy_only_where_used {
            bare == 1 && titled >= 2
        } else {
            // A tie is a habit too: `Ms. Ruiz` once, then `Ruiz` once, under a style that
            // always wants the courtesy title.
            titled >= bare
        };
        // The first reference gave the person the courtesy title (`Dr. Ravi Bhatt`, `Ms. Ana
        // Ruiz`) where the style names a person in full without one: the style moves it to the
        // later references (`Ravi Bhatt`, then `Dr. Bhatt`), so each bare one takes it, whatever
        // the draft's habit, and `--fix` keeps the title the first reference loses.
        let carried = refs.first == FirstReference::FullName
            && courtesy.as_ref().is_some_and(|(t, sure)| {
                let lex = lexicon();
                *sure
                    && person
                        .mentions
                        .iter()
                        .find(|m| !m.in_quote)
                        .is_some_and(|m| {
                            m.full
                                && m.title.as_deref().is_some_and(|w| {
                                    lex.def_of_word(w).is_some()
                                        && lex.def_of_word(w) == lex.def_of_word(t)
                                })
                        })
            });
        if courtesy.is_some() && !habit && !carried {
            continue;
        }
        let mut pronouns = None;
        for m in person.mentions.iter().skip(1) {
            if m.full
                || m.title.is_some()
                || m.in_quote
                || *m.text != *surname
                || m.range.start < full.range.start
                || ambiguous.contains(&m.range.start)
                || !bare_mention(cx, &m.range)
            {
                continue;
            }
            // The pronoun the draft gives the person says which (`Brandt said she would`);
            // else both are offered, a woman's given name's first.
            let told = pronouns.get_or_insert_with(|| pronoun_gender(cx.doc.text, person));
            let feminine = told.or_else(|| {
                full.text
                    .split_whitespace()
                    .next()
                    .and_then(crate::people::given_name_feminine)
            }) == Some(true);
            let forms: Vec<String> = match &courtesy {
                _ if rank.is_some() => rank.iter().cloned().collect(),
                Some((t, true)) => vec![format!("{t}{point}")],
                _ if told.is_some() && feminine => vec![format!("Ms{point}")],
                _ if told.is_some() => vec![format!("Mr{point}")],
                _ if feminine => vec![format!("Ms{point}"), format!("Mr{point}")],
                _ => vec![format!("Mr{point}"), format!("Ms{point}")],
            };
            // A rank is the style's usage, but which a newsroom keeps on later references
            // varies (`General Varga`, `Gen. Varga`): offered, never applied by `--fix`; nor
            // is a courtesy title read from a pronoun.
            let safe = matches!(courtesy, Some((_, true))) && rank.is_none();
            let message = format!(
                "{} style names a person on a later reference by {} and the surname: write \"{}\"",
                style.label(),
                if rank.is_some() {
                    "the rank"
                } else {
                    "a courtesy title"
                },
                // Each form with the surname: `"Mr Smith" or "Ms Smith"`.
                forms
                    .iter()
                    .map(|t| format!("{t} {}", m.text))
                    .collect::<Vec<_>>()
                    .join("\" or \""),
            );
            let mut f = Finding::new(RuleId::TitleStyle, m.range.clone(), message);
            for t in forms {
                f = f.with_fix(Fix {
                    title: format!("Write \"{t} {}\"", m.text),
                    edits: vec![Edit::insert(m.range.start, format!("{t} "))],
                    safe,
                });
            }
            out.push(f);
        }
    }
}

/// Whether the draft's own words leave a person for a living person of the story: not a firm
/// named after someone (`Pell, the accounting firm,`, `Pell's said`), not someone dead (`the
/// late Harold Winslow`) or of history (a year before 1900 or a century before the 19th in a
/// sentence naming them: `Adam Smith wrote in 1776`).
fn living_person(cx: &Context, person: &Person) -> bool {
    let text = cx.doc.text;
    let qw = crate::quotes::words::words();
    !person.mentions.iter().filter(|m| !m.in_quote).any(|m| {
        let before = text[..m.range.start].trim_end();
        let late = before
            .get(before.len().saturating_sub(8)..)
            .is_some_and(|t| t.eq_ignore_ascii_case("the late"));
        let rest = &text[m.range.end..];
        // `Pell's said`: a possessive that is the firm's own name, before its verb.
        let owned_verb = ["'s ", "’s "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .is_some_and(|r| {
                let mut words = r.split(' ');
                let w = words.next().unwrap_or("");
                // What follows the verb opens its clause or object (`said the`, `said on`,
                // `said it`), where an adjective would go on to its noun (`Moore's alleged
                // interest`).
                let then = words.next().unwrap_or("").to_lowercase();
                let clause = then.is_empty()
                    || qw.determiners.contains(then.as_str())
                    || qw.function.contains(then.as_str())
                    || qw.pronouns.contains(then.as_str())
                    || qw.prepositions.contains(then.as_str())
                    || qw.relatives.contains(then.as_str());
                // A past that is never a noun (`said`, `reported`), not `Ruiz's claims`.
                (crate::cues::verb_form(w).is_some_and(|v| v.past) || qw.auxiliaries.contains(w))
                    && clause
            });
        // `Pell, the accounting firm,`: an appositive headed by an organisation's noun.
        let firm = rest.strip_prefix(", ").is_some_and(|r| {
            let mut words = r.split(' ');
            words
                .next()
                .is_some_and(|d| matches!(d.to_lowercase().as_str(), "the" | "a" | "an"))
                // The phrase's head, its last word (`the accounting firm,`), not a word
                // qualifying it (`a retired army general`).
                && words
                    .take(4)
                    // Lowercase words of the phrase itself, not of a phrase after its head
                    // (`a member of the committee`).
                    .take_while(|w| {
                        w.chars().next().is_some_and(|c| !c.is_uppercase())
                            && !qw.function.contains(*w)
                            && !qw.prepositions.contains(*w)
                    })
                    .find(|w| w.ends_with([',', '.', ';', ':']))
                    .is_some_and(|w| {
                        crate::people::is_organisation_head(w.trim_end_matches([',', '.', ';', ':']))
                    })
        });
        late || owned_verb || firm || of_history(cx, &m.range)
    })
}

/// Whether the words around a mention, in its sentence, date the person to history: a year
/// before 1900 or a century before the 19th just after it (`wrote in 1776`, `born in 1806`,
/// `in the 1850s`, `an 18th-century thinker`), a span of years after it (`(1818-1883)`, `(1921–2004)`:
/// a life's dates), a century or an old year in the words describing it (`the 18th-century
/// economist Adam Smith`) or a sentence dated so (`In 1848, Marx ...`). Only the next ten
/// words count after it: a year further on dates something else (`the actor, in a film about
/// the mutiny of 1857`), and the scan stays short.
fn of_history(cx: &Context, range: &Range<usize>) -> bool {
    let doc = cx.doc;
    let Some(block) = doc.block_at(range.start) else {
        return false;
    };
    let sentence = doc.sentence_at(block, range.start);
    let Some(after) = doc.text.get(range.end..sentence.end.max(range.end)) else {
        return false;
    };
    if life_span(after) {
        return true;
    }
    let mut prev = "";
    let mut words = after.split_whitespace().take(10);
    if words.any(|word| dated(std::mem::replace(&mut prev, word), word)) {
        return true;
    }
    let Some(before) = doc.text.get(sentence.start.min(range.start)..range.start) else {
        return false;
    };
    // `In 1848, Marx ...`: a dated opening governs its sentence.
    let mut opening = before.split_whitespace();
    if opening.next().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && opening.next().is_some_and(|w| dated("in", w))
    {
        return true;
    }
    // The describing words just before the name (`the 19th-century philosopher`), back to
    // the first closed-class word, verb or punctuation: not a year of another clause (`a
    // house built in 1850 was sold to`).
    let qw = crate::quotes::words::words();
    before
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| {
            let lower = w.to_lowercase();
            !w.ends_with([',', '.', ';', ':', ')', '"', '”'])
                && !qw.function.contains(lower.as_str())
                && !qw.determiners.contains(lower.as_str())
                && !qw.prepositions.contains(lower.as_str())
                && !qw.copulas.contains(lower.as_str())
                && !qw.auxiliaries.contains(lower.as_str())
                && crate::cues::verb_form(&lower).is_none()
        })
        // Describing the person, the 19th century dates them too (`the 19th-century
        // philosopher`), where after the name it may date a thing (`restored a 19th-century
        // house`).
        .any(|w| dated("", w) || century(w, 19))
}

/// Whether a mention is followed by a life's span of years in brackets: `(1818-1883)`,
/// `(1921–2004)`, `(1809-82)`.
fn life_span(after: &str) -> bool {
    let Some(inner) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) else {
        return false;
    };
    let Some((span, _)) = inner.split_once(')') else {
        return false;
    };
    let mut parts = span.split(['-', '–', '—']);
    let (Some(born), Some(died), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let year = |y: &str, lengths: &[usize]| {
        lengths.contains(&y.trim().len()) && y.trim().bytes().all(|b| b.is_ascii_digit())
    };
    year(born, &[4]) && year(died, &[2, 4])
}

/// Whether one word dates what it is said of to history: a year or a decade before 1900
/// (`1776`, `1850s`, either end of `1818-1883`), not a time of day (`at 1330`), or a century
/// before the 19th (`18th-century`, `the 18th century`).
fn dated(before: &str, word: &str) -> bool {
    word.split(['-', '–', '—'])
        .map(|part| part.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            let Ok(n) = digits.parse::<u32>() else {
                return false;
            };
            match &w[digits.len()..] {
                "" | "s" => {
                    digits.len() == 4
                        && (1000..1900).contains(&n)
                        && !before.eq_ignore_ascii_case("at")
                }
                _ => century(word, 18),
            }
        })
}

/// Whether a word names a century from the 10th to the `last` (`18th-century`, `century`
/// being the next word: `the 18th century`).
fn century(word: &str, last: u32) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let digits = w.trim_end_matches(|c: char| !c.is_ascii_digit());
    let digits = &digits[..digits.bytes().take_while(u8::is_ascii_digit).count()];
    let Ok(n) = digits.parse::<u32>() else {
        return false;
    };
    let suffix = w[digits.len()..].split(['-', '–']).next().unwrap_or("");
    matches!(suffix, "th" | "st" | "nd" | "rd")
        && (10..=last).contains(&n)
        && word.contains("entury")
}

/// The surname of a full name: its last word, a suffix (`Jr.`, `III`) left out.
fn surname_of(full: &str) -> &str {
    let mut words = full.split(' ').rev().skip_while(|w| {
        super::is_abbreviation(w, true)
            || (w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
    });
    words.next().unwrap_or(full)
}

/// Whether a mention stands in the draft's own words with nothing before it that names it
/// already (a title, a given name): not in a heading or a quotation.
fn bare_mention(cx: &Context, range: &Range<usize>) -> bool {
    let doc = cx.doc;
    let in_heading = doc
        .block_at(range.start)
        .and_then(|b| doc.blocks.get(b))
        .is_some_and(|b| b.kind == BlockKind::Heading);
    if in_heading || cx.in_quotation(range.start) {
        return false;
    }
    let before = doc.text[..range.start].trim_end_matches([' ', '\u{a0}']);
    let prev = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let rest = &doc.text[range.end..];
    let next = rest.trim_start_matches([' ', '\u{a0}']);
    // A capitalised word opening the sentence (`But Ruiz said`) is not a given name.
    let before_prev = before[..before.len() - prev.len()]
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')']);
    let prev_opens = before_prev.is_empty() || before_prev.ends_with(['.', '!', '?', ':', '\n']);
    // `the Kok report`, `a Brown government`: a name used as a modifier, not a reference.
    if matches!(
        prev.to_lowercase().as_str(),
        "the" | "a" | "an" | "another" | "each" | "every"
    ) {
        return false;
    }
    // `Presidents Okafor and Lindqvist`, `prime ministers Mensah and`: titled by the plural.
    if after_plural_courtesy(before) || plural_formal(prev) {
        return false;
    }
    // The mention opens its sentence: what follows it there cannot be a verb's bare form.
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n']);
    if modifies_next(prev, rest, opens) || after_described(before, prev, rest) {
        return false;
    }
    // `Ms Ruiz`, `President Ruiz`, `Ana Ruiz`: already named with a title or a given name;
    // `Ruiz Group`, `Brown's Britain`: part of a longer proper name.
    // Punctuation between them (`Labour," Ruiz said`) separates the words.
    let joined = prev
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '.');
    // `and` joins a title's words (`Work and Pensions Secretary`) but titles no name: `and
    // Ruiz said` is a bare mention.
    let titles =
        super::is_title_word(prev) && !FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(prev));
    !(joined && titles
        || prev.chars().last().is_some_and(char::is_alphanumeric)
            && !prev_opens
            && prev.chars().next().is_some_and(char::is_uppercase)
        || joins_next(next))
}

/// Whether a surname stands after a determiner and a describing word, before a noun (`the new
/// Varga spending plan`, `a bold Okonkwo tax bill`): a word inside the noun phrase.
fn after_described(before: &str, prev: &str, rest: &str) -> bool {
    let qw = crate::quotes::words::words();
    let lower = |w: &str| !w.is_empty() && w.chars().all(char::is_lowercase);
    if !lower(prev) || qw.determiners.contains(prev) || qw.function.contains(prev) {
        return false;
    }
    // The describing word is no verb (`the report said Varga`) nor a time (`the day Varga`).
    let verbal = crate::cues::verb_form(prev).is_some()
        || qw.irregular_past.contains(prev)
        || qw.times.contains(prev)
        || qw.copulas.contains(prev)
        || qw.auxiliaries.contains(prev)
        || qw.prepositions.contains(prev);
    let det = before[..before.len() - prev.len()]
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if verbal || !qw.determiners.contains(det.to_lowercase().as_str()) {
        return false;
    }
    // The noun after the name: a lowercase word that is no verb's past or closed-class word.
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // And the noun phrase goes on or ends after it: a word that opens a phrase of its own
    // makes `next` a verb (`the time Hughes spent at the helm`, `an account Comey gave us`).
    let then = after[next.len()..]
        .strip_prefix(' ')
        .map(|t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
        .unwrap_or("")
        .to_lowercase();
    // A relative pronoun or a verb of being ends the phrase instead (`a frequent Trump critic
    // who`, `the new Varga plan is`).
    let ends_phrase = qw.relatives.contains(then.as_str()) || qw.copulas.contains(then.as_str());
    let opens_phrase = !ends_phrase
        && (qw.function.contains(then.as_str())
            || qw.determiners.contains(then.as_str())
            || qw.pronouns.contains(then.as_str())
            || qw.objects.contains(then.as_str())
            || qw.prepositions.contains(then.as_str()));
    lower(next)
        && !opens_phrase
        && !next.ends_with("self")
        && !next.ends_with("selves")
        && !next.ends_with("ed")
        && !qw.irregular_past.contains(next)
        && crate::cues::verb_form(next).is_none()
        && !qw.function.contains(next)
        && !qw.determiners.contains(next)
        && !qw.pronouns.contains(next)
        && !qw.copulas.contains(next)
        && !qw.auxiliaries.contains(next)
        && !qw.relatives.contains(next)
        && !qw.prepositions.contains(next)
}

/// Whether the text before a mention ends in a list of surnames under one plural courtesy
/// title (`Messrs. Cray and`, `Mmes Ruiz, Lee and`) or formal title (`Presidents Okafor
/// and`): the mention is titled by it.
fn after_plural_courtesy(before: &str) -> bool {
    let lex = lexicon();
    let mut words = before.split_whitespace().rev();
    // Only a list: the word before the mention is `and` or a surname with a comma.
    match words.next() {
        Some(w) if w.eq_ignore_ascii_case("and") || w.ends_with(',') => {}
        _ => return false,
    }
    // A short list only: the scan is bounded whatever the draft.
    for w in words.take(8) {
        let bare = w.trim_end_matches(',');
        if let Some(def) = lex.def_of_word(bare) {
            return lex.defs[def].plural;
        }
        // A formal title in the plural titles each name of the list (`Presidents Okafor and`,
        // `Sens. Ruiz and`, `prime ministers Lee and`).
        if plural_formal(bare) {
            return true;
        }
        // The list is in the mention's sentence: a word ending one ends the walk (an initial,
        // `J.`, does not).
        let initial = bare.len() == 2 && bare.ends_with('.');
        let listed = (initial || !bare.ends_with(['.', '!', '?', ':', ';']))
            && (w.eq_ignore_ascii_case("and")
                || bare.chars().next().is_some_and(char::is_uppercase));
        if !listed {
            return false;
        }
    }
    false
}

/// The plural formal title a list of names ending before a mention stands under (`Gens.` for
/// `Gens. Tomas Varga and` before `Ida Lunde`), walked back as [`after_plural_courtesy`] does.
fn list_title(before: &str) -> Option<&str> {
    let mut words = before.split_whitespace().rev();
    match words.next() {
        Some(w) if w.eq_ignore_ascii_case("and") || w.ends_with(',') => {}
        _ => return None,
    }
    for w in words.take(8) {
        let bare = w.trim_end_matches(',');
        if plural_formal(bare) {
            return Some(bare);
        }
        let initial = bare.len() == 2 && bare.ends_with('.');
        let listed = (initial || !bare.ends_with(['.', '!', '?', ':', ';']))
            && (w.eq_ignore_ascii_case("and")
                || bare.chars().next().is_some_and(char::is_uppercase));
        if !listed {
            return None;
        }
    }
    None
}

/// Whether a word is a formal title in the plural (`Presidents`, `ministers`, `Sens.`), which
/// stands before a list of names.
fn plural_formal(word: &str) -> bool {
    let lex = lexicon();
    let singular = word.trim_end_matches('.').strip_suffix('s').unwrap_or("");
    lex.def_of_word(singular)
        .is_some_and(|d| lex.defs[d].kind == TitleKind::Formal)
}

/// Whether the words after a mention continue a proper name (`Ruiz Group`, `Brown's Britain`);
/// a nationality or a faith after a possessive describes the person (`Howard's Jewish faith`).
fn joins_next(next: &str) -> bool {
    let after = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| next.strip_prefix(p))
        .unwrap_or(next);
    let possessive = after.len() < next.len();
    let word = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && !(possessive && crate::people::is_demonym(word))
}

/// Whether a surname modifies the noun after it (`Obama-era rules`, `Biden aides said`, `and
/// Johnson government ministers`): a word inside a noun phrase, not a reference to the person.
/// A possessive is a reference (`Ruiz's aides`), and so is a surname before its verb (`Ruiz
/// left office`, `Ruiz offers a deal`).
fn modifies_next(prev: &str, rest: &str, opens: bool) -> bool {
    // `Obama-era`, `Ruiz-backed`: the first half of a compound adjective.
    if let Some(r) = rest.strip_prefix(['-', '\u{2010}', '\u{2011}']) {
        return r.starts_with(char::is_lowercase);
    }
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let (w, tail) = after.split_at(
        after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len()),
    );
    if !w.starts_with(char::is_lowercase) || !w.chars().all(char::is_lowercase) {
        return false;
    }
    let qw = crate::quotes::words::words();
    let closed = |w: &str| {
        qw.function.contains(w)
            || qw.determiners.contains(w)
            || qw.pronouns.contains(w)
            || qw.auxiliaries.contains(w)
            || qw.copulas.contains(w)
            || qw.prepositions.contains(w)
            || qw.relatives.contains(w)
            || qw.times.contains(w)
            || BESIDE_SUBJECT.contains(&w)
            || ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(w))
    };
    // A verb's form (`said`, `declined`, `left`, `hoping`), an adverb (`largely`): `Ruiz` is its
    // subject or object, whatever follows.
    let verbal = |w: &str| {
        crate::cues::verb_form(w).is_some()
            || qw.irregular_past.contains(w)
            || ["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
    };
    let tail = tail.trim_start_matches([' ', '\u{a0}']);
    let next = tail
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower_next = next.starts_with(char::is_lowercase);
    // The word after `next`, when only a space parts them.
    let after_next = tail[next.len()..]
        .strip_prefix(' ')
        .map(|t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
        .unwrap_or("");
    // `next` is a noun the word qualifies: a lowercase word that is no closed-class word nor a
    // verb's form, but for one in `-s`, a plural noun here (`tax cuts`, `spending cuts`).
    let noun_next = lower_next
        && !closed(next)
        && (!verbal(next)
            || next.ends_with('s')
                && !qw.irregular_past.contains(next)
                && !["ed", "ing", "ly"].iter().any(|e| next.ends_with(e)));
    let ends_clause =
        |w: &str| qw.copulas.contains(w) || qw.auxiliaries.contains(w) || w.ends_with("ed");
    // An adjective by its ending (`fiscal`, `economic`): no verb's form, so before a noun the
    // name qualifies the pair (`Varga fiscal policies`, `Okonkwo economic advisers`).
    let adjective = |w: &str| {
        qw.adjective_endings
            .iter()
            .any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
            && crate::cues::verb_form(w).is_none()
    };
    if adjective(w) && noun_next {
        return true;
    }
    // A word in `-ly` before a noun and that noun's verb (`Varga early decisions were`) is an
    // adjective; before a verb it is an adverb (`Varga quickly agreed`).
    if w.ends_with("ly") && noun_next && ends_clause(after_next) {
        return true;
    }
    // A form in `-ing` cannot be the verb of a name that opens the sentence: before a noun
    // it qualifies it (`Varga spending cuts were popular`).
    if opens && w.ends_with("ing") && noun_next {
        return true;
    }
    // A bare noun, a plural noun and its verb (`Varga tax cuts were popular`): after a
    // singular subject the bare word is no verb.
    let plural_next = noun_next && next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
    if !w.ends_with('s')
        && !verbal(w)
        && !closed(w)
        && plural_next
        && (qw.copulas.contains(after_next) || qw.auxiliaries.contains(after_next))
    {
        return true;
    }
    // Any other word before a noun and that noun's verb of being or auxiliary (`Varga
    // maritime policy was`): the pair is the subject, the name its qualifier. Not a past
    // (`Varga began talks aimed at`): a verb's object may be followed by a participle.
    if !closed(w)
        && !verbal(w)
        && !w.ends_with('s')
        && w.len() >= 5
        && noun_next
        && (qw.copulas.contains(after_next) || qw.auxiliaries.contains(after_next))
    {
        return true;
    }
    if closed(w) || verbal(w) {
        return false;
    }
    // A noun of a person (`aide`, `officials`), not a word that only ends like one (`later`).
    let person = |w: &str| !closed(w) && !verbal(w) && crate::people::is_person_head(w);
    // The noun phrase ends after the word: at punctuation, before its verb (`Ruiz aides
    // said`) or before the person it qualifies (`Ruiz campaign aides`).
    let before_verb =
        lower_next && (verbal(next) || qw.auxiliaries.contains(next) || qw.copulas.contains(next));
    let before_person = lower_next && person(next);
    let at_stop = tail.is_empty() || tail.starts_with([',', '.', ';', ':', ')', '\n']);
    // A singular noun of a person (`aide`, `spokesman`) is no verb after a surname in the
    // singular (that would be `aides`): the name modifies it.
    if person(w) && !w.ends_with('s') {
        return true;
    }
    // A plural one may be a verb (`Ruiz offers a deal`): only where the phrase ends, a
    // preposition included (`Ruiz voters from the suburbs`).
    if person(w) {
        let preposition = lower_next
            && ((qw.function.contains(next) && !matches!(next, "to" | "that"))
                || qw.prepositions.contains(next));
        return before_verb || before_person || preposition || at_stop;
    }
    // Another word only after one that cannot make it a verb's bare form (`help Ruiz win`,
    // `that Ruiz resign`, `did Ruiz know`): a determiner, a preposition, a clause's start.
    let bare_verb_before = prev.ends_with(char::is_alphabetic)
        && prev.starts_with(char::is_lowercase)
        && (!(qw.determiners.contains(prev)
            || qw.function.contains(prev)
            || qw.prepositions.contains(prev))
            || matches!(prev, "that" | "to")
            || qw.auxiliaries.contains(prev)
            || qw.copulas.contains(prev));
    // Before a person it names, the word is that person's qualifier whatever came before
    // (`said Ruiz government ministers`); a word in `-s` may be a verb in the singular
    // (`what Ruiz believes is`), so it needs that person too.
    // The short pasts the lists leave out (`met`, `led`, `left`, `won`) are not taken for nouns.
    if w.len() < 5 {
        return false;
    }
    // After a determiner the name can only qualify what follows (`Several Ruiz allies`).
    if qw.determiners.contains(prev.to_lowercase().as_str()) {
        return true;
    }
    if bare_verb_before || w.ends_with('s') {
        return before_person;
    }
    before_verb || before_person || at_stop
}
