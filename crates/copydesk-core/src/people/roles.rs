//! Who a speaker described by a role is (`the mayor said`): the one person of the story the
//! draft gave that role before, beside a mention of the name: a title or role written before
//! it (`Mayor Liv Haugen`, `chief engineer Tore Bakke`, `the town's mayor, Liv Haugen`) or an
//! appositive after it (`Liv Haugen, the mayor,`). Two people given the role, or none, and the
//! role names no one. The same reading tells namesakes apart: a bare surname with a role
//! beside it (`Marsh, the vet,`) is the namesake given that role ([`beside`]).

use super::{is_person_noun, is_title_or_kin, People, Speaker};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Words read at most on either side of a mention for its role: a description is short.
const SPAN: usize = 6;

/// Who holds each role the draft gives beside a name, read once for a draft: a role's head
/// noun -> the first place each person is given it, in order.
#[derive(Debug, Default)]
pub struct Roles {
    given: HashMap<String, Vec<(usize, usize)>>,
}

impl Roles {
    /// The roles given to the people of a draft whose prose is `text`.
    pub fn new(text: &str, people: &People) -> Roles {
        let mut given: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (p, person) in people.persons.iter().enumerate() {
            for m in person.mentions.iter().filter(|m| !m.in_quote) {
                let title = m.title.as_deref().map(|t| last_word(t).to_lowercase());
                // A role set off before the title (`The committee chair, Councillor Lina
                // Haddad,`) is read from where the title is written.
                let start = m
                    .title
                    .as_deref()
                    .and_then(|t| {
                        let head = text.get(..m.range.start)?.trim_end();
                        head.ends_with(t).then(|| head.len() - t.len())
                    })
                    .unwrap_or(m.range.start);
                let roles = title
                    .into_iter()
                    .chain(beside(text, start..m.range.end, false));
                for role in roles {
                    // `Sen.` gives `senator`, `Gov.` `governor`.
                    let role = crate::titles::spelled_last_word(&role).unwrap_or(role);
                    let holders = given.entry(role).or_default();
                    // A person's first place only: a lookup reads two entries at most.
                    match holders.iter_mut().find(|(_, q)| *q == p) {
                        Some(e) if e.0 > m.range.end => e.0 = m.range.end,
                        Some(_) => {}
                        None => holders.push((m.range.end, p)),
                    }
                }
            }
        }
        for holders in given.values_mut() {
            holders.sort_unstable();
        }
        Roles { given }
    }

    /// The person a speaker described by a definite role (`the mayor`, `the chief engineer`)
    /// stands for: the only person given that role beside a mention before byte `at`.
    pub fn holder(&self, speaker: &Speaker, at: usize) -> Option<usize> {
        let Speaker::Described(phrase) = speaker else {
            return None;
        };
        let holders = self.given.get(&definite_head(phrase)?)?;
        match holders
            .iter()
            .take_while(|(end, _)| *end <= at)
            .take(2)
            .count()
        {
            1 => Some(holders[0].1),
            _ => None,
        }
    }
}

/// The roles written beside a mention (its byte range in `text`), as lowercase words: the head
/// of a phrase set off before it (`The mayor, Ruth Adler`) or of a role noun right before it
/// (`chief engineer Tore Bakke`), and of an appositive after it opened by an article or a
/// possessive (`Castell, the nurse,`, `Saul Adler, a farmer,`) or ending in a role noun. With
/// `every`, each word of that appositive, not only its head: `a midwife too` gives `midwife`.
pub(super) fn beside(text: &str, range: Range<usize>, every: bool) -> Vec<String> {
    let before = role_before(text, range.clone());
    let opener = text
        .get(range.end..)
        .and_then(|r| r.strip_prefix(','))
        .and_then(|r| r.split_whitespace().next())
        .map(str::to_lowercase);
    let determined =
        opener.is_some_and(|w| article(&w) || matches!(w.as_str(), "his" | "her" | "their"));
    let mut out: Vec<String> = before.into_iter().collect();
    if let Some(head) = role_after(text, range.end).filter(|h| determined || is_person_noun(h)) {
        if every {
            // The appositive's words, up to its head: `role_after` read them all as plain.
            let rest = text[range.end..].strip_prefix(',').unwrap_or("");
            out.extend(
                words(rest)
                    .take(SPAN)
                    .map(str::to_lowercase)
                    .take_while(|w| *w != head)
                    .filter(|w| !article(w)),
            );
        }
        out.push(head);
    }
    // Only words of a person's role or kin: a keystroke in any other word keeps the last
    // analysis's people (`memo::inert` asks the same of the words it lets through).
    out.retain(|w| is_person_noun(w) || is_title_or_kin(w));
    out
}

/// The head noun of a role opened by `the` (`the chief engineer` -> `engineer`, `the
/// council's finance director` -> `director`), before any phrase after it (`the mayor of
/// Storvik`); none for a phrase that is no singular role of a person.
fn definite_head(phrase: &str) -> Option<String> {
    let mut words = phrase.split_whitespace().map(str::to_lowercase);
    if words.next()? != "the" {
        return None;
    }
    let head = words
        .take_while(|w| !matches!(w.as_str(), "of" | "for" | "at" | "in" | "from" | "with"))
        .last()?;
    let head: String = head
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let plural = head.ends_with('s') && !head.ends_with("ss");
    (!plural && (is_person_noun(&head) || is_title_or_kin(&head))).then_some(head)
}

/// The last word of a title (`Chief Engineer` -> `Engineer`).
fn last_word(s: &str) -> &str {
    s.split_whitespace().last().unwrap_or(s)
}

/// The words of `s`, each with its trailing punctuation apart: `mayor,` -> `mayor`, `,`.
fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split_whitespace().flat_map(|w| {
        let core = w.trim_end_matches([',', '.', ';', ':']);
        [core, &w[core.len()..]]
            .into_iter()
            .filter(|x| !x.is_empty())
    })
}

/// The role written right before a name: words ending at it (`chief engineer Tore Bakke`,
/// `Mayor Liv Haugen`), or a phrase set off by a comma that opens its clause (`The town's
/// mayor, Liv Haugen,`, `said the mayor, Liv Haugen.`; not `Asked about the mayor, Ruiz
/// said`).
fn role_before(text: &str, name: Range<usize>) -> Option<String> {
    let start = name.start;
    let from = text.floor_char_boundary(start.saturating_sub(SPAN * 16));
    // Not past the line's start: a heading or the paragraph before is no part of the phrase.
    let from = text[from..start].rfind('\n').map_or(from, |n| from + n + 1);
    let before: Vec<&str> = words(&text[from..start]).rev().take(SPAN).collect();
    let (comma, rest) = match before.first() {
        Some(&",") => (true, &before[1..]),
        _ => (false, &before[..]),
    };
    let head = rest.first()?.to_lowercase();
    if comma {
        // Read back: modifiers, then a possessive, then an article, then where a clause opens.
        let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
        let mut i = 1;
        while rest.get(i).is_some_and(|w| lower(w) && !article(w)) {
            i += 1;
        }
        if rest
            .get(i)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        {
            i += 1;
        }
        if rest.get(i).is_some_and(|w| article(w)) {
            i += 1;
        }
        let opens = rest.get(i).is_none_or(|w| {
            w.ends_with(['.', '!', '?', ',', ';', ':', '"', '”', '—'])
                || matches!(w.to_lowercase().as_str(), "and" | "but" | "while")
        });
        // Or the name is closed off as an appositive is (`said the mayor, Liv Haugen.`).
        let closed = text
            .get(name.end..)
            .is_some_and(|r| r.is_empty() || r.starts_with([',', '.', ';', '\n']));
        if i == 1 || !(opens || closed) {
            return None;
        }
    }
    Some(head)
}

/// An article (`the`, `a`, `an`), in any case.
fn article(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "the" | "a" | "an")
}

/// The role in an appositive right after a name (`Liv Haugen, the mayor,`, `Tore Bakke, chief
/// engineer at the port,`): its head before a phrase, a comma or the sentence's end.
fn role_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(',')?;
    let to = rest.ceil_char_boundary(SPAN * 16);
    let to = rest[..to].find('\n').unwrap_or(to);
    let mut head = None;
    for w in words(&rest[..to]).take(SPAN) {
        let l = w.to_lowercase();
        let ends = matches!(
            l.as_str(),
            "," | "." | ";" | ":" | "of" | "for" | "at" | "in" | "from" | "on" | "with"
        );
        if ends {
            break;
        }
        let plain = w
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’');
        // `Bakke, and the mayor`, `Bakke, who met the mayor`: no appositive.
        let clause = matches!(
            l.as_str(),
            "and" | "or" | "but" | "who" | "which" | "whose" | "whom" | "said" | "says"
        );
        if !plain || clause {
            return None;
        }
        head = Some(l);
    }
    head
}
