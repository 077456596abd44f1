//! Groups articles into stories and finds near-duplicate copies.
//!
//! In: articles in publication order. Out: story membership and copy pairs. Never touches
//! storage.
//!
//! Stories are built online, the way articles stream in: each article joins the most
//! similar story still open (its newest article within the time window) or opens a new
//! one. Similarity is the TF-IDF cosine between the article and the story's centroid,
//! over stemmed terms plus two kinds of language-independent features: canonical names
//! ("Korut" and "North Korea" are one feature) and numbers ("100.000" and "100 ribu" are
//! one feature). Those carry stories across wordings and languages where words differ.

mod dups;
mod features;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use jejak_text::Lang;

pub use dups::{near_duplicates, DuplicatePair};
use features::{features, Vocabulary};

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
    /// Least cosine similarity for an article to join a story in its language.
    pub threshold: f32,
    /// Least cosine similarity over names and numbers alone for an article to join a story
    /// told in other languages.
    pub cross_language_threshold: f32,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig { window_hours: 72, threshold: 0.18, cross_language_threshold: 0.25 }
    }
}

/// Features shared by more stories than this are too common to find candidates by.
const MAX_POSTING: usize = 2000;
/// Features kept in a story centroid; the weakest are pruned beyond this.
const CENTROID_FEATURES: usize = 400;

#[derive(Debug)]
struct OpenStory {
    members: Vec<String>,
    /// Sum of the members' unit feature vectors (feature id → weight, before IDF).
    centroid: HashMap<u32, f32>,
    last_published: Option<DateTime<Utc>>,
    languages: Vec<Lang>,
}

/// Streaming story clusterer: push articles in publication order.
#[derive(Debug)]
pub struct StoryClusterer {
    config: LinkConfig,
    vocabulary: Vocabulary,
    stories: Vec<OpenStory>,
    /// Feature id → stories whose centroid holds it.
    postings: HashMap<u32, Vec<u32>>,
}

impl StoryClusterer {
    pub fn new(config: LinkConfig) -> StoryClusterer {
        StoryClusterer {
            config,
            vocabulary: Vocabulary::default(),
            stories: Vec::new(),
            postings: HashMap::new(),
        }
    }

    /// Assigns one article to a story and returns the story's index.
    pub fn push(&mut self, article: LinkArticle) -> usize {
        let (lang, vector) = features(&article, &mut self.vocabulary);
        let best = self.best_story(lang, &vector, article.published);
        let index = match best {
            Some((index, score)) if score >= 1.0 => index,
            _ => {
                self.stories.push(OpenStory {
                    members: Vec::new(),
                    centroid: HashMap::new(),
                    last_published: None,
                    languages: Vec::new(),
                });
                self.stories.len() - 1
            }
        };
        let story = &mut self.stories[index];
        story.members.push(article.id);
        story.last_published = story.last_published.max(article.published);
        if !story.languages.contains(&lang) {
            story.languages.push(lang);
        }
        for &(feature, weight) in &vector {
            let slot = story.centroid.entry(feature).or_insert(0.0);
            if *slot == 0.0 {
                self.postings.entry(feature).or_default().push(index as u32);
            }
            *slot += weight;
        }
        if story.centroid.len() > CENTROID_FEATURES * 2 {
            prune(&mut story.centroid, CENTROID_FEATURES);
        }
        index
    }

    /// The most similar open story, scored as similarity over the threshold that applies:
    /// 1.0 or more means the article belongs to it.
    fn best_story(
        &self,
        lang: Lang,
        vector: &[(u32, f32)],
        published: Option<DateTime<Utc>>,
    ) -> Option<(usize, f32)> {
        let window = Duration::hours(self.config.window_hours);
        let mut candidates = HashSet::new();
        for (feature, _) in vector {
            match self.postings.get(feature) {
                Some(stories) if stories.len() <= MAX_POSTING => candidates.extend(stories.iter().copied()),
                _ => {}
            }
        }
        let language_free: Vec<(u32, f32)> =
            vector.iter().copied().filter(|&(f, _)| self.vocabulary.is_language_free(f)).collect();
        candidates
            .into_iter()
            .map(|i| i as usize)
            .filter(|&i| match (published, self.stories[i].last_published) {
                (Some(now), Some(last)) => now - last <= window,
                _ => true,
            })
            .map(|i| {
                let story = &self.stories[i];
                let same_language =
                    lang == Lang::Other || story.languages.iter().any(|&l| l == lang || l == Lang::Other);
                let score = if same_language {
                    self.cosine(vector, &story.centroid, |_| true) / self.config.threshold
                } else {
                    self.cosine(&language_free, &story.centroid, |f| self.vocabulary.is_language_free(f))
                        / self.config.cross_language_threshold
                };
                (i, score)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    }

    fn norm(&self, weights: impl Iterator<Item = (u32, f32)>) -> f32 {
        weights.map(|(f, w)| (w * self.vocabulary.idf(f)).powi(2)).sum::<f32>().sqrt()
    }

    /// IDF-weighted cosine between a vector and a centroid, over the centroid's features
    /// that pass `keep`.
    fn cosine(&self, vector: &[(u32, f32)], centroid: &HashMap<u32, f32>, keep: impl Fn(u32) -> bool) -> f32 {
        let dot: f32 = vector
            .iter()
            .filter_map(|&(f, w)| centroid.get(&f).map(|c| w * c * self.vocabulary.idf(f).powi(2)))
            .sum();
        let vector_norm = self.norm(vector.iter().copied());
        let centroid_norm = self.norm(centroid.iter().map(|(&f, &w)| (f, w)).filter(|&(f, _)| keep(f)));
        if vector_norm == 0.0 || centroid_norm == 0.0 {
            return 0.0;
        }
        dot / (vector_norm * centroid_norm)
    }

    /// Final membership: each story's article ids, in the order they arrived.
    pub fn stories(&self) -> Vec<Vec<String>> {
        self.stories.iter().map(|s| s.members.clone()).collect()
    }
}

/// Keeps the `keep` heaviest features of a centroid.
fn prune(centroid: &mut HashMap<u32, f32>, keep: usize) {
    let mut weights: Vec<f32> = centroid.values().copied().collect();
    weights.sort_by(|a, b| b.total_cmp(a));
    let floor = weights.get(keep).copied().unwrap_or(0.0);
    centroid.retain(|_, w| *w > floor);
}

#[cfg(test)]
mod tests;
