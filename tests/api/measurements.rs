//! Indicators and measurements: units, directions, exactly one source,
//! ratios, scope, and the secretariat's covenant scope.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app, token};

async fn indicator(app: &TestApp, code: &str, unit: &str) -> Value {
    app.create(
        "/v1/indicators",
        &json!({"code": code, "nameNl": code, "nameEn": code, "unit": unit, "direction": "higherIsBetter"}),
    )
    .await
}

async fn setup() -> (TestApp, i64) {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    app.create_covenant("gold").await;
    indicator(&app, "market-coverage", "ratio").await;
    indicator(&app, "participants", "count").await;
    let letter = app
        .create(
            "/v1/letters",
            &json!({"sentOn": "2018-11-13", "subject": "Voortgang", "minister": "Minister BHOS"}),
        )
        .await;
    (app, letter["id"].as_i64().unwrap())
}

fn coverage(value: f64, letter: i64) -> Value {
    json!({"indicator": "market-coverage", "covenant": "textile", "value": value, "measuredOn": "2018-06-30", "letter": letter})
}

#[actix_web::test]
async fn measurements_are_recorded_with_their_source() {
    let (app, letter) = setup().await;
    let created = app
        .create("/v1/measurements", &coverage(0.45, letter))
        .await;
    assert_eq!(created["scope"], "covenant");
    assert_eq!(
        created["_links"]["source"]["href"],
        app.url(&format!("/v1/letters/{letter}"))
    );
    let national = app
        .create(
            "/v1/measurements",
            &json!({"indicator": "participants", "value": 79, "measuredOn": "2018-11-13", "sourceUrl": "https://www.ser.nl/imvo"}),
        )
        .await;
    assert_eq!(national["scope"], "national");
    assert_eq!(national["covenant"], Value::Null);
    let ratio = app
        .create(
            "/v1/measurements",
            &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.45, "numerator": 45, "denominator": 100,
                    "measuredOn": "2018-12-31", "sourceUrl": "https://www.imvoconvenanten.nl"}),
        )
        .await;
    assert_eq!(ratio["numerator"], 45.0);

    let of_textile: Value = app
        .get("/v1/measurements?covenant=textile&sort=-measuredOn")
        .await
        .json()
        .await
        .unwrap();
    let dates: Vec<&str> = of_textile["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["measuredOn"].as_str().unwrap())
        .collect();
    assert_eq!(dates, vec!["2018-12-31", "2018-06-30"]);
    let national_only: Value = app
        .get("/v1/measurements?scope=national")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(national_only["page"]["totalItems"], 1);
    let from_letter: Value = app
        .get(&format!("/v1/measurements?letter={letter}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(from_letter["items"][0]["id"], created["id"]);

    let body = problem(
        app.write(Method::DELETE, &format!("/v1/letters/{letter}"))
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains(&created["id"].to_string()),
        "{body}"
    );
    let body = problem(
        app.write(Method::DELETE, "/v1/indicators/market-coverage")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("2 measurement"),
        "{body}"
    );
    let unit_change = app
        .send_json(
            Method::PATCH,
            "/v1/indicators/market-coverage",
            &json!({"unit": "count"}),
        )
        .await;
    problem(unit_change, 409).await;
    let body = problem(
        app.write(Method::DELETE, "/v1/covenants/textile")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("measurement"),
        "{body}"
    );
}

/// "circa 45 procent" is stored as 0.45 `approximately`; a value given
/// without a qualifier is `exact`; the qualifier is corrected like any field
/// and goes with the value into the metrics that show it.
#[actix_web::test]
async fn a_measurement_says_how_its_value_relates_to_its_source() {
    let (app, letter) = setup().await;
    let mut body = coverage(0.45, letter);
    body["qualifier"] = json!("approximately");
    let created = app.create("/v1/measurements", &body).await;
    assert_eq!(created["qualifier"], "approximately");
    let path = format!("/v1/measurements/{}", created["id"]);
    let read: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(read["qualifier"], "approximately");

    let mut plain = coverage(0.5, letter);
    plain["measuredOn"] = json!("2018-09-30");
    assert_eq!(
        app.create("/v1/measurements", &plain).await["qualifier"],
        "exact"
    );

    let reported: Value = app
        .get("/v1/covenants/textile/market-coverage?asOf=2018-07-01")
        .await
        .json()
        .await
        .unwrap();
    let figure = &reported["reportedFigures"][0];
    assert_eq!(
        (figure["value"].as_f64(), figure["qualifier"].as_str()),
        (Some(0.45), Some("approximately")),
        "{reported}"
    );

    let corrected = app
        .send_json(Method::PATCH, &path, &json!({"qualifier": "moreThan"}))
        .await;
    assert_eq!(corrected.status(), 200);
    let corrected: Value = corrected.json().await.unwrap();
    assert_eq!(corrected["qualifier"], "moreThan");
    assert_eq!(corrected["value"], 0.45);
}

#[actix_web::test]
async fn invalid_measurements_are_refused_field_by_field() {
    let (app, letter) = setup().await;
    let report = app
        .create(
            "/v1/annual-reports",
            &json!({"covenant": "gold", "reportingYear": 2017, "publishedOn": "2018-10-01", "title": "Eerste jaarrapportage"}),
        )
        .await;
    let report = report["id"].as_i64().unwrap();
    let with = |changes: Value| {
        let mut body = coverage(0.45, letter);
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
        (with(json!({"value": 45})), vec!["#/value"]),
        (
            with(json!({"indicator": "participants", "value": 2.5})),
            vec!["#/value"],
        ),
        (with(json!({"indicator": "unknown"})), vec!["#/indicator"]),
        (with(json!({"covenant": "unknown"})), vec!["#/covenant"]),
        (
            with(json!({"indicator": "unknown", "covenant": "unknown"})),
            vec!["#/covenant", "#/indicator"],
        ),
        (with(json!({"letter": 999_999})), vec!["#/letter"]),
        (with(json!({"letter": null})), vec!["#"]),
        (
            with(json!({"sourceUrl": "https://example.org"})),
            vec!["#/letter", "#/sourceUrl"],
        ),
        (with(json!({"numerator": 45})), vec!["#/denominator"]),
        (
            with(json!({"numerator": 45, "denominator": 0})),
            vec!["#/denominator"],
        ),
        (
            with(json!({"numerator": 40, "denominator": 100})),
            vec!["#/value"],
        ),
        (
            with(json!({"letter": null, "annualReport": report})),
            vec!["#/annualReport"],
        ),
        (
            with(json!({"measuredOn": "2018-02-30"})),
            vec!["#/measuredOn"],
        ),
        (with(json!({"qualifier": "about"})), vec!["#/qualifier"]),
        (
            with(json!({"qualifier": "Approximately"})),
            vec!["#/qualifier"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/measurements", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/measurements").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn a_secretariat_writes_only_its_own_covenant_figures() {
    let (app, letter) = setup().await;
    let own = app
        .create("/v1/measurements", &coverage(0.45, letter))
        .await;
    let own_path = format!("/v1/measurements/{}", own["id"]);
    let textile = token(Role::Secretariat, &["textile"]);

    let mut gold = coverage(0.3, letter);
    gold["covenant"] = json!("gold");
    let mut national = coverage(0.3, letter);
    national.as_object_mut().unwrap().remove("covenant");
    // Another date: one value per indicator, covenant and date.
    let mut later = coverage(0.5, letter);
    later["measuredOn"] = json!("2018-12-31");
    let created = app
        .send_json_as(&textile, Method::POST, "/v1/measurements", &later)
        .await;
    assert_eq!(created.status(), 201);
    for (method, path, body) in [
        (Method::POST, "/v1/measurements".to_owned(), gold.clone()),
        (Method::POST, "/v1/measurements".to_owned(), national),
        (Method::PATCH, own_path.clone(), json!({"covenant": "gold"})),
        (Method::PATCH, own_path.clone(), json!({"covenant": null})),
        (Method::PUT, own_path.clone(), gold),
    ] {
        problem(
            app.send_json_as(&textile, method.clone(), &path, &body)
                .await,
            403,
        )
        .await;
    }
    let fixed = app
        .send_json_as(&textile, Method::PATCH, &own_path, &json!({"value": 0.46}))
        .await;
    assert_eq!(fixed.status(), 200);
    let stored: Value = app.get(&own_path).await.json().await.unwrap();
    assert_eq!(
        (stored["covenant"].as_str(), stored["value"].as_f64()),
        (Some("textile"), Some(0.46))
    );
    for role in [Role::Secretariat, Role::Reader] {
        let response = app
            .send_json_as(
                &token(role, &["textile"]),
                Method::POST,
                "/v1/indicators",
                &json!({"code": "x-y", "nameNl": "x", "nameEn": "x", "unit": "count", "direction": "lowerIsBetter"}),
            )
            .await;
        problem(response, 403).await;
    }
}

#[actix_web::test]
async fn a_second_value_for_the_same_date_is_refused_naming_the_first() {
    let (app, letter) = setup().await;
    let first = app
        .create("/v1/measurements", &coverage(0.45, letter))
        .await;
    let id = first["id"].as_i64().unwrap();
    let again = app
        .post_json("/v1/measurements", &coverage(0.47, letter))
        .await;
    let body = problem(again, 409).await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("Measurement {id} ")),
        "{body}"
    );
    // The same date for another covenant, or national, is another figure.
    let mut gold = coverage(0.2, letter);
    gold["covenant"] = json!("gold");
    app.create("/v1/measurements", &gold).await;
    // Moving another measurement onto the first's date is refused too; the
    // first may be replaced with itself.
    let mut later = coverage(0.5, letter);
    later["measuredOn"] = json!("2018-12-31");
    let later = app.create("/v1/measurements", &later).await;
    let moved = app
        .send_json(
            Method::PUT,
            &format!("/v1/measurements/{}", later["id"]),
            &coverage(0.5, letter),
        )
        .await;
    problem(moved, 409).await;
    let replaced = app
        .send_json(
            Method::PUT,
            &format!("/v1/measurements/{id}"),
            &coverage(0.46, letter),
        )
        .await;
    assert_eq!(replaced.status(), 200);
    let listed: Value = app
        .get("/v1/measurements?covenant=textile&indicator=market-coverage")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["page"]["totalItems"], 2);
}
