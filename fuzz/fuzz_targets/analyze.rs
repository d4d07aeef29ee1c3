//! The analysis, on any text under any style: no panic, every range and fix edit on character
//! boundaries inside the text, and the safe fixes apply, changing nothing outside their edits.

#![no_main]

use copydesk_core::fix::{apply_edits, safe_edits};
use copydesk_core::{analyze, styles, Config, DocKind};
use libfuzzer_sys::fuzz_target;

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let kind = if selector & 1 == 0 {
        DocKind::Markdown
    } else {
        DocKind::PlainText
    };
    let mut config = Config::default();
    let names = styles::NAMES;
    let pick = usize::from(selector >> 1) % (names.len() + 1);
    config.style = names.get(pick).map(|s| s.to_string());
    config.quotes.strict = selector & 0x80 != 0;
    let analysis = analyze(&text, kind, &config);
    for f in &analysis.findings {
        assert!(on_boundaries(&text, f.byte_start, f.byte_end), "{f:?}");
        for r in &f.related {
            assert!(on_boundaries(&text, r.byte_start, r.byte_end), "{r:?}");
        }
        for fix in &f.fixes {
            for e in &fix.edits {
                assert!(on_boundaries(&text, e.byte_start, e.byte_end), "{e:?}");
            }
        }
    }
    let edits = safe_edits(&analysis.findings);
    let (fixed, applied) = apply_edits(&text, &edits);
    assert!(applied <= edits.len());
    if edits.is_empty() {
        assert_eq!(fixed, text);
    } else {
        // The text before the first edit and after the last one is kept byte for byte.
        let first = edits.iter().map(|e| e.byte_start).min().unwrap_or(0);
        let last = edits.iter().map(|e| e.byte_end).max().unwrap_or(0);
        assert!(fixed.starts_with(&text[..first]));
        assert!(fixed.ends_with(&text[last..]));
    }
    // Fixing again from the fixed text must not panic either.
    let _ = analyze(&fixed, kind, &config);
});
