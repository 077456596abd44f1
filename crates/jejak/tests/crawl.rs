//! `jejak crawl` end to end: the real binary crawls a news site served on loopback into a
//! temporary data directory, then crawls it again and adds nothing.

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{header, Uri};
use axum::response::Response;

mod common;
use common::{jejak, json};

/// Requested paths, in order.
type Log = Arc<Mutex<Vec<String>>>;

const TOPICS: [(&str, &str); 3] = [
    ("banjir", "Banjir merendam ribuan rumah di Kota Hilir setelah hujan deras sejak Senin malam."),
    ("jembatan", "Jembatan baru di Kota Hulu dibuka untuk umum pada Kamis pagi oleh wali kota."),
    ("pasar", "Pemerintah kota menggelar pasar murah menjelang Ramadan di enam kecamatan."),
];

fn page(slug: &str) -> Option<String> {
    let (_, lead) = TOPICS.iter().find(|(s, _)| *s == slug)?;
    Some(format!(
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{slug} | Kabar Contoh</title>\
         <meta property=\"article:published_time\" content=\"2026-03-12T10:00:00+07:00\"></head><body>\
         <nav>Beranda Nasional Daerah</nav><article><h1>Berita {slug}</h1><p>{lead}</p>\
         <p>\"Kami sudah menyiapkan petugas di lapangan,\" kata Kepala Dinas, Budi Santoso, kepada wartawan.</p>\
         <p>Warga diminta mengikuti informasi resmi dari pemerintah daerah setempat.</p></article></body></html>"
    ))
}

async fn handle(State((log, origin)): State<(Log, Arc<Mutex<String>>)>, uri: Uri) -> Response {
    log.lock().unwrap().push(uri.path().to_string());
    let origin = origin.lock().unwrap().clone();
    let ok = |kind: &str, body: String| {
        Response::builder().status(200).header(header::CONTENT_TYPE, kind).body(body.into()).unwrap()
    };
    match uri.path() {
        "/robots.txt" => ok("text/plain", "User-agent: *\nDisallow: /admin/\n".into()),
        "/sitemap.xml" => {
            let mut xml = String::from(
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
            );
            for (slug, _) in TOPICS {
                xml.push_str(&format!("<url><loc>{origin}/berita/{slug}</loc></url>"));
            }
            xml.push_str(&format!("<url><loc>{origin}/admin/draft</loc></url></urlset>"));
            ok("application/xml", xml)
        }
        path => match path.strip_prefix("/berita/").and_then(page) {
            Some(html) => ok("text/html; charset=utf-8", html),
            None => Response::builder().status(404).body("no".into()).unwrap(),
        },
    }
}

fn serve() -> (String, Log) {
    let log: Log = Arc::default();
    let origin: Arc<Mutex<String>> = Arc::default();
    let state = (log.clone(), origin.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, axum::Router::new().fallback(handle).with_state(state)).await.unwrap();
        });
    });
    let url = format!("http://{}", rx.recv().unwrap());
    *origin.lock().unwrap() = url.clone();
    (url, log)
}

#[test]
fn crawl_stores_pages_and_a_rerun_adds_nothing() {
    let (origin, log) = serve();
    let data = tempfile::tempdir().unwrap();
    let sitemap = format!("{origin}/sitemap.xml");
    let args =
        ["crawl", &sitemap, "--delay-ms", "20", "--allow-private", "--outlet", "Kabar Contoh", "--json"];

    let first = json(&jejak(data.path(), &args));
    assert_eq!(first["crawl"]["fetched"], 4, "{first}");
    assert_eq!(first["crawl"]["skipped_robots"], 1);
    assert_eq!(first["new_pages"], 3);
    assert_eq!(first["store"]["pages"], 3);
    assert_eq!(first["store"]["articles"], 3, "{first}");
    assert!(!log.lock().unwrap().iter().any(|p| p.starts_with("/admin/")));

    log.lock().unwrap().clear();
    let second = json(&jejak(data.path(), &args));
    assert_eq!(second["new_pages"], 0);
    assert_eq!(second["crawl"]["skipped_known"], 3);
    assert_eq!(second["store"]["pages"], 3);
    assert_eq!(*log.lock().unwrap(), ["/robots.txt", "/sitemap.xml"]);

    let text = jejak(data.path(), &["crawl", &sitemap, "--delay-ms", "20", "--allow-private"]);
    assert!(text.status.success());
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("0 new pages") && stdout.contains("3 known"), "{stdout}");
}

#[test]
fn crawl_refuses_loopback_unless_allowed() {
    let (origin, log) = serve();
    let data = tempfile::tempdir().unwrap();
    let out = jejak(data.path(), &["crawl", &format!("{origin}/sitemap.xml"), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("refusing"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(log.lock().unwrap().is_empty());
}

#[test]
fn crawl_rejects_what_is_not_a_url() {
    let data = tempfile::tempdir().unwrap();
    let out = jejak(data.path(), &["crawl", "ftp://example.invalid/x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an http(s) URL"));
}
