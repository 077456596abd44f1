//! Clusters a story set (JSONL: id, outlet, published, lang, title, body) the way the
//! pipeline does, in publication order, and prints `{"id","story"}` lines for
//! `cluster_eval.py`. Usage: cluster_pred GOLD.jsonl [threshold] [window_hours]

use std::io::{BufRead, Write};

use chrono::{DateTime, NaiveDate, Utc};
use jejak_link::{LinkArticle, LinkConfig, StoryClusterer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: cluster_pred GOLD.jsonl [threshold] [window_hours]")?;
    let mut config = LinkConfig::default();
    if let Some(t) = args.get(2) {
        config.threshold = t.parse()?;
    }
    if let Some(w) = args.get(3) {
        config.window_hours = w.parse()?;
    }
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut articles = Vec::new();
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        articles.push(LinkArticle {
            id: text("id"),
            outlet: v["outlet"].as_str().map(String::from),
            published: v["published"].as_str().and_then(parse_time),
            lang: v["lang"].as_str().map(String::from),
            title: text("title"),
            body: text("body"),
        });
    }
    let started = std::time::Instant::now();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (articles[i].published.is_none(), articles[i].published, i));
    let mut clusterer = StoryClusterer::new(config);
    for &i in &order {
        clusterer.push(articles[i].clone());
    }
    let elapsed = started.elapsed();
    let mut out = std::io::stdout().lock();
    for (n, members) in clusterer.stories().iter().enumerate() {
        for id in members {
            writeln!(out, "{}", serde_json::json!({"id": id, "story": n}))?;
        }
    }
    eprintln!(
        "clustered {} articles in {:.1} ms ({:.0} articles/s)",
        articles.len(),
        elapsed.as_secs_f64() * 1000.0,
        articles.len() as f64 / elapsed.as_secs_f64().max(1e-9)
    );
    Ok(())
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    let date = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    Some(date.and_hms_opt(12, 0, 0)?.and_utc())
}
