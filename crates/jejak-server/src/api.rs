//! JSON handlers. Reads only; every response is plain data from the store.

use axum::extract::{Path, Query, State};
use axum::Json;
use jejak_model::{Article, ErrorCode, Quote, Story};
use jejak_store::SearchHit;
use serde::{Deserialize, Serialize};

use crate::{ApiError, AppState};

/// Largest page of results one request may ask for.
const MAX_LIMIT: usize = 200;

#[derive(Deserialize)]
pub(crate) struct ListParams {
    limit: Option<usize>,
}

#[derive(Serialize)]
pub(crate) struct StoryList {
    stories: Vec<Story>,
    total: usize,
}

pub(crate) async fn stories(
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Result<Json<StoryList>, ApiError> {
    let all = state.store().stories(None)?;
    let total = all.len();
    let limit = params.limit.unwrap_or(50).clamp(1, MAX_LIMIT);
    Ok(Json(StoryList { stories: all.into_iter().take(limit).collect(), total }))
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
    Ok(Json(story_detail(&state, &id)?))
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
    Ok(Json(article_detail(&state, &id)?))
}

#[derive(Deserialize)]
pub(crate) struct SearchParams {
    pub(crate) q: Option<String>,
    pub(crate) limit: Option<usize>,
}

#[derive(Serialize)]
pub(crate) struct SearchResults {
    query: String,
    hits: Vec<SearchHit>,
}

pub(crate) fn run_search(
    state: &AppState,
    params: &SearchParams,
) -> Result<(String, Vec<SearchHit>), ApiError> {
    let query = params.q.clone().unwrap_or_default();
    if query.trim().is_empty() {
        return Err(ApiError::new(ErrorCode::InvalidQuery, "parameter q is required"));
    }
    let limit = params.limit.unwrap_or(20).clamp(1, MAX_LIMIT);
    let hits = state.store().search(&query, limit)?;
    Ok((query, hits))
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let (query, hits) = run_search(&state, &params)?;
    Ok(Json(SearchResults { query, hits }))
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::new(ErrorCode::RouteNotFound, "no such API route")
}
