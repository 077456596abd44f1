//! Arbitrary bytes forced through the WARC reader (a `WARC/1.0` head is added when the
//! input lacks one, and the name ends in `.warc`): no panic, every error names the file.
#![no_main]

use std::path::Path;

use jejak_ingest::{read_bytes_ext, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = Vec::with_capacity(data.len() + 10);
    if !data.starts_with(b"WARC/") {
        bytes.extend_from_slice(b"WARC/1.0\r\n");
    }
    bytes.extend_from_slice(data);
    let out = read_bytes_ext(Path::new("fuzz.warc"), bytes, &ReadOptions::default());
    for e in &out.errors {
        assert!(e.to_string().starts_with("fuzz.warc"), "{e}");
    }
});
