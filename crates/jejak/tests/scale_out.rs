//! Scale-out on PostgreSQL: four workers share one store's queue, one is killed mid-way,
//! and the result must equal a single-node SQLite run as a clustering (same stories,
//! whatever their ids), with every article exactly once.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn jejak() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jejak"));
    cmd.env_remove("JEJAK_LOG").env_remove("JEJAK_STORE");
    cmd
}

/// A fresh database on the server `scripts/pg-test.sh` started.
fn fresh_database(name: &str) -> String {
    let base = std::env::var("JEJAK_PG_URL").expect("JEJAK_PG_URL: run this through scripts/pg-test.sh");
    let mut admin = postgres::Client::connect(&base, postgres::NoTls).unwrap();
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    format!("{}/{name}", base.rsplit_once('/').unwrap().0)
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
