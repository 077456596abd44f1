//! Line-level rules for body paragraphs: portal boilerplate lines ("Baca juga:", "Read
//! more", "ADVERTISEMENT"), byline label lines ("Penulis: ..."), caption credit lines and
//! the dateline that opens a wire story ("JAKARTA, KOMPAS.com -").

use once_cell::sync::Lazy;
use regex::Regex;

/// Named patterns of lines that are never article text. The name is reported in
/// `Extraction.dropped` so `--explain` can say which rule fired.
static BOILERPLATE_LINES: Lazy<Vec<(&'static str, Regex)>> = Lazy::new(|| {
    let rules: &[(&str, &str)] = &[
        (
            "baca_juga",
            r"(?i)^\W*(baca|simak|lihat|tonton|saksikan|cek)\s+(juga|pula|selengkapnya|video|berita|artikel)\b",
        ),
        (
            "read_also",
            r"(?i)^\W*(read|see|watch|related)\s*(more|also|next|:)|^\W*(also read|more on this|recommended|related (stories|articles|coverage|topics))\b",
        ),
        (
            "advertisement",
            r"(?i)^\W*(advertisement|advertisment|iklan|sponsored|scroll to (continue|resume)|continue reading( below)?|story continues below|artikel berlanjut|lanjut(kan)? membaca|konten promosi|\[ad\])\W*$",
        ),
        (
            "follow_us",
            r"(?i)^\W*(follow|ikuti|like|subscribe|sign up|daftar|langganan|berlangganan|gabung|join)\b.{0,60}\b(us|kami|instagram|twitter|facebook|telegram|whatsapp|google news|newsletter|channel|youtube|tiktok|update)\b",
        ),
        (
            "get_updates",
            r"(?i)^\W*(dapatkan|download|unduh|klik|install)\b.{0,40}\b(update|berita|aplikasi|app|di sini|disini|here)\b",
        ),
        (
            "share",
            r"(?i)^\W*(share|bagikan|share this|share on|tweet|email this|print|cetak|copy link|salin tautan)\W*$",
        ),
        ("copyright", r"(?i)^\W*(©|\(c\)|copyright|hak cipta)\b"),
        ("all_rights", r"(?i)all rights reserved"),
        (
            "comments",
            r"(?i)^\W*(\d+\s+)?(komentar|comments?|tulis komentar|leave a (comment|reply)|post a comment|show comments)\W*$",
        ),
        ("tags", r"(?i)^\W*(tags?|topik|topic|tag terkait|kata kunci|keywords?)\s*:"),
        (
            "editor_pick",
            r"(?i)^\W*(pilihan editor|editor'?s picks?|berita terkait|artikel terkait|terpopuler|terkini|most (read|popular)|trending( now)?)\W*$",
        ),
        ("cookies", r"(?i)\b(we use cookies|this (web)?site uses cookies|kami menggunakan cookie)\b"),
        ("enable_js", r"(?i)^(please )?enable javascript|^javascript is (disabled|required)"),
        ("editor_initials", r"(?i)^\(\s*[a-z]{2,5}(\s*/\s*[a-z]{2,5})+\s*\)$|^\(\s*[a-z]{2,5}\s*\)$"),
        (
            "image_credit",
            r"(?i)^\W*(foto|photo|image|gambar|ilustrasi|sumber foto|credit|kredit)\s*:\s*\S.{0,100}$",
        ),
    ];
    rules.iter().map(|(n, r)| (*n, Regex::new(r).expect("valid regex"))).collect()
});

/// The rule a paragraph breaks, if it is a boilerplate line.
pub(crate) fn boilerplate_rule(line: &str) -> Option<&'static str> {
    // Long paragraphs are article text even when they start like a rule ("Lihat juga
    // bagaimana ..."), except the link-list rules that portals append with many titles.
    let long = line.chars().count() > 160;
    for (name, re) in BOILERPLATE_LINES.iter() {
        if long && !matches!(*name, "baca_juga" | "copyright" | "all_rights" | "cookies") {
            continue;
        }
        if long && *name == "baca_juga" && !line.contains(':') {
            continue;
        }
        if re.is_match(line) {
            return Some(name);
        }
    }
    None
}

/// A standalone heading after which a page carries no more article text ("Tags",
/// "Related articles", "Comments").
pub(crate) fn is_terminator(line: &str) -> bool {
    static END: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^\W*(tags?|topik|topics?|kata kunci|keywords|related( articles| stories| posts| news| content)?|comments?|\d+ comments?|komentar|share this( article| story| post)?|leave a (comment|reply)|berita terkait|artikel terkait|berita lainnya|you (may|might) also like|more from [\w .]{1,30}|recommended( for you| stories)?|read next|up next|latest news|most popular)\W*$")
            .expect("valid regex")
    });
    line.chars().count() <= 40 && END.is_match(line)
}

/// A caption-credit line kept as a caption rather than body ("Foto: ANTARA/...").
pub(crate) fn is_credit_line(line: &str) -> bool {
    boilerplate_rule(line) == Some("image_credit")
}

static LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\W*(penulis|reporter|editor|pewarta|redaktur|editing|kontributor|author|written by|writer|oleh|by|laporan wartawan|laporan)\s*[:：]?\s*(.{2,120})$",
    )
    .expect("valid regex")
});

/// A byline label line ("Penulis: Ani Rahma", "Reporter: X | Editor: Y", "By Jane Doe"):
/// the label and the names it gives. Lines that only start with "by"/"oleh" count only when
/// what follows looks like names.
pub(crate) fn label_names(line: &str) -> Option<(String, Vec<String>)> {
    if line.chars().count() > 160 {
        return None;
    }
    let mut out = Vec::new();
    let mut label = None;
    for part in line.split(['|', '/', '•']) {
        let part = part.trim();
        let Some(c) = LABEL.captures(part) else {
            if label.is_some() && !part.is_empty() {
                // "Reporter: A / B": continuation names.
                out.extend(clean_names(part));
                continue;
            }
            return None;
        };
        let word = c[1].to_lowercase();
        let explicit_colon = part[c.get(1).map_or(0, |m| m.end())..].trim_start().starts_with([':', '：']);
        if !explicit_colon && !matches!(word.as_str(), "by" | "oleh" | "written by" | "laporan wartawan") {
            return None;
        }
        let names = clean_names(&c[2]);
        if names.is_empty() {
            return None;
        }
        label.get_or_insert(word);
        out.extend(names);
    }
    label.map(|l| (l, out))
}

/// Splits "A, B and C" / "A dan B" into names and keeps those that look like names
/// (1-6 words, mostly capitalised, no sentence punctuation).
pub(crate) fn clean_names(s: &str) -> Vec<String> {
    static SPLIT: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)\s*(?:,|;|&|\band\b|\bdan\b)\s*").expect("valid regex"));
    static PREFIX: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^\W*(by|oleh|penulis|reporter|editor|author|written by)\s*[:：]?\s+")
            .expect("valid regex")
    });
    static WEEKDAY_TAIL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)\s*\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$|\s*\d.*$")
            .expect("valid regex")
    });
    let s = PREFIX.replace(s.trim(), "");
    let s = WEEKDAY_TAIL.replace(&s, "");
    let mut out = Vec::new();
    for part in SPLIT.split(&s) {
        let name = part.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '.').trim();
        if looks_like_name(name) {
            out.push(name.to_string());
        }
    }
    out
}

pub(crate) fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || name.chars().count() > 60 || name.chars().count() < 2 {
        return false;
    }
    if name.contains(['!', '?', '"', '“', '”', '@', '/', '=', ':'])
        || name.starts_with("http")
        || name.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        .count();
    capitalised * 2 >= words.len()
}

static DATELINE_PLACE_OUTLET: Lazy<Regex> = Lazy::new(|| {
    // "JAKARTA, KOMPAS.com -", "Bandarlampung, Lampung (ANTARA News) -", "WASHINGTON (Reuters) -",
    // "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -"
    Regex::new(
        r"^(\p{Lu}[\p{L}'.]*(?:[ -]\p{Lu}[\p{L}'.]*){0,3}(?:,\s*\p{Lu}[\p{L}'.]*(?:[ -]\p{Lu}[\p{L}'.]*){0,2})?)(?:,\s*\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?)?\s*(?:,\s*([\p{L}\d.]*\.(?i:com|co|id|co\.id|tv|net|news)\b[\p{L}.]*|[\p{Lu}\d][\p{L}\d.]{2,}(?:\s\p{Lu}[\p{L}]+)?)\s*|\s*\(([^()]{2,40})\)\s*)[-–—]{1,3}\s+",
    )
    .expect("valid regex")
});
static DATELINE_OUTLET_PLACE: Lazy<Regex> = Lazy::new(|| {
    // "REPUBLIKA.CO.ID, JAKARTA --", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -",
    // "VIVA.co.id, Jakarta -", "Jakarta, CNN Indonesia --"
    Regex::new(
        r"^([\p{L}\d]+\.(?i:com|co|id|co\.id|tv|net|news)(?:\.[\p{L}]+)*|[\p{Lu}\d]{3,}(?:\s[\p{Lu}][\p{L}]+)?)\s*,\s*(\p{Lu}[\p{L}'.]*(?:[ -]\p{Lu}[\p{L}'.]*){0,3})\s*[-–—]{1,3}\s+",
    )
    .expect("valid regex")
});
static DATELINE_BARE: Lazy<Regex> = Lazy::new(|| {
    // detik: "Jakarta - Presiden ...": one to three capitalised words then a dash.
    Regex::new(r"^(\p{Lu}[\p{L}'.]*(?:\s\p{Lu}[\p{L}'.]*){0,2})\s+[-–—]{1,3}\s+\S").expect("valid regex")
});

/// Splits a dateline off the first paragraph: (place, rest of the paragraph).
///
/// Choice: the place goes to `Article.dateline` in upper case (outlets write "JAKARTA",
/// "Jakarta" and "Bandarlampung, Lampung"; one spelling groups better), and the body keeps
/// the paragraph without the dateline and outlet credit, so the lead reads as a sentence.
pub(crate) fn split_dateline(par: &str) -> Option<(String, String)> {
    if par.chars().count() < 30 {
        return None;
    }
    static DOMAIN_FIRST: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?i)^[\p{L}\d]+\.(?:com|co|id|tv|net|news)\b").expect("valid regex"));
    let outlet_first = if DOMAIN_FIRST.is_match(par) { DATELINE_OUTLET_PLACE.captures(par) } else { None };
    let (place, end) = if let Some(c) = outlet_first {
        (c.get(2)?.as_str().to_string(), c.get(0)?.end())
    } else if let Some(c) = DATELINE_PLACE_OUTLET.captures(par) {
        let place = c.get(1)?.as_str();
        // "Senin (8/8/2022) -" would be a weekday, not a place.
        if is_weekday(place) {
            return None;
        }
        (place.to_string(), c.get(0)?.end())
    } else if let Some(c) = DATELINE_OUTLET_PLACE.captures(par) {
        (c.get(2)?.as_str().to_string(), c.get(0)?.end())
    } else if let Some(c) = DATELINE_BARE.captures(par) {
        let place = c.get(1)?.as_str();
        if is_weekday(place) || place.split_whitespace().count() > 3 {
            return None;
        }
        (
            place.to_string(),
            c.get(1)?.end()
                + par[c.get(1)?.end()..]
                    .find(|ch: char| !ch.is_whitespace() && !matches!(ch, '-' | '–' | '—'))?,
        )
    } else {
        return None;
    };
    let rest = par[end..].trim().to_string();
    if rest.is_empty() {
        return None;
    }
    Some((place.trim().to_uppercase(), rest))
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "senin"
            | "selasa"
            | "rabu"
            | "kamis"
            | "jumat"
            | "sabtu"
            | "minggu"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_lines_are_named() {
        assert_eq!(boilerplate_rule("Baca juga: Harga BBM naik lagi"), Some("baca_juga"));
        assert_eq!(boilerplate_rule("BACA JUGA"), Some("baca_juga"));
        assert_eq!(boilerplate_rule("ADVERTISEMENT"), Some("advertisement"));
        assert_eq!(boilerplate_rule("Simak juga video berikut"), Some("baca_juga"));
        assert_eq!(boilerplate_rule("Read more: Markets slide"), Some("read_also"));
        assert_eq!(boilerplate_rule("Dapatkan update berita pilihan setiap hari"), Some("get_updates"));
        assert_eq!(boilerplate_rule("Follow us on Twitter"), Some("follow_us"));
        assert_eq!(boilerplate_rule("Presiden Joko Widodo mengatakan hal itu di Jakarta."), None);
    }

    #[test]
    fn label_lines_give_names() {
        let (l, n) = label_names("Penulis: Ani Rahma | Editor: Budi Santoso").unwrap();
        assert_eq!(l, "penulis");
        assert_eq!(n, vec!["Ani Rahma", "Budi Santoso"]);
        let (_, n) = label_names("By Jane Doe and John Roe").unwrap();
        assert_eq!(n, vec!["Jane Doe", "John Roe"]);
        assert!(label_names("By the end of the year the price had doubled.").is_none());
    }

    #[test]
    fn datelines() {
        let d = |s: &str| split_dateline(s).map(|(p, r)| format!("{p} | {}", &r[..10]));
        assert_eq!(
            d("JAKARTA, KOMPAS.com - Menteri Pendayagunaan Aparatur").unwrap(),
            "JAKARTA | Menteri Pe"
        );
        assert_eq!(d("JAKARTA (ANTARA) - Pemerintah menetapkan harga baru").unwrap(), "JAKARTA | Pemerintah");
        assert_eq!(
            d("WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted").unwrap(),
            "WASHINGTON | The U.S. S"
        );
        assert_eq!(
            d("Bandarlampung, Lampung (ANTARA News) - Petugas Polda Lampung").unwrap(),
            "BANDARLAMPUNG, LAMPUNG | Petugas Po"
        );
        assert_eq!(
            d("REPUBLIKA.CO.ID, JAKARTA -- Aktris dan sutradara Marcella").unwrap(),
            "JAKARTA | Aktris dan"
        );
        assert_eq!(
            d("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia (WHO)").unwrap(),
            "JAKARTA | Organisasi"
        );
        assert_eq!(
            d("Liputan6.com, Jakarta - Penyanyi Taylor Swift memeluk").unwrap(),
            "JAKARTA | Penyanyi T"
        );
        assert_eq!(d("Jakarta - Galaxy S6 Edge, dengan material premium").unwrap(), "JAKARTA | Galaxy S6 ");
        assert!(d("Pendiri Facebook, Mark Zuckerberg dikabarkan menanggapi").is_none());
    }
}
