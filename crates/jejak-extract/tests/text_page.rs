//! Page-text extractor on text from outside: arbitrary text never panics, and the inputs
//! the fuzzer found stay fixed.

use jejak_extract::{extract_text, BoilerplateModel, ExtractOptions};
use proptest::prelude::*;

fn extract(text: &str) {
    let mut model = BoilerplateModel::default();
    let lines: Vec<&str> = text.lines().collect();
    model.observe("warta.example", &lines);
    let opts = ExtractOptions { outlet: Some("warta.example".into()), ..ExtractOptions::default() };
    let _ = extract_text(text, &opts, &model);
}

/// Inputs the fuzzer found: each once panicked.
#[test]
fn fuzz_regressions() {
    // a headline glued to its teaser after a three-byte space (U+2006)
    extract("5\u{b}55p(\u{b}0\u{b}\u{2006}O\u{2006}OM\u{0}\u{0}\u{0}2XM\u{0}\u{0}\u{0}2XaM\u{b}\u{0}\u{f}\u{0}aM\u{b}\u{0}\u{f}\u{0}\u{0}2\u{0}\u{1d}\u{b}55p(\u{b}0\u{b}\u{b}");
    extract("Satu Dua Tiga\u{2006}EmpatLima enam tujuh delapan sembilan sepuluh");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(
        lines in prop::collection::vec("([A-Za-z0-9 ,.:()?!’”]|\u{2006}|\u{a0}|\u{3000}|é|😀|WIB|Baca juga:|32M ago|5 jam lalu){0,80}", 0..12),
    ) {
        extract(&lines.join("\n"));
    }
}
