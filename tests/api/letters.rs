//! Parliamentary letters: CRUD, unique reference, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{header, invalid_fields, problem, spawn_app, token};

fn letter(reference: &str, sent_on: &str) -> Value {
    json!({
        "sentOn": sent_on,
        "subject": "Voortgang IMVO-convenanten",
        "reference": reference,
        "minister": "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    })
}

#[actix_web::test]
async fn letters_are_recorded_listed_and_changed() {
    let app = spawn_app().await;
    let created = app
        .create("/v1/letters", &letter("Minbuza 2017.1027644", "2017-09-28"))
        .await;
    let id = created["id"].as_i64().unwrap();
    assert_eq!(
        created["_links"]["self"]["href"],
        app.url(&format!("/v1/letters/{id}"))
    );
    assert_eq!(
        app.get(&format!("/v1/letters/{id}"))
            .await
            .json::<Value>()
            .await
            .unwrap(),
        created
    );
    app.create("/v1/letters", &letter("Minbuza 2018.2001", "2018-11-13"))
        .await;

    let list: Value = app
        .get("/v1/letters?sort=-sentOn")
        .await
        .json()
        .await
        .unwrap();
    let dates: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["sentOn"].as_str().unwrap())
        .collect();
    assert_eq!(dates, vec!["2018-11-13", "2017-09-28"]);
    let found: Value = app
        .get("/v1/letters?reference=Minbuza%202017.1027644")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["items"][0]["id"], id);
    let in_2018: Value = app
        .get("/v1/letters?sentFrom=2018-01-01")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(in_2018["page"]["totalItems"], 1);

    problem(
        app.post_json("/v1/letters", &letter("Minbuza 2017.1027644", "2017-10-01"))
            .await,
        409,
    )
    .await;
    let patched = app
        .send_json(
            Method::PATCH,
            &format!("/v1/letters/{id}"),
            &json!({"kamerstuk": "Kamerstuk 26 485, nr. 243"}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let etag = header(&patched, "etag");
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["kamerstuk"], "Kamerstuk 26 485, nr. 243");
    let stale = app
        .write(Method::DELETE, &format!("/v1/letters/{id}"))
        .header("if-match", "\"stale\"")
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let deleted = app
        .write(Method::DELETE, &format!("/v1/letters/{id}"))
        .header("if-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&format!("/v1/letters/{id}")).await, 404).await;
}

#[actix_web::test]
async fn invalid_letters_are_refused_field_by_field() {
    let app = spawn_app().await;
    let cases = [
        (json!({"subject": "x", "minister": "y"}), vec!["#/sentOn"]),
        (
            json!({"sentOn": "2017-13-01", "subject": "x", "minister": "y"}),
            vec!["#/sentOn"],
        ),
        (
            json!({"sentOn": "2017-09-28", "subject": " ", "minister": "y", "url": "ftp://x"}),
            vec!["#/subject", "#/url"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/letters", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    // Known only because another letter cites it: who sent it unknown.
    let cited = app
        .create(
            "/v1/letters",
            &json!({"sentOn": "2018-07-02", "subject": "Indicator 90 procent",
                    "kamerstuk": "Kamerstuk 26 485, nr. 291"}),
        )
        .await;
    assert_eq!(cited["minister"], Value::Null);
    let stored: Value = app
        .get(&format!("/v1/letters/{}", cited["id"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(stored["minister"], Value::Null);
}

#[actix_web::test]
async fn only_admins_write_letters() {
    let app = spawn_app().await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/letters",
                &letter("x", "2017-09-28"),
            )
            .await;
        problem(response, 403).await;
    }
}
