//! Reads the given files and prints what came out of each, with the time it took:
//! `cargo run --release -p jejak-ingest --example ingest_stats -- FILE... [--repeat N]`.

use std::path::PathBuf;
use std::time::Instant;

use jejak_ingest::{read_file_ext, ReadOptions};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 1usize;
    if let Some(at) = args.iter().position(|a| a == "--repeat") {
        repeat = args.get(at + 1).and_then(|n| n.parse().ok()).unwrap_or(1);
        args.drain(at..(at + 2).min(args.len()));
    }
    let opts = ReadOptions::default();
    for file in args.iter().map(PathBuf::from) {
        let started = Instant::now();
        let mut out = read_file_ext(&file, &opts);
        for _ in 1..repeat {
            out = read_file_ext(&file, &opts);
        }
        let seconds = started.elapsed().as_secs_f64() / repeat as f64;
        let bytes: usize = out.pages.iter().map(|p| p.bytes.len()).sum();
        println!(
            "{}: {} pages ({} bytes), {} links, {} skipped, {} errors in {:.2} ms: {:.0} pages/s",
            file.display(),
            out.pages.len(),
            bytes,
            out.links.len(),
            out.skipped,
            out.errors.len(),
            seconds * 1e3,
            out.pages.len() as f64 / seconds,
        );
        for page in out.pages.iter().take(3) {
            println!("  page {} {:?} {:?} {:?}", page.source, page.url, page.fetched_at, page.outlet_hint);
        }
        for link in out.links.iter().take(3) {
            println!("  link {:?}", link);
        }
        for error in &out.errors {
            println!("  error {error}");
        }
    }
}
