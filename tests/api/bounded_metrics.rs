//! Every metric does bounded work whatever `asOf` says: a date outside
//! 0001-01-01 to 9999-12-31 or not spelled `YYYY-MM-DD` is a 400 naming
//! `asOf`, and any valid date answers the right figures with a bounded
//! series.

use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app};

const LARGE: (i64, i64, i64) = (501, 20_000_001, 40_000_001);
const SMALL: (i64, i64, i64) = (10, 10, 10);

/// Every endpoint that takes `asOf` (the covenant ones for `textile`).
const METRICS: [&str; 5] = [
    "/v1/metrics/oecd-endorsement",
    "/v1/metrics/oecd-endorsement/companies",
    "/v1/metrics/overview",
    "/v1/covenants/textile/market-coverage",
    "/v1/covenants/textile/progress",
];

async fn json(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(status, 200, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

/// A Dutch company with size facts (year, figures) and endorsements.
async fn company(
    app: &TestApp,
    name: &str,
    facts: &[(i32, (i64, i64, i64))],
    endorsements: &[(&str, Option<&str>)],
) {
    let id = app
        .create(
            "/v1/organisations",
            &json!({"name": name, "kind": "company", "country": "NL"}),
        )
        .await["id"]
        .as_i64()
        .unwrap();
    for (year, (employees, assets, turnover)) in facts {
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
}

/// Size facts from 2010, a covenant `textile` signed on 2016-07-04 with a
/// market-coverage target and measurement.
async fn with_record() -> TestApp {
    let app = spawn_app().await;
    company(&app, "A", &[(2010, LARGE)], &[("2012-03-01", None)]).await;
    company(&app, "B", &[(2010, SMALL), (2020, LARGE)], &[]).await;
    company(
        &app,
        "C",
        &[(2015, LARGE)],
        &[("2016-01-01", Some("2021-06-01"))],
    )
    .await;
    app.create_covenant("textile").await;
    app.create(
        "/v1/indicators",
        &json!({"code": "market-coverage", "nameNl": "Marktdekking", "nameEn": "Market coverage", "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    app.create(
        "/v1/targets",
        &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5, "dueOn": "2018-12-31"}),
    )
    .await;
    app.create(
        "/v1/measurements",
        &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.3, "measuredOn": "2017-06-30", "sourceUrl": "https://example.org/report"}),
    )
    .await;
    app
}

fn series(metric: &Value) -> Vec<(String, Value)> {
    metric["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["date"].as_str().unwrap().to_owned(), p["value"].clone()))
        .collect()
}

#[actix_web::test]
async fn an_as_of_outside_the_four_digit_years_or_not_canonical_is_a_400_naming_it() {
    let app = with_record().await;
    let bad = [
        "%2B262142-01-01",
        "%2B2019-01-01",
        "2019-1-1",
        "2019-01-1",
        "10000-01-01",
        "0000-12-31",
        "-0001-01-01",
        "2018-02-30",
        "20190101",
        "2019-01-01T00:00:00Z",
        "%202019-01-01",
        "2019%2F01%2F01",
        "2%C3%A99-01-01",
        "",
    ];
    for path in METRICS {
        for value in bad {
            let body = problem(app.get(&format!("{path}?asOf={value}")).await, 400).await;
            assert_eq!(invalid_fields(&body), vec!["asOf"], "{path}?asOf={value}");
            let detail = body["errors"][0]["detail"].as_str().unwrap();
            assert!(
                detail.contains("YYYY-MM-DD") && detail.contains("0001-01-01 to 9999-12-31"),
                "{path}?asOf={value}: {detail}"
            );
        }
    }
}

#[actix_web::test]
async fn the_first_and_last_four_digit_dates_answer_every_metric() {
    let app = with_record().await;
    for path in METRICS {
        for date in ["0001-01-01", "9999-12-31"] {
            let figure = json(&app, &format!("{path}?asOf={date}")).await;
            assert_eq!(figure["asOf"], date, "{path}");
        }
    }

    let first = json(&app, "/v1/metrics/oecd-endorsement?asOf=0001-01-01").await;
    assert_eq!(series(&first), vec![("0001-01-01".to_owned(), Value::Null)]);
    assert_eq!(
        (
            first["largeCompanies"].as_i64(),
            first["endorsing"].as_i64()
        ),
        (Some(0), Some(0))
    );
    let companies = json(
        &app,
        "/v1/metrics/oecd-endorsement/companies?asOf=9999-12-31",
    )
    .await;
    let counted: Vec<(&str, bool)> = companies["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["endorsing"] == true))
        .collect();
    assert_eq!(counted, vec![("A", true), ("B", false), ("C", false)]);
    let progress = json(&app, "/v1/covenants/textile/progress?asOf=9999-12-31").await;
    assert_eq!(progress["targets"][0]["status"], "missed");
    assert_eq!(progress["targets"][0]["latest"]["value"], 0.3);
}

#[actix_web::test]
async fn the_oecd_series_has_at_most_fifteen_points_at_any_date() {
    let app = with_record().await;
    // The dates that used to run one SQL term per year: 500s and seconds.
    for (as_of, from) in [
        ("2600-12-31", "2586-12-31"),
        ("2900-12-31", "2886-12-31"),
        ("9999-12-31", "9985-12-31"),
    ] {
        let metric = json(&app, &format!("/v1/metrics/oecd-endorsement?asOf={as_of}")).await;
        let points = series(&metric);
        assert_eq!(points.len(), 15, "{as_of}");
        assert_eq!(points[0].0, from);
        assert_eq!(points[14].0, as_of);
        // Long after the last change: A, B and C large, A alone endorsing.
        assert!(
            points.iter().all(|(_, v)| *v == json!(1.0 / 3.0)),
            "{points:?}"
        );
        assert_eq!(
            (
                metric["largeCompanies"].as_i64(),
                metric["endorsing"].as_i64()
            ),
            (Some(3), Some(1))
        );
        assert_eq!(metric["status"], "missed");
        let projected = metric["projection"]["value"].as_f64().unwrap();
        assert!((projected - 1.0 / 3.0).abs() < 1e-9, "{projected}");
        assert_eq!(
            metric["_links"]["self"]["href"],
            app.url(&format!("/v1/metrics/oecd-endorsement?asOf={as_of}"))
        );
    }
}

#[actix_web::test]
async fn a_windowed_series_shows_the_same_shares_as_each_year_end() {
    let app = with_record().await;
    // Facts from 2010; the window starts 14 years before 2030.
    let metric = json(&app, "/v1/metrics/oecd-endorsement?asOf=2030-06-30").await;
    let points = series(&metric);
    let mut expected: Vec<(String, Value)> = (2016..=2029)
        .map(|year| {
            let share = match year {
                // A and C large and endorsing; B still small.
                ..=2019 => json!(1.0),
                // B large from its 2020 facts.
                2020 => json!(2.0 / 3.0),
                // C withdrew on 2021-06-01.
                _ => json!(1.0 / 3.0),
            };
            (format!("{year}-12-31"), share)
        })
        .collect();
    expected.push(("2030-06-30".to_owned(), json!(1.0 / 3.0)));
    assert_eq!(points, expected);
    for (date, share) in &points[..3] {
        let alone = json(&app, &format!("/v1/metrics/oecd-endorsement?asOf={date}")).await;
        assert_eq!(alone["share"]["value"], *share, "{date}");
    }

    // Before the window's limit the series starts at the first facts.
    let early = json(&app, "/v1/metrics/oecd-endorsement?asOf=2012-03-01").await;
    assert_eq!(
        series(&early),
        vec![
            ("2010-12-31".to_owned(), json!(0.0)),
            ("2011-12-31".to_owned(), json!(0.0)),
            ("2012-03-01".to_owned(), json!(1.0)),
        ]
    );
    assert_eq!(early["endorsing"], 1, "A endorsed on the day");
}

#[actix_web::test]
async fn the_overview_counts_signings_for_at_most_fifty_years() {
    let app = with_record().await;
    let years = |overview: &Value| -> Vec<(i64, i64)> {
        overview["covenantsSignedPerYear"]
            .as_array()
            .unwrap()
            .iter()
            .map(|y| (y["year"].as_i64().unwrap(), y["count"].as_i64().unwrap()))
            .collect()
    };
    // textile was signed on 2016-07-04.
    let last_with_it = json(&app, "/v1/metrics/overview?asOf=2065-12-31").await;
    let expected: Vec<(i64, i64)> = (2016..=2065)
        .map(|year| (year, i64::from(year == 2016)))
        .collect();
    assert_eq!(years(&last_with_it), expected);
    let later = json(&app, "/v1/metrics/overview?asOf=2066-01-01").await;
    assert_eq!(years(&later).first(), Some(&(2017, 0)));
    assert_eq!(years(&later).len(), 50);

    let far = json(&app, "/v1/metrics/overview?asOf=9999-12-31").await;
    let expected: Vec<(i64, i64)> = (9950..=9999).map(|year| (year, 0)).collect();
    assert_eq!(years(&far), expected);
    assert_eq!(
        far["covenantsByStatus"],
        json!({"exploring": 0, "negotiating": 0, "signed": 1, "ended": 0, "stalled": 0, "dropped": 0, "unknown": 0})
    );
    let before = json(&app, "/v1/metrics/overview?asOf=0001-01-01").await;
    assert_eq!(years(&before), vec![]);
    assert_eq!(
        before["covenantsByStatus"],
        json!({"exploring": 0, "negotiating": 0, "signed": 0, "ended": 0, "stalled": 0, "dropped": 0, "unknown": 0}),
        "nothing is known of the track before its first dated status"
    );
}
