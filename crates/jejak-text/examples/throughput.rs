//! Throughput of `tokens`, `terms` and `sentences` over a JSONL corpus read from stdin
//! (`title` and `body` of each line), e.g. the shared SaudiNewsNet corpus:
//!
//! `zstd -dcq ../shared/data/corpus/saudinewsnet.jsonl.zst | target/release/examples/throughput`
//!
//! Each function runs over all texts once, on one thread, after the texts are in memory.

use std::io::BufRead;
use std::time::Instant;

use jejak_text::{detect_language, sentences, terms, tokens, Lang};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut texts: Vec<String> = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        texts.push(format!("{}\n{}", v["title"].as_str().unwrap_or(""), v["body"].as_str().unwrap_or("")));
    }
    if texts.is_empty() {
        return Err("no JSONL lines on stdin".into());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let langs: Vec<Lang> = texts.iter().map(|t| detect_language(t)).collect();
    let mut langs_seen: Vec<(&str, usize)> = Vec::new();
    for lang in &langs {
        match langs_seen.iter_mut().find(|(c, _)| *c == lang.code()) {
            Some((_, n)) => *n += 1,
            None => langs_seen.push((lang.code(), 1)),
        }
    }
    println!(
        "throughput corpus: {} texts, {:.1} MB, languages detected {:?}",
        texts.len(),
        bytes as f64 / 1e6,
        langs_seen
    );

    // Runs `count` over the corpus once: how many it counted, and in how many seconds.
    let timed = |count: &dyn Fn() -> usize| {
        let started = Instant::now();
        let n = count();
        (n, started.elapsed().as_secs_f64())
    };
    let mb_per_s = |secs: f64| bytes as f64 / 1e6 / secs;

    let (n_tokens, secs) = timed(&|| texts.iter().map(|t| tokens(t).len()).sum());
    println!(
        "throughput tokens:    {n_tokens} tokens in {secs:.2} s = {:.0} tokens/s ({:.1} MB/s)",
        n_tokens as f64 / secs,
        mb_per_s(secs)
    );
    let (n_terms, secs) = timed(&|| texts.iter().zip(&langs).map(|(t, l)| terms(t, *l).len()).sum());
    println!(
        "throughput terms:     {n_terms} terms from {n_tokens} tokens in {secs:.2} s = {:.0} tokens/s ({:.1} MB/s)",
        n_tokens as f64 / secs,
        mb_per_s(secs)
    );
    let (n_sentences, secs) = timed(&|| texts.iter().map(|t| sentences(t).len()).sum());
    println!(
        "throughput sentences: {n_sentences} sentences in {secs:.2} s = {:.0} sentences/s ({:.1} MB/s)",
        n_sentences as f64 / secs,
        mb_per_s(secs)
    );
    Ok(())
}
