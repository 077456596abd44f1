//! Incremental story updates against each store backend: stories grown by later articles
//! must equal a rebuild over all of them. PostgreSQL runs when `scripts/pg-test.sh` gives a
//! server (feature `pg-tests`).

use jejak_model::{Article, ContentKind, RawPage};
use jejak_pipeline::{build_stories, update_stories, StoriesUpdated};
use jejak_store::{SqliteStore, Store, StoryQuery};

/// Articles of four topics every few hours, with a five-day pause after every 40: stories
/// open, grow across any cut and close along the way.
fn bursts(n: usize) -> Vec<(RawPage, Article)> {
    let topics = [
        "Gempa Cianjur rumah rusak",
        "Harga beras Cipinang naik",
        "Banjir Jakarta Utara",
        "Pemilu KPU suara",
    ];
    let start = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00+07:00").unwrap();
    (0..n)
        .map(|i| {
            let topic = topics[(i * 7 / 5) % topics.len()];
            let own: Vec<String> = (0..12).map(|w| format!("kata{}", (i * 31 + w * 17) % 97)).collect();
            let body = format!("{topic} hari{} {} sebanyak 1.{}00 orang.", i / 12, own.join(" "), i % 9);
            let page =
                RawPage::new(None, format!("b{i}"), ContentKind::PageText, None, body.clone().into_bytes());
            let hours = (i as i64) * 4 + (i as i64 / 40) * 120;
            let article = Article {
                id: page.id.clone(),
                page_id: page.id.clone(),
                title: Some(topic.into()),
                outlet: Some(["Kompas", "Detik", "Tempo"][i % 3].into()),
                lang: Some("id".into()),
                published: Some(start + chrono::Duration::hours(hours)),
                body: vec![body],
                ..Article::default()
            };
            (page, article)
        })
        .collect()
}

fn store_articles(store: &mut dyn Store, items: &[(RawPage, Article)]) {
    let pages: Vec<RawPage> = items.iter().map(|(p, _)| p.clone()).collect();
    store.insert_pages(&pages).unwrap();
    let articles: Vec<Article> = items.iter().map(|(_, a)| a.clone()).collect();
    store.put_articles(&articles).unwrap();
}

/// Later articles extend the stories to exactly what a rebuild over all articles gives;
/// anything else rebuilds.
fn stories_grown_by_later_articles_equal_a_rebuild(store: &mut dyn Store) {
    let items = bursts(240);
    let config = jejak_link::LinkConfig::default();
    let expect = |items: &[(RawPage, Article)]| {
        let articles: Vec<Article> = items.iter().map(|(_, a)| a.clone()).collect();
        build_stories(&articles, &config)
    };
    let stored = |store: &dyn Store| store.stories(&StoryQuery::default()).unwrap();

    store_articles(store, &items[..100]);
    let first = expect(&items[..100]);
    assert_eq!(
        update_stories(store, &config).unwrap(),
        StoriesUpdated { stories: first.len(), rebuilt: true }
    );
    assert_eq!(stored(store), first);
    // The cut falls inside a burst: later articles join stories the first run opened.
    store_articles(store, &items[100..]);
    let updated = update_stories(store, &config).unwrap();
    assert!(!updated.rebuilt);
    let all = expect(&items);
    assert_eq!(stored(store), all);
    assert_eq!(updated.stories, all.len());
    let first_ids: Vec<&String> = items[..100].iter().map(|(p, _)| &p.id).collect();
    assert!(all.iter().any(|s| s.article_ids.iter().any(|id| first_ids.contains(&id))
        && s.article_ids.iter().any(|id| !first_ids.contains(&id))));
    // Nothing new: nothing changes.
    assert!(!update_stories(store, &config).unwrap().rebuilt);
    assert_eq!(stored(store), all);

    // An article older than the newest linked one needs a rebuild, and gets one.
    let mut late = bursts(241);
    let (page, mut old) = late.pop().unwrap();
    old.published = items[50].1.published;
    store_articles(store, &[(page.clone(), old.clone())]);
    assert!(update_stories(store, &config).unwrap().rebuilt);
    let mut with_old = items.clone();
    with_old.push((page, old.clone()));
    assert_eq!(stored(store), expect(&with_old));

    // So does a replaced article, whatever its date.
    old.title = Some("Judul baru".into());
    store.put_articles(std::slice::from_ref(&old)).unwrap();
    assert!(update_stories(store, &config).unwrap().rebuilt);
    with_old.last_mut().unwrap().1 = old;
    assert_eq!(stored(store), expect(&with_old));
    // And different settings.
    let wider = jejak_link::LinkConfig { window_hours: 120, ..config.clone() };
    assert!(update_stories(store, &wider).unwrap().rebuilt);
}

#[test]
fn a_saved_story_state_of_another_version_means_a_rebuild() {
    let items = bursts(60);
    let config = jejak_link::LinkConfig::default();
    let data = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(data.path()).unwrap();
    store_articles(&mut store, &items[..40]);
    assert!(update_stories(&mut store, &config).unwrap().rebuilt);
    // The state as a much later version of Jejak would have left it (a one-byte varint).
    let conn = rusqlite::Connection::open(data.path().join("jejak.sqlite")).unwrap();
    let later = "UPDATE models SET json = CAST(X'7F' || substr(json, 2) AS BLOB) WHERE name = 'story_state'";
    assert_eq!(conn.execute(later, []).unwrap(), 1);
    store_articles(&mut store, &items[40..]);
    assert!(update_stories(&mut store, &config).unwrap().rebuilt);
    let articles: Vec<Article> = items.iter().map(|(_, a)| a.clone()).collect();
    assert_eq!(store.stories(&StoryQuery::default()).unwrap(), build_stories(&articles, &config));
    // The rebuild saved a state of this version: the next update extends it.
    assert!(!update_stories(&mut store, &config).unwrap().rebuilt);
}

#[test]
fn stories_grow_like_a_rebuild_on_each_backend() {
    jejak_store::testing::each_backend("story_updates_grow", |mut store| {
        stories_grown_by_later_articles_equal_a_rebuild(&mut *store)
    });
}
