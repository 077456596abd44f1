//! [`Store`] on PostgreSQL, for many workers on many machines sharing one store.
//!
//! The pages table doubles as the work queue: [`Store::pending_pages`] leases pages with
//! `FOR UPDATE SKIP LOCKED`, so concurrent workers never take the same page, and a dead
//! worker's lease simply expires. Writes are keyed by page id, so a retried page replaces
//! its article instead of adding one. Search is PostgreSQL full-text over the same
//! analysed terms as the SQLite backend (`jejak_text::terms`, indexed with the `simple`
//! configuration), so both backends find the same articles.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use jejak_model::{Article, ContentKind, Outlet, PageKind, Quote, RawPage, Story};
use jejak_text::{detect_language, query_terms, terms, Lang};
use postgres::{Client, NoTls};
use rayon::prelude::*;

use crate::search::SearchHit;
use crate::{
    BuildStories, Counts, ExtendStories, Result, SearchQuery, SearchResults, Store, StoreError, StoryQuery,
};

/// Schema, applied once per version inside a transaction.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE pages (
    seq          BIGSERIAL PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    url          TEXT,
    source       TEXT NOT NULL,
    fetched_at   TEXT,
    content_kind TEXT NOT NULL,
    outlet_hint  TEXT,
    bytes        BYTEA NOT NULL,
    ingested_at  TEXT NOT NULL,
    lease_until  TIMESTAMPTZ,
    leased_by    TEXT
);
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    page_id       TEXT NOT NULL REFERENCES pages(id),
    kind          TEXT NOT NULL,
    outlet        TEXT,
    lang          TEXT,
    title         TEXT,
    published_utc TEXT,
    json          TEXT NOT NULL,
    terms         TSVECTOR
);
CREATE INDEX articles_page ON articles(page_id);
CREATE INDEX articles_terms ON articles USING GIN (terms);
CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT,
    json       TEXT NOT NULL
);
CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id),
    ordinal    INTEGER NOT NULL,
    json       TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE TABLE models (
    name TEXT PRIMARY KEY,
    json TEXT NOT NULL
);
"#,
    r#"
-- Latest stories first, as every story list reads them.
CREATE INDEX stories_recent ON stories ((coalesce(last_seen, '')) DESC, (id COLLATE "C"));
"#,
    r#"
-- Articles in publication order, as story rebuilds stream them.
CREATE INDEX articles_publication ON articles ((published_utc COLLATE "C")) WHERE kind = 'article';
"#,
    r#"
-- Pages waiting for extraction, found through a small partial index: looking for pages
-- without an article from the start of the table made every claim cost the whole history.
ALTER TABLE pages ADD COLUMN extracted BOOLEAN NOT NULL DEFAULT false;
UPDATE pages SET extracted = true WHERE EXISTS (SELECT 1 FROM articles a WHERE a.page_id = pages.id);
CREATE INDEX pages_pending ON pages(seq) WHERE NOT extracted;
"#,
    r#"
-- Incremental story updates. The articles no story has taken in yet, each `replaced` when
-- the stories took in an earlier version of it (or it is no longer an article): that needs a
-- rebuild. A narrow table of its own: linking an article deletes its row here and rewrites
-- no article row, whose full-text entries would all be written again. The story builder's
-- state is saved with the stories, in one row.
CREATE TABLE unlinked_articles (
    article_id TEXT PRIMARY KEY,
    replaced   BOOLEAN NOT NULL
);
CREATE TABLE story_state (
    only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    state    BYTEA NOT NULL
);
"#,
    r#"
-- lz4 for the large values where the server has it: pglz compressing every page and article
-- was a tenth of the database's time. Servers built without lz4 (or before PostgreSQL 14)
-- keep pglz.
DO $$ BEGIN
    EXECUTE 'ALTER TABLE pages ALTER COLUMN bytes SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE articles ALTER COLUMN json SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE stories ALTER COLUMN json SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE quotes ALTER COLUMN json SET COMPRESSION lz4';
    EXECUTE 'ALTER TABLE story_state ALTER COLUMN state SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;
END $$;
"#,
];

/// Articles in publication order, exactly as the SQLite store reads them (see
/// `sqlite::ARTICLES_IN_PUBLICATION_ORDER` on why text order of `published_utc` is time
/// order): byte order (`COLLATE "C"`, not the database's locale, which may ignore
/// punctuation), undated articles last (`NULLS LAST`), ties in ingest order.
/// With each row come its id and the version of its `unlinked_articles` row (`xmin`; none
/// when linked), by which the rows a story update took in are marked linked
/// ([`mark_linked`]).
const ARTICLES_IN_PUBLICATION_ORDER: &str =
    "SELECT a.json, a.id, u.xmin::text FROM articles a JOIN pages p ON p.id = a.page_id
     LEFT JOIN unlinked_articles u ON u.article_id = a.id
     WHERE a.kind = 'article'
     ORDER BY a.published_utc COLLATE \"C\" NULLS LAST, p.seq";

/// The articles no story has taken in yet, in the same order.
const UNLINKED_ARTICLES_IN_PUBLICATION_ORDER: &str =
    "SELECT a.json, a.id, u.xmin::text FROM unlinked_articles u
     JOIN articles a ON a.id = u.article_id JOIN pages p ON p.id = a.page_id
     WHERE a.kind = 'article'
     ORDER BY a.published_utc COLLATE \"C\" NULLS LAST, p.seq";

/// Rows fetched per round trip while a rebuild streams articles.
const STREAM_BATCH: i32 = 256;

/// Key of the advisory lock that serialises story rebuilds across workers.
const STORY_LOCK: i64 = 0x6a656a616b; // "jejak"

/// The scale-out store.
pub struct PgStore {
    client: Mutex<Client>,
    /// Name written next to leased pages, for operators.
    worker: String,
    lease: Duration,
}

fn db(e: postgres::Error) -> StoreError {
    use std::error::Error;
    let message = match (e.as_db_error(), e.source()) {
        (Some(db), _) => db.to_string(),
        (None, Some(cause)) => format!("{e}: {cause}"),
        (None, None) => e.to_string(),
    };
    StoreError::Postgres(message)
}

fn corrupt(what: &str, e: serde_json::Error) -> StoreError {
    StoreError::Corrupt { what: what.into(), message: e.to_string() }
}

impl PgStore {
    /// Connects (`postgres://user@host:port/db`) and brings the schema up to date.
    pub fn connect(url: &str, worker: &str) -> Result<PgStore> {
        let mut client = Client::connect(url, NoTls).map_err(db)?;
        migrate(&mut client)?;
        Ok(PgStore {
            client: Mutex::new(client),
            worker: worker.to_string(),
            lease: Duration::from_secs(120),
        })
    }

    /// How long a worker may hold pages before others take them over.
    pub fn with_lease(mut self, lease: Duration) -> PgStore {
        self.lease = lease;
        self
    }

    fn client(&self) -> MutexGuard<'_, Client> {
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn decode_articles(rows: Vec<postgres::Row>) -> Result<Vec<Article>> {
        rows.iter()
            .map(|r| serde_json::from_str(r.get::<_, &str>(0)).map_err(|e| corrupt("article", e)))
            .collect()
    }

    fn decode_stories(rows: Vec<postgres::Row>) -> Result<Vec<Story>> {
        rows.iter()
            .map(|r| serde_json::from_str(r.get::<_, &str>(0)).map_err(|e| corrupt("story", e)))
            .collect()
    }
}

fn migrate(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction().map_err(db)?;
    // One migrator at a time, however many workers start together.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&(STORY_LOCK + 1)]).map_err(db)?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS jejak_schema (version INTEGER NOT NULL)").map_err(db)?;
    let applied: i64 = tx.query_one("SELECT count(*) FROM jejak_schema", &[]).map_err(db)?.get::<_, i64>(0);
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied as usize) {
        tx.batch_execute(sql).map_err(db)?;
        tx.execute("INSERT INTO jejak_schema (version) VALUES ($1)", &[&(index as i32 + 1)]).map_err(db)?;
    }
    tx.commit().map_err(db)
}

/// The items in order, each key only at its last occurrence.
fn last_of_each<'a, T>(items: &'a [T], key: impl Fn(&'a T) -> &'a str) -> Vec<&'a T> {
    let last: HashMap<&str, usize> = items.iter().enumerate().map(|(i, item)| (key(item), i)).collect();
    items.iter().enumerate().filter(|&(i, item)| last[key(item)] == i).map(|(_, item)| item).collect()
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

fn index_terms(article: &Article) -> String {
    let lang =
        article.lang.as_deref().map(Lang::from_code).unwrap_or_else(|| detect_language(&article.body_text()));
    let mut text = article.title.clone().unwrap_or_default();
    for p in &article.body {
        text.push('\n');
        text.push_str(p);
    }
    terms(&text, lang).join(" ")
}

fn page_from_row(row: &postgres::Row) -> RawPage {
    let fetched_at: Option<String> = row.get(3);
    RawPage {
        id: row.get(0),
        url: row.get(1),
        source: row.get(2),
        fetched_at: fetched_at
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc)),
        content_kind: ContentKind::parse(row.get(4)).unwrap_or(ContentKind::PageText),
        outlet_hint: row.get(5),
        bytes: row.get(6),
    }
}

impl Store for PgStore {
    fn insert_pages(&mut self, pages: &[RawPage]) -> Result<Vec<bool>> {
        let now = Utc::now().to_rfc3339();
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        let stmt = tx
            .prepare(
                "INSERT INTO pages (id, url, source, fetched_at, content_kind, outlet_hint, bytes, ingested_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING",
            )
            .map_err(db)?;
        let mut fresh = Vec::with_capacity(pages.len());
        for p in pages {
            let fetched = p.fetched_at.map(|t| t.to_rfc3339());
            let n = tx
                .execute(
                    &stmt,
                    &[
                        &p.id,
                        &p.url,
                        &p.source,
                        &fetched,
                        &p.content_kind.as_str(),
                        &p.outlet_hint,
                        &p.bytes,
                        &now,
                    ],
                )
                .map_err(db)?;
            fresh.push(n == 1);
        }
        tx.commit().map_err(db)?;
        Ok(fresh)
    }

    fn has_page(&self, id: &str) -> Result<bool> {
        let row = self.client().query_opt("SELECT 1 FROM pages WHERE id = $1", &[&id]).map_err(db)?;
        Ok(row.is_some())
    }

    fn pending_pages(&self, limit: usize) -> Result<Vec<RawPage>> {
        let lease_seconds = self.lease.as_secs_f64();
        let rows = self
            .client()
            .query(
                "WITH claimed AS (
                     SELECT p.seq FROM pages p
                     WHERE NOT p.extracted
                       AND (p.lease_until IS NULL OR p.lease_until < clock_timestamp())
                     ORDER BY p.seq LIMIT $1 FOR UPDATE SKIP LOCKED)
                 UPDATE pages SET lease_until = clock_timestamp() + make_interval(secs => $2), leased_by = $3
                 FROM claimed WHERE pages.seq = claimed.seq
                 RETURNING pages.id, pages.url, pages.source, pages.fetched_at, pages.content_kind,
                           pages.outlet_hint, pages.bytes, pages.seq",
                &[&(limit as i64), &lease_seconds, &self.worker],
            )
            .map_err(db)?;
        let mut pages: Vec<(i64, RawPage)> = rows.iter().map(|r| (r.get(7), page_from_row(r))).collect();
        pages.sort_by_key(|(seq, _)| *seq);
        Ok(pages.into_iter().map(|(_, p)| p).collect())
    }

    fn requeue_pages(&mut self) -> Result<u64> {
        // (leases go too: a page a worker holds now is extracted again either way)
        let requeued = self
            .client()
            .execute("UPDATE pages SET extracted = false, lease_until = NULL, leased_by = NULL", &[])
            .map_err(db)?;
        Ok(requeued)
    }

    fn pages_leased_by_others(&self) -> Result<u64> {
        let row = self
            .client()
            .query_one(
                "SELECT count(*) FROM pages
                 WHERE NOT extracted AND lease_until > clock_timestamp() AND leased_by IS DISTINCT FROM $1",
                &[&self.worker],
            )
            .map_err(db)?;
        Ok(row.get::<_, i64>(0) as u64)
    }

    fn put_articles(&mut self, articles: &[Article]) -> Result<()> {
        // One statement per table for the whole batch (a statement per article was most of
        // the database's time); a statement must not touch a row twice, so of an id given
        // twice the last write wins, as it would one at a time.
        let articles = last_of_each(articles, |a| a.id.as_str());
        let (jsons, terms): (Vec<String>, Vec<String>) = articles
            .par_iter()
            .map(|a| (to_json(a), if a.kind == PageKind::Article { index_terms(a) } else { String::new() }))
            .unzip();
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        let page_ids: Vec<&str> = articles.iter().map(|a| a.page_id.as_str()).collect();
        let kinds: Vec<&str> = articles.iter().map(|a| a.kind.as_str()).collect();
        let outlets: Vec<Option<&str>> = articles.iter().map(|a| a.outlet.as_deref()).collect();
        let langs: Vec<Option<&str>> = articles.iter().map(|a| a.lang.as_deref()).collect();
        let titles: Vec<Option<&str>> = articles.iter().map(|a| a.title.as_deref()).collect();
        let published: Vec<Option<String>> =
            articles.iter().map(|a| a.published_utc().map(|t| t.to_rfc3339())).collect();
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        tx.execute("UPDATE pages SET extracted = true WHERE id = ANY($1)", &[&page_ids]).map_err(db)?;
        // Before the upsert, which overwrites the kind: an article the stories may hold is
        // replaced; a new one (or a non-article turned article) is simply unlinked.
        tx.execute(
            "INSERT INTO unlinked_articles (article_id, replaced)
             SELECT n.id, coalesce(old.kind = 'article', false)
             FROM unnest($1::text[], $2::text[]) AS n(id, kind) LEFT JOIN articles old ON old.id = n.id
             WHERE n.kind = 'article' OR old.kind = 'article'
             ON CONFLICT (article_id) DO UPDATE SET replaced = unlinked_articles.replaced OR EXCLUDED.replaced",
            &[&ids, &kinds],
        )
        .map_err(db)?;
        tx.execute(
            "INSERT INTO articles (id, page_id, kind, outlet, lang, title, published_utc, json, terms)
             SELECT id, page_id, kind, outlet, lang, title, published_utc, json,
                    CASE WHEN kind = 'article' THEN to_tsvector('simple', terms) END
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::text[], $9::text[])
                  AS n(id, page_id, kind, outlet, lang, title, published_utc, json, terms)
             ON CONFLICT (id) DO UPDATE SET page_id = EXCLUDED.page_id, kind = EXCLUDED.kind,
               outlet = EXCLUDED.outlet, lang = EXCLUDED.lang, title = EXCLUDED.title,
               published_utc = EXCLUDED.published_utc, json = EXCLUDED.json, terms = EXCLUDED.terms",
            &[&ids, &page_ids, &kinds, &outlets, &langs, &titles, &published, &jsons, &terms],
        )
        .map_err(db)?;
        tx.commit().map_err(db)
    }

    fn flush(&mut self) -> Result<()> {
        // Each put_articles commits its search terms with the rows.
        Ok(())
    }

    fn article(&self, id: &str) -> Result<Option<Article>> {
        let rows = self.client().query("SELECT json FROM articles WHERE id = $1", &[&id]).map_err(db)?;
        Ok(Self::decode_articles(rows)?.pop())
    }

    fn articles(&self) -> Result<Vec<Article>> {
        let rows = self
            .client()
            .query(
                "SELECT a.json FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.kind = 'article' ORDER BY p.seq",
                &[],
            )
            .map_err(db)?;
        Self::decode_articles(rows)
    }

    fn articles_by_ids(&self, ids: &[String]) -> Result<Vec<Article>> {
        let rows = self
            .client()
            .query(
                "SELECT a.json FROM unnest($1::text[]) WITH ORDINALITY AS w(id, n) JOIN articles a ON a.id = w.id ORDER BY w.n",
                &[&ids],
            )
            .map_err(db)?;
        Self::decode_articles(rows)
    }

    fn counts(&self) -> Result<Counts> {
        let row = self
            .client()
            .query_one(
                "SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles WHERE kind = 'article'),
                        (SELECT count(*) FROM articles WHERE kind <> 'article'), (SELECT count(*) FROM stories)",
                &[],
            )
            .map_err(db)?;
        let n = |i: usize| row.get::<_, i64>(i) as u64;
        Ok(Counts { pages: n(0), articles: n(1), not_articles: n(2), stories: n(3) })
    }

    fn replace_stories(&mut self, stories: &[Story]) -> Result<()> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&STORY_LOCK]).map_err(db)?;
        write_stories(&mut tx, stories)?;
        save_story_state(&mut tx, None)?;
        tx.commit().map_err(db)
    }

    fn relink_streaming(&mut self, build: &mut BuildStories<'_>) -> Result<usize> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        // Rebuilds are serialised, and each reads the articles only once it holds the lock,
        // so a later rebuild always sees at least what an earlier one saw. Readers see the
        // old stories until the commit.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&STORY_LOCK]).map_err(db)?;
        // Articles that became non-articles: the rebuild leaves them out, which settles them.
        let settled = tx
            .query(
                "SELECT u.article_id, u.xmin::text FROM unlinked_articles u JOIN articles a ON a.id = u.article_id
                 WHERE a.kind <> 'article'",
                &[],
            )
            .map_err(db)?;
        let settled: Vec<(String, String)> = settled.iter().map(|r| (r.get(0), r.get(1))).collect();
        tx.batch_execute("DELETE FROM story_articles; DELETE FROM stories;").map_err(db)?;
        let (mut tx, count, state) = stream_stories(tx, ARTICLES_IN_PUBLICATION_ORDER, false, build)?;
        mark_linked(&mut tx, settled)?;
        save_story_state(&mut tx, state.as_deref())?;
        tx.commit().map_err(db)?;
        Ok(count)
    }

    fn extend_stories(&mut self, extend: &mut ExtendStories<'_>) -> Result<Option<usize>> {
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        // Under the same lock as rebuilds: the state read here is the one the stories match
        // until this transaction ends. Declining rolls back whatever was written.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&STORY_LOCK]).map_err(db)?;
        let row = tx
            .query_one(
                "SELECT (SELECT state FROM story_state), EXISTS (SELECT 1 FROM unlinked_articles WHERE replaced)",
                &[],
            )
            .map_err(db)?;
        let (Some(state), false) = (row.get::<_, Option<Vec<u8>>>(0), row.get::<_, bool>(1)) else {
            return Ok(None);
        };
        let (mut tx, _, next) =
            stream_stories(tx, UNLINKED_ARTICLES_IN_PUBLICATION_ORDER, true, &mut |articles, sink| {
                extend(&state, articles, sink)
            })?;
        let Some(next) = next else { return Ok(None) };
        if next != state {
            save_story_state(&mut tx, Some(&next))?;
        }
        let count: i64 = tx.query_one("SELECT count(*) FROM stories", &[]).map_err(db)?.get(0);
        tx.commit().map_err(db)?;
        Ok(Some(count as usize))
    }

    fn stories(&self, query: &StoryQuery) -> Result<Vec<Story>> {
        let since = query.since.map(|t| t.to_rfc3339()).unwrap_or_default();
        let (after_seen, after_id) = match &query.after {
            Some(c) => (Some(c.last_seen.clone()), c.id.clone()),
            None => (None, String::new()),
        };
        let limit: Option<i64> = (query.limit > 0).then_some(query.limit as i64);
        let rows = self
            .client()
            .query(
                "SELECT s.json FROM stories s
                 WHERE coalesce(s.last_seen, '') >= $1
                   AND ($2::text IS NULL OR coalesce(s.last_seen, '') < $2
                        OR (coalesce(s.last_seen, '') = $2 AND s.id COLLATE \"C\" > $3))
                   AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                                              WHERE sa.story_id = s.id AND a.outlet = $4))
                   AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                                              WHERE sa.story_id = s.id AND a.lang = $5))
                 ORDER BY coalesce(s.last_seen, '') DESC, s.id COLLATE \"C\"
                 LIMIT $6",
                &[&since, &after_seen, &after_id, &query.outlet, &query.lang, &limit],
            )
            .map_err(db)?;
        Self::decode_stories(rows)
    }

    fn story(&self, id: &str) -> Result<Option<Story>> {
        let rows = self.client().query("SELECT json FROM stories WHERE id = $1", &[&id]).map_err(db)?;
        Ok(Self::decode_stories(rows)?.pop())
    }

    fn put_quotes(&mut self, quotes_by_article: &[(String, Vec<Quote>)]) -> Result<()> {
        let given = last_of_each(quotes_by_article, |(article_id, _)| article_id.as_str());
        let article_ids: Vec<&str> = given.iter().map(|(id, _)| id.as_str()).collect();
        let (mut ids, mut ordinals, mut jsons) = (Vec::new(), Vec::new(), Vec::new());
        for (article_id, quotes) in &given {
            for (ordinal, quote) in quotes.iter().enumerate() {
                ids.push(article_id.as_str());
                ordinals.push(ordinal as i32);
                jsons.push(to_json(quote));
            }
        }
        let mut client = self.client();
        let mut tx = client.transaction().map_err(db)?;
        tx.execute("DELETE FROM quotes WHERE article_id = ANY($1)", &[&article_ids]).map_err(db)?;
        tx.execute(
            "INSERT INTO quotes (article_id, ordinal, json) SELECT * FROM unnest($1::text[], $2::int4[], $3::text[])",
            &[&ids, &ordinals, &jsons],
        )
        .map_err(db)?;
        tx.commit().map_err(db)
    }

    fn quotes(&self, article_id: &str) -> Result<Vec<Quote>> {
        let rows = self
            .client()
            .query("SELECT json FROM quotes WHERE article_id = $1 ORDER BY ordinal", &[&article_id])
            .map_err(db)?;
        rows.iter()
            .map(|r| serde_json::from_str(r.get::<_, &str>(0)).map_err(|e| corrupt("quote", e)))
            .collect()
    }

    fn outlets(&self) -> Result<Vec<Outlet>> {
        let rows = self
            .client()
            .query(
                "SELECT outlet, count(*) FROM articles WHERE kind = 'article' AND outlet IS NOT NULL
                 GROUP BY outlet ORDER BY count(*) DESC, outlet COLLATE \"C\"",
                &[],
            )
            .map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| {
                let name: String = r.get(0);
                Outlet { key: name.to_lowercase(), name, article_count: r.get::<_, i64>(1) as u64 }
            })
            .collect())
    }

    fn load_model(&self, name: &str) -> Result<Option<String>> {
        let rows = self.client().query("SELECT json FROM models WHERE name = $1", &[&name]).map_err(db)?;
        Ok(rows.first().map(|r| r.get(0)))
    }

    fn save_model(&mut self, name: &str, json: &str) -> Result<()> {
        self.client()
            .execute(
                "INSERT INTO models (name, json) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET json = EXCLUDED.json",
                &[&name, &json],
            )
            .map_err(db)?;
        Ok(())
    }

    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        let wanted = query_terms(&query.text);
        if wanted.is_empty() {
            return Err(StoreError::InvalidQuery {
                query: query.text.clone(),
                message: "no searchable words".into(),
            });
        }
        let outlet = query.outlet.as_deref().map(str::to_lowercase).filter(|o| !o.is_empty());
        let lang_filter = query.lang.clone().filter(|l| !l.is_empty());
        let mut client = self.client();
        // All words first; any word when no article has them all, as the SQLite backend does.
        let groups: Vec<String> = wanted
            .iter()
            .map(|forms| {
                let quoted: Vec<String> =
                    forms.iter().map(|t| format!("'{}'", t.replace('\'', "''"))).collect();
                format!("({})", quoted.join(" | "))
            })
            .collect();
        for joiner in [" & ", " | "] {
            let tsquery = groups.join(joiner);
            // Only articles have terms, so no `kind` test: with one, the planner may take
            // the publication index and test every article's terms (100 ms instead of 2 ms
            // at 10k articles).
            let sql = "WITH q AS (SELECT to_tsquery('simple', $1) AS q)
                       SELECT a.json, ts_rank(a.terms, q.q)::real AS rank, count(*) OVER () AS total
                       FROM articles a, q
                       WHERE a.terms @@ q.q
                         AND ($2::text IS NULL OR lower(a.outlet) = $2)
                         AND ($3::text IS NULL OR a.lang = $3)
                       ORDER BY rank DESC, a.id COLLATE \"C\" LIMIT $4 OFFSET $5";
            let rows = client
                .query(
                    sql,
                    &[&tsquery, &outlet, &lang_filter, &(query.limit.max(1) as i64), &(query.offset as i64)],
                )
                .map_err(db)?;
            if rows.is_empty() {
                if query.offset == 0 {
                    continue;
                }
                return Ok(SearchResults { hits: vec![], total: 0 });
            }
            let total = rows[0].get::<_, i64>(2) as usize;
            let mut hits = Vec::with_capacity(rows.len());
            for row in &rows {
                let article: Article =
                    serde_json::from_str(row.get::<_, &str>(0)).map_err(|e| corrupt("article", e))?;
                hits.push(SearchHit::new(&article, &query.text, row.get::<_, f32>(1)));
            }
            return Ok(SearchResults { hits, total });
        }
        Ok(SearchResults { hits: vec![], total: 0 })
    }
}

/// Streams the articles `query` selects (json, id, row version) into `build`, writes the
/// stories it makes (replacing stored ones of the same id with `replace`), and marks every row handed to `build` as linked. A portal
/// (cursor) is fetched in batches: one batch of rows is in memory, each article decoded as
/// it is consumed; the stream, the marks and the story writes take turns on the one
/// transaction. Returns it with the number of stories and the state `build` returned.
fn stream_stories<'c>(
    mut tx: postgres::Transaction<'c>,
    query: &str,
    replace: bool,
    build: &mut BuildStories<'_>,
) -> Result<(postgres::Transaction<'c>, usize, Option<Vec<u8>>)> {
    let portal = tx.bind(query, &[]).map_err(db)?;
    let tx = RefCell::new(tx);
    let mut count = 0;
    let mut handed: Vec<(String, String)> = Vec::new();
    let mut writer = StoryWriter::new(replace);
    let state = {
        let mut batch = Vec::<postgres::Row>::new().into_iter();
        let mut exhausted = false;
        let mut articles = std::iter::from_fn(|| loop {
            if let Some(row) = batch.next() {
                if let Some(version) = row.get::<_, Option<String>>(2) {
                    handed.push((row.get(1), version));
                }
                return Some(serde_json::from_str(row.get::<_, &str>(0)).map_err(|e| corrupt("article", e)));
            }
            if exhausted {
                return None;
            }
            let mut tx = tx.borrow_mut();
            if let Err(e) = mark_linked(&mut tx, std::mem::take(&mut handed)) {
                exhausted = true;
                return Some(Err(e));
            }
            match tx.query_portal(&portal, STREAM_BATCH) {
                Ok(rows) => {
                    exhausted = rows.len() < STREAM_BATCH as usize;
                    batch = rows.into_iter();
                }
                Err(e) => {
                    exhausted = true;
                    return Some(Err(db(e)));
                }
            }
        });
        build(&mut articles, &mut |story| {
            count += 1;
            writer.write(&mut tx.borrow_mut(), story)
        })?
    };
    let mut tx = tx.into_inner();
    writer.flush(&mut tx)?;
    // The rows handed over from the last batch.
    mark_linked(&mut tx, handed)?;
    Ok((tx, count, state))
}

/// Marks the given articles linked, each only if its `unlinked_articles` row is still the
/// version given (`xmin`): an article stored or replaced since is not what the stories took
/// in, and stays unlinked.
fn mark_linked(tx: &mut postgres::Transaction<'_>, rows: Vec<(String, String)>) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let (ids, versions): (Vec<String>, Vec<String>) = rows.into_iter().unzip();
    tx.execute(
        "DELETE FROM unlinked_articles u USING unnest($1::text[], $2::text[]) AS seen(id, version)
         WHERE u.article_id = seen.id AND u.xmin::text = seen.version",
        &[&ids, &versions],
    )
    .map_err(db)?;
    Ok(())
}

/// Saves (or, given none, drops) the story builder's state with the stories.
fn save_story_state(tx: &mut postgres::Transaction<'_>, state: Option<&[u8]>) -> Result<()> {
    match state {
        Some(bytes) => tx.execute(
            "INSERT INTO story_state (state) VALUES ($1) ON CONFLICT (only_row) DO UPDATE SET state = EXCLUDED.state",
            &[&bytes],
        ),
        None => tx.execute("DELETE FROM story_state", &[]),
    }
    .map_err(db)?;
    Ok(())
}

fn write_stories(tx: &mut postgres::Transaction<'_>, stories: &[Story]) -> Result<()> {
    tx.batch_execute("DELETE FROM story_articles; DELETE FROM stories;").map_err(db)?;
    stories.chunks(STORY_BATCH).try_for_each(|batch| write_story_batch(tx, batch, false))
}

/// Stories written per round trip.
const STORY_BATCH: usize = 256;

macro_rules! insert_stories {
    () => {
        "INSERT INTO stories (id, title, first_seen, last_seen, json)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])"
    };
}

const INSERT_STORIES: &str = insert_stories!();

const UPSERT_STORIES: &str = concat!(
    insert_stories!(),
    " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, first_seen = EXCLUDED.first_seen,
       last_seen = EXCLUDED.last_seen, json = EXCLUDED.json"
);

/// Writes stories and their memberships in a few statements (a story per statement was most
/// of an extension's time); with `replace`, a story of a stored id replaces it.
fn write_story_batch(tx: &mut postgres::Transaction<'_>, stories: &[Story], replace: bool) -> Result<()> {
    if stories.is_empty() {
        return Ok(());
    }
    let ids: Vec<&str> = stories.iter().map(|s| s.id.as_str()).collect();
    let titles: Vec<&str> = stories.iter().map(|s| s.title.as_str()).collect();
    let firsts: Vec<Option<String>> = stories.iter().map(|s| s.first_seen.map(|t| t.to_rfc3339())).collect();
    let lasts: Vec<Option<String>> = stories.iter().map(|s| s.last_seen.map(|t| t.to_rfc3339())).collect();
    let jsons: Vec<String> = stories.iter().map(to_json).collect();
    let sql = if replace { UPSERT_STORIES } else { INSERT_STORIES };
    tx.execute(sql, &[&ids, &titles, &firsts, &lasts, &jsons]).map_err(db)?;
    if replace {
        tx.execute("DELETE FROM story_articles WHERE story_id = ANY($1)", &[&ids]).map_err(db)?;
    }
    let (members, articles): (Vec<&str>, Vec<&str>) =
        stories.iter().flat_map(|s| s.article_ids.iter().map(move |a| (s.id.as_str(), a.as_str()))).unzip();
    tx.execute(
        "INSERT INTO story_articles (story_id, article_id)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING",
        &[&members, &articles],
    )
    .map_err(db)?;
    Ok(())
}

/// Collects the stories of a build into batches for [`write_story_batch`]. Call
/// [`StoryWriter::flush`] at the end.
struct StoryWriter {
    replace: bool,
    pending: Vec<Story>,
}

impl StoryWriter {
    fn new(replace: bool) -> StoryWriter {
        StoryWriter { replace, pending: Vec::new() }
    }

    fn write(&mut self, tx: &mut postgres::Transaction<'_>, story: Story) -> Result<()> {
        self.pending.push(story);
        if self.pending.len() >= STORY_BATCH {
            self.flush(tx)?;
        }
        Ok(())
    }

    fn flush(&mut self, tx: &mut postgres::Transaction<'_>) -> Result<()> {
        write_story_batch(tx, &self.pending, self.replace)?;
        self.pending.clear();
        Ok(())
    }
}
