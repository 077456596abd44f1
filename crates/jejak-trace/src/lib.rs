//! Finds who said what in an article: quotes, speakers, cue verbs, venues, relay chains
//! (stub; being written).
//!
//! In: an article's body paragraphs, language and outlet. Out: [`Quote`]s. No storage.

use jejak_model::{Article, Quote};

/// Every quote and reported statement in an article.
pub fn quotes(article: &Article) -> Vec<Quote> {
    let _ = article;
    Vec::new()
}
