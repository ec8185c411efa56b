//! Conditional requests: `ETag` on every read, `If-None-Match` answered with
//! 304, and `If-Match` on writes checked against the stored state.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

use crate::error::AppError;
use crate::http::public_base::PublicBase;

/// The strong entity tag of a JSON representation: a hash of its bytes.
pub fn etag_of(body: &[u8]) -> String {
    format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(body))
}

/// A 200 (or 304, when the client's `If-None-Match` already names this
/// representation) with an `ETag`.
pub fn json_with_etag<T: Serialize>(
    req: &HttpRequest,
    value: &T,
) -> Result<HttpResponse, AppError> {
    respond(req, StatusCode::OK, value)
}

/// Serializes `value` and answers with `status` and its `ETag`; its links
/// are made absolute against the request's public base.
pub fn respond<T: Serialize>(
    req: &HttpRequest,
    status: StatusCode,
    value: &T,
) -> Result<HttpResponse, AppError> {
    let body = serde_json::to_string(value).map_err(|e| AppError::Internal(e.to_string()))?;
    // Of the record, not of the address it was asked at: the tag `If-Match`
    // is checked against (`Precondition::check`) is the same at every address.
    let etag = etag_of(body.as_bytes());
    if status == StatusCode::OK && none_match(req, &etag) {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .finish());
    }
    Ok(HttpResponse::build(status)
        .insert_header((header::ETAG, etag))
        .content_type(HeaderValue::from_static("application/json"))
        .body(PublicBase::of(req)?.absolute_links(&body)))
}

fn none_match(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == etag)
}

/// What a write's `If-Match` header asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// No `If-Match`: the write applies to whatever is stored.
    None,
    /// `If-Match: *`: the resource must exist.
    Exists,
    /// The stored representation's ETag must be one of these.
    OneOf(Vec<String>),
}

impl Precondition {
    pub fn from_request(req: &HttpRequest) -> Self {
        let values: Vec<&str> = req
            .headers()
            .get_all(header::IF_MATCH)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        if values.is_empty() {
            Self::None
        } else if values.contains(&"*") {
            Self::Exists
        } else {
            // Weak tags never match under the strong comparison If-Match uses.
            Self::OneOf(
                values
                    .into_iter()
                    .filter(|t| !t.starts_with("W/"))
                    .map(str::to_owned)
                    .collect(),
            )
        }
    }

    /// Checks the stored representation (serialized as the API shows it).
    pub fn check<T: Serialize>(&self, current: &T) -> Result<(), AppError> {
        match self {
            Self::None | Self::Exists => Ok(()),
            Self::OneOf(tags) => {
                let body =
                    serde_json::to_vec(current).map_err(|e| AppError::Internal(e.to_string()))?;
                let etag = etag_of(&body);
                if tags.contains(&etag) {
                    Ok(())
                } else {
                    Err(AppError::PreconditionFailed)
                }
            }
        }
    }
}

/// A 201 with the new resource, its `ETag` and its `Location`.
pub fn created<T: Serialize>(
    req: &HttpRequest,
    value: &T,
    location: &str,
) -> Result<HttpResponse, AppError> {
    let mut response = respond(req, StatusCode::CREATED, value)?;
    let location =
        HeaderValue::from_str(location).map_err(|e| AppError::Internal(e.to_string()))?;
    response.headers_mut().insert(header::LOCATION, location);
    Ok(response)
}
