//! `knownAt` (issue #17): every read answers, on request, as the service
//! would have answered at an earlier instant of transaction time. A version
//! of a record is known from its `updatedAt`, a delete from the instant of
//! its change-feed event; `asOf` (valid time) combines with it.

use std::time::Duration;

use imvo_tracker::{db, seeds};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app};

/// How a client writes an instant: RFC 3339, UTC, to the millisecond.
fn written(instant: chrono::DateTime<chrono::Utc>) -> String {
    instant.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// The instant now by the server's clock, past every write made before
/// (timestamps are stored to the millisecond) and before any made after.
async fn instant() -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    let now = written(db::now().and_utc());
    tokio::time::sleep(Duration::from_millis(5)).await;
    now
}

/// `instant` moved by `millis` milliseconds.
fn shifted(instant: &str, millis: i64) -> String {
    let parsed = chrono::DateTime::parse_from_rfc3339(instant)
        .unwrap_or_else(|e| panic!("{instant} is not RFC 3339: {e}"))
        .with_timezone(&chrono::Utc);
    written(parsed + chrono::Duration::milliseconds(millis))
}

/// `path` with `knownAt` added to its query.
fn known_at(path: &str, instant: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}knownAt={instant}")
}

/// The body without its links (at any depth): what a representation says,
/// not where it points.
fn without_links(body: &Value) -> Value {
    match body {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(name, _)| name.as_str() != "_links")
                .map(|(name, value)| (name.clone(), without_links(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_links).collect()),
        other => other.clone(),
    }
}

/// The status and JSON body of a GET.
async fn read(app: &TestApp, path: &str) -> (u16, Value) {
    let response = app.get(path).await;
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

/// The JSON body of a GET that must answer 200.
async fn read_ok(app: &TestApp, path: &str) -> Value {
    let (status, body) = read(app, path).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// The ids a list page holds.
fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap_or_else(|| panic!("a list page: {page}"))
        .iter()
        .map(|item| item["id"].as_i64().unwrap())
        .collect()
}

/// Sends `body` as a merge patch to `path`, with the `If-Match` of what is
/// stored now; answers the response.
async fn patch(app: &TestApp, path: &str, body: &Value) -> reqwest::Response {
    let etag = header(&app.get(path).await, "etag");
    app.write(Method::PATCH, path)
        .header("if-match", etag)
        .header("content-type", "application/merge-patch+json")
        .body(body.to_string())
        .send()
        .await
        .expect("PATCH failed")
}

/// Deletes `path` with the `If-Match` of what is stored now.
async fn delete(app: &TestApp, path: &str) -> reqwest::Response {
    let etag = header(&app.get(path).await, "etag");
    app.write(Method::DELETE, path)
        .header("if-match", etag)
        .send()
        .await
        .expect("DELETE failed")
}

/// An app over the seed data (as a deployment starts).
async fn seeded_app() -> TestApp {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    app
}

/// A Dutch company; answers its id.
async fn dutch_company(app: &TestApp, name: &str) -> i64 {
    app.create(
        "/v1/organisations",
        &json!({"name": name, "kind": "company", "country": "NL", "source": "Handelsregister KvK"}),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

const TEXTILE_COVERAGE: &str = "/v1/covenants/textile/market-coverage?asOf=2019-12-31";

#[actix_web::test]
async fn a_corrected_market_share_leaves_the_coverage_that_was_known_before() {
    let app = seeded_app().await;
    let seeded = read_ok(&app, TEXTILE_COVERAGE).await;
    let mut participation = None;
    if seeded["participantsWithShare"].as_i64().unwrap_or(0) == 0 {
        // The seeded participations carry no market shares: one that does.
        let company = dutch_company(&app, "Knownat Kledingketen B.V.").await;
        let created = app
            .create(
                "/v1/participations",
                &json!({"covenant": "textile", "organisation": company, "role": "company",
                        "joinedOn": "2017-01-01", "marketShare": 0.25, "source": "test"}),
            )
            .await;
        participation = Some(format!("/v1/participations/{}", created["id"]));
    }
    let participation = match participation {
        Some(path) => path,
        None => {
            let list = read_ok(
                &app,
                "/v1/participations?covenant=textile&activeOn=2019-12-31&pageSize=100",
            )
            .await;
            let with_share = list["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["marketShare"].is_number())
                .unwrap_or_else(|| panic!("a textile participation with a share: {list}"));
            format!("/v1/participations/{}", with_share["id"])
        }
    };
    let before = read_ok(&app, TEXTILE_COVERAGE).await;
    let figure = before["computedCoverage"].as_f64();
    assert!(figure.is_some(), "a computed coverage: {before}");
    let t0 = instant().await;

    let share = read_ok(&app, &participation).await["marketShare"]
        .as_f64()
        .unwrap();
    let corrected = if share > 0.5 {
        share - 0.2
    } else {
        share + 0.2
    };
    let response = patch(&app, &participation, &json!({"marketShare": corrected})).await;
    assert_eq!(response.status(), 200, "PATCH {participation}");
    let after = read_ok(&app, TEXTILE_COVERAGE).await;
    assert_ne!(
        after["computedCoverage"].as_f64(),
        figure,
        "the correction moves the figure: {after}"
    );
    let t1 = instant().await;

    let then = read_ok(&app, &known_at(TEXTILE_COVERAGE, &t0)).await;
    assert_eq!(
        without_links(&then),
        without_links(&before),
        "{TEXTILE_COVERAGE}&knownAt={t0} answers as before the correction"
    );
    let now = read_ok(&app, &known_at(TEXTILE_COVERAGE, &t1)).await;
    assert_eq!(
        without_links(&now),
        without_links(&after),
        "{TEXTILE_COVERAGE}&knownAt={t1} answers as after the correction"
    );
    // The participation itself, as it was known.
    let old = read_ok(&app, &known_at(&participation, &t0)).await;
    assert_eq!(old["marketShare"].as_f64(), Some(share), "{old}");
}

/// The feed's instant of the delete of the organisation `id`.
async fn deleted_at(app: &TestApp, id: i64) -> String {
    let feed = read_ok(app, "/v1/changes?limit=1000").await;
    let id = id.to_string();
    let tombstone = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| {
            c["resourceType"] == "organisation"
                && c["resourceId"] == id.as_str()
                && c["action"] == "delete"
        })
        .unwrap_or_else(|| panic!("the delete of organisation {id} in the feed: {feed}"));
    tombstone["occurredAt"]
        .as_str()
        .or_else(|| tombstone["changedAt"].as_str())
        .unwrap_or_else(|| panic!("the instant of {tombstone}"))
        .to_owned()
}

#[actix_web::test]
async fn an_organisation_is_read_in_the_version_known_at_the_instant() {
    let app = spawn_app().await;
    let name = "Knownat Proefbedrijf B.V.";
    let t_before = instant().await;
    let created = app
        .create(
            "/v1/organisations",
            &json!({"name": name, "kind": "company", "country": "NL", "source": "Handelsregister KvK"}),
        )
        .await;
    let id = created["id"].as_i64().unwrap();
    let path = format!("/v1/organisations/{id}");
    let t1 = instant().await;
    let response = patch(
        &app,
        &path,
        &json!({"website": "https://www.proefbedrijf.nl", "kvkNumber": "12345678"}),
    )
    .await;
    assert_eq!(response.status(), 200, "PATCH {path}");
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["website"], "https://www.proefbedrijf.nl");
    let t2 = instant().await;
    let response = delete(&app, &path).await;
    assert_eq!(response.status(), 204, "DELETE {path}");
    let t3 = instant().await;

    problem(app.get(&known_at(&path, &t_before)).await, 404).await;
    let first = read_ok(&app, &known_at(&path, &t1)).await;
    assert_eq!(
        without_links(&first),
        without_links(&created),
        "knownAt={t1}"
    );
    let second = read_ok(&app, &known_at(&path, &t2)).await;
    assert_eq!(
        without_links(&second),
        without_links(&updated),
        "knownAt={t2}"
    );
    problem(app.get(&path).await, 404).await;
    problem(app.get(&known_at(&path, &t3)).await, 404).await;

    // The boundaries: a version from its `updatedAt` on, a delete from its
    // own instant on.
    let created_at = created["updatedAt"].as_str().unwrap();
    let updated_at = updated["updatedAt"].as_str().unwrap();
    let gone = deleted_at(&app, id).await;
    let boundaries = [
        ("1 ms before the create", shifted(created_at, -1), None),
        (
            "the create's updatedAt",
            created_at.to_owned(),
            Some(&created),
        ),
        (
            "1 ms before the update",
            shifted(updated_at, -1),
            Some(&created),
        ),
        (
            "the update's updatedAt",
            updated_at.to_owned(),
            Some(&updated),
        ),
        ("1 ms before the delete", shifted(&gone, -1), Some(&updated)),
        ("the delete's instant in the feed", gone.clone(), None),
    ];
    let times = format!("created {created_at}, updated {updated_at}, deleted {gone}");
    for (moment, instant, expected) in boundaries {
        let (status, body) = read(&app, &known_at(&path, &instant)).await;
        let request = format!("GET {path}?knownAt={instant} ({moment}; {times})");
        match expected {
            Some(version) => {
                assert_eq!(status, 200, "{request}: {body}");
                assert_eq!(without_links(&body), without_links(version), "{request}");
            }
            None => assert_eq!(status, 404, "{request}: {body}"),
        }
    }

    // The collection lists it while it was known.
    for (instant, listed) in [(&t_before, false), (&t1, true), (&t2, true), (&t3, false)] {
        let list_path = known_at("/v1/organisations?name=Knownat&pageSize=100", instant);
        let page = read_ok(&app, &list_path).await;
        let expected: Vec<i64> = if listed { vec![id] } else { vec![] };
        assert_eq!(ids(&page), expected, "GET {list_path}");
        assert_eq!(
            page["page"]["totalItems"],
            expected.len(),
            "GET {list_path}"
        );
        if listed {
            let item = &page["items"][0];
            let version = if instant == &t1 { &created } else { &updated };
            assert_eq!(
                without_links(item),
                without_links(version),
                "GET {list_path}"
            );
        }
    }
}

#[actix_web::test]
async fn a_malformed_or_future_known_at_is_a_400_and_an_early_one_knows_nothing() {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    let company = dutch_company(&app, "Knownat Vroeg B.V.").await;
    for path in [
        "/v1/covenants/textile",
        "/v1/covenants",
        "/v1/metrics/oecd-endorsement",
    ] {
        for bad in [
            "yesterday",
            "2999-01-01T00:00:00Z",
            "2026-01-01",
            "2026-02-30T00:00:00Z",
            "",
        ] {
            let request = format!("{path}?knownAt={bad}");
            let refused = problem(app.get(&request).await, 400).await;
            assert_eq!(
                invalid_fields(&refused),
                vec!["knownAt"],
                "GET {request}: {refused}"
            );
        }
    }
    // A moment in the future is refused too.
    let later = written(chrono::Utc::now() + chrono::Duration::hours(1));
    let request = known_at("/v1/organisations", &later);
    let refused = problem(app.get(&request).await, 400).await;
    assert_eq!(invalid_fields(&refused), vec!["knownAt"], "GET {request}");

    let early = "1990-01-01T00:00:00Z";
    for list in [
        "/v1/covenants",
        "/v1/organisations",
        "/v1/sectors",
        "/v1/participations",
    ] {
        let page = read_ok(&app, &known_at(list, early)).await;
        assert_eq!(page["items"], json!([]), "GET {list}?knownAt={early}");
        assert_eq!(page["page"]["totalItems"], 0, "GET {list}?knownAt={early}");
    }
    for one in [
        "/v1/covenants/textile".to_owned(),
        "/v1/sectors/textile".to_owned(),
        format!("/v1/organisations/{company}"),
    ] {
        problem(app.get(&known_at(&one, early)).await, 404).await;
    }
    let overview = read_ok(&app, &known_at("/v1/metrics/overview", early)).await;
    for (status, count) in overview["covenantsByStatus"].as_object().unwrap() {
        assert_eq!(count, 0, "{status} at knownAt={early}: {overview}");
    }
    let oecd = read_ok(
        &app,
        &known_at("/v1/metrics/oecd-endorsement?asOf=2020-12-31", early),
    )
    .await;
    assert_eq!(
        (oecd["largeCompanies"].as_i64(), oecd["endorsing"].as_i64()),
        (Some(0), Some(0)),
        "{oecd}"
    );
    let companies = read_ok(
        &app,
        &known_at(
            "/v1/metrics/oecd-endorsement/companies?asOf=2020-12-31",
            early,
        ),
    )
    .await;
    assert_eq!(companies["page"]["totalItems"], 0, "{companies}");
}

/// A small deterministic generator (SplitMix64).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low + 1) as u64) as i64
    }

    fn chance(&mut self, one_in: u64) -> bool {
        self.next() % one_in == 0
    }

    /// A day in one of the years `from..=to`.
    fn date(&mut self, from: i64, to: i64) -> (i64, i64, i64) {
        (
            self.between(from, to),
            self.between(1, 12),
            self.between(1, 28),
        )
    }
}

fn day((year, month, day): (i64, i64, i64)) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// A period: its start, and perhaps an end one to three years later.
fn period(random: &mut Random) -> (String, Option<String>) {
    let start = random.date(2016, 2022);
    let end = (!random.chance(2)).then(|| (start.0 + random.between(1, 3), start.1, start.2));
    (day(start), end.map(day))
}

/// Size figures: large (over every threshold) or small.
fn sizes(random: &mut Random) -> Value {
    if random.chance(3) {
        json!({"employees": random.between(10, 200), "totalAssetsEur": random.between(1_000, 5_000_000),
               "netTurnoverEur": random.between(1_000, 9_000_000)})
    } else {
        json!({"employees": random.between(501, 90_000), "totalAssetsEur": random.between(20_000_001, 9_000_000_000),
               "netTurnoverEur": random.between(40_000_001, 9_000_000_000)})
    }
}

/// What the test has stored for one company.
struct Company {
    id: i64,
    fact_years: Vec<i64>,
    endorsement: Option<String>,
    participation: Option<String>,
}

/// The metrics recorded after every step.
const METRICS: [&str; 7] = [
    "/v1/metrics/oecd-endorsement?asOf=2018-12-31",
    "/v1/metrics/oecd-endorsement?asOf=2020-12-31",
    "/v1/metrics/oecd-endorsement?asOf=2022-12-31",
    "/v1/metrics/oecd-endorsement/companies?asOf=2020-12-31&pageSize=100",
    "/v1/metrics/overview?asOf=2018-12-31",
    "/v1/metrics/overview?asOf=2022-12-31",
    "/v1/covenants/textile/market-coverage?asOf=2020-06-30",
];

/// One random write; answers what it did.
async fn step(app: &TestApp, random: &mut Random, companies: &mut [Company], seed: u64) -> String {
    let count = companies.len() as i64;
    let company = &mut companies[random.between(0, count - 1) as usize];
    let base = format!("/v1/organisations/{}", company.id);
    let (method, path, body, expected) = match random.between(0, 2) {
        0 => {
            let year = random.between(2016, 2022);
            let year_path = format!("{base}/size-facts/{year}");
            if !company.fact_years.contains(&year) {
                company.fact_years.push(year);
                let mut body = sizes(random);
                body["year"] = json!(year);
                body["source"] = json!(format!("Jaarverslag {year}"));
                (Method::POST, format!("{base}/size-facts"), body, 201)
            } else if random.chance(3) {
                company.fact_years.retain(|y| *y != year);
                (Method::DELETE, year_path, Value::Null, 204)
            } else {
                (Method::PATCH, year_path, sizes(random), 200)
            }
        }
        1 => {
            let (from, to) = period(random);
            let body =
                json!({"endorsedOn": from, "withdrawnOn": to, "source": "Transparantiebenchmark"});
            match company.endorsement.clone() {
                None => (Method::POST, format!("{base}/oecd-endorsements"), body, 201),
                Some(path) if random.chance(3) => {
                    company.endorsement = None;
                    (Method::DELETE, path, Value::Null, 204)
                }
                Some(path) => (Method::PATCH, path, body, 200),
            }
        }
        _ => {
            let (joined, left) = period(random);
            let share = random.between(1, 40) as f64 / 100.0;
            match company.participation.clone() {
                None => (
                    Method::POST,
                    "/v1/participations".to_owned(),
                    json!({"covenant": "textile", "organisation": company.id, "role": "company",
                           "joinedOn": joined, "leftOn": left, "marketShare": share, "source": "test"}),
                    201,
                ),
                Some(path) if random.chance(3) => {
                    company.participation = None;
                    (Method::DELETE, path, Value::Null, 204)
                }
                Some(path) => (
                    Method::PATCH,
                    path,
                    json!({"joinedOn": joined, "leftOn": left, "marketShare": share}),
                    200,
                ),
            }
        }
    };
    let response = match method {
        Method::POST => app.post_json(&path, &body).await,
        Method::PATCH => patch(app, &path, &body).await,
        _ => delete(app, &path).await,
    };
    let status = response.status();
    let location = header(&response, "location");
    let text = response.text().await.unwrap();
    assert_eq!(
        status.as_u16(),
        expected,
        "seed {seed}: {method} {path} {body}: {text}"
    );
    if method == Method::POST {
        if path.ends_with("/oecd-endorsements") {
            company.endorsement = Some(location);
        } else if path == "/v1/participations" {
            company.participation = Some(location);
        }
    }
    format!("{method} {path} {body}")
}

#[actix_web::test]
async fn every_metric_answers_at_every_earlier_instant_as_it_did_then() {
    let seed = std::env::var("KNOWN_AT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x17_2026_u64);
    let steps = 25;
    let mut random = Random(seed);
    let app = seeded_app().await;
    let mut companies = Vec::new();
    for name in [
        "Knownat Groothandel B.V.",
        "Knownat Kleding N.V.",
        "Knownat Metaal B.V.",
    ] {
        companies.push(Company {
            id: dutch_company(&app, name).await,
            fact_years: Vec::new(),
            endorsement: None,
            participation: None,
        });
    }

    let mut history: Vec<(String, String, Vec<Value>)> = Vec::new();
    let mut done = "the start".to_owned();
    for index in 0..=steps {
        if index > 0 {
            done = step(&app, &mut random, &mut companies, seed).await;
        }
        let at = instant().await;
        let mut bodies = Vec::new();
        for metric in METRICS {
            bodies.push(read_ok(&app, metric).await);
        }
        history.push((at, done.clone(), bodies));
    }

    // The steps moved the indicator: there is history to read back.
    let mut states: Vec<Value> = history
        .iter()
        .map(|(_, _, b)| without_links(&b[1]))
        .collect();
    states.dedup();
    assert!(
        states.len() > 1,
        "seed {seed}: the writes never moved {}",
        METRICS[1]
    );

    let mut mismatches = Vec::new();
    for (at, done, bodies) in &history {
        for (metric, recorded) in METRICS.iter().zip(bodies) {
            let path = known_at(metric, at);
            let (status, body) = read(&app, &path).await;
            if status != 200 || without_links(&body) != without_links(recorded) {
                mismatches.push(format!(
                    "GET {path} (after {done}):\n  expected {}\n  got {status} {}",
                    without_links(recorded),
                    without_links(&body)
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "seed {seed} (rerun with KNOWN_AT_SEED={seed}): {} of {} reads differ from what was answered then:\n{}",
        mismatches.len(),
        history.len() * METRICS.len(),
        mismatches.join("\n")
    );
}

/// The parameter `name` of an operation, its `$ref` resolved.
fn parameter<'a>(document: &'a Value, operation: &'a Value, name: &str) -> Option<&'a Value> {
    operation["parameters"]
        .as_array()?
        .iter()
        .map(|p| match p["$ref"].as_str() {
            Some(reference) => {
                let key = reference.trim_start_matches("#/components/parameters/");
                &document["components"]["parameters"][key]
            }
            None => p,
        })
        .find(|p| p["name"] == name)
}

/// The operation with this id.
fn operation<'a>(document: &'a Value, id: &str) -> &'a Value {
    document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|operations| operations.as_object().unwrap().values())
        .find(|o| o["operationId"] == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn assert_declares_known_at(document: &Value, id: &str) {
    let declared = parameter(document, operation(document, id), "knownAt")
        .unwrap_or_else(|| panic!("{id} does not declare knownAt"));
    assert_eq!(declared["in"], "query", "{id}: {declared}");
    assert_eq!(declared["required"], json!(false), "{id}: {declared}");
    assert_eq!(
        declared["schema"]["format"], "date-time",
        "{id}: {declared}"
    );
}

#[actix_web::test]
async fn the_served_document_declares_known_at() {
    let app = spawn_app().await;
    let document = read_ok(&app, "/v1/openapi.json").await;
    for id in ["getCovenant", "listCovenants", "getOecdEndorsementMetric"] {
        assert_declares_known_at(&document, id);
    }
}

/// The other reads these tests send `knownAt` to declare it as well.
#[actix_web::test]
async fn the_served_document_declares_known_at_on_the_reads_used_here() {
    let app = spawn_app().await;
    let document = read_ok(&app, "/v1/openapi.json").await;
    for id in [
        "getOrganisation",
        "listOrganisations",
        "getParticipation",
        "listParticipations",
        "getSizeFact",
        "getSector",
        "listSectors",
        "getOverview",
        "listOecdCountedCompanies",
        "getCovenantMarketCoverage",
        "getCovenantProgress",
    ] {
        assert_declares_known_at(&document, id);
    }
}
