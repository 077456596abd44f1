//! Page metadata from markup: JSON-LD, OpenGraph / article:* meta tags, `<link rel>`,
//! `<html lang>`, `<time>`, byline and date elements, breadcrumbs.

use super::dates;
use super::dom::{collapse_ws, Dom};
use crate::lines;
use jejak_text::dates::FoundDate;
use once_cell::sync::Lazy;
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

/// The elements metadata is read from, found in one pass over the page.
#[derive(Default)]
struct Found {
    meta: Vec<usize>,
    json_ld: Vec<usize>,
    links: Vec<usize>,
    h1: Vec<usize>,
    title: Vec<usize>,
    html: Option<usize>,
    time: Vec<usize>,
    /// Elements with a (non-empty) class or id, or an itemprop or rel attribute.
    classed: Vec<usize>,
    /// `<a href>` elements.
    anchors: Vec<usize>,
}

impl Found {
    fn of(dom: &Dom) -> Found {
        let mut f = Found::default();
        for (i, n) in dom.elements() {
            match n.tag.as_str() {
                "meta" => f.meta.push(i),
                "script" if n.attr("type") == Some("application/ld+json") => f.json_ld.push(i),
                "link" if n.attr("rel").is_some() => f.links.push(i),
                "h1" => f.h1.push(i),
                "title" => f.title.push(i),
                "html" => {
                    f.html.get_or_insert(i);
                }
                "time" => f.time.push(i),
                "a" if n.attr("href").is_some() => f.anchors.push(i),
                _ => {}
            }
            // (class and id have fields of their own: cheaper than walking the attributes)
            if !n.class.is_empty()
                || !n.id.is_empty()
                || n.attrs.iter().any(|a| matches!(&*a.name.local, "itemprop" | "rel"))
            {
                f.classed.push(i);
            }
        }
        f
    }
}

/// Collects the metadata of a parsed page.
pub(crate) fn read(dom: &Dom) -> Meta {
    let found = Found::of(dom);
    let mut m = Meta::default();
    let mut meta_dates: Vec<(u8, FoundDate)> = Vec::new();

    for el in found.meta.iter().map(|&i| &dom.nodes[i]) {
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .or_else(|| el.attr("http-equiv"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        // The list is what the byte scan keeps (`nesting::is_read_meta`): a key read below
        // must be in it.
        if !READ_META_KEYS.contains(&key.as_str()) {
            continue;
        }
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

    for &i in &found.json_ld {
        let raw = dom.raw_text_of(i);
        let raw = raw.trim().trim_end_matches(';');
        if let Ok(v) = serde_json::from_str::<Value>(raw) {
            read_ld(&v, &mut m, &mut meta_dates, 0);
        }
    }

    for el in found.links.iter().map(|&i| &dom.nodes[i]) {
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

    m.h1 = found.h1.iter().map(|&i| dom.text_of(i)).find(|t| t.chars().count() >= 3);
    m.title_tag = found.title.iter().map(|&i| dom.text_of(i)).find(|t| !t.is_empty());
    m.lang = found
        .html
        .map(|i| &dom.nodes[i])
        .and_then(|h| h.attr("lang").or_else(|| h.attr("xml:lang")))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());

    // <time datetime> and <time>text</time>: after meta and JSON-LD, before visible text.
    for &i in &found.time {
        let t = &dom.nodes[i];
        let attr = t.attr("datetime").or_else(|| t.attr("content"));
        let f =
            attr.and_then(jejak_text::dates::parse_machine).or_else(|| dates::find_visible(&dom.text_of(i)));
        if let Some(text) = dom.short_text_of(i, 200).filter(|t| !t.is_empty()) {
            if m.date_texts.len() < 20 {
                m.date_texts.push(text);
            }
        }
        if let Some(f) = f {
            let pubish = t.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                || t.attr("pubdate").is_some();
            meta_dates.push((if pubish { 2 } else { 4 }, f));
        }
    }

    read_classed(dom, &found, &mut m, &mut meta_dates);

    meta_dates.sort_by_key(|(r, _)| *r);
    m.dates = meta_dates.into_iter().map(|(_, f)| f).collect();
    dedupe(&mut m.authors);
    m
}

/// Elements recognised by class, id, itemprop or rel: authors, dates, breadcrumbs, next links.
/// Class words were read when the page was parsed (see [`super::class_words`]).
fn read_classed(dom: &Dom, found: &Found, m: &mut Meta, meta_dates: &mut Vec<(u8, FoundDate)>) {
    let mut crumbs_done = false;
    let mut found_author_el = false;
    for &i in &found.classed {
        let el = &dom.nodes[i];
        let itemprop = el.attr("itemprop").unwrap_or("");
        let rel = el.attr("rel").unwrap_or("");
        let name = el.tag.as_str();
        let (author_word, date_word) = (el.words.author(), el.words.date());
        if rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("author"))
            || itemprop.eq_ignore_ascii_case("author")
            || itemprop.eq_ignore_ascii_case("creator")
        {
            // A byline is short; a long text is an author box with a biography.
            let text = dom.short_text_of(i, 300).unwrap_or_default();
            if !found_author_el {
                m.authors.extend(lines::split_names(&text));
                found_author_el = true;
            }
        } else if !found_author_el
            && !matches!(name, "body" | "html" | "article" | "main" | "section")
            && author_word
        {
            let text = dom.short_text_of(i, 120).unwrap_or_default();
            if !text.is_empty() {
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
        if itemprop.eq_ignore_ascii_case("datepublished") {
            if let Some(f) = el
                .attr("content")
                .or_else(|| el.attr("datetime"))
                .and_then(jejak_text::dates::parse_machine)
                .or_else(|| dates::find_visible(&dom.text_of(i)))
            {
                meta_dates.push((2, f));
            }
        }
        if date_word && !matches!(name, "body" | "html" | "article" | "main") {
            if let Some(text) = dom.short_text_of(i, 200).filter(|t| !t.is_empty()) {
                if m.date_texts.len() < 20 {
                    m.date_texts.push(text);
                }
            }
        }
        if !crumbs_done && el.words.breadcrumb() {
            let items: Vec<String> = dom
                .live_subtree(i)
                .into_iter()
                .filter(|&a| dom.nodes[a].tag == "a" && dom.nodes[a].attr("href").is_some())
                .map(|a| dom.text_of(a))
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
    for &i in &found.anchors {
        let el = &dom.nodes[i];
        if is_next_link(dom, i) {
            if let Some(h) = el.attr("href") {
                m.next_pages.push(h.trim().to_string());
            }
        }
    }
}

/// The `<meta>` keys (`property`, `name`, `itemprop` or `http-equiv`, lower-cased) that
/// metadata reads; the byte scan cuts every other `<meta>` before parsing.
pub(crate) const READ_META_KEYS: &[&str] = &[
    "og:title",
    "twitter:title",
    "og:site_name",
    "application-name",
    "twitter:site",
    "og:url",
    "og:locale",
    "og:type",
    "article:section",
    "section",
    "category",
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "content-language",
    "language",
    "dc.language",
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "dcterms.created",
    "date",
    "dc.date",
    "content_publishdate",
    "article_date_original",
    "datecreated",
];

fn is_next_link(dom: &Dom, i: usize) -> bool {
    let el = &dom.nodes[i];
    if el.tag != "a" {
        return false;
    }
    if el.attr("rel").unwrap_or("").split_whitespace().any(|r| r.eq_ignore_ascii_case("next")) {
        return true;
    }
    static NEXT_TEXT: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)^\W*(halaman\s+(selanjutnya|berikutnya|berikut)|selanjutnya|berikutnya|next(\s+page)?|lanjut(kan)?)\W*$")
            .expect("valid regex")
    });
    static NEXT_CLASS: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(r"(?i)(^|[-_ ])next([-_ ]|$)|pagination-next|page-next").expect("valid regex")
    });
    let Some(text) = dom.short_text_of(i, 40) else { return false };
    // Most links are neither labelled nor classed "next": skip the ancestor walk for them.
    let text_says_next = NEXT_TEXT.is_match(&text);
    // Class and id apart: no match can span the two.
    if !text_says_next && !NEXT_CLASS.is_match(&el.class) && !NEXT_CLASS.is_match(&el.id) {
        return false;
    }
    let in_pager = dom.ancestors(i).take(4).map(|a| &dom.nodes[a]).any(|a| {
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
    if text_says_next
        && (in_pager || text.to_lowercase().contains("halaman") || text.to_lowercase().contains("page"))
    {
        return true;
    }
    in_pager
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
                    // (a publisher is one name, not a byline to split: "Liputan6.com")
                    m.ld_publisher = text_of(p).or_else(|| ld_names(p).into_iter().next());
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

/// A JSON-LD string as text. Script bodies are not unescaped by the HTML parser, and many
/// sites write entities into their JSON-LD ("doesn&#8217;t"), so they are decoded here.
fn ld_text(s: &str) -> String {
    html_escape::decode_html_entities(s.trim()).trim().to_string()
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(ld_text(s)),
        Value::Object(o) => o.get("name").and_then(text_of),
        _ => None,
    }
}

fn ld_names(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a.iter().take(10).flat_map(ld_names).collect(),
        Value::String(s) => lines::split_names(&ld_text(s)),
        Value::Object(o) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|n| lines::split_names(&ld_text(n)))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub(crate) fn dedupe(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|s| seen.insert(s.to_lowercase()));
}
