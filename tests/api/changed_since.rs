//! `changedSince` on every collection: read from the served document, each
//! list declares it and lists only what was created or changed at or after
//! the instant, whatever else it is asked for.

use std::time::Duration;

use imvo_tracker::{db, seeds};
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app};

/// The instant now as a client writes it, past every write made before
/// (timestamps are stored to the millisecond) and before any made after.
async fn instant() -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    let now = db::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    tokio::time::sleep(Duration::from_millis(5)).await;
    now
}

/// The `self` links of the items `path` lists with `query` (all of them
/// unless it names a `pageSize`), and how many it says match.
async fn listed(app: &TestApp, path: &str, query: &str) -> (Vec<String>, u64) {
    let paged = if query.contains("pageSize") {
        query.to_owned()
    } else {
        format!("pageSize=100&{query}")
    };
    // With a token: webhook subscriptions are listed only to their owners.
    let response = app
        .write(Method::GET, &format!("/v1{path}?{paged}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "GET {path}?{query}");
    let page: Value = response.json().await.unwrap();
    let links = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["_links"]["self"]["href"].as_str().unwrap().to_owned())
        .collect();
    (links, page["page"]["totalItems"].as_u64().unwrap())
}

/// `path` with each path parameter its documented example.
fn filled(path: &str, operation: &Value) -> String {
    let mut filled = path.to_owned();
    for parameter in operation["parameters"].as_array().into_iter().flatten() {
        if parameter["in"] == "path" {
            let example = match &parameter["example"] {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            filled = filled.replace(
                &format!("{{{}}}", parameter["name"].as_str().unwrap()),
                &example,
            );
        }
    }
    filled
}

/// Each collection of records (a list that takes a create) with its list
/// path, filled in, and the example its create documents.
fn collections(document: &Value) -> Vec<(String, Value)> {
    let schemas = &document["components"]["schemas"];
    let mut found = Vec::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        let (Some(list), Some(create)) = (operations.get("get"), operations.get("post")) else {
            continue;
        };
        let declared = list["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "changedSince")
            .unwrap_or_else(|| panic!("GET {path} does not declare changedSince"));
        assert_eq!(declared["in"], "query", "{path}");
        assert_eq!(declared["schema"]["format"], "date-time", "{path}");
        let input = create["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap()
            .trim_start_matches("#/components/schemas/");
        found.push((filled(path, list), schemas[input]["example"].clone()));
    }
    assert_eq!(found.len(), 23, "every collection of records: {found:?}");
    found
}

#[actix_web::test]
async fn every_collection_lists_only_what_changed_since_the_instant() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let collections = collections(&document);

    let before_creating = instant().await;
    let mut created = Vec::new();
    for (path, example) in &collections {
        let response = app.post_json(&format!("/v1{path}"), example).await;
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, 201, "POST /v1{path}: {body}");
        created.push(body["_links"]["self"]["href"].as_str().unwrap().to_owned());
    }
    let after_creating = instant().await;

    for ((path, _), record) in collections.iter().zip(&created) {
        let (all, _) = listed(&app, path, "").await;
        assert!(all.contains(record), "{path} lists {record}");
        // Seeded before: not listed; created after: listed.
        let since = format!("changedSince={before_creating}");
        assert_eq!(
            listed(&app, path, &since).await,
            (vec![record.clone()], 1),
            "{path}?{since}"
        );
        // Created before: not listed.
        let since = format!("changedSince={after_creating}");
        assert_eq!(
            listed(&app, path, &since).await,
            (vec![], 0),
            "{path}?{since}"
        );
    }

    for record in &created {
        let response = app
            .send_json(Method::PATCH, record, &Value::Object(Default::default()))
            .await;
        assert_eq!(response.status(), 200, "PATCH {record}");
    }
    for ((path, _), record) in collections.iter().zip(&created) {
        // Changed after: listed, and with paging.
        let since = format!("changedSince={after_creating}");
        assert_eq!(
            listed(&app, path, &since).await,
            (vec![record.clone()], 1),
            "{path}?{since}"
        );
        let paged = format!("{since}&pageSize=1&page=2");
        assert_eq!(
            listed(&app, path, &paged).await,
            (vec![], 1),
            "{path}?{paged}"
        );
    }
}

#[actix_web::test]
async fn changed_since_combines_with_filters_and_sort() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let since = instant().await;
    app.create_sector("textile").await;
    app.create_sector("banking").await;
    let query = format!("changedSince={since}&sort=-code");
    let (codes, total) = listed(&app, "/sectors", &query).await;
    assert_eq!(total, 2);
    assert!(
        codes[0].ends_with("/textile") && codes[1].ends_with("/banking"),
        "{codes:?}"
    );
    for (code, expected) in [("gold", 0), ("banking", 1), ("gold,banking", 1)] {
        let query = format!("changedSince={since}&code={code}");
        assert_eq!(
            listed(&app, "/sectors", &query).await.1,
            expected,
            "{query}"
        );
    }
    // An offset names the same instant.
    let local = chrono::DateTime::parse_from_rfc3339(&since)
        .unwrap()
        .with_timezone(&chrono::FixedOffset::east_opt(3600).unwrap())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let query = format!("changedSince={}", local.replace('+', "%2B"));
    assert_eq!(listed(&app, "/sectors", &query).await.1, 2, "{query}");
}

#[actix_web::test]
async fn a_malformed_instant_is_a_400_naming_changed_since_on_every_collection() {
    let app = spawn_app().await;
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    for (path, _) in collections(&document) {
        for bad in [
            "2026-01-01",
            "2026-01-01%2010:00:00Z",
            "2026-01-01T10:00:00",
            "%2B2026-01-01T10:00:00Z",
            "10000-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "yesterday",
            "",
        ] {
            let response = app
                .write(Method::GET, &format!("/v1{path}?changedSince={bad}"))
                .send()
                .await
                .unwrap();
            let problem = problem(response, 400).await;
            assert_eq!(
                invalid_fields(&problem),
                vec!["changedSince"],
                "{path}?changedSince={bad}: {problem}"
            );
        }
    }
}

#[actix_web::test]
async fn lists_that_are_not_of_records_refuse_changed_since() {
    let app = spawn_app().await;
    for path in ["/v1/audit-events", "/v1/metrics/oecd-endorsement/companies"] {
        let response = app
            .write(
                Method::GET,
                &format!("{path}?changedSince=2026-01-01T00:00:00Z"),
            )
            .send()
            .await
            .unwrap();
        let problem = problem(response, 400).await;
        assert_eq!(
            invalid_fields(&problem),
            vec!["changedSince"],
            "{path}: {problem}"
        );
    }
}
