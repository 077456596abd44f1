//! Clusters a story set (JSONL: id, outlet, published, lang, title, body) the way the
//! pipeline does, in publication order, and prints `{"id","story"}` lines for
//! `cluster_eval.py`. Usage: cluster_pred GOLD.jsonl [threshold] [window_hours] [cohesion_threshold]
//! [story_span_hours] [idf_memory_hours]
//! With `JEJAK_BASELINE=1` it runs the plain baseline instead: TF-IDF cosine over
//! lowercased words (no stems, names or numbers) against story centroids, same window.

use std::io::{BufRead, Write};

use chrono::{DateTime, NaiveDate, Utc};
use jejak_link::{LinkArticle, LinkConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or(
        "usage: cluster_pred GOLD.jsonl [threshold] [window_hours] [cohesion_threshold] [story_span_hours] [idf_memory_hours]",
    )?;
    let mut config = LinkConfig::default();
    if let Some(t) = args.get(2) {
        config.threshold = t.parse()?;
    }
    if let Some(w) = args.get(3) {
        config.window_hours = w.parse()?;
    }
    if let Some(t) = args.get(4) {
        config.cohesion_threshold = t.parse()?;
    }
    if let Some(t) = args.get(5) {
        config.story_span_hours = t.parse()?;
    }
    if let Some(t) = args.get(6) {
        config.idf_memory_hours = t.parse()?;
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
    let stories = if std::env::var_os("JEJAK_BASELINE").is_some() {
        baseline(&articles, &order, &config)
    } else {
        jejak_link::cluster(order.iter().map(|&i| articles[i].clone()), &config)
    };
    let elapsed = started.elapsed();
    let mut out = std::io::stdout().lock();
    for (n, members) in stories.iter().enumerate() {
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

/// The baseline the issue names: TF-IDF over plain lowercased words, cosine to each open
/// story's centroid, join above a threshold (0.2, as commonly used), same time window.
fn baseline(articles: &[LinkArticle], order: &[usize], config: &LinkConfig) -> Vec<Vec<String>> {
    use std::collections::HashMap;
    let words = |a: &LinkArticle| -> HashMap<String, f32> {
        let mut tf = HashMap::new();
        for w in
            format!("{} {}", a.title, a.body).split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 2)
        {
            *tf.entry(w.to_lowercase()).or_insert(0.0) += 1.0;
        }
        tf
    };
    let mut df: HashMap<String, f32> = HashMap::new();
    for a in articles {
        for w in words(a).into_keys() {
            *df.entry(w).or_insert(0.0) += 1.0;
        }
    }
    let n = articles.len() as f32;
    let tfidf = |a: &LinkArticle| -> HashMap<String, f32> {
        let mut v: HashMap<String, f32> = words(a)
            .into_iter()
            .map(|(w, c)| {
                let idf = (n / df[&w]).ln() + 1.0;
                (w, (1.0 + c.ln()) * idf)
            })
            .collect();
        let norm = v.values().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        v.values_mut().for_each(|x| *x /= norm);
        v
    };
    let window = chrono::Duration::hours(config.window_hours);
    /// Members, centroid, newest publication time.
    type BaselineStory = (Vec<String>, HashMap<String, f32>, Option<DateTime<Utc>>);
    let mut stories: Vec<BaselineStory> = Vec::new();
    for &i in order {
        let a = &articles[i];
        let v = tfidf(a);
        let best = stories
            .iter()
            .enumerate()
            .filter(|(_, s)| match (a.published, s.2) {
                (Some(t), Some(last)) => t - last <= window,
                _ => true,
            })
            .map(|(k, s)| {
                let norm = s.1.values().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
                (k, v.iter().filter_map(|(w, x)| s.1.get(w).map(|y| x * y)).sum::<f32>() / norm)
            })
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match best {
            Some((k, sim)) if sim >= 0.2 => {
                let s = &mut stories[k];
                s.0.push(a.id.clone());
                for (w, x) in v {
                    *s.1.entry(w).or_insert(0.0) += x;
                }
                s.2 = s.2.max(a.published);
            }
            _ => stories.push((vec![a.id.clone()], v, a.published)),
        }
    }
    stories.into_iter().map(|s| s.0).collect()
}
