//! Normalised keys for names: a fold (case, diacritics, hyphens and spaces away), a consonant
//! skeleton for transliterations, single-deletion keys for typos, and a bounded edit distance.
//! Names are bucketed by these keys so that comparing them stays linear in the draft.

/// Lowercases, strips diacritics and drops hyphens, spaces, apostrophes and full points.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the fold of `s` to `out` (see [`fold`]), without allocating when `out` has room.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // Most names are plain ASCII: copy the runs between the marks, then lowercase them in
        // place (a push per byte cost more than the rest of the fold).
        let start = out.len();
        let mut from = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if matches!(b, b'-' | b' ' | b'\'' | b'.') {
                out.push_str(&s[from..i]);
                from = i + 1;
            }
        }
        out.push_str(&s[from..]);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        push_folded(c, out);
    }
}

fn push_folded(c: char, out: &mut String) {
    let mapped: &str = match c {
        'a'..='z' | '0'..='9' => {
            out.push(c);
            return;
        }
        'A'..='Z' => {
            out.push(c.to_ascii_lowercase());
            return;
        }
        '-' | ' ' | '\'' | '’' | '‘' | '.' | '\u{2010}' | '\u{2011}' | '\u{00a0}' => return,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė'
        | 'Ę' | 'Ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' | 'Ğ' | 'Ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĭ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' | 'Į' => {
            "i"
        }
        'ķ' | 'Ķ' => "k",
        'ĺ' | 'ľ' | 'ł' | 'ļ' | 'Ĺ' | 'Ľ' | 'Ł' | 'Ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' | 'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ț' | 'Ţ' | 'Ť' | 'Ț' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        // Letters the table does not list (`ễ` of `Nguyễn`, `ơ`, `ư`): their canonical
        // decomposition without its combining marks.
        _ => {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
            return;
        }
    };
    out.push_str(mapped);
}

/// Whether two folded names of one length differ only in their vowels, in two places or more,
/// and never by a vowel that one romanisation trades for another (`o` and `u`, `e` and `i`, `e`
/// and `a`, `i` and `y`): `sharon` and `shirin`, `ramon` and `roman` are two names, where
/// `mohammed` and `muhammad` are one name romanised two ways.
pub fn vowels_apart(a: &str, b: &str) -> bool {
    const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u'];
    // The pairs of vowels a romanisation writes for one sound.
    let traded = |x: char, y: char| {
        matches!(
            (x.min(y), x.max(y)),
            ('o', 'u') | ('e', 'i') | ('a', 'e') | ('i', 'y')
        )
    };
    if a.chars().count() != b.chars().count() {
        return false;
    }
    let mut changed = 0;
    for (x, y) in a.chars().zip(b.chars()) {
        if x == y {
            continue;
        }
        if !VOWELS.contains(&x) || !VOWELS.contains(&y) || traded(x, y) {
            return false;
        }
        changed += 1;
    }
    changed >= 2
}

/// A consonant skeleton of a folded name: transliteration pairs merged (q/k/g/c, dh/th/d,
/// ph/f, w/v), `h` after a letter and vowels after the first letter dropped, doubles collapsed.
/// `gaddafi`, `qadhafi` and `kadafi` share `kdf`; `zelensky` and `zelenskyy` share `zlnsk`.
pub fn skeleton(folded: &str) -> String {
    // Names are nearly always ASCII: read the bytes in place rather than collect characters.
    if folded.is_ascii() {
        let b = folded.as_bytes();
        return skeleton_of(b.len(), |i| char::from(b[i]));
    }
    let cs: Vec<char> = folded.chars().collect();
    skeleton_of(cs.len(), |i| cs[i])
}

/// [`skeleton`] of the `len` characters `at(0)`, `at(1)`, ...
fn skeleton_of(len: usize, at: impl Fn(usize) -> char) -> String {
    let mut out = String::with_capacity(len);
    let mut last: Option<char> = None;
    let mut i = 0;
    while i < len {
        let c = at(i);
        let next = (i + 1 < len).then(|| at(i + 1));
        let mut step = 1;
        let mapped = match (c, next) {
            ('d' | 't', Some('h')) => {
                step = 2;
                'd'
            }
            ('p', Some('h')) => {
                step = 2;
                'f'
            }
            ('c' | 'k' | 'g' | 'q', Some('h')) => {
                step = 2;
                'k'
            }
            ('c' | 'k' | 'g' | 'q', _) => 'k',
            ('w', _) => 'v',
            ('h', _) if i > 0 => {
                i += 1;
                continue;
            }
            ('a' | 'e' | 'i' | 'o' | 'u' | 'y', _) => {
                if i == 0 {
                    '*'
                } else {
                    i += 1;
                    continue;
                }
            }
            _ => c,
        };
        if last != Some(mapped) {
            out.push(mapped);
        }
        last = Some(mapped);
        i += step;
    }
    out
}

/// Optimal-string-alignment distance between `a` and `b`, or `max + 1` once it exceeds `max`.
pub fn distance(a: &str, b: &str, max: usize) -> usize {
    /// Names up to this many characters are compared without allocating.
    const SHORT: usize = 64;
    let (mut ab, mut bb) = (['\0'; SHORT], ['\0'; SHORT]);
    let (mut la, mut lb) = (0, 0);
    let mut short = true;
    for (buf, len, s) in [(&mut ab, &mut la, a), (&mut bb, &mut lb, b)] {
        for c in s.chars() {
            if *len == SHORT {
                short = false;
                break;
            }
            buf[*len] = c;
            *len += 1;
        }
    }
    if short {
        let mut rows = [0usize; 3 * (SHORT + 1)];
        return osa(&ab[..la], &bb[..lb], max, &mut rows);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![0usize; 3 * (b.len() + 1)];
    osa(&a, &b, max, &mut rows)
}

/// Optimal-string-alignment distance of two character slices, capped at `max + 1`, over three
/// rolling rows of `rows` (at least `3 * (b.len() + 1)` long): names are compared by the
/// thousand, and allocating a matrix each time was most of the cost.
fn osa(a: &[char], b: &[char], max: usize, rows: &mut [usize]) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let w = b.len() + 1;
    // Offsets of the rows two before, one before and the current one.
    let (mut before, mut prev, mut cur) = (0, w, 2 * w);
    for (j, cell) in rows[prev..prev + w].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[cur] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev + j] + 1)
                .min(rows[cur + j - 1] + 1)
                .min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[before + j - 2] + 1);
            }
            rows[cur + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
        (before, prev, cur) = (prev, cur, before);
    }
    rows[prev + b.len()].min(max + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The distance over a full matrix, as first written: what the rolling rows must equal.
    fn reference(a: &str, b: &str, max: usize) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        for (j, cell) in d.iter_mut().enumerate().take(w) {
            *cell = j;
        }
        for i in 1..=a.len() {
            d[i * w] = i;
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                d[i * w + j] = v;
            }
        }
        d[a.len() * w + b.len()].min(max + 1)
    }

    proptest! {
        #[test]
        fn rolling_rows_equal_the_full_matrix(
            a in "[abcé😀]{0,70}",
            b in "[abcé😀]{0,70}",
            max in 0usize..4,
        ) {
            prop_assert_eq!(distance(&a, &b, max), reference(&a, &b, max));
        }
    }

    #[test]
    fn folds_case_diacritics_and_hyphens() {
        assert_eq!(fold("Kim Jong-Un"), "kimjongun");
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Montaño"), "montano");
        assert_eq!(fold("O’Neill"), "oneill");
        assert_eq!(fold("Aydın"), "aydin");
    }

    #[test]
    fn skeletons_merge_transliterations() {
        for v in [
            "qaddafi", "gadhafi", "kadafi", "kadhafi", "khaddafi", "gathafi",
        ] {
            assert_eq!(skeleton(v), skeleton("gaddafi"), "{v}");
        }
        assert_eq!(skeleton("zelenskyy"), skeleton("zelenskiy"));
        assert_eq!(skeleton("mursi"), skeleton("morsi"));
        assert_ne!(skeleton("fathy"), skeleton("fattahx"));
    }

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance("llewellyn", "llewelyn", 2), 1);
        assert_eq!(distance("christopher", "christoper", 2), 1);
        assert_eq!(distance("abcd", "abdc", 2), 1);
        assert_eq!(distance("kim", "park", 1), 2);
    }
}
