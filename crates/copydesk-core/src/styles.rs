//! House style profiles: data files in `data/styles/`, embedded in the binary.
//!
//! Each profile says how its guide writes titles (courtesy titles, full points, capitals
//! before, beside and after names, abbreviations) and which spellings of names it prefers.
//! A newsroom can copy one of the files and edit it; every field is documented in the files.

use crate::titles::Rank;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};

/// The names of the built-in profiles.
pub const NAMES: &[&str] = &[
    "ap",
    "reuters",
    "nyt",
    "bbc",
    "guardian",
    "economist",
    "chicago",
];

const SOURCES: &[(&str, &str)] = &[
    ("ap", include_str!("../data/styles/ap.toml")),
    ("reuters", include_str!("../data/styles/reuters.toml")),
    ("nyt", include_str!("../data/styles/nyt.toml")),
    ("bbc", include_str!("../data/styles/bbc.toml")),
    ("guardian", include_str!("../data/styles/guardian.toml")),
    ("economist", include_str!("../data/styles/economist.toml")),
    ("chicago", include_str!("../data/styles/chicago.toml")),
];

/// Whether a house uses courtesy titles (`Mr`, `Mrs`, `Ms`, `Miss`) outside quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum CourtesyUse {
    /// Never outside quotations (AP, Reuters, Guardian): the fix removes them.
    None,
    /// On later references with the surname only, never with a full name (NYT, Economist).
    LaterReferences,
    /// Used; the guide does not restrict where (BBC, Chicago).
    #[default]
    Allowed,
}

/// How a house names a person after the first mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum LaterReference {
    /// The surname alone: `Ruiz said` (AP, Reuters, Guardian).
    Surname,
    /// A courtesy title and the surname: `Ms. Ruiz` (NYT, WSJ), `Ms Ruiz` (BBC, Economist).
    Courtesy,
    /// The guide does not decide.
    #[default]
    Open,
}

/// How a house names a person on the first mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum FirstReference {
    /// The full name without a courtesy title: `Ana Ruiz`.
    FullName,
    /// The guide does not decide.
    #[default]
    Open,
}

/// The rules of reference: how people are named on first and later mentions.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceRules {
    /// The first mention: `full-name` (`Ana Ruiz`, no courtesy title) or `open`.
    #[serde(default)]
    pub first: FirstReference,
    /// Later mentions: `surname` (`Ruiz`), `courtesy` (`Ms. Ruiz`, with the profile's full
    /// point) or `open`.
    #[serde(default)]
    pub later: LaterReference,
    /// With `later = "courtesy"`: a bare surname is reported only for people the draft itself
    /// gives a courtesy title somewhere (BBC sport and arts copy names people by surname alone).
    #[serde(default)]
    pub courtesy_only_where_used: bool,
}

/// How a house writes a formal title in one position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum TitleCase {
    /// Initial capitals (`President Ann Lee`).
    Capitalised,
    /// Lower case (`the president`).
    Lowercase,
    /// The guide does not decide; `title-consistency` checks the draft against itself.
    #[default]
    Open,
}

/// Courtesy titles in a house style.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourtesyRules {
    /// Whether and where `Mr`, `Mrs`, `Ms`, `Miss` are used outside quotations.
    #[serde(rename = "use", default)]
    pub usage: CourtesyUse,
    /// Whether abbreviated titles (`Mr`, `Dr`, `Prof`, `Rev`) take a full point; absent: not decided.
    #[serde(default)]
    pub full_point: Option<bool>,
    /// `Dr` only for medical doctors (Reuters).
    #[serde(default)]
    pub doctor_medical_only: bool,
    /// `Dr` only before a full name, never with a surname alone (AP).
    #[serde(default)]
    pub doctor_full_name_only: bool,
    /// Earned titles written like courtesy titles on a later reference, in place of `Mr` or
    /// `Ms`, by their short form without a point (`Dr`: NYT's `Dr. Bhatt`, the Economist's
    /// `Dr Bhatt`): a person the draft gives one (on the first reference too) keeps it on the
    /// later ones. Absent: `Dr`.
    #[serde(default = "doctor_only")]
    pub later_titles: Vec<String>,
}

fn doctor_only() -> Vec<String> {
    vec!["Dr".into()]
}

impl Default for CourtesyRules {
    fn default() -> Self {
        CourtesyRules {
            usage: CourtesyUse::default(),
            full_point: None,
            doctor_medical_only: false,
            doctor_full_name_only: false,
            later_titles: doctor_only(),
        }
    }
}

/// Formal titles in a house style.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleRules {
    /// A title directly before a name: `President Ann Lee`.
    #[serde(default)]
    pub before_name: TitleCase,
    /// A title set off by commas before a name: `The city's mayor, Ann Lee, said`.
    #[serde(default)]
    pub comma_set: TitleCase,
    /// A title after a name: `Ann Lee, the mayor of Riverton,`.
    #[serde(default)]
    pub after_name: TitleCase,
    /// A title standing alone: `the mayor said`.
    #[serde(default)]
    pub alone: TitleCase,
    /// Job descriptions that some styles capitalise as formal titles before a name
    /// (`Chairman Obi Tenner`, `Chief Executive Mira Sallow`): `lowercase` where the house
    /// writes them in lower case next to a name in every position (Guardian, Economist);
    /// absent: before a name they follow the profile's judgement of formal titles.
    #[serde(default)]
    pub job_titles_beside_name: TitleCase,
    /// Titles whose case standing alone the profile leaves to the draft, by their spelled-out
    /// form (BBC copy writes `the Attorney General` as often as `the attorney general`).
    #[serde(default)]
    pub open_alone: Vec<String>,
    /// Whether `comma_set` and `after_name` apply to political job titles only (BBC).
    #[serde(default)]
    pub political_only_beside_name: bool,
    /// Titles capitalised even alone (`the King`, `the Pope` at the BBC).
    #[serde(default)]
    pub always_capitalised: Vec<String>,
    /// Whether ministers and secretaries may be written as a prefix (`Prime Minister Blair`);
    /// The Economist says no: `the prime minister, Mr Blair`.
    #[serde(default = "yes")]
    pub ministerial_prefix: bool,
    /// Titles abbreviated before a full name (`Gov. Ann Lee`), by their spelled-out form.
    #[serde(default)]
    pub abbreviate_before_full_name: Vec<String>,
    /// Titles spelled out before a surname alone (`Senator Lee`), by their spelled-out form.
    #[serde(default)]
    pub spell_out_before_surname: Vec<String>,
    /// Titles never abbreviated (`President`, `Attorney General`).
    #[serde(default)]
    pub never_abbreviate: Vec<String>,
    /// Titles written in lower case even before a name (AP: `professor Jane Smith`).
    #[serde(default)]
    pub lowercase_before_name: Vec<String>,
    /// Titles that take `the` before a name, by spelled-out title (AP: `the Rev. Ann Lee`).
    #[serde(default)]
    pub article_before_name: Vec<String>,
    /// The rank of titles whose rank in this newsroom differs from the lexicon's, by spelled-out
    /// title: `Chancellor = "minister"` where the chancellor is the finance minister. Only titles
    /// of one rank are compared with each other for their capitals (`head`, `minister`, `office`).
    #[serde(default)]
    pub ranks: BTreeMap<String, Rank>,
    /// Ranks whose case directly before a name the profile leaves to the draft's own habit
    /// (BBC copy writes `immigration minister Des Browne` as often as `Foreign Secretary Jack
    /// Straw`): `title-consistency` compares them within their rank.
    #[serde(default)]
    pub open_ranks_before_name: Vec<Rank>,
    /// Titles with a portfolio whose case directly before a name the profile leaves to the
    /// draft's habit, by their head word (`Minister`: BBC copy writes `immigration minister Des
    /// Browne` and `Foreign Minister Ann Lee` but always `Home Secretary Jack Straw`).
    #[serde(default)]
    pub open_heads_before_name: Vec<String>,
    /// A title before a name after a country or nationality (`French president Jacques Chirac`);
    /// absent: as `before_name`.
    #[serde(default)]
    pub before_name_after_country: Option<TitleCase>,
    /// A title before a name after `former`, `then-` or a capitalised `Acting` (`former
    /// President Jimmy Carter`, the modifier lowercase outside it); absent: as `before_name`.
    #[serde(default)]
    pub before_name_after_former: Option<TitleCase>,
}

fn yes() -> bool {
    true
}

/// One house style.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleProfile {
    /// The profile's name (`ap`, `bbc`, ...).
    pub name: String,
    /// The guide's name as shown in messages (`AP`, `BBC News`, ...).
    #[serde(default)]
    pub display: String,
    /// House spellings of names, which win over the draft's first mention.
    #[serde(default)]
    pub house_names: Vec<String>,
    /// Courtesy titles.
    #[serde(default)]
    pub courtesy: CourtesyRules,
    /// Formal titles.
    #[serde(default)]
    pub titles: TitleRules,
    /// First and later references to a person.
    #[serde(default)]
    pub references: ReferenceRules,
}

impl StyleProfile {
    /// The guide's name for messages.
    pub fn label(&self) -> &str {
        if self.display.is_empty() {
            &self.name
        } else {
            &self.display
        }
    }

    /// Parses a profile from TOML (the format of `data/styles/*.toml`).
    /// The error names the line and the reason, never the text: the file may not be a style at
    /// all (a config can be pointed at any file of the project, and CI logs are public).
    pub fn from_toml(text: &str) -> Result<StyleProfile, String> {
        toml::from_str(text).map_err(|e| {
            let reason = redact(e.message());
            match e.span() {
                Some(span) => {
                    let end = span.start.min(text.len());
                    let line = text.as_bytes()[..end]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    format!("not a copydesk style profile (line {line}: {reason})")
                }
                None => format!("not a copydesk style profile ({reason})"),
            }
        })
    }
}

/// A parser message without anything quoted from the file: only the kind of problem, and what
/// the profile format expects (which is ours to show).
fn redact(message: &str) -> String {
    let message = message.trim();
    let expected = message.find(", expected").map_or("", |i| &message[i..]);
    if message.starts_with("unknown field") {
        return format!("unknown key{expected}");
    }
    if message.starts_with("unknown variant") {
        return format!("unknown value{expected}");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let kind = rest.split([' ', ',']).next().unwrap_or("value");
        return format!("invalid type: {kind}{expected}");
    }
    if message.starts_with("missing field") {
        return message.to_string();
    }
    let plain = message.split(['`', '"', '\'']).next().unwrap_or("").trim();
    let plain = plain.trim_end_matches([',', ':']);
    if plain.is_empty() {
        "not valid TOML".into()
    } else {
        plain.to_string()
    }
}

/// Profiles a newsroom wrote itself, registered by the config that names them. Each distinct
/// text is parsed and kept once for the life of the process, so re-reading a config (the
/// language server does on every change) costs nothing more.
static CUSTOM: Mutex<Vec<(String, &'static StyleProfile)>> = Mutex::new(Vec::new());

/// Registers a newsroom's own profile from its TOML (the format of `data/styles/*.toml`), so
/// that [`profile`] finds it by its `name`. A built-in name cannot be reused.
pub fn register(text: &str) -> Result<&'static StyleProfile, String> {
    let mut custom = CUSTOM.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = custom.iter().find(|(t, _)| t == text) {
        return Ok(p);
    }
    let parsed = StyleProfile::from_toml(text)?;
    if NAMES.contains(&parsed.name.as_str()) {
        return Err(format!(
            "the profile's name `{}` is a built-in style's; give your house style a name of its own",
            parsed.name
        ));
    }
    let leaked: &'static StyleProfile = Box::leak(Box::new(parsed));
    // A newer text under the same name wins.
    custom.retain(|(_, p)| p.name != leaked.name);
    custom.push((text.to_string(), leaked));
    Ok(leaked)
}

/// Looks up a profile by name: a built-in one, or one registered with [`register`].
pub fn profile(name: &str) -> Option<&'static StyleProfile> {
    builtin(name).or_else(|| {
        let custom = CUSTOM.lock().unwrap_or_else(|e| e.into_inner());
        custom
            .iter()
            .rev()
            .find(|(_, p)| p.name == name)
            .map(|(_, p)| *p)
    })
}

/// Looks up a built-in profile by name.
fn builtin(name: &str) -> Option<&'static StyleProfile> {
    static CELL: OnceLock<Vec<StyleProfile>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(n, src)| {
                StyleProfile::from_toml(src)
                    .unwrap_or_else(|e| panic!("built-in style {n} is invalid: {e}"))
            })
            .collect()
    });
    all.iter().find(|p| p.name == name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_newsroom_profile_is_registered_by_name() {
        let text = super::SOURCES[0]
            .1
            .replacen("name = \"ap\"", "name = \"harbour-gazette\"", 1);
        let p = super::register(&text).unwrap();
        assert_eq!(p.name, "harbour-gazette");
        assert!(std::ptr::eq(super::profile("harbour-gazette").unwrap(), p));
        // The same text again is the same profile, not a new one.
        assert!(std::ptr::eq(super::register(&text).unwrap(), p));
        assert!(super::register(super::SOURCES[1].1)
            .unwrap_err()
            .contains("built-in"));
        assert!(super::register("name = 3").is_err());
    }

    #[test]
    fn every_builtin_profile_loads() {
        for n in super::NAMES {
            assert_eq!(super::profile(n).unwrap().name, *n);
        }
    }

    #[test]
    fn unknown_fields_are_rejected() {
        assert!(super::StyleProfile::from_toml("name = \"x\"\ncolour = 1").is_err());
    }

    #[test]
    fn errors_quote_nothing_from_the_file() {
        for text in [
            "name = \"x\"\nSECRET_KEY = 1\n",
            "name = \"x\"\nhouse_names = \"SECRET\"\n",
            "SECRET garbage\n",
            "name = \"x\"\n[courtesy]\nuse = \"SECRET\"\n",
            "name = 1\ndisplay = \"SECRET\"\n",
            "\"SECRET\" = [\n",
        ] {
            let e = super::StyleProfile::from_toml(text).unwrap_err();
            assert!(!e.contains("SECRET"), "{text:?}: {e}");
            assert!(e.starts_with("not a copydesk style profile (line "), "{e}");
        }
        let e = super::StyleProfile::from_toml("name = \"x\"\ncolour = 1\n").unwrap_err();
        assert!(e.contains("line 2: unknown key, expected"), "{e}");
    }

    mod props {
        use proptest::prelude::*;

        /// Pieces of TOML, right and wrong, some holding a planted secret.
        fn piece() -> impl Strategy<Value = &'static str> {
            prop::sample::select(vec![
                "name = ",
                "display = ",
                "house_names = ",
                "[courtesy]",
                "[titles]",
                "use = ",
                "full_point = ",
                "before_name = ",
                "ZQXJ7 = ",
                "\"ZQXJ7\"",
                "'ZQXJ7'",
                "ZQXJ7",
                "[\"ZQXJ7\"]",
                "[ZQXJ7]",
                "1",
                "true",
                "\"x\"",
                "[",
                "]",
                "{",
                "}",
                "=",
                ",",
                "\n",
                " ",
                "#",
                "\"\"\"",
                ".",
                "-",
                "[[a]]",
                "\"none\"",
                "\"open\"",
            ])
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
            #[test]
            fn a_style_error_never_quotes_the_file(parts in prop::collection::vec(piece(), 0..24)) {
                let text: String = parts.concat();
                if let Err(e) = super::super::StyleProfile::from_toml(&text) {
                    prop_assert!(!e.contains("ZQXJ7"), "{:?}: {}", text, e);
                }
            }
        }
    }
}
