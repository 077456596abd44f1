//! The crawler against real HTTP servers on loopback: robots.txt, spacing between requests,
//! retries, redirects, size caps and content types, checked from the server's side.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, StatusCode, Uri};
use axum::response::Response;
use jejak_crawl::{CrawlConfig, Crawler, Fetched};
use url::Url;

/// How the test site answers for its robots.txt.
#[derive(Clone, Copy)]
enum RobotsMode {
    /// Disallows `/private/` and asks for a 0.2 s Crawl-delay.
    Rules,
    Status(u16),
}

struct Site {
    robots: RobotsMode,
    /// Every request: path (with query) and when it arrived.
    log: Mutex<Vec<(String, Instant)>>,
    slow_hits: AtomicUsize,
    origin: Mutex<String>,
}

impl Site {
    fn requests(&self) -> Vec<(String, Instant)> {
        self.log.lock().unwrap().clone()
    }

    fn count(&self, path: &str) -> usize {
        self.log.lock().unwrap().iter().filter(|(p, _)| p == path).count()
    }

    fn url(&self, path: &str) -> Url {
        Url::parse(&format!("{}{path}", self.origin.lock().unwrap())).unwrap()
    }
}

fn article(n: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Berita {n}</title></head><body><article><h1>Berita {n}</h1>\
         <p>Hujan deras mengguyur Kota Hilir sejak pagi, kata petugas, dan warga diminta waspada.</p>\
         </article></body></html>"
    )
}

fn respond(status: u16, content_type: &str, body: impl Into<Body>) -> Response {
    Response::builder().status(status).header(header::CONTENT_TYPE, content_type).body(body.into()).unwrap()
}

async fn handle(State(site): State<Arc<Site>>, uri: Uri) -> Response {
    let path = uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    site.log.lock().unwrap().push((path.clone(), Instant::now()));
    let origin = site.origin.lock().unwrap().clone();
    let html = "text/html; charset=utf-8";
    match uri.path() {
        "/robots.txt" => match site.robots {
            RobotsMode::Rules => respond(
                200,
                "text/plain",
                "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n\nUser-agent: otherbot\nDisallow: /\n",
            ),
            RobotsMode::Status(code) => respond(code, "text/plain", "no"),
        },
        "/sitemap.xml" => {
            let locs = [
                "/a/1",
                "/a/2",
                "/private/secret",
                "/slow",
                "/moved",
                "/huge",
                "/bomb",
                "/file.bin",
                "/flaky",
                "/a/1?utm_source=sitemap",
            ];
            let mut xml = String::from(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
            );
            for loc in locs {
                xml.push_str(&format!(
                    "<url><loc>{origin}{loc}</loc><news:news><news:publication><news:name>Contoh</news:name><news:language>id</news:language></news:publication><news:publication_date>2026-03-12T10:00:00+07:00</news:publication_date><news:title>Berita</news:title></news:news></url>\n"
                ));
            }
            xml.push_str("</urlset>\n");
            respond(200, "application/xml", xml)
        }
        "/feed.xml" => {
            let long =
                "Warga Kota Hilir bergotong royong membersihkan lumpur setelah banjir surut. ".repeat(12);
            let rss = format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Contoh</title><link>{origin}/</link><description>d</description>\
                 <item><title>Empat</title><link>{origin}/a/4</link><description>Ringkas.</description></item>\
                 <item><title>Satu</title><link>{origin}/a/1</link><description>Ringkas.</description></item>\
                 <item><title>Rahasia</title><link>{origin}/private/two</link><description>Ringkas.</description></item>\
                 <item><title>Lengkap</title><link>{origin}/a/full</link><description>{long}</description></item>\
                 </channel></rss>"
            );
            respond(200, "application/rss+xml", rss)
        }
        "/slow" => {
            if site.slow_hits.fetch_add(1, Ordering::SeqCst) == 0 {
                Response::builder().status(429).header(header::RETRY_AFTER, "1").body(Body::empty()).unwrap()
            } else {
                respond(200, html, article("lambat"))
            }
        }
        "/flaky" => respond(503, "text/plain", "busy"),
        "/moved" => Response::builder()
            .status(StatusCode::MOVED_PERMANENTLY)
            .header(header::LOCATION, "/a/3")
            .body(Body::empty())
            .unwrap(),
        "/huge" => respond(200, html, format!("<html><body>{}</body></html>", "x".repeat(2 << 20))),
        "/bomb" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(b"<html><body>").unwrap();
            gz.write_all(&vec![b'x'; 4 << 20]).unwrap();
            Response::builder()
                .status(200)
                .header(header::CONTENT_TYPE, html)
                .header(header::CONTENT_ENCODING, "gzip")
                .body(Body::from(gz.finish().unwrap()))
                .unwrap()
        }
        "/file.bin" => respond(200, "application/octet-stream", vec![0u8, 1, 2, 3, 4, 5, 6, 7]),
        "/stall" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            respond(200, html, article("stall"))
        }
        p if p.starts_with("/a/") || p.starts_with("/private/") => respond(200, html, article(&p[3..])),
        _ => respond(404, "text/plain", "not found"),
    }
}

/// Serves a site on 127.0.0.1 on a port of its own, from a thread of its own.
fn serve(robots: RobotsMode) -> Arc<Site> {
    let site = Arc::new(Site {
        robots,
        log: Mutex::new(Vec::new()),
        slow_hits: AtomicUsize::new(0),
        origin: Mutex::new(String::new()),
    });
    let (tx, rx) = std::sync::mpsc::channel();
    let state = site.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            let app = axum::Router::new().fallback(handle).with_state(state);
            axum::serve(listener, app).await.unwrap();
        });
    });
    let addr = rx.recv().unwrap();
    *site.origin.lock().unwrap() = format!("http://{addr}");
    site
}

fn config() -> CrawlConfig {
    CrawlConfig {
        user_agent: "jejak-test/1.0".into(),
        delay_per_host: Duration::from_millis(50),
        max_bytes_per_page: 1 << 20,
        timeout: Duration::from_secs(5),
        retry_base: Duration::from_millis(20),
        allow_private: true,
        ..CrawlConfig::default()
    }
}

fn min_gap(times: &[Instant]) -> Duration {
    times.windows(2).map(|w| w[1] - w[0]).min().unwrap_or(Duration::MAX)
}

#[test]
fn crawls_a_news_site_politely() {
    let site = serve(RobotsMode::Rules);
    let crawler = Crawler::new(config()).unwrap();
    let mut got: Vec<Fetched> = Vec::new();
    let report = crawler.crawl(vec![site.url("/sitemap.xml"), site.url("/feed.xml")], |f| got.push(f));

    // robots.txt: disallowed pages are never asked for, and it is asked for once.
    assert_eq!(site.count("/private/secret") + site.count("/private/two"), 0);
    assert_eq!(report.skipped_robots, 2);
    assert_eq!(site.count("/robots.txt"), 1);
    assert_eq!(site.requests()[0].0, "/robots.txt");

    // Crawl-delay (0.2 s) beats the configured 50 ms, between every two requests.
    let times: Vec<Instant> = site.requests().iter().map(|(_, t)| *t).collect();
    assert!(min_gap(&times) >= Duration::from_millis(200), "gap {:?}", min_gap(&times));

    // 429 with Retry-After: 1 is retried after a second; 503 three times, then given up.
    let slow: Vec<Instant> = site.requests().iter().filter(|(p, _)| p == "/slow").map(|(_, t)| *t).collect();
    assert_eq!(slow.len(), 2);
    assert!(slow[1] - slow[0] >= Duration::from_secs(1));
    assert_eq!(site.count("/flaky"), 4);
    assert_eq!(report.retries, 1 + 3);

    // Each URL once, whatever the tracking parameters and however many lists name it.
    assert_eq!(site.count("/a/1"), 1);
    assert_eq!(site.count("/a/1?utm_source=sitemap"), 0);
    // A feed entry with its full text is not fetched again.
    assert_eq!(site.count("/a/full"), 0);

    // Pages (and the feed holding a full entry) reach the sink, redirects under their final URL.
    let mut delivered: Vec<(String, String)> =
        got.iter().map(|f| (f.requested.path().to_string(), f.url.path().to_string())).collect();
    delivered.sort();
    let want = [
        ("/a/1", "/a/1"),
        ("/a/2", "/a/2"),
        ("/a/4", "/a/4"),
        ("/feed.xml", "/feed.xml"),
        ("/moved", "/a/3"),
        ("/slow", "/slow"),
    ];
    assert_eq!(delivered, want.map(|(a, b)| (a.to_string(), b.to_string())));
    assert!(got.iter().all(|f| f.bytes.len() <= 1 << 20));
    assert!(got
        .iter()
        .all(|f| f.content_type.as_deref().is_some_and(|c| c.contains("html") || c.contains("xml"))));

    // Oversized bodies are dropped, whether announced or only found out while decompressing.
    let errors: HashMap<String, String> = report
        .errors
        .iter()
        .map(|e| (Url::parse(&e.url).unwrap().path().to_string(), e.reason.clone()))
        .collect();
    assert!(errors["/huge"].contains("over the limit"), "{errors:?}");
    assert!(errors["/bomb"].contains("over the limit"), "{errors:?}");
    assert!(errors["/flaky"].contains("HTTP 503; gave up after 3 retries"), "{errors:?}");
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(report.bytes <= 3 * (1 << 20), "{}", report.bytes);

    assert_eq!(report.skipped_type, 1);
    assert_eq!(site.count("/file.bin"), 1);
    assert_eq!(report.fetched, 2 + 5);
    assert_eq!(report.pages, 6);
    assert_eq!(report.requests, site.requests().len());
    assert!(!report.truncated);
}

#[test]
fn failing_robots_txt_keeps_the_crawler_out() {
    let site = serve(RobotsMode::Status(503));
    let crawler = Crawler::new(config()).unwrap();
    let report =
        crawler.crawl(vec![site.url("/a/1"), site.url("/a/2")], |_| panic!("nothing may be fetched"));
    assert_eq!(site.requests().len(), 1);
    assert_eq!(site.requests()[0].0, "/robots.txt");
    assert_eq!(report.skipped_robots, 2);
    assert_eq!(report.errors.len(), 1);
    assert!(report.errors[0].reason.contains("robots.txt answered HTTP 503"), "{:?}", report.errors);
}

#[test]
fn missing_robots_txt_allows_all_and_limits_hold() {
    let site = serve(RobotsMode::Status(404));
    let mut config = config();
    config.timeout = Duration::from_millis(300);
    let crawler = Crawler::new(config).unwrap();
    let mut got = Vec::new();
    let report = crawler.crawl(vec![site.url("/private/secret"), site.url("/stall")], |f| got.push(f));
    assert_eq!(site.count("/private/secret"), 1);
    // A network error (here a timeout) is retried with backoff, three times.
    assert_eq!(site.count("/stall"), 4);
    assert_eq!(report.retries, 3);
    assert!(report.errors[0].reason.contains("timed out"), "{:?}", report.errors);
    assert_eq!(got.len(), 1);

    // max_pages stops the crawl and says so.
    let crawler = Crawler::new(CrawlConfig { max_pages: 1, ..self::config() }).unwrap();
    let report = crawler.crawl(vec![site.url("/a/1"), site.url("/a/2")], |_| {});
    assert_eq!((report.fetched, report.truncated), (1, true));
}

#[test]
fn hosts_interleave_but_each_keeps_its_delay() {
    let sites = [serve(RobotsMode::Status(404)), serve(RobotsMode::Status(404))];
    let config = CrawlConfig { delay_per_host: Duration::from_millis(300), ..config() };
    let crawler = Crawler::new(config).unwrap();
    let seeds: Vec<Url> =
        (1..=3).flat_map(|n| sites.iter().map(move |s| s.url(&format!("/a/{n}")))).collect();
    let started = Instant::now();
    let report = crawler.crawl(seeds, |_| {});
    let elapsed = started.elapsed();
    assert_eq!(report.pages, 6);
    for site in &sites {
        let times: Vec<Instant> = site.requests().iter().map(|(_, t)| *t).collect();
        assert_eq!(times.len(), 4);
        assert!(min_gap(&times) >= Duration::from_millis(300), "gap {:?}", min_gap(&times));
    }
    // One host at a time would take 6 gaps of 0.3 s; interleaved, both wait together.
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
}

#[test]
fn private_addresses_are_refused_by_default() {
    let site = serve(RobotsMode::Status(404));
    let crawler = Crawler::new(CrawlConfig { allow_private: false, ..config() }).unwrap();
    let localhost = Url::parse(&site.url("/a/2").as_str().replace("127.0.0.1", "localhost")).unwrap();
    let report = crawler.crawl(vec![site.url("/a/1"), localhost], |_| panic!("nothing may be fetched"));
    assert!(site.requests().is_empty());
    assert_eq!((report.skipped_private, report.requests), (2, 0));
    assert_eq!(report.errors.len(), 2);
    assert!(report.errors.iter().all(|e| e.reason.contains("refusing")), "{:?}", report.errors);
}
