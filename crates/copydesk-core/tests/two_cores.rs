//! A draft of 128 KB or more is analysed on two threads (`copydesk_core::join`, `each`): the
//! answer must be the one a single thread gives, fresh and after keystrokes, under every style.

#[path = "support/edits.rs"]
mod edits;
use copydesk_core::{Config, DocKind, Memo};
use edits::seen;

const GIVEN: &[&str] = &[
    "Marta", "Tomasz", "Ilse", "Kwame", "Priya", "Oren", "Saoirse", "Bjorn", "Nadia", "Felipe",
    "Yuki", "Andile", "Roisin", "Dmitri", "Lucia", "Hamid",
];
const FAMILY: &[&str] = &[
    "Wexford",
    "Okonjo",
    "Lindqvist",
    "Haddad",
    "Prentice",
    "Varga",
    "Mbeki",
    "Castellano",
    "Thornbury",
    "Iwasaki",
    "Delacroix",
    "Szabo",
    "Achterberg",
    "Mulligan",
    "Ferreira",
    "Kowalczyk",
    "Ashdown",
    "Rahimi",
    "Olsen",
    "Quintero",
];
const TITLES: &[&str] = &["Mr", "Ms", "Dr", "Mayor", "Senator", "President", "Judge"];

/// A long draft of our own: many people, some sharing a surname, some spelt two ways, with
/// attributed, unattributed and unclosed quotations, titles in several styles, and headings.
fn long_draft(bytes: usize) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    while out.len() < bytes {
        let g = GIVEN[n % GIVEN.len()];
        let f = FAMILY[(n * 7 + n / 3) % FAMILY.len()];
        let t = TITLES[n % TITLES.len()];
        let g2 = GIVEN[(n * 5 + 3) % GIVEN.len()];
        // Every ninth story misspells its surname once: a letter doubled.
        let slip = if n % 9 == 4 {
            let mut s = f.to_string();
            s.insert(2, s.as_bytes()[2] as char);
            s
        } else {
            f.to_string()
        };
        if n.is_multiple_of(6) {
            out.push_str(&format!("## Harbour report {n}\n\n"));
        }
        out.push_str(&format!(
            "{t} {g} {f} opened the ferry terminal on Tuesday. \"We waited years for this,\" {f} said.\n\n\
             Her deputy, {g2} {f}, disagreed. \"The queue is longer than ever,\" said {t}. {slip}.\n\n\
             \"Nobody asked the fishermen.\"\n\n\
             {f} later told reporters the \"review is ongoing. {g2} said the mayor was wrong. \
             president {f} and Mr. {f} were both named in the report.\n\n\
             The terminal cost twice what was planned.\n\n\
             \"It is a scandal from start to finish.\"\n\n\
             {g} {slip} promised an inquiry.\n\n"
        ));
        n += 1;
    }
    out
}

/// What one analysis saw on a pool of `threads` threads.
fn on(threads: usize, f: impl FnOnce() -> String + Send) -> String {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
        .install(f)
}

#[test]
fn two_threads_answer_as_one() {
    let text = long_draft(200 * 1024);
    assert!(text.len() >= 200 * 1024);
    for style in [None, Some("ap"), Some("nyt"), Some("bbc")] {
        let config = Config {
            style: style.map(str::to_string),
            ..Config::default()
        };
        let one = on(1, || seen(&text, DocKind::Markdown, &config, None));
        let two = on(2, || seen(&text, DocKind::Markdown, &config, None));
        assert!(one == two, "style {style:?}: two threads differ from one");
    }
}

#[test]
fn two_threads_answer_as_one_after_keystrokes() {
    let config = Config::default();
    let mut text = long_draft(160 * 1024);
    let mut memo = Memo::new();
    let _ = on(2, || {
        seen(&text, DocKind::Markdown, &config, Some(&mut memo))
    });
    // Typing inside a name, inside a word, a quotation mark and a paragraph break.
    let at_name = text.find("Castellano").expect("a name") + 4;
    for (i, piece) in ["x", "y", "\"", "\n\n", "z"].iter().enumerate() {
        let at = if i < 2 {
            at_name + i
        } else {
            text.len() / 2 + i
        };
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        text.insert_str(at, piece);
        let memoised = on(2, || {
            seen(&text, DocKind::Markdown, &config, Some(&mut memo))
        });
        let fresh = on(1, || seen(&text, DocKind::Markdown, &config, None));
        assert!(
            memoised == fresh,
            "after typing {piece:?}: memoised on two threads differs"
        );
    }
}
