//! Arbitrary bytes as an HTML page: extraction must not panic and must yield valid text.
#![no_main]

use jejak_extract::{extract_html, BoilerplateModel, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let extraction = extract_html(data, &ExtractOptions::default(), &BoilerplateModel::default());
    for paragraph in &extraction.article.body {
        assert!(!paragraph.contains('\0') || data.contains(&0));
    }
});
