//! Stable ids: the same input always gets the same id, whichever run or machine sees it.

use url::Url;

/// First 8 bytes of the BLAKE3 hash, as 16 lowercase hex digits.
pub fn stable_id(bytes: &[u8]) -> String {
    let hash = blake3::hash(bytes);
    hash.as_bytes()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Query parameters that track readers and never change which article a URL names.
const TRACKING_PARAMS: &[&str] = &["fbclid", "gclid", "ref", "source", "amp", "page_source"];

/// The form of a URL under which one article is known: lowercase host without `www.`,
/// no fragment, no tracking parameters, no trailing slash. `None` when it is not an
/// absolute http(s) URL.
pub fn canonical_url(raw: &str) -> Option<String> {
    let mut url = Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    url.set_host(Some(&host)).ok()?;
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !k.starts_with("utm_") && !TRACKING_PARAMS.contains(&k.as_ref()))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    let _ = url.set_scheme("https");
    let mut out = url.to_string();
    if out.ends_with('/') && url.path() != "/" {
        out.pop();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        let cases = [
            ("http://www.kompas.com/read/1/a/", Some("https://kompas.com/read/1/a")),
            (
                "https://kompas.com/read/1/a?utm_source=tw&page=2#c",
                Some("https://kompas.com/read/1/a?page=2"),
            ),
            ("ftp://kompas.com/a", None),
            ("not a url", None),
        ];
        for (input, want) in cases {
            assert_eq!(canonical_url(input).as_deref(), want, "{input}");
        }
    }
}
