//! Random edits for the incremental tests: where and how much, scaled to the text.

/// Replaces `len` bytes at the fraction `at` of `text` with `with`, widened to whole characters.
pub fn replace_scaled(text: &mut String, at: f64, len: usize, with: &str) {
    let mut start = ((text.len() as f64) * at) as usize;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.replace_range(start..end, with);
}
