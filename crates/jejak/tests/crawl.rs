//! `jejak crawl` end to end: the real binary crawls a news site served on loopback into a
//! temporary data directory, then crawls it again and adds nothing; conditional requests,
//! per-host concurrency and URL-list files.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, HeaderMap, Uri};
use axum::response::Response;

mod common;
use common::{jejak, jejak_command, json};

/// Requested paths, in order.
type Log = Arc<Mutex<Vec<String>>>;

/// The feed's validators: it answers 304 to a request carrying either.
const FEED_ETAG: &str = "\"feed-v1\"";
const FEED_MODIFIED: &str = "Thu, 12 Mar 2026 03:00:00 GMT";

/// Counts requests in flight (on one site, or shared by several) and remembers the most
/// seen at once and when the first began and the last ended.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    peak: AtomicUsize,
    span: Mutex<Option<(Instant, Instant)>>,
}

impl Gauge {
    fn enter(&self) {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        let mut span = self.span.lock().unwrap();
        let t = Instant::now();
        *span = Some(span.map_or((t, t), |(first, last)| (first.min(t), last)));
    }

    fn leave(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
        let mut span = self.span.lock().unwrap();
        let t = Instant::now();
        *span = span.map(|(first, last)| (first, last.max(t)));
    }

    fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }

    /// From the first request's start to the last one's end.
    fn span(&self) -> Duration {
        self.span.lock().unwrap().map(|(first, last)| last - first).unwrap_or_default()
    }
}

/// One served site.
struct Site {
    log: Log,
    origin: Mutex<String>,
    /// `304 Not Modified` answers given.
    not_modified: AtomicUsize,
    /// Slow pages in flight here, and on all sites sharing `all`.
    local: Gauge,
    all: Arc<Gauge>,
}

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

async fn handle(State(site): State<Arc<Site>>, uri: Uri, headers: HeaderMap) -> Response {
    site.log.lock().unwrap().push(uri.path().to_string());
    let origin = site.origin.lock().unwrap().clone();
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
        "/feed.xml" => {
            let header = |name| headers.get(name).and_then(|v: &header::HeaderValue| v.to_str().ok());
            if header(header::IF_NONE_MATCH) == Some(FEED_ETAG)
                || header(header::IF_MODIFIED_SINCE) == Some(FEED_MODIFIED)
            {
                site.not_modified.fetch_add(1, Ordering::SeqCst);
                return Response::builder()
                    .status(304)
                    .header(header::ETAG, FEED_ETAG)
                    .body("".into())
                    .unwrap();
            }
            let mut rss = format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Contoh</title>\
                 <link>{origin}/</link><description>Berita</description>"
            );
            for (slug, _) in TOPICS {
                rss.push_str(&format!(
                    "<item><title>Berita {slug}</title><link>{origin}/berita/{slug}</link><description>Ringkas.</description></item>"
                ));
            }
            rss.push_str("</channel></rss>");
            Response::builder()
                .status(200)
                .header(header::CONTENT_TYPE, "application/rss+xml")
                .header(header::ETAG, FEED_ETAG)
                .header(header::LAST_MODIFIED, FEED_MODIFIED)
                .body(rss.into())
                .unwrap()
        }
        path if path.starts_with("/lambat/") => {
            // A slow page: 200 ms, counted while in flight.
            site.local.enter();
            site.all.enter();
            tokio::time::sleep(Duration::from_millis(200)).await;
            site.local.leave();
            site.all.leave();
            let n = &path["/lambat/".len()..];
            let html =
                page("banjir").unwrap().replace("Berita banjir", &format!("Berita lambat {n} dari {origin}"));
            ok("text/html; charset=utf-8", html)
        }
        path => match path.strip_prefix("/berita/").and_then(page) {
            Some(html) => ok("text/html; charset=utf-8", html),
            None => Response::builder().status(404).body("no".into()).unwrap(),
        },
    }
}

/// Serves the test site on 127.0.0.1 on a port of its own; `all` counts slow pages in
/// flight across every site sharing it.
fn serve_site(all: Arc<Gauge>) -> Arc<Site> {
    let site = Arc::new(Site {
        log: Log::default(),
        origin: Mutex::default(),
        not_modified: AtomicUsize::new(0),
        local: Gauge::default(),
        all,
    });
    let state = site.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, axum::Router::new().fallback(handle).with_state(state)).await.unwrap();
        });
    });
    *site.origin.lock().unwrap() = format!("http://{}", rx.recv().unwrap());
    site
}

fn serve() -> (String, Log) {
    let site = serve_site(Arc::default());
    let origin = site.origin.lock().unwrap().clone();
    (origin, site.log.clone())
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

#[test]
fn crawl_asks_again_conditionally_and_304_stores_nothing() {
    let site = serve_site(Arc::default());
    let data = tempfile::tempdir().unwrap();
    let feed = format!("{}/feed.xml", site.origin.lock().unwrap());
    let args = ["crawl", &feed, "--delay-ms", "20", "--allow-private", "--json"];

    let first = json(&jejak(data.path(), &args));
    assert_eq!(
        (first["crawl"]["fetched"].as_u64(), first["crawl"]["unchanged"].as_u64()),
        (Some(4), Some(0))
    );
    assert_eq!(first["new_pages"], 3, "{first}");
    assert_eq!(site.not_modified.load(Ordering::SeqCst), 0);

    // The feed is unchanged: one 304, its pages are not even looked at, nothing is stored.
    site.log.lock().unwrap().clear();
    let second = json(&jejak(data.path(), &args));
    assert_eq!(site.not_modified.load(Ordering::SeqCst), 1);
    assert_eq!(*site.log.lock().unwrap(), ["/robots.txt", "/feed.xml"]);
    assert_eq!(
        (second["crawl"]["fetched"].as_u64(), second["crawl"]["unchanged"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(second["new_pages"], 0, "{second}");
    assert_eq!(second["store"]["pages"], 3);

    let text = jejak(data.path(), &["crawl", &feed, "--delay-ms", "20", "--allow-private"]);
    assert!(text.status.success(), "{}", String::from_utf8_lossy(&text.stderr));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("1 unchanged since the last crawl, 0 new pages"), "{stdout}");
    assert_eq!(site.not_modified.load(Ordering::SeqCst), 2);
}

/// Crawls `pages` slow pages from each of two sites with `--per-host per_host`; returns the
/// sites and the gauge over both. The two sites are two servers on 127.0.0.1 with ports of
/// their own: the crawler's host key is the origin (scheme, host and port), so they are two
/// hosts to it, as `localhost` and `127.0.0.1` would be (but those would need two name
/// lookups, and the SSRF guard treats them alike anyway).
fn crawl_slow_sites(per_host: usize, pages: usize) -> ([Arc<Site>; 2], Arc<Gauge>) {
    let all = Arc::new(Gauge::default());
    let sites = [serve_site(all.clone()), serve_site(all.clone())];
    let data = tempfile::tempdir().unwrap();
    let urls: Vec<String> = (0..pages)
        .flat_map(|n| sites.iter().map(move |s| format!("{}/lambat/{n}", s.origin.lock().unwrap())))
        .collect();
    let per_host = per_host.to_string();
    let mut args = vec!["crawl", "--delay-ms", "10", "--per-host", &per_host, "--allow-private", "--json"];
    args.extend(urls.iter().map(String::as_str));
    let out = json(&jejak(data.path(), &args));
    assert_eq!(out["crawl"]["fetched"].as_u64(), Some(2 * pages as u64), "{out}");
    (sites, all)
}

#[test]
fn crawl_keeps_per_host_limit_and_crawls_hosts_in_parallel() {
    let (sites, all) = crawl_slow_sites(2, 4);
    for site in &sites {
        // Never more than --per-host at once on one host; and the second slot is used.
        assert_eq!(site.local.peak(), 2);
    }
    // Both hosts at once: more in flight overall than one host allows.
    assert!(all.peak() > 2, "peak over both hosts {}", all.peak());
    // One at a time, 8 pages of 200 ms take at least 1.6 s of server time; measured on the
    // server's side (from the first slow request to the last answer), without process start.
    assert!(all.span() < Duration::from_millis(1200), "{:?}", all.span());

    let (sites, all) = crawl_slow_sites(1, 2);
    assert_eq!([sites[0].local.peak(), sites[1].local.peak()], [1, 1]);
    assert_eq!(all.peak(), 2, "one request per host, both hosts at once");
}

#[test]
fn crawl_reads_url_lists_and_warns_about_bad_lines() {
    let (origin, log) = serve();
    let data = tempfile::tempdir().unwrap();
    let list = data.path().join("urls.txt");
    std::fs::write(
        &list,
        format!("# kabar contoh\n{origin}/berita/banjir\n\nnot a url\n  {origin}/berita/pasar  \n"),
    )
    .unwrap();
    let out = jejak(
        data.path(),
        &["crawl", "--urls", list.to_str().unwrap(), "--delay-ms", "20", "--allow-private", "--json"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let report = json(&out);
    assert_eq!(report["crawl"]["fetched"], 2, "{report}");
    assert_eq!(report["new_pages"], 2);
    let mut fetched: Vec<String> =
        log.lock().unwrap().iter().filter(|p| p.starts_with("/berita/")).cloned().collect();
    fetched.sort();
    assert_eq!(fetched, ["/berita/banjir", "/berita/pasar"]);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains(&format!("{}:4:", list.display())), "{stderr}");
    assert!(warnings[0].contains("\"not a url\" is not an http(s) URL"), "{stderr}");

    // `-` reads the list from standard input; a list with no good line is an error.
    let mut child = jejak_command(data.path())
        .args(["crawl", "--urls", "-", "--delay-ms", "20", "--allow-private", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{origin}/berita/jembatan").unwrap();
    let report = json(&child.wait_with_output().unwrap());
    assert_eq!(report["new_pages"], 1, "{report}");

    std::fs::write(&list, "# nothing\nftp://example.invalid/x\n").unwrap();
    let out = jejak(data.path(), &["crawl", "--urls", list.to_str().unwrap(), "--allow-private"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("urls.txt:2:") && stderr.contains("no URLs to crawl"), "{stderr}");
}
