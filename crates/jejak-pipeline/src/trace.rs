//! Story-level analysis on demand: loads a story's articles and quotes from the store and
//! runs `jejak-provenance` over them. Reports are derived data and are not stored: they
//! always reflect the current articles.

use std::collections::{HashMap, HashSet};

use jejak_model::{Article, Quote, Story};
use jejak_provenance::{analyze_story, StoryArticle, StoryReport};
use jejak_store::Store;
use serde::Serialize;

use crate::{near_duplicate_pairs, PipelineError};

/// Similarity above which an article counts as a copy of an earlier one.
pub const COPY_THRESHOLD: f32 = 0.5;

/// Where a near-copy comes from: the earliest article of its chain of copies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CopyOf {
    /// The article that copies nothing itself, at the root of the chain.
    pub origin: String,
    /// Estimated word-pair similarity to the article it was matched with directly.
    pub similarity: f32,
}

/// For each article (same order), the origin it is a near-copy of, if any. A copy's direct
/// source is the earlier article it resembles most, preferring one that copies nothing; chains
/// (B copies A, C copies B) resolve to A.
pub fn copy_origins(articles: &[Article]) -> Vec<Option<CopyOf>> {
    let pairs = near_duplicate_pairs(articles, COPY_THRESHOLD);
    let copies: HashSet<&str> = pairs.iter().map(|p| p.copy.as_str()).collect();
    let mut source: HashMap<&str, (&str, f32)> = HashMap::new();
    for p in &pairs {
        let rank = |orig: &str, sim: f32| (!copies.contains(orig), sim);
        let better =
            source.get(p.copy.as_str()).is_none_or(|&(o, s)| rank(&p.original, p.similarity) > rank(o, s));
        if better {
            source.insert(&p.copy, (&p.original, p.similarity));
        }
    }
    articles
        .iter()
        .map(|a| {
            let &(_, similarity) = source.get(a.id.as_str())?;
            let mut origin = a.id.as_str();
            // Pairs always point from a later article to an earlier one, so chains end.
            for _ in 0..=source.len() {
                match source.get(origin) {
                    Some(&(orig, _)) => origin = orig,
                    None => break,
                }
            }
            (origin != a.id).then(|| CopyOf { origin: origin.to_string(), similarity })
        })
        .collect()
}

/// A story, its articles (publication order) and the analysis of its claims.
#[derive(Debug, Clone)]
pub struct TracedStory {
    pub story: Story,
    pub articles: Vec<Article>,
    pub quotes: Vec<Vec<Quote>>,
    /// For each article, the origin it is a near-copy of.
    pub copies: Vec<Option<CopyOf>>,
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
    let copies = copy_origins(&articles);
    let input: Vec<StoryArticle<'_>> = articles
        .iter()
        .zip(&quotes)
        .zip(&copies)
        .map(|((article, quotes), copy)| StoryArticle {
            article,
            quotes,
            copy_of: copy.as_ref().map(|c| c.origin.as_str()),
        })
        .collect();
    let report = analyze_story(&story.id, &input);
    Ok(TracedStory { story, articles, quotes, copies, report })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, TimeZone};

    fn article(id: &str, hour: u32, body: &str) -> Article {
        let wib = FixedOffset::east_opt(7 * 3600).expect("valid offset");
        Article {
            id: id.into(),
            published: wib.with_ymd_and_hms(2022, 8, 8, hour, 0, 0).single(),
            body: vec![body.to_string()],
            ..Article::default()
        }
    }

    const REPORT: &str = "Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 13.000 per \
        kilogram pada Senin pagi. Para pedagang menyebut pasokan dari sentra produksi di Jawa Barat \
        dan Jawa Tengah berkurang sejak awal bulan karena panen mundur akibat hujan deras.";

    #[test]
    fn chains_of_copies_resolve_to_the_earliest_article() {
        // Given out of publication order: the origin is by time, not by position.
        let copy = format!("{REPORT} Sumber: Antara.");
        let copy_of_copy = format!("{copy} Baca berita lainnya.");
        let other = "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin siang. \
            Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak berat dan warga mengungsi.";
        let articles = [
            article("c", 12, &copy_of_copy),
            article("a", 9, REPORT),
            article("b", 10, &copy),
            article("x", 11, other),
        ];
        let copies = copy_origins(&articles);
        let origins: Vec<Option<&str>> =
            copies.iter().map(|c| c.as_ref().map(|c| c.origin.as_str())).collect();
        assert_eq!(origins, [Some("a"), None, Some("a"), None]);
    }
}
