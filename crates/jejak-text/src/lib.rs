//! Indonesian- and English-aware text analysis shared by every later stage.
//!
//! In: plain text. Out: language, sentences, tokens, stems, quantities, dates and name
//! mentions. It knows nothing about articles, pages or storage.

pub mod dates;
mod lang;
mod terms;

pub use lang::{detect_language, Lang};
pub use terms::{terms, tokens};
