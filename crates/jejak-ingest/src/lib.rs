//! Reads Jejak's inputs into [`RawPage`]s: files and directories of HTML, copied page text,
//! JSONL, web archives (WARC), RSS/Atom feeds and sitemaps, plain or gzip/zstd-compressed,
//! with the format sniffed from the content, not only the file name.
//!
//! In: paths. Out: pages, links to fetch later (from sitemaps and summary-only feed entries),
//! plus one [`IngestError`] per unreadable file, line or record, so a bad record never stops
//! a run. It knows nothing about extraction or storage; page ids come from `jejak-model` so
//! that re-reading the same input yields the same ids.

mod decompress;
mod feed;
mod sitemap;
mod sniff;
mod warc;

use std::cell::RefCell;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use jejak_model::{ContentKind, RawPage};
use serde::{Deserialize, Serialize};

pub use sniff::{sniff, Format};

/// The most bytes one input may decompress to, or one document in it may take in memory.
/// WARCs are streamed record by record and big XML feeds chunk by chunk, so only each record
/// or chunk is held to this.
pub const MAX_DECOMPRESSED: u64 = 2 << 30;

/// Why an input (a file, or one line or record of it) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: binary data, not HTML, page text, JSONL, WARC, a feed or a sitemap")]
    Binary { path: PathBuf },
    #[error("{path}: corrupt {codec} data: {message}")]
    Compressed { path: PathBuf, codec: &'static str, message: String },
    #[error("{path}: decompresses to more than {limit} bytes; split the input or raise the limit")]
    TooLarge { path: PathBuf, limit: u64 },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}:{line}: {message}")]
    BadRecord { path: PathBuf, line: usize, message: String },
    /// `offset` counts bytes of the uncompressed WARC, at the start of the record.
    #[error("{path}: WARC record at byte {offset}: {message}")]
    BadWarcRecord { path: PathBuf, offset: u64, message: String },
    #[error("{path}: not a readable RSS or Atom feed: {message}")]
    BadFeed { path: PathBuf, message: String },
    #[error("{path}: bad sitemap: {message}")]
    BadSitemap { path: PathBuf, message: String },
}

/// What the caller says about all inputs of one run.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Outlet for pages that do not name their own (`jejak ingest --outlet`).
    pub outlet: Option<String>,
    /// Where JSONL records from other tools keep the fields Jejak reads (`--field`).
    pub fields: FieldMap,
}

/// The JSONL fields Jejak reads (see `jejak_extract::Record`).
pub const RECORD_FIELDS: &[&str] =
    &["id", "outlet", "url", "published", "lang", "title", "body", "text", "html", "author"];

/// Renames fields of JSONL records at ingest: `title=headline`, `published=meta.date`,
/// `body=paragraphs` (an array of strings is joined into paragraphs). The stored record then
/// carries Jejak's names, so re-extraction never needs the mapping again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    /// (Jejak's field, path of the source field split at dots).
    pub pairs: Vec<(String, Vec<String>)>,
}

/// A `--field` mapping Jejak cannot use.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FieldMapError {
    #[error("--field {0}: expected FIELD=SOURCE, e.g. title=headline or published=meta.date")]
    Syntax(String),
    #[error("--field {given}: Jejak reads no field `{field}`; it reads {}", RECORD_FIELDS.join(", "))]
    UnknownField { given: String, field: String },
}

impl FieldMap {
    /// Parses `FIELD=SOURCE` mappings as given on the command line.
    pub fn parse(specs: &[String]) -> Result<FieldMap, FieldMapError> {
        let mut pairs = Vec::new();
        for spec in specs {
            let (field, source) = spec.split_once('=').ok_or_else(|| FieldMapError::Syntax(spec.clone()))?;
            let (field, source) = (field.trim(), source.trim());
            let path: Vec<String> = source.split('.').map(str::to_string).collect();
            if field.is_empty() || path.iter().any(String::is_empty) {
                return Err(FieldMapError::Syntax(spec.clone()));
            }
            if !RECORD_FIELDS.contains(&field) {
                return Err(FieldMapError::UnknownField { given: spec.clone(), field: field.to_string() });
            }
            pairs.push((field.to_string(), path));
        }
        Ok(FieldMap { pairs })
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Copies each mapped source field (when the record has it) to Jejak's name.
    fn apply(&self, record: &mut serde_json::Map<String, serde_json::Value>) {
        let mut found = Vec::new();
        for (field, path) in &self.pairs {
            let mut value = record.get(&path[0]);
            for key in &path[1..] {
                value = match value {
                    Some(serde_json::Value::Object(o)) => o.get(key),
                    Some(serde_json::Value::Array(a)) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
                    _ => None,
                };
            }
            if let Some(v) = value {
                found.push((field.clone(), joined(v)));
            }
        }
        for (field, value) in found {
            record.insert(field, value);
        }
    }
}

/// Arrays of strings (paragraph lists) become one newline-joined string.
fn joined(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Array(items) if items.iter().all(serde_json::Value::is_string) => {
            let parts: Vec<&str> = items.iter().filter_map(serde_json::Value::as_str).collect();
            serde_json::Value::String(parts.join("\n"))
        }
        other => other.clone(),
    }
}

/// What a link found in an input points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// A page to fetch and read (a sitemap `<url>`, a feed entry without full content).
    Page,
    /// Another sitemap (from a `<sitemapindex>`).
    Sitemap,
}

/// A URL an input names but does not hold the content of: to be fetched later.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub url: String,
    pub kind: LinkKind,
    /// Headline, from `<news:title>` or the feed entry.
    pub title: Option<String>,
    /// From `<news:publication_date>`, else `<lastmod>`; or the feed entry's date.
    pub published: Option<DateTime<FixedOffset>>,
    /// The input it was found in.
    pub source: String,
}

/// Everything read from one input.
#[derive(Debug, Default)]
pub struct ReadOutput {
    pub pages: Vec<RawPage>,
    pub errors: Vec<IngestError>,
    pub links: Vec<Link>,
    /// Records or entries passed over on purpose: WARC records that are not `200` HTML
    /// responses, feed entries with neither content nor link.
    pub skipped: usize,
}

impl ReadOutput {
    fn error(error: IngestError) -> ReadOutput {
        ReadOutput { errors: vec![error], ..ReadOutput::default() }
    }
}

/// Expands the given paths into the files to read, directories recursively, in a stable
/// order; hidden entries (names starting with `.`) are skipped.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(IngestError::NotFound { path: path.clone() })
            }
            Err(source) => errors.push(IngestError::Io { path: path.clone(), source }),
        }
    }
    (files, errors)
}

/// README, LICENSE, SOURCE.md and the like describe a directory of pages; they are not
/// pages. Skipped in directory walks only: a file named on the command line is read.
fn is_project_document(path: &Path) -> bool {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_uppercase()).unwrap_or_default();
    let documents = ["README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "SOURCE", "AUTHORS"];
    documents
        .iter()
        .any(|d| stem == *d || stem.starts_with(&format!("{d}.")) || stem.starts_with(&format!("{d}-")))
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return errors.push(IngestError::Io { path: dir.to_path_buf(), source }),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| p.is_dir() || !is_project_document(p))
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, files, errors);
        } else {
            files.push(path);
        }
    }
}

/// Reads one file into pages. A JSONL file yields one page per good line and one error per
/// bad line, a WARC one page per HTML response, a feed one page per entry with content;
/// other formats yield one page or one error. Links are dropped: see [`read_file_ext`].
pub fn read_file(path: &Path, opts: &ReadOptions) -> (Vec<RawPage>, Vec<IngestError>) {
    let out = read_path(Reader::new(path, opts, MAX_DECOMPRESSED).without_links());
    (out.pages, out.errors)
}

/// Like [`read_file`] for bytes already in memory; `path` names them in errors and sources.
pub fn read_bytes(path: &Path, bytes: Vec<u8>, opts: &ReadOptions) -> (Vec<RawPage>, Vec<IngestError>) {
    let out = Reader::new(path, opts, MAX_DECOMPRESSED).without_links().read_bytes(bytes);
    (out.pages, out.errors)
}

/// Reads one file into pages, links and errors. Compressed files and WARCs are streamed, not
/// read whole into memory.
pub fn read_file_ext(path: &Path, opts: &ReadOptions) -> ReadOutput {
    read_path(Reader::new(path, opts, MAX_DECOMPRESSED))
}

/// Opens the reader's file and reads it as it streams.
fn read_path(reader: Reader<'_>) -> ReadOutput {
    let file = match fs::File::open(reader.path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return ReadOutput::error(IngestError::NotFound { path: reader.path_buf() })
        }
        Err(source) => return ReadOutput::error(IngestError::Io { path: reader.path_buf(), source }),
    };
    reader.read_stream(Box::new(io::BufReader::with_capacity(1 << 16, file)), None, 0)
}

/// Reads a file like [`read_file`] but hands each page to `on_page` as soon as it is read,
/// so a caller storing pages in batches holds one batch, not the whole file (JSONL and WARC
/// stream record by record, big feeds chunk by chunk). Returns the errors.
pub fn read_file_each(path: &Path, opts: &ReadOptions, on_page: &mut dyn FnMut(RawPage)) -> Vec<IngestError> {
    let mut reader = Reader::new(path, opts, MAX_DECOMPRESSED).without_links();
    reader.sink = Some(RefCell::new(on_page));
    read_path(reader).errors
}

/// Like [`read_file_ext`] for bytes already in memory.
pub fn read_bytes_ext(path: &Path, bytes: Vec<u8>, opts: &ReadOptions) -> ReadOutput {
    Reader::new(path, opts, MAX_DECOMPRESSED).read_bytes(bytes)
}

/// One input being read: its name, the caller's options and the memory limit.
pub(crate) struct Reader<'a> {
    pub(crate) path: &'a Path,
    pub(crate) opts: &'a ReadOptions,
    pub(crate) limit: u64,
    /// Whether feed entries without content are collected as links; callers that drop links
    /// ([`read_file`], [`read_bytes`]) do not pay for a million of them.
    pub(crate) keep_links: bool,
    /// Where pages go as they are read ([`read_file_each`]); without one they are collected
    /// in `ReadOutput::pages`.
    sink: Option<RefCell<&'a mut dyn FnMut(RawPage)>>,
}

/// How deep compression may nest (a `.tar.gz` of a `.gz` is not worth more).
const MAX_NESTING: u32 = 3;

impl<'a> Reader<'a> {
    pub(crate) fn new(path: &'a Path, opts: &'a ReadOptions, limit: u64) -> Reader<'a> {
        Reader { path, opts, limit, keep_links: true, sink: None }
    }

    /// Hands one page on: to the sink when there is one, else into `out`.
    pub(crate) fn emit(&self, out: &mut ReadOutput, page: RawPage) {
        match &self.sink {
            Some(sink) => (sink.borrow_mut())(page),
            None => out.pages.push(page),
        }
    }

    fn one_page(&self, page: RawPage) -> ReadOutput {
        let mut out = ReadOutput::default();
        self.emit(&mut out, page);
        out
    }

    fn without_links(mut self) -> Reader<'a> {
        self.keep_links = false;
        self
    }

    fn path_buf(&self) -> PathBuf {
        self.path.to_path_buf()
    }

    pub(crate) fn source(&self) -> String {
        self.path.display().to_string()
    }

    pub(crate) fn read_bytes(&self, bytes: Vec<u8>) -> ReadOutput {
        match sniff(&bytes, self.path) {
            Format::Gzip | Format::Zstd | Format::Warc => {
                self.read_stream(Box::new(io::Cursor::new(bytes)), None, 0)
            }
            format => self.read_buffered(bytes, format),
        }
    }

    /// Sniffs a stream, `codec` naming the compression it comes out of, if any; decompresses
    /// and WARCs are read as they stream, anything else is read into memory first.
    fn read_stream(
        &self,
        mut reader: Box<dyn Read + '_>,
        codec: Option<&'static str>,
        depth: u32,
    ) -> ReadOutput {
        let mut head = Vec::with_capacity(sniff::SNIFF_LEN + 1);
        let result = reader.by_ref().take(sniff::SNIFF_LEN as u64 + 1).read_to_end(&mut head);
        let format = sniff(&head, &self.sniff_path(depth));
        let stream: Box<dyn Read + '_> = match result {
            Ok(_) => Box::new(io::Cursor::new(head).chain(reader)),
            Err(e) if head.is_empty() => return ReadOutput::error(self.read_error(e, codec)),
            // What came before the error is still read; the error comes after it.
            Err(e) => Box::new(io::Cursor::new(head).chain(decompress::Failed::new(e))),
        };
        match format {
            Format::Gzip | Format::Zstd if depth >= MAX_NESTING => {
                ReadOutput::error(IngestError::Compressed {
                    path: self.path_buf(),
                    codec: codec.unwrap_or("gzip"),
                    message: format!("compression nested more than {MAX_NESTING} deep"),
                })
            }
            Format::Gzip => self.read_stream(Box::new(decompress::gzip(stream)), Some("gzip"), depth + 1),
            Format::Zstd => match decompress::zstd(stream) {
                Ok(decoder) => self.read_stream(Box::new(decoder), Some("zstd"), depth + 1),
                Err(e) => ReadOutput::error(self.read_error(e, Some("zstd"))),
            },
            Format::Warc => warc::read_warc(self, io::BufReader::with_capacity(1 << 16, stream), codec),
            Format::Jsonl => self.read_jsonl_stream(io::BufReader::with_capacity(1 << 16, stream), codec),
            // A big XML feed is read as it streams, in chunks of items; a small one (or a JSON
            // Feed) is read whole like any other document.
            Format::Feed => {
                let mut stream = stream;
                let mut head = Vec::new();
                match stream.by_ref().take(feed::CHUNKED_ABOVE as u64 + 1).read_to_end(&mut head) {
                    Ok(_) if head.len() > feed::CHUNKED_ABOVE && !feed::is_json(&head) => {
                        feed::read_feed_chunked(self, io::Cursor::new(head).chain(stream), codec)
                    }
                    Ok(_) => self.read_whole(head, stream, format, codec),
                    Err(e) => ReadOutput::error(self.read_error(e, codec)),
                }
            }
            format => self.read_whole(Vec::new(), stream, format, codec),
        }
    }

    /// Reads the rest of `stream` after `bytes` into memory, up to the limit, then the document.
    fn read_whole(
        &self,
        mut bytes: Vec<u8>,
        stream: Box<dyn Read + '_>,
        format: Format,
        codec: Option<&'static str>,
    ) -> ReadOutput {
        let rest = self.limit.saturating_add(1).saturating_sub(bytes.len() as u64);
        match stream.take(rest).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() as u64 > self.limit => {
                ReadOutput::error(IngestError::TooLarge { path: self.path_buf(), limit: self.limit })
            }
            Ok(_) => self.read_buffered(bytes, format),
            Err(e) => ReadOutput::error(self.read_error(e, codec)),
        }
    }

    /// The name to sniff decompressed content by: `a.html.gz` is sniffed as `a.html`.
    fn sniff_path(&self, depth: u32) -> PathBuf {
        let mut path = self.path_buf();
        for _ in 0..depth {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
            if matches!(ext.as_str(), "gz" | "gzip" | "tgz" | "zst" | "zstd") {
                path.set_extension("");
            }
        }
        path
    }

    pub(crate) fn read_error(&self, e: io::Error, codec: Option<&'static str>) -> IngestError {
        match codec {
            Some(codec) => IngestError::Compressed { path: self.path_buf(), codec, message: e.to_string() },
            None => IngestError::Io { path: self.path_buf(), source: e },
        }
    }

    fn read_buffered(&self, bytes: Vec<u8>, format: Format) -> ReadOutput {
        let source = self.source();
        let opts = self.opts;
        match format {
            Format::Empty => ReadOutput::error(IngestError::Empty { path: self.path_buf() }),
            Format::Binary => ReadOutput::error(IngestError::Binary { path: self.path_buf() }),
            Format::Html => {
                self.one_page(RawPage::new(None, source, ContentKind::Html, opts.outlet.clone(), bytes))
            }
            Format::PageText => match String::from_utf8(bytes) {
                Ok(text) => self.one_page(RawPage::new(
                    None,
                    source,
                    ContentKind::PageText,
                    opts.outlet.clone(),
                    text.into_bytes(),
                )),
                Err(e) => ReadOutput::error(IngestError::InvalidUtf8 {
                    path: self.path_buf(),
                    offset: e.utf8_error().valid_up_to(),
                }),
            },
            Format::Jsonl => {
                let mut out = ReadOutput::default();
                for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
                    self.jsonl_line(index + 1, line, &mut out);
                }
                out
            }
            Format::Feed => feed::read_feed(self, &bytes),
            Format::Sitemap => sitemap::read_sitemap(self, &bytes),
            // Only reached for bytes that were sniffed as such but not streamed; never in practice.
            Format::Gzip | Format::Zstd | Format::Warc => {
                self.read_stream(Box::new(io::Cursor::new(bytes)), None, 0)
            }
        }
    }
}

/// Parses the dates sitemaps and feeds use: RFC 3339 / W3C datetime (seconds optional), a bare
/// date (taken as midnight UTC), or RFC 2822.
pub(crate) fn parse_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    if let Ok(date) = DateTime::parse_from_rfc3339(text) {
        return Some(date);
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%#z", "%Y-%m-%dT%H:%M:%S%.f%#z"] {
        if let Ok(date) = DateTime::parse_from_str(text, format) {
            return Some(date);
        }
    }
    if let Some(naive) = text.strip_suffix('Z').and_then(|t| {
        chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f"))
            .ok()
    }) {
        return Some(naive.and_utc().fixed_offset());
    }
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return day.and_hms_opt(0, 0, 0).map(|t| t.and_utc().fixed_offset());
    }
    DateTime::parse_from_rfc2822(text).ok()
}

/// The fields of a JSONL line that decide its page id and outlet; the whole line is kept.
#[derive(Deserialize)]
struct RecordKey {
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
}

impl Reader<'_> {
    /// JSONL as it streams, one line in memory at a time (each at most the memory limit).
    fn read_jsonl_stream<R: BufRead>(&self, mut input: R, codec: Option<&'static str>) -> ReadOutput {
        let mut out = ReadOutput::default();
        let mut line = Vec::new();
        for line_no in 1.. {
            line.clear();
            match input.by_ref().take(self.limit.saturating_add(1)).read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(_) if line.len() as u64 > self.limit => {
                    out.errors.push(IngestError::BadRecord {
                        path: self.path_buf(),
                        line: line_no,
                        message: format!(
                            "line longer than {} bytes; the rest of the file is not read",
                            self.limit
                        ),
                    });
                    break;
                }
                Ok(_) => {
                    let text = line.strip_suffix(b"\n").unwrap_or(&line);
                    self.jsonl_line(line_no, text, &mut out);
                }
                Err(e) => {
                    out.errors.push(self.read_error(e, codec));
                    break;
                }
            }
        }
        out
    }

    /// One JSONL line: a page, or an error naming the line.
    fn jsonl_line(&self, line_no: usize, line: &[u8], out: &mut ReadOutput) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        let bad = |message: String| IngestError::BadRecord { path: self.path_buf(), line: line_no, message };
        let text = match std::str::from_utf8(line) {
            Ok(text) => text,
            Err(e) => {
                out.errors.push(bad(format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to())));
                return;
            }
        };
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Object(mut record)) => {
                let bytes = if self.opts.fields.is_empty() {
                    line.to_vec()
                } else {
                    self.opts.fields.apply(&mut record);
                    serde_json::to_vec(&record).unwrap_or_else(|_| line.to_vec())
                };
                let key: RecordKey = serde_json::from_value(serde_json::Value::Object(record))
                    .unwrap_or(RecordKey { url: None, outlet: None });
                let outlet = key.outlet.or_else(|| self.opts.outlet.clone());
                let source = format!("{}:{line_no}", self.path.display());
                self.emit(out, RawPage::new(key.url, source, ContentKind::Record, outlet, bytes));
            }
            Ok(_) => out.errors.push(bad("not a JSON object".into())),
            Err(e) => out.errors.push(bad(format!("not JSON: {e}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> (Vec<RawPage>, Vec<IngestError>) {
        read_bytes(Path::new(name), bytes.to_vec(), &ReadOptions::default())
    }

    #[test]
    fn files_stream_page_by_page_with_the_same_pages_and_errors() {
        let dir = std::env::temp_dir().join(format!("jejak-each-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("dump.jsonl");
        let mut input = String::new();
        for i in 0..50 {
            input.push_str(&format!("{{\"url\":\"https://x.example/{i}\",\"body\":\"Teks {i}.\"}}\n"));
            if i == 20 {
                input.push_str("{broken\n");
            }
        }
        fs::write(&path, &input).unwrap();
        let opts = ReadOptions::default();
        let (whole, whole_errors) = read_file(&path, &opts);
        let mut streamed = Vec::new();
        let errors = read_file_each(&path, &opts, &mut |page| streamed.push(page));
        fs::remove_dir_all(&dir).ok();
        assert_eq!(streamed, whole);
        assert_eq!(streamed.len(), 50);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages, whole_errors.iter().map(ToString::to_string).collect::<Vec<_>>());
        assert!(
            messages[0].ends_with("dump.jsonl:22: not JSON: key must be a string at line 1 column 2"),
            "{messages:?}"
        );
    }

    #[test]
    fn jsonl_fields_are_mapped_to_jejak_names_at_ingest() {
        let specs = ["title=headline", "body=content.paragraphs", "url=link", "published=meta.date"];
        let fields = FieldMap::parse(&specs.map(String::from)).expect("valid mapping");
        let opts = ReadOptions { fields, ..ReadOptions::default() };
        let line = br#"{"headline":"Harga beras naik","link":"https://x.id/a","content":{"paragraphs":["Satu.","Dua."]},"meta":{"date":"2022-08-08T10:00:00+07:00"}}"#;
        let (pages, errors) = read_bytes(Path::new("dump.jsonl"), line.to_vec(), &opts);
        assert!(errors.is_empty());
        let stored: serde_json::Value =
            serde_json::from_slice(&pages[0].bytes).expect("stored record is JSON");
        assert_eq!(stored["title"], "Harga beras naik");
        assert_eq!(stored["body"], "Satu.\nDua.");
        assert_eq!(stored["published"], "2022-08-08T10:00:00+07:00");
        assert_eq!(pages[0].url.as_deref(), Some("https://x.id/a"));
        // Bad mappings name themselves.
        assert_eq!(FieldMap::parse(&["title".into()]), Err(FieldMapError::Syntax("title".into())));
        let unknown = FieldMap::parse(&["headline=title".into()]).expect_err("unknown field");
        assert!(unknown.to_string().contains("reads no field `headline`"), "{unknown}");
    }

    #[test]
    fn jsonl_bad_lines_are_reported_with_line_numbers_and_skipped() {
        let input = b"{\"id\":\"a\",\"url\":\"https://x.com/a\",\"body\":\"b\"}\nnot json\n\n[1,2]\n{\"id\":\"c\",\"body\":\"c\"}\n";
        let (pages, errors) = read("in.jsonl", input);
        assert_eq!(pages.len(), 2);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2);
        assert!(messages[0].starts_with("in.jsonl:2: not JSON"), "{}", messages[0]);
        assert_eq!(messages[1], "in.jsonl:4: not a JSON object");
        assert_eq!(pages[0].source, "in.jsonl:1");
    }

    #[test]
    fn directory_walks_skip_readmes_but_named_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["README.md", "LICENSE", "SOURCE.md", "README.id.md", "a.txt", "readmore.txt"] {
            fs::write(dir.path().join(name), "Isi berita.").unwrap();
        }
        let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let names: Vec<String> =
            files.iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["a.txt", "readmore.txt"]);
        let readme = dir.path().join("README.md");
        assert_eq!(collect_files(std::slice::from_ref(&readme)).0, [readme]);
    }

    #[test]
    fn same_record_gets_same_id_from_any_file() {
        let line = b"{\"url\":\"https://x.com/a?utm_source=t\",\"body\":\"b\"}\n";
        let (a, _) = read("one.jsonl", line);
        let (b, _) = read("two.jsonl", b"{\"url\":\"https://www.x.com/a\",\"body\":\"other\"}\n");
        assert_eq!(a[0].id, b[0].id);
    }

    #[test]
    fn bad_files_name_the_file() {
        let cases: [(&str, &[u8], &str); 4] = [
            ("e.txt", b"  \n\n", "e.txt: file is empty"),
            (
                "b.bin",
                b"\x00\x01\x02\x03PK\x00\x00",
                "b.bin: binary data, not HTML, page text, JSONL, WARC, a feed or a sitemap",
            ),
            ("u.txt", b"Berita \xff\xfe hari ini", "u.txt: not valid UTF-8 (first bad byte at offset 7)"),
            ("z.gz", b"\x1f\x8b\x08\x00rest", "z.gz: corrupt gzip data: "),
        ];
        for (name, bytes, want) in cases {
            let (pages, errors) = read(name, bytes);
            assert!(pages.is_empty(), "{name}");
            assert!(errors[0].to_string().starts_with(want), "{}", errors[0]);
        }
    }

    #[test]
    fn decompressed_size_is_capped() {
        let html = format!("<html><body>{}</body></html>", "x".repeat(10_000));
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut encoder, html.as_bytes()).unwrap();
        let gz = encoder.finish().unwrap();
        let opts = ReadOptions::default();
        let out = Reader::new(Path::new("big.html.gz"), &opts, 4096).read_bytes(gz.clone());
        assert!(out.pages.is_empty());
        assert_eq!(
            out.errors[0].to_string(),
            "big.html.gz: decompresses to more than 4096 bytes; split the input or raise the limit"
        );
        let out = Reader::new(Path::new("big.html.gz"), &opts, 1 << 20).read_bytes(gz);
        assert_eq!(out.pages[0].bytes, html.as_bytes());
    }

    #[test]
    fn sitemap_and_feed_dates_are_parsed() {
        for (text, want) in [
            ("2024-03-01T14:05:00+07:00", "2024-03-01T14:05:00+07:00"),
            ("2024-03-01T14:05+07:00", "2024-03-01T14:05:00+07:00"),
            ("2024-03-01T14:05Z", "2024-03-01T14:05:00+00:00"),
            ("2024-03-01", "2024-03-01T00:00:00+00:00"),
            ("Fri, 01 Mar 2024 14:05:00 +0700", "2024-03-01T14:05:00+07:00"),
        ] {
            assert_eq!(parse_date(text).map(|d| d.to_rfc3339()).as_deref(), Some(want), "{text}");
        }
        assert_eq!(parse_date("kemarin"), None);
    }

    #[test]
    fn missing_path_is_reported() {
        let (files, errors) = collect_files(&[PathBuf::from("/nonexistent/jejak-dir")]);
        assert!(files.is_empty());
        assert_eq!(errors[0].to_string(), "/nonexistent/jejak-dir: no such file or directory");
    }
}
