//! Turns the linker's clusters into stored [`Story`] records.
//!
//! Stories are derived data: they are what clustering all stored articles in publication
//! order gives, so the result depends only on the articles, never on the order of ingest
//! runs; an update that only adds later articles gets there by going on from the saved
//! clusterer instead of starting over.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use jejak_link::{near_duplicates, ArticleFeatures, DuplicatePair, LinkArticle, LinkConfig, StoryClusterer};
use jejak_model::{stable_id, Article, Story, StoryMerge};
use jejak_store::{publication_key, Store, StorySink};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::PipelineError;

/// Articles whose features are computed together while the previous chunk is clustered.
const FEATURE_CHUNK: usize = 256;

/// Version of a saved [`StoryBuilder`]: bump it whenever a saved field of the builder or the
/// clusterer changes, or how the clusterer weighs and compares articles, and the next update
/// rebuilds the stories instead of misreading the old state or going on by other rules.
const STATE_VERSION: u32 = 7;

/// Brings the stored stories up to date with the stored articles; returns their count.
///
/// When every article stored since the last update comes after the ones already linked
/// (publication order), the story builder saved then goes on with just the new ones: the
/// result is exactly that of a rebuild, at the cost of the new articles. Anything else
/// (an older article, a replaced one, other settings, no saved state) rebuilds the stories
/// from all articles. Either way the articles stream from the store and each story is
/// written out as soon as it closes, so memory follows the open stories, not the corpus.
pub fn relink(store: &mut dyn Store, config: &LinkConfig) -> Result<usize, PipelineError> {
    Ok(update_stories(store, config)?.stories)
}

/// How [`update_stories`] brought the stories up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoriesUpdated {
    pub stories: usize,
    /// Whether it rebuilt them from all articles rather than extending them.
    pub rebuilt: bool,
}

/// [`relink`], saying which way it went.
pub fn update_stories(store: &mut dyn Store, config: &LinkConfig) -> Result<StoriesUpdated, PipelineError> {
    let extended = store.extend_stories(&mut |state, articles, sink| {
        let Some(mut builder) = StoryBuilder::restore(state) else { return Ok(None) };
        if builder.clusterer.config() != config || !feed(&mut builder, articles, sink, true)? {
            return Ok(None);
        }
        builder.open_records().into_iter().try_for_each(&mut *sink)?;
        Ok(builder.save())
    })?;
    if let Some(stories) = extended {
        tracing::info!(stories, "stories extended by the new articles");
        return Ok(StoriesUpdated { stories, rebuilt: false });
    }
    let stories = store.relink_streaming(&mut |articles, sink| {
        let mut builder = StoryBuilder::new(config);
        feed(&mut builder, articles, sink, false)?;
        builder.open_records().into_iter().try_for_each(&mut *sink)?;
        Ok(builder.save())
    })?;
    tracing::info!(stories, "stories rebuilt from all articles");
    Ok(StoriesUpdated { stories, rebuilt: true })
}

/// Pushes the articles into the builder, handing closed stories to the sink. Clustering is
/// sequential by nature, but most of its work is each article's features: those of the
/// next chunk are computed on the other cores while this one is clustered. With
/// `only_later`, returns false without pushing anything when the first article (so, the
/// stream being in publication order, any) does not come after everything pushed before.
fn feed(
    builder: &mut StoryBuilder,
    articles: &mut dyn Iterator<Item = jejak_store::Result<Article>>,
    sink: &mut StorySink<'_>,
    only_later: bool,
) -> jejak_store::Result<bool> {
    let mut ready: Vec<(Article, ArticleFeatures)> = Vec::new();
    let mut first = only_later;
    loop {
        let chunk = (&mut *articles).take(FEATURE_CHUNK).collect::<jejak_store::Result<Vec<Article>>>()?;
        if std::mem::take(&mut first) && chunk.first().is_some_and(|a| !builder.comes_after_last(a)) {
            return Ok(false);
        }
        if chunk.is_empty() && ready.is_empty() {
            return Ok(true);
        }
        let (next, ()) = rayon::join(
            || {
                chunk
                    .into_par_iter()
                    .map(|article| {
                        let features = ArticleFeatures::of(&link_article(&article));
                        (article, features)
                    })
                    .collect()
            },
            || {
                for (article, features) in ready.drain(..) {
                    builder.push(&article, &features);
                }
            },
        );
        // The sink writes to the store, which stays on this thread.
        builder.closed.drain(..).try_for_each(&mut *sink)?;
        ready = next;
    }
}

/// Clusters articles (given in ingest order) into stories: the same stories [`relink`]
/// stores for these articles, most recently active first.
pub fn build_stories(articles: &[Article], config: &LinkConfig) -> Vec<Story> {
    let mut builder = StoryBuilder::new(config);
    for i in publication_order(articles) {
        let article = &articles[i];
        builder.push(article, &ArticleFeatures::of(&link_article(article)));
    }
    let mut stories = builder.finish();
    stories.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then_with(|| a.id.cmp(&b.id)));
    stories
}

/// Near-copies among the articles (syndication, light rewrites), the earlier one first.
pub fn near_duplicate_pairs(articles: &[Article], threshold: f32) -> Vec<DuplicatePair> {
    let ordered: Vec<LinkArticle> = publication_order(articles).map(|i| link_article(&articles[i])).collect();
    near_duplicates(&ordered, threshold)
}

/// Indices of the articles in publication order ([`publication_key`]). Undated articles
/// keep their ingest order after the dated ones they arrived with, which is the best guess
/// of when they were current.
fn publication_order(articles: &[Article]) -> impl Iterator<Item = usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (publication_key(&articles[i]), i));
    order.into_iter()
}

fn link_article(a: &Article) -> LinkArticle {
    LinkArticle {
        id: a.id.clone(),
        outlet: a.outlet.clone(),
        published: a.published_utc(),
        lang: a.lang.clone(),
        title: a.title.clone().unwrap_or_default(),
        body: a.body_text(),
    }
}

/// Clusters articles pushed in publication order and keeps, per open story, only what its
/// [`Story`] record needs; a story's record is made when it closes. It serializes, so a
/// later update can go on from where this one stopped.
#[derive(Serialize, Deserialize)]
struct StoryBuilder {
    clusterer: StoryClusterer,
    /// Open stories by the clusterer's index.
    open: HashMap<usize, StorySummary>,
    /// Publication key of the last article pushed.
    last: Option<(bool, Option<DateTime<Utc>>)>,
    /// Records of the stories closed since the caller last took them.
    #[serde(skip)]
    closed: Vec<Story>,
}

impl StoryBuilder {
    fn new(config: &LinkConfig) -> StoryBuilder {
        StoryBuilder {
            clusterer: StoryClusterer::new(config.clone()),
            open: HashMap::new(),
            last: None,
            closed: Vec::new(),
        }
    }

    fn push(&mut self, article: &Article, features: &ArticleFeatures) {
        let push = self.clusterer.pushes();
        let at = article.published_utc();
        let index = self.clusterer.push_features(at, features);
        for (from, into) in self.clusterer.take_merged() {
            if let Some(merged) = self.open.remove(&from) {
                self.open.entry(into).or_default().absorb(merged, at);
            }
        }
        self.open.entry(index).or_default().add(push, article);
        for split in self.clusterer.take_splits() {
            if let Some(story) = self.open.get_mut(&split.from) {
                let part = story.split_off(&split.pushes, at);
                self.open.insert(split.into, part);
            }
        }
        self.last = Some(publication_key(article));
        for index in self.clusterer.take_closed() {
            self.closed.extend(self.open.remove(&index).and_then(StorySummary::into_story));
        }
    }

    /// Whether a rebuild would place the article after every article pushed so far. An
    /// equal key is not enough: ties go by ingest order, which the builder does not know.
    fn comes_after_last(&self, article: &Article) -> bool {
        self.last.is_none_or(|last| publication_key(article) > last)
    }

    /// The builder as bytes to keep with the stories; `None` if it cannot be written.
    fn save(&self) -> Option<Vec<u8>> {
        postcard::to_stdvec(&(STATE_VERSION, self)).ok()
    }

    /// A builder saved by [`StoryBuilder::save`] of this version: postcard is not
    /// self-describing, so bytes of another layout could decode into nonsense.
    fn restore(bytes: &[u8]) -> Option<StoryBuilder> {
        match postcard::take_from_bytes::<u32>(bytes) {
            Ok((STATE_VERSION, rest)) => postcard::from_bytes(rest).ok(),
            _ => None,
        }
    }

    /// The records of the stories still open, in the order they opened.
    fn open_records(&self) -> Vec<Story> {
        let mut open: Vec<(&usize, &StorySummary)> = self.open.iter().collect();
        open.sort_unstable_by_key(|(index, _)| **index);
        open.into_iter().filter_map(|(_, summary)| summary.clone().into_story()).collect()
    }

    /// The records of all stories not taken yet: the closed ones, then the open ones.
    fn finish(mut self) -> Vec<Story> {
        let open = self.open_records();
        self.closed.extend(open);
        self.closed
    }
}

/// What a story record needs of its members, gathered as they arrive.
#[derive(Default, Clone, Serialize, Deserialize)]
struct StorySummary {
    /// In the order they came (a merged story's after this one's).
    members: Vec<Member>,
    merged: Vec<StoryMerge>,
    split_off: Vec<StoryMerge>,
    split_from: Option<StoryMerge>,
}

/// What a story record needs of one article, and the push that brought it.
#[derive(Clone, Serialize, Deserialize)]
struct Member {
    push: usize,
    id: String,
    title: Option<String>,
    lead: Option<String>,
    outlet: Option<String>,
    lang: Option<String>,
    published: Option<DateTime<Utc>>,
}

impl StorySummary {
    fn add(&mut self, push: usize, a: &Article) {
        self.members.push(Member {
            push,
            id: a.id.clone(),
            title: a.title.clone().filter(|t| !t.trim().is_empty()),
            lead: a.lead.clone(),
            outlet: a.outlet.clone(),
            lang: a.lang.clone(),
            published: a.published_utc(),
        });
    }

    /// Takes in a story merged into this one (opened later, so its articles come after
    /// this one's first: the id stays), and notes the merge in the history.
    fn absorb(&mut self, other: StorySummary, at: Option<DateTime<Utc>>) {
        let entry = other.history_entry(other.members.len(), at);
        self.merged.extend(other.merged);
        self.merged.push(entry);
        self.split_off.extend(other.split_off);
        self.members.extend(other.members);
    }

    /// Moves the members that came with these pushes to a story of their own, noting the
    /// split in both histories, and returns that story.
    fn split_off(&mut self, pushes: &[usize], at: Option<DateTime<Utc>>) -> StorySummary {
        let (moved, kept) =
            std::mem::take(&mut self.members).into_iter().partition(|m| pushes.contains(&m.push));
        self.members = kept;
        let mut part = StorySummary { members: moved, ..StorySummary::default() };
        part.split_from = Some(self.history_entry(part.members.len(), at));
        self.split_off.push(part.history_entry(part.members.len(), at));
        part
    }

    /// This story as the other side of a merge or split of `articles` articles.
    fn history_entry(&self, articles: usize, at: Option<DateTime<Utc>>) -> StoryMerge {
        StoryMerge {
            story: self.members.first().map(|m| story_id(&m.id)).unwrap_or_default(),
            title: self.title().unwrap_or_default(),
            articles,
            at,
        }
    }

    /// The first non-empty title among the members, else the first member's lead, cut to
    /// a headline's length.
    fn title(&self) -> Option<String> {
        self.members
            .iter()
            .find_map(|m| m.title.clone())
            .or_else(|| Some(headline_from_lead(self.members.first()?.lead.as_deref()?)))
    }

    /// The story record; its id follows its earliest article, so ids stay stable while the
    /// story grows.
    fn into_story(self) -> Option<Story> {
        let first = self.members.first()?;
        let times: Vec<DateTime<Utc>> = self.members.iter().filter_map(|m| m.published).collect();
        let mut outlets = Vec::new();
        add_new(&mut outlets, self.members.iter().filter_map(|m| m.outlet.clone()));
        let mut languages = Vec::new();
        add_new(&mut languages, self.members.iter().filter_map(|m| m.lang.clone()));
        Some(Story {
            id: story_id(&first.id),
            title: self.title().unwrap_or_else(|| "(untitled)".to_string()),
            first_seen: times.iter().min().copied(),
            last_seen: times.iter().max().copied(),
            outlets,
            languages,
            timeline: Story::timeline_of(&times),
            article_ids: self.members.into_iter().map(|m| m.id).collect(),
            merged: self.merged,
            split_off: self.split_off,
            split_from: self.split_from,
        })
    }
}

/// Appends the items not in the list yet, in their order.
fn add_new(list: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// A story's id: that of its earliest article, so ids stay stable while the story grows.
fn story_id(first_article: &str) -> String {
    format!("s{}", stable_id(first_article.as_bytes()))
}

/// A headline for an article printed without one: its lead, cut at a word before
/// [`MAX_LEAD_HEADLINE`] characters ("Sebanyak 240 penenun … memamerkan kain tenun ikat…").
fn headline_from_lead(lead: &str) -> String {
    const MAX_LEAD_HEADLINE: usize = 90;
    let lead = lead.trim();
    let Some((cut, _)) = lead.char_indices().nth(MAX_LEAD_HEADLINE) else {
        return lead.to_string();
    };
    let head = &lead[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_from_leads() {
        let short = "Dermaga Sukamaju dibuka kembali.";
        assert_eq!(headline_from_lead(short), short);
        let long = "Sebanyak 120 nelayan dari berbagai desa di Kabupaten Sukamaju menggelar lomba perahu hias di dermaga baru, Kamis (12/3/2026), yang ramai dikunjungi warga.";
        let head = headline_from_lead(long);
        assert!(head.ends_with('…') && head.chars().count() <= 91, "{head}");
        assert!(long.starts_with(head.trim_end_matches('…')), "{head}");
        assert!(!head.trim_end_matches('…').ends_with([' ', ',']), "cut at a word: {head}");
    }

    fn article(id: &str, hours: i64, title: &str, body: &str) -> Article {
        let start = chrono::DateTime::parse_from_rfc3339("2024-03-01T08:00:00+07:00").unwrap();
        Article {
            id: id.into(),
            page_id: id.into(),
            title: Some(title.into()),
            lang: Some("id".into()),
            published: Some(start + chrono::Duration::hours(hours)),
            body: vec![body.into()],
            ..Article::default()
        }
    }

    #[test]
    fn a_merged_story_is_kept_in_the_history_of_the_one_it_went_into() {
        let articles = [
            article(
                "quake",
                0,
                "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak",
                "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. BMKG menyebut \
                 pusat gempa berada 10 kilometer di barat daya Cianjur. Sedikitnya 1.200 rumah rusak dan warga \
                 mengungsi ke lapangan terbuka.",
            ),
            article(
                "relief",
                2,
                "Presiden Tinjau Posko Pengungsian Cugenang",
                "Presiden meninjau posko pengungsian di Kecamatan Cugenang dan menyerahkan bantuan logistik. \
                 Tenda, selimut, dan makanan siap saji dikirim dari Jakarta dengan truk tentara.",
            ),
            article(
                "both",
                3,
                "Gempa Cianjur: Presiden Tinjau Pengungsi",
                "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Senin siang, dan merusak 1.200 rumah; \
                 BMKG menyebut pusatnya 10 kilometer di barat daya Cianjur. Presiden meninjau posko pengungsian \
                 di Cugenang: tenda, selimut, dan makanan siap saji dikirim dari Jakarta dengan truk tentara.",
            ),
        ];
        let config = LinkConfig::default();
        let stories = build_stories(&articles, &config);
        assert_eq!(stories.len(), 1, "{stories:#?}");
        let story = &stories[0];
        assert_eq!(story.id, story_id("quake"));
        assert_eq!(story.article_ids, ["quake", "relief", "both"]);
        assert_eq!(
            story.merged,
            [StoryMerge {
                story: story_id("relief"),
                title: "Presiden Tinjau Posko Pengungsian Cugenang".into(),
                articles: 1,
                at: articles[2].published_utc(),
            }]
        );
        // apart, without the article that showed them to be one, they stay two stories
        assert_eq!(build_stories(&articles[..2], &config).len(), 2);
    }

    #[test]
    fn a_split_story_is_kept_in_both_histories() {
        const QUAKE: &str = "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. \
                             BMKG menyebut pusat gempa berada 10 kilometer di barat daya Cianjur. Sedikitnya \
                             1.200 rumah rusak dan warga mengungsi ke lapangan terbuka.";
        const RICE: &str = "Harga beras medium di pasar induk Cipinang naik menjadi Rp 14.000 per kilogram. \
                            Pedagang menyebut pasokan dari Jawa Tengah berkurang karena panen mundur, juga ke \
                            Jawa Barat.";
        let articles = [
            article("q1", 0, "Gempa Cianjur", QUAKE),
            article("q2", 1, "Gempa Cianjur, Warga Mengungsi", QUAKE),
            article("r1", 2, "Harga Beras Naik di Cipinang", RICE),
            article("q3", 3, "Gempa Cianjur, 1.200 Rumah Rusak", QUAKE),
            article("r2", 4, "Pedagang Cipinang Keluhkan Harga Beras", RICE),
            article("r3", 5, "Harga Beras Cipinang Bertahan", RICE),
        ];
        // so low a threshold that every article joins the first story
        let config = LinkConfig { threshold: 0.01, ..LinkConfig::default() };
        let mut stories = build_stories(&articles, &config);
        stories.sort_by_key(|a| a.first_seen);
        let [quake, rice] = &stories[..] else { panic!("{stories:#?}") };
        assert_eq!(quake.article_ids, ["q1", "q2", "q3"]);
        assert_eq!(rice.article_ids, ["r1", "r2", "r3"]);
        let entry = |story: &str, title: &str| StoryMerge {
            story: story_id(story),
            title: title.into(),
            articles: 3,
            at: articles[5].published_utc(),
        };
        assert_eq!(quake.split_off, [entry("r1", "Harga Beras Naik di Cipinang")]);
        assert_eq!(rice.split_from, Some(entry("q1", "Gempa Cianjur")));
        assert_eq!(rice.id, story_id("r1"));
    }
}
