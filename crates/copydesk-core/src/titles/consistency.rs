//! The draft against itself: the first usage of each kind of title sets the draft's convention
//! and later usages that differ are reported (the logic of `title-consistency`).

use super::style::{decides_abbreviation, descriptive, expected_case, set_points, verdict};
use super::{recase, Case, NameShape, Position, Qualifier, TitleKind, TitleUsage};
use crate::finding::{Edit, Finding, Fix};
use crate::rules::Context;
use crate::styles::TitleCase;
use std::collections::HashMap;
use std::ops::Range;

/// Appends a finding for every title usage that differs from the draft's own convention.
pub fn check_consistency(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    // Saints (`St Albans`) keep their own habit apart from courtesy titles.
    let mut points: [Option<(Range<usize>, bool)>; 2] = [None, None];
    let mut capitals: Option<(Range<usize>, Case)> = None;
    let mut abbrevs: HashMap<(usize, NameShape), (Range<usize>, bool)> = HashMap::new();
    for u in cx.title_usages() {
        let def = u.def();
        let mut decided_points = false;
        let mut decided_case = false;
        let mut decided_abbr = false;
        if let Some(style) = cx.style {
            // The style reports this usage: nothing more to say here.
            if verdict(style, u, cx.doc).is_some() {
                continue;
            }
            decided_points = style.courtesy.full_point.is_some();
            decided_case = expected_case(style, u) != TitleCase::Open;
            decided_abbr = decides_abbreviation(style, u);
        }
        let written = &text[u.range.clone()];
        let pointable = u.abbreviated
            && (matches!(
                def.kind,
                TitleKind::Social | TitleKind::Academic | TitleKind::Saint
            ) || def.title == "Reverend");
        if pointable && !decided_points {
            let family = &mut points[usize::from(def.kind == TitleKind::Saint)];
            match family {
                None => *family = Some((u.range.clone(), u.point)),
                Some((first, p)) if *p != u.point => {
                    let form = set_points(written, *p);
                    out.push(finding(
                        u,
                        format!(
                            "\"{written}\" differs from \"{}\" used first in this draft: {}",
                            &text[first.clone()],
                            if *p {
                                "abbreviated titles have taken a full point"
                            } else {
                                "abbreviated titles have gone without a full point"
                            }
                        ),
                        form,
                        first.clone(),
                    ));
                    continue;
                }
                _ => {}
            }
        }
        if !matches!(def.kind, TitleKind::Formal | TitleKind::Academic)
            || u.position != Position::Before
        {
            continue;
        }
        // A capitalised title opening a sentence cannot break the convention, but it can set
        // it: professional copy capitalises titles before names far more often than not.
        let case = match u.case {
            Case::Unknown
                if u.sentence_start
                    && written.starts_with(char::is_uppercase)
                    && written.chars().any(char::is_lowercase) =>
            {
                if capitals.is_none() && !decided_case && def.kind == TitleKind::Formal {
                    capitals = Some((u.range.clone(), Case::Upper));
                }
                Case::Unknown
            }
            c => c,
        };
        let judged = def.kind == TitleKind::Formal
            && !decided_case
            && !descriptive(u)
            && u.qualifier != Qualifier::Shadow;
        if judged && matches!(case, Case::Upper | Case::Lower | Case::Mixed) {
            match &capitals {
                None if u.case != Case::Mixed => capitals = Some((u.range.clone(), u.case)),
                Some((first, c)) if *c != u.case => {
                    let upper = *c == Case::Upper;
                    let form = recase(written, upper);
                    out.push(finding(
                        u,
                        format!(
                            "\"{written}\" differs from \"{}\" used first in this draft: formal titles directly before a name have been {}",
                            &text[first.clone()],
                            if upper { "capitalised" } else { "lowercase" }
                        ),
                        form,
                        first.clone(),
                    ));
                    continue;
                }
                _ => {}
            }
        }
        if let (Some(shape), Some(abbr), false) = (u.shape, def.abbr.as_ref(), decided_abbr) {
            match abbrevs.get(&(u.def, shape)) {
                None => {
                    abbrevs.insert((u.def, shape), (u.range.clone(), u.abbreviated));
                }
                Some((first, a)) if *a != u.abbreviated => {
                    let first_text = &text[first.clone()];
                    let base = if *a {
                        // Keep the draft's own full points.
                        set_points(abbr, first_text.contains('.'))
                    } else {
                        def.title.clone()
                    };
                    let form = if u.case == Case::Lower {
                        recase(&base, false)
                    } else {
                        base
                    };
                    let shape_words = match shape {
                        NameShape::Full => "a full name",
                        NameShape::Surname => "a surname",
                    };
                    out.push(finding(
                        u,
                        format!(
                            "\"{written}\" differs from \"{first_text}\" used first in this draft before {shape_words}: the title has been {}",
                            if *a { "abbreviated" } else { "spelled out" }
                        ),
                        form,
                        first.clone(),
                    ));
                }
                _ => {}
            }
        }
    }
}

fn finding(u: &TitleUsage, message: String, form: String, first: Range<usize>) -> Finding {
    Finding::new("title-consistency", u.range.clone(), message)
        .with_fix(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(u.range.clone(), form)],
            safe: true,
        })
        .with_related(first, "the form used first")
}
