//! NGO assessments: recorded on a covenant or a theme, shown with the
//! covenant's progress once known at `asOf`, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, spawn_app, token, with_covenants};

fn shadow_report(title: &str, covenant: &str) -> Value {
    json!({
        "title": title,
        "kind": "shadowReport",
        "author": "Schone Kleren Campagne",
        "covenant": covenant,
        "publishedOn": "2018-10-01",
        "publishedOnPrecision": "month",
        "findings": "Few brands disclose what they do about living wages.",
        "url": "https://schonekleren.nl",
        "source": "Schone Kleren Campagne, schaduwrapport 2018",
    })
}

async fn assessments_in_progress(app: &crate::helpers::TestApp, as_of: &str) -> Vec<String> {
    let progress: Value = app
        .get(&format!("/v1/covenants/textile/progress?asOf={as_of}"))
        .await
        .json()
        .await
        .unwrap();
    progress["ngoAssessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn an_assessment_of_a_covenant_shows_with_its_progress_from_its_date() {
    let app = with_covenants(&["textile", "gold"]).await;
    let created = app
        .create(
            "/v1/ngo-assessments",
            &shadow_report("Schaduwrapport textiel", "textile"),
        )
        .await;
    let path = format!("/v1/ngo-assessments/{}", created["id"]);
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );
    assert_eq!(
        (&created["publishedOn"], &created["publishedOnPrecision"]),
        (&json!("2018-10-01"), &json!("month"))
    );
    problem(
        app.post_json(
            "/v1/ngo-assessments",
            &shadow_report("Schaduwrapport textiel", "gold"),
        )
        .await,
        409,
    )
    .await;

    // Undated: known from the day it was recorded.
    let mut undated = shadow_report("Ongedateerde beoordeling", "textile");
    undated["kind"] = json!("assessment");
    for member in ["publishedOn", "publishedOnPrecision"] {
        undated.as_object_mut().unwrap().remove(member);
    }
    app.create("/v1/ngo-assessments", &undated).await;
    let mut themed = shadow_report("Goud en kinderarbeid", "gold");
    themed.as_object_mut().unwrap().remove("covenant");
    themed["theme"] = json!("Child labour in gold mining");
    let themed = app.create("/v1/ngo-assessments", &themed).await;
    assert_eq!(themed["covenant"], Value::Null);
    assert!(themed["_links"].get("covenant").is_none(), "{themed}");

    assert_eq!(
        assessments_in_progress(&app, "2018-09-30").await,
        Vec::<String>::new()
    );
    assert_eq!(
        assessments_in_progress(&app, "2018-10-01").await,
        ["Schaduwrapport textiel"]
    );
    assert_eq!(
        assessments_in_progress(&app, "9999-12-31").await,
        ["Schaduwrapport textiel", "Ongedateerde beoordeling"]
    );

    let of_textile: Value = app
        .get("/v1/ngo-assessments?covenant=textile&sort=-publishedOn")
        .await
        .json()
        .await
        .unwrap();
    let titles: Vec<&str> = of_textile["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Schaduwrapport textiel", "Ongedateerde beoordeling"],
        "dated first, unknown dates last"
    );
    let reports: Value = app
        .get("/v1/ngo-assessments?kind=shadowReport")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(reports["page"]["totalItems"], 2);

    // The covenant cannot go while an assessment is about it.
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
            .contains("NGO assessment"),
        "{refused}"
    );

    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn invalid_assessments_are_refused_field_by_field() {
    let app = with_covenants(&["textile"]).await;
    let with = |changes: Value| {
        let mut body = shadow_report("Beoordeling", "textile");
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
            with(json!({"findings": null, "author": null})),
            vec!["#/author", "#/findings"],
        ),
        (with(json!({"kind": "blog"})), vec!["#/kind"]),
        (with(json!({"covenant": "nowhere"})), vec!["#/covenant"]),
        // About something: a covenant, a theme or both.
        (with(json!({"covenant": null})), vec!["#/theme"]),
        (
            with(json!({"publishedOn": "2018-10-15"})),
            vec!["#/publishedOn"],
        ),
        (
            with(json!({"publishedOn": null})),
            vec!["#/publishedOnPrecision"],
        ),
        (with(json!({"url": "ftp://example.org"})), vec!["#/url"]),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/ngo-assessments", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/ngo-assessments").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn only_admins_write_ngo_assessments() {
    let app = with_covenants(&["textile"]).await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/ngo-assessments",
                &shadow_report("x", "textile"),
            )
            .await;
        problem(response, 403).await;
    }
    let unauthenticated = spawn_app().await;
    let list = unauthenticated.get("/v1/ngo-assessments").await;
    assert_eq!(list.status(), 200, "anyone reads them");
}
