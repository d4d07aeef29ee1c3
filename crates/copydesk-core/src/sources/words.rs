//! Words as the record and a quotation are compared: lowercased, punctuation and quote marks
//! away, hyphenated compounds split, apostrophes made straight, fillers dropped (remembered on
//! the next word), numbers read as figures (`ten`, `10`; `eighty-one`, `81`; `1.5 million`) and
//! a title abbreviated before a name read spelled out (`Dr Patel`, `Doctor Patel`).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// One compared word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The normalised form (`don't`, `81`, `percent`).
    pub norm: String,
    /// Byte range in the text it was read from (a number written in words covers all of them).
    pub range: Range<usize>,
    /// A filler (`um`) stood right before it.
    pub filler_before: bool,
    /// Written in the form a style guide may change: a number in words (`ten`), a title
    /// abbreviated before a name (`Dr`, `Gov.`); the other form against it is a style edit.
    pub styled: bool,
}

struct Lists {
    fillers: HashSet<String>,
    units: HashMap<String, u64>,
    scales: HashMap<String, u64>,
    /// Scales written short on a figure after a currency's sign (`£2m`).
    short_scales: HashMap<String, u64>,
    months: HashMap<String, u64>,
    ordinals: HashMap<String, u64>,
    /// A currency's sign -> its name (`£` -> `pound`).
    signs: HashMap<char, String>,
    /// A currency's name as said -> its name (`pounds` -> `pound`).
    currencies: HashMap<String, String>,
    /// British endings -> American ones, longest first (`isation` -> `ization`).
    endings: Vec<(String, String)>,
}

/// Marks a raw word that is a currency's sign (its name follows), apart from any word.
const SIGN: char = '\u{1}';

/// The `word value` items of one tag of a data file, as pairs.
fn pairs(src: &'static str, want: &'static str) -> impl Iterator<Item = (String, String)> {
    items(src)
        .filter(move |(tag, _)| *tag == want)
        .filter_map(|(_, item)| item.split_once(' '))
        .map(|(word, value)| (word.to_string(), value.trim().to_string()))
}

/// The `word number` items of one tag of a data file, as a map.
fn valued(src: &'static str, want: &'static str) -> HashMap<String, u64> {
    pairs(src, want)
        .filter_map(|(word, value)| Some((word, value.parse().ok()?)))
        .collect()
}

fn items(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .flat_map(|l| {
            let (tag, rest) = l.split_once(':').unwrap_or(("", l));
            rest.split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(move |w| (tag.trim(), w))
        })
}

fn lists() -> &'static Lists {
    static CELL: OnceLock<Lists> = OnceLock::new();
    CELL.get_or_init(|| {
        let fillers = items(include_str!("../../data/sources/fillers.txt"))
            .map(|(_, w)| w.to_lowercase())
            .collect();
        let numbers = include_str!("../../data/sources/numbers.txt");
        let spelling = include_str!("../../data/sources/spelling.txt");
        let mut endings: Vec<(String, String)> = pairs(spelling, "ending").collect();
        endings.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
        let dates = include_str!("../../data/sources/dates.txt");
        Lists {
            fillers,
            units: valued(numbers, "unit"),
            scales: valued(numbers, "scale"),
            short_scales: valued(numbers, "short"),
            months: valued(dates, "month"),
            ordinals: valued(dates, "ordinal"),
            signs: pairs(numbers, "symbol")
                .filter_map(|(sign, name)| Some((sign.chars().next()?, name)))
                .collect(),
            currencies: pairs(numbers, "plural").collect(),
            endings,
        }
    })
}

/// Whether `word` is an ordinal, in words or figures (`second`, `Third`, `21st`).
pub(crate) fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        return matches!(
            word[digits.len()..].to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        );
    }
    lists().ordinals.contains_key(word.to_lowercase().as_str())
}

/// Whether `word` (lowercase) is a hesitation a quotation may drop.
pub(crate) fn is_filler(word: &str) -> bool {
    lists().fillers.contains(word)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The raw words of `text[range]`: letters and digits, with apostrophes inside words and the
/// separators inside figures (`1,000`, `2.5`); `%` is the word `percent`.
fn raw_words(text: &str, range: Range<usize>) -> Vec<(String, Range<usize>)> {
    let s = &text[range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if let Some(name) = (!c.is_alphanumeric())
            .then(|| lists().signs.get(&c))
            .flatten()
        {
            out.push((
                format!("{SIGN}{name}"),
                range.start + at..range.start + at + c.len_utf8(),
            ));
            i += 1;
            continue;
        }
        if c == '%' {
            out.push((
                "percent".to_string(),
                range.start + at..range.start + at + 1,
            ));
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let mut word = String::new();
        let mut j = i;
        while j < chars.len() {
            let c = chars[j].1;
            let next = chars.get(j + 1).map(|x| x.1);
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if is_apostrophe(c)
                && j > i
                && chars[j - 1].1.is_alphabetic()
                && next.is_some_and(char::is_alphabetic)
            {
                word.push('\'');
            } else if matches!(c, ',' | '.')
                && j > i
                && chars[j - 1].1.is_ascii_digit()
                && next.is_some_and(|n| n.is_ascii_digit())
            {
                if c == '.' {
                    word.push('.');
                }
            } else {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |x| x.0);
        out.push((word, range.start + at..range.start + end));
        i = j;
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Tens,
    Unit,
    Hundred,
    Scale,
    And,
}

/// Reads a run of number words from `raw[i..]`: (value, words used). `twenty one`, `one hundred
/// and five`, `three thousand`; a unit after a unit ends the run (`one two` is two numbers).
fn number_run(raw: &[(String, Range<usize>)], i: usize) -> Option<(u64, usize)> {
    let l = lists();
    let (mut total, mut current) = (0u64, 0u64);
    let mut last = Last::Start;
    let mut k = i;
    while let Some((w, _)) = raw.get(k) {
        let w = w.as_str();
        if let Some(&v) = l.units.get(w) {
            let ok = match last {
                Last::Tens => v < 10,
                Last::Unit => false,
                _ => true,
            };
            if !ok {
                break;
            }
            current = current.saturating_add(v);
            last = if v >= 20 { Last::Tens } else { Last::Unit };
        } else if w == "hundred" && last != Last::Hundred && last != Last::And {
            current = current.max(1).saturating_mul(100);
            last = Last::Hundred;
        } else if let Some(&s) = l.scales.get(w).filter(|_| last != Last::And) {
            total = total.saturating_add(current.max(1).saturating_mul(s));
            current = 0;
            last = Last::Scale;
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale)
            && raw.get(k + 1).is_some_and(|(n, _)| l.units.contains_key(n))
        {
            last = Last::And;
        } else {
            break;
        }
        k += 1;
    }
    (k > i).then_some((total.saturating_add(current), k - i))
}

/// A figure (`10`, `1.5`) times a following scale word (`million`), as a figure.
fn figure_with_scale(figure: &str, scale: Option<&String>) -> Option<(String, bool)> {
    let s = *lists().scales.get(scale?.as_str())?;
    scaled(figure, s).map(|n| (n.to_string(), true))
}

/// A figure (`2.5`) times a scale, when that is a whole number.
fn scaled(figure: &str, scale: u64) -> Option<u64> {
    let v: f64 = figure.parse().ok()?;
    let product = v * scale as f64;
    (product.fract() == 0.0 && product < 1e18).then_some(product as u64)
}

/// A day of the month at `raw[k..]`: (day, words used, written in words). `1`, `1st`,
/// `first`, `twenty-first`.
fn day_at(raw: &[(String, Range<usize>)], k: usize) -> Option<(u64, usize, bool)> {
    let l = lists();
    let (w, _) = raw.get(k)?;
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let (day, used, styled) = if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        let suffix = &w[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        (digits.parse().ok()?, 1, false)
    } else if let Some(&d) = l.ordinals.get(w.as_str()) {
        (d, 1, true)
    } else {
        // `twenty-first`: a tens word, then an ordinal below ten.
        let tens = *l
            .units
            .get(w.as_str())
            .filter(|&&t| t >= 20 && t % 10 == 0)?;
        let unit = *l
            .ordinals
            .get(raw.get(k + 1)?.0.as_str())
            .filter(|&&u| u < 10)?;
        (tens + unit, 2, true)
    };
    (1..=31).contains(&day).then_some((day, used, styled))
}

/// A date as compared: its month and day.
struct Date {
    month: u64,
    day: u64,
    /// Raw words it covers.
    used: usize,
    /// Written otherwise than in figures: `the`, `of`, an ordinal word.
    styled: bool,
}

/// A date at `raw[i..]`, month and day in either order (`the first of March`, `March the
/// first`, `1 March`, `March 1st`, `March 1`). A month word counts only with a capital (`may`,
/// `march`).
fn date_at(text: &str, raw: &[(String, Range<usize>)], i: usize) -> Option<Date> {
    let l = lists();
    let month = |k: usize| {
        let (w, r) = raw.get(k)?;
        let m = *l.months.get(w.as_str())?;
        text[r.clone()].starts_with(char::is_uppercase).then_some(m)
    };
    let is = |k: usize, word: &str| raw.get(k).is_some_and(|(w, _)| w == word);
    if let Some(month) = month(i) {
        let the = usize::from(is(i + 1, "the"));
        if let Some((day, used, styled)) = day_at(raw, i + 1 + the) {
            return Some(Date {
                month,
                day,
                used: 1 + the + used,
                styled: styled || the == 1,
            });
        }
    }
    let the = usize::from(is(i, "the"));
    let (day, used, styled) = day_at(raw, i + the)?;
    let of = usize::from(is(i + the + used, "of"));
    Some(Date {
        month: month(i + the + used + of)?,
        day,
        used: the + used + of + 1,
        styled: styled || the + of > 0,
    })
}

/// A word spelt the American way where the British way differs only in its ending
/// (`organisation` -> `organization`); words shorter than six letters as they are.
fn american(w: &str) -> String {
    // A possessive keeps its ending: `organisation's`.
    let (word, owner) = match w.strip_suffix("'s") {
        Some(stem) => (stem, "'s"),
        None => (w, ""),
    };
    if word.len() >= 6 && word.bytes().all(|b| b.is_ascii_lowercase()) {
        for (british, american) in &lists().endings {
            if let Some(stem) = word.strip_suffix(british.as_str()) {
                if stem.len() >= 2 {
                    return format!("{stem}{american}{owner}");
                }
            }
        }
    }
    w.to_string()
}

/// The compared words of `text[range]`, offsets into `text`.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let raw = raw_words(text, range);
    let mut out: Vec<Word> = Vec::with_capacity(raw.len());
    let mut filler = false;
    // A currency's sign, said after the figure it stands before (`£40,000`: `40000 pound`).
    let mut sign: Option<(String, Range<usize>)> = None;
    let mut i = 0;
    while i < raw.len() {
        let (w, r) = &raw[i];
        if is_filler(w) {
            filler = true;
            i += 1;
            continue;
        }
        let figure = w.starts_with(|c: char| c.is_ascii_digit()) || number_run(&raw, i).is_some();
        // `£2m`: after a sign, a scale written short on the figure.
        let short = sign.as_ref().and_then(|_| {
            let figure = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            scaled(figure, *lists().short_scales.get(&w[figure.len()..])?)
        });
        let mut push = |norm: String, range: Range<usize>, styled: bool| {
            out.push(Word {
                norm,
                range,
                filler_before: std::mem::take(&mut filler),
                styled,
            });
        };
        // A sign before no figure is said where it stands.
        if !figure {
            if let Some((name, range)) = sign.take() {
                push(name, range, true);
            }
        }
        if let Some(name) = w.strip_prefix(SIGN) {
            sign = Some((name.to_string(), r.clone()));
            i += 1;
            continue;
        }
        let mut push = |norm: String, range: Range<usize>, styled: bool| {
            push(norm, range, styled);
            // The sign's name after the figure it stood before.
            if let Some((name, range)) = sign.take() {
                push(name, range, true);
            }
        };
        // A date read month first, its day as a figure, in whatever order it was written.
        // Both words span the whole date: a passage read from its words' places keeps all of
        // it (`the ninth of June`, whose month is compared first).
        if let Some(date) = date_at(text, &raw, i) {
            let whole = r.start..raw[i + date.used - 1].1.end;
            push(format!("month-{}", date.month), whole.clone(), date.styled);
            push(date.day.to_string(), whole, date.styled);
            i += date.used;
            continue;
        }
        if let Some(n) = short {
            push(n.to_string(), r.clone(), true);
            i += 1;
            continue;
        }
        if w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            if let Some((n, _)) = figure_with_scale(w, raw.get(i + 1).map(|x| &x.0)) {
                push(n, r.start..raw[i + 1].1.end, false);
                i += 2;
                continue;
            }
            push(w.clone(), r.clone(), false);
            i += 1;
            continue;
        }
        if w == "per" && raw.get(i + 1).is_some_and(|(n, _)| n == "cent") {
            push("percent".into(), r.start..raw[i + 1].1.end, false);
            i += 2;
            continue;
        }
        if let Some((value, used)) = number_run(&raw, i) {
            push(value.to_string(), r.start..raw[i + used - 1].1.end, true);
            i += used;
            continue;
        }
        // `Dr Patel` for the spoken `Doctor Patel`: the abbreviation a house puts before a
        // name (the titles' data), read as the title it shortens.
        let capital = |r: &Range<usize>| text[r.clone()].starts_with(char::is_uppercase);
        if capital(r) && raw.get(i + 1).is_some_and(|(_, next)| capital(next)) {
            if let Some(full) = crate::titles::spelled_last_word(w) {
                push(full, r.clone(), true);
                i += 1;
                continue;
            }
        }
        match lists().currencies.get(w.as_str()) {
            Some(name) => push(name.clone(), r.clone(), false),
            None => push(american(w), r.clone(), false),
        }
        i += 1;
    }
    if let Some((name, range)) = sign {
        out.push(Word {
            norm: name,
            range,
            filler_before: filler,
            styled: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        words(s, 0..s.len()).into_iter().map(|w| w.norm).collect()
    }

    #[test]
    fn case_punctuation_hyphens_and_apostrophes() {
        assert_eq!(
            norms("“Don’t” — a LONG-term, well...plan!"),
            ["don't", "a", "long", "term", "well", "plan"]
        );
    }

    #[test]
    fn numbers_in_words_and_figures_agree() {
        assert_eq!(norms("ten buses"), norms("10 buses"));
        assert_eq!(norms("eighty-one homes"), norms("81 homes"));
        assert_eq!(norms("one hundred and five"), ["105"]);
        assert_eq!(norms("1,200 people"), norms("twelve hundred people"));
        assert_eq!(norms("2.5 million"), ["2500000"]);
        assert_eq!(norms("ten per cent"), norms("10%"));
        assert_eq!(norms("one two"), ["1", "2"]);
        assert_eq!(norms("bread and butter"), ["bread", "and", "butter"]);
    }

    #[test]
    fn dates_said_and_written_agree() {
        let written = norms("on March 1 and 21 April");
        assert_eq!(written, ["on", "month-3", "1", "and", "month-4", "21"]);
        assert_eq!(
            norms("on the first of March and the twenty-first of April"),
            written
        );
        assert_eq!(norms("on March the first and April 21st"), written);
        // Traps: a month word without its capital, an ordinal with no month, a day out of range.
        assert_eq!(norms("we may 2"), ["we", "may", "2"]);
        assert_eq!(norms("the first of many"), ["the", "first", "of", "many"]);
        assert_eq!(norms("March 45"), ["march", "45"]);
    }

    #[test]
    fn money_said_and_written_agree() {
        assert_eq!(norms("£40,000"), norms("forty thousand pounds"));
        assert_eq!(norms("$5 million more"), norms("five million dollars more"));
        assert_eq!(norms("€1"), ["1", "euro"]);
        assert_eq!(
            norms("£2m and $1.5bn"),
            norms("two million pounds and 1.5 billion dollars")
        );
        // A scale written short counts only after a sign: `5m` alone may be metres.
        assert_eq!(norms("a 5m wall"), ["a", "5m", "wall"]);
        // A sign before no figure is read where it stands.
        assert_eq!(norms("the £ fell"), ["the", "pound", "fell"]);
        assert_eq!(norms("a $"), ["a", "dollar"]);
    }

    #[test]
    fn british_and_american_spellings_agree() {
        assert_eq!(
            norms("the organisation's colours at the centre of the catalogue"),
            norms("the organization's colors at the center of the catalog")
        );
        assert_eq!(
            norms("we analysed the defence"),
            norms("we analyzed the defense")
        );
        // Traps: short words keep their ending (`four`, `for`), and other words differ still.
        assert_ne!(norms("four"), norms("for"));
        assert_ne!(norms("realised"), norms("released"));
    }

    #[test]
    fn fillers_are_dropped_and_remembered() {
        let w = words("we, um, will er pay", 0..19);
        let n: Vec<&str> = w.iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(n, ["we", "will", "pay"]);
        assert!(w[1].filler_before && w[2].filler_before && !w[0].filler_before);
    }
}
