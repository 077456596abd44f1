//! Turns the linker's clusters into stored [`Story`] records.
//!
//! Stories are derived data: they are rebuilt from all stored articles in publication
//! order, so the result depends only on the articles, never on the order of ingest runs.

use std::collections::HashMap;

use jejak_link::{near_duplicates, DuplicatePair, LinkArticle, LinkConfig, StoryClusterer};
use jejak_model::{stable_id, Article, Story};
use jejak_store::Store;

use crate::PipelineError;

/// Re-clusters every stored article and replaces the stored stories; returns their count.
pub fn relink(store: &mut dyn Store, config: &LinkConfig) -> Result<usize, PipelineError> {
    Ok(store.relink_with(&mut |articles| build_stories(articles, config))?)
}

/// Clusters articles (given in ingest order) into stories.
pub fn build_stories(articles: &[Article], config: &LinkConfig) -> Vec<Story> {
    let mut clusterer = StoryClusterer::new(config.clone());
    for i in publication_order(articles) {
        clusterer.push(link_article(&articles[i]));
    }
    let by_id: HashMap<&str, &Article> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut stories: Vec<Story> = clusterer
        .stories()
        .into_iter()
        .filter_map(|ids| {
            let members: Vec<&Article> =
                ids.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect();
            story_of(&members)
        })
        .collect();
    stories.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then_with(|| a.id.cmp(&b.id)));
    stories
}

/// Near-copies among the articles (syndication, light rewrites), the earlier one first.
pub fn near_duplicate_pairs(articles: &[Article], threshold: f32) -> Vec<DuplicatePair> {
    let ordered: Vec<LinkArticle> = publication_order(articles).map(|i| link_article(&articles[i])).collect();
    near_duplicates(&ordered, threshold)
}

/// Indices of the articles in publication order. Undated articles keep their ingest order
/// after the dated ones they arrived with, which is the best guess of when they were current.
fn publication_order(articles: &[Article]) -> impl Iterator<Item = usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (articles[i].published_utc().is_none(), articles[i].published_utc(), i));
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

/// The story record of a cluster; its id follows its earliest article, so ids stay stable
/// while the story grows.
fn story_of(members: &[&Article]) -> Option<Story> {
    let first = members.first()?;
    let mut outlets: Vec<String> = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    for a in members {
        if let Some(o) = &a.outlet {
            if !outlets.contains(o) {
                outlets.push(o.clone());
            }
        }
        if let Some(l) = &a.lang {
            if !languages.contains(l) {
                languages.push(l.clone());
            }
        }
    }
    let title = members
        .iter()
        .find_map(|a| a.title.clone().filter(|t| !t.trim().is_empty()))
        .or_else(|| first.lead.clone())
        .unwrap_or_else(|| "(untitled)".to_string());
    let times: Vec<_> = members.iter().filter_map(|a| a.published_utc()).collect();
    Some(Story {
        id: format!("s{}", stable_id(first.id.as_bytes())),
        title,
        first_seen: times.iter().min().copied(),
        last_seen: times.iter().max().copied(),
        outlets,
        languages,
        article_ids: members.iter().map(|a| a.id.clone()).collect(),
        timeline: Story::timeline_of(&times),
    })
}
