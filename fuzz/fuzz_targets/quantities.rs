//! Arbitrary text through the text analysers (quantities, sentences, entity mentions,
//! terms and tokens): no panic, and every span lies on character boundaries inside the text.
#![no_main]

use jejak_text::{find_quantities, mentions, sentences, terms, token_spans, tokens, Lang};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= text.len(), "{what} {start}..{end} in {}", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what} {start}..{end}");
}

fuzz_target!(|text: &str| {
    for q in find_quantities(text) {
        check(text, q.span.start, q.span.end, "quantity");
        assert!(!q.value.is_nan(), "NaN quantity from {:?}", q.text);
    }
    for s in sentences(text) {
        check(text, s.start, s.end, "sentence");
    }
    for m in mentions(text) {
        check(text, m.start, m.end, "mention");
    }
    for (start, end, _) in token_spans(text) {
        check(text, start, end, "token");
    }
    let _ = tokens(text);
    for lang in [Lang::Id, Lang::En, Lang::Ms, Lang::Other] {
        let _ = terms(text, lang);
    }
});
