//! The HTTP conventions every resource shares (DESIGN section 6), shown on
//! sectors and on paths that do not exist.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{ALLOWED_ORIGIN, header, invalid_fields, problem, spawn_app};

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[actix_web::test]
async fn every_response_has_the_version_and_security_headers() {
    let app = spawn_app().await;
    for response in [
        app.get("/v1/sectors").await,
        app.get("/v1/nothing-here").await,
    ] {
        assert_eq!(header(&response, "api-version"), VERSION);
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert_eq!(header(&response, "x-frame-options"), "DENY");
        assert_eq!(
            header(&response, "content-security-policy"),
            "frame-ancestors 'none'"
        );
        assert!(header(&response, "strict-transport-security").starts_with("max-age="));
    }
}

#[actix_web::test]
async fn a_trailing_slash_is_not_found_not_redirected() {
    let app = spawn_app().await;
    app.create_sector("textile").await;
    for path in ["/v1/sectors/", "/v1/sectors/textile/"] {
        let response = app.get(path).await;
        assert!(
            header(&response, "location").is_empty(),
            "no redirect for {path}"
        );
        let body = problem(response, 404).await;
        assert_eq!(body["instance"], path);
    }
}

#[actix_web::test]
async fn unknown_paths_and_methods_are_problem_documents() {
    let app = spawn_app().await;
    problem(app.get("/v1/nothing-here").await, 404).await;
    problem(app.get("/").await, 404).await;
    let response = app
        .write(Method::DELETE, "/v1/sectors")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error());
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
}

#[actix_web::test]
async fn a_wrong_content_type_is_415() {
    let app = spawn_app().await;
    let body = r#"{"code":"gold","nameNl":"Goud","nameEn":"Gold"}"#;
    for content_type in [Some("text/plain"), Some("application/xml"), None] {
        let mut request = app.write(Method::POST, "/v1/sectors").body(body);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        problem(request.send().await.unwrap(), 415).await;
    }
    let stored: Value = app.get("/v1/sectors").await.json().await.unwrap();
    assert_eq!(stored["page"]["totalItems"], 0, "nothing was stored");
}

#[actix_web::test]
async fn an_accept_without_json_is_406() {
    let app = spawn_app().await;
    for accept in ["text/html", "application/xml", "application/json;q=0"] {
        let response = app
            .request(Method::GET, "/v1/sectors")
            .header("accept", accept)
            .send()
            .await
            .unwrap();
        problem(response, 406).await;
    }
    for accept in [
        "application/json",
        "*/*",
        "application/*",
        "text/html, application/json;q=0.5",
    ] {
        let response = app
            .request(Method::GET, "/v1/sectors")
            .header("accept", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "Accept: {accept}");
    }
}

#[actix_web::test]
async fn a_body_over_the_limit_is_413() {
    let app = spawn_app().await;
    let huge = json!({"code": "gold", "nameNl": "x".repeat(70 * 1024), "nameEn": "Gold"});
    problem(app.post_json("/v1/sectors", &huge).await, 413).await;
}

#[actix_web::test]
async fn malformed_json_is_400() {
    let app = spawn_app().await;
    for body in ["{", "", "[1,2]", "\"text\""] {
        let response = app
            .write(Method::POST, "/v1/sectors")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let problem = problem(response, 400).await;
        assert_eq!(invalid_fields(&problem), vec!["#"], "body {body:?}");
    }
}

#[actix_web::test]
async fn every_invalid_field_is_listed_at_once() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/v1/sectors",
            &json!({"code": "Not A Code", "nameNl": 42, "colour": "red"}),
        )
        .await;
    let body = problem(response, 400).await;
    let mut fields = invalid_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["#/code", "#/colour", "#/nameEn", "#/nameNl"]);
    for error in body["errors"].as_array().unwrap() {
        assert!(error["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
}

#[actix_web::test]
async fn paging_parameters_out_of_range_are_400_not_clamped() {
    let app = spawn_app().await;
    for (query, parameter) in [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=x", "page"),
        ("pageSize=0", "pageSize"),
        ("pageSize=101", "pageSize"),
        ("pageSize=ten", "pageSize"),
        ("sort=colour", "sort"),
        ("sort=code,code", "sort"),
        ("colour=red", "colour"),
        ("page=1&page=2", "page"),
    ] {
        let body = problem(app.get(&format!("/v1/sectors?{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body), vec![parameter], "?{query}");
    }
    let body = problem(
        app.get("/v1/sectors?page=0&pageSize=500&colour=red").await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), vec!["colour", "page", "pageSize"]);
}

#[actix_web::test]
async fn pages_link_to_their_neighbours() {
    let app = spawn_app().await;
    for code in ["banking", "gold", "textile", "insurance", "forestry"] {
        app.create_sector(code).await;
    }
    let first: Value = app
        .get("/v1/sectors?pageSize=2")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&first), vec!["banking", "forestry"]);
    assert_eq!(
        first["page"],
        json!({"number": 1, "size": 2, "totalItems": 5, "totalPages": 3})
    );
    assert_eq!(
        first["_links"]["self"]["href"],
        app.url("/v1/sectors?pageSize=2&page=1")
    );
    assert!(first["_links"].get("prev").is_none());
    let next = first["_links"]["next"]["href"].as_str().unwrap().to_owned();
    let second: Value = app.get(&next).await.json().await.unwrap();
    assert_eq!(codes(&second), vec!["gold", "insurance"]);
    assert_eq!(
        second["_links"]["prev"]["href"],
        app.url("/v1/sectors?pageSize=2&page=1")
    );
    let last: Value = app
        .get(second["_links"]["next"]["href"].as_str().unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&last), vec!["textile"]);
    assert!(last["_links"].get("next").is_none());
    let beyond: Value = app
        .get("/v1/sectors?pageSize=2&page=9")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&beyond), Vec::<String>::new());
    assert_eq!(
        beyond["_links"]["prev"]["href"],
        app.url("/v1/sectors?pageSize=2&page=3")
    );
}

#[actix_web::test]
async fn filters_and_sort_apply() {
    let app = spawn_app().await;
    for code in ["banking", "gold", "textile"] {
        app.create_sector(code).await;
    }
    let sorted: Value = app
        .get("/v1/sectors?sort=-code")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&sorted), vec!["textile", "gold", "banking"]);
    let filtered: Value = app
        .get("/v1/sectors?code=textile,banking")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&filtered), vec!["banking", "textile"]);
    assert_eq!(filtered["page"]["totalItems"], 2);
    assert_eq!(
        filtered["_links"]["self"]["href"],
        app.url("/v1/sectors?code=textile%2Cbanking&page=1")
    );
}

#[actix_web::test]
async fn reads_carry_an_etag_and_if_none_match_gives_304() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    for path in ["/v1/sectors/gold", "/v1/sectors"] {
        let response = app.get(path).await;
        let etag = header(&response, "etag");
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "strong ETag on {path}: {etag}"
        );
        let again = app
            .request(Method::GET, path)
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(header(&again, "etag"), etag);
        assert_eq!(header(&again, "api-version"), VERSION);
        let other = app
            .request(Method::GET, path)
            .header("if-none-match", "\"other\"")
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 200);
        let head = app.request(Method::HEAD, path).send().await.unwrap();
        assert_eq!(head.status(), 200, "HEAD {path}");
        assert_eq!(header(&head, "etag"), etag);
        assert!(head.text().await.unwrap().is_empty());
    }
}

#[actix_web::test]
async fn a_stale_if_match_is_412_and_changes_nothing() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let stale = header(&app.get("/v1/sectors/gold").await, "etag");
    let renamed = json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"});
    let response = app
        .write(Method::PUT, "/v1/sectors/gold")
        .header("content-type", "application/json")
        .header("if-match", &stale)
        .body(renamed.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        200,
        "a current ETag lets the write through"
    );
    let current = header(&response, "etag");
    assert_ne!(current, stale);
    assert_eq!(
        header(&app.get("/v1/sectors/gold").await, "etag"),
        current,
        "the returned ETag is the stored one"
    );

    let stale_writes = [
        app.write(Method::PUT, "/v1/sectors/gold")
            .header("content-type", "application/json")
            .body(json!({"code": "gold", "nameNl": "X", "nameEn": "X"}).to_string()),
        app.write(Method::PATCH, "/v1/sectors/gold")
            .header("content-type", "application/merge-patch+json")
            .body(json!({"nameEn": "X"}).to_string()),
        app.write(Method::DELETE, "/v1/sectors/gold"),
    ];
    for request in stale_writes {
        problem(
            request.header("if-match", &stale).send().await.unwrap(),
            412,
        )
        .await;
    }
    let stored: Value = app.get("/v1/sectors/gold").await.json().await.unwrap();
    assert_eq!(
        (stored["nameNl"].as_str(), stored["nameEn"].as_str()),
        (Some("Goud"), Some("Gold"))
    );

    let response = app
        .write(Method::DELETE, "/v1/sectors/gold")
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

#[actix_web::test]
async fn cors_answers_allowed_origins_only() {
    let app = spawn_app().await;
    let allowed = app
        .request(Method::GET, "/v1/sectors")
        .header("origin", ALLOWED_ORIGIN)
        .send()
        .await
        .unwrap();
    assert_eq!(
        header(&allowed, "access-control-allow-origin"),
        ALLOWED_ORIGIN
    );
    assert!(
        header(&allowed, "access-control-expose-headers")
            .to_lowercase()
            .contains("etag")
    );
    let other = app
        .request(Method::GET, "/v1/sectors")
        .header("origin", "https://elsewhere.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(
        other.status(),
        200,
        "a foreign origin is not an error, it just gets no CORS headers"
    );
    assert!(header(&other, "access-control-allow-origin").is_empty());
    let preflight = app
        .request(Method::OPTIONS, "/v1/sectors")
        .header("origin", ALLOWED_ORIGIN)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type, authorization",
        )
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(
        header(&preflight, "access-control-allow-origin"),
        ALLOWED_ORIGIN
    );
    assert!(header(&preflight, "access-control-allow-methods").contains("POST"));
}

#[actix_web::test]
async fn requests_get_an_id_echoed_in_a_header() {
    let app = spawn_app().await;
    let generated = header(&app.get("/v1/sectors").await, "x-request-id");
    assert_eq!(generated.len(), 36, "a UUID: {generated}");
    let given = app
        .request(Method::GET, "/v1/sectors")
        .header("x-request-id", "trace-42")
        .send()
        .await
        .unwrap();
    assert_eq!(header(&given, "x-request-id"), "trace-42");
    let unsafe_id = app
        .request(Method::GET, "/v1/sectors")
        .header("x-request-id", "a b<script>")
        .send()
        .await
        .unwrap();
    assert_ne!(header(&unsafe_id, "x-request-id"), "a b<script>");
}

#[actix_web::test]
async fn the_openapi_document_is_public_and_open_to_every_origin() {
    let app = spawn_app().await;
    let response = app
        .request(Method::GET, "/v1/openapi.json")
        .header("origin", "https://anyone.example.org")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "access-control-allow-origin"), "*");
    assert_eq!(header(&response, "api-version"), VERSION);
    let served: Value = response.json().await.unwrap();
    assert_eq!(served["info"]["version"], VERSION);
    let mut expected = serde_json::to_value(imvo_tracker::openapi::document()).unwrap();
    expected["servers"] = json!([{"url": app.url("/v1")}]);
    assert_eq!(served, expected, "the code's document, served from here");
}

#[actix_web::test]
async fn the_committed_openapi_document_matches_the_code() {
    let document = imvo_tracker::openapi::to_json(&imvo_tracker::openapi::document()).unwrap();
    let generated = serde_json::to_string_pretty(&document).unwrap();
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi/openapi.json is committed");
    assert!(
        generated.trim() == committed.trim(),
        "openapi/openapi.json differs from what the code generates; regenerate it with \
         `cargo run -- openapi > openapi/openapi.json` and commit it"
    );
}

#[actix_web::test]
async fn interactive_documentation_is_served() {
    let app = spawn_app().await;
    let response = app.get("/docs/").await;
    assert_eq!(response.status(), 200);
    assert!(header(&response, "content-type").starts_with("text/html"));
    let config = app
        .get("/docs/swagger-initializer.js")
        .await
        .text()
        .await
        .unwrap();
    assert!(config.contains("/v1/openapi.json"));
}

fn codes(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_route_table_matches_templates_segment_by_segment() {
    let table = imvo_tracker::http::routes_table::RouteTable::from_document(
        &imvo_tracker::openapi::document(),
        "/v1",
    );
    assert_eq!(table.allowed("/v1/sectors"), Some(&["GET", "POST"][..]));
    assert_eq!(
        table.allowed("/v1/sectors/gold"),
        Some(&["GET", "PUT", "PATCH", "DELETE"][..])
    );
    assert_eq!(table.allowed("/v1/sectors/"), None);
    assert_eq!(table.allowed("/v1/sectors/gold/x"), None);
}

/// Every `$ref` of the document names a component that exists, so
/// generated SDKs and validators can resolve it.
#[test]
fn every_reference_in_the_document_resolves() {
    fn walk(value: &Value, document: &Value, dangling: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    let pointer = target.trim_start_matches('#');
                    if document.pointer(pointer).is_none() {
                        dangling.push(target.clone());
                    }
                }
                map.values().for_each(|v| walk(v, document, dangling));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, document, dangling)),
            _ => {}
        }
    }
    let document = serde_json::to_value(imvo_tracker::openapi::document()).unwrap();
    let mut dangling = Vec::new();
    walk(&document, &document, &mut dangling);
    assert!(dangling.is_empty(), "dangling references: {dangling:?}");
}
