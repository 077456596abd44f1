//! Records of the shared evaluation sets (`../shared/data` beside the repository, or
//! `$JEJAK_SHARED/data`), for table tests whose rows cite real text as `FILE#ID`.
//!
//! Licences decide how a test holds such text (each set's `SOURCE.md`): openly licensed
//! phrases may be written into a test, with [`occurs_in`] checking that each really is in
//! the record it cites; sets for local evaluation only are cited by byte ranges
//! ([`record_slice`]) and their text never enters the repository.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// Sets whose text must not be copied into the project (see their SOURCE.md).
pub const LOCAL_ONLY: &[&str] = &["stories/id2019-keywords.jsonl", "attribution/"];

/// The shared data directory. Panics with a clear message when it is missing: the tests
/// that read it are about real text and have nothing to check without it.
pub fn data_dir() -> PathBuf {
    let shared = std::env::var_os("JEJAK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let dir = shared.join("data");
    assert!(
        dir.is_dir(),
        "{} is missing: these tests read real text from the shared data beside the repository",
        dir.display()
    );
    dir
}

/// One record of a JSONL set: its body (or `text`) and its title.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub body: String,
    pub title: String,
}

impl Record {
    /// The title, when there is one, then the body: all the text a phrase may come from.
    pub fn full_text(&self) -> String {
        if self.title.is_empty() {
            self.body.clone()
        } else {
            format!("{}\n{}", self.title, self.body)
        }
    }
}

/// Every record of a JSONL file under the data directory, by id; read once per process.
pub fn records(file: &str) -> &'static HashMap<String, Record> {
    type Cache = Mutex<HashMap<String, &'static HashMap<String, Record>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().expect("cache lock");
    if let Some(found) = cache.get(file) {
        return found;
    }
    let path = data_dir().join(file);
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut map = HashMap::new();
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: bad JSONL line: {e}", path.display()));
        let id = v["id"].as_str().unwrap_or_else(|| panic!("{}: a record without id", path.display()));
        // Offsets index the body (stories, extraction) or the text (attribution) alone.
        let body = v["text"].as_str().or(v["body"].as_str()).unwrap_or("").to_string();
        let title = v["title"].as_str().unwrap_or("").to_string();
        map.insert(id.to_string(), Record { body, title });
    }
    let leaked: &'static HashMap<String, Record> = Box::leak(Box::new(map));
    cache.insert(file.to_string(), leaked);
    leaked
}

/// The record a source names as `FILE#ID`.
pub fn record(source: &str) -> &'static Record {
    let (file, id) = source.split_once('#').unwrap_or_else(|| panic!("{source}: a source is FILE#ID"));
    records(file).get(id).unwrap_or_else(|| panic!("{source}: no such record"))
}

/// Bytes `start..end` of a record's body: how a test cites text it may not hold.
pub fn record_slice(source: &str, start: usize, end: usize) -> String {
    record(source)
        .body
        .get(start..end)
        .unwrap_or_else(|| panic!("{source}: {start}..{end} out of range"))
        .to_string()
}

/// Whether a source belongs to a set for local evaluation only.
pub fn is_local_only(source: &str) -> bool {
    LOCAL_ONLY.iter().any(|prefix| source.starts_with(prefix))
}

/// Whether `phrase` occurs in the record it cites (title or body), whitespace squashed: the
/// check that a phrase written into a test is real text from its source.
pub fn occurs_in(source: &str, phrase: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    squash(&record(source).full_text()).contains(&squash(phrase))
}
