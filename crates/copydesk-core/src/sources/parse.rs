//! Reading the record: plain text or Markdown with speaker labels (`DIANA FELL:` opening a
//! turn), WebVTT (`<v Name>` voices, cue timings kept) and SubRip, into turns of one speaker.
//! Only byte ranges of the source are kept, so every word can be shown where it was written.

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// The format of a source, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text with speaker labels.
    Text,
    /// Markdown with speaker labels (headings skipped).
    Markdown,
    /// WebVTT captions.
    WebVtt,
    /// SubRip captions.
    SubRip,
}

impl Format {
    /// The format of a file by its extension (anything unknown is plain text).
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".vtt") {
            Format::WebVtt
        } else if lower.ends_with(".srt") {
            Format::SubRip
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// A stretch of a turn's words in the source, with its cue timing (milliseconds) for captions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub range: Range<usize>,
    pub cue: Option<(u32, u32)>,
}

/// What one speaker said before another spoke.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RawTurn {
    pub speaker: Option<String>,
    pub spans: Vec<Span>,
}

/// A malformed source: the 1-based line and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Collects spans into turns: a new label opens a turn unless the same speaker is still talking
/// (a label repeated after a page break, consecutive cues of one voice).
#[derive(Default)]
struct Turns {
    turns: Vec<RawTurn>,
}

/// Whether two labels name one speaker (case and spacing aside).
pub(crate) fn same_label(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

impl Turns {
    /// Adds a span said by `speaker` (`None`: whoever was speaking goes on).
    fn push(&mut self, speaker: Option<&str>, span: Span) {
        if span.range.is_empty() {
            if let Some(s) = speaker {
                self.open(s);
            }
            return;
        }
        match (speaker, self.turns.last_mut()) {
            (None, Some(t)) => t.spans.push(span),
            (Some(s), Some(t)) if t.speaker.as_deref().is_some_and(|x| same_label(x, s)) => {
                t.spans.push(span)
            }
            (s, _) => self.turns.push(RawTurn {
                speaker: s.map(str::to_string),
                spans: vec![span],
            }),
        }
    }

    /// Opens a turn for a label with no words on its line yet.
    fn open(&mut self, speaker: &str) {
        if self
            .turns
            .last()
            .and_then(|t| t.speaker.as_deref())
            .is_some_and(|x| same_label(x, speaker))
        {
            return;
        }
        self.turns.push(RawTurn {
            speaker: Some(speaker.to_string()),
            spans: Vec::new(),
        });
    }

    fn finish(mut self) -> Vec<RawTurn> {
        self.turns.retain(|t| !t.spans.is_empty());
        self.turns
    }
}

/// The lines of a text: (1-based number, byte range without the line break).
fn lines(text: &str) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').enumerate().map(move |(i, l)| {
        let start = at;
        at += l.len();
        let body = l.trim_end_matches(['\n', '\r']);
        (i + 1, start..start + body.len())
    })
}

fn label_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            // A line's markers first: a Markdown list item or quotation (`- `, `1. `, `> `), a
            // caption's change of speaker (`>>`, `- `). A time may stand before the label or
            // between it and its colon (`Bo Lind [00:02:03]:`, `Bo Lind 00:02:03:`).
            r"^\s*(?:(?:>+|[-–—*+•]|\d{1,3}[.)])\s*)*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+)?(?:\*\*|__)?(?P<label>[^\s:*_\d>\-–—•+][^:\n]{0,60}?)(?:\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)?(?:\*\*|__)?:(?:\*\*|__)?(?:\s|$)",
        )
        .expect("the label pattern is valid")
    })
}

/// Whether a label's words look like a speaker's name or role: capitalised words (particles
/// such as `de` inside), at most six, and not a lone common word (`But:`).
fn is_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let last = words.len() - 1;
    let ok = words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or(' ');
        let shape = w
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'));
        let start = first.is_uppercase()
            || (i > 0 && i < last && first.is_lowercase() && w.len() <= 3)
            || (i == last && i > 0 && w.chars().all(|c| c.is_ascii_digit()));
        shape && start
    });
    // `Q:` and `A:` are the labels of an interview written as questions and answers.
    let qa = |w: &str| {
        let w = w.to_lowercase();
        let l = crate::quotes::words::words();
        l.question_labels.contains(w.as_str()) || l.answer_labels.contains(w.as_str())
    };
    ok && !(words.len() == 1 && crate::people::is_common_word(words[0]) && !qa(words[0]))
}

/// A speaker label opening `line`: (the name, where the words after it start).
pub(crate) fn label_of(line: &str) -> Option<(String, usize)> {
    let caps = label_regex().captures(line)?;
    let m = caps.name("label")?;
    let whole = caps.get(0)?;
    let name = strip_parenthetical(m.as_str().trim());
    is_label(&name).then(|| (name, whole.end()))
}

/// `DIANA FELL (chief executive)` -> `DIANA FELL`.
fn strip_parenthetical(s: &str) -> String {
    match (s.find('('), s.rfind(')')) {
        (Some(a), Some(b)) if a < b => format!("{} {}", &s[..a], &s[b + 1..])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        _ => s.to_string(),
    }
}

/// Plain text or Markdown: a label opens a turn, which runs until the next label.
fn parse_text(text: &str, markdown: bool) -> Vec<RawTurn> {
    let mut turns = Turns::default();
    let mut in_fence = false;
    for (_, r) in lines(text) {
        let line = &text[r.clone()];
        if markdown {
            let t = line.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                in_fence = !in_fence;
                continue;
            }
            if in_fence || t.starts_with('#') {
                continue;
            }
        }
        match label_of(line) {
            Some((name, after)) => turns.push(
                Some(&name),
                Span {
                    range: r.start + after..r.end,
                    cue: None,
                },
            ),
            None => turns.push(
                None,
                Span {
                    range: r,
                    cue: None,
                },
            ),
        }
    }
    turns.finish()
}

/// `01:02:03.456`, `02:03.456` (WebVTT) or `01:02:03,456` (SubRip) in milliseconds.
fn timestamp(s: &str) -> Option<u32> {
    let (clock, frac) = s.trim().rsplit_once(['.', ','])?;
    if frac.len() != 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 3) {
        return None;
    }
    let mut secs: u32 = 0;
    for p in &parts {
        secs = secs.checked_mul(60)?.checked_add(p.parse::<u32>().ok()?)?;
    }
    secs.checked_mul(1000)?
        .checked_add(frac.parse::<u32>().ok()?)
}

/// A cue timing line: `start --> end [settings]`.
fn timing(line: &str) -> Option<(u32, u32)> {
    let (a, b) = line.split_once("-->")?;
    let end = b.split_whitespace().next()?;
    Some((timestamp(a)?, timestamp(end)?))
}

/// The text pieces of a caption line with tags (`<i>`, `{\an8}`) and entities left out, each
/// with the voice (`<v Name>`) in force.
fn caption_pieces(
    text: &str,
    r: Range<usize>,
    voice: &mut Option<String>,
) -> Vec<(Range<usize>, Option<String>)> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let b = s.as_bytes();
    while i < b.len() {
        let close = match b[i] {
            b'<' => s[i..].find('>'),
            b'{' => s[i..].find('}'),
            b'&' => s[i..].find(';').filter(|&e| {
                e > 1
                    && s[i + 1..i + e]
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'#')
            }),
            _ => None,
        };
        let Some(len) = close else {
            i += 1;
            continue;
        };
        if start < i {
            out.push((r.start + start..r.start + i, voice.clone()));
        }
        let tag = &s[i + 1..i + len];
        if b[i] == b'<' {
            if let Some(rest) = tag
                .strip_prefix('v')
                .filter(|t| t.starts_with([' ', '.', '\t']))
            {
                let rest = rest.trim_start_matches(|c: char| c != ' ' && c != '\t');
                let name = rest.trim();
                *voice = (!name.is_empty()).then(|| name.to_string());
            }
        }
        i += len + 1;
        start = i;
    }
    if start < s.len() {
        out.push((r.start + start..r.end, voice.clone()));
    }
    out
}

/// The blocks of a caption file: runs of non-blank lines.
fn blocks(text: &str) -> Vec<Vec<(usize, Range<usize>)>> {
    let mut out: Vec<Vec<(usize, Range<usize>)>> = vec![Vec::new()];
    for (n, r) in lines(text) {
        if text[r.clone()].trim().is_empty() {
            if out.last().is_some_and(|b| !b.is_empty()) {
                out.push(Vec::new());
            }
        } else if let Some(b) = out.last_mut() {
            b.push((n, r));
        }
    }
    out.retain(|b| !b.is_empty());
    out
}

/// Adds a caption cue's text lines: a voice or a label names the speaker, else the last one goes on.
fn push_cue(turns: &mut Turns, text: &str, body: &[(usize, Range<usize>)], cue: (u32, u32)) {
    let mut voice: Option<String> = None;
    for (_, r) in body {
        for (piece, v) in caption_pieces(text, r.clone(), &mut voice) {
            let s = &text[piece.clone()];
            let (speaker, range) = match (&v, label_of(s)) {
                (Some(name), _) => (Some(name.clone()), piece),
                (None, Some((name, after))) => (Some(name), piece.start + after..piece.end),
                (None, None) => (None, piece),
            };
            let span = Span {
                range,
                cue: Some(cue),
            };
            turns.push(speaker.as_deref(), span);
        }
    }
}

fn error(line: usize, message: impl Into<String>) -> ParseError {
    ParseError {
        line,
        message: message.into(),
    }
}

fn parse_vtt(text: &str) -> Result<Vec<RawTurn>, ParseError> {
    let first = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('\u{feff}');
    if !(first == "WEBVTT" || first.starts_with("WEBVTT ") || first.starts_with("WEBVTT\t")) {
        return Err(error(
            1,
            "not a WebVTT file: the first line must be `WEBVTT`",
        ));
    }
    let mut turns = Turns::default();
    // The first block is the header.
    for block in blocks(text).iter().skip(1) {
        let head = &text[block[0].1.clone()];
        if ["NOTE", "STYLE", "REGION"]
            .iter()
            .any(|k| head == *k || head.starts_with(&format!("{k} ")))
        {
            continue;
        }
        let at = match block
            .iter()
            .take(2)
            .position(|(_, r)| text[r.clone()].contains("-->"))
        {
            Some(i) => i,
            None => {
                return Err(error(
                    block[0].0,
                    "expected a cue timing such as `00:01:02.000 --> 00:01:05.000`",
                ))
            }
        };
        let (n, r) = &block[at];
        let cue = timing(&text[r.clone()]).ok_or_else(|| {
            error(
                *n,
                "invalid cue timing; expected `00:01:02.000 --> 00:01:05.000`",
            )
        })?;
        push_cue(&mut turns, text, &block[at + 1..], cue);
    }
    Ok(turns.finish())
}

fn parse_srt(text: &str) -> Result<Vec<RawTurn>, ParseError> {
    let mut turns = Turns::default();
    for block in blocks(text) {
        let (n, r) = &block[0];
        let number = text[r.clone()].trim().trim_start_matches('\u{feff}');
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(*n, "expected a cue number"));
        }
        let Some((n2, r2)) = block.get(1) else {
            return Err(error(*n, "a cue number with no timing line after it"));
        };
        let cue = timing(&text[r2.clone()]).ok_or_else(|| {
            error(
                *n2,
                "invalid cue timing; expected `00:01:02,000 --> 00:01:05,000`",
            )
        })?;
        push_cue(&mut turns, text, &block[2..], cue);
    }
    Ok(turns.finish())
}

/// Reads a source into turns.
pub(crate) fn parse(text: &str, format: Format) -> Result<Vec<RawTurn>, ParseError> {
    match format {
        Format::Text => Ok(parse_text(text, false)),
        Format::Markdown => Ok(parse_text(text, true)),
        Format::WebVtt => parse_vtt(text),
        Format::SubRip => parse_srt(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str, format: Format) -> Vec<(Option<String>, String)> {
        parse(text, format)
            .unwrap()
            .into_iter()
            .map(|t| {
                let words: Vec<&str> = t
                    .spans
                    .iter()
                    .map(|s| text[s.range.clone()].trim())
                    .collect();
                (t.speaker, words.join(" ").trim().to_string())
            })
            .collect()
    }

    #[test]
    fn labels_open_turns() {
        let text = "Interview, 3 March\n\nDIANA FELL: We start in May.\nThe bridge comes later.\n\nQ: When?\n**Lina Haddad:** Not yet.\nDiana Fell (chief executive): Soon.\nBut: this is no label.\n";
        let t = said(text, Format::Markdown);
        assert_eq!(t[0], (None, "Interview, 3 March".into()));
        assert_eq!(
            t[1],
            (
                Some("DIANA FELL".into()),
                "We start in May. The bridge comes later.".into()
            )
        );
        assert_eq!(t[2], (Some("Q".into()), "When?".into()));
        assert_eq!(t[3], (Some("Lina Haddad".into()), "Not yet.".into()));
        assert_eq!(t[4].0.as_deref(), Some("Diana Fell"));
        assert!(t[4].1.ends_with("But: this is no label."), "{:?}", t[4]);
    }

    #[test]
    fn webvtt_voices_and_timings() {
        let text = "WEBVTT\n\nNOTE recorded at the hall\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Lina Haddad>The depot <i>will</i> close.\n\n00:00:04.000 --> 00:00:06.500 align:start\n<v Lina Haddad>Not this year.</v>\n\n00:01:00.000 --> 00:01:02.000\n<v.loud Tom Ward>Nonsense &amp; lies.\n";
        let turns = parse(text, Format::WebVtt).unwrap();
        assert_eq!(turns.len(), 2);
        assert_eq!(turns[0].speaker.as_deref(), Some("Lina Haddad"));
        assert_eq!(turns[0].spans[0].cue, Some((1000, 4000)));
        assert_eq!(turns[0].spans.last().unwrap().cue, Some((4000, 6500)));
        assert_eq!(turns[1].speaker.as_deref(), Some("Tom Ward"));
        let words: String = turns[1]
            .spans
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect();
        assert_eq!(words, "Nonsense  lies.");
    }

    #[test]
    fn malformed_captions_name_the_line() {
        let e = parse("WEBVT\n", Format::WebVtt).unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("WEBVTT\n\n00:00:01.000 --> soon\nHello\n", Format::WebVtt).unwrap_err();
        assert_eq!(e.line, 3);
        let e = parse(
            "1\n00:00:01,000 --> 00:00:02,000\nHi\n\nx\n00:00:03,000 --> 00:00:04,000\nHo\n",
            Format::SubRip,
        )
        .unwrap_err();
        assert_eq!(e.line, 5);
        let t = said("1\n00:00:01,000 --> 00:00:02,000\nTOM WARD: We <i>never</i> said\n\n2\n00:00:02,000 --> 00:00:04,000\nthat.\n", Format::SubRip);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0.as_deref(), Some("TOM WARD"));
    }
}
