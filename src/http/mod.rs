//! HTTP conventions shared by every resource (DESIGN section 6).

/// The API's version: `info.version` and the `API-Version` header.
pub const API_VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod any_of;
pub mod api;
pub mod conditional;
pub mod crud;
pub mod csv_tables;
pub mod endpoints;
pub mod idempotency;
pub mod json_body;
pub mod listing;
pub mod middleware;
pub mod patch_schema;
pub mod public_base;
pub mod revalidation;
pub mod routes_table;
pub mod rules;
pub mod schema_rules;
pub mod validation;

/// A UTC instant as every response writes it: RFC 3339 with exactly three
/// fraction digits and `Z` (`2026-11-23T10:15:00.000Z`), so that the texts
/// sort as the instants do.
pub fn timestamp<S: serde::Serializer>(
    instant: &chrono::DateTime<chrono::Utc>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&instant.format("%Y-%m-%dT%H:%M:%S%.3fZ"))
}

/// `timestamp` for an instant that may be absent (`null`).
pub fn optional_timestamp<S: serde::Serializer>(
    instant: &Option<chrono::DateTime<chrono::Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match instant {
        Some(instant) => timestamp(instant, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize)]
    struct At(#[serde(serialize_with = "super::timestamp")] chrono::DateTime<chrono::Utc>);

    #[test]
    fn timestamps_have_a_fixed_width() {
        let whole = "2026-11-23T10:15:20Z".parse().unwrap();
        let fraction = "2026-11-23T10:15:20.5Z".parse().unwrap();
        assert_eq!(
            serde_json::to_string(&At(whole)).unwrap(),
            "\"2026-11-23T10:15:20.000Z\""
        );
        assert_eq!(
            serde_json::to_string(&At(fraction)).unwrap(),
            "\"2026-11-23T10:15:20.500Z\""
        );
    }
}
