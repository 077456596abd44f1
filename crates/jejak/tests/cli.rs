//! End-to-end tests: the real `jejak` binary on a temporary data directory, and real HTTP
//! on loopback for `serve`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Output, Stdio};

mod common;
use common::{http_get, jejak, jejak_command, jejak_json, json, json_body, open_store, seeds_dir};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write_inputs(dir: &Path) {
    std::fs::write(
        dir.join("banjir.txt"),
        "Banjir Rendam Ribuan Rumah di Kota Hilir\n\nHujan deras sejak Senin malam membuat sungai meluap dan merendam ribuan rumah warga.\n\nWarga mengungsi ke masjid dan sekolah terdekat.",
    )
    .unwrap();
    std::fs::write(
        dir.join("wire.jsonl"),
        concat!(
            "{\"id\":\"w1\",\"outlet\":\"Kabar Contoh\",\"url\":\"https://kabar.example/1\",\"published\":\"2026-03-12T10:00:00+07:00\",\"lang\":\"id\",\"title\":\"Jembatan baru dibuka\",\"body\":\"Jembatan baru di Kota Hulu dibuka untuk umum pada Kamis.\"}\n",
            "{\"id\":\"w2\",\"outlet\":\"Kabar Contoh\",\"url\":\"https://kabar.example/2\",\"published\":\"2026-03-13T10:00:00+07:00\",\"lang\":\"id\",\"title\":\"Pasar murah digelar\",\"body\":\"Pemerintah kota menggelar pasar murah menjelang Ramadan.\"}\n",
        ),
    )
    .unwrap();
}

#[test]
fn ingest_twice_adds_nothing_the_second_time() {
    let input = tempfile::tempdir().unwrap();
    write_inputs(input.path());
    let data = tempfile::tempdir().unwrap();
    let path = input.path().to_str().unwrap();

    let first = json(&jejak(data.path(), &["ingest", path, "--json"]));
    assert_eq!(first["new_pages"], 3);
    assert_eq!(first["store"]["articles"], 3);

    let second = json(&jejak(data.path(), &["ingest", path, "--json"]));
    assert_eq!(second["new_pages"], 0);
    assert_eq!(second["already_stored"], 3);
    assert_eq!(second["store"]["articles"], 3);

    let text = jejak(data.path(), &["ingest", path]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("nothing to add"));
}

#[test]
fn reprocess_replaces_what_an_older_extraction_stored() {
    let input = tempfile::tempdir().unwrap();
    std::fs::write(
        input.path().join("jembatan.jsonl"),
        "{\"id\":\"j1\",\"outlet\":\"Kabar Contoh\",\"published\":\"2026-03-12T10:00:00+07:00\",\"lang\":\"id\",\
          \"title\":\"Jembatan Sukamaju dibuka\",\"body\":\"Jembatan baru di Kabupaten Sukamaju dibuka untuk umum \
          pada Kamis. \\\"Warga tidak perlu lagi memutar sejauh 12 kilometer,\\\" kata Bupati Rudi Hartono.\"}\n",
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let first = json(&jejak(data.path(), &["ingest", input.path().to_str().unwrap(), "--json"]));
    assert!(first["outdated_analysis"].is_null(), "a store filled by this version is current: {first}");
    let search_titles = |query: &str| -> Vec<String> {
        let hits = jejak_json(data.path(), &["search", query, "--json"]);
        hits["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap().to_string()).collect()
    };
    let id = jejak_json(data.path(), &["search", "jembatan", "--json"])["hits"][0]["article_id"]
        .as_str()
        .unwrap()
        .to_string();
    let fresh_quotes = jejak_json(data.path(), &["quotes", &id, "--json"]);
    assert!(fresh_quotes.to_string().contains("Rudi Hartono"), "{fresh_quotes}");

    // What an older Jejak might have left: another title, no quotes, its analysis version.
    {
        let mut store = open_store(data.path());
        let mut stale = store.article(&id).unwrap().unwrap();
        stale.title = Some("Judul versi lama".into());
        store.put_articles(&[stale]).unwrap();
        store.put_quotes(&[(id.clone(), vec![])]).unwrap();
        store.save_model("analysis_version", "0").unwrap();
        store.flush().unwrap();
    }
    assert_eq!(search_titles("versi lama"), ["Judul versi lama"]);
    // ingest says so, and what to do
    let told = jejak(data.path(), &["ingest", input.path().to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&told.stdout).contains("jejak reprocess"), "{told:?}");

    let report = jejak_json(data.path(), &["reprocess", "--json"]);
    assert_eq!((report["pages"].as_u64(), report["articles"].as_u64()), (Some(1), Some(1)), "{report}");
    assert_eq!(report["stories"], 1);
    assert_eq!(jejak_json(data.path(), &["quotes", &id, "--json"]), fresh_quotes);
    assert_eq!(search_titles("jembatan"), ["Jembatan Sukamaju dibuka"]);
    assert!(search_titles("versi lama").is_empty());
    let after = json(&jejak(data.path(), &["ingest", input.path().to_str().unwrap(), "--json"]));
    assert!(after["outdated_analysis"].is_null(), "reprocess brought the store up to date: {after}");
    // nothing was added: the page is still one page with one article
    let again = jejak_json(data.path(), &["reprocess", "--json"]);
    assert_eq!((again["pages"].as_u64(), again["articles"].as_u64()), (Some(1), Some(1)));
}

#[test]
fn reprocess_without_a_store_says_so() {
    let data = tempfile::tempdir().unwrap();
    // (a data directory with no SQLite store in it: the PostgreSQL runs name a server)
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_jejak"))
        .arg("--data")
        .arg(data.path().join("none"))
        .arg("reprocess")
        .env_remove("JEJAK_STORE")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(stderr(&output).contains("nothing to reprocess"), "{}", stderr(&output));
}

#[test]
fn bad_input_is_named_and_loses_nothing() {
    let input = tempfile::tempdir().unwrap();
    write_inputs(input.path());
    let data = tempfile::tempdir().unwrap();
    let good = json(&jejak(data.path(), &["ingest", input.path().to_str().unwrap(), "--json"]));
    assert_eq!(good["store"]["articles"], 3);

    let bad = tempfile::tempdir().unwrap();
    let b = bad.path();
    std::fs::write(b.join("image.txt"), [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1]).unwrap();
    std::fs::write(b.join("empty.html"), "").unwrap();
    std::fs::write(b.join("latin1.txt"), b"Berita \xe9\xe8 hari ini").unwrap();
    std::fs::write(b.join("broken.jsonl"), "{\"title\":\"ok\",\"body\":\"Isi berita.\"}\n{oops\n").unwrap();
    let missing = b.join("no-such-dir");

    // Everything bad at once, with one good JSONL line: partial success exits 0.
    let out = jejak(data.path(), &["ingest", b.to_str().unwrap(), missing.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(out.status.success(), "one line was good, so the run succeeds: {err}");
    for expected in [
        "image.txt: binary data",
        "empty.html: file is empty",
        "latin1.txt: not valid UTF-8",
        "broken.jsonl:2: not JSON",
        "no-such-dir: no such file or directory",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}:\n{err}");
    }

    // Nothing readable at all: non-zero exit, and the store still has every article.
    let out =
        jejak(data.path(), &["ingest", b.join("image.txt").to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stories = json(&jejak(data.path(), &["stories", "--json"]));
    let articles: usize = stories["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["article_ids"].as_array().unwrap().len())
        .sum();
    assert_eq!(articles, 4);
}

#[test]
fn demo_runs_on_an_empty_data_directory() {
    let data = tempfile::tempdir().unwrap();
    let summary = json(&jejak(&data.path().join("fresh"), &["demo", "--no-serve", "--json"]));
    assert!(summary["store"]["articles"].as_u64().unwrap() >= 20, "{summary}");
    assert!(summary["store"]["stories"].as_u64().unwrap() >= 1);
    assert_eq!(summary["errors"].as_array().unwrap().len(), 0, "{summary}");
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_answers_real_http_on_loopback() {
    let data = tempfile::tempdir().unwrap();
    json(&jejak(data.path(), &["ingest", seeds_dir().to_str().unwrap(), "--json"]));
    let mut child = jejak_command(data.path())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("serve prints its URL")
        .to_string();

    let (status, body) = http_get(&addr, "/api/v1/stories");
    assert_eq!(status, 200, "{body}");
    let stories = json_body(&body);
    assert!(!stories["stories"].as_array().unwrap().is_empty());

    let (status, html) = http_get(&addr, "/");
    assert_eq!(status, 200);
    assert!(html.contains("Latest"), "English is the default UI language");
    drop(server);
}

#[test]
fn standard_input_is_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let page = std::fs::read(seeds_dir().join("002_9e5624bc9284e224.txt")).unwrap();
    let ingest_stdin = || {
        let mut child = jejak_command(&data)
            .args(["ingest", "--json", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&page).unwrap();
        json(&child.wait_with_output().unwrap())
    };
    let first = ingest_stdin();
    assert_eq!((first["new_pages"].as_u64(), first["articles"].as_u64()), (Some(1), Some(1)), "{first}");
    let again = ingest_stdin();
    assert_eq!(again["already_stored"], 1, "the same bytes again add nothing: {again}");
}

#[test]
fn analyze_prints_quantities_dates_and_canonical_names() {
    let dir = tempfile::tempdir().unwrap();
    let seed = seeds_dir().join("000_a4365d142b35687e.txt");
    let out = json(&jejak(&dir.path().join("data"), &["analyze", seed.to_str().unwrap(), "--json"]));
    assert_eq!(out["lang"], "id");
    let paragraphs = out["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 13);
    let all =
        |key: &str| paragraphs.iter().flat_map(|p| p[key].as_array().unwrap().clone()).collect::<Vec<_>>();
    assert!(all("quantities").iter().any(|q| q["value"] == 100_000.0), "100.000 is 100,000");
    assert!(all("quantities").iter().any(|q| q["value"] == 1_300_000.0 && q["qualifier"] == "nearly"));
    assert!(all("mentions").iter().any(|m| m["text"] == "Korea Utara" && m["canonical"] == "north korea"));
    assert!(
        all("dates").iter().any(|d| d["datetime"].as_str().unwrap().starts_with("2022-08-08")),
        "Senin (8/8/2022)"
    );
}

#[test]
fn jsonl_from_other_tools_is_read_through_field_mappings() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let dump = dir.path().join("dump.jsonl");
    let record = serde_json::json!({
        "headline": "Harga beras di Pasar Induk naik tajam",
        "link": "https://kabar.example/ekonomi/harga-beras",
        "meta": {"date": "2022-08-08T10:00:00+07:00", "source": "Kabar Contoh"},
        "paragraphs": [
            "JAKARTA - Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 13.000 per kilogram.",
            "Pedagang menyebut pasokan dari sentra produksi berkurang sejak awal bulan ini."
        ]
    });
    std::fs::write(&dump, format!("{record}\n")).unwrap();
    let (dump, data_dir) = (dump.to_str().unwrap(), data.as_path());
    let fields = [
        "--field",
        "title=headline",
        "--field",
        "url=link",
        "--field",
        "published=meta.date",
        "--field",
        "outlet=meta.source",
        "--field",
        "body=paragraphs",
    ];
    let mut args = vec!["ingest", "--json", dump];
    args.extend(fields);
    let report = jejak_json(data_dir, &args);
    assert_eq!(report["articles"], 1, "{report}");
    let stories = jejak_json(data_dir, &["stories", "--json"]);
    let story = &stories["stories"][0];
    assert_eq!(story["title"], "Harga beras di Pasar Induk naik tajam", "{stories}");
    assert_eq!(story["outlets"][0], "Kabar Contoh", "{stories}");
    // A mapping naming a field Jejak does not read is refused before anything is stored.
    let bad = jejak(data_dir, &["ingest", dump, "--field", "headline=title"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("reads no field `headline`"), "{}", stderr(&bad));
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    // `jejak stories | head -1`: the pipe closes while the command still writes
    let data = tempfile::tempdir().unwrap();
    jejak(data.path(), &["demo", "--no-serve"]);
    for args in [&["stories"][..], &["stories", "--json"], &["dups"]] {
        let mut child = jejak_command(data.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let err = stderr(&output);
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{args:?}: {err}");
        assert!(output.status.success(), "{args:?}: {:?} {err}", output.status);
    }
}
