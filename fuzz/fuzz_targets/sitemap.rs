//! Arbitrary bytes forced through the sitemap reader (a `<urlset>` root is added when the
//! input does not sniff as a sitemap): no panic, every error names the file, and a
//! sitemap yields links only, never pages.
#![no_main]

use std::path::Path;

use jejak_ingest::{read_bytes_ext, sniff, Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("sitemap.xml");
    let mut bytes = Vec::with_capacity(data.len() + 64);
    let forced = sniff(data, path) != Format::Sitemap;
    if forced {
        bytes.extend_from_slice(b"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    }
    bytes.extend_from_slice(data);
    let out = read_bytes_ext(path, bytes, &ReadOptions::default());
    for e in &out.errors {
        assert!(e.to_string().starts_with("sitemap.xml"), "{e}");
    }
    if forced {
        assert!(out.pages.is_empty(), "a sitemap gave pages");
    }
});
