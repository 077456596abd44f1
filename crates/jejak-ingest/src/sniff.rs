//! Decides what a file holds from its first bytes; the extension only breaks ties.

use std::path::Path;

/// The input formats Jejak can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    PageText,
    Jsonl,
    Gzip,
    Binary,
    Empty,
}

/// How much of a file is looked at; enough for a doctype, a BOM and a first JSON line.
const SNIFF_LEN: usize = 4096;

/// Sniffs the format of `bytes`, named `path`.
pub fn sniff(bytes: &[u8], path: &Path) -> Format {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Format::Gzip;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Format::Empty;
    };
    if looks_binary(head) {
        return Format::Binary;
    }
    let head = &head[start..];
    let lower: Vec<u8> = head.iter().take(1024).map(u8::to_ascii_lowercase).collect();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if head.starts_with(b"<") && is_html_start(&lower) {
        return Format::Html;
    }
    let truncated = bytes.len() > SNIFF_LEN;
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
}
