//! Story clustering at scale and near-duplicate precision/recall, on a corpus read from
//! stdin (JSONL: id, outlet, published, lang, title, body). Usage: link_scale N
//!
//! Scale: the corpus is repeated until N articles; copy r shifts every publication time by
//! r × (corpus time span + 30 days), so copies never share a window, and drops every
//! eleventh word starting at offset r, so no copy is word-for-word the original. Prints
//! articles/s of `StoryClusterer::push`, split into its two parts (an article's features,
//! which the pipeline computes on all cores, and the assignment on the clusterer's one
//! thread), and the peak RSS before and after clustering.
//!
//! Near-duplicates: from the first 400 articles, copies with 0, 5, 20 and 40% of their words
//! replaced by words of another article, mixed with the originals; `near_duplicates` at 0.5
//! must pair each copy with its original and nothing else.

use std::io::BufRead;
use std::time::Instant;

use chrono::{DateTime, Duration};
use jejak_link::{near_duplicates, ArticleFeatures, LinkArticle, LinkConfig, StoryClusterer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).ok_or("usage: link_scale N < corpus.jsonl")?.parse()?;
    let mut corpus = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        corpus.push(LinkArticle {
            id: text("id"),
            outlet: v["outlet"].as_str().map(String::from),
            published: v["published"]
                .as_str()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.to_utc()),
            lang: v["lang"].as_str().map(String::from),
            title: text("title"),
            body: text("body"),
        });
    }
    corpus.sort_by_key(|a| a.published);
    let first = corpus.iter().find_map(|a| a.published).ok_or("no dated article")?;
    let last = corpus.iter().rev().find_map(|a| a.published).ok_or("no dated article")?;
    let shift = (last - first) + Duration::days(30);
    let rss_before = peak_rss_kib();

    let started = Instant::now();
    let mut clusterer = StoryClusterer::new(LinkConfig::default());
    // Stories are numbered in the order they open; a merged one is gone.
    let (mut opened, mut merged, mut splits) = (0, 0, 0);
    // The per-article features (words, stems, names) and the assignment against open
    // stories are timed apart: the first parallelises across articles (`push_features`), the
    // second is the clusterer's one thread.
    let (mut featuring, mut assigning) = (Duration::zero(), Duration::zero());
    for k in 0..n {
        let (round, a) = (k / corpus.len(), &corpus[k % corpus.len()]);
        let article = copy(a, round, shift);
        let t0 = Instant::now();
        let features = ArticleFeatures::of(&article);
        let t1 = Instant::now();
        opened = opened.max(clusterer.push_features(article.published, &features) + 1);
        merged += clusterer.take_merged().len();
        // a split opens a story under a new index, which `opened` counts through `push`'s
        // later indices; count them here so that none is missed at the end
        for split in clusterer.take_splits() {
            splits += 1;
            opened = opened.max(split.into + 1);
        }
        featuring += Duration::from_std(t1 - t0)?;
        assigning += Duration::from_std(t1.elapsed())?;
    }
    let stories = opened - merged;
    let secs = started.elapsed().as_secs_f64();
    let per_second = |d: Duration| n as f64 / (d.num_microseconds().unwrap_or(1).max(1) as f64 / 1e6);
    println!(
        "stories: {n} articles ({} corpus passes) → {stories} stories ({merged} merged into others, {splits} split off) in {secs:.1} s = {:.0} articles/s (features {:.0}/s, assignment {:.0}/s on one core); {} features in the vocabulary; peak RSS {} MiB before clustering, {} MiB after",
        n.div_ceil(corpus.len()),
        n as f64 / secs,
        per_second(featuring),
        per_second(assigning),
        clusterer.vocabulary_size(),
        rss_before / 1024,
        peak_rss_kib() / 1024
    );
    if n == corpus.len().min(n) || n <= 10_000 {
        near_duplicate_scores(&corpus[..400.min(corpus.len())]);
    }
    Ok(())
}

fn copy(a: &LinkArticle, round: usize, shift: Duration) -> LinkArticle {
    if round == 0 {
        return a.clone();
    }
    let body: Vec<&str> = a
        .body
        .split_whitespace()
        .enumerate()
        .filter(|(i, _)| !(i + round).is_multiple_of(11))
        .map(|(_, w)| w)
        .collect();
    LinkArticle {
        id: format!("{}#{round}", a.id),
        published: a.published.map(|t| t + shift * round as i32),
        body: body.join(" "),
        ..a.clone()
    }
}

fn edited(a: &LinkArticle, donor: &LinkArticle, percent: usize, tag: &str) -> LinkArticle {
    let donor_words: Vec<&str> = donor.body.split_whitespace().collect();
    let body: Vec<&str> = a
        .body
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            if percent > 0 && (i * 37 % 100) < percent {
                donor_words[i % donor_words.len().max(1)]
            } else {
                w
            }
        })
        .collect();
    LinkArticle { id: format!("{}~{tag}", a.id), body: body.join(" "), ..a.clone() }
}

fn near_duplicate_scores(originals: &[LinkArticle]) {
    let originals: Vec<&LinkArticle> =
        originals.iter().filter(|a| a.body.split_whitespace().count() >= 40).collect();
    let mut set: Vec<LinkArticle> = originals.iter().map(|a| (*a).clone()).collect();
    let levels = [0usize, 5, 20, 40];
    for (k, a) in originals.iter().enumerate() {
        let level = levels[k % levels.len()];
        let donor = originals[(k + 1) % originals.len()];
        set.push(edited(a, donor, level, &level.to_string()));
    }
    let started = Instant::now();
    let pairs = near_duplicates(&set, 0.5);
    let secs = started.elapsed().as_secs_f64();
    let is_true = |a: &str, b: &str| a.split('~').next() == b.split('~').next();
    let correct = pairs.iter().filter(|p| is_true(&p.original, &p.copy)).count();
    println!(
        "near-duplicates: {} articles, {} pairs found, precision {:.3} ({correct} true), {:.0} articles/s",
        set.len(),
        pairs.len(),
        correct as f64 / pairs.len().max(1) as f64,
        set.len() as f64 / secs
    );
    if std::env::var_os("JEJAK_SHOW_FALSE").is_some() {
        for p in pairs.iter().filter(|p| !is_true(&p.original, &p.copy)) {
            let title =
                |id: &str| set.iter().find(|a| a.id == id).map(|a| a.title.clone()).unwrap_or_default();
            println!("  false? {:.2} {} | {}", p.similarity, title(&p.original), title(&p.copy));
        }
    }
    for level in levels {
        let tag = format!("~{level}");
        let copies = set.iter().filter(|a| a.id.ends_with(&tag)).count();
        let found = pairs
            .iter()
            .filter(|p| {
                is_true(&p.original, &p.copy) && (p.copy.ends_with(&tag) || p.original.ends_with(&tag))
            })
            .count();
        println!(
            "  copies with {level:>2}% of words replaced: recall {:.3} ({found}/{copies})",
            found as f64 / copies.max(1) as f64
        );
    }
}

/// Peak resident set size of this process in KiB (Linux), 0 elsewhere.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
