//! Progress metrics with hand-computed expected values, including the
//! boundaries of each definition.

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

async fn json(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

/// An organisation with size facts (year, employees, assets, turnover) and
/// endorsements (endorsedOn, withdrawnOn); returns its id.
async fn company(
    app: &TestApp,
    name: &str,
    country: &str,
    facts: &[(i32, i64, i64, i64)],
    endorsements: &[(&str, Option<&str>)],
) -> i64 {
    let id = app
        .create(
            "/v1/organisations",
            &json!({"name": name, "kind": "company", "country": country}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    for (year, employees, assets, turnover) in facts {
        app.create(
            &format!("/v1/organisations/{id}/size-facts"),
            &json!({"year": year, "employees": employees, "totalAssetsEur": assets, "netTurnoverEur": turnover, "source": "test"}),
        )
        .await;
    }
    for (endorsed_on, withdrawn_on) in endorsements {
        app.create(
            &format!("/v1/organisations/{id}/oecd-endorsements"),
            &json!({"endorsedOn": endorsed_on, "withdrawnOn": withdrawn_on, "source": "test"}),
        )
        .await;
    }
    id
}

const LARGE: (i64, i64, i64) = (501, 20_000_001, 40_000_001);

#[actix_web::test]
async fn the_oecd_indicator_counts_large_dutch_companies_at_the_date() {
    let app = spawn_app().await;
    let (e, a, t) = LARGE;
    company(
        &app,
        "A large endorsing",
        "NL",
        &[(2019, e, a, t)],
        &[("2019-05-01", None)],
    )
    .await;
    company(
        &app,
        "B exactly 500 employees",
        "NL",
        &[(2019, 500, a, t)],
        &[("2019-05-01", None)],
    )
    .await;
    company(
        &app,
        "C exactly 20 million assets",
        "NL",
        &[(2019, e, 20_000_000, t)],
        &[],
    )
    .await;
    company(
        &app,
        "D withdrew",
        "NL",
        &[(2019, e, a, t), (2021, 10, 10, 10)],
        &[("2018-01-01", Some("2020-01-01"))],
    )
    .await;
    company(
        &app,
        "E grew",
        "NL",
        &[(2018, 10, 10, 10), (2020, e, a, t)],
        &[],
    )
    .await;
    company(
        &app,
        "F German",
        "DE",
        // Its 2017 facts do not start the series: it is not Dutch.
        &[(2017, 10, 10, 10), (2019, e, a, t)],
        &[("2019-05-01", None)],
    )
    .await;

    let metric = json(&app, "/v1/metrics/oecd-endorsement?asOf=2020-06-30").await;
    assert_eq!(metric["asOf"], "2020-06-30");
    // Large at 2020-06-30: A (2019 facts), D (2019; its 2021 facts are later),
    // E (2020). Endorsing: A only; D withdrew on 2020-01-01.
    assert_eq!(
        (
            metric["largeCompanies"].as_i64(),
            metric["endorsing"].as_i64()
        ),
        (Some(3), Some(1))
    );
    assert_eq!(
        metric["share"],
        json!({"value": 1.0 / 3.0, "numerator": 1.0, "denominator": 3.0})
    );
    let series: Vec<(&str, Value)> = metric["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["date"].as_str().unwrap(), p["value"].clone()))
        .collect();
    // 2018 year end: nobody large yet; 2019: A and D, both endorsing.
    assert_eq!(
        series,
        vec![
            ("2018-12-31", Value::Null),
            ("2019-12-31", json!(1.0)),
            ("2020-06-30", json!(1.0 / 3.0))
        ]
    );
    assert_eq!(metric["status"], "offTrack");
    assert_eq!(
        metric["target"],
        json!({"value": 0.9, "dueOn": "2023-12-31"})
    );

    let companies = json(
        &app,
        metric["_links"]["companies"]["href"].as_str().unwrap(),
    )
    .await;
    let counted: Vec<(&str, bool)> = companies["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap(),
                c["endorsing"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counted,
        vec![
            ("A large endorsing", true),
            ("D withdrew", false),
            ("E grew", false)
        ]
    );
    assert_eq!(companies["page"]["totalItems"], 3);

    // Past the target date, below 90%: missed. (D is no longer large: its
    // 2021 facts are the latest.)
    let late = json(&app, "/v1/metrics/oecd-endorsement?asOf=2024-01-01").await;
    assert_eq!(
        (late["largeCompanies"].as_i64(), late["endorsing"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(late["status"], "missed");
}

async fn participant(
    app: &TestApp,
    name: &str,
    role: &str,
    joined: &str,
    left: Option<&str>,
    share: Option<f64>,
) {
    let organisation = app
        .create("/v1/organisations", &json!({"name": name, "kind": if role == "company" { "company" } else { "ngo" }, "country": "NL"}))
        .await["id"]
        .as_i64()
        .unwrap();
    app.create(
        "/v1/participations",
        &json!({"covenant": "textile", "organisation": organisation, "role": role, "joinedOn": joined, "leftOn": left, "marketShare": share}),
    )
    .await;
}

#[actix_web::test]
async fn market_coverage_counts_active_participants_and_caps_the_sum() {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    participant(&app, "X", "company", "2017-01-01", None, Some(0.6)).await;
    participant(&app, "Y", "company", "2017-06-01", None, Some(0.5)).await;
    participant(
        &app,
        "Z joined later",
        "company",
        "2019-01-01",
        None,
        Some(0.2),
    )
    .await;
    participant(
        &app,
        "W left before",
        "company",
        "2016-01-01",
        Some("2018-06-01"),
        Some(0.3),
    )
    .await;
    participant(&app, "V without share", "ngo", "2017-01-01", None, None).await;
    app.create(
        "/v1/indicators",
        &json!({"code": "market-coverage", "nameNl": "Marktdekking", "nameEn": "Market coverage", "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    app.create("/v1/targets", &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5, "dueOn": "2018-12-31"})).await;
    for (value, date) in [
        (0.3, "2017-06-30"),
        (0.45, "2018-06-30"),
        (0.55, "2019-01-31"),
    ] {
        app.create(
            "/v1/measurements",
            &json!({"indicator": "market-coverage", "covenant": "textile", "value": value, "measuredOn": date, "sourceUrl": "https://example.org/report"}),
        )
        .await;
    }

    let at = json(
        &app,
        "/v1/covenants/textile/market-coverage?asOf=2018-12-31",
    )
    .await;
    assert_eq!(at["activeParticipants"], 3, "X, Y and V");
    assert_eq!(at["companyParticipants"], 2);
    assert_eq!(
        (at["computedCoverage"].as_f64(), at["capped"].as_bool()),
        (Some(1.0), Some(true)),
        "0.6 + 0.5 capped at 1"
    );
    assert_eq!(at["participantsWithoutShare"], 1);
    assert_eq!(at["participantsWithShare"], 2);
    assert_eq!(at["notComputed"], Value::Null);
    let figures: Vec<(&str, f64)> = at["reportedFigures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["measuredOn"].as_str().unwrap(),
                f["value"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        vec![("2017-06-30", 0.3), ("2018-06-30", 0.45)],
        "what was reported up to asOf"
    );
    assert_eq!(at["reportedFigures"][1]["unit"], "ratio");
    assert_eq!(
        at["reportedFigures"][1]["_links"]["source"]["href"],
        "https://example.org/report"
    );
    let reported = &at["reported"];
    assert_eq!(reported["latest"]["value"], 0.45);
    assert_eq!(
        reported["latest"]["_links"]["source"]["href"],
        "https://example.org/report"
    );
    assert_eq!(reported["gap"], 0.05);
    // The line through (2017.4932, 0.30) and (2018.4932, 0.45) reaches
    // 0.45 + 0.15 * 364/365 - 0.15 * 181/365 = 0.5252 at 2018-12-31.
    let projected = reported["projection"]["value"].as_f64().unwrap();
    assert!(
        (projected - (0.45 + 0.15 * (364.0 - 180.0) / 365.0)).abs() < 1e-9,
        "{projected}"
    );
    assert_eq!(reported["status"], "onTrack");

    let one_point = json(
        &app,
        "/v1/covenants/textile/market-coverage?asOf=2018-01-01",
    )
    .await;
    assert_eq!(
        one_point["reported"]["series"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(one_point["reported"]["status"], "insufficientData");
    assert_eq!(one_point["activeParticipants"], 4, "W had not left yet");
    let achieved = json(
        &app,
        "/v1/covenants/textile/market-coverage?asOf=2019-06-30",
    )
    .await;
    assert_eq!(
        achieved["reported"]["status"], "achieved",
        "reached, though after the date"
    );
    assert_eq!(achieved["activeParticipants"], 4, "Z joined");

    let unknown = app.get("/v1/covenants/nowhere/market-coverage").await;
    assert_eq!(unknown.status(), 404);
    let bad = app
        .get("/v1/covenants/textile/market-coverage?asOf=2018-02-30")
        .await;
    assert_eq!(bad.status(), 400);
}

/// The overview's national OECD target and the indicator's own endpoint give
/// the same figures: computed from the record, against the target recorded
/// for the indicator (not a measurement of it, and not a fixed 90%).
#[actix_web::test]
async fn the_national_oecd_target_is_shown_against_the_computed_indicator() {
    let app = spawn_app().await;
    let (e, a, t) = LARGE;
    company(&app, "A", "NL", &[(2019, e, a, t)], &[("2019-05-01", None)]).await;
    company(&app, "B", "NL", &[(2019, e, a, t)], &[]).await;
    company(&app, "C", "NL", &[(2020, e, a, t)], &[]).await;
    app.create(
        "/v1/indicators",
        &json!({"code": "oecd-endorsement", "nameNl": "OESO", "nameEn": "OECD", "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    app.create(
        "/v1/targets",
        &json!({"indicator": "oecd-endorsement", "value": 0.75, "dueOn": "2022-12-31"}),
    )
    .await;
    // A reported figure of the same indicator is not what the target is
    // measured by: the service computes it.
    app.create(
        "/v1/measurements",
        &json!({"indicator": "oecd-endorsement", "value": 0.2, "measuredOn": "2020-01-01", "sourceUrl": "https://example.org"}),
    )
    .await;

    let metric = json(&app, "/v1/metrics/oecd-endorsement?asOf=2020-06-30").await;
    let overview = json(&app, "/v1/metrics/overview?asOf=2020-06-30").await;
    let national = &overview["nationalIndicators"][0];
    assert_eq!(national["indicator"], "oecd-endorsement", "{overview}");
    assert_eq!(national["basis"], "computed");
    assert_eq!(
        metric["target"],
        json!({"value": 0.75, "dueOn": "2022-12-31"})
    );
    for member in ["target", "series", "projection", "status"] {
        assert_eq!(national[member], metric[member], "{member}");
    }
    // 2019: A of A and B endorse; at asOf: A of A, B and C.
    assert_eq!(
        metric["series"],
        json!([
            {"date": "2019-12-31", "value": 0.5, "numerator": 1.0, "denominator": 2.0},
            {"date": "2020-06-30", "value": 1.0 / 3.0, "numerator": 1.0, "denominator": 3.0}
        ])
    );
    assert_eq!(metric["status"], "offTrack");
    let latest = &national["latest"];
    assert_eq!(latest["value"], json!(1.0 / 3.0));
    assert_eq!(latest["measuredOn"], "2020-06-30");
    assert!(latest["_links"].get("measurement").is_none(), "{latest}");
    assert_eq!(
        latest["_links"]["metric"]["href"],
        metric["_links"]["self"]["href"]
    );
    assert_eq!(
        latest["_links"]["source"]["href"],
        metric["_links"]["companies"]["href"]
    );
    assert_eq!(
        national["gap"],
        json!(((0.75 - 1.0 / 3.0) * 1e12_f64).round() / 1e12)
    );

    // Before any company is large (size facts count from their year on)
    // there is no value, and no gap.
    let early = json(&app, "/v1/metrics/overview?asOf=2018-06-30").await;
    let national = &early["nationalIndicators"][0];
    assert_eq!(national["latest"], Value::Null);
    assert_eq!(national["gap"], Value::Null);
    assert_eq!(national["status"], "insufficientData");
}

#[actix_web::test]
async fn progress_follows_the_direction_of_each_indicator() {
    let app = spawn_app().await;
    app.create_covenant("gold").await;
    app.create(
        "/v1/indicators",
        &json!({"code": "incidents", "nameNl": "Incidenten", "nameEn": "Incidents", "unit": "count", "direction": "lowerIsBetter"}),
    )
    .await;
    app.create(
        "/v1/targets",
        &json!({"indicator": "incidents", "covenant": "gold", "value": 3, "dueOn": "2020-12-31"}),
    )
    .await;
    for (value, date) in [(10, "2017-12-31"), (6, "2018-12-31")] {
        app.create(
            "/v1/measurements",
            &json!({"indicator": "incidents", "covenant": "gold", "value": value, "measuredOn": date, "sourceUrl": "https://example.org"}),
        )
        .await;
    }
    let progress = json(&app, "/v1/covenants/gold/progress?asOf=2019-01-01").await;
    let target = &progress["targets"][0];
    assert_eq!(target["indicator"], "incidents");
    assert_eq!(target["gap"], 3.0, "6 still has to come down to 3");
    assert_eq!(
        target["status"], "onTrack",
        "the line falls to about -2 by 2020"
    );
    let missed = json(&app, "/v1/covenants/gold/progress?asOf=2021-01-01").await;
    assert_eq!(missed["targets"][0]["status"], "missed");
}

#[actix_web::test]
async fn the_overview_reads_the_record_as_it_stood() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let covenant = |code: &str, status: &str, signed: Option<&str>, ends: Option<&str>| json!({"code": code, "titleNl": code, "titleEn": code, "sector": "gold", "status": status, "signedOn": signed, "endsOn": ends});
    app.create(
        "/v1/covenants",
        &covenant("a-signed", "signed", Some("2016-07-04"), None),
    )
    .await;
    app.create(
        "/v1/covenants",
        &covenant("b-signed-later", "signed", Some("2018-07-05"), None),
    )
    .await;
    app.create(
        "/v1/covenants",
        &covenant("c-exploring", "exploring", None, None),
    )
    .await;
    app.create(
        "/v1/covenants",
        &covenant("d-ended", "ended", Some("2016-01-01"), Some("2017-12-31")),
    )
    .await;
    for (year, published) in [(2016, "2017-05-01"), (2017, "2018-05-01")] {
        app.create(
            "/v1/annual-reports",
            &json!({"covenant": "a-signed", "reportingYear": year, "publishedOn": published, "title": "Jaarrapportage"}),
        )
        .await;
    }
    let counts = |exploring, signed, ended| json!({"exploring": exploring, "negotiating": 0, "signed": signed, "ended": ended, "stalled": 0, "dropped": 0, "unknown": 0});
    // Each covenant counts from its first dated status on: b is signed only
    // from 2018-07-05 and nothing says what it was before; c is exploring
    // as the record said when it was written (today), not at earlier dates.
    let overview = json(&app, "/v1/metrics/overview?asOf=2018-01-01").await;
    assert_eq!(overview["covenantsByStatus"], counts(0, 1, 1));
    assert_eq!(
        overview["covenantsSignedPerYear"],
        json!([{"year": 2016, "count": 2}, {"year": 2017, "count": 0}, {"year": 2018, "count": 0}])
    );
    assert_eq!(
        overview["annualReportsPerYear"],
        json!([{"year": 2016, "count": 1}])
    );
    let later = json(&app, "/v1/metrics/overview?asOf=2018-12-31").await;
    assert_eq!(later["covenantsByStatus"], counts(0, 2, 1));
    let today = json(&app, "/v1/metrics/overview").await;
    assert_eq!(today["covenantsByStatus"], counts(1, 2, 1));
}

/// Coverage without the data to compute it is unknown, not 0: `null`, with
/// the reason as a code and a sentence, beside what was reported.
#[actix_web::test]
async fn market_coverage_without_market_shares_is_not_computed() {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    let none = json(
        &app,
        "/v1/covenants/textile/market-coverage?asOf=2018-12-31",
    )
    .await;
    assert_eq!(none["computedCoverage"], Value::Null);
    assert_eq!(none["notComputed"]["reason"], "noParticipants");
    assert!(
        none["notComputed"]["detail"]
            .as_str()
            .unwrap()
            .contains("2018-12-31"),
        "{none}"
    );
    assert_eq!(none["reportedFigures"], json!([]));

    participant(&app, "V without share", "ngo", "2017-01-01", None, None).await;
    participant(&app, "U without share", "company", "2017-01-01", None, None).await;
    let without = json(
        &app,
        "/v1/covenants/textile/market-coverage?asOf=2018-12-31",
    )
    .await;
    assert_eq!(without["activeParticipants"], 2);
    assert_eq!(without["participantsWithShare"], 0);
    assert_eq!(without["computedCoverage"], Value::Null);
    assert_eq!(without["capped"], false);
    assert_eq!(without["notComputed"]["reason"], "noMarketShares");
    assert!(
        without["notComputed"]["detail"]
            .as_str()
            .unwrap()
            .starts_with("None of the 2 participants"),
        "{without}"
    );
}
