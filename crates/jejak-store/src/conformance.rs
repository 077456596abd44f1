//! Behaviour every [`Store`] backend must share, written once and run against each backend
//! by [`crate::testing::each_backend`]: SQLite always, PostgreSQL under `scripts/pg-test.sh`.

use chrono::Utc;
use jejak_model::{Article, ContentKind, RawPage, Story};

use crate::{SearchQuery, Store, StoryCursor, StoryQuery};

fn page(text: &str) -> RawPage {
    RawPage::new(None, "test".into(), ContentKind::PageText, None, text.as_bytes().to_vec())
}

fn article_for(page: &RawPage, title: &str, body: &str) -> Article {
    Article {
        id: page.id.clone(),
        page_id: page.id.clone(),
        title: Some(title.into()),
        body: vec![body.into()],
        outlet: Some("Contoh.com".into()),
        lang: Some("id".into()),
        ..Article::default()
    }
}

/// Pages are stored once; extracted pages leave the pending queue.
pub fn pages_are_stored_once(store: &mut dyn Store) {
    let p = page("Satu halaman berita.");
    assert!(!store.has_page(&p.id).unwrap());
    assert_eq!(store.insert_pages(&[p.clone(), p.clone()]).unwrap(), vec![true, false]);
    assert!(store.has_page(&p.id).unwrap());
    assert!(!store.has_page("0000000000000000").unwrap());
    assert_eq!(store.pending_pages(10).unwrap().len(), 1);
    store.put_articles(&[article_for(&p, "Banjir di Jakarta", "Hujan deras membuat banjir.")]).unwrap();
    store.flush().unwrap();
    assert!(store.pending_pages(10).unwrap().is_empty());
    let counts = store.counts().unwrap();
    assert_eq!((counts.pages, counts.articles), (1, 1));
    assert_eq!(store.article(&p.id).unwrap().unwrap().title.as_deref(), Some("Banjir di Jakarta"));
    // Writing the same article again replaces it; of one batch, the last write wins.
    store.put_articles(&[article_for(&p, "Banjir di Jakarta Utara", "Hujan deras.")]).unwrap();
    assert_eq!(store.counts().unwrap().articles, 1);
    let twice = [article_for(&p, "Pertama", "a"), article_for(&p, "Kedua", "b")];
    store.put_articles(&twice).unwrap();
    assert_eq!(store.counts().unwrap().articles, 1);
    assert_eq!(store.article(&p.id).unwrap().unwrap().title.as_deref(), Some("Kedua"));
}

/// Requeued pages are pending again and keep their articles until replaced.
pub fn requeued_pages_are_pending_again(store: &mut dyn Store) {
    let pages = [page("Halaman pertama."), page("Halaman kedua.")];
    store.insert_pages(&pages).unwrap();
    let articles: Vec<Article> = pages.iter().map(|p| article_for(p, "Judul lama", "Isi lama.")).collect();
    store.put_articles(&articles).unwrap();
    store.flush().unwrap();
    assert!(store.pending_pages(10).unwrap().is_empty());
    assert_eq!(store.requeue_pages().unwrap(), 2);
    let pending: Vec<String> = store.pending_pages(10).unwrap().into_iter().map(|p| p.id).collect();
    assert_eq!(pending, [pages[0].id.clone(), pages[1].id.clone()], "in ingest order");
    assert_eq!(store.counts().unwrap().articles, 2, "articles stay until replaced");
    // (pending_pages leases what it returns on PostgreSQL: no second look at the queue)
    store.put_articles(&[article_for(&pages[0], "Judul baru", "Isi baru.")]).unwrap();
    store.flush().unwrap();
    assert_eq!(store.article(&pages[0].id).unwrap().unwrap().title.as_deref(), Some("Judul baru"));
    assert_eq!(store.counts().unwrap().articles, 2);
}

/// Search matches stemmed terms, filters by outlet, and highlights.
pub fn search_finds_and_filters(store: &mut dyn Store) {
    let p = page("gempa");
    store.insert_pages(std::slice::from_ref(&p)).unwrap();
    store.put_articles(&[article_for(&p, "Gempa Cianjur", "Gempa mengguncang Cianjur pagi ini.")]).unwrap();
    store.flush().unwrap();
    let found = store.search(&SearchQuery::new("Cianjur", 10)).unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(found.hits[0].article_id, p.id);
    let hit = &found.hits[0];
    let marked: Vec<&str> = hit.highlights.iter().map(|&(s, e)| &hit.snippet[s..e]).collect();
    assert_eq!(marked, ["Cianjur"]);
    let other = SearchQuery { outlet: Some("Lain".into()), ..SearchQuery::new("Cianjur", 10) };
    assert_eq!(store.search(&other).unwrap().total, 0);
    let same = SearchQuery { outlet: Some("contoh.com".into()), ..SearchQuery::new("Cianjur", 10) };
    assert_eq!(store.search(&same).unwrap().total, 1);
    // One of two words suffices when no article has both.
    assert_eq!(store.search(&SearchQuery::new("Cianjur Surabaya", 10)).unwrap().total, 1);
    assert!(store.search(&SearchQuery::new("  ", 10)).is_err());
    // A re-extracted article replaces its entry; one that turns out not to be an article
    // leaves the index.
    store.put_articles(&[article_for(&p, "Gempa Cianjur lagi", "Gempa susulan di Cianjur.")]).unwrap();
    store.flush().unwrap();
    assert_eq!(store.search(&SearchQuery::new("Cianjur", 10)).unwrap().total, 1);
    assert_eq!(store.search(&SearchQuery::new("susulan", 10)).unwrap().total, 1);
    assert_eq!(store.search(&SearchQuery::new("mengguncang", 10)).unwrap().total, 0);
    let listing =
        Article { kind: jejak_model::PageKind::Listing, ..article_for(&p, "Indeks", "Gempa Cianjur") };
    store.put_articles(&[listing]).unwrap();
    store.flush().unwrap();
    assert_eq!(store.search(&SearchQuery::new("Cianjur", 10)).unwrap().total, 0);
}

/// Stories are replaced whole, listed newest first, paged by cursor without gaps or
/// repeats, and filtered by outlet.
pub fn stories_page_and_filter(store: &mut dyn Store) {
    let mut stories = Vec::new();
    for i in 0..7 {
        let p = page(&format!("page {i}"));
        store.insert_pages(std::slice::from_ref(&p)).unwrap();
        let mut a = article_for(&p, "t", "b");
        a.outlet = Some(if i % 2 == 0 { "Genap" } else { "Ganjil" }.into());
        store.put_articles(&[a]).unwrap();
        // Two stories share each day, so the id breaks ties.
        let day = chrono::DateTime::parse_from_rfc3339(&format!("2026-03-{:02}T00:00:00Z", 10 + i / 2))
            .unwrap()
            .with_timezone(&Utc);
        stories.push(Story {
            id: format!("s{i}"),
            title: format!("story {i}"),
            first_seen: Some(day),
            last_seen: Some(day),
            outlets: vec![],
            languages: vec![],
            article_ids: vec![p.id.clone()],
            timeline: vec![1],
            merged: vec![],
            split_off: vec![],
            split_from: None,
        });
    }
    store.replace_stories(&stories).unwrap();
    store.replace_stories(&stories).unwrap();
    assert_eq!(store.story("s3").unwrap().as_ref(), Some(&stories[3]));
    assert_eq!(store.story("nope").unwrap(), None);
    let mut seen = Vec::new();
    let mut query = StoryQuery { limit: 3, ..StoryQuery::default() };
    loop {
        let page = store.stories(&query).unwrap();
        if page.is_empty() {
            break;
        }
        let cursor = StoryCursor::after(page.last().unwrap());
        assert_eq!(StoryCursor::decode(&cursor.encode()), Some(cursor.clone()));
        seen.extend(page.into_iter().map(|s| s.id));
        query.after = Some(cursor);
    }
    assert_eq!(seen, ["s6", "s4", "s5", "s2", "s3", "s0", "s1"]);
    let odd = store.stories(&StoryQuery { outlet: Some("Ganjil".into()), ..StoryQuery::default() }).unwrap();
    assert_eq!(odd.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["s5", "s3", "s1"]);
    let outlets = store.outlets().unwrap();
    assert_eq!((outlets[0].name.as_str(), outlets[0].article_count), ("Genap", 4));
    let built = store.relink_streaming(&mut |articles, sink| {
        assert_eq!(articles.count(), 7);
        stories[..2].iter().try_for_each(|story| sink(story.clone()))?;
        Ok(None)
    });
    assert_eq!(built.unwrap(), 2);
    assert_eq!(store.counts().unwrap().stories, 2);
    assert_eq!(store.story("s1").unwrap().as_ref(), Some(&stories[1]));
    // A build that fails after writing some stories leaves the stories as they were.
    let failed = store.relink_streaming(&mut |_, sink| {
        sink(stories[5].clone())?;
        Err(crate::StoreError::Corrupt { what: "test".into(), message: "build failed".into() })
    });
    assert!(failed.is_err());
    assert_eq!(store.counts().unwrap().stories, 2);
    assert_eq!(store.story("s5").unwrap(), None);
    // The next rebuild starts from nothing, not from the failed one's leftovers.
    let rebuilt = store.relink_streaming(&mut |_, sink| sink(stories[3].clone()).map(|()| None));
    assert_eq!(rebuilt.unwrap(), 1);
    assert_eq!(store.stories(&StoryQuery::default()).unwrap(), vec![stories[3].clone()]);
}

/// A story rebuild streams articles (kind `article` only) in publication order: by UTC
/// time whatever the offset or fraction digits, ties and undated articles in ingest order,
/// undated last; the same order as sorting by [`crate::publication_key`].
pub fn relink_streams_in_publication_order(store: &mut dyn Store) {
    let published = [
        Some("2026-03-10T12:00:00.500Z"),
        None,
        Some("2026-03-10T19:00:00+07:00"),
        Some("2026-03-09T00:00:00Z"),
        None,
        Some("2026-03-10T12:00:00Z"),
        Some("2026-03-10T12:00:00.123456Z"),
        Some("2026-03-01T00:00:00Z"),
    ];
    let mut articles = Vec::new();
    for (i, when) in published.iter().enumerate() {
        let p = page(&format!("urutan {i}"));
        store.insert_pages(std::slice::from_ref(&p)).unwrap();
        let mut a = article_for(&p, &format!("t{i}"), "b");
        a.published = when.map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap());
        if i == 7 {
            a.kind = jejak_model::PageKind::Listing;
        }
        articles.push(a);
    }
    // Extracted in another order than ingested: ingest order is what breaks ties.
    for a in articles.iter().rev() {
        store.put_articles(std::slice::from_ref(a)).unwrap();
    }
    let mut streamed = Vec::new();
    store
        .relink_streaming(&mut |stream, _| {
            for article in stream {
                streamed.push(article?.title.unwrap());
            }
            Ok(None)
        })
        .unwrap();
    assert_eq!(streamed, ["t3", "t2", "t5", "t6", "t0", "t1", "t4"]);
    let mut sorted = store.articles().unwrap();
    sorted.sort_by_key(crate::publication_key);
    assert_eq!(sorted.into_iter().map(|a| a.title.unwrap()).collect::<Vec<_>>(), streamed);
}

/// Stories grow from the state saved with them: an extension gets that state and only the
/// articles no story has taken in, replaces the stories it hands back by id, and declining
/// or failing changes nothing; a replaced article (even one that became a non-article)
/// means a rebuild, which settles it.
pub fn stories_extend_from_saved_state(store: &mut dyn Store) {
    let mut articles = Vec::new();
    let mut add = |store: &mut dyn Store, n: usize| {
        let at = articles.len();
        for i in at..at + n {
            let p = page(&format!("tumbuh {i}"));
            store.insert_pages(std::slice::from_ref(&p)).unwrap();
            let mut a = article_for(&p, &format!("t{i}"), "b");
            a.published = Some(
                chrono::DateTime::parse_from_rfc3339(&format!("2026-04-{:02}T08:00:00Z", 1 + i)).unwrap(),
            );
            store.put_articles(std::slice::from_ref(&a)).unwrap();
            articles.push(a);
        }
        articles.clone()
    };
    let story = |id: &str, members: &[&Article]| Story {
        id: id.into(),
        title: id.into(),
        first_seen: None,
        last_seen: members.last().and_then(|a| a.published_utc()),
        outlets: vec![],
        languages: vec![],
        article_ids: members.iter().map(|a| a.id.clone()).collect(),
        timeline: vec![],
        merged: vec![],
        split_off: vec![],
        split_from: None,
    };
    let titles = |stream: &mut dyn Iterator<Item = crate::Result<Article>>| -> Vec<String> {
        stream.map(|a| a.unwrap().title.unwrap()).collect()
    };
    assert_eq!(store.extend_stories(&mut |_, _, _| panic!("nothing saved to go on from")).unwrap(), None);
    let a = add(store, 3);
    let built = store.relink_streaming(&mut |stream, sink| {
        assert_eq!(titles(stream), ["t0", "t1", "t2"]);
        sink(story("s1", &[&a[0], &a[1]]))?;
        sink(story("s2", &[&a[2]]))?;
        Ok(Some(b"state 1".to_vec()))
    });
    assert_eq!(built.unwrap(), 2);
    // Nothing new: the extension sees no articles, and the stories stand.
    let unchanged = |state: &[u8], stream: &mut dyn Iterator<Item = crate::Result<Article>>| {
        assert_eq!(stream.count(), 0);
        Ok(Some(state.to_vec()))
    };
    assert_eq!(store.extend_stories(&mut |state, stream, _| unchanged(state, stream)).unwrap(), Some(2));

    let a = add(store, 2);
    let grown = store.extend_stories(&mut |state, stream, sink| {
        assert_eq!(state, b"state 1");
        assert_eq!(titles(stream), ["t3", "t4"]);
        sink(story("s2", &[&a[2], &a[3]]))?;
        sink(story("s3", &[&a[4]]))?;
        Ok(Some(b"state 2".to_vec()))
    });
    assert_eq!(grown.unwrap(), Some(3));
    assert_eq!(store.story("s1").unwrap(), Some(story("s1", &[&a[0], &a[1]])));
    assert_eq!(store.story("s2").unwrap(), Some(story("s2", &[&a[2], &a[3]])));
    assert_eq!(store.counts().unwrap().stories, 3);

    // Declining, or failing, leaves everything as it was: the same articles come again.
    let a = add(store, 1);
    let declined = store.extend_stories(&mut |_, stream, sink| {
        assert_eq!(titles(stream), ["t5"]);
        sink(story("s3", &[&a[4], &a[5]]))?;
        Ok(None)
    });
    assert_eq!(declined.unwrap(), None);
    let failed = store.extend_stories(&mut |_, _, sink| {
        sink(story("s4", &[&a[5]]))?;
        Err(crate::StoreError::Corrupt { what: "test".into(), message: "extension failed".into() })
    });
    assert!(failed.is_err());
    assert_eq!(store.story("s3").unwrap(), Some(story("s3", &[&a[4]])));
    assert_eq!(store.story("s4").unwrap(), None);
    let grown = store.extend_stories(&mut |state, stream, sink| {
        assert_eq!(state, b"state 2");
        assert_eq!(titles(stream), ["t5"]);
        sink(story("s3", &[&a[4], &a[5]]))?;
        Ok(Some(b"state 3".to_vec()))
    });
    assert_eq!(grown.unwrap(), Some(3));

    // A replaced article needs a rebuild, even one that is no longer an article, or was a
    // non-article for a while in between.
    let replaced = |title: &str| article_for(&page("tumbuh 1"), title, "b");
    let listing = Article { kind: jejak_model::PageKind::Listing, ..replaced("indeks") };
    for replacements in [vec![replaced("t1 baru")], vec![listing.clone(), replaced("t1 lagi")], vec![listing]]
    {
        store.put_articles(&replacements).unwrap();
        assert_eq!(store.extend_stories(&mut |_, _, _| panic!("replaced article")).unwrap(), None);
        let rebuilt = store.relink_streaming(&mut |stream, sink| {
            let seen = titles(stream);
            sink(story("s1", &[&a[0]]))?;
            Ok(Some(seen.join(",").into_bytes()))
        });
        assert_eq!(rebuilt.unwrap(), 1);
        assert_eq!(store.extend_stories(&mut |state, stream, _| unchanged(state, stream)).unwrap(), Some(1));
    }
    let a = add(store, 1);
    let grown = store.extend_stories(&mut |state, stream, sink| {
        assert_eq!(state, b"t0,t2,t3,t4,t5");
        assert_eq!(titles(stream), ["t6"]);
        sink(story("s5", &[&a[6]]))?;
        Ok(Some(b"state 4".to_vec()))
    });
    assert_eq!(grown.unwrap(), Some(2));
    // Stories set from outside match no saved state: the next update must rebuild.
    store.replace_stories(&[story("s1", &[&a[0]])]).unwrap();
    assert_eq!(store.extend_stories(&mut |_, _, _| panic!("stories replaced wholesale")).unwrap(), None);
}

/// Quotes and models round-trip.
pub fn quotes_and_models_round_trip(store: &mut dyn Store) {
    let p = page("kutipan");
    store.insert_pages(std::slice::from_ref(&p)).unwrap();
    store.put_articles(&[article_for(&p, "t", "\"Kami siap,\" kata Ani.")]).unwrap();
    let quote = jejak_model::Quote {
        article_id: p.id.clone(),
        paragraph: 0,
        span: jejak_model::Span { start: 0, end: 12 },
        text: "Kami siap,".into(),
        direct: true,
        speaker: Some("Ani".into()),
        speaker_role: None,
        cue: Some("kata".into()),
        certainty: jejak_model::Certainty::Assertive,
        venue: None,
        via: vec![],
    };
    store.put_quotes(&[(p.id.clone(), vec![quote.clone()])]).unwrap();
    store.put_quotes(&[(p.id.clone(), vec![quote.clone()])]).unwrap();
    assert_eq!(store.quotes(&p.id).unwrap(), vec![quote.clone()]);
    store.put_quotes(&[(p.id.clone(), vec![quote.clone(), quote.clone()]), (p.id.clone(), vec![])]).unwrap();
    assert_eq!(store.quotes(&p.id).unwrap(), vec![]);
    store.put_quotes(&[(p.id.clone(), vec![]), (p.id.clone(), vec![quote.clone()])]).unwrap();
    assert_eq!(store.quotes(&p.id).unwrap(), vec![quote]);
    assert_eq!(store.load_model("m").unwrap(), None);
    store.save_model("m", "{\"a\":1}").unwrap();
    store.save_model("m", "{\"a\":2}").unwrap();
    assert_eq!(store.load_model("m").unwrap().as_deref(), Some("{\"a\":2}"));
}

#[test]
fn conformance_suite_on_each_backend() {
    type Case = fn(&mut dyn Store);
    let cases: [(&str, Case); 7] = [
        ("conf_pages_once", pages_are_stored_once),
        ("conf_requeue", requeued_pages_are_pending_again),
        ("conf_search", search_finds_and_filters),
        ("conf_stories", stories_page_and_filter),
        ("conf_publication_order", relink_streams_in_publication_order),
        ("conf_extend_stories", stories_extend_from_saved_state),
        ("conf_quotes_models", quotes_and_models_round_trip),
    ];
    for (name, case) in cases {
        crate::testing::each_backend(name, |mut store| case(&mut *store));
    }
}
