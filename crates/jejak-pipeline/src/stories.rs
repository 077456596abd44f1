//! Turns the linker's clusters into stored [`Story`] records.
//!
//! Stories are derived data: they are rebuilt from all stored articles in publication
//! order, so the result depends only on the articles, never on the order of ingest runs.

use chrono::{DateTime, Utc};
use jejak_link::{near_duplicates, ArticleFeatures, DuplicatePair, LinkArticle, LinkConfig, StoryClusterer};
use jejak_model::{stable_id, Article, Story};
use jejak_store::{publication_key, Store};
use rayon::prelude::*;

use crate::PipelineError;

/// Articles whose features are computed together while the previous chunk is clustered.
const FEATURE_CHUNK: usize = 256;

/// Re-clusters every stored article and replaces the stored stories; returns their count.
///
/// The store streams the articles in publication order and each is dropped once it has
/// been clustered and summarised, so memory follows the stories, not the article bodies.
/// Clustering is sequential by nature, but most of its work is each article's features:
/// those of the next chunk are computed on the other cores while this one is clustered.
pub fn relink(store: &mut dyn Store, config: &LinkConfig) -> Result<usize, PipelineError> {
    Ok(store.relink_streaming(&mut |articles| {
        let mut builder = StoryBuilder::new(config);
        let mut ready: Vec<(Article, ArticleFeatures)> = Vec::new();
        loop {
            let chunk = (&mut *articles).take(FEATURE_CHUNK).collect::<Result<Vec<Article>, _>>()?;
            if chunk.is_empty() && ready.is_empty() {
                break;
            }
            let (next, ()) = rayon::join(
                || {
                    chunk
                        .into_par_iter()
                        .map(|article| {
                            let features = ArticleFeatures::of(&link_article(&article));
                            (article, features)
                        })
                        .collect()
                },
                || {
                    for (article, features) in ready.drain(..) {
                        builder.push(&article, &features);
                    }
                },
            );
            ready = next;
        }
        Ok(builder.finish())
    })?)
}

/// Clusters articles (given in ingest order) into stories: the same stories [`relink`]
/// stores for these articles.
pub fn build_stories(articles: &[Article], config: &LinkConfig) -> Vec<Story> {
    let mut builder = StoryBuilder::new(config);
    for i in publication_order(articles) {
        let article = &articles[i];
        builder.push(article, &ArticleFeatures::of(&link_article(article)));
    }
    builder.finish()
}

/// Near-copies among the articles (syndication, light rewrites), the earlier one first.
pub fn near_duplicate_pairs(articles: &[Article], threshold: f32) -> Vec<DuplicatePair> {
    let ordered: Vec<LinkArticle> = publication_order(articles).map(|i| link_article(&articles[i])).collect();
    near_duplicates(&ordered, threshold)
}

/// Indices of the articles in publication order ([`publication_key`]). Undated articles
/// keep their ingest order after the dated ones they arrived with, which is the best guess
/// of when they were current.
fn publication_order(articles: &[Article]) -> impl Iterator<Item = usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (publication_key(&articles[i]), i));
    order.into_iter()
}

fn link_article(a: &Article) -> LinkArticle {
    LinkArticle {
        id: a.id.clone(),
        outlet: a.outlet.clone(),
        published: a.published_utc(),
        lang: a.lang.clone(),
        title: a.title.clone().unwrap_or_default(),
        body: a.body_text(),
    }
}

/// Clusters articles pushed in publication order and keeps, per story, only what its
/// [`Story`] record needs.
struct StoryBuilder {
    clusterer: StoryClusterer,
    /// Indexed like the clusterer's stories.
    stories: Vec<StorySummary>,
}

impl StoryBuilder {
    fn new(config: &LinkConfig) -> StoryBuilder {
        StoryBuilder { clusterer: StoryClusterer::new(config.clone()), stories: Vec::new() }
    }

    fn push(&mut self, article: &Article, features: &ArticleFeatures) {
        let index = self.clusterer.push_features(article.id.clone(), article.published_utc(), features);
        // The clusterer numbers stories in the order it opens them.
        if index == self.stories.len() {
            self.stories.push(StorySummary::default());
        }
        self.stories[index].add(article);
    }

    /// The story records, most recently active first.
    fn finish(self) -> Vec<Story> {
        let mut stories: Vec<Story> = self.stories.into_iter().filter_map(StorySummary::into_story).collect();
        stories.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then_with(|| a.id.cmp(&b.id)));
        stories
    }
}

/// What a story record needs of its members, gathered as they arrive.
#[derive(Default)]
struct StorySummary {
    article_ids: Vec<String>,
    /// The first non-empty title among the members.
    title: Option<String>,
    /// The first member's lead, the title when no member has one.
    lead: Option<String>,
    outlets: Vec<String>,
    languages: Vec<String>,
    times: Vec<DateTime<Utc>>,
}

impl StorySummary {
    fn add(&mut self, a: &Article) {
        if self.article_ids.is_empty() {
            self.lead = a.lead.clone();
        }
        self.article_ids.push(a.id.clone());
        if self.title.is_none() {
            self.title = a.title.clone().filter(|t| !t.trim().is_empty());
        }
        if let Some(o) = &a.outlet {
            if !self.outlets.contains(o) {
                self.outlets.push(o.clone());
            }
        }
        if let Some(l) = &a.lang {
            if !self.languages.contains(l) {
                self.languages.push(l.clone());
            }
        }
        self.times.extend(a.published_utc());
    }

    /// The story record; its id follows its earliest article, so ids stay stable while the
    /// story grows.
    fn into_story(self) -> Option<Story> {
        let first = self.article_ids.first()?;
        Some(Story {
            id: format!("s{}", stable_id(first.as_bytes())),
            title: self.title.or(self.lead).unwrap_or_else(|| "(untitled)".to_string()),
            first_seen: self.times.iter().min().copied(),
            last_seen: self.times.iter().max().copied(),
            outlets: self.outlets,
            languages: self.languages,
            timeline: Story::timeline_of(&self.times),
            article_ids: self.article_ids,
        })
    }
}
