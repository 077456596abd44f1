//! A JSONL record → article: the fields are given, only cleaned (a given body loses the
//! lines the general boilerplate rules name) and checked.
//!
//! A record with `html` is extracted as HTML and one with `text` (copied page text) as a
//! text page; the record's own fields (title, outlet, published…) then win over what the
//! extractor found, because the producer of the record knew them.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

use crate::boilerplate::general_rule;
use crate::{extract_html, extract_text, BoilerplateModel, DroppedLine, ExtractOptions, Extraction};

/// The fields Jejak reads from one JSONL line; everything else is ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Record {
    pub id: Option<serde_json::Value>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub title: Option<String>,
    pub body: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
    pub author: Option<serde_json::Value>,
}

pub(crate) fn extract_record(bytes: &[u8], opts: &ExtractOptions, model: &BoilerplateModel) -> Extraction {
    let record: Record = match serde_json::from_slice(bytes) {
        Ok(r) => r,
        Err(e) => {
            let mut ex = Extraction::default();
            ex.article.kind = jejak_model::PageKind::NotArticle;
            ex.article.reason = Some(format!("record is not a JSON object: {e}"));
            return ex;
        }
    };
    let opts = ExtractOptions {
        url: record.url.clone().or_else(|| opts.url.clone()),
        outlet: record.outlet.clone().or_else(|| opts.outlet.clone()),
        fetched_at: opts.fetched_at,
    };
    let mut ex = if let Some(html) = record.html.as_deref() {
        extract_html(html.as_bytes(), &opts, model)
    } else if let Some(text) = record.text.as_deref() {
        extract_text(text, &opts, model)
    } else {
        let mut ex = Extraction::default();
        // A scraper's body still holds the lines every portal adds ("Baca juga: …",
        // "ADVERTISEMENT"): the general rules take them out, as from any page.
        for line in record.body.as_deref().unwrap_or("").split('\n').map(str::trim).filter(|p| !p.is_empty())
        {
            match general_rule(line) {
                Some(reason) => ex.dropped.push(DroppedLine { text: line.to_string(), reason }),
                None => ex.article.body.push(line.to_string()),
            }
        }
        ex.article.lead = ex.article.body.first().cloned();
        ex
    };
    let article = &mut ex.article;
    article.external_id = record.id.as_ref().map(|v| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    if let Some(outlet) = record.outlet.filter(|o| !o.trim().is_empty()) {
        article.outlet = Some(outlet);
    }
    if record.url.is_some() {
        article.url = record.url;
    }
    if let Some(title) = record.title.filter(|t| !t.trim().is_empty()) {
        article.title = Some(title.trim().to_string());
    }
    if let Some(lang) = record.lang.filter(|l| !l.trim().is_empty()) {
        article.lang = Some(lang);
    }
    if let Some(published) = record.published.as_deref().and_then(parse_record_time) {
        article.published = Some(published);
    } else if let Some(raw) = record.published.as_deref().filter(|p| !p.trim().is_empty()) {
        ex.warnings.push(format!("published {raw:?} is not an ISO 8601 date; ignored"));
    }
    match record.author {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => article.byline = vec![s],
        Some(serde_json::Value::Array(names)) => {
            article.byline = names.iter().filter_map(|n| n.as_str().map(String::from)).collect()
        }
        _ => {}
    }
    if article.body.is_empty() {
        article.kind = jejak_model::PageKind::NotArticle;
        article.reason.get_or_insert_with(|| "record has no body, text or html".into());
    }
    ex
}

/// Records carry machine dates: RFC 3339, or a bare date taken as midnight UTC.
fn parse_record_time(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    if let Ok(t) = DateTime::parse_from_str(raw, "%Y-%m-%d %H:%M:%S%z") {
        return Some(t);
    }
    let date = NaiveDate::parse_from_str(raw.get(..10)?, "%Y-%m-%d").ok()?;
    let utc = FixedOffset::east_opt(0)?;
    date.and_hms_opt(0, 0, 0)?.and_local_timezone(utc).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(json: &str) -> Extraction {
        extract_record(json.as_bytes(), &ExtractOptions::default(), &BoilerplateModel::default())
    }

    #[test]
    fn record_fields_become_article() {
        let ex = run(
            r#"{"id":"x1","outlet":"Antara","url":"https://antaranews.com/a","published":"2022-08-08T23:31:00+07:00","lang":"id","title":" Judul ","body":"Satu.\n\nDua."}"#,
        );
        let a = &ex.article;
        assert_eq!(a.external_id.as_deref(), Some("x1"));
        assert_eq!(a.title.as_deref(), Some("Judul"));
        assert_eq!(a.body, vec!["Satu.", "Dua."]);
        assert_eq!(a.published.unwrap().to_rfc3339(), "2022-08-08T23:31:00+07:00");
    }

    #[test]
    fn a_given_body_loses_portal_lines() {
        let ex = run(
            r#"{"title":"t","body":"Harga beras naik di Pasar Induk.\nADVERTISEMENT\nBaca juga: Harga cabai turun\nPedagang mengeluh sepi pembeli."}"#,
        );
        assert_eq!(
            ex.article.body,
            vec!["Harga beras naik di Pasar Induk.", "Pedagang mengeluh sepi pembeli."]
        );
        let dropped: Vec<&str> = ex.dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(dropped, vec!["ADVERTISEMENT", "Baca juga: Harga cabai turun"]);
    }

    #[test]
    fn bad_date_is_a_warning_not_a_failure() {
        let ex = run(r#"{"title":"t","body":"b","published":"kemarin sore"}"#);
        assert!(ex.article.published.is_none());
        assert_eq!(ex.warnings.len(), 1);
    }

    #[test]
    fn record_without_body_is_not_an_article() {
        let ex = run(r#"{"title":"only a title"}"#);
        assert_eq!(ex.article.kind, jejak_model::PageKind::NotArticle);
    }
}
