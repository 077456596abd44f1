//! The one place where errors become HTTP responses: `{code, message, type}` with a
//! stable code from [`ErrorCode`].

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jejak_model::{ErrorCode, ErrorKind};
use serde::Serialize;

/// An error as the API reports it.
#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError { code, message: message.into() }
    }

    pub fn status(&self) -> StatusCode {
        match self.code.kind() {
            ErrorKind::InvalidRequest if self.code == ErrorCode::PayloadTooLarge => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            ErrorKind::InvalidRequest => StatusCode::BAD_REQUEST,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<jejak_store::StoreError> for ApiError {
    fn from(e: jejak_store::StoreError) -> ApiError {
        if e.code().kind() == ErrorKind::Internal {
            tracing::error!("store: {e}");
        }
        ApiError::new(e.code(), e.to_string())
    }
}

#[derive(Serialize)]
struct Body<'a> {
    code: ErrorCode,
    message: &'a str,
    #[serde(rename = "type")]
    kind: ErrorKind,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body { code: self.code, message: &self.message, kind: self.code.kind() };
        (self.status(), Json(body)).into_response()
    }
}
