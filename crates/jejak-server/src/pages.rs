//! Server-rendered pages. Templates live in `templates/`; askama escapes every value.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, Datelike, FixedOffset, Utc};
use jejak_model::{Article, Outlet, Quote, Story};
use jejak_store::SearchHit;

use std::collections::HashMap;

use jejak_provenance::{ClaimReport, HeadlineWarning, NumberDisagreement, OutletCoverage};

use crate::api::{article_detail, list_stories, run_search, traced, ListParams, SearchParams};
use crate::i18n::{Labels, Ui};
use crate::zone::{self, ReaderZone};
use crate::{ApiError, AppState};

/// Renders a template, or a plain 500 page if rendering itself fails.
pub(crate) fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!("template: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "template error").into_response()
        }
    }
}

pub(crate) fn error_page(l: &'static Labels, error: ApiError) -> Response {
    let status = error.status();
    let mut response = render(&ErrorPage { l, code: error.code.as_str(), message: error.message });
    *response.status_mut() = status;
    response
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: &'static Labels,
    /// The stable error code, as the API would report it.
    code: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: &'static Labels,
    stories: Vec<(Story, Option<Spark>)>,
    outlets: Vec<Outlet>,
    outlet: String,
    lang: String,
    since: String,
    next_cursor: Option<String>,
}

/// Width of a spark's bin and the number of bins.
const SPARK_BIN: u32 = 5;
const SPARK_BINS: usize = jejak_model::TIMELINE_BINS;
const SPARK_HEIGHT: u32 = 16;

/// A story's article count over time, drawn as a tiny bar chart by the template.
pub(crate) struct Spark {
    /// (x, y, height) of each non-empty bin's bar.
    bars: Vec<(u32, u32, u32)>,
    label: String,
}

impl Spark {
    fn width(&self) -> u32 {
        SPARK_BIN * SPARK_BINS as u32
    }

    fn height(&self) -> u32 {
        SPARK_HEIGHT
    }

    /// The story's stored timeline as bars; `None` without dates.
    fn new(l: &Labels, story: &Story) -> Option<Spark> {
        let (first, last) = (story.first_seen?, story.last_seen?);
        let bins = &story.timeline;
        let max = bins.iter().copied().max().filter(|&m| m > 0)?;
        let bars = bins
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(i, &n)| {
                let h = (n * SPARK_HEIGHT / max).max(2);
                (i as u32 * SPARK_BIN, SPARK_HEIGHT - h, h)
            })
            .collect();
        let utc = FixedOffset::east_opt(0)?;
        let day = |t: DateTime<Utc>| {
            let t = t.with_timezone(&utc);
            format!("{} {} {}", t.day(), l.months[t.month0() as usize], t.year())
        };
        let label = format!("{} {}: {} – {}", story.article_ids.len(), l.over_time, day(first), day(last));
        Some(Spark { bars, label })
    }
}

pub(crate) async fn home(
    Ui(l): Ui,
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Response {
    let filters = ListParams {
        outlet: params.outlet.clone(),
        lang: params.lang.clone(),
        since: params.since.clone(),
        ..ListParams::default()
    };
    let found = state
        .run(move |s| {
            // One statement each: a connection is released before the next is taken.
            let outlets = s.store().outlets()?;
            let list = list_stories(s, &params, 50)?;
            let stories = list
                .stories
                .into_iter()
                .map(|story| {
                    let spark = Spark::new(l, &story);
                    (story, spark)
                })
                .collect::<Vec<_>>();
            Ok((outlets, stories, list.next_cursor))
        })
        .await;
    let params = filters;
    match found {
        Ok((outlets, stories, next_cursor)) => render(&HomePage {
            l,
            stories,
            outlets,
            outlet: params.outlet.clone().unwrap_or_default(),
            lang: params.lang.clone().unwrap_or_default(),
            since: params.since.clone().unwrap_or_default(),
            next_cursor,
        }),
        Err(e) => error_page(l, e),
    }
}

struct ArticleView {
    article: Article,
    /// As the outlet published it ("8 Agu 2022 23:31 WIB"); empty when undated.
    published: String,
    /// The same instant in the reader's zone, when that zone differs from the outlet's.
    reader_time: Option<String>,
    /// RFC 3339, for `<time datetime>`.
    datetime: String,
    quotes: Vec<Quote>,
}

impl ArticleView {
    fn new(article: Article, quotes: Vec<Quote>, l: &Labels, zone: ReaderZone) -> ArticleView {
        let (published, reader_time, datetime) = match &article.published {
            Some(t) => (
                zone::as_published(l, t, article.time_zone.as_deref()),
                (*t.offset() != zone.offset).then(|| zone::in_zone(l, t, zone.offset)),
                t.to_rfc3339(),
            ),
            None => (String::new(), None, String::new()),
        };
        ArticleView { published, reader_time, datetime, article, quotes }
    }

    /// Each body paragraph cut into pieces, a piece carrying the speaker when it is quoted,
    /// so the page can highlight quotes without emitting raw HTML.
    fn paragraphs(&self) -> Vec<Vec<(String, Option<String>)>> {
        self.article
            .body
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let mut spans: Vec<(usize, usize, String)> = self
                    .quotes
                    .iter()
                    .filter(|q| q.paragraph == i)
                    .filter(|q| q.span.start < q.span.end && q.span.end <= text.len())
                    .filter(|q| text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end))
                    .map(|q| (q.span.start, q.span.end, q.speaker.clone().unwrap_or_default()))
                    .collect();
                spans.sort();
                let mut pieces = Vec::new();
                let mut at = 0;
                for (start, end, speaker) in spans {
                    if start < at {
                        continue;
                    }
                    pieces.push((text[at..start].to_string(), None));
                    pieces.push((text[start..end].to_string(), Some(speaker)));
                    at = end;
                }
                pieces.push((text[at..].to_string(), None));
                pieces
            })
            .collect()
    }
}

/// A claim as the story page shows it, with its graph drawn.
struct ClaimView {
    claim: ClaimReport,
    /// SVG produced by `ProvenanceGraph::to_svg`, which escapes every label.
    svg: String,
}

/// One outlet's column of the coverage table, with claim texts instead of ids.
struct OutletView {
    coverage: OutletCoverage,
    only_here: Vec<String>,
    /// Shared claims with what this outlet alone adds to each: (claim text, additions).
    adds: Vec<(String, String)>,
}

/// A near-copy of an article, shown as a line under its origin's column.
struct CopyView {
    view: ArticleView,
    origin_outlet: String,
    similarity: f32,
}

/// An article's column on the story page, with the near-copies collapsed under it.
struct ColumnView {
    view: ArticleView,
    copies: Vec<CopyView>,
}

/// Groups articles into columns: each near-copy goes under the origin of its chain of copies
/// (`copies` holds each article's origin, as `jejak_pipeline::copy_origins` found it).
fn collapse_copies(
    articles: Vec<ArticleView>,
    copies: &[Option<jejak_pipeline::CopyOf>],
    l: &Labels,
) -> Vec<ColumnView> {
    let outlet_of: HashMap<String, String> = articles
        .iter()
        .map(|v| {
            (v.article.id.clone(), v.article.outlet.clone().unwrap_or_else(|| l.unknown_outlet.to_string()))
        })
        .collect();
    let mut columns: Vec<ColumnView> = Vec::new();
    let mut pending: Vec<(String, CopyView)> = Vec::new();
    for (view, copy) in articles.into_iter().zip(copies) {
        match copy {
            Some(c) => {
                let origin_outlet = outlet_of.get(&c.origin).cloned().unwrap_or_default();
                pending.push((c.origin.clone(), CopyView { view, origin_outlet, similarity: c.similarity }));
            }
            None => columns.push(ColumnView { view, copies: Vec::new() }),
        }
    }
    for (root_id, copy) in pending {
        match columns.iter_mut().find(|c| c.view.article.id == root_id) {
            Some(column) => column.copies.push(copy),
            None => columns.push(ColumnView { view: copy.view, copies: Vec::new() }),
        }
    }
    columns
}

#[derive(Template)]
#[template(path = "story.html")]
struct StoryPage {
    l: &'static Labels,
    story: Story,
    /// How many articles the story holds, copies included.
    article_count: usize,
    columns: Vec<ColumnView>,
    zones: Vec<zone::ZoneChoice>,
    claims: Vec<ClaimView>,
    outlets: Vec<OutletView>,
    numbers: Vec<NumberDisagreement>,
    headlines: Vec<HeadlineWarning>,
}

pub(crate) async fn story(
    Ui(l): Ui,
    reader: ReaderZone,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    let traced = match state.run(move |s| traced(s, &id)).await {
        Ok(t) => t,
        Err(e) => return error_page(l, e),
    };
    let report = traced.report;
    let text_of: HashMap<&str, &str> =
        report.claims.iter().map(|c| (c.id.as_str(), c.text.as_str())).collect();
    let outlets = report
        .coverage
        .outlets
        .iter()
        .map(|o| OutletView {
            only_here: o
                .only_here
                .iter()
                .filter_map(|id| text_of.get(id.as_str()).map(|t| t.to_string()))
                .collect(),
            adds: o
                .details_only_here
                .iter()
                .filter_map(|d| {
                    let text = text_of.get(d.claim_id.as_str())?;
                    let added: Vec<String> = d
                        .numbers
                        .iter()
                        .chain(&d.sources)
                        .cloned()
                        .chain((!d.words.is_empty()).then(|| d.words.join(" ")))
                        .collect();
                    Some((text.to_string(), added.join(" · ")))
                })
                .collect(),
            coverage: o.clone(),
        })
        .collect();
    // Claims carried by several outlets or by a named speaker are the ones with a story to tell.
    let claims = report
        .claims
        .iter()
        .filter(|c| c.outlets.len() > 1 || c.speaker.is_some())
        .map(|c| ClaimView { svg: c.graph.to_svg(), claim: c.clone() })
        .collect();
    let articles: Vec<ArticleView> = traced
        .articles
        .into_iter()
        .zip(traced.quotes)
        .map(|(a, q)| ArticleView::new(a, q, l, reader))
        .collect();
    let article_count = articles.len();
    let mut response = render(&StoryPage {
        l,
        story: traced.story,
        article_count,
        columns: collapse_copies(articles, &traced.copies, l),
        zones: zone::choices(reader.offset),
        claims,
        outlets,
        numbers: report.coverage.number_disagreements.clone(),
        headlines: report.coverage.headline_warnings.clone(),
    });
    reader.remember(&mut response);
    response
}

#[derive(Template)]
#[template(path = "article.html")]
struct ArticlePage {
    l: &'static Labels,
    view: ArticleView,
}

pub(crate) async fn article(
    Ui(l): Ui,
    reader: ReaderZone,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    match state.run(move |s| article_detail(s, &id)).await {
        Ok(detail) => {
            let mut response =
                render(&ArticlePage { l, view: ArticleView::new(detail.article, detail.quotes, l, reader) });
            reader.remember(&mut response);
            response
        }
        Err(e) => error_page(l, e),
    }
}

#[derive(Template)]
#[template(path = "outlet.html")]
struct OutletPage {
    l: &'static Labels,
    name: String,
    article_count: u64,
    stories: Vec<Story>,
    /// Claims this outlet carried in its recent stories, and how many had a single source.
    claims: usize,
    single_source: usize,
}

/// Stories traced for an outlet page's single-source share; tracing is per story.
const OUTLET_TRACED_STORIES: usize = 30;

pub(crate) async fn outlet(Ui(l): Ui, State(state): State<AppState>, Path(name): Path<String>) -> Response {
    match state.run(move |s| outlet_page(s, l, &name)).await {
        Ok(page) => render(&page),
        Err(e) => error_page(l, e),
    }
}

fn outlet_page(state: &AppState, l: &'static Labels, name: &str) -> Result<OutletPage, ApiError> {
    let outlets = state.store().outlets()?;
    let outlet = outlets.into_iter().find(|o| o.name == name).ok_or_else(|| {
        ApiError::new(jejak_model::ErrorCode::OutletNotFound, format!("no outlet named {name:?}"))
    })?;
    let params = ListParams { outlet: Some(outlet.name.clone()), ..ListParams::default() };
    let stories = list_stories(state, &params, 50)?.stories;
    let (mut claims, mut single_source) = (0, 0);
    for story in stories.iter().take(OUTLET_TRACED_STORIES) {
        let Ok(traced) = traced(state, &story.id) else { continue };
        for claim in traced.report.claims.iter().filter(|c| c.outlets.contains(&outlet.name)) {
            claims += 1;
            single_source += usize::from(claim.provenance.single_source);
        }
    }
    Ok(OutletPage {
        l,
        name: outlet.name,
        article_count: outlet.article_count,
        stories,
        claims,
        single_source,
    })
}

/// A search hit with its snippet cut into plain and matching pieces, so the template can
/// mark matches without ever emitting unescaped text.
struct HitView {
    hit: SearchHit,
    pieces: Vec<(String, bool)>,
}

impl HitView {
    fn new(hit: SearchHit) -> HitView {
        let mut pieces = Vec::new();
        let mut at = 0;
        for &(start, end) in &hit.highlights {
            if start < at
                || end > hit.snippet.len()
                || !hit.snippet.is_char_boundary(start)
                || !hit.snippet.is_char_boundary(end)
            {
                continue;
            }
            pieces.push((hit.snippet[at..start].to_string(), false));
            pieces.push((hit.snippet[start..end].to_string(), true));
            at = end;
        }
        pieces.push((hit.snippet[at..].to_string(), false));
        HitView { hit, pieces }
    }
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    l: &'static Labels,
    query: String,
    outlet: String,
    lang: String,
    hits: Vec<HitView>,
    total: usize,
    offset: usize,
    /// Offsets of the previous and next pages, when there are any.
    prev: Option<usize>,
    next: Option<usize>,
    error: Option<String>,
}

/// Hits per search page.
const SEARCH_PAGE: usize = 20;

pub(crate) async fn search(
    Ui(l): Ui,
    State(state): State<AppState>,
    Query(mut params): Query<SearchParams>,
) -> Response {
    let mut page = SearchPage {
        l,
        query: params.q.clone().unwrap_or_default(),
        outlet: params.outlet.clone().unwrap_or_default(),
        lang: params.lang.clone().unwrap_or_default(),
        hits: vec![],
        total: 0,
        offset: 0,
        prev: None,
        next: None,
        error: None,
    };
    if page.query.trim().is_empty() {
        return render(&page);
    }
    params.limit = Some(SEARCH_PAGE);
    match state.run(move |s| run_search(s, &params)).await {
        Ok(found) => {
            page.offset = found.offset;
            page.total = found.results.total;
            page.prev = (found.offset > 0).then(|| found.offset.saturating_sub(SEARCH_PAGE));
            page.next =
                (found.offset + SEARCH_PAGE < found.results.total).then_some(found.offset + SEARCH_PAGE);
            page.hits = found.results.hits.into_iter().map(HitView::new).collect();
        }
        Err(e) => page.error = Some(e.message),
    }
    render(&page)
}

pub(crate) async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../static/style.css"))
}
