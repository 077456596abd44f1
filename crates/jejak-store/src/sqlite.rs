//! [`Store`] on one SQLite file in WAL mode, with a tantivy index beside it.
//!
//! Commit point: the SQLite transaction. The index is written after it and is derived;
//! on open, an index whose document count differs from SQLite's is rebuilt, so a crash
//! between the two commits heals itself.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use jejak_model::{Article, ContentKind, Outlet, PageKind, Quote, RawPage, Story};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension, Statement, TransactionBehavior};

use crate::schema::migrate;
use crate::search::{SearchHit, SearchIndex, SearchQuery, SearchResults};
use crate::{BuildStories, Counts, ExtendStories, Result, Store, StoreError, StoryQuery};

/// Articles in publication order ([`crate::publication_key`]): dated ones by time, then the
/// undated ones, ties in ingest order. `published_utc` is written by `put_articles` as
/// `DateTime<Utc>::to_rfc3339`: fixed-width fields, always the `+00:00` offset, and fraction
/// digits only when non-zero (3, 6 or 9 of them); as `+` and `.` sort before the digits,
/// the byte order of these strings (SQLite's BINARY collation) is time order for years
/// 0000-9999. The partial index `articles_publication` delivers the rows in this order, so
/// only ties are sorted, not the whole table.
const ARTICLES_IN_PUBLICATION_ORDER: &str = "SELECT a.json FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE a.kind = 'article' AND a.rowid <= ?1
     ORDER BY a.published_utc IS NULL, a.published_utc, p.seq";

/// The articles no story has taken in yet, in the same order (partial index
/// `articles_unlinked`).
const UNLINKED_ARTICLES_IN_PUBLICATION_ORDER: &str =
    "SELECT a.json FROM articles a JOIN pages p ON p.id = a.page_id
     WHERE a.kind = 'article' AND a.linked <> 1 AND a.rowid <= ?1
     ORDER BY a.published_utc IS NULL, a.published_utc, p.seq";

/// Stories built aside (`build_stories_aside`) join the stored ones.
const COPY_REBUILT_STORIES: &str = "INSERT INTO stories (id, title, first_seen, last_seen, json)
         SELECT id, title, first_seen, last_seen, json FROM temp.rebuilt_stories;
     INSERT INTO story_articles (story_id, article_id)
         SELECT story_id, article_id FROM temp.rebuilt_story_articles;";

const CLEAR_REBUILT_STORIES: &str =
    "DELETE FROM temp.rebuilt_stories; DELETE FROM temp.rebuilt_story_articles;";

/// The model row holding the story builder's state saved with the stories.
const STORY_STATE: &str = "story_state";

/// The story builder's saved state, as bytes whatever type the row holds.
fn load_story_state(conn: &Connection) -> Result<Option<Vec<u8>>> {
    let state = conn
        .query_row("SELECT json FROM models WHERE name = ?1", [STORY_STATE], |r| {
            Ok(match r.get_ref(0)? {
                ValueRef::Blob(bytes) | ValueRef::Text(bytes) => Some(bytes.to_vec()),
                _ => None,
            })
        })
        .optional()?;
    Ok(state.flatten())
}

/// Saves (or, given none, drops) the story builder's state: a BLOB in the `models` table.
fn save_story_state(tx: &Connection, state: Option<&[u8]>) -> Result<()> {
    match state {
        Some(bytes) => tx.execute(
            "INSERT INTO models (name, json) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET json = excluded.json",
            params![STORY_STATE, bytes],
        )?,
        None => tx.execute("DELETE FROM models WHERE name = ?1", [STORY_STATE])?,
    };
    Ok(())
}

/// The default store: `DIR/jejak.sqlite` plus `DIR/index/`.
pub struct SqliteStore {
    conn: Connection,
    index: SearchIndex,
    dir: PathBuf,
    /// Outlet counts with the `PRAGMA data_version` they were computed at: every page of
    /// the UI shows them, and they change only when some connection writes.
    outlets: std::sync::Mutex<Option<(i64, Vec<Outlet>)>>,
}

impl SqliteStore {
    /// Streams the articles `query` selects into `build` inside one read transaction (one
    /// snapshot), the stories it makes going to temporary tables, which lock nothing: a
    /// long build neither holds its stories in memory nor keeps the database locked
    /// against a concurrent ingest. Returns the number of stories, the largest article
    /// rowid of the snapshot (every article the build may have seen has one no larger) and
    /// the state `build` returned.
    fn build_stories_aside(
        &mut self,
        query: &str,
        build: &mut BuildStories<'_>,
    ) -> Result<(usize, i64, Option<Vec<u8>>)> {
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS rebuilt_stories (
                 id TEXT PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT, last_seen TEXT, json TEXT NOT NULL);
             CREATE TEMP TABLE IF NOT EXISTS rebuilt_story_articles (
                 story_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_id, article_id));",
        )?;
        self.conn.execute_batch(CLEAR_REBUILT_STORIES)?;
        let read = self.conn.transaction()?;
        let seen: i64 = read.query_row("SELECT coalesce(max(rowid), 0) FROM articles", [], |r| r.get(0))?;
        let mut count = 0;
        let state = {
            let mut stmt = read.prepare(query)?;
            let mut rows = stmt.query([seen])?;
            let mut failed = false;
            let mut articles = std::iter::from_fn(|| {
                if failed {
                    return None;
                }
                let next = match rows.next() {
                    Ok(row) => row.map(article_from_row),
                    Err(e) => Some(Err(e.into())),
                };
                failed = matches!(next, Some(Err(_)));
                next
            });
            let mut writer = StoryWriter::new(&read, "temp.rebuilt_stories", "temp.rebuilt_story_articles")?;
            build(&mut articles, &mut |story| {
                count += 1;
                writer.write(&story)
            })?
        };
        read.commit()?;
        Ok((count, seen, state))
    }

    /// Opens (creating if needed) the store in a data directory and brings the schema and
    /// the search index up to date.
    pub fn open(dir: &Path) -> Result<SqliteStore> {
        std::fs::create_dir_all(dir)
            .map_err(|source| StoreError::DataDir { path: dir.display().to_string(), source })?;
        let mut conn = Connection::open(dir.join("jejak.sqlite"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        migrate(&mut conn)?;
        let index = SearchIndex::open(&dir.join("index"))?;
        let mut store = SqliteStore { conn, index, dir: dir.to_path_buf(), outlets: Default::default() };
        store.heal_index()?;
        Ok(store)
    }

    /// The data directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn heal_index(&mut self) -> Result<()> {
        let in_sql: u64 =
            self.conn.query_row("SELECT count(*) FROM articles WHERE kind = 'article'", [], |r| r.get(0))?;
        if self.index.num_docs() != in_sql {
            tracing::info!(in_sql, in_index = self.index.num_docs(), "rebuilding search index");
            let articles = self.articles()?;
            self.index.rebuild(&articles)?;
        }
        Ok(())
    }

    fn query_articles(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Article>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, |row| row.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            out.push(decode_article(&json?)?);
        }
        Ok(out)
    }
}

fn decode_article(json: &str) -> Result<Article> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt { what: "article".into(), message: e.to_string() })
}

fn article_from_row(row: &rusqlite::Row<'_>) -> Result<Article> {
    decode_article(row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?)
}

fn decode_story(json: &str) -> Result<Story> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt { what: "story".into(), message: e.to_string() })
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serializing the model's plain structs cannot fail: no maps with non-string keys.
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

fn page_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawPage> {
    let kind: String = row.get(4)?;
    let fetched_at: Option<String> = row.get(3)?;
    Ok(RawPage {
        id: row.get(0)?,
        url: row.get(1)?,
        source: row.get(2)?,
        fetched_at: fetched_at
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)),
        content_kind: ContentKind::parse(&kind).unwrap_or(ContentKind::PageText),
        outlet_hint: row.get(5)?,
        bytes: row.get(6)?,
    })
}

impl Store for SqliteStore {
    fn insert_pages(&mut self, pages: &[RawPage]) -> Result<Vec<bool>> {
        let now = Utc::now().to_rfc3339();
        let tx = self.conn.transaction()?;
        let mut fresh = Vec::with_capacity(pages.len());
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO pages (id, url, source, fetched_at, content_kind, outlet_hint, bytes, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for page in pages {
                let changed = stmt.execute(params![
                    page.id,
                    page.url,
                    page.source,
                    page.fetched_at.map(|t| t.to_rfc3339()),
                    page.content_kind.as_str(),
                    page.outlet_hint,
                    page.bytes,
                    now,
                ])?;
                fresh.push(changed == 1);
            }
        }
        tx.commit()?;
        Ok(fresh)
    }

    fn has_page(&self, id: &str) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached("SELECT 1 FROM pages WHERE id = ?1")?;
        Ok(stmt.exists(params![id])?)
    }

    fn pending_pages(&self, limit: usize) -> Result<Vec<RawPage>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, url, source, fetched_at, content_kind, outlet_hint, bytes
             FROM pages WHERE extracted = 0 ORDER BY seq LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], page_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn requeue_pages(&mut self) -> Result<u64> {
        self.conn.execute("UPDATE pages SET extracted = 0", [])?;
        Ok(self.conn.query_row("SELECT count(*) FROM pages", [], |r| r.get(0))?)
    }

    fn put_articles(&mut self, articles: &[Article]) -> Result<()> {
        let tx = self.conn.transaction()?;
        // Articles stored before may be in the search index; new ones are not, and deleting
        // them anyway made the index writer hold a delete per article until the commit.
        let mut replaced: Vec<&str> = Vec::new();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO articles (id, page_id, kind, outlet, lang, title, published_utc, json, linked)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            let mut done = tx.prepare_cached("UPDATE pages SET extracted = 1 WHERE id = ?1")?;
            let mut stored = tx.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
            for a in articles {
                let was_stored = stored.exists([&a.id])?;
                if was_stored {
                    replaced.push(a.id.as_str());
                }
                done.execute([&a.page_id])?;
                stmt.execute(params![
                    a.id,
                    a.page_id,
                    a.kind.as_str(),
                    a.outlet,
                    a.lang,
                    a.title,
                    a.published_utc().map(|t| t.to_rfc3339()),
                    to_json(a),
                    if was_stored { 2 } else { 0 },
                ])?;
            }
        }
        tx.commit()?;
        let real: Vec<&Article> = articles.iter().filter(|a| a.kind == PageKind::Article).collect();
        self.index.upsert(&replaced, &real)?;
        // data_version does not change for this connection's own writes.
        *self.outlets.get_mut().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        self.index.commit()
    }

    fn article(&self, id: &str) -> Result<Option<Article>> {
        let json: Option<String> =
            self.conn.query_row("SELECT json FROM articles WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        json.as_deref().map(decode_article).transpose()
    }

    fn articles(&self) -> Result<Vec<Article>> {
        self.query_articles(
            "SELECT a.json FROM articles a JOIN pages p ON p.id = a.page_id
             WHERE a.kind = 'article' ORDER BY p.seq",
            [],
        )
    }

    fn relink_streaming(&mut self, build: &mut BuildStories<'_>) -> Result<usize> {
        let (count, seen, state) = self.build_stories_aside(ARTICLES_IN_PUBLICATION_ORDER, build)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch("DELETE FROM story_articles; DELETE FROM stories;")?;
        tx.execute_batch(COPY_REBUILT_STORIES)?;
        // Articles stored (or replaced) after the rebuild's snapshot have larger rowids.
        tx.execute("UPDATE articles SET linked = 1 WHERE linked <> 1 AND rowid <= ?1", [seen])?;
        save_story_state(&tx, state.as_deref())?;
        tx.commit()?;
        self.conn.execute_batch(CLEAR_REBUILT_STORIES)?;
        Ok(count)
    }

    fn extend_stories(&mut self, extend: &mut ExtendStories<'_>) -> Result<Option<usize>> {
        let replaced: bool =
            self.conn
                .query_row("SELECT EXISTS (SELECT 1 FROM articles WHERE linked = 2)", [], |r| r.get(0))?;
        if replaced {
            return Ok(None);
        }
        let Some(state) = load_story_state(&self.conn)? else { return Ok(None) };
        let built = self
            .build_stories_aside(UNLINKED_ARTICLES_IN_PUBLICATION_ORDER, &mut |articles, sink| {
                extend(&state, articles, sink)
            })?;
        let (_, seen, Some(next)) = built else { return Ok(None) };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have rebuilt or extended the stories since the state was read.
        if load_story_state(&tx)?.as_deref() != Some(state.as_slice()) {
            return Ok(None);
        }
        tx.execute_batch(
            "DELETE FROM story_articles WHERE story_id IN (SELECT id FROM temp.rebuilt_stories);
             DELETE FROM stories WHERE id IN (SELECT id FROM temp.rebuilt_stories);",
        )?;
        tx.execute_batch(COPY_REBUILT_STORIES)?;
        tx.execute("UPDATE articles SET linked = 1 WHERE linked = 0 AND rowid <= ?1", [seen])?;
        if next != state {
            save_story_state(&tx, Some(&next))?;
        }
        let count: i64 = tx.query_row("SELECT count(*) FROM stories", [], |r| r.get(0))?;
        tx.commit()?;
        self.conn.execute_batch(CLEAR_REBUILT_STORIES)?;
        Ok(Some(count as usize))
    }

    fn articles_by_ids(&self, ids: &[String]) -> Result<Vec<Article>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(article) = self.article(id)? {
                out.push(article);
            }
        }
        Ok(out)
    }

    fn counts(&self) -> Result<Counts> {
        let count = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(Counts {
            pages: count("SELECT count(*) FROM pages")?,
            articles: count("SELECT count(*) FROM articles WHERE kind = 'article'")?,
            not_articles: count("SELECT count(*) FROM articles WHERE kind <> 'article'")?,
            stories: count("SELECT count(*) FROM stories")?,
        })
    }

    fn replace_stories(&mut self, stories: &[Story]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM story_articles", [])?;
        tx.execute("DELETE FROM stories", [])?;
        save_story_state(&tx, None)?;
        {
            let mut writer = StoryWriter::new(&tx, "stories", "story_articles")?;
            for story in stories {
                writer.write(story)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn stories(&self, query: &StoryQuery) -> Result<Vec<Story>> {
        let since = query.since.map(|t| t.to_rfc3339()).unwrap_or_default();
        let (after_seen, after_id) = match &query.after {
            Some(c) => (Some(c.last_seen.clone()), c.id.clone()),
            None => (None, String::new()),
        };
        let limit = if query.limit == 0 { -1 } else { query.limit as i64 };
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.json FROM stories s
             WHERE coalesce(s.last_seen, '') >= ?1
               AND (?2 IS NULL OR coalesce(s.last_seen, '') < ?2 OR (coalesce(s.last_seen, '') = ?2 AND s.id > ?3))
               AND (?4 IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                                          WHERE sa.story_id = s.id AND a.outlet = ?4))
               AND (?5 IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                                          WHERE sa.story_id = s.id AND a.lang = ?5))
             ORDER BY coalesce(s.last_seen, '') DESC, s.id
             LIMIT ?6",
        )?;
        let rows = stmt
            .query_map(params![since, after_seen, after_id, query.outlet, query.lang, limit], |r| {
                r.get::<_, String>(0)
            })?;
        let mut out = Vec::new();
        for json in rows {
            out.push(decode_story(&json?)?);
        }
        Ok(out)
    }

    fn outlets(&self) -> Result<Vec<Outlet>> {
        let version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let mut cache = self.outlets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((cached_at, outlets)) = cache.as_ref() {
            if *cached_at == version {
                return Ok(outlets.clone());
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT outlet, count(*) FROM articles WHERE kind = 'article' AND outlet IS NOT NULL
             GROUP BY outlet ORDER BY count(*) DESC, outlet",
        )?;
        let rows = stmt.query_map([], |r| {
            let name: String = r.get(0)?;
            Ok(Outlet { key: name.to_lowercase(), name, article_count: r.get(1)? })
        })?;
        let outlets: Vec<Outlet> = rows.collect::<rusqlite::Result<_>>()?;
        *cache = Some((version, outlets.clone()));
        Ok(outlets)
    }

    fn story(&self, id: &str) -> Result<Option<Story>> {
        let json: Option<String> =
            self.conn.query_row("SELECT json FROM stories WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        json.as_deref().map(decode_story).transpose()
    }

    fn put_quotes(&mut self, quotes_by_article: &[(String, Vec<Quote>)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut delete = tx.prepare_cached("DELETE FROM quotes WHERE article_id = ?1")?;
            let mut insert =
                tx.prepare_cached("INSERT INTO quotes (article_id, ordinal, json) VALUES (?1, ?2, ?3)")?;
            for (article_id, quotes) in quotes_by_article {
                delete.execute([article_id])?;
                for (ordinal, quote) in quotes.iter().enumerate() {
                    insert.execute(params![article_id, ordinal as i64, to_json(quote)])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn quotes(&self, article_id: &str) -> Result<Vec<Quote>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT json FROM quotes WHERE article_id = ?1 ORDER BY ordinal")?;
        let rows = stmt.query_map([article_id], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            let json = json?;
            out.push(
                serde_json::from_str(&json)
                    .map_err(|e| StoreError::Corrupt { what: "quote".into(), message: e.to_string() })?,
            );
        }
        Ok(out)
    }

    fn load_model(&self, name: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT json FROM models WHERE name = ?1", [name], |r| r.get(0)).optional()?)
    }

    fn save_model(&mut self, name: &str, json: &str) -> Result<()> {
        self.conn
            .execute("INSERT OR REPLACE INTO models (name, json) VALUES (?1, ?2)", params![name, json])?;
        Ok(())
    }

    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        let (found, total) = self.index.search(query)?;
        let mut hits = Vec::with_capacity(found.len());
        for (id, score) in found {
            if let Some(article) = self.article(&id)? {
                hits.push(SearchHit::new(&article, &query.text, score));
            }
        }
        Ok(SearchResults { hits, total })
    }
}

/// Inserts stories and their memberships into a pair of tables shaped like `stories` and
/// `story_articles`.
struct StoryWriter<'c> {
    story: Statement<'c>,
    member: Statement<'c>,
}

impl<'c> StoryWriter<'c> {
    fn new(conn: &'c Connection, stories: &str, members: &str) -> Result<StoryWriter<'c>> {
        Ok(StoryWriter {
            story: conn.prepare(&format!(
                "INSERT INTO {stories} (id, title, first_seen, last_seen, json) VALUES (?1, ?2, ?3, ?4, ?5)"
            ))?,
            member: conn.prepare(&format!(
                "INSERT OR IGNORE INTO {members} (story_id, article_id) VALUES (?1, ?2)"
            ))?,
        })
    }

    fn write(&mut self, story: &Story) -> Result<()> {
        self.story.execute(params![
            story.id,
            story.title,
            story.first_seen.map(|t| t.to_rfc3339()),
            story.last_seen.map(|t| t.to_rfc3339()),
            to_json(story),
        ])?;
        for article_id in &story.article_ids {
            self.member.execute(params![story.id, article_id])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> (tempfile::TempDir, SqliteStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn rebuilds_and_queues_read_through_their_indexes_without_sorting_the_table() {
        let (_dir, store) = fresh();
        for (query, index) in [
            (ARTICLES_IN_PUBLICATION_ORDER, "articles_publication"),
            (UNLINKED_ARTICLES_IN_PUBLICATION_ORDER, "articles_unlinked"),
            ("SELECT id FROM pages WHERE extracted = 0 ORDER BY seq LIMIT ?1", "pages_pending"),
        ] {
            let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {query}")).unwrap();
            let plan: Vec<String> =
                stmt.query_map([0], |r| r.get(3)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
            assert!(plan.iter().any(|step| step.contains(index)), "{plan:?}");
            assert!(!plan.iter().any(|step| step == "USE TEMP B-TREE FOR ORDER BY"), "{plan:?}");
        }
    }

    #[test]
    fn data_survives_reopen_and_the_index_heals() {
        let dir = tempfile::tempdir().unwrap();
        let page = RawPage::new(None, "t".into(), ContentKind::PageText, None, b"x".to_vec());
        let article = Article {
            id: page.id.clone(),
            page_id: page.id.clone(),
            title: Some("Gempa Cianjur".into()),
            body: vec!["Gempa mengguncang Cianjur pagi ini.".into()],
            ..Article::default()
        };
        {
            let mut store = SqliteStore::open(dir.path()).unwrap();
            store.insert_pages(std::slice::from_ref(&page)).unwrap();
            store.put_articles(std::slice::from_ref(&article)).unwrap();
            assert!(
                store.search(&SearchQuery::new("gempa", 10)).unwrap().hits.is_empty(),
                "searchable only after flush"
            );
            // Dropped without a flush: the index lags behind SQLite, as after a crash.
        }
        let store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.search(&SearchQuery::new("gempa", 10)).unwrap().total, 1);
        drop(store);
        std::fs::remove_dir_all(dir.path().join("index")).unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.counts().unwrap().articles, 1);
        assert_eq!(store.search(&SearchQuery::new("Cianjur", 10)).unwrap().hits[0].article_id, page.id);
    }
}
