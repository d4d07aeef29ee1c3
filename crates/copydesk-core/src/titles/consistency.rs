//! The draft against itself: the first usage of each kind of title sets the draft's convention
//! and later usages that differ are reported (the logic of `title-consistency`).
//!
//! Like is compared with like: full points within one family of abbreviations (courtesy titles;
//! clerical and military ranks; civil titles; saints), capitals within one rank of formal titles
//! (heads of state and government; ministers with a portfolio; other offices), abbreviation
//! within one title before one shape of name. Job descriptions are never compared.

use super::style::{
    decides_abbreviation, descriptive, expected_case, rank_of, set_points, verdict,
};
use super::{recase, Case, NameShape, PointKind, Position, Qualifier, Rank, TitleKind, TitleUsage};
use crate::finding::{Edit, Finding, Fix};
use crate::rule_id::RuleId;
use crate::rules::Context;
use crate::styles::TitleCase;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// The conventions a draft has set so far: where each was set and what it is.
#[derive(Default)]
struct Conventions<'a> {
    points: HashMap<PointKind, (Range<usize>, bool)>,
    /// By rank, and apart for titles after `former` or `then-`, which are compared only with
    /// each other (`former president Ann Lee`, `former President Lee`).
    /// Apart too for titles whose kind the style leaves open before a name everywhere
    /// (BBC: `immigration minister Ana Ruiz`), which a capital the style requires of its
    /// neighbours in rank (`Home Secretary Tom Hale`) sets no habit for.
    capitals: HashMap<(Rank, bool, bool), (Range<usize>, Case)>,
    abbrevs: HashMap<(usize, NameShape), (Range<usize>, bool)>,
    /// The courtesy title first given with a word of a name: (title, its entry, the name's start).
    courtesy: rustc_hash::FxHashMap<&'a str, (Range<usize>, usize, usize)>,
    /// How many people of the story have each word in their names (counted when first needed).
    surnames: Option<rustc_hash::FxHashMap<&'a str, usize>>,
    /// Where the draft's newlines are (found when a message first names a line).
    newlines: Option<Vec<usize>>,
}

impl Conventions<'_> {
    /// The line (1-based) of a byte offset, for messages that say where a convention was set:
    /// one pass over the draft for all of them, so that many usages differing from a
    /// convention set late in a long draft stay linear.
    fn line_of(&mut self, text: &str, offset: usize) -> usize {
        let newlines = self
            .newlines
            .get_or_insert_with(|| memchr::memchr_iter(b'\n', text.as_bytes()).collect());
        newlines.partition_point(|&n| n < offset) + 1
    }
}

/// What the selected style decides for one usage (nothing without a style).
#[derive(Default)]
struct Decided {
    points: bool,
    case: bool,
    abbr: bool,
}

/// Appends a finding for every title usage that differs from the draft's own convention.
pub fn check_consistency(cx: &Context, out: &mut Vec<Finding>) {
    let usages = cx.title_usages();
    // An earned title dropped reads the people, not the draft's habits: it is worked out on
    // the other core for a long draft while the habits are followed through the usages.
    let (slips, (kept, found)) = crate::join(
        cx.doc.text.len(),
        || {
            let slip = |(i, u): (usize, &TitleUsage)| Some((i, earned_slip(cx, u)?));
            let usages = usages.iter().enumerate().filter(|(_, u)| !u.plural);
            usages.filter_map(slip).collect::<Vec<_>>()
        },
        || habits(cx, usages),
    );
    // A usage the style reports has no finding here; a doctor or an officer later called
    // `Mr.`/`Ms.` is the one finding of its usage (`verdict` is silent on it).
    let (mut slips, mut found) = (slips.into_iter().peekable(), found.into_iter().peekable());
    for (i, kept) in kept.into_iter().enumerate() {
        let slip = slips.next_if(|s| s.0 == i).map(|s| s.1);
        let habit = found.next_if(|f| f.0 == i).map(|f| f.1);
        if kept {
            out.extend(slip.or(habit));
        }
    }
}

/// Whether each usage is judged here (not a plural, not one the style reports), and the
/// findings of those that differ from the draft's habits, by usage.
fn habits(cx: &Context, usages: &[TitleUsage]) -> (Vec<bool>, Vec<(usize, Finding)>) {
    let mut conv = Conventions::default();
    let (mut kept, mut out) = (Vec::with_capacity(usages.len()), Vec::new());
    for (i, u) in usages.iter().enumerate() {
        // A plural before a list of names is the style's alone to judge (`Presidents Lee and
        // Park` sets no form for one person's title).
        kept.push(false);
        // A rank in lower case before a name (`general Tom Weld`) is the style's alone too: it
        // may be a common noun, and sets no habit.
        if u.plural || super::style::lower_rank(u) {
            continue;
        }
        let mut decided = Decided::default();
        if let Some(style) = cx.style {
            decided = Decided {
                points: style.courtesy.full_point.is_some(),
                case: expected_case(style, u) != TitleCase::Open,
                abbr: decides_abbreviation(style, u),
            };
            // The style reports this usage: nothing more to say here. Its abbreviation still
            // sets the draft's habit where the style leaves that open (`Sen. Ada Lim`, its
            // point the style's to mend, then `Senator Bo Kint`), so that one pass reports
            // both and one fix leaves the draft consistent.
            if verdict(style, u, cx).is_some() {
                if !decided.abbr
                    && matches!(u.def().kind, TitleKind::Formal | TitleKind::Academic)
                    && u.position == Position::Before
                {
                    abbreviation(cx, u, &mut conv);
                }
                continue;
            }
        }
        // One finding per usage, but a usage flagged for one habit still sets the others: `Prof.
        // Ingrid Lund` flagged for its full point has still abbreviated `Professor`.
        let mut found = None;
        if !decided.points {
            found = points(cx, u, &mut conv);
        }
        let def = u.def();
        // `Dr` stands for a courtesy title too (`Dr. Raman`, then `Mr. Raman`).
        if def.kind == TitleKind::Social || (is_doctor(def) && u.position == Position::Before) {
            if let Some(f) = courtesy(cx, u, &mut conv) {
                found = found.or(Some(f));
            }
        }
        if matches!(def.kind, TitleKind::Formal | TitleKind::Academic)
            && u.position == Position::Before
        {
            // A usage the style decides still sets the draft's habit for the usages it leaves
            // open (`President Viktor Yushchenko`, then `US president George Bush` under BBC).
            if let Some(f) = capitals(cx, u, &mut conv) {
                if !decided.case {
                    found = found.or(Some(f));
                }
            }
            if !decided.abbr {
                if let Some(f) = abbreviation(cx, u, &mut conv) {
                    found = found.or(Some(f));
                }
            }
        }
        kept[i] = true;
        out.extend(found.map(|f| (i, f)));
    }
    (kept, out)
}

/// Full points of an abbreviation against the first of its family.
fn points(cx: &Context, u: &TitleUsage, conv: &mut Conventions) -> Option<Finding> {
    let def = u.def();
    if !u.abbreviated || matches!(def.kind, TitleKind::Honour | TitleKind::Occupation) {
        return None;
    }
    let text = cx.doc.text;
    let family = def.points;
    let (first, p) = match conv.points.get(&family) {
        None => {
            conv.points.insert(family, (u.range.clone(), u.point));
            return None;
        }
        Some(x) => x.clone(),
    };
    if p == u.point {
        return None;
    }
    let written = &text[u.range.clone()];
    let message = format!(
        "\"{written}\" differs from \"{}\" on line {}, the first of the {} in this draft: {} have {}",
        &text[first.clone()],
        conv.line_of(text, first.start),
        family.describe(),
        family.describe(),
        if p {
            "taken a full point"
        } else {
            "gone without a full point"
        }
    );
    Some(finding(u, message, set_points(written, p), first))
}

/// Whether a title is a doctor's (`Dr`, `Doctor`), which takes the courtesy title's place.
fn is_doctor(def: &super::lexicon::TitleDef) -> bool {
    def.kind == TitleKind::Academic && def.title == "Doctor"
}

/// The people whose first four titled mentions outside quotations (where a person's earned
/// title is given: see [`earned_title`]) include a doctor's title or a military rank, found
/// once per analysis: person -> the mention and title of the first doctor's and of the first
/// rank's; and the spans of their mentions, in order.
#[derive(Debug, Default)]
pub(crate) struct EarnedTitles {
    people: HashMap<usize, (Earned, Earned)>,
    spans: Vec<Range<usize>>,
}

/// A mention of a person (its index among the person's) and the title's entry in the lexicon.
type Earned = Option<(usize, usize)>;

impl EarnedTitles {
    /// Reads the people's titled mentions, each title looked up once.
    pub(crate) fn of<'p>(people: &'p crate::people::People) -> EarnedTitles {
        let lex = super::lexicon();
        // Title as written -> (a doctor's title, a rank): a draft writes a few titles often.
        let mut kinds: HashMap<&'p str, (Option<usize>, Option<usize>)> = HashMap::default();
        let mut out = EarnedTitles::default();
        let mut kind = |t: &'p str| -> (Option<usize>, Option<usize>) {
            *kinds.entry(t).or_insert_with(|| {
                let key = t.trim_end_matches('.');
                let phrase = lex.def_of_phrase(t);
                let d = lex
                    .def_by_title(key)
                    .or(phrase)
                    .filter(|&d| is_doctor(&lex.defs[d]));
                let r = phrase.filter(|&d| {
                    let d = &lex.defs[d];
                    d.kind == TitleKind::Formal && d.noun && d.points == PointKind::Rank
                });
                (d, r)
            })
        };
        for (pi, person) in people.persons.iter().enumerate() {
            // A person's titles are those of all their mentions: most people have none
            // earned, and their mentions are not read.
            let earns = |(d, r): (Option<usize>, Option<usize>)| d.is_some() || r.is_some();
            if !person.titles.iter().any(|t| earns(kind(t))) {
                continue;
            }
            let (mut doctor, mut rank) = (None, None);
            let titled = person
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| !m.in_quote && m.title.is_some())
                .take(4);
            for (mi, m) in titled {
                let Some(t) = m.title.as_deref() else {
                    continue;
                };
                let (d, r) = kind(t);
                if doctor.is_none() {
                    doctor = d.map(|d| (mi, d));
                }
                if rank.is_none() {
                    rank = r.map(|r| (mi, r));
                }
            }
            if doctor.is_some() || rank.is_some() {
                out.people.insert(pi, (doctor, rank));
                out.spans
                    .extend(person.mentions.iter().map(|m| m.range.clone()));
            }
        }
        out.spans.sort_by_key(|r| (r.start, r.end));
        out
    }
}

/// One person given two courtesy titles (`Ms Harriet Quennell`, then `Mrs Quennell`): the later
/// one is fixed to the first. Only where the surname names no one else in the draft, so a
/// mother and daughter (`Mrs Lyle`, `Ms Lyle`) are never read as one woman.
fn courtesy<'a>(cx: &Context<'a>, u: &TitleUsage, conv: &mut Conventions<'a>) -> Option<Finding> {
    // `Mr. and Mrs. Walter Finch`: two people, each with a title of their own.
    if u.def().plural || u.couple.is_some() {
        return None;
    }
    let name = u.name.clone()?;
    // Keyed by the first and last words of the name (a family name may come first), so that
    // who is who is asked only when two titles differ: most drafts never ask.
    let text = cx.doc.text;
    let words = text[name.clone()].split_whitespace();
    let ends = [words.clone().next()?, words.last()?];
    let mut seen = None;
    for w in ends {
        match conv.courtesy.get(w) {
            Some(x) if seen.is_none() && x.1 != u.def => seen = Some(x.clone()),
            Some(_) => {}
            None => {
                conv.courtesy
                    .insert(w, (u.range.clone(), u.def, name.start));
            }
        }
    }
    // A doctor's title only sets the habit: a later `Dr.` after `Mr.` may be news of the
    // degree, never a slip to undo.
    if is_doctor(u.def()) {
        return None;
    }
    let (first, def, first_name) = seen?;
    // A name shared by two people of the story is never one person's (asked first: it needs
    // no index of who is mentioned where).
    let surnames = conv.surnames.get_or_insert_with(|| {
        let mut n: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for p in &cx.people().persons {
            // Every word of the name, so that a family name written first counts too.
            let mut last = "";
            for w in p.canonical.split_whitespace() {
                if w != last {
                    *n.entry(w).or_insert(0) += 1;
                }
                last = w;
            }
        }
        n
    });
    let surname = text[name.clone()].split_whitespace().last()?;
    if surnames.get(surname) != Some(&1) {
        return None;
    }
    let person = cx.person_at(name.start)?;
    if cx.person_at(first_name) != Some(person) {
        return None;
    }
    let first_text = &text[first.clone()];
    let first_def = &super::lexicon().defs[def];
    // A doctor keeps `Dr` (its abbreviation, as a courtesy title is written).
    let title = if is_doctor(first_def) {
        first_def
            .abbr
            .as_deref()
            .unwrap_or("Dr")
            .trim_end_matches('.')
    } else {
        &first_def.title
    };
    let form = set_points(title, u.point);
    let message = format!(
        "\"{}\" differs from \"{first_text}\" on line {}: the same person has been given another courtesy title",
        &text[u.range.clone()],
        conv.line_of(text, first.start),
    );
    Some(finding(u, message, form, first))
}

/// The title a person has earned (`Dr`, a military rank) that a later courtesy title on their
/// surname drops (`Dr. Meera Raman`, then `Ms. Raman`; `Gen. Ada Okoro`, then `Ms. Okoro`):
/// where the earlier mention is, the title to write, and whether it is a rank. Only under no
/// style or one that gives courtesy titles (one that drops them says so itself), and only for
/// the person the surname names alone: a surname two people of the story fit is
/// `ambiguous-name`'s, and a `Mr. Raman` the people read as someone else is someone else.
pub(crate) fn earned_title(cx: &Context, u: &TitleUsage) -> Option<(Range<usize>, String, bool)> {
    if u.def().kind != TitleKind::Social
        || u.def().plural
        || u.couple.is_some()
        || u.position != Position::Before
        || u.shape != Some(NameShape::Surname)
        || cx
            .style
            .is_some_and(|s| s.courtesy.usage == crate::styles::CourtesyUse::None)
    {
        return None;
    }
    let name = u.name.clone()?;
    let ambiguous = &cx.people().ambiguous;
    // In document order, each range with its title: the one that ends after the name's start.
    let i = ambiguous.partition_point(|a| a.range.end <= name.start);
    if ambiguous
        .get(i)
        .is_some_and(|a| a.range.start <= name.start)
    {
        return None;
    }
    let earned = cx.earned_titles();
    // Only a mention of someone given an earned title can be: most usages are no such
    // mention, and are answered without the index of every mention.
    // Read as `MentionIndex::person_at` reads every mention: the mentions that start last at
    // or before the name.
    let k = earned.spans.partition_point(|r| r.start <= name.start);
    let last = earned.spans.get(k.checked_sub(1)?)?.start;
    if earned.spans[..k]
        .iter()
        .rev()
        .take_while(|r| r.start == last)
        .all(|r| r.end <= name.start)
    {
        return None;
    }
    let pi = cx.person_at(name.start)?;
    let &(doctor, rank) = earned.people.get(&pi)?;
    let person = &cx.people().persons[pi];
    let lex = super::lexicon();
    // A person's earned title is given when they are introduced: the first few titled
    // mentions before this one tell it. Among them the first doctor's, else the first rank's.
    if let Some((mi, def)) = doctor.filter(|&(mi, _)| person.mentions[mi].range.start < name.start)
    {
        let m = &person.mentions[mi];
        let abbr = lex.defs[def]
            .abbr
            .as_deref()
            .unwrap_or("Dr")
            .trim_end_matches('.');
        let point = cx
            .style
            .and_then(|s| s.courtesy.full_point)
            .unwrap_or(u.point);
        return Some((m.range.clone(), set_points(abbr, point), false));
    }
    let (mi, def) = rank.filter(|&(mi, _)| person.mentions[mi].range.start < name.start)?;
    let at = person.mentions[mi].range.clone();
    let written = person.mentions[mi].title.as_deref()?;
    // An officer the draft says has left the service (in the sentence that gives the rank)
    // may be `Mr.` later: guides differ, so nothing is said.
    let block = cx.doc.block_at(at.start)?;
    let sentence = cx.doc.sentence_at(block, at.start);
    let left = cx.doc.text.get(sentence).is_some_and(|s| {
        s.split(|c: char| !c.is_alphabetic()).any(|w| {
            super::words::LEFT_SERVICE
                .iter()
                .any(|l| l.eq_ignore_ascii_case(w))
        })
    });
    if left {
        return None;
    }
    let d = &lex.defs[def];
    // Spelled out before a surname alone where the style says so (NYT, the Economist,
    // Chicago: `General Okoro`, `Colonel Raman` after `Lt. Col. Arjun Raman`); else as the
    // draft wrote it (`Gen Okoro` under the BBC), with the style's points.
    let spelled = cx.style.is_some_and(|s| {
        s.courtesy.usage == crate::styles::CourtesyUse::LaterReferences
            || s.titles
                .spell_out_before_surname
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&d.title))
    });
    let form = if spelled {
        d.title.split_whitespace().last()?.to_string()
    } else {
        match cx.style.and_then(|s| s.courtesy.full_point) {
            Some(p) => set_points(written, p),
            None => written.to_string(),
        }
    };
    Some((at, form, true))
}

/// A courtesy title where the person's earned title belongs (see [`earned_title`]), with the
/// earned title as the fix: safe for `Dr`, offered only for a rank (which form of it a
/// newsroom keeps later varies: `General Okoro`, `Gen. Okoro`).
fn earned_slip(cx: &Context, u: &TitleUsage) -> Option<Finding> {
    let (first, form, rank) = earned_title(cx, u)?;
    let text = cx.doc.text;
    let written = &text[u.range.clone()];
    let message = format!(
        "\"{written}\" names someone the draft has called \"{}\": {} is kept on later references, not a courtesy title",
        person_title(cx, &first).unwrap_or(form.as_str()),
        if rank { "a military rank" } else { "a doctor's title" },
    );
    Some(
        Finding::new(RuleId::TitleConsistency, u.range.clone(), message)
            .with_fix(Fix {
                title: format!("Write \"{form}\""),
                edits: vec![Edit::new(u.range.clone(), form.clone())],
                safe: !rank,
            })
            .with_related(first, "the title given first"),
    )
}

/// The title written before the mention of a person at `name` (as the people read it).
fn person_title<'a>(cx: &'a Context, name: &Range<usize>) -> Option<&'a str> {
    let p = &cx.people().persons[cx.person_at(name.start)?];
    p.mentions
        .iter()
        .find(|m| m.range == *name)?
        .title
        .as_deref()
}

/// Capitals of a formal title directly before a name against the first of its rank.
fn capitals(cx: &Context, u: &TitleUsage, conv: &mut Conventions) -> Option<Finding> {
    let def = u.def();
    // An abbreviation (`Gov.`, `Sen.`) is capitalised in every style: its case says nothing
    // about the draft's habit for titles spelled out, and lowering it is never right. A rank
    // that is a common noun in lower case (`Major`, `Captain`) is only a title when
    // capitalised: lowered, it is no title at all (`major Harris`), and `Major` may be a name.
    if def.kind != TitleKind::Formal
        || u.abbreviated
        || def.noun
        || descriptive(u)
        || u.qualifier == Qualifier::Shadow
    {
        return None;
    }
    let text = cx.doc.text;
    let written = &text[u.range.clone()];
    let rank = rank_of(cx.style, def);
    let key = (
        rank,
        u.modifier.is_some() || former_opening(text, u),
        open_kind(cx, def),
    );
    // A capitalised title opening a sentence cannot break the convention, but it can set it:
    // professional copy capitalises titles before names far more often than not.
    if u.case == Case::Unknown {
        if u.sentence_start
            && written.starts_with(char::is_uppercase)
            && written.chars().any(char::is_lowercase)
        {
            conv.capitals
                .entry(key)
                .or_insert((u.range.clone(), Case::Upper));
        }
        return None;
    }
    let (first, c) = match conv.capitals.get(&key) {
        None => {
            if u.case != Case::Mixed {
                conv.capitals.insert(key, (u.range.clone(), u.case));
            }
            return None;
        }
        Some(x) => x.clone(),
    };
    if c == u.case {
        return None;
    }
    let upper = c == Case::Upper;
    let message = format!(
        "\"{written}\" differs from \"{}\" on line {}: {} directly before a name have been {} in this draft",
        &text[first.clone()],
        conv.line_of(text, first.start),
        match rank {
            Rank::Head => "titles of heads of state and government",
            Rank::Minister => "ministers' titles",
            Rank::Office => "formal titles",
        },
        if upper { "capitalised" } else { "lowercase" }
    );
    Some(finding(u, message, recase(written, upper), first))
}

/// Whether the selected style leaves this title's kind (its head word, profile data) open
/// before a name wherever it stands.
fn open_kind(cx: &Context, def: &super::lexicon::TitleDef) -> bool {
    cx.style.is_some_and(|s| {
        def.head.as_ref().is_some_and(|h| {
            s.titles
                .open_heads_before_name
                .iter()
                .any(|o| o.eq_ignore_ascii_case(h))
        })
    })
}

/// `Former President Ann Lee` opening its sentence: a former holder's title like `former
/// president Ann Lee` later on, though the capital of `Former` (the sentence's, not the draft's
/// habit) leaves it no modifier of its own.
fn former_opening(text: &str, u: &TitleUsage) -> bool {
    if u.qualifier != Qualifier::Former {
        return false;
    }
    let before = text[..u.range.start].trim_end_matches(' ');
    before.strip_suffix("Former").is_some_and(|rest| {
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

/// Abbreviation of one title before one shape of name against its first use.
fn abbreviation(cx: &Context, u: &TitleUsage, conv: &mut Conventions) -> Option<Finding> {
    let def = u.def();
    let (shape, abbr) = (u.shape?, def.abbr.as_ref()?);
    if let Some(f) = shortened_later(cx, u, conv) {
        return Some(f);
    }
    let (first, a) = match conv.abbrevs.get(&(u.def, shape)) {
        None => {
            conv.abbrevs
                .insert((u.def, shape), (u.range.clone(), u.abbreviated));
            return None;
        }
        Some(x) => x.clone(),
    };
    if a == u.abbreviated {
        return None;
    }
    let text = cx.doc.text;
    let written = &text[u.range.clone()];
    let first_text = &text[first.clone()];
    let form = if a {
        // Keep the draft's own full points: its family's habit, else the first abbreviation's.
        // An abbreviation is capitalised whatever the case of the title it replaces.
        // The style's points, where it decides them.
        let point = cx
            .style
            .and_then(|s| s.courtesy.full_point)
            .unwrap_or_else(|| {
                conv.points
                    .get(&def.points)
                    .map_or(first_text.contains('.'), |(_, p)| *p)
            });
        set_points(abbr, point)
    } else {
        // Spelled out in the case the draft writes this title before names: the usage's own,
        // or for an abbreviation (which has none) the first spelled-out form's.
        let lower = match u.case {
            Case::Lower => true,
            _ if u.abbreviated => first_text.starts_with(char::is_lowercase),
            _ => false,
        };
        recase(&def.title, !lower)
    };
    let shape_words = match shape {
        NameShape::Full => "a full name",
        NameShape::Surname => "a surname",
    };
    let message = format!(
        "\"{written}\" differs from \"{first_text}\" on line {} before {shape_words}: the title has been {} in this draft",
        conv.line_of(text, first.start),
        if a { "abbreviated" } else { "spelled out" }
    );
    Some(finding(u, message, form, first))
}

/// A title spelled out before a full name and abbreviated before a surname alone (`Governor
/// Lise Brandt`, then `Gov. Brandt`), for the titles whose short form goes only with a full
/// name (lexicon data): houses abbreviate with the full name and spell out with the surname
/// (Chicago), or keep one form for both, never the reverse. Judged against the first use
/// before a full name; it sets no habit for the surname, so a later `Governor Brandt` is not
/// held to it.
fn shortened_later(cx: &Context, u: &TitleUsage, conv: &mut Conventions) -> Option<Finding> {
    if u.shape != Some(NameShape::Surname)
        || !u.abbreviated
        || !super::lexicon::lexicon().short_only_with_full_name(&u.def().title)
    {
        return None;
    }
    let (first, abbreviated) = conv.abbrevs.get(&(u.def, NameShape::Full))?.clone();
    if abbreviated {
        return None;
    }
    let text = cx.doc.text;
    let first_text = &text[first.clone()];
    let form = recase(&u.def().title, !first_text.starts_with(char::is_lowercase));
    let message = format!(
        "\"{}\" differs from \"{first_text}\" on line {}: a title spelled out before the full name is spelled out before the surname too",
        &text[u.range.clone()],
        conv.line_of(text, first.start),
    );
    Some(finding(u, message, form, first))
}

fn finding(u: &TitleUsage, message: String, form: String, first: Range<usize>) -> Finding {
    Finding::new(RuleId::TitleConsistency, u.range.clone(), message)
        .with_fix(Fix {
            title: format!("Write \"{form}\""),
            edits: vec![Edit::new(u.range.clone(), form)],
            safe: true,
        })
        .with_related(first, "the form used first")
}
