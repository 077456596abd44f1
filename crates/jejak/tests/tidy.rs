//! Repository hygiene checked under `cargo test`: module docs, the architecture map, links
//! in Markdown, documented error codes, and no ignored tests.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" || name == "node_modules" || name == ".venv" {
            continue;
        }
        if path.is_dir() {
            files_with_extension(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let mut files = Vec::new();
    files_with_extension(&root().join("crates"), "rs", &mut files);
    let missing: Vec<String> = files
        .iter()
        .filter(|p| !fs::read_to_string(p).unwrap_or_default().trim_start().starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a leading //! doc:\n{}", missing.join("\n"));
}

#[test]
fn no_test_is_ignored() {
    let mut files = Vec::new();
    files_with_extension(&root().join("crates"), "rs", &mut files);
    let attribute = ["#[", "ignore"].concat();
    let offenders: Vec<String> = files
        .iter()
        .filter(|p| fs::read_to_string(p).unwrap_or_default().contains(&attribute))
        .map(|p| p.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "ignored tests in:\n{}", offenders.join("\n"));
}

#[test]
fn architecture_code_map_matches_the_crates() {
    let doc = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut crates: Vec<String> = fs::read_dir(root().join("crates"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("Cargo.toml").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    crates.sort();
    for name in &crates {
        assert!(
            doc.contains(&format!("### `crates/{name}`")),
            "ARCHITECTURE.md has no code-map entry for {name}"
        );
    }
    for line in doc.lines().filter(|l| l.starts_with("### `crates/")) {
        let name = line.trim_start_matches("### `crates/").split('`').next().unwrap_or("");
        assert!(crates.iter().any(|c| c == name), "ARCHITECTURE.md maps {name}, which does not exist");
    }
}

#[test]
fn relative_links_in_markdown_resolve() {
    let mut files = Vec::new();
    files_with_extension(&root(), "md", &mut files);
    let link = regex_lite_links;
    let mut broken = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for target in link(&text) {
            if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
                continue;
            }
            let path = target.split('#').next().unwrap_or("");
            if !path.is_empty() && !file.parent().unwrap().join(path).exists() {
                broken.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken relative links:\n{}", broken.join("\n"));
}

/// Targets of `[text](target)` links, without a regex dependency.
fn regex_lite_links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        if let Some(end) = rest.find(')') {
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

#[test]
fn every_error_code_is_documented() {
    for code in jejak_model::ErrorCode::ALL {
        assert!(!code.description().is_empty(), "{} has no description", code.as_str());
    }
}
