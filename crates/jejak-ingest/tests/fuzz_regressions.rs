//! Inputs found by the fuzz targets in `fuzz/`, minimized: each once made a reader panic.
//! Reading them must give pages or a named error, never a panic.

use std::path::Path;

use jejak_ingest::{read_bytes_ext, ReadOptions};

/// `fuzz/fuzz_targets/feed.rs`: a second XML declaration naming another encoding, after the
/// feed has started. quick-xml 0.42 (under feed-rs) asserts in `set_encoding` ("called after
/// prefix buffer was drained") and `jejak ingest` exits 101.
#[test]
fn feed_with_a_late_xml_declaration_does_not_panic() {
    let input = b"<rss version=\"2.0\"><channel><title>x</title>\n<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<item><title>a</title></item></channel></rss>\n";
    let out = read_bytes_ext(Path::new("late-decl.xml"), input.to_vec(), &ReadOptions::default());
    for e in &out.errors {
        assert!(e.to_string().starts_with("late-decl.xml"), "{e}");
    }
}

#[test]
fn stylesheet_instructions_are_not_late_declarations() {
    let feed = b"\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/css\" href=\"feed.css\"?>\n<rss version=\"2.0\"><channel><title>x</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>";
    let out = jejak_ingest::read_bytes_ext(
        std::path::Path::new("feed.xml"),
        feed.to_vec(),
        &jejak_ingest::ReadOptions::default(),
    );
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.links.len(), 1);
}

/// `fuzz/fuzz_targets/feed.rs` (a two-minute run): an ISO-8859-1 feed whose declaration
/// follows a newline, with a stray 0x90 byte and a CDATA section broken into `[ADC<!TA[`.
#[test]
fn latin1_feed_with_a_broken_cdata_section_does_not_panic() {
    let input = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz-feed-broken-cdata-latin1.xml"),
    )
    .expect("fixture");
    let out = read_bytes_ext(Path::new("broken.xml"), input, &ReadOptions::default());
    // The broken CDATA is a named syntax error, not a parser panic caught on the way out.
    let messages: Vec<String> = out.errors.iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().all(|m| m.starts_with("broken.xml") && !m.contains("parser failed")),
        "{messages:?}"
    );
}

/// The panic inside that input: feed-rs slices "Name <e-mail>" fields by byte offsets, and a
/// non-ASCII character beside the address makes it cut inside the character. The feed's
/// items must still be read.
#[test]
fn non_ascii_beside_a_webmaster_address_keeps_the_feed() {
    let mut input = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>x</title><webMaster>ed".to_vec();
    input.push(0x90);
    input.extend_from_slice(b"tor@example.net</webMaster><item><title>a</title><link>https://x.example/a</link></item></channel></rss>");
    let out = read_bytes_ext(Path::new("person.xml"), input, &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.links.len(), 1);
}

/// `fuzz/fuzz_targets/feed.rs` (CI's 30-second run): quick-xml reads the declared encoding
/// from the first 64 bytes and asserted when the declaration ran past them. A real feed can
/// have that too (whitespace, `standalone`); it must read, in its declared encoding.
#[test]
fn a_long_xml_declaration_keeps_its_encoding() {
    let mut feed =
        b"\n\n    <?xml version=\"1.0\"   encoding=\"iso-8859-1\"   standalone=\"yes\"  ?>\n".to_vec();
    feed.extend_from_slice(b"<rss version=\"2.0\"><channel><title>Kabar Caf\xE9</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>");
    let out = read_bytes_ext(Path::new("long-decl.xml"), feed, &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.links.len(), 1);
    let fuzzed = b"\n<?xml version=\"1.0}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\" encoding=\"iso-8859-1\"?>\n<rss version=\"2.0\"><channel><title>x</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>";
    let out = read_bytes_ext(Path::new("fuzzed.xml"), fuzzed.to_vec(), &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
}
