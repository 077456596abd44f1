//! Tokens and index terms (stub; being written).

use crate::Lang;

/// Lowercased word tokens of a text.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_lowercase).collect()
}

/// Normalized, stemmed terms for search and similarity, stopwords removed.
pub fn terms(text: &str, lang: Lang) -> Vec<String> {
    let _ = lang;
    tokens(text)
}
