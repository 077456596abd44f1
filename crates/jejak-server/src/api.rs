//! JSON handlers. Reads only; every response is plain data from the store.

use axum::extract::{Path, Query, State};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use jejak_model::{Article, ErrorCode, Outlet, Quote, Story};
use jejak_store::{SearchQuery, SearchResults, StoryCursor, StoryQuery};
use serde::{Deserialize, Serialize};

use crate::{ApiError, AppState};

/// Largest page of results one request may ask for.
const MAX_LIMIT: usize = 200;

/// Filters and paging of story lists, shared by the API and the home page.
#[derive(Deserialize, Default)]
pub(crate) struct ListParams {
    pub(crate) limit: Option<usize>,
    pub(crate) cursor: Option<String>,
    pub(crate) outlet: Option<String>,
    pub(crate) lang: Option<String>,
    /// YYYY-MM-DD or RFC 3339.
    pub(crate) since: Option<String>,
}

impl ListParams {
    pub(crate) fn to_query(&self, default_limit: usize) -> Result<StoryQuery, ApiError> {
        let after = match self.cursor.as_deref().filter(|c| !c.is_empty()) {
            Some(token) => Some(StoryCursor::decode(token).ok_or_else(|| {
                ApiError::new(ErrorCode::InvalidQuery, format!("cursor {token:?} is not valid"))
            })?),
            None => None,
        };
        let since = match self.since.as_deref().filter(|s| !s.is_empty()) {
            Some(s) => Some(parse_since(s)?),
            None => None,
        };
        let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        Ok(StoryQuery {
            since,
            outlet: nonempty(&self.outlet),
            lang: nonempty(&self.lang),
            after,
            limit: self.limit.unwrap_or(default_limit).clamp(1, MAX_LIMIT),
        })
    }
}

fn parse_since(s: &str) -> Result<DateTime<Utc>, ApiError> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| {
            ApiError::new(ErrorCode::InvalidQuery, format!("since {s:?}: expected YYYY-MM-DD or RFC 3339"))
        })
}

#[derive(Serialize)]
pub(crate) struct StoryList {
    pub(crate) stories: Vec<Story>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) next_cursor: Option<String>,
}

pub(crate) fn list_stories(
    state: &AppState,
    params: &ListParams,
    default_limit: usize,
) -> Result<StoryList, ApiError> {
    let query = params.to_query(default_limit)?;
    let stories = state.store().stories(&query)?;
    let next_cursor = (stories.len() == query.limit)
        .then(|| stories.last().map(|s| StoryCursor::after(s).encode()))
        .flatten();
    Ok(StoryList { stories, next_cursor })
}

pub(crate) async fn stories(
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Result<Json<StoryList>, ApiError> {
    Ok(Json(state.run(move |s| list_stories(s, &params, 50)).await?))
}

#[derive(Serialize)]
pub(crate) struct OutletList {
    outlets: Vec<Outlet>,
}

pub(crate) async fn outlets(State(state): State<AppState>) -> Result<Json<OutletList>, ApiError> {
    Ok(Json(OutletList { outlets: state.run(|s| Ok(s.store().outlets()?)).await? }))
}

/// A story with its articles, each with the quotes found in it.
#[derive(Serialize)]
pub(crate) struct StoryDetail {
    #[serde(flatten)]
    pub(crate) story: Story,
    pub(crate) articles: Vec<ArticleDetail>,
}

#[derive(Serialize)]
pub(crate) struct ArticleDetail {
    #[serde(flatten)]
    pub(crate) article: Article,
    pub(crate) quotes: Vec<Quote>,
}

pub(crate) fn story_detail(state: &AppState, id: &str) -> Result<StoryDetail, ApiError> {
    let store = state.store();
    let story = store
        .story(id)?
        .ok_or_else(|| ApiError::new(ErrorCode::StoryNotFound, format!("no story with id {id:?}")))?;
    let mut articles = Vec::new();
    for article in store.articles_by_ids(&story.article_ids)? {
        let quotes = store.quotes(&article.id)?;
        articles.push(ArticleDetail { article, quotes });
    }
    Ok(StoryDetail { story, articles })
}

pub(crate) async fn story(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<StoryDetail>, ApiError> {
    Ok(Json(state.run(move |s| story_detail(s, &id)).await?))
}

pub(crate) fn article_detail(state: &AppState, id: &str) -> Result<ArticleDetail, ApiError> {
    let store = state.store();
    let article = store
        .article(id)?
        .ok_or_else(|| ApiError::new(ErrorCode::ArticleNotFound, format!("no article with id {id:?}")))?;
    let quotes = store.quotes(id)?;
    Ok(ArticleDetail { article, quotes })
}

pub(crate) async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ArticleDetail>, ApiError> {
    Ok(Json(state.run(move |s| article_detail(s, &id)).await?))
}

#[derive(Deserialize)]
pub(crate) struct SearchParams {
    pub(crate) q: Option<String>,
    pub(crate) limit: Option<usize>,
    pub(crate) offset: Option<usize>,
    pub(crate) outlet: Option<String>,
    pub(crate) lang: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct SearchResponse {
    pub(crate) query: String,
    pub(crate) offset: usize,
    #[serde(flatten)]
    pub(crate) results: SearchResults,
}

pub(crate) fn run_search(state: &AppState, params: &SearchParams) -> Result<SearchResponse, ApiError> {
    let text = params.q.clone().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::new(ErrorCode::InvalidQuery, "parameter q is required"));
    }
    let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let query = SearchQuery {
        text: text.clone(),
        outlet: nonempty(&params.outlet),
        lang: nonempty(&params.lang),
        offset: params.offset.unwrap_or(0).min(10_000),
        limit: params.limit.unwrap_or(20).clamp(1, MAX_LIMIT),
    };
    let results = state.store().search(&query)?;
    Ok(SearchResponse { query: text, offset: query.offset, results })
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResponse>, ApiError> {
    Ok(Json(state.run(move |s| run_search(s, &params)).await?))
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::new(ErrorCode::RouteNotFound, "no such API route")
}

/// The claims of a story with provenance, and the coverage comparison.
pub(crate) async fn trace(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<jejak_provenance::StoryReport>, ApiError> {
    Ok(Json(state.run(move |s| traced(s, &id)).await?.report))
}

/// A story's trace, from the cache while the story keeps the same articles: tracing reads
/// and analyses every article, and story pages are the most visited.
pub(crate) fn traced(state: &AppState, id: &str) -> Result<jejak_pipeline::TracedStory, ApiError> {
    let unavailable =
        |e: jejak_pipeline::PipelineError| ApiError::new(ErrorCode::StoreUnavailable, e.to_string());
    let store = state.store();
    let story = store
        .story(id)
        .map_err(|e| unavailable(e.into()))?
        .ok_or_else(|| ApiError::new(ErrorCode::StoryNotFound, format!("no story with id {id:?}")))?;
    if let Some(hit) = state.traces.get(&story) {
        return Ok(hit);
    }
    let traced = jejak_pipeline::trace_loaded_story(&**store, story).map_err(unavailable)?;
    state.traces.put(&traced);
    Ok(traced)
}

#[derive(Deserialize)]
pub(crate) struct GraphParams {
    format: Option<String>,
}

/// One claim's provenance graph as DOT, GraphML or SVG.
pub(crate) async fn claim_graph(
    State(state): State<AppState>,
    Path((id, claim_id)): Path<(String, String)>,
    Query(params): Query<GraphParams>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let story_id = id.clone();
    let traced = state.run(move |s| traced(s, &story_id)).await?;
    let claim = traced.report.claims.iter().find(|c| c.id == claim_id).ok_or_else(|| {
        ApiError::new(ErrorCode::ClaimNotFound, format!("story {id:?} has no claim {claim_id:?}"))
    })?;
    let (content_type, body) = match params.format.as_deref().unwrap_or("dot") {
        "dot" => ("text/vnd.graphviz; charset=utf-8", claim.graph.to_dot()),
        "graphml" => ("application/graphml+xml; charset=utf-8", claim.graph.to_graphml()),
        "svg" => ("image/svg+xml", claim.graph.to_svg()),
        other => {
            return Err(ApiError::new(
                ErrorCode::InvalidQuery,
                format!("format {other:?}: use dot, graphml or svg"),
            ))
        }
    };
    Ok(([(axum::http::header::CONTENT_TYPE, content_type)], body).into_response())
}
