//! `/v1/metrics/covenants`: every covenant's figures and the national ones
//! in one call, each the figure its own endpoint answers.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, with_covenants};

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

#[actix_web::test]
async fn one_call_holds_every_covenants_figures_as_their_own_endpoints_give_them() {
    let app = with_covenants(&["textile", "gold"]).await;
    for (name, joined, left, share) in [
        ("Weverij", "2016-09-01", None, Some(0.2)),
        ("Spinnerij", "2017-03-01", Some("2018-06-30"), Some(0.1)),
        ("Ververij", "2018-02-01", None, None),
    ] {
        let organisation = app
            .create(
                "/v1/organisations",
                &json!({"name": name, "kind": "company", "country": "NL"}),
            )
            .await;
        app.create(
            "/v1/participations",
            &json!({"covenant": "textile", "organisation": organisation["id"], "role": "company",
                    "joinedOn": joined, "leftOn": left, "marketShare": share}),
        )
        .await;
    }
    app.create(
        "/v1/indicators",
        &json!({"code": "market-coverage", "nameNl": "Marktdekking", "nameEn": "Market coverage",
                "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    app.create(
        "/v1/targets",
        &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5, "dueOn": "2018-12-31"}),
    )
    .await;

    let as_of = "2019-06-30";
    let dashboard = json_of(&app, &format!("/v1/metrics/covenants?asOf={as_of}")).await;
    assert_eq!(dashboard["asOf"], as_of);
    let covenants = dashboard["covenants"].as_array().unwrap();
    let codes: Vec<&str> = covenants
        .iter()
        .map(|c| c["covenant"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["gold", "textile"]);
    let textile = &covenants[1];
    assert_eq!(textile["status"], "signed");
    assert_eq!(textile["titleNl"], "Convenant textile");
    assert_eq!(
        textile["participants"],
        json!([
            {"year": 2016, "count": 1},
            {"year": 2017, "count": 2},
            {"year": 2018, "count": 2},
            {"year": 2019, "count": 2}
        ]),
        "at each year end, the last at asOf; one left in 2018 and one joined"
    );
    assert_eq!(covenants[0]["participants"], json!([]));
    let coverage = json_of(
        &app,
        &format!("/v1/covenants/textile/market-coverage?asOf={as_of}"),
    )
    .await;
    assert_eq!(textile["coverage"], coverage);
    let progress = json_of(
        &app,
        &format!("/v1/covenants/textile/progress?asOf={as_of}"),
    )
    .await;
    assert_eq!(textile["targets"], progress["targets"]);
    assert_eq!(textile["targets"].as_array().unwrap().len(), 1);
    assert_eq!(
        dashboard["overview"],
        json_of(&app, &format!("/v1/metrics/overview?asOf={as_of}")).await
    );
    assert_eq!(
        dashboard["oecdEndorsement"],
        json_of(&app, &format!("/v1/metrics/oecd-endorsement?asOf={as_of}")).await
    );
    assert!(
        textile["_links"]["progress"]["href"]
            .as_str()
            .unwrap()
            .ends_with("/v1/covenants/textile/progress?asOf=2019-06-30")
    );

    // Before a track began, it is not on the dashboard.
    let early = json_of(&app, "/v1/metrics/covenants?asOf=2015-01-01").await;
    assert_eq!(early["covenants"], json!([]));

    // In CSV, a row per covenant.
    let text = app
        .request(Method::GET, &format!("/v1/metrics/covenants?asOf={as_of}"))
        .header("accept", "text/csv")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("covenant,titleNl,titleEn,status,participants,coverage."));
    assert!(lines[2].starts_with("textile,"));
}
