//! Write access: one bearer token per data directory, generated on first start, printed
//! once and stored only as a BLAKE3 hash; plus a small rate limit on writes.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use jejak_model::ErrorCode;
use jejak_store::Store;

use crate::ApiError;

/// Name under which the token's hash is kept in the store's model table.
const TOKEN_MODEL: &str = "api_token_blake3";

/// Hex BLAKE3 of a token: what is stored and compared.
fn token_hash(token: &str) -> String {
    blake3::hash(token.as_bytes()).to_hex().to_string()
}

/// Returns a new token if the store had none (the caller prints it once), and the hash to
/// check requests against.
pub fn ensure_token(store: &mut dyn Store) -> Result<(Option<String>, String), jejak_store::StoreError> {
    if let Some(hash) = store.load_model(TOKEN_MODEL)? {
        return Ok((None, hash));
    }
    let mut bytes = [0u8; 24];
    if getrandom::fill(&mut bytes).is_err() {
        // Without an OS random source no safe token exists; writes stay disabled.
        tracing::error!("no random source: write endpoints disabled");
        return Ok((None, String::new()));
    }
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let hash = token_hash(&token);
    store.save_model(TOKEN_MODEL, &hash)?;
    Ok((Some(token), hash))
}

/// Checks `Authorization: Bearer …` against the stored hash.
pub fn check_bearer(headers: &HeaderMap, expected_hash: &str) -> Result<(), ApiError> {
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let Some(given) = given.filter(|t| !t.is_empty()) else {
        return Err(ApiError::new(
            ErrorCode::Unauthorized,
            "write endpoints need Authorization: Bearer <token>",
        ));
    };
    check_token(given, expected_hash)
}

/// Checks a token however it came (header, form field, session cookie).
pub fn check_token(given: &str, expected_hash: &str) -> Result<(), ApiError> {
    let given = given.trim();
    // Comparing hashes, not tokens, keeps the comparison time independent of the secret.
    if given.is_empty()
        || expected_hash.is_empty()
        || blake3::hash(given.as_bytes()) != parse_hash(expected_hash)
    {
        return Err(ApiError::new(ErrorCode::Unauthorized, "the bearer token is not valid"));
    }
    Ok(())
}

fn parse_hash(hex: &str) -> blake3::Hash {
    blake3::Hash::from_hex(hex).unwrap_or_else(|_| blake3::hash(b"no valid token"))
}

/// At most `max` writes per `window`, across all clients: writes are rare and heavy.
pub struct WriteLimiter {
    max: u32,
    window: Duration,
    state: Mutex<(Instant, u32)>,
}

impl WriteLimiter {
    pub fn new(max: u32, window: Duration) -> WriteLimiter {
        WriteLimiter { max, window, state: Mutex::new((Instant::now(), 0)) }
    }

    pub fn check(&self) -> Result<(), ApiError> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.0.elapsed() >= self.window {
            *state = (Instant::now(), 0);
        }
        if state.1 >= self.max {
            return Err(ApiError::new(ErrorCode::RateLimited, "too many writes; try again in a minute"));
        }
        state.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_token_is_checked_against_its_hash() {
        let hash = token_hash("secret");
        let mut headers = HeaderMap::new();
        assert_eq!(check_bearer(&headers, &hash).unwrap_err().code, ErrorCode::Unauthorized);
        headers.insert("authorization", "Bearer wrong".parse().unwrap());
        assert!(check_bearer(&headers, &hash).is_err());
        headers.insert("authorization", "Bearer secret".parse().unwrap());
        assert!(check_bearer(&headers, &hash).is_ok());
        assert!(check_bearer(&headers, "").is_err(), "no stored token means no writes");
    }

    #[test]
    fn limiter_refuses_past_the_budget() {
        let limiter = WriteLimiter::new(2, Duration::from_secs(60));
        assert!(limiter.check().is_ok());
        assert!(limiter.check().is_ok());
        assert_eq!(limiter.check().unwrap_err().code, ErrorCode::RateLimited);
    }
}
