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
//! only for the content step to throw them away. Their elements stay, empty, so the tree
//! keeps its shape. Measured on scrapinghub-aeb (`bench/extraction/run.sh`): see
//! ARCHITECTURE.md.

use once_cell::sync::Lazy;
use std::borrow::Cow;

/// Deepest element nesting kept.
pub(crate) const MAX_DEPTH: usize = 1024;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];

/// Elements whose content is cut (scripts and styles are raw text to the parser).
const RAW_TEXT: &[&str] = &["script", "style", "svg"];

/// Page chrome whose content is cut when it holds nothing the extractor reads: menus and
/// footers are a quarter of a news page's markup and the content step drops them anyway.
const CHROME: &[&str] = &["nav", "footer", "aside"];

/// Chrome shorter than this is left alone: cutting it saves nothing.
const MIN_CHROME_BYTES: usize = 1024;

/// Markup that makes chrome worth keeping: paragraphs (a page may put its article in odd
/// places), headings, and what metadata reads (bylines, dates, breadcrumbs, next-page links).
static KEEP_CHROME: Lazy<regex::bytes::Regex> = Lazy::new(|| {
    regex::bytes::Regex::new(
        r"(?i-u)<(p|h1|article|main|time)[\s>]|author|byline|breadcrumb|pagina|next|itemprop|datetime|pubdate|publish",
    )
    .expect("valid regex")
});

/// The page with tags beyond `MAX_DEPTH` removed and the content of scripts, styles, SVG and
/// comments cut; borrowed unchanged when there is nothing to cut.
pub(crate) fn prepare(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut dropped_open = 0usize;
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr_lt(&bytes[i..]) {
        let start = i + offset;
        if bytes[start..].starts_with(b"<!--") {
            let close = find(&bytes[start + 4..], b"-->").map_or(bytes.len(), |p| start + 4 + p + 3);
            cut.push((start, close));
            i = close;
            continue;
        }
        let Some(len) = memchr::memchr(b'>', &bytes[start..]) else { break };
        let end = start + len + 1;
        let tag = &html[start + 1..end - 1];
        i = end;
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let closing = tag.starts_with('/');
        let raw = tag.trim_start_matches('/');
        let name = &raw[..raw.bytes().take_while(u8::is_ascii_alphanumeric).count()];
        if name.is_empty() || VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) || tag.ends_with('/') {
            continue;
        }
        if let Some(name) = RAW_TEXT.iter().find(|r| r.eq_ignore_ascii_case(name)) {
            // Script and style content is text, not tags: skip to the closing tag, cutting
            // what lies between unless it is the page's JSON-LD.
            if !closing {
                let content_end =
                    find_closing(&bytes[end..], name.as_bytes()).map_or(bytes.len(), |p| end + p);
                let keep = *name == "script" && tag.to_ascii_lowercase().contains("ld+json");
                if !keep && content_end > end {
                    cut.push((end, content_end));
                }
                i = content_end;
            }
            continue;
        }
        if !closing && depth < MAX_DEPTH {
            if let Some(name) = CHROME.iter().find(|c| c.eq_ignore_ascii_case(name)) {
                if let Some(content_end) = matching_close(&bytes[end..], name.as_bytes()).map(|p| end + p) {
                    // The opening tag's class counts too ("nav class=breadcrumb").
                    let region = &bytes[start..content_end];
                    if region.len() >= MIN_CHROME_BYTES && !KEEP_CHROME.is_match(region) {
                        cut.push((end, content_end));
                        // The closing tag is read next, keeping the depth count right.
                        i = content_end;
                    }
                }
            }
        }
        if closing {
            if dropped_open > 0 {
                dropped_open -= 1;
                cut.push((start, end));
            } else {
                depth = depth.saturating_sub(1);
            }
        } else if depth >= MAX_DEPTH {
            dropped_open += 1;
            cut.push((start, end));
        } else {
            depth += 1;
        }
    }
    if cut.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in cut {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
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
    fn shallow_pages_without_scripts_are_untouched() {
        let page = "<html><body><div><p>Teks <b>tebal</b><br>baris</p><img src=x></div></body></html>";
        assert!(matches!(prepare(page), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_styles_svg_and_comments_are_emptied_json_ld_kept() {
        let page =
            "<head><style>p{x:1}</style><script type=\"application/ld+json\">{\"a\":1}</script></head>\
                    <body><!-- <p>komentar</p> --><div><p>Teks</p><svg><path d=\"M0\"/></svg></div>\
                    <script>if (a <b) { x = '</div>'; }</SCRIPT></body>";
        let out = prepare(page);
        assert_eq!(
            out,
            "<head><style></style><script type=\"application/ld+json\">{\"a\":1}</script></head>\
             <body><div><p>Teks</p><svg></svg></div><script></SCRIPT></body>"
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
    fn deep_nesting_is_cut_at_the_cap() {
        let n = MAX_DEPTH + 500;
        let page = format!("{}<p>Isi</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let limited = prepare(&page);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
        assert!(limited.contains("Isi"));
    }
}
