//! Reads RSS and Atom feeds: entries with full content become HTML pages, entries with only
//! a link and a short summary become links to fetch.
//!
//! feed-rs builds a whole document in memory, at about ten times its size (a million-item,
//! 184 MB RSS feed took 1.9 GB). Feeds bigger than [`CHUNKED_ABOVE`] are therefore read as
//! they stream: quick-xml finds the top-level `<item>`/`<entry>` elements, and feed-rs gets
//! one small document at a time: the feed's header (everything before the first item: the
//! channel's title and the like), up to [`CHUNK_ITEMS`] items, and the closing tags. The
//! entries of one chunk are converted before the next chunk is read, so memory stays bounded
//! by the parse of one chunk, not by the feed. The pages and links themselves still come back
//! together in one `ReadOutput`, as from every reader (WARC and JSONL too); `read_file` and
//! `read_bytes`, which drop links, do not collect them at all. JSON Feeds are read whole,
//! unchunked: feeds that big are XML.

use std::io::{self, BufRead, Read};

use feed_rs::model::{Entry, Text};
use jejak_model::{ContentKind, RawPage};
use quick_xml::events::Event;

use crate::{IngestError, Link, LinkKind, ReadOutput, Reader};

/// A summary with at least this many characters of text is taken as the article itself.
const FULL_SUMMARY_CHARS: usize = 600;

/// XML feeds with more bytes than this are read in chunks of items. Parsing whole costs about
/// ten times the document's size in memory, so below this (real feeds are a few hundred KB)
/// the whole parse is cheap and stays exactly as it always was; above it, memory would grow
/// with the number of items.
pub(crate) const CHUNKED_ABOVE: usize = 4 << 20;

/// Most items in one chunk handed to feed-rs.
const CHUNK_ITEMS: usize = 2_000;

/// A chunk is also cut once its items take this many bytes, so that entries with long
/// content do not make one chunk's parse tree large.
const CHUNK_BYTES: usize = 4 << 20;

/// A feed held in memory: read whole when small (or JSON), in chunks of items when big.
pub(crate) fn read_feed(reader: &Reader, bytes: &[u8]) -> ReadOutput {
    if bytes.len() > CHUNKED_ABOVE && !is_json(bytes) {
        return read_feed_chunked(reader, bytes, None);
    }
    let mut out = ReadOutput::default();
    if let Err(message) = read_document(reader, bytes, 0, &mut out) {
        return ReadOutput::error(IngestError::BadFeed { path: reader.path.to_path_buf(), message });
    }
    out
}

/// Whether a feed is a JSON Feed (starts with `{`, after any BOM and whitespace).
pub(crate) fn is_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// RSS elements holding "Name <e-mail>" that feed-rs splits by byte offsets: a non-ASCII
/// character next to the address makes it slice inside the character and panic (feed-rs
/// 3.0, `parse_email`).
const PERSON_ELEMENTS: &[&[u8]] = &[b"<webMaster>", b"<managingEditor>", b"<author>"];

/// The feed with non-ASCII bytes of person fields that hold an e-mail address blanked to
/// spaces, so feed-rs never panics on them (Jejak does not read these fields); borrowed
/// unchanged when there is nothing to blank.
fn ascii_person_fields(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    for open in PERSON_ELEMENTS {
        for start in memchr::memmem::find_iter(bytes, open) {
            let from = start + open.len();
            let end = memchr::memchr(b'<', &bytes[from..]).map_or(bytes.len(), |p| from + p);
            let field = &bytes[from..end];
            if field.contains(&b'@') && !field.is_ascii() {
                let out = out.get_or_insert_with(|| bytes.to_vec());
                for b in &mut out[from..end] {
                    if !b.is_ascii() {
                        *b = b' ';
                    }
                }
            }
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(bytes), std::borrow::Cow::Owned)
}

/// Parses one whole feed document and adds its entries to `out`; `before` is how many
/// entries came before it (in earlier chunks), which numbers the pages' sources. Returns
/// how many entries the document had, or why it could not be read.
fn read_document(
    reader: &Reader,
    bytes: &[u8],
    before: usize,
    out: &mut ReadOutput,
) -> Result<usize, String> {
    // quick-xml (under feed-rs) asserts on an XML declaration after the start: refuse it
    // here, and treat any other panic in the parser as a bad feed too, so one file never
    // ends a run.
    if let Some(at) = late_xml_declaration(bytes) {
        return Err(format!("XML declaration at byte {at}, not at the start"));
    }
    let bytes = compact_xml_declaration(bytes);
    let bytes = &ascii_person_fields(&bytes);
    let feed = match std::panic::catch_unwind(|| feed_rs::parser::parse(&bytes[..])) {
        Ok(Ok(feed)) => feed,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => return Err("the feed parser failed on this input".into()),
    };
    let feed_title = feed.title.as_ref().map(|t| outlet_of_feed(&plain(t))).filter(|t| !t.is_empty());
    let outlet = reader.opts.outlet.clone().or(feed_title);
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
                let source = format!("{}#entry{}", reader.source(), before + index + 1);
                reader.emit(
                    out,
                    RawPage::new(url, source, ContentKind::Html, outlet.clone(), html.into_bytes()),
                );
            }
            None => match url {
                // Callers that drop links (`read_file`) do not collect them at all.
                Some(_) if !reader.keep_links => {}
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
    Ok(feed.entries.len())
}

/// Reads a big XML feed as it streams, [`CHUNK_ITEMS`] items at a time (see the module
/// documentation). `codec` names the compression the input comes out of, for read errors.
///
/// Every chunk is a complete feed document, so the entries come out as from one whole
/// parse, numbered the same. Like a WARC, a feed broken part way ends with one error naming
/// the file and where, and the entries of the chunks before it are kept; a chunk is held to
/// the reader's memory limit, not the whole feed.
pub(crate) fn read_feed_chunked<R: Read>(
    reader: &Reader,
    input: R,
    codec: Option<&'static str>,
) -> ReadOutput {
    read_chunked(reader, input, codec, CHUNK_ITEMS, CHUNK_BYTES)
}

fn read_chunked<R: Read>(
    reader: &Reader,
    input: R,
    codec: Option<&'static str>,
    chunk_items: usize,
    chunk_bytes: usize,
) -> ReadOutput {
    let mut chunks = Chunks { reader, out: ReadOutput::default(), header: Vec::new(), entries: 0 };
    let mut xml = quick_xml::Reader::from_reader(Tee::new(input, reader.limit));
    // Open elements outside items (qualified names, for the closing tags); the same when the
    // first item started, which is what the header leaves open.
    let mut stack: Vec<String> = Vec::new();
    let mut header_stack: Option<Vec<String>> = None;
    // Depth inside the current item, 0 between items.
    let mut item_depth = 0usize;
    // Where the current chunk starts and how many items it has.
    let mut chunk_start = 0u64;
    let mut items = 0usize;
    // RSS 1.0 lists every item again in the channel's `<items>`, which feed-rs ignores: it is
    // left out of the header, which every chunk repeats. Where it starts, and ends.
    let mut toc: (Option<u64>, Option<u64>) = (None, None);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(e) => {
                let at = xml.error_position();
                let tee = xml.get_mut();
                // quick-xml does not count a BOM.
                let at = at + if tee.bom { 3 } else { 0 };
                let error = if tee.too_large {
                    IngestError::TooLarge { path: reader.path.to_path_buf(), limit: reader.limit }
                } else if let Some(e) = tee.failed.take() {
                    reader.read_error(e, codec)
                } else {
                    chunks.bad(format!("XML error at byte {at}: {e}"))
                };
                chunks.out.errors.push(error);
                return chunks.out;
            }
        };
        let (start, empty) = match &event {
            Event::Start(start) => (start, false),
            Event::Empty(start) => (start, true),
            Event::End(_) if item_depth > 0 => {
                item_depth -= 1;
                items += usize::from(item_depth == 0);
                continue;
            }
            Event::End(_) => {
                stack.pop();
                if stack.len() == 2 && toc.0.is_some() && toc.1.is_none() {
                    let tee = xml.get_ref();
                    toc.1 = Some(tee.base + tee.kept.len() as u64);
                }
                // The root element is closed: whatever follows is not the feed's.
                if stack.is_empty() {
                    break;
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if item_depth > 0 {
            item_depth += usize::from(!empty);
            continue;
        }
        let parent_is_channel = stack.len() == 2 && stack[1].rsplit(':').next() == Some("channel");
        let is_item = matches!(start.local_name().into_inner(), "item" | "entry")
            && (stack.len() == 1 || parent_is_channel);
        // The element's `<`, found back from the end of its start tag (what quick-xml has
        // taken so far; its own positions leave out a BOM): a start tag holds no other `<`,
        // and attribute values may not have one.
        let tee = xml.get_ref();
        let at = tee.kept.iter().rposition(|&b| b == b'<').unwrap_or(0) as u64 + tee.base;
        if !is_item {
            if !empty {
                if parent_is_channel && header_stack.is_none() && start.local_name().into_inner() == "items" {
                    toc = (Some(at), None);
                }
                stack.push(start.name().into_inner().to_string());
            }
            continue;
        }
        match &header_stack {
            None => {
                let tee = xml.get_mut();
                chunks.header = tee.take_until(at);
                if let (Some(from), Some(to)) = toc {
                    chunks.header.drain(from as usize..to as usize);
                }
                header_stack = Some(stack.clone());
                chunk_start = at;
            }
            // Cut only where the same elements are open as after the header, so that every
            // chunk is a well-formed document.
            Some(open)
                if (items >= chunk_items || (at - chunk_start) as usize >= chunk_bytes) && *open == stack =>
            {
                let tee = xml.get_mut();
                let mut items_bytes = tee.take_until(at);
                for name in stack.iter().rev() {
                    items_bytes.extend_from_slice(b"</");
                    items_bytes.extend_from_slice(name.as_bytes());
                    items_bytes.push(b'>');
                }
                if let Err(message) = chunks.read(chunk_start, &items_bytes) {
                    chunks.out.errors.push(chunks.bad(message));
                    return chunks.out;
                }
                chunk_start = at;
                items = 0;
            }
            Some(_) => {}
        }
        if empty {
            items += 1;
        } else {
            item_depth = 1;
        }
    }
    // The last chunk ends with the feed's own end; a feed with no items is read whole.
    let rest = std::mem::take(&mut xml.get_mut().kept);
    let result = if header_stack.is_none() {
        read_document(reader, &rest, 0, &mut chunks.out).map(|_| ())
    } else {
        chunks.read(chunk_start, &rest)
    };
    if let Err(message) = result {
        chunks.out.errors.push(chunks.bad(message));
    }
    chunks.out
}

/// The chunks of one feed read so far.
struct Chunks<'r, 'a> {
    reader: &'r Reader<'a>,
    out: ReadOutput,
    /// Everything before the first item.
    header: Vec<u8>,
    /// Entries read so far.
    entries: usize,
}

impl Chunks<'_, '_> {
    fn bad(&self, message: String) -> IngestError {
        IngestError::BadFeed { path: self.reader.path.to_path_buf(), message }
    }

    /// Reads the header followed by `items`, which start at byte `start` of the feed.
    fn read(&mut self, start: u64, items: &[u8]) -> Result<(), String> {
        let mut document = Vec::with_capacity(self.header.len() + items.len());
        document.extend_from_slice(&self.header);
        document.extend_from_slice(items);
        let header = self.header.len();
        match read_document(self.reader, &document, self.entries, &mut self.out) {
            Ok(n) => {
                self.entries += n;
                Ok(())
            }
            Err(message) => {
                if let Some(at) = late_xml_declaration(&document) {
                    // Offsets in the items are the feed's, not the chunk document's.
                    let at = if at >= header { start + (at - header) as u64 } else { at as u64 };
                    return Err(format!("XML declaration at byte {at}, not at the start"));
                }
                let last = start + items.len() as u64;
                Err(format!("in the items at bytes {start}..{last}: {message}"))
            }
        }
    }
}

/// A reader that keeps the bytes its consumer has taken, from `base` on, so that the byte
/// ranges quick-xml reports can be cut out; holds at most `limit` bytes.
struct Tee<R> {
    inner: R,
    buf: Box<[u8]>,
    pos: usize,
    filled: usize,
    /// Bytes taken, starting at offset `base` of the input.
    kept: Vec<u8>,
    base: u64,
    limit: u64,
    too_large: bool,
    /// Whether the input starts with a UTF-8 BOM.
    bom: bool,
    /// The read error, kept whole for the error report (quick-xml gets a copy).
    failed: Option<io::Error>,
}

impl<R: Read> Tee<R> {
    fn new(inner: R, limit: u64) -> Self {
        let buf = vec![0; 1 << 16].into_boxed_slice();
        Tee {
            inner,
            buf,
            pos: 0,
            filled: 0,
            kept: Vec::new(),
            base: 0,
            limit,
            too_large: false,
            bom: false,
            failed: None,
        }
    }

    /// The kept bytes before offset `at`, which are dropped from the tee.
    fn take_until(&mut self, at: u64) -> Vec<u8> {
        let rest = self.kept.split_off((at - self.base) as usize);
        self.base = at;
        std::mem::replace(&mut self.kept, rest)
    }
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Tee<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.kept.len() as u64 > self.limit {
            self.too_large = true;
            return Err(io::Error::other("the chunk is larger than the memory limit"));
        }
        if self.pos == self.filled {
            self.pos = 0;
            self.filled = 0;
            match self.inner.read(&mut self.buf) {
                Ok(n) => self.filled = n,
                Err(e) => {
                    let copy = io::Error::new(e.kind(), e.to_string());
                    self.failed = Some(e);
                    return Err(copy);
                }
            }
        }
        Ok(&self.buf[self.pos..self.filled])
    }

    fn consume(&mut self, amount: usize) {
        if self.base == 0 && self.kept.is_empty() {
            self.bom = self.buf[self.pos..self.pos + amount].starts_with(b"\xEF\xBB\xBF");
        }
        self.kept.extend_from_slice(&self.buf[self.pos..self.pos + amount]);
        self.pos += amount;
    }
}

/// The document with a long XML declaration written short: quick-xml (under feed-rs)
/// reads the declared encoding from its first 64 bytes and asserts when the declaration
/// ends past them (a long `version`, a `standalone`, whitespace before it). Only the
/// encoding is kept, and whitespace before the declaration goes; a byte-order mark stays.
fn compact_xml_declaration(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    /// Where a declaration must end to be read whole, with room to spare.
    const FITS: usize = 48;
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let start = bom + bytes[bom..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    let rest = &bytes[start..];
    let Some(end) = rest.windows(2).position(|w| w == b"?>").filter(|_| is_xml_declaration(rest)) else {
        return std::borrow::Cow::Borrowed(bytes);
    };
    if start + end + 2 <= FITS {
        return std::borrow::Cow::Borrowed(bytes);
    }
    let declaration = String::from_utf8_lossy(&rest[..end]);
    let encoding = declaration.split_once("encoding").and_then(|(_, after)| {
        let after = after.trim_start().strip_prefix('=')?.trim_start();
        let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let value = after[1..].split(quote).next()?;
        let usable = !value.is_empty()
            && value.len() <= 24
            && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
        usable.then(|| value.to_string())
    });
    let mut out = bytes[..bom].to_vec();
    match encoding {
        Some(encoding) => {
            out.extend_from_slice(format!("<?xml version=\"1.0\" encoding=\"{encoding}\"?>").as_bytes())
        }
        None => out.extend_from_slice(b"<?xml version=\"1.0\"?>"),
    }
    out.extend_from_slice(&rest[end + 2..]);
    std::borrow::Cow::Owned(out)
}

/// Offset of an `<?xml …?>` declaration that is not the first thing in the document
/// (other processing instructions, like `<?xml-stylesheet`, may come anywhere).
fn late_xml_declaration(bytes: &[u8]) -> Option<usize> {
    let start =
        bytes.iter().position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)?;
    let from = if is_xml_declaration(&bytes[start..]) { start + 6 } else { start };
    bytes[from..].windows(6).position(is_xml_declaration).map(|p| from + p)
}

/// Whether `bytes` start with an XML declaration (`<?xml` and a space), not another
/// processing instruction such as `<?xml-stylesheet`.
fn is_xml_declaration(bytes: &[u8]) -> bool {
    bytes.len() >= 6 && bytes[..5].eq_ignore_ascii_case(b"<?xml") && bytes[5].is_ascii_whitespace()
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

/// The outlet a feed's title names: the title without the word for the feed itself
/// ("Republika Online RSS Feed", "Warta Kita - RSS" name "Republika Online", "Warta Kita").
fn outlet_of_feed(title: &str) -> String {
    const FEED_WORDS: &[&str] = &["rss feed", "atom feed", "rss", "feed"];
    // (a whole word after a space or a dash: "Seedfeed" stays, and so does a title that is
    // nothing else)
    fn head_before<'t>(name: &'t str, word: &str) -> Option<&'t str> {
        const SEPARATORS: [char; 6] = [' ', '-', '|', ':', '–', '—'];
        let cut = name.len().checked_sub(word.len()).filter(|&c| c > 0 && name.is_char_boundary(c))?;
        let (head, tail) = name.split_at(cut);
        (tail.eq_ignore_ascii_case(word) && head.ends_with(SEPARATORS))
            .then(|| head.trim_end_matches(SEPARATORS))
            .filter(|h| !h.is_empty())
    }
    let mut name = title.trim();
    while let Some(head) = FEED_WORDS.iter().find_map(|w| head_before(name, w)) {
        name = head;
    }
    name.to_string()
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::ReadOptions;

    /// Reads `feed` whole and in chunks of every size from 1 to 4 items (and of a few bytes)
    /// and checks that the chunks give exactly what the whole parse gives.
    fn assert_chunks_match_whole(feed: &str) -> ReadOutput {
        let opts = ReadOptions::default();
        let reader = Reader::new(Path::new("f.xml"), &opts, 1 << 30);
        let mut whole = ReadOutput::default();
        read_document(&reader, feed.as_bytes(), 0, &mut whole).unwrap();
        for (items, bytes) in [(1, usize::MAX), (2, usize::MAX), (3, usize::MAX), (4, usize::MAX), (100, 1)] {
            let chunked = read_chunked(&reader, feed.as_bytes(), None, items, bytes);
            assert!(chunked.errors.is_empty(), "{items}: {:?}", chunked.errors);
            assert_eq!(chunked.pages, whole.pages, "{items} items a chunk");
            assert_eq!(chunked.links, whole.links, "{items} items a chunk");
            assert_eq!(chunked.skipped, whole.skipped, "{items} items a chunk");
        }
        whole
    }

    fn long(i: usize) -> String {
        format!("Isi berita nomor {i} yang panjang. ").repeat(30)
    }

    #[test]
    fn rss_chunks_give_the_same_entries_as_the_whole_feed() {
        let mut feed = String::from(
            "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Kabar &amp; Co</title><link>https://kabar.example/</link>\n",
        );
        for i in 0..9 {
            match i % 3 {
                0 => feed.push_str(&format!("<item><title>Berita {i}</title><link>https://kabar.example/{i}</link><dc:creator>Ani</dc:creator><content:encoded><![CDATA[<p>{}</p><item>not an item</item>]]></content:encoded></item>\n<!-- between -->\n", long(i))),
                1 => feed.push_str(&format!("<item><title>Ringkas {i}</title><link>https://kabar.example/{i}</link><description>Pendek &lt;b&gt;{i}&lt;/b&gt;.</description><pubDate>Tue, 05 Mar 2024 10:00:00 +0700</pubDate></item>")),
                _ => feed.push_str("<item/><item><title>Tanpa tautan</title></item>"),
            }
        }
        feed.push_str(
            "<image><url>https://kabar.example/logo.png</url></image></channel></rss>\n<!-- end -->\n",
        );
        let whole = assert_chunks_match_whole(&feed);
        assert_eq!((whole.pages.len(), whole.links.len(), whole.skipped), (3, 3, 6));
        assert_eq!(whole.pages[2].source, "f.xml#entry9");
        assert_eq!(whole.pages[0].outlet_hint.as_deref(), Some("Kabar & Co"));
    }

    #[test]
    fn feed_titles_name_outlets_without_the_feed_words() {
        for (title, outlet) in [
            ("Republika Online RSS Feed", "Republika Online"),
            ("Warta Kita - RSS", "Warta Kita"),
            ("Harbour Herald | Atom feed", "Harbour Herald"),
            ("Kabar & Co", "Kabar & Co"),
            ("Seedfeed", "Seedfeed"),
            ("RSS", "RSS"),
        ] {
            assert_eq!(outlet_of_feed(title), outlet, "{title}");
        }
    }

    #[test]
    fn atom_and_rdf_chunks_give_the_same_entries_as_the_whole_feed() {
        let mut atom = String::from("<?xml version=\"1.0\"?><a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title type=\"html\">&lt;b&gt;Warta&lt;/b&gt;</a:title><a:id>urn:x</a:id>");
        for i in 0..7 {
            atom.push_str(&format!("<a:entry><a:id>urn:{i}</a:id><a:title>E{i}</a:title><a:link rel=\"alternate\" href=\"https://warta.example/{i}\"/><a:content type=\"html\">&lt;p&gt;{}&lt;/p&gt;</a:content><a:source><a:title>s</a:title></a:source></a:entry>", long(i)));
        }
        atom.push_str("</a:feed>");
        assert_eq!(assert_chunks_match_whole(&atom).pages.len(), 7);

        let mut rdf = String::from("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>R</title><items><rdf:Seq><rdf:li resource=\"https://r.example/0\"/></rdf:Seq></items></channel>");
        for i in 0..5 {
            rdf.push_str(&format!("<item rdf:about=\"https://r.example/{i}\"><title>T{i}</title><link>https://r.example/{i}</link></item>"));
        }
        rdf.push_str("</rdf:RDF>");
        assert_eq!(assert_chunks_match_whole(&rdf).links.len(), 5);
    }

    #[test]
    fn a_break_in_a_late_chunk_is_named_and_earlier_chunks_are_kept() {
        let items: String = (0..6)
            .map(|i| format!("<item><title>B{i}</title><link>https://b.example/{i}</link></item>\n"))
            .collect();
        let opts = ReadOptions::default();
        let reader = Reader::new(Path::new("b.xml"), &opts, 1 << 30);
        let head = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>B</title>\n";

        let broken = format!("{head}{items}<item><title>x</wrong></item></channel></rss>");
        let out = read_chunked(&reader, broken.as_bytes(), None, 2, usize::MAX);
        assert_eq!(out.links.len(), 6);
        let message = out.errors[0].to_string();
        assert!(
            message.starts_with("b.xml: not a readable RSS or Atom feed: XML error at byte"),
            "{message}"
        );

        let late =
            format!("{head}{items}<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><item/></channel></rss>");
        let out = read_chunked(&reader, late.as_bytes(), None, 2, usize::MAX);
        let at = late.rfind("<?xml").unwrap();
        assert_eq!(
            out.errors[0].to_string(),
            format!("b.xml: not a readable RSS or Atom feed: XML declaration at byte {at}, not at the start")
        );
        // The declaration is in the third chunk (items 5 and 6 and what follows them).
        assert_eq!(out.links.len(), 4);

        let cut = format!("{head}{items}<item><title>cut");
        let out = read_chunked(&reader, cut.as_bytes(), None, 2, usize::MAX);
        assert_eq!(out.links.len(), 6);
        assert!(out.errors[0]
            .to_string()
            .starts_with("b.xml: not a readable RSS or Atom feed: in the items at bytes"));
    }

    #[test]
    fn a_read_error_part_way_names_the_file_and_keeps_the_chunks_before_it() {
        let mut feed = String::from("<rss version=\"2.0\"><channel><title>G</title>");
        for i in 0..5 {
            feed.push_str(&format!("<item><title>G{i}</title><link>https://g.example/{i}</link></item>"));
        }
        let broken = io::Cursor::new(feed).chain(crate::decompress::Failed::new(io::Error::other("boom")));
        let opts = ReadOptions::default();
        let reader = Reader::new(Path::new("g.xml.gz"), &opts, 1 << 20);
        let out = read_chunked(&reader, broken, Some("gzip"), 2, usize::MAX);
        assert_eq!(out.errors.len(), 1);
        assert_eq!(out.errors[0].to_string(), "g.xml.gz: corrupt gzip data: boom");
        assert_eq!(
            out.links.iter().map(|l| l.title.as_deref().unwrap()).collect::<Vec<_>>(),
            ["G0", "G1", "G2", "G3"]
        );
    }

    #[test]
    fn a_chunk_over_the_memory_limit_is_too_large() {
        let opts = ReadOptions::default();
        let reader = Reader::new(Path::new("l.xml"), &opts, 4096);
        let feed = format!(
            "<rss><channel><title>L</title><item><title>{}</title></item></channel></rss>",
            "x".repeat(10_000)
        );
        let out = read_chunked(&reader, feed.as_bytes(), None, 2, usize::MAX);
        assert_eq!(
            out.errors[0].to_string(),
            "l.xml: decompresses to more than 4096 bytes; split the input or raise the limit"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Broken big feeds never panic, and every error names the file.
        #[test]
        fn chunked_reading_never_panics(
            parts in proptest::collection::vec(("[ -~\\r\\n<>&;:/]{0,64}", 0..4usize), 0..24),
        ) {
            let mut feed = String::from("\u{feff}<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
            for (text, tag) in &parts {
                feed.push_str(["<item>", "</item>", "<item><title>x</title><link>https://p.example/</link></item>", ""][*tag]);
                feed.push_str(text);
            }
            let opts = ReadOptions::default();
            let reader = Reader::new(Path::new("p.xml"), &opts, 1 << 20);
            let out = read_chunked(&reader, feed.as_bytes(), None, 1, usize::MAX);
            for e in &out.errors {
                proptest::prop_assert!(e.to_string().starts_with("p.xml: "), "{}", e);
            }
        }
    }
}
