//! Tokens and index terms: what search and story similarity compare.
//!
//! Tokens are words with case, diacritics and typographic variants folded, so that "Korut",
//! "KORUT" and "korut" match. Terms are tokens minus stopwords, stemmed: "mengirim",
//! "dikirim" and "pengiriman" all become "kirim". Negations and speech verbs are not
//! stopwords: "tidak" flips a claim and "kata" marks a quote, so later stages need them.

use crate::chars::is_alphanumeric;
use once_cell::sync::Lazy;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

use crate::Lang;

/// Folds a word for comparison: lowercase, diacritics removed ("Zaporizhzhia" stays,
/// "café" → "cafe"), typographic apostrophes unified.
pub fn normalize(word: &str) -> String {
    word.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Word tokens of a text, normalized, with their byte spans. Hyphenated words split into
/// parts ("bersiap-siap" → "bersiap", "siap"); digits stay tokens ("100", "000" for
/// "100.000": numbers are compared by `quantities`, not here).
pub fn token_spans(text: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let mut start = None;
    let mut chars = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            let word_char = is_alphanumeric(c) || (matches!(c, '\'' | '’') && start.is_some());
            match (word_char, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    let word = text[s..i].trim_end_matches(['\'', '’']);
                    return Some((s, s + word.len(), normalize(word)));
                }
                _ => {}
            }
        }
        None
    })
}

/// Normalized word tokens of a text.
pub fn tokens(text: &str) -> Vec<String> {
    token_spans(text).map(|(_, _, t)| t).collect()
}

static STOPWORDS_ID: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "ini",
        "itu",
        "akan",
        "pada",
        "dalam",
        "adalah",
        "juga",
        "telah",
        "sudah",
        "oleh",
        "bahwa",
        "atau",
        "saat",
        "tersebut",
        "bisa",
        "dapat",
        "lebih",
        "para",
        "ada",
        "sebagai",
        "serta",
        "namun",
        "tetapi",
        "tapi",
        "karena",
        "agar",
        "supaya",
        "jika",
        "kalau",
        "maka",
        "pun",
        "lagi",
        "masih",
        "sangat",
        "hanya",
        "saja",
        "sebuah",
        "seorang",
        "sejumlah",
        "nya",
        "ia",
        "dia",
        "mereka",
        "kami",
        "kita",
        "saya",
        "anda",
        "kamu",
        "beliau",
        "hal",
        "yakni",
        "yaitu",
        "bagi",
        "antara",
        "sementara",
        "sambil",
        "hingga",
        "sampai",
        "secara",
        "terhadap",
        "tentang",
        "seperti",
        "setelah",
        "sebelum",
        "ketika",
        "sejak",
        "bahkan",
        "pula",
        "kini",
        "sedang",
        "lalu",
        "kemudian",
        "tak",
        "pernah",
        "apa",
        "siapa",
        "mana",
        "bagaimana",
        "mengapa",
        "kenapa",
        "the",
        "com",
    ]
    .into_iter()
    .collect()
});

static STOPWORDS_EN: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
        "these", "those", "which", "who", "whom", "whose", "what", "there", "their", "they", "them", "he",
        "she", "his", "her", "him", "we", "our", "you", "your", "i", "my", "me", "but", "if", "so", "than",
        "then", "into", "about", "over", "after", "before", "also", "would", "could", "should", "will",
        "can", "may", "might", "do", "does", "did", "just", "up", "out", "more", "most", "some", "such",
        "only", "other", "any", "each", "all", "both", "while", "when", "where", "how", "why", "s", "com",
    ]
    .into_iter()
    .collect()
});

/// Whether a normalized token carries no meaning of its own in `lang`. Negations and
/// speech verbs are never stopwords.
pub fn is_stopword(token: &str, lang: Lang) -> bool {
    match lang {
        Lang::Id | Lang::Ms => STOPWORDS_ID.contains(token),
        Lang::En => STOPWORDS_EN.contains(token),
        Lang::Other => STOPWORDS_ID.contains(token) || STOPWORDS_EN.contains(token),
    }
}

/// Normalized, stemmed terms for search and similarity, stopwords removed.
pub fn terms(text: &str, lang: Lang) -> Vec<String> {
    token_spans(text)
        .filter(|(_, _, t)| !is_stopword(t, lang))
        .map(|(_, _, t)| crate::stem::stem(&t, lang))
        .collect()
}

/// A search query's words, each with every form an indexed text may hold it in: a short
/// query does not say its language, so "hostile" must match the English stem "hostil" and
/// "pengiriman" the Indonesian stem "kirim". Words that are stopwords in any language go.
pub fn query_terms(query: &str) -> Vec<Vec<String>> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (_, _, token) in token_spans(query) {
        if is_stopword(&token, Lang::Other) {
            continue;
        }
        let mut forms = vec![crate::stem::stem(&token, Lang::Id), crate::stem::stem(&token, Lang::En), token];
        forms.sort();
        forms.dedup();
        if !groups.contains(&forms) {
            groups.push(forms);
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_case_and_marks() {
        assert_eq!(tokens("KORUT, Korut’s café"), ["korut", "korut's", "cafe"]);
        let text = "Kim Jong-un bersulang";
        let spans: Vec<_> = token_spans(text).map(|(s, e, _)| &text[s..e]).collect();
        assert_eq!(spans, ["Kim", "Jong", "un", "bersulang"]);
    }

    #[test]
    fn terms_keep_negations_and_speech_verbs() {
        let t = terms("Dia mengatakan Rusia tidak akan mundur", Lang::Id);
        assert!(t.contains(&"tidak".to_string()), "{t:?}");
        assert!(!t.contains(&"akan".to_string()), "{t:?}");
        assert!(t.contains(&"kata".to_string()), "{t:?}");
        let t = terms("He said the troops would not go", Lang::En);
        assert!(t.contains(&"not".to_string()) && t.contains(&"said".to_string()), "{t:?}");
    }

    #[test]
    fn query_terms_match_any_language() {
        let groups = query_terms("the hostile pengiriman");
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(groups[0].contains(&terms("hostile", Lang::En)[0]));
        assert!(groups[1].contains(&terms("pengiriman", Lang::Id)[0]));
    }

    proptest::proptest! {
        #[test]
        fn token_spans_are_boundaries(text in "\\PC{0,60}") {
            for (s, e, _) in token_spans(&text) {
                proptest::prop_assert!(text.get(s..e).is_some());
            }
        }
    }
}
