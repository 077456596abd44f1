//! Which outlet a page belongs to: the caller's word, the URL's host, or the outlet's own
//! name as the page text prints it ("MOSKWA, KOMPAS.com –", "Kompas.com - 08/08/2022",
//! "AKURAT.CO", "JAKARTA (ANTARA) -").

use once_cell::sync::Lazy;
use regex::Regex;

use crate::ExtractOptions;

/// An outlet as found on a page: a display name and the lowercase key the boilerplate
/// model and the store group by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundOutlet {
    pub name: String,
    pub key: String,
}

impl FoundOutlet {
    fn new(name: &str) -> FoundOutlet {
        FoundOutlet { name: name.to_string(), key: name.to_lowercase() }
    }
}

/// "CITY, OUTLET.com –", "CITY (OUTLET) –", "CITY, OUTLET –", "CITY, Region —" or "CITY —" at
/// the start of the first paragraph. All but the last two name an outlet.
pub(crate) static DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?P<city>[A-Z][A-Z.'’\- ]{1,40}?)(?:,\s*(?P<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z]{2,10}){1,2})|\s*\((?P<agency>[A-Za-z][A-Za-z .]{1,30})\)|,\s*(?P<agency2>[A-Z][A-Z0-9]{3,})|,\s*(?P<region>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}))?\s*[–—\-]+\s+",
    )
    .expect("valid regex")
});

/// An upper-case domain that opens a paragraph without a city: "AKURAT.CO  Korea Utara…".
pub(crate) static DOMAIN_PREFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<domain>[A-Z0-9][A-Z0-9\-]*(?:\.[A-Z]{2,10}){1,2})(?:\s*[–—\-:|]\s*|\s+)")
        .expect("valid regex")
});

/// "Kompas.com - 08/08/2022, 23:31 WIB": a site name opening a date line.
static SITE_BEFORE_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,10}){1,2})\s*[–—\-|,]\s*\S*\d")
        .expect("valid regex")
});

/// An outlet naming itself in its own promotions, the last resort for page text: "Subscribe
/// to The Harbour Times for …", "Download the Harbour Times app", "Berlangganan Warta Contoh
/// untuk …", "Unduh aplikasi Warta Contoh". (Not a copyright line: it names the publishing
/// company as often as the outlet, "© 2026 Harbour Media Group".)
static SELF_NAMED: Lazy<Vec<Regex>> = Lazy::new(|| {
    const NAME: &str = r"(?P<name>\p{Lu}[\w.&'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\w.&'’\-]*){0,4})";
    [
        r"^(?:Subscribe to|Berlangganan(?: ke)?)\s+NAME\s+(?:for|to|today|now|untuk|sekarang)\b",
        r"^Download (?:the )?NAME app\b",
        r"^Unduh aplikasi NAME",
    ]
    .iter()
    .map(|pattern| Regex::new(&pattern.replace("NAME", NAME)).expect("valid regex"))
    .collect()
});

/// The outlet named by the caller, the URL, or the page text, in that order of trust.
pub fn find_outlet(opts: &ExtractOptions, lines: &[&str]) -> Option<FoundOutlet> {
    if let Some(outlet) = opts.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return Some(FoundOutlet::new(outlet));
    }
    if let Some(host) = opts.url.as_deref().and_then(host_of) {
        return Some(FoundOutlet::new(&host));
    }
    let from_text = lines.iter().take(80).find_map(|line| {
        if let Some(c) = DATELINE.captures(line) {
            if let Some(m) = c.name("domain").or(c.name("agency")).or(c.name("agency2")) {
                return Some(m.as_str().to_string());
            }
        }
        if let Some(c) = DOMAIN_PREFIX.captures(line) {
            return Some(c["domain"].to_string());
        }
        SITE_BEFORE_DATE.captures(line).map(|c| c["domain"].to_string())
    });
    let from_text = match from_text {
        Some(found) => display_name(&found, lines),
        None => self_named(lines)?,
    };
    Some(FoundOutlet::new(&from_text))
}

/// The name an outlet gives itself in a promotion near the top or the foot of the page (see
/// `SELF_NAMED`).
fn self_named(lines: &[&str]) -> Option<String> {
    const EDGE_LINES: usize = 40;
    let foot = lines.len().saturating_sub(EDGE_LINES).max(EDGE_LINES.min(lines.len()));
    lines.iter().take(EDGE_LINES).chain(&lines[foot..]).find_map(|line| {
        SELF_NAMED
            .iter()
            .find_map(|re| re.captures(line))
            .map(|c| c["name"].trim_end_matches('.').to_string())
    })
}

/// Lowercase key of the outlet of a page, from the caller's hint, the URL's host or the text.
pub fn outlet_key(opts: &ExtractOptions, text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    find_outlet(opts, &lines).map(|o| o.key)
}

/// The host of a URL, lowercase, without "www.".
pub(crate) fn host_of(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    Some(host)
}

/// The way the page itself writes the name when it also writes it in mixed case
/// ("Kompas.com" rather than the dateline's "KOMPAS.com"); else "Akurat.co" for "AKURAT.CO".
fn display_name(found: &str, lines: &[&str]) -> String {
    let mixed = |s: &str| s.chars().any(char::is_uppercase) && s.chars().any(char::is_lowercase);
    for line in lines.iter().take(80) {
        for (start, _) in line.char_indices() {
            match line.get(start..start + found.len()) {
                Some(candidate) if candidate.eq_ignore_ascii_case(found) && mixed(candidate) => {
                    return candidate.to_string()
                }
                _ => {}
            }
        }
    }
    if mixed(found) {
        return found.to_string();
    }
    let lower = found.to_lowercase();
    let mut chars = lower.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(lines: &[&str]) -> Option<String> {
        find_outlet(&ExtractOptions::default(), lines).map(|o| o.name)
    }

    #[test]
    fn outlet_from_page_text() {
        assert_eq!(
            outlet(&["Kompas.com - 08/08/2022, 23:31 WIB", "MOSKWA, KOMPAS.com – Teks."]).as_deref(),
            Some("Kompas.com")
        );
        assert_eq!(outlet(&["AKURAT.CO  Korea Utara telah menawarkan."]).as_deref(), Some("Akurat.co"));
        assert_eq!(outlet(&["JAKARTA (ANTARA) - Pemerintah menyatakan."]).as_deref(), Some("Antara"));
        assert_eq!(outlet(&["Tidak ada nama di sini."]), None);
        // (the outlet's own promotions, when nothing else names it; not the publisher's copyright)
        let promo = ["Subscribe to The Harbour Times for unlimited access.", "PIER — The ferry ran late."];
        assert_eq!(outlet(&promo).as_deref(), Some("The Harbour Times"));
        assert_eq!(outlet(&["Teks.", "© 2026 Harbour Media Group. All rights reserved."]), None);
        assert_eq!(outlet(&["Unduh aplikasi Warta Contoh di ponsel Anda."]).as_deref(), Some("Warta Contoh"));
        assert_eq!(outlet(&["Subscribe to our newsletter for updates."]), None);
    }

    #[test]
    fn caller_and_url_win() {
        let opts = ExtractOptions { url: Some("https://www.Example.co.id/a".into()), ..Default::default() };
        assert_eq!(find_outlet(&opts, &["AKURAT.CO x"]).unwrap().key, "example.co.id");
        let opts = ExtractOptions { outlet: Some("Tempo".into()), ..opts };
        assert_eq!(
            find_outlet(&opts, &[]).unwrap(),
            FoundOutlet { name: "Tempo".into(), key: "tempo".into() }
        );
    }
}
