//! House style profiles: data files in `data/styles/`, embedded in the binary.

use serde::Deserialize;
use std::sync::OnceLock;

/// The names of the built-in profiles.
pub const NAMES: &[&str] = &["ap", "reuters", "nyt", "bbc", "guardian", "economist", "chicago"];

const SOURCES: &[(&str, &str)] = &[
    ("ap", include_str!("../data/styles/ap.toml")),
    ("reuters", include_str!("../data/styles/reuters.toml")),
    ("nyt", include_str!("../data/styles/nyt.toml")),
    ("bbc", include_str!("../data/styles/bbc.toml")),
    ("guardian", include_str!("../data/styles/guardian.toml")),
    ("economist", include_str!("../data/styles/economist.toml")),
    ("chicago", include_str!("../data/styles/chicago.toml")),
];

/// One house style.
#[derive(Debug, Clone, Deserialize)]
pub struct StyleProfile {
    /// The profile's name (`ap`, `bbc`, ...).
    pub name: String,
    /// House spellings of names, which win over the draft's first mention.
    #[serde(default)]
    pub house_names: Vec<String>,
}

/// Looks up a built-in profile by name.
pub fn profile(name: &str) -> Option<&'static StyleProfile> {
    static CELL: OnceLock<Vec<StyleProfile>> = OnceLock::new();
    let all = CELL.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(n, src)| {
                toml::from_str(src).unwrap_or_else(|e| panic!("built-in style {n} is invalid: {e}"))
            })
            .collect()
    });
    all.iter().find(|p| p.name == name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_builtin_profile_loads() {
        for n in super::NAMES {
            assert_eq!(super::profile(n).unwrap().name, *n);
        }
    }
}
