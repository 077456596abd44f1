//! HTTP validators (`ETag`, `Last-Modified`) remembered between crawls, so that a document
//! fetched before is asked for conditionally (`If-None-Match`, `If-Modified-Since`) and a
//! `304 Not Modified` costs neither the body nor re-reading it.
//!
//! The crawler only reads and updates a [`Validators`]; keeping it between runs is the
//! caller's business (it serialises with serde: `jejak crawl` keeps it as a named model in
//! its store). The map is bounded: past [`Validators::cap`] URLs the least recently
//! confirmed ones are dropped, which costs those URLs one unconditional fetch.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a server said identifies one version of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validator {
    /// The `ETag` header, as sent (quotes and `W/` included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` header, as sent (an HTTP date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validator {
    /// Whether the server gave nothing to validate against.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// Validators by URL (exactly as requested), at most [`Validators::cap`] of them.
///
/// Serialised as `{"entries": [{"url", "etag", "last_modified"}, …]}`, oldest first; the
/// cap is not stored (a loaded map gets [`Validators::DEFAULT_CAP`], keeping the newest).
#[derive(Debug, Clone)]
pub struct Validators {
    entries: HashMap<String, (u64, Validator)>,
    /// Age order: sequence number of the last update → URL; the first is the oldest.
    order: BTreeMap<u64, String>,
    next: u64,
    cap: usize,
}

impl Default for Validators {
    fn default() -> Self {
        Validators::new(Validators::DEFAULT_CAP)
    }
}

impl Validators {
    /// URLs remembered at most by default.
    pub const DEFAULT_CAP: usize = 100_000;

    /// An empty map keeping at most `cap` URLs (at least one).
    pub fn new(cap: usize) -> Validators {
        Validators { entries: HashMap::new(), order: BTreeMap::new(), next: 0, cap: cap.max(1) }
    }

    pub fn cap(&self) -> usize {
        self.cap
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, url: &str) -> Option<&Validator> {
        self.entries.get(url).map(|(_, v)| v)
    }

    /// Remembers `validator` for `url` as the newest entry (an empty one forgets the URL),
    /// dropping the oldest entries past the cap.
    pub fn insert(&mut self, url: &str, validator: Validator) {
        if validator.is_empty() {
            self.remove(url);
            return;
        }
        let seq = self.next;
        self.next += 1;
        if let Some((old, _)) = self.entries.insert(url.to_string(), (seq, validator)) {
            self.order.remove(&old);
        }
        self.order.insert(seq, url.to_string());
        while self.entries.len() > self.cap {
            let Some((_, oldest)) = self.order.pop_first() else { break };
            self.entries.remove(&oldest);
        }
    }

    pub fn remove(&mut self, url: &str) {
        if let Some((seq, _)) = self.entries.remove(url) {
            self.order.remove(&seq);
        }
    }

    /// Entries oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Validator)> {
        self.order.values().map(|url| (url.as_str(), &self.entries[url].1))
    }
}

#[derive(Serialize)]
struct EntryRef<'a> {
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    etag: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_modified: Option<&'a str>,
}

#[derive(Serialize)]
struct StoredRef<'a> {
    entries: Vec<EntryRef<'a>>,
}

#[derive(Deserialize)]
struct Entry {
    url: String,
    #[serde(default)]
    etag: Option<String>,
    #[serde(default)]
    last_modified: Option<String>,
}

#[derive(Deserialize)]
struct Stored {
    #[serde(default)]
    entries: Vec<Entry>,
}

impl Serialize for Validators {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = self
            .iter()
            .map(|(url, v)| EntryRef {
                url,
                etag: v.etag.as_deref(),
                last_modified: v.last_modified.as_deref(),
            })
            .collect();
        StoredRef { entries }.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Validators {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = Stored::deserialize(deserializer)?;
        let mut validators = Validators::default();
        for entry in stored.entries {
            validators.insert(&entry.url, Validator { etag: entry.etag, last_modified: entry.last_modified });
        }
        Ok(validators)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn etag(tag: &str) -> Validator {
        Validator { etag: Some(tag.into()), last_modified: None }
    }

    #[test]
    fn bounded_dropping_the_oldest() {
        let mut v = Validators::new(3);
        for (url, tag) in [("a", "1"), ("b", "2"), ("c", "3")] {
            v.insert(url, etag(tag));
        }
        // Updating `a` makes it the newest, so `b` goes first.
        v.insert("a", etag("1b"));
        v.insert("d", etag("4"));
        assert_eq!(v.len(), 3);
        assert!(v.get("b").is_none());
        assert_eq!(v.get("a"), Some(&etag("1b")));
        assert_eq!(v.iter().map(|(u, _)| u).collect::<Vec<_>>(), ["c", "a", "d"]);
        // An empty validator forgets the URL.
        v.insert("c", Validator::default());
        assert_eq!(v.iter().map(|(u, _)| u).collect::<Vec<_>>(), ["a", "d"]);
    }

    #[test]
    fn json_round_trip_keeps_order() {
        let mut v = Validators::default();
        v.insert("https://a.test/feed", etag("\"x\""));
        v.insert(
            "https://a.test/sitemap.xml",
            Validator { etag: None, last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()) },
        );
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"entries":[{"url":"https://a.test/feed","etag":"\"x\""},{"url":"https://a.test/sitemap.xml","last_modified":"Wed, 21 Oct 2015 07:28:00 GMT"}]}"#
        );
        let back: Validators = serde_json::from_str(&json).unwrap();
        assert_eq!(back.iter().collect::<Vec<_>>(), v.iter().collect::<Vec<_>>());
        assert_eq!(back.cap(), Validators::DEFAULT_CAP);
    }
}
