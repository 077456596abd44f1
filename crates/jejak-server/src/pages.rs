//! Server-rendered pages. Templates live in `templates/`; askama escapes every value.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, FixedOffset};
use jejak_model::{Article, Outlet, Quote, Story};
use jejak_store::SearchHit;

use std::collections::HashMap;

use jejak_provenance::{ClaimReport, HeadlineWarning, NumberDisagreement, OutletCoverage};

use crate::api::{article_detail, list_stories, run_search, traced, ListParams, SearchParams};
use crate::i18n::{Labels, Ui};
use crate::{ApiError, AppState};

/// Renders a template, or a plain 500 page if rendering itself fails.
fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!("template: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "template error").into_response()
        }
    }
}

fn error_page(l: &'static Labels, error: ApiError) -> Response {
    let status = error.status();
    let mut response = render(&ErrorPage { l, message: error.message });
    *response.status_mut() = status;
    response
}

/// A date as the outlet wrote it, with the zone offset.
fn local_time(t: &Option<DateTime<FixedOffset>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string()).unwrap_or_default()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: &'static Labels,
    message: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: &'static Labels,
    stories: Vec<Story>,
    outlets: Vec<Outlet>,
    outlet: String,
    lang: String,
    next_cursor: Option<String>,
}

pub(crate) async fn home(
    Ui(l): Ui,
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Response {
    let filters =
        ListParams { outlet: params.outlet.clone(), lang: params.lang.clone(), ..ListParams::default() };
    let found = state
        .run(move |s| {
            // Two statements: the first connection is released before the second is taken.
            let outlets = s.store().outlets()?;
            Ok((outlets, list_stories(s, &params, 50)?))
        })
        .await;
    let params = filters;
    match found {
        Ok((outlets, list)) => render(&HomePage {
            l,
            stories: list.stories,
            outlets,
            outlet: params.outlet.clone().unwrap_or_default(),
            lang: params.lang.clone().unwrap_or_default(),
            next_cursor: list.next_cursor,
        }),
        Err(e) => error_page(l, e),
    }
}

struct ArticleView {
    article: Article,
    published: String,
    quotes: Vec<Quote>,
}

impl ArticleView {
    fn new(article: Article, quotes: Vec<Quote>) -> ArticleView {
        ArticleView { published: local_time(&article.published), article, quotes }
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
}

#[derive(Template)]
#[template(path = "story.html")]
struct StoryPage {
    l: &'static Labels,
    story: Story,
    articles: Vec<ArticleView>,
    claims: Vec<ClaimView>,
    outlets: Vec<OutletView>,
    numbers: Vec<NumberDisagreement>,
    headlines: Vec<HeadlineWarning>,
}

pub(crate) async fn story(Ui(l): Ui, State(state): State<AppState>, Path(id): Path<String>) -> Response {
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
    let articles =
        traced.articles.into_iter().zip(traced.quotes).map(|(a, q)| ArticleView::new(a, q)).collect();
    render(&StoryPage {
        l,
        story: traced.story,
        articles,
        claims,
        outlets,
        numbers: report.coverage.number_disagreements.clone(),
        headlines: report.coverage.headline_warnings.clone(),
    })
}

#[derive(Template)]
#[template(path = "article.html")]
struct ArticlePage {
    l: &'static Labels,
    view: ArticleView,
}

pub(crate) async fn article(Ui(l): Ui, State(state): State<AppState>, Path(id): Path<String>) -> Response {
    match state.run(move |s| article_detail(s, &id)).await {
        Ok(detail) => render(&ArticlePage { l, view: ArticleView::new(detail.article, detail.quotes) }),
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
