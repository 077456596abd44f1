//! jejak-ingest (work in progress).
