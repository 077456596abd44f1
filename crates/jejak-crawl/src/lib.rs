//! A polite crawler: fetches feeds, sitemaps and article pages over HTTP(S) and hands each
//! fetched document that holds pages to a sink; it stores nothing itself.
//!
//! In: seed URLs (feeds, sitemaps, sitemap indexes or pages). Every fetched body is read
//! with [`jejak_ingest::read_bytes_ext`]; the links it yields (sitemap `<loc>`s, feed entries
//! without full content) go onto the frontier, deduplicated by [`jejak_model::canonical_url`].
//! HTML pages are not mined for `<a>` links: discovery is through feeds and sitemaps only.
//!
//! Politeness, all per origin (scheme, host, port):
//! - robots.txt is fetched once per run and obeyed (see the `robots` module for how missing
//!   or failing robots.txt files are treated: 404 allows all, 5xx or unreachable disallows
//!   the whole site for this run, as Google does);
//! - two requests to one origin are never closer than the configured delay, raised to the
//!   site's Crawl-delay, measured from the end of one response to the start of the next;
//!   different origins interleave while one waits;
//! - `429` and `503` are retried after `Retry-After` (or exponential backoff), network
//!   errors after exponential backoff, at most [`CrawlConfig::max_retries`] times;
//! - redirects are followed by the crawler itself (at most [`CrawlConfig::max_redirects`]),
//!   so each hop is checked against robots.txt and spaced like any request;
//! - private, loopback and link-local addresses are refused, after DNS resolution and on
//!   every redirect (the `guard` module), unless [`CrawlConfig::allow_private`];
//! - bodies that are not HTML or XML are not read; bodies are streamed and dropped past
//!   [`CrawlConfig::max_bytes_per_page`] (after decompression).
//!
//! The crawler is blocking and makes one request at a time: it is for news sites, where the
//! per-host delay, not bandwidth, bounds throughput.

mod guard;
mod robots;

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::ops::ControlFlow;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use jejak_ingest::{read_bytes_ext, LinkKind, ReadOptions};
use serde::Serialize;
pub use url::Url;

use robots::Robots;

/// How a crawl behaves.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// Sent with every request; its first word (before `/`) is the robots.txt agent token.
    pub user_agent: String,
    /// Least time between two requests to one origin; a longer Crawl-delay wins.
    pub delay_per_host: Duration,
    /// Documents (pages, feeds, sitemaps) fetched at most; robots.txt, redirects and
    /// retries do not count.
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
}

/// One origin: its queue, its robots.txt and when it may next be asked.
struct Host {
    queue: VecDeque<Task>,
    robots: Option<Robots>,
    next_ready: Instant,
    delay: Duration,
    /// First-seen order, to break ties between hosts ready at the same time.
    order: usize,
}

enum Outcome {
    Body { content_type: Option<String>, bytes: Vec<u8> },
    Redirect(Url),
    Retry { reason: String, after: Option<Duration> },
    WrongType(String),
    Fail(String),
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
        mut known: impl FnMut(&Url) -> bool,
        mut sink: impl FnMut(Fetched) -> ControlFlow<()>,
    ) -> CrawlReport {
        let mut run = Run {
            config: &self.config,
            hosts: HashMap::new(),
            seen: HashSet::new(),
            seed_hosts: seeds.iter().filter_map(host_name).collect(),
            report: CrawlReport::default(),
        };
        for seed in seeds {
            run.enqueue(seed.clone(), seed, 0, Hint::Seed, &mut known, false);
        }
        while let Some(key) = run.next_host() {
            if run.report.fetched >= self.config.max_pages {
                run.report.truncated = true;
                break;
            }
            let host = run.hosts.get_mut(&key).expect("picked host exists");
            wait_until(host.next_ready);
            if host.robots.is_none() {
                let origin = host.queue.front().expect("picked host has work").url.clone();
                let robots = match guard::check_url(&origin) {
                    Err(e) if !self.config.allow_private => Robots::Refused(e.to_string()),
                    _ => {
                        run.report.requests += 1;
                        robots::fetch(&self.robots_client, &origin, &self.config.user_agent)
                    }
                };
                if let Robots::DisallowAll(reason) | Robots::Refused(reason) = &robots {
                    tracing::warn!(%origin, "not crawling this site: {reason}");
                    run.report.errors.push(CrawlError { url: key.clone(), reason: reason.clone() });
                }
                host.delay = self.config.delay_per_host.max(robots.crawl_delay().unwrap_or_default());
                host.next_ready = Instant::now() + host.delay;
                host.robots = Some(robots);
                continue;
            }
            let task = host.queue.pop_front().expect("picked host has work");
            match &host.robots {
                Some(Robots::Refused(_)) => {
                    run.report.skipped_private += 1;
                    continue;
                }
                Some(robots) if robots.allowed(&task.url) => {}
                _ => {
                    tracing::debug!(url = %task.url, "disallowed by robots.txt");
                    run.report.skipped_robots += 1;
                    continue;
                }
            }
            run.report.requests += 1;
            let outcome = self.fetch(&task.url, &mut run.report);
            let fetched_at = Utc::now();
            let delay = host.delay;
            host.next_ready = Instant::now() + delay;
            match outcome {
                Outcome::Body { content_type, bytes } => {
                    run.report.fetched += 1;
                    tracing::info!(url = %task.url, bytes = bytes.len(), "fetched");
                    let out =
                        read_bytes_ext(Path::new(task.url.as_str()), bytes.clone(), &ReadOptions::default());
                    for link in &out.links {
                        let Ok(url) = task.url.join(&link.url) else { continue };
                        let hint = match link.kind {
                            LinkKind::Page => Hint::Page,
                            LinkKind::Sitemap => Hint::Sitemap,
                        };
                        run.enqueue(url.clone(), url, task.depth + 1, hint, &mut known, true);
                    }
                    if !out.pages.is_empty() {
                        run.report.pages += 1;
                        let fetched = Fetched {
                            url: task.url,
                            requested: task.requested,
                            fetched_at,
                            content_type,
                            bytes,
                        };
                        if sink(fetched).is_break() {
                            break;
                        }
                    } else if out.links.is_empty() {
                        let reason = match out.errors.first() {
                            Some(e) => format!("unreadable: {e}"),
                            None => "holds neither pages nor links".into(),
                        };
                        run.fail(&task.url, reason);
                    }
                }
                Outcome::Redirect(target) => run.redirect(task, target, &mut known),
                Outcome::Retry { reason, after } => {
                    if task.attempt >= self.config.max_retries {
                        run.fail(&task.url, format!("{reason}; gave up after {} retries", task.attempt));
                        continue;
                    }
                    let backoff = self.config.retry_base.saturating_mul(1 << task.attempt.min(16));
                    let wait = after.unwrap_or(backoff);
                    if wait > self.config.max_retry_after {
                        run.fail(&task.url, format!("{reason}; asked to retry after {}s", wait.as_secs()));
                        continue;
                    }
                    tracing::info!(url = %task.url, "{reason}; retrying in {:.1}s", wait.as_secs_f64());
                    run.report.retries += 1;
                    let host = run.hosts.get_mut(&key).expect("host exists");
                    host.next_ready = host.next_ready.max(Instant::now() + wait);
                    host.queue.push_front(Task { attempt: task.attempt + 1, ..task });
                }
                Outcome::WrongType(content_type) => {
                    tracing::debug!(url = %task.url, "skipped: content type {content_type}");
                    run.report.skipped_type += 1;
                }
                Outcome::Fail(reason) => run.fail(&task.url, reason),
            }
        }
        run.report
    }

    /// One GET, without following redirects; the body is read only when it is wanted.
    fn fetch(&self, url: &Url, report: &mut CrawlReport) -> Outcome {
        let response = match self
            .client
            .get(url.clone())
            .header(
                reqwest::header::ACCEPT,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
            )
            .send()
        {
            Ok(response) => response,
            Err(e) => {
                return match guard::refused(&e) {
                    Some(reason) => Outcome::Fail(reason),
                    None => Outcome::Retry { reason: describe(&e), after: None },
                }
            }
        };
        let status = response.status();
        let headers = response.headers();
        if status.is_redirection() {
            let location = headers.get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok());
            return match location.and_then(|l| url.join(l).ok()) {
                Some(target) => Outcome::Redirect(target),
                None => Outcome::Fail(format!("HTTP {} without a usable Location", status.as_u16())),
            };
        }
        if matches!(status.as_u16(), 429 | 503) {
            let after =
                headers.get(reqwest::header::RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(retry_after);
            return Outcome::Retry { reason: format!("HTTP {}", status.as_u16()), after };
        }
        if !status.is_success() {
            return Outcome::Fail(format!("HTTP {}", status.as_u16()));
        }
        let content_type =
            headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
        if !wanted_type(content_type.as_deref(), url) {
            return Outcome::WrongType(content_type.unwrap_or_default());
        }
        let cap = self.config.max_bytes_per_page;
        if let Some(length) = response.content_length().filter(|&l| l > cap) {
            return Outcome::Fail(format!("body of {length} bytes is over the limit of {cap} bytes"));
        }
        let mut bytes = Vec::new();
        let read = response.take(cap + 1).read_to_end(&mut bytes);
        report.bytes += bytes.len() as u64;
        match read {
            Err(e) => Outcome::Retry { reason: format!("reading the body failed: {e}"), after: None },
            Ok(_) if bytes.len() as u64 > cap => {
                Outcome::Fail(format!("body is over the limit of {cap} bytes; dropped"))
            }
            Ok(_) => Outcome::Body { content_type, bytes },
        }
    }
}

/// The mutable state of one crawl.
struct Run<'a> {
    config: &'a CrawlConfig,
    hosts: HashMap<String, Host>,
    /// Canonical URLs already queued.
    seen: HashSet<String>,
    seed_hosts: HashSet<String>,
    report: CrawlReport,
}

impl Run<'_> {
    /// The origin with work that may be asked soonest.
    fn next_host(&self) -> Option<String> {
        self.hosts
            .iter()
            .filter(|(_, h)| !h.queue.is_empty())
            .min_by_key(|(_, h)| (h.next_ready, h.order))
            .map(|(k, _)| k.clone())
    }

    fn fail(&mut self, url: &Url, reason: String) {
        tracing::warn!(%url, "{reason}");
        self.report.errors.push(CrawlError { url: url.to_string(), reason });
    }

    /// Queues `url` unless it is not http(s), too deep, off-site, already queued or known.
    fn enqueue(
        &mut self,
        url: Url,
        requested: Url,
        depth: usize,
        hint: Hint,
        known: &mut impl FnMut(&Url) -> bool,
        front: bool,
    ) {
        if !matches!(url.scheme(), "http" | "https") {
            return;
        }
        if depth > self.config.max_depth {
            self.report.skipped_depth += 1;
            return;
        }
        if hint != Hint::Seed
            && self.config.same_host_only
            && !host_name(&url).is_some_and(|h| self.seed_hosts.contains(&h))
        {
            tracing::debug!(%url, "skipped: off-site");
            self.report.skipped_offsite += 1;
            return;
        }
        let canonical = jejak_model::canonical_url(url.as_str()).unwrap_or_else(|| url.to_string());
        if !self.seen.insert(canonical) {
            return;
        }
        self.push(Task { url, requested, depth, hint, attempt: 0, redirects: 0 }, known, front);
    }

    fn push(&mut self, task: Task, known: &mut impl FnMut(&Url) -> bool, front: bool) {
        if task.hint == Hint::Page && known(&task.url) {
            tracing::debug!(url = %task.url, "skipped: already stored");
            self.report.skipped_known += 1;
            return;
        }
        let key = task.url.origin().ascii_serialization();
        let order = self.hosts.len();
        let host = self.hosts.entry(key).or_insert_with(|| Host {
            queue: VecDeque::new(),
            robots: None,
            next_ready: Instant::now(),
            delay: self.config.delay_per_host,
            order,
        });
        if front {
            host.queue.push_front(task);
        } else {
            host.queue.push_back(task);
        }
    }

    fn redirect(&mut self, task: Task, target: Url, known: &mut impl FnMut(&Url) -> bool) {
        if task.redirects >= self.config.max_redirects {
            return self.fail(&task.requested, format!("more than {} redirects", self.config.max_redirects));
        }
        if !matches!(target.scheme(), "http" | "https") {
            return self.fail(&task.url, format!("redirects to {target}, not http(s)"));
        }
        if task.hint != Hint::Seed
            && self.config.same_host_only
            && !host_name(&target).is_some_and(|h| self.seed_hosts.contains(&h))
        {
            self.report.skipped_offsite += 1;
            return;
        }
        tracing::debug!(from = %task.url, to = %target, "redirect");
        let canonical = |u: &Url| jejak_model::canonical_url(u.as_str()).unwrap_or_else(|| u.to_string());
        // http → https of the same page has the same canonical URL: still follow it.
        let target_canonical = canonical(&target);
        if target_canonical != canonical(&task.url) && !self.seen.insert(target_canonical) {
            return;
        }
        let next = Task { url: target, attempt: 0, redirects: task.redirects + 1, ..task };
        self.push(next, known, true);
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
