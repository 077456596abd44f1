//! The data model every Jejak stage shares: pages, articles, stories, quotes and claims.
//!
//! Values go in and out as plain serde structs; ids are stable hashes so that re-ingesting
//! the same input always names the same things. This crate knows nothing about I/O.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

mod error_code;
mod ids;

pub use error_code::{ErrorCode, ErrorKind};
pub use ids::{canonical_url, stable_id};

/// What kind of bytes a page holds; decided by sniffing the content, not only the file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// An HTML document.
    Html,
    /// Text copied from a rendered page: one block per line, no markup.
    PageText,
    /// An article already split into fields (a JSONL record); `bytes` hold its JSON.
    Record,
}

impl ContentKind {
    /// The name used in storage and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ContentKind::Html => "html",
            ContentKind::PageText => "page_text",
            ContentKind::Record => "record",
        }
    }

    /// Inverse of [`ContentKind::as_str`].
    pub fn parse(s: &str) -> Option<ContentKind> {
        Some(match s {
            "html" => ContentKind::Html,
            "page_text" => ContentKind::PageText,
            "record" => ContentKind::Record,
            _ => return None,
        })
    }
}

/// One input document exactly as it arrived: the ground truth everything else is derived from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawPage {
    /// Hash of the canonical URL, or of the content where no URL is known.
    pub id: String,
    pub url: Option<String>,
    /// Where the page came from (file path, `file:line`, feed URL): shown in errors and the UI.
    pub source: String,
    pub fetched_at: Option<DateTime<Utc>>,
    pub content_kind: ContentKind,
    /// Outlet the caller says the page belongs to (`--outlet`, a JSONL field).
    pub outlet_hint: Option<String>,
    #[serde(with = "bytes_as_string")]
    pub bytes: Vec<u8>,
}

impl RawPage {
    /// Builds a page whose id is derived from its URL when it has one, else from its bytes.
    pub fn new(
        url: Option<String>,
        source: String,
        content_kind: ContentKind,
        outlet_hint: Option<String>,
        bytes: Vec<u8>,
    ) -> RawPage {
        let id = match url.as_deref().and_then(canonical_url) {
            Some(canonical) => stable_id(canonical.as_bytes()),
            None => stable_id(&bytes),
        };
        RawPage { id, url, source, fetched_at: None, content_kind, outlet_hint, bytes }
    }

    /// The same page known to live at `url` (a fetched page): its id follows the URL.
    pub fn at_url(self, url: String) -> RawPage {
        let fetched_at = self.fetched_at;
        let page = RawPage::new(Some(url), self.source, self.content_kind, self.outlet_hint, self.bytes);
        RawPage { fetched_at, ..page }
    }
}

mod bytes_as_string {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&String::from_utf8_lossy(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        Ok(String::deserialize(d)?.into_bytes())
    }
}

/// Whether a page holds one article, or is something else that must not become one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    #[default]
    Article,
    /// Section fronts, tag pages, search results: many headlines, no article.
    Listing,
    /// Anything else without an article body (error pages, galleries without text).
    NotArticle,
}

impl PageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Listing => "listing",
            PageKind::NotArticle => "not_article",
        }
    }
}

/// A clean article extracted from a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    pub id: String,
    pub page_id: String,
    /// The id the input gave the article (a JSONL `id`), kept so results can be mapped back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    pub kind: PageKind,
    /// Why the page is not an article, when `kind` says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub title: Option<String>,
    pub lead: Option<String>,
    /// Body paragraphs in reading order, boilerplate removed.
    pub body: Vec<String>,
    pub byline: Vec<String>,
    /// Publication time with the offset the outlet used (WIB is +07:00).
    pub published: Option<DateTime<FixedOffset>>,
    /// The zone word the page used, such as "WIB", when it named one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    pub dateline: Option<String>,
    pub section: Option<String>,
    pub captions: Vec<String>,
}

impl Article {
    /// Body paragraphs joined by blank lines.
    pub fn body_text(&self) -> String {
        self.body.join("\n\n")
    }

    /// Publication time in UTC, if known.
    pub fn published_utc(&self) -> Option<DateTime<Utc>> {
        self.published.map(|t| t.with_timezone(&Utc))
    }
}

/// A news outlet as Jejak knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    /// Lowercase key, such as "kompas.com".
    pub key: String,
    pub name: String,
    pub article_count: u64,
}

/// A group of articles about one event, across outlets and languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub first_seen: Option<DateTime<Utc>>,
    /// Publication time of the newest article: what "latest stories" sort by.
    pub last_seen: Option<DateTime<Utc>>,
    pub outlets: Vec<String>,
    pub languages: Vec<String>,
    pub article_ids: Vec<String>,
    /// Dated articles per equal slice of the time from `first_seen` to `last_seen`
    /// ([`TIMELINE_BINS`] slices): the story's coverage over time, kept with the story so
    /// that lists draw it without reading articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<u32>,
    /// Stories that opened apart and were merged into this one when an article showed
    /// them to be one, in the order it happened: how the story came together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<StoryMerge>,
    /// Stories split off from this one when its articles turned out to be about two
    /// events, in the order it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split_off: Vec<StoryMerge>,
    /// The story this one was split off from, when it began as part of another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_from: Option<StoryMerge>,
}

/// One merge or split in a [`Story`]'s history: the other story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryMerge {
    /// The other story's id: the one merged in, split off, or split from.
    pub story: String,
    pub title: String,
    /// The articles that came or went.
    pub articles: usize,
    /// Publication time of the article that showed it: one that belonged to both stories
    /// (a merge), or the one whose arrival set the parts apart (a split).
    pub at: Option<DateTime<Utc>>,
}

/// Slices of a story's [`Story::timeline`].
pub const TIMELINE_BINS: usize = 12;

impl Story {
    /// The timeline of articles published at `times`: counts per equal slice between the
    /// first and the last; empty without dates.
    pub fn timeline_of(times: &[DateTime<Utc>]) -> Vec<u32> {
        let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) else { return Vec::new() };
        let span = (*last - *first).num_seconds().max(0);
        let mut bins = vec![0u32; TIMELINE_BINS];
        for t in times {
            let i = if span == 0 {
                TIMELINE_BINS - 1
            } else {
                ((*t - *first).num_seconds() * (TIMELINE_BINS as i64 - 1) / span) as usize
            };
            bins[i.min(TIMELINE_BINS - 1)] += 1;
        }
        bins
    }
}

/// Span of characters in a text, `end` exclusive, counted in bytes of the UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// How sure a cue verb makes a statement sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// "mengatakan", "said".
    Assertive,
    /// "disebutkan", "dikabarkan", "reportedly".
    Hedged,
    /// "berpendapat", "believes".
    Opinion,
}

/// One medium that carried a statement before the article's outlet did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relay {
    pub medium: String,
    /// The words that named the relay: "menurut", "sebagaimana dilansir", "according to".
    pub cue: String,
    /// The medium's reporter the statement was made to ("kepada Sinead Baker dari Insider").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<String>,
}

/// A statement attributed to someone inside one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub article_id: String,
    /// Index of the body paragraph the quote starts in.
    pub paragraph: usize,
    pub span: Span,
    pub text: String,
    pub direct: bool,
    pub speaker: Option<String>,
    pub speaker_role: Option<String>,
    pub cue: Option<String>,
    pub certainty: Certainty,
    pub venue: Option<String>,
    /// Earlier media in the order the statement travelled, origin first.
    pub via: Vec<Relay>,
}

impl Quote {
    /// The speaker's role when it says more than the speaker's own words: a speaker known only
    /// by a description ("seorang pakar militer", "Media pemerintah Rusia") is already their
    /// role, and showing it twice reads as a stutter.
    pub fn role_beyond_speaker(&self) -> Option<&str> {
        let role = self.speaker_role.as_deref()?;
        match self.speaker.as_deref() {
            Some(speaker) if speaker.to_lowercase().contains(&role.to_lowercase()) => None,
            _ => Some(role),
        }
    }
}

/// One proposition carried by one or more sentences across a story's articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub story_id: String,
    pub text: String,
    pub speaker: Option<String>,
    /// (article id, paragraph, span) of every sentence that carries the claim.
    pub evidence: Vec<Evidence>,
}

/// Where a claim was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub article_id: String,
    pub paragraph: usize,
    pub span: Span,
}

impl fmt::Display for PageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_id_follows_canonical_url_not_bytes() {
        let a = RawPage::new(
            Some("https://WWW.Example.com/a?utm_source=x#top".into()),
            "a".into(),
            ContentKind::Html,
            None,
            b"one".to_vec(),
        );
        let b = RawPage::new(
            Some("https://example.com/a".into()),
            "b".into(),
            ContentKind::Html,
            None,
            b"two".to_vec(),
        );
        assert_eq!(a.id, b.id);
    }

    #[test]
    fn a_role_is_shown_only_when_it_adds_to_the_speaker() {
        let quote = |speaker: Option<&str>, role: Option<&str>| Quote {
            article_id: "a".into(),
            paragraph: 0,
            span: Span { start: 0, end: 1 },
            text: "x".into(),
            direct: false,
            speaker: speaker.map(String::from),
            speaker_role: role.map(String::from),
            cue: None,
            certainty: Certainty::Assertive,
            venue: None,
            via: Vec::new(),
        };
        assert_eq!(
            quote(Some("Igor Korotchenko"), Some("pakar militer")).role_beyond_speaker(),
            Some("pakar militer")
        );
        assert_eq!(quote(Some("seorang pakar militer"), Some("pakar militer")).role_beyond_speaker(), None);
        assert_eq!(
            quote(Some("Media pemerintah Rusia"), Some("media pemerintah Rusia")).role_beyond_speaker(),
            None
        );
        assert_eq!(quote(None, Some("juru bicara")).role_beyond_speaker(), Some("juru bicara"));
    }

    #[test]
    fn page_without_url_is_named_by_content() {
        let a = RawPage::new(None, "a".into(), ContentKind::PageText, None, b"same".to_vec());
        let b = RawPage::new(None, "b".into(), ContentKind::PageText, None, b"same".to_vec());
        let c = RawPage::new(None, "c".into(), ContentKind::PageText, None, b"other".to_vec());
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert_eq!(a.id.len(), 16);
    }

    #[test]
    fn published_keeps_original_offset_in_json() {
        let t = DateTime::parse_from_rfc3339("2022-08-08T23:31:00+07:00").unwrap();
        let article = Article { published: Some(t), ..Article::default() };
        let json = serde_json::to_value(&article).unwrap();
        assert_eq!(json["published"], "2022-08-08T23:31:00+07:00");
        assert_eq!(article.published_utc().unwrap().to_rfc3339(), "2022-08-08T16:31:00+00:00");
    }
}
