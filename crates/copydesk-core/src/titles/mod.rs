//! Titles in a draft: the title lexicon (`data/titles.toml`, embedded) and every usage of a
//! title with its position next to a name.
//!
//! A usage is a title as written (`Mr.`, `Gov.`, `the Health Secretary`, `mayor of Lakeshore`)
//! with its case, its abbreviation and full points, and where it stands: directly before a
//! name, set off by commas before a name, after a name, or alone. The title rules judge these
//! usages; this module only finds them, in one pass over the words of the draft.

pub(crate) mod consistency;
mod find;
mod lexicon;
pub(crate) mod memo;
mod recase;
mod reference;
mod scan;
mod style;
mod tokens;
mod words;

pub use consistency::check_consistency;
pub use find::find;
pub(crate) use find::find_memo;
pub use lexicon::{lexicon, Lexicon, PointKind, Rank, TitleDef, TitleKind, TitleWord};
pub use recase::recase;
pub use reference::bare_later_references;
pub(crate) use style::surnames_in_full;
pub use style::{checked_usages, verdict, Verdict};

use std::ops::Range;

/// Whether a word is a title word before a name (`Mr`, `Dr.`, `President`, `Prime`, `Gov`),
/// ignoring case and a full point: the words kept in front of a renamed name.
pub fn is_title_word(word: &str) -> bool {
    lexicon().title_word(word).is_some()
}

/// Whether a word is an abbreviation whose full point does not end a sentence (`Mr`, `Gov`,
/// `Jr`, `Inc`, `Jan`), ignoring case and a trailing full point; `in_names` limits it to the
/// abbreviations found inside names (titles, `Jr`, `Mt`).
pub fn is_abbreviation(word: &str, in_names: bool) -> bool {
    lexicon().is_abbreviation(word, in_names)
}

/// A title in the plural, its last word inflected: spelled out by English inflection
/// (`Lieutenant Governor` gives `Lieutenant Governors`), abbreviated by an `s` before its point
/// (`Lt. Gov.` gives `Lt. Govs.`), as the lexicon reads plurals before names.
pub(crate) fn plural_title(title: &str, abbreviated: bool) -> String {
    let (head, last) = match title.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), title),
    };
    let bare = last.trim_end_matches('.');
    let point = &last[bare.len()..];
    let plural = if abbreviated {
        format!("{bare}s")
    } else {
        // The inflection of the lower-case word, the written capitals kept.
        let inflected = lexicon::plural_of(&bare.to_lowercase());
        bare.chars()
            .zip(inflected.chars())
            .map(|(w, i)| {
                if w.is_uppercase() {
                    i.to_ascii_uppercase()
                } else {
                    i
                }
            })
            .chain(inflected.chars().skip(bare.chars().count()))
            .collect()
    };
    format!("{head}{plural}{point}")
}

/// The last word of a title spelled out, in lower case, for the last word of its abbreviation
/// (`sen` gives `senator`); `None` for a word that abbreviates nothing.
pub fn spelled_last_word(word: &str) -> Option<String> {
    lexicon().spelled_last_word(word)
}

/// Where a title stands relative to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Directly before a name: `President Ann Lee`, `Mr Lee`.
    Before,
    /// Set off by commas before a name: `The city's mayor, Ann Lee, said`.
    CommaBefore,
    /// After a name: `Ann Lee, mayor of Riverton,`.
    After,
    /// Standing alone: `the mayor said`.
    Alone,
}

/// The case a title is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Every word capitalised: `Foreign Secretary`.
    Upper,
    /// Every word lower case: `foreign secretary`.
    Lower,
    /// Some of each: `Foreign secretary`.
    Mixed,
    /// Cannot tell (sentence start, all capitals).
    Unknown,
}

/// What stands directly before a title and changes how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// Nothing that matters: `said Governor Ann Lee`, `the mayor`.
    None,
    /// A nationality or country: `French president`, `US President`.
    Nationality,
    /// Another proper noun (an organisation, a party, a place): `Bank of England governor`,
    /// `Labour mayor`, `Ukraine's president`: a description more than a title.
    Proper,
    /// A holder at another time than the story's: `former foreign secretary`, `ex-minister`,
    /// `new education secretary`, `outgoing president`.
    Former,
    /// An opposition post: `shadow chancellor` (not an office of state).
    Shadow,
}

/// Whether a name is a full name or a surname alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameShape {
    /// Given name(s) and surname: `Ann Lee`, `Kim Jong-un`.
    Full,
    /// One name: `Lee`, `Ben Khalifa`.
    Surname,
}

/// One title as written in the draft.
#[derive(Debug, Clone)]
pub struct TitleUsage {
    /// Index of the entry in [`Lexicon::defs`].
    pub def: usize,
    /// The title's words as written, prefix (`Deputy`) and full points included,
    /// possessive `'s` excluded.
    pub range: Range<usize>,
    /// Written as the abbreviation (`Gov.`, `Mr`, `Dr`).
    pub abbreviated: bool,
    /// An abbreviation written with full points (`Mr.`, `Lt. Gov.`).
    pub point: bool,
    /// The case of its words.
    pub case: Case,
    /// Where it stands.
    pub position: Position,
    /// The name it goes with, when before or beside one.
    pub name: Option<Range<usize>>,
    /// Full name or surname alone.
    pub shape: Option<NameShape>,
    /// Index of its block.
    pub block: usize,
    /// Preceded by `the`, `a` or a possessive (`the mayor`, `Saxony's economy minister`).
    pub determiner: bool,
    /// Standing as the office a person holds, after a verb of being or choosing or `as`
    /// (`was elected president`, `served as mayor`): alone like a title after `the`.
    pub complement: bool,
    /// Followed by a capitalised word that is not a name: part of a proper noun
    /// (`Prime Minister's Questions`, `Justice Department`).
    pub continued: bool,
    /// Its block is a heading.
    pub in_heading: bool,
    /// It opens a sentence (so its first capital says nothing about style).
    pub sentence_start: bool,
    /// What stands directly before it.
    pub qualifier: Qualifier,
    /// Introduced by a plain `the` (`the interior minister`, `the US president`).
    pub plain_the: bool,
    /// Its name's last word appears nowhere earlier in the draft: the person's first mention.
    pub first_mention: bool,
    /// One of two courtesy titles joined by `and` before one name (`Mr. and Mrs. Walter
    /// Finch`, `Dr and Mrs Ruiz`): the span of both titles. The first takes the name after
    /// the second.
    pub couple: Option<Range<usize>>,
    /// Where a country or nationality directly before the title starts (`French` in `French
    /// Foreign Minister`, `Germany's`, `United States`).
    pub country: Option<usize>,
    /// `former` or `then-` before the title (a country between them allowed: `former French
    /// president`), which says when the office was held and stays outside the title (AP:
    /// `former President Jimmy Carter`); not at the start of a sentence.
    pub modifier: Option<Range<usize>>,
    /// A formal title in the plural before a list of names (`presidents Ann Lee and Bo Park`):
    /// only its case is judged, the name being the list's first. Standing alone, a plural
    /// after a word that counts its holders (`both Senators from the north`, `three Ministers
    /// resigned`): the title used generically.
    pub plural: bool,
    /// Standing alone after a determiner, the title an earlier usage of the draft gives a
    /// named person (`Major Ines Brask`, then `the Major said`): it refers back to that
    /// person as the office's holder, alone like `the president`.
    pub named_before: bool,
}

impl TitleUsage {
    /// The lexicon entry.
    pub fn def(&self) -> &'static TitleDef {
        &lexicon().defs[self.def]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocKind;
    use crate::document::Document;

    fn usages(text: &str) -> Vec<(String, Position, Option<NameShape>, Case)> {
        let doc = Document::parse(text, DocKind::PlainText);
        find(&doc)
            .into_iter()
            .map(|u| {
                (
                    text[u.range.clone()].to_string(),
                    u.position,
                    u.shape,
                    u.case,
                )
            })
            .collect()
    }

    #[test]
    fn lexicon_loads() {
        let lex = lexicon();
        assert!(lex.def_by_title("Governor").is_some());
        assert!(lex.def_by_title("Minister for Unification").is_some());
    }

    /// The index finds what reading every entry in order finds: the first that is no
    /// occupation, whatever the ASCII case, and a title longer than the stack buffer too.
    #[test]
    fn titles_are_looked_up_as_the_entries_are_read() {
        let lex = lexicon();
        let read = |t: &str| {
            lex.defs
                .iter()
                .position(|d| d.kind != TitleKind::Occupation && d.title.eq_ignore_ascii_case(t))
        };
        let long = format!("{} of the Realm", "Very ".repeat(12));
        let mut asked: Vec<String> = vec![long, "Dr.".into(), "nobody".into(), String::new()];
        for d in &lex.defs {
            asked.extend([
                d.title.clone(),
                d.title.to_ascii_uppercase(),
                d.title.to_ascii_lowercase(),
            ]);
        }
        for t in &asked {
            assert_eq!(lex.def_by_title(t), read(t), "{t}");
        }
    }

    #[test]
    fn positions() {
        let u = usages("It was a long day. The city's mayor, Ann Lee, said Gov. Bo Park and Mr. Lee met Tom Ray, the council's president, and the health secretary.");
        assert_eq!(
            u,
            vec![
                (
                    "mayor".into(),
                    Position::CommaBefore,
                    Some(NameShape::Full),
                    Case::Lower
                ),
                (
                    "Gov.".into(),
                    Position::Before,
                    Some(NameShape::Full),
                    Case::Upper
                ),
                (
                    "Mr.".into(),
                    Position::Before,
                    Some(NameShape::Surname),
                    Case::Upper
                ),
                ("president".into(), Position::After, None, Case::Lower),
                (
                    "health secretary".into(),
                    Position::Alone,
                    None,
                    Case::Lower
                ),
            ]
        );
    }

    #[test]
    fn occupations_and_particles() {
        let u = usages("Later press secretary Jo Bloggs and coach Erik Holm met Mr Ben Khalifa and Deputy Prime Minister Ed Vane.");
        assert_eq!(
            u,
            vec![
                (
                    "Mr".into(),
                    Position::Before,
                    Some(NameShape::Surname),
                    Case::Upper
                ),
                (
                    "Deputy Prime Minister".into(),
                    Position::Before,
                    Some(NameShape::Full),
                    Case::Upper
                ),
            ]
        );
    }

    #[test]
    fn recasing() {
        assert_eq!(
            recase("Minister for Unification", false),
            "minister for unification"
        );
        assert_eq!(
            recase("european affairs minister", true),
            "European Affairs Minister"
        );
        assert_eq!(
            recase("European Affairs Minister", false),
            "European affairs minister"
        );
    }

    fn qualifiers(text: &str) -> Vec<(String, Qualifier)> {
        let doc = Document::parse(text, DocKind::PlainText);
        find(&doc)
            .into_iter()
            .map(|u| (text[u.range.clone()].to_string(), u.qualifier))
            .collect()
    }

    #[test]
    fn a_country_of_any_length_is_not_a_description() {
        use Qualifier::*;
        let q = qualifiers(
            "It rained. Talks between Sierra Leone president Julius Bio, the United States \
             secretary of state Ann Cole, United Arab Emirates foreign minister Saif Nasser, South \
             Korea's president Lee Jae, Czech Republic premier Jan Novak and French president Paul \
             Roux ended.",
        );
        assert_eq!(
            q,
            vec![
                ("president".into(), Nationality),
                ("secretary of state".into(), Nationality),
                ("foreign minister".into(), Nationality),
                ("president".into(), Nationality),
                ("premier".into(), Nationality),
                ("president".into(), Nationality),
            ]
        );
    }

    #[test]
    fn an_organisation_makes_a_description() {
        use Qualifier::*;
        let q = qualifiers(
            "It rained. Then the union's general secretary Ann Lee, Bank of England governor \
             Tom Reed, Google UK president Jo Park and former Kenya president Sam Oloo spoke. Labour \
             Party chairman Ed Hill and the country's president Ali Khan listened.",
        );
        assert_eq!(
            q,
            vec![
                ("general secretary".into(), Proper),
                ("governor".into(), Proper),
                ("president".into(), Proper),
                ("president".into(), Former),
                ("president".into(), None),
            ]
        );
    }
}
