//! Indonesian- and English-aware text analysis shared by every later stage.
//!
//! In: plain text. Out: language, sentences, tokens, stems, quantities, dates and name
//! mentions. It knows nothing about articles, pages or storage.

mod chars;
pub mod dates;
mod entities;
mod lang;
mod quantities;
mod sentences;
mod stem;
mod terms;

pub use chars::{is_alphabetic, is_alphanumeric, to_lowercase};
pub use entities::{
    canonical_entity, is_known_entity, is_regency, known_entity, mentions, same_person, Mention,
};
pub use lang::{detect_language, Lang};
pub use quantities::{find_quantities, Qualifier, Quantity};
pub use sentences::{sentences, TextSpan};
pub use stem::{stem, stem_id};
pub use terms::{is_stopword, normalize, query_terms, terms, token_spans, tokens};
