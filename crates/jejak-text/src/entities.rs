//! Names and their aliases: "Korut" = "Korea Utara" = "North Korea".
//!
//! News names one entity many ways: Indonesian and English names, abbreviations the press
//! coins ("Korut", "AS", "PBB"), spelling variants ("Donbas"/"Donbass"). Story linking and
//! claim comparison must see one entity, so every alias maps to one canonical key (the
//! English name, lowercase). The table is small and hand-written; names it does not know
//! are their own key, normalized.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use serde::Serialize;

use crate::terms::normalize;

/// (canonical key, aliases). Aliases are matched normalized (lowercase, no diacritics).
const ALIASES: &[(&str, &[&str])] = &[
    ("north korea", &["korea utara", "korut", "dprk", "north korea", "n. korea", "pyongyang"]),
    ("south korea", &["korea selatan", "korsel", "south korea", "s. korea", "rok", "seoul"]),
    (
        "united states",
        &["amerika serikat", "as", "u.s.", "us", "usa", "amerika", "united states", "washington"],
    ),
    ("russia", &["rusia", "russia", "federasi rusia", "russian federation", "kremlin", "moskwa", "moscow"]),
    ("ukraine", &["ukraina", "ukraine", "kyiv", "kiev"]),
    ("china", &["china", "tiongkok", "cina", "rrt", "beijing", "prc"]),
    ("japan", &["jepang", "japan", "tokyo"]),
    ("indonesia", &["indonesia", "ri", "republik indonesia"]),
    ("malaysia", &["malaysia"]),
    ("philippines", &["filipina", "philippines"]),
    ("united kingdom", &["inggris", "britania raya", "uk", "britain", "united kingdom"]),
    ("germany", &["jerman", "germany"]),
    ("france", &["prancis", "perancis", "france"]),
    ("netherlands", &["belanda", "netherlands"]),
    ("italy", &["italia", "italy"]),
    ("spain", &["spanyol", "spain"]),
    ("finland", &["finlandia", "finland"]),
    ("canada", &["kanada", "canada"]),
    ("egypt", &["mesir", "egypt"]),
    ("new zealand", &["selandia baru", "new zealand"]),
    ("south africa", &["afrika selatan", "south africa"]),
    ("saudi arabia", &["arab saudi", "saudi arabia", "saudi"]),
    ("india", &["india"]),
    ("israel", &["israel"]),
    ("palestine", &["palestina", "palestine"]),
    ("iran", &["iran"]),
    ("turkey", &["turki", "turkey", "turkiye"]),
    ("australia", &["australia"]),
    ("singapore", &["singapura", "singapore"]),
    ("belarus", &["belarus", "belarusia"]),
    ("donbas", &["donbas", "donbass"]),
    (
        "united nations",
        &["pbb", "perserikatan bangsa-bangsa", "perserikatan bangsa bangsa", "un", "united nations"],
    ),
    ("nato", &["nato", "pakta pertahanan atlantik utara"]),
    ("european union", &["uni eropa", "ue", "eu", "european union"]),
    ("asean", &["asean"]),
    ("channel one russia", &["channel one russia", "russian channel one", "channel one", "pervyi kanal"]),
    ("council on foreign relations", &["council on foreign relations", "dewan hubungan luar negeri", "cfr"]),
    ("kim jong-un", &["kim jong-un", "kim jong un", "kim jong"]),
    ("vladimir putin", &["vladimir putin", "putin"]),
    ("joko widodo", &["joko widodo", "jokowi"]),
    ("himars", &["himars"]),
    ("west java", &["jawa barat", "jabar", "west java"]),
    ("central java", &["jawa tengah", "jateng", "central java"]),
    ("east java", &["jawa timur", "jatim", "east java"]),
    ("jakarta", &["jakarta", "dki jakarta", "dki"]),
];

static ALIAS_INDEX: Lazy<HashMap<String, &'static str>> = Lazy::new(|| {
    let mut index = HashMap::new();
    for (canonical, aliases) in ALIASES {
        for alias in *aliases {
            index.insert(normalize(alias), *canonical);
        }
    }
    index
});

/// The canonical key of a name: its entry in the alias table, else the name normalized.
pub fn canonical_entity(name: &str) -> String {
    let key = normalize(name.trim());
    let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
    // Short aliases ("AS", "UN", "RI") are words too ("as", "un"): only written in capitals.
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 3 && name.chars().any(char::is_lowercase) {
        return key;
    }
    if let Some(c) = ALIAS_INDEX.get(&key) {
        return (*c).to_string();
    }
    // Mentions lose a final dot to the sentence ("the U.S. imposed" → "U.S").
    if key.contains('.') {
        if let Some(c) = ALIAS_INDEX.get(&format!("{key}.")) {
            return (*c).to_string();
        }
    }
    key
}

/// Whether a name is in the alias table.
pub fn is_known_entity(name: &str) -> bool {
    ALIAS_INDEX.contains_key(&normalize(name.trim()))
}

/// Same person when one name's last word occurs in the other ("Korotchenko" and
/// "Igor Korotchenko").
pub fn same_person(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    let (la, lb) = (last(a), last(b));
    !la.is_empty() && (la == lb || b.to_lowercase().contains(&la) || a.to_lowercase().contains(&lb))
}

/// A name mentioned in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub text: String,
    pub canonical: String,
    pub start: usize,
    pub end: usize,
}

/// Words capitalized only because they open a sentence or are function words.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "this",
    "that",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dia",
    "ia",
    "mereka",
    "kami",
    "kita",
    "namun",
    "sementara",
    "menurut",
    "dalam",
    "pada",
    "untuk",
    "tidak",
    "ada",
    "hal",
    "kata",
    "saat",
    "jika",
    "sebelumnya",
    "selain",
    "bahkan",
    "terkait",
    "sedangkan",
    "kemudian",
    "adapun",
    "para",
];

/// Titles and administrative words written before a name, dropped when what follows them is a
/// known entity.
const TITLES: &[&str] = &[
    "presiden",
    "wakil",
    "wapres",
    "menteri",
    "menlu",
    "gubernur",
    "bupati",
    "walikota",
    "wali",
    "kota",
    "bapak",
    "pak",
    "ibu",
    "bu",
    "provinsi",
    "kabupaten",
    "negara",
    "perdana",
    "raja",
    "president",
    "vice",
    "prime",
    "minister",
    "governor",
    "senator",
    "sen",
    "gov",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Lowercase words that may sit inside a name ("Dewan Hubungan Luar Negeri" has none, "Bank
/// of Indonesia" one).
const NAME_PARTICLES: &[&str] = &["bin", "binti", "van", "de", "al", "von", "der", "of", "the"];

/// Capitalized names in a text (people, places, organizations, media), with the alias
/// table's canonical key: runs of capitalized words separated only by spaces, with
/// particles inside. Sentence-initial function words are not names.
pub fn mentions(text: &str) -> Vec<Mention> {
    let words = name_words(text);
    let capitalized = |k: usize| text[words[k].0..].starts_with(char::is_uppercase);
    let spaced = |a: usize, b: usize| text[words[a].1..words[b].0].chars().all(char::is_whitespace);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capitalized(i) {
            i += 1;
            continue;
        }
        let mut end = i;
        loop {
            let next = end + 1;
            if next < words.len() && spaced(end, next) && capitalized(next) {
                end = next;
            } else if next + 1 < words.len()
                && spaced(end, next)
                && spaced(next, next + 1)
                && NAME_PARTICLES.contains(&&text[words[next].0..words[next].1])
                && capitalized(next + 1)
            {
                end = next + 1;
            } else {
                break;
            }
        }
        push_mention(text, words[i].0, words[end].1, &mut out);
        i = end + 1;
    }
    out
}

/// Word spans for name finding: letters and digits, with apostrophes, dots and hyphens
/// inside a word ("Jong-un", "U.S.") but not at its end.
fn name_words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let inner = matches!(c, '\'' | '’' | '.' | '-');
        match (c.is_alphanumeric() || (inner && start.is_some()), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = text[s..i].trim_end_matches(['\'', '’', '.', '-']);
                if !word.is_empty() {
                    words.push((s, s + word.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

fn push_mention(text: &str, mut start: usize, end: usize, out: &mut Vec<Mention>) {
    let mut raw = &text[start..end];
    // Drop a leading function word ("Menurut New York Post" → "New York Post").
    if let Some((first, rest)) = raw.split_once(char::is_whitespace) {
        if NOT_NAMES.contains(&normalize(first).as_str()) {
            start += raw.len() - rest.len();
            raw = rest.trim_start();
            start += rest.len() - raw.len();
        }
    }
    // Drop titles before a known name ("Presiden Jokowi" → "Jokowi", "Provinsi Jawa Timur" →
    // "Jawa Timur"); unknown names keep theirs ("Menteri Pendayagunaan Aparatur Negara").
    if !is_known_entity(raw) {
        let mut rest = raw;
        while let Some((first, tail)) = rest.split_once(char::is_whitespace) {
            if !TITLES.contains(&normalize(first.trim_end_matches('.')).as_str()) {
                break;
            }
            rest = tail.trim_start();
            if is_known_entity(rest) {
                start += raw.len() - rest.len();
                raw = rest;
                break;
            }
        }
    }
    if raw.chars().count() < 2 || NOT_NAMES.contains(&normalize(raw).as_str()) {
        return;
    }
    out.push(Mention {
        text: raw.to_string(),
        canonical: canonical_entity(raw),
        start,
        end: start + raw.len(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_meet() {
        assert_eq!(canonical_entity("Korut"), canonical_entity("Korea Utara"));
        assert_eq!(canonical_entity("North Korea"), canonical_entity("korea  utara"));
        assert_eq!(canonical_entity("Donbass"), canonical_entity("Donbas"));
        assert_eq!(canonical_entity("Russian Channel One"), canonical_entity("Channel One Russia"));
        assert_eq!(canonical_entity("Igor Korotchenko"), "igor korotchenko");
    }

    #[test]
    fn mentions_in_text() {
        let text = "Menurut New York Post, Korea Utara (Korut) siap membantu Rusia.";
        let found: Vec<(String, String)> =
            mentions(text).into_iter().map(|m| (m.text, m.canonical)).collect();
        assert_eq!(
            found,
            [
                ("New York Post".to_string(), "new york post".to_string()),
                ("Korea Utara".to_string(), "north korea".to_string()),
                ("Korut".to_string(), "north korea".to_string()),
                ("Rusia".to_string(), "russia".to_string()),
            ]
        );
        for m in mentions(text) {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }

    #[test]
    fn titles_before_known_names_and_dotted_abbreviations() {
        let found = |t: &str| mentions(t).into_iter().map(|m| (m.text, m.canonical)).collect::<Vec<_>>();
        assert_eq!(found("kata Presiden Jokowi"), [("Jokowi".to_string(), "joko widodo".to_string())]);
        assert_eq!(found("di Provinsi Jawa Timur"), [("Jawa Timur".to_string(), "east java".to_string())]);
        let unknown = "Menteri Pendayagunaan Aparatur Negara";
        assert_eq!(found(unknown), [(unknown.to_string(), normalize(unknown))]);
        assert_eq!(canonical_entity("U.S"), "united states");
        assert_eq!(canonical_entity("Italia"), canonical_entity("Italy"));
    }
}
