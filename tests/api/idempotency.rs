//! `Idempotency-Key` on every create: a retry gets the first answer, not a
//! second record; the key cannot be reused for another request.

use diesel::RunQueryDsl;
use imvo_tracker::db;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app};

async fn post_with_key(app: &TestApp, path: &str, key: &str, body: &Value) -> reqwest::Response {
    app.write(Method::POST, path)
        .header("idempotency-key", key)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

async fn count(app: &TestApp, path: &str) -> i64 {
    let page: Value = app.get(path).await.json().await.unwrap();
    page["page"]["totalItems"].as_i64().unwrap()
}

#[actix_web::test]
async fn a_retry_with_the_same_key_gets_the_first_answer_not_a_second_record() {
    let app = spawn_app().await;
    let organisation =
        json!({"name": "Koninklijke Ahold Delhaize N.V.", "kind": "company", "country": "NL"});
    let first = post_with_key(&app, "/v1/organisations", "a1b2-retry", &organisation).await;
    assert_eq!(first.status(), 201);
    let (location, etag) = (header(&first, "location"), header(&first, "etag"));
    let first_body: Value = first.json().await.unwrap();

    // Organisations have no natural key: without the header this would
    // have made a second one.
    let again = post_with_key(&app, "/v1/organisations", "a1b2-retry", &organisation).await;
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "location"), location);
    assert_eq!(header(&again, "etag"), etag);
    assert_eq!(again.json::<Value>().await.unwrap(), first_body);
    assert_eq!(count(&app, "/v1/organisations").await, 1);
    let feed: Value = app.get("/v1/changes").await.json().await.unwrap();
    assert_eq!(
        feed["items"].as_array().unwrap().len(),
        1,
        "one change recorded"
    );

    // The same key for another body, or on another path, is refused.
    let other = json!({"name": "Another company", "kind": "company", "country": "NL"});
    problem(
        post_with_key(&app, "/v1/organisations", "a1b2-retry", &other).await,
        422,
    )
    .await;
    let sector = json!({"code": "textile", "nameNl": "Textiel", "nameEn": "Textile"});
    problem(
        post_with_key(&app, "/v1/sectors", "a1b2-retry", &sector).await,
        422,
    )
    .await;
    assert_eq!(count(&app, "/v1/organisations").await, 1);

    // Keys are per token subject: another client's same key is its own.
    let theirs = app
        .request(Method::POST, "/v1/organisations")
        .bearer_auth(crate::helpers::sign_hs256(
            &json!({"sub": "another-client", "role": "admin", "exp": crate::helpers::now() + 600}),
            crate::helpers::TEST_SECRET.as_bytes(),
        ))
        .header("idempotency-key", "a1b2-retry")
        .json(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 201);
}

#[actix_web::test]
async fn a_key_in_use_is_409_and_a_failed_create_frees_its_key() {
    let app = spawn_app().await;
    let sector = json!({"code": "textile", "nameNl": "Textiel", "nameEn": "Textile"});
    let first = post_with_key(&app, "/v1/sectors", "running", &sector).await;
    assert_eq!(first.status(), 201);
    // As if the first request had not been answered yet.
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    diesel::sql_query(
        "UPDATE idempotency_keys SET status = NULL, location = NULL, body = NULL \
         WHERE idempotency_key = 'running'",
    )
    .execute(&mut conn)
    .expect("the key back in flight");
    let body = problem(
        post_with_key(&app, "/v1/sectors", "running", &sector).await,
        409,
    )
    .await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("still being processed"),
        "{body}"
    );

    // A create refused inside its transaction (a duplicate code) writes
    // nothing and keeps no key: the same key then works for a fixed body.
    app.create_sector("gold").await;
    let duplicate = json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"});
    problem(
        post_with_key(&app, "/v1/sectors", "fix-and-retry", &duplicate).await,
        409,
    )
    .await;
    let fixed = json!({"code": "gold-2", "nameNl": "Goud", "nameEn": "Gold"});
    let retried = post_with_key(&app, "/v1/sectors", "fix-and-retry", &fixed).await;
    assert_eq!(retried.status(), 201);
}

#[actix_web::test]
async fn a_malformed_key_is_400_naming_the_header() {
    let app = spawn_app().await;
    let sector = json!({"code": "textile", "nameNl": "Textiel", "nameEn": "Textile"});
    for key in ["", "with space", &"k".repeat(256), "naïve"] {
        let response = app
            .write(Method::POST, "/v1/sectors")
            .header("idempotency-key", key.as_bytes())
            .json(&sector)
            .send()
            .await
            .unwrap();
        let body = problem(response, 400).await;
        assert_eq!(invalid_fields(&body), ["Idempotency-Key"], "{key:?}");
    }
    assert_eq!(count(&app, "/v1/sectors").await, 0);
}
