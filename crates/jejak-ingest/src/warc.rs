//! Reads WARC/1.0 and WARC/1.1 web archives record by record, as they stream.
//!
//! Only `response` records holding an HTTP `200` HTML response become pages; every other
//! record is counted as skipped. A record that cannot be parsed ends the file with one error
//! naming its offset: the records before it are kept.

use std::io::{self, BufRead, Read};

use chrono::{DateTime, Utc};
use jejak_model::{ContentKind, RawPage};

use crate::{decompress, sniff, Format, IngestError, ReadOutput, Reader};

/// Longest header line taken; WARC and HTTP headers are far shorter.
const MAX_LINE: u64 = 64 * 1024;
/// Most header bytes in one record.
const MAX_HEADER: usize = 1024 * 1024;
/// Largest response record held in memory; bigger ones are videos or dumps, not articles.
const MAX_RESPONSE: u64 = 64 * 1024 * 1024;

/// One WARC record's header fields, names as written.
struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Why reading stopped inside a record.
struct Broken(String);

pub(crate) fn read_warc<R: BufRead>(
    reader: &Reader,
    mut input: R,
    codec: Option<&'static str>,
) -> ReadOutput {
    let mut out = ReadOutput::default();
    let mut offset: u64 = 0;
    let mut line = Vec::new();
    loop {
        // Records are separated by blank lines; the end of the input between records is the end.
        let record_start;
        loop {
            line.clear();
            let n = match read_line(&mut input, &mut line, codec) {
                Ok(n) => n,
                Err(Broken(message)) => return fail(reader, out, offset, message),
            };
            if n == 0 {
                return out;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                offset += n as u64;
                continue;
            }
            record_start = offset;
            offset += n as u64;
            break;
        }
        if !line.starts_with(b"WARC/") {
            let found = String::from_utf8_lossy(&line[..line.len().min(40)]).trim_end().to_string();
            return fail(
                reader,
                out,
                record_start,
                format!("expected a `WARC/1.x` version line, found `{found}`"),
            );
        }
        let header = match read_header(&mut input, &mut line, &mut offset, codec) {
            Ok(header) => header,
            Err(Broken(message)) => return fail(reader, out, record_start, message),
        };
        let Some(length) = header.get("Content-Length").and_then(|v| v.trim().parse::<u64>().ok()) else {
            return fail(reader, out, record_start, "missing or invalid Content-Length".into());
        };
        let wanted = header.get("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"))
            && length <= MAX_RESPONSE.min(reader.limit);
        if !wanted {
            match io::copy(&mut input.by_ref().take(length), &mut io::sink()) {
                Ok(n) if n < length => {
                    return fail(reader, out, record_start, truncated(n, length));
                }
                Ok(_) => {}
                Err(e) => return fail(reader, out, record_start, read_failure(e, codec)),
            }
            offset += length;
            out.skipped += 1;
            continue;
        }
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        match input.by_ref().take(length).read_to_end(&mut block) {
            Ok(n) if (n as u64) < length => {
                return fail(reader, out, record_start, truncated(n as u64, length))
            }
            Ok(_) => {}
            Err(e) => return fail(reader, out, record_start, read_failure(e, codec)),
        }
        offset += length;
        match http_html_body(&block, reader.limit) {
            Ok(Some(body)) => {
                let url = header.get("WARC-Target-URI").map(target_uri).filter(|u| !u.is_empty());
                let source = format!("{}@{record_start}", reader.source());
                let mut page = RawPage::new(url, source, ContentKind::Html, reader.opts.outlet.clone(), body);
                page.fetched_at = header.get("WARC-Date").and_then(parse_warc_date);
                reader.emit(&mut out, page);
            }
            Ok(None) => out.skipped += 1,
            Err(message) => {
                out.skipped += 1;
                out.errors.push(IngestError::BadWarcRecord {
                    path: reader.path.to_path_buf(),
                    offset: record_start,
                    message,
                });
            }
        }
    }
}

fn fail(reader: &Reader, mut out: ReadOutput, offset: u64, message: String) -> ReadOutput {
    out.errors.push(IngestError::BadWarcRecord { path: reader.path.to_path_buf(), offset, message });
    out
}

fn truncated(got: u64, length: u64) -> String {
    format!("truncated: the input ends {got} bytes into a {length}-byte block")
}

fn read_failure(e: io::Error, codec: Option<&'static str>) -> String {
    match codec {
        Some(codec) => format!("corrupt {codec} data: {e}"),
        None => format!("read failed: {e}"),
    }
}

/// Reads one line, `\n` included, into `line`; 0 at the end of the input.
fn read_line<R: BufRead>(
    input: &mut R,
    line: &mut Vec<u8>,
    codec: Option<&'static str>,
) -> Result<usize, Broken> {
    let n =
        input.by_ref().take(MAX_LINE).read_until(b'\n', line).map_err(|e| Broken(read_failure(e, codec)))?;
    if n as u64 == MAX_LINE && line.last() != Some(&b'\n') {
        return Err(Broken(format!("header line longer than {MAX_LINE} bytes")));
    }
    Ok(n)
}

/// Reads header fields up to the blank line ending them; folded lines are joined.
fn read_header<R: BufRead>(
    input: &mut R,
    line: &mut Vec<u8>,
    offset: &mut u64,
    codec: Option<&'static str>,
) -> Result<Header, Broken> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut size = 0;
    loop {
        line.clear();
        let n = read_line(input, line, codec)?;
        if n == 0 {
            return Err(Broken("truncated: the input ends inside the record header".into()));
        }
        *offset += n as u64;
        size += n;
        if size > MAX_HEADER {
            return Err(Broken(format!("record header longer than {MAX_HEADER} bytes")));
        }
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(Header { fields });
        }
        if text.starts_with([' ', '\t']) {
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
                continue;
            }
        }
        let Some((name, value)) = text.split_once(':') else {
            let shown: String = text.chars().take(40).collect();
            return Err(Broken(format!("header line without a colon: `{shown}`")));
        };
        fields.push((name.trim().to_string(), value.trim().to_string()));
    }
}

/// `WARC-Target-URI`, which WARC/1.0 examples wrap in angle brackets.
fn target_uri(value: &str) -> String {
    let value = value.trim();
    value.strip_prefix('<').and_then(|v| v.strip_suffix('>')).unwrap_or(value).trim().to_string()
}

fn parse_warc_date(value: &str) -> Option<DateTime<Utc>> {
    crate::parse_date(value).map(|d| d.with_timezone(&Utc))
}

/// The body of an HTTP response block when it is a `200` HTML page: de-chunked and decoded.
/// `Ok(None)` for anything else worth skipping quietly (not HTTP, other status or type),
/// `Err` when it claims to be HTML but cannot be decoded.
fn http_html_body(block: &[u8], limit: u64) -> Result<Option<Vec<u8>>, String> {
    if !block.starts_with(b"HTTP/") {
        return Ok(None);
    }
    let (head_len, body_start) = match find(block, b"\r\n\r\n") {
        Some(at) => (at, at + 4),
        None => match find(block, b"\n\n") {
            Some(at) => (at, at + 2),
            None => return Err("HTTP response headers have no end".into()),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_len]);
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse::<u16>().ok());
    if status != Some(200) {
        return Ok(None);
    }
    let mut content_type = None;
    let mut chunked = false;
    let mut encoding = None;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else { continue };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value),
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = Some(value),
            _ => {}
        }
    }
    let mut body = block[body_start..].to_vec();
    if chunked {
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    match encoding.as_deref().map(str::trim) {
        None | Some("" | "identity" | "none") => {}
        // Some crawlers store the decoded body and keep the header: take it as it is.
        Some("gzip" | "x-gzip") if !body.starts_with(&[0x1f, 0x8b]) => {}
        Some(encoding) => body = decompress::http_body(&body, encoding, limit)?,
    }
    let html = match content_type.as_deref() {
        Some(t) => {
            let essence = t.split(';').next().unwrap_or("").trim();
            essence == "text/html" || essence == "application/xhtml+xml"
        }
        None => sniff(&body, std::path::Path::new("")) == Format::Html,
    };
    Ok(html.then_some(body))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Joins a `Transfer-Encoding: chunked` body; `None` when it is not chunked after all (some
/// crawlers store the joined body). A body cut short keeps what arrived.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let end = find(rest, b"\n")?;
        let size_line = std::str::from_utf8(&rest[..end]).ok()?.trim();
        let size_text = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        rest = &rest[end + 1..];
        if size == 0 {
            return Some(out);
        }
        if size >= rest.len() {
            out.extend_from_slice(rest);
            return Some(out);
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n")).unwrap_or(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(dechunk(b"<html>not chunked"), None);
        assert_eq!(dechunk(b"a\r\nshort").as_deref(), Some(&b"short"[..]));
    }

    #[test]
    fn only_ok_html_responses_give_bodies() {
        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>x</html>";
        assert_eq!(http_html_body(ok, 1 << 20).unwrap().as_deref(), Some(&b"<html>x</html>"[..]));
        let moved = b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n<html>x</html>";
        assert_eq!(http_html_body(moved, 1 << 20).unwrap(), None);
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert_eq!(http_html_body(image, 1 << 20).unwrap(), None);
        let untyped = b"HTTP/1.0 200 OK\n\n<!doctype html><p>x";
        assert!(http_html_body(untyped, 1 << 20).unwrap().is_some());
        assert_eq!(http_html_body(b"dns answer", 1 << 20).unwrap(), None);
        let brotli = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x0b\x01";
        assert!(http_html_body(brotli, 1 << 20).unwrap_err().contains("unsupported Content-Encoding `br`"));
    }
}
