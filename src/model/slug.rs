//! Ids and references between items, which remember where they were written.

use std::fmt;
use std::ops::{Deref, Range};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::Spanned;

/// An item's id or a reference to one, such as `kazakhstan` or `kantei-2025-12-20`.
///
/// It keeps the byte span where it stood in its data file so that validation can point at it.
/// Two slugs are equal when their text is, wherever they were written.
#[derive(Debug, Clone)]
pub struct Slug(Spanned<String>);

impl Slug {
    /// A slug made in code rather than read from a file (it has an empty span).
    pub fn new(s: impl Into<String>) -> Self {
        Self(Spanned::new(0..0, s.into()))
    }

    pub fn as_str(&self) -> &str {
        self.0.get_ref()
    }

    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }

    /// Slugs are what URLs carry: lowercase ASCII letters, digits and single hyphens.
    pub fn is_well_formed(&self) -> bool {
        let s = self.as_str();
        !s.is_empty()
            && s.len() <= 80
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }
}

impl Deref for Slug {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Slug {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Slug {}

impl PartialEq<str> for Slug {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Spanned::<String>::deserialize(deserializer).map(Self)
    }
}

impl Serialize for Slug {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The list of source ids an item cites, remembering where the list was written so an
/// empty one can be pointed at.
#[derive(Debug, Clone)]
pub struct Sources(Spanned<Vec<Slug>>);

impl Sources {
    /// A list made in code rather than read from a file (it has an empty span).
    pub fn new(ids: Vec<Slug>) -> Self {
        Self(Spanned::new(0..0, ids))
    }

    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }
}

impl Deref for Sources {
    type Target = [Slug];
    fn deref(&self) -> &[Slug] {
        self.0.get_ref()
    }
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Spanned::<Vec<Slug>>::deserialize(deserializer).map(Self)
    }
}

impl Serialize for Sources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.get_ref().serialize(serializer)
    }
}
