//! Worst-case drafts: inputs built to find super-linear corners, each of about `bytes` bytes.
//!
//! Shared by the step-count test (`tests/worst_case.rs`), the benchmark group
//! (`benches/worst_case.rs`) and the example that writes them to files
//! (`examples/worst_case.rs`).

#![allow(dead_code)]

use copydesk_core::DocKind;

/// One kind of worst case.
pub struct Case {
    /// A short name (also the file name the example writes).
    pub name: &'static str,
    /// How the draft is read.
    pub kind: DocKind,
    /// Builds a draft of about `bytes` bytes.
    pub make: fn(usize) -> String,
    /// Builds the record its quotations are held to (about `bytes` bytes), if any.
    pub record: Option<fn(usize) -> String>,
}

/// Every worst case.
pub const CASES: &[Case] = &[
    case("quotes-no-sentence-end", DocKind::PlainText, quotes_no_end),
    case("capitalised-token", DocKind::PlainText, capitalised_token),
    case("hyphenated-name", DocKind::PlainText, hyphenated_name),
    case("shared-surname", DocKind::PlainText, shared_surname),
    case("disable-enable", DocKind::Markdown, disable_enable),
    case("distinct-people", DocKind::PlainText, distinct_people),
    case("quote-marks-line", DocKind::PlainText, quote_marks_line),
    case("attributed-lines", DocKind::PlainText, attributed_lines),
    case("nested-quotes", DocKind::PlainText, nested_quotes),
    case("deep-nesting", DocKind::PlainText, deep_nesting),
    case("long-list", DocKind::Markdown, long_list),
    case("blockquote", DocKind::Markdown, blockquote),
    case("apostrophes-primes", DocKind::PlainText, apostrophes_primes),
    case("one-word", DocKind::PlainText, one_word),
    case("titles", DocKind::PlainText, titles),
    case("one-line-people", DocKind::Markdown, one_line_people),
    case("late-convention", DocKind::PlainText, late_convention),
    case("unclosed-singles", DocKind::PlainText, unclosed_singles),
    case("closing-marks", DocKind::PlainText, closing_marks),
    case("title-run", DocKind::PlainText, title_run),
    case("cut-run", DocKind::PlainText, cut_run),
    case("prefix-run", DocKind::PlainText, prefix_run),
    case("particle-run", DocKind::PlainText, particle_run),
    case("unnamed-statements", DocKind::PlainText, unnamed_statements),
    case(
        "long-sentence-speakers",
        DocKind::PlainText,
        long_sentence_speakers,
    ),
    held("record-short-quotes", short_quotes, repetitive_record),
    held("record-medium-quotes", medium_quotes, repetitive_record),
    held("record-long-quotation", long_quotation, one_turn_record),
];

const fn case(name: &'static str, kind: DocKind, make: fn(usize) -> String) -> Case {
    Case {
        name,
        kind,
        make,
        record: None,
    }
}

/// A case whose quotations are held to a record.
const fn held(name: &'static str, make: fn(usize) -> String, record: fn(usize) -> String) -> Case {
    Case {
        name,
        kind: DocKind::Markdown,
        make,
        record: Some(record),
    }
}

/// The case's record of about `bytes` bytes, built, if it has one.
pub fn record(case: &Case, bytes: usize) -> Option<copydesk_core::sources::Record> {
    let make = case.record?;
    let text = make(bytes);
    let source = copydesk_core::sources::SourceText {
        name: "transcript.txt".into(),
        text,
    };
    Some(copydesk_core::sources::Record::build(&[source]).0)
}

/// `n` words of a vocabulary of twenty, drawn from `seed`: every word pair of a quotation
/// points at every turn of a record written the same way.
fn few_words(seed: usize, n: usize) -> String {
    const VOCAB: &[&str] = &[
        "harbour", "council", "boats", "winter", "fish", "price", "rent", "tide", "crew", "quay",
        "storm", "nets", "school", "road", "bridge", "money", "water", "light", "night", "dawn",
    ];
    let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(12_345);
    let mut out = String::new();
    for k in 0..n {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        if k > 0 {
            out.push(' ');
        }
        out.push_str(VOCAB[(x >> 33) % VOCAB.len()]);
    }
    out
}

/// Two speakers answering in turns of 30, 60 and 400 words of the same twenty words: more
/// turns than a quotation is aligned with at every size, so each quotation does its most work.
fn repetitive_record(bytes: usize) -> String {
    fill(bytes, |i| {
        let who = if i % 2 == 0 { "ANNA LUND" } else { "BO KINT" };
        format!("{who}: {}\n\n", few_words(i, [30, 60, 400][i % 3]))
    })
}

/// One turn of the same twenty words.
fn one_turn_record(bytes: usize) -> String {
    format!("ANNA LUND: {}\n", few_words(7, bytes / 6))
}

/// Quotations of `n` words, each credited to a speaker of the record.
fn quotes_of(bytes: usize, n: usize) -> String {
    let mut out = String::from("Anna Lund and Bo Kint spoke at the quay.\n\n");
    out.push_str(&fill(bytes, |i| {
        format!("\"{}\", said Anna Lund.\n\n", few_words(i + 1000, n))
    }));
    out
}

/// Many quotations of five words.
fn short_quotes(bytes: usize) -> String {
    quotes_of(bytes, 5)
}

/// Many quotations of sixty words.
fn medium_quotes(bytes: usize) -> String {
    quotes_of(bytes, 60)
}

/// One quotation as long as the draft.
fn long_quotation(bytes: usize) -> String {
    format!(
        "Anna Lund spoke.\n\n\"{}\" said Anna Lund.\n",
        few_words(3, bytes / 6)
    )
}

/// Repeats `unit(i)` until the text reaches `bytes`.
fn fill(bytes: usize, mut unit: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 64);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&unit(i));
        i += 1;
    }
    out
}

/// A distinct capitalised word for every `i`: letters drawn from `i` in base 20.
pub fn word(i: usize, suffix: &str) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "ver", "mon", "dal", "ris", "tan", "bel", "hor", "sen", "mar", "tiv", "qua",
        "pel", "dun", "sor", "gar", "fen", "lut", "zim",
    ];
    let mut n = i;
    let mut s = String::new();
    loop {
        s.push_str(SYL[n % SYL.len()]);
        n /= SYL.len();
        if n == 0 {
            break;
        }
    }
    let mut c = s.chars();
    let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or('K');
    format!("{first}{}{suffix}", c.as_str())
}

fn quotes_no_end(bytes: usize) -> String {
    fill(bytes, |_| {
        "they said \"yes, indeed it is\" and ".to_string()
    })
}

fn capitalised_token(bytes: usize) -> String {
    let mut s = String::from("A");
    s.push_str(&"qx".repeat(bytes / 2));
    s.push_str(" said so.");
    s
}

fn hyphenated_name(bytes: usize) -> String {
    let mut s = String::from("Anna Qx");
    s.push_str(&"-Qx".repeat(bytes / 3));
    s.push_str(" said so. Anna spoke.");
    s
}

fn shared_surname(bytes: usize) -> String {
    fill(bytes, |i| {
        format!(
            "{} Okafor, a teacher, arrived on Monday.\n\nOkafor was not seen.\n\n",
            word(i, "")
        )
    })
}

fn disable_enable(bytes: usize) -> String {
    fill(bytes, |i| {
        format!(
            "<!-- copydesk-disable name-spelling -->\nRuth Okafor met {}.\n<!-- copydesk-enable name-spelling -->\n\n",
            word(i, "son")
        )
    })
}

fn distinct_people(bytes: usize) -> String {
    fill(bytes, |i| {
        format!("{} {} spoke.\n\n", word(i, ""), word(i * 7 + 3, "er"))
    })
}

fn quote_marks_line(bytes: usize) -> String {
    "“‘".repeat(bytes / 6)
}

fn attributed_lines(bytes: usize) -> String {
    fill(bytes, |i| {
        format!(
            "“We will stay,” said {} {}.\n",
            word(i, ""),
            word(i + 5, "er")
        )
    })
}

fn nested_quotes(bytes: usize) -> String {
    fill(bytes, |_| {
        "“She told me ‘he said “no” twice’ and left,” Okafor said. ".to_string()
    })
}

fn deep_nesting(bytes: usize) -> String {
    let n = bytes / 12;
    let mut s = String::with_capacity(bytes);
    for i in 0..n {
        s.push_str(if i % 2 == 0 { "“a " } else { "‘b " });
    }
    for i in (0..n).rev() {
        s.push_str(if i % 2 == 0 { "c” " } else { "d’ " });
    }
    s
}

fn long_list(bytes: usize) -> String {
    // Open quotations, and closed ones no item credits (each asks where its list starts).
    fill(bytes, |i| {
        if i % 3 == 2 {
            format!("- “Nobody asked {} about it at all.”\n", word(i, ""))
        } else {
            format!("- {} said “yes\n", word(i, ""))
        }
    })
}

fn blockquote(bytes: usize) -> String {
    fill(bytes, |i| format!("> “{} went home” and\n", word(i, "")))
}

fn apostrophes_primes(bytes: usize) -> String {
    fill(bytes, |_| {
        "rock ’n’ roll at 5′10″ in the ’90s, it's O'Neill's 'tis ' ’ ".to_string()
    })
}

fn one_word(bytes: usize) -> String {
    "a".repeat(bytes)
}

fn titles(bytes: usize) -> String {
    fill(bytes, |i| {
        format!(
            "President {} met Prime Minister {} and the chief executive, {} Ward. ",
            word(i, ""),
            word(i + 1, "er"),
            word(i + 2, "")
        )
    })
}

fn one_line_people(bytes: usize) -> String {
    fill(bytes, |i| format!("{} {}, ", word(i, ""), word(i + 9, "")))
}

/// Half a draft of plain prose, then one courtesy title that sets the draft's convention and
/// many written against it: every finding names the line where the convention was set.
fn late_convention(bytes: usize) -> String {
    let mut out = fill(bytes / 2, |_| {
        "The council met again to argue over the harbour budget.\n".to_string()
    });
    out.push_str("\nMr Ward spoke first. ");
    out.push_str(&fill(bytes / 2, |_| "Mr. Ward spoke again. ".to_string()));
    out
}

/// A draft that quotes with single marks, then one paragraph of single opening marks never
/// closed: each is a lone mark whose fix looks for an attribution after it.
fn unclosed_singles(bytes: usize) -> String {
    let mut out = String::from("‘We are ready,’ the harbour master said.\n\n");
    out.push_str(&fill(bytes, |i| format!("‘{} ", word(i, ""))));
    out
}

/// One sentence of closing marks with no opening mark and no letter: each is a lone mark
/// whose fix asks whether its sentence has a word before it.
fn closing_marks(bytes: usize) -> String {
    fill(bytes, |i| ["”", "»", "'»"][i % 3].to_string())
}

/// Abbreviated titles one after another with no name (`Mrs Mrs Mrs …`, then with points): each
/// asks whether the word before it ends a name, which asks whether that word is a title.
fn title_run(bytes: usize) -> String {
    fill(bytes, |i| {
        ["Mrs ", "Dr ", "Gen. ", "Mrs. ", "Sen "][i % 5].to_string()
    })
}

/// One run of capitalised words with no sentence end, cut again and again by a common word
/// (`U.S. Lees The Mrs van …`): each piece after a cut is looked at on its own.
fn cut_run(bytes: usize) -> String {
    fill(bytes, |i| {
        ["U.S. ", "Lees ", "The ", "Mrs ", "van "][i % 5].to_string()
    })
}

/// One run of capitalised words joined by a name particle, with no sentence end (`I Word bin I
/// Word bin …`, found by `bench/corner_hunt.py`): each piece of it asked whether a firm named
/// like a person stands anywhere up to the run's end cost the run's length squared.
fn particle_run(bytes: usize) -> String {
    let mut out = String::from("The council met again to");
    out.push_str(&fill(bytes.saturating_sub(out.len()), |_| {
        "I Word bin ".to_string()
    }));
    out
}

/// Title prefixes one after another (`Deputy Acting Vice …`), a title now and then: each asks
/// whether a title follows its run of prefixes.
fn prefix_run(bytes: usize) -> String {
    fill(bytes, |i| {
        if i % 50 == 49 {
            "Minister Ann Lee. ".to_string()
        } else {
            ["Deputy ", "Acting ", "Vice "][i % 3].to_string()
        }
    })
}

/// One paragraph of quotations credited to statements by no one named, among capitalised
/// words that name no person: each asks who spoke last in its paragraph.
fn unnamed_statements(bytes: usize) -> String {
    let mut out = String::from("‘We are ready,’ the harbour master said.\n\n");
    out.push_str(&fill(bytes, |i| {
        format!("Acting {} in a statement ''", word(i, ""))
    }));
    out
}

/// One sentence that never ends, of titles, a name in another script, a zero-width space and
/// colons after `said` (found by `bench/corner_hunt.py`): each verb asks who spoke last in the
/// sentence.
fn long_sentence_speakers(bytes: usize) -> String {
    fill(bytes, |_| {
        "Secretary \u{200b}مرسي Mr. 'xMs Lee said: ".to_string()
    })
}

/// The kind's label, for benchmark names.
pub fn kind_name(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Markdown => "md",
        _ => "txt",
    }
}
