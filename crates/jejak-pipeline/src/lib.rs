//! Runs Jejak's stages in order — read, extract, trace, link — and writes each stage's
//! output to a [`Store`]; the CLI, the server and benchmarks all go through here.
//!
//! Crash safety comes from ordering, not from locks: raw pages are committed first, in
//! batches; an article is derived from a stored page and committed in a later batch; the
//! pages still lacking an article are exactly the work left, so any run resumes a killed one.

mod stories;
mod trace;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use jejak_extract::{extract_page, BoilerplateModel};
use jejak_ingest::{collect_files, read_bytes, read_file_each, ReadOptions};
use jejak_model::{Article, PageKind, Quote, RawPage};
use jejak_store::{Store, StoreError};
use rayon::prelude::*;
use serde::Serialize;

pub use jejak_link::DuplicatePair;
pub use stories::{build_stories, near_duplicate_pairs, relink, update_stories, StoriesUpdated};
pub use trace::{copy_origins, trace_loaded_story, trace_story, CopyOf, TracedStory, COPY_THRESHOLD};

/// Pages written or extracted per transaction: large enough to be fast, small enough that
/// a crash loses little work in flight.
const BATCH: usize = 256;

/// Name of the boilerplate model in the store.
const BOILERPLATE_MODEL: &str = "boilerplate";

/// Version of what extraction and attribution make of a page: bump it whenever a change
/// to either alters stored articles or quotes, and stores filled before are told to run
/// `jejak reprocess` (see [`outdated_analysis`]).
pub const ANALYSIS_VERSION: u32 = 114;
/// Where a store keeps the [`ANALYSIS_VERSION`] its articles were extracted by.
const ANALYSIS_MODEL: &str = "analysis_version";

/// Why a pipeline run stopped. Bad input never stops a run; it is reported per file.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Receives progress of long work; the CLI draws a progress bar with it.
pub trait Progress {
    fn start(&self, _stage: &str, _total: u64) {}
    fn advance(&self, _n: u64) {}
    fn finish(&self) {}
}

/// Progress that goes nowhere.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Options of one ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub read: ReadOptions,
    pub link: jejak_link::LinkConfig,
    /// Extract, trace and link after storing pages; off when workers do it (scale-out).
    pub process: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { read: ReadOptions::default(), link: jejak_link::LinkConfig::default(), process: true }
    }
}

/// What one ingest run did, for the summary line and `--json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestReport {
    pub files: usize,
    /// Pages read from the inputs, new or not.
    pub pages_read: usize,
    pub new_pages: usize,
    /// Pages already in the store: re-ingesting adds nothing.
    pub already_stored: usize,
    pub articles: usize,
    pub not_articles: usize,
    pub stories: usize,
    /// One line per unreadable file or record, naming it.
    pub errors: Vec<String>,
    #[serde(serialize_with = "seconds")]
    pub elapsed: Duration,
}

fn seconds<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
}

/// One input of an ingest run: a file to read, bytes already in memory (the bundled
/// demo corpus, an upload) with the name they go by, or a document fetched from the web.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Bytes {
        name: PathBuf,
        bytes: Vec<u8>,
    },
    /// A fetched document (`jejak crawl`): a page read from it without a URL of its own is
    /// stored under `url` (so its id is the URL's); pages naming their own URL (feed
    /// entries) keep it. All get `fetched_at`.
    Fetched {
        url: String,
        fetched_at: DateTime<Utc>,
        bytes: Vec<u8>,
    },
}

fn read_fetched(
    url: String,
    fetched_at: DateTime<Utc>,
    bytes: Vec<u8>,
    read: &ReadOptions,
) -> (Vec<RawPage>, Vec<jejak_ingest::IngestError>) {
    let (pages, errors) = read_bytes(std::path::Path::new(&url), bytes, read);
    let pages = pages
        .into_iter()
        .map(|page| {
            let mut page = if page.url.is_none() { page.at_url(url.clone()) } else { page };
            page.fetched_at.get_or_insert(fetched_at);
            page
        })
        .collect();
    (pages, errors)
}

/// Reads every path (directories recursively; `-` is standard input) and ingests what it
/// holds.
pub fn ingest_paths(
    store: &mut dyn Store,
    paths: &[PathBuf],
    opts: &IngestOptions,
    progress: &dyn Progress,
) -> Result<IngestReport, PipelineError> {
    let (stdin, paths): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.iter().cloned().partition(|p| p.as_os_str() == "-");
    let (files, mut errors) = collect_files(&paths);
    let mut inputs: Vec<Input> = files.into_iter().map(Input::File).collect();
    if !stdin.is_empty() {
        let mut bytes = Vec::new();
        match std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes) {
            Ok(_) => inputs.push(Input::Bytes { name: PathBuf::from("stdin"), bytes }),
            Err(source) => {
                errors.push(jejak_ingest::IngestError::Io { path: PathBuf::from("stdin"), source })
            }
        }
    }
    let mut report = ingest_inputs(store, inputs, opts, progress)?;
    report.errors.splice(0..0, errors.iter().map(ToString::to_string));
    Ok(report)
}

/// Stores new pages of every input, extracts them, traces quotes and rebuilds stories.
pub fn ingest_inputs(
    store: &mut dyn Store,
    inputs: Vec<Input>,
    opts: &IngestOptions,
    progress: &dyn Progress,
) -> Result<IngestReport, PipelineError> {
    ingest_inputs_into(store, inputs, opts, progress, None)
}

/// Like [`ingest_inputs`], and also returns the ids of the articles this run extracted
/// (news articles only), so a caller can link to them.
pub fn ingest_inputs_listing(
    store: &mut dyn Store,
    inputs: Vec<Input>,
    opts: &IngestOptions,
    progress: &dyn Progress,
) -> Result<(IngestReport, Vec<String>), PipelineError> {
    let mut ids = Vec::new();
    let report = ingest_inputs_into(store, inputs, opts, progress, Some(&mut ids))?;
    Ok((report, ids))
}

fn ingest_inputs_into(
    store: &mut dyn Store,
    inputs: Vec<Input>,
    opts: &IngestOptions,
    progress: &dyn Progress,
    new_articles: Option<&mut Vec<String>>,
) -> Result<IngestReport, PipelineError> {
    let started = Instant::now();
    let mut report = IngestReport { files: inputs.len(), ..IngestReport::default() };

    let mut model = load_boilerplate(store)?;
    progress.start("reading", inputs.len() as u64);
    let mut batch: Vec<RawPage> = Vec::with_capacity(BATCH);
    for input in inputs {
        let errors = match input {
            // Files stream: pages are stored a batch at a time as they are read, so a
            // million-record JSONL or WARC costs one batch of memory, not the file.
            Input::File(path) => {
                let mut failed = None;
                let errors = read_file_each(&path, &opts.read, &mut |page| {
                    if failed.is_some() {
                        return;
                    }
                    batch.push(page);
                    if batch.len() >= BATCH {
                        if let Err(e) = store_pages(store, &mut batch, &mut model, &mut report) {
                            failed = Some(e);
                        }
                    }
                });
                if let Some(e) = failed {
                    return Err(e);
                }
                errors
            }
            Input::Bytes { name, bytes } => {
                let (pages, errors) = read_bytes(&name, bytes, &opts.read);
                batch.extend(pages);
                errors
            }
            Input::Fetched { url, fetched_at, bytes } => {
                let (pages, errors) = read_fetched(url, fetched_at, bytes, &opts.read);
                batch.extend(pages);
                errors
            }
        };
        for e in &errors {
            tracing::warn!("{e}");
        }
        report.errors.extend(errors.iter().map(ToString::to_string));
        if batch.len() >= BATCH {
            store_pages(store, &mut batch, &mut model, &mut report)?;
        }
        progress.advance(1);
    }
    store_pages(store, &mut batch, &mut model, &mut report)?;
    progress.finish();
    store.save_model(BOILERPLATE_MODEL, &serde_json::to_string(&model).unwrap_or_default())?;
    if !opts.process {
        report.elapsed = started.elapsed();
        return Ok(report);
    }

    tracing::info!(seconds = started.elapsed().as_secs_f32(), "pages stored");
    let (articles, not_articles) = process_pending_into(store, &model, progress, new_articles)?;
    report.articles = articles;
    report.not_articles = not_articles;
    tracing::info!(seconds = started.elapsed().as_secs_f32(), "articles extracted");
    report.stories = relink(store, &opts.link)?;
    tracing::info!(seconds = started.elapsed().as_secs_f32(), "stories updated");
    report.elapsed = started.elapsed();
    Ok(report)
}

fn store_pages(
    store: &mut dyn Store,
    batch: &mut Vec<RawPage>,
    model: &mut BoilerplateModel,
    report: &mut IngestReport,
) -> Result<(), PipelineError> {
    if batch.is_empty() {
        return Ok(());
    }
    let fresh = store.insert_pages(batch)?;
    for (page, is_new) in batch.iter().zip(&fresh) {
        report.pages_read += 1;
        if *is_new {
            report.new_pages += 1;
            jejak_extract::learn_page(model, page);
        } else {
            report.already_stored += 1;
        }
    }
    batch.clear();
    Ok(())
}

/// The boilerplate model learned so far, or an empty one.
pub fn load_boilerplate(store: &dyn Store) -> Result<BoilerplateModel, PipelineError> {
    let json = store.load_model(BOILERPLATE_MODEL)?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default())
}

/// What [`reprocess`] did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReprocessReport {
    /// Pages extracted again.
    pub pages: u64,
    pub articles: usize,
    pub not_articles: usize,
    pub stories: usize,
    #[serde(serialize_with = "seconds")]
    pub elapsed: Duration,
}

/// Extracts every stored page again, traces its quotes and brings the stories up to date:
/// what a store filled by an older Jejak needs for this one's extraction and attribution.
///
/// Pages are requeued, then extracted a batch at a time like new ones: each article is
/// replaced in one write, so a killed run leaves every article in its old form or its new
/// one, and the next ingest (or reprocess) extracts the pages still queued.
pub fn reprocess(
    store: &mut dyn Store,
    link: &jejak_link::LinkConfig,
    progress: &dyn Progress,
) -> Result<ReprocessReport, PipelineError> {
    let started = Instant::now();
    let model = load_boilerplate(store)?;
    let pages = store.requeue_pages()?;
    tracing::info!(pages, "pages requeued");
    let (articles, not_articles) = process_pending(store, &model, progress)?;
    store.save_model(ANALYSIS_MODEL, &ANALYSIS_VERSION.to_string())?;
    let stories = relink(store, link)?;
    Ok(ReprocessReport { pages, articles, not_articles, stories, elapsed: started.elapsed() })
}

/// The analysis version the stored articles were extracted by, when it is older than this
/// one's: `Some(0)` for a store that predates the record. `None` when they are current (or
/// there are none).
pub fn outdated_analysis(store: &dyn Store) -> Result<Option<u32>, PipelineError> {
    Ok(recorded_analysis(store)?.filter(|&version| version < ANALYSIS_VERSION))
}

/// The analysis version a store's articles were extracted by: the one it records, 0 for
/// articles from before the record, `None` while nothing is extracted.
fn recorded_analysis(store: &dyn Store) -> Result<Option<u32>, PipelineError> {
    if let Some(version) = store.load_model(ANALYSIS_MODEL)?.and_then(|v| v.trim().parse::<u32>().ok()) {
        return Ok(Some(version));
    }
    let counts = store.counts()?;
    Ok((counts.articles + counts.not_articles > 0).then_some(0))
}

/// Extracts every stored page that has no article yet, and traces its quotes.
/// Returns (articles, not-articles) extracted.
pub fn process_pending(
    store: &mut dyn Store,
    model: &BoilerplateModel,
    progress: &dyn Progress,
) -> Result<(usize, usize), PipelineError> {
    process_pending_into(store, model, progress, None)
}

/// [`process_pending`], also collecting the new articles' ids when asked: only an upload
/// wants them, and for a million-article ingest they were tens of megabytes held to the end.
fn process_pending_into(
    store: &mut dyn Store,
    model: &BoilerplateModel,
    progress: &dyn Progress,
    mut new_articles: Option<&mut Vec<String>>,
) -> Result<(usize, usize), PipelineError> {
    let (mut articles, mut not_articles) = (0, 0);
    let mut first_batch = true;
    progress.start("extracting", 0);
    loop {
        let pages = store.pending_pages(BATCH)?;
        if pages.is_empty() {
            break;
        }
        // A store extracted by this version from the start says so; one filled before keeps
        // its older record (or none) until `reprocess`. (Asked only when there is work: a
        // worker polls an empty queue.)
        if std::mem::take(&mut first_batch) && recorded_analysis(store)?.is_none() {
            store.save_model(ANALYSIS_MODEL, &ANALYSIS_VERSION.to_string())?;
        }
        // Extraction and attribution are pure and independent per page: all cores share them.
        let results: Vec<(Article, Option<Vec<Quote>>)> = pages
            .par_iter()
            .map(|page| {
                let extraction = extract_page(page, model);
                for warning in &extraction.warnings {
                    tracing::debug!(page = %page.source, "{warning}");
                }
                let article = extraction.article;
                let quotes = (article.kind == PageKind::Article).then(|| jejak_trace::quotes(&article));
                (article, quotes)
            })
            .collect();
        let mut extracted = Vec::with_capacity(results.len());
        let mut quotes = Vec::new();
        for (article, article_quotes) in results {
            match article_quotes {
                Some(q) => {
                    articles += 1;
                    if let Some(ids) = new_articles.as_deref_mut() {
                        ids.push(article.id.clone());
                    }
                    quotes.push((article.id.clone(), q));
                }
                None => {
                    not_articles += 1;
                    // (a page extracted again may have been an article before)
                    quotes.push((article.id.clone(), Vec::new()));
                }
            }
            extracted.push(article);
        }
        store.put_articles(&extracted)?;
        store.put_quotes(&quotes)?;
        progress.advance(pages.len() as u64);
    }
    store.flush()?;
    progress.finish();
    Ok((articles, not_articles))
}

#[cfg(test)]
mod tests;
