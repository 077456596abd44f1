//! End-to-end runs of the pipeline on a temporary store.

use std::fs;

use jejak_store::{SqliteStore, Store};

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
    let data = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(data.path()).unwrap();
    let paths = vec![input.path().to_path_buf()];

    let first = ingest_paths(&mut store, &paths, &IngestOptions::default(), &NoProgress).unwrap();
    assert_eq!((first.files, first.new_pages, first.articles), (3, 2, 2));
    assert_eq!(first.errors.len(), 2, "{:?}", first.errors);
    assert!(first.errors.iter().any(|e| e.contains("b.jsonl:2: not JSON")));
    assert!(first.errors.iter().any(|e| e.contains("empty.txt: file is empty")));

    let second = ingest_paths(&mut store, &paths, &IngestOptions::default(), &NoProgress).unwrap();
    assert_eq!((second.new_pages, second.already_stored, second.articles), (0, 2, 0));
    assert_eq!(store.counts().unwrap().articles, 2);
}

#[test]
fn killed_run_resumes_from_pending_pages() {
    let data = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(data.path()).unwrap();
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
    let report = ingest_paths(&mut store, &[], &IngestOptions::default(), &NoProgress).unwrap();
    assert_eq!(report.articles, 1);
    assert!(store.pending_pages(10).unwrap().is_empty());
}

#[test]
fn fetched_pages_are_stored_under_their_url() {
    let data = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(data.path()).unwrap();
    let url = "https://www.contoh.example/berita/1?utm_source=x";
    let fetched_at = chrono::Utc::now();
    let html =
        b"<html><head><title>Banjir</title></head><body><article><p>Hujan deras.</p></article></body></html>";
    let input = || Input::Fetched { url: url.into(), fetched_at, bytes: html.to_vec() };
    let opts = IngestOptions { process: false, ..IngestOptions::default() };
    let report = ingest_inputs(&mut store, vec![input()], &opts, &NoProgress).unwrap();
    assert_eq!(report.new_pages, 1);
    let id = jejak_model::stable_id(jejak_model::canonical_url(url).unwrap().as_bytes());
    assert!(store.has_page(&id).unwrap());
    let page = store.pending_pages(10).unwrap().remove(0);
    assert_eq!(
        (page.id.as_str(), page.url.as_deref(), page.fetched_at),
        (id.as_str(), Some(url), Some(fetched_at))
    );
    let again = ingest_inputs(&mut store, vec![input()], &opts, &NoProgress).unwrap();
    assert_eq!((again.new_pages, again.already_stored), (0, 1));
}
