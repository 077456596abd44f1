//! jejak-server (work in progress).
