//! Story-level analysis on demand: loads a story's articles and quotes from the store and
//! runs `jejak-provenance` over them. Reports are derived data and are not stored: they
//! always reflect the current articles.

use jejak_model::{Article, Quote, Story};
use jejak_provenance::{analyze_story, StoryArticle, StoryReport};
use jejak_store::Store;

use crate::PipelineError;

/// A story, its articles (publication order) and the analysis of its claims.
#[derive(Debug, Clone)]
pub struct TracedStory {
    pub story: Story,
    pub articles: Vec<Article>,
    pub quotes: Vec<Vec<Quote>>,
    pub report: StoryReport,
}

/// Traces one story; `None` when no story has this id.
pub fn trace_story(store: &dyn Store, story_id: &str) -> Result<Option<TracedStory>, PipelineError> {
    let Some(story) = store.story(story_id)? else {
        return Ok(None);
    };
    trace_loaded_story(store, story).map(Some)
}

/// Traces a story already read from the store.
pub fn trace_loaded_story(store: &dyn Store, story: Story) -> Result<TracedStory, PipelineError> {
    let articles = store.articles_by_ids(&story.article_ids)?;
    let mut quotes = Vec::with_capacity(articles.len());
    for article in &articles {
        quotes.push(store.quotes(&article.id)?);
    }
    let input: Vec<StoryArticle<'_>> = articles
        .iter()
        .zip(&quotes)
        .map(|(article, quotes)| StoryArticle { article, quotes, copy_of: None })
        .collect();
    let report = analyze_story(&story.id, &input);
    Ok(TracedStory { story, articles, quotes, report })
}
