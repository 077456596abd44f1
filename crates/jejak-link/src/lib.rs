//! Groups articles into stories and finds near-duplicate copies.
//!
//! In: articles in publication order. Out: story membership and copy pairs. Never touches
//! storage.
//!
//! Stories are built online, the way articles stream in: each article joins the most
//! similar story still open (its newest article within the time window) or opens a new
//! one. Similarity is the TF-IDF cosine between the article and the story's centroid,
//! over stemmed terms plus two kinds of language-independent features: canonical names
//! ("Korut" and "North Korea" are one feature) and numbers ("100.000" and "100 ribu" are
//! one feature). Those carry stories across wordings and languages where words differ.
//! IDF counts recent use only (a use fades over a week): a running topic's everyday words
//! weigh less than the words of today's event.

mod dups;
mod features;
mod id_map;

use std::cell::Cell;

use chrono::{DateTime, Duration, Utc};
use jejak_text::Lang;
use serde::{Deserialize, Serialize};

pub use dups::{near_duplicates, DuplicatePair};
pub use features::ArticleFeatures;
use features::Vocabulary;
use id_map::IdMap;

/// What the linker needs to know of an article.
#[derive(Debug, Clone)]
pub struct LinkArticle {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub lang: Option<String>,
    pub title: String,
    pub body: String,
}

/// Settings of the story clusterer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkConfig {
    /// How long a story stays open for new articles after its latest, in hours.
    pub window_hours: i64,
    /// How long after its first article a story takes new ones, in hours: a story is an
    /// event, and the next day's turn of a running topic (the vote after the debate) is a
    /// story of its own rather than more of a centroid that drifts along the topic.
    pub story_span_hours: i64,
    /// Least cosine similarity for an article to join a story in its language.
    pub threshold: f32,
    /// Least cosine similarity over names and numbers alone for an article to join a story
    /// told in other languages.
    pub cross_language_threshold: f32,
    /// Least average similarity between the members of two groups for them to be one
    /// story: two stories an article joins both of merge when they reach it, and the parts
    /// of a story that fall below it split. An average, not the closest pair or the
    /// centroids: the sub-stories of one topic (the death, the funeral, the crowds at the
    /// grave) each hold one article that touches the others, and their centroids, sums of
    /// many articles, read alike while their members do not.
    pub cohesion_threshold: f32,
    /// Hours over which an article's words fade from counting toward how common they are
    /// (to 1/e): a week of news. The words a running topic uses every day weigh less
    /// than the words of today's event.
    pub idf_memory_hours: i64,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig {
            window_hours: 72,
            story_span_hours: 48,
            threshold: 0.12,
            cross_language_threshold: 0.25,
            cohesion_threshold: 0.15,
            idf_memory_hours: 168,
        }
    }
}

/// Pushes between checks for stories to close.
const CLOSE_EVERY: usize = 256;
/// Hours a story keeps its full weight after its newest article (see `recency`): one news
/// day. Dates known only to the day sit at noon, so the next day's articles are already
/// weighted down: the next turn of a running topic needs more than this morning's.
const FULL_WEIGHT_HOURS: i64 = 12;
/// Weight of a story at the end of the window (see `recency`).
const LATE_WEIGHT: f32 = 0.4;
/// Share of the threshold a story of one article needs. An article is compared with a
/// story's centroid, the sum of its members: there the words each member has of its own
/// average out and what they share stands out, so a second report of an event reads less
/// like the first report alone than like the sum of three. Measured on random 60% samples
/// of the story sets (bench/stories): 0.9 lifts B³-F1 on both; 0.8 lifts it more but let
/// two unrelated reports on one industry into one story in the demo corpus.
const SINGLE_ARTICLE_SHARE: f32 = 0.9;
/// Features shared by more open stories than this are too common to find candidates by.
const MAX_POSTING: usize = 300;
/// An article's strongest term features that look up candidate stories.
const PROBE_FEATURES: usize = 40;
/// Stories compared in full for each article: those sharing the most discriminating
/// features with it.
const MAX_CANDIDATES: usize = 48;
/// Features kept in a story centroid; the weakest are pruned beyond this.
const CENTROID_FEATURES: usize = 400;
/// Other stories an article may merge into its own: it bounds the work of one push.
const MAX_MERGES: usize = 2;
/// Members of each story compared when two stories may merge: the newest, enough to show
/// what a story is about while a merge stays bounded work.
const COHESION_SAMPLE: usize = 48;
/// Story sizes at which it is checked for parts that read apart: each check compares
/// every pair of members, so it runs as the story grows by half, up to a size where a
/// story has shown what it is about.
const SPLIT_CHECK_SIZES: &[usize] = &[4, 6, 8, 12, 16, 24, 32, 48];

#[derive(Debug, Default, Serialize, Deserialize)]
struct OpenStory {
    /// Sum of the members' unit feature vectors (feature id → weight, before IDF).
    centroid: IdMap<f32>,
    last_published: Option<DateTime<Utc>>,
    first_published: Option<DateTime<Utc>>,
    languages: Vec<Lang>,
    /// Cached centroid norms (all features, names and numbers only) with the corpus size
    /// they were computed at.
    norms: [Cell<Option<(u32, f32)>>; 2],
    /// The members in the order they came, each with the features of it the centroid
    /// still holds: what a split needs to tell the story's parts apart and rebuild them.
    members: Vec<Member>,
}

impl OpenStory {
    /// Takes a member in: its time and language are the story's too.
    fn admit(&mut self, member: Member) {
        self.last_published = self.last_published.max(member.published);
        self.first_published = earliest(self.first_published, member.published);
        if !self.languages.contains(&member.lang) {
            self.languages.push(member.lang);
        }
        self.members.push(member);
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Member {
    /// Which push brought it (0 for the clusterer's first).
    push: usize,
    published: Option<DateTime<Utc>>,
    lang: Lang,
    vector: Vec<(u32, f32)>,
}

/// Streaming story clusterer: push articles in publication order.
///
/// It keeps only the stories still open, so its memory follows the window, not the
/// history; the caller learns which stories closed from [`StoryClusterer::take_closed`]
/// and keeps (or writes out) their membership itself. Its state serializes: a clusterer
/// saved and restored goes on exactly as if it had never stopped, which is what lets
/// stories grow by the new articles only.
#[derive(Debug, Serialize, Deserialize)]
#[serde(from = "SavedClusterer")]
pub struct StoryClusterer {
    config: LinkConfig,
    vocabulary: Vocabulary,
    /// Open stories by index; indices count every story ever opened, in opening order.
    open: IdMap<OpenStory>,
    opened: u32,
    /// Stories closed since the last `take_closed`, in closing order.
    closed: Vec<usize>,
    /// Stories merged into others since the last `take_merged`: (merged, into), in order.
    merged: Vec<(usize, usize)>,
    /// Stories split since the last `take_splits`, in order.
    splits: Vec<Split>,
    /// Feature id → stories whose centroid holds it. Not saved: the centroids say it all
    /// (the order within a list matters to nothing).
    #[serde(skip_serializing)]
    postings: IdMap<Vec<u32>>,
    /// Newest publication time pushed so far: the clock stories close by.
    latest: Option<DateTime<Utc>>,
    pushes: usize,
}

/// A saved [`StoryClusterer`]: everything but what restoring rebuilds.
#[derive(Deserialize)]
struct SavedClusterer {
    config: LinkConfig,
    vocabulary: Vocabulary,
    open: IdMap<OpenStory>,
    opened: u32,
    closed: Vec<usize>,
    merged: Vec<(usize, usize)>,
    splits: Vec<Split>,
    latest: Option<DateTime<Utc>>,
    pushes: usize,
}

impl From<SavedClusterer> for StoryClusterer {
    fn from(saved: SavedClusterer) -> StoryClusterer {
        let mut postings: IdMap<Vec<u32>> = IdMap::default();
        let mut stories: Vec<(&u32, &OpenStory)> = saved.open.iter().collect();
        stories.sort_unstable_by_key(|(index, _)| **index);
        for (&index, story) in stories {
            for &feature in story.centroid.keys() {
                postings.entry(feature).or_default().push(index);
            }
        }
        StoryClusterer {
            config: saved.config,
            vocabulary: saved.vocabulary,
            open: saved.open,
            opened: saved.opened,
            closed: saved.closed,
            merged: saved.merged,
            splits: saved.splits,
            postings,
            latest: saved.latest,
            pushes: saved.pushes,
        }
    }
}

impl StoryClusterer {
    pub fn new(config: LinkConfig) -> StoryClusterer {
        StoryClusterer {
            vocabulary: Vocabulary::new(config.idf_memory_hours),
            config,
            open: IdMap::default(),
            opened: 0,
            closed: Vec::new(),
            merged: Vec::new(),
            splits: Vec::new(),
            postings: IdMap::default(),
            latest: None,
            pushes: 0,
        }
    }

    /// Assigns one article to a story and returns the story's index: stories are numbered
    /// from 0 in the order they open, so an index never seen before is a new story.
    pub fn push(&mut self, article: &LinkArticle) -> usize {
        let features = ArticleFeatures::of(article);
        self.push_features(article.published, &features)
    }

    /// [`StoryClusterer::push`] for an article whose features are already computed: the
    /// same result, with the per-article work left to the caller (and its threads).
    pub fn push_features(&mut self, published: Option<DateTime<Utc>>, features: &ArticleFeatures) -> usize {
        let lang = features.lang;
        self.vocabulary.advance_clock(published);
        let vector = self.vocabulary.intern(features);
        // every open story the article belongs to, the most similar first
        let belongs: Vec<usize> = self
            .scored_stories(lang, &vector, published)
            .into_iter()
            .take_while(|&(_, score)| score >= 1.0)
            .map(|(index, _)| index)
            .collect();
        let index = match belongs.first() {
            Some(&index) => index,
            None => {
                self.opened += 1;
                self.opened as usize - 1
            }
        };
        self.latest = self.latest.max(published);
        let member = Member { push: self.pushes, published, lang, vector: vector.clone() };
        self.open.entry(index as u32).or_default().admit(member);
        self.add_to_centroid(index as u32, &vector);
        // An article that belongs to two stories is evidence they are one, when their
        // members also read alike on average: the younger goes into the older.
        let mut index = index;
        for &other in belongs.iter().skip(1).take(MAX_MERGES) {
            let (Some(a), Some(b)) = (self.open.get(&(index as u32)), self.open.get(&(other as u32))) else {
                continue;
            };
            if self.average_member_similarity(a, b) >= self.config.cohesion_threshold {
                let (older, younger) = (index.min(other), index.max(other));
                self.merge(younger, older);
                index = older;
            }
        }
        self.split_if_apart(index as u32);
        self.pushes += 1;
        if self.pushes.is_multiple_of(CLOSE_EVERY) {
            self.close_stale();
        }
        index
    }

    /// Adds weights to a story's centroid, posting the features new to it; a centroid grown
    /// past twice its size is pruned.
    fn add_to_centroid(&mut self, index: u32, weights: &[(u32, f32)]) {
        let Some(story) = self.open.get_mut(&index) else { return };
        story.norms = Default::default();
        for &(feature, weight) in weights {
            let slot = story.centroid.entry(feature).or_insert(0.0);
            if *slot == 0.0 {
                self.postings.entry(feature).or_default().push(index);
            }
            *slot += weight;
        }
        if story.centroid.len() > CENTROID_FEATURES * 2 {
            let dropped = prune(&mut story.centroid, CENTROID_FEATURES);
            // (members keep only features the centroid holds: a dropped one may be
            // forgotten and its id reused)
            for member in &mut story.members {
                member.vector.retain(|(f, _)| dropped.binary_search(f).is_err());
            }
            for feature in dropped {
                self.unpost(feature, index);
            }
        }
    }

    /// Moves story `from` into story `into`: its centroid, languages and postings.
    fn merge(&mut self, from: usize, into: usize) {
        let (from, into) = (from as u32, into as u32);
        if !self.open.contains_key(&into) {
            return;
        }
        let Some(gone) = self.open.remove(&from) else { return };
        self.unpost_all(from, &gone);
        let mut weights: Vec<(u32, f32)> = gone.centroid.iter().map(|(&f, &w)| (f, w)).collect();
        // feature order, not the map's: float sums and posting lists must not depend on it
        weights.sort_unstable_by_key(|&(f, _)| f);
        if let Some(story) = self.open.get_mut(&into) {
            for member in gone.members {
                story.admit(member);
            }
            story.members.sort_by_key(|m| m.push);
        }
        self.add_to_centroid(into, &weights);
        self.merged.push((from as usize, into as usize));
    }

    /// Stories merged into others since the last call, as (merged, into) in the order it
    /// happened: the merged story's index is never used again.
    pub fn take_merged(&mut self) -> Vec<(usize, usize)> {
        std::mem::take(&mut self.merged)
    }

    /// Articles pushed so far: the number the next push has in a [`Split`].
    pub fn pushes(&self) -> usize {
        self.pushes
    }

    /// Stories split since the last call, in the order it happened.
    pub fn take_splits(&mut self) -> Vec<Split> {
        std::mem::take(&mut self.splits)
    }

    /// Splits off the parts of a story that read apart from the part its first member is
    /// in: groups of members less alike on average than `cohesion_threshold` (see
    /// [`average_link_parts`]). A part of one article stays.
    fn split_if_apart(&mut self, index: u32) {
        let Some(story) = self.open.get(&index) else { return };
        if !SPLIT_CHECK_SIZES.contains(&story.members.len()) {
            return;
        }
        let units: Vec<Vec<(u32, f32)>> = story.members.iter().map(|m| self.idf_unit(&m.vector)).collect();
        let parts = average_link_parts(&units, self.config.cohesion_threshold);
        // (a part is named by its first member; the first member's part stays)
        let apart: Vec<Vec<usize>> = (1..units.len())
            .map(|first| (0..units.len()).filter(|&i| parts[i] == first).collect::<Vec<usize>>())
            .filter(|members| members.len() >= 2)
            .collect();
        if apart.is_empty() {
            return;
        }
        let Some(mut story) = self.open.remove(&index) else { return };
        self.unpost_all(index, &story);
        let members = std::mem::take(&mut story.members);
        let mut kept = vec![true; members.len()];
        for positions in apart {
            let moved: Vec<Member> = positions.iter().map(|&i| members[i].clone()).collect();
            for &i in &positions {
                kept[i] = false;
            }
            let new_index = self.opened;
            self.opened += 1;
            self.splits.push(Split {
                from: index as usize,
                into: new_index as usize,
                pushes: moved.iter().map(|m| m.push).collect(),
            });
            self.open_with(new_index, moved);
        }
        let staying = members.into_iter().zip(kept).filter(|(_, k)| *k).map(|(m, _)| m).collect();
        self.open_with(index, staying);
    }

    /// Opens story `index` with these members: centroid, times, languages and postings.
    fn open_with(&mut self, index: u32, members: Vec<Member>) {
        let vectors: Vec<Vec<(u32, f32)>> = members.iter().map(|m| m.vector.clone()).collect();
        let mut story = OpenStory::default();
        for member in members {
            story.admit(member);
        }
        self.open.insert(index, story);
        for vector in vectors {
            self.add_to_centroid(index, &vector);
        }
    }

    /// Takes a story off the postings of all its features.
    fn unpost_all(&mut self, index: u32, story: &OpenStory) {
        let mut features: Vec<u32> = story.centroid.keys().copied().collect();
        features.sort_unstable();
        for feature in features {
            if let Some(list) = self.postings.get_mut(&feature) {
                list.retain(|&s| s != index);
            }
        }
    }

    /// A vector weighted by IDF and scaled to unit length.
    fn idf_unit(&self, vector: &[(u32, f32)]) -> Vec<(u32, f32)> {
        let weighted: Vec<(u32, f32)> =
            vector.iter().map(|&(f, w)| (f, w * self.vocabulary.idf(f))).collect();
        let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm == 0.0 {
            return Vec::new();
        }
        weighted.into_iter().map(|(f, w)| (f, w / norm)).collect()
    }

    /// Closes stories whose newest article is older than the window: they can take no more
    /// articles, so they go with their postings.
    fn close_stale(&mut self) {
        let Some(now) = self.latest else { return };
        let window = Duration::hours(self.config.window_hours);
        let mut stale: Vec<u32> = self
            .open
            .iter()
            .filter(|(_, story)| story.last_published.is_some_and(|last| now - last > window))
            .map(|(&i, _)| i)
            .collect();
        stale.sort_unstable();
        for i in stale {
            if let Some(story) = self.open.remove(&i) {
                let mut features: Vec<u32> = story.centroid.into_keys().collect();
                features.sort_unstable();
                for feature in features {
                    self.unpost(feature, i);
                }
            }
            self.closed.push(i as usize);
        }
    }

    /// Takes a story off a feature's postings; a rare feature no open story holds any more
    /// is forgotten.
    fn unpost(&mut self, feature: u32, story: u32) {
        if let Some(list) = self.postings.get_mut(&feature) {
            list.retain(|&s| s != story);
            if list.is_empty() {
                self.postings.remove(&feature);
                self.vocabulary.release_if_rare(feature);
            }
        }
    }

    /// Features the vocabulary knows now: it follows the window, not the history.
    pub fn vocabulary_size(&self) -> usize {
        self.vocabulary.len()
    }

    /// The settings it clusters with.
    pub fn config(&self) -> &LinkConfig {
        &self.config
    }

    /// Stories closed since the last call: they will take no more articles.
    pub fn take_closed(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.closed)
    }

    /// The open stories most like the article, the most similar first, scored as similarity
    /// over the threshold that applies: 1.0 or more means the article belongs to one.
    fn scored_stories(
        &self,
        lang: Lang,
        vector: &[(u32, f32)],
        published: Option<DateTime<Utc>>,
    ) -> Vec<(usize, f32)> {
        let window = Duration::hours(self.config.window_hours);
        let span = Duration::hours(self.config.story_span_hours);
        // Candidates share a discriminating feature; the best by that partial overlap get
        // a full comparison.
        let mut probes: Vec<(u32, f32)> =
            vector.iter().map(|&(f, w)| (f, w * self.vocabulary.idf(f).powi(2))).collect();
        if probes.len() > PROBE_FEATURES {
            probes.select_nth_unstable_by(PROBE_FEATURES, |a, b| b.1.total_cmp(&a.1));
            probes.truncate(PROBE_FEATURES);
        }
        // Names and numbers always probe: across languages they are all that is shared.
        probes.extend(
            vector
                .iter()
                .filter(|&&(f, _)| self.vocabulary.is_language_free(f))
                .map(|&(f, w)| (f, w * self.vocabulary.idf(f).powi(2))),
        );
        probes.sort_by_key(|&(f, _)| f);
        probes.dedup_by_key(|&mut (f, _)| f);
        let mut overlap: IdMap<f32> = IdMap::default();
        for (feature, weight) in probes {
            match self.postings.get(&feature) {
                Some(stories) if stories.len() <= MAX_POSTING => {
                    for &story in stories {
                        *overlap.entry(story).or_insert(0.0) += weight;
                    }
                }
                _ => {}
            }
        }
        let mut candidates: Vec<(u32, f32)> = overlap.into_iter().collect();
        // Story order first, so that ties at the cut fall the same way whatever the map's
        // layout (a restored clusterer has other layouts).
        candidates.sort_unstable_by_key(|&(story, _)| story);
        if candidates.len() > MAX_CANDIDATES {
            candidates.select_nth_unstable_by(MAX_CANDIDATES, |a, b| b.1.total_cmp(&a.1));
            candidates.truncate(MAX_CANDIDATES);
        }
        let language_free: Vec<(u32, f32)> =
            vector.iter().copied().filter(|&(f, _)| self.vocabulary.is_language_free(f)).collect();
        let (query, language_free_query) = (self.query(vector), self.query(&language_free));
        let mut scored = candidates
            .into_iter()
            .filter_map(|(i, _)| Some((i as usize, self.open.get(&i)?)))
            .filter(|(_, story)| match (published, story.last_published) {
                (Some(now), Some(last)) => now - last <= window,
                _ => true,
            })
            .filter(|(_, story)| match (published, story.first_published) {
                (Some(now), Some(first)) => now - first <= span,
                _ => true,
            })
            .map(|(i, story)| {
                let same_language =
                    lang == Lang::Other || story.languages.iter().any(|&l| l == lang || l == Lang::Other);
                let score = if same_language {
                    self.cosine(&query, story, false) / self.config.threshold
                } else {
                    self.cosine(&language_free_query, story, true) / self.config.cross_language_threshold
                };
                let decay = match (published, story.last_published) {
                    (Some(now), Some(last)) => recency(now - last, window),
                    _ => 1.0,
                };
                let size = if story.members.len() == 1 { SINGLE_ARTICLE_SHARE } else { 1.0 };
                (i, score * decay / size)
            })
            .collect::<Vec<_>>();
        // the most similar first; of equals, the older story
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
    }

    /// Average IDF-weighted cosine between a member of one story and a member of the
    /// other (their newest `COHESION_SAMPLE` members).
    fn average_member_similarity(&self, a: &OpenStory, b: &OpenStory) -> f32 {
        let units = |s: &OpenStory| -> Vec<Vec<(u32, f32)>> {
            s.members.iter().rev().take(COHESION_SAMPLE).map(|m| self.idf_unit(&m.vector)).collect()
        };
        let (ua, ub) = (units(a), units(b));
        let mut sum = 0.0;
        for x in &ua {
            for y in &ub {
                sum += sparse_dot(x, y);
            }
        }
        sum / (ua.len() * ub.len()).max(1) as f32
    }

    fn norm(&self, weights: impl Iterator<Item = (u32, f32)>) -> f32 {
        weights.map(|(f, w)| (w * self.vocabulary.idf(f)).powi(2)).sum::<f32>().sqrt()
    }

    /// An article's vector made ready to compare with many centroids: its weights times
    /// IDF², and its norm, computed once rather than once per candidate story.
    fn query(&self, vector: &[(u32, f32)]) -> Query {
        Query {
            terms: vector.iter().map(|&(f, w)| (f, w * self.vocabulary.idf(f).powi(2))).collect(),
            norm: self.norm(vector.iter().copied()),
        }
    }

    /// IDF-weighted cosine between an article's query and a story's centroid (over its
    /// names and numbers only when `language_free`).
    fn cosine(&self, query: &Query, story: &OpenStory, language_free: bool) -> f32 {
        let dot: f32 = query.terms.iter().filter_map(|&(f, w)| story.centroid.get(&f).map(|c| w * c)).sum();
        let centroid_norm = self.centroid_norm(story, language_free);
        if query.norm == 0.0 || centroid_norm == 0.0 {
            return 0.0;
        }
        dot / (query.norm * centroid_norm)
    }

    /// A centroid's norm, cached: IDF drifts slowly as articles arrive, so a norm is
    /// recomputed when the story changed or the corpus grew by a twentieth since.
    fn centroid_norm(&self, story: &OpenStory, language_free: bool) -> f32 {
        let documents = self.vocabulary.documents();
        let cache = &story.norms[usize::from(language_free)];
        if let Some((at, norm)) = cache.get() {
            if documents - at <= at / 20 {
                return norm;
            }
        }
        // Summed in feature order, not the map's: a clusterer restored from its state
        // (`StoryClusterer` is serde) must compute the very same floats.
        let mut weights: Vec<(u32, f32)> = story
            .centroid
            .iter()
            .map(|(&f, &w)| (f, w))
            .filter(|&(f, _)| !language_free || self.vocabulary.is_language_free(f))
            .collect();
        weights.sort_unstable_by_key(|&(f, _)| f);
        let norm = self.norm(weights.into_iter());
        cache.set(Some((documents, norm)));
        norm
    }
}

/// A story split: the members that came with these pushes (counted from 0 for the
/// clusterer's first) left story `from` for the new story `into`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub from: usize,
    pub into: usize,
    pub pushes: Vec<usize>,
}

/// Groups members by average-link agglomeration: the two groups most alike on average
/// join while that average is at least `threshold`. Returns each member's group, named by
/// its first member. Single links chained a topic's sub-stories together through one
/// article that touched both; an average needs the groups to read alike as wholes.
fn average_link_parts(units: &[Vec<(u32, f32)>], threshold: f32) -> Vec<usize> {
    let n = units.len();
    let mut similarity = vec![vec![0.0f32; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let s = sparse_dot(&units[i], &units[j]);
            similarity[i][j] = s;
            similarity[j][i] = s;
        }
    }
    // group of each member (its first member), and each live group's size
    let mut group: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    loop {
        let mut best: Option<(usize, usize, f32)> = None;
        for a in 0..n {
            if group[a] != a {
                continue;
            }
            for b in a + 1..n {
                if group[b] != b {
                    continue;
                }
                let average = similarity[a][b] / (size[a] * size[b]) as f32;
                if average >= threshold && best.is_none_or(|(_, _, s)| average > s) {
                    best = Some((a, b, average));
                }
            }
        }
        let Some((a, b, _)) = best else { break };
        // b joins a: a group's row holds its sums over member pairs
        let joined: Vec<f32> = similarity[a].iter().zip(&similarity[b]).map(|(x, y)| x + y).collect();
        for (k, sum) in joined.into_iter().enumerate() {
            similarity[a][k] = sum;
            similarity[k][a] = sum;
        }
        size[a] += size[b];
        for g in group.iter_mut() {
            if *g == b {
                *g = a;
            }
        }
    }
    group
}

/// Dot product of two vectors sorted by feature.
fn sparse_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// See [`StoryClusterer::query`].
struct Query {
    terms: Vec<(u32, f32)>,
    norm: f32,
}

/// Clusters articles given in publication order: each story's article ids, in the order
/// they arrived (a merged story's after those of the story it went into), stories in the
/// order they opened.
pub fn cluster(articles: impl IntoIterator<Item = LinkArticle>, config: &LinkConfig) -> Vec<Vec<String>> {
    let mut clusterer = StoryClusterer::new(config.clone());
    // each story's members by the push that brought them
    let mut stories: Vec<Vec<(usize, String)>> = Vec::new();
    for (push, article) in articles.into_iter().enumerate() {
        let index = clusterer.push(&article);
        if index == stories.len() {
            stories.push(Vec::new());
        }
        for (from, into) in clusterer.take_merged() {
            let moved = std::mem::take(&mut stories[from]);
            stories[into].extend(moved);
        }
        stories[index].push((push, article.id));
        for split in clusterer.take_splits() {
            stories.resize_with(stories.len().max(split.into + 1), Vec::new);
            let (moved, kept) = std::mem::take(&mut stories[split.from])
                .into_iter()
                .partition(|(p, _)| split.pushes.contains(p));
            stories[split.from] = kept;
            stories[split.into] = moved;
        }
    }
    stories.retain(|story| !story.is_empty());
    stories.into_iter().map(|story| story.into_iter().map(|(_, id)| id).collect()).collect()
}

/// The earlier of two times, either of which may be unknown.
fn earliest(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Weight of a story by how long ago its newest article appeared: news about one event
/// comes in bursts, so a story quiet for days needs stronger evidence than one from this
/// morning. Full weight for `FULL_WEIGHT_HOURS`, then falling linearly to `LATE_WEIGHT` at the window end.
fn recency(age: Duration, window: Duration) -> f32 {
    let full = Duration::hours(FULL_WEIGHT_HOURS);
    if age <= full || window <= full {
        return 1.0;
    }
    let late = (age - full).num_seconds() as f32 / (window - full).num_seconds() as f32;
    1.0 - (1.0 - LATE_WEIGHT) * late.clamp(0.0, 1.0)
}

/// Keeps the `keep` heaviest features of a centroid; returns the features dropped.
fn prune(centroid: &mut IdMap<f32>, keep: usize) -> Vec<u32> {
    let mut weights: Vec<f32> = centroid.values().copied().collect();
    weights.sort_by(|a, b| b.total_cmp(a));
    let floor = weights.get(keep).copied().unwrap_or(0.0);
    let mut dropped: Vec<u32> = centroid.iter().filter(|(_, w)| **w <= floor).map(|(f, _)| *f).collect();
    // Feature order, not the map's: dropped features may free ids, which are reused in order.
    dropped.sort_unstable();
    for feature in &dropped {
        centroid.remove(feature);
    }
    dropped
}

#[cfg(test)]
mod tests;
