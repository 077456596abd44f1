//! Reads sitemaps (`<urlset>`, news sitemaps included) and sitemap indexes (`<sitemapindex>`)
//! into links; they hold no pages.

use quick_xml::events::Event;

use crate::{parse_date, IngestError, Link, LinkKind, ReadOutput, Reader};

/// Nesting deeper than this is not a sitemap; stops pathological input early.
const MAX_DEPTH: usize = 64;

/// The text fields a sitemap entry has.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Loc,
    Lastmod,
    NewsTitle,
    NewsDate,
}

#[derive(Default)]
struct Entry {
    loc: String,
    lastmod: String,
    title: String,
    date: String,
}

pub(crate) fn read_sitemap(reader: &Reader, bytes: &[u8]) -> ReadOutput {
    let mut out = ReadOutput::default();
    let bad = |message: String| IngestError::BadSitemap { path: reader.path.to_path_buf(), message };
    let mut xml = quick_xml::Reader::from_reader(bytes);
    let mut stack: Vec<String> = Vec::new();
    let mut kind = None;
    let mut entry: Option<Entry> = None;
    let mut field: Option<Field> = None;
    loop {
        let event = match xml.read_event() {
            Ok(event) => event,
            Err(e) => {
                out.errors.push(bad(format!("XML error at byte {}: {e}", xml.error_position())));
                return out;
            }
        };
        match event {
            Event::Start(start) => {
                let name = start.local_name().as_ref().to_ascii_lowercase();
                if kind.is_none() {
                    kind = match name.as_str() {
                        "urlset" => Some(LinkKind::Page),
                        "sitemapindex" => Some(LinkKind::Sitemap),
                        other => {
                            out.errors.push(bad(format!(
                                "root element is <{other}>, not <urlset> or <sitemapindex>"
                            )));
                            return out;
                        }
                    };
                }
                let parent = stack.last().map(String::as_str).unwrap_or("");
                field = match (parent, name.as_str()) {
                    ("url" | "sitemap", "loc") => Some(Field::Loc),
                    ("url" | "sitemap", "lastmod") => Some(Field::Lastmod),
                    ("news", "title") => Some(Field::NewsTitle),
                    ("news", "publication_date") => Some(Field::NewsDate),
                    _ => None,
                };
                if stack.len() == 1 && matches!(name.as_str(), "url" | "sitemap") {
                    entry = Some(Entry::default());
                }
                stack.push(name);
                if stack.len() > MAX_DEPTH {
                    out.errors.push(bad(format!("elements nested more than {MAX_DEPTH} deep")));
                    return out;
                }
            }
            Event::End(_) => {
                field = None;
                let name = stack.pop().unwrap_or_default();
                if stack.len() == 1 && matches!(name.as_str(), "url" | "sitemap") {
                    if let (Some(done), Some(kind)) = (entry.take(), kind) {
                        push_link(reader, &mut out, done, kind);
                    }
                }
            }
            Event::Text(text) => append(&mut entry, field, &text),
            Event::CData(text) => append(&mut entry, field, &text),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match &*reference {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => format!("&{other};"),
                    },
                };
                append(&mut entry, field, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if kind.is_none() {
        out.errors.push(bad("no <urlset> or <sitemapindex> element".into()));
    }
    out
}

fn append(entry: &mut Option<Entry>, field: Option<Field>, text: &str) {
    let (Some(entry), Some(field)) = (entry.as_mut(), field) else { return };
    let target = match field {
        Field::Loc => &mut entry.loc,
        Field::Lastmod => &mut entry.lastmod,
        Field::NewsTitle => &mut entry.title,
        Field::NewsDate => &mut entry.date,
    };
    target.push_str(text);
}

fn push_link(reader: &Reader, out: &mut ReadOutput, entry: Entry, kind: LinkKind) {
    let url = entry.loc.trim();
    if url.is_empty() {
        out.skipped += 1;
        return;
    }
    let title = Some(entry.title.trim().to_string()).filter(|t| !t.is_empty());
    let published = parse_date(&entry.date).or_else(|| parse_date(&entry.lastmod));
    out.links.push(Link { url: url.to_string(), kind, title, published, source: reader.source() });
}
