//! Story-level analysis: which claims a story's articles carry, where each claim came
//! from and how it travelled, and how the outlets' coverage compares.
//!
//! In: one story's articles with their quotes (from `jejak-trace`) and copy links (from
//! `jejak-link`). Out: a [`StoryReport`] of [`ClaimReport`]s with provenance graphs, and a
//! [`Coverage`] comparison. Pure computation on what it is given: no storage, no clock.

mod claims;
mod coverage;
mod graph;
mod units;

use jejak_model::{Article, Quote};
use serde::Serialize;

pub use claims::{ClaimReport, EvidenceUnit};
pub use coverage::{AddedDetails, Coverage, HeadlineWarning, NumberDisagreement, OutletCoverage};
pub use graph::{NodeKind, ProvenanceGraph, ProvenanceSummary};

/// One article of a story and what earlier stages found in it.
#[derive(Debug, Clone, Copy)]
pub struct StoryArticle<'a> {
    pub article: &'a Article,
    pub quotes: &'a [Quote],
    /// The article this one is a near-duplicate copy of, if any.
    pub copy_of: Option<&'a str>,
}

/// Everything Jejak can say about one story.
#[derive(Debug, Clone, Serialize)]
pub struct StoryReport {
    pub story_id: String,
    pub claims: Vec<ClaimReport>,
    pub coverage: Coverage,
}

/// Analyses one story. Articles may come in any order; they are put in publication order
/// (undated ones last, in the given order) so that "first appearance" is meaningful.
pub fn analyze_story(story_id: &str, articles: &[StoryArticle<'_>]) -> StoryReport {
    let mut ordered: Vec<StoryArticle<'_>> = articles.to_vec();
    ordered.sort_by_key(|a| (a.article.published_utc().is_none(), a.article.published_utc()));
    let units = units::story_units(&ordered);
    let claims = claims::group_claims(story_id, &ordered, &units);
    let coverage = coverage::compare(&ordered, &units, &claims);
    StoryReport { story_id: story_id.to_string(), claims, coverage }
}

#[cfg(test)]
mod tests;
