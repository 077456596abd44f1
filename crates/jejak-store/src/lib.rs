//! Jejak's persistence: pages, articles, stories and quotes behind the [`Store`] trait.
//!
//! The default backend, [`SqliteStore`], keeps one data directory: `jejak.sqlite` (WAL,
//! the commit point and the only ground truth) and a tantivy index beside it, which is
//! derived data and is rebuilt from SQLite whenever the two disagree. It knows nothing
//! about extraction, linking or the web: it stores what it is given.

#[cfg(test)]
mod conformance;
mod pg;
mod schema;
mod search;
mod sqlite;
#[cfg(any(test, feature = "testing"))]
#[doc(hidden)]
pub mod testing;

use chrono::{DateTime, Utc};
use jejak_model::{Article, Outlet, Quote, RawPage, Story};
use serde::Serialize;

pub use pg::PgStore;
pub use search::{SearchHit, SearchQuery, SearchResults};
pub use sqlite::SqliteStore;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL error: {0}")]
    Postgres(String),
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("invalid search query {query:?}: {message}")]
    InvalidQuery { query: String, message: String },
    #[error("stored row {what} is corrupt: {message}")]
    Corrupt { what: String, message: String },
}

impl StoreError {
    /// The stable API code of this error.
    pub fn code(&self) -> jejak_model::ErrorCode {
        match self {
            StoreError::InvalidQuery { .. } => jejak_model::ErrorCode::InvalidQuery,
            _ => jejak_model::ErrorCode::StoreUnavailable,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How much a store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub pages: u64,
    pub articles: u64,
    /// Pages that were extracted but hold no article (listings, empty pages).
    pub not_articles: u64,
    pub stories: u64,
}

/// Which stories to list: filters, and a keyset cursor for the next page.
#[derive(Debug, Clone, Default)]
pub struct StoryQuery {
    /// Only stories whose newest article is at least this recent.
    pub since: Option<DateTime<Utc>>,
    /// Only stories with an article from this outlet (exact name).
    pub outlet: Option<String>,
    /// Only stories with an article in this language code.
    pub lang: Option<String>,
    /// Continue after this story, as returned in [`StoryCursor`] form by the previous page.
    pub after: Option<StoryCursor>,
    /// At most this many stories; 0 means no limit.
    pub limit: usize,
}

/// Position in the story listing: the sort key of the last story of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryCursor {
    pub last_seen: String,
    pub id: String,
}

impl StoryCursor {
    /// The cursor that continues after `story`.
    pub fn after(story: &Story) -> StoryCursor {
        StoryCursor {
            last_seen: story.last_seen.map(|t| t.to_rfc3339()).unwrap_or_default(),
            id: story.id.clone(),
        }
    }

    /// An opaque token for URLs.
    pub fn encode(&self) -> String {
        let raw = format!("{}|{}", self.last_seen, self.id);
        raw.bytes().map(|b| format!("{b:02x}")).collect()
    }

    /// Inverse of [`StoryCursor::encode`]; `None` for anything that is not a cursor.
    pub fn decode(token: &str) -> Option<StoryCursor> {
        if !token.len().is_multiple_of(2) || !token.is_ascii() {
            return None;
        }
        let bytes: Option<Vec<u8>> =
            (0..token.len()).step_by(2).map(|i| u8::from_str_radix(&token[i..i + 2], 16).ok()).collect();
        let raw = String::from_utf8(bytes?).ok()?;
        let (last_seen, id) = raw.split_once('|')?;
        Some(StoryCursor { last_seen: last_seen.to_string(), id: id.to_string() })
    }
}

/// Builds stories from a stream of articles in publication order, handing each story to
/// the sink once it is complete: the callback of [`Store::relink_streaming`]. It returns
/// the builder's saved state (opaque bytes), if it has one, for [`Store::extend_stories`]
/// to go on from.
pub type BuildStories<'a> =
    dyn FnMut(&mut dyn Iterator<Item = Result<Article>>, &mut StorySink<'_>) -> Result<Option<Vec<u8>>> + 'a;

/// Goes on building stories from a saved state (the first argument) with the articles
/// stored since, in publication order, handing each new or changed story to the sink: the
/// callback of [`Store::extend_stories`]. Returns the new state, or `None` when it cannot
/// go on from this state (then nothing is written and the stories need a rebuild).
pub type ExtendStories<'a> = dyn FnMut(&[u8], &mut dyn Iterator<Item = Result<Article>>, &mut StorySink<'_>) -> Result<Option<Vec<u8>>>
    + 'a;

/// Takes the stories of a rebuild, one at a time.
pub type StorySink<'a> = dyn FnMut(Story) -> Result<()> + 'a;

/// Sort key of the publication order stories are built in: dated articles by publication
/// time (UTC), then the undated ones. Sorting by it stably keeps ingest order among equal
/// keys, which places undated articles in the order they arrived. The stores produce the
/// same order in SQL, from the `published_utc` column.
pub fn publication_key(article: &Article) -> (bool, Option<DateTime<Utc>>) {
    let published = article.published_utc();
    (published.is_none(), published)
}

/// Everything the pipeline, the CLI and the server need from storage.
///
/// Writes are batched: each call that takes a slice commits once, so a crash loses at most
/// the batch in flight and never leaves half of one.
pub trait Store {
    /// Stores pages not seen before; returns, per page, whether it was new.
    fn insert_pages(&mut self, pages: &[RawPage]) -> Result<Vec<bool>>;
    /// Whether a page with this id is stored (the crawler asks before fetching a URL).
    fn has_page(&self, id: &str) -> Result<bool>;
    /// Pages that have no extracted article yet, in ingest order, at most `limit`.
    fn pending_pages(&self, limit: usize) -> Result<Vec<RawPage>>;
    /// Puts every stored page back in the pending queue, to be extracted again; returns
    /// how many. Their articles stay until the new extraction replaces them.
    fn requeue_pages(&mut self) -> Result<u64>;
    /// Stores (or replaces) extracted articles and queues the real ones for the search
    /// index; they become searchable at the next [`Store::flush`].
    fn put_articles(&mut self, articles: &[Article]) -> Result<()>;
    /// Makes everything written so far searchable. Index commits are costly, so callers
    /// flush once per run rather than once per batch.
    fn flush(&mut self) -> Result<()>;
    fn article(&self, id: &str) -> Result<Option<Article>>;
    /// All articles of kind `article` in ingest order.
    fn articles(&self) -> Result<Vec<Article>>;
    fn articles_by_ids(&self, ids: &[String]) -> Result<Vec<Article>>;
    fn counts(&self) -> Result<Counts>;
    /// Replaces the whole story table: stories are derived from articles. The saved story
    /// state no longer matches them, so it goes too: the next update rebuilds.
    fn replace_stories(&mut self, stories: &[Story]) -> Result<()>;
    /// Rebuilds the stories from all articles with `build`, atomically with respect to
    /// other rebuilds: a backend shared by several workers reads the articles and writes the
    /// stories under one lock, so a later rebuild never loses to an earlier, staler one.
    ///
    /// `build` receives the articles of kind `article` in publication order (see
    /// [`publication_key`]) as a stream that decodes one row at a time, and hands the
    /// stories it builds to a sink that writes them out as they come, so a rebuild holds
    /// neither the corpus nor the stories in memory; a row that cannot be decoded is yielded
    /// as an error. The stories given to the sink replace the stored ones; an error from
    /// `build` (or from the stream, passed on) leaves them untouched. Returns the number of
    /// stories.
    ///
    /// The state `build` returns is saved with the stories, and the articles it saw count
    /// as linked, for [`Store::extend_stories`].
    ///
    /// This default holds everything in memory and saves no state; the real backends
    /// override it to stream.
    fn relink_streaming(&mut self, build: &mut BuildStories<'_>) -> Result<usize> {
        let mut articles = self.articles()?;
        // Stable, so ties keep ingest order.
        articles.sort_by_key(publication_key);
        let mut stories = Vec::new();
        build(&mut articles.into_iter().map(Ok), &mut |story| {
            stories.push(story);
            Ok(())
        })?;
        self.replace_stories(&stories)?;
        Ok(stories.len())
    }
    /// Grows the stories by the articles stored since the last rebuild or extension, from
    /// the state saved then, instead of rebuilding them all: `extend` gets that state and
    /// the new articles in publication order, and the stories it hands to the sink replace
    /// those of the same id. Returns the number of stories, or `None` when the stories need
    /// a full rebuild ([`Store::relink_streaming`]): no state is saved, an article was
    /// replaced since, another process changed the stories meanwhile, or `extend` declined.
    ///
    /// This default always asks for a rebuild.
    fn extend_stories(&mut self, extend: &mut ExtendStories<'_>) -> Result<Option<usize>> {
        let _ = extend;
        Ok(None)
    }
    /// How many pages other processes are extracting right now (leased, not done). A worker
    /// that finds some leaves the story update to them: they update when they finish, and
    /// an update now would be redone then. Stores without leases have none.
    fn pages_leased_by_others(&self) -> Result<u64> {
        Ok(0)
    }
    /// Stories, most recently active first, filtered and paged by `query`.
    fn stories(&self, query: &StoryQuery) -> Result<Vec<Story>>;
    fn story(&self, id: &str) -> Result<Option<Story>>;
    /// Replaces the quotes of each article given.
    fn put_quotes(&mut self, quotes_by_article: &[(String, Vec<Quote>)]) -> Result<()>;
    fn quotes(&self, article_id: &str) -> Result<Vec<Quote>>;
    /// Outlets with how many articles each has, most prolific first.
    fn outlets(&self) -> Result<Vec<Outlet>>;
    /// A named learned model (such as the boilerplate model) as JSON.
    fn load_model(&self, name: &str) -> Result<Option<String>>;
    fn save_model(&mut self, name: &str, json: &str) -> Result<()>;
    /// Full-text search over titles and bodies with Indonesian and English stemming.
    fn search(&self, query: &SearchQuery) -> Result<SearchResults>;
}
