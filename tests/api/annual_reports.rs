//! Annual reports: CRUD, one per covenant and year, the covenant reference
//! and the secretariat's scope (also when moving a report).

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{invalid_fields, problem, spawn_app, token};

fn report(covenant: &str, year: i32, published_on: &str) -> Value {
    json!({
        "covenant": covenant,
        "reportingYear": year,
        "publishedOn": published_on,
        "title": format!("Jaarrapportage {covenant} {year}"),
    })
}

#[actix_web::test]
async fn reports_are_recorded_per_covenant_and_year() {
    let app = spawn_app().await;
    app.create_covenant("banking").await;
    app.create_covenant("gold").await;
    let banking = app
        .create("/v1/annual-reports", &report("banking", 2017, "2018-08-09"))
        .await;
    assert_eq!(
        banking["_links"]["covenant"]["href"],
        app.url("/v1/covenants/banking")
    );
    app.create("/v1/annual-reports", &report("gold", 2017, "2018-10-01"))
        .await;
    app.create("/v1/annual-reports", &report("banking", 2018, "2019-07-01"))
        .await;

    let of_banking: Value = app
        .get("/v1/annual-reports?covenant=banking&sort=-reportingYear")
        .await
        .json()
        .await
        .unwrap();
    let years: Vec<i64> = of_banking["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reportingYear"].as_i64().unwrap())
        .collect();
    assert_eq!(years, vec![2018, 2017]);
    let of_2017: Value = app
        .get("/v1/annual-reports?year=2017&sort=publishedOn")
        .await
        .json()
        .await
        .unwrap();
    let covenants: Vec<&str> = of_2017["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["covenant"].as_str().unwrap())
        .collect();
    assert_eq!(covenants, vec!["banking", "gold"]);

    problem(
        app.post_json("/v1/annual-reports", &report("banking", 2017, "2018-09-01"))
            .await,
        409,
    )
    .await;
    let cases = [
        (report("nowhere", 2017, "2018-01-01"), vec!["#/covenant"]),
        (report("banking", 2019, "2018-12-31"), vec!["#/publishedOn"]),
        (
            report("banking", 1800, "2018-12-31"),
            vec!["#/reportingYear"],
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            invalid_fields(&problem(app.post_json("/v1/annual-reports", &body).await, 400).await),
            expected,
            "{body}"
        );
    }

    let body = problem(
        app.write(Method::DELETE, "/v1/covenants/banking")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("2017, 2018"),
        "{body}"
    );
}

#[actix_web::test]
async fn a_secretariat_writes_only_its_own_reports() {
    let app = spawn_app().await;
    app.create_covenant("banking").await;
    app.create_covenant("gold").await;
    let own = app
        .create("/v1/annual-reports", &report("banking", 2017, "2018-08-09"))
        .await;
    let other = app
        .create("/v1/annual-reports", &report("gold", 2017, "2018-10-01"))
        .await;
    let banking = token(Role::Secretariat, &["banking"]);
    let own_path = format!("/v1/annual-reports/{}", own["id"]);
    let other_path = format!("/v1/annual-reports/{}", other["id"]);

    let created = app
        .send_json_as(
            &banking,
            Method::POST,
            "/v1/annual-reports",
            &report("banking", 2018, "2019-07-01"),
        )
        .await;
    assert_eq!(created.status(), 201);
    let patched = app
        .send_json_as(
            &banking,
            Method::PATCH,
            &own_path,
            &json!({"summary": "Three working groups started."}),
        )
        .await;
    assert_eq!(patched.status(), 200);

    for (method, path, body) in [
        (
            Method::POST,
            "/v1/annual-reports".to_owned(),
            report("gold", 2018, "2019-07-01"),
        ),
        (
            Method::PATCH,
            other_path.clone(),
            json!({"summary": "Not mine."}),
        ),
        (
            Method::PUT,
            other_path.clone(),
            report("gold", 2017, "2018-10-01"),
        ),
        (Method::DELETE, other_path.clone(), json!({})),
        // A report that does not exist: told alike, without revealing it.
        (
            Method::PATCH,
            "/v1/annual-reports/999999".to_owned(),
            json!({"summary": "x"}),
        ),
        // Moving its own report to another covenant.
        (
            Method::PATCH,
            own_path.clone(),
            json!({"covenant": "gold", "reportingYear": 2016}),
        ),
        (
            Method::PUT,
            own_path.clone(),
            report("gold", 2016, "2018-08-09"),
        ),
    ] {
        problem(
            app.send_json_as(&banking, method.clone(), &path, &body)
                .await,
            403,
        )
        .await;
    }
    let reader = app
        .send_json_as(
            &token(Role::Reader, &[]),
            Method::PATCH,
            &own_path,
            &json!({"summary": "x"}),
        )
        .await;
    problem(reader, 403).await;
    let stored: Value = app.get(&own_path).await.json().await.unwrap();
    assert_eq!(stored["covenant"], "banking");
    let gold: Value = app.get(&other_path).await.json().await.unwrap();
    assert_eq!(gold["summary"], Value::Null);
}

#[actix_web::test]
async fn a_secretariat_is_told_alike_of_another_covenants_report_and_a_missing_one() {
    let app = spawn_app().await;
    app.create_covenant("banking").await;
    app.create_covenant("gold").await;
    let other = app
        .create("/v1/annual-reports", &report("gold", 2017, "2018-10-01"))
        .await;
    let banking = token(Role::Secretariat, &["banking"]);
    let other_path = format!("/v1/annual-reports/{}", other["id"]);

    let mut details = Vec::new();
    for path in [other_path.as_str(), "/v1/annual-reports/999999"] {
        let response = app
            .send_json_as(&banking, Method::PATCH, path, &json!({"summary": "x"}))
            .await;
        details.push(problem(response, 403).await["detail"].clone());
    }
    assert_eq!(details[0], details[1]);
    let gold: Value = app.get(&other_path).await.json().await.unwrap();
    assert_eq!(gold, other);
}

#[actix_web::test]
async fn a_patch_with_null_clears_an_optional_member() {
    let app = spawn_app().await;
    app.create_covenant("banking").await;
    let mut body = report("banking", 2017, "2018-08-09");
    body["summary"] = json!("The first year.");
    body["url"] = json!("https://www.imvoconvenanten.nl/banken");
    let created = app.create("/v1/annual-reports", &body).await;
    let path = format!("/v1/annual-reports/{}", created["id"]);

    let patched = app
        .send_json(Method::PATCH, &path, &json!({"summary": null}))
        .await;
    assert_eq!(patched.status(), 200);

    let stored: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(stored["summary"], Value::Null);
    assert_eq!(stored["url"], "https://www.imvoconvenanten.nl/banken");
}
