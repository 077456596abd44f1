//! What the end-to-end tests share: running the real `jejak` binary on a data directory,
//! reading its JSON, and finding the shared seed pages beside the repository.
#![allow(dead_code)] // each test file uses its own part

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `jejak --data DATA ARGS…` to completion, logs off.
pub fn jejak(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jejak"))
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("JEJAK_LOG")
        .output()
        .expect("the jejak binary runs")
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
