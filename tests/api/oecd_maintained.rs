//! The 90% indicator maintained on write equals the full computation: after
//! random interleavings of organisation, size-fact and endorsement creates,
//! updates and deletes, some of them concurrent, every figure, series and
//! projection included, and every page of the companies list, is what the
//! full computation (a `knownAt` read at the present instant) gives; and
//! `metrics verify` finds nothing. Its companies list pages by cursor.

use chrono::{NaiveDate, SecondsFormat, Utc};
use futures_util::future::join_all;
use imvo_tracker::oecd_counts::check;
use imvo_tracker::{db, migrations};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app};

const AS_OF: [&str; 8] = [
    "2015-12-31",
    "2016-01-01",
    "2017-06-30",
    "2019-01-01",
    "2020-12-31",
    "2022-03-15",
    "2024-12-31",
    "2031-01-01",
];

/// A small deterministic generator (xorshift64*), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.below(items.len() as u64) as usize])
    }

    /// Sizes around the "large" thresholds, so that facts cross them.
    fn size(&mut self) -> (i64, i64, i64) {
        (
            [480, 500, 501, 900][self.below(4) as usize],
            [19_000_000, 20_000_000, 20_000_001, 90_000_000][self.below(4) as usize],
            [40_000_000, 40_000_001, 70_000_000][self.below(3) as usize],
        )
    }

    fn day(&mut self) -> NaiveDate {
        NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(self.below(3400))
    }
}

/// An organisation's records as the API lists them now.
struct Organisation {
    id: i64,
    years: Vec<i64>,
    endorsements: Vec<i64>,
}

async fn items(app: &TestApp, path: &str) -> Vec<Value> {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    let body: Value = response.json().await.unwrap();
    body["items"].as_array().unwrap().clone()
}

/// The organisations still there, with their size-fact years and
/// endorsement ids.
async fn current(app: &TestApp, ids: &[i64]) -> Vec<Organisation> {
    let mut found = Vec::new();
    for &id in ids {
        if app.get(&format!("/v1/organisations/{id}")).await.status() == 404 {
            continue;
        }
        let facts = items(
            app,
            &format!("/v1/organisations/{id}/size-facts?pageSize=100"),
        )
        .await;
        let endorsements = items(
            app,
            &format!("/v1/organisations/{id}/oecd-endorsements?pageSize=100"),
        )
        .await;
        found.push(Organisation {
            id,
            years: facts.iter().map(|f| f["year"].as_i64().unwrap()).collect(),
            endorsements: endorsements
                .iter()
                .map(|e| e["id"].as_i64().unwrap())
                .collect(),
        });
    }
    found
}

/// One random write: (method, path, body).
fn write(rng: &mut Rng, organisations: &[Organisation]) -> (Method, String, Option<Value>) {
    let Some(org) = (!organisations.is_empty())
        .then(|| &organisations[rng.below(organisations.len() as u64) as usize])
    else {
        return create_organisation(rng);
    };
    let id = org.id;
    match rng.below(20) {
        0 | 1 => create_organisation(rng),
        2 => (
            Method::PATCH,
            format!("/v1/organisations/{id}"),
            Some(json!({
                "country": if rng.below(3) == 0 { "DE" } else { "NL" },
                "kind": if rng.below(4) == 0 { "ngo" } else { "company" },
            })),
        ),
        3 => (Method::DELETE, format!("/v1/organisations/{id}"), None),
        4..=8 => {
            let (employees, assets, turnover) = rng.size();
            (
                Method::POST,
                format!("/v1/organisations/{id}/size-facts"),
                Some(json!({
                    "year": 2015 + rng.below(10), "employees": employees,
                    "totalAssetsEur": assets, "netTurnoverEur": turnover, "source": "property test",
                })),
            )
        }
        9..=11 => match rng.pick(&org.years) {
            Some(year) => {
                let (employees, assets, _) = rng.size();
                (
                    Method::PATCH,
                    format!("/v1/organisations/{id}/size-facts/{year}"),
                    Some(json!({"employees": employees, "totalAssetsEur": assets})),
                )
            }
            None => create_organisation(rng),
        },
        12 => match rng.pick(&org.years) {
            Some(year) => (
                Method::DELETE,
                format!("/v1/organisations/{id}/size-facts/{year}"),
                None,
            ),
            None => create_organisation(rng),
        },
        13..=16 => {
            let endorsed_on = rng.day();
            let withdrawn_on =
                (rng.below(3) == 0).then(|| endorsed_on + chrono::Days::new(1 + rng.below(900)));
            (
                Method::POST,
                format!("/v1/organisations/{id}/oecd-endorsements"),
                Some(json!({
                    "endorsedOn": endorsed_on, "withdrawnOn": withdrawn_on, "source": "property test",
                })),
            )
        }
        17 | 18 => match rng.pick(&org.endorsements) {
            Some(endorsement) => {
                let withdrawn_on = (rng.below(2) == 0).then(|| rng.day());
                (
                    Method::PATCH,
                    format!("/v1/organisations/{id}/oecd-endorsements/{endorsement}"),
                    Some(json!({"withdrawnOn": withdrawn_on})),
                )
            }
            None => create_organisation(rng),
        },
        _ => match rng.pick(&org.endorsements) {
            Some(endorsement) => (
                Method::DELETE,
                format!("/v1/organisations/{id}/oecd-endorsements/{endorsement}"),
                None,
            ),
            None => create_organisation(rng),
        },
    }
}

fn create_organisation(rng: &mut Rng) -> (Method, String, Option<Value>) {
    let n = rng.below(1_000_000);
    (
        Method::POST,
        "/v1/organisations".into(),
        Some(json!({
            // Names that differ in case only, to check the list's order.
            "name": if n % 2 == 0 { format!("company {n}") } else { format!("Company {n}") },
            "kind": "company",
            "country": if rng.below(5) == 0 { "DE" } else { "NL" },
        })),
    )
}

/// Sends one write as admin; any answer but a server error will do (a
/// concurrent write may have removed what it names, or it may overlap).
async fn send(app: &TestApp, (method, path, body): (Method, String, Option<Value>)) -> Option<i64> {
    let mut request = app.write(method.clone(), &path);
    if let Some(body) = &body {
        let kind = if method == Method::PATCH {
            "application/merge-patch+json"
        } else {
            "application/json"
        };
        request = request.header("content-type", kind).body(body.to_string());
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(
        !status.is_server_error(),
        "{method} {path} {body:?}: {status} {text}"
    );
    (path == "/v1/organisations" && status == StatusCode::CREATED)
        .then(|| serde_json::from_str::<Value>(&text).unwrap()["id"].as_i64())
        .flatten()
}

/// The present instant, for a `knownAt` read of today's record by the full
/// computation. A millisecond later than every write so far.
async fn present() -> String {
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// Every company on every page, following `next`.
async fn all_companies(app: &TestApp, first: &str) -> (Vec<Value>, Value) {
    let mut companies = Vec::new();
    let mut page = json_of(app, first).await;
    let total = page["page"]["totalItems"].clone();
    loop {
        companies.extend(page["items"].as_array().unwrap().iter().cloned());
        let Some(next) = page["_links"]["next"]["href"].as_str().map(str::to_owned) else {
            break;
        };
        page = json_of(app, &next).await;
    }
    (companies, total)
}

/// The maintained figures equal the full computation's at every date;
/// answers whether any large company endorsed at any of them.
async fn assert_maintained_equals_computed(app: &TestApp, batch: usize) -> bool {
    let mut endorsing = false;
    let now = present().await;
    let known = now.replace(':', "%3A");
    for as_of in AS_OF {
        let path = format!("/v1/metrics/oecd-endorsement?asOf={as_of}");
        let maintained = json_of(app, &path).await;
        let computed = json_of(app, &format!("{path}&knownAt={known}")).await;
        assert_eq!(
            maintained, computed,
            "batch {batch}, asOf {as_of}: maintained, then computed"
        );
        endorsing |= maintained["endorsing"].as_i64() > Some(0);
    }
    for as_of in ["2019-01-01", "2024-12-31"] {
        let path = format!("/v1/metrics/oecd-endorsement/companies?asOf={as_of}&pageSize=3");
        let (maintained, total) = all_companies(app, &path).await;
        let (computed, computed_total) =
            all_companies(app, &format!("{path}&knownAt={known}")).await;
        assert_eq!(maintained, computed, "batch {batch}, companies at {as_of}");
        assert_eq!(total, computed_total);
        assert_eq!(total, json!(maintained.len()), "the list audits the count");
    }
    endorsing
}

fn verify(app: &TestApp) -> check::Verification {
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    check::verify(&mut conn, Utc::now().date_naive()).expect("a verification")
}

#[actix_web::test]
async fn the_maintained_indicator_equals_the_full_computation_after_random_writes() {
    let app = spawn_app().await;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut ids = Vec::new();
    for _ in 0..6 {
        ids.extend(send(&app, create_organisation(&mut rng)).await);
    }
    let mut endorsing = false;
    for batch in 0..14 {
        let organisations = current(&app, &ids).await;
        // Eight writes at once, over few organisations: some of them to
        // the same organisation, the same day's counts, or both.
        let writes: Vec<_> = (0..8).map(|_| write(&mut rng, &organisations)).collect();
        let created = join_all(writes.into_iter().map(|w| send(&app, w))).await;
        ids.extend(created.into_iter().flatten());
        endorsing |= assert_maintained_equals_computed(&app, batch).await;
    }
    assert!(endorsing, "the writes made some large company endorse");
    let found = verify(&app);
    assert!(found.agrees(), "{found:?}");
    assert!(found.organisations > 0, "some companies were counted");
}

#[actix_web::test]
async fn concurrent_writes_to_different_organisations_lose_no_count() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for n in 0..24 {
        ids.push(
            app.create(
                "/v1/organisations",
                &json!({"name": format!("Company {n:02}"), "kind": "company", "country": "NL"}),
            )
            .await["id"]
                .as_i64()
                .unwrap(),
        );
    }
    // Every company large from the same new year and endorsing from the
    // same day: all of them change the same days' counts at once.
    let fact = json!({"year": 2020, "employees": 501, "totalAssetsEur": 20_000_001, "netTurnoverEur": 40_000_001, "source": "test"});
    let app = &app;
    let facts = ids.iter().map(|id| {
        let (path, fact) = (format!("/v1/organisations/{id}/size-facts"), &fact);
        async move { app.post_json(&path, fact).await }
    });
    for response in join_all(facts).await {
        assert_eq!(response.status(), 201);
    }
    let endorsement = json!({"endorsedOn": "2021-03-01", "source": "test"});
    let endorsements = ids.iter().map(|id| {
        let (path, endorsement) = (
            format!("/v1/organisations/{id}/oecd-endorsements"),
            &endorsement,
        );
        async move { app.post_json(&path, endorsement).await }
    });
    for response in join_all(endorsements).await {
        assert_eq!(response.status(), 201);
    }
    let metric = json_of(app, "/v1/metrics/oecd-endorsement?asOf=2021-12-31").await;
    assert_eq!(metric["largeCompanies"], 24);
    assert_eq!(metric["endorsing"], 24);
    let earlier = json_of(app, "/v1/metrics/oecd-endorsement?asOf=2021-02-28").await;
    assert_eq!(
        (
            earlier["largeCompanies"].clone(),
            earlier["endorsing"].clone()
        ),
        (json!(24), json!(0))
    );
    // Half of them shrink at once, and the other half are deleted at once.
    let (shrink, delete) = ids.split_at(12);
    let writes = shrink
        .iter()
        .map(|id| {
            app.write(
                Method::PATCH,
                &format!("/v1/organisations/{id}/size-facts/2020"),
            )
            .header("content-type", "application/merge-patch+json")
            .body(r#"{"employees": 10}"#)
            .send()
        })
        .chain(delete.iter().map(|id| {
            app.write(Method::DELETE, &format!("/v1/organisations/{id}"))
                .send()
        }));
    for response in join_all(writes).await {
        assert!(response.unwrap().status().is_success());
    }
    let metric = json_of(app, "/v1/metrics/oecd-endorsement?asOf=2021-12-31").await;
    assert_eq!(
        (
            metric["largeCompanies"].clone(),
            metric["endorsing"].clone()
        ),
        (json!(0), json!(0))
    );
    assert!(!assert_maintained_equals_computed(app, 0).await);
    let found = verify(app);
    assert!(found.agrees(), "{found:?}");
}

#[actix_web::test]
async fn a_database_that_had_records_before_gets_the_indicator_built_and_rebuild_repairs_it() {
    let app = spawn_app().await;
    for n in 0..3 {
        let id = app
            .create(
                "/v1/organisations",
                &json!({"name": format!("Company {n}"), "kind": "company", "country": "NL"}),
            )
            .await["id"]
            .as_i64()
            .unwrap();
        app.create(
            &format!("/v1/organisations/{id}/size-facts"),
            &json!({"year": 2019, "employees": 501, "totalAssetsEur": 20_000_001, "netTurnoverEur": 40_000_001, "source": "test"}),
        )
        .await;
    }
    let before = json_of(&app, "/v1/metrics/oecd-endorsement?asOf=2020-06-30").await;
    assert_eq!(before["largeCompanies"], 3);
    let mut conn = db::connect(&app.database).unwrap();
    // As a database looks right after the migration that added the tables.
    use diesel::connection::SimpleConnection;
    conn.batch_execute(
        "DELETE FROM oecd_counted_spans; DELETE FROM oecd_count_changes; \
         UPDATE maintained_figures SET rebuilt_at = NULL",
    )
    .unwrap();
    let found = verify(&app);
    assert_eq!(found.differing_organisations, 3, "{found:?}");
    assert!(!found.differing_counts.is_empty());
    migrations::run(&mut conn).expect("a start");
    assert!(verify(&app).agrees());
    // Damaged again: a rebuild repairs it.
    conn.batch_execute("UPDATE oecd_count_changes SET large_companies = large_companies + 5")
        .unwrap();
    assert!(!verify(&app).agrees());
    let rebuilt = check::rebuild(&mut conn).unwrap();
    assert_eq!((rebuilt.organisations, rebuilt.spans), (3, 3));
    assert!(verify(&app).agrees());
    let after = json_of(&app, "/v1/metrics/oecd-endorsement?asOf=2020-06-30").await;
    assert_eq!(after["largeCompanies"], 3);
}

#[actix_web::test]
async fn the_companies_list_pages_by_cursor_and_refuses_what_is_not_one() {
    let app = spawn_app().await;
    for name in ["beta", "Alpha", "alpha", "Gamma", "delta"] {
        let id = app
            .create(
                "/v1/organisations",
                &json!({"name": name, "kind": "company", "country": "NL"}),
            )
            .await["id"]
            .as_i64()
            .unwrap();
        app.create(
            &format!("/v1/organisations/{id}/size-facts"),
            &json!({"year": 2019, "employees": 501, "totalAssetsEur": 20_000_001, "netTurnoverEur": 40_000_001, "source": "test"}),
        )
        .await;
    }
    let base = "/v1/metrics/oecd-endorsement/companies?asOf=2020-01-01&pageSize=2";
    let first = json_of(&app, base).await;
    assert_eq!(first["page"], json!({"size": 2, "totalItems": 5}));
    assert!(
        first["_links"]["first"]["href"]
            .as_str()
            .unwrap()
            .ends_with(base)
    );
    let (companies, _) = all_companies(&app, base).await;
    let names: Vec<&str> = companies
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    // By name compared case-insensitively, then by id.
    assert_eq!(names, ["Alpha", "alpha", "beta", "delta", "Gamma"]);
    let second = json_of(&app, first["_links"]["next"]["href"].as_str().unwrap()).await;
    let last = json_of(&app, second["_links"]["next"]["href"].as_str().unwrap()).await;
    assert_eq!(last["items"].as_array().unwrap().len(), 1);
    assert!(
        last["_links"].get("next").is_none(),
        "no next on the last page"
    );
    for (query, field) in [
        ("after=not-a-cursor", "after"),
        ("after=WyJhIl0", "after"),
        ("pageSize=0", "pageSize"),
        ("pageSize=101", "pageSize"),
        ("page=2", "page"),
        ("sort=name", "sort"),
    ] {
        let path = format!("/v1/metrics/oecd-endorsement/companies?{query}");
        let body = problem(app.get(&path).await, 400).await;
        assert_eq!(invalid_fields(&body), [field], "{query}");
    }
}

#[actix_web::test]
async fn an_organisation_deleted_while_its_records_are_written_leaves_the_counts_right() {
    let app = spawn_app().await;
    let app = &app;
    let large = json!({"employees": 501, "totalAssetsEur": 20_000_001, "netTurnoverEur": 40_000_001, "source": "test"});
    let mut ids = Vec::new();
    for n in 0..12 {
        let id = app
            .create(
                "/v1/organisations",
                &json!({"name": format!("Company {n}"), "kind": "company", "country": "NL"}),
            )
            .await["id"]
            .as_i64()
            .unwrap();
        let mut fact = large.clone();
        fact["year"] = json!(2019);
        app.create(&format!("/v1/organisations/{id}/size-facts"), &fact)
            .await;
        ids.push(id);
    }
    // Each organisation deleted while a size fact and an endorsement of it
    // are written: every answer is one the API documents, none a 500.
    let writes = ids.iter().flat_map(|id| {
        let mut fact = large.clone();
        fact["year"] = json!(2021);
        [
            (
                Method::POST,
                format!("/v1/organisations/{id}/size-facts"),
                Some(fact),
            ),
            (
                Method::POST,
                format!("/v1/organisations/{id}/oecd-endorsements"),
                Some(json!({"endorsedOn": "2020-01-01", "source": "test"})),
            ),
            (Method::DELETE, format!("/v1/organisations/{id}"), None),
        ]
    });
    join_all(writes.map(|w| send(app, w))).await;
    assert_maintained_equals_computed(app, 0).await;
    let found = verify(app);
    assert!(found.agrees(), "{found:?}");
}
