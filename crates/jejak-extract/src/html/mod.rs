//! HTML page → article.
//!
//! Steps: decode the bytes ([`decode`]: BOM, declared charset, UTF-8, chardetng guess), cut
//! scripts and styles and cap nesting ([`nesting`]), parse with html5ever into an arena
//! ([`dom`]), read metadata ([`meta`]: JSON-LD, OpenGraph, `<time>`, bylines,
//! breadcrumbs), find the main content ([`content`]: prune boilerplate elements, score
//! containers by text density, add sibling blocks split off by ad slots), then clean the
//! paragraphs line by line (the general rules of [`crate::boilerplate`] and the outlet's
//! learned recurring lines; byline labels, caption credits and the dateline by
//! [`crate::lines`]).
//!
//! Choices worth knowing:
//! - The dateline ("JAKARTA, KOMPAS.com -") is moved out of the first paragraph into
//!   `Article.dateline` (upper case); the paragraph keeps the rest of its text.
//! - A page is a `Listing` when its best content block is short and the page is mostly
//!   headline links; `NotArticle` when there is too little text and no article metadata.
//!   Either way the body is empty and `reason` says why.
//! - Multi-page articles are not fetched (extraction does no I/O): a next-page link of an
//!   article page is reported as a warning `next_page: <absolute URL>`, for the caller to
//!   fetch and append.
//! - Published times keep the offset the page gave; a time written without one gets the
//!   zone word next to it on the page (WIB +07, WITA +08, WIT +09), else +07:00 for
//!   Indonesian pages and UTC otherwise (with a warning).

mod class_words;
mod content;
mod dates;
mod decode;
mod dom;
mod meta;
mod nesting;

use crate::boilerplate::{general_rule, is_inline_list_heading, is_list_heading};
use crate::lines;
use crate::outlet::host_of;
use crate::{BoilerplateModel, DropReason, DroppedLine, ExtractOptions, Extraction};
use chrono::{DateTime, FixedOffset, TimeZone};
use jejak_model::PageKind;
use jejak_text::dates::FoundDate;
use std::collections::HashSet;

/// Body text the language is detected from.
const LANG_SAMPLE_CHARS: usize = 1200;

/// Paragraph text (characters) below which a page without article metadata is no article.
const MIN_BODY_CHARS: usize = 250;

/// `haystack` contains the ASCII `needle` in any case, without lower-casing a copy: the
/// needle's first letter is looked up in both cases with `memchr2` (the byte scan asks this
/// of every tag it keeps, so a comparison at every offset cost a fortieth of extraction).
pub(crate) fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else { return true };
    let Some(last_start) = haystack.len().checked_sub(needle.len()) else { return false };
    let mut from = 0;
    while let Some(p) =
        memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &haystack[from..=last_start])
    {
        let at = from + p;
        if haystack[at + 1..at + needle.len()].eq_ignore_ascii_case(rest) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Extracts the main article of an HTML page.
pub fn extract_html(bytes: &[u8], opts: &ExtractOptions, model: &BoilerplateModel) -> Extraction {
    let mut ex = Extraction::default();
    let host = opts.url.as_deref().and_then(host_of);
    let tld = host.as_deref().and_then(|h| h.rsplit('.').next()).map(|t| t.as_bytes().to_vec());
    let tld = tld.filter(|t| t.iter().all(u8::is_ascii_alphabetic) && t.len() >= 2);
    let (text, encoding) = decode::decode(bytes, tld.as_deref());
    if encoding != encoding_rs::UTF_8 {
        ex.warnings.push(format!("decoded as {}", encoding.name()));
    }
    let mut dom = dom::Dom::parse(&nesting::prepare(&text));
    let meta = meta::read(&dom);
    let content = content::extract(&mut dom);

    let a = &mut ex.article;
    a.url = opts.url.clone();
    a.canonical_url =
        meta.canonical.as_deref().or(meta.og_url.as_deref()).and_then(|c| absolute(opts.url.as_deref(), c));
    a.lang = meta.lang.as_deref().or(meta.og_locale.as_deref()).and_then(primary_lang);
    a.outlet =
        opts.outlet.clone().or_else(|| meta.ld_publisher.clone()).or_else(|| meta.site_name.clone()).or_else(
            || opts.url.as_deref().and_then(host_of).or_else(|| a.canonical_url.as_deref().and_then(host_of)),
        );
    a.title = choose_title(&meta, a.outlet.as_deref());
    a.section = meta.section.clone();

    // Body: line rules over the content blocks. The learned model groups pages by the key
    // page-text learning uses (caller's outlet, else URL host), else by the outlet named here.
    let model_key =
        crate::outlet::outlet_key(opts, "").or_else(|| a.outlet.as_deref().map(str::to_lowercase));
    let body_lines = BodyLines::read(
        &content.blocks,
        a.title.as_deref(),
        model,
        model_key.as_deref(),
        &mut a.captions,
        &mut ex.dropped,
    );
    let mut body = body_lines.body;
    end_the_article(&mut body, body_lines.end_heading, &mut ex.dropped);
    for c in &content.captions {
        if !a.captions.contains(c) && general_rule(c).is_none() {
            a.captions.push(c.clone());
        }
    }

    // A photo gallery declared as an article: its captions are its text.
    if let Some(caps) = gallery_captions(&body, &meta, &content) {
        ex.warnings.push(format!("gallery: body made of {} photo captions", caps.len()));
        for c in &caps {
            if !a.captions.contains(c) {
                a.captions.push(c.clone());
            }
        }
        body.extend(caps);
    }

    // Language: the declared one, unless the body text is clearly in another language that
    // Jejak analyses (old portal templates say lang="en" on Indonesian pages).
    let detected = body_language(&body);
    if let (Some(declared), Some(det)) = (a.lang.clone(), detected) {
        if jejak_text::Lang::from_code(&declared) != det {
            ex.warnings.push(format!("lang: page says {declared}, text reads as {}", det.code()));
            a.lang = Some(det.code().to_string());
        }
    }

    // Dateline.
    if let Some(first) = body.first_mut() {
        if let Some(dateline) = lines::split_dateline(first) {
            a.dateline = dateline.place;
            *first = dateline.rest;
            // (the credit beside it names the outlet when nothing else on the page did:
            // "Jakarta (ANTARA News) -")
            a.outlet = a.outlet.take().or(dateline.outlet);
        }
    }
    if a.outlet.is_none() {
        a.outlet = a.title.as_deref().and_then(|t| site_after_title(meta.title_tag.as_deref()?, t));
    }

    a.byline = byline(&meta.authors, body_lines.credited, a.outlet.as_deref());

    // Published.
    let indonesian = a.lang.as_deref() == Some("id")
        || detected == Some(jejak_text::Lang::Id)
        || host.as_deref().is_some_and(|h| h.ends_with(".id"))
        || content.text_before.contains(" WIB");
    let page_url = opts.url.as_deref().or(a.canonical_url.as_deref());
    let visible = visible_date(body_lines.dates, &meta, &content, page_url);
    let (published, zone, warn) = choose_published(&meta.dates, &visible, indonesian);
    a.published = published;
    a.time_zone = zone;
    if let Some(w) = warn {
        ex.warnings.push(w);
    }

    // Page kind.
    let body_chars: usize = body.iter().map(|p| p.chars().count()).sum();
    if let Some((kind, reason)) =
        not_an_article(&body, body_chars, &body_lines.link_lines, body_lines.date_lines, &content, &meta)
    {
        a.kind = kind;
        a.reason = Some(reason);
        a.body.clear();
        a.lead = None;
        a.dateline = None;
        return ex;
    }
    if body.is_empty() {
        a.kind = PageKind::NotArticle;
        a.reason = Some("no article text found".to_string());
        return ex;
    }
    a.lead = body.first().cloned();
    a.body = body;

    // Next pages of a multi-page article.
    let base = a.canonical_url.clone().or_else(|| opts.url.clone());
    for u in next_pages(&meta.next_pages, base.as_deref(), opts.url.as_deref()) {
        ex.warnings.push(format!("next_page: {u}"));
    }
    ex
}

/// A photo gallery declared as an article, with too little body of its own: the captions
/// that are its text.
fn gallery_captions(body: &[String], meta: &meta::Meta, content: &content::Content) -> Option<Vec<String>> {
    let body_chars: usize = body.iter().map(|p| p.chars().count()).sum();
    if body_chars >= MIN_BODY_CHARS || !meta.says_article {
        return None;
    }
    let caps: Vec<String> = content
        .page_captions
        .iter()
        .filter(|c| c.chars().count() >= 40 && general_rule(c).is_none() && !lines::is_credit_line(c))
        .cloned()
        .collect();
    (caps.iter().map(|c| c.chars().count()).sum::<usize>() >= 100).then_some(caps)
}

/// The byline: the authors the page declares and those credited in its lines, names only,
/// not the outlet.
fn byline(authors: &[String], credited: Vec<String>, outlet: Option<&str>) -> Vec<String> {
    let outlet_key = outlet.map(normalize_key);
    let mut byline = authors.to_vec();
    byline.extend(credited);
    byline.retain(|n| {
        let k = normalize_key(n);
        Some(&k) != outlet_key.as_ref()
            && !n.to_lowercase().contains(".com")
            && !n.to_lowercase().contains(".co")
            && lines::is_name(n)
    });
    meta::dedupe(&mut byline);
    byline
}

/// The next pages of a multi-page article, absolute, once each, neither this page nor its
/// canonical address.
fn next_pages(hrefs: &[String], base: Option<&str>, url: Option<&str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for href in hrefs {
        if let Some(u) = absolute(base, href) {
            if Some(u.as_str()) != base && Some(u.as_str()) != url && !seen.contains(&u) {
                seen.push(u);
            }
        }
    }
    seen
}

/// The paragraphs of a page's content blocks, and what the line rules took out of them on
/// the way that still tells something of the page.
struct BodyLines {
    body: Vec<String>,
    /// Where a closing list heading ("Tags", "Berita Terkait") stood among the body lines.
    end_heading: Option<usize>,
    /// Names in byline labels among the lines ("Penulis: …", "By …").
    credited: Vec<String>,
    /// The dates of short lines that held a date and little else.
    dates: Vec<FoundDate>,
    /// Link lines long enough to be headlines, lower-cased: many make a listing.
    link_lines: HashSet<String>,
    /// Short lines that held only a date: many make a listing too.
    date_lines: usize,
}

impl BodyLines {
    /// Reads the blocks line by line: a repeat of the title goes, captions go to `captions`,
    /// and boilerplate (general rules, byline labels, date lines, the outlet's recurring
    /// lines, link lists) to `dropped` with its reason.
    fn read(
        blocks: &[content::Block],
        title: Option<&str>,
        model: &BoilerplateModel,
        model_key: Option<&str>,
        captions: &mut Vec<String>,
        dropped: &mut Vec<DroppedLine>,
    ) -> BodyLines {
        let mut found = BodyLines {
            body: Vec::new(),
            end_heading: None,
            credited: Vec::new(),
            dates: Vec::new(),
            link_lines: HashSet::new(),
            date_lines: 0,
        };
        let body = &mut found.body;
        let title_key = title.map(normalize_key);
        for b in blocks {
            let t = b.text.trim();
            if t.is_empty() {
                continue;
            }
            // Normalizing only drops spaces and punctuation: a block far longer than the title
            // cannot repeat it.
            let may_be_title = title_key.as_ref().is_some_and(|k| t.len() <= 2 * k.len() + 40);
            if b.tag == "h1" || may_be_title && title_key.as_deref() == Some(&normalize_key(t)) {
                continue;
            }
            if lines::is_caption(t) {
                if !captions.iter().any(|c| c == t) {
                    captions.push(t.to_string());
                }
                continue;
            }
            if is_list_heading(t) {
                found.end_heading.get_or_insert(body.len());
                dropped.push(general_drop(t, "list heading"));
                continue;
            }
            if let Some(reason) = general_rule(t) {
                dropped.push(DroppedLine { text: t.to_string(), reason });
                continue;
            }
            if is_inline_list_heading(t) {
                // the box's links are anchors the content scoring already left out
                dropped.push(general_drop(t, "link box heading"));
                continue;
            }
            if let Some(credits) = lines::read_credits(t) {
                if t.chars().count() <= 100 || body.is_empty() {
                    found.credited.extend(credits.into_iter().filter(|c| c.author).flat_map(|c| c.names));
                    dropped.push(general_drop(t, "byline_label"));
                    continue;
                }
            }
            let chars = t.chars().count();
            // A short line that is only a date ("Selasa, 23 Feb 2016 14:49 WIB").
            if chars <= 80 && date_only(t) {
                if let Some(f) = dates::find_visible(t) {
                    found.date_lines += 1;
                    found.dates.push(f);
                    dropped.push(general_drop(t, "date_line"));
                    continue;
                }
            }
            // Chrome this outlet repeats on many pages (after bylines and dates: those recur in
            // shape but carry each page's own data).
            if let Some(reason) = model_key.and_then(|k| model.recurring(k, t)) {
                dropped.push(DroppedLine { text: t.to_string(), reason });
                continue;
            }
            // Link lists (related headlines inside the body container).
            if b.link_density() > 0.6 && (chars < 200 || b.tag == "li") {
                if chars >= 20 && t.split_whitespace().count() >= 4 {
                    found.link_lines.insert(t.to_lowercase());
                }
                dropped.push(general_drop(t, "link_line"));
                continue;
            }
            if body.last().is_some_and(|l| l == t) {
                continue;
            }
            body.push(t.to_string());
        }
        found
    }
}

/// A line dropped by a general rule of this page reader.
fn general_drop(text: &str, pattern: &str) -> DroppedLine {
    DroppedLine { text: text.to_string(), reason: DropReason::General { pattern: pattern.to_string() } }
}

/// Cuts what follows the article's end: a closing section ("Tags", "Related articles") in
/// the second half, and trailing headings and very short tails ("Editor's note").
fn end_the_article(body: &mut Vec<String>, end_heading: Option<usize>, dropped: &mut Vec<DroppedLine>) {
    if let Some(cut) = end_heading {
        if cut * 2 >= body.len() && cut > 0 {
            for p in body.drain(cut..) {
                dropped.push(general_drop(&p, "after_end"));
            }
        }
    }
    for _ in 0..2 {
        if body.len() < 2 {
            break;
        }
        let last = body[body.len() - 1].as_str();
        let before = body[body.len() - 2].as_str();
        // A short last line after a long paragraph; a run of short lines is a list.
        let short = last.chars().count() < 40
            && !last.ends_with(['.', '!', '?', '"', '”', ')'])
            && before.chars().count() > 80;
        if short {
            body.pop();
        } else {
            break;
        }
    }
}

/// The language the body reads as, when it is one Jejak analyses and there is enough text
/// to tell: a thousand-odd characters settle Indonesian against English; more only costs
/// time.
fn body_language(body: &[String]) -> Option<jejak_text::Lang> {
    let mut sample = String::new();
    for p in body.iter().take(8) {
        if sample.len() >= LANG_SAMPLE_CHARS {
            break;
        }
        sample.push_str(p);
        sample.push(' ');
    }
    if let Some((end, _)) = sample.char_indices().nth(LANG_SAMPLE_CHARS) {
        sample.truncate(end);
    }
    if sample.chars().count() < 200 {
        return None;
    }
    Some(jejak_text::detect_language(&sample)).filter(|l| *l != jejak_text::Lang::Other)
}

/// The date the page shows for the article, if any: from date lines in the body, the
/// metadata's date texts, then the text before the content. A date in the URL path names
/// the day for sure; visible dates of other days on the page belong to other stories
/// (sidebars, "today" in the masthead).
fn visible_date(
    mut visible: Vec<FoundDate>,
    meta: &meta::Meta,
    content: &content::Content,
    page_url: Option<&str>,
) -> Vec<FoundDate> {
    for t in meta.date_texts.iter() {
        if let Some(f) = dates::find_visible(t) {
            visible.push(f);
        }
    }
    if let Some(b) = dates::find_visible(&content.text_before) {
        visible.push(b);
    }
    if let Some(u) = page_url.and_then(jejak_text::dates::date_in_url) {
        visible.retain(|v| v.datetime.date_naive() == u.datetime.date_naive());
        if visible.is_empty() {
            visible.push(u);
        }
    }
    visible.truncate(1);
    visible
}

/// Why a page is no article, if it is none: a listing (many link lines or dated teaser
/// lines beside short teaser paragraphs, or many headline links and little text), or too
/// little text without article metadata.
fn not_an_article(
    body: &[String],
    body_chars: usize,
    link_lines: &HashSet<String>,
    date_lines: usize,
    content: &content::Content,
    meta: &meta::Meta,
) -> Option<(PageKind, String)> {
    let link_lines = link_lines.len();
    let avg_par = body_chars / body.len().max(1);
    let listing_like = (link_lines >= 8 && link_lines * 10 >= body.len() * 7 && avg_par < 300)
        || (date_lines >= 4 && date_lines * 2 >= body.len())
        || (content.content_headline_links >= 8
            && content.content_headline_links * 150 > body_chars.max(1)
            && !meta.says_article);
    let lots_of_links = content.headline_links >= 15;
    if !(body_chars < MIN_BODY_CHARS && !meta.says_article || listing_like) {
        return None;
    }
    Some(if lots_of_links || listing_like {
        (
            PageKind::Listing,
            format!(
                "listing: {} headline links, {} characters of article text",
                content.headline_links, body_chars
            ),
        )
    } else {
        (PageKind::NotArticle, format!("no article text: {body_chars} characters of paragraphs"))
    })
}

/// True when a short line holds a date and little else (weekday, zone, separators, outlet).
fn date_only(t: &str) -> bool {
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let non_numeric = words.iter().filter(|w| !w.chars().all(|c| c.is_ascii_digit())).count();
    non_numeric <= 6 && words.len() <= 12
}

fn choose_published(
    machine: &[FoundDate],
    visible: &[FoundDate],
    indonesian: bool,
) -> (Option<DateTime<FixedOffset>>, Option<String>, Option<String>) {
    let default = if indonesian {
        FixedOffset::east_opt(7 * 3600).expect("offset")
    } else {
        FixedOffset::east_opt(0).expect("offset")
    };
    let zoned_visible = visible.iter().find(|v| v.has_offset());
    let from_visible = |v: &FoundDate| {
        if v.has_offset() {
            return (Some(v.datetime), dates::zone_word(v), None);
        }
        let warn = format!("published time has no zone; assumed {default}");
        let t = v.at_default_offset(default);
        (t, if indonesian && v.has_time { Some("WIB".to_string()) } else { None }, Some(warn))
    };
    // A bare day ("2019-11-19") gives way to a value of the same day with its time.
    let m = machine.first().map(|first| {
        let same_day = |d: &&FoundDate| d.datetime.date_naive() == first.datetime.date_naive();
        machine.iter().filter(same_day).find(|d| d.has_time).unwrap_or(first)
    });
    if let Some(m) = m {
        if m.has_offset() {
            let t = m.datetime;
            // The page prints the same instant in its own zone: keep the outlet's offset.
            if let Some(v) = zoned_visible {
                if (v.datetime - t).num_seconds().abs() < 60 {
                    // Same instant: the outlet's own offset and zone word, the machine
                    // value's seconds.
                    let t = t.with_timezone(v.datetime.offset());
                    return (Some(t), dates::zone_word(v).or_else(|| dates::zone_word(m)), None);
                }
            }
            return (Some(t), dates::zone_word(m), None);
        }
        // A bare day, and the page prints that day with its time: the page says more.
        let same_day = |v: &&FoundDate| v.datetime.date_naive() == m.datetime.date_naive();
        if !m.has_time {
            if let Some(v) = visible.iter().filter(same_day).find(|v| v.has_time) {
                return from_visible(v);
            }
        }
        // Same wall-clock day written with a zone on the page: take that zone.
        if let Some(v) = zoned_visible.filter(same_day) {
            let t = v.datetime.offset().from_local_datetime(&m.datetime.naive_local()).single();
            return (t, dates::zone_word(v), None);
        }
        let t = m.at_default_offset(default);
        let zone = if indonesian { Some("WIB".to_string()) } else { None };
        let warn = format!("published time has no zone; assumed {default}");
        return (t, zone.filter(|_| m.has_time), Some(warn));
    }
    zoned_visible.or(visible.first()).map_or((None, None, None), from_visible)
}

/// Title: JSON-LD headline, og:title, h1, then `<title>` without the outlet suffix.
fn choose_title(m: &meta::Meta, outlet: Option<&str>) -> Option<String> {
    let site = m.site_name.as_deref().or(m.ld_publisher.as_deref()).or(outlet);
    let cands = [&m.ld_headline, &m.og_title, &m.h1];
    let title_tag = m.title_tag.as_deref().map(|t| strip_site(t, site, true)).filter(|t| !t.is_empty());
    for c in cands.into_iter().flatten() {
        let t = strip_site(c, site, false);
        if t.chars().count() >= 3 {
            // "Musik - Judul" in og:title where the h1 or <title> says just "Judul": the
            // other sources show the head is a section label, not part of the headline.
            let confirmed = [m.h1.as_deref().map(|h| strip_site(h, site, false)), title_tag.clone()];
            let shorter = confirmed.into_iter().flatten().find(|o| is_labelled_form_of(&t, o));
            return Some(shorter.unwrap_or(t));
        }
    }
    title_tag
}

/// What separates a headline from the site's name in a `<title>`: "Headline - Site".
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • "];

/// The site a `<title>` names after the page's headline ("Turki selenggarakan kontes film -
/// ANTARA News"): a few words after a separator, the headline before it.
fn site_after_title(title_tag: &str, headline: &str) -> Option<String> {
    const MAX_SITE_WORDS: usize = 4;
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let (head, tail) = title_tag.trim().rsplit_once(sep)?;
        let tail = tail.trim();
        let words = tail.split_whitespace().count();
        ((1..=MAX_SITE_WORDS).contains(&words) && normalize_key(head) == normalize_key(headline))
            .then(|| tail.to_string())
    })
}

/// Whether `long` is `short` behind a short label and a separator ("Musik - ", "FOTO: ").
fn is_labelled_form_of(long: &str, short: &str) -> bool {
    let (lk, sk) = (normalize_key(long), normalize_key(short));
    if short.split_whitespace().count() < 3 || lk.len() <= sk.len() || !lk.ends_with(&sk) {
        return false;
    }
    let long = long.trim_end();
    let Some(head) = long.get(..long.len().saturating_sub(short.trim().len())) else { return false };
    let head = head.trim_end();
    let label = head.trim_end_matches(['-', '–', '—', ':', '|', '»', '·', '•']);
    head.len() > label.len() && label.split_whitespace().count() <= 4
}

/// Removes a " - Outlet" / " | Outlet" suffix (or "Outlet: " prefix). With `always`, the last
/// segment goes even when it does not name the outlet, as long as the rest is a real title.
fn strip_site(title: &str, site: Option<&str>, always: bool) -> String {
    let title = title.trim();
    let site_key = site.map(normalize_key).unwrap_or_default();
    let matches_site = |seg: &str| {
        let k = normalize_key(seg);
        !k.is_empty()
            && !site_key.is_empty()
            && (k == site_key || k.contains(&site_key) || site_key.contains(&k))
    };
    const PREFIX_SEPS: &[&str] = &[": ", " | ", " - "];
    for sep in PREFIX_SEPS {
        if let Some(pos) = title.find(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            if tail.split_whitespace().count() >= 2 && matches_site(head) {
                return strip_site(tail, site, always);
            }
        }
    }
    for sep in TITLE_SEPARATORS {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            let head_words = head.split_whitespace().count();
            if head_words >= 2 && (matches_site(tail) || (always && tail.split_whitespace().count() <= 4)) {
                return strip_site(head, site, false);
            }
        }
        if let Some(pos) = title.find(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            if tail.split_whitespace().count() >= 2 && matches_site(head) {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

fn normalize_key(s: &str) -> String {
    // (ASCII first: this runs on every short block, and `char::to_lowercase` is slow)
    let mut key = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        }
    }
    let www = key.len() - key.trim_start_matches("www").len();
    key.drain(..www);
    key
}

fn absolute(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with("javascript:") || href.starts_with('#') {
        return None;
    }
    if let Ok(u) = url::Url::parse(href) {
        return matches!(u.scheme(), "http" | "https").then(|| u.to_string());
    }
    let b = url::Url::parse(base?).ok()?;
    b.join(href).ok().map(|u| u.to_string())
}

/// "id-ID" / "id_ID" / "EN" → "id" / "en".
fn primary_lang(l: &str) -> Option<String> {
    let p = l.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (p.len() >= 2 && p.len() <= 3 && p.chars().all(|c| c.is_ascii_alphabetic())).then_some(p)
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The case-blind search finds exactly what lower-casing both sides finds.
        #[test]
        fn contains_ignoring_case_agrees_with_lowercasing(haystack in "[a-cA-C<>=\" é]{0,40}", needle in "[a-cA-C=\"]{0,4}") {
            let expected = haystack.to_ascii_lowercase().contains(&needle.to_ascii_lowercase());
            proptest::prop_assert_eq!(super::contains_ignoring_case(&haystack, &needle), expected);
        }
    }

    use super::*;

    #[test]
    fn section_label_before_the_headline_goes_when_h1_confirms_it() {
        assert!(is_labelled_form_of(
            "Musik - Bikin Gaduh Kota, Rumah Digrebek",
            "Bikin Gaduh Kota, Rumah Digrebek"
        ));
        assert!(is_labelled_form_of("FOTO: Banjir Rendam Jakarta Utara", "Banjir Rendam Jakarta Utara"));
        // A headline that merely ends like a shorter one keeps its words.
        assert!(!is_labelled_form_of(
            "Presiden Jokowi Resmikan Jalan Tol Baru di Sumatera Selatan",
            "Jalan Tol Baru di Sumatera Selatan"
        ));
        assert!(!is_labelled_form_of("Harga Beras Naik", "Harga Beras Naik"));
    }
}
