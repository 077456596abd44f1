//! Precision of name mentions and quantities on a fixed, seeded sample of what Jejak finds in
//! the Indonesian and English article sets of `shared/data`, scored against hand labels.
//!
//! Usage:
//! - `precision DATA_DIR LABELS_DIR` scores `mentions.tsv` and `quantities.tsv` in LABELS_DIR.
//! - `precision DATA_DIR --draw KIND N SEED` prints a fresh sample to label (KIND is `mentions`
//!   or `quantities`), half from Indonesian and half from English texts. With `PRECISION_SHOW`
//!   set, each item's context and plain output go to stderr for the person labelling.
//!
//! Label files are TSV: `source  start  end  span  output  label  reason`, where `source` is
//! `FILE#ID` under DATA_DIR, `start..end` the byte range Jejak reported in the record's body
//! (`text` for attribution sets), `label` is `correct` or `incorrect`. Sets marked "local
//! evaluation only" in their SOURCE.md get `-` for the span and a hash (`#…`) for the output,
//! so no text of theirs is stored; the span is read from DATA_DIR at run time.
//!
//! A labelled item counts only if Jejak still reports the same output at the same range;
//! otherwise it is reported as stale (relabel it, or draw a new sample).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jejak_text::{find_quantities, mentions};

/// (file under shared/data, field, language pool, licence allows storing spans).
const SETS: &[(&str, &str, Pool, bool)] = &[
    ("extraction/anpandu-idnews/expected.jsonl", "body", Pool::ByLang, true),
    ("extraction/scrapinghub-aeb/expected.jsonl", "body", Pool::ByLang, true),
    ("stories/neus-allsides.jsonl", "body", Pool::En, true),
    ("stories/id2019-keywords.jsonl", "body", Pool::Id, false),
    ("attribution/id-kota414.jsonl", "text", Pool::Id, false),
    ("attribution/polnear.jsonl", "text", Pool::En, false),
];

#[derive(Clone, Copy, PartialEq)]
enum Pool {
    Id,
    En,
    /// The record's `lang` decides; other languages are left out.
    ByLang,
}

struct Doc {
    source: String,
    text: String,
    lang: &'static str,
    open: bool,
}

/// One thing Jejak found: where, and what it said.
struct Item {
    source: String,
    start: usize,
    end: usize,
    output: String,
    lang: &'static str,
    open: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data =
        PathBuf::from(args.first().ok_or("usage: precision DATA_DIR (LABELS_DIR | --draw KIND N SEED)")?);
    let docs = load(&data)?;
    if args.get(1).map(String::as_str) == Some("--draw") {
        let kind = args.get(2).ok_or("--draw KIND N SEED")?;
        let n: usize = args.get(3).ok_or("--draw KIND N SEED")?.parse()?;
        let seed: u64 = args.get(4).ok_or("--draw KIND N SEED")?.parse()?;
        let items = found(&docs, kind)?;
        let show = std::env::var_os("PRECISION_SHOW").is_some();
        for item in draw(&items, n, seed) {
            let doc = docs.iter().find(|d| d.source == item.source).expect("item's doc");
            let span = if item.open { clean(&doc.text[item.start..item.end]) } else { "-".to_string() };
            let output = if item.open { item.output.clone() } else { hashed(&item.output) };
            println!("{}\t{}\t{}\t{span}\t{output}\t\t", item.source, item.start, item.end);
            if show {
                // For the person labelling: the span in context and the plain output, on stderr
                // only, so it is never stored.
                let from = floor_boundary(&doc.text, item.start.saturating_sub(70));
                let to = floor_boundary(&doc.text, (item.end + 70).min(doc.text.len()));
                eprintln!(
                    "{}…[[{}]]…{}\n    => {}\n",
                    clean(&doc.text[from..item.start]),
                    clean(&doc.text[item.start..item.end]),
                    clean(&doc.text[item.end..to]),
                    item.output
                );
            }
        }
        return Ok(());
    }
    let labels = PathBuf::from(args.get(1).ok_or("usage: precision DATA_DIR LABELS_DIR")?);
    for kind in ["mentions", "quantities"] {
        score(&docs, kind, &labels.join(format!("{kind}.tsv")))?;
    }
    Ok(())
}

fn load(data: &Path) -> Result<Vec<Doc>, Box<dyn std::error::Error>> {
    let mut docs = Vec::new();
    for &(file, field, pool, open) in SETS {
        let path = data.join(file);
        let content = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let lang = match (pool, v["lang"].as_str()) {
                (Pool::Id, _) | (Pool::ByLang, Some("id")) => "id",
                (Pool::En, _) | (Pool::ByLang, Some("en")) => "en",
                _ => continue,
            };
            let Some(text) = v[field].as_str().filter(|t| !t.is_empty()) else { continue };
            let id = v["id"].as_str().ok_or("record without id")?;
            docs.push(Doc { source: format!("{file}#{id}"), text: text.to_string(), lang, open });
        }
    }
    Ok(docs)
}

/// Everything Jejak finds of one kind, in document order.
fn found(docs: &[Doc], kind: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    for doc in docs {
        let mut push = |start: usize, end: usize, output: String| {
            items.push(Item {
                source: doc.source.clone(),
                start,
                end,
                output,
                lang: doc.lang,
                open: doc.open,
            });
        };
        match kind {
            "mentions" => {
                for m in mentions(&doc.text) {
                    push(m.start, m.end, format!("{} → {}", clean(&m.text), m.canonical));
                }
            }
            "quantities" => {
                for q in find_quantities(&doc.text) {
                    let output = format!(
                        "{} {:?} unit={} noun={}",
                        q.value,
                        q.qualifier,
                        q.unit.as_deref().unwrap_or("-"),
                        q.noun.as_deref().unwrap_or("-")
                    );
                    push(q.span.start, q.span.end, output);
                }
            }
            other => return Err(format!("unknown kind {other}")),
        }
    }
    Ok(items)
}

/// `n` items, half Indonesian and half English, picked by a seeded xorshift generator.
fn draw(items: &[Item], n: usize, seed: u64) -> Vec<&Item> {
    let mut state = seed.max(1);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut picked = Vec::new();
    for (lang, want) in [("id", n / 2), ("en", n - n / 2)] {
        let mut pool: Vec<&Item> = items.iter().filter(|i| i.lang == lang).collect();
        for _ in 0..want.min(pool.len()) {
            let k = (next() % pool.len() as u64) as usize;
            picked.push(pool.swap_remove(k));
        }
    }
    picked
}

fn score(docs: &[Doc], kind: &str, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let now: HashMap<(String, usize, usize), Item> =
        found(docs, kind)?.into_iter().map(|i| ((i.source.clone(), i.start, i.end), i)).collect();
    let (mut correct, mut judged, mut stale, mut unlabelled) = (0, 0, 0, 0);
    let mut by_lang: HashMap<&str, (usize, usize)> = HashMap::new();
    for line in content.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 6 {
            return Err(format!("{}: short line {line:?}", path.display()).into());
        }
        let key = (cols[0].to_string(), cols[1].parse()?, cols[2].parse()?);
        let Some(item) = now.get(&key) else {
            stale += 1;
            continue;
        };
        let output = if item.open { item.output.clone() } else { hashed(&item.output) };
        if output != cols[4] {
            stale += 1;
            continue;
        }
        let right = match cols[5] {
            "correct" => true,
            "incorrect" => false,
            _ => {
                unlabelled += 1;
                continue;
            }
        };
        judged += 1;
        correct += usize::from(right);
        let tally = by_lang.entry(item.lang).or_default();
        tally.0 += usize::from(right);
        tally.1 += 1;
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let mut langs: Vec<_> = by_lang.into_iter().collect();
    langs.sort();
    let per_lang: Vec<String> =
        langs.iter().map(|(l, (c, n))| format!("{l} {c}/{n} = {:.1}%", pct(*c, *n))).collect();
    println!(
        "precision {kind:<10}: {correct}/{judged} = {:.1}% correct (sample n={judged}; {}; {stale} stale, {unlabelled} unlabelled) [{}]",
        pct(correct, judged),
        per_lang.join(", "),
        path.display()
    );
    Ok(())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One line, tabs and newlines as spaces.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A stable fingerprint (FNV-1a, 64 bit) of an output that may not be stored as text.
fn hashed(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("#{h:016x}")
}
