//! Arbitrary bytes forced through the RSS/Atom reader (an `<rss>` root is added when the
//! input does not sniff as a feed): no panic, every error names the file, every link is
//! an http(s) URL.
#![no_main]

use std::path::Path;

use jejak_ingest::{read_bytes_ext, sniff, Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.xml");
    let mut bytes = Vec::with_capacity(data.len() + 32);
    if sniff(data, path) != Format::Feed {
        bytes.extend_from_slice(b"<rss version=\"2.0\"><channel>");
    }
    bytes.extend_from_slice(data);
    let out = read_bytes_ext(path, bytes, &ReadOptions::default());
    for e in &out.errors {
        assert!(e.to_string().starts_with("fuzz.xml"), "{e}");
    }
    for link in &out.links {
        assert!(link.url.trim().starts_with("http"), "{}", link.url);
    }
});
