//! Copied page text → article (stub; being written).

use crate::{BoilerplateModel, ExtractOptions, Extraction};

/// Extracts an article from text copied from a rendered page, one block per line.
pub fn extract_text(text: &str, opts: &ExtractOptions, _model: &BoilerplateModel) -> Extraction {
    let mut ex = Extraction::default();
    ex.article.outlet = opts.outlet.clone();
    ex.article.url = opts.url.clone();
    ex.article.body = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    ex
}
