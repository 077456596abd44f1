//! End-to-end runs of the pipeline on a temporary store of each backend.

use std::fs;

use jejak_model::ContentKind;
use jejak_store::testing::each_backend;
use jejak_store::Store;

use super::*;

fn write(dir: &std::path::Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap();
}

#[test]
fn reingest_adds_nothing_and_bad_files_are_reported() {
    let input = tempfile::tempdir().unwrap();
    write(
        input.path(),
        "a.txt",
        "Banjir melanda Jakarta\n\nHujan deras sejak pagi membuat banjir di Jakarta Utara.",
    );
    write(
        input.path(),
        "b.jsonl",
        "{\"id\":\"r1\",\"outlet\":\"Contoh\",\"title\":\"Gempa\",\"body\":\"Gempa terjadi.\"}\nnot json\n",
    );
    write(input.path(), "empty.txt", "");
    let paths = vec![input.path().to_path_buf()];
    each_backend("pipeline_reingest", |mut store| {
        let store = &mut *store;
        let first = ingest_paths(store, &paths, &IngestOptions::default(), &NoProgress).unwrap();
        assert_eq!((first.files, first.new_pages, first.articles), (3, 2, 2));
        assert_eq!(first.errors.len(), 2, "{:?}", first.errors);
        assert!(first.errors.iter().any(|e| e.contains("b.jsonl:2: not JSON")));
        assert!(first.errors.iter().any(|e| e.contains("empty.txt: file is empty")));

        let second = ingest_paths(store, &paths, &IngestOptions::default(), &NoProgress).unwrap();
        assert_eq!((second.new_pages, second.already_stored, second.articles), (0, 2, 0));
        assert_eq!(store.counts().unwrap().articles, 2);
    });
}

#[test]
fn killed_run_resumes_from_pending_pages() {
    each_backend("pipeline_resume", |mut store| {
        // Pages committed but never extracted, as after a kill between the two batches.
        let page = jejak_model::RawPage::new(
            None,
            "x.txt".into(),
            jejak_model::ContentKind::PageText,
            None,
            b"Judul berita\n\nIsi berita yang cukup panjang untuk menjadi paragraf.".to_vec(),
        );
        store.insert_pages(&[page]).unwrap();
        assert_eq!(store.counts().unwrap().articles, 0);
        let report = ingest_paths(&mut *store, &[], &IngestOptions::default(), &NoProgress).unwrap();
        assert_eq!(report.articles, 1);
        assert!(store.pending_pages(10).unwrap().is_empty());
    });
}

#[test]
fn fetched_pages_are_stored_under_their_url() {
    each_backend("pipeline_fetched", |mut store| fetched_page_is_stored_under_its_url(&mut *store));
}

fn fetched_page_is_stored_under_its_url(store: &mut dyn Store) {
    let url = "https://www.contoh.example/berita/1?utm_source=x";
    let fetched_at = chrono::Utc::now();
    let html =
        b"<html><head><title>Banjir</title></head><body><article><p>Hujan deras.</p></article></body></html>";
    let input = || Input::Fetched { url: url.into(), fetched_at, bytes: html.to_vec() };
    let opts = IngestOptions { process: false, ..IngestOptions::default() };
    let report = ingest_inputs(store, vec![input()], &opts, &NoProgress).unwrap();
    assert_eq!(report.new_pages, 1);
    let id = jejak_model::stable_id(jejak_model::canonical_url(url).unwrap().as_bytes());
    assert!(store.has_page(&id).unwrap());
    let page = store.pending_pages(10).unwrap().remove(0);
    assert_eq!(
        (page.id.as_str(), page.url.as_deref(), page.fetched_at),
        (id.as_str(), Some(url), Some(fetched_at))
    );
    let again = ingest_inputs(store, vec![input()], &opts, &NoProgress).unwrap();
    assert_eq!((again.new_pages, again.already_stored), (0, 1));
}

#[test]
fn streamed_rebuild_equals_the_slice_api() {
    each_backend("pipeline_streamed_rebuild", |mut store| streamed_rebuild_is_the_slice_api(&mut *store));
}

fn streamed_rebuild_is_the_slice_api(store: &mut dyn Store) {
    use jejak_model::{Article, PageKind, RawPage};
    use jejak_store::StoryQuery;

    const FLOOD: &str = "Banjir besar melanda Jakarta Utara setelah hujan deras semalaman. Ribuan warga \
                         Penjaringan mengungsi dan BPBD DKI mencatat ketinggian air 150 sentimeter.";
    const QUAKE: &str = "Gempa magnitudo 5,6 mengguncang Cianjur, Jawa Barat. BMKG menyebut pusat gempa \
                         di darat dan ratusan rumah warga Cugenang rusak berat.";
    const VOTE: &str = "Komisi Pemilihan Umum menetapkan jadwal kampanye pemilihan kepala daerah serentak \
                        dan meminta partai politik menyerahkan daftar calon.";
    // (topic, title, lead, outlet, published), in ingest order: out of publication order,
    // with undated articles, a tie in time, empty titles and one page that is no article.
    let specs = [
        (FLOOD, Some("Banjir Jakarta Utara"), None, "Kompas", Some("2026-03-10T10:00:00+07:00")),
        (QUAKE, Some("Gempa Cianjur"), None, "Detik", None),
        (FLOOD, Some(""), Some("Banjir lagi"), "Detik", Some("2026-03-10T01:00:00Z")),
        (FLOOD, None, None, "Tempo", None),
        (VOTE, Some("   "), None, "Tempo", Some("2026-03-09T20:00:00Z")),
        (QUAKE, Some("Gempa susulan"), None, "Kompas", None),
        (FLOOD, Some("Warga mengungsi"), None, "Antara", Some("2026-03-10T03:00:00Z")),
        (FLOOD, Some("Indeks berita"), None, "Antara", Some("2026-03-09T00:00:00Z")),
        (VOTE, None, Some("KPU menetapkan jadwal"), "Detik", Some("2026-03-08T00:00:00Z")),
    ];
    let mut articles = Vec::new();
    for (i, (body, title, lead, outlet, published)) in specs.into_iter().enumerate() {
        let page =
            RawPage::new(None, format!("p{i}"), ContentKind::PageText, None, format!("{i}").into_bytes());
        store.insert_pages(std::slice::from_ref(&page)).unwrap();
        articles.push(Article {
            id: page.id.clone(),
            page_id: page.id,
            kind: if i == 7 { PageKind::Listing } else { PageKind::Article },
            title: title.map(str::to_string),
            lead: lead.map(str::to_string),
            outlet: Some(outlet.into()),
            lang: Some("id".into()),
            published: published.map(|t| chrono::DateTime::parse_from_rfc3339(t).unwrap()),
            body: vec![body.into()],
            ..Article::default()
        });
    }
    // Extracted in another order than ingested.
    for a in articles.iter().rev() {
        store.put_articles(std::slice::from_ref(a)).unwrap();
    }
    let real: Vec<Article> = articles.iter().filter(|a| a.kind == PageKind::Article).cloned().collect();
    let config = jejak_link::LinkConfig::default();
    let expected = build_stories(&real, &config);
    assert_eq!(relink(store, &config).unwrap(), expected.len());
    assert_eq!(store.stories(&StoryQuery::default()).unwrap(), expected);

    // The clustering the comparison rests on: the flood story gathers dated and undated
    // articles in publication order and takes its id from the earliest, its title from the
    // first member that has one.
    let id = |i: usize| articles[i].id.clone();
    let flood = expected.iter().find(|s| s.article_ids.contains(&id(0))).unwrap();
    assert_eq!(flood.article_ids, [id(2), id(0), id(6), id(3)]);
    assert_eq!(flood.id, format!("s{}", jejak_model::stable_id(id(2).as_bytes())));
    assert_eq!(flood.title, "Banjir Jakarta Utara");
    assert_eq!(flood.outlets, ["Detik", "Kompas", "Antara", "Tempo"]);
    let vote = expected.iter().find(|s| s.article_ids.contains(&id(8))).unwrap();
    assert_eq!((vote.article_ids.len(), vote.title.as_str()), (2, "KPU menetapkan jadwal"));
    assert!(expected.iter().any(|s| s.article_ids == [id(1), id(5)]), "{expected:#?}");
}
