//! Groups articles into stories and finds near-duplicate copies (stub; being written).
//!
//! In: articles in publication order. Out: story keys and copy-of links. Never touches storage.

use chrono::{DateTime, Utc};

/// What the linker needs to know of an article.
#[derive(Debug, Clone)]
pub struct LinkArticle {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub lang: Option<String>,
    pub title: String,
    pub body: String,
}

/// Settings of the story clusterer.
#[derive(Debug, Clone)]
pub struct LinkConfig {
    /// How long a story stays open for new articles, in hours.
    pub window_hours: i64,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig { window_hours: 72 }
    }
}

/// Streaming story clusterer: push articles in publication order.
#[derive(Debug, Default)]
pub struct StoryClusterer {
    stories: Vec<Vec<String>>,
}

impl StoryClusterer {
    pub fn new(_config: LinkConfig) -> StoryClusterer {
        StoryClusterer::default()
    }

    /// Assigns one article to a story and returns the story's index.
    pub fn push(&mut self, article: LinkArticle) -> usize {
        self.stories.push(vec![article.id]);
        self.stories.len() - 1
    }

    /// Final membership: each story's article ids, in the order they arrived.
    pub fn stories(&self) -> Vec<Vec<String>> {
        self.stories.clone()
    }
}
