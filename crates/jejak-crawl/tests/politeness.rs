//! The crawler against real HTTP servers on loopback: robots.txt, spacing between requests,
//! retries, redirects, size caps, content types, conditional requests and concurrency,
//! checked from the server's side.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::Response;
use jejak_crawl::{CrawlConfig, Crawler, Fetched, Validators};
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
    /// Requests in flight on this site now, and at most.
    active: Gauge,
    /// Shared with other sites: requests in flight on all of them.
    all: Arc<Gauge>,
}

/// Counts requests in flight and remembers the most seen at once.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl Gauge {
    fn enter(&self) {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
    }

    fn leave(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
    }

    fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
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

async fn handle(State(site): State<Arc<Site>>, uri: Uri, headers: HeaderMap) -> Response {
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
        // Conditional requests: fixed validators, 304 when the request carries either.
        "/cond/feed.xml" | "/cond/page" | "/cond/broken-feed.xml" => {
            let etag = "\"v1\"";
            let modified = "Wed, 11 Mar 2026 08:00:00 GMT";
            let header = |name| headers.get(name).and_then(|v: &header::HeaderValue| v.to_str().ok());
            if header(header::IF_NONE_MATCH) == Some(etag)
                || header(header::IF_MODIFIED_SINCE) == Some(modified)
            {
                return Response::builder()
                    .status(304)
                    .header(header::ETAG, etag)
                    .body(Body::empty())
                    .unwrap();
            }
            let (kind, body) = match uri.path() {
                "/cond/page" => (html, article("tetap")),
                feed => {
                    let item = if feed == "/cond/feed.xml" { "/a/7" } else { "/gone" };
                    let rss = format!(
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Contoh</title><link>{origin}/</link><description>d</description>\
                         <item><title>Tujuh</title><link>{origin}{item}</link><description>Ringkas.</description></item>\
                         </channel></rss>"
                    );
                    ("application/rss+xml", rss)
                }
            };
            Response::builder()
                .status(200)
                .header(header::CONTENT_TYPE, kind)
                .header(header::ETAG, etag)
                .header(header::LAST_MODIFIED, modified)
                .body(Body::from(body))
                .unwrap()
        }
        // A slow page: counts how many requests are in flight at once.
        p if p.starts_with("/sleepy/") => {
            site.active.enter();
            site.all.enter();
            tokio::time::sleep(Duration::from_millis(200)).await;
            site.active.leave();
            site.all.leave();
            respond(200, html, article(&p[8..]))
        }
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
    serve_counted(robots, Arc::default())
}

/// Like [`serve`], counting requests in flight on `all` too (shared between sites).
fn serve_counted(robots: RobotsMode, all: Arc<Gauge>) -> Arc<Site> {
    let site = Arc::new(Site {
        robots,
        log: Mutex::new(Vec::new()),
        slow_hits: AtomicUsize::new(0),
        origin: Mutex::new(String::new()),
        active: Gauge::default(),
        all,
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
    // One request at a time: then the delay holds from each answer to the next request, which
    // the server can check exactly. With more in flight it holds between the starts at the
    // client, and a server slow to take the first up may see the two closer together.
    let crawler = Crawler::new(CrawlConfig { per_host: 1, ..config() }).unwrap();
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
    // One at a time per host, so that the server sees the delay exactly (see above).
    let config = CrawlConfig { delay_per_host: Duration::from_millis(300), per_host: 1, ..config() };
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

#[test]
fn conditional_requests_get_304_and_deliver_nothing() {
    let site = serve(RobotsMode::Status(404));
    let crawler = Crawler::new(config()).unwrap();
    let mut validators = Validators::default();
    let seeds =
        || vec![site.url("/cond/feed.xml"), site.url("/cond/page"), site.url("/cond/broken-feed.xml")];
    let crawl = |validators: &mut Validators, got: &mut Vec<Fetched>| {
        crawler.crawl_conditional(
            seeds(),
            validators,
            |_| false,
            |f| {
                got.push(f);
                std::ops::ControlFlow::Continue(())
            },
            |_| {},
        )
    };

    let mut got = Vec::new();
    let first = crawl(&mut validators, &mut got);
    assert_eq!((first.fetched, first.unchanged, first.pages), (4, 0, 2), "{first:?}");
    // The feed and the page are remembered (`/a/7` sends no validators); the feed whose
    // page is missing (404) is not, so that its page is asked for again next time instead
    // of hiding behind a 304.
    assert_eq!(validators.len(), 2, "{:?}", validators.iter().collect::<Vec<_>>());
    assert!(validators.get(site.url("/cond/broken-feed.xml").as_str()).is_none());
    let page = validators.get(site.url("/cond/page").as_str()).unwrap();
    assert_eq!(page.etag.as_deref(), Some("\"v1\""));
    assert_eq!(page.last_modified.as_deref(), Some("Wed, 11 Mar 2026 08:00:00 GMT"));

    site.log.lock().unwrap().clear();
    let mut again = Vec::new();
    let second = crawl(&mut validators, &mut again);
    assert_eq!((second.fetched, second.unchanged, second.pages), (1, 2, 0), "{second:?}");
    assert!(again.is_empty(), "a 304 reaches no sink");
    // The unchanged feed's page is not asked for; the broken feed is read again in full.
    let paths: Vec<String> = site.requests().into_iter().map(|(p, _)| p).collect();
    assert_eq!(paths.iter().filter(|p| *p == "/a/7").count(), 0, "{paths:?}");
    assert_eq!(paths.iter().filter(|p| *p == "/gone").count(), 1, "{paths:?}");
    // robots.txt, two 304s, the broken feed and its missing page.
    assert_eq!(second.requests, 5);

    // A feed whose pages were cut off by max_pages is not remembered either.
    let crawler = Crawler::new(CrawlConfig { max_pages: 1, ..config() }).unwrap();
    let mut fresh = Validators::default();
    let report = crawler.crawl_conditional(
        vec![site.url("/cond/feed.xml")],
        &mut fresh,
        |_| false,
        |_| std::ops::ControlFlow::Continue(()),
        |_| {},
    );
    assert_eq!((report.fetched, report.truncated), (1, true));
    assert!(fresh.is_empty());
}

/// Two servers on 127.0.0.1, each on a port of its own: the crawler's host key is the
/// origin (scheme, host, port), so they are two hosts to it (as `localhost` and `127.0.0.1`
/// on one port would be); `same_host_only` ignores ports, so links between them are fine.
/// Each answers `/sleepy/N` after 200 ms and counts requests in flight: on itself, and on
/// both together.
fn crawl_sleepy(per_host: usize, concurrency: usize, pages: usize) -> ([Arc<Site>; 2], Arc<Gauge>, Duration) {
    let all = Arc::new(Gauge::default());
    let sites = [
        serve_counted(RobotsMode::Status(404), all.clone()),
        serve_counted(RobotsMode::Status(404), all.clone()),
    ];
    let config = CrawlConfig { delay_per_host: Duration::from_millis(10), per_host, concurrency, ..config() };
    let crawler = Crawler::new(config).unwrap();
    let seeds: Vec<Url> =
        (0..pages).flat_map(|n| sites.iter().map(move |s| s.url(&format!("/sleepy/{n}")))).collect();
    let started = Instant::now();
    let report = crawler.crawl(seeds, |_| {});
    let elapsed = started.elapsed();
    assert_eq!(report.fetched, 2 * pages, "{report:?}");
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    (sites, all, elapsed)
}

#[test]
fn per_host_limit_holds_while_hosts_proceed_in_parallel() {
    let (sites, all, elapsed) = crawl_sleepy(2, 8, 6);
    for site in &sites {
        assert_eq!(
            site.active.peak(),
            2,
            "each host sees at most --per-host requests at once, and gets them"
        );
    }
    // Both hosts were asked at the same time: more in flight overall than one host allows.
    assert!(all.peak() > 2, "peak over both hosts {}", all.peak());
    // 12 pages of 200 ms one at a time would take 2.4 s; 2 hosts × 2 in flight take ~0.6 s.
    assert!(elapsed < Duration::from_millis(1800), "{elapsed:?}");

    let (sites, all, _) = crawl_sleepy(1, 8, 3);
    assert_eq!(sites.iter().map(|s| s.active.peak()).collect::<Vec<_>>(), [1, 1]);
    assert_eq!(all.peak(), 2, "one request per host, both hosts at once");

    // The global limit caps what the per-host limits would allow together.
    let (sites, all, _) = crawl_sleepy(2, 3, 4);
    assert!(sites.iter().all(|s| s.active.peak() <= 2));
    assert_eq!(all.peak(), 3);
}
