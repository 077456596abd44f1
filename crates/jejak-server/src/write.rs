//! Write endpoints: ingest pasted text or uploaded files. Token-protected, rate-limited,
//! size-limited; the work runs on a blocking thread so reads keep flowing.

use std::path::PathBuf;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::Json;
use jejak_model::ErrorCode;
use jejak_pipeline::{IngestOptions, IngestReport, Input, NoProgress};
use serde::Deserialize;

use crate::auth::check_bearer;
use crate::{ApiError, AppState};

/// Largest body one ingest request may carry.
pub(crate) const MAX_INGEST_BYTES: usize = 20 * 1024 * 1024;

#[derive(Deserialize, Default)]
pub(crate) struct IngestParams {
    /// A name for the upload, shown in errors (its extension is only a hint).
    name: Option<String>,
    /// Outlet for pages that do not name their own.
    outlet: Option<String>,
}

pub(crate) async fn ingest(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<IngestParams>,
    body: Bytes,
) -> Result<Json<IngestReport>, ApiError> {
    check_bearer(&headers, &state.write_token_hash)?;
    state.write_limiter.check()?;
    if body.is_empty() {
        return Err(ApiError::new(ErrorCode::InvalidInput, "the request body is empty"));
    }
    // Only the file name is kept: a path in `name` must not look like a place on disk.
    let name = params.name.as_deref().and_then(|n| n.rsplit(['/', '\\']).next()).unwrap_or("upload");
    let input = Input::Bytes { name: PathBuf::from(format!("upload/{name}")), bytes: body.to_vec() };
    let mut opts = IngestOptions::default();
    opts.read.outlet = params.outlet;
    let report = tokio::task::spawn_blocking(move || {
        let mut store = state.writer();
        jejak_pipeline::ingest_inputs(&mut **store, vec![input], &opts, &NoProgress)
    })
    .await
    .map_err(|e| ApiError::new(ErrorCode::Internal, format!("ingest task failed: {e}")))?
    .map_err(|e| ApiError::new(ErrorCode::StoreUnavailable, e.to_string()))?;
    if report.pages_read == 0 {
        let why = report.errors.first().cloned().unwrap_or_else(|| "no page found in the body".into());
        return Err(ApiError::new(ErrorCode::InvalidInput, why));
    }
    Ok(Json(report))
}
