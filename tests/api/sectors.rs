//! Sectors end to end: create, read, list, replace, patch, delete, and every
//! rule on the way.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{header, invalid_fields, problem, spawn_app};

#[actix_web::test]
async fn a_created_sector_is_stored_and_can_be_read() {
    let app = spawn_app().await;
    let response = app
        .post_json("/v1/sectors", &json!({"code": "textile", "nameNl": "Kleding en textiel", "nameEn": "Garments and textile"}))
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(header(&response, "location"), "/v1/sectors/textile");
    let etag = header(&response, "etag");
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["code"], "textile");
    assert_eq!(created["nameNl"], "Kleding en textiel");
    assert_eq!(created["nameEn"], "Garments and textile");
    assert_eq!(
        created["_links"]["self"]["href"],
        app.url("/v1/sectors/textile")
    );
    let created_at = created["createdAt"].as_str().unwrap();
    assert!(created_at.ends_with('Z'), "UTC date-time: {created_at}");
    assert_eq!(created["createdAt"], created["updatedAt"]);

    let read = app.get("/v1/sectors/textile").await;
    assert_eq!(read.status(), 200);
    assert_eq!(
        header(&read, "etag"),
        etag,
        "what was returned is what was stored"
    );
    assert_eq!(read.json::<Value>().await.unwrap(), created);
    let list: Value = app.get("/v1/sectors").await.json().await.unwrap();
    assert_eq!(list["items"], json!([created]));
}

#[actix_web::test]
async fn a_duplicate_code_is_409_and_keeps_the_original() {
    let app = spawn_app().await;
    let original = app.create_sector("gold").await;
    let response = app
        .post_json(
            "/v1/sectors",
            &json!({"code": "gold", "nameNl": "Ander", "nameEn": "Other"}),
        )
        .await;
    let body = problem(response, 409).await;
    assert!(body["detail"].as_str().unwrap().contains("gold"));
    let stored: Value = app.get("/v1/sectors/gold").await.json().await.unwrap();
    assert_eq!(stored, original);
}

#[actix_web::test]
async fn invalid_sectors_are_refused_field_by_field() {
    let app = spawn_app().await;
    let cases = [
        (
            json!({"code": "g", "nameNl": "Goud", "nameEn": "Gold"}),
            vec!["#/code"],
        ),
        (
            json!({"code": "Gold", "nameNl": "Goud", "nameEn": "Gold"}),
            vec!["#/code"],
        ),
        (
            json!({"code": "gold--bars", "nameNl": "Goud", "nameEn": "Gold"}),
            vec!["#/code"],
        ),
        (
            json!({"code": "x".repeat(41), "nameNl": "Goud", "nameEn": "Gold"}),
            vec!["#/code"],
        ),
        (
            json!({"code": "gold", "nameNl": "", "nameEn": "Gold"}),
            vec!["#/nameNl"],
        ),
        (
            json!({"code": "gold", "nameNl": "   ", "nameEn": "Gold"}),
            vec!["#/nameNl"],
        ),
        (
            json!({"code": "gold", "nameNl": "Goud", "nameEn": "x".repeat(201)}),
            vec!["#/nameEn"],
        ),
        (
            json!({"code": "gold", "nameNl": "Goud", "nameEn": null}),
            vec!["#/nameEn"],
        ),
        (
            json!({"code": 7, "nameNl": "Goud", "nameEn": "Gold"}),
            vec!["#/code"],
        ),
        (json!({"nameNl": "Goud", "nameEn": "Gold"}), vec!["#/code"]),
        (
            json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold", "id": 3}),
            vec!["#/id"],
        ),
        (json!({}), vec!["#/code", "#/nameNl", "#/nameEn"]),
    ];
    for (body, expected) in cases {
        let problem = problem(app.post_json("/v1/sectors", &body).await, 400).await;
        let mut fields = invalid_fields(&problem);
        fields.sort();
        let mut expected: Vec<String> = expected.into_iter().map(str::to_owned).collect();
        expected.sort();
        assert_eq!(fields, expected, "body {body}");
    }
    let list: Value = app.get("/v1/sectors").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0, "nothing invalid was stored");
}

#[actix_web::test]
async fn an_unknown_sector_is_404() {
    let app = spawn_app().await;
    let body = problem(app.get("/v1/sectors/unknown").await, 404).await;
    assert_eq!(body["instance"], "/v1/sectors/unknown");
    assert!(body["detail"].as_str().unwrap().contains("unknown"));
    let put = app
        .send_json(
            Method::PUT,
            "/v1/sectors/unknown",
            &json!({"code": "unknown", "nameNl": "X", "nameEn": "X"}),
        )
        .await;
    problem(put, 404).await;
    let patch = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/unknown",
            &json!({"nameEn": "X"}),
        )
        .await;
    problem(patch, 404).await;
    problem(
        app.write(Method::DELETE, "/v1/sectors/unknown")
            .send()
            .await
            .unwrap(),
        404,
    )
    .await;
}

#[actix_web::test]
async fn put_replaces_the_names_but_never_the_code() {
    let app = spawn_app().await;
    let original = app.create_sector("gold").await;
    let response = app
        .send_json(
            Method::PUT,
            "/v1/sectors/gold",
            &json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let replaced: Value = response.json().await.unwrap();
    assert_eq!(
        (replaced["nameNl"].as_str(), replaced["nameEn"].as_str()),
        (Some("Goud"), Some("Gold"))
    );
    assert_eq!(replaced["createdAt"], original["createdAt"]);
    assert_eq!(
        app.get("/v1/sectors/gold")
            .await
            .json::<Value>()
            .await
            .unwrap(),
        replaced
    );

    let renamed = app
        .send_json(
            Method::PUT,
            "/v1/sectors/gold",
            &json!({"code": "silver", "nameNl": "Zilver", "nameEn": "Silver"}),
        )
        .await;
    assert_eq!(invalid_fields(&problem(renamed, 400).await), vec!["#/code"]);
    let partial = app
        .send_json(
            Method::PUT,
            "/v1/sectors/gold",
            &json!({"code": "gold", "nameNl": "Goud"}),
        )
        .await;
    assert_eq!(
        invalid_fields(&problem(partial, 400).await),
        vec!["#/nameEn"]
    );
    problem(app.get("/v1/sectors/silver").await, 404).await;
}

#[actix_web::test]
async fn patch_merges_and_validates_the_result() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let response = app
        .write(Method::PATCH, "/v1/sectors/gold")
        .header("content-type", "application/merge-patch+json")
        .body(json!({"nameEn": "Gold"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let patched: Value = response.json().await.unwrap();
    assert_eq!(patched["nameEn"], "Gold");
    assert_eq!(
        patched["nameNl"], "Sector gold",
        "members not in the patch stay"
    );

    for (body, field) in [
        (json!({"nameEn": null}), "#/nameEn"),
        (json!({"nameEn": ""}), "#/nameEn"),
        (json!({"code": "silver"}), "#/code"),
        (json!({"colour": "gold"}), "#/colour"),
    ] {
        let response = app
            .send_json(Method::PATCH, "/v1/sectors/gold", &body)
            .await;
        assert_eq!(
            invalid_fields(&problem(response, 400).await),
            vec![field],
            "patch {body}"
        );
    }
    let not_an_object = app
        .send_json(Method::PATCH, "/v1/sectors/gold", &json!(["nameEn"]))
        .await;
    problem(not_an_object, 400).await;
    let stored: Value = app.get("/v1/sectors/gold").await.json().await.unwrap();
    assert_eq!(stored, patched, "refused patches changed nothing");
}

#[actix_web::test]
async fn a_deleted_sector_is_gone() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    app.create_sector("textile").await;
    let response = app
        .write(Method::DELETE, "/v1/sectors/gold")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(header(&response, "api-version"), env!("CARGO_PKG_VERSION"));
    problem(app.get("/v1/sectors/gold").await, 404).await;
    let list: Value = app.get("/v1/sectors").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 1);
    assert_eq!(app.get("/v1/sectors/textile").await.status(), 200);
}
