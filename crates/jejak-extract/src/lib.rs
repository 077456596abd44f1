//! Turns one raw page into one clean article: HTML pages, copied page text and JSONL records.
//!
//! In: a [`RawPage`] (or bytes/text plus [`ExtractOptions`]) and the outlet's learned
//! [`BoilerplateModel`]. Out: an [`Extraction`], an [`Article`] plus warnings and the lines
//! dropped as boilerplate (with the reason, for `jejak extract --explain`).
//!
//! Architecture invariant: no I/O, no clock, no network. Extraction is a pure function of
//! (bytes, options, model), and it knows nothing about storage. Bad input is not an error:
//! it yields a partial article (or `kind: not_article` with a reason) plus warnings.

mod boilerplate;
mod html;
mod lines;
mod outlet;
mod record;
mod text_page;

use chrono::{DateTime, Utc};
use jejak_model::{Article, ContentKind, RawPage};
use serde::Serialize;

pub use boilerplate::{BoilerplateModel, DropReason};
pub use html::extract_html;
pub use outlet::outlet_key;
pub use text_page::extract_text;

/// What the caller knows about a page besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    pub url: Option<String>,
    /// Outlet named by the caller (`--outlet`); wins over anything found in the page.
    pub outlet: Option<String>,
    /// When the page was fetched: the reference for relative dates like "2 jam lalu".
    pub fetched_at: Option<DateTime<Utc>>,
}

/// A line or block left out of the article body, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedLine {
    pub text: String,
    pub reason: DropReason,
}

/// The result of extracting one page.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub article: Article,
    pub warnings: Vec<String>,
    pub dropped: Vec<DroppedLine>,
}

/// Feeds one newly stored page to the boilerplate model of its outlet, so that lines
/// recurring across the outlet's pages are recognised in later extractions.
pub fn learn_page(model: &mut BoilerplateModel, page: &RawPage) {
    if page.content_kind != ContentKind::PageText {
        return;
    }
    let text = String::from_utf8_lossy(&page.bytes);
    let opts = ExtractOptions {
        url: page.url.clone(),
        outlet: page.outlet_hint.clone(),
        fetched_at: page.fetched_at,
    };
    if let Some(outlet) = outlet_key(&opts, &text) {
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        model.observe(&outlet, &lines);
    }
}

/// Longest paragraph kept whole; longer runs of text are cut at a space into pieces.
const MAX_PARAGRAPH_BYTES: usize = 64 * 1024;
/// Most body text kept per article: no news article comes near it, and every later stage
/// (quotes, stories, search) then works on bounded input whatever the page was.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

fn cap_body(extraction: &mut Extraction) {
    let body = &mut extraction.article.body;
    let total: usize = body.iter().map(String::len).sum();
    if total <= MAX_BODY_BYTES && body.iter().all(|p| p.len() <= MAX_PARAGRAPH_BYTES) {
        return;
    }
    let mut kept = Vec::new();
    let mut size = 0;
    'paragraphs: for paragraph in std::mem::take(body) {
        let mut rest = paragraph.as_str();
        while !rest.is_empty() {
            let mut cut = rest.len().min(MAX_PARAGRAPH_BYTES);
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut < rest.len() {
                cut = rest[..cut].rfind(char::is_whitespace).filter(|&c| c > 0).unwrap_or(cut);
            }
            if size + cut > MAX_BODY_BYTES {
                extraction.warnings.push(format!("body cut at {} MB", MAX_BODY_BYTES / (1024 * 1024)));
                break 'paragraphs;
            }
            kept.push(rest[..cut].trim().to_string());
            size += cut;
            rest = rest[cut..].trim_start();
        }
    }
    kept.retain(|p| !p.is_empty());
    *body = kept;
}

/// Extracts the article of a stored page, choosing the extractor by its content kind.
pub fn extract_page(page: &RawPage, model: &BoilerplateModel) -> Extraction {
    let opts = ExtractOptions {
        url: page.url.clone(),
        outlet: page.outlet_hint.clone(),
        fetched_at: page.fetched_at,
    };
    let mut extraction = match page.content_kind {
        ContentKind::Html => extract_html(&page.bytes, &opts, model),
        ContentKind::PageText => extract_text(&String::from_utf8_lossy(&page.bytes), &opts, model),
        ContentKind::Record => record::extract_record(&page.bytes, &opts, model),
    };
    cap_body(&mut extraction);
    extraction.article.page_id = page.id.clone();
    if extraction.article.id.is_empty() {
        extraction.article.id = page.id.clone();
    }
    extraction
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_bodies_are_cut_into_bounded_paragraphs() {
        let mut ex = Extraction::default();
        ex.article.body = vec!["kata ".repeat(3 * MAX_BODY_BYTES / 5), "akhir.".into()];
        cap_body(&mut ex);
        assert!(ex.article.body.iter().all(|p| p.len() <= MAX_PARAGRAPH_BYTES && !p.is_empty()));
        assert!(ex.article.body.iter().map(String::len).sum::<usize>() <= MAX_BODY_BYTES);
        assert_eq!(ex.warnings, ["body cut at 2 MB"]);
        let mut small = Extraction::default();
        small.article.body = vec!["Satu.".into(), "Dua.".into()];
        cap_body(&mut small);
        assert_eq!(small.article.body, ["Satu.", "Dua."]);
    }
}
