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
    store.flush().unwrap();
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
    assert_eq!(json["stories"].as_array().unwrap().len(), 1);
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
    let outlet: String = HOSTILE.bytes().map(|b| format!("%{b:02X}")).collect();
    for uri in [
        "/",
        "/story/s1",
        &format!("/article/{article_id}"),
        "/search?q=banjir",
        &format!("/outlet/{outlet}"),
    ] {
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

async fn send(state: &AppState, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test]
async fn reads_carry_etags_and_answer_304() {
    let (_dir, state) = fixture();
    let (_, headers, _) = get(&state, "/api/v1/stories/s1").await;
    let tag = headers["etag"].to_str().unwrap().to_string();
    let request =
        Request::get("/api/v1/stories/s1").header("if-none-match", &tag).body(Body::empty()).unwrap();
    let (status, _, body) = send(&state, request).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
}

#[tokio::test]
async fn openapi_lists_exactly_the_routes_and_each_answers() {
    let (_dir, state) = fixture();
    let (status, _, body) = get(&state, "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.len(), openapi::ROUTES.len());
    for (method, path) in openapi::ROUTES {
        assert!(paths[*path].get(*method).is_some(), "{method} {path} is not documented");
        let uri = format!("/api/v1{}", path.replace("{id}", "s1"));
        let request =
            Request::builder().method(method.to_uppercase().as_str()).uri(&uri).body(Body::empty()).unwrap();
        let (_, _, body) = send(&state, request).await;
        let code = serde_json::from_str::<serde_json::Value>(&body).ok().map(|v| v["code"].clone());
        assert_ne!(code, Some(serde_json::json!("route_not_found")), "{method} {uri} is not routed");
    }
}

#[tokio::test]
async fn ingest_needs_the_token_and_then_ingests() {
    let (_dir, state) = fixture();
    let (token, hash) = state.with_store(|s| ensure_token(s)).unwrap();
    let token = token.expect("a fresh store gets a new token");
    let state = state.with_write_token_hash(&hash);
    let page = "Pasar Terapung Dibuka Lagi\n\nPasar terapung di tepi sungai kembali dibuka untuk wisatawan setelah renovasi.";
    let post = |auth: Option<&str>| {
        let mut builder = Request::post("/api/v1/ingest?name=../../etc/pasar.txt&outlet=Contoh");
        if let Some(auth) = auth {
            builder = builder.header("authorization", auth);
        }
        builder.body(Body::from(page)).unwrap()
    };
    let (status, _, body) = send(&state, post(None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, _, _) = send(&state, post(Some("Bearer nope"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, body) = send(&state, post(Some(&format!("Bearer {token}")))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["new_pages"], 1);
    assert_eq!(state.store().counts().unwrap().articles, 2);
    // The stored source keeps only the file name from `name`.
    let sources = state.store().articles().unwrap();
    assert!(sources.iter().all(|a| a.page_id.len() == 16));
    let (again, _) = state.with_store(|s| ensure_token(s)).unwrap();
    assert!(again.is_none(), "the token is printed only once");
}

#[tokio::test]
async fn story_list_pages_by_cursor() {
    let (_dir, state) = fixture();
    let (status, _, body) = get(&state, "/api/v1/stories?limit=1").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let cursor = json["next_cursor"].as_str().expect("a full page has a next cursor");
    let (_, _, body) = get(&state, &format!("/api/v1/stories?limit=1&cursor={cursor}")).await;
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(json["stories"].as_array().unwrap().is_empty());
    let (status, _, body) = get(&state, "/api/v1/stories?cursor=zz").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn ui_language_follows_choice_cookie_and_header() {
    let (_dir, state) = fixture();
    let (_, headers, body) = get(&state, "/?ui=id").await;
    assert!(body.contains("Terkini") && body.contains("lang=\"id\""));
    assert!(headers["set-cookie"].to_str().unwrap().starts_with("jejak_ui=id"));
    let request = Request::get("/").header("cookie", "other=1; jejak_ui=id").body(Body::empty()).unwrap();
    let (_, _, body) = send(&state, request).await;
    assert!(body.contains("Terkini"));
    let request =
        Request::get("/").header("accept-language", "id-ID,id;q=0.9,en;q=0.8").body(Body::empty()).unwrap();
    let (_, _, body) = send(&state, request).await;
    assert!(body.contains("Terkini"));
    let (_, headers, body) = get(&state, "/").await;
    assert!(body.contains("Latest") && !headers.contains_key("set-cookie"));
}
