//! Arbitrary text as an article body: attribution must not panic and every quote span must
//! lie on character boundaries inside its paragraph.
#![no_main]

use jejak_model::Article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = Article {
        id: "fuzz".into(),
        body: text.split('\n').map(String::from).collect(),
        outlet: Some("Fuzz".into()),
        ..Article::default()
    };
    for quote in jejak_trace::quotes(&article) {
        let paragraph = &article.body[quote.paragraph];
        assert!(quote.span.start <= quote.span.end && quote.span.end <= paragraph.len());
        assert!(paragraph.is_char_boundary(quote.span.start) && paragraph.is_char_boundary(quote.span.end));
    }
});
