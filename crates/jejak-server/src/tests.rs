//! Route tests on the router value, without a socket.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use jejak_model::{Article, ContentKind, RawPage, Story, StoryMerge};
use jejak_store::testing::each_backend;
use jejak_store::Store;
use tower::ServiceExt;

use super::*;

const HOSTILE: &str = "<script>alert(1)</script>\"onmouseover=\"x";

/// One article whose every outside field carries hostile markup, in one story.
fn hostile(store: &mut dyn Store) {
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
        timeline: vec![],
        merged: vec![],
        split_off: vec![],
        split_from: None,
    };
    store.replace_stories(&[story]).unwrap();
}

/// Runs an async route test on a server over each store backend, filled by `fill`. The
/// store is filled and closed outside the test's runtime (PostgreSQL's blocking client
/// cannot run inside one); inside, store calls go through [`blocking`].
fn on_each_backend<Fut: std::future::Future<Output = ()>>(
    name: &str,
    fill: fn(&mut dyn Store),
    test: impl Fn(AppState) -> Fut,
) {
    each_backend(name, |mut store| {
        fill(&mut *store);
        let state = AppState::with_pool(vec![store]);
        let runtime =
            tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(test(state.clone()));
        // Its tasks hold clones of the state: `state` outlives them, so the store closes here.
        drop(runtime);
    });
}

/// Runs store work on the writing connection from inside a test, off the runtime's threads.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&mut (dyn Store + Send)) -> T + Send + 'static,
) -> T {
    let state = state.clone();
    tokio::task::spawn_blocking(move || state.with_store(f)).await.unwrap()
}

async fn get(state: &AppState, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    send(state, Request::get(uri).body(Body::empty()).unwrap()).await
}

#[test]
fn api_lists_and_finds_stories() {
    on_each_backend("server_api_lists_and_finds_stories", hostile, |state| async move {
        let (status, _, body) = get(&state, "/api/v1/stories").await;
        assert_eq!(status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["stories"].as_array().unwrap().len(), 1);
        assert_eq!(json["stories"][0]["id"], "s1");

        let (status, _, body) = get(&state, "/api/stories/s1").await;
        assert_eq!(status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["articles"].as_array().unwrap().len(), 1);
    });
}

#[test]
fn errors_have_stable_codes() {
    on_each_backend("server_errors_have_stable_codes", hostile, |state| async move {
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
    });
}

#[test]
fn pages_escape_outside_text_and_send_security_headers() {
    on_each_backend(
        "server_pages_escape_outside_text_and_send_security_headers",
        hostile,
        |state| async move {
            let article_id = blocking(&state, |s| s.articles()).await.unwrap()[0].id.clone();
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
        },
    );
}

#[test]
fn missing_story_page_is_a_404_page() {
    on_each_backend("server_missing_story_page_is_a_404_page", hostile, |state| async move {
        let (status, _, body) = get(&state, "/story/nope").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("no story with id"));
    });
}

async fn send(state: &AppState, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
}

#[test]
fn reads_carry_etags_and_answer_304() {
    on_each_backend("server_reads_carry_etags_and_answer_304", hostile, |state| async move {
        let (_, headers, _) = get(&state, "/api/v1/stories/s1").await;
        let tag = headers["etag"].to_str().unwrap().to_string();
        let request =
            Request::get("/api/v1/stories/s1").header("if-none-match", &tag).body(Body::empty()).unwrap();
        let (status, _, body) = send(&state, request).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED);
        assert!(body.is_empty());
    });
}

#[test]
fn openapi_lists_exactly_the_routes_and_each_answers() {
    on_each_backend(
        "server_openapi_lists_exactly_the_routes_and_each_answers",
        hostile,
        |state| async move {
            let (status, _, body) = get(&state, "/api/v1/openapi.json").await;
            assert_eq!(status, StatusCode::OK);
            let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
            let paths = doc["paths"].as_object().unwrap();
            assert_eq!(paths.len(), openapi::ROUTES.len());
            for (method, path) in openapi::ROUTES {
                assert!(paths[*path].get(*method).is_some(), "{method} {path} is not documented");
                let uri = format!("/api/v1{}", path.replace("{id}", "s1"));
                let request = Request::builder()
                    .method(method.to_uppercase().as_str())
                    .uri(&uri)
                    .body(Body::empty())
                    .unwrap();
                let (_, _, body) = send(&state, request).await;
                let code = serde_json::from_str::<serde_json::Value>(&body).ok().map(|v| v["code"].clone());
                assert_ne!(code, Some(serde_json::json!("route_not_found")), "{method} {uri} is not routed");
            }
        },
    );
}

#[test]
fn ingest_needs_the_token_and_then_ingests() {
    on_each_backend("server_ingest_needs_the_token_and_then_ingests", hostile, |state| async move {
        let (token, hash) = blocking(&state, |s| ensure_token(s)).await.unwrap();
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
        assert_eq!(blocking(&state, |s| s.counts()).await.unwrap().articles, 2);
        // The stored source keeps only the file name from `name`.
        let sources = blocking(&state, |s| s.articles()).await.unwrap();
        assert!(sources.iter().all(|a| a.page_id.len() == 16));
        let (again, _) = blocking(&state, |s| ensure_token(s)).await.unwrap();
        assert!(again.is_none(), "the token is printed only once");
    });
}

#[test]
fn story_list_pages_by_cursor() {
    on_each_backend("server_story_list_pages_by_cursor", hostile, |state| async move {
        let (status, _, body) = get(&state, "/api/v1/stories?limit=1").await;
        assert_eq!(status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        let cursor = json["next_cursor"].as_str().expect("a full page has a next cursor");
        let (_, _, body) = get(&state, &format!("/api/v1/stories?limit=1&cursor={cursor}")).await;
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(json["stories"].as_array().unwrap().is_empty());
        let (status, _, body) = get(&state, "/api/v1/stories?cursor=zz").await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    });
}

#[test]
fn ui_language_follows_choice_cookie_and_header() {
    on_each_backend("server_ui_language_follows_choice_cookie_and_header", hostile, |state| async move {
        let (_, headers, body) = get(&state, "/?ui=id").await;
        assert!(body.contains("Terkini") && body.contains("lang=\"id\""));
        assert!(headers["set-cookie"].to_str().unwrap().starts_with("jejak_ui=id"));
        let request = Request::get("/").header("cookie", "other=1; jejak_ui=id").body(Body::empty()).unwrap();
        let (_, _, body) = send(&state, request).await;
        assert!(body.contains("Terkini"));
        let request = Request::get("/")
            .header("accept-language", "id-ID,id;q=0.9,en;q=0.8")
            .body(Body::empty())
            .unwrap();
        let (_, _, body) = send(&state, request).await;
        assert!(body.contains("Terkini"));
        let (_, headers, body) = get(&state, "/").await;
        assert!(body.contains("Latest") && !headers.contains_key("set-cookie"));
    });
}

// ---- Over loopback: the server bound to a real socket, spoken to in plain HTTP/1.1. ----

/// A reply read off the socket.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// `name=value` of the Set-Cookie headers setting `name`.
    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("set-cookie"))
            .find_map(|(_, v)| v.strip_prefix(&format!("{name}=")).map(|rest| rest.to_string()))
            .map(|rest| format!("{name}={}", rest.split(';').next().unwrap_or("")))
    }
}

async fn serve(state: AppState) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
    addr
}

async fn http(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Reply {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (mut rd, mut wr) = stream.into_split();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str("\r\n");
    // Written concurrently: a server may answer (413) before reading the whole body.
    let writer = tokio::spawn(async move {
        let _ = wr.write_all(head.as_bytes()).await;
        let _ = wr.write_all(&body).await;
        wr
    });
    let mut raw = Vec::new();
    let _ = rd.read_to_end(&mut raw).await;
    drop(writer);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked =
        headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        let mut out = Vec::new();
        let mut at = 0;
        loop {
            let end = at + body[at..].windows(2).position(|w| w == b"\r\n").unwrap();
            let size =
                usize::from_str_radix(std::str::from_utf8(&body[at..end]).unwrap().trim(), 16).unwrap();
            if size == 0 {
                break;
            }
            out.extend_from_slice(&body[end + 2..end + 2 + size]);
            at = end + 2 + size + 2;
        }
        body = out;
    }
    Reply { status, headers, body: String::from_utf8_lossy(&body).to_string() }
}

/// A multipart/form-data body: (content type, bytes).
fn multipart(fields: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "jejakTestBoundary7MA4YWxk";
    let mut body = Vec::new();
    for (name, file, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file {
            Some(f) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            ),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The `value` of the hidden input named `name` in a form.
fn hidden(body: &str, name: &str) -> String {
    let at = body.find(&format!("name=\"{name}\" value=\"")).expect("the hidden field") + name.len() + 15;
    body[at..].split('"').next().unwrap().to_string()
}

const PASTED: &str = "Jembatan Gantung Baru Diresmikan di Lembah Hijau\n\nJembatan gantung sepanjang 120 meter diresmikan bupati pada Selasa pagi dan kini menghubungkan dua desa yang selama ini terpisah sungai.\n\nWarga menyambut peresmian itu dengan gembira karena perjalanan ke pasar kini hanya sepuluh menit.";

#[test]
fn ingest_page_needs_the_token_then_stores_and_links_the_article() {
    on_each_backend(
        "server_ingest_page_needs_the_token_then_stores_and_links_the_article",
        hostile,
        |state| async move {
            let (token, hash) = blocking(&state, |s| ensure_token(s)).await.unwrap();
            let token = token.unwrap();
            let addr = serve(state.with_write_token_hash(&hash)).await;

            let form = http(addr, "GET", "/ingest", &[], vec![]).await;
            assert_eq!(form.status, 200);
            assert!(form.body.contains("type=\"password\""), "the form asks for the token");
            let csrf_cookie = form.cookie("jejak_csrf").expect("a CSRF cookie");
            assert!(form.header("set-cookie").unwrap().contains("SameSite=Strict"));
            let csrf = hidden(&form.body, "csrf");
            assert_eq!(csrf_cookie, format!("jejak_csrf={csrf}"));

            let post = |fields: Vec<(&'static str, Option<&'static str>, Vec<u8>)>,
                        extra: Vec<(String, String)>| async move {
                let borrowed: Vec<(&str, Option<&str>, &[u8])> =
                    fields.iter().map(|(n, f, v)| (*n, *f, v.as_slice())).collect();
                let (content_type, body) = multipart(&borrowed);
                let mut headers = vec![("Content-Type".to_string(), content_type)];
                headers.extend(extra);
                let headers: Vec<(&str, &str)> =
                    headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
                http(addr, "POST", "/ingest", &headers, body).await
            };
            let text = |t: &str| ("text", None, t.as_bytes().to_vec());

            // No token: a 401 page with the stable code.
            let denied = post(vec![text(PASTED)], vec![]).await;
            assert_eq!(denied.status, 401, "{}", denied.body);
            assert!(denied.body.contains("unauthorized"));
            let wrong = post(vec![("token", None, b"nope".to_vec()), text(PASTED)], vec![]).await;
            assert_eq!(wrong.status, 401);
            // A valid token sent from another site's page is refused too.
            let foreign = post(
                vec![("token", None, token.clone().into_bytes()), text(PASTED)],
                vec![("Origin".into(), "http://evil.example".into())],
            )
            .await;
            assert_eq!(foreign.status, 401);

            // With the token: stored, and the job page links the new article and its story.
            let done = post(
                vec![
                    ("csrf", None, csrf.clone().into_bytes()),
                    ("token", None, token.clone().into_bytes()),
                    text(PASTED),
                    ("outlet", None, b"Warta Lembah".to_vec()),
                ],
                vec![("Origin".into(), "null".into())],
            )
            .await;
            assert_eq!(done.status, 303, "{}", done.body);
            let session = done.cookie("jejak_write").expect("the token is kept for the session");
            assert_eq!(session, format!("jejak_write={token}"));
            let set = done.header("set-cookie").unwrap();
            assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"), "{set}");
            let location = done.header("location").unwrap().to_string();
            assert!(location.starts_with("/ingest/jobs/"));
            assert_eq!(
                http(addr, "GET", &location, &[], vec![]).await.status,
                401,
                "job pages need the token"
            );
            let job = http(addr, "GET", &location, &[("Cookie", &session)], vec![]).await;
            assert_eq!(job.status, 200);
            assert!(job.body.contains("class=\"new-pages\">1<"), "{}", job.body);
            assert!(job.body.contains("Jembatan Gantung Baru Diresmikan"), "{}", job.body);
            let link =
                job.body.split("href=\"/article/").nth(1).unwrap().split('"').next().unwrap().to_string();
            let article = http(addr, "GET", &format!("/article/{link}"), &[], vec![]).await;
            assert_eq!(article.status, 200);
            assert!(article.body.contains("Warta Lembah"));
            assert!(job.body.contains("href=\"/story/"), "the new story is linked");
            let home = http(addr, "GET", "/", &[], vec![]).await;
            assert!(home.body.contains("Jembatan Gantung Baru Diresmikan"), "listed on the home page");

            // The session cookie alone needs the form's CSRF token.
            let cookies = format!("{session}; {csrf_cookie}");
            let again = text("Pasar Malam Kembali Digelar\n\nPasar malam kembali digelar di alun-alun kota setelah dua tahun terhenti, pedagang menyambutnya dengan antusias.");
            let no_csrf = post(vec![again.clone()], vec![("Cookie".into(), cookies.clone())]).await;
            assert_eq!(no_csrf.status, 401, "{}", no_csrf.body);
            let with_csrf = post(
                vec![("csrf", None, csrf.into_bytes()), again],
                vec![("Cookie".into(), cookies.clone()), ("Origin".into(), format!("http://{addr}"))],
            )
            .await;
            assert_eq!(with_csrf.status, 303, "{}", with_csrf.body);

            // Listed URLs are fetched by the server, but never from its own network: a loopback
            // URL is refused, and said so, with the command for following them.
            let urls = post(
                vec![
                    ("token", None, token.into_bytes()),
                    ("urls", None, b"http://127.0.0.1:9/feed.xml\nnot a url".to_vec()),
                ],
                vec![],
            )
            .await;
            assert_eq!(urls.status, 303);
            let location = urls.header("location").unwrap().to_string();
            let mut page = http(addr, "GET", &location, &[("Cookie", &cookies)], vec![]).await;
            for _ in 0..50 {
                if page.body.contains("private or loopback") {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                page = http(addr, "GET", &location, &[("Cookie", &cookies)], vec![]).await;
            }
            assert!(page.body.contains("private or loopback"), "{}", page.body);
            assert!(
                page.body.contains("jejak crawl --every 600 http://127.0.0.1:9/feed.xml"),
                "{}",
                page.body
            );
        },
    );
}

#[test]
fn ingest_page_refuses_too_large_uploads_with_a_stable_code() {
    on_each_backend(
        "server_ingest_page_refuses_too_large_uploads_with_a_stable_code",
        hostile,
        |state| async move {
            let (token, hash) = blocking(&state, |s| ensure_token(s)).await.unwrap();
            let addr = serve(state.with_write_token_hash(&hash)).await;
            let big = vec![b'a'; write::MAX_INGEST_BYTES + 1];
            let token = token.unwrap();
            let (content_type, body) =
                multipart(&[("token", None, token.as_bytes()), ("file", Some("big.txt"), big.as_slice())]);
            // Within the form's allowance, so the file's own limit is what refuses it.
            assert!(body.len() <= ingest_page::MAX_FORM_BYTES);
            let reply = http(addr, "POST", "/ingest", &[("Content-Type", &content_type)], body).await;
            assert_eq!(reply.status, 413, "{}", reply.body);
            assert!(reply.body.contains("payload_too_large"));
            // Past the whole form's limit: refused before it is read.
            let huge = vec![b'a'; ingest_page::MAX_FORM_BYTES + 1];
            let (content_type, body) =
                multipart(&[("token", None, token.as_bytes()), ("file", Some("huge.txt"), huge.as_slice())]);
            let reply = http(addr, "POST", "/ingest", &[("Content-Type", &content_type)], body).await;
            assert_eq!(reply.status, 413, "{}", reply.body);
            assert!(reply.body.contains("payload_too_large"));
            assert_eq!(state_articles(addr).await, 1, "nothing was stored");
        },
    );
}

async fn state_articles(addr: std::net::SocketAddr) -> usize {
    let reply = http(addr, "GET", "/api/v1/stories", &[], vec![]).await;
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    json["stories"].as_array().unwrap().len()
}

/// Three articles in two stories: Kompas's original, Akurat's near-copy of it, and an
/// English story from another outlet a year later.
fn korea_and_bridge(store: &mut dyn Store) {
    let body: Vec<String> = vec![
        "Korea Utara disebutkan siap mengirim seratus ribu tentaranya ke Rusia sebagai bantuan militer untuk meningkatkan invasi ke Ukraina menurut pakar pertahanan.".into(),
        "Klaim tersebut disampaikan pakar pertahanan Rusia Igor Korotchenko dalam diskusi panel di televisi pemerintah Rusia pada Senin malam waktu setempat.".into(),
        "Menurut dia para sukarelawan itu siap datang dan ikut serta dalam konflik apabila Moskwa menerima tawaran tersebut dalam waktu dekat ini.".into(),
    ];
    let mut copy_body = body.clone();
    copy_body.push("Artikel ini telah tayang lebih dulu di media lain.".into());
    let mk = |n: &str,
              outlet: &str,
              lang: &str,
              when: &str,
              zone: Option<&str>,
              title: &str,
              body: Vec<String>| {
        let page = RawPage::new(None, n.into(), ContentKind::PageText, None, n.as_bytes().to_vec());
        let article = Article {
            id: page.id.clone(),
            page_id: page.id.clone(),
            title: Some(title.into()),
            outlet: Some(outlet.into()),
            lang: Some(lang.into()),
            published: Some(chrono::DateTime::parse_from_rfc3339(when).unwrap()),
            time_zone: zone.map(str::to_string),
            body,
            ..Article::default()
        };
        (page, article)
    };
    let items = vec![
        mk("a", "Kompas", "id", "2022-08-08T23:31:00+07:00", Some("WIB"), "Korea Utara Siap Kirim 100.000 Tentara", body.clone()),
        mk("b", "Akurat", "id", "2022-08-09T08:00:00+07:00", None, "Korea Utara Siap Kirim Tentara ke Rusia", copy_body),
        mk("c", "Daily", "en", "2023-05-01T10:00:00+00:00", None, "Harbour bridge reopens", vec![
            "The harbour bridge reopened on Monday after two years of repairs that cost the city more than planned.".into(),
        ]),
    ];
    let pages: Vec<RawPage> = items.iter().map(|(p, _)| p.clone()).collect();
    let articles: Vec<Article> = items.into_iter().map(|(_, a)| a).collect();
    store.insert_pages(&pages).unwrap();
    store.put_articles(&articles).unwrap();
    store.flush().unwrap();
    let story = |id: &str, members: &[&Article], langs: &[&str]| Story {
        id: id.into(),
        title: members[0].title.clone().unwrap(),
        first_seen: members.iter().filter_map(|a| a.published_utc()).min(),
        last_seen: members.iter().filter_map(|a| a.published_utc()).max(),
        outlets: members.iter().filter_map(|a| a.outlet.clone()).collect(),
        languages: langs.iter().map(|l| l.to_string()).collect(),
        article_ids: members.iter().map(|a| a.id.clone()).collect(),
        timeline: Story::timeline_of(&members.iter().filter_map(|a| a.published_utc()).collect::<Vec<_>>()),
        merged: vec![],
        split_off: vec![],
        split_from: None,
    };
    store
        .replace_stories(&[
            Story {
                merged: vec![StoryMerge {
                    story: "s-offer".into(),
                    title: "Pyongyang Tawarkan Tentara".into(),
                    articles: 1,
                    at: articles[1].published_utc(),
                }],
                // (an invented split: the page shows what the record says)
                split_off: vec![StoryMerge {
                    story: "bridge".into(),
                    title: "Harbour bridge reopens".into(),
                    articles: 1,
                    at: articles[2].published_utc(),
                }],
                ..story("korea", &[&articles[0], &articles[1]], &["id"])
            },
            Story {
                split_from: Some(StoryMerge {
                    story: "korea".into(),
                    title: "Korea Utara".into(),
                    articles: 1,
                    at: articles[2].published_utc(),
                }),
                ..story("bridge", &[&articles[2]], &["en"])
            },
        ])
        .unwrap();
}

#[test]
fn home_filters_by_outlet_language_and_date_and_draws_sparks() {
    on_each_backend(
        "server_home_filters_by_outlet_language_and_date_and_draws_sparks",
        korea_and_bridge,
        |state| async move {
            let addr = serve(state).await;
            let titles = |body: &str| {
                (body.contains("Korea Utara Siap Kirim 100.000"), body.contains("Harbour bridge reopens"))
            };
            let all = http(addr, "GET", "/", &[], vec![]).await;
            assert_eq!(titles(&all.body), (true, true));
            assert!(all.body.contains("<option value=\"Akurat\""), "outlets come from the store");
            assert!(all.body.contains("name=\"since\""));
            assert_eq!(all.body.matches("<svg class=\"spark\"").count(), 2, "{}", all.body);
            assert!(all.body.contains("2 articles over time"));
            let by_outlet = http(addr, "GET", "/?outlet=Akurat", &[], vec![]).await;
            assert_eq!(titles(&by_outlet.body), (true, false));
            assert!(by_outlet.body.contains("<option value=\"Akurat\" selected>"));
            let by_lang = http(addr, "GET", "/?lang=en&outlet=", &[], vec![]).await;
            assert_eq!(titles(&by_lang.body), (false, true));
            let since = http(addr, "GET", "/?since=2023-01-01", &[], vec![]).await;
            assert_eq!(titles(&since.body), (false, true));
            assert!(since.body.contains("value=\"2023-01-01\""));
            let bad = http(addr, "GET", "/?since=yesterday", &[], vec![]).await;
            assert_eq!(bad.status, 400);
            assert!(bad.body.contains("invalid_query"));
        },
    );
}

#[test]
fn story_collapses_copies_and_shows_both_times() {
    on_each_backend(
        "server_story_collapses_copies_and_shows_both_times",
        korea_and_bridge,
        |state| async move {
            let addr = serve(state).await;
            let page = http(addr, "GET", "/story/korea?ui=id", &[], vec![]).await;
            assert_eq!(page.status, 200, "{}", page.body);
            assert_eq!(
                page.body.matches("<article class=\"column\"").count(),
                1,
                "the copy has no column of its own"
            );
            let copy = page.body.split("<details class=\"copy\"").nth(1).expect("the copy, collapsed");
            let summary = copy.split("</summary>").next().unwrap();
            assert!(summary.contains("Akurat") && summary.contains("salinan dari Kompas"), "{summary}");
            assert!(summary.contains("kemiripan 0."), "{summary}");
            assert!(page.body.contains("2 artikel"), "the count still includes the copy");
            let merged = page.body.split("class=\"meta merged\">").nth(1).expect("the merge history");
            assert!(merged.starts_with("Tergabung dari berita lain:"), "{merged}");
            assert!(merged.contains("“Pyongyang Tawarkan Tentara” (1 artikel"), "{merged}");
            let split = page.body.split("class=\"meta split-off\">").nth(1).expect("the split history");
            assert!(split.starts_with("Artikel yang ternyata berita lain:"), "{split}");
            assert!(
                split.contains("<a href=\"/story/bridge\">“Harbour bridge reopens”</a> (1 artikel"),
                "{split}"
            );
            let other = http(addr, "GET", "/story/bridge?ui=en", &[], vec![]).await;
            let from = other.body.split("class=\"meta split-from\">").nth(1).expect("where it split from");
            assert!(from.starts_with("Split off from: <a href=\"/story/korea\">"), "{from}");
            // As published, and in the reader's zone (UTC unless chosen).
            assert!(page.body.contains("8 Agu 2022 23:31 WIB"), "{}", page.body);
            assert!(page.body.contains("8 Agu 2022 16:31 UTC"));
            let east = http(addr, "GET", "/story/korea?ui=en&tz=+09:00", &[], vec![]).await;
            assert!(east.body.contains("9 Aug 2022 01:31 WIT"), "{}", east.body);
            assert_eq!(east.cookie("jejak_tz").as_deref(), Some("jejak_tz=+09:00"));
            let remembered =
                http(addr, "GET", "/story/korea", &[("Cookie", "jejak_tz=+07:00")], vec![]).await;
            assert!(remembered.body.contains("8 Aug 2022 23:31 WIB"));
            assert!(!remembered.body.contains("reader-time\">8 Aug"), "no second line when the zones agree");
        },
    );
}
