//! Decides what a file holds from its first bytes; the extension only breaks ties.

use std::path::Path;

/// The input formats Jejak can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    PageText,
    Jsonl,
    /// gzip (`1f 8b`); the content inside is sniffed again after decompression.
    Gzip,
    /// Zstandard (`28 b5 2f fd`); the content inside is sniffed again after decompression.
    Zstd,
    /// A web archive (WARC/1.0 or 1.1) of crawled pages.
    Warc,
    /// An RSS (0.9x, 1.0 `rdf:RDF`, 2.0), Atom or JSON Feed.
    Feed,
    /// A sitemap (`<urlset>`, news sitemaps included) or a sitemap index (`<sitemapindex>`).
    Sitemap,
    Binary,
    Empty,
}

/// How much of a file is looked at; enough for a doctype, a BOM and a first JSON line.
pub(crate) const SNIFF_LEN: usize = 4096;

const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// Sniffs the format of `bytes`, named `path`. Only the first [`SNIFF_LEN`] bytes (and
/// whether there are more) matter.
pub fn sniff(bytes: &[u8], path: &Path) -> Format {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Format::Gzip;
    }
    if bytes.starts_with(&ZSTD_MAGIC) {
        return Format::Zstd;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Format::Empty;
    };
    // A WARC may hold images right after its first header, so this comes before the binary test.
    if head[start..].starts_with(b"WARC/") {
        return Format::Warc;
    }
    if looks_binary(head) {
        return Format::Binary;
    }
    let head = &head[start..];
    if let Some(root) = xml_root(head) {
        let local = root.rsplit(|&b| b == b':').next().unwrap_or(root).to_ascii_lowercase();
        match local.as_slice() {
            b"rss" | b"feed" | b"rdf" => return Format::Feed,
            b"urlset" | b"sitemapindex" => return Format::Sitemap,
            b"html" => return Format::Html,
            _ => {}
        }
    }
    let lower: Vec<u8> = head.iter().take(1024).map(u8::to_ascii_lowercase).collect();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if head.starts_with(b"<") && is_html_start(&lower) {
        return Format::Html;
    }
    let truncated = bytes.len() > SNIFF_LEN;
    // JSON Feed (jsonfeed.org) is one JSON object naming its version near the top.
    if head.starts_with(b"{") && head.windows(20).any(|w| w == b"jsonfeed.org/version") {
        return Format::Feed;
    }
    if head.starts_with(b"{")
        && (extension == "jsonl" || extension == "ndjson" || first_line_is_json(head, truncated))
    {
        return Format::Jsonl;
    }
    if matches!(extension.as_str(), "html" | "htm" | "xhtml")
        && lower.windows(3).any(|w| w == b"<p>" || w == b"<di")
    {
        return Format::Html;
    }
    Format::PageText
}

/// The name of the first element of an XML document, after any `<?xml ?>` prolog, processing
/// instructions, comments and doctype; `None` when `head` does not start like XML or the
/// first element lies beyond it.
fn xml_root(head: &[u8]) -> Option<&[u8]> {
    let mut rest = head;
    loop {
        rest = trim_start(rest);
        if !rest.starts_with(b"<") {
            return None;
        }
        if rest.starts_with(b"<?") {
            rest = after(rest, b"?>")?;
        } else if rest.starts_with(b"<!--") {
            rest = after(&rest[4..], b"-->")?;
        } else if rest.starts_with(b"<!") {
            // A doctype; an internal subset in brackets may hold `>`.
            let gt = rest.iter().position(|&b| b == b'>')?;
            if let Some(open) = rest[..gt].iter().position(|&b| b == b'[') {
                rest = after(&rest[open..], b"]")?;
            }
            rest = after(rest, b">")?;
        } else {
            let name = &rest[1..];
            let end = name
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
                .unwrap_or(name.len());
            let name = &name[..end];
            let valid = !name.is_empty()
                && name.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.'));
            return valid.then_some(name);
        }
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

/// What follows the first `pattern` in `bytes`.
fn after<'a>(bytes: &'a [u8], pattern: &[u8]) -> Option<&'a [u8]> {
    let at = bytes.windows(pattern.len()).position(|w| w == pattern)?;
    Some(&bytes[at + pattern.len()..])
}

fn is_html_start(lower: &[u8]) -> bool {
    const STARTS: &[&[u8]] =
        &[b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<div", b"<p", b"<article"];
    STARTS.iter().any(|s| lower.starts_with(s)) || lower.windows(5).any(|w| w == b"<html")
}

fn first_line_is_json(head: &[u8], truncated: bool) -> bool {
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    // A first line cut by SNIFF_LEN cannot be parsed; an opening brace is then taken as JSONL.
    (truncated && line.len() == head.len()) || serde_json::from_slice::<serde_json::Value>(line).is_ok()
}

/// NUL bytes, or many control characters, do not occur in text of any encoding Jejak reads.
fn looks_binary(head: &[u8]) -> bool {
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b).count();
    control * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_sniffed_from_content() {
        let cases: [(&str, &[u8], Format); 8] = [
            ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", Format::Html),
            ("a.dat", b"\xEF\xBB\xBF  <html lang=\"id\">", Format::Html),
            ("a.html", b"Just copied text\nwith lines", Format::PageText),
            ("a.txt", b"{\"id\": 1}\n{\"id\": 2}\n", Format::Jsonl),
            ("a.txt", b"{ not json at all", Format::PageText),
            ("a.jsonl", b"{ broken first line\n", Format::Jsonl),
            ("a.html", b"\n\n \t", Format::Empty),
            ("a.txt", b"PK\x03\x04\x00\x00", Format::Binary),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(sniff(bytes, Path::new(name)), want, "{name}: {:?}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn containers_and_xml_roots_are_sniffed() {
        let cases: [(&str, &[u8], Format); 14] = [
            ("a.html", b"\x1f\x8b\x08\x00rest", Format::Gzip),
            ("a.txt", b"\x28\xb5\x2f\xfd\x00\x00", Format::Zstd),
            ("a.bin", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\x00\x01\x02", Format::Warc),
            ("a", b"\r\nWARC/1.1\r\n", Format::Warc),
            ("a.txt", b"\xEF\xBB\xBF\n <?xml version=\"1.0\"?>\n<rss version=\"2.0\">", Format::Feed),
            ("a.html", b"<?xml version='1.0'?><!-- a <html> comment --><feed xmlns=\"x\">", Format::Feed),
            (
                "a",
                b"<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><rdf:RDF xmlns:rdf=\"r\">",
                Format::Feed,
            ),
            ("a", b"<?xml version=\"1.0\"?>\n<urlset xmlns=\"s\">", Format::Sitemap),
            ("a.xml", b"<sitemapindex>", Format::Sitemap),
            ("a", b"<!DOCTYPE rss [<!ENTITY x \"<y>\">]>\n<rss>", Format::Feed),
            ("a", b"<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"x\">", Format::Html),
            ("a", b"<!-- generated --><urlset>", Format::Sitemap),
            ("a", b"<?xml version=\"1.0\"?><other/>", Format::PageText),
            ("a", b"<?xml never closed", Format::PageText),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(sniff(bytes, Path::new(name)), want, "{name}: {:?}", String::from_utf8_lossy(bytes));
        }
    }
}
