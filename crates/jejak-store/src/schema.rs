//! The SQLite schema, as ordered migrations applied in code; `PRAGMA user_version` counts
//! how many have run, so opening an older data directory upgrades it in place.

use rusqlite::Connection;

/// Each entry runs once, in order, inside one transaction.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE pages (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    url          TEXT,
    source       TEXT NOT NULL,
    fetched_at   TEXT,
    content_kind TEXT NOT NULL,
    outlet_hint  TEXT,
    bytes        BLOB NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    page_id       TEXT NOT NULL REFERENCES pages(id),
    kind          TEXT NOT NULL,
    outlet        TEXT,
    lang          TEXT,
    title         TEXT,
    published_utc TEXT,
    json          TEXT NOT NULL
);
CREATE INDEX articles_page ON articles(page_id);
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
-- Latest stories first, as every story list reads them: no sort of the whole table.
CREATE INDEX stories_recent ON stories(coalesce(last_seen, '') DESC, id);
"#,
    r#"
-- Articles in publication order, as story rebuilds stream them: no sort of the whole table.
CREATE INDEX articles_publication ON articles(published_utc IS NULL, published_utc) WHERE kind = 'article';
"#,
    r#"
-- Pages waiting for extraction, found through a small partial index: looking for pages
-- without an article from the start of the table made each batch cost the whole history
-- (quadratic ingest).
ALTER TABLE pages ADD COLUMN extracted INTEGER NOT NULL DEFAULT 0;
UPDATE pages SET extracted = 1 WHERE id IN (SELECT page_id FROM articles);
CREATE INDEX pages_pending ON pages(seq) WHERE extracted = 0;
"#,
    r#"
-- Whether the stories have taken an article in: 0 not yet, 1 yes, 2 replaced after it was
-- stored (its old version may be in a story: the stories need a full rebuild). Articles
-- not yet linked, in publication order, are what an incremental story update reads.
ALTER TABLE articles ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET linked = 1;
CREATE INDEX articles_unlinked ON articles(published_utc IS NULL, published_utc)
    WHERE kind = 'article' AND linked <> 1;
"#,
];

/// Applies the migrations this database has not seen yet.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let applied: usize = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}
