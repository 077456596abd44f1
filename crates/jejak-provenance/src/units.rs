//! Statement units: the quotes and sentences of a story's articles, each with the features
//! that carry across wording and language (terms, numbers, speaker, hedging).

use std::collections::{BTreeSet, HashMap, HashSet};

use jejak_model::{Certainty, Quote, Relay, Span};
pub use jejak_text::Qualifier;
use jejak_text::{
    find_quantities, is_stopword, known_entity, mentions, sentences, stem, stem_id, token_spans, Lang,
};
use once_cell::sync::Lazy;

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
    /// How the article describes the speaker ("pakar militer Rusia").
    pub speaker_role: Option<String>,
    pub cue: Option<String>,
    pub certainty: Option<Certainty>,
    pub venue: Option<String>,
    pub via: Vec<Relay>,
    /// Worded as hearsay or attribution ("disebutkan", "ada laporan", "reportedly").
    pub hedged: bool,
    /// Terms the statement says are not so: the words a negation governs ("tidak ada upaya
    /// pelemahan" negates "upaya" and "lemah").
    pub negated: HashSet<String>,
    /// Numbers the unit states, normalised to plain values.
    pub numbers: Vec<Number>,
    /// Stemmed, alias-normalised content terms, with counts.
    pub terms: HashMap<String, f32>,
    /// Each term as first written in the text ("menyeleksi" for "seleksi"), for reports.
    pub surface: HashMap<String, String>,
    /// Terms that name the speaker or a relay ("sumber-sumber Rusia", "Daily NK"): who
    /// said it, set aside when two attributed statements are compared (see
    /// [`crate::claims::similarity`]).
    pub source_terms: HashSet<String>,
    /// The terms that stand inside a name ("Timor", "Leste", "Alberto"): what a statement
    /// is about, as against what it says of it (stemmed as `terms` are).
    pub names: HashSet<String>,
}

/// A number as a statement makes it: its value and how exactly it is meant.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub qualifier: Qualifier,
    /// The text that stated it, for reports.
    pub text: String,
    /// The stem of the noun it counts ("tentara" in "100.000 tentara"), if any.
    pub noun: Option<String>,
}

impl Number {
    /// Under a hundred: days, ranks and counts of a few that many unrelated facts share.
    pub fn is_small(&self) -> bool {
        self.value < 100.0
    }
}

impl Unit {
    pub fn is_headline(&self) -> bool {
        self.paragraph.is_none()
    }

    pub fn is_attributed(&self) -> bool {
        self.speaker.is_some() || self.certainty.is_some()
    }
}

/// Words that deny what the sentence is about, in either language.
const NEGATIONS: &[&str] = &[
    "tidak",
    "tak",
    "bukan",
    "belum",
    "tanpa",
    "membantah",
    "menampik",
    "menyangkal",
    "no",
    "not",
    "never",
    "denied",
    "denies",
    "deny",
    "without",
    "didn't",
    "doesn't",
    "don't",
    "isn't",
    "wasn't",
    "won't",
];

/// Content words a negation reaches: the next few after it.
const NEGATION_REACH: usize = 3;

fn negated_terms(text: &str, lang: Lang) -> HashSet<String> {
    let tokens: Vec<String> = token_spans(text).map(|(_, _, t)| t).collect();
    let mut out = HashSet::new();
    for (i, token) in tokens.iter().enumerate() {
        if NEGATIONS.contains(&token.replace('’', "'").as_str()) {
            let governed = tokens[i + 1..].iter().filter(|t| !is_stopword(t, lang)).take(NEGATION_REACH);
            out.extend(governed.map(|t| stem(t, lang)));
        }
    }
    out
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

/// Numbers a statement states, normalised by the text crate ("100 ribu" = "100.000").
/// Bare years are quantities to the text crate's reader but state no amount here.
fn numbers(text: &str) -> Vec<Number> {
    find_quantities(text)
        .into_iter()
        .filter(|q| !(q.unit.is_none() && q.qualifier == Qualifier::Exact && is_year(q)))
        .map(|q| Number {
            value: q.value,
            qualifier: q.qualifier,
            noun: q.noun.as_deref().map(stem_id),
            text: q.text,
        })
        .collect()
}

fn is_year(q: &jejak_text::Quantity) -> bool {
    q.value.fract() == 0.0 && (1900.0..=2100.0).contains(&q.value) && q.text.trim().len() == 4
}

/// Every unit of the story: headlines, quotes, and sentences outside quotes.
pub(crate) fn story_units(articles: &[StoryArticle<'_>]) -> Vec<Unit> {
    let mut units = Vec::new();
    for (index, sa) in articles.iter().enumerate() {
        let article = sa.article;
        let lang = lang_of(article);
        let make = |paragraph: Option<usize>, span: Span, text: &str, quote: Option<&Quote>| {
            let attribution: Vec<&str> = quote
                .into_iter()
                .flat_map(|q| q.speaker.as_deref().into_iter().chain(q.via.iter().map(|r| r.medium.as_str())))
                .collect();
            let TermFeatures { terms, names, surface, source_terms } =
                term_features(text, lang, &attribution);
            Unit {
                article: index,
                paragraph,
                span,
                text: text.to_string(),
                speaker: quote.and_then(|q| q.speaker.clone()),
                speaker_role: quote.and_then(|q| q.speaker_role.clone()),
                cue: quote.and_then(|q| q.cue.clone()),
                certainty: quote.map(|q| q.certainty),
                venue: quote.and_then(|q| q.venue.as_deref()).map(venue_name),
                via: quote.map(|q| q.via.clone()).unwrap_or_default(),
                hedged: quote.is_some_and(|q| q.certainty == Certainty::Hedged) || is_hedged(text),
                negated: negated_terms(text, lang),
                numbers: numbers(text),
                terms,
                surface,
                names,
                source_terms,
            }
        };
        if let Some(title) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
            units.push(make(None, Span { start: 0, end: title.len() }, title, None));
        }
        for (p, paragraph) in article.body.iter().enumerate() {
            let quotes: Vec<&Quote> =
                sa.quotes.iter().filter(|q| q.paragraph == p && q.span.end <= paragraph.len()).collect();
            for sentence in sentences(paragraph) {
                let span = Span { start: sentence.start, end: sentence.end };
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

/// Words that say who speaks or how the outlet heard it, not what is said, as
/// [`jejak_text::terms`] stems them in either language ("menurut" stems to "turut", which
/// "turut hadir" shares): two wordings of one claim seldom share them, and two different
/// claims by one speaker always do.
static SPEECH_TERMS: Lazy<HashSet<String>> = Lazy::new(|| {
    const WORDS: &[&str] = &[
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "menurut",
        "mengatakan",
        "ucap",
        "tutur",
        "mengungkapkan",
        "menyebut",
        "menyebutkan",
        "menambahkan",
        "menjelaskan",
        "mengutip",
        "dikutip",
        "dilansir",
        "membeberkan",
        "melaporkan",
        "laporan",
        "menyatakan",
        "menyampaikan",
        "menegaskan",
        "menuturkan",
        "mengklaim",
        "menilai",
        "dinilai",
        "menganggap",
        "berpendapat",
        "said",
        "says",
        "say",
        "according",
        "told",
        "added",
        "reported",
        "reportedly",
        "citing",
        "cited",
        "quoted",
        "stated",
        "claimed",
        "noted",
        "explained",
        "believes",
        "thinks",
    ];
    WORDS.iter().flat_map(|w| [stem(w, Lang::Id), stem(w, Lang::En)]).collect()
});

/// The stemmed content terms of `text` with their counts (single letters left out), and
/// the terms that stand inside a name ("Timor", "Leste", "Alberto"), read in one pass.
///
/// What is said, not who says it: speech verbs are left out, and the terms of `attribution`
/// (the speaker and the media it came through) are set apart as source terms. A name the
/// alias table knows is one term, its canonical name, whatever the wording ("Korut", "Korea
/// Utara" and "North Korea"; "pro-Rusia" holds "Russia"), and a reduplicated word
/// ("sumber-sumber") counts once.
fn term_features(text: &str, lang: Lang, attribution: &[&str]) -> TermFeatures {
    let attributed: HashSet<String> =
        attribution.iter().flat_map(|a| scan_terms(a, lang)).map(|(term, ..)| term).collect();
    let (mut counts, mut names, mut surface) = (HashMap::new(), HashSet::new(), HashMap::new());
    let mut source_terms = HashSet::new();
    for (term, word, in_name) in scan_terms(text, lang) {
        if in_name {
            names.insert(term.clone());
        }
        if term.chars().count() > 1 && !SPEECH_TERMS.contains(&term) {
            if attributed.contains(&term) {
                source_terms.insert(term.clone());
            }
            surface.entry(term.clone()).or_insert(word);
            *counts.entry(term).or_insert(0.0) += 1.0;
        }
    }
    TermFeatures { terms: counts, names, surface, source_terms }
}

struct TermFeatures {
    terms: HashMap<String, f32>,
    names: HashSet<String>,
    surface: HashMap<String, String>,
    source_terms: HashSet<String>,
}

/// Words a known name can span ("Dewan Hubungan Luar Negeri").
const MAX_NAME_WORDS: usize = 4;

/// The terms of a text in order, each with the word that wrote it and whether it stands
/// in a name: the longest name the alias table knows starting at a capitalized word (also
/// inside a longer capitalized run, as in a title-case headline) as its canonical name,
/// other words stemmed, stopwords and the second half of a reduplication left out.
fn scan_terms(text: &str, lang: Lang) -> Vec<(String, String, bool)> {
    let mentioned = mentions(text);
    let tokens: Vec<(usize, usize, String)> = token_spans(text).collect();
    let mut out = Vec::new();
    let mut i = 0;
    'tokens: while i < tokens.len() {
        let (start, end, token) = &tokens[i];
        if text[*start..].starts_with(char::is_uppercase) {
            for n in (1..=MAX_NAME_WORDS.min(tokens.len() - i)).rev() {
                let name = &text[*start..tokens[i + n - 1].1];
                if let Some(canonical) = known_entity(name) {
                    out.push((canonical, name.to_string(), true));
                    i += n;
                    continue 'tokens;
                }
            }
        }
        let reduplicated = i > 0 && tokens[i - 1].2 == *token && text[tokens[i - 1].1..*start] == *"-";
        if !reduplicated && !is_stopword(token, lang) {
            let in_name = mentioned.iter().any(|m| m.start <= *start && *end <= m.end);
            out.push((stem(token, lang), text[*start..*end].to_string(), in_name));
        }
        i += 1;
    }
    out
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
    fn numbers_are_normalised_with_their_qualifier() {
        let cases: &[(&str, f64, Qualifier)] = &[
            ("siap mengirim 100.000 tentara", 100_000.0, Qualifier::Exact),
            ("hingga 100 ribu pasukan", 100_000.0, Qualifier::AtMost),
            ("hampir 1,3 juta personel", 1_300_000.0, Qualifier::Nearly),
            ("lebih dari 600 ribu personel", 600_000.0, Qualifier::AtLeast),
            ("nearly 1.3 million troops", 1_300_000.0, Qualifier::Nearly),
            ("selusin HIMARS", 12.0, Qualifier::Exact),
        ];
        for &(text, value, qualifier) in cases {
            let got = numbers(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!((got[0].value, got[0].qualifier), (value, qualifier), "{text}");
        }
        assert!(numbers("pada 2019 lalu").is_empty(), "years are not quantities");
    }
}

/// The venue as one graph node whichever way an outlet wrote it: the last name in the
/// venue phrase, by its alias-table name when it has one ("dalam diskusi panel di Russian
/// Channel One" and "di Channel One Russia" are both "Channel One Russia").
pub(crate) fn venue_name(phrase: &str) -> String {
    match jejak_text::mentions(phrase).pop() {
        Some(m) if jejak_text::is_known_entity(&m.text) => title_case(&m.canonical),
        Some(m) => m.text,
        None => phrase.trim().to_string(),
    }
}

fn title_case(key: &str) -> String {
    key.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod venue_tests {
    use super::venue_name;

    #[test]
    fn venues_are_named_by_the_name_they_hold() {
        assert_eq!(venue_name("dalam diskusi panel di Russian Channel One"), "Channel One Russia");
        assert_eq!(venue_name("di Channel One Russia"), "Channel One Russia");
        assert_eq!(venue_name("di televisi pemerintah Rusia, Channel One"), "Channel One Russia");
        assert_eq!(venue_name("dalam rapat kerja dengan Komisi I DPR"), "Komisi I DPR");
        assert_eq!(venue_name("dalam jumpa pers"), "dalam jumpa pers");
    }
}
