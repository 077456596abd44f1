//! Arbitrary UTF-8 as copied page text: extraction must not panic.
#![no_main]

use jejak_extract::{extract_text, BoilerplateModel, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut model = BoilerplateModel::default();
    let lines: Vec<&str> = text.lines().collect();
    model.observe("fuzz.example", &lines);
    let opts = ExtractOptions { outlet: Some("fuzz.example".into()), ..ExtractOptions::default() };
    let _ = extract_text(text, &opts, &model);
});
