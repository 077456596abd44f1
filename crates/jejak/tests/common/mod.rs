//! What the end-to-end tests share: running the real `jejak` binary on a data directory,
//! reading its JSON, and finding the shared seed pages beside the repository.
//!
//! A data directory stands for a store: the SQLite store in it, or, when the tests are given
//! a PostgreSQL server (`scripts/pg-test.sh`), a database of its own on that server, so the
//! same tests cover both backends.
#![allow(dead_code)] // each test file uses its own part

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

/// `jejak --data DATA` on the store DATA stands for, logs off, ready for arguments.
pub fn jejak_command(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jejak"));
    cmd.arg("--data").arg(data).env_remove("JEJAK_LOG").env_remove("JEJAK_STORE");
    if let Some(url) = pg_database_for(data) {
        cmd.arg("--store").arg(url);
    }
    cmd
}

/// The PostgreSQL database standing for a data directory, when the tests have a server:
/// created fresh the first time this test process names the directory.
fn pg_database_for(data: &Path) -> Option<String> {
    static DATABASES: Mutex<BTreeMap<PathBuf, String>> = Mutex::new(BTreeMap::new());
    let server = jejak_store::testing::pg_server()?;
    let mut databases = DATABASES.lock().unwrap_or_else(|e| e.into_inner());
    let url = databases.entry(data.to_path_buf()).or_insert_with(|| {
        let name = format!("dir_{}", jejak_model::stable_id(data.as_os_str().as_encoded_bytes()));
        jejak_store::testing::fresh_pg_database(&server, &name)
    });
    Some(url.clone())
}

/// The store DATA stands for, opened directly: what an older Jejak, or a test, wrote there.
pub fn open_store(data: &Path) -> Box<dyn jejak_store::Store> {
    match pg_database_for(data) {
        Some(url) => Box::new(jejak_store::PgStore::connect(&url, "test").expect("the test database opens")),
        None => Box::new(jejak_store::SqliteStore::open(data).expect("the SQLite store opens")),
    }
}

/// Runs `jejak --data DATA ARGS…` to completion, logs off.
pub fn jejak(data: &Path, args: &[&str]) -> Output {
    jejak_command(data).args(args).output().expect("the jejak binary runs")
}

/// The JSON a successful run printed.
pub fn json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "jejak failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

/// Runs a command that must succeed and print JSON.
pub fn jejak_json(data: &Path, args: &[&str]) -> serde_json::Value {
    json(&jejak(data, args))
}

/// The seed pages shipped beside the repository in `../shared/seeds`.
pub fn seeds_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    assert!(
        dir.is_dir(),
        "{} is missing: the tests need the shared seeds beside the repository",
        dir.display()
    );
    dir
}

/// A JSON string value, or "" for anything else.
pub fn text(v: &serde_json::Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// A GET over plain TCP on loopback: the status and the raw body.
pub fn http_get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// The JSON object of a body, chunked or not: the part between the outer braces.
pub fn json_body(body: &str) -> serde_json::Value {
    serde_json::from_str(&body[body.find('{').unwrap()..=body.rfind('}').unwrap()]).unwrap()
}
