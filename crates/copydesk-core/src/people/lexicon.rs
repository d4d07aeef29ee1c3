//! The word lists behind name finding (data in `data/names/`, embedded and loaded once).

use super::keys::fold;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// What the given-name comparisons ask of one folded name ([`Lexicon::name_facts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameFacts {
    /// Its entry in the list of given names, with the gender listed.
    pub listed: Option<Option<Gender>>,
    /// Whether it is a given name or a romanisation of one ([`Lexicon::given_name`]).
    pub known: bool,
    /// [`Lexicon::frequent_name`].
    pub frequent: bool,
    /// [`Lexicon::given_in_use`].
    pub in_use: bool,
    /// [`Lexicon::ko_split`].
    pub korean: bool,
    /// [`Lexicon::slavic_rewritten`].
    pub slavic_rewritten: bool,
    /// Its group in the lists of one person's spellings ([`Lexicon::same_group`]).
    pub group: Option<usize>,
    /// Its group in the lists of one given name's spellings ([`Lexicon::same_given_group`]).
    pub given_group: Option<usize>,
    /// Bit `k`: the name's first `k` bytes are a listed given name.
    pub listed_heads: u64,
    /// Bit `k`: the name's last `k` bytes are a listed given name.
    pub listed_tails: u64,
}

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

/// Where a romanisation rewrite applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// At the start of the name.
    Start,
    /// At the end of the name.
    End,
    /// Everywhere.
    Any,
}

/// Every list, folded for lookup.
pub struct Lexicon {
    /// Given names with an optional gender.
    pub given: HashMap<String, Option<Gender>>,
    /// Lowercase particles (`von`, `bin`, `de`).
    pub particles: HashSet<String>,
    /// Particles written hyphened to a family name (`al-`, `el-`).
    pub hyphened: HashSet<String>,
    /// Spellings of the Arabic article (`al`, `el`, `ash`): one particle written two ways.
    pub article: HashSet<String>,
    /// Ordinary English words (a frequency list): a capitalised one is not a name.
    pub english: HashSet<&'static str>,
    /// Words between a name and its reporting verb (`has`, `also`).
    pub bridges: HashSet<String>,
    /// Finite verbs their endings do not show: irregular pasts and auxiliaries (`sold`, `has`).
    pub finite_verbs: HashSet<String>,
    /// Words before a name that introduce another spelling on purpose (`formerly`, `or`).
    pub explainers: HashSet<String>,
    /// Words that introduce another name of a place on purpose, not of a person.
    pub place_explainers: HashSet<String>,
    /// Prepositions that put a place after them (`in`, `near`).
    pub place_prepositions: HashSet<String>,
    /// Endings that make another word of a name (`Kenya`, `Kenyan`).
    pub endings: HashSet<String>,
    /// Endings of East Slavic family names (`enko`, `chuk`), read by [`Lexicon::slavic_family`].
    pub slavic_families: Vec<String>,
    /// Last parts of hyphened adjectives (`based`, `era`, `led`).
    pub compounds: HashSet<String>,
    /// Romanisation keys of the given names, with their gender.
    pub given_roman: HashMap<String, Option<Gender>>,
    /// Arabic keys of the given names ([`Lexicon::arabic_key`]), with their gender.
    pub given_arabic: HashMap<String, Option<Gender>>,
    /// Kinship words with the gender they tell (`sister`, `son`).
    pub kin: HashMap<String, Gender>,
    /// Words of age that tell namesakes of one family apart (`the younger Adebayo`).
    pub generation: HashSet<String>,
    /// Phrases set off after a name that deny kinship with a namesake (`no relation`).
    pub unrelated: Vec<String>,
    /// Romanisation rewrites, in order: (from, to, anchor).
    pub rewrites: Vec<(String, String, Anchor)>,
    /// The rewrites that take a Ukrainian given name to its Russian form (`slavic:` lines of
    /// `romanisation.txt`), applied before [`Lexicon::rewrites`] by [`Lexicon::slavic_pair`].
    pub slavic: Vec<(String, String, Anchor)>,
    /// The rewrites that read a romanised Arabic name one way (`arabic:` lines of
    /// `romanisation.txt`), applied after [`Lexicon::rewrites`] by [`Lexicon::arabic_key`].
    pub arabic: Vec<(String, String, Anchor)>,
    /// Wade-Giles syllables and their pinyin readings (`wade-` lines of `romanisation.txt`).
    pub wade: Wade,
    /// A man's and a woman's ending of one given name (`""`/`"a"`), and of one family name
    /// (`"ov"`/`"ova"`, `"sky"`/`"skaya"`).
    pub gender_endings: [Vec<(String, String)>; 2],
    /// Title words.
    pub titles: HashMap<String, TitleWord>,
    /// Generational suffixes (`Jr`, `III`), folded.
    pub suffixes: HashSet<String>,
    /// Each folded suffix spelling -> its suffix's first spelling (`jnr` -> `jr`).
    pub suffix_groups: HashMap<String, String>,
    /// Capitalised words that are not names.
    pub common: HashSet<String>,
    /// Places.
    pub places: HashSet<String>,
    /// Firms and places named like a person (`Morgan Stanley`, `Milton Keynes`), their words
    /// folded and run together (`data/names/namesakes.txt`).
    pub namesakes: HashSet<String>,
    /// Nationality and other descriptive words.
    pub demonyms: HashSet<String>,
    /// Words ending the name of a place, organisation or event.
    pub heads: HashSet<String>,
    /// Head nouns that are also common family names (`hall`, `hill`): a person after a given
    /// name when a verb follows.
    pub family_heads: HashSet<String>,
    /// Verbs whose subject is a building (`hosts`, `was built`): a given name and a family
    /// head before one name a venue (`data/names/venue_verbs.txt`).
    pub venue_verbs: HashSet<String>,
    /// Nouns of a person or a group of people that no ending, title or kinship word tells
    /// (`girl`, `crowd`).
    pub people: HashSet<String>,
    /// Groups of people and irregular plurals of people (`crowd`, `children`): the `many:`
    /// line of the same list.
    pub many: HashSet<String>,
    /// Things named with an agent's ending (`boiler`, `tractor`): the `things:` line of the
    /// same list; no one.
    pub things: HashSet<String>,
    /// East Asian family names.
    pub ea_surnames: HashSet<String>,
    /// Romanised Korean syllables.
    pub ko_syllables: HashSet<String>,
    /// Variant group of each person name form (folded), by group number.
    pub person_groups: HashMap<String, usize>,
    /// Variant group of each given name spelt two ways (`given:`, folded), by group number.
    pub given_groups: HashMap<String, usize>,
    /// Place and organisation variant groups: each group's forms as written.
    pub place_groups: Vec<Vec<String>>,
    /// The place groups each folded form belongs to, in order.
    place_form_groups: HashMap<String, Vec<usize>>,
    /// Reporting verbs (single words from the attribution cue list).
    pub reporting: HashSet<String>,
    /// Familiar forms of given names and the formal names each is short for (folded;
    /// data/names/hypocorisms.txt): `mike` -> `michael`.
    pub hypocorisms: HashMap<String, Vec<String>>,
    /// Words that open a byline (`By`), in lowercase.
    pub byline_lead: HashSet<String>,
    /// Words that join a byline's names (`and`, `in`), in lowercase.
    pub byline_join: HashSet<String>,
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

/// The familiar forms of given names (data/names/hypocorisms.txt): each folded familiar form
/// and the folded formal names it is short for.
fn hypocorisms() -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::default();
    for (tag, w) in items(include_str!("../../data/names/hypocorisms.txt")) {
        if let Some(n) = tag {
            out.entry(fold(n)).or_default().push(fold(w));
        }
    }
    out
}

const BYLINES: &str = include_str!("../../data/names/bylines.txt");

const SUFFIXES: &str = include_str!("../../data/names/suffixes.txt");

/// The suffix groups of `data/names/suffixes.txt`: one suffix a line, its spellings separated
/// by commas; each folded spelling maps to the line's first.
fn suffix_groups() -> HashMap<String, String> {
    let mut out = HashMap::default();
    for line in SUFFIXES.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<String> = line.split(',').map(|w| fold(w.trim())).collect();
        for w in &words {
            out.insert(w.clone(), words[0].clone());
        }
    }
    out
}

impl Lexicon {
    /// The key one generational suffix has whatever its spelling (`jnr` and `junior` -> `jr`).
    pub fn suffix_key(&self, folded: &str) -> String {
        self.suffix_groups
            .get(folded)
            .cloned()
            .unwrap_or_else(|| folded.to_string())
    }

    /// The shared lexicon.
    pub fn get() -> &'static Lexicon {
        static CELL: OnceLock<Lexicon> = OnceLock::new();
        CELL.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let set =
            |src: &'static str| -> HashSet<String> { items(src).map(|(_, w)| fold(w)).collect() };
        let given = given_names();
        let mut ea_surnames = HashSet::default();
        let mut ko_syllables = HashSet::default();
        for (tag, w) in items(include_str!("../../data/names/east_asian.txt")) {
            match tag {
                Some("syllables") => ko_syllables.insert(fold(w)),
                _ => ea_surnames.insert(fold(w)),
            };
        }
        let (person_groups, given_groups, place_groups) = variant_groups();
        let mut particles = HashSet::default();
        let mut hyphened = HashSet::default();
        let mut article = HashSet::default();
        for (tag, w) in items(include_str!("../../data/names/particles.txt")) {
            match tag {
                Some("hyphened") => hyphened.insert(w.to_lowercase()),
                Some("article") => article.insert(w.to_lowercase()),
                _ => particles.insert(fold(w)),
            };
        }
        let generation = items(include_str!("../../data/names/kinship.txt"))
            .filter(|(tag, _)| *tag == Some("generation"))
            .map(|(_, w)| fold(w))
            .collect();
        let unrelated = items(include_str!("../../data/names/kinship.txt"))
            .filter(|(tag, _)| *tag == Some("unrelated"))
            .map(|(_, w)| w.to_lowercase())
            .collect();
        let kin = items(include_str!("../../data/names/kinship.txt"))
            .filter(|(tag, _)| !matches!(*tag, Some("generation" | "unrelated")))
            .map(|(tag, w)| {
                let g = if tag == Some("f") {
                    Gender::F
                } else {
                    Gender::M
                };
                (w.to_string(), g)
            })
            .collect();
        let (rewrites, gender_endings, slavic, arabic) = romanisation();
        let mut lex = Lexicon {
            given_roman: HashMap::default(),
            ..Lexicon::empty()
        };
        lex.rewrites = rewrites;
        lex.arabic = arabic;
        let mut given_roman = HashMap::default();
        let mut given_arabic = HashMap::default();
        for (k, g) in &given {
            merge_gender(&mut given_roman, lex.roman_key(k), *g);
            merge_gender(&mut given_arabic, lex.arabic_key(k), *g);
        }
        let reporting = crate::cues::builtin_forms()
            .filter(|f| !f.contains(' '))
            .map(|f| f.to_lowercase())
            .collect();
        Lexicon {
            given,
            particles,
            hyphened,
            article,
            english: include_str!("../../data/names/english.txt")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                // Borrowed from the embedded list: twenty thousand words, no copies.
                .collect(),
            bridges: set(include_str!("../../data/names/bridges.txt")),
            finite_verbs: set(include_str!("../../data/names/finite_verbs.txt")),
            explainers: set(include_str!("../../data/names/explainers.txt")),
            place_explainers: set(include_str!("../../data/names/place_explainers.txt")),
            place_prepositions: set(include_str!("../../data/names/place_prepositions.txt")),
            kin,
            generation,
            unrelated,
            compounds: set(include_str!("../../data/names/compounds.txt")),
            endings: set(include_str!("../../data/names/endings.txt")),
            slavic_families: set(include_str!("../../data/names/slavic_families.txt"))
                .into_iter()
                .collect(),
            given_roman,
            given_arabic,
            rewrites: lex.rewrites,
            slavic,
            arabic: lex.arabic,
            wade: wade(),
            gender_endings,
            titles: title_words(),
            suffixes: set(SUFFIXES),
            suffix_groups: suffix_groups(),
            common: set(include_str!("../../data/names/common.txt")),
            places: set(include_str!("../../data/names/places.txt")),
            namesakes: set(include_str!("../../data/names/namesakes.txt")),
            demonyms: set(include_str!("../../data/names/demonyms.txt")),
            heads: set(include_str!("../../data/names/heads.txt")),
            family_heads: set(include_str!("../../data/names/family_heads.txt")),
            venue_verbs: set(include_str!("../../data/names/venue_verbs.txt")),
            people: items(include_str!("../../data/names/people.txt"))
                .filter(|(tag, _)| *tag != Some("things"))
                .map(|(_, w)| fold(w))
                .collect(),
            things: items(include_str!("../../data/names/people.txt"))
                .filter(|(tag, _)| *tag == Some("things"))
                .map(|(_, w)| fold(w))
                .collect(),
            many: items(include_str!("../../data/names/people.txt"))
                .filter(|(tag, _)| *tag == Some("many"))
                .map(|(_, w)| fold(w))
                .collect(),
            ea_surnames,
            ko_syllables,
            person_groups,
            given_groups,
            place_form_groups: place_form_groups(&place_groups),
            place_groups,
            reporting,
            hypocorisms: hypocorisms(),
            byline_lead: items(BYLINES)
                .filter(|(tag, _)| *tag == Some("lead"))
                .map(|(_, w)| w.to_lowercase())
                .collect(),
            byline_join: items(BYLINES)
                .filter(|(tag, _)| *tag == Some("join"))
                .map(|(_, w)| w.to_lowercase())
                .collect(),
        }
    }

    fn empty() -> Lexicon {
        Lexicon {
            given: HashMap::default(),
            particles: HashSet::default(),
            hyphened: HashSet::default(),
            article: HashSet::default(),
            english: HashSet::default(),
            bridges: HashSet::default(),
            finite_verbs: HashSet::default(),
            explainers: HashSet::default(),
            place_explainers: HashSet::default(),
            place_prepositions: HashSet::default(),
            compounds: HashSet::default(),
            endings: HashSet::default(),
            slavic_families: Vec::new(),
            given_roman: HashMap::default(),
            given_arabic: HashMap::default(),
            kin: HashMap::default(),
            generation: HashSet::default(),
            unrelated: Vec::new(),
            rewrites: Vec::new(),
            slavic: Vec::new(),
            arabic: Vec::new(),
            wade: Wade::default(),
            gender_endings: [Vec::new(), Vec::new()],
            titles: HashMap::default(),
            suffixes: HashSet::default(),
            suffix_groups: HashMap::default(),
            common: HashSet::default(),
            places: HashSet::default(),
            namesakes: HashSet::default(),
            demonyms: HashSet::default(),
            heads: HashSet::default(),
            family_heads: HashSet::default(),
            venue_verbs: HashSet::default(),
            people: HashSet::default(),
            many: HashSet::default(),
            things: HashSet::default(),
            ea_surnames: HashSet::default(),
            ko_syllables: HashSet::default(),
            person_groups: HashMap::default(),
            given_groups: HashMap::default(),
            place_groups: Vec::new(),
            place_form_groups: HashMap::default(),
            reporting: HashSet::default(),
            hypocorisms: HashMap::default(),
            byline_lead: HashSet::default(),
            byline_join: HashSet::default(),
        }
    }

    /// A listed given name, or one of its romanisations (`Yury` for `Yuri`), with its gender.
    pub fn given_name(&self, folded: &str) -> Option<Option<Gender>> {
        if let Some(g) = self.given.get(folded) {
            return Some(*g);
        }
        if folded.chars().count() < 4 || folded.len() > 40 {
            return None;
        }
        let key = self.roman_key(folded);
        if let Some(g) = self.given_roman.get(&key) {
            return Some(*g);
        }
        // Romanised Arabic (`Mahmud` for `Mahmoud`), but never an English word (`nail`, read
        // as `Neil`).
        if self.arabic.is_empty() || self.english.contains(folded) {
            return None;
        }
        self.given_arabic.get(&rewrite(key, &self.arabic)).copied()
    }

    /// The romanisation key of a folded name: spellings with one key are one name
    /// (`nikolay` and `nikolai`, `yury` and `yuri`).
    pub fn roman_key(&self, folded: &str) -> String {
        rewrite(folded.to_string(), &self.rewrites)
    }

    /// The key of a folded name read as romanised Arabic: its romanisation key with the
    /// `arabic:` rewrites applied (`mahmoud` and `mahmud`, `hussein` and `hussain`).
    pub fn arabic_key(&self, folded: &str) -> String {
        self.arabic_rewrite(&self.roman_key(folded))
    }

    /// The Arabic key of a romanisation key already made.
    pub fn arabic_rewrite(&self, roman: &str) -> String {
        rewrite(roman.to_string(), &self.arabic)
    }

    /// Whether two folded given names are the Ukrainian and the Russian form of one name:
    /// Ukrainian writes `h` where Russian writes `g` (`olha`, `olga`; `ihor`, `igor`;
    /// `yevhen`, `yevgeny`), and the `slavic:` rewrites (`volodymyr`, `vladimir`). An `h`
    /// that opens the name counts only beside another romanised difference (`halyna`,
    /// `galina`), since `harry` and `garry` are two English names.
    ///
    /// `slavic_family` says the family name the two share is East Slavic
    /// ([`Lexicon::slavic_family`]): there two names nobody lists are compared too (`danylo`,
    /// `daniil`), and the Ukrainian form may drop the Russian `-iy` ending after its last
    /// consonant (`vasyl`, `vasily`).
    #[cfg(test)]
    pub fn slavic_pair(&self, a: &str, b: &str, slavic_family: bool) -> bool {
        let (fa, fb) = (self.name_facts(a), self.name_facts(b));
        self.slavic_pair_with(a, &fa, b, &fb, || slavic_family)
    }

    /// Whether a `slavic:` rewrite applies to a folded name (`volodymyr`).
    pub fn slavic_rewritten(&self, folded: &str) -> bool {
        self.slavic.iter().any(|r| applies(folded, r))
    }

    /// [`Lexicon::slavic_pair`], with the two names' [`NameFacts`] known and whether the
    /// family name is East Slavic asked only when it matters.
    pub fn slavic_pair_with(
        &self,
        a: &str,
        fa: &NameFacts,
        b: &str,
        fb: &NameFacts,
        slavic_family: impl Fn() -> bool,
    ) -> bool {
        let hg = |x: &str, y: &str| x.contains('h') && y.contains('g');
        // The Ukrainian soft consonant for the Russian `-iy`/`-y` (`vasyl`, `vasily`): one
        // key is the other's with an `i` more, after a consonant.
        let soft_end = |x: &str, y: &str| {
            let (kx, ky) = (self.roman_key(x), self.roman_key(y));
            kx.len() >= 4
                && ky.strip_prefix(kx.as_str()) == Some("i")
                && !kx.bytes().last().is_some_and(vowel)
        };
        if a == b
            || !(hg(a, b)
                || hg(b, a)
                || fa.slavic_rewritten
                || fb.slavic_rewritten
                || ukrainian_o(a, b)
                || ukrainian_o(b, a)
                || (slavic_family() && (soft_end(a, b) || soft_end(b, a))))
        {
            return false;
        }
        if a.chars().count().min(b.chars().count()) < 4 || a.len().max(b.len()) > 40 {
            return false;
        }
        // One of the two must be a known given name (`Olga`, `Igor`) unless the family name is
        // East Slavic: an `h` and a `g` in two names nobody lists are as likely two names of
        // other languages (`Sahar`, `Sagar`).
        if !slavic_family() && !fa.known && !fb.known {
            return false;
        }
        // The same key, or one with the Russian ending `-y` the Ukrainian form drops
        // (`yevhen`, `yevgeny`), or the same once the endings are taken off and the vowels
        // of the two languages' last syllables compared (`pavlo`, `pavel`; `fedir`, `fedor`).
        let alike = |x: &str, y: &str| {
            let (kx, ky) = (self.roman_key(x), self.roman_key(y));
            let ending = |l: &str, s: &str| l.len() >= 6 && l.strip_prefix(s) == Some("i");
            kx == ky
                || ending(&kx, &ky)
                || ending(&ky, &kx)
                || last_syllable_alike(&stem_of(&kx), &stem_of(&ky))
        };
        let (na, nb) = (self.slavic_form(a, false), self.slavic_form(b, false));
        if alike(&na, &nb) {
            return true;
        }
        let (ia, ib) = (self.slavic_form(a, true), self.slavic_form(b, true));
        ia != ib && (ia != na || ib != nb) && alike(&ia, &ib)
    }

    /// Whether a folded family name ends as East Slavic family names do (`slavic_families.txt`:
    /// `-enko`, `-chuk`, `-ovych`), with at least three letters before the ending.
    pub fn slavic_family(&self, folded: &str) -> bool {
        folded.len() <= 40
            && self
                .slavic_families
                .iter()
                .any(|e| folded.len() >= e.len() + 3 && folded.ends_with(e))
    }

    /// Whether two folded given names, each a listed name or a romanisation of one, are two
    /// names that differ in a sounded final vowel (`marie`, `maria`; `joanne`, `joanna`;
    /// `danielle`, `daniela`): another name, not a slip. Their romanisation keys end in two
    /// different vowels after a shared stem of three letters or more, with at most two
    /// letters of each past the stem; one romanisation (`yuri`, `yury`) is one name.
    #[cfg(test)]
    pub fn distinct_endings(&self, a: &str, b: &str) -> bool {
        self.distinct_endings_with(a, &self.name_facts(a), b, &self.name_facts(b))
    }

    /// [`Lexicon::distinct_endings`], with the two names' [`NameFacts`] known.
    pub fn distinct_endings_with(&self, a: &str, fa: &NameFacts, b: &str, fb: &NameFacts) -> bool {
        if self.endings_apart(a, b, Some([fa.known, fb.known])) {
            return true;
        }
        // A compound written with its hyphen folded away (`marieclaire`, `mariaclaire`;
        // `annemarie`, `annemaria`): the same listed name on one side, the rest compared.
        if !a.is_ascii() || !b.is_ascii() || a.len().max(b.len()) > 40 {
            return false;
        }
        let (la, lb) = (a.len(), b.len());
        let head = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        let tail = a
            .bytes()
            .rev()
            .zip(b.bytes().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let bit = |mask: u64, k: usize| k < 64 && mask >> k & 1 == 1;
        let most = la.min(lb).saturating_sub(3);
        (3..=head.min(most))
            .any(|k| bit(fa.listed_heads, k) && self.endings_apart(&a[k..], &b[k..], None))
            || (3..=tail.min(most)).any(|k| {
                bit(fa.listed_tails, k) && self.endings_apart(&a[..la - k], &b[..lb - k], None)
            })
    }

    /// [`Lexicon::distinct_endings`] of two whole names, with whether each is a given name
    /// ([`Lexicon::given_name`]) if known.
    fn endings_apart(&self, a: &str, b: &str, known: Option<[bool; 2]>) -> bool {
        const VOWELS: [char; 4] = ['a', 'e', 'i', 'o'];
        // A key ends in a vowel only where the name ends in a vowel, a `y` or a `j`: most
        // names compared end in a consonant, and need no look-up.
        let open = |x: &str| x.ends_with(['a', 'e', 'i', 'o', 'y', 'j']);
        if !open(a) || !open(b) {
            return false;
        }
        let [ka, kb] =
            known.unwrap_or_else(|| [self.given_name(a).is_some(), self.given_name(b).is_some()]);
        if !ka || !kb {
            return false;
        }
        let (ka, kb) = (self.roman_key(a), self.roman_key(b));
        let (Some(ea), Some(eb)) = (ka.chars().last(), kb.chars().last()) else {
            return false;
        };
        // A silent final `e` more (`mari`, `marie`) is one name.
        let silent_e = |l: &str, s: &str| l.strip_suffix('e') == Some(s);
        if ea == eb
            || !VOWELS.contains(&ea)
            || !VOWELS.contains(&eb)
            || silent_e(&ka, &kb)
            || silent_e(&kb, &ka)
        {
            return false;
        }
        let stem = ka
            .chars()
            .zip(kb.chars())
            .take_while(|(x, y)| x == y)
            .count();
        stem >= 3 && ka.chars().count() - stem <= 2 && kb.chars().count() - stem <= 2
    }

    /// The romanisation key of a folded East Slavic family name ([`Lexicon::slavic_family`])
    /// with its Ukrainian `h` read as the Russian `g` (`hnatyuk`, `gnatyuk`; `hordiyenko`,
    /// `gordienko`), or `None` for a family name of another language, where an `h` and a `g`
    /// are two names (`Hill`, `Gill`).
    pub fn slavic_family_key(&self, folded: &str) -> Option<String> {
        self.slavic_family(folded)
            .then(|| self.roman_key(&h_as_g(folded, true)))
    }

    /// A folded given name in its Russian form: [`h_as_g`], then the `slavic:` rewrites.
    fn slavic_form(&self, folded: &str, initial: bool) -> String {
        rewrite(h_as_g(folded, initial), &self.slavic)
    }

    /// What the given-name comparisons ask of a folded name, looked up at once: a given name
    /// is compared with those of every namesake (see `Resolver::given_variant`).
    pub fn name_facts(&self, folded: &str) -> NameFacts {
        // The listed given names a compound begins or ends with (`marie` in `marieclaire`),
        // as [`Lexicon::distinct_endings`] reads them: ASCII names of 40 bytes or fewer.
        let (mut listed_heads, mut listed_tails) = (0u64, 0u64);
        if folded.is_ascii() && folded.len() <= 40 {
            let n = folded.len();
            for k in 3..n {
                listed_heads |= u64::from(self.given.contains_key(&folded[..k])) << k;
                listed_tails |= u64::from(self.given.contains_key(&folded[n - k..])) << k;
            }
        }
        NameFacts {
            listed: self.given.get(folded).copied(),
            known: self.given_name(folded).is_some(),
            frequent: self.frequent_name(folded),
            in_use: self.given_in_use(folded),
            korean: self.ko_split(folded),
            slavic_rewritten: self.slavic_rewritten(folded),
            group: self.person_groups.get(folded).copied(),
            given_group: self.given_groups.get(folded).copied(),
            listed_heads,
            listed_tails,
        }
    }

    /// Whether a folded word is two or three romanised Korean syllables run together (`soyeon`,
    /// `jihoon`).
    pub fn ko_split(&self, word: &str) -> bool {
        fn split(lex: &Lexicon, w: &str, parts: usize) -> bool {
            if w.is_empty() {
                return parts >= 2;
            }
            parts < 3
                && (1..=w.len()).any(|i| {
                    w.is_char_boundary(i)
                        && lex.ko_syllables.contains(&w[..i])
                        && split(lex, &w[i..], parts + 1)
                })
        }
        word.is_ascii() && word.len() <= 12 && split(self, word, 0)
    }

    /// Whether two folded names are a man's and a woman's form of one given name (`ivan`,
    /// `ivana`), or of one family name when `family` (`petrov`, `petrova`).
    pub fn gendered_pair(&self, a: &str, b: &str, family: bool) -> bool {
        // Both are a stem of three letters or more and an ending: names that begin apart are
        // no pair, and most names compared do (this runs for every namesake compared).
        if a.as_bytes()
            .get(..3)
            .is_none_or(|p| b.as_bytes().get(..3) != Some(p))
        {
            return false;
        }
        let pairs = &self.gender_endings[usize::from(family)];
        let fits = |x: &str, y: &str| {
            pairs.iter().any(|(m, f)| {
                x.strip_suffix(m.as_str()).is_some_and(|stem| {
                    stem.chars().count() >= 3 && y.strip_suffix(f.as_str()) == Some(stem)
                })
            })
        };
        fits(a, b) || fits(b, a)
    }

    /// Whether two folded forms belong to one listed place or organisation group (`kyiv`, `kiev`).
    pub fn listed_place_pair(&self, a: &str, b: &str) -> bool {
        match (self.place_form_groups.get(a), self.place_form_groups.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|g| y.contains(g)),
            _ => false,
        }
    }

    /// Whether a folded word is a name in real use (`data/names/frequent.txt`, from word
    /// frequencies): two given names one letter apart that both are (`luis`, `louis`) are two
    /// names, where a slip of the pen (`christoper`) is rare in print.
    pub fn frequent_name(&self, folded: &str) -> bool {
        // A sorted list searched in place: no set is built for 28,000 words.
        static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
        let words = WORDS.get_or_init(|| {
            let mut w: Vec<&'static str> = include_str!("../../data/names/frequent.txt")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect();
            w.sort_unstable();
            w
        });
        // english.txt holds the words in real use that are also ordinary words (`martin`, `mark`).
        self.english.contains(folded) || words.binary_search(&folded).is_ok()
    }

    /// Whether a folded given name of `given.txt` is in real use: in `frequent.txt`, or listed
    /// in `given_in_use.txt` (a listed name needs less evidence than any word: `shirin`).
    pub fn given_in_use(&self, folded: &str) -> bool {
        static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
        let words = WORDS.get_or_init(|| {
            let mut w: Vec<&'static str> = include_str!("../../data/names/given_in_use.txt")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect();
            w.sort_unstable();
            w
        });
        self.given.contains_key(folded)
            && (self.frequent_name(folded) || words.binary_search(&folded).is_ok())
    }

    /// Whether a lowercase word is an ordinary English word (every hyphened part of it).
    pub fn ordinary(&self, lower: &str) -> bool {
        !lower.is_empty()
            && lower
                .split(['-', '\u{2010}'])
                .all(|p| p.len() <= 2 || self.english.contains(p) || self.common.contains(p))
    }

    /// Whether two folded name forms are listed as variants of one another.
    pub fn same_group(&self, a: &str, b: &str) -> bool {
        match (self.person_groups.get(a), self.person_groups.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// Whether one folded given name is a familiar form of the other (`mike`, `michael`; either
    /// order): one person's name written two ways.
    pub fn hypocorism(&self, a: &str, b: &str) -> bool {
        let short_for = |n: &str, f: &str| {
            self.hypocorisms
                .get(n)
                .is_some_and(|v| v.iter().any(|x| x == f))
        };
        short_for(a, b) || short_for(b, a)
    }

    /// Whether two folded given names are listed as one given name spelt two ways.
    pub fn same_given_group(&self, a: &str, b: &str) -> bool {
        match (self.given_groups.get(a), self.given_groups.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }
}

/// The romanisation rewrites and gender endings of `data/names/romanisation.txt`.
type Romanisation = (
    Vec<(String, String, Anchor)>,
    [Vec<(String, String)>; 2],
    Vec<(String, String, Anchor)>,
    Vec<(String, String, Anchor)>,
);

/// `s` with every rule of `rules` applied in order.
fn rewrite(mut s: String, rules: &[(String, String, Anchor)]) -> String {
    for (from, to, anchor) in rules {
        match anchor {
            Anchor::Start => {
                if let Some(rest) = s.strip_prefix(from.as_str()) {
                    s = format!("{to}{rest}");
                }
            }
            Anchor::End => {
                if let Some(rest) = s.strip_suffix(from.as_str()) {
                    s = format!("{rest}{to}");
                }
            }
            Anchor::Any => {
                // A plain byte scan: a substring searcher's set-up costs more than a name.
                if contains_bytes(s.as_bytes(), from.as_bytes()) {
                    s = s.replace(from.as_str(), to);
                }
            }
        }
    }
    s
}

/// Whether a vowel in a folded name.
fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whether `x` ends in the `-o` a Ukrainian man's name puts after a consonant where the
/// Russian form has none (`petro`, `pyotr`; `pavlo`, `pavel`; `dmytro`, `dmitry`) and `y` does
/// not end so.
fn ukrainian_o(x: &str, y: &str) -> bool {
    let b = x.as_bytes();
    b.len() >= 5 && b.ends_with(b"o") && !vowel(b[b.len() - 2]) && !y.ends_with('o')
}

/// A romanisation key without the ending one language writes and the other does not (the
/// Ukrainian `-o` after a consonant, the Russian `-i` after one: `dmitro`, `dmitri`), its
/// doubled letters written once (`kirill`, `daniil`).
fn stem_of(key: &str) -> String {
    let b = key.as_bytes();
    let n = b.len();
    let cut = n >= 5 && matches!(b[n - 1], b'o' | b'i') && !vowel(b[n - 2]);
    let key = if cut { &key[..n - 1] } else { key };
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two stems are one but for the vowel of a last syllable closed by one consonant:
/// the Ukrainian `i` for a Russian `o` or `e` (`fedir`, `fedor`; `glib`, `gleb`), or a Russian
/// `e` that the Ukrainian form drops before a final `l` or `r` (`pavl`, `pavel`;
/// `aleksandr`, `aleksander`).
fn last_syllable_alike(x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    let (bx, by) = (x.as_bytes(), y.as_bytes());
    if bx.len().min(by.len()) < 3 {
        return false;
    }
    let pre = bx.iter().zip(by).take_while(|(p, q)| p == q).count();
    let last = |b: &[u8]| b.last().copied().filter(|&c| !vowel(c));
    let (Some(cx), Some(cy)) = (last(bx), last(by)) else {
        return false;
    };
    if cx != cy || pre == 0 || pre >= bx.len().min(by.len()) || vowel(bx[pre - 1]) {
        return false;
    }
    // What stands between the shared start and the shared final consonant.
    let (mx, my) = (&bx[pre..bx.len() - 1], &by[pre..by.len() - 1]);
    let ikavism = |p: &[u8], q: &[u8]| p == b"i" && matches!(q, b"o" | b"e");
    let fleeting = |p: &[u8], q: &[u8]| p.is_empty() && q == b"e" && matches!(cx, b'l' | b'r');
    ikavism(mx, my) || ikavism(my, mx) || fleeting(mx, my) || fleeting(my, mx)
}

/// Whether the rule `r` rewrites something of `s`.
fn applies(s: &str, (from, _, anchor): &(String, String, Anchor)) -> bool {
    match anchor {
        Anchor::Start => s.starts_with(from.as_str()),
        Anchor::End => s.ends_with(from.as_str()),
        Anchor::Any => contains_bytes(s.as_bytes(), from.as_bytes()),
    }
}

fn romanisation() -> Romanisation {
    let mut rewrites = Vec::new();
    let mut slavic = Vec::new();
    let mut arabic = Vec::new();
    let mut endings = [Vec::new(), Vec::new()];
    for line in include_str!("../../data/names/romanisation.txt").lines() {
        let rule = match line.split_once(':') {
            Some(("rewrite", rule)) => Some((rule, &mut rewrites)),
            Some(("slavic", rule)) => Some((rule, &mut slavic)),
            Some(("arabic", rule)) => Some((rule, &mut arabic)),
            _ => None,
        };
        if let Some((rule, into)) = rule {
            let Some((from, to)) = rule.split_once('>') else {
                continue;
            };
            let (from, to) = (from.trim(), to.trim().to_string());
            let (from, anchor) = if let Some(f) = from.strip_prefix('^') {
                (f, Anchor::Start)
            } else if let Some(f) = from.strip_suffix('$') {
                (f, Anchor::End)
            } else {
                (from, Anchor::Any)
            };
            into.push((from.to_string(), to, anchor));
        } else if let Some((kind, pair)) = line.split_once(':') {
            let slot = match kind {
                "given" => 0,
                "family" => 1,
                _ => continue,
            };
            if let Some((m, f)) = pair.split_once('/') {
                endings[slot].push((m.trim().to_string(), f.trim().to_string()));
            }
        }
    }
    (rewrites, endings, slavic, arabic)
}

/// Wade-Giles syllables read as pinyin (`wade-` lines of `data/names/romanisation.txt`).
#[derive(Default)]
pub struct Wade {
    /// Whole syllables and their readings (`ssu` -> `si`).
    syllables: HashMap<String, Vec<String>>,
    /// Initials and their readings (`hs` -> `x`).
    initials: HashMap<String, Vec<String>>,
    /// Finals: (final, its reading, the pinyin initials it needs, none: any).
    finals: Vec<(String, String, Vec<String>)>,
    /// Pinyin initials written only before `i` and `u`.
    palatal: Vec<String>,
}

/// At most this many readings of one name are made: a name of many syllables with many
/// readings each is no Chinese name.
const WADE_READINGS: usize = 64;

impl Wade {
    /// The pinyin readings of one folded syllable, itself first.
    fn syllable(&self, s: &str) -> Vec<String> {
        let mut out = vec![s.to_string()];
        if let Some(r) = self.syllables.get(s) {
            out.extend(r.iter().cloned());
            return out;
        }
        let cut = s.find(|c: char| "aeiouy".contains(c)).unwrap_or(s.len());
        let (initial, rest) = s.split_at(cut);
        let readings: Vec<&str> = self
            .initials
            .get(initial)
            .map_or(vec![initial], |r| r.iter().map(String::as_str).collect());
        for pin in readings {
            if self.palatal.iter().any(|p| p == pin) && !rest.starts_with(['i', 'u']) {
                continue;
            }
            let fin = self
                .finals
                .iter()
                .find(|(f, _, after)| {
                    f == rest && (after.is_empty() || after.iter().any(|a| a == pin))
                })
                .map_or(rest, |(_, to, _)| to.as_str());
            let r = format!("{pin}{fin}");
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// Whether two written names share a reading (`Chih-ming`, `Zhiming`).
    pub fn alike(&self, a: &str, b: &str) -> bool {
        let ours = self.readings(a);
        self.readings(b).iter().any(|x| ours.contains(x))
    }

    /// The pinyin readings of a written name, syllable by syllable (its syllables cut at
    /// hyphens and spaces), each reading folded and joined: `Chih-ming` reads `chihming`,
    /// `zhiming` and `chiming`. A word too long for a syllable reads only as itself.
    pub fn readings(&self, written: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        for part in written.split(['-', ' ', '\u{2010}', '\u{2011}']) {
            let part = fold(part);
            if part.is_empty() {
                continue;
            }
            if part.len() > 6 || !part.bytes().all(|b| b.is_ascii_lowercase()) {
                return vec![fold(written)];
            }
            let each = self.syllable(&part);
            let mut next = Vec::with_capacity(out.len() * each.len());
            for o in &out {
                for e in &each {
                    if next.len() < WADE_READINGS {
                        next.push(format!("{o}{e}"));
                    }
                }
            }
            out = next;
        }
        out.retain(|o| !o.is_empty());
        out
    }
}

/// The Wade-Giles syllables of `data/names/romanisation.txt`.
fn wade() -> Wade {
    let mut w = Wade::default();
    for line in include_str!("../../data/names/romanisation.txt").lines() {
        let Some((kind, rule)) = line.split_once(':') else {
            continue;
        };
        if kind == "wade-palatal" {
            w.palatal = rule.split_whitespace().map(str::to_string).collect();
            continue;
        }
        let Some((from, to)) = rule.split_once('>') else {
            continue;
        };
        let from = from.trim().to_string();
        let (to, after) = to.split_once(" after ").unwrap_or((to, ""));
        let to: Vec<String> = to.split_whitespace().map(str::to_string).collect();
        match kind {
            "wade-syllable" => {
                w.syllables.insert(from, to);
            }
            "wade-initial" => {
                w.initials.insert(from, to);
            }
            "wade-final" => {
                let after = after.split_whitespace().map(str::to_string).collect();
                if let Some(t) = to.into_iter().next() {
                    w.finals.push((from, t, after));
                }
            }
            _ => {}
        }
    }
    w
}

/// Whether `needle` (not empty) occurs in `hay`: names are short, so a byte scan beats a searcher.
fn contains_bytes(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    hay.len() >= needle.len()
        && hay[..=hay.len() - needle.len()]
            .iter()
            .enumerate()
            .any(|(i, &b)| b == first && hay[i + 1..].starts_with(rest))
}

/// Whether a folded word splits into romanised Chinese syllables, at most three: pinyin, and the
/// Wade-Giles forms Taiwan and Hong Kong names keep (`hs`, `ts`, `tz`; `Ing` for `Ying`).
pub fn is_pinyin(word: &str) -> bool {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "hs", "ts", "tz", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
        "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ueng", "iung", "ang", "eng", "ing", "ong", "ung", "iao", "ian",
        "ien", "ieh", "ueh", "uai", "uan", "ih", "eh", "ai", "ei", "ao", "ou", "an", "en", "in",
        "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u", "v",
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
                            "a" | "o"
                                | "e"
                                | "ai"
                                | "ao"
                                | "ou"
                                | "an"
                                | "en"
                                | "ang"
                                | "er"
                                | "i"
                                | "in"
                                | "ing"
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

/// Records a name's gender; a name listed under both genders has none.
fn merge_gender(map: &mut HashMap<String, Option<Gender>>, key: String, g: Option<Gender>) {
    map.entry(key)
        .and_modify(|old| {
            if *old != g {
                *old = None
            }
        })
        .or_insert(g);
}

/// Given names with their gender (data/names/given.txt).
fn given_names() -> HashMap<String, Option<Gender>> {
    let mut given = HashMap::default();
    for (tag, w) in items(include_str!("../../data/names/given.txt")) {
        let g = match tag {
            Some("m") => Some(Gender::M),
            Some("f") => Some(Gender::F),
            _ => None,
        };
        merge_gender(&mut given, fold(w), g);
    }
    given
}

/// Title words, from the title lexicon (data/titles.toml).
fn title_words() -> HashMap<String, TitleWord> {
    crate::titles::lexicon()
        .title_words()
        .map(|(w, kind)| {
            let kind = match kind {
                crate::titles::TitleWord::Courtesy(g) => {
                    TitleWord::Courtesy(g.map(|m| if m { Gender::M } else { Gender::F }))
                }
                crate::titles::TitleWord::Head => TitleWord::Head,
                crate::titles::TitleWord::Part => TitleWord::Part,
            };
            (fold(w), kind)
        })
        .collect()
}

/// Known variant groups (data/names/variants.txt): each person form's group number, each
/// given name's group number, and the groups of place forms.
type VariantGroups = (
    HashMap<String, usize>,
    HashMap<String, usize>,
    Vec<Vec<String>>,
);

fn variant_groups() -> VariantGroups {
    let mut person_groups = HashMap::default();
    let mut given_groups = HashMap::default();
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
        } else if tag.trim() == "given" {
            for f in forms {
                given_groups.insert(fold(&f), n);
            }
        } else {
            for f in forms {
                person_groups.insert(fold(&f), n);
            }
        }
    }
    (person_groups, given_groups, place_groups)
}

/// The place groups of each folded form (see `Lexicon::listed_place_pair`).
fn place_form_groups(groups: &[Vec<String>]) -> HashMap<String, Vec<usize>> {
    let mut by_form: HashMap<String, Vec<usize>> = HashMap::default();
    for (g, forms) in groups.iter().enumerate() {
        for f in forms {
            let at = by_form.entry(fold(f)).or_default();
            if at.last() != Some(&g) {
                at.push(g);
            }
        }
    }
    by_form
}

/// A folded name with every `h` that is not the second letter of a digraph (`ch`, `sh`, `zh`,
/// `kh`, `th`, `ph`, `gh`, `wh`) written `g`, as Russian writes the Ukrainian `h` (the first
/// letter too when `initial`).
fn h_as_g(folded: &str, initial: bool) -> String {
    let bytes = folded.as_bytes();
    let mut s = String::with_capacity(folded.len());
    for (i, c) in folded.char_indices() {
        let digraph = i > 0
            && matches!(
                bytes[i - 1],
                b'c' | b's' | b'z' | b'k' | b't' | b'p' | b'g' | b'w'
            );
        s.push(if c == 'h' && !digraph && (i > 0 || initial) {
            'g'
        } else {
            c
        });
    }
    s
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
    fn ukrainian_and_russian_forms_of_one_given_name() {
        let l = Lexicon::get();
        for (a, b) in [
            ("olha", "olga"),
            ("ihor", "igor"),
            ("oleh", "oleg"),
            ("halyna", "galina"),
            ("hennadiy", "gennady"),
            ("hryhoriy", "grigory"),
            ("yevhen", "yevgeny"),
            ("volodymyr", "vladimir"),
            ("heorhiy", "georgy"),
        ] {
            assert!(l.slavic_pair(a, b, false), "{a} {b}");
            assert!(l.slavic_pair(b, a, false), "{b} {a}");
        }
        // An opening `h` for `g` alone is two English names; a digraph's `h` is no `g`.
        for (a, b) in [
            ("harry", "garry"),
            ("hary", "gary"),
            ("hanna", "ganna"),
            ("johan", "jorgen"),
            ("sahar", "sagar"),
            ("mikhail", "migail"),
            ("olga", "olga"),
        ] {
            assert!(!l.slavic_pair(a, b, false), "{a} {b}");
        }
    }

    #[test]
    fn ukrainian_and_russian_forms_beyond_h_and_g() {
        let l = Lexicon::get();
        for (a, b) in [
            ("mykola", "nikolai"),
            ("mykyta", "nikita"),
            ("pavlo", "pavel"),
            ("petro", "pyotr"),
            ("dmytro", "dmitry"),
            ("dmytro", "dmitri"),
            ("fedir", "fyodor"),
            ("hlib", "gleb"),
            ("kateryna", "yekaterina"),
            ("olena", "yelena"),
            ("oleksandr", "aleksander"),
            ("kyrylo", "kirill"),
            ("yulia", "julia"),
            ("yuriy", "jurij"),
        ] {
            assert!(l.slavic_pair(a, b, false), "{a} {b}");
            assert!(l.slavic_pair(b, a, false), "{b} {a}");
        }
        // Two names, not two forms of one.
        for (a, b) in [
            ("oleh", "olena"),
            ("oleg", "olga"),
            ("bruno", "brian"),
            ("petro", "petra"),
            ("marko", "mirek"),
        ] {
            assert!(!l.slavic_pair(a, b, false), "{a} {b}");
        }
    }

    #[test]
    fn unlisted_forms_before_an_east_slavic_family_name() {
        let l = Lexicon::get();
        assert!(l.slavic_family("hrytsenko") && l.slavic_family("melnichuk"));
        assert!(!l.slavic_family("casanova") && !l.slavic_family("talwarkar"));
        for (a, b) in [
            ("danylo", "daniil"),
            ("vasyl", "vasily"),
            ("yevheniya", "evgenia"),
        ] {
            assert!(l.slavic_pair(a, b, true), "{a} {b}");
            assert!(l.slavic_pair(b, a, true), "{b} {a}");
            // Without the family name, two unlisted names prove nothing.
            assert!(!l.slavic_pair(a, b, false), "{a} {b}");
        }
        for (a, b) in [
            ("bohdana", "bozhena"),
            ("ostap", "taras"),
            ("ivan", "ivanna"),
        ] {
            assert!(!l.slavic_pair(a, b, true), "{a} {b}");
        }
    }

    #[test]
    fn ukrainian_family_names_keyed_as_russian() {
        let l = Lexicon::get();
        let key = |x: &str| l.slavic_family_key(x);
        for (a, b) in [
            ("hnatyuk", "gnatyuk"),
            ("hordiyenko", "gordienko"),
            ("hryhorenko", "grigorenko"),
            ("shevchenko", "shevchenko"),
        ] {
            assert!(key(a).is_some() && key(a) == key(b), "{a} {b}");
        }
        // No East Slavic ending: an `h` is not read as a `g`.
        assert_eq!(key("hill"), None);
        assert_ne!(key("horodenko"), key("gordienko"));
    }

    #[test]
    fn listed_names_apart_in_a_final_vowel() {
        let l = Lexicon::get();
        for (a, b) in [
            ("marie", "maria"),
            ("joanne", "joanna"),
            ("christina", "christine"),
            ("danielle", "daniela"),
            ("sophie", "sophia"),
            ("mariya", "marie"),
            ("julia", "julie"),
            ("marieclaire", "mariaclaire"),
            ("annemarie", "annemaria"),
        ] {
            assert!(l.distinct_endings(a, b), "{a} {b}");
            assert!(l.distinct_endings(b, a), "{b} {a}");
        }
        // One name in two romanisations, a silent `e`, a name nobody has, or an `h` more.
        for (a, b) in [
            ("yuri", "yury"),
            ("mari", "marie"),
            ("christina", "christna"),
            ("sarah", "sara"),
            ("natalia", "natalya"),
        ] {
            assert!(!l.distinct_endings(a, b), "{a} {b}");
        }
    }

    #[test]
    fn more_gendered_endings_of_given_names() {
        let l = Lexicon::get();
        for (a, b) in [
            ("andreas", "andrea"),
            ("nikolas", "nikola"),
            ("gianni", "gianna"),
            ("frederick", "frederica"),
            ("daniele", "daniela"),
        ] {
            assert!(l.gendered_pair(a, b, false), "{a} {b}");
        }
        assert!(!l.gendered_pair("andrea", "andrae", false));
    }

    #[test]
    fn one_romanisation_model() {
        let l = Lexicon::get();
        for (a, b) in [
            ("nikolai", "nikolay"),
            ("yuri", "yury"),
            ("yuriy", "yuri"),
            ("aleksei", "alexey"),
            ("andriy", "andrii"),
            ("zelensky", "zelenskyy"),
            ("zelenskiy", "zelenskyi"),
            ("mikhail", "mihail"),
            ("tatyana", "tatiana"),
            ("mariya", "maria"),
            ("yevgeny", "evgeny"),
            ("sergei", "sergey"),
            ("maksim", "maxim"),
            ("smirnoff", "smirnov"),
            ("mykhaylo", "mikhailo"),
            ("dmytro", "dmitro"),
            ("oleksiy", "aleksei"),
            ("andriy", "andrei"),
            ("yuliya", "iuliia"),
            ("subhashis", "subhasis"),
            ("chattopadhyay", "chattopadhyaya"),
        ] {
            assert_eq!(l.roman_key(a), l.roman_key(b), "{a} {b}");
        }
        // A `y` read as an `i` still leaves a name and its diminutive two names.
        assert_ne!(l.roman_key("kyle"), l.roman_key("kylie"));
        for (a, b) in [
            ("ivan", "ivana"),
            ("mario", "maria"),
            ("aleksandr", "aleksandra"),
        ] {
            assert_ne!(l.roman_key(a), l.roman_key(b), "{a} {b}");
            assert!(l.gendered_pair(a, b, false), "{a} {b}");
        }
        assert!(l.gendered_pair("petrov", "petrova", true));
        assert!(l.gendered_pair("navalny", "navalnaya", true));
        assert!(l.gendered_pair("kowalski", "kowalska", true));
        assert!(!l.gendered_pair("nikolai", "nikolay", false));
        // A family name ending in `-a` or `-e` is not a woman's form of one without it.
        assert!(!l.gendered_pair("montoy", "montoya", true));
        assert!(!l.gendered_pair("clark", "clarke", true));
        assert!(l.ordinary("government") && l.ordinary("co-author") && !l.ordinary("kyiv"));
    }

    #[test]
    fn pinyin_given_names() {
        assert!(is_pinyin("jinping"));
        assert!(is_pinyin("xiaoping"));
        assert!(is_pinyin("yi"));
        assert!(!is_pinyin("anderson"));
        assert!(!is_pinyin("jones"));
        // Wade-Giles, as Taiwan writes its names.
        assert!(is_pinyin("ingwen"));
        assert!(is_pinyin("hsien"));
        assert!(is_pinyin("tsung"));
        assert!(is_pinyin("weihsiung"));
        assert!(is_pinyin("shih"));
    }
}
