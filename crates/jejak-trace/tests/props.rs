//! Properties of quote finding on arbitrary text: no panics, spans on char boundaries.

use jejak_model::Article;
use proptest::prelude::*;

fn article(body: Vec<String>) -> Article {
    Article { id: "p".into(), body, ..Default::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_spans_are_valid(body in prop::collection::vec(
        "([\"“”‘’'a-zA-Z ,.:;!?\\-—()]|kata|ujarnya|said|Menurut|according to|Lavrov|dilansir|Reuters|\n|é|ü|😀|Mr\\.|Dr\\.|S\\.T\\.|the company|the White House spokesman|dalam sambutannya|mengatakan|menyampaikan|Ditambahkannya|kata dia|itu|, a |that|Kepala Dinas|©){0,60}", 0..5)) {
        let a = article(body.clone());
        for q in jejak_trace::quotes(&a) {
            let p = &body[q.paragraph];
            prop_assert!(q.span.start <= q.span.end && q.span.end <= p.len());
            prop_assert!(p.is_char_boundary(q.span.start) && p.is_char_boundary(q.span.end));
        }
        let text = body.join("\n\n");
        for tq in jejak_trace::quotes_in_text(&text, "id") {
            prop_assert!(tq.span.end <= text.len() && text.is_char_boundary(tq.span.start) && text.is_char_boundary(tq.span.end));
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC{0,200}") {
        let _ = jejak_trace::quotes(&article(vec![s.clone()]));
        let _ = jejak_trace::quotes_in_text(&s, "en");
    }
}

/// Inputs the fuzzer found: each once panicked.
#[test]
fn fuzz_regressions() {
    // an unclosed quote running past a sentence that ends before a form feed; a colon with
    // no name before it
    // (and a doubled comma between a speaker and the verb after a quote, found by mutating
    // real paragraphs: an empty apposition)
    for text in ["Le:\"i\u{c}", ":🌀", ":“", "“The pier failed us,” Reed, , says on the radio."] {
        let _ = jejak_trace::quotes(&article(vec![text.to_string()]));
        let _ = jejak_trace::quotes_in_text(text, "en");
    }
}
