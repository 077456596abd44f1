//! Jejak's persistence: pages, articles, stories and quotes behind the [`Store`] trait.
//!
//! The default backend, [`SqliteStore`], keeps one data directory: `jejak.sqlite` (WAL,
//! the commit point and the only ground truth) and a tantivy index beside it, which is
//! derived data and is rebuilt from SQLite whenever the two disagree. It knows nothing
//! about extraction, linking or the web: it stores what it is given.

mod schema;
mod search;
mod sqlite;

use chrono::{DateTime, Utc};
use jejak_model::{Article, Quote, RawPage, Story};
use serde::Serialize;

pub use search::SearchHit;
pub use sqlite::SqliteStore;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
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

/// Everything the pipeline, the CLI and the server need from storage.
///
/// Writes are batched: each call that takes a slice commits once, so a crash loses at most
/// the batch in flight and never leaves half of one.
pub trait Store {
    /// Stores pages not seen before; returns, per page, whether it was new.
    fn insert_pages(&mut self, pages: &[RawPage]) -> Result<Vec<bool>>;
    /// Pages that have no extracted article yet, in ingest order, at most `limit`.
    fn pending_pages(&self, limit: usize) -> Result<Vec<RawPage>>;
    /// Stores (or replaces) extracted articles and indexes the real ones for search.
    fn put_articles(&mut self, articles: &[Article]) -> Result<()>;
    fn article(&self, id: &str) -> Result<Option<Article>>;
    /// All articles of kind `article` in ingest order.
    fn articles(&self) -> Result<Vec<Article>>;
    fn articles_by_ids(&self, ids: &[String]) -> Result<Vec<Article>>;
    fn counts(&self) -> Result<Counts>;
    /// Replaces the whole story table: stories are derived from articles.
    fn replace_stories(&mut self, stories: &[Story]) -> Result<()>;
    /// Stories, most recently active first, optionally only those seen since a time.
    fn stories(&self, since: Option<DateTime<Utc>>) -> Result<Vec<Story>>;
    fn story(&self, id: &str) -> Result<Option<Story>>;
    /// Replaces the quotes of each article given.
    fn put_quotes(&mut self, quotes_by_article: &[(String, Vec<Quote>)]) -> Result<()>;
    fn quotes(&self, article_id: &str) -> Result<Vec<Quote>>;
    /// A named learned model (such as the boilerplate model) as JSON.
    fn load_model(&self, name: &str) -> Result<Option<String>>;
    fn save_model(&mut self, name: &str, json: &str) -> Result<()>;
    /// Full-text search over titles and bodies with Indonesian and English stemming.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>>;
}
