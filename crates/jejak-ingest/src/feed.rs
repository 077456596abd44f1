//! Reads RSS and Atom feeds: entries with full content become HTML pages, entries with only
//! a link and a short summary become links to fetch.

use feed_rs::model::{Entry, Text};
use jejak_model::{ContentKind, RawPage};

use crate::{IngestError, Link, LinkKind, ReadOutput, Reader};

/// A summary with at least this many characters of text is taken as the article itself.
const FULL_SUMMARY_CHARS: usize = 600;

pub(crate) fn read_feed(reader: &Reader, bytes: &[u8]) -> ReadOutput {
    let bad = |message: String| {
        ReadOutput::error(IngestError::BadFeed { path: reader.path.to_path_buf(), message })
    };
    // quick-xml (under feed-rs) asserts on an XML declaration after the start: refuse it
    // here, and treat any other panic in the parser as a bad feed too, so one file never
    // ends a run.
    if let Some(at) = late_xml_declaration(bytes) {
        return bad(format!("XML declaration at byte {at}, not at the start"));
    }
    let feed = match std::panic::catch_unwind(|| feed_rs::parser::parse(bytes)) {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => return bad(e.to_string()),
        Err(_) => return bad("the feed parser failed on this input".into()),
    };
    let feed_title = feed.title.as_ref().map(|t| plain(t).trim().to_string()).filter(|t| !t.is_empty());
    let outlet = reader.opts.outlet.clone().or(feed_title);
    let mut out = ReadOutput::default();
    for (index, entry) in feed.entries.iter().enumerate() {
        let url = entry_link(entry);
        let title = entry.title.as_ref().map(|t| plain(t).trim().to_string()).filter(|t| !t.is_empty());
        let published = entry.published.or(entry.updated);
        match full_content(entry) {
            Some(content) => {
                let html = wrap_html(
                    title.as_deref(),
                    published.map(|d| d.to_rfc3339()),
                    url.as_deref(),
                    entry,
                    &content,
                );
                let source = format!("{}#entry{}", reader.source(), index + 1);
                out.pages.push(RawPage::new(
                    url,
                    source,
                    ContentKind::Html,
                    outlet.clone(),
                    html.into_bytes(),
                ));
            }
            None => match url {
                Some(url) => out.links.push(Link {
                    url,
                    kind: LinkKind::Page,
                    title,
                    published: published.map(|d| d.fixed_offset()),
                    source: reader.source(),
                }),
                None => out.skipped += 1,
            },
        }
    }
    out
}

/// Offset of an `<?xml …?>` declaration that is not the first thing in the document
/// (other processing instructions, like `<?xml-stylesheet`, may come anywhere).
fn late_xml_declaration(bytes: &[u8]) -> Option<usize> {
    let is_declaration = |w: &[u8]| w[..5].eq_ignore_ascii_case(b"<?xml") && w[5].is_ascii_whitespace();
    let start =
        bytes.iter().position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)?;
    let at_start = bytes.len() >= start + 6 && is_declaration(&bytes[start..start + 6]);
    let from = if at_start { start + 6 } else { start };
    bytes[from..].windows(6).position(is_declaration).map(|p| from + p)
}

/// The entry's page: its `alternate` link, else its first link with no `rel`, else any.
fn entry_link(entry: &Entry) -> Option<String> {
    let usable = |l: &&feed_rs::model::Link| l.href.trim().starts_with("http");
    entry
        .links
        .iter()
        .filter(usable)
        .find(|l| l.rel.as_deref() == Some("alternate"))
        .or_else(|| entry.links.iter().filter(usable).find(|l| l.rel.is_none()))
        .or_else(|| entry.links.iter().find(usable))
        .map(|l| l.href.trim().to_string())
}

/// The entry's article as HTML: its content, or a summary long enough to be the article.
fn full_content(entry: &Entry) -> Option<String> {
    if let Some(content) = &entry.content {
        if let Some(body) = content.body.as_deref().filter(|b| !b.trim().is_empty()) {
            let kind: &str = content.content_type.as_ref();
            return Some(if is_markup(kind) { body.to_string() } else { paragraphs(body) });
        }
    }
    let summary = entry.summary.as_ref()?;
    let kind: &str = summary.content_type.as_ref();
    let html = if is_markup(kind) || summary.content.contains('<') {
        summary.content.clone()
    } else {
        paragraphs(&summary.content)
    };
    (text_chars(&html) >= FULL_SUMMARY_CHARS).then_some(html)
}

fn is_markup(media_type: &str) -> bool {
    media_type.contains("html") || media_type.contains("xml")
}

/// A text's words without markup; feeds sometimes put HTML into titles.
fn plain(text: &Text) -> String {
    if is_markup(text.content_type.as_ref()) {
        strip_tags(&text.content)
    } else {
        text.content.clone()
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn text_chars(html: &str) -> usize {
    strip_tags(html).chars().filter(|c| !c.is_whitespace()).count()
}

/// Plain text as escaped paragraphs, one per blank-line-separated block.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A minimal article page the extractor reads like any other: title, date, canonical URL,
/// authors, and the content inside `<article>`.
fn wrap_html(
    title: Option<&str>,
    published: Option<String>,
    url: Option<&str>,
    entry: &Entry,
    content: &str,
) -> String {
    let mut html = String::with_capacity(content.len() + 512);
    html.push_str("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    if let Some(title) = title {
        html.push_str(&format!("<title>{}</title>", escape(title)));
    }
    if let Some(published) = published {
        html.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{}\">",
            escape(&published)
        ));
    }
    if let Some(url) = url {
        html.push_str(&format!("<link rel=\"canonical\" href=\"{}\">", escape(url)));
    }
    for name in
        entry.authors.iter().filter_map(|a| a.name.as_deref()).map(str::trim).filter(|n| !n.is_empty())
    {
        html.push_str(&format!("<meta name=\"author\" content=\"{}\">", escape(name)));
    }
    html.push_str("</head><body><article>");
    if let Some(title) = title {
        html.push_str(&format!("<h1>{}</h1>", escape(title)));
    }
    html.push_str(content);
    html.push_str("</article></body></html>\n");
    html
}
