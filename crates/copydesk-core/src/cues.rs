//! The attribution cue lexicon (data in `data/cues.txt`), matched on whole words.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

const CUES: &str = include_str!("../data/cues.txt");

/// Every cue form in the built-in lexicon.
pub fn builtin_forms() -> impl Iterator<Item = &'static str> {
    CUES.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|f| !f.is_empty())
}

/// A compiled cue matcher.
#[derive(Debug)]
pub struct Cues {
    matcher: AhoCorasick,
}

impl Cues {
    /// The built-in lexicon plus `extra` forms.
    pub fn new(extra: &[String]) -> Cues {
        let forms: Vec<String> = builtin_forms()
            .map(str::to_string)
            .chain(extra.iter().map(|s| s.trim().to_lowercase()))
            .filter(|s| !s.is_empty())
            .collect();
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&forms)
            .expect("cue forms are plain strings");
        Cues { matcher }
    }

    /// The shared built-in matcher.
    pub fn builtin() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::new(&[]))
    }

    /// The first whole-word cue in `text`, as a range of `text`.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        let bytes = text.as_bytes();
        self.matcher.find_iter(text).map(|m| m.range()).find(|r| {
            let before_ok = r.start == 0 || !is_word_byte(bytes[r.start - 1]);
            let after_ok = r.end == bytes.len() || !is_word_byte(bytes[r.end]);
            before_ok && after_ok
        })
    }
}

fn is_word_byte(b: u8) -> bool {
    // Non-ASCII bytes are letters for this purpose (é, ğ, ...).
    b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-' || b == b'\''
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_only() {
        let c = Cues::builtin();
        assert!(c.find("the mayor SAID on Monday").is_some());
        assert!(c.find("unsaid things").is_none());
        assert!(c.find("according to the report").is_some());
        assert!(c.find("the state of things").is_none());
    }

    #[test]
    fn extra_cues_are_added() {
        assert!(Cues::builtin().find("she quipped").is_some());
        assert!(Cues::builtin().find("she harrumphed").is_none());
        assert!(Cues::new(&["harrumphed".into()])
            .find("she harrumphed")
            .is_some());
    }
}
