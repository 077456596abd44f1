//! Search at scale-out size: the measurement behind ARCHITECTURE.md's choice of search
//! backend for PostgreSQL deployments. The same articles go into (a) one tantivy index (the
//! SQLite store), (b) tantivy shards, one per worker, queried one after another and merged
//! by score, and (c) PostgreSQL full-text search; for each it prints the store-and-index
//! rate, query latency (p50/p95 over a warm pass), index size, and how many of the top 10
//! agree with the single index.
//!
//! usage: search_scale ARTICLES.jsonl POSTGRES_URL [SHARDS]   (see bench/search/run.sh)

use std::collections::HashSet;
use std::io::BufRead;
use std::path::Path;
use std::time::{Duration, Instant};

use jejak_model::{Article, ContentKind, RawPage};
use jejak_store::{PgStore, SearchQuery, SqliteStore, Store};

/// Articles stored per call, as an ingest batch.
const BATCH: usize = 500;
/// Queries: two title words of every n-th article.
const QUERY_EVERY: usize = 400;
const TOP: usize = 10;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(pg_url)) = (args.get(1), args.get(2)) else {
        return Err("usage: search_scale ARTICLES.jsonl POSTGRES_URL [SHARDS]".into());
    };
    let shards: usize = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(4).max(1);
    let work = tempdir()?;
    let queries = queries(Path::new(input))?;

    let mut one = SqliteStore::open(&work.join("one"))?;
    let (count, one_secs) = fill(Path::new(input), &mut [&mut one])?;
    let mut sharded: Vec<SqliteStore> =
        (0..shards).map(|i| SqliteStore::open(&work.join(format!("shard{i}")))).collect::<Result<_, _>>()?;
    let (_, shard_secs) = {
        let mut refs: Vec<&mut dyn Store> = sharded.iter_mut().map(|s| s as &mut dyn Store).collect();
        fill(Path::new(input), &mut refs)?
    };
    let mut pg = PgStore::connect(pg_url, "search-bench")?;
    let (_, pg_secs) = fill(Path::new(input), &mut [&mut pg])?;

    let single = |q: &SearchQuery| -> Vec<String> {
        one.search(q).map(|r| r.hits.into_iter().map(|h| h.article_id).collect()).unwrap_or_default()
    };
    let merged = |q: &SearchQuery| -> Vec<String> {
        let mut hits: Vec<(f32, String)> = sharded
            .iter()
            .flat_map(|s| s.search(q).map(|r| r.hits).unwrap_or_default())
            .map(|h| (h.score, h.article_id))
            .collect();
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        hits.into_iter().take(TOP).map(|(_, id)| id).collect()
    };
    let postgres = |q: &SearchQuery| -> Vec<String> {
        pg.search(q).map(|r| r.hits.into_iter().map(|h| h.article_id).collect()).unwrap_or_default()
    };

    println!(
        "{count} articles, {} queries (two title words each), top {TOP}; {shards} shards",
        queries.len()
    );
    println!(
        "{:<34} {:>12} {:>9} {:>9} {:>11} {:>14}",
        "backend", "stored/s", "p50 ms", "p95 ms", "index MiB", "top-10 agree"
    );
    let reference: Vec<Vec<String>> = queries.iter().map(&single).collect();
    let size_one = dir_size(&work.join("one/index"))?;
    let size_shards: u64 =
        (0..shards).map(|i| dir_size(&work.join(format!("shard{i}/index")))).sum::<std::io::Result<u64>>()?;
    let size_pg = pg_index_size(pg_url)?;
    type Search<'a> = &'a dyn Fn(&SearchQuery) -> Vec<String>;
    let rows: [(String, f64, Search, u64); 3] = [
        ("tantivy, one index (SQLite store)".into(), one_secs, &single, size_one),
        (format!("tantivy, {shards} shards merged"), shard_secs, &merged, size_shards),
        ("PostgreSQL full-text (GIN)".into(), pg_secs, &postgres, size_pg),
    ];
    for (name, secs, search, size) in rows {
        let (p50, p95, results) = timed(&queries, search);
        let agree = agreement(&reference, &results);
        println!(
            "{name:<34} {:>12.0} {:>9.2} {:>9.2} {:>11.1} {:>13.1}%",
            count as f64 / secs,
            p50.as_secs_f64() * 1e3,
            p95.as_secs_f64() * 1e3,
            size as f64 / (1 << 20) as f64,
            agree * 100.0
        );
    }
    std::fs::remove_dir_all(&work)?;
    Ok(())
}

/// Stores every article of the JSONL file, round-robin over the stores (one per shard), and
/// makes it searchable; returns the count and the seconds taken.
fn fill(input: &Path, stores: &mut [&mut dyn Store]) -> Result<(usize, f64), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let mut batches: Vec<Vec<(RawPage, Article)>> = stores.iter().map(|_| Vec::new()).collect();
    let mut count = 0;
    for line in std::io::BufReader::new(std::fs::File::open(input)?).lines() {
        let Some(item) = record(&line?) else { continue };
        let shard = count % stores.len();
        count += 1;
        batches[shard].push(item);
        if batches[shard].len() == BATCH {
            store(&mut *stores[shard], std::mem::take(&mut batches[shard]))?;
        }
    }
    for (shard, batch) in batches.into_iter().enumerate() {
        store(&mut *stores[shard], batch)?;
        stores[shard].flush()?;
    }
    Ok((count, start.elapsed().as_secs_f64()))
}

fn store(store: &mut dyn Store, batch: Vec<(RawPage, Article)>) -> Result<(), Box<dyn std::error::Error>> {
    let (pages, articles): (Vec<RawPage>, Vec<Article>) = batch.into_iter().unzip();
    store.insert_pages(&pages)?;
    store.put_articles(&articles)?;
    Ok(())
}

/// A JSONL news record (id, url, outlet, lang, published, title, body) as a stored page and
/// its article, without extraction: only search is measured.
fn record(line: &str) -> Option<(RawPage, Article)> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let text = |key: &str| v.get(key).and_then(|x| x.as_str()).map(str::to_string);
    let page = RawPage::new(
        text("url"),
        "bench".into(),
        ContentKind::Record,
        text("outlet"),
        line.as_bytes().to_vec(),
    );
    let article = Article {
        id: page.id.clone(),
        page_id: page.id.clone(),
        outlet: text("outlet"),
        lang: text("lang"),
        title: text("title"),
        published: text("published").and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok()),
        body: text("body")
            .unwrap_or_default()
            .split('\n')
            .filter(|p| !p.trim().is_empty())
            .map(str::to_string)
            .collect(),
        ..Article::default()
    };
    Some((page, article))
}

/// Two of the longest title words of every `QUERY_EVERY`-th record.
fn queries(input: &Path) -> Result<Vec<SearchQuery>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(std::fs::File::open(input)?).lines().enumerate() {
        if i % QUERY_EVERY != 0 {
            continue;
        }
        let Some((_, article)) = record(&line?) else { continue };
        let title = article.title.unwrap_or_default();
        let mut words: Vec<&str> = title.split_whitespace().filter(|w| w.chars().count() >= 4).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        if words.len() >= 2 {
            out.push(SearchQuery::new(&format!("{} {}", words[0], words[1]), TOP));
        }
    }
    Ok(out)
}

/// Runs every query twice (the first pass warms caches) and returns the second pass's p50,
/// p95 and results.
fn timed(
    queries: &[SearchQuery],
    search: &dyn Fn(&SearchQuery) -> Vec<String>,
) -> (Duration, Duration, Vec<Vec<String>>) {
    queries.iter().for_each(|q| drop(search(q)));
    let mut times = Vec::with_capacity(queries.len());
    let mut results = Vec::with_capacity(queries.len());
    for q in queries {
        let start = Instant::now();
        results.push(search(q));
        times.push(start.elapsed());
    }
    times.sort();
    let at =
        |p: f64| times.get(((times.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or_default();
    (at(0.5), at(0.95), results)
}

/// Share of the reference's top results that the other result lists also return.
fn agreement(reference: &[Vec<String>], results: &[Vec<String>]) -> f64 {
    let (mut shared, mut total) = (0usize, 0usize);
    for (want, got) in reference.iter().zip(results) {
        let got: HashSet<&String> = got.iter().collect();
        shared += want.iter().filter(|id| got.contains(id)).count();
        total += want.len();
    }
    if total == 0 {
        0.0
    } else {
        shared as f64 / total as f64
    }
}

fn dir_size(dir: &Path) -> std::io::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() { dir_size(&entry.path())? } else { meta.len() };
    }
    Ok(total)
}

/// The GIN index plus the stored `tsvector`s it is built from.
fn pg_index_size(url: &str) -> Result<u64, Box<dyn std::error::Error>> {
    let mut client = postgres::Client::connect(url, postgres::NoTls)?;
    let row = client.query_one(
        "SELECT pg_relation_size('articles_terms') + coalesce(sum(pg_column_size(terms)), 0)::bigint FROM articles",
        &[],
    )?;
    Ok(row.get::<_, i64>(0) as u64)
}

fn tempdir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("jejak-search-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
