//! No input, however broken, makes the reader panic.

use std::io::Write;
use std::path::Path;

use jejak_ingest::{read_bytes_ext, ReadOptions};
use proptest::prelude::*;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Starts that steer arbitrary bytes into each reader.
const PREFIXES: &[&[u8]] = &[
    b"",
    b"WARC/1.0\r\n",
    b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n",
    b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>",
    b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
    b"<urlset><url><loc>",
    b"<sitemapindex>",
    b"<!DOCTYPE html>",
    b"{\"url\":",
    b"\x28\xb5\x2f\xfd",
    b"\x1f\x8b",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(prefix in 0..PREFIXES.len(), body in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut bytes = PREFIXES[prefix].to_vec();
        bytes.extend_from_slice(&body);
        let _ = read_bytes_ext(Path::new("fuzz.bin"), bytes.clone(), &ReadOptions::default());
        let _ = read_bytes_ext(Path::new("fuzz.gz"), gzip(&bytes), &ReadOptions::default());
    }

    #[test]
    fn arbitrary_text_never_panics(prefix in 0..PREFIXES.len() - 2, body in "[ -~\\r\\n<>&;:/]{0,1024}") {
        let mut bytes = PREFIXES[prefix].to_vec();
        bytes.extend_from_slice(body.as_bytes());
        let _ = read_bytes_ext(Path::new("fuzz.txt"), bytes, &ReadOptions::default());
    }
}
