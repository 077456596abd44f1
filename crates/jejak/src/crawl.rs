//! `jejak crawl`: fetch feeds, sitemaps and pages with `jejak-crawl` and store them through
//! the pipeline in batches, so an interrupted crawl loses at most the batch in flight and a
//! rerun skips every page already stored.

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use jejak_crawl::{CrawlConfig, CrawlReport, Crawler, Url};
use jejak_ingest::ReadOptions;
use jejak_pipeline::{IngestOptions, IngestReport, Input, NoProgress, PipelineError, Progress};
use serde::Serialize;

use crate::commands::{open_store, StoreLocation};
use crate::progress::Bar;

/// Fetched documents stored per pipeline call.
const BATCH: usize = 50;

/// The flags of `jejak crawl`.
#[derive(Debug, Clone)]
pub struct CrawlArgs {
    pub urls: Vec<String>,
    pub max_pages: usize,
    pub delay_ms: u64,
    pub user_agent: Option<String>,
    pub outlet: Option<String>,
    pub allow_private: bool,
    pub json: bool,
}

pub fn run(loc: &StoreLocation, args: CrawlArgs) -> Result<ExitCode> {
    let seeds = args
        .urls
        .iter()
        .map(|u| match Url::parse(u) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url),
            _ => bail!("{u}: not an http(s) URL"),
        })
        .collect::<Result<Vec<Url>>>()?;
    let mut config = CrawlConfig {
        delay_per_host: Duration::from_millis(args.delay_ms),
        max_pages: args.max_pages,
        allow_private: args.allow_private,
        ..CrawlConfig::default()
    };
    if let Some(user_agent) = args.user_agent {
        config.user_agent = user_agent;
    }
    let crawler = Crawler::new(config).context("cannot start the crawler")?;
    let store = RefCell::new(open_store(loc)?);
    // LinkConfig grows as the linker learns new settings; the defaults serve a crawl.
    let batch_opts = IngestOptions {
        read: ReadOptions { outlet: args.outlet },
        process: false,
        ..IngestOptions::default()
    };

    let mut stored = IngestReport::default();
    let mut batch: Vec<Input> = Vec::with_capacity(BATCH);
    let mut failure: Option<PipelineError> = None;
    let bar = Bar::new();
    bar.start("crawling", 0);
    let flush = |batch: &mut Vec<Input>, stored: &mut IngestReport| -> Result<(), PipelineError> {
        if batch.is_empty() {
            return Ok(());
        }
        let inputs = std::mem::take(batch);
        let report =
            jejak_pipeline::ingest_inputs(&mut **store.borrow_mut(), inputs, &batch_opts, &NoProgress)?;
        tracing::info!(new = report.new_pages, "stored a batch of crawled pages");
        add(stored, report);
        Ok(())
    };
    let known = |url: &Url| {
        let Some(canonical) = jejak_model::canonical_url(url.as_str()) else { return false };
        let id = jejak_model::stable_id(canonical.as_bytes());
        store.borrow().has_page(&id).unwrap_or(false)
    };
    let crawl = crawler.crawl_with(seeds, known, |fetched| {
        bar.advance(1);
        batch.push(Input::Fetched {
            url: fetched.url.to_string(),
            fetched_at: fetched.fetched_at,
            bytes: fetched.bytes,
        });
        if batch.len() >= BATCH {
            if let Err(e) = flush(&mut batch, &mut stored) {
                failure = Some(e);
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    });
    bar.finish();
    if let Some(e) = failure {
        return Err(e).context("storing crawled pages failed; rerun to resume");
    }
    flush(&mut batch, &mut stored).context("storing crawled pages failed; rerun to resume")?;

    // Extract, trace and link everything stored but not yet processed (also what an
    // earlier, interrupted crawl left).
    let mut store = store.into_inner();
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
        crate::commands::print_json(&Summary {
            crawl: &crawl,
            new_pages: stored.new_pages,
            already_stored: stored.already_stored,
            articles: stored.articles,
            not_articles: stored.not_articles,
            stories: stored.stories,
            errors: &stored.errors,
            store: counts,
        })?;
    } else {
        println!(
            "crawled {} documents in {} requests ({} KiB){}: {} new pages, {} already stored",
            crawl.fetched,
            crawl.requests,
            crawl.bytes / 1024,
            if crawl.truncated { ", stopped at --max-pages" } else { "" },
            stored.new_pages,
            stored.already_stored,
        );
        println!(
            "skipped {} known, {} disallowed by robots.txt, {} private addresses, {} not HTML/XML, {} off-site; {} errors",
            crawl.skipped_known,
            crawl.skipped_robots,
            crawl.skipped_private,
            crawl.skipped_type,
            crawl.skipped_offsite,
            crawl.errors.len() + stored.errors.len(),
        );
        println!(
            "extracted {} articles; store {}: {} pages, {} articles, {} stories",
            stored.articles,
            loc.label(),
            counts.pages,
            counts.articles,
            counts.stories
        );
    }
    // Non-zero only when nothing could be fetched at all.
    let nothing = crawl.fetched == 0 && !crawl.errors.is_empty();
    Ok(if nothing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn add(total: &mut IngestReport, batch: IngestReport) {
    total.files += batch.files;
    total.pages_read += batch.pages_read;
    total.new_pages += batch.new_pages;
    total.already_stored += batch.already_stored;
    total.errors.extend(batch.errors);
}
