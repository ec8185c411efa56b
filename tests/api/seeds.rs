//! The real record from the source documents: loaded into either backend,
//! idempotently, and shown through the API as the letters state it.

use imvo_tracker::{db, seeds};
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

fn load(app: &TestApp) -> seeds::Loaded {
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"))
}

async fn json(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

#[actix_web::test]
async fn seeds_load_once_and_show_the_letters_facts() {
    let app = spawn_app().await;
    let first = load(&app);
    assert!(first.inserted > 100, "{first:?}");
    assert_eq!(first.already_there, 0);
    let second = load(&app);
    assert_eq!(
        second,
        seeds::Loaded {
            inserted: 0,
            already_there: first.inserted
        },
        "running it twice changes nothing"
    );

    let signed = json(
        &app,
        "/v1/covenants?status=signed&kind=serFacilitated&sort=signedOn&pageSize=100",
    )
    .await;
    let codes: Vec<&str> = signed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 7, "{codes:?}");
    for code in ["textile", "banking", "gold", "insurance"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    let textile = json(&app, "/v1/covenants/textile").await;
    assert_eq!(
        (
            textile["signedOn"].as_str(),
            textile["signedOnPrecision"].as_str()
        ),
        (Some("2016-07-01"), Some("month"))
    );

    let van_laar = json(&app, "/v1/motions?dossier=26%20485&number=224").await;
    assert_eq!(van_laar["page"]["totalItems"], 1);
    let motion = &van_laar["items"][0];
    assert_eq!(motion["citation"], "Kamerstuk 26 485, nr. 224");
    assert_eq!(motion["submitters"][0], "Van Laar");
    assert_eq!(motion["responses"].as_array().map(Vec::len), Some(1));

    let reports = json(&app, "/v1/annual-reports?sort=publishedOn").await;
    let published: Vec<(&str, &str)> = reports["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["covenant"].as_str().unwrap(),
                r["publishedOn"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        published,
        vec![
            ("banking", "2018-08-09"),
            ("forestry", "2018-09-07"),
            ("gold", "2018-10-01")
        ]
    );

    let participants = json(
        &app,
        "/v1/measurements?covenant=textile&indicator=participants&sort=measuredOn",
    )
    .await;
    let values: Vec<f64> = participants["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, vec![56.0, 79.0]);
    let coverage = json(
        &app,
        "/v1/targets?covenant=textile&indicator=market-coverage",
    )
    .await;
    assert_eq!(coverage["items"][0]["value"], 0.5);
    let oecd = json(&app, "/v1/targets?scope=national").await;
    assert!(
        oecd["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["value"] == 0.9 && t["dueOn"] == "2023-12-31"),
        "{oecd}"
    );

    let trail = app
        .write(
            reqwest::Method::GET,
            "/v1/audit-events?actor=seed&pageSize=1",
        )
        .send()
        .await
        .unwrap();
    let trail: Value = trail.json().await.unwrap();
    assert_eq!(
        trail["page"]["totalItems"].as_u64(),
        Some(first.inserted as u64 + 1),
        "every record and the output audited"
    );
}

#[actix_web::test]
async fn the_demonstration_set_is_separate_and_marked_synthetic() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    let loaded = seeds::demo::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.inserted, seeds::demo::COMPANIES);
    let again = seeds::demo::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again.inserted, 0, "loading it twice changes nothing");

    let covenants = json(&app, "/v1/covenants").await;
    assert_eq!(
        covenants["page"]["totalItems"], 0,
        "the real record is not loaded with it"
    );
    let companies = json(&app, "/v1/organisations?pageSize=100").await;
    assert_eq!(
        companies["page"]["totalItems"].as_u64(),
        Some(seeds::demo::COMPANIES as u64)
    );
    for company in companies["items"].as_array().unwrap() {
        assert!(
            company["name"].as_str().unwrap().ends_with("(synthetic)"),
            "{company}"
        );
        assert_eq!(company["source"], seeds::demo::MARK);
    }
    let first = &companies["items"][0];
    let facts = json(&app, first["_links"]["sizeFacts"]["href"].as_str().unwrap()).await;
    assert_eq!(facts["page"]["totalItems"], 8);
    assert_eq!(facts["items"][0]["source"], seeds::demo::MARK);
}

#[actix_web::test]
async fn a_bad_seed_record_names_its_file_record_and_field() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load_file(
        &mut conn,
        "sectors.json",
        r#"[{"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}]"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let bad = r#"[
        {"code": "gold", "titleNl": "Goud", "titleEn": "Gold", "sector": "gold", "status": "signed"},
        {"code": "Bad Code", "titleNl": "X", "titleEn": "X", "sector": "nowhere", "status": "signed", "signedOn": "2017-06-19"}
    ]"#;
    let error = seeds::load_file(&mut conn, "covenants.json", bad)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("seeds/covenants.json, record 0: "),
        "{error}"
    );
    assert!(error.contains("#/signedOn"), "{error}");
    let error = seeds::load_file(&mut conn, "covenants.json", "{")
        .unwrap_err()
        .to_string();
    assert!(error.contains("not a JSON array"), "{error}");
}

#[actix_web::test]
async fn the_synthetic_set_loads_at_any_size_and_once() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    assert_eq!(
        seeds::synthetic::load(&mut conn, 1_000).unwrap_or_else(|e| panic!("{e}")),
        1_000
    );
    assert_eq!(
        seeds::synthetic::load(&mut conn, 1_000).unwrap_or_else(|e| panic!("{e}")),
        0,
        "loaded once"
    );

    let companies = json(
        &app,
        "/v1/organisations?name=synthetic%20company&pageSize=1",
    )
    .await;
    assert_eq!(companies["page"]["totalItems"], 1_000);
    assert_eq!(companies["items"][0]["source"], seeds::synthetic::MARK);
    let facts = json(
        &app,
        companies["items"][0]["_links"]["sizeFacts"]["href"]
            .as_str()
            .unwrap(),
    )
    .await;
    assert_eq!(facts["page"]["totalItems"], 5);
    let participations = json(&app, "/v1/participations?covenant=synthetic-01").await;
    assert_eq!(
        participations["page"]["totalItems"], 1,
        "ids 1000: one in a hundred, in covenant (10 % 10) + 1"
    );
    let metric = json(&app, "/v1/metrics/oecd-endorsement?asOf=2023-12-31").await;
    let counted = json(
        &app,
        "/v1/metrics/oecd-endorsement/companies?asOf=2023-12-31&pageSize=1",
    )
    .await;
    assert!(metric["largeCompanies"].as_i64().unwrap() > 0);
    assert_eq!(
        counted["page"]["totalItems"], metric["largeCompanies"],
        "the list audits the count"
    );
}
