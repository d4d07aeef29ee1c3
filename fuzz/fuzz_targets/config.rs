//! Config and style parsing: no panic, an error's line inside the file, and an error about a
//! style file never quoting it.

#![no_main]

use copydesk_core::styles::StyleProfile;
use copydesk_core::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.matches('\n').count() + 1;
    // Style files are not read here (registering each would keep it for the process).
    match Config::from_toml_with(&text, &|_| Err("not read".into())) {
        Ok(_) => {}
        Err(e) => assert!(e.line.is_none_or(|l| (1..=lines).contains(&l)), "{e:?}"),
    }
    if let Err(e) = StyleProfile::from_toml(&text) {
        // Every word of the message is the message's own (the profile format's keys, the
        // parser's terms: `vocabulary.txt`, taken from their sources) or does not come from the
        // file.
        let own: Vec<&str> = VOCABULARY.lines().collect();
        for word in e.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')) {
            let number = word.chars().all(|c| c.is_ascii_digit());
            if word.len() >= 4 && !number && !own.contains(&word) {
                assert!(!text.contains(word), "the message quotes the file: {word:?} in {e:?}");
            }
        }
    }
});

/// Words an error message may hold of its own, one a line.
const VOCABULARY: &str = include_str!("../vocabulary.txt");
