//! Every error a user or script can see from the API, with a stable snake_case code.
//!
//! Library crates keep their own `thiserror` enums; they map to one of these codes at the
//! boundary, and only `jejak-server` turns a code into an HTTP status.

use serde::Serialize;

/// Who is to blame for an error, which decides the HTTP status class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    InvalidRequest,
    Unauthorized,
    RateLimited,
    NotFound,
    Internal,
}

macro_rules! error_codes {
    ($($variant:ident => $code:literal, $kind:ident, $doc:literal;)*) => {
        /// Stable error codes of the API; the string form never changes once released.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ErrorCode { $(#[doc = $doc] $variant,)* }

        impl ErrorCode {
            /// Every code, for documentation and tests.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)* }
            }

            pub fn kind(self) -> ErrorKind {
                match self { $(ErrorCode::$variant => ErrorKind::$kind,)* }
            }

            pub fn description(self) -> &'static str {
                match self { $(ErrorCode::$variant => $doc,)* }
            }
        }
    };
}

error_codes! {
    StoryNotFound => "story_not_found", NotFound, "No story has this id.";
    ArticleNotFound => "article_not_found", NotFound, "No article has this id.";
    ClaimNotFound => "claim_not_found", NotFound, "The story has no claim with this id.";
    OutletNotFound => "outlet_not_found", NotFound, "No outlet has this name.";
    RouteNotFound => "route_not_found", NotFound, "No API route has this path.";
    InvalidQuery => "invalid_query", InvalidRequest, "The search query or a parameter could not be parsed.";
    InvalidInput => "invalid_input", InvalidRequest, "An input document could not be read.";
    Unauthorized => "unauthorized", Unauthorized, "A write endpoint was called without a valid bearer token.";
    RateLimited => "rate_limited", RateLimited, "Too many writes in a short time.";
    PayloadTooLarge => "payload_too_large", InvalidRequest, "The request body is larger than the server accepts.";
    StoreUnavailable => "store_unavailable", Internal, "The store could not be read or written.";
    Internal => "internal", Internal, "An unexpected error; the log has details.";
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{s}");
            assert!(seen.insert(s), "duplicate code {s}");
        }
    }
}
