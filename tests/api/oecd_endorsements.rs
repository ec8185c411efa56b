//! OECD endorsements: periods per organisation that must not overlap, their
//! rules, the `activeOn` filter, and who may write them.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};
use crate::organisations::company;

fn endorsement(from: &str, to: Option<&str>) -> Value {
    json!({
        "endorsedOn": from,
        "withdrawnOn": to,
        "evidenceUrl": "https://www.example.nl/mvo/oeso-richtlijnen",
        "source": "Transparantiebenchmark 2018",
    })
}

async fn with_company() -> (TestApp, String) {
    let app = spawn_app().await;
    let id = company(&app, "Koninklijke Ahold Delhaize N.V.").await;
    (app, format!("/v1/organisations/{id}/oecd-endorsements"))
}

fn starts(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["endorsedOn"].as_str().unwrap())
        .collect()
}

#[actix_web::test]
async fn an_endorsement_is_recorded_and_withdrawn() {
    let (app, path) = with_company().await;
    let response = app.post_json(&path, &endorsement("2018-01-01", None)).await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(location, format!("{path}/{id}"));
    assert_eq!(created["_links"]["self"]["href"], app.url(&location));
    assert_eq!(created["withdrawnOn"], Value::Null);
    assert_eq!(created["source"], "Transparantiebenchmark 2018");
    assert_eq!(
        app.get(&location).await.json::<Value>().await.unwrap(),
        created
    );

    let withdrawn = app
        .send_json(
            Method::PATCH,
            &location,
            &json!({"withdrawnOn": "2021-03-01"}),
        )
        .await;
    assert_eq!(withdrawn.status(), 200);
    let withdrawn: Value = withdrawn.json().await.unwrap();
    assert_eq!(withdrawn["withdrawnOn"], "2021-03-01");
    assert_eq!(withdrawn["endorsedOn"], "2018-01-01");

    let replaced = app
        .send_json(
            Method::PUT,
            &location,
            &json!({"endorsedOn": "2017-06-01", "source": "Jaarverslag 2017"}),
        )
        .await;
    assert_eq!(replaced.status(), 200);
    let replaced: Value = replaced.json().await.unwrap();
    assert_eq!(replaced["withdrawnOn"], Value::Null);
    assert_eq!(replaced["evidenceUrl"], Value::Null);

    let deleted = app.write(Method::DELETE, &location).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&location).await, 404).await;
}

#[actix_web::test]
async fn endorsement_rules_are_checked() {
    let (app, path) = with_company().await;
    let cases = [
        (
            endorsement("2018-01-01", Some("2017-12-31")),
            vec!["#/withdrawnOn"],
        ),
        (endorsement("2018-02-30", None), vec!["#/endorsedOn"]),
        (
            json!({"endorsedOn": "2018-01-01", "evidenceUrl": "javascript:alert(1)", "source": "x"}),
            vec!["#/evidenceUrl"],
        ),
        (json!({"endorsedOn": "2018-01-01"}), vec!["#/source"]),
        (
            json!({"source": "Transparantiebenchmark 2018"}),
            vec!["#/endorsedOn"],
        ),
        (
            json!({"endorsedOn": "2018-01-01", "source": "x", "organisation": 1}),
            vec!["#/organisation"],
        ),
        (
            json!({"endorsedOn": "2018-01-01", "withdrawnOn": "2017-01-01", "source": ""}),
            vec!["#/source", "#/withdrawnOn"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields = invalid_fields(&problem(app.post_json(&path, &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let same_day = app
        .create(&path, &endorsement("2018-01-01", Some("2018-01-01")))
        .await;
    assert_eq!(
        same_day["withdrawnOn"], "2018-01-01",
        "not before, so equal is allowed"
    );
}

#[actix_web::test]
async fn endorsement_periods_of_one_organisation_do_not_overlap() {
    let (app, path) = with_company().await;
    let first = app
        .create(&path, &endorsement("2016-01-01", Some("2018-01-01")))
        .await;
    let first_id = first["id"].as_i64().unwrap();
    // Periods end the day before `withdrawnOn`, so the next may start on it.
    let second = app.create(&path, &endorsement("2018-01-01", None)).await;
    let second_id = second["id"].as_i64().unwrap();

    for (body, names) in [
        (endorsement("2019-05-01", None), second_id),
        (endorsement("2015-01-01", Some("2016-01-02")), first_id),
        (endorsement("2017-01-01", Some("2017-02-01")), first_id),
        (endorsement("2010-01-01", None), first_id),
    ] {
        let conflict = problem(app.post_json(&path, &body).await, 409).await;
        let detail = conflict["detail"].as_str().unwrap();
        assert!(
            detail.contains(&format!("endorsement {names} ")),
            "{body}: {detail}"
        );
    }
    app.create(&path, &endorsement("2015-01-01", Some("2016-01-01")))
        .await;

    let reopened = app
        .send_json(
            Method::PATCH,
            &format!("{path}/{first_id}"),
            &json!({"withdrawnOn": null}),
        )
        .await;
    problem(reopened, 409).await;
    let shifted = app
        .send_json(
            Method::PATCH,
            &format!("{path}/{second_id}"),
            &json!({"endorsedOn": "2018-06-01"}),
        )
        .await;
    assert_eq!(shifted.status(), 200, "a period does not overlap itself");

    let other = company(&app, "Other B.V.").await;
    let other_path = format!("/v1/organisations/{other}/oecd-endorsements");
    app.create(&other_path, &endorsement("2017-01-01", None))
        .await;
    problem(app.get(&format!("{other_path}/{first_id}")).await, 404).await;
    problem(
        app.send_json(
            Method::PATCH,
            &format!("{other_path}/{first_id}"),
            &json!({"source": "x"}),
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn endorsements_filter_by_date_and_sort() {
    let (app, path) = with_company().await;
    app.create(&path, &endorsement("2018-01-01", None)).await;
    app.create(&path, &endorsement("2014-01-01", Some("2016-01-01")))
        .await;
    let get = |query: &str| {
        let url = format!("{path}{query}");
        let app = &app;
        async move { app.get(&url).await.json::<Value>().await.unwrap() }
    };
    assert_eq!(starts(&get("").await), vec!["2014-01-01", "2018-01-01"]);
    assert_eq!(
        starts(&get("?sort=-endorsedOn").await),
        vec!["2018-01-01", "2014-01-01"]
    );
    assert_eq!(
        starts(&get("?activeOn=2015-12-31").await),
        vec!["2014-01-01"]
    );
    assert!(
        starts(&get("?activeOn=2016-01-01").await).is_empty(),
        "withdrawn that day"
    );
    assert!(starts(&get("?activeOn=2017-12-31").await).is_empty());
    assert_eq!(
        starts(&get("?activeOn=2018-01-01").await),
        vec!["2018-01-01"]
    );
    assert_eq!(
        starts(&get("?activeOn=2030-01-01").await),
        vec!["2018-01-01"]
    );
    for query in ["?activeOn=today", "?sort=source"] {
        let body = problem(app.get(&format!("{path}{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
    }
    problem(
        app.get("/v1/organisations/999/oecd-endorsements").await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn only_admins_write_endorsements() {
    let (app, path) = with_company().await;
    let id = app.create(&path, &endorsement("2018-01-01", None)).await["id"]
        .as_i64()
        .unwrap();
    for role_token in [
        token(Role::Secretariat, &["textile"]),
        token(Role::Reader, &[]),
    ] {
        for (method, target) in [
            (Method::POST, path.clone()),
            (Method::PUT, format!("{path}/{id}")),
            (Method::PATCH, format!("{path}/{id}")),
            (Method::DELETE, format!("{path}/{id}")),
            (Method::DELETE, format!("{path}/999")),
        ] {
            let response = app
                .send_json_as(
                    &role_token,
                    method.clone(),
                    &target,
                    &endorsement("2019-01-01", None),
                )
                .await;
            problem(response, 403).await;
        }
    }
    let list: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(starts(&list), vec!["2018-01-01"]);
}

#[actix_web::test]
async fn writes_under_an_unknown_organisation_are_not_found() {
    let (app, path) = with_company().await;
    let id = app.create(&path, &endorsement("2018-01-01", None)).await["id"]
        .as_i64()
        .unwrap();
    let unknown = "/v1/organisations/999/oecd-endorsements";
    for (method, target) in [
        (Method::POST, unknown.to_owned()),
        (Method::PUT, format!("{unknown}/{id}")),
        (Method::PATCH, format!("{unknown}/{id}")),
        (Method::DELETE, format!("{unknown}/{id}")),
    ] {
        let response = app
            .send_json(method.clone(), &target, &endorsement("2019-01-01", None))
            .await;
        let body = problem(response, 404).await;
        assert_eq!(
            body["detail"], "There is no organisation with id 999.",
            "{method} {target}"
        );
    }
    let list: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(starts(&list), vec!["2018-01-01"]);
}
