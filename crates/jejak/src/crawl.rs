//! `jejak crawl`: fetch feeds, sitemaps and pages with `jejak-crawl` and store them through
//! the pipeline in batches, so an interrupted crawl loses at most the batch in flight and a
//! rerun skips every page already stored.
//!
//! The HTTP validators (ETag, Last-Modified) of what was read are kept in the store as the
//! model `crawl_validators` (a bounded [`Validators`] map), so the next run, or the next
//! `--every` round, asks for feeds and sitemaps conditionally. They are saved after the
//! pages they cover are stored: every [`jejak_crawl::CHECKPOINT_EVERY`] documents and at
//! the end.

use std::cell::RefCell;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use jejak_crawl::{CrawlConfig, CrawlReport, Crawler, Url, Validators};
use jejak_ingest::ReadOptions;
use jejak_pipeline::{IngestOptions, IngestReport, Input, NoProgress, PipelineError, Progress};
use jejak_store::Store;
use serde::Serialize;

use crate::args::CrawlArgs;
use crate::commands::{open_store, StoreLocation};
use crate::progress::Bar;

/// Fetched documents stored per pipeline call.
const BATCH: usize = 50;

/// The store model holding the validators between runs.
const VALIDATORS_MODEL: &str = "crawl_validators";

/// `jejak crawl`: one crawl, or with `--every` one round after another.
pub fn command(loc: &StoreLocation, args: CrawlArgs) -> Result<ExitCode> {
    let seeds = seeds(&args)?;
    let Some(every) = args.every else { return run(loc, &args, &seeds) };
    // Following feeds: each round fetches only what the store does not hold yet, and
    // feeds and sitemaps only when they changed.
    loop {
        if let Err(e) = run(loc, &args, &seeds) {
            eprintln!("jejak: {e:#}");
        }
        tracing::info!("next crawl round in {every} s");
        std::thread::sleep(Duration::from_secs(every));
    }
}

/// An http(s) URL, or `None`.
fn parse_seed(text: &str) -> Option<Url> {
    Url::parse(text).ok().filter(|url| matches!(url.scheme(), "http" | "https"))
}

/// The seeds: URLs on the command line (a bad one is an error) and lines of the `--urls`
/// files (a bad line is a warning naming the file and line, and is skipped).
fn seeds(args: &CrawlArgs) -> Result<Vec<Url>> {
    let mut seeds = Vec::new();
    for text in &args.urls {
        match parse_seed(text) {
            Some(url) => seeds.push(url),
            None => bail!("{text}: not an http(s) URL"),
        }
    }
    for path in &args.url_files {
        let (name, bytes) = if path == Path::new("-") {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).context("cannot read URLs from standard input")?;
            ("standard input".to_string(), bytes)
        } else {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            (path.display().to_string(), bytes)
        };
        let text = String::from_utf8_lossy(&bytes);
        let before = seeds.len();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_seed(line) {
                Some(url) => seeds.push(url),
                None => {
                    let shown: String = line.chars().take(100).collect();
                    eprintln!(
                        "jejak: warning: {name}:{}: {shown:?} is not an http(s) URL; skipped",
                        index + 1
                    );
                }
            }
        }
        tracing::info!(file = %name, urls = seeds.len() - before, "read seed URLs");
    }
    if seeds.is_empty() {
        bail!("no URLs to crawl");
    }
    Ok(seeds)
}

/// Pages fetched but not stored yet, and what storing them did so far.
#[derive(Default)]
struct Pending {
    batch: Vec<Input>,
    stored: IngestReport,
    failure: Option<PipelineError>,
}

/// One crawl of `seeds` into the store.
fn run(loc: &StoreLocation, args: &CrawlArgs, seeds: &[Url]) -> Result<ExitCode> {
    let crawler = Crawler::new(crawl_config(args)).context("cannot start the crawler")?;
    let mut store = open_store(loc)?;
    let (crawl, mut stored) = fetch_and_store(&crawler, &mut *store, args, seeds)?;
    // Extract, trace and link everything stored but not yet processed (also what an
    // earlier, interrupted crawl left).
    let processed =
        jejak_pipeline::ingest_inputs(&mut *store, Vec::new(), &IngestOptions::default(), &Bar::new())?;
    stored.articles = processed.articles;
    stored.not_articles = processed.not_articles;
    stored.stories = processed.stories;
    let counts = store.counts()?;
    for error in &crawl.errors {
        eprintln!("jejak: {error}");
    }
    for error in &stored.errors {
        eprintln!("jejak: {error}");
    }
    report(loc, args, &crawl, &stored, counts)?;
    // Non-zero only when nothing could be fetched at all.
    let nothing = crawl.fetched == 0 && crawl.unchanged == 0 && !crawl.errors.is_empty();
    Ok(if nothing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn crawl_config(args: &CrawlArgs) -> CrawlConfig {
    let mut config = CrawlConfig {
        delay_per_host: Duration::from_millis(args.delay_ms),
        per_host: usize::try_from(args.per_host).unwrap_or(usize::MAX),
        concurrency: usize::try_from(args.concurrency).unwrap_or(usize::MAX),
        max_pages: args.max_pages,
        allow_private: args.allow_private,
        ..CrawlConfig::default()
    };
    if let Some(user_agent) = &args.user_agent {
        config.user_agent = user_agent.clone();
    }
    config
}

/// Crawls `seeds`, storing what is fetched (unprocessed) in batches of [`BATCH`], and the
/// validators after the pages they cover.
fn fetch_and_store(
    crawler: &Crawler,
    store: &mut dyn Store,
    args: &CrawlArgs,
    seeds: &[Url],
) -> Result<(CrawlReport, IngestReport)> {
    let store = RefCell::new(store);
    let mut validators = load_validators(&**store.borrow());
    let batch_opts = IngestOptions {
        read: ReadOptions { outlet: args.outlet.clone(), ..ReadOptions::default() },
        process: false,
        ..IngestOptions::default()
    };
    let pending = RefCell::new(Pending::default());
    let bar = Bar::new();
    bar.start("crawling", 0);
    let flush = |pending: &mut Pending| -> Result<(), PipelineError> {
        if pending.batch.is_empty() {
            return Ok(());
        }
        let inputs = std::mem::take(&mut pending.batch);
        let report =
            jejak_pipeline::ingest_inputs(&mut **store.borrow_mut(), inputs, &batch_opts, &NoProgress)?;
        tracing::info!(new = report.new_pages, "stored a batch of crawled pages");
        add(&mut pending.stored, report);
        Ok(())
    };
    let known = |url: &Url| {
        let Some(canonical) = jejak_model::canonical_url(url.as_str()) else { return false };
        let id = jejak_model::stable_id(canonical.as_bytes());
        store.borrow().has_page(&id).unwrap_or(false)
    };
    let sink = |fetched: jejak_crawl::Fetched| {
        bar.advance(1);
        let mut pending = pending.borrow_mut();
        if pending.failure.is_some() {
            return ControlFlow::Break(());
        }
        pending.batch.push(Input::Fetched {
            url: fetched.url.to_string(),
            fetched_at: fetched.fetched_at,
            bytes: fetched.bytes,
        });
        if pending.batch.len() >= BATCH {
            if let Err(e) = flush(&mut pending) {
                pending.failure = Some(e);
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    };
    // Validators may cover pages still in the batch: store those first.
    let checkpoint = |validators: &Validators| {
        let mut pending = pending.borrow_mut();
        if pending.failure.is_some() {
            return;
        }
        match flush(&mut pending) {
            Ok(()) => save_validators(&mut **store.borrow_mut(), validators),
            Err(e) => pending.failure = Some(e),
        }
    };
    let crawl = crawler.crawl_conditional(seeds.to_vec(), &mut validators, known, sink, checkpoint);
    bar.finish();
    let mut pending = pending.into_inner();
    if let Some(e) = pending.failure.take() {
        return Err(e).context("storing crawled pages failed; rerun to resume");
    }
    flush(&mut pending).context("storing crawled pages failed; rerun to resume")?;
    save_validators(&mut **store.borrow_mut(), &validators);
    Ok((crawl, pending.stored))
}

/// The crawl's summary: JSON with `--json`, else three lines.
fn report(
    loc: &StoreLocation,
    args: &CrawlArgs,
    crawl: &CrawlReport,
    stored: &IngestReport,
    counts: jejak_store::Counts,
) -> Result<()> {
    if args.json {
        #[derive(Serialize)]
        struct Summary<'a> {
            crawl: &'a CrawlReport,
            new_pages: usize,
            already_stored: usize,
            articles: usize,
            not_articles: usize,
            stories: usize,
            errors: &'a [String],
            store: jejak_store::Counts,
        }
        return crate::commands::print_json(&Summary {
            crawl,
            new_pages: stored.new_pages,
            already_stored: stored.already_stored,
            articles: stored.articles,
            not_articles: stored.not_articles,
            stories: stored.stories,
            errors: &stored.errors,
            store: counts,
        });
    }
    outln!(
        "crawled {} documents in {} requests ({} KiB){}: {} unchanged since the last crawl, {} new pages, {} already stored",
        crawl.fetched,
        crawl.requests,
        crawl.bytes / 1024,
        if crawl.truncated { ", stopped at --max-pages" } else { "" },
        crawl.unchanged,
        stored.new_pages,
        stored.already_stored,
    )?;
    outln!(
        "skipped {} known, {} disallowed by robots.txt, {} private addresses, {} not HTML/XML, {} off-site; {} errors",
        crawl.skipped_known,
        crawl.skipped_robots,
        crawl.skipped_private,
        crawl.skipped_type,
        crawl.skipped_offsite,
        crawl.errors.len() + stored.errors.len(),
    )?;
    outln!(
        "extracted {} articles; store {}: {} pages, {} articles, {} stories",
        stored.articles,
        loc.label(),
        counts.pages,
        counts.articles,
        counts.stories
    )?;
    Ok(())
}

/// The validators of earlier crawls; none when there are none or they cannot be read (that
/// only costs unconditional requests).
fn load_validators(store: &dyn Store) -> Validators {
    let stored = match store.load_model(VALIDATORS_MODEL) {
        Ok(stored) => stored,
        Err(e) => {
            eprintln!("jejak: warning: cannot load the crawl validators ({e}); fetching everything in full");
            return Validators::default();
        }
    };
    let Some(json) = stored else { return Validators::default() };
    serde_json::from_str(&json).unwrap_or_else(|e| {
        eprintln!(
            "jejak: warning: stored crawl validators are unreadable ({e}); fetching everything in full"
        );
        Validators::default()
    })
}

/// Saves the validators; a failure only costs unconditional requests next time.
fn save_validators(store: &mut dyn Store, validators: &Validators) {
    let saved = serde_json::to_string(validators)
        .map_err(anyhow::Error::from)
        .and_then(|json| store.save_model(VALIDATORS_MODEL, &json).map_err(anyhow::Error::from));
    match saved {
        Ok(()) => tracing::debug!(urls = validators.len(), "saved crawl validators"),
        Err(e) => eprintln!("jejak: warning: cannot save the crawl validators: {e:#}"),
    }
}

fn add(total: &mut IngestReport, batch: IngestReport) {
    total.files += batch.files;
    total.pages_read += batch.pages_read;
    total.new_pages += batch.new_pages;
    total.already_stored += batch.already_stored;
    total.errors.extend(batch.errors);
}
