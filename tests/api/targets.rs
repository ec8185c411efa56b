//! Targets: covenant and national, unit and baseline rules, scope.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, spawn_app, token};

#[actix_web::test]
async fn targets_are_set_for_covenants_and_nationally() {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    for (code, unit) in [("market-coverage", "ratio"), ("oecd-endorsement", "ratio")] {
        app.create(
            "/v1/indicators",
            &json!({"code": code, "nameNl": code, "nameEn": code, "unit": unit, "direction": "higherIsBetter"}),
        )
        .await;
    }
    let coverage = app
        .create(
            "/v1/targets",
            &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5, "dueOn": "2018-12-31",
                    "baselineValue": 0.3, "baselineOn": "2016-07-04"}),
        )
        .await;
    assert_eq!(coverage["scope"], "covenant");
    let national = app
        .create(
            "/v1/targets",
            &json!({"indicator": "oecd-endorsement", "value": 0.9, "dueOn": "2023-12-31"}),
        )
        .await;
    assert_eq!(national["scope"], "national");
    let listed: Value = app
        .get("/v1/targets?scope=national")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"], json!([national]));
    let of_textile: Value = app
        .get("/v1/targets?covenant=textile")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(of_textile["items"], json!([coverage]));

    let cases = [
        (
            json!({"indicator": "market-coverage", "value": 50, "dueOn": "2018-12-31"}),
            vec!["#/value"],
        ),
        (
            json!({"indicator": "market-coverage", "value": 0.5, "dueOn": "2018-12-31", "baselineValue": 0.3}),
            vec!["#/baselineOn"],
        ),
        (
            json!({"indicator": "market-coverage", "value": 0.5, "dueOn": "2018-12-31", "baselineValue": 0.2, "baselineOn": "2019-01-01"}),
            vec!["#/baselineOn"],
        ),
        (
            json!({"indicator": "market-coverage", "value": 5, "dueOn": "2018-12-31", "baselineValue": 3, "baselineOn": "2017-01-01"}),
            vec!["#/baselineValue", "#/value"],
        ),
        (
            json!({"indicator": "nothing", "covenant": "nowhere", "value": 1, "dueOn": "2018-12-31"}),
            vec!["#/covenant", "#/indicator"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/targets", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let body = problem(
        app.write(Method::DELETE, "/v1/covenants/textile")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("1 target"),
        "{body}"
    );

    let secretariat = token(Role::Secretariat, &["textile"]);
    let own = format!("/v1/targets/{}", coverage["id"]);
    assert_eq!(
        app.send_json_as(&secretariat, Method::PATCH, &own, &json!({"value": 0.55}))
            .await
            .status(),
        200
    );
    let national_path = format!("/v1/targets/{}", national["id"]);
    problem(
        app.send_json_as(
            &secretariat,
            Method::PATCH,
            &national_path,
            &json!({"value": 0.95}),
        )
        .await,
        403,
    )
    .await;
    problem(
        app.send_json_as(
            &secretariat,
            Method::PATCH,
            &own,
            &json!({"covenant": null}),
        )
        .await,
        403,
    )
    .await;
}

/// A value and its unit agree: `ratio` is a share from 0 to 1 (0.45 is
/// 45%), `percent` a percentage from 0 to 100; each refuses the other's
/// range, naming the value and the unit.
#[actix_web::test]
async fn ratio_and_percent_values_keep_to_their_ranges() {
    let app = spawn_app().await;
    for (code, unit) in [("coverage-ratio", "ratio"), ("coverage-percent", "percent")] {
        app.create(
            "/v1/indicators",
            &json!({"code": code, "nameNl": code, "nameEn": code, "unit": unit, "direction": "higherIsBetter"}),
        )
        .await;
    }
    let ratio = app
        .create(
            "/v1/targets",
            &json!({"indicator": "coverage-ratio", "value": 0.5, "dueOn": "2018-12-31"}),
        )
        .await;
    assert_eq!(ratio["value"], 0.5);
    let percent = app
        .create(
            "/v1/targets",
            &json!({"indicator": "coverage-percent", "value": 50, "dueOn": "2018-12-31"}),
        )
        .await;
    assert_eq!(percent["value"], 50.0);
    for (indicator, value, unit) in [
        ("coverage-ratio", 45.0, "`ratio`"),
        ("coverage-ratio", -0.1, "`ratio`"),
        ("coverage-percent", 145.0, "`percent`"),
    ] {
        let body = problem(
            app.post_json(
                "/v1/targets",
                &json!({"indicator": indicator, "value": value, "dueOn": "2019-12-31"}),
            )
            .await,
            400,
        )
        .await;
        assert_eq!(invalid_fields(&body), vec!["#/value"], "{body}");
        assert!(body.to_string().contains(unit), "{body}");
    }
    let listed: Value = app
        .get("/v1/indicators?unit=ratio")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["code"], "coverage-ratio");
    assert_eq!(listed["page"]["totalItems"], 1);
}
