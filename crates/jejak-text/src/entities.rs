//! Names and their aliases: "Korut" = "Korea Utara" = "North Korea".
//!
//! News names one entity many ways: Indonesian and English names, abbreviations the press
//! coins ("Korut", "AS", "PBB"), spelling variants ("Donbas"/"Donbass"). Story linking and
//! claim comparison must see one entity, so every alias maps to one canonical key (the
//! English name, lowercase). The table is small and hand-written; names it does not know
//! are their own key, normalized.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;
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
    ALIAS_INDEX.get(&key).map_or(key, |c| (*c).to_string())
}

/// Whether a name is in the alias table.
pub fn is_known_entity(name: &str) -> bool {
    ALIAS_INDEX.contains_key(&normalize(name.trim()))
}

/// A name mentioned in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub text: String,
    pub canonical: String,
    pub start: usize,
    pub end: usize,
}

static NAME_RUN: Lazy<Regex> = Lazy::new(|| {
    // Capitalized words (or all-caps abbreviations), joined by spaces or hyphens, with
    // lowercase linking particles inside a run ("Dewan Hubungan Luar Negeri", "Kim Jong-un").
    Regex::new(
        r"\b\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+(?:(?:bin|van|de|al|von|der|of|the)\s+)?\p{Lu}[\p{L}\p{N}'’.\-]*)*",
    )
    .expect("valid regex")
});

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

/// Capitalized names in a text (people, places, organizations, media), with the alias
/// table's canonical key. Sentence-initial function words are not names.
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in NAME_RUN.find_iter(text) {
        let mut raw = m.as_str().trim_end_matches(['.', '-', '\'', '’']);
        let mut start = m.start();
        // Drop a leading function word ("Menurut New York Post" → "New York Post").
        if let Some((first, rest)) = raw.split_once(char::is_whitespace) {
            if NOT_NAMES.contains(&normalize(first).as_str()) {
                start += raw.len() - rest.len();
                raw = rest.trim_start();
            }
        }
        if raw.is_empty() || NOT_NAMES.contains(&normalize(raw).as_str()) {
            continue;
        }
        if raw.chars().count() < 2 {
            continue;
        }
        out.push(Mention {
            text: raw.to_string(),
            canonical: canonical_entity(raw),
            start,
            end: start + raw.len(),
        });
    }
    out
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
}
