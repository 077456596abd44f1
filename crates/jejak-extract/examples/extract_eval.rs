//! Runs the HTML extractor over benchmark page sets and writes predictions for
//! `shared/bench/extract_eval.py`.
//!
//! usage: extract_eval DATASET_DIR OUT.jsonl [--repeat N]
//!
//! DATASET_DIR holds `expected.jsonl` (only `id` and `url` are read: the URL is what a
//! crawler knows about a page) and `pages/<id>.html`. Each output line is
//! `{"id","title","body","date","kind","is_article"}`. The last line on stderr gives the
//! extraction speed (pages/second, decode + parse + extract, file reading excluded).

use jejak_extract::{extract_html, BoilerplateModel, ExtractOptions};
use std::io::Write;
use std::time::Instant;

/// The allocator the `jejak` binary runs with (see its `main.rs`), so the figures are the
/// binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: extract_eval DATASET_DIR OUT.jsonl [--repeat N]");
        std::process::exit(2);
    }
    let dir = std::path::Path::new(&args[0]);
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .max(1);
    let expected = std::fs::read_to_string(dir.join("expected.jsonl")).expect("read expected.jsonl");
    let mut pages = Vec::new();
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("expected.jsonl line is JSON");
        let id = v["id"].as_str().expect("id").to_string();
        let url = v["url"].as_str().map(String::from);
        let bytes = std::fs::read(dir.join("pages").join(format!("{id}.html"))).expect("read page");
        pages.push((id, url, bytes));
    }
    let model = BoilerplateModel::default();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[1]).expect("create output"));
    // One untimed pass first: regexes compile on first use, once per process.
    for (_, url, bytes) in &pages {
        let opts = ExtractOptions { url: url.clone(), ..ExtractOptions::default() };
        std::hint::black_box(extract_html(bytes, &opts, &model));
    }
    let start = Instant::now();
    let mut results = Vec::with_capacity(pages.len());
    for round in 0..repeat {
        for (id, url, bytes) in &pages {
            let opts = ExtractOptions { url: url.clone(), ..ExtractOptions::default() };
            let ex = extract_html(bytes, &opts, &model);
            if round == 0 {
                results.push((id.clone(), ex));
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    for (id, ex) in results {
        let a = &ex.article;
        let row = serde_json::json!({
            "id": id,
            "title": a.title,
            "body": a.body_text(),
            "date": a.published.map(|t| t.to_rfc3339()),
            "kind": a.kind.as_str(),
            "is_article": a.kind == jejak_model::PageKind::Article,
        });
        writeln!(out, "{row}").expect("write");
    }
    out.flush().expect("flush");
    let n = pages.len() * repeat;
    eprintln!("jejak: {n} pages in {secs:.3} s = {:.1} pages/s", n as f64 / secs.max(1e-9));
}
