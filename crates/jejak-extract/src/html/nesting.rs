//! One byte scan before the HTML parser sees the page: cap element nesting and drop text
//! no extractor step reads.
//!
//! The HTML5 tree builder checks the stack of open elements on many tags, so a page nested
//! 100,000 levels deep costs time quadratic in its depth (minutes). No article needs more
//! than a few hundred levels; browsers cap their DOM depth too (Chromium at 512). Tags that
//! would open an element deeper than the cap are left out, with their closing tags.
//!
//! Scripts (except JSON-LD, which metadata reads), style sheets, inline SVG and comments are
//! two thirds of the bytes of a typical English news page; the parser would tokenize them
//! only for the content step to throw them away. They go whole, with images, inputs and
//! unread `<link>`s: text on either side of them joins as a browser shows it. Measured on
//! scrapinghub-aeb (`bench/extraction/run.sh`): see ARCHITECTURE.md.
//!
//! Of what is left, two thirds are attributes, and html5ever reads those a character at a
//! time; a third of them (`srcset`, `data-*`, `onclick`, tracking ids) no step reads. Only
//! the attributes in [`READ_ATTRIBUTES`] reach the parser.

use super::class_words::ClassReader;
use super::contains_ignoring_case;
use once_cell::sync::Lazy;
use std::borrow::Cow;

/// Deepest element nesting kept.
pub(crate) const MAX_DEPTH: usize = 1024;

/// What the byte scan needs to know of a tag, by its name. One `match`: the scan asks for
/// every tag of the page, and four lists compared name by name cost more.
#[derive(Clone, Copy, Default)]
struct TagKind {
    /// Void element: no content, no closing tag.
    void: bool,
    /// Content is raw text to the parser (scripts, styles, SVG): cut with the element.
    raw_text: bool,
    /// Page chrome whose content is cut when it holds nothing the extractor reads: menus,
    /// page headers and footers are a third of a news page's markup and the content step
    /// drops them anyway (see its `DROP_TAGS`).
    chrome: bool,
    /// Starts or ends a block, or holds no text: whitespace beside it is no word gap.
    block: bool,
}

fn kind_of(name: &[u8]) -> TagKind {
    let mut buf = [0u8; 12];
    let Some(lower) = buf.get_mut(..name.len()) else { return TagKind::default() };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    let kind = |void, raw_text, chrome, block| TagKind { void, raw_text, chrome, block };
    match &*lower {
        b"area" | b"base" | b"col" | b"embed" | b"img" | b"input" | b"param" | b"source" | b"track"
        | b"wbr" => kind(true, false, false, false),
        b"br" | b"hr" | b"link" | b"meta" => kind(true, false, false, true),
        b"script" | b"style" => kind(false, true, false, true),
        b"svg" => kind(false, true, false, false),
        b"nav" | b"header" | b"footer" | b"aside" | b"form" | b"noscript" | b"iframe" | b"button"
        | b"select" | b"template" => kind(false, false, true, true),
        b"p" | b"div" | b"section" | b"article" | b"main" | b"ul" | b"ol" | b"li" | b"dl" | b"dt" | b"dd"
        | b"table" | b"thead" | b"tbody" | b"tfoot" | b"tr" | b"td" | b"th" | b"h1" | b"h2" | b"h3"
        | b"h4" | b"h5" | b"h6" | b"blockquote" | b"pre" | b"figure" | b"figcaption" | b"html" | b"head"
        | b"body" | b"title" | b"option" => kind(false, false, false, true),
        _ => TagKind::default(),
    }
}

/// Attributes some extraction step reads; the parser never sees the others. A step that
/// starts reading another attribute must add it here.
pub(crate) const READ_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "href",
    "rel",
    "content",
    "name",
    "property",
    "itemprop",
    "http-equiv",
    "charset",
    "datetime",
    "pubdate",
    "lang",
    "xml:lang",
    "type",
    "style",
    "hidden",
    "aria-hidden",
];

/// Chrome shorter than this is left alone: cutting it saves nothing.
const MIN_CHROME_BYTES: usize = 1024;

/// Markup that makes chrome worth keeping: paragraphs (a page may put its article in odd
/// places), headings, captions, and what metadata reads (bylines, dates, breadcrumbs,
/// next-page links). Matched on lower-cased bytes: all literals, so the regex runs as a
/// vectorised literal search (case-insensitive, it ran a byte at a time).
static KEEP_CHROME: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(
        r"(?-u)<(p|h1|article|main|time)[\s>]|author|byline|caption|breadcrumb|pagina|next|itemprop|datetime|pubdate|publish",
    )
    .expect("valid regex")
});

/// Markup that makes a region under a boilerplate class worth keeping: what metadata reads
/// anywhere on the page, class or no class (see [`KEEP_CHROME`]; date words too, since a
/// "date" class is read even inside a removed element). Paragraphs do not keep such a
/// region: the content step drops it whatever it holds, unless it holds the article, which
/// [`holds_few_paragraphs`] rules out.
static KEEP_CLASSED: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(
        r"(?-u)<(h1|article|main|time)[\s>]|author|byline|caption|breadcrumb|pagina|paging|pager|next|selanjutnya|berikutnya|lanjut|halaman|itemprop|datetime|pubdate|publish|date|tanggal|tgl|waktu|posted|jam|meta|ld\+json",
    )
    .expect("valid regex")
});

/// Boilerplate-classed blocks shorter than this are left alone: cutting them saves less
/// than reading them costs.
const MIN_CLASSED_BYTES: usize = 256;

/// Containers whose class the byte scan reads: the blocks a page names "related", "share",
/// "comments" or "sidebar". Never `li` or `p`, whose closing tags are optional: the scan
/// could take a later element's for theirs.
fn is_class_container(name: &str) -> bool {
    ["div", "section", "ul", "ol"].iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// `<p` opening tags in `bytes`.
fn paragraph_tags(bytes: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, b"<p")
        .chain(memchr::memmem::find_iter(bytes, b"<P"))
        .filter(|&at| bytes.get(at + 2).is_some_and(|&b| b == b'>' || b.is_ascii_whitespace()))
        .count()
}

/// Whether a region holds too few of the page's paragraphs to be the article: the content
/// step keeps a block under a boilerplate class when it holds most of the paragraph text.
fn holds_few_paragraphs(region: &[u8], page_paragraphs: usize) -> bool {
    const MAX_SHARE_PERCENT: usize = 30;
    paragraph_tags(region) * 100 < page_paragraphs * MAX_SHARE_PERCENT || page_paragraphs == 0
}

/// The page with tags beyond `MAX_DEPTH` removed and the content of scripts, styles, SVG and
/// comments cut; borrowed unchanged when there is nothing to cut.
pub(crate) fn prepare(html: &str) -> Cow<'_, str> {
    let mut scan = Scan {
        html,
        bytes: html.as_bytes(),
        depth: 0,
        dropped_open: 0,
        cut: Vec::new(),
        lowered: Vec::new(),
        class_reader: ClassReader::default(),
        page_paragraphs: None,
    };
    let mut i = 0;
    while let Some(offset) = memchr_lt(&scan.bytes[i..]) {
        let start = i + offset;
        scan.cut_indentation(i, start);
        match scan.tag(start) {
            Some(next) => i = next,
            None => break,
        }
    }
    if scan.cut.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in scan.cut {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// The state of [`prepare`]'s scan: how deep the open elements go, and the byte ranges to
/// cut, in order.
struct Scan<'h> {
    html: &'h str,
    bytes: &'h [u8],
    depth: usize,
    /// Opening tags left out past `MAX_DEPTH` whose closing tags are still to come.
    dropped_open: usize,
    cut: Vec<(usize, usize)>,
    /// A buffer for lowercased regions.
    lowered: Vec<u8>,
    class_reader: ClassReader,
    /// The page's paragraph count, once a boilerplate block asks for it.
    page_paragraphs: Option<usize>,
}

impl Scan<'_> {
    /// Indentation next to a block tag (between `from` and the tag at `start`): a text node
    /// for the parser to build and every later step to skip. Between inline tags ("</a>
    /// <a>") the space separates words.
    fn cut_indentation(&mut self, from: usize, start: usize) {
        let bytes = self.bytes;
        if start > from
            && bytes[from..start].iter().all(u8::is_ascii_whitespace)
            && (kind_of(tag_name_at(bytes, start)).block
                || from > 0 && bytes[from - 1] == b'>' && {
                    let open = memchr::memrchr(b'<', &bytes[..from]).unwrap_or(from);
                    kind_of(tag_name_at(bytes, open)).block
                })
        {
            self.cut.push((from, start));
        }
    }

    /// Reads the tag (or comment) at `start`, noting what to cut; returns where the scan
    /// reads on, `None` when the page ends inside the tag.
    fn tag(&mut self, start: usize) -> Option<usize> {
        let (html, bytes) = (self.html, self.bytes);
        if bytes[start..].starts_with(b"<!--") {
            let close = find(&bytes[start + 4..], b"-->").map_or(bytes.len(), |p| start + 4 + p + 3);
            self.cut.push((start, close));
            return Some(close);
        }
        let len = memchr::memchr(b'>', &bytes[start..])?;
        let end = start + len + 1;
        let tag = &html[start + 1..end - 1];
        if tag.starts_with('!') || tag.starts_with('?') {
            return Some(end);
        }
        let closing = tag.starts_with('/');
        let raw = tag.trim_start_matches('/');
        let name = &raw[..raw.bytes().take_while(u8::is_ascii_alphanumeric).count()];
        if name.is_empty() {
            return Some(end);
        }
        // Cuts for unread attributes, dropped again when the whole tag goes.
        let attribute_cuts = self.cut.len();
        // (class and id as the scan read them; `None` for a closing or unreadable tag)
        let class_and_id = if closing {
            None
        } else {
            // The whole tag name: custom elements ("phoenix-icon") go past `name`.
            let name_len = tag.bytes().take_while(|b| !b.is_ascii_whitespace() && *b != b'/').count();
            cut_unread_attributes(bytes, start + 1 + name_len, end - 1, &mut self.cut)
        };
        let kind = kind_of(name.as_bytes());
        if kind.void || tag.ends_with('/') {
            if !closing && is_unread_void(name, tag) {
                self.cut_whole(attribute_cuts, start, end);
            }
            return Some(end);
        }
        if kind.raw_text {
            return Some(if closing { end } else { self.raw_text(attribute_cuts, name, tag, start, end) });
        }
        if !closing {
            if let Some(close_end) = empty_element_end(bytes, name, tag, start, end) {
                self.cut_whole(attribute_cuts, start, close_end);
                return Some(close_end);
            }
        }
        if let Some((class, id)) = class_and_id.filter(|_| self.depth < MAX_DEPTH && is_class_container(name))
        {
            let block_end = boilerplate_block_end(
                bytes,
                (class, id),
                name,
                end,
                &mut self.class_reader,
                &mut self.lowered,
                &mut self.page_paragraphs,
            );
            if let Some(content_end) = block_end {
                self.cut.push((end, content_end));
                self.depth += 1;
                return Some(content_end);
            }
        }
        // (the closing tag of cut chrome is read next, keeping the depth count right)
        let next = match (!closing && self.depth < MAX_DEPTH && kind.chrome)
            .then(|| self.chrome_end(name, start, end))
        {
            Some(Some(content_end)) => content_end,
            _ => end,
        };
        self.count_depth(closing, attribute_cuts, start, end);
        Some(next)
    }

    /// Cuts the element `start..end` whole, and with it the cuts of its attributes (from
    /// index `attribute_cuts`).
    fn cut_whole(&mut self, attribute_cuts: usize, start: usize, end: usize) {
        self.cut.truncate(attribute_cuts);
        self.cut.push((start, end));
    }

    /// Script and style content is text, not tags: skips to the closing tag and cuts the
    /// whole element, unless it is the page's JSON-LD. Returns where the scan reads on.
    fn raw_text(&mut self, attribute_cuts: usize, name: &str, tag: &str, start: usize, end: usize) -> usize {
        let bytes = self.bytes;
        let content_end = find_closing(&bytes[end..], name.as_bytes()).map_or(bytes.len(), |p| end + p);
        let keep = name.eq_ignore_ascii_case("script") && contains_ignoring_case(tag, "ld+json");
        if keep {
            return content_end;
        }
        let close_end =
            memchr::memchr(b'>', &bytes[content_end..]).map_or(bytes.len(), |p| content_end + p + 1);
        self.cut_whole(attribute_cuts, start, close_end);
        close_end
    }

    /// Cuts the content of page chrome (a menu, a page header or footer opened at
    /// `start..end`) that holds nothing the extractor reads; where its content ends if cut.
    fn chrome_end(&mut self, name: &str, start: usize, end: usize) -> Option<usize> {
        let bytes = self.bytes;
        let content_end = matching_close(&bytes[end..], name.as_bytes()).map(|p| end + p)?;
        // The opening tag's class counts too ("nav class=breadcrumb").
        let region = &bytes[start..content_end];
        let keep = region.len() < MIN_CHROME_BYTES || {
            self.lowered.clear();
            self.lowered.extend_from_slice(region);
            self.lowered.make_ascii_lowercase();
            KEEP_CHROME.is_match(&self.lowered)
        };
        if keep {
            return None;
        }
        self.cut.push((end, content_end));
        Some(content_end)
    }

    /// Counts the tag `start..end` into the depth of open elements, leaving out an opening
    /// tag past `MAX_DEPTH` and the closing tag that matches it.
    fn count_depth(&mut self, closing: bool, attribute_cuts: usize, start: usize, end: usize) {
        if closing {
            if self.dropped_open > 0 {
                self.dropped_open -= 1;
                self.cut.push((start, end));
            } else {
                self.depth = self.depth.saturating_sub(1);
            }
        } else if self.depth >= MAX_DEPTH {
            self.dropped_open += 1;
            self.cut_whole(attribute_cuts, start, end);
        } else {
            self.depth += 1;
        }
    }
}

/// Where the content of a container ends when its class or id names a block the content
/// step drops ("related-posts", "comments", "share-bar"; see `content::prune`) and nothing
/// in it is read elsewhere: a big region, no metadata markup, few of the page's paragraphs.
fn boilerplate_block_end(
    bytes: &[u8],
    (class, id): (&[u8], &[u8]),
    name: &str,
    end: usize,
    class_reader: &mut ClassReader,
    lowered: &mut Vec<u8>,
    page_paragraphs: &mut Option<usize>,
) -> Option<usize> {
    let (class, id) = (std::str::from_utf8(class).unwrap_or(""), std::str::from_utf8(id).unwrap_or(""));
    if class.is_empty() && id.is_empty() || class.contains('&') || id.contains('&') {
        return None;
    }
    let words = class_reader.read(class, id);
    if !(words.negative() && (!words.positive() || words.strongly_negative())) {
        return None;
    }
    let content_end = end + matching_close(&bytes[end..], name.as_bytes())?;
    let region = &bytes[end..content_end];
    if region.len() < MIN_CLASSED_BYTES {
        return None;
    }
    lowered.clear();
    lowered.extend_from_slice(region);
    lowered.make_ascii_lowercase();
    if KEEP_CLASSED.is_match(lowered) {
        return None;
    }
    let page_paragraphs = *page_paragraphs.get_or_insert_with(|| paragraph_tags(bytes));
    holds_few_paragraphs(region, page_paragraphs).then_some(content_end)
}

/// One attribute of a tag, as the byte scan reads it.
struct Attribute<'a> {
    /// Where the attribute starts, with the space before it, and ends.
    start: usize,
    end: usize,
    name: &'a [u8],
    /// The value without its quotes (empty when there is none).
    value: &'a [u8],
}

/// The attributes of a tag whose attributes lie in `bytes[from..to]`. A quoted value left
/// open (its `>` was inside the quotes, so `to` is not the tag's real end) ends the scan
/// with `broken` set.
struct Attributes<'a> {
    bytes: &'a [u8],
    i: usize,
    to: usize,
    broken: bool,
}

impl<'a> Attributes<'a> {
    fn of(bytes: &'a [u8], from: usize, to: usize) -> Attributes<'a> {
        Attributes { bytes, i: from, to, broken: false }
    }
}

impl<'a> Iterator for Attributes<'a> {
    type Item = Attribute<'a>;

    #[inline]
    fn next(&mut self) -> Option<Attribute<'a>> {
        let (bytes, to) = (self.bytes, self.to);
        let mut i = self.i;
        if self.broken || i >= to {
            return None;
        }
        let start = i;
        while i < to && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < to && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'/') {
            i += 1;
        }
        let name = &bytes[name_start..i];
        let mut value: &[u8] = &[];
        let mut j = i;
        while j < to && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < to && bytes[j] == b'=' {
            j += 1;
            while j < to && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                Some(&q @ (b'"' | b'\'')) if j < to => match memchr::memchr(q, &bytes[j + 1..to]) {
                    Some(p) => {
                        value = &bytes[j + 1..j + 1 + p];
                        j += p + 2;
                    }
                    None => {
                        self.broken = true;
                        return None;
                    }
                },
                _ => {
                    let value_start = j;
                    while j < to && !bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    value = &bytes[value_start..j];
                }
            }
            i = j;
        }
        self.i = i;
        Some(Attribute { start, end: i, name, value })
    }
}

/// Adds a cut for each attribute (with the space before it) of the tag whose attributes lie
/// in `bytes[from..to]` that is not in [`READ_ATTRIBUTES`], and returns the tag's first
/// `class` and `id` values (empty when absent). A tag whose quoted value holds a `>` (so `to`
/// is not its real end) is left whole and returns `None`.
fn cut_unread_attributes<'a>(
    bytes: &'a [u8],
    from: usize,
    to: usize,
    cut: &mut Vec<(usize, usize)>,
) -> Option<(&'a [u8], &'a [u8])> {
    let first_cut = cut.len();
    let (mut class, mut id): (&[u8], &[u8]) = (&[], &[]);
    let mut attributes = Attributes::of(bytes, from, to);
    for a in attributes.by_ref() {
        if a.name.is_empty() {
            continue;
        }
        if !is_read_attribute(a.name) {
            cut.push((a.start, a.end));
        } else if class.is_empty() && a.name.eq_ignore_ascii_case(b"class") {
            class = a.value;
        } else if id.is_empty() && a.name.eq_ignore_ascii_case(b"id") {
            id = a.value;
        }
    }
    if attributes.broken {
        cut.truncate(first_cut);
        return None;
    }
    Some((class, id))
}

/// Whether metadata reads a `<meta>` tag (`tag` is its text between `<` and `>`): by its
/// key (`property`, `name`, `itemprop` or `http-equiv`), one of
/// [`super::meta::READ_META_KEYS`].
fn is_read_meta(tag: &str) -> bool {
    const NAME: usize = "meta".len();
    let mut attributes = Attributes::of(tag.as_bytes(), NAME, tag.len());
    let read = attributes.by_ref().any(|a| {
        ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .any(|k| a.name.eq_ignore_ascii_case(k.as_bytes()))
            && super::meta::READ_META_KEYS
                .iter()
                .any(|key| a.value.trim_ascii().eq_ignore_ascii_case(key.as_bytes()))
    });
    // a tag the scan cannot read is left to the parser
    read || attributes.broken
}

/// The name of the tag (opening or closing) whose `<` is at `at`.
fn tag_name_at(bytes: &[u8], at: usize) -> &[u8] {
    let rest = &bytes[at + 1..];
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    &rest[..rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count()]
}

/// Where an empty `div`, `span`, `i` or `ins` that stands between tags ends (ad slots, icon
/// fonts, spacers: a tenth of a page's elements), when nothing reads it. Next to text it
/// stays: it may part two words.
fn empty_element_end(bytes: &[u8], name: &str, tag: &str, start: usize, end: usize) -> Option<usize> {
    if !["div", "span", "i", "ins"].iter().any(|n| n.eq_ignore_ascii_case(name)) {
        return None;
    }
    let rest = bytes[end..].strip_prefix(b"</")?;
    let closes = rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        && rest[name.len()] == b'>';
    if !closes {
        return None;
    }
    let close_end = end + 2 + name.len() + 1;
    let before = bytes[..start].iter().rev().find(|b| !b.is_ascii_whitespace());
    let after = bytes[close_end..].iter().find(|b| !b.is_ascii_whitespace());
    let between_tags = before.is_none_or(|&b| b == b'>') && after.is_none_or(|&b| b == b'<');
    let read = ["itemprop", "datetime", "content", "rel"].iter().any(|a| contains_ignoring_case(tag, a));
    (between_tags && !read).then_some(close_end)
}

/// Empty elements no step reads, cut whole: each costs the parser about as much as a
/// paragraph. Links are read only as `rel=canonical` and `rel=next` (and metas by their
/// key, see [`is_read_meta`]).
fn is_unread_void(name: &str, tag: &str) -> bool {
    let is = |n: &str| name.eq_ignore_ascii_case(n);
    if is("img") || is("input") || is("wbr") {
        return true;
    }
    (is("link") && !contains_ignoring_case(tag, "canonical") && !contains_ignoring_case(tag, "next"))
        || (is("meta") && !is_read_meta(tag))
}

fn is_read_attribute(name: &[u8]) -> bool {
    // Most attributes are ruled out by length and first letter before any comparison.
    const LONGEST: usize = 11;
    name.len() <= LONGEST
        && READ_ATTRIBUTES.iter().any(|a| {
            a.len() == name.len()
                && a.as_bytes()[0] == name[0].to_ascii_lowercase()
                && a.as_bytes().eq_ignore_ascii_case(name)
        })
}

/// Offset of the first `</name` (any case) in `bytes`.
fn find_closing(bytes: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = find(&bytes[from..], b"</") {
        let at = from + p;
        let rest = &bytes[at + 2..];
        if rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Offset of the `</name` that closes an element whose content starts `bytes`, counting
/// nested elements of the same name; `None` when it is never closed.
fn matching_close(bytes: &[u8], name: &[u8]) -> Option<usize> {
    let mut open = 0usize;
    let mut from = 0;
    while let Some(p) = memchr_lt(&bytes[from..]) {
        let at = from + p;
        let rest = &bytes[at + 1..];
        let (closing, rest) = match rest.first() {
            Some(b'/') => (true, &rest[1..]),
            _ => (false, rest),
        };
        let named = rest.len() > name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name)
            && !rest[name.len()].is_ascii_alphanumeric();
        if named {
            if !closing {
                open += 1;
            } else if open == 0 {
                return Some(at);
            } else {
                open -= 1;
            }
        }
        from = at + 1;
    }
    None
}

fn find(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes, needle)
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_without_scripts_or_unread_attributes_are_untouched() {
        let page =
            "<html><body><div class=isi><p>Teks <b>tebal</b><br>baris</p><a href=x>y</a></div></body></html>";
        assert!(matches!(prepare(page), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_styles_svg_comments_and_unread_empty_elements_go_json_ld_stays() {
        let page =
            "<head><style>p{x:1}</style><script type=\"application/ld+json\">{\"a\":1}</script>\
                    <link rel=stylesheet href=a.css><LINK REL=Canonical href=/b><link rel=next href=/c>\
                    </head><body><!-- <p>komentar</p> --><div><p>Teks</p><svg><path d=\"M0\"/></svg></div>\
                    <p>Fo<img src=x.jpg>to <input type=text></p><script>if (a <b) { x = '</div>'; }</SCRIPT></body>";
        let out = prepare(page);
        assert_eq!(
            out,
            "<head><script type=\"application/ld+json\">{\"a\":1}</script><LINK REL=Canonical href=/b>\
             <link rel=next href=/c></head><body><div><p>Teks</p></div><p>Foto </p></body>"
        );
    }

    #[test]
    fn link_only_chrome_is_emptied_but_not_chrome_metadata_reads() {
        let links = "<li><a href=\"/x\">Rubrik</a></li>".repeat(60);
        let page = format!(
            "<body><nav class=menu><ul>{links}<nav>{links}</nav></ul></nav>\
             <nav class=breadcrumb>{links}</nav><article><p>Isi</p></article>\
             <footer>{links}<p>Alamat redaksi</p></footer><aside>{links}</aside></body>"
        );
        let out = prepare(&page);
        assert!(out.starts_with("<body><nav class=menu></nav><nav class=breadcrumb><li>"), "{out}");
        assert!(out.contains("<p>Alamat redaksi</p></footer><aside></aside></body>"), "{out}");
    }

    #[test]
    fn boilerplate_classed_blocks_are_emptied_unless_read_or_the_article() {
        let cards = "<li><a href=\"/x\">Judul lain</a> <span>Ringkasan berita lain</span></li>".repeat(30);
        let article = "<p>Paragraf artikel yang panjang.</p>".repeat(10);
        let page = format!(
            "<body><div class=\"post-content\">{article}</div>\
             <div class=\"related-posts\"><ul>{cards}</ul></div>\
             <section id=comments>{cards}<time datetime=2024-01-02>2 Jan</time></section>\
             <div class=\"share-bar\">{cards}<a rel=next href=/2>Berikutnya</a></div></body>"
        );
        let out = prepare(&page);
        assert!(out.contains("<div class=\"related-posts\"></div>"), "{out}");
        assert!(out.contains(&format!("<div class=\"post-content\">{article}</div>")), "{out}");
        assert!(out.contains("<time datetime=2024-01-02>"), "metadata reads times anywhere: {out}");
        assert!(out.contains("<a rel=next href=/2>"), "and next-page links: {out}");
        // A block named "comments" that holds most of the page's paragraphs may be the
        // article (the content step keeps it): it stays.
        let page = format!("<body><div class=\"comments-open\">{article}{cards}</div></body>");
        assert!(prepare(&page).contains(&article), "the article under a boilerplate class stays");
    }

    #[test]
    fn only_read_attributes_reach_the_parser() {
        let page = "<div class=\"isi\" data-x='1 > 0' id=a><img srcset=\"a.jpg 2x\" src=a.jpg alt=\"Foto\">\
                    <a onclick=\"go()\" HREF=/b rel = next tabindex=1 hidden>b</a><p title=\"x>y\" class=k>c</p>\
                    <x-icon-set class=i data-i=2>d</x-icon-set></div>";
        assert_eq!(
            prepare(page),
            "<div class=\"isi\" data-x='1 > 0' id=a><a HREF=/b rel = next hidden>b</a>\
             <p title=\"x>y\" class=k>c</p><x-icon-set class=i>d</x-icon-set></div>"
        );
    }

    #[test]
    fn metas_reach_the_parser_only_when_metadata_reads_their_key() {
        let page = "<head><meta charset=utf-8><meta name=\"viewport\" content=\"width=device-width\">\
                    <meta property=\"OG:Title\" content=\"Judul\"><meta itemprop=datePublished content=2022-08-08>\
                    <meta name=twitter:card content=summary><meta content=\"a > b\" name=author></head>";
        assert_eq!(
            prepare(page),
            "<head><meta property=\"OG:Title\" content=\"Judul\"><meta itemprop=datePublished content=2022-08-08>\
             <meta content=\"a > b\" name=author></head>"
        );
    }

    /// Tag names, text and read attributes of a parsed page, in document order.
    fn visible_shape(html: &str) -> Vec<String> {
        let dom = super::super::dom::Dom::parse(html);
        dom.nodes
            .iter()
            .map(|n| match &n.text {
                Some(t) => format!("text {t}"),
                None => {
                    let mut read: Vec<String> = n
                        .attrs
                        .iter()
                        .filter(|a| is_read_attribute(a.name.local.as_bytes()))
                        .map(|a| format!("{}={}", a.name.local, a.value))
                        .collect();
                    read.sort();
                    format!("<{} {}>", n.tag.as_str(), read.join(" "))
                }
            })
            .collect()
    }

    proptest::proptest! {
        /// Cutting unread attributes changes nothing any extraction step can see: the same
        /// elements, text and read attributes, whatever the names, quotes and values.
        #[test]
        fn cutting_unread_attributes_changes_nothing_read(
            parts in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["div", "p", "a", "span", "x-card", "my-el", "br", "li", "ul"]),
                    proptest::collection::vec(
                        (
                            proptest::sample::select(vec![
                                "class", "CLASS", "href", "data-x", "srcset", "onclick", "id", "style",
                                "aria-hidden", "data-class", "hidden", "rel", "x:y", "class-name",
                            ]),
                            proptest::sample::select(vec![
                                "=\"a b\"", "='c \"d\"'", "=e", " = \"f>g\"", "", "=\"\"", "=h/", "='i'j",
                            ]),
                        ),
                        0..4,
                    ),
                    // Never empty nor blank: empty elements and blank text between tags go (tested apart).
                    proptest::sample::select(vec!["kata", "k l", "a < b", "x > y", "&amp; z"]),
                    proptest::bool::ANY,
                ),
                0..12,
            )
        ) {
            let mut html = String::new();
            for (tag, attrs, text, close) in &parts {
                html.push('<');
                html.push_str(tag);
                for (name, value) in attrs {
                    html.push(' ');
                    html.push_str(name);
                    html.push_str(value);
                }
                html.push('>');
                html.push_str(text);
                if *close {
                    html.push_str(&format!("</{tag}>"));
                }
            }
            proptest::prop_assert_eq!(visible_shape(&prepare(&html)), visible_shape(&html), "{}", html);
        }
    }

    #[test]
    fn indentation_beside_blocks_goes_word_gaps_stay() {
        let page =
            "<div>\n  <p>Satu <b>dua</b></p>\n  <a>tiga</a> <a>empat</a>\n  <br>\t<span>lima</span>\n</div>";
        assert_eq!(
            prepare(page),
            "<div><p>Satu <b>dua</b></p><a>tiga</a> <a>empat</a><br><span>lima</span></div>"
        );
    }

    #[test]
    fn empty_elements_between_tags_go_unless_read_or_beside_text() {
        let page = "<div><span class=icon></span> <div id=ad></DIV><p>teks<i></i>kata</p>\
                    <span itemprop=author content=x></span></div>";
        assert_eq!(prepare(page), "<div><p>teks<i></i>kata</p><span itemprop=author content=x></span></div>");
    }

    #[test]
    fn the_longest_read_attribute_fits_the_quick_test() {
        assert!(READ_ATTRIBUTES
            .iter()
            .all(|a| a.len() <= 11 && is_read_attribute(a.to_uppercase().as_bytes())));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_cap() {
        let n = MAX_DEPTH + 500;
        let page = format!("{}<p>Isi</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let limited = prepare(&page);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
        assert!(limited.contains("Isi"));
    }
}
