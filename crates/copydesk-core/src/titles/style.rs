//! What a house style says about one title usage: the style decisions of `title-style`
//! (courtesy titles, full points, capitals by position, abbreviations), also read by
//! `title-consistency` to leave to the style what it decides.

use super::{
    lexicon, recase, Case, NameShape, Position, Qualifier, Rank, TitleDef, TitleKind, TitleUsage,
};
use crate::document::Document;
use crate::finding::{Edit, Fix};
use crate::rules::Context;
use crate::styles::{CourtesyUse, StyleProfile, TitleCase};
use std::ops::Range;

/// The usages the title rules look at: not in headings, not inside quotations.
pub fn checked_usages(cx: &Context) -> Vec<TitleUsage> {
    crate::rules::title_usages(cx.doc, cx.quotes, super::find(cx.doc))
}

/// What a style says about one usage.
pub struct Verdict {
    /// The flagged range.
    pub range: Range<usize>,
    /// The message.
    pub message: String,
    /// The fix to the house form.
    pub fix: Option<Fix>,
}

const MEDICAL: &[&str] = &[
    "doctor",
    "physician",
    "surgeon",
    "medical",
    "hospital",
    "clinic",
    "gp",
    "nurse",
    "paediatrician",
    "pediatrician",
    "cardiologist",
    "oncologist",
    "psychiatrist",
    "consultant",
    "medicine",
    "nhs",
    "patients",
    "patient",
    "health",
    "virologist",
    "epidemiologist",
    "dentist",
    "vet",
    "veterinarian",
];

/// Whether the words around a usage say the doctor is a medical one.
fn medical_context(doc: &Document, u: &TitleUsage) -> bool {
    let Some(b) = doc.blocks.get(u.block) else {
        return false;
    };
    let s = doc.sentence_at(u.block, u.range.start);
    let end = (s.end).min(b.range.end);
    doc.prose[s.start..end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| MEDICAL.contains(&w.to_lowercase().as_str()))
}

/// The range of a title plus the whitespace after it (for removing a courtesy title).
fn with_space_after(doc: &Document, r: &Range<usize>) -> Range<usize> {
    let rest = &doc.text[r.end..];
    let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    r.start..r.end + ws
}

pub(super) fn remove_title(doc: &Document, u: &TitleUsage, written: &str, safe: bool) -> Fix {
    Fix {
        title: format!("Remove \"{written}\""),
        edits: vec![Edit::new(with_space_after(doc, &u.range), "")],
        safe,
    }
}

/// Adds or removes the full points of an abbreviation (`Lt Gov` <-> `Lt. Gov.`); a word that
/// abbreviates nothing takes none (`Staff Sgt.`, `Acting Gov.`).
pub(crate) fn set_points(written: &str, point: bool) -> String {
    if point {
        written
            .split(' ')
            .map(|w| {
                // `Maj-Gen`: each part takes its point, spaced as the points part them.
                let parts = w.split('-');
                if w.contains('-') && parts.clone().all(|p| super::is_abbreviation(p, true)) {
                    return parts.map(|p| format!("{p}.")).collect::<Vec<_>>().join(" ");
                }
                if w.ends_with('.') || w.is_empty() || !super::is_abbreviation(w, true) {
                    w.to_string()
                } else {
                    format!("{w}.")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        written.replace('.', "")
    }
}

fn in_list(list: &[String], title: &str) -> bool {
    list.iter().any(|t| same_title(t, title))
}

/// Whether two spellings name one title: case aside, and a hyphen for a space
/// (`Attorney-General`, `Attorney General`), as the lexicon reads them.
pub(crate) fn same_title(a: &str, b: &str) -> bool {
    let fold = |c: u8| {
        if c == b'-' {
            b' '
        } else {
            c.to_ascii_lowercase()
        }
    };
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| fold(x) == fold(y))
}

/// The expected case of a formal title in its position under `style`, if the style decides.
pub(crate) fn expected_case(style: &StyleProfile, u: &TitleUsage) -> TitleCase {
    let def = u.def();
    if def.kind != TitleKind::Formal && !academic_after_name(u) {
        return TitleCase::Open;
    }
    let t = &style.titles;
    let always = t.always_capitalised.iter().any(|a| {
        def.title.eq_ignore_ascii_case(a) || def.title.split(' ').any(|w| w.eq_ignore_ascii_case(a))
    });
    let beside = |c: TitleCase| {
        // BBC capitals beside a name apply to political job titles; titles always capitalised
        // are never lowered.
        let open = (t.political_only_beside_name && !def.political)
            || (always && c == TitleCase::Lowercase);
        if open {
            TitleCase::Open
        } else {
            c
        }
    };
    if u.qualifier == Qualifier::Shadow {
        return TitleCase::Open; // opposition posts: lower case is a British habit, not an error
    }
    match u.position {
        // `former foreign secretary Robin Cook`, `Bank of England governor Mervyn King`: a
        // description of the person more than a title; guides differ, so only capitals are judged.
        Position::Before if descriptive(u) => TitleCase::Open,
        Position::Before
            if t.open_ranks_before_name
                .contains(&rank_of(Some(style), def))
                || def
                    .head
                    .as_ref()
                    .is_some_and(|h| in_list(&t.open_heads_before_name, h)) =>
        {
            TitleCase::Open
        }
        Position::Before if u.modifier.is_some() => {
            let after_country = u.country.and(t.before_name_after_country);
            after_country
                .or(t.before_name_after_former)
                .unwrap_or(t.before_name)
        }
        Position::Before if u.qualifier == Qualifier::Nationality => {
            t.before_name_after_country.unwrap_or(t.before_name)
        }
        Position::Before => t.before_name,
        // Capitals beside a name (BBC) only for a plain `the`: `The Interior Minister, Ann Lee,`.
        Position::CommaBefore if t.comma_set == TitleCase::Capitalised && !u.plain_the => {
            TitleCase::Open
        }
        Position::CommaBefore => beside(t.comma_set),
        Position::After => {
            if u.continued {
                TitleCase::Open
            } else {
                beside(t.after_name)
            }
        }
        Position::Alone => {
            // A rank or an office the draft gave a named person earlier, or a plural used
            // generically, is checked alone as the titles marked `alone` are.
            if (def.alone || u.named_before || u.plural)
                && (u.determiner || u.complement)
                && !u.continued
                && !always
                && !in_list(&t.open_alone, &def.title)
            {
                t.alone
            } else {
                TitleCase::Open
            }
        }
    }
}

/// Whether the word at byte `start` opens a sentence (its capital is the sentence's).
fn opens_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '"', '\'', '“', '‘', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// The rank a title is compared within: the selected profile's `ranks`, else the lexicon's.
pub(crate) fn rank_of(style: Option<&StyleProfile>, def: &TitleDef) -> Rank {
    style
        .and_then(|s| {
            s.titles
                .ranks
                .iter()
                .find(|(t, _)| same_title(t, &def.title))
                .map(|(_, r)| *r)
        })
        .unwrap_or(def.rank)
}

/// A lowercase title after `ex-`, `new`, `outgoing`, an organisation or a place: a
/// description, not a title. After `former` or `then-` (the usage's `modifier`) the title is
/// still a title, the modifier outside it (`former President Jimmy Carter`), as after `acting`.
pub(crate) fn descriptive(u: &TitleUsage) -> bool {
    matches!(u.case, Case::Lower | Case::Mixed)
        && match u.qualifier {
            Qualifier::Former => u.modifier.is_none(),
            Qualifier::Proper | Qualifier::Shadow => true,
            Qualifier::None | Qualifier::Nationality => false,
        }
}

/// Whether the style decides the abbreviation of this usage.
pub(crate) fn decides_abbreviation(style: &StyleProfile, u: &TitleUsage) -> bool {
    let def = u.def();
    let t = &style.titles;
    if def.abbr.is_none() || u.position != Position::Before {
        return false;
    }
    in_list(&t.never_abbreviate, &def.title)
        || match u.shape {
            Some(NameShape::Full) => in_list(&t.abbreviate_before_full_name, &def.title),
            Some(NameShape::Surname) => in_list(&t.spell_out_before_surname, &def.title),
            None => false,
        }
}

/// Holds one usage against a style.
pub fn verdict(style: &StyleProfile, u: &TitleUsage, cx: &Context) -> Option<Verdict> {
    let doc = cx.doc;
    let def = u.def();
    let written = &doc.text[u.range.clone()];
    let early = match def.kind {
        TitleKind::Honour | TitleKind::Saint => return None,
        TitleKind::Occupation => return occupation(style, u, written, doc.text),
        // A courtesy title where an earned one belongs is `title-consistency`'s to report.
        TitleKind::Social if super::consistency::earned_title(cx, u).is_some() => return None,
        TitleKind::Social => courtesy(style, u, cx, written),
        TitleKind::Academic if def.title == "Doctor" => doctor(style, u, cx, written),
        _ => None,
    };
    if let Some(c) = &u.couple {
        if let Some(v) = early {
            return couple_verdict(style, u, c, v, written, &doc.text[c.clone()]);
        }
    }
    if early.is_some() {
        return early;
    }
    // A minister's plural before names (`prime ministers Lee and Park`) where the style puts no
    // minister's title before a name: no form of it is the style's, and no fix names each.
    if u.plural
        && u.position == Position::Before
        && def.ministerial
        && !style.titles.ministerial_prefix
    {
        return None;
    }
    if def.kind == TitleKind::Formal
        && u.position == Position::Before
        && !style.titles.ministerial_prefix
        && def.ministerial
    {
        return Some(Verdict {
            range: u.range.clone(),
            message: {
                let (recast, _, own) = economist_recast(doc, u, written);
                let own = if own.is_empty() {
                    String::new()
                } else {
                    format!("{own} ")
                };
                format!(
                    "{} style does not put a minister's title before the name: write \"{own}{recast}{}\"",
                    style.label(),
                    u.name.clone().map(|r| &doc.text[r]).unwrap_or("…")
                )
            },
            fix: economist_fix(doc, u, written),
        });
    }
    // A rank in lower case before a full name (`sgt. Ana Ruiz`) is judged only where the
    // style abbreviates it there (AP, Chicago: `Sgt. Ana Ruiz`); elsewhere it may be a common
    // noun the style leaves to the writer.
    if lower_rank(u) && !in_list(&style.titles.abbreviate_before_full_name, &def.title) {
        return None;
    }
    house_form(style, u, doc, written)
}

/// Whether a usage is a rank written in lower case before a name (`general Tom Weld`): the scan
/// keeps no other lower-case rank.
pub(crate) fn lower_rank(u: &TitleUsage) -> bool {
    u.def().noun && u.case == Case::Lower && u.position == Position::Before
}

/// A courtesy title of a couple (`Mr. and Mrs. Walter Finch`) that the style would drop or
/// replace with a name: removing one title of the two names one person (`Mr. and Walter
/// Finch`), and the draft does not give the other's name. The couple is flagged once, at its
/// first title, for the editor to name each of them; no fix is offered. A verdict that keeps
/// the titles (a later reference shortened to `Mr. and Mrs. Finch`) is the second title's.
fn couple_verdict(
    style: &StyleProfile,
    u: &TitleUsage,
    couple: &Range<usize>,
    v: Verdict,
    written: &str,
    both: &str,
) -> Option<Verdict> {
    let head = written.trim_end_matches('.');
    let keeps = v.fix.as_ref().is_some_and(|f| {
        f.edits.iter().all(|e| {
            e.byte_end <= u.range.start
                || e.byte_start >= u.range.end
                || e.replacement.starts_with(head)
        })
    });
    if keeps {
        return (u.range.start != couple.start).then_some(v);
    }
    // Either title may be the one the style drops (`Dr and Mrs Ruiz` under the Guardian): each
    // gives the same verdict, reported once (`title-style` skips a repeat of the couple's).
    Some(Verdict {
        range: couple.clone(),
        message: format!(
            "{} style: \"{both}\" names a couple by courtesy titles, which this style does not use here: name each of them (no fix: dropping one title would leave one person)",
            style.label()
        ),
        fix: None,
    })
}

fn one(u: &TitleUsage, message: String, fix: Option<Fix>) -> Option<Verdict> {
    Some(Verdict {
        range: u.range.clone(),
        message,
        fix,
    })
}

/// A job description is never a formal title: capitals beside a name are wrong wherever the
/// style writes titles there in lower case (`The council's Chief Executive, Helen Marsh,`).
fn occupation(style: &StyleProfile, u: &TitleUsage, written: &str, text: &str) -> Option<Verdict> {
    let def = u.def();
    let jobs = style.titles.job_titles_beside_name == TitleCase::Lowercase;
    let lowercase = match u.position {
        Position::CommaBefore => style.titles.comma_set == TitleCase::Lowercase || jobs,
        Position::After => {
            (style.titles.after_name == TitleCase::Lowercase || jobs) && !u.continued
        }
        // `the Chief Executive said`: a job named after an article or a possessive, with no
        // capitalised word on either side (`the Scottish Executive`, `the Economist
        // Intelligence Unit` are names of bodies).
        Position::Alone => {
            style.titles.alone == TitleCase::Lowercase
                && u.determiner
                && !u.sentence_start
                && !capitalised_beside(text, u.range.clone())
        }
        // `coach Marta Riedel`: lower case before a full name too, but not where a sentence
        // opens, nor after another capitalised word that is an ordinary one (`Campaign
        // Manager`: lowering one word of the two would not mend it). After a name that is no
        // ordinary word (`Tottenham Manager`, `Acme Striker`) the job is that body's, and the
        // body's name keeps its capital. One capitalised word after it may name a thing (`the
        // Economist Desk`).
        // At a sentence start only the words after the first tell its case (`Chief
        // Executive Mira Sallow said`); the fix keeps the sentence's capital.
        Position::Before => {
            u.shape == Some(NameShape::Full)
                && (jobs || !lexicon().is_formal_before_name(&def.title))
                && (u.sentence_start
                    || !capitalised_before(text, u.range.start)
                    || name_before(text, u.range.start))
        }
    };
    if !(lowercase && u.case == Case::Upper && !lexicon().is_office_too(&def.title)) {
        return None;
    }
    let mut form = recase(written, false);
    if u.sentence_start {
        form = crate::people::capitalised(&form);
    }
    one(
        u,
        format!(
            "{} style: \"{form}\" is a job description, not a formal title: write it in lower case",
            style.label()
        ),
        Some(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(u.range.clone(), form.clone())],
            safe: true,
        }),
    )
}

/// Whether a word is capitalised (past any opening punctuation).
fn capital(w: &str) -> bool {
    w.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether the word before byte `start` is capitalised, no determiner or possessive (`Its`,
/// `Acme's`) and not followed by a comma: a word of one name with what follows it.
fn capitalised_before(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|t| t.split_whitespace().next_back())
        .is_some_and(|w| {
            let l = w.to_lowercase();
            let determiner = matches!(
                l.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "your" | "my"
            ) || l.ends_with("'s")
                || l.ends_with("’s");
            // `Later, Managing Director`: a comma parts the two words (the point of `U.S.`
            // does not).
            let joined = !w.ends_with([',', ';', ':']);
            !determiner && joined && capital(w)
        })
}

/// Whether the capitalised word before byte `start` is a name rather than an ordinary word
/// or a title (`Tottenham`, `Acme`, `NHS`; not `Campaign`, `Senior`, `Deputy`): a body
/// named before its job.
fn name_before(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|t| t.split_whitespace().next_back())
        .is_some_and(|w| {
            !w.is_empty()
                && w.chars().all(char::is_alphabetic)
                && !crate::people::is_ordinary_word(w)
                && lexicon().title_word(w).is_none()
        })
}

/// Whether a capitalised word stands next to `range` as part of one name with it (see
/// [`capitalised_before`], and the word after it).
fn capitalised_beside(text: &str, range: std::ops::Range<usize>) -> bool {
    capitalised_before(text, range.start)
        || text
            .get(range.end..)
            .and_then(|t| t.split_whitespace().next())
            .is_some_and(capital)
}

/// Whether the draft gives the person after a courtesy title a full name somewhere in its own
/// words (`Walter Finch` for `Mr Finch`). Only then is dropping the title safe to apply: `Mr
/// Kipling cakes`, `Shares in Dr. Martens` name brands, and a person known only by title and
/// surname needs the editor's eye.
fn named_in_full(cx: &Context, u: &TitleUsage) -> bool {
    u.shape == Some(NameShape::Full)
        || u.name.as_ref().is_some_and(|r| {
            let person = cx
                .person_at(r.start)
                .and_then(|p| cx.people().persons.get(p))
                .is_some_and(|p| p.mentions.iter().any(|m| m.full && !m.in_quote));
            let surname = cx.doc.text[r.clone()].rsplit(' ').next().unwrap_or("");
            person || cx.surnames_in_full().contains(surname)
        })
}

/// The last words of the names a text gives in full: a capitalised word after a given name or
/// another capitalised word that is no common word, title or initialism (`Lane` in `Keir Lane
/// said`; not in `Mr Lane`, `The Lane`). One pass over the words.
pub(crate) fn surnames_in_full(prose: &str) -> rustc_hash::FxHashSet<&str> {
    let mut out = rustc_hash::FxHashSet::default();
    let mut prev: Option<&str> = None;
    for raw in prose.split(|c: char| c.is_whitespace()) {
        let word = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        let capital = bare.starts_with(char::is_uppercase);
        if prev.is_some() && capital && word.len() == raw.len() {
            out.insert(bare);
        }
        // A word ending in punctuation (`Lane,`) ends the pair.
        let opens = capital
            && bare.len() == word.len()
            && bare.chars().count() > 1
            && !super::tokens::all_caps(bare)
            && !super::is_title_word(bare)
            && (crate::people::is_given_name(bare) || !crate::people::is_ordinary_word(bare));
        prev = opens.then_some(bare);
    }
    out
}

/// `Mr`, `Ms`: used at all, and in the form of the style's rules of reference.
fn courtesy(style: &StyleProfile, u: &TitleUsage, cx: &Context, written: &str) -> Option<Verdict> {
    let label = style.label();
    match style.courtesy.usage {
        CourtesyUse::None => one(
            u,
            format!("{label} style uses no courtesy titles outside quotations: drop \"{written}\""),
            Some(remove_title(cx.doc, u, written, named_in_full(cx, u))),
        ),
        usage => super::reference::courtesy_reference(style, u, cx, written).or_else(|| {
            (usage == CourtesyUse::LaterReferences && u.shape == Some(NameShape::Full)).then(|| {
                Verdict {
                    range: u.range.clone(),
                    message: format!("{label} style uses no courtesy title with a full name (first reference): drop \"{written}\""),
                    fix: Some(remove_title(cx.doc, u, written, true)),
                }
            })
        }),
    }
}

/// `Dr`: for medical doctors only (Reuters), before a full name only (AP).
fn doctor(style: &StyleProfile, u: &TitleUsage, cx: &Context, written: &str) -> Option<Verdict> {
    let label = style.label();
    let doc = cx.doc;
    if style.courtesy.doctor_medical_only {
        if u.shape == Some(NameShape::Surname) {
            return one(
                u,
                format!("{label} style uses \"Dr\" on first reference only; later references take the surname"),
                Some(remove_title(doc, u, written, false)),
            );
        }
        if !medical_context(doc, u) {
            return one(
                u,
                format!("{label} style reserves \"Dr\" for medical doctors"),
                Some(remove_title(doc, u, written, false)),
            );
        }
    }
    // Where courtesy titles wait for a later reference (NYT, Economist), so does `Dr`: `Ines
    // Varga, a virologist`, then `Dr. Varga`.
    if style.courtesy.usage == CourtesyUse::LaterReferences {
        if let Some(v) = super::reference::courtesy_reference(style, u, cx, written) {
            return Some(v);
        }
    }
    if style.courtesy.doctor_full_name_only && u.shape == Some(NameShape::Surname) {
        return one(
            u,
            format!("{label} style uses \"Dr.\" only before a full name; later references take the surname"),
            Some(remove_title(doc, u, written, named_in_full(cx, u))),
        );
    }
    None
}

/// `Leo Steinberg, professor of art history`: an academic title spelled out after a name is a
/// title after a name like any other (before one, `Professor` follows the courtesy titles'
/// rules, and `Dr` is left alone).
fn academic_after_name(u: &TitleUsage) -> bool {
    u.def().kind == TitleKind::Academic && !u.abbreviated && u.position == Position::After
}

/// The house form of the title as written (abbreviation, case, points), if it differs.
fn house_form(
    style: &StyleProfile,
    u: &TitleUsage,
    doc: &Document,
    written: &str,
) -> Option<Verdict> {
    let def = u.def();
    let mut reasons: Vec<String> = Vec::new();
    // An owner's officer in lower case (`the union's representative`, `Parents'
    // representative`) describes a job: it is no legislator's title to abbreviate.
    let owned =
        descriptive(u) && super::tokens::is_possessive(doc.text[..u.range.start].trim_end());
    let (mut form, abbreviated) = if owned {
        (written.to_string(), u.abbreviated)
    } else {
        abbreviation_form(style, u, written, &mut reasons)
    };
    if def.kind == TitleKind::Formal || academic_after_name(u) {
        let case = if form == written { u.case } else { Case::Upper };
        match (expected_case(style, u), case) {
            (TitleCase::Capitalised, Case::Lower | Case::Mixed) => {
                form = recase(&form, true);
                reasons.push(match u.position {
                    Position::Before => {
                        "a formal title directly before a name is capitalised".into()
                    }
                    _ => "a political job title next to the name is capitalised".into(),
                });
            }
            (TitleCase::Lowercase, Case::Upper | Case::Mixed) => {
                form = recase(&form, false);
                reasons.push(match u.position {
                    Position::CommaBefore => "a title set off by commas is lowercase".into(),
                    Position::After => "a title after a name is lowercase".into(),
                    _ if u.plural => {
                        "a title in the plural with no name after it (used generically) is lowercase"
                            .into()
                    }
                    _ => "a title standing alone (not next to a name) is lowercase".into(),
                });
            }
            _ => {}
        }
    }
    if u.position == Position::Before
        && in_list(&style.titles.lowercase_before_name, &def.title)
        && !u.sentence_start
        && form.starts_with(char::is_uppercase)
    {
        form = recase(&form, false);
        reasons.push(format!(
            "\"{}\" is lower case, even before a name",
            def.title.to_lowercase()
        ));
    }
    if let (true, Some(p)) = (abbreviated, style.courtesy.full_point) {
        if form.contains('.') != p {
            form = set_points(&form, p);
            reasons.push(if p {
                "abbreviated titles take a full point".into()
            } else {
                "abbreviated titles take no full point".into()
            });
        }
    }
    // `Acting Mayor Ines Palu` mid-sentence: the word that says how the office is held is
    // no part of the title and stays lowercase, as `former` does.
    if let Some(held) = held_modifier(style, u, doc, written) {
        if expected_case(style, u) == TitleCase::Capitalised && form.starts_with(held) {
            let lower = held.to_lowercase();
            reasons.push(format!(
                "\"{lower}\" is not part of the title and stays lowercase"
            ));
            form = format!("{lower}{}", &form[held.len()..]);
        }
    }
    // `Rev. Ann Lee` where the style writes `the Rev. Ann Lee`.
    if wants_article(style, u, doc) {
        let article = if u.sentence_start || opens_sentence(doc.text, u.range.start) {
            "The"
        } else {
            "the"
        };
        reasons.push(format!("\"{form}\" takes \"the\" before a name"));
        form = format!("{article} {form}");
    }
    // `Former President Ann Lee`: the modifier stays lowercase outside the capitalised title.
    let mut range = u.range.clone();
    let mut lead = String::new();
    if let Some(m) = &u.modifier {
        let modifier = &doc.text[m.clone()];
        if u.position == Position::Before
            && modifier.starts_with(char::is_uppercase)
            && !opens_sentence(doc.text, m.start)
            && expected_case(style, u) == TitleCase::Capitalised
        {
            let lower = modifier.to_lowercase();
            reasons.push(format!(
                "\"{}\" is not part of the title and stays lowercase",
                lower.trim_end_matches('-')
            ));
            lead = format!("{lower}{}", &doc.text[m.end..u.range.start]);
            range = m.start..u.range.end;
        }
    }
    // `second secretary Ann Lutz`: an ordinal in words ranks the office and is capitalised
    // with it (`Second Secretary`), never left in lower case before a capital.
    if lead.is_empty()
        && u.position == Position::Before
        && form != written
        && form.starts_with(char::is_uppercase)
    {
        if let Some(at) = ordinal_before(doc.text, u.range.start) {
            let w = &doc.text[at..u.range.start - 1];
            let mut cs = w.chars();
            if let Some(c) = cs.next().filter(|c| c.is_lowercase()) {
                lead = format!("{}{} ", c.to_uppercase(), cs.as_str());
                range = at..u.range.end;
            }
        }
    }
    // `the Governor Ann Lee` -> `Gov. Ann Lee`: an abbreviated title before a name takes no
    // article (`the Gov. Ann Lee` reads wrong), so the fix takes the article in with it.
    if abbreviated && !u.abbreviated && lead.is_empty() && range.start == u.range.start {
        if let Some(at) = article_before(doc.text, u.range.start) {
            reasons.push(format!("\"{form}\" takes no \"the\" before a name"));
            range = at..u.range.end;
            if doc.text[at..].starts_with('T') {
                form = crate::people::capitalised(&form);
            }
        }
    }
    if (form == written && lead.is_empty()) || reasons.is_empty() {
        return None;
    }
    let form = format!("{lead}{form}");
    Some(Verdict {
        range: range.clone(),
        message: format!(
            "{} style: {}: write \"{form}\"",
            style.label(),
            reasons.join("; ")
        ),
        fix: Some(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(range, form.clone())],
            safe: true,
        }),
    })
}

/// Where a plain `the` stands one space before byte `start`, its start.
fn article_before(text: &str, start: usize) -> Option<usize> {
    let before = text
        .get(..start)?
        .strip_suffix(' ')
        .or_else(|| text[..start].strip_suffix('\u{a0}'))?;
    let at = before.len().checked_sub(3)?;
    let word = before.get(at..)?;
    let bounded = before[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’');
    (word.eq_ignore_ascii_case("the") && bounded).then_some(at)
}

/// Where an ordinal in words ends one space before byte `start` (`second secretary`), its
/// start; figures (`40th`) have no case to change.
fn ordinal_before(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].strip_suffix(' ')?;
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty() && crate::sources::is_ordinal(w))?;
    Some(before.len() - word.len())
}

/// The capitalised first word of a title before a name that is one of the lexicon's
/// `modifiers` (`Acting`, `Interim`: how the office is held, not which office), away from a
/// sentence's start and where the style keeps such a word outside a capitalised title (its
/// `before_name_after_former`, as for `former`).
fn held_modifier<'a>(
    style: &StyleProfile,
    u: &TitleUsage,
    doc: &Document,
    written: &'a str,
) -> Option<&'a str> {
    let (first, rest) = written.split_once(' ')?;
    let outside = style
        .titles
        .before_name_after_former
        .unwrap_or(TitleCase::Capitalised)
        == TitleCase::Capitalised;
    (outside
        && u.position == Position::Before
        && u.modifier.is_none()
        && !u.sentence_start
        && !opens_sentence(doc.text, u.range.start)
        && !rest.is_empty()
        && first.starts_with(char::is_uppercase)
        && lexicon().modifiers.contains(first.to_lowercase().as_str()))
    .then_some(first)
}

/// Whether a title before a name lacks the article the style puts before it
/// (`article_before_name`): no determiner or possessive stands right before it.
fn wants_article(style: &StyleProfile, u: &TitleUsage, doc: &Document) -> bool {
    if u.position != Position::Before
        || u.modifier.is_some()
        || u.plural
        || !in_list(&style.titles.article_before_name, &u.def().title)
    {
        return false;
    }
    let word_before = |end: usize| {
        let before = doc.text[..end].trim_end_matches([' ', '\u{a0}']);
        let w = before
            .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
            .next()
            .unwrap_or("");
        (w, before.len() - w.len())
    };
    let owned = |w: &str| {
        super::words::DETERMINERS.contains(&w.to_lowercase().as_str())
            || super::tokens::is_possessive(w)
    };
    let (prev, start) = word_before(u.range.start);
    // `the Most Reverend Ann Lee`, `the Right Rev. Bo Park`: a capitalised ordinary word of
    // the style of address stands between the article and the title.
    let addressed = prev.starts_with(char::is_uppercase)
        && !owned(prev)
        && crate::people::is_ordinary_word(prev)
        && owned(word_before(start).0);
    // `the Rt. Rev. Tom Hale`, `Rt Rev Bo Park`: a short capitalised abbreviation of the style
    // of address stands right before the title, its point read as no sentence's end; an
    // article put between them would split the address (`the Rt. The Rev.`).
    let before = doc.text[..u.range.start].trim_end_matches([' ', '\u{a0}']);
    let short = before.strip_suffix('.').unwrap_or(before);
    let abbreviation = short
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| {
            (1..=3).contains(&w.chars().count())
                && w.starts_with(char::is_uppercase)
                && !owned(w)
                && !crate::people::is_ordinary_word(w)
        });
    !(owned(prev) || addressed || abbreviation)
}

/// The title abbreviated or spelled out as the style wants before this shape of name, and
/// whether that form is an abbreviation.
fn abbreviation_form(
    style: &StyleProfile,
    u: &TitleUsage,
    written: &str,
    reasons: &mut Vec<String>,
) -> (String, bool) {
    let def = u.def();
    let t = &style.titles;
    // A plural before names (`Senators Ada Lim and Bo Kint`, `Sens. Lim and Kint`) takes the
    // form of its singular before its first name, in the plural (`Sens. Ada Lim and Bo Kint`,
    // `Senators Lim and Kint`). An organisation's officer (`Bank of England governor Ann Lee`, `Reserve Bank Deputy Governor
    // Ann Lee`) is described by the body's name, in either case: no title to abbreviate (a
    // country before it, `US Senator`, leaves a title, read as `Qualifier::Nationality`). A
    // title the style writes after `the` is a style of address, whose capitalised words before
    // it (`the Most Reverend`) are part of the address, no organisation.
    let (Some(abbr), Position::Before) = (def.abbr.as_ref(), u.position) else {
        return (written.to_string(), u.abbreviated);
    };
    let (abbr, title) = if u.plural {
        (
            super::plural_title(abbr, true),
            super::plural_title(&def.title, false),
        )
    } else {
        (abbr.clone(), def.title.clone())
    };
    // A prefix written before the title (`Acting Governor`) stays in front of the new form.
    let words = |s: &str| s.split_whitespace().count();
    let prefix = written
        .split_whitespace()
        .take(words(written).saturating_sub(words(&def.title)))
        .map(|w| format!("{w} "))
        .collect::<String>();
    let abbr = &format!("{prefix}{abbr}");
    let spelt = format!("{prefix}{title}");
    if u.abbreviated && in_list(&t.never_abbreviate, &def.title) {
        reasons.push(format!("\"{}\" is never abbreviated", def.title));
        (spelt, false)
    } else if !u.abbreviated
        && u.shape == Some(NameShape::Full)
        && (u.qualifier != Qualifier::Proper || in_list(&t.article_before_name, &def.title))
        && in_list(&t.abbreviate_before_full_name, &def.title)
    {
        reasons.push(format!("abbreviate \"{}\" before a full name", def.title));
        (abbr.clone(), true)
    } else if u.abbreviated
        && u.shape == Some(NameShape::Surname)
        && in_list(&t.spell_out_before_surname, &def.title)
    {
        reasons.push(format!(
            "spell out \"{}\" before a surname alone",
            def.title
        ));
        (spelt, false)
    } else {
        (written.to_string(), u.abbreviated)
    }
}

/// `Competition Minister Sofia Berg has` -> `the competition minister, Sofia Berg, has`; a
/// country before the title goes in with it (`French Foreign Minister` -> `the French foreign
/// minister,`), and `the` is added only where no article or possessive stands already
/// (`Germany's finance minister,`, `the German finance minister,`). The recast words, from the
/// country (or the title) to the name, where they start, and the article or possessive
/// already before them (for the message).
fn economist_recast<'a>(
    doc: &'a Document,
    u: &TitleUsage,
    written: &str,
) -> (String, usize, &'a str) {
    let mut start = u
        .country
        .filter(|&c| c < u.range.start)
        .unwrap_or(u.range.start);
    // `Former welfare minister Frank Field`, `New Home Secretary Charles Clarke`: the word that
    // says when the office is held goes in too, in lower case.
    let mut when = String::new();
    let prev_word = |end: usize| {
        let before = &doc.text[..end];
        let word = before
            .trim_end_matches([' ', '\u{a0}'])
            .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
            .next()
            .unwrap_or("");
        // The word, then exactly one space, then the recast words.
        let spaced = before
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with(word) && !word.is_empty());
        (word, spaced)
    };
    let country = start < u.range.start;
    // `Second Secretary Ann Lutz`, `First Deputy Prime Minister`: the ordinal is part of the
    // office and goes in with it, in lower case.
    let mut rank = String::new();
    if let (w, true) = prev_word(start) {
        if !country && start > w.len() && crate::sources::is_ordinal(w) {
            start -= w.len() + 1;
            rank = format!("{} ", w.to_lowercase());
        }
    }
    if let (w, true) = prev_word(start) {
        // Capitalised, `New` may open a place (`New York`): only without a country after it.
        let low = w.to_lowercase();
        // `then` only where it says when the office was held (the usage's modifier), not
        // in a sequence (`and then Foreign Minister Ann Lee spoke`).
        let then = low == "then" && w == "then" && u.modifier.is_some();
        if (low == "former" || then || low == "new" && (!country || w == "new")) && start > w.len()
        {
            start -= w.len() + 1;
            when = format!("{low} ");
        }
    }
    // `then-Assistant Secretary of State Tom Lake`: `the then-assistant secretary of state,`.
    if doc
        .text
        .get(start.saturating_sub(5)..start)
        .is_some_and(|t| t.eq_ignore_ascii_case("then-"))
    {
        start -= 5;
        when = "then-".into();
    }
    let when = format!("{when}{rank}");
    let lead = &doc.text[start..u.range.start];
    let lead = lead.get(when.len()..).unwrap_or(lead);
    let before = doc.text[..start].trim_end();
    // A title opening a paragraph (after a heading with no full point) opens a sentence.
    let opens_block = opens_block(doc, u, start);
    let sentence_start = before.is_empty()
        || before.ends_with(['!', '?', '"', '“'])
        || before.ends_with('.') && !initialism(before)
        || opens_block;
    let prev = before
        .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
        .next()
        .unwrap_or("");
    let prev = if opens_block { "" } else { prev };
    // `said that Secretary of State Ann Lee`: `that` is a conjunction as often as not.
    let low = prev.to_lowercase();
    let own = super::words::DETERMINERS.contains(&low.as_str()) && low != "that"
        || super::tokens::is_possessive(prev);
    let article = if own || super::tokens::is_possessive(lead.trim_end()) {
        ""
    } else if sentence_start {
        "The "
    } else {
        "the "
    };
    (
        format!("{article}{when}{lead}{}, ", recase(written, false)),
        start,
        if own { prev } else { "" },
    )
}

/// Whether a text ends with an initialism with full points (`U.S.`, `U.K.`), whose last
/// point ends no sentence.
fn initialism(before: &str) -> bool {
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let letters = last.trim_end_matches('.');
    letters.contains('.') && letters.chars().all(|c| c == '.' || c.is_ascii_uppercase())
}

/// Whether only spaces stand between the start of the usage's block and `start`.
fn opens_block(doc: &Document, u: &TitleUsage, start: usize) -> bool {
    doc.blocks
        .get(u.block)
        .and_then(|b| doc.text.get(b.range.start..start))
        .is_some_and(|t| t.trim().is_empty())
}

fn economist_fix(doc: &Document, u: &TitleUsage, written: &str) -> Option<Fix> {
    let name = u.name.clone()?;
    let after = &doc.text[name.end..];
    // `Prime Minister Ann Lee's budget`: set off by commas, the possessive would read as the
    // title's (`the prime minister, Ann Lee's budget`); the writer recasts it.
    if after.starts_with(['\'', '’']) {
        return None;
    }
    let needs_comma =
        after.starts_with(' ') && after[1..].chars().next().is_some_and(|c| c.is_lowercase());
    let (recast, start, own) = economist_recast(doc, u, written);
    // `New York Attorney General Eric Lund`: a capitalised word before the recast words may
    // belong to them (a place, an organisation); the writer recasts it.
    let prev = doc.text[..start]
        .trim_end()
        .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’')))
        .next()
        .unwrap_or("");
    if own.is_empty() && initialism(doc.text[..start].trim_end()) {
        return None; // `U.S. Secretary of State`: the country is the writer's to place
    }
    if own.is_empty()
        && !opens_block(doc, u, start)
        && prev.starts_with(char::is_uppercase)
        && !super::words::NOT_QUALIFIERS.contains(&prev)
        && !super::words::ADVERBS.contains(&prev)
        && !super::words::DETERMINERS.contains(&prev.to_lowercase().as_str())
    {
        return None;
    }
    let mut edits = vec![Edit::new(start..name.start, recast)];
    if needs_comma {
        edits.push(Edit::insert(name.end, ","));
    }
    Some(Fix {
        title: "Put the title after the name".into(),
        edits,
        safe: false,
    })
}
