//! Reads Jejak's inputs into [`RawPage`]s: files and directories of HTML, copied page text
//! and JSONL, with the format sniffed from the content, not only the file name.
//!
//! In: paths. Out: pages, plus one [`IngestError`] per unreadable file or line, so a bad
//! record never stops a run. It knows nothing about extraction or storage; page ids come
//! from `jejak-model` so that re-reading the same input yields the same ids.

mod sniff;

use std::fs;
use std::path::{Path, PathBuf};

use jejak_model::{ContentKind, RawPage};
use serde::Deserialize;

pub use sniff::{sniff, Format};

/// Why an input (a file, or one line of a JSONL file) could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: binary data, not HTML, page text or JSONL")]
    Binary { path: PathBuf },
    #[error("{path}: gzip-compressed input is not supported yet; decompress it first")]
    Compressed { path: PathBuf },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}:{line}: {message}")]
    BadRecord { path: PathBuf, line: usize, message: String },
}

/// What the caller says about all inputs of one run.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Outlet for pages that do not name their own (`jejak ingest --outlet`).
    pub outlet: Option<String>,
}

/// Expands the given paths into the files to read, directories recursively, in a stable
/// order; hidden entries (names starting with `.`) are skipped.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(IngestError::NotFound { path: path.clone() })
            }
            Err(source) => errors.push(IngestError::Io { path: path.clone(), source }),
        }
    }
    (files, errors)
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return errors.push(IngestError::Io { path: dir.to_path_buf(), source }),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, files, errors);
        } else {
            files.push(path);
        }
    }
}

/// Reads one file into pages. A JSONL file yields one page per good line and one error per
/// bad line; other formats yield one page or one error.
pub fn read_file(path: &Path, opts: &ReadOptions) -> (Vec<RawPage>, Vec<IngestError>) {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (Vec::new(), vec![IngestError::NotFound { path: path.to_path_buf() }])
        }
        Err(source) => return (Vec::new(), vec![IngestError::Io { path: path.to_path_buf(), source }]),
    };
    read_bytes(path, bytes, opts)
}

/// Like [`read_file`] for bytes already in memory; `path` names them in errors and sources.
pub fn read_bytes(path: &Path, bytes: Vec<u8>, opts: &ReadOptions) -> (Vec<RawPage>, Vec<IngestError>) {
    let source = path.display().to_string();
    let fail = |e: IngestError| (Vec::new(), vec![e]);
    match sniff(&bytes, path) {
        Format::Empty => fail(IngestError::Empty { path: path.to_path_buf() }),
        Format::Binary => fail(IngestError::Binary { path: path.to_path_buf() }),
        Format::Gzip => fail(IngestError::Compressed { path: path.to_path_buf() }),
        Format::Html => vec_ok(RawPage::new(None, source, ContentKind::Html, opts.outlet.clone(), bytes)),
        Format::PageText => match String::from_utf8(bytes) {
            Ok(text) => vec_ok(RawPage::new(
                None,
                source,
                ContentKind::PageText,
                opts.outlet.clone(),
                text.into_bytes(),
            )),
            Err(e) => fail(IngestError::InvalidUtf8 {
                path: path.to_path_buf(),
                offset: e.utf8_error().valid_up_to(),
            }),
        },
        Format::Jsonl => read_jsonl(path, &bytes, opts),
    }
}

fn vec_ok(page: RawPage) -> (Vec<RawPage>, Vec<IngestError>) {
    (vec![page], Vec::new())
}

/// The fields of a JSONL line that decide its page id and outlet; the whole line is kept.
#[derive(Deserialize)]
struct RecordKey {
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
}

fn read_jsonl(path: &Path, bytes: &[u8], opts: &ReadOptions) -> (Vec<RawPage>, Vec<IngestError>) {
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let bad =
            |message: String| IngestError::BadRecord { path: path.to_path_buf(), line: line_no, message };
        let text = match std::str::from_utf8(line) {
            Ok(text) => text,
            Err(e) => {
                errors.push(bad(format!("not valid UTF-8 (byte {} of the line)", e.valid_up_to())));
                continue;
            }
        };
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(value @ serde_json::Value::Object(_)) => {
                let key: RecordKey =
                    serde_json::from_value(value).unwrap_or(RecordKey { url: None, outlet: None });
                let outlet = key.outlet.or_else(|| opts.outlet.clone());
                let source = format!("{}:{line_no}", path.display());
                pages.push(RawPage::new(key.url, source, ContentKind::Record, outlet, line.to_vec()));
            }
            Ok(_) => errors.push(bad("not a JSON object".into())),
            Err(e) => errors.push(bad(format!("not JSON: {e}"))),
        }
    }
    (pages, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> (Vec<RawPage>, Vec<IngestError>) {
        read_bytes(Path::new(name), bytes.to_vec(), &ReadOptions::default())
    }

    #[test]
    fn jsonl_bad_lines_are_reported_with_line_numbers_and_skipped() {
        let input = b"{\"id\":\"a\",\"url\":\"https://x.com/a\",\"body\":\"b\"}\nnot json\n\n[1,2]\n{\"id\":\"c\",\"body\":\"c\"}\n";
        let (pages, errors) = read("in.jsonl", input);
        assert_eq!(pages.len(), 2);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2);
        assert!(messages[0].starts_with("in.jsonl:2: not JSON"), "{}", messages[0]);
        assert_eq!(messages[1], "in.jsonl:4: not a JSON object");
        assert_eq!(pages[0].source, "in.jsonl:1");
    }

    #[test]
    fn same_record_gets_same_id_from_any_file() {
        let line = b"{\"url\":\"https://x.com/a?utm_source=t\",\"body\":\"b\"}\n";
        let (a, _) = read("one.jsonl", line);
        let (b, _) = read("two.jsonl", b"{\"url\":\"https://www.x.com/a\",\"body\":\"other\"}\n");
        assert_eq!(a[0].id, b[0].id);
    }

    #[test]
    fn bad_files_name_the_file() {
        let cases: [(&str, &[u8], &str); 4] = [
            ("e.txt", b"  \n\n", "e.txt: file is empty"),
            ("b.bin", b"\x00\x01\x02\x03PK\x00\x00", "b.bin: binary data, not HTML, page text or JSONL"),
            ("u.txt", b"Berita \xff\xfe hari ini", "u.txt: not valid UTF-8 (first bad byte at offset 7)"),
            (
                "z.gz",
                b"\x1f\x8b\x08\x00rest",
                "z.gz: gzip-compressed input is not supported yet; decompress it first",
            ),
        ];
        for (name, bytes, want) in cases {
            let (pages, errors) = read(name, bytes);
            assert!(pages.is_empty(), "{name}");
            assert_eq!(errors[0].to_string(), want);
        }
    }

    #[test]
    fn missing_path_is_reported() {
        let (files, errors) = collect_files(&[PathBuf::from("/nonexistent/jejak-dir")]);
        assert!(files.is_empty());
        assert_eq!(errors[0].to_string(), "/nonexistent/jejak-dir: no such file or directory");
    }
}
