//! Evaluations and studies: expected and published dates as exactly as
//! known, a slipped expectation kept in the history, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, spawn_app, token};

fn study(title: &str) -> Value {
    json!({
        "title": title,
        "kind": "study",
        "status": "inProgress",
        "carriedOutBy": "IOB",
        "expectedOn": "2018-12-01",
        "expectedOnPrecision": "month",
        "expectedAsStated": "december 2018",
        "source": "Kamerbrief 28 februari 2018",
    })
}

#[actix_web::test]
async fn an_evaluation_is_recorded_its_slipped_expectation_kept_and_its_publication_added() {
    let app = spawn_app().await;
    let created = app.create("/v1/evaluations", &study("IOB-studie")).await;
    let path = format!("/v1/evaluations/{}", created["id"]);
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        (
            &created["expectedOn"],
            &created["expectedOnPrecision"],
            &created["publishedOn"]
        ),
        (&json!("2018-12-01"), &json!("month"), &Value::Null)
    );
    let planned = app
        .create(
            "/v1/evaluations",
            &json!({"title": "Evaluatie van het IMVO-convenantenbeleid", "kind": "evaluation",
                    "status": "planned", "source": "Kamerbrief 13 november 2018"}),
        )
        .await;
    assert_eq!(planned["expectedOn"], Value::Null);
    problem(
        app.post_json("/v1/evaluations", &study("IOB-studie")).await,
        409,
    )
    .await;

    // "IOB heeft deze verwachting bijgesteld naar het voorjaar van 2019."
    let slipped = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"expectedOn": "2019-01-01", "expectedOnPrecision": "year", "expectedAsStated": "voorjaar van 2019"}),
        )
        .await;
    assert_eq!(slipped.status(), 200);
    let before = format!("{path}?knownAt={}", created["updatedAt"].as_str().unwrap());
    let known: Value = app.get(&before).await.json().await.unwrap();
    assert_eq!(
        (&known["expectedOn"], &known["expectedAsStated"]),
        (&json!("2018-12-01"), &json!("december 2018")),
        "the first expectation, as it was known"
    );

    // Published: a year known, the day not.
    let done = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"status": "completed", "publishedOn": "2019-01-01", "publishedOnPrecision": "year"}),
        )
        .await;
    assert_eq!(done.status(), 200);
    let done: Value = done.json().await.unwrap();
    assert_eq!(
        (&done["status"], &done["publishedOn"], &done["expectedOn"]),
        (
            &json!("completed"),
            &json!("2019-01-01"),
            &json!("2019-01-01")
        )
    );

    let studies: Value = app
        .get("/v1/evaluations?kind=study")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(studies["items"], json!([done]));
    let open: Value = app
        .get("/v1/evaluations?status=planned&sort=-title")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(open["items"][0]["id"], planned["id"]);
    assert_eq!(open["page"]["totalItems"], 1);
    problem(app.get("/v1/evaluations?kind=survey").await, 400).await;

    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn invalid_evaluations_are_refused_field_by_field() {
    let app = spawn_app().await;
    let with = |changes: Value| {
        let mut body = study("Onderzoek");
        for (key, value) in changes.as_object().unwrap() {
            if value.is_null() {
                body.as_object_mut().unwrap().remove(key);
            } else {
                body[key] = value.clone();
            }
        }
        body
    };
    let cases = [
        (
            with(json!({"title": null, "source": null})),
            vec!["#/source", "#/title"],
        ),
        (with(json!({"kind": "survey"})), vec!["#/kind"]),
        (with(json!({"status": "done"})), vec!["#/status"]),
        // A month's date is its first day; a year's 1 January.
        (
            with(json!({"expectedOn": "2018-12-15"})),
            vec!["#/expectedOn"],
        ),
        (
            with(json!({"expectedOn": "2019-03-01", "expectedOnPrecision": "year"})),
            vec!["#/expectedOn"],
        ),
        // Words without the date they stand for, a precision without a date.
        (
            with(json!({"expectedOn": null, "expectedOnPrecision": null})),
            vec!["#/expectedAsStated"],
        ),
        (
            with(json!({"expectedOn": null, "expectedAsStated": null})),
            vec!["#/expectedOnPrecision"],
        ),
        // Published only once completed.
        (
            with(json!({"publishedOn": "2019-05-01"})),
            vec!["#/publishedOn"],
        ),
        (
            with(json!({"status": "completed", "publishedOnPrecision": "day"})),
            vec!["#/publishedOnPrecision"],
        ),
        (with(json!({"url": "ftp://example.org"})), vec!["#/url"]),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/evaluations", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/evaluations").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn only_admins_write_evaluations() {
    let app = spawn_app().await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/evaluations",
                &study("x"),
            )
            .await;
        problem(response, 403).await;
    }
}
