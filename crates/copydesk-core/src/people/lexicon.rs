//! The word lists behind name finding (data in `data/names/`, embedded and loaded once).

use super::keys::fold;
use super::keys::{FxMap as HashMap, FxSet as HashSet};
use std::sync::OnceLock;

/// Gender hint carried by a given name or a courtesy title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Masculine.
    M,
    /// Feminine.
    F,
}

/// What a title word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleWord {
    /// `Mr`, `Mrs`, `Dr`: with an optional gender.
    Courtesy(Option<Gender>),
    /// A word that ends a formal title (`Minister`, `President`).
    Head,
    /// A word that opens or fills one (`Deputy`, `Foreign`).
    Part,
}

/// Every list, folded for lookup.
pub struct Lexicon {
    /// Given names with an optional gender.
    pub given: HashMap<String, Option<Gender>>,
    /// Lowercase particles (`von`, `bin`, `de`).
    pub particles: HashSet<String>,
    /// Title words.
    pub titles: HashMap<String, TitleWord>,
    /// Generational suffixes (`Jr`, `III`).
    pub suffixes: HashSet<String>,
    /// Capitalised words that are not names.
    pub common: HashSet<String>,
    /// Places.
    pub places: HashSet<String>,
    /// Nationality and other descriptive words.
    pub demonyms: HashSet<String>,
    /// Words ending the name of a place, organisation or event.
    pub heads: HashSet<String>,
    /// East Asian family names.
    pub ea_surnames: HashSet<String>,
    /// Romanised Korean syllables.
    pub ko_syllables: HashSet<String>,
    /// Variant group of each person name form (folded), by group number.
    pub person_groups: HashMap<String, usize>,
    /// Place and organisation variant groups: each group's forms as written.
    pub place_groups: Vec<Vec<String>>,
    /// Reporting verbs (single words from the attribution cue list).
    pub reporting: HashSet<String>,
}

fn items(src: &'static str) -> impl Iterator<Item = (Option<&'static str>, &'static str)> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .flat_map(|l| {
            let (tag, rest) = match l.split_once(':') {
                Some((t, r)) if !t.contains(',') && !t.contains(' ') => (Some(t.trim()), r),
                _ => (None, l),
            };
            rest.split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(move |w| (tag, w))
        })
}

impl Lexicon {
    /// The shared lexicon.
    pub fn get() -> &'static Lexicon {
        static CELL: OnceLock<Lexicon> = OnceLock::new();
        CELL.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let set =
            |src: &'static str| -> HashSet<String> { items(src).map(|(_, w)| fold(w)).collect() };
        let mut given = HashMap::default();
        for (tag, w) in items(include_str!("../../data/names/given.txt")) {
            let g = match tag {
                Some("m") => Some(Gender::M),
                Some("f") => Some(Gender::F),
                _ => None,
            };
            // A name listed under both genders has none.
            given
                .entry(fold(w))
                .and_modify(|old: &mut Option<Gender>| {
                    if *old != g {
                        *old = None
                    }
                })
                .or_insert(g);
        }
        let mut titles = HashMap::default();
        // Title words are data in the title lexicon (data/titles.toml).
        for (w, kind) in crate::titles::lexicon().title_words() {
            let kind = match kind {
                crate::titles::TitleWord::Courtesy(g) => {
                    TitleWord::Courtesy(g.map(|m| if m { Gender::M } else { Gender::F }))
                }
                crate::titles::TitleWord::Head => TitleWord::Head,
                crate::titles::TitleWord::Part => TitleWord::Part,
            };
            titles.insert(fold(w), kind);
        }
        let mut ea_surnames = HashSet::default();
        let mut ko_syllables = HashSet::default();
        for (tag, w) in items(include_str!("../../data/names/east_asian.txt")) {
            match tag {
                Some("syllables") => ko_syllables.insert(fold(w)),
                _ => ea_surnames.insert(fold(w)),
            };
        }
        let mut person_groups = HashMap::default();
        let mut place_groups = Vec::new();
        for (n, line) in include_str!("../../data/names/variants.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .enumerate()
        {
            let Some((tag, rest)) = line.split_once(':') else {
                continue;
            };
            let forms: Vec<String> = rest
                .split(',')
                .map(|w| w.trim().to_string())
                .filter(|w| !w.is_empty())
                .collect();
            if tag.trim() == "place" {
                place_groups.push(forms);
            } else {
                for f in forms {
                    person_groups.insert(fold(&f), n);
                }
            }
        }
        let reporting = crate::cues::builtin_forms()
            .filter(|f| !f.contains(' '))
            .map(|f| f.to_lowercase())
            .collect();
        Lexicon {
            given,
            particles: set(include_str!("../../data/names/particles.txt")),
            titles,
            suffixes: set(include_str!("../../data/names/suffixes.txt")),
            common: set(include_str!("../../data/names/common.txt")),
            places: set(include_str!("../../data/names/places.txt")),
            demonyms: set(include_str!("../../data/names/demonyms.txt")),
            heads: set(include_str!("../../data/names/heads.txt")),
            ea_surnames,
            ko_syllables,
            person_groups,
            place_groups,
            reporting,
        }
    }

    /// Whether two folded name forms are listed as variants of one another.
    pub fn same_group(&self, a: &str, b: &str) -> bool {
        match (self.person_groups.get(a), self.person_groups.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }
}

/// Whether a folded word splits into romanised Chinese (pinyin) syllables, at most three.
pub fn is_pinyin(word: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan",
        "ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue",
        "er", "a", "o", "e", "i", "u", "v",
    ];
    fn go(w: &str, left: usize) -> bool {
        if w.is_empty() {
            return true;
        }
        if left == 0 {
            return false;
        }
        for ini in INITIALS {
            let Some(rest) = w.strip_prefix(ini) else {
                continue;
            };
            for fin in FINALS {
                if let Some(rest2) = rest.strip_prefix(fin) {
                    if (ini.is_empty()
                        && !matches!(
                            *fin,
                            "a" | "o" | "e" | "ai" | "ao" | "ou" | "an" | "en" | "ang" | "er"
                        ))
                        || ((*ini == "j" || *ini == "q" || *ini == "x")
                            && !fin.starts_with(['i', 'u']))
                    {
                        continue;
                    }
                    if go(rest2, left - 1) {
                        return true;
                    }
                }
            }
        }
        false
    }
    !word.is_empty() && word.is_ascii() && go(word, 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = Lexicon::get();
        assert_eq!(l.given.get("erik"), Some(&Some(Gender::M)));
        assert_eq!(l.titles.get("minister"), Some(&TitleWord::Head));
        assert_eq!(
            l.titles.get("mr"),
            Some(&TitleWord::Courtesy(Some(Gender::M)))
        );
        assert!(l.same_group("gaddafi", "qaddafi"));
        assert!(!l.same_group("gaddafi", "morsi"));
        assert!(l.reporting.contains("said"));
        assert!(l
            .place_groups
            .iter()
            .any(|g| g.contains(&"Kyiv".to_string())));
    }

    #[test]
    fn pinyin_given_names() {
        assert!(is_pinyin("jinping"));
        assert!(is_pinyin("xiaoping"));
        assert!(is_pinyin("yi"));
        assert!(!is_pinyin("anderson"));
        assert!(!is_pinyin("jones"));
    }
}
