//! jejak-store (work in progress).
