//! A cap on element nesting before the HTML parser sees the page.
//!
//! The HTML5 tree builder checks the stack of open elements on many tags, so a page nested
//! 100,000 levels deep costs time quadratic in its depth (minutes). No article needs more
//! than a few hundred levels; browsers cap their DOM depth too (Chromium at 512). Tags that
//! would open an element deeper than the cap are left out, with their closing tags.

use std::borrow::Cow;

/// Deepest element nesting kept.
pub(crate) const MAX_DEPTH: usize = 1024;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];

/// The page with tags beyond `MAX_DEPTH` removed; borrowed unchanged when it is shallower.
pub(crate) fn limit_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut dropped_open = 0usize;
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr_lt(&bytes[i..]) {
        let start = i + offset;
        let Some(len) = bytes[start..].iter().position(|&b| b == b'>') else { break };
        let end = start + len + 1;
        let tag = &html[start + 1..end - 1];
        i = end;
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if name == "script" || name == "style" {
            // Their content is text, not tags: skip to the closing tag.
            if !closing {
                if let Some(p) = find_closing(&bytes[end..], name.as_bytes()) {
                    i = end + p;
                }
            }
            continue;
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
    while let Some(p) = bytes[from..].windows(2).position(|w| w == b"</") {
        let at = from + p;
        let rest = &bytes[at + 2..];
        if rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<html><body><div><p>Teks <b>tebal</b><br>baris</p><img src=x></div>\
                    <script>if (a <b) { x = '</div>'; }</SCRIPT></body></html>";
        assert!(matches!(limit_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_cap() {
        let n = MAX_DEPTH + 500;
        let page = format!("{}<p>Isi</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let limited = limit_nesting(&page);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
        assert!(limited.contains("Isi"));
    }
}
