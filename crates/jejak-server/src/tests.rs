//! Route tests on the router value, without a socket.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use jejak_model::{Article, ContentKind, RawPage, Story};
use jejak_store::{SqliteStore, Store};
use tower::ServiceExt;

use super::*;

const HOSTILE: &str = "<script>alert(1)</script>\"onmouseover=\"x";

fn fixture() -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path()).unwrap();
    let page = RawPage::new(None, "t".into(), ContentKind::PageText, None, b"x".to_vec());
    store.insert_pages(std::slice::from_ref(&page)).unwrap();
    let article = Article {
        id: page.id.clone(),
        page_id: page.id.clone(),
        title: Some(format!("Banjir {HOSTILE}")),
        outlet: Some(HOSTILE.into()),
        url: Some("javascript:alert(1)".into()),
        body: vec![format!("Banjir besar melanda kota. {HOSTILE}")],
        ..Article::default()
    };
    store.put_articles(std::slice::from_ref(&article)).unwrap();
    let story = Story {
        id: "s1".into(),
        title: article.title.clone().unwrap(),
        first_seen: None,
        last_seen: None,
        outlets: vec![HOSTILE.into()],
        languages: vec!["id".into()],
        article_ids: vec![article.id.clone()],
    };
    store.replace_stories(&[story]).unwrap();
    (dir, AppState::new(store))
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let response =
        router(state.clone()).oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test]
async fn api_lists_and_finds_stories() {
    let (_dir, state) = fixture();
    let (status, _, body) = get(&state, "/api/v1/stories").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["total"], 1);
    assert_eq!(json["stories"][0]["id"], "s1");

    let (status, _, body) = get(&state, "/api/stories/s1").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["articles"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn errors_have_stable_codes() {
    let (_dir, state) = fixture();
    let cases = [
        ("/api/v1/stories/nope", StatusCode::NOT_FOUND, "story_not_found"),
        ("/api/v1/articles/nope", StatusCode::NOT_FOUND, "article_not_found"),
        ("/api/v1/search", StatusCode::BAD_REQUEST, "invalid_query"),
        ("/api/v1/nothing-here", StatusCode::NOT_FOUND, "route_not_found"),
    ];
    for (uri, want_status, want_code) in cases {
        let (status, _, body) = get(&state, uri).await;
        assert_eq!(status, want_status, "{uri}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["code"], want_code, "{uri}");
        assert!(json["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[tokio::test]
async fn pages_escape_outside_text_and_send_security_headers() {
    let (_dir, state) = fixture();
    let article_id = state.store().articles().unwrap()[0].id.clone();
    for uri in ["/", "/story/s1", &format!("/article/{article_id}"), "/search?q=banjir"] {
        let (status, headers, body) = get(&state, uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(!body.contains("<script>"), "{uri} has an unescaped script tag");
        assert!(!body.contains("\"onmouseover="), "{uri} has an unescaped attribute");
        assert!(!body.contains("href=\"javascript:"), "{uri} links a javascript: URL");
        assert!(
            body.contains("&lt;script&gt;") || body.contains("&#60;script&#62;"),
            "{uri} should show the hostile text escaped: {body}"
        );
        assert!(headers["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
}

#[tokio::test]
async fn missing_story_page_is_a_404_page() {
    let (_dir, state) = fixture();
    let (status, _, body) = get(&state, "/story/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("no story with id"));
}
