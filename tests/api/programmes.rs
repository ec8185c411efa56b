//! Funds, budgets and projects: recorded on a covenant or a theme, with a
//! budget only beside the words that say what it covers, admin-only writes.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, token, with_covenants};

fn project(name: &str) -> Value {
    json!({
        "name": name,
        "kind": "project",
        "purpose": "Living-wage pilots with garment factories.",
        "runBy": "Fair Wear",
        "covenant": "textile",
        "startsOn": "2018-01-01",
        "startsOnPrecision": "year",
        "budgetEur": 1_500_000,
        "budgetAsStated": "1,5 miljoen euro over drie jaar",
        "source": "Jaarrapportage textielconvenant 2018",
    })
}

#[actix_web::test]
async fn a_programme_is_recorded_listed_and_kept_while_its_covenant_stays() {
    let app = with_covenants(&["textile", "gold"]).await;
    let created = app
        .create("/v1/programmes", &project("Leefbaar loon"))
        .await;
    let path = format!("/v1/programmes/{}", created["id"]);
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );
    assert_eq!(
        (&created["budgetEur"], &created["startsOnPrecision"]),
        (&json!(1_500_000), &json!("year"))
    );
    problem(
        app.post_json("/v1/programmes", &project("Leefbaar loon"))
            .await,
        409,
    )
    .await;
    let fund = app
        .create(
            "/v1/programmes",
            &json!({"name": "Fonds", "kind": "fund", "purpose": "Projects.",
                    "theme": "Value chains", "source": "Kamerbrief"}),
        )
        .await;
    assert_eq!(
        (&fund["covenant"], &fund["startsOn"]),
        (&Value::Null, &Value::Null)
    );

    let funds: Value = app
        .get("/v1/programmes?kind=fund")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(funds["items"], json!([fund]));
    let of_textile: Value = app
        .get("/v1/programmes?covenant=textile&sort=-startsOn")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(of_textile["items"][0]["id"], created["id"]);
    assert_eq!(of_textile["page"]["totalItems"], 1);

    // Results arrive later; the budget stays with its words.
    let patched = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"results": "Wages rose in 12 factories."}),
        )
        .await;
    assert_eq!(patched.status(), 200);

    let refused = problem(
        app.write(Method::DELETE, "/v1/covenants/textile")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        refused["detail"].as_str().unwrap().contains("programme"),
        "{refused}"
    );
    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn invalid_programmes_are_refused_field_by_field() {
    let app = with_covenants(&["textile"]).await;
    let with = |changes: Value| {
        let mut body = project("Project");
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
            with(json!({"purpose": null, "name": null})),
            vec!["#/name", "#/purpose"],
        ),
        (with(json!({"kind": "grant"})), vec!["#/kind"]),
        (with(json!({"covenant": "nowhere"})), vec!["#/covenant"]),
        (with(json!({"covenant": null})), vec!["#/theme"]),
        (with(json!({"budgetEur": -1})), vec!["#/budgetEur"]),
        (
            with(json!({"budgetAsStated": null})),
            vec!["#/budgetAsStated"],
        ),
        (
            with(json!({"endsOn": "2017-01-01", "endsOnPrecision": "year"})),
            vec!["#/endsOn"],
        ),
        (with(json!({"startsOn": "2018-03-01"})), vec!["#/startsOn"]),
        (with(json!({"url": "ftp://example.org"})), vec!["#/url"]),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/programmes", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/programmes").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn only_admins_write_programmes() {
    let app = with_covenants(&["textile"]).await;
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/programmes",
                &project("x"),
            )
            .await;
        problem(response, 403).await;
    }
}
