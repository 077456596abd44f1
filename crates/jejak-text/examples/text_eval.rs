//! Language-id accuracy and analysis throughput on labelled JSONL (`lang`, `title`, `body`),
//! per article and per paragraph. Usage: text_eval FILE.jsonl...

use std::collections::BTreeMap;
use std::io::BufRead;
use std::time::Instant;

use jejak_text::{detect_language, find_quantities, mentions, sentences, terms, Lang};

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
    other: usize,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut texts: Vec<(Lang, String)> = Vec::new();
    for path in std::env::args().skip(1) {
        for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
            let line = line?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            let lang = Lang::from_code(v["lang"].as_str().unwrap_or(""));
            let text = format!("{}\n{}", v["title"].as_str().unwrap_or(""), v["body"].as_str().unwrap_or(""));
            texts.push((lang, text));
        }
    }
    let show_misses = std::env::var_os("SHOW_MISSES").is_some();
    let mut articles: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut paragraphs: BTreeMap<&str, Tally> = BTreeMap::new();
    for (gold, text) in &texts {
        tally(articles.entry(gold.code()).or_default(), *gold, detect_language(text));
        for paragraph in text.lines().filter(|p| p.split_whitespace().count() >= 8) {
            let got = detect_language(paragraph);
            if show_misses && got != *gold {
                eprintln!("{} → {}: {paragraph}", gold.code(), got.code());
            }
            tally(paragraphs.entry(gold.code()).or_default(), *gold, got);
        }
    }
    for (name, table) in [("articles", &articles), ("paragraphs (8+ words)", &paragraphs)] {
        for (lang, t) in table {
            println!(
                "lang-id {name:<22} {lang}: {}/{} = {:.2}% right ({} said other)",
                t.right,
                t.total,
                100.0 * t.right as f64 / t.total.max(1) as f64,
                t.other
            );
        }
    }
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let started = Instant::now();
    let (mut n_terms, mut n_sentences, mut n_numbers, mut n_names) = (0, 0, 0, 0);
    for (lang, text) in &texts {
        n_terms += terms(text, *lang).len();
        n_sentences += sentences(text).len();
        n_numbers += find_quantities(text).len();
        n_names += mentions(text).len();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "analysis: {} texts, {:.1} MB in {:.2} s = {:.1} MB/s ({n_terms} terms, {n_sentences} sentences, {n_numbers} quantities, {n_names} names)",
        texts.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}

fn tally(t: &mut Tally, gold: Lang, got: Lang) {
    t.total += 1;
    t.right += usize::from(got == gold);
    t.other += usize::from(got == Lang::Other);
}
