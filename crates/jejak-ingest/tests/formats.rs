//! Reading WARCs, feeds, sitemaps and compressed inputs, from hand-made fixtures and (when
//! present) the real samples in `shared/data/formats`.

use std::io::Write;
use std::path::{Path, PathBuf};

use jejak_ingest::{
    read_bytes, read_bytes_ext, read_file_ext, IngestError, LinkKind, ReadOptions, ReadOutput,
};
use jejak_model::ContentKind;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

fn read(name: &str, bytes: Vec<u8>) -> ReadOutput {
    read_bytes_ext(Path::new(name), bytes, &ReadOptions::default())
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Splits a WARC into its records, each ending with the blank lines after its block.
fn warc_records(warc: &[u8]) -> Vec<&[u8]> {
    let mut records = Vec::new();
    let mut start = 0;
    for at in 1..warc.len() {
        if warc[at..].starts_with(b"WARC/1.") && warc[..at].ends_with(b"\r\n\r\n") {
            records.push(&warc[start..at]);
            start = at;
        }
    }
    records.push(&warc[start..]);
    records
}

/// The shared real samples, or `None` (with a notice) where this checkout has none.
fn shared_sample(name: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("JEJAK_FORMATS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/formats"));
    let path = dir.join(name);
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipping: real sample {} is not present", path.display());
        None
    }
}

#[test]
fn warc_keeps_ok_html_responses_only() {
    let out = read_file_ext(
        &fixture("news.warc"),
        &ReadOptions { outlet: Some("Kabar".into()), ..ReadOptions::default() },
    );
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.pages.len(), 2);
    // warcinfo, request, 404, image, metadata
    assert_eq!(out.skipped, 5);
    let banjir = &out.pages[0];
    assert_eq!(banjir.url.as_deref(), Some("https://berita.example.id/banjir"));
    assert_eq!(banjir.content_kind, ContentKind::Html);
    assert_eq!(banjir.fetched_at.unwrap().to_rfc3339(), "2024-03-01T07:00:02+00:00");
    assert!(banjir.bytes.starts_with(b"<!DOCTYPE html>") && banjir.bytes.ends_with(b"</html>\n"));
    assert_eq!(banjir.outlet_hint.as_deref(), Some("Kabar"));
    assert!(banjir.source.contains("news.warc@"), "{}", banjir.source);
    // WARC/1.1, URI in angle brackets, chunked body
    let beras = &out.pages[1];
    assert_eq!(beras.url.as_deref(), Some("https://berita.example.id/beras"));
    assert_eq!(beras.bytes, b"<html><body><p>Harga beras naik lagi minggu ini.</p></body></html>");
    assert!(beras.fetched_at.is_some());
}

#[test]
fn warc_gz_per_record_members_and_whole_file_gzip_read_alike() {
    let warc = fixture_bytes("news.warc");
    let plain = read("a.warc", warc.clone());
    let per_record: Vec<u8> = warc_records(&warc).iter().flat_map(|r| gzip(r)).collect();
    let members = read("a.warc.gz", per_record);
    let whole = read("a.warc.gz", gzip(&warc));
    let zst = read("a.warc.zst", zstd::encode_all(&warc[..], 3).unwrap());
    for out in [&members, &whole, &zst] {
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let key = |o: &ReadOutput| -> Vec<_> {
            o.pages.iter().map(|p| (p.id.clone(), p.url.clone(), p.fetched_at, p.bytes.clone())).collect()
        };
        assert_eq!(key(out), key(&plain));
        assert_eq!(out.skipped, plain.skipped);
    }
}

#[test]
fn http_gzip_content_encoding_is_decoded() {
    let html = b"<html><body><p>Isi berita terkompresi.</p></body></html>";
    let body = gzip(html);
    let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    block.extend_from_slice(&body);
    let mut warc = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    warc.extend_from_slice(&block);
    warc.extend_from_slice(b"\r\n\r\n");
    let out = read("enc.warc", warc);
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.pages[0].bytes, html);
}

#[test]
fn truncated_warc_keeps_earlier_records_and_names_the_offset() {
    let warc = fixture_bytes("news.warc");
    let records = warc_records(&warc);
    let offset: usize = records[..5].iter().map(|r| r.len()).sum();
    // Cut the sixth record (the chunked page) halfway through its block.
    let cut = &warc[..offset + records[5].len() - 40];
    for (name, bytes) in [("cut.warc", cut.to_vec()), ("cut.warc.gz", gzip(cut))] {
        let out = read(name, bytes);
        assert_eq!(out.pages.len(), 1, "{name}");
        assert_eq!(out.errors.len(), 1, "{name}");
        let message = out.errors[0].to_string();
        assert!(
            message.starts_with(&format!("{name}: WARC record at byte {offset}: truncated")),
            "{name}: {message}"
        );
    }
    // A gzip member cut short: the error comes from the decoder, the records before stay.
    let mut members: Vec<u8> = records[..3].iter().flat_map(|r| gzip(r)).collect();
    let last = gzip(records[3]);
    members.extend_from_slice(&last[..last.len() / 2]);
    let out = read("cut2.warc.gz", members);
    assert_eq!(out.pages.len(), 1);
    assert_eq!(out.errors.len(), 1);
    assert!(matches!(out.errors[0], IngestError::BadWarcRecord { .. }), "{}", out.errors[0]);
}

#[test]
fn garbage_between_warc_records_is_one_error() {
    let mut warc = fixture_bytes("news.warc");
    let first = warc_records(&warc)[..3].concat().len();
    warc.splice(first..first, b"garbage line\r\n".iter().copied());
    let out = read("g.warc", warc);
    assert_eq!(out.pages.len(), 1);
    assert_eq!(
        out.errors[0].to_string(),
        format!(
            "g.warc: WARC record at byte {first}: expected a `WARC/1.x` version line, found `garbage line`"
        )
    );
}

#[test]
fn rss_entries_with_content_become_pages_and_others_links() {
    let out = read_file_ext(&fixture("feed_rss2.xml"), &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.pages.len(), 2, "content:encoded and the long description");
    assert_eq!(out.links.len(), 1);
    assert_eq!(out.skipped, 1, "entry with neither link nor content");
    let page = &out.pages[0];
    let html = String::from_utf8(page.bytes.clone()).unwrap();
    assert_eq!(page.url.as_deref(), Some("https://kabar.example.id/2024/03/01/banjir?utm_source=rss"));
    assert_eq!(page.outlet_hint.as_deref(), Some("Kabar Contoh"));
    assert_eq!(page.content_kind, ContentKind::Html);
    assert!(page.fetched_at.is_none());
    assert!(html.contains("<title>Banjir rendam &amp; lumpuhkan Jakarta Timur</title>"), "{html}");
    assert!(
        html.contains("<meta property=\"article:published_time\" content=\"2024-03-01T07:05:00+00:00\">"),
        "{html}"
    );
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://kabar.example.id/2024/03/01/banjir?utm_source=rss\">"
    ));
    assert!(html.contains("<meta name=\"author\" content=\"Siti Rahma\">"), "{html}");
    assert!(
        html.contains("<article><h1>Banjir rendam &amp; lumpuhkan Jakarta Timur</h1><p>Hujan deras"),
        "{html}"
    );
    let link = &out.links[0];
    assert_eq!(link.url, "https://kabar.example.id/2024/03/01/beras");
    assert_eq!(link.kind, LinkKind::Page);
    assert_eq!(link.title.as_deref(), Some("Harga beras naik"));
    assert_eq!(link.published.unwrap().to_rfc3339(), "2024-03-01T02:00:00+00:00");
    // The caller's outlet wins over the feed title; read_bytes keeps its old shape.
    let (pages, errors) = read_bytes(
        Path::new("f.xml"),
        fixture_bytes("feed_rss2.xml"),
        &ReadOptions { outlet: Some("Lain".into()), ..ReadOptions::default() },
    );
    assert!(errors.is_empty());
    assert_eq!(pages[0].outlet_hint.as_deref(), Some("Lain"));
}

#[test]
fn atom_entries_are_read() {
    let out = read("feed.txt", fixture_bytes("feed_atom.xml"));
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.pages.len(), 2);
    assert_eq!(out.links.len(), 1);
    let gempa = String::from_utf8(out.pages[0].bytes.clone()).unwrap();
    assert_eq!(out.pages[0].url.as_deref(), Some("https://warta.example.id/gempa-sumbawa"));
    assert!(gempa.contains("<p>Gempa terasa hingga Bima.</p>"), "{gempa}");
    assert!(gempa.contains("content=\"2024-03-02T01:30:00+00:00\""), "{gempa}");
    assert_eq!(out.pages[0].outlet_hint.as_deref(), Some("Warta Atom"));
    let plain = String::from_utf8(out.pages[1].bytes.clone()).unwrap();
    assert!(plain.contains("<p>Baris &lt;satu&gt;.</p><p>Baris dua.</p>"), "{plain}");
    assert_eq!(out.links[0].url, "https://warta.example.id/hitung-cepat");
}

#[test]
fn news_sitemap_gives_links_with_titles_and_dates() {
    let out = read("sitemap.xml", fixture_bytes("news_sitemap.xml"));
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert!(out.pages.is_empty());
    assert_eq!(out.links.len(), 2);
    assert_eq!(out.skipped, 1, "<url> without <loc>");
    let first = &out.links[0];
    assert_eq!(first.url, "https://kabar.example.id/2024/03/01/banjir?a=1&b=2");
    assert_eq!(first.title.as_deref(), Some("Banjir rendam Jakarta Timur"));
    assert_eq!(first.published.unwrap().to_rfc3339(), "2024-03-01T14:05:00+07:00");
    assert_eq!(first.kind, LinkKind::Page);
    let second = &out.links[1];
    assert_eq!(second.url, "https://kabar.example.id/2024/03/01/beras");
    assert_eq!(second.published.unwrap().to_rfc3339(), "2024-03-01T00:00:00+00:00");
    assert_eq!(second.title, None);
}

#[test]
fn sitemap_index_gives_sitemap_links() {
    let out = read("index.xml.gz", gzip(&fixture_bytes("sitemap_index.xml")));
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    let urls: Vec<(&str, LinkKind)> = out.links.iter().map(|l| (l.url.as_str(), l.kind)).collect();
    assert_eq!(
        urls,
        [
            ("https://kabar.example.id/sitemap-news.xml", LinkKind::Sitemap),
            ("https://kabar.example.id/sitemap-2024-02.xml.gz", LinkKind::Sitemap)
        ]
    );
    assert!(out.links[0].published.is_some());
}

#[test]
fn broken_xml_is_reported_and_good_entries_kept() {
    let out =
        read("s.xml", b"<urlset><url><loc>https://a.example/1</loc></url><url><loc>x</lo></url>".to_vec());
    assert_eq!(out.links.len(), 1);
    assert!(
        out.errors[0].to_string().starts_with("s.xml: bad sitemap: XML error at byte"),
        "{}",
        out.errors[0]
    );
    let out = read("f.xml", b"<rss version=\"2.0\"><channel><item><title>x</ti".to_vec());
    assert!(
        out.errors[0].to_string().starts_with("f.xml: not a readable RSS or Atom feed"),
        "{}",
        out.errors[0]
    );
}

#[test]
fn compressed_html_and_jsonl_are_sniffed_inside() {
    let html = b"<!DOCTYPE html><html><body><p>x</p></body></html>".to_vec();
    let out = read("page.html.gz", gzip(&html));
    assert_eq!(out.pages[0].bytes, html);
    assert_eq!(out.pages[0].content_kind, ContentKind::Html);
    let jsonl = b"{\"url\":\"https://a.example/1\",\"body\":\"a\"}\n{\"body\":\"b\"}\n";
    let out = read("lines.zst", zstd::encode_all(&jsonl[..], 1).unwrap());
    assert_eq!(out.pages.len(), 2);
    assert_eq!(out.pages[1].source, "lines.zst:2");
    // gzip inside zstd
    let out = read("twice", zstd::encode_all(&gzip(&html)[..], 1).unwrap());
    assert_eq!(out.pages[0].bytes, html);
}

#[test]
fn corrupt_compressed_input_is_one_clear_error() {
    let mut broken = gzip(b"<html><body>hello hello hello</body></html>");
    broken.truncate(broken.len() - 10);
    let out = read("z.gz", broken);
    assert!(out.pages.is_empty());
    assert!(out.errors[0].to_string().starts_with("z.gz: corrupt gzip data:"), "{}", out.errors[0]);
    let out = read("z.zst", b"\x28\xb5\x2f\xfd\xff\xff\xff".to_vec());
    assert!(out.errors[0].to_string().starts_with("z.zst: corrupt zstd data:"), "{}", out.errors[0]);
    let out = read("empty.gz", gzip(b""));
    assert_eq!(out.errors[0].to_string(), "empty.gz: file is empty");
}

#[test]
fn real_samples_when_present() {
    let opts = ReadOptions::default();
    if let Some(path) = shared_sample("ukwa_wikipedia_main_page_2012.warc.gz") {
        let out = read_file_ext(&path, &opts);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        // 70 responses but only one is text/html; 77 requests, 3 resources, 1 warcinfo.
        assert_eq!(out.pages.len(), 1);
        assert_eq!(out.skipped, 150);
        assert_eq!(out.pages[0].url.as_deref(), Some("http://en.wikipedia.org/wiki/Main_Page"));
        assert_eq!(out.pages[0].fetched_at.unwrap().to_rfc3339(), "2012-01-19T10:02:03+00:00");
        assert!(String::from_utf8_lossy(&out.pages[0].bytes)
            .contains("<title>Wikipedia, the free encyclopedia</title>"));
    }
    if let Some(path) = shared_sample("webfeed_theverge_atom_2025.xml") {
        let out = read_file_ext(&path, &opts);
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        assert_eq!(out.pages.len(), 10);
        assert!(out
            .pages
            .iter()
            .all(|p| p.url.as_deref().is_some_and(|u| u.starts_with("https://www.theverge.com/"))));
        assert_eq!(out.pages[0].outlet_hint.as_deref(), Some("The Verge"));
    }
    for name in ["feedrs_rss_2.0_nbcny.xml", "feedrs_rss_2.0_ilmessaggero.xml", "feedrs_rss_2.0_spiegel.xml"]
    {
        if let Some(path) = shared_sample(name) {
            let out = read_file_ext(&path, &opts);
            assert!(out.errors.is_empty(), "{name}: {:?}", out.errors);
            assert!(out.pages.len() + out.links.len() >= 1, "{name}");
        }
    }
}

#[test]
fn json_feed_entries_with_content_become_pages() {
    let body = "Isi lengkap berita yang cukup panjang untuk disimpan sebagai halaman. ".repeat(12);
    let feed = serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Warta Contoh",
        "items": [
            {"id": "1", "url": "https://warta.example/a", "title": "Berita A", "content_html": format!("<p>{body}</p>"),
             "date_published": "2026-03-10T10:00:00+07:00"},
            {"id": "2", "url": "https://warta.example/b", "title": "Berita B", "summary": "Ringkas."}
        ]
    });
    let out = read("feed.json", serde_json::to_vec(&feed).unwrap());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.pages.len(), 1);
    assert_eq!(out.pages[0].url.as_deref(), Some("https://warta.example/a"));
    assert_eq!(out.pages[0].content_kind, ContentKind::Html);
    assert_eq!(out.links.iter().map(|l| l.url.as_str()).collect::<Vec<_>>(), ["https://warta.example/b"]);
}

/// A feed just over the size above which feeds are read in chunks of items (4 MB): the
/// chunks must give exactly the entries one whole parse gives, in order, whether the feed is
/// in memory or streamed from a (compressed) file.
#[test]
fn a_big_feed_read_in_chunks_gives_the_same_records_as_a_whole_parse() {
    // Long entries keep the item count (and the debug-build time) down: about 3,000 items, so
    // still more than one chunk of 2,000.
    let body = "Isi lengkap berita yang cukup panjang untuk disimpan sebagai halaman. ".repeat(30);
    let mut feed = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Kabar Besar</title><link>https://kabar.example/</link>\n");
    let mut i = 0;
    while feed.len() <= 4 * 1024 * 1024 + 1024 {
        if i % 3 != 2 {
            feed.push_str(&format!("<item><title>Lengkap {i}</title><link>https://kabar.example/l/{i}</link><content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>\n"));
        } else {
            feed.push_str(&format!("<item><title>Berita {i}</title><link>https://kabar.example/b/{i}</link><description>Ringkasan {i}.</description><pubDate>Tue, 05 Mar 2024 10:00:00 +0700</pubDate></item>\n"));
        }
        i += 1;
    }
    feed.push_str("</channel></rss>\n");
    assert!(i > 2_000, "{i} items are one chunk");

    // The whole parse, straight from feed-rs.
    let whole = feed_rs::parser::parse(feed.as_bytes()).unwrap();
    assert_eq!(whole.entries.len(), i);
    let link = |e: &feed_rs::model::Entry| e.links[0].href.clone();
    let title = |e: &feed_rs::model::Entry| e.title.as_ref().unwrap().content.clone();
    let (full, short): (Vec<_>, Vec<_>) =
        whole.entries.iter().enumerate().partition(|(_, e)| e.content.is_some());
    let want_pages: Vec<(String, String, String)> = full
        .iter()
        .map(|(n, e)| {
            let id =
                jejak_model::RawPage::new(Some(link(e)), String::new(), ContentKind::Html, None, Vec::new())
                    .id;
            (id, link(e), format!("#entry{}", n + 1))
        })
        .collect();
    let want_links: Vec<(String, String)> = short.iter().map(|(_, e)| (link(e), title(e))).collect();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.xml.gz");
    std::fs::write(&path, gzip(feed.as_bytes())).unwrap();
    for out in [read("big.xml", feed.clone().into_bytes()), read_file_ext(&path, &ReadOptions::default())] {
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let pages: Vec<(String, String, String)> = out
            .pages
            .iter()
            .map(|p| {
                (p.id.clone(), p.url.clone().unwrap(), p.source[p.source.find('#').unwrap()..].to_string())
            })
            .collect();
        assert_eq!(pages, want_pages);
        for (page, (_, e)) in out.pages.iter().zip(&full) {
            let html = String::from_utf8_lossy(&page.bytes);
            assert!(html.contains(&format!("<title>{}</title>", title(e))), "{html}");
            assert_eq!(page.outlet_hint.as_deref(), Some("Kabar Besar"));
        }
        let links: Vec<(String, String)> =
            out.links.iter().map(|l| (l.url.clone(), l.title.clone().unwrap())).collect();
        assert_eq!(links, want_links);
        assert!(out.links.iter().all(|l| l.published.is_some()));
    }
}
