//! Jejak's HTTP face: a JSON API under `/api/v1` (also `/api`) and server-rendered pages
//! that read like a news portal.
//!
//! In: a [`Store`] behind [`AppState`]. Out: an axum [`Router`]. The router is a value, so
//! tests drive it without a socket; `jejak serve` binds it to an address. Outside text is
//! only ever rendered through askama's escaping, and every response carries CSP headers.

mod api;
mod auth;
mod error;
mod etag;
mod i18n;
mod ingest_page;
mod openapi;
mod pages;
mod write;
mod zone;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use jejak_store::Store;

pub use auth::ensure_token;
pub use error::ApiError;

/// Writes allowed per minute, across all clients.
const WRITES_PER_MINUTE: u32 = 30;

/// What every handler shares: the store, behind a lock because SQLite connections are not
/// shared between threads, and what guards writes.
#[derive(Clone)]
pub struct AppState {
    /// Connections to the same store. Reads take any free one; writes always take the
    /// first, the only one allowed to write the search index.
    stores: Arc<[Mutex<Box<dyn Store + Send>>]>,
    next: Arc<AtomicUsize>,
    /// Hex BLAKE3 of the write token; empty disables writes.
    write_token_hash: Arc<str>,
    write_limiter: Arc<auth::WriteLimiter>,
    /// Ingest runs started from the web form, for their progress pages.
    jobs: Arc<ingest_page::Jobs>,
    /// Recent story traces, keyed by story and its articles.
    traces: Arc<TraceCache>,
}

/// Story traces recently computed; a trace is valid while its story has the same articles.
#[derive(Default)]
pub(crate) struct TraceCache {
    entries: Mutex<std::collections::VecDeque<jejak_pipeline::TracedStory>>,
}

impl TraceCache {
    /// Traces kept; the oldest goes first.
    const CAPACITY: usize = 64;

    pub(crate) fn get(&self, story: &jejak_model::Story) -> Option<jejak_pipeline::TracedStory> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.iter().find(|t| t.story == *story).cloned()
    }

    pub(crate) fn put(&self, traced: &jejak_pipeline::TracedStory) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|t| t.story.id != traced.story.id);
        if entries.len() >= Self::CAPACITY {
            entries.pop_front();
        }
        entries.push_back(traced.clone());
    }
}

impl AppState {
    /// State with writes disabled until [`AppState::with_write_token_hash`].
    pub fn new(store: impl Store + Send + 'static) -> AppState {
        AppState::with_pool(vec![Box::new(store)])
    }

    /// State over several connections to one store, so reads run in parallel. The first
    /// connection takes the writes.
    ///
    /// # Panics
    /// If `stores` is empty.
    pub fn with_pool(stores: Vec<Box<dyn Store + Send>>) -> AppState {
        assert!(!stores.is_empty(), "a server needs at least one store connection");
        AppState {
            stores: stores.into_iter().map(Mutex::new).collect(),
            next: Arc::new(AtomicUsize::new(0)),
            write_token_hash: Arc::from(""),
            write_limiter: Arc::new(auth::WriteLimiter::new(WRITES_PER_MINUTE, Duration::from_secs(60))),
            jobs: Arc::default(),
            traces: Arc::default(),
        }
    }

    /// Enables write endpoints for requests bearing the token with this hash.
    pub fn with_write_token_hash(mut self, hash: &str) -> AppState {
        self.write_token_hash = Arc::from(hash);
        self
    }

    /// Runs `f` with the writing connection locked, e.g. to set up a token before serving.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut (dyn Store + Send)) -> T) -> T {
        f(&mut **self.writer())
    }

    /// A free connection for reading; waits for one in turn when all are busy.
    fn store(&self) -> MutexGuard<'_, Box<dyn Store + Send>> {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..self.stores.len() {
            if let Ok(guard) = self.stores[(start + i) % self.stores.len()].try_lock() {
                return guard;
            }
        }
        lock(&self.stores[start % self.stores.len()])
    }

    /// Runs store work on a blocking thread: store calls block (SQLite I/O, or the
    /// PostgreSQL client's own runtime, which must not run inside the server's).
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&AppState) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || f(&state)).await.unwrap_or_else(|e| {
            Err(ApiError::new(jejak_model::ErrorCode::Internal, format!("request task failed: {e}")))
        })
    }

    /// The connection that writes.
    fn writer(&self) -> MutexGuard<'_, Box<dyn Store + Send>> {
        lock(&self.stores[0])
    }
}

/// A handler that panicked while holding a connection cannot have left a half-written
/// transaction (rusqlite rolls back on drop), so a poisoned lock is still usable.
fn lock(mutex: &Mutex<Box<dyn Store + Send>>) -> MutexGuard<'_, Box<dyn Store + Send>> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The whole application: API, pages and static assets.
pub fn router(state: AppState) -> Router {
    let reads = Router::new()
        .route("/stories", get(api::stories))
        .route("/stories/{id}", get(api::story))
        .route("/stories/{id}/trace", get(api::trace))
        .route("/stories/{id}/claims/{claim_id}/graph", get(api::claim_graph))
        .route("/articles/{id}", get(api::article))
        .route("/search", get(api::search))
        .route("/outlets", get(api::outlets))
        .route("/openapi.json", get(|| async { Json(openapi::document()) }))
        .layer(axum::middleware::from_fn(etag::etag));
    let api = reads
        .route("/ingest", post(write::ingest).layer(DefaultBodyLimit::max(write::MAX_INGEST_BYTES)))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(pages::home))
        .route("/story/{id}", get(pages::story))
        .route("/article/{id}", get(pages::article))
        .route("/search", get(pages::search))
        .route("/outlet/{name}", get(pages::outlet))
        .route(
            "/ingest",
            get(ingest_page::form)
                .post(ingest_page::submit)
                .layer(DefaultBodyLimit::max(ingest_page::MAX_FORM_BYTES)),
        )
        .route("/ingest/jobs/{id}", get(ingest_page::job))
        .route("/static/style.css", get(pages::stylesheet))
        .layer(axum::middleware::from_fn(i18n::remember_choice))
        .nest("/api/v1", api.clone())
        .nest("/api", api)
        .with_state(state)
        .layer(axum::middleware::map_response(security_headers))
}

/// Headers that keep a hostile article from running script or leaking the reader's path.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests;
