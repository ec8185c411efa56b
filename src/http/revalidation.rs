//! Reads computed from the record as a whole (lists and metrics): their
//! `ETag` and `Last-Modified` come from the data version (the last change
//! in the change feed) and the request, so a revalidation is answered 304
//! after one small query, before the list or metric runs; and a result is
//! computed once per data version and then served from memory.
//!
//! The data version is read from the database, so every instance on one
//! database agrees on it; each instance keeps its own results.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue, HttpDate};
use actix_web::{HttpRequest, HttpResponse};
use chrono::NaiveDateTime;
use serde::Serialize;

use crate::changes::queries::{DataVersion, data_version};
use crate::db::{self, DbConnection, Pool};
use crate::error::AppError;
use crate::http::API_VERSION;
use crate::http::public_base::PublicBase;
use crate::telemetry::instruments::RESULT_CACHE;

/// Most bytes of results one instance keeps.
const MAX_CACHED_BYTES: usize = 8 * 1024 * 1024;

/// Results by request target, each with the data version it was computed
/// at. Serialized before links are made absolute, so one entry serves
/// every address the service is reached at.
#[derive(Default)]
pub struct ResultCache {
    entries: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    by_target: HashMap<String, (i64, Arc<str>)>,
    bytes: usize,
}

impl ResultCache {
    fn get(&self, target: &str, position: i64) -> Option<Arc<str>> {
        let entries = self.entries.lock().ok()?;
        match entries.by_target.get(target) {
            Some((at, body)) if *at == position => Some(Arc::clone(body)),
            _ => None,
        }
    }

    fn put(&self, target: String, position: i64, body: Arc<str>) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if body.len() > MAX_CACHED_BYTES / 8 {
            return;
        }
        if entries.bytes + body.len() > MAX_CACHED_BYTES {
            // Older versions are of no use any more; if that is not enough,
            // start again rather than track use.
            entries.by_target.retain(|_, (at, _)| *at == position);
            entries.bytes = entries.by_target.values().map(|(_, b)| b.len()).sum();
            if entries.bytes + body.len() > MAX_CACHED_BYTES {
                entries.by_target.clear();
                entries.bytes = 0;
            }
        }
        entries.bytes += body.len();
        if let Some((_, old)) = entries.by_target.insert(target, (position, body)) {
            entries.bytes -= old.len();
        }
    }
}

/// What the request already holds, from its conditional headers.
struct Held {
    etags: Vec<String>,
    modified_since: Option<NaiveDateTime>,
}

impl Held {
    fn of(req: &HttpRequest) -> Self {
        let etags = req
            .headers()
            .get_all(header::IF_NONE_MATCH)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|t| t.trim().trim_start_matches("W/").to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        let modified_since = req
            .headers()
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<HttpDate>().ok())
            .map(|date| chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::from(date)))
            .map(|instant| instant.naive_utc());
        Self {
            etags,
            modified_since,
        }
    }

    /// RFC 9110 13.2.2: `If-None-Match` decides when given; else
    /// `If-Modified-Since`, to the second.
    fn still_fresh(&self, etag: &str, version: &DataVersion) -> bool {
        if !self.etags.is_empty() {
            return self.etags.iter().any(|t| t == "*" || t == etag);
        }
        match (self.modified_since, version.changed_at) {
            (Some(since), Some(changed)) => {
                changed.and_utc().timestamp() <= since.and_utc().timestamp()
            }
            (Some(_), None) => true,
            _ => false,
        }
    }
}

/// The tag of the answer to `key` (the day and the request target) at
/// `version`, made by this API version.
fn etag(key: &str, version: &DataVersion) -> String {
    let key = format!("{API_VERSION}\n{}\n{key}", version.position);
    format!("\"d{:016x}\"", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

enum Outcome {
    NotModified(DataVersion),
    Body(DataVersion, Arc<str>),
}

/// Answers a list or metric read: 304 when the client's copy is current,
/// else the result of `compute` for the current data version, computed at
/// most once per version and request target.
pub async fn cached_read<T, F>(
    req: &HttpRequest,
    pool: &Pool,
    cache: Arc<ResultCache>,
    compute: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Serialize,
{
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.path().to_owned(), |t| t.as_str().to_owned());
    let held = Held::of(req);
    // A metric without `asOf` is of today: a new day is a new answer.
    let key = format!("{}\n{target}", chrono::Utc::now().date_naive());
    let tag_key = key.clone();
    let outcome = db::run(pool, move |conn| {
        let version = data_version(conn)?;
        if held.still_fresh(&etag(&key, &version), &version) {
            RESULT_CACHE.with_label_values(&["notModified"]).inc();
            return Ok(Outcome::NotModified(version));
        }
        if let Some(body) = cache.get(&key, version.position) {
            RESULT_CACHE.with_label_values(&["hit"]).inc();
            return Ok(Outcome::Body(version, body));
        }
        RESULT_CACHE.with_label_values(&["miss"]).inc();
        let body: Arc<str> = serde_json::to_string(&compute(conn)?)
            .map_err(|e| AppError::Internal(e.to_string()))?
            .into();
        cache.put(key, version.position, Arc::clone(&body));
        Ok(Outcome::Body(version, body))
    })
    .await?;
    let (version, body) = match outcome {
        Outcome::NotModified(version) => (version, None),
        Outcome::Body(version, body) => (version, Some(body)),
    };
    let mut response = match &body {
        None => HttpResponse::NotModified().finish(),
        Some(body) => HttpResponse::build(StatusCode::OK)
            .content_type(HeaderValue::from_static("application/json"))
            .body(PublicBase::of(req)?.absolute_links(body)),
    };
    let headers = response.headers_mut();
    if let Ok(tag) = HeaderValue::from_str(&etag(&tag_key, &version)) {
        headers.insert(header::ETAG, tag);
    }
    if let Some(changed) = version.changed_at {
        let date = HttpDate::from(std::time::SystemTime::from(changed.and_utc()));
        if let Ok(value) = HeaderValue::from_str(&date.to_string()) {
            headers.insert(header::LAST_MODIFIED, value);
        }
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_is_kept_for_its_version_only() {
        let cache = ResultCache::default();
        cache.put("/v1/metrics/overview".into(), 7, Arc::from("{\"a\":1}"));
        assert_eq!(
            cache.get("/v1/metrics/overview", 7).as_deref(),
            Some("{\"a\":1}")
        );
        assert_eq!(cache.get("/v1/metrics/overview", 8), None);
        assert_eq!(cache.get("/v1/metrics/overview?asOf=2018-01-01", 7), None);
    }

    #[test]
    fn the_cache_stays_within_its_bytes() {
        let cache = ResultCache::default();
        let big: Arc<str> = "x".repeat(MAX_CACHED_BYTES / 10).into();
        for i in 0..40 {
            cache.put(format!("/v1/t{i}"), 1, Arc::clone(&big));
        }
        let entries = cache.entries.lock().unwrap();
        assert!(entries.bytes <= MAX_CACHED_BYTES, "{}", entries.bytes);
        assert_eq!(
            entries.bytes,
            entries
                .by_target
                .values()
                .map(|(_, b)| b.len())
                .sum::<usize>()
        );
    }

    #[test]
    fn tags_differ_by_version_and_target() {
        let at = |position| DataVersion {
            position,
            changed_at: None,
        };
        assert_ne!(etag("/v1/a", &at(1)), etag("/v1/a", &at(2)));
        assert_ne!(etag("/v1/a", &at(1)), etag("/v1/b", &at(1)));
        assert_eq!(etag("/v1/a", &at(1)), etag("/v1/a", &at(1)));
    }
}
