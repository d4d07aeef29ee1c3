//! The rule ids: each written once, here. They are public API (configs, suppression comments,
//! JSON, SARIF and editors name them): never rename one.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;

/// Declares [`RuleId`] from one list of variants and their public ids.
macro_rules! rule_ids {
    ($($(#[doc = $doc:literal])* $variant:ident => $id:literal,)*) => {
        /// A rule's stable public id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum RuleId {
            $($(#[doc = $doc])* $variant,)*
        }

        impl RuleId {
            /// Every id, in the order the rules run.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The id as configs, comments and output write it (`unattributed-quote`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }
    };
}

rule_ids! {
    /// A direct quotation that no one is said to have said.
    UnattributedQuote => "unattributed-quote",
    /// A quotation mark opened and never closed, or closed and never opened.
    UnbalancedQuote => "unbalanced-quote",
    /// One person's name spelt two ways.
    NameSpelling => "name-spelling",
    /// A bare mention that could be any of several people.
    AmbiguousName => "ambiguous-name",
    /// A title written two ways in one draft.
    TitleConsistency => "title-consistency",
    /// A title written against the selected house style.
    TitleStyle => "title-style",
    /// A quotation whose words differ from the record.
    Misquote => "misquote",
    /// A quotation credited to someone other than who said it on the record.
    MisattributedQuote => "misattributed-quote",
    /// A quotation found nowhere in the record.
    UnsourcedQuote => "unsourced-quote",
}

impl RuleId {
    /// The id named by `s`, if any.
    pub fn parse(s: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == s)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// Ordered by the public id, so that sorted output stays in the order it had when ids were strings.
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

// Eq, Ord and Hash all agree with the id's text, so maps keyed by RuleId can be read with a `&str`.
impl Borrow<str> for RuleId {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::hash::Hash for RuleId {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RuleId, D::Error> {
        let s = String::deserialize(d)?;
        RuleId::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown rule `{s}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_id_is_written_once_and_parses_back() {
        let mut seen = std::collections::BTreeSet::new();
        for &r in RuleId::ALL {
            assert!(seen.insert(r.as_str()), "{r} twice");
            assert_eq!(RuleId::parse(r.as_str()), Some(r));
        }
        assert_eq!(RuleId::parse("no-such-rule"), None);
    }

    #[test]
    fn hash_agrees_with_the_text() {
        use std::hash::{BuildHasher, RandomState};
        // Borrow<str> needs the hash of a RuleId to be the hash of its text.
        let s = RandomState::new();
        for &r in RuleId::ALL {
            assert_eq!(s.hash_one(r), s.hash_one(r.as_str()));
        }
    }
}
