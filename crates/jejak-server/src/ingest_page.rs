//! The ingest page: pasted page text, an uploaded file or a list of URLs, written with the
//! same token as `POST /api/v1/ingest`.
//!
//! The token comes from the form's password field (then kept in an HttpOnly, SameSite=Strict
//! session cookie scoped to `/ingest`), the session cookie, or `Authorization: Bearer`.
//! Forms authenticated by cookie must also carry the per-session CSRF token (double-submit:
//! a second SameSite=Strict cookie), and a POST whose `Origin` names another site is refused.
//! The ingest itself runs as a background job; `/ingest/jobs/{id}` shows its progress and
//! refreshes itself (meta refresh, no script) until the result is there.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::multipart::MultipartError;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use jejak_model::ErrorCode;
use jejak_pipeline::{IngestOptions, IngestReport, Input, Progress};
use jejak_store::StoryQuery;

use crate::auth::{check_bearer, check_token};
use crate::i18n::{Labels, Ui};
use crate::pages::{error_page, render};
use crate::write::MAX_INGEST_BYTES;
use crate::{ApiError, AppState};

const TOKEN_COOKIE: &str = "jejak_write";
const CSRF_COOKIE: &str = "jejak_csrf";
/// Jobs kept for their pages; older ones are forgotten.
const KEPT_JOBS: usize = 64;
/// How long a submission waits for its job before showing the progress page instead.
const WAIT_FOR_JOB: Duration = Duration::from_secs(3);
/// New articles and stories linked from a result, at most.
const LINKED: usize = 100;
/// Room for the form's text fields on top of the largest file.
pub(crate) const MAX_FORM_BYTES: usize = MAX_INGEST_BYTES + 2 * 1024 * 1024;

/// Ingest jobs by id, newest last.
#[derive(Default)]
pub(crate) struct Jobs {
    jobs: Mutex<VecDeque<(String, Arc<Job>)>>,
}

impl Jobs {
    fn add(&self, id: String, job: Arc<Job>) {
        let mut jobs = self.jobs.lock().unwrap_or_else(|p| p.into_inner());
        if jobs.len() >= KEPT_JOBS {
            jobs.pop_front();
        }
        jobs.push_back((id, job));
    }

    fn get(&self, id: &str) -> Option<Arc<Job>> {
        let jobs = self.jobs.lock().unwrap_or_else(|p| p.into_inner());
        jobs.iter().find(|(i, _)| i == id).map(|(_, j)| j.clone())
    }
}

/// One ingest run: its inputs, progress while it runs, its result after.
pub(crate) struct Job {
    started: Instant,
    inputs: Vec<String>,
    /// URLs listed in the form, fetched before the ingest.
    urls: Vec<String>,
    stage: Mutex<String>,
    total: AtomicU64,
    done: AtomicU64,
    outcome: Mutex<Option<Result<Outcome, String>>>,
}

/// What a finished job shows.
#[derive(Clone, Default)]
struct Outcome {
    report: IngestReport,
    /// (id, title, outlet) of the articles the run extracted.
    articles: Vec<(String, String, String)>,
    /// (id, title) of the stories those articles are in.
    stories: Vec<(String, String)>,
}

impl Progress for Job {
    fn start(&self, stage: &str, total: u64) {
        *self.stage.lock().unwrap_or_else(|p| p.into_inner()) = stage.to_string();
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }

    fn advance(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }
}

impl Job {
    fn outcome(&self) -> Option<Result<Outcome, String>> {
        self.outcome.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn random_hex(bytes: usize) -> Option<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).ok()?;
    Some(buf.iter().map(|b| format!("{b:02x}")).collect())
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|cookies| {
        cookies
            .split(';')
            .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))
            .filter(|v| !v.is_empty())
    })
}

fn set_cookie(response: &mut Response, name: &str, value: &str) {
    // A session cookie (no Max-Age), sent only to the ingest pages and only from this site.
    let cookie = format!("{name}={value}; Path=/ingest; HttpOnly; SameSite=Strict");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// Whether the request carries a valid token by header or session cookie.
fn authorized(headers: &HeaderMap, state: &AppState) -> bool {
    check_bearer(headers, &state.write_token_hash).is_ok()
        || cookie(headers, TOKEN_COOKIE).is_some_and(|t| check_token(t, &state.write_token_hash).is_ok())
}

/// A POST from a page of another site: its `Origin` names a different host. Pages here are
/// sent with `Referrer-Policy: no-referrer`, under which browsers send `Origin: null` even
/// for this site's own forms, so `null` (like no header) proves nothing either way; the
/// token field, or the SameSite=Strict cookies with the CSRF token, still decide.
fn foreign_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if origin == "null" {
        return false;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or("");
    origin_host.is_empty() || !origin_host.eq_ignore_ascii_case(host)
}

#[derive(Template)]
#[template(path = "ingest.html")]
struct IngestForm {
    l: &'static Labels,
    authorized: bool,
    csrf: String,
    error: Option<String>,
}

fn form_response(
    l: &'static Labels,
    headers: &HeaderMap,
    state: &AppState,
    status: StatusCode,
    error: Option<String>,
) -> Response {
    let existing =
        cookie(headers, CSRF_COOKIE).filter(|c| c.len() == 32 && c.bytes().all(|b| b.is_ascii_hexdigit()));
    let csrf = existing.map(str::to_string).or_else(|| random_hex(16)).unwrap_or_default();
    let mut response =
        render(&IngestForm { l, authorized: authorized(headers, state), csrf: csrf.clone(), error });
    *response.status_mut() = status;
    if existing.is_none() && !csrf.is_empty() {
        set_cookie(&mut response, CSRF_COOKIE, &csrf);
    }
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub(crate) async fn form(Ui(l): Ui, State(state): State<AppState>, headers: HeaderMap) -> Response {
    form_response(l, &headers, &state, StatusCode::OK, None)
}

/// The form's fields once read.
#[derive(Default)]
struct Submission {
    token: String,
    csrf: String,
    text: String,
    outlet: String,
    url: String,
    urls: String,
    file: Option<(String, Vec<u8>)>,
}

fn too_large() -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        format!("the upload is larger than {} MB", MAX_INGEST_BYTES / (1024 * 1024)),
    )
}

fn multipart_error(e: MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        ApiError::new(ErrorCode::InvalidInput, format!("the form could not be read: {}", e.body_text()))
    }
}

async fn read_form(mut multipart: Multipart) -> Result<Submission, ApiError> {
    let mut form = Submission::default();
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(multipart_error)?;
            if bytes.len() > MAX_INGEST_BYTES {
                return Err(too_large());
            }
            if !bytes.is_empty() {
                form.file = Some((file_name, bytes.to_vec()));
            }
            continue;
        }
        let text = field.text().await.map_err(multipart_error)?;
        match name.as_str() {
            "token" => form.token = text.trim().to_string(),
            "csrf" => form.csrf = text,
            "text" => form.text = text,
            "outlet" => form.outlet = text.trim().to_string(),
            "url" => form.url = text.trim().to_string(),
            "urls" => form.urls = text,
            _ => {}
        }
    }
    Ok(form)
}

/// Only the last part of a client-given file name: it must not look like a place on disk.
fn file_name(name: &str) -> String {
    let name = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    if name.is_empty() || name == "." || name == ".." {
        "upload".into()
    } else {
        name.chars().take(200).collect()
    }
}

fn is_web_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://")) && !s.chars().any(char::is_whitespace)
}

pub(crate) async fn submit(
    Ui(l): Ui,
    State(state): State<AppState>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    // A body over the limit fails here or while reading fields; both say so the same way.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_FORM_BYTES) {
        return error_page(l, too_large());
    }
    let multipart = match multipart {
        Ok(m) => m,
        Err(e) => {
            let error = ApiError::new(
                ErrorCode::InvalidInput,
                format!("expected a multipart form: {}", e.body_text()),
            );
            return error_page(l, error);
        }
    };
    let form = match read_form(multipart).await {
        Ok(f) => f,
        Err(e) => return error_page(l, e),
    };
    // A refused token shows the form again, with the reason and its stable code.
    let new_token = match writer_token(&headers, &state, &form) {
        Ok(token) => token,
        Err(e) => {
            let message = format!("{} ({})", e.message, e.code.as_str());
            return form_response(l, &headers, &state, e.status(), Some(message));
        }
    };
    if let Err(e) = state.write_limiter.check() {
        return error_page(l, e);
    }
    let outlet = Some(form.outlet.clone()).filter(|o| !o.is_empty());
    let (inputs, names, urls) = form_inputs(form);
    if inputs.is_empty() && urls.is_empty() {
        return form_response(
            l,
            &headers,
            &state,
            StatusCode::BAD_REQUEST,
            Some(l.nothing_given.to_string()),
        );
    }
    let Some(id) = random_hex(16) else {
        return error_page(l, ApiError::new(ErrorCode::Internal, "no random source for a job id"));
    };
    let job = Arc::new(Job {
        started: Instant::now(),
        inputs: names,
        urls,
        stage: Mutex::new(String::new()),
        total: AtomicU64::new(0),
        done: AtomicU64::new(0),
        outcome: Mutex::new(None),
    });
    state.jobs.add(id.clone(), job.clone());
    let mut opts = IngestOptions::default();
    opts.read.outlet = outlet;
    let worker = state.clone();
    let running = tokio::task::spawn_blocking(move || {
        let mut inputs = inputs;
        let crawl_errors = fetch_listed(&job, &mut inputs);
        let outcome =
            if inputs.is_empty() { Ok(Outcome::default()) } else { run(&worker, inputs, &opts, &job) };
        let outcome = outcome.map(|mut o| {
            o.report.errors.splice(0..0, crawl_errors);
            o
        });
        *job.outcome.lock().unwrap_or_else(|p| p.into_inner()) = Some(outcome);
    });
    // Short runs answer at once; long ones leave the progress page to wait.
    let _ = tokio::time::timeout(WAIT_FOR_JOB, running).await;

    let mut response =
        (StatusCode::SEE_OTHER, [(header::LOCATION, format!("/ingest/jobs/{id}"))]).into_response();
    if let Some(token) = new_token {
        set_cookie(&mut response, TOKEN_COOKIE, &token);
    }
    response
}

/// Who is writing: a bearer header, the token typed into the form, or the session cookie
/// (which alone needs the CSRF token, since a browser sends it by itself). Returns the token
/// typed into the form, for the session cookie.
fn writer_token(
    headers: &HeaderMap,
    state: &AppState,
    form: &Submission,
) -> Result<Option<String>, ApiError> {
    if check_bearer(headers, &state.write_token_hash).is_ok() {
        return Ok(None);
    }
    if foreign_origin(headers) {
        return Err(ApiError::new(ErrorCode::Unauthorized, "the form was sent from another site"));
    }
    if !form.token.is_empty() {
        check_token(&form.token, &state.write_token_hash)?;
        return Ok(Some(form.token.clone()));
    }
    let Some(token) = cookie(headers, TOKEN_COOKIE) else {
        return Err(ApiError::new(ErrorCode::Unauthorized, "writing needs the token jejak serve printed"));
    };
    check_token(token, &state.write_token_hash)?;
    let expected = cookie(headers, CSRF_COOKIE).unwrap_or("");
    if expected.is_empty() || form.csrf != expected {
        return Err(ApiError::new(ErrorCode::Unauthorized, "the form has expired; open it again and resend"));
    }
    Ok(None)
}

/// What the form gives to ingest: pasted text (a page fetched from its URL when one is
/// given), an uploaded file, and the URLs listed to fetch; with the names the job shows.
fn form_inputs(form: Submission) -> (Vec<Input>, Vec<String>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut names = Vec::new();
    if !form.text.trim().is_empty() {
        let bytes = form.text.into_bytes();
        if is_web_url(&form.url) {
            names.push(form.url.clone());
            inputs.push(Input::Fetched { url: form.url.clone(), fetched_at: Utc::now(), bytes });
        } else {
            names.push("pasted text".to_string());
            inputs.push(Input::Bytes { name: PathBuf::from("paste/pasted.txt"), bytes });
        }
    }
    if let Some((name, bytes)) = form.file {
        let name = file_name(&name);
        names.push(name.clone());
        inputs.push(Input::Bytes { name: PathBuf::from(format!("upload/{name}")), bytes });
    }
    let urls = form.urls.split_whitespace().filter(|u| is_web_url(u)).map(str::to_string).collect();
    (inputs, names, urls)
}

/// Documents fetched for a URL list at most: the form is for a handful of links; bigger
/// crawls belong to `jejak crawl`.
const MAX_FETCHED: usize = 50;

/// Fetches the listed URLs (feeds, sitemaps or pages) politely, as `jejak crawl` does, and
/// adds what arrived to the inputs; returns the fetch errors. Private and loopback
/// addresses are refused: the form must not reach into the server's network.
fn fetch_listed(job: &Job, inputs: &mut Vec<Input>) -> Vec<String> {
    let seeds: Vec<jejak_crawl::Url> =
        job.urls.iter().filter_map(|u| jejak_crawl::Url::parse(u).ok()).collect();
    if seeds.is_empty() {
        return Vec::new();
    }
    job.start("fetching", seeds.len() as u64);
    let config = jejak_crawl::CrawlConfig { max_pages: MAX_FETCHED, ..jejak_crawl::CrawlConfig::default() };
    let crawler = match jejak_crawl::Crawler::new(config) {
        Ok(crawler) => crawler,
        Err(e) => return vec![e.to_string()],
    };
    let report = crawler.crawl(seeds, |fetched| {
        job.advance(1);
        inputs.push(Input::Fetched {
            url: fetched.url.to_string(),
            fetched_at: fetched.fetched_at,
            bytes: fetched.bytes,
        });
    });
    let mut errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    if report.skipped_private > 0 {
        errors.push(format!(
            "{} URL(s) on private or loopback addresses were not fetched",
            report.skipped_private
        ));
    }
    errors
}

/// Ingests on the writing connection and looks up what to link to.
fn run(state: &AppState, inputs: Vec<Input>, opts: &IngestOptions, job: &Job) -> Result<Outcome, String> {
    let mut store = state.writer();
    let (report, ids) =
        jejak_pipeline::ingest_inputs_listing(&mut **store, inputs, opts, job).map_err(|e| e.to_string())?;
    let ids: Vec<String> = ids.into_iter().take(LINKED).collect();
    let articles = store
        .articles_by_ids(&ids)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|a| (a.id, a.title.unwrap_or_default(), a.outlet.unwrap_or_default()))
        .collect();
    let stories = if ids.is_empty() {
        Vec::new()
    } else {
        store
            .stories(&StoryQuery { limit: 0, ..StoryQuery::default() })
            .map_err(|e| e.to_string())?
            .into_iter()
            .filter(|s| s.article_ids.iter().any(|a| ids.contains(a)))
            .take(LINKED)
            .map(|s| (s.id, s.title))
            .collect()
    };
    Ok(Outcome { report, articles, stories })
}

#[derive(Template)]
#[template(path = "ingest_job.html")]
struct JobPage {
    l: &'static Labels,
    inputs: Vec<String>,
    urls: Vec<String>,
    /// The `jejak crawl` command for the listed URLs.
    crawl: String,
    /// While running: stage, done, total and seconds so far.
    running: Option<(String, u64, u64, u64)>,
    outcome: Option<Outcome>,
    failure: Option<String>,
}

pub(crate) async fn job(
    Ui(l): Ui,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    if !authorized(&headers, &state) {
        return error_page(l, ApiError::new(ErrorCode::Unauthorized, "job pages need the write token"));
    }
    let Some(job) = state.jobs.get(&id) else {
        return error_page(l, ApiError::new(ErrorCode::RouteNotFound, format!("no ingest job {id:?}")));
    };
    let crawl = if job.urls.is_empty() {
        String::new()
    } else {
        format!("jejak crawl --every 600 {}", job.urls.join(" "))
    };
    let mut page = JobPage {
        l,
        inputs: job.inputs.clone(),
        urls: job.urls.clone(),
        crawl,
        running: None,
        outcome: None,
        failure: None,
    };
    match job.outcome() {
        None => {
            let stage = job.stage.lock().unwrap_or_else(|p| p.into_inner()).clone();
            page.running = Some((
                stage,
                job.done.load(Ordering::Relaxed),
                job.total.load(Ordering::Relaxed),
                job.started.elapsed().as_secs(),
            ));
        }
        Some(Ok(outcome)) => page.outcome = Some(outcome),
        Some(Err(e)) => page.failure = Some(e),
    }
    let mut response = render(&page);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

impl JobPage {
    fn seconds(report: &IngestReport) -> String {
        format!("{:.2}", report.elapsed.as_secs_f64())
    }
}
