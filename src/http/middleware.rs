//! The conventions every response follows, applied once around the app:
//! request ids and logs, the version and security headers, content
//! negotiation, and problem documents for every error.

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody, to_bytes};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{Error, HttpMessage, ResponseError, web};
use tracing::Instrument;

use crate::error::{AppError, PROBLEM_JSON, Problem};
use crate::http::API_VERSION;
use crate::http::routes_table::RouteTable;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
pub const API_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

/// The id of the request being handled, for handlers and logs.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// `API-Version` and the security headers, on every response.
pub fn default_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((API_VERSION_HEADER, API_VERSION))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"))
        .add((
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
        .add((header::REFERRER_POLICY, "no-referrer"))
}

/// Gives each request an id (the caller's `X-Request-Id` when it is a sane
/// token, else a new UUID), echoes it, and logs one line per request.
pub async fn request_context(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_token(v))
        .map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned);
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.path());
    let started = Instant::now();
    let result = next.call(req).instrument(span.clone()).await;
    let _entered = span.enter();
    let mut response = match result {
        Ok(response) => response.map_into_boxed_body(),
        Err(error) => {
            tracing::warn!(%error, "middleware error");
            return Err(error);
        }
    };
    let status = response.status();
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    if status.is_server_error() {
        tracing::error!(status = status.as_u16(), elapsed_ms, "request failed");
    } else {
        tracing::info!(status = status.as_u16(), elapsed_ms, "request handled");
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    Ok(response)
}

fn is_token(value: &str) -> bool {
    (1..=128).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
}

/// Answers `HEAD` as `GET` (the server sends the headers without the body).
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}

/// The longest path and query served; longer ones get 414. Well below the
/// 64 KiB at which the HTTP layer refuses a request line with a bare 400.
pub const MAX_TARGET_BYTES: usize = 8 * 1024;
/// The most header fields served; more get 431. Below the 96 at which the
/// HTTP layer answers a bare 431 and closes the connection.
pub const MAX_HEADER_FIELDS: usize = 64;
/// The most bytes of header names and values served; more get 431. Well
/// below the 128 KiB head the HTTP layer buffers.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// Refuses an oversized request head with a problem document (414 or 431)
/// before any handler parses it, so that every refusal a client can provoke
/// below the HTTP layer's own hard limits looks like every other error.
pub async fn limit_head(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let target = req.uri().path_and_query().map_or(0, |t| t.as_str().len());
    let headers = req.headers();
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    let refusal = if target > MAX_TARGET_BYTES {
        Some((
            StatusCode::URI_TOO_LONG,
            format!(
                "The path and query are {target} bytes long; at most {MAX_TARGET_BYTES} are served."
            ),
        ))
    } else if headers.len() > MAX_HEADER_FIELDS || header_bytes > MAX_HEADER_BYTES {
        Some((
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            format!(
                "The request has {} header fields of {header_bytes} bytes; at most {MAX_HEADER_FIELDS} fields of {MAX_HEADER_BYTES} bytes in all are served.",
                headers.len()
            ),
        ))
    } else {
        None
    };
    match refusal {
        Some((status, detail)) => {
            Ok(req.into_response(Problem::new(status, detail, vec![]).into_response()))
        }
        None => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body),
    }
}

/// Answers 404 for a path with a control character once decoded (`%00`):
/// no resource is named so, and PostgreSQL cannot even compare NUL.
pub async fn refuse_control_characters(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if req.match_info().as_str().chars().any(char::is_control) {
        let error = AppError::NotFound(
            "There is no resource at this path: no name or id holds a control character.".into(),
        );
        return Ok(req.into_response(error.error_response()));
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

/// `Cache-Control` on every answer to a read: stored, but revalidated
/// before each use (cheap: an `ETag` or `Last-Modified` is answered 304),
/// and private when the request carried a token. Errors are not stored.
pub async fn cache_control(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let private = req.headers().contains_key(header::AUTHORIZATION);
    let mut response = next.call(req).await?.map_into_boxed_body();
    let status = response.status();
    let policy = if status.is_client_error() || status.is_server_error() {
        "no-store"
    } else if !read {
        return Ok(response);
    } else if private {
        "private, no-cache"
    } else {
        "public, no-cache"
    };
    let headers = response.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    Ok(response)
}

/// Rejects, with 406, a request whose `Accept` admits no JSON.
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if accepts_json(&req) {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    }
    let error = AppError::NotAcceptable(
        "This API answers in application/json (errors in application/problem+json); the Accept header admits neither.".into(),
    );
    Ok(req.into_response(error.error_response()))
}

fn accepts_json(req: &ServiceRequest) -> bool {
    let values: Vec<&str> = req
        .headers()
        .get_all(header::ACCEPT)
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return true;
    }
    values.iter().flat_map(|v| v.split(',')).any(|range| {
        let mut parts = range.split(';').map(str::trim);
        let media = parts.next().unwrap_or_default().to_ascii_lowercase();
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        !refused
            && matches!(
                media.as_str(),
                "*/*" | "application/*" | "application/json" | "application/problem+json"
            )
    })
}

/// Makes every 4xx and 5xx an RFC 9457 problem document with `instance`,
/// including those actix answers itself (no route, wrong method).
pub async fn problem_responses(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let response = next.call(req).await?.map_into_boxed_body();
    let mut status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let path = response.request().path().to_owned();
    // Only a method the path does not take makes actix's 404 a 405; a known
    // method's 404 is a real one (e.g. a path id that is not a number).
    let method = match response.request().method().as_str() {
        "HEAD" => "GET",
        other => other,
    };
    let allowed = response
        .request()
        .app_data::<web::Data<RouteTable>>()
        .and_then(|table| table.allowed(&path))
        .filter(|methods| !methods.contains(&method))
        .map(|methods| methods.join(", "));
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    let (request, response) = response.into_parts();
    let (mut head, body) = response.into_parts();
    // actix answers a known path with an unsupported method as "no route".
    if let (false, StatusCode::NOT_FOUND, Some(allowed)) = (is_problem, status, allowed) {
        status = StatusCode::METHOD_NOT_ALLOWED;
        *head.status_mut() = status;
        if let Ok(value) = HeaderValue::from_str(&allowed) {
            head.headers_mut().insert(header::ALLOW, value);
        }
    }
    let mut problem = match to_bytes(body).await {
        Ok(bytes) if is_problem => serde_json::from_slice::<Problem>(&bytes)
            .unwrap_or_else(|_| Problem::new(status, default_detail(status), vec![])),
        _ => Problem::new(status, default_detail(status), vec![]),
    };
    problem.instance = Some(path);
    let fresh = problem.into_response();
    for (name, value) in fresh.headers() {
        head.headers_mut().insert(name.clone(), value.clone());
    }
    head.headers_mut().remove(header::CONTENT_LENGTH);
    let response = head.set_body(fresh.into_body());
    Ok(ServiceResponse::new(request, response))
}

fn default_detail(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => {
            "There is no resource at this path. Paths have no trailing slash; see /v1/openapi.json."
        }
        StatusCode::METHOD_NOT_ALLOWED => "This resource does not support the request's method.",
        StatusCode::BAD_REQUEST => "The request is malformed.",
        StatusCode::PAYLOAD_TOO_LARGE => "The request body is too large.",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "The request's Content-Type is not supported here.",
        _ if status.is_server_error() => {
            "The server could not handle the request; it has been logged."
        }
        _ => "The request cannot be handled.",
    }
}
