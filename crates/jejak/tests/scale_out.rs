//! Scale-out on PostgreSQL: four workers share one store's queue, one is killed mid-way,
//! and the result must equal a single-node SQLite run as a clustering (same stories,
//! whatever their ids), with every article exactly once; and `jejak serve` reads the shared
//! store over real HTTP.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;
use common::{http_get, json_body};

fn jejak() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jejak"));
    cmd.env_remove("JEJAK_LOG").env_remove("JEJAK_STORE");
    cmd
}

/// A fresh database on the server `scripts/pg-test.sh` started.
fn fresh_database(name: &str) -> String {
    let server = jejak_store::testing::pg_server().expect("the pg-tests feature demands a server");
    jejak_store::testing::fresh_pg_database(&server, name)
}

/// Articles about forty topics, a few outlets each, over two weeks.
fn write_corpus(path: &Path, articles: usize) {
    const PLACES: [&str; 8] =
        ["Bandung", "Medan", "Makassar", "Padang", "Kupang", "Ambon", "Jayapura", "Palu"];
    const EVENTS: [&str; 5] = ["banjir", "kebakaran", "pemilihan", "festival", "pemadaman"];
    let mut out = String::new();
    for i in 0..articles {
        let topic = i % 40;
        let (place, event) = (PLACES[topic % 8], EVENTS[topic / 8]);
        let line = serde_json::json!({
            "id": format!("so-{i}"),
            "outlet": format!("Outlet {}", i % 5),
            "url": format!("https://outlet{}.example/{i}", i % 5),
            "published": format!("2026-03-{:02}T{:02}:00:00+07:00", 1 + topic % 14, i % 24),
            "lang": "id",
            "title": format!("{} di {place}: laporan {}", event, i % 3),
            "body": format!("Warga {place} melaporkan {event} sejak pagi. Petugas {place} menangani {event} itu.\nLaporan nomor {i}."),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Stories as sets of article ids, ignoring story ids.
fn clustering(store_args: &[&str]) -> BTreeSet<BTreeSet<String>> {
    let out = jejak().args(store_args).args(["stories", "--json", "--limit", "100000"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["article_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
        })
        .collect()
}

#[test]
fn four_workers_with_one_killed_equal_the_single_node_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    write_corpus(&corpus, 2000);

    let sqlite = dir.path().join("single");
    let status =
        jejak().arg("--data").arg(&sqlite).arg("ingest").arg(&corpus).stdout(Stdio::null()).status().unwrap();
    assert!(status.success());
    let single = clustering(&["--data", sqlite.to_str().unwrap()]);

    let url = fresh_database("jejak_scale_out");
    let status = jejak()
        .args(["--store", &url, "ingest", "--queue-only"])
        .arg(&corpus)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let worker = || {
        jejak()
            .args(["--store", &url, "worker", "--once", "--lease-seconds", "2"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut workers: Vec<_> = (0..4).map(|_| worker()).collect();
    std::thread::sleep(Duration::from_millis(300));
    // SIGKILL one mid-way: its leased pages must come back to the others.
    workers[0].kill().unwrap();
    for w in &mut workers {
        let _ = w.wait();
    }
    std::thread::sleep(Duration::from_millis(2200));
    let status = worker().wait().unwrap();
    assert!(status.success());

    let distributed = clustering(&["--store", &url]);
    let articles: usize = distributed.iter().map(BTreeSet::len).sum();
    assert_eq!(articles, 2000, "every article exactly once");
    assert_eq!(distributed, single, "four workers must cluster like one node");
}

#[test]
fn serve_reads_the_shared_store() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    write_corpus(&corpus, 200);
    let url = fresh_database("jejak_serve");
    for args in [&["ingest", "--queue-only", corpus.to_str().unwrap()][..], &["worker", "--once"]] {
        let status = jejak().args(["--store", &url]).args(args).stdout(Stdio::null()).status().unwrap();
        assert!(status.success());
    }
    let expected = clustering(&["--store", &url]);

    let mut child = jejak()
        .args(["--store", &url, "serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line.split("http://").nth(1).and_then(|s| s.split('/').next()).expect("serve prints its URL");
    let checks = std::panic::catch_unwind(|| {
        let (status, body) = http_get(addr, "/api/v1/stories?limit=1000");
        assert_eq!(status, 200, "{body}");
        assert_eq!(json_body(&body)["stories"].as_array().unwrap().len(), expected.len());
        let (status, body) = http_get(addr, "/api/v1/search?q=banjir%20Bandung");
        assert_eq!(status, 200, "{body}");
        let hits = json_body(&body);
        assert!(hits["total"].as_u64().unwrap() > 0, "{hits}");
        let first = hits["hits"][0]["article_id"].as_str().unwrap().to_string();
        let (status, body) = http_get(addr, &format!("/api/v1/articles/{first}"));
        assert_eq!(status, 200, "{body}");
        let (status, html) = http_get(addr, "/");
        assert_eq!(status, 200);
        assert!(html.contains("Bandung"), "the home page lists the stories");
    });
    // Ctrl-C stops it cleanly: the PostgreSQL connections close outside the server's runtime.
    let interrupted = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let stopped = child.wait().unwrap();
    if let Err(panic) = checks {
        std::panic::resume_unwind(panic);
    }
    assert!(interrupted.success() && stopped.success(), "serve did not stop cleanly: {stopped}");
}
