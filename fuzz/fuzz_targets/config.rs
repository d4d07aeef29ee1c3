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
        // Any run of 6 letters or digits from the file that shows up in the message must be
        // part of the message's own words (the profile format's keys and TOML's terms).
        for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.len() >= 6 && e.contains(word) {
                assert!(
                    KNOWN.iter().any(|k| k.contains(word)),
                    "the message quotes the file: {word:?} in {e:?}"
                );
            }
        }
    }
});

/// Words an error message may hold of its own.
const KNOWN: &[&str] = &[
    "not a copydesk style profile line unknown key value expected one of invalid type missing field",
    "name display house_names courtesy titles full_point doctor_medical_only doctor_full_name_only",
    "before_name comma_set after_name alone political_only_beside_name always_capitalised",
    "ministerial_prefix abbreviate_before_full_name spell_out_before_surname never_abbreviate",
    "lowercase_before_name none later-references allowed capitalised lowercase open",
    "string integer boolean sequence float datetime table array struct StyleProfile",
    "CourtesyRules TitleRules CourtesyUse TitleCase newline character comment escape",
    "invalid unquoted key letters numbers basic literal string multiline table header",
    "duplicate extra assignment between keys values newlines trailing whitespace",
];
