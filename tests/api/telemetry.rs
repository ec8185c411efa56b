//! `GET /metrics` for operators: only with `METRICS_TOKEN`, only to requests
//! bearing it; requests by route pattern and status, pool use and waits,
//! result-cache outcomes, and the maintained indicator's rebuild and drift.
//! Instruments other than the request metrics are per process (the tests
//! share one), so these tests compare values before and after.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use imvo_tracker::config::TelemetryConfig;
use imvo_tracker::db;
use serde_json::json;

use crate::helpers::{TestApp, header, problem, spawn_app, spawn_app_with};

const TOKEN: &str = "a-metrics-token-of-at-least-32-bytes";
/// What Prometheus sends.
const ACCEPT: &str =
    "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

async fn with_metrics(drift_check_interval: Duration) -> TestApp {
    spawn_app_with(|config| {
        config.telemetry = TelemetryConfig {
            token: Some(TOKEN.parse().unwrap()),
            drift_check_interval,
        }
    })
    .await
}

async fn scrape(app: &TestApp) -> String {
    let response = app
        .request(reqwest::Method::GET, "/metrics")
        .bearer_auth(TOKEN)
        .header("accept", ACCEPT)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/plain; version=0.0.4"
    );
    assert_eq!(header(&response, "cache-control"), "no-store");
    response.text().await.unwrap()
}

/// The value of the series `series` (name and labels, as printed).
fn value(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no series {series} in\n{metrics}"))
        .parse()
        .unwrap()
}

#[actix_web::test]
async fn metrics_are_not_served_without_a_token_set_and_refused_without_the_token() {
    let app = spawn_app().await;
    problem(app.get("/metrics").await, 404).await;
    let app = with_metrics(Duration::ZERO).await;
    problem(app.get("/metrics").await, 401).await;
    let wrong = app
        .request(reqwest::Method::GET, "/metrics")
        .bearer_auth(format!("{TOKEN}x"))
        .send()
        .await
        .unwrap();
    problem(wrong, 401).await;
    // An admin's token is for the API, not for this.
    let admin = app
        .request(reqwest::Method::GET, "/metrics")
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .unwrap();
    problem(admin, 401).await;
    // Not part of the API's contract.
    let document: serde_json::Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    assert!(document["paths"].get("/metrics").is_none());
}

#[actix_web::test]
async fn requests_are_counted_by_route_pattern_and_status_with_their_latency() {
    let app = with_metrics(Duration::ZERO).await;
    app.create_sector("gold").await;
    for path in [
        "/v1/sectors/gold",
        "/v1/sectors/gold",
        "/v1/sectors/nothing",
    ] {
        app.get(path).await;
    }
    app.get("/no/such/route").await;
    let metrics = scrape(&app).await;
    let route = r#"endpoint="/v1/sectors/{code}",method="GET""#;
    assert_eq!(
        value(
            &metrics,
            &format!(r#"imvo_http_requests_total{{{route},status="200"}}"#)
        ),
        2.0
    );
    assert_eq!(
        value(
            &metrics,
            &format!(r#"imvo_http_requests_total{{{route},status="404"}}"#)
        ),
        1.0
    );
    assert_eq!(
        value(
            &metrics,
            &format!(r#"imvo_http_requests_duration_seconds_count{{{route},status="200"}}"#)
        ),
        2.0
    );
    assert_eq!(
        value(
            &metrics,
            r#"imvo_http_requests_total{endpoint="/v1/sectors",method="POST",status="201"}"#
        ),
        1.0
    );
    // One series per route, never one per record or made-up path.
    assert!(!metrics.contains("/v1/sectors/gold"), "{metrics}");
    assert!(!metrics.contains("/no/such/route"), "{metrics}");
    assert!(metrics.contains(r#"endpoint="UNMATCHED""#));
}

#[actix_web::test]
async fn pool_use_and_waits_and_the_result_cache_are_shown() {
    let app = with_metrics(Duration::ZERO).await;
    let before = scrape(&app).await;
    let hits = value(
        &before,
        r#"imvo_result_cache_requests_total{outcome="hit"}"#,
    );
    let waits = value(&before, "imvo_db_pool_wait_seconds_count");
    app.get("/v1/metrics/overview?asOf=2018-11-13").await;
    let second = app.get("/v1/metrics/overview?asOf=2018-11-13").await;
    assert_eq!(second.status(), 200);
    let after = scrape(&app).await;
    assert!(value(&after, r#"imvo_result_cache_requests_total{outcome="hit"}"#) > hits);
    assert!(value(&after, "imvo_db_pool_wait_seconds_count") >= waits + 2.0);
    assert!(value(&after, "imvo_db_pool_max_connections") >= 1.0);
    let idle = value(&after, r#"imvo_db_pool_connections{state="idle"}"#);
    let in_use = value(&after, r#"imvo_db_pool_connections{state="inUse"}"#);
    assert!(idle + in_use >= 1.0, "{idle} + {in_use}");
    value(&after, "imvo_db_pool_timeouts_total");
}

#[actix_web::test]
async fn the_maintained_indicator_shows_its_last_rebuild_and_its_drift() {
    let app = with_metrics(Duration::from_millis(200)).await;
    let id = app
        .create(
            "/v1/organisations",
            &json!({"name": "Company", "kind": "company", "country": "NL"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    app.create(
        &format!("/v1/organisations/{id}/size-facts"),
        &json!({"year": 2019, "employees": 501, "totalAssetsEur": 20_000_001, "netTurnoverEur": 40_000_001, "source": "test"}),
    )
    .await;
    let metrics = scrape(&app).await;
    assert!(value(&metrics, "imvo_oecd_indicator_rebuilt_timestamp_seconds") > 1.7e9);
    // Damaged past the service: the next check shows by how much.
    let mut conn = db::connect(&app.database).unwrap();
    conn.batch_execute("UPDATE oecd_count_changes SET large_companies = large_companies + 2")
        .unwrap();
    let drift = r#"imvo_oecd_indicator_drift{count="largeCompanies"}"#;
    let mut seen = 0.0;
    for _ in 0..50 {
        seen = value(&scrape(&app).await, drift);
        if seen == 2.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(seen, 2.0, "the drift of the damaged count");
    conn.batch_execute("UPDATE oecd_count_changes SET large_companies = large_companies - 2")
        .unwrap();
    for _ in 0..50 {
        seen = value(&scrape(&app).await, drift);
        if seen == 0.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(seen, 0.0, "no drift once repaired");
    assert!(
        value(
            &scrape(&app).await,
            "imvo_oecd_indicator_drift_checked_timestamp_seconds"
        ) > 1.7e9
    );
}
