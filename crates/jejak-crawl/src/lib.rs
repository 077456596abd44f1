//! A polite crawler: fetches feeds, sitemaps and article pages over HTTP(S) and hands each
//! fetched document that holds pages to a sink; it stores nothing itself.
//!
//! In: seed URLs (feeds, sitemaps, sitemap indexes or pages). Every fetched body is read
//! with [`jejak_ingest::read_bytes_ext`]; the links it yields (sitemap `<loc>`s, feed entries
//! without full content) go onto the frontier, deduplicated by [`jejak_model::canonical_url`].
//! HTML pages are not mined for `<a>` links: discovery is through feeds and sitemaps only.
//!
//! Politeness, all per origin (scheme, host, port):
//! - robots.txt is fetched once per run, before anything else of the origin, and obeyed (see
//!   the `robots` module for how missing or failing robots.txt files are treated: 404 allows
//!   all, 5xx or unreachable disallows the whole site for this run, as Google does);
//! - at most [`CrawlConfig::per_host`] requests to one origin are in flight at once; two
//!   requests to one origin never start closer than the configured delay, raised to the
//!   site's Crawl-delay, and when none is in flight the next starts at least a delay after
//!   the last one ended (so requests overlap only when the site answers slower than the
//!   delay, and a fast site sees the spacing of a one-at-a-time crawler);
//! - `429` and `503` are retried after `Retry-After` (or exponential backoff), network
//!   errors after exponential backoff, at most [`CrawlConfig::max_retries`] times; the whole
//!   origin waits out a `Retry-After`;
//! - redirects are followed by the crawler itself (at most [`CrawlConfig::max_redirects`]),
//!   so each hop is checked against robots.txt and spaced like any request;
//! - private, loopback and link-local addresses are refused, after DNS resolution and on
//!   every redirect (the `guard` module), unless [`CrawlConfig::allow_private`];
//! - bodies that are not HTML or XML are not read; bodies are streamed and dropped past
//!   [`CrawlConfig::max_bytes_per_page`] (after decompression).
//!
//! Concurrency: one scheduling thread (the caller's) owns the frontier, the per-origin state,
//! `known` and the sink; each request runs on a scoped thread of its own, at most
//! [`CrawlConfig::concurrency`] at once, and reports back over a channel. The HTTP client is
//! blocking: for news sites the per-origin delay, not bandwidth, bounds throughput, and many
//! origins proceed side by side.
//!
//! Conditional requests ([`Crawler::crawl_conditional`]): a URL with remembered
//! [`Validators`] is asked for with `If-None-Match` / `If-Modified-Since`; a `304` counts as
//! [`CrawlReport::unchanged`] and reaches no sink. A document's validators are remembered
//! only once everything it links to has been dealt with (fetched, known, skipped), so a
//! feed whose pages failed or were cut off by [`CrawlConfig::max_pages`] is asked for in
//! full next time and its pages are not lost behind a `304`. Pages reached through links
//! are not remembered (a caller skips those it holds through `known`): the map holds
//! seeds, feeds and sitemaps, the documents asked for again on every round.

mod guard;
mod robots;
mod validators;

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use jejak_ingest::{read_bytes_ext, LinkKind, ReadOptions};
use serde::Serialize;
pub use url::Url;

use robots::Robots;
pub use validators::{Validator, Validators};

/// [`Crawler::crawl_conditional`] hands its validators to the checkpoint callback after
/// this many documents (fetched or unchanged), when they changed since the last call.
pub const CHECKPOINT_EVERY: usize = 100;

/// How a crawl behaves.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// Sent with every request; its first word (before `/`) is the robots.txt agent token.
    pub user_agent: String,
    /// Least time between the starts of two requests to one origin, and from the end of
    /// the last one to the next start when none is in flight; a longer Crawl-delay wins.
    pub delay_per_host: Duration,
    /// Requests to one origin in flight at once (0 counts as 1).
    pub per_host: usize,
    /// Requests in flight at once over all origins (0 counts as 1).
    pub concurrency: usize,
    /// Documents (pages, feeds, sitemaps) fetched at most, unchanged ones included;
    /// robots.txt, redirects and retries do not count.
    pub max_pages: usize,
    /// Bodies longer than this (after decompression) are dropped with an error.
    pub max_bytes_per_page: u64,
    /// Per request: connecting, and each read.
    pub timeout: Duration,
    /// Link hops from a seed: a seed is depth 0, a page listed in it depth 1.
    pub max_depth: usize,
    /// Only follow links to the seeds' hosts (`www.` ignored).
    pub same_host_only: bool,
    /// Retries of one URL after 429, 503 or a network error.
    pub max_retries: u32,
    /// First backoff; doubled for each further retry.
    pub retry_base: Duration,
    /// A `Retry-After` longer than this gives the URL up instead of waiting.
    pub max_retry_after: Duration,
    pub max_redirects: usize,
    /// Also fetch from private, loopback and link-local addresses. Off by default: a feed
    /// or redirect must not make the crawler reach into the network it runs in.
    pub allow_private: bool,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            user_agent: format!("jejak/{} (+https://example.invalid/jejak)", env!("CARGO_PKG_VERSION")),
            delay_per_host: Duration::from_secs(1),
            per_host: 2,
            concurrency: 8,
            max_pages: 100,
            max_bytes_per_page: 10 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            max_depth: 3,
            same_host_only: true,
            max_retries: 3,
            retry_base: Duration::from_secs(1),
            max_retry_after: Duration::from_secs(120),
            max_redirects: 5,
            allow_private: false,
        }
    }
}
/// One fetched document that holds pages: an HTML page, or a feed with full-content entries.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the body came from, after redirects.
    pub url: Url,
    /// The URL that was asked for (a seed or a link), before redirects.
    pub requested: Url,
    pub fetched_at: DateTime<Utc>,
    pub content_type: Option<String>,
    /// The body as it arrived (transfer compression removed).
    pub bytes: Vec<u8>,
}

/// A URL the crawl gave up on, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrawlError {
    pub url: String,
    pub reason: String,
}

impl std::fmt::Display for CrawlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.url, self.reason)
    }
}

/// What a crawl did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CrawlReport {
    /// Documents fetched and read: pages, feeds and sitemaps.
    pub fetched: usize,
    /// Documents the server answered `304 Not Modified` to a conditional request: unchanged
    /// since the validators were remembered; nothing of them reaches the sink.
    pub unchanged: usize,
    /// Documents handed to the sink.
    pub pages: usize,
    /// HTTP requests made, robots.txt, redirect hops and retries included.
    pub requests: usize,
    pub retries: usize,
    /// URLs not fetched because robots.txt disallows them (or could not be read).
    pub skipped_robots: usize,
    /// Page links the caller already holds (see [`Crawler::crawl_with`]).
    pub skipped_known: usize,
    /// Responses whose content type is neither HTML nor XML; their bodies are not read.
    pub skipped_type: usize,
    /// Links to other hosts, with [`CrawlConfig::same_host_only`].
    pub skipped_offsite: usize,
    /// URLs on private, loopback or link-local addresses (see [`CrawlConfig::allow_private`]).
    pub skipped_private: usize,
    /// Links deeper than [`CrawlConfig::max_depth`].
    pub skipped_depth: usize,
    /// Body bytes downloaded.
    pub bytes: u64,
    /// Whether the crawl stopped at [`CrawlConfig::max_pages`] with URLs left.
    pub truncated: bool,
    pub errors: Vec<CrawlError>,
}

/// Why a crawler could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CrawlSetupError {
    #[error("cannot build the HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

/// What a link or seed was said to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Seed,
    Page,
    Sitemap,
}

struct Task {
    url: Url,
    requested: Url,
    depth: usize,
    hint: Hint,
    attempt: u32,
    redirects: usize,
    /// The document (index into `Run::docs`) whose link this is; `None` for seeds.
    parent: Option<usize>,
}

/// Where an origin's robots.txt stands.
enum RobotsState {
    /// Not asked yet: asking it is the origin's first request.
    Unknown,
    /// Being fetched: nothing else goes to the origin meanwhile.
    Pending,
    Known(Robots),
}

/// One origin: its queue, its robots.txt and when it may next be asked.
struct Host {
    queue: VecDeque<Task>,
    robots: RobotsState,
    /// The earliest start of the next request.
    next_ready: Instant,
    delay: Duration,
    in_flight: usize,
    /// First-seen order, to break ties between hosts ready at the same time.
    order: usize,
}

/// A document read in this run, until everything it links to is dealt with; then its
/// validators are remembered (unless something under it failed).
struct Doc {
    parent: Option<usize>,
    /// Links still queued or in flight, plus one while the document itself is handled.
    pending: usize,
    failed: bool,
    url: String,
    validator: Validator,
}

enum Outcome {
    Body { content_type: Option<String>, bytes: Vec<u8>, validator: Validator },
    NotModified(Validator),
    Redirect(Url),
    Retry { reason: String, after: Option<Duration> },
    WrongType(String),
    Fail(String),
}

/// What a request thread reports back.
enum Done {
    Robots { key: String, robots: Robots },
    Fetch(Box<Fetch>),
}

/// One document request's result.
struct Fetch {
    key: String,
    task: Task,
    outcome: Outcome,
    /// Body bytes read.
    bytes: u64,
    fetched_at: DateTime<Utc>,
}

/// Fetches URLs politely; see the crate documentation.
pub struct Crawler {
    config: CrawlConfig,
    client: reqwest::blocking::Client,
    robots_client: reqwest::blocking::Client,
}

impl Crawler {
    pub fn new(config: CrawlConfig) -> Result<Crawler, CrawlSetupError> {
        let build = |redirects: reqwest::redirect::Policy| {
            let builder = reqwest::blocking::Client::builder()
                .user_agent(config.user_agent.clone())
                .connect_timeout(config.timeout)
                .timeout(config.timeout)
                .redirect(redirects)
                // A proxy would resolve names itself, past the private-address guard.
                .no_proxy();
            if config.allow_private {
                builder.build()
            } else {
                builder.dns_resolver(std::sync::Arc::new(guard::PublicOnly)).build()
            }
        };
        let client = build(reqwest::redirect::Policy::none())?;
        let (allow_private, max_redirects) = (config.allow_private, config.max_redirects);
        let robots_client = build(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() > max_redirects {
                return attempt.error(format!("more than {max_redirects} redirects"));
            }
            match guard::check_url(attempt.url()) {
                Err(e) if !allow_private => attempt.error(e),
                _ => attempt.follow(),
            }
        }))?;
        Ok(Crawler { config, client, robots_client })
    }

    pub fn config(&self) -> &CrawlConfig {
        &self.config
    }

    /// Crawls from `seeds`, handing every document that holds pages to `sink`.
    pub fn crawl(&self, seeds: Vec<Url>, mut sink: impl FnMut(Fetched)) -> CrawlReport {
        self.crawl_with(
            seeds,
            |_| false,
            |fetched| {
                sink(fetched);
                ControlFlow::Continue(())
            },
        )
    }

    /// Like [`Crawler::crawl`], but page links (not seeds) for which `known` is true are not
    /// fetched (a caller that already stores them), and `sink` may stop the crawl.
    pub fn crawl_with(
        &self,
        seeds: Vec<Url>,
        known: impl FnMut(&Url) -> bool,
        sink: impl FnMut(Fetched) -> ControlFlow<()>,
    ) -> CrawlReport {
        self.run(seeds, None, known, sink, |_| {})
    }

    /// Like [`Crawler::crawl_with`], but conditional: URLs with an entry in `validators`
    /// are asked for with `If-None-Match` / `If-Modified-Since`, a `304` counts as
    /// [`CrawlReport::unchanged`], and the validators of what was read are remembered (see
    /// the crate documentation for when). `checkpoint` gets the validators every
    /// [`CHECKPOINT_EVERY`] documents when they changed, for a caller to save them on the
    /// way; it is not called at the end (the caller has them then).
    pub fn crawl_conditional(
        &self,
        seeds: Vec<Url>,
        validators: &mut Validators,
        known: impl FnMut(&Url) -> bool,
        sink: impl FnMut(Fetched) -> ControlFlow<()>,
        checkpoint: impl FnMut(&Validators),
    ) -> CrawlReport {
        self.run(seeds, Some(validators), known, sink, checkpoint)
    }

    fn run(
        &self,
        seeds: Vec<Url>,
        validators: Option<&mut Validators>,
        mut known: impl FnMut(&Url) -> bool,
        mut sink: impl FnMut(Fetched) -> ControlFlow<()>,
        mut checkpoint: impl FnMut(&Validators),
    ) -> CrawlReport {
        let mut run = Run {
            config: &self.config,
            hosts: HashMap::new(),
            seen: HashSet::new(),
            seed_hosts: seeds.iter().filter_map(host_name).collect(),
            report: CrawlReport::default(),
            docs: Vec::new(),
            validators,
            changed: 0,
            in_flight: 0,
            in_flight_docs: 0,
        };
        for seed in seeds {
            run.enqueue(seed.clone(), seed, 0, Hint::Seed, None, &mut known);
        }
        // The scheduler keeps a sender itself, so `recv` never sees a closed channel.
        let (tx, rx) = mpsc::channel::<Done>();
        let mut stopped = false;
        std::thread::scope(|scope| {
            let mut since_checkpoint = 0;
            loop {
                let wake = self.start_ready(&mut run, scope, &tx);
                if run.in_flight == 0 {
                    match wake {
                        Some(when) => {
                            wait_until(when);
                            continue;
                        }
                        // Nothing queued, or nothing more allowed (max_pages).
                        None => break,
                    }
                }
                let done = match wake {
                    Some(when) => match rx.recv_timeout(when.saturating_duration_since(Instant::now())) {
                        Ok(done) => done,
                        Err(_) => continue,
                    },
                    None => rx.recv().expect("the scheduler holds a sender"),
                };
                run.in_flight -= 1;
                match done {
                    Done::Robots { key, robots } => run.robots_arrived(&key, robots),
                    Done::Fetch(fetch) => {
                        let answered =
                            matches!(fetch.outcome, Outcome::Body { .. } | Outcome::NotModified(_));
                        if run.fetch_arrived(*fetch, &mut known, &mut sink).is_break() {
                            stopped = true;
                            break;
                        }
                        since_checkpoint += usize::from(answered);
                        if since_checkpoint >= CHECKPOINT_EVERY && run.changed > 0 {
                            if let Some(validators) = run.validators.as_deref() {
                                checkpoint(validators);
                            }
                            since_checkpoint = 0;
                            run.changed = 0;
                        }
                    }
                }
            }
            // Requests still in flight (after the sink stopped the crawl) finish on their
            // threads, which the scope joins; their results are dropped.
        });
        run.report.truncated = !stopped && run.hosts.values().any(|h| !h.queue.is_empty());
        run.report
    }

    /// Starts every request that may start now, each on a thread of `scope` that reports
    /// to `tx`; returns when the next one may, if one must wait.
    fn start_ready<'scope, 'env>(
        &'env self,
        run: &mut Run,
        scope: &'scope std::thread::Scope<'scope, 'env>,
        tx: &mpsc::Sender<Done>,
    ) -> Option<Instant> {
        let per_host = self.config.per_host.max(1);
        let concurrency = self.config.concurrency.max(1);
        while run.in_flight < concurrency {
            // (document requests in flight count with what was fetched: never over max_pages)
            let answered = run.report.fetched + run.report.unchanged;
            if answered + run.in_flight_docs >= self.config.max_pages {
                return None;
            }
            let key = run.next_host(per_host)?;
            let host = run.hosts.get_mut(&key).expect("picked host exists");
            let now = Instant::now();
            if host.next_ready > now {
                return Some(host.next_ready);
            }
            if matches!(host.robots, RobotsState::Unknown) {
                let origin = host.queue.front().expect("picked host has work").url.clone();
                if let Err(e) = guard::check_url(&origin) {
                    if !self.config.allow_private {
                        let reason = e.to_string();
                        tracing::warn!(%origin, "not crawling this site: {reason}");
                        run.report.errors.push(CrawlError { url: key, reason: reason.clone() });
                        host.robots = RobotsState::Known(Robots::Refused(reason));
                        continue;
                    }
                }
                host.robots = RobotsState::Pending;
                host.in_flight += 1;
                run.in_flight += 1;
                run.report.requests += 1;
                let tx = tx.clone();
                scope.spawn(move || {
                    let robots = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        robots::fetch(&self.robots_client, &origin, &self.config.user_agent)
                    }))
                    .unwrap_or_else(|_| Robots::DisallowAll("reading robots.txt panicked".into()));
                    let _ = tx.send(Done::Robots { key, robots });
                });
                continue;
            }
            let task = host.queue.pop_front().expect("picked host has work");
            let RobotsState::Known(robots) = &host.robots else {
                unreachable!("next_host skips hosts awaiting robots.txt")
            };
            if let Robots::Refused(_) = robots {
                run.report.skipped_private += 1;
                run.settle(task.parent, true);
                continue;
            }
            if !robots.allowed(&task.url) {
                tracing::debug!(url = %task.url, "disallowed by robots.txt");
                run.report.skipped_robots += 1;
                run.settle(task.parent, true);
                continue;
            }
            host.next_ready = now + host.delay;
            host.in_flight += 1;
            run.in_flight += 1;
            run.in_flight_docs += 1;
            run.report.requests += 1;
            let conditional = run.validators.as_deref().and_then(|v| v.get(task.url.as_str()).cloned());
            let tx = tx.clone();
            scope.spawn(move || {
                let (outcome, bytes) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    self.fetch(&task.url, conditional.as_ref())
                }))
                .unwrap_or_else(|_| (Outcome::Fail("the request panicked".into()), 0));
                let fetched_at = Utc::now();
                let _ = tx.send(Done::Fetch(Box::new(Fetch { key, task, outcome, bytes, fetched_at })));
            });
        }
        None
    }

    /// One GET, without following redirects; the body is read only when it is wanted.
    /// Returns the outcome and the body bytes read.
    fn fetch(&self, url: &Url, conditional: Option<&Validator>) -> (Outcome, u64) {
        let mut request = self.client.get(url.clone()).header(
            reqwest::header::ACCEPT,
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        );
        if let Some(validator) = conditional {
            if let Some(etag) = &validator.etag {
                request = request.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(date) = &validator.last_modified {
                request = request.header(reqwest::header::IF_MODIFIED_SINCE, date);
            }
        }
        let response = match request.send() {
            Ok(response) => response,
            Err(e) => {
                let outcome = match guard::refused(&e) {
                    Some(reason) => Outcome::Fail(reason),
                    None => Outcome::Retry { reason: describe(&e), after: None },
                };
                return (outcome, 0);
            }
        };
        let status = response.status();
        let headers = response.headers();
        let header = |name| headers.get(name).and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok());
        let validator = Validator {
            etag: header(reqwest::header::ETAG).map(str::to_string),
            last_modified: header(reqwest::header::LAST_MODIFIED).map(str::to_string),
        };
        if status == reqwest::StatusCode::NOT_MODIFIED {
            let outcome = match conditional {
                Some(_) => Outcome::NotModified(validator),
                None => Outcome::Fail("HTTP 304 to a request that was not conditional".into()),
            };
            return (outcome, 0);
        }
        if status.is_redirection() {
            let outcome = match header(reqwest::header::LOCATION).and_then(|l| url.join(l).ok()) {
                Some(target) => Outcome::Redirect(target),
                None => Outcome::Fail(format!("HTTP {} without a usable Location", status.as_u16())),
            };
            return (outcome, 0);
        }
        if matches!(status.as_u16(), 429 | 503) {
            let after = header(reqwest::header::RETRY_AFTER).and_then(retry_after);
            return (Outcome::Retry { reason: format!("HTTP {}", status.as_u16()), after }, 0);
        }
        if !status.is_success() {
            return (Outcome::Fail(format!("HTTP {}", status.as_u16())), 0);
        }
        let content_type = header(reqwest::header::CONTENT_TYPE).map(str::to_string);
        if !wanted_type(content_type.as_deref(), url) {
            return (Outcome::WrongType(content_type.unwrap_or_default()), 0);
        }
        let cap = self.config.max_bytes_per_page;
        if let Some(length) = response.content_length().filter(|&l| l > cap) {
            return (Outcome::Fail(format!("body of {length} bytes is over the limit of {cap} bytes")), 0);
        }
        let mut bytes = Vec::new();
        let read = response.take(cap + 1).read_to_end(&mut bytes);
        let read_bytes = bytes.len() as u64;
        let outcome = match read {
            Err(e) => Outcome::Retry { reason: format!("reading the body failed: {e}"), after: None },
            Ok(_) if bytes.len() as u64 > cap => {
                Outcome::Fail(format!("body is over the limit of {cap} bytes; dropped"))
            }
            Ok(_) => Outcome::Body { content_type, bytes, validator },
        };
        (outcome, read_bytes)
    }
}

/// The mutable state of one crawl, owned by the scheduling thread.
struct Run<'a> {
    config: &'a CrawlConfig,
    hosts: HashMap<String, Host>,
    /// Canonical URLs already queued.
    seen: HashSet<String>,
    seed_hosts: HashSet<String>,
    report: CrawlReport,
    docs: Vec<Doc>,
    validators: Option<&'a mut Validators>,
    /// Validator updates since the last checkpoint.
    changed: usize,
    /// Requests in flight, and of those the document requests (not robots.txt).
    in_flight: usize,
    in_flight_docs: usize,
}

impl Run<'_> {
    /// The origin with work that may be asked soonest and has a request slot free; not one
    /// whose robots.txt is still on its way.
    fn next_host(&self, per_host: usize) -> Option<String> {
        self.hosts
            .iter()
            .filter(|(_, h)| {
                !h.queue.is_empty() && h.in_flight < per_host && !matches!(h.robots, RobotsState::Pending)
            })
            .min_by_key(|(_, h)| (h.next_ready, h.order))
            .map(|(k, _)| k.clone())
    }

    fn robots_arrived(&mut self, key: &str, robots: Robots) {
        let host = self.hosts.get_mut(key).expect("host exists");
        host.in_flight -= 1;
        if let Robots::DisallowAll(reason) | Robots::Refused(reason) = &robots {
            tracing::warn!(origin = key, "not crawling this site: {reason}");
            self.report.errors.push(CrawlError { url: key.to_string(), reason: reason.clone() });
        }
        host.delay = self.config.delay_per_host.max(robots.crawl_delay().unwrap_or_default());
        host.next_ready = Instant::now() + host.delay;
        host.robots = RobotsState::Known(robots);
    }

    /// Frees the request's slot of its host, then deals with what it brought; `Break` when
    /// the sink asks to stop.
    fn fetch_arrived(
        &mut self,
        fetch: Fetch,
        known: &mut impl FnMut(&Url) -> bool,
        sink: &mut impl FnMut(Fetched) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let Fetch { key, task, outcome, bytes, fetched_at } = fetch;
        self.in_flight_docs -= 1;
        self.report.bytes += bytes;
        let host = self.hosts.get_mut(&key).expect("host exists");
        host.in_flight -= 1;
        if host.in_flight == 0 {
            // Nothing else in flight: a delay after this end, too, as answered-one-at-a-time
            // hosts always had.
            host.next_ready = host.next_ready.max(Instant::now() + host.delay);
        }
        self.settle_fetch(&key, task, outcome, fetched_at, known, sink)
    }

    /// Deals with what one request brought; `Break` when the sink asks to stop.
    fn settle_fetch(
        &mut self,
        key: &str,
        task: Task,
        outcome: Outcome,
        fetched_at: DateTime<Utc>,
        known: &mut impl FnMut(&Url) -> bool,
        sink: &mut impl FnMut(Fetched) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        match outcome {
            Outcome::Body { content_type, bytes, validator } => {
                self.report.fetched += 1;
                tracing::info!(url = %task.url, bytes = bytes.len(), "fetched");
                let out =
                    read_bytes_ext(Path::new(task.url.as_str()), bytes.clone(), &ReadOptions::default());
                // Pages reached through links are not remembered: a caller skips those it
                // holds (`known`), so only seeds, feeds and sitemaps are asked for again.
                let validator = if task.hint == Hint::Page && out.links.is_empty() {
                    Validator::default()
                } else {
                    validator
                };
                // The document stays pending (the 1) until its own handling ends below.
                let doc = self.docs.len();
                self.docs.push(Doc {
                    parent: task.parent,
                    pending: 1,
                    failed: false,
                    url: task.url.to_string(),
                    validator,
                });
                for link in &out.links {
                    let Ok(url) = task.url.join(&link.url) else { continue };
                    let hint = match link.kind {
                        LinkKind::Page => Hint::Page,
                        LinkKind::Sitemap => Hint::Sitemap,
                    };
                    if self.enqueue(url.clone(), url, task.depth + 1, hint, Some(doc), known) {
                        self.docs[doc].pending += 1;
                    }
                }
                let mut flow = ControlFlow::Continue(());
                if !out.pages.is_empty() {
                    self.report.pages += 1;
                    let fetched =
                        Fetched { url: task.url, requested: task.requested, fetched_at, content_type, bytes };
                    flow = sink(fetched);
                } else if out.links.is_empty() {
                    let reason = match out.errors.first() {
                        Some(e) => format!("unreadable: {e}"),
                        None => "holds neither pages nor links".into(),
                    };
                    self.fail(&task.url, reason);
                    self.docs[doc].failed = true;
                }
                self.settle(Some(doc), true);
                return flow;
            }
            Outcome::NotModified(validator) => {
                self.report.unchanged += 1;
                tracing::info!(url = %task.url, "unchanged (304)");
                if let Some(validators) = self.validators.as_deref_mut() {
                    // Confirmed: the newest entry now, with whatever the server sent anew.
                    let mut current = validators.get(task.url.as_str()).cloned().unwrap_or_default();
                    current.etag = validator.etag.or(current.etag);
                    current.last_modified = validator.last_modified.or(current.last_modified);
                    validators.insert(task.url.as_str(), current);
                    self.changed += 1;
                }
                self.settle(task.parent, true);
            }
            Outcome::Redirect(target) => self.redirect(task, target, known),
            Outcome::Retry { reason, after } => {
                if task.attempt >= self.config.max_retries {
                    self.fail(&task.url, format!("{reason}; gave up after {} retries", task.attempt));
                    self.settle(task.parent, false);
                    return ControlFlow::Continue(());
                }
                let backoff = self.config.retry_base.saturating_mul(1 << task.attempt.min(16));
                let wait = after.unwrap_or(backoff);
                if wait > self.config.max_retry_after {
                    self.fail(&task.url, format!("{reason}; asked to retry after {}s", wait.as_secs()));
                    self.settle(task.parent, false);
                    return ControlFlow::Continue(());
                }
                tracing::info!(url = %task.url, "{reason}; retrying in {:.1}s", wait.as_secs_f64());
                self.report.retries += 1;
                let host = self.hosts.get_mut(key).expect("host exists");
                host.next_ready = host.next_ready.max(Instant::now() + wait);
                host.queue.push_front(Task { attempt: task.attempt + 1, ..task });
            }
            Outcome::WrongType(content_type) => {
                tracing::debug!(url = %task.url, "skipped: content type {content_type}");
                self.report.skipped_type += 1;
                self.settle(task.parent, true);
            }
            Outcome::Fail(reason) => {
                self.fail(&task.url, reason);
                self.settle(task.parent, false);
            }
        }
        ControlFlow::Continue(())
    }

    /// One link of document `parent` is dealt with (`ok`: without a failure). A document
    /// whose links are all dealt with remembers its validators if nothing under it failed,
    /// and counts as dealt with for its own parent.
    fn settle(&mut self, mut parent: Option<usize>, mut ok: bool) {
        while let Some(index) = parent {
            let doc = &mut self.docs[index];
            doc.failed |= !ok;
            doc.pending -= 1;
            if doc.pending > 0 {
                return;
            }
            ok = !doc.failed;
            if ok {
                if let Some(validators) = self.validators.as_deref_mut() {
                    validators.insert(&doc.url, std::mem::take(&mut doc.validator));
                    self.changed += 1;
                }
            }
            parent = doc.parent;
        }
    }

    fn fail(&mut self, url: &Url, reason: String) {
        tracing::warn!(%url, "{reason}");
        self.report.errors.push(CrawlError { url: url.to_string(), reason });
    }

    /// Queues `url` unless it is not http(s), too deep, off-site, already queued or known;
    /// whether it was queued.
    fn enqueue(
        &mut self,
        url: Url,
        requested: Url,
        depth: usize,
        hint: Hint,
        parent: Option<usize>,
        known: &mut impl FnMut(&Url) -> bool,
    ) -> bool {
        if !matches!(url.scheme(), "http" | "https") {
            return false;
        }
        if depth > self.config.max_depth {
            self.report.skipped_depth += 1;
            return false;
        }
        if hint != Hint::Seed
            && self.config.same_host_only
            && !host_name(&url).is_some_and(|h| self.seed_hosts.contains(&h))
        {
            tracing::debug!(%url, "skipped: off-site");
            self.report.skipped_offsite += 1;
            return false;
        }
        let canonical = jejak_model::canonical_url(url.as_str()).unwrap_or_else(|| url.to_string());
        if !self.seen.insert(canonical) {
            return false;
        }
        let task = Task { url, requested, depth, hint, attempt: 0, redirects: 0, parent };
        self.push(task, known, parent.is_some())
    }

    /// Queues a task (links and redirect hops first, so a document's links are fetched
    /// before the next seed's); whether it was queued rather than known.
    fn push(&mut self, task: Task, known: &mut impl FnMut(&Url) -> bool, front: bool) -> bool {
        if task.hint == Hint::Page && known(&task.url) {
            tracing::debug!(url = %task.url, "skipped: already stored");
            self.report.skipped_known += 1;
            return false;
        }
        let key = task.url.origin().ascii_serialization();
        let order = self.hosts.len();
        let host = self.hosts.entry(key).or_insert_with(|| Host {
            queue: VecDeque::new(),
            robots: RobotsState::Unknown,
            next_ready: Instant::now(),
            delay: self.config.delay_per_host,
            in_flight: 0,
            order,
        });
        if front {
            host.queue.push_front(task);
        } else {
            host.queue.push_back(task);
        }
        true
    }

    /// Follows a redirect as a new task for the same document, or settles it.
    fn redirect(&mut self, task: Task, target: Url, known: &mut impl FnMut(&Url) -> bool) {
        let parent = task.parent;
        if task.redirects >= self.config.max_redirects {
            self.fail(&task.requested, format!("more than {} redirects", self.config.max_redirects));
            return self.settle(parent, false);
        }
        if !matches!(target.scheme(), "http" | "https") {
            self.fail(&task.url, format!("redirects to {target}, not http(s)"));
            return self.settle(parent, false);
        }
        if task.hint != Hint::Seed
            && self.config.same_host_only
            && !host_name(&target).is_some_and(|h| self.seed_hosts.contains(&h))
        {
            self.report.skipped_offsite += 1;
            return self.settle(parent, true);
        }
        tracing::debug!(from = %task.url, to = %target, "redirect");
        let canonical = |u: &Url| jejak_model::canonical_url(u.as_str()).unwrap_or_else(|| u.to_string());
        // http → https of the same page has the same canonical URL: still follow it.
        let target_canonical = canonical(&target);
        if target_canonical != canonical(&task.url) && !self.seen.insert(target_canonical) {
            return self.settle(parent, true);
        }
        let next = Task { url: target, attempt: 0, redirects: task.redirects + 1, ..task };
        if !self.push(next, known, true) {
            self.settle(parent, true);
        }
    }
}

/// The host a URL belongs to for `same_host_only`: lowercase, without `www.`.
fn host_name(url: &Url) -> Option<String> {
    let host = url.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

fn wait_until(when: Instant) {
    let now = Instant::now();
    if when > now {
        std::thread::sleep(when - now);
    }
}

/// Whether a body of this type is worth reading: HTML, XML (feeds, sitemaps), gzip under a
/// `.gz` name (compressed sitemaps), or no type at all (left to sniffing).
fn wanted_type(content_type: Option<&str>, url: &Url) -> bool {
    let Some(content_type) = content_type else { return true };
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "" | "text/html" | "application/xhtml+xml" | "text/xml" | "application/xml" => true,
        "application/gzip" | "application/x-gzip" | "application/octet-stream" => url.path().ends_with(".gz"),
        other => other.ends_with("+xml"),
    }
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = DateTime::parse_from_rfc2822(value).ok()?;
    Some((date.with_timezone(&Utc) - Utc::now()).to_std().unwrap_or_default())
}

/// A reqwest error with its causes, which its `Display` leaves out.
pub(crate) fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() { "timed out".to_string() } else { e.to_string() };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        let url = Url::parse("https://a.test/x").unwrap();
        let gz = Url::parse("https://a.test/sitemap.xml.gz").unwrap();
        assert!(wanted_type(Some("text/html; charset=utf-8"), &url));
        assert!(wanted_type(Some("application/rss+xml"), &url));
        assert!(wanted_type(None, &url));
        assert!(!wanted_type(Some("image/png"), &url));
        assert!(!wanted_type(Some("application/octet-stream"), &url));
        assert!(wanted_type(Some("application/octet-stream"), &gz));
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(retry_after("soon"), None);
    }
}
