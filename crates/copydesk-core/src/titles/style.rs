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
    super::find(cx.doc)
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

fn remove_title(doc: &Document, u: &TitleUsage, written: &str, safe: bool) -> Fix {
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
pub fn verdict(style: &StyleProfile, u: &TitleUsage, doc: &Document) -> Option<Verdict> {
    let def = u.def();
    let label = style.label();
    let written = &doc.text[u.range.clone()];
    let point_wanted = style.courtesy.full_point;
    let one = |message: String, fix: Option<Fix>| {
        Some(Verdict {
            range: u.range.clone(),
            message,
            fix,
        })
    };
    match def.kind {
        TitleKind::Honour | TitleKind::Saint => return None,
        TitleKind::Occupation => {
            // Never a formal title: capitals beside a name are wrong wherever the style writes
            // titles there in lower case (`The council's Chief Executive, Helen Marsh,`).
            let lowercase = match u.position {
                Position::CommaBefore => style.titles.comma_set == TitleCase::Lowercase,
                Position::After => style.titles.after_name == TitleCase::Lowercase && !u.continued,
                _ => false,
            };
            if lowercase && u.case == Case::Upper && !lexicon().is_office_too(&def.title) {
                let form = recase(written, false);
                return one(
                    format!("{label} style: \"{form}\" is a job description, not a formal title: write it in lower case"),
                    Some(Fix {
                        title: format!("Write \"{form}\""),
                        edits: vec![Edit::new(u.range.clone(), form.clone())],
                        safe: true,
                    }),
                );
            }
            return None;
        }
        TitleKind::Social => match style.courtesy.usage {
            CourtesyUse::None => {
                return one(
                        format!("{label} style uses no courtesy titles outside quotations: drop \"{written}\""),
                        Some(remove_title(doc, u, written, true)),
                    );
            }
            CourtesyUse::LaterReferences if u.shape == Some(NameShape::Full) => {
                return one(
                        format!("{label} style uses no courtesy title with a full name (first reference): drop \"{written}\""),
                        Some(remove_title(doc, u, written, true)),
                    );
            }
            _ => {}
        },
        TitleKind::Academic if def.title == "Doctor" => {
            if style.courtesy.doctor_medical_only {
                if u.shape == Some(NameShape::Surname) {
                    return one(
                        format!("{label} style uses \"Dr\" on first reference only; later references take the surname"),
                        Some(remove_title(doc, u, written, false)),
                    );
                }
                if !medical_context(doc, u) {
                    return one(
                        format!("{label} style reserves \"Dr\" for medical doctors"),
                        Some(remove_title(doc, u, written, false)),
                    );
                }
            }
            if style.courtesy.doctor_full_name_only && u.shape == Some(NameShape::Surname) {
                return one(
                    format!("{label} style uses \"Dr.\" only before a full name; later references take the surname"),
                    Some(remove_title(doc, u, written, true)),
                );
            }
        }
        _ => {}
    }
    if def.kind == TitleKind::Formal
        && u.position == Position::Before
        && !style.titles.ministerial_prefix
        && def.ministerial
    {
        return one(
            format!(
                "{label} style does not put a minister's title before the name: write \"the {}, {}\"",
                recase(written, false),
                u.name.clone().map(|r| &doc.text[r]).unwrap_or("…")
            ),
            economist_fix(doc, u, written),
        );
    }

    // Build the house form of the title as written: abbreviation, then case, then points.
    let mut reasons: Vec<String> = Vec::new();
    let mut form = written.to_string();
    let mut abbreviated = u.abbreviated;
    let t = &style.titles;
    if def.abbr.is_some() && u.position == Position::Before {
        let abbr = def.abbr.clone().unwrap_or_default();
        if u.abbreviated && in_list(&t.never_abbreviate, &def.title) {
            form = def.title.clone();
            abbreviated = false;
            reasons.push(format!("\"{}\" is never abbreviated", def.title));
        } else if !u.abbreviated
            && u.shape == Some(NameShape::Full)
            && in_list(&t.abbreviate_before_full_name, &def.title)
        {
            form = abbr.clone();
            abbreviated = true;
            reasons.push(format!("abbreviate \"{}\" before a full name", def.title));
        } else if u.abbreviated
            && u.shape == Some(NameShape::Surname)
            && in_list(&t.spell_out_before_surname, &def.title)
        {
            form = def.title.clone();
            abbreviated = false;
            reasons.push(format!(
                "spell out \"{}\" before a surname alone",
                def.title
            ));
        }
    }
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
        && in_list(&t.lowercase_before_name, &def.title)
        && !u.sentence_start
        && form.starts_with(char::is_uppercase)
    {
        form = recase(&form, false);
        reasons.push(format!(
            "\"{}\" is lower case, even before a name",
            def.title.to_lowercase()
        ));
    }
    if abbreviated && def.kind != TitleKind::Honour {
        if let Some(p) = point_wanted {
            let has = form.contains('.');
            if has != p {
                form = set_points(&form, p);
                reasons.push(if p {
                    "abbreviated titles take a full point".into()
                } else {
                    "abbreviated titles take no full point".into()
                });
            }
        }
    }
    if form == written || reasons.is_empty() {
        return None;
    }
    one(
        format!("{label} style: {}: write \"{form}\"", reasons.join("; ")),
        Some(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(u.range.clone(), form.clone())],
            safe: true,
        }),
    )
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
