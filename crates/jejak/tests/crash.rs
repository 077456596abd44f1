//! Crash safety: `kill -9` an ingest at several moments, restart it, and compare the store
//! with a clean run of the same input. Nothing committed may be lost or doubled.
//!
//! On PostgreSQL a killed run still holds its leased pages until the lease ends, so every
//! run here leases for one second and the restart waits that out first.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;

const LEASE: Duration = Duration::from_secs(1);

fn jejak(data: &Path) -> Command {
    let mut cmd = common::jejak_command(data);
    cmd.arg("--lease-seconds").arg(LEASE.as_secs().to_string());
    cmd
}

/// A JSONL corpus of distinct articles, large enough that an ingest takes a while.
fn write_corpus(path: &Path, articles: usize) {
    let mut out = String::new();
    for i in 0..articles {
        let line = serde_json::json!({
            "id": format!("crash-{i}"),
            "outlet": format!("Outlet {}", i % 7),
            "url": format!("https://outlet{}.example/berita/{i}", i % 7),
            "published": format!("2026-03-{:02}T{:02}:00:00+07:00", 1 + i % 28, i % 24),
            "lang": "id",
            "title": format!("Berita nomor {i} tentang topik {}", i % 40),
            "body": format!("Paragraf pertama berita {i} tentang topik {}.\nParagraf kedua menyebut angka {} dan kota {}.", i % 40, i * 13, i % 11),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Article ids and the page count of a store, read through the CLI.
fn snapshot(data: &Path) -> (Vec<String>, u64) {
    let out = jejak(data).args(["stories", "--json", "--limit", "1000000"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut ids: Vec<String> = json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["article_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()))
        .collect();
    ids.sort();
    let summary = jejak(data).args(["ingest", "--json", "/dev/null"]).output().unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap_or_default();
    (ids, summary["store"]["pages"].as_u64().unwrap_or(0))
}

#[test]
fn killed_ingests_converge_to_the_clean_result() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    write_corpus(&corpus, 3000);

    let clean = dir.path().join("clean");
    let status = jejak(&clean).arg("ingest").arg(&corpus).stdout(Stdio::null()).status().unwrap();
    assert!(status.success());
    let (clean_ids, clean_pages) = snapshot(&clean);
    assert_eq!(clean_ids.len(), 3000);

    let crashed = dir.path().join("crashed");
    let ingest = |command: &mut Command| {
        command.arg("ingest").arg(&corpus);
    };
    kill_then_finish(&crashed, ingest, &[40, 150, 400, 900], &corpus);
    let (ids, pages) = snapshot(&crashed);
    assert_eq!(pages, clean_pages, "pages: a killed run lost or doubled some");
    assert_eq!(ids, clean_ids, "articles differ from the clean run");

    // A killed reprocess leaves pages queued again; the next ingest extracts them.
    let reprocess = |command: &mut Command| {
        command.arg("reprocess");
    };
    kill_then_finish(&crashed, reprocess, &[100, 500], &corpus);
    let (ids, pages) = snapshot(&crashed);
    assert_eq!(pages, clean_pages, "pages: a killed reprocess lost or doubled some");
    assert_eq!(ids, clean_ids, "articles differ from the clean run after a killed reprocess");
}

/// Starts the run `args` gives on `data` and kills it after each delay, then, once the
/// killed runs' leases ended, ingests `corpus` to the end.
fn kill_then_finish(data: &Path, args: impl Fn(&mut Command), delays_ms: &[u64], corpus: &Path) {
    for &delay_ms in delays_ms {
        let mut command = jejak(data);
        args(&mut command);
        let mut child = command.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        // SIGKILL: no destructors, no flushes, exactly what a power cut or OOM kill does.
        let _ = child.kill();
        let _ = child.wait();
    }
    std::thread::sleep(LEASE + Duration::from_millis(200));
    let status = jejak(data).arg("ingest").arg(corpus).stdout(Stdio::null()).status().unwrap();
    assert!(status.success());
}
