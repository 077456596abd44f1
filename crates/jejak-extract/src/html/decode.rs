//! Bytes → text: byte-order mark, then a declared charset (`<meta charset>`,
//! `<meta http-equiv content="...charset=">`, `<?xml encoding=?>`), then valid UTF-8, then
//! chardetng's guess. Undecodable bytes become U+FFFD; decoding never fails.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// How many leading bytes are searched for a charset declaration (the HTML spec says 1024;
/// real pages put long `<head>` scripts first, so a little more is searched).
const PRESCAN: usize = 8192;

/// Decodes page bytes and names the encoding that was used; valid UTF-8 is borrowed.
pub(crate) fn decode<'a>(bytes: &'a [u8], tld: Option<&[u8]>) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, enc);
    }
    if let Some(enc) = declared(&bytes[..bytes.len().min(PRESCAN)]) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return (text, enc);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), UTF_8);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(tld, chardetng::Utf8Detection::Allow);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text, enc)
}

/// The encoding a page declares in its first bytes, if any is recognised.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let at = from + pos + b"charset".len();
        from = at;
        // Only inside a <meta ...> tag.
        let tag_start = lower[..at].iter().rposition(|&b| b == b'<');
        let tag_end = lower[..at].iter().rposition(|&b| b == b'>');
        let in_meta = match (tag_start, tag_end) {
            (Some(s), e) if e.is_none_or(|e| e < s) => lower[s..].starts_with(b"<meta"),
            _ => false,
        };
        if !in_meta {
            continue;
        }
        if let Some(enc) = label_after(&lower[at..]) {
            return Some(utf16_as_utf8(enc));
        }
    }
    if lower.starts_with(b"<?xml") {
        let end = find(&lower, b"?>").unwrap_or(lower.len());
        if let Some(p) = find(&lower[..end], b"encoding") {
            if let Some(enc) = label_after(&lower[p + b"encoding".len()..end]) {
                return Some(utf16_as_utf8(enc));
            }
        }
    }
    None
}

/// A page that says it is UTF-16 but was read as ASCII-compatible bytes is really UTF-8
/// (the HTML spec's rule).
fn utf16_as_utf8(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        enc
    }
}

/// Parses `= "label"` (quotes optional) and looks the label up.
fn label_after(s: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < s.len() && (s[i] == b' ' || s[i] == b'\t' || s[i] == b'\n' || s[i] == b'\r') {
        i += 1;
    }
    if i >= s.len() || s[i] != b'=' {
        return None;
    }
    i += 1;
    while i < s.len() && (s[i] == b' ' || s[i] == b'"' || s[i] == b'\'') {
        i += 1;
    }
    let start = i;
    while i < s.len() && (s[i].is_ascii_alphanumeric() || matches!(s[i], b'-' | b'_' | b':' | b'.')) {
        i += 1;
    }
    if i == start {
        return None;
    }
    Encoding::for_label(&s[start..i])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_wins_over_guessing() {
        let bytes = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body>";
        let (text, enc) = decode(bytes, None);
        assert_eq!(enc, encoding_rs::WINDOWS_1252);
        assert!(text.contains("caf\u{e9}"));
    }

    #[test]
    fn http_equiv_charset_is_read() {
        let bytes = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\xe9";
        let (_, enc) = decode(bytes, None);
        assert_eq!(enc, encoding_rs::WINDOWS_1252);
    }

    #[test]
    fn bom_wins() {
        let bytes = b"\xef\xbb\xbf<meta charset=latin1>\xc3\xa9";
        let (text, enc) = decode(bytes, None);
        assert_eq!(enc, UTF_8);
        assert!(text.ends_with('\u{e9}'));
    }

    #[test]
    fn undeclared_non_utf8_is_guessed() {
        let bytes = b"<p>Ini adalah caf\xe9 yang sangat ramai di pusat kota pada hari Minggu.</p>";
        let (text, _) = decode(bytes, None);
        assert!(text.contains("caf\u{e9}"));
    }
}
