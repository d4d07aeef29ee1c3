//! Byte offsets <-> LSP positions, in the negotiated encoding (UTF-8 or UTF-16).
//!
//! LSP lines end at `\n`, `\r\n` or a lone `\r` (nothing else), so line breaks are found here
//! rather than borrowed from the engine, whose line index only knows `\n`. The rope used for
//! incremental sync is built with the same three line breaks (ropey's `cr_lines` feature).

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// The unit of `Position::character` agreed with the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Columns count bytes of UTF-8.
    Utf8,
    /// Columns count UTF-16 code units (the LSP default).
    Utf16,
}

impl Encoding {
    /// Picks UTF-8 when the client offers it, else the mandatory UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    /// The LSP name of the encoding.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// A text with its line starts, for conversions in O(log lines + a few kilobytes).
#[derive(Debug, Clone)]
pub struct TextMap {
    text: String,
    starts: Vec<usize>,
    /// UTF-16 code units before each of a series of places about [`UTF16_STEP`] bytes apart
    /// (byte offset, units), made on first use: a column on a long line is counted from the
    /// place before it, not from the line's start, so that many diagnostics on one long line
    /// stay linear.
    utf16: std::sync::OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between the places whose UTF-16 offsets a [`TextMap`] keeps.
const UTF16_STEP: usize = 4096;

impl TextMap {
    /// Indexes `text`.
    pub fn new(text: String) -> TextMap {
        let starts = line_starts(&text);
        TextMap::with_line_starts(text, starts)
    }

    /// The map of `text` whose [`line_starts`] are found already (while it was analysed).
    pub fn with_line_starts(text: String, starts: Vec<usize>) -> TextMap {
        debug_assert_eq!(starts, line_starts(&text));
        TextMap {
            text,
            starts,
            utf16: std::sync::OnceLock::new(),
        }
    }

    /// UTF-16 code units in the text before byte `offset` (a character boundary).
    fn utf16_before(&self, offset: usize) -> usize {
        let marks = self.utf16.get_or_init(|| {
            let mut marks = vec![(0, 0)];
            let (mut at, mut units) = (0, 0);
            while at < self.text.len() {
                let mut next = (at + UTF16_STEP).min(self.text.len());
                while !self.text.is_char_boundary(next) {
                    next += 1;
                }
                units += utf16_len(&self.text[at..next]);
                marks.push((next, units));
                at = next;
            }
            marks
        });
        let k = marks.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, units) = marks[k];
        units + utf16_len(&self.text[at..offset])
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of lines (a text ending in a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Byte offset where 0-based `line` starts (the text's end past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.text.len())
    }

    /// Byte offset where the content of `line` ends (before its line break).
    pub fn line_end(&self, line: usize) -> usize {
        match self.starts.get(line + 1) {
            Some(&next) => {
                if next >= 2 && &self.text.as_bytes()[next - 2..next] == b"\r\n" {
                    next - 2
                } else {
                    next - 1
                }
            }
            None => self.text.len(),
        }
    }

    /// The LSP position of a byte offset (clamped to the text, floored to a character boundary;
    /// an offset inside a line break maps to the end of that line).
    pub fn position(&self, offset: usize, enc: Encoding) -> Position {
        let offset = floor_boundary(&self.text, offset);
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let end = offset.min(self.line_end(line));
        let character = match enc {
            Encoding::Utf8 => end - start,
            Encoding::Utf16 => self.utf16_before(end) - self.utf16_before(start),
        };
        Position::new(line as u32, character as u32)
    }

    /// The LSP range of a byte range.
    pub fn range(&self, start: usize, end: usize, enc: Encoding) -> Range {
        Range::new(
            self.position(start, enc),
            self.position(end.max(start), enc),
        )
    }

    /// The byte offset of an LSP position. A line past the end maps to the end of the text, a
    /// column past the line's end to the line's end, and a column inside a character (half a
    /// surrogate pair, the middle of a UTF-8 sequence) to the start of that character.
    pub fn offset(&self, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return self.text.len();
        }
        let start = self.starts[line];
        let end = self.line_end(line);
        column_to_offset(&self.text[start..end], pos.character as usize, enc) + start
    }
}

/// Byte offset within `line` (no line break) of column `col`, floored to a character start.
fn column_to_offset(line: &str, col: usize, enc: Encoding) -> usize {
    let mut units = 0;
    for (i, c) in line.char_indices() {
        let w = enc.width(c);
        if units + w > col {
            return i;
        }
        units += w;
    }
    line.len()
}

/// Where each line of `text` starts, after `\n`, `\r\n` or a lone `\r`.
pub fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    // memchr skips the bytes between line breaks a word at a time: this runs per keystroke.
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
            starts.push(i + 1);
        }
    }
    starts
}

/// The rope's text as one string: its chunks copied in turn into a buffer of the right size
/// (`Rope::to_string` goes through the formatter, chunk by chunk, at several times the cost;
/// a keystroke in a long draft pays this copy before its analysis).
pub fn rope_text(rope: &Rope) -> String {
    let mut text = String::with_capacity(rope.len_bytes());
    for chunk in rope.chunks() {
        text.push_str(chunk);
    }
    text
}

/// The largest character boundary at or before `offset`, clamped to the text.
pub fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// UTF-16 code units of `s`.
fn utf16_len(s: &str) -> usize {
    // ASCII, most of a draft, counts by bytes.
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

/// The char index in `rope` of an LSP position, with the same clamping rules as [`TextMap::offset`].
pub fn rope_char(rope: &Rope, pos: Position, enc: Encoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let start = rope.line_to_char(line);
    let col = pos.character as usize;
    let mut units = 0;
    let mut chars = 0;
    for c in rope.line(line).chars() {
        if c == '\n' || c == '\r' {
            break;
        }
        let w = enc.width(c);
        if units + w > col {
            break;
        }
        units += w;
        chars += 1;
    }
    start + chars
}

/// Applies one LSP content change to `rope`: a ranged replacement, or the whole text when
/// `range` is `None`. Ranges given backwards are put in order rather than rejected.
pub fn apply_change(rope: &mut Rope, range: Option<Range>, text: &str, enc: Encoding) {
    match range {
        None => *rope = Rope::from_str(text),
        Some(r) => {
            let a = rope_char(rope, r.start, enc);
            let b = rope_char(rope, r.end, enc);
            let (start, end) = if a <= b { (a, b) } else { (b, a) };
            rope.remove(start..end);
            rope.insert(start, text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise every width: ASCII, 2-byte Latin, combining marks, CJK (3 bytes,
    /// 1 UTF-16 unit), emoji (4 bytes, 2 units), skin-tone and ZWJ sequences, and all three
    /// line breaks.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        " ",
        "é",
        "e\u{301}",
        "ğ",
        "中",
        "文",
        "😀",
        "👍🏽",
        "👩‍👩‍👧",
        "\n",
        "\r\n",
        "\r",
        "“",
        "’",
        "\u{2028}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    /// The client's model: lines split by hand, columns counted by hand.
    fn naive_position(text: &str, offset: usize, enc: Encoding) -> Position {
        let (mut line, mut col) = (0u32, 0u32);
        let mut chars = text[..offset].chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    line += 1;
                    col = 0;
                }
                c => col += enc.width(c) as u32,
            }
        }
        Position::new(line, col)
    }

    fn boundaries(text: &str) -> Vec<usize> {
        let mut v: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| !(text[..i].ends_with('\r') && text[i..].starts_with('\n')))
            .collect();
        v.push(text.len());
        v
    }

    proptest! {
        #[test]
        fn offsets_round_trip(t in text()) {
            let map = TextMap::new(t.clone());
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                for o in boundaries(&t) {
                    let p = map.position(o, enc);
                    prop_assert_eq!(p, naive_position(&t, o, enc), "offset {} in {:?}", o, t);
                    prop_assert_eq!(map.offset(p, enc), o, "position {:?} in {:?}", p, t);
                }
            }
        }

        #[test]
        fn rope_agrees_with_text_map(t in text(), line in 0u32..12, col in 0u32..30) {
            let map = TextMap::new(t.clone());
            let rope = Rope::from_str(&t);
            prop_assert_eq!(rope.len_lines(), map.line_count());
            for enc in [Encoding::Utf8, Encoding::Utf16] {
                let p = Position::new(line, col);
                let byte = map.offset(p, enc);
                prop_assert_eq!(rope.char_to_byte(rope_char(&rope, p, enc)), byte);
            }
        }

        #[test]
        fn edits_keep_rope_equal_to_client_text(
            start in text(),
            edits in prop::collection::vec((0usize..200, 0usize..200, text()), 1..12),
            utf8 in any::<bool>(),
        ) {
            let enc = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
            let mut client = start.clone();
            let mut rope = Rope::from_str(&start);
            for (a, b, insert) in edits {
                // The client picks two character boundaries and sends positions for them.
                let bs = boundaries(&client);
                let (a, b) = (bs[a % bs.len()], bs[b % bs.len()]);
                let (a, b) = (a.min(b), a.max(b));
                let range = Range::new(naive_position(&client, a, enc), naive_position(&client, b, enc));
                client.replace_range(a..b, &insert);
                apply_change(&mut rope, Some(range), &insert, enc);
                prop_assert_eq!(rope.to_string(), client.clone());
            }
        }
    }

    #[test]
    fn emoji_cjk_and_combining_marks() {
        let t = "a😀中e\u{301}x\r\nb";
        let map = TextMap::new(t.to_string());
        let x = t.find('x').unwrap();
        assert_eq!(map.position(x, Encoding::Utf16), Position::new(0, 6));
        assert_eq!(map.position(x, Encoding::Utf8), Position::new(0, 11));
        // Half a surrogate pair floors to the emoji's start.
        assert_eq!(map.offset(Position::new(0, 2), Encoding::Utf16), 1);
        // Past the end of a line: the line's end, before `\r\n`.
        assert_eq!(
            map.offset(Position::new(0, 99), Encoding::Utf16),
            t.find('\r').unwrap()
        );
        assert_eq!(map.offset(Position::new(9, 0), Encoding::Utf16), t.len());
        assert_eq!(map.position(t.len(), Encoding::Utf16), Position::new(1, 1));
    }
}
