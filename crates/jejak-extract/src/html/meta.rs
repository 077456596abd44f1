//! Page metadata from markup: JSON-LD, OpenGraph / article:* meta tags, `<link rel>`,
//! `<html lang>`, `<time>`, byline and date elements, breadcrumbs.

use super::dates;
use super::dom::collapse_ws;
use crate::lines;
use jejak_text::dates::FoundDate;
use once_cell::sync::Lazy;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// Everything the markup says about the page, before choosing between sources.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub ld_headline: Option<String>,
    pub og_title: Option<String>,
    pub h1: Option<String>,
    pub title_tag: Option<String>,
    pub site_name: Option<String>,
    pub ld_publisher: Option<String>,
    pub canonical: Option<String>,
    pub og_url: Option<String>,
    pub lang: Option<String>,
    pub og_locale: Option<String>,
    pub section: Option<String>,
    pub authors: Vec<String>,
    /// Machine-readable publication dates, best source first.
    pub dates: Vec<FoundDate>,
    /// Text of elements that look like date lines (class "date", "time", "tanggal"...).
    pub date_texts: Vec<String>,
    /// The page declares itself an article (og:type article, JSON-LD NewsArticle, article:*).
    pub says_article: bool,
    /// The page declares itself a collection (JSON-LD CollectionPage/ItemList, og:type website).
    pub says_listing: bool,
    /// Candidate next-page URLs (raw hrefs).
    pub next_pages: Vec<String>,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

static META: Lazy<Selector> = Lazy::new(|| sel("meta"));
static LD: Lazy<Selector> = Lazy::new(|| sel(r#"script[type="application/ld+json"]"#));
static LINK: Lazy<Selector> = Lazy::new(|| sel("link[rel]"));
static H1: Lazy<Selector> = Lazy::new(|| sel("h1"));
static TITLE: Lazy<Selector> = Lazy::new(|| sel("title"));
static HTML: Lazy<Selector> = Lazy::new(|| sel("html"));
static TIME: Lazy<Selector> = Lazy::new(|| sel("time"));
static A: Lazy<Selector> = Lazy::new(|| sel("a[href]"));
static ANY_CLASSED: Lazy<Selector> = Lazy::new(|| sel("[class], [id], [itemprop], [rel]"));

/// Collects the metadata of a parsed page.
pub(crate) fn read(doc: &Html) -> Meta {
    let mut m = Meta::default();
    let mut meta_dates: Vec<(u8, FoundDate)> = Vec::new();

    for el in doc.select(&META) {
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .or_else(|| el.attr("http-equiv"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let Some(content) = el.attr("content").map(collapse_ws).filter(|c| !c.is_empty()) else {
            continue;
        };
        match key.as_str() {
            "og:title" | "twitter:title" if m.og_title.is_none() => m.og_title = Some(content),
            "og:site_name" | "application-name" | "twitter:site"
                if m.site_name.is_none() && !content.starts_with('@') =>
            {
                m.site_name = Some(content)
            }
            "og:url" => m.og_url = Some(content),
            "og:locale" => m.og_locale = Some(content),
            "og:type" => {
                let t = content.to_ascii_lowercase();
                if t.contains("article") {
                    m.says_article = true;
                } else if t == "website" {
                    m.says_listing = true;
                }
            }
            "article:section" | "section" | "category" if m.section.is_none() => m.section = Some(content),
            "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author" | "parsely-author"
                if !content.starts_with("http") =>
            {
                m.authors.extend(lines::split_names(&content))
            }
            "content-language" | "language" | "dc.language" if m.og_locale.is_none() => {
                m.og_locale = Some(content)
            }
            _ => {}
        }
        let rank = match key.as_str() {
            "article:published_time" | "og:article:published_time" => 1,
            "datepublished" | "pubdate" | "publishdate" | "publish-date" | "publish_date"
            | "article.published" | "dc.date.issued" | "sailthru.date" | "parsely-pub-date"
            | "dcterms.created" => 2,
            "date" | "dc.date" | "content_publishdate" | "article_date_original" | "datecreated" => 3,
            _ => 0,
        };
        if rank > 0 {
            m.says_article |= rank == 1;
            let content = el.attr("content").unwrap_or("");
            if let Some(f) = dates::read_value(content) {
                meta_dates.push((rank, f));
            }
        }
    }

    for el in doc.select(&LD) {
        let raw: String = el.text().collect();
        let raw = raw.trim().trim_end_matches(';');
        if let Ok(v) = serde_json::from_str::<Value>(raw) {
            read_ld(&v, &mut m, &mut meta_dates, 0);
        }
    }

    for el in doc.select(&LINK) {
        let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
        let href = el.attr("href").unwrap_or("").trim();
        if href.is_empty() {
            continue;
        }
        for r in rel.split_whitespace() {
            match r {
                "canonical" if m.canonical.is_none() => m.canonical = Some(href.to_string()),
                "next" => m.next_pages.push(href.to_string()),
                _ => {}
            }
        }
    }

    m.h1 =
        doc.select(&H1).map(|e| collapse_ws(&e.text().collect::<String>())).find(|t| t.chars().count() >= 3);
    m.title_tag =
        doc.select(&TITLE).map(|e| collapse_ws(&e.text().collect::<String>())).find(|t| !t.is_empty());
    m.lang = doc
        .select(&HTML)
        .next()
        .and_then(|h| h.attr("lang").or_else(|| h.attr("xml:lang")))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());

    // <time datetime> and <time>text</time>: after meta and JSON-LD, before visible text.
    for t in doc.select(&TIME) {
        let attr = t.attr("datetime").or_else(|| t.attr("content"));
        let f = attr
            .and_then(jejak_text::dates::parse_machine)
            .or_else(|| dates::find_visible(&collapse_ws(&t.text().collect::<String>())));
        let text = collapse_ws(&t.text().collect::<String>());
        if !text.is_empty() && text.chars().count() <= 200 && m.date_texts.len() < 20 {
            m.date_texts.push(text);
        }
        if let Some(f) = f {
            let pubish = t.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                || t.attr("pubdate").is_some();
            meta_dates.push((if pubish { 2 } else { 4 }, f));
        }
    }

    read_classed(doc, &mut m, &mut meta_dates);

    meta_dates.sort_by_key(|(r, _)| *r);
    m.dates = meta_dates.into_iter().map(|(_, f)| f).collect();
    dedupe(&mut m.authors);
    m
}

/// Elements recognised by class, id, itemprop or rel: authors, dates, breadcrumbs, next links.
fn read_classed(doc: &Html, m: &mut Meta, meta_dates: &mut Vec<(u8, FoundDate)>) {
    static AUTHOR_CLASS: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(
            r"(?i)(^|[-_ ])(author|byline|penulis|reporter|writer|contributor|editor)s?($|[-_ ])",
        )
        .expect("valid regex")
    });
    static DATE_CLASS: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)(^|[-_ ])(date|time|datetime|timestamp|tanggal|tgl|waktu|publish(ed)?|pubdate|posted(-on)?|jam|dateline|meta)([-_ ]|$)")
            .expect("valid regex")
    });
    static CRUMB_CLASS: Lazy<regex::Regex> =
        Lazy::new(|| regex::Regex::new(r"(?i)breadcrumb").expect("valid regex"));
    let mut crumbs_done = false;
    let mut found_author_el = false;
    for el in doc.select(&ANY_CLASSED) {
        let class = el.attr("class").unwrap_or("");
        let id = el.attr("id").unwrap_or("");
        let itemprop = el.attr("itemprop").unwrap_or("").to_ascii_lowercase();
        let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
        let name = el.value().name();
        let ci = format!("{class} {id}");
        if rel.split_whitespace().any(|r| r == "author") || itemprop == "author" || itemprop == "creator" {
            let text = collapse_ws(&el.text().collect::<String>());
            if !found_author_el {
                m.authors.extend(lines::split_names(&text));
                found_author_el = true;
            }
        } else if !found_author_el
            && !matches!(name, "body" | "html" | "article" | "main" | "section")
            && AUTHOR_CLASS.is_match(&ci)
        {
            let text = collapse_ws(&el.text().collect::<String>());
            if !text.is_empty() && text.chars().count() <= 120 {
                let names = match lines::read_credits(&text) {
                    Some(credits) => credits.into_iter().filter(|c| c.author).flat_map(|c| c.names).collect(),
                    None => lines::split_names(&text),
                };
                if !names.is_empty() {
                    m.authors.extend(names);
                    found_author_el = true;
                }
            }
        }
        if itemprop == "datepublished" {
            if let Some(f) = el
                .attr("content")
                .or_else(|| el.attr("datetime"))
                .and_then(jejak_text::dates::parse_machine)
                .or_else(|| dates::find_visible(&collapse_ws(&el.text().collect::<String>())))
            {
                meta_dates.push((2, f));
            }
        }
        if DATE_CLASS.is_match(&ci) && !matches!(name, "body" | "html" | "article" | "main") {
            let text = collapse_ws(&el.text().collect::<String>());
            if !text.is_empty() && text.chars().count() <= 200 && m.date_texts.len() < 20 {
                m.date_texts.push(text);
            }
        }
        if !crumbs_done && CRUMB_CLASS.is_match(&ci) {
            let items: Vec<String> = el
                .select(&A)
                .map(|a| collapse_ws(&a.text().collect::<String>()))
                .filter(|t| !t.is_empty() && t.chars().count() <= 40)
                .filter(|t| !matches!(t.to_lowercase().as_str(), "home" | "beranda" | "index" | "homepage"))
                .collect();
            if !items.is_empty() {
                crumbs_done = true;
                if m.section.is_none() {
                    m.section = items.last().cloned();
                }
            }
        }
    }
    for el in doc.select(&A) {
        let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
        let ci = format!("{} {}", el.attr("class").unwrap_or(""), el.attr("id").unwrap_or(""));
        if is_next_link(&el, &rel, &ci) {
            if let Some(h) = el.attr("href") {
                m.next_pages.push(h.trim().to_string());
            }
        }
    }
}

fn is_next_link(el: &ElementRef<'_>, rel: &str, ci: &str) -> bool {
    if el.value().name() != "a" {
        return false;
    }
    if rel.split_whitespace().any(|r| r == "next") {
        return true;
    }
    static NEXT_TEXT: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)^\W*(halaman\s+(selanjutnya|berikutnya|berikut)|selanjutnya|berikutnya|next(\s+page)?|lanjut(kan)?)\W*$")
            .expect("valid regex")
    });
    static NEXT_CLASS: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)(^|[-_ ])next([-_ ]|$)|pagination-next|page-next").expect("valid regex")
    });
    let text = collapse_ws(&el.text().collect::<String>());
    if text.chars().count() > 40 {
        return false;
    }
    let in_pager = el.ancestors().filter_map(ElementRef::wrap).take(4).any(|a| {
        let c = format!("{} {}", a.attr("class").unwrap_or(""), a.attr("id").unwrap_or("")).to_lowercase();
        c.contains("pagination")
            || c.contains("paging")
            || c.contains("pager")
            || c.contains("halaman")
            || c.contains("page-nav")
    });
    let href = el.attr("href").unwrap_or("");
    if href.starts_with('#') || href.starts_with("javascript") {
        return false;
    }
    if NEXT_TEXT.is_match(&text)
        && (in_pager || text.to_lowercase().contains("halaman") || text.to_lowercase().contains("page"))
    {
        return true;
    }
    in_pager && (NEXT_CLASS.is_match(ci) || NEXT_TEXT.is_match(&text))
}

fn read_ld(v: &Value, m: &mut Meta, meta_dates: &mut Vec<(u8, FoundDate)>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(items) => {
            for i in items.iter().take(50) {
                read_ld(i, m, meta_dates, depth + 1);
            }
        }
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                read_ld(g, m, meta_dates, depth + 1);
            }
            let types: Vec<String> = match o.get("@type") {
                Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
                Some(Value::Array(a)) => {
                    a.iter().filter_map(|x| x.as_str()).map(|s| s.to_ascii_lowercase()).collect()
                }
                _ => Vec::new(),
            };
            let is_article = types.iter().any(|t| {
                t.contains("article")
                    || t == "reportage"
                    || t == "blogposting"
                    || t == "liveblogposting"
                    || t == "posting"
            });
            if types.iter().any(|t| t == "collectionpage" || t == "itemlist" || t == "searchresultspage") {
                m.says_listing = true;
            }
            if !is_article {
                if let Some(me) = o.get("mainEntity") {
                    read_ld(me, m, meta_dates, depth + 1);
                }
                return;
            }
            m.says_article = true;
            if m.ld_headline.is_none() {
                m.ld_headline =
                    o.get("headline").or_else(|| o.get("name")).and_then(text_of).map(|t| collapse_ws(&t));
            }
            if let Some(a) = o.get("author") {
                m.authors.extend(ld_names(a));
            }
            if let Some(p) = o.get("publisher") {
                if m.ld_publisher.is_none() {
                    m.ld_publisher = ld_names(p).into_iter().next().or_else(|| text_of(p));
                }
            }
            if let Some(d) = o.get("datePublished").or_else(|| o.get("dateCreated")).and_then(text_of) {
                if let Some(f) = dates::read_value(&d) {
                    meta_dates.push((1, f));
                }
            }
            if m.section.is_none() {
                m.section = o.get("articleSection").and_then(|s| match s {
                    Value::Array(a) => a.iter().find_map(text_of),
                    other => text_of(other),
                });
            }
        }
        _ => {}
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o.get("name").and_then(text_of),
        _ => None,
    }
}

fn ld_names(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().take(10).flat_map(ld_names).collect(),
        Value::String(s) => lines::split_names(s),
        Value::Object(o) => {
            o.get("name").and_then(|n| n.as_str()).map(lines::split_names).unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

pub(crate) fn dedupe(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| seen.insert(s.to_lowercase()));
}
