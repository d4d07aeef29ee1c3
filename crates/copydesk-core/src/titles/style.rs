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
    checked(cx, super::find(cx.doc))
}

/// The usages of `found` outside headings and quotations.
pub(crate) fn checked(cx: &Context, found: Vec<TitleUsage>) -> Vec<TitleUsage> {
    found
        .into_iter()
        .filter(|u| !u.in_heading && !cx.in_quotation(u.range.start))
        .collect()
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

/// Adds or removes the full points of an abbreviation (`Lt Gov` <-> `Lt. Gov.`).
pub(crate) fn set_points(written: &str, point: bool) -> String {
    if point {
        written
            .split(' ')
            .map(|w| {
                if w.ends_with('.') || w.is_empty() {
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
    list.iter().any(|t| t.eq_ignore_ascii_case(title))
}

/// The expected case of a formal title in its position under `style`, if the style decides.
pub(crate) fn expected_case(style: &StyleProfile, u: &TitleUsage) -> TitleCase {
    let def = u.def();
    if def.kind != TitleKind::Formal {
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
            if def.alone && u.determiner && !u.continued && !always {
                t.alone
            } else {
                TitleCase::Open
            }
        }
    }
}

/// The rank a title is compared within: the selected profile's `ranks`, else the lexicon's.
pub(crate) fn rank_of(style: Option<&StyleProfile>, def: &TitleDef) -> Rank {
    style
        .and_then(|s| {
            s.titles
                .ranks
                .iter()
                .find(|(t, _)| t.eq_ignore_ascii_case(&def.title))
                .map(|(_, r)| *r)
        })
        .unwrap_or(def.rank)
}

/// A lowercase title after `former`, an organisation or a place: a description, not a title.
pub(crate) fn descriptive(u: &TitleUsage) -> bool {
    matches!(u.case, Case::Lower | Case::Mixed)
        && matches!(
            u.qualifier,
            Qualifier::Former | Qualifier::Proper | Qualifier::Shadow
        )
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
        TitleKind::Occupation => return occupation(style, u, written),
        TitleKind::Social => courtesy(style, u, cx, written),
        TitleKind::Academic if def.title == "Doctor" => doctor(style, u, doc, written),
        _ => None,
    };
    if early.is_some() {
        return early;
    }
    if def.kind == TitleKind::Formal
        && u.position == Position::Before
        && !style.titles.ministerial_prefix
        && def.ministerial
    {
        return Some(Verdict {
            range: u.range.clone(),
            message: format!(
                "{} style does not put a minister's title before the name: write \"the {}, {}\"",
                style.label(),
                recase(written, false),
                u.name.clone().map(|r| &doc.text[r]).unwrap_or("…")
            ),
            fix: economist_fix(doc, u, written),
        });
    }
    house_form(style, u, written)
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
fn occupation(style: &StyleProfile, u: &TitleUsage, written: &str) -> Option<Verdict> {
    let def = u.def();
    let lowercase = match u.position {
        Position::CommaBefore => style.titles.comma_set == TitleCase::Lowercase,
        Position::After => style.titles.after_name == TitleCase::Lowercase && !u.continued,
        _ => false,
    };
    if !(lowercase && u.case == Case::Upper && !lexicon().is_office_too(&def.title)) {
        return None;
    }
    let form = recase(written, false);
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

/// `Mr`, `Ms`: used at all, and in the form of the style's rules of reference.
fn courtesy(style: &StyleProfile, u: &TitleUsage, cx: &Context, written: &str) -> Option<Verdict> {
    let label = style.label();
    match style.courtesy.usage {
        CourtesyUse::None => one(
            u,
            format!("{label} style uses no courtesy titles outside quotations: drop \"{written}\""),
            Some(remove_title(cx.doc, u, written, true)),
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
fn doctor(style: &StyleProfile, u: &TitleUsage, doc: &Document, written: &str) -> Option<Verdict> {
    let label = style.label();
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
    if style.courtesy.doctor_full_name_only && u.shape == Some(NameShape::Surname) {
        return one(
            u,
            format!("{label} style uses \"Dr.\" only before a full name; later references take the surname"),
            Some(remove_title(doc, u, written, true)),
        );
    }
    None
}

/// The house form of the title as written (abbreviation, case, points), if it differs.
fn house_form(style: &StyleProfile, u: &TitleUsage, written: &str) -> Option<Verdict> {
    let def = u.def();
    let mut reasons: Vec<String> = Vec::new();
    let (mut form, abbreviated) = abbreviation_form(style, u, written, &mut reasons);
    if def.kind == TitleKind::Formal {
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
    if form == written || reasons.is_empty() {
        return None;
    }
    one(
        u,
        format!(
            "{} style: {}: write \"{form}\"",
            style.label(),
            reasons.join("; ")
        ),
        Some(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(u.range.clone(), form.clone())],
            safe: true,
        }),
    )
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
    let (Some(abbr), Position::Before) = (def.abbr.as_ref(), u.position) else {
        return (written.to_string(), u.abbreviated);
    };
    // A prefix written before the title (`Acting Governor`) stays in front of the new form.
    let words = |s: &str| s.split_whitespace().count();
    let prefix = written
        .split_whitespace()
        .take(words(written).saturating_sub(words(&def.title)))
        .map(|w| format!("{w} "))
        .collect::<String>();
    let abbr = &format!("{prefix}{abbr}");
    let spelt = format!("{prefix}{}", def.title);
    if u.abbreviated && in_list(&t.never_abbreviate, &def.title) {
        reasons.push(format!("\"{}\" is never abbreviated", def.title));
        (spelt, false)
    } else if !u.abbreviated
        && u.shape == Some(NameShape::Full)
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

/// `Competition Minister Sofia Berg has` -> `the competition minister, Sofia Berg, has`.
fn economist_fix(doc: &Document, u: &TitleUsage, written: &str) -> Option<Fix> {
    let name = u.name.clone()?;
    let before = doc.text[..u.range.start].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '\n']);
    let article = if before.to_lowercase().ends_with("the") {
        ""
    } else if sentence_start {
        "The "
    } else {
        "the "
    };
    let after = &doc.text[name.end..];
    // `Prime Minister Ann Lee's budget`: set off by commas, the possessive would read as the
    // title's (`the prime minister, Ann Lee's budget`); the writer recasts it.
    if after.starts_with(['\'', '’']) {
        return None;
    }
    let needs_comma =
        after.starts_with(' ') && after[1..].chars().next().is_some_and(|c| c.is_lowercase());
    let mut edits = vec![Edit::new(
        u.range.start..name.start,
        format!("{article}{}, ", recase(written, false)),
    )];
    if needs_comma {
        edits.push(Edit::insert(name.end, ","));
    }
    Some(Fix {
        title: "Put the title after the name".into(),
        edits,
        safe: false,
    })
}
