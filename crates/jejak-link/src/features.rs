//! An article as a weighted feature vector: stemmed terms, canonical names, numbers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};

use jejak_text::{
    canonical_entity, detect_language, find_quantities, is_known_entity, mentions, terms, Lang,
};

use serde::{Deserialize, Serialize};

use crate::id_map::IdHasher;
use crate::LinkArticle;

/// Words of the body read for features: the top of a news article carries its event, and
/// the rest adds background shared with unrelated stories.
const BODY_WORDS: usize = 600;
/// A headline names the event in a few words: each of its terms counts as three uses in the
/// body (2.1 after the log scaling of counts), so two reports of one event whose bodies
/// tell it at different lengths still read alike by their headlines.
const TITLE_WEIGHT: f32 = 3.0;
/// A name seen once counts as a word: a person in the news is in many events, and a heavier
/// name pulled one person's different stories together (the death, the funeral visit, the
/// grave) more than it held one event's wordings apart.
const NAME_WEIGHT: f32 = 1.0;
/// Known names (in the alias table) are the same feature in every language.
const KNOWN_NAME_WEIGHT: f32 = 2.0;
const NUMBER_WEIGHT: f32 = 1.5;

/// Feature ids and document frequencies, growing as articles arrive.
///
/// Features are keyed by a 64-bit hash of their name, so the vocabulary holds no strings
/// (a collision among a million features has odds of about 1 in 10^7, and would only
/// merge two rare features). A feature seen in one article only is forgotten once no open
/// story holds it, and its id is reused: without that, the vocabulary grew with the
/// history (half of all features are seen once), not with the window.
///
/// IDF reads how often a feature was used *lately*: each use fades with time, to 1/e
/// over `memory_secs`. The words a running topic uses every day (its places, its people)
/// weigh less than the words of today's event, so the next day's turn of the topic reads
/// apart from this one; a word common a month ago is news again.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(from = "SavedVocabulary")]
pub(crate) struct Vocabulary {
    /// Not saved: `keys` without the `free` ids says it all.
    #[serde(skip_serializing)]
    ids: HashMap<u64, u32, BuildHasherDefault<IdHasher>>,
    /// Indexed by id, like the three below.
    keys: Vec<u64>,
    /// Articles ever seen with the feature: one means the feature may be forgotten.
    document_frequency: Vec<u32>,
    /// Articles seen with the feature lately, each counted as its weight at `origin`
    /// (see `growth`), so that reading a count takes a division, not an exponential.
    recent_frequency: Vec<f32>,
    /// Whether a feature means the same in every language (a name or a number).
    language_free: Vec<bool>,
    /// Ids of forgotten features, reused before new ones.
    free: Vec<u32>,
    documents: u32,
    /// All articles seen lately, counted like `recent_frequency`.
    recent_documents: f32,
    /// Seconds a use takes to fade to 1/e of its weight; 0 keeps every use whole.
    memory_secs: f32,
    /// The time recent counts are expressed at, in seconds.
    origin: i64,
    /// The clock uses fade by: the newest publication time seen, in seconds.
    now: Option<i64>,
    /// How much a use now weighs against one at `origin`: e^((now − origin)/memory). Not
    /// saved: `now` and `origin` say it.
    #[serde(skip_serializing)]
    growth: f32,
}

/// How far the clock may move past `origin`, in memories, before counts are expressed at
/// the present again: e^40 is far inside f32 and loses no precision that matters.
const MAX_GROWTH_EXPONENT: f32 = 40.0;

/// A saved [`Vocabulary`]: everything but what restoring rebuilds.
#[derive(Deserialize)]
struct SavedVocabulary {
    keys: Vec<u64>,
    document_frequency: Vec<u32>,
    recent_frequency: Vec<f32>,
    language_free: Vec<bool>,
    free: Vec<u32>,
    documents: u32,
    recent_documents: f32,
    memory_secs: f32,
    origin: i64,
    now: Option<i64>,
}

impl From<SavedVocabulary> for Vocabulary {
    fn from(saved: SavedVocabulary) -> Vocabulary {
        let free: std::collections::HashSet<u32> = saved.free.iter().copied().collect();
        let ids = (0..saved.keys.len() as u32)
            .filter(|id| !free.contains(id))
            .map(|id| (saved.keys[id as usize], id))
            .collect();
        Vocabulary {
            ids,
            keys: saved.keys,
            document_frequency: saved.document_frequency,
            recent_frequency: saved.recent_frequency,
            language_free: saved.language_free,
            free: saved.free,
            documents: saved.documents,
            recent_documents: saved.recent_documents,
            memory_secs: saved.memory_secs,
            origin: saved.origin,
            now: saved.now,
            growth: growth(saved.now.map_or(0, |now| now - saved.origin), saved.memory_secs),
        }
    }
}

/// e^(elapsed/memory), or 1 when uses do not fade.
fn growth(elapsed: i64, memory_secs: f32) -> f32 {
    if memory_secs <= 0.0 {
        return 1.0;
    }
    (elapsed as f32 / memory_secs).exp()
}

impl Vocabulary {
    /// A vocabulary whose uses fade over `memory_hours`.
    pub(crate) fn new(memory_hours: i64) -> Vocabulary {
        Vocabulary { memory_secs: (memory_hours * 3600) as f32, growth: 1.0, ..Vocabulary::default() }
    }

    /// What a use now adds to a recent count.
    fn use_weight(&self) -> f32 {
        if self.memory_secs <= 0.0 {
            1.0
        } else {
            self.growth
        }
    }

    /// Moves the clock to `time` if it is later: articles come roughly in publication
    /// order, and one dated earlier does not turn the clock back.
    pub(crate) fn advance_clock(&mut self, time: Option<chrono::DateTime<chrono::Utc>>) {
        let Some(time) = time.map(|t| t.timestamp()) else { return };
        match self.now {
            Some(now) if time <= now => return,
            // (the first date sets the origin: undated articles before it keep their counts)
            None => self.origin = time,
            Some(_) => {}
        }
        self.now = Some(time);
        if self.memory_secs <= 0.0 {
            return;
        }
        if (time - self.origin) as f32 / self.memory_secs > MAX_GROWTH_EXPONENT {
            // express the counts at the present: every one shrinks by the same factor
            let shrink = 1.0 / growth(time - self.origin, self.memory_secs);
            for count in &mut self.recent_frequency {
                *count *= shrink;
            }
            self.recent_documents *= shrink;
            self.origin = time;
        }
        self.growth = growth(time - self.origin, self.memory_secs);
    }

    fn id(&mut self, key: u64, language_free: bool) -> u32 {
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = match self.free.pop() {
            Some(id) => {
                self.keys[id as usize] = key;
                self.document_frequency[id as usize] = 0;
                self.recent_frequency[id as usize] = 0.0;
                self.language_free[id as usize] = language_free;
                id
            }
            None => {
                self.keys.push(key);
                self.document_frequency.push(0);
                self.recent_frequency.push(0.0);
                self.language_free.push(language_free);
                self.keys.len() as u32 - 1
            }
        };
        self.ids.insert(key, id);
        id
    }

    /// The article's feature vector by id, sorted by id; counts the article in the
    /// document frequencies.
    pub(crate) fn intern(&mut self, features: &ArticleFeatures) -> Vec<(u32, f32)> {
        self.documents += 1;
        let use_now = self.use_weight();
        self.recent_documents += use_now;
        let mut vector: Vec<(u32, f32)> = features
            .keyed
            .iter()
            .map(|&(key, weight, language_free)| {
                let id = self.id(key, language_free);
                self.document_frequency[id as usize] += 1;
                self.recent_frequency[id as usize] += use_now;
                (id, weight)
            })
            .collect();
        vector.sort_by_key(|&(id, _)| id);
        vector
    }

    /// Forgets a feature no open story holds if only one article ever had it: it can no
    /// longer lead to a story, and should it come back it is as rare as a new one.
    pub(crate) fn release_if_rare(&mut self, id: u32) {
        let i = id as usize;
        if self.document_frequency.get(i).is_some_and(|&df| df <= 1)
            && self.ids.remove(&self.keys[i]).is_some()
        {
            self.document_frequency[i] = 0;
            self.recent_frequency[i] = 0.0;
            self.free.push(id);
        }
    }

    /// Features known now (for measuring).
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    pub(crate) fn documents(&self) -> u32 {
        self.documents
    }

    pub(crate) fn is_language_free(&self, id: u32) -> bool {
        self.language_free.get(id as usize).copied().unwrap_or(false)
    }

    /// Smoothed inverse document frequency over recent articles: features on every page
    /// still count a little, so that two-article corpora compare.
    pub(crate) fn idf(&self, id: u32) -> f32 {
        let recent = |count: f32| (count / self.use_weight()).max(1.0);
        let df = self.recent_frequency.get(id as usize).copied().map_or(1.0, recent);
        (1.0 + recent(self.recent_documents) / df).ln()
    }
}

/// An article's link features before they meet a corpus: its language and its weighted
/// features, keyed by a hash of their name. They depend on the article alone, so they are
/// computed in parallel, away from the clusterer's one thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleFeatures {
    pub lang: Lang,
    /// (key, weight, language-free); unit length (before IDF), sorted by key.
    keyed: Vec<(u64, f32, bool)>,
}

impl ArticleFeatures {
    pub fn of(article: &LinkArticle) -> ArticleFeatures {
        let body = first_words(&article.body, BODY_WORDS);
        // A stated language stands, even one Jejak does not analyse ("ar" is `Other`).
        let lang = match article.lang.as_deref().filter(|l| !l.is_empty()) {
            Some(code) => Lang::from_code(code),
            None => detect_language(&format!("{} {body}", article.title)),
        };
        let mut counts: HashMap<String, f32> = HashMap::new();
        for term in terms(&article.title, lang) {
            *counts.entry(format!("t:{term}")).or_default() += TITLE_WEIGHT;
        }
        for term in terms(body, lang) {
            *counts.entry(format!("t:{term}")).or_default() += 1.0;
        }
        for text in [article.title.as_str(), body] {
            for mention in mentions(text) {
                let weight = if is_known_entity(&mention.text) { KNOWN_NAME_WEIGHT } else { NAME_WEIGHT };
                *counts.entry(format!("e:{}", canonical_entity(&mention.text))).or_default() += weight;
            }
            for quantity in find_quantities(text) {
                if quantity.value >= 100.0 || quantity.unit.is_some() || quantity.value.fract() != 0.0 {
                    *counts.entry(format!("n:{}", quantity.value)).or_default() += NUMBER_WEIGHT;
                }
            }
        }
        let mut keyed: Vec<(u64, f32, bool)> = counts
            .into_iter()
            .map(|(feature, count)| {
                (feature_key(&feature), 1.0 + count.ln().max(0.0), !feature.starts_with("t:"))
            })
            .collect();
        // Key order, not the map's (random) order: it decides the ids new features get,
        // ids decide the order of float sums downstream, and clustering must not change
        // between runs.
        keyed.sort_unstable_by_key(|&(key, ..)| key);
        let norm = keyed.iter().map(|(_, w, _)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w, _) in &mut keyed {
                *w /= norm;
            }
        }
        ArticleFeatures { lang, keyed }
    }
}

/// A feature's key: a fixed hash of its name (SipHash with zero keys), the same in every run.
fn feature_key(feature: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    feature.hash(&mut hasher);
    hasher.finish()
}

fn first_words(text: &str, n: usize) -> &str {
    match text.split_whitespace().nth(n) {
        Some(word) => {
            let end = word.as_ptr() as usize - text.as_ptr() as usize;
            &text[..end]
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_ids_do_not_depend_on_hash_order() {
        let article = LinkArticle {
            id: "a".into(),
            outlet: None,
            published: None,
            lang: Some("id".into()),
            title: "Korut tawarkan 100 ribu sukarelawan untuk Rusia".into(),
            body: "Korea Utara menawarkan 100.000 tentara kepada Rusia, kata pakar militer Igor \
                   Korotchenko di Channel One. Moskwa belum menanggapi tawaran Pyongyang itu."
                .into(),
        };
        // Every map gets its own random hash keys: equal vectors mean the ids follow the
        // features' fixed keys, not the maps.
        let runs: Vec<Vec<(u32, f32)>> =
            (0..4).map(|_| Vocabulary::default().intern(&ArticleFeatures::of(&article))).collect();
        assert!(runs[0].len() > 10);
        assert!(runs.windows(2).all(|w| w[0] == w[1]), "{runs:?}");
    }

    #[test]
    fn a_word_common_long_ago_weighs_like_a_rare_one_again() {
        let article = |title: &str, day: u32| {
            let published = chrono::NaiveDate::from_ymd_opt(2024, 3, day)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .map(|t| t.and_utc());
            (
                published,
                ArticleFeatures::of(&LinkArticle {
                    id: title.into(),
                    outlet: None,
                    published,
                    lang: Some("en".into()),
                    title: title.into(),
                    body: String::new(),
                }),
            )
        };
        let mut vocabulary = Vocabulary::new(168);
        // a week of the pier in every article, then a month of other news
        for day in 1..=7 {
            let (published, features) = article("Harbourton pier repairs", day);
            vocabulary.advance_clock(published);
            vocabulary.intern(&features);
        }
        let pier = vocabulary.intern(&article("Harbourton pier repairs", 7).1)[0].0;
        let busy = vocabulary.idf(pier);
        for day in 8..=31 {
            let (published, features) = article(&format!("Ferry timetable change {day}"), day);
            vocabulary.advance_clock(published);
            vocabulary.intern(&features);
        }
        let quiet = vocabulary.idf(pier);
        assert!(quiet > busy * 2.0, "idf of a word the week was full of {busy}, a month later {quiet}");
        // (counted whole, its old uses keep it common)
        let mut kept = Vocabulary::default();
        for day in 1..=7 {
            kept.intern(&article("Harbourton pier repairs", day).1);
        }
        let pier = kept.intern(&article("Harbourton pier repairs", 7).1)[0].0;
        for day in 8..=31 {
            kept.intern(&article(&format!("Ferry timetable change {day}"), day).1);
        }
        assert!(quiet > kept.idf(pier) * 1.2, "faded {quiet}, counted whole {}", kept.idf(pier));
    }

    #[test]
    fn counts_stay_finite_and_read_the_same_across_the_clock_running_far() {
        // an hour of memory and 200 hours of news: the counts are re-expressed at the
        // present several times (every 40 memories)
        let features = |title: &str| {
            ArticleFeatures::of(&LinkArticle {
                id: title.into(),
                outlet: None,
                published: None,
                lang: Some("en".into()),
                title: title.into(),
                body: String::new(),
            })
        };
        let start = chrono::DateTime::from_timestamp(1_700_000_000, 0);
        let mut vocabulary = Vocabulary::new(1);
        // (an undated article before the first date keeps its count)
        let early = vocabulary.intern(&features("harbour"))[0].0;
        for hour in 0..200 {
            vocabulary.advance_clock(start.map(|t| t + chrono::Duration::hours(hour)));
            vocabulary.intern(&features("ferry"));
        }
        let ferry = vocabulary.intern(&features("ferry"))[0].0;
        let (common, forgotten) = (vocabulary.idf(ferry), vocabulary.idf(early));
        assert!(common.is_finite() && forgotten.is_finite(), "{common} {forgotten}");
        // a word in every article of the last hours is common; one from 200 memories ago is
        // as rare as a new word
        assert!(common < 1.0 && forgotten > 0.5, "ferry {common}, harbour {forgotten}");
        assert!((forgotten - vocabulary.idf(u32::MAX)).abs() < 1e-6);
    }
}
