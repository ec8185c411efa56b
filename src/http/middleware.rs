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
use crate::http::csv_tables::{CsvTables, TEXT_CSV, Table};
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

/// Answers in what `Accept` asks for: JSON, or CSV where the path offers
/// it (`CsvTables`: lists, the feed and metrics); 406 naming what is
/// offered when it admits neither. Errors are always problem documents.
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let table = req
        .app_data::<web::Data<CsvTables>>()
        .filter(|_| read)
        .and_then(|tables| tables.for_path(req.path()));
    match (preferred(&req, table.is_some()), table) {
        (Some(Representation::Csv), Some(table)) => as_csv(req, next, &table).await,
        (Some(Representation::Json), table) => {
            let mut response = next.call(req).await?.map_into_boxed_body();
            if table.is_some() {
                vary_by_accept(response.headers_mut());
            }
            Ok(response)
        }
        (_, table) => {
            let offered = if table.is_some() {
                "application/json or text/csv"
            } else {
                "application/json"
            };
            let error = AppError::NotAcceptable(format!(
                "This resource answers in {offered} (errors in application/problem+json); the Accept header admits none of them."
            ));
            Ok(req.into_response(error.error_response()))
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Representation {
    Json,
    Csv,
}

/// The representation `Accept` prefers among those offered: the highest
/// quality, then the most specific match (`text/csv` over `*/*`), then JSON.
/// No `Accept` at all means JSON.
fn preferred(req: &ServiceRequest, csv_offered: bool) -> Option<Representation> {
    let ranges: Vec<(String, f32)> = req
        .headers()
        .get_all(header::ACCEPT)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|range| {
            let mut parts = range.split(';').map(str::trim);
            let media = parts.next()?.to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.strip_prefix("q="))
                .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
            (!media.is_empty()).then_some((media, quality))
        })
        .collect();
    if ranges.is_empty() {
        return Some(Representation::Json);
    }
    // How well `ranges` admit a media type: (quality, specificity).
    let admits = |exact: &[&str], family: &str| {
        ranges
            .iter()
            .filter_map(|(media, quality)| {
                let specificity = if exact.contains(&media.as_str()) {
                    2
                } else if media == family {
                    1
                } else if media == "*/*" {
                    0
                } else {
                    return None;
                };
                Some((specificity, *quality))
            })
            .max_by_key(|(specificity, _)| *specificity)
            .filter(|(_, quality)| *quality > 0.0)
    };
    let json = admits(&["application/json", PROBLEM_JSON], "application/*")
        .map(|(s, q)| (q, s, Representation::Json));
    let csv = admits(&["text/csv"], "text/*")
        .filter(|_| csv_offered)
        .map(|(s, q)| (q, s, Representation::Csv));
    match (json, csv) {
        (Some(j), Some(c)) if (c.0, c.1) > (j.0, j.1) => Some(c.2),
        (Some(j), _) => Some(j.2),
        (None, c) => c.map(|c| c.2),
    }
}

fn vary_by_accept(headers: &mut header::HeaderMap) {
    headers.append(header::VARY, HeaderValue::from_static("Accept"));
}

/// The JSON answer as CSV, with an `ETag` of its own (the JSON tag marked
/// `-csv`), paging links in `Link`, and `If-None-Match` read accordingly.
async fn as_csv(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
    table: &Table,
) -> Result<ServiceResponse<BoxBody>, Error> {
    held_csv_tags(req.headers_mut());
    let response = next.call(req).await?.map_into_boxed_body();
    let status = response.status();
    if status != StatusCode::OK && status != StatusCode::NOT_MODIFIED {
        return Ok(response);
    }
    let (request, response) = response.into_parts();
    let (mut head, body) = response.into_parts();
    let headers = head.headers_mut();
    vary_by_accept(headers);
    if let Some(tag) = headers.get(header::ETAG).and_then(|t| t.to_str().ok()) {
        if let Ok(value) = HeaderValue::from_str(&csv_tag(tag)) {
            headers.insert(header::ETAG, value);
        }
    }
    if status == StatusCode::NOT_MODIFIED {
        return Ok(ServiceResponse::new(request, head.set_body(body)));
    }
    let rendered = to_bytes(body)
        .await
        .map_err(|e| AppError::Internal(format!("an answer that cannot be read: {e}")))
        .and_then(|bytes| {
            let answer: serde_json::Value = serde_json::from_slice(&bytes)
                .map_err(|e| AppError::Internal(format!("an answer that is no JSON: {e}")))?;
            let text = table
                .render(&answer)
                .map_err(|e| AppError::Internal(format!("CSV not written: {e}")))?;
            Ok((text, page_links(&answer)))
        });
    let (text, links) = match rendered {
        Ok(rendered) => rendered,
        Err(error) => return Ok(ServiceResponse::new(request, error.error_response())),
    };
    let headers = head.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(TEXT_CSV));
    headers.remove(header::CONTENT_LENGTH);
    if let Some(links) = links.and_then(|l| HeaderValue::from_str(&l).ok()) {
        headers.insert(header::LINK, links);
    }
    Ok(ServiceResponse::new(
        request,
        head.set_body(BoxBody::new(text)),
    ))
}

/// The CSV tag of a JSON `ETag`: `"d1f"` becomes `"d1f-csv"`.
fn csv_tag(tag: &str) -> String {
    match tag.strip_suffix('"') {
        Some(open) => format!("{open}-csv\""),
        None => tag.to_owned(),
    }
}

/// `If-None-Match` of a CSV request as the JSON tags it stands for: a CSV
/// tag becomes its JSON tag; a JSON tag (the client holds the JSON, not the
/// CSV) becomes one that matches nothing.
fn held_csv_tags(headers: &mut header::HeaderMap) {
    let held: Vec<String> = headers
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|tag| match tag.strip_suffix("-csv\"") {
            Some(json) => format!("{json}\""),
            None if tag == "*" => tag.to_owned(),
            None => "\"json\"".to_owned(),
        })
        .collect();
    if held.is_empty() {
        return;
    }
    if let Ok(value) = HeaderValue::from_str(&held.join(", ")) {
        headers.insert(header::IF_NONE_MATCH, value);
    }
}

/// A page's `_links` as an RFC 8288 `Link` header, so that a CSV client can
/// page too.
fn page_links(answer: &serde_json::Value) -> Option<String> {
    let links = answer.get("_links")?;
    let rels: Vec<String> = ["first", "prev", "next", "last"]
        .into_iter()
        .filter_map(|rel| {
            let href = links.get(rel)?.get("href")?.as_str()?;
            Some(format!("<{href}>; rel=\"{rel}\""))
        })
        .collect();
    (!rels.is_empty()).then(|| rels.join(", "))
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
