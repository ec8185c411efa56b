//! Remedy mechanisms: recorded on a covenant or a theme, filtered by kind
//! and status, kept while their covenant stays, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, token, with_covenants};

fn committee(name: &str) -> Value {
    json!({
        "name": name,
        "kind": "complaintsProcedure",
        "status": "operating",
        "runBy": "An independent committee",
        "covenant": "textile",
        "description": "Handles complaints of workers in the supply chains.",
        "source": "Jaarrapportage 2018",
    })
}

#[actix_web::test]
async fn a_mechanism_is_recorded_listed_and_kept_while_its_covenant_stays() {
    let app = with_covenants(&["textile"]).await;
    let created = app
        .create("/v1/remedy-mechanisms", &committee("Klachtencommissie"))
        .await;
    let path = format!("/v1/remedy-mechanisms/{}", created["id"]);
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );
    problem(
        app.post_json("/v1/remedy-mechanisms", &committee("Klachtencommissie"))
            .await,
        409,
    )
    .await;
    let dialogue = app
        .create(
            "/v1/remedy-mechanisms",
            &json!({"name": "Dialoog", "kind": "dialogue", "status": "planned",
                    "theme": "Mining", "description": "Parties meet.", "source": "Kamerbrief"}),
        )
        .await;
    assert_eq!(
        (&dialogue["covenant"], &dialogue["runBy"]),
        (&Value::Null, &Value::Null)
    );
    assert!(dialogue["_links"].get("covenant").is_none(), "{dialogue}");

    for (query, expected) in [
        ("kind=dialogue", &dialogue),
        ("status=operating", &created),
        ("covenant=textile", &created),
    ] {
        let list: Value = app
            .get(&format!("/v1/remedy-mechanisms?{query}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(list["items"], json!([expected]), "{query}");
    }
    let by_name: Value = app
        .get("/v1/remedy-mechanisms?sort=-name")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_name["items"][0]["name"], "Klachtencommissie");

    // A mechanism that closes stays on record, with its status.
    // The covenant links to them.
    let covenant: Value = app.get("/v1/covenants/textile").await.json().await.unwrap();
    assert_eq!(
        covenant["_links"]["remedyMechanisms"]["href"],
        app.url("/v1/remedy-mechanisms?covenant=textile")
    );

    let patched = app
        .send_json(Method::PATCH, &path, &json!({"status": "ended"}))
        .await;
    assert_eq!(patched.status(), 200);
    let stored: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(stored["status"], "ended");

    let refused = problem(
        app.write(Method::DELETE, "/v1/covenants/textile")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("1 remedy mechanism"),
        "{refused}"
    );
    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn invalid_mechanisms_are_refused_field_by_field() {
    let app = with_covenants(&["textile"]).await;
    let with = |changes: Value| {
        let mut body = committee("Klachtencommissie");
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
            with(json!({"description": null, "name": null})),
            vec!["#/description", "#/name"],
        ),
        (with(json!({"kind": "court"})), vec!["#/kind"]),
        (with(json!({"status": "open"})), vec!["#/status"]),
        (with(json!({"covenant": "nowhere"})), vec!["#/covenant"]),
        (with(json!({"covenant": null})), vec!["#/theme"]),
        (with(json!({"runBy": ""})), vec!["#/runBy"]),
        (with(json!({"url": "ftp://example.org"})), vec!["#/url"]),
        (with(json!({"programme": 99})), vec!["#/programme"]),
        (with(json!({"programme": "x"})), vec!["#/programme"]),
    ];
    for (body, expected) in cases {
        let mut fields = invalid_fields(
            &problem(app.post_json("/v1/remedy-mechanisms", &body).await, 400).await,
        );
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/remedy-mechanisms").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn only_admins_write_remedy_mechanisms() {
    let app = with_covenants(&["textile"]).await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/remedy-mechanisms",
                &committee("x"),
            )
            .await;
        problem(response, 403).await;
    }
}

#[actix_web::test]
async fn a_mechanism_links_the_programme_that_supports_it() {
    let app = with_covenants(&["textile"]).await;
    let project = app
        .create(
            "/v1/programmes",
            &json!({"name": "Klachtenloket", "kind": "project", "purpose": "Sets it up.",
                    "covenant": "textile", "source": "Kamerbrief"}),
        )
        .await;
    let mut body = committee("Klachtencommissie");
    body["programme"] = project["id"].clone();
    let created = app.create("/v1/remedy-mechanisms", &body).await;
    assert_eq!(created["programme"], project["id"]);
    let programme_path = format!("/v1/programmes/{}", project["id"]);
    assert_eq!(
        created["_links"]["programme"]["href"],
        app.url(&programme_path)
    );

    // The programme stays while the mechanism it supports refers to it.
    let refused = problem(
        app.write(Method::DELETE, &programme_path)
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("Klachtencommissie"),
        "{refused}"
    );
    let path = format!("/v1/remedy-mechanisms/{}", created["id"]);
    let unlinked = app
        .send_json(Method::PATCH, &path, &json!({"programme": null}))
        .await;
    assert_eq!(unlinked.status(), 200);
    let stored: Value = app.get(&path).await.json().await.unwrap();
    assert!(stored["_links"].get("programme").is_none(), "{stored}");
    let deleted = app
        .write(Method::DELETE, &programme_path)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
}
