//! Governance bodies: recorded on a covenant, unique by name within it,
//! kept while their covenant stays, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, token, with_covenants};

fn committee(covenant: &str) -> Value {
    json!({
        "covenant": covenant,
        "kind": "monitoringCommittee",
        "name": "Monitoringscommissie",
        "duties": "Supervises the monitoring of progress.",
        "membersAsStated": "Drie onafhankelijke leden",
        "source": "Jaarrapportage 2018",
    })
}

#[actix_web::test]
async fn a_body_is_recorded_per_covenant_and_kept_while_its_covenant_stays() {
    let app = with_covenants(&["textile", "gold"]).await;
    let created = app
        .create("/v1/governance-bodies", &committee("textile"))
        .await;
    let path = format!("/v1/governance-bodies/{}", created["id"]);
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );
    assert_eq!(
        (&created["kind"], &created["membersAsStated"]),
        (
            &json!("monitoringCommittee"),
            &json!("Drie onafhankelijke leden")
        )
    );
    // The same name in the same covenant is one body; in another, another.
    problem(
        app.post_json("/v1/governance-bodies", &committee("textile"))
            .await,
        409,
    )
    .await;
    let of_gold = app
        .create(
            "/v1/governance-bodies",
            &json!({"covenant": "gold", "kind": "steeringGroup", "name": "Stuurgroep",
                    "duties": "Steers.", "source": "Kamerbrief"}),
        )
        .await;
    assert_eq!(of_gold["membersAsStated"], Value::Null);

    let steering: Value = app
        .get("/v1/governance-bodies?kind=steeringGroup")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(steering["items"], json!([of_gold]));
    let all: Value = app
        .get("/v1/governance-bodies?sort=-covenant")
        .await
        .json()
        .await
        .unwrap();
    let covenants: Vec<&Value> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|body| &body["covenant"])
        .collect();
    assert_eq!(covenants, [&json!("textile"), &json!("gold")]);

    // The covenant links to them.
    let covenant: Value = app.get("/v1/covenants/textile").await.json().await.unwrap();
    assert_eq!(
        covenant["_links"]["governanceBodies"]["href"],
        app.url("/v1/governance-bodies?covenant=textile")
    );

    let patched = app
        .send_json(Method::PATCH, &path, &json!({"membersAsStated": null}))
        .await;
    assert_eq!(patched.status(), 200);
    let stored: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(stored["membersAsStated"], Value::Null);

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
            .contains("1 governance body"),
        "{refused}"
    );
    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn invalid_bodies_are_refused_field_by_field() {
    let app = with_covenants(&["textile"]).await;
    let with = |changes: Value| {
        let mut body = committee("textile");
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
            with(json!({"duties": null, "name": null})),
            vec!["#/duties", "#/name"],
        ),
        (with(json!({"kind": "board"})), vec!["#/kind"]),
        (with(json!({"covenant": "nowhere"})), vec!["#/covenant"]),
        (with(json!({"covenant": null})), vec!["#/covenant"]),
        (with(json!({"name": " Stuurgroep"})), vec!["#/name"]),
        (with(json!({"url": "ftp://example.org"})), vec!["#/url"]),
    ];
    for (body, expected) in cases {
        let mut fields = invalid_fields(
            &problem(app.post_json("/v1/governance-bodies", &body).await, 400).await,
        );
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/governance-bodies").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn only_admins_write_governance_bodies() {
    let app = with_covenants(&["textile"]).await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/governance-bodies",
                &committee("textile"),
            )
            .await;
        problem(response, 403).await;
    }
}
