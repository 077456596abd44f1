//! Streaming decoders for compressed inputs.
//!
//! Decoders are not capped themselves: what reads them either streams (WARC) or stops at
//! the caller's limit when buffering, so a decompression bomb costs time, never memory.

use std::io::{self, BufReader, Read};

use flate2::bufread::MultiGzDecoder;

/// gzip with every member decoded in turn, as `.warc.gz` files hold one member per record.
pub(crate) fn gzip<R: Read>(reader: R) -> impl Read {
    MultiGzDecoder::new(BufReader::with_capacity(1 << 16, reader))
}

/// Zstandard, all frames in turn.
pub(crate) fn zstd<R: Read>(reader: R) -> io::Result<impl Read> {
    zstd::stream::read::Decoder::new(reader)
}

/// Decodes a whole `Content-Encoding: gzip` or `deflate` HTTP body, up to `limit` bytes.
pub(crate) fn http_body(body: &[u8], encoding: &str, limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let result = match encoding {
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(body).take(limit + 1).read_to_end(&mut out),
        "deflate" => {
            // Servers send both zlib-wrapped and raw deflate under this name.
            let zlib = flate2::read::ZlibDecoder::new(body).take(limit + 1).read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(body).take(limit + 1).read_to_end(&mut out)
            } else {
                zlib
            }
        }
        other => return Err(format!("unsupported Content-Encoding `{other}`")),
    };
    match result {
        Ok(_) if out.len() as u64 > limit => Err(format!("body decompresses to more than {limit} bytes")),
        Ok(_) => Ok(out),
        Err(e) => Err(format!("body is not valid {encoding}: {e}")),
    }
}

/// A reader that fails as another one did, every time it is read.
pub(crate) struct Failed {
    kind: io::ErrorKind,
    message: String,
}

impl Failed {
    pub(crate) fn new(error: io::Error) -> Failed {
        Failed { kind: error.kind(), message: error.to_string() }
    }
}

impl Read for Failed {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        Err(io::Error::new(self.kind, self.message.clone()))
    }
}
