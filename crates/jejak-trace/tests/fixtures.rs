//! Data-driven tests: every `tests/fixtures/*.json` holds paragraphs and the quotes expected
//! from them. Only the fields an expectation names are compared; quotes must come out in the
//! listed order (extra quotes fail the test).

use jejak_model::Article;
use serde_json::Value;
use std::path::Path;

fn check(path: &Path) {
    let fx: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let body: Vec<String> =
        fx["paragraphs"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    let article = Article {
        id: "fx".into(),
        body: body.clone(),
        lang: fx["lang"].as_str().map(String::from),
        outlet: fx["outlet"].as_str().map(String::from),
        ..Default::default()
    };
    let got = jejak_trace::quotes(&article);
    let got_json: Vec<Value> = got.iter().map(|q| serde_json::to_value(q).unwrap()).collect();
    let expected = fx["expected"].as_array().unwrap();
    let name = path.display();
    assert_eq!(got.len(), expected.len(), "{name}: quote count; got {got:#?}");
    for (i, (want, have)) in expected.iter().zip(&got_json).enumerate() {
        for (k, v) in want.as_object().unwrap() {
            assert_eq!(&have[k], v, "{name}: quote {i} field {k}; got {have:#}");
        }
        let q = &got[i];
        let p = &body[q.paragraph];
        assert!(
            p.is_char_boundary(q.span.start) && p.is_char_boundary(q.span.end) && q.span.start < q.span.end
        );
    }
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            check(&path);
            n += 1;
        }
    }
    assert!(n >= 3);
}
