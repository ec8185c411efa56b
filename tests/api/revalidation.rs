//! Lists, the feed and metrics are tagged by the data version: a client's
//! copy is revalidated (304) without the list or metric running again, a
//! result is computed once per version, every read says how to cache it,
//! and answers are compressed as `Accept-Encoding` asks.

use diesel::RunQueryDsl;
use imvo_tracker::db;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, spawn_app, with_covenants};

async fn conditional(app: &TestApp, path: &str, name: &str, value: &str) -> reqwest::Response {
    app.request(Method::GET, path)
        .header(name, value)
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn a_current_copy_is_answered_304_until_something_changes() {
    let app = with_covenants(&["textile"]).await;
    for path in [
        "/v1/metrics/overview",
        "/v1/covenants?sort=code",
        "/v1/changes",
        "/v1/covenants/textile/progress",
    ] {
        let first = app.get(path).await;
        assert_eq!(first.status(), 200, "{path}");
        let etag = header(&first, "etag");
        let modified = header(&first, "last-modified");
        assert_eq!(
            header(&first, "cache-control"),
            "public, no-cache",
            "{path}"
        );
        assert!(modified.ends_with(" GMT"), "{path}: {modified}");

        let again = conditional(&app, path, "if-none-match", &etag).await;
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(header(&again, "etag"), etag);
        assert_eq!(header(&again, "last-modified"), modified);
        let unchanged = conditional(&app, path, "if-modified-since", &modified).await;
        assert_eq!(unchanged.status(), 304, "{path}");
    }

    let etag = header(&app.get("/v1/metrics/overview").await, "etag");
    app.create_sector("gold").await;
    let changed = conditional(&app, "/v1/metrics/overview", "if-none-match", &etag).await;
    assert_eq!(changed.status(), 200, "a write makes every copy stale");
    assert_ne!(header(&changed, "etag"), etag);
    let modified = header(&changed, "last-modified");
    let before = "Mon, 01 Jan 2018 00:00:00 GMT";
    let since = conditional(&app, "/v1/metrics/overview", "if-modified-since", before).await;
    assert_eq!(since.status(), 200);
    assert_eq!(header(&since, "last-modified"), modified);
}

/// A figure is computed once per data version: a row slipped into the
/// database past the API (so that no change is recorded) does not show
/// until the next recorded write, which proves the second read ran no
/// aggregate. The proof holds only while the data version stays put (the
/// same `ETag`); should anything else move it in between, the experiment
/// is run again, and a cache that never serves fails every round.
#[actix_web::test]
async fn a_figure_is_computed_once_per_data_version() {
    let app = with_covenants(&["textile"]).await;
    let signed = |overview: &Value| overview["covenantsByStatus"]["signed"].as_i64();
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    let mut expected = 1;
    let mut rounds = Vec::new();
    for round in 0..3 {
        let first = app.get("/v1/metrics/overview").await;
        let first_tag = header(&first, "etag");
        let first: Value = first.json().await.unwrap();
        expected = signed(&first).expect("a count of signed covenants");
        diesel::sql_query(format!(
            "INSERT INTO covenants (code, title_nl, title_en, sector_id, status, signed_on, \
             signed_on_precision, version, created_at, updated_at) \
             SELECT 'slipped{round}', 'x', 'x', id, 'signed', '2017-01-01', 'day', 1, \
             created_at, updated_at FROM sectors WHERE code = 'textile'"
        ))
        .execute(&mut conn)
        .expect("a row written past the API");
        let cached = app.get("/v1/metrics/overview").await;
        let cached_tag = header(&cached, "etag");
        let cached: Value = cached.json().await.unwrap();
        if cached_tag == first_tag {
            assert_eq!(
                signed(&cached),
                Some(expected),
                "served from the result of this version"
            );
            break;
        }
        let changes: Value = app.get("/v1/changes").await.json().await.unwrap();
        rounds.push(format!(
            "{first_tag} then {cached_tag}, the feed: {changes}"
        ));
        assert!(round < 2, "the data version moved every round: {rounds:#?}");
        expected = signed(&cached).expect("a count of signed covenants");
    }

    app.create_sector("gold").await;
    let fresh: Value = app.get("/v1/metrics/overview").await.json().await.unwrap();
    assert_eq!(
        signed(&fresh),
        Some(expected + 1),
        "a recorded write moves the version"
    );
}

#[actix_web::test]
async fn reads_say_how_to_cache_them_and_errors_are_not_stored() {
    let app = spawn_app().await;
    app.create_sector("textile").await;
    let one = app.get("/v1/sectors/textile").await;
    assert_eq!(header(&one, "cache-control"), "public, no-cache");
    let with_token = app
        .write(Method::GET, "/v1/sectors/textile")
        .send()
        .await
        .unwrap();
    assert_eq!(header(&with_token, "cache-control"), "private, no-cache");
    let missing = app.get("/v1/sectors/none").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(header(&missing, "cache-control"), "no-store");
    let written = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/textile",
            &json!({"nameEn": "Textile"}),
        )
        .await;
    assert_eq!(written.status(), 200);
    assert!(written.headers().get("cache-control").is_none());
}

#[actix_web::test]
async fn answers_are_compressed_as_accept_encoding_asks() {
    let app = with_covenants(&["textile", "gold", "banking"]).await;
    let path = "/v1/covenants?pageSize=100";
    let plain = app.get(path).await;
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_length = plain.bytes().await.unwrap().len();
    for coding in ["gzip", "br"] {
        let response = conditional(&app, path, "accept-encoding", coding).await;
        assert_eq!(response.status(), 200);
        assert_eq!(header(&response, "content-encoding"), coding);
        let vary: Vec<&str> = response
            .headers()
            .get_all("vary")
            .into_iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        assert!(
            vary.join(",").to_lowercase().contains("accept-encoding"),
            "{vary:?}"
        );
        let body = response.bytes().await.unwrap();
        let length = body.len();
        assert!(
            length < plain_length / 2,
            "{coding}: {length} of {plain_length}"
        );
        if coding == "gzip" {
            assert_eq!(body[..2], [0x1f, 0x8b], "a gzip stream");
        }
    }
    // Problem documents too: compressed after they are written, not before.
    let missing = conditional(&app, "/v1/sectors/none", "accept-encoding", "gzip").await;
    assert_eq!(missing.status(), 404);
    if missing.headers().contains_key("content-encoding") {
        assert_eq!(header(&missing, "content-encoding"), "gzip");
        assert_eq!(missing.bytes().await.unwrap()[..2], [0x1f, 0x8b]);
    }
}
