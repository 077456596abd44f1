//! Arbitrary bytes as an input file (sniffing, JSONL lines, page text), then extraction of
//! every page read: no panic anywhere, and every error names the file.
#![no_main]

use std::path::Path;

use jejak_extract::{extract_page, BoilerplateModel};
use jejak_ingest::{read_bytes, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (pages, errors) = read_bytes(Path::new("fuzz.input"), data.to_vec(), &ReadOptions::default());
    for e in &errors {
        assert!(e.to_string().starts_with("fuzz.input"));
    }
    let model = BoilerplateModel::default();
    for page in &pages {
        let _ = extract_page(page, &model);
    }
});
