//! Story clustering and near-duplicates on small invented articles.

use chrono::TimeZone;

use super::*;

fn article(id: &str, hours: i64, lang: &str, title: &str, body: &str) -> LinkArticle {
    LinkArticle {
        id: id.into(),
        outlet: None,
        published: Some(Utc.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap() + Duration::hours(hours)),
        lang: Some(lang.into()),
        title: title.into(),
        body: body.into(),
    }
}

fn cluster(articles: Vec<LinkArticle>) -> Vec<Vec<String>> {
    super::cluster(articles, &LinkConfig::default())
}

const QUAKE_A: &str = "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. \
    BMKG menyebut pusat gempa berada 10 kilometer di barat daya Cianjur. Sedikitnya 1.200 rumah rusak \
    dan warga mengungsi ke lapangan terbuka.";
const QUAKE_B: &str =
    "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa berkekuatan 6,2 di Cianjur. \
    Ribuan warga Cianjur bertahan di tenda pengungsian setelah 1.200 rumah dilaporkan rusak berat.";
const QUAKE_EN: &str =
    "A magnitude 6.2 earthquake struck Cianjur in West Java on Monday, Indonesia's BMKG agency said. \
    At least 1,200 houses were damaged and residents fled to open fields.";
const RICE: &str = "Harga beras medium di pasar induk Cipinang naik menjadi Rp 14.000 per kilogram. \
    Pedagang menyebut pasokan dari sentra produksi di Jawa Tengah berkurang karena panen mundur.";

#[test]
fn same_event_different_wording_and_language_is_one_story() {
    let stories = cluster(vec![
        article("a", 0, "id", "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak", QUAKE_A),
        article("r", 1, "id", "Harga Beras Medium Naik di Cipinang", RICE),
        article("b", 2, "id", "BMKG: Gempa Cianjur Berkekuatan 6,2, Warga Mengungsi", QUAKE_B),
        article("c", 3, "en", "Magnitude 6.2 quake hits Cianjur, West Java", QUAKE_EN),
    ]);
    assert_eq!(stories, vec![vec!["a", "b", "c"], vec!["r"]]);
}

#[test]
fn a_closed_story_is_not_joined() {
    let stories = cluster(vec![
        article("a", 0, "id", "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak", QUAKE_A),
        article("b", 24 * 30, "id", "BMKG: Gempa Cianjur Berkekuatan 6,2, Warga Mengungsi", QUAKE_B),
    ]);
    assert_eq!(stories.len(), 2);
}

#[test]
fn a_story_takes_articles_for_its_span_only_even_while_it_stays_open() {
    // Each article comes within the window of the one before, so the story stays open, but
    // the third comes past the span after the first: the next turn of the topic.
    let span = LinkConfig::default().story_span_hours;
    let stories = cluster(vec![
        article("a", 0, "id", "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak", QUAKE_A),
        article("b", span - 1, "id", "BMKG: Gempa Cianjur Berkekuatan 6,2, Warga Mengungsi", QUAKE_B),
        article("c", span + 1, "id", "Gempa Cianjur 6,2: 1.200 Rumah Rusak, Warga Mengungsi", QUAKE_A),
    ]);
    assert_eq!(stories, vec![vec!["a", "b"], vec!["c"]]);
}

const RICE_B: &str = "Pedagang beras di pasar induk Cipinang mengeluhkan harga medium Rp 14.000 per \
    kilogram. Pasokan dari sentra produksi Jawa Tengah turun karena panen mundur, juga ke Jawa Barat.";
const RICE_C: &str = "Harga beras di Cipinang bertahan Rp 14.000 per kilogram; pedagang menunggu pasokan \
    panen dari Jawa Tengah yang mundur dua pekan.";

#[test]
fn a_story_whose_members_fall_apart_into_two_events_splits() {
    // A threshold so low that every article joins the first story: only a split can set
    // the two events apart again, once each has shown itself in more than one article.
    let config = LinkConfig { threshold: 0.01, ..LinkConfig::default() };
    let articles = vec![
        article("q1", 0, "id", "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak", QUAKE_A),
        article("q2", 1, "id", "BMKG: Gempa Cianjur Berkekuatan 6,2, Warga Mengungsi", QUAKE_B),
        article(
            "r1",
            2,
            "id",
            "Harga Beras Medium Naik di Cipinang",
            &format!("{RICE} Harga juga naik di Jawa Barat."),
        ),
        article("q3", 3, "id", "Gempa Cianjur 6,2: 1.200 Rumah Rusak, Warga Mengungsi", QUAKE_A),
        article("r2", 4, "id", "Pedagang Cipinang Keluhkan Harga Beras", RICE_B),
        article("r3", 5, "id", "Harga Beras Cipinang Bertahan, Panen Mundur", RICE_C),
    ];
    let mut clusterer = StoryClusterer::new(config.clone());
    let mut splits = Vec::new();
    for a in &articles {
        clusterer.push(a);
        splits.extend(clusterer.take_splits());
    }
    assert_eq!(splits, [Split { from: 0, into: 1, pushes: vec![2, 4, 5] }]);
    assert_eq!(
        super::cluster(articles.clone(), &config),
        vec![vec!["q1", "q2", "q3"], vec!["r1", "r2", "r3"]]
    );
    // without the split they stay one story
    let unsplit = LinkConfig { cohesion_threshold: 0.0, ..config };
    assert_eq!(super::cluster(articles, &unsplit).len(), 1);
}

#[test]
fn copies_are_near_duplicates_and_rewrites_are_not() {
    let copy = format!("{QUAKE_A} Sumber: kantor berita.");
    let articles = vec![
        article("a", 0, "id", "Gempa Cianjur", QUAKE_A),
        article("b", 1, "id", "Gempa Cianjur", QUAKE_B),
        article("c", 2, "id", "Gempa Cianjur", &copy),
    ];
    let pairs = near_duplicates(&articles, 0.5);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!((pairs[0].original.as_str(), pairs[0].copy.as_str()), ("a", "c"));
    assert!(pairs[0].similarity > 0.7);
}

proptest::proptest! {
    #[test]
    fn every_article_lands_in_exactly_one_story(texts in proptest::collection::vec("\\PC{0,60}", 0..12)) {
        let articles: Vec<LinkArticle> =
            texts.iter().enumerate().map(|(i, t)| article(&i.to_string(), i as i64, "id", t, t)).collect();
        let mut ids: Vec<String> = cluster(articles).into_iter().flatten().collect();
        ids.sort_by_key(|id| id.parse::<usize>().unwrap());
        let want: Vec<String> = (0..texts.len()).map(|i| i.to_string()).collect();
        proptest::prop_assert_eq!(ids, want);
    }
}

#[test]
fn memory_follows_the_window_not_the_history() {
    // Two articles a day for 400 days, each with 20 words no other article has and one word
    // it shares with the day's other article: 16,400 distinct features in all.
    let config = LinkConfig::default();
    let mut clusterer = StoryClusterer::new(config.clone());
    let (days, mut largest): (i64, usize) = (400, 0);
    for day in 0..days {
        for half in 0..2 {
            let own: Vec<String> = (0..20).map(|w| format!("w{day}x{half}y{w}")).collect();
            let text = format!("{} hari{day}", own.join(" "));
            clusterer.push(&article(&format!("{day}-{half}"), day * 24 + half, "id", "", &text));
            largest = largest.max(clusterer.vocabulary_size());
        }
    }
    // Stories close in rounds every CLOSE_EVERY pushes; the vocabulary holds the words of
    // the articles since the last round and of the stories still open then, and the words
    // seen twice (one a day here).
    let window_articles = 2 * (config.window_hours as usize / 24 + 2);
    assert!(largest <= (CLOSE_EVERY + window_articles) * 20 + days as usize, "{largest}");
}

#[test]
fn a_restored_clusterer_goes_on_as_if_it_never_stopped() {
    // Four topics reported every few hours, with a five-day pause every 40 articles; each
    // article has words of its own
    // and words of its topic and day: stories open, grow and close along the way.
    let topics = [
        "gempa Cianjur rumah rusak",
        "harga beras Cipinang naik",
        "banjir Jakarta Utara",
        "pemilu KPU suara",
    ];
    let articles: Vec<LinkArticle> = (0..240)
        .map(|i| {
            let topic = topics[(i * 7 / 5) % topics.len()];
            let own: Vec<String> = (0..12).map(|w| format!("kata{}", (i * 31 + w * 17) % 97)).collect();
            let text = format!("{topic} hari{} {} 1.{}00 orang", i / 12, own.join(" "), i % 9);
            article(&i.to_string(), (i as i64) * 4 + (i as i64 / 40) * 120, "id", topic, &text)
        })
        .collect();
    let uninterrupted: Vec<usize> = {
        let mut clusterer = StoryClusterer::new(LinkConfig::default());
        articles.iter().map(|a| clusterer.push(a)).collect()
    };
    for cut in [1, 100, 131] {
        let mut clusterer = StoryClusterer::new(LinkConfig::default());
        let mut resumed: Vec<usize> = articles[..cut].iter().map(|a| clusterer.push(a)).collect();
        let saved = serde_json::to_string(&clusterer).unwrap();
        let mut restored: StoryClusterer = serde_json::from_str(&saved).unwrap();
        resumed.extend(articles[cut..].iter().map(|a| restored.push(a)));
        assert_eq!(resumed, uninterrupted, "cut at {cut}");
    }
    assert!(uninterrupted.iter().max().unwrap() > &3, "{uninterrupted:?}");
}

const RELIEF: &str = "Presiden meninjau posko pengungsian di Kecamatan Cugenang dan menyerahkan bantuan \
    logistik. Tenda, selimut, dan makanan siap saji dikirim dari Jakarta dengan truk tentara.";
const QUAKE_AND_RELIEF: &str =
    "Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Senin siang, dan merusak \
    1.200 rumah; BMKG menyebut pusatnya 10 kilometer di barat daya Cianjur. Presiden meninjau posko \
    pengungsian di Cugenang: tenda, selimut, dan makanan siap saji dikirim dari Jakarta dengan truk tentara.";

#[test]
fn an_article_that_belongs_to_two_stories_merges_them_when_they_read_alike() {
    let quake = article("a", 0, "id", "Gempa M 6,2 Guncang Cianjur, 1.200 Rumah Rusak", QUAKE_A);
    let rice = article("r", 1, "id", "Harga Beras Medium Naik di Cipinang", RICE);
    let relief = article("b", 2, "id", "Presiden Tinjau Posko Pengungsian Cugenang", RELIEF);
    let both = article("c", 3, "id", "Gempa Cianjur: Presiden Tinjau Pengungsi", QUAKE_AND_RELIEF);
    let config = LinkConfig::default();
    let mut clusterer = StoryClusterer::new(config.clone());
    let opened: Vec<usize> = [&quake, &rice, &relief].map(|a| clusterer.push(a)).to_vec();
    assert_eq!(opened, [0, 1, 2], "three stories open apart");
    assert!(clusterer.take_merged().is_empty());
    assert_eq!(clusterer.push(&both), 0, "the older story stays");
    assert_eq!(clusterer.take_merged(), [(2, 0)]);
    // what comes next about either joins the merged story
    assert_eq!(clusterer.push(&article("d", 4, "id", "Bantuan untuk Cugenang", RELIEF)), 0);
    let articles = vec![quake, rice, relief, both];
    assert_eq!(super::cluster(articles.clone(), &config), vec![vec!["a", "b", "c"], vec!["r"]]);
    // the quake articles and the relief one read alike, but not as alike as this asks
    let strict = LinkConfig { cohesion_threshold: 0.4, ..config };
    assert_eq!(super::cluster(articles, &strict), vec![vec!["a", "c"], vec!["r"], vec!["b"]]);
}
