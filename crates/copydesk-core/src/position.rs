//! Byte offsets to lines and columns: 1-based lines, columns in Unicode scalar values or UTF-16 units.

/// Line starts of a text, for offset-to-position conversions in O(log lines).
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// Scalar values before every [`STRIDE`]-th byte, so a column on a very long line costs at
    /// most one stride of counting, not the whole line.
    marks: Vec<usize>,
}

/// Bytes between two counting marks (a report asks for thousands of columns: each counts at
/// most this many bytes twice).
const STRIDE: usize = 64;

/// Scalar values in `bytes`, which may start or end inside a character (counted at its first byte).
fn scalars(bytes: &[u8]) -> usize {
    // Summed as bytes, a stride at a time, so that the compiler counts 32 bytes at once.
    bytes
        .chunks(STRIDE)
        .map(|c| {
            let n = c.iter().fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40));
            usize::from(n)
        })
        .sum()
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut marks = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut total = 0;
        marks.push(total);
        for chunk in text.as_bytes().chunks(STRIDE) {
            total += scalars(chunk);
            marks.push(total);
        }
        LineIndex {
            text,
            starts,
            marks,
        }
    }

    /// Scalar values before byte `offset`.
    fn scalars_before(&self, offset: usize) -> usize {
        let k = offset / STRIDE;
        self.marks.get(k).copied().unwrap_or_default()
            + scalars(&self.text.as_bytes()[k * STRIDE..offset])
    }

    /// 0-based line of a byte offset (clamped to the text).
    pub fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Byte offset where 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.text.len())
    }

    /// How many lines the text has (a final line ending starts an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where 0-based `line` ends: its `\n`, or the end of the text.
    pub fn line_end(&self, line: usize) -> usize {
        self.starts
            .get(line + 1)
            .map_or(self.text.len(), |&s| s - 1)
    }

    /// The text of 0-based `line` without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.line_start(line);
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// 1-based line and 1-based column in Unicode scalar values of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line(offset);
        let col = self.scalars_before(offset) - self.scalars_before(self.starts[line]);
        (line + 1, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_scalars_and_utf16() {
        let t = "a😀b\nçd";
        let ix = LineIndex::new(t);
        assert_eq!(ix.line_col(5), (1, 3)); // b
        assert_eq!(ix.line_col(t.len()), (2, 3));
        assert_eq!(ix.line_text(0), "a😀b");
    }

    proptest::proptest! {
        /// Lines and columns agree with counting characters one by one, across strides.
        #[test]
        fn line_col_counts_as_chars_do(t in "([a\\n😀çé“”]|[a-z]{60}){0,40}", at in 0usize..4000) {
            let ix = LineIndex::new(&t);
            let at = t.floor_char_boundary(at.min(t.len()));
            let before = &t[..at];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            proptest::prop_assert_eq!(ix.line_col(at), (line, col));
        }
    }
}
