//! Statement units: the quotes and sentences of a story's articles, each with the features
//! that carry across wording and language (terms, numbers, speaker, hedging).

use std::collections::{BTreeSet, HashMap};

use jejak_model::{Certainty, Quote, Relay, Span};
use jejak_text::{terms, Lang};

use crate::StoryArticle;

/// One quote, sentence or headline of one article.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Index into the ordered story articles.
    pub article: usize,
    /// Body paragraph, or `None` for the headline.
    pub paragraph: Option<usize>,
    pub span: Span,
    pub text: String,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub certainty: Option<Certainty>,
    pub venue: Option<String>,
    pub via: Vec<Relay>,
    /// Worded as hearsay or attribution ("disebutkan", "ada laporan", "reportedly").
    pub hedged: bool,
    /// Numbers the unit states, normalised to plain values.
    pub numbers: Vec<Number>,
    /// Stemmed, alias-normalised content terms, with counts.
    pub terms: HashMap<String, f32>,
}

/// A number as a statement makes it: its value and how exactly it is meant.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub qualifier: Qualifier,
    /// The text that stated it, for reports.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    Approximately,
    Almost,
}

impl Unit {
    pub fn is_headline(&self) -> bool {
        self.paragraph.is_none()
    }

    pub fn is_attributed(&self) -> bool {
        self.speaker.is_some() || self.certainty.is_some()
    }
}

/// Words that mark a statement as reported rather than established, Indonesian and English.
const HEDGES: &[&str] = &[
    "disebutkan",
    "disebut",
    "dikabarkan",
    "dilaporkan",
    "kabarnya",
    "konon",
    "diduga",
    "diklaim",
    "klaim",
    "mengklaim",
    "laporan",
    "reportedly",
    "allegedly",
    "claimed",
    "claims",
    "reports",
    "report",
    "rumoured",
    "rumored",
    "purportedly",
    "menurut",
    "according",
];

fn is_hedged(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| HEDGES.contains(&w.to_lowercase().as_str()))
}

fn lang_of(article: &jejak_model::Article) -> Lang {
    article.lang.as_deref().map(Lang::from_code).unwrap_or(Lang::Other)
}

/// Splits a paragraph into sentence spans (byte offsets). Keeps decimal points, initials
/// and common abbreviations inside sentences.
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    const ABBREVIATIONS: &[&str] =
        &["dr", "prof", "h", "no", "rp", "dll", "dsb", "jl", "mr", "mrs", "ms", "st", "vs", "u.s", "a.n"];
    let mut spans = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(i + 1).map(|&(_, c)| c);
        // Closing quotes and brackets stay with the sentence they end.
        let mut end = pos + c.len_utf8();
        let mut j = i + 1;
        while let Some(&(p, q)) = chars.get(j) {
            if matches!(q, '"' | '”' | '\'' | '’' | ')') {
                end = p + q.len_utf8();
                j += 1;
            } else {
                break;
            }
        }
        let followed_by_space = chars.get(j).is_none_or(|&(_, c)| c.is_whitespace());
        if c == '.' && next.is_some_and(|n| n.is_ascii_digit()) || !followed_by_space {
            continue;
        }
        let word_before: String = text[start..pos]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .trim_start_matches(['(', '"', '“'])
            .to_lowercase();
        if c == '.' && (ABBREVIATIONS.contains(&word_before.as_str()) || word_before.chars().count() == 1) {
            continue;
        }
        if text[start..end].trim().is_empty() {
            continue;
        }
        spans.push(trimmed(text, start, end));
        start = end;
    }
    if !text[start..].trim().is_empty() {
        spans.push(trimmed(text, start, text.len()));
    }
    spans
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let tail = slice.len() - slice.trim_end().len();
    Span { start: start + lead, end: end - tail }
}

/// Numbers in a statement. Indonesian texts use "." for thousands and "," for decimals;
/// English the other way round; scale words ("ribu", "juta", "million") multiply.
pub(crate) fn numbers(text: &str, lang: Lang) -> Vec<Number> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, raw) in words.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(mut value) = plain_number(word, lang).or_else(|| word_number(word)) else {
            continue;
        };
        let next = words.get(i + 1).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        let scale = match next.as_deref() {
            Some("ribu" | "rb" | "thousand") => 1e3,
            Some("juta" | "million" | "jt") => 1e6,
            Some("miliar" | "milyar" | "billion") => 1e9,
            Some("triliun" | "trillion") => 1e12,
            _ => 1.0,
        };
        value *= scale;
        // A bare year reads as a number but states no quantity.
        if scale == 1.0 && (1900.0..=2100.0).contains(&value) && !word.contains(['.', ',']) {
            continue;
        }
        let before: Vec<String> = words[i.saturating_sub(2)..i].iter().map(|w| w.to_lowercase()).collect();
        let before = before.join(" ");
        let qualifier =
            if before.ends_with("lebih dari") || before.ends_with("more than") || before.ends_with("over") {
                Qualifier::AtLeast
            } else if before.ends_with("kurang dari")
                || before.ends_with("less than")
                || before.ends_with("under")
            {
                Qualifier::AtMost
            } else if before.ends_with("hampir") || before.ends_with("nearly") || before.ends_with("almost") {
                Qualifier::Almost
            } else if before.ends_with("sekitar")
                || before.ends_with("about")
                || before.ends_with("around")
                || before.ends_with("kira-kira")
            {
                Qualifier::Approximately
            } else {
                Qualifier::Exact
            };
        let text =
            if scale == 1.0 { word.to_string() } else { format!("{word} {}", next.unwrap_or_default()) };
        out.push(Number { value, qualifier, text });
    }
    out
}

fn plain_number(word: &str, lang: Lang) -> Option<f64> {
    if !word.starts_with(|c: char| c.is_ascii_digit())
        || !word.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (thousands, decimal) = if lang == Lang::En { (',', '.') } else { ('.', ',') };
    let cleaned: String =
        word.chars().filter(|&c| c != thousands).map(|c| if c == decimal { '.' } else { c }).collect();
    cleaned.parse().ok()
}

fn word_number(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "selusin" | "dozen" => 12.0,
        "seratus" | "hundred" => 100.0,
        "seribu" => 1000.0,
        "sejuta" => 1e6,
        _ => return None,
    })
}

/// Every unit of the story: headlines, quotes, and sentences outside quotes.
pub(crate) fn story_units(articles: &[StoryArticle<'_>]) -> Vec<Unit> {
    let mut units = Vec::new();
    for (index, sa) in articles.iter().enumerate() {
        let article = sa.article;
        let lang = lang_of(article);
        let make = |paragraph: Option<usize>, span: Span, text: &str, quote: Option<&Quote>| Unit {
            article: index,
            paragraph,
            span,
            text: text.to_string(),
            speaker: quote.and_then(|q| q.speaker.clone()),
            cue: quote.and_then(|q| q.cue.clone()),
            certainty: quote.map(|q| q.certainty),
            venue: quote.and_then(|q| q.venue.clone()),
            via: quote.map(|q| q.via.clone()).unwrap_or_default(),
            hedged: quote.is_some_and(|q| q.certainty == Certainty::Hedged) || is_hedged(text),
            numbers: numbers(text, lang),
            terms: term_counts(text, lang),
        };
        if let Some(title) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
            units.push(make(None, Span { start: 0, end: title.len() }, title, None));
        }
        for (p, paragraph) in article.body.iter().enumerate() {
            let quotes: Vec<&Quote> =
                sa.quotes.iter().filter(|q| q.paragraph == p && q.span.end <= paragraph.len()).collect();
            let sentences = sentence_spans(paragraph);
            for span in sentences {
                // A sentence carrying a quote is that quote's unit: its speaker and chain
                // belong to the whole sentence.
                let quote =
                    quotes.iter().find(|q| q.span.start < span.end && span.start < q.span.end).copied();
                units.push(make(Some(p), span, &paragraph[span.start..span.end], quote));
            }
        }
    }
    units
}

fn term_counts(text: &str, lang: Lang) -> HashMap<String, f32> {
    let mut counts = HashMap::new();
    for t in terms(text, lang) {
        if t.chars().count() > 1 {
            *counts.entry(t).or_insert(0.0) += 1.0;
        }
    }
    counts
}

/// Inverse document frequency of each term over the units, for weighting similarity.
pub(crate) fn idf(units: &[Unit]) -> HashMap<String, f32> {
    let mut df: HashMap<&str, usize> = HashMap::new();
    for unit in units {
        let distinct: BTreeSet<&str> = unit.terms.keys().map(String::as_str).collect();
        for t in distinct {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    let n = units.len().max(1) as f32;
    df.into_iter().map(|(t, d)| (t.to_string(), ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_abbreviations_and_decimals() {
        let text = "Dr. Ani datang pukul 10.30 WIB. Harga naik 1,3 persen! “Kami siap,” katanya.";
        let got: Vec<&str> = sentence_spans(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            ["Dr. Ani datang pukul 10.30 WIB.", "Harga naik 1,3 persen!", "“Kami siap,” katanya."]
        );
    }

    #[test]
    fn numbers_are_normalised_with_their_qualifier() {
        let cases: &[(&str, Lang, f64, Qualifier)] = &[
            ("siap mengirim 100.000 tentara", Lang::Id, 100_000.0, Qualifier::Exact),
            ("hingga 100 ribu pasukan", Lang::Id, 100_000.0, Qualifier::Exact),
            ("hampir 1,3 juta personel", Lang::Id, 1_300_000.0, Qualifier::Almost),
            ("lebih dari 600 ribu personel", Lang::Id, 600_000.0, Qualifier::AtLeast),
            ("nearly 1.3 million troops", Lang::En, 1_300_000.0, Qualifier::Almost),
            ("selusin HIMARS", Lang::Id, 12.0, Qualifier::Exact),
        ];
        for &(text, lang, value, qualifier) in cases {
            let got = numbers(text, lang);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!((got[0].value, got[0].qualifier), (value, qualifier), "{text}");
        }
        assert!(numbers("pada 2019 lalu", Lang::Id).is_empty(), "years are not quantities");
    }
}
