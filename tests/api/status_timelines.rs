//! Covenant status timelines (issues #17 and #19): dated status changes
//! under `/v1/covenants/{code}/status-changes`, admin-written, one per
//! covenant and date, and the overview's `covenantsByStatus` that counts
//! each track by its latest change on or before `asOf` (and as known at
//! `knownAt`).

use std::time::Duration;

use imvo_tracker::auth::Role;
use imvo_tracker::db;
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token, with_covenants};

/// The timeline of `code`.
fn timeline(code: &str) -> String {
    format!("/v1/covenants/{code}/status-changes")
}

/// A status change body with only what is required.
fn change(status: &str, on: &str) -> Value {
    json!({
        "status": status,
        "on": on,
        "source": format!("Kamerbrief, {status} per {on}"),
    })
}

/// An app with a covenant track per code, each in a sector of that code,
/// its record giving no date (status `negotiating`, no `signedOn`): what
/// the overview counts of it at a past date comes from its timeline alone.
async fn with_tracks(codes: &[&str]) -> TestApp {
    let app = spawn_app().await;
    for code in codes {
        app.create_sector(code).await;
        app.create(
            "/v1/covenants",
            &json!({
                "code": code, "titleNl": format!("Convenant {code}"),
                "titleEn": format!("Agreement {code}"), "sector": code,
                "status": "negotiating"
            }),
        )
        .await;
    }
    app
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

/// Records a status change of `code` as admin; answers its item path.
async fn record(app: &TestApp, code: &str, body: &Value) -> String {
    let created = app.create(&timeline(code), body).await;
    format!("{}/{}", timeline(code), created["id"])
}

/// The `on` dates of a list page, in its order.
fn dates(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .unwrap_or_else(|| panic!("a list page: {page}"))
        .iter()
        .map(|c| c["on"].as_str().unwrap())
        .collect()
}

/// Sends a write with the `If-Match` of what is stored now.
async fn matching(app: &TestApp, method: Method, path: &str, body: Option<&Value>) -> Response {
    let etag = header(&app.get(path).await, "etag");
    assert!(etag.starts_with('"'), "an ETag on {path}");
    let mut request = app.write(method.clone(), path).header("if-match", etag);
    if let Some(body) = body {
        let media = if method == Method::PATCH {
            "application/merge-patch+json"
        } else {
            "application/json"
        };
        request = request.header("content-type", media).body(body.to_string());
    }
    request.send().await.expect("the write failed")
}

/// The overview's `covenantsByStatus` at `as_of` (and `known_at`).
async fn by_status(app: &TestApp, as_of: &str, known_at: Option<&str>) -> Value {
    let path = match known_at {
        Some(instant) => format!("/v1/metrics/overview?asOf={as_of}&knownAt={instant}"),
        None => format!("/v1/metrics/overview?asOf={as_of}"),
    };
    read_ok(app, &path).await["covenantsByStatus"].clone()
}

/// `covenantsByStatus` with the given counts, every other status 0.
fn counts(given: &[(&str, i64)]) -> Value {
    let mut all = json!({
        "exploring": 0, "negotiating": 0, "signed": 0, "ended": 0,
        "stalled": 0, "dropped": 0, "unknown": 0,
    });
    for (status, count) in given {
        assert!(all.get(*status).is_some(), "a status: {status}");
        all[*status] = json!(count);
    }
    all
}

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

/// A letter; answers its id.
async fn letter(app: &TestApp, reference: &str, sent_on: &str) -> i64 {
    app.create(
        "/v1/letters",
        &json!({
            "sentOn": sent_on,
            "subject": "Voortgang IMVO-beleid",
            "reference": reference,
            "minister": "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        }),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

#[actix_web::test]
async fn a_status_timeline_is_recorded_listed_changed_and_deleted() {
    let app = with_covenants(&["cocoa"]).await;
    let path = timeline("cocoa");
    let letter_id = letter(&app, "Minbuza 2020.1", "2020-06-15").await;

    let response = app
        .post_json(&path, &change("exploring", "2019-01-01"))
        .await;
    assert_eq!(response.status(), 201);
    let etag = header(&response, "etag");
    let location = header(&response, "location");
    let exploring: Value = response.json().await.unwrap();
    let exploring_path = format!("{path}/{}", exploring["id"]);
    assert_eq!(location, exploring_path);
    assert!(exploring["id"].as_i64().unwrap() > 0, "{exploring}");
    assert_eq!(exploring["covenant"], "cocoa");
    assert_eq!(exploring["status"], "exploring");
    assert_eq!(exploring["on"], "2019-01-01");
    assert_eq!(exploring["onPrecision"], "day", "the default precision");
    assert_eq!(exploring["basis"], "changed", "the default basis");
    assert_eq!(exploring["letter"], Value::Null);
    assert_eq!(exploring["note"], Value::Null);
    assert_eq!(exploring["source"], "Kamerbrief, exploring per 2019-01-01");
    assert!(exploring["createdAt"].is_string() && exploring["updatedAt"].is_string());
    assert_eq!(
        exploring["_links"]["self"]["href"],
        app.url(&exploring_path)
    );
    assert_eq!(
        exploring["_links"]["covenant"]["href"],
        app.url("/v1/covenants/cocoa")
    );
    assert!(
        exploring["_links"].get("letter").is_none(),
        "no letter link without a letter: {exploring}"
    );
    let read = app.get(&exploring_path).await;
    assert_eq!(read.status(), 200);
    assert_eq!(header(&read, "etag"), etag);
    assert_eq!(read.json::<Value>().await.unwrap(), exploring);

    // Recorded out of order, listed by date.
    let mut body = change("signed", "2021-03-15");
    body["letter"] = json!(letter_id);
    let signed_path = record(&app, "cocoa", &body).await;
    let mut body = change("negotiating", "2020-06-01");
    body["onPrecision"] = json!("month");
    body["basis"] = json!("reported");
    body["letter"] = json!(letter_id);
    body["note"] = json!("When negotiations started is not stated.");
    let negotiating = app.create(&path, &body).await;
    assert_eq!(
        (
            &negotiating["onPrecision"],
            &negotiating["basis"],
            &negotiating["letter"],
            &negotiating["note"]
        ),
        (
            &json!("month"),
            &json!("reported"),
            &json!(letter_id),
            &json!("When negotiations started is not stated.")
        )
    );
    assert_eq!(
        negotiating["_links"]["letter"]["href"],
        app.url(&format!("/v1/letters/{letter_id}"))
    );
    let list = read_ok(&app, &path).await;
    assert_eq!(
        dates(&list),
        ["2019-01-01", "2020-06-01", "2021-03-15"],
        "oldest first: {list}"
    );
    assert_eq!(list["page"]["totalItems"], 3, "{list}");
    assert_eq!(list["items"][0], exploring);
    assert_eq!(
        dates(&read_ok(&app, &format!("{path}?sort=on")).await),
        ["2019-01-01", "2020-06-01", "2021-03-15"]
    );
    assert_eq!(
        dates(&read_ok(&app, &format!("{path}?sort=-on")).await),
        ["2021-03-15", "2020-06-01", "2019-01-01"]
    );

    // One change per covenant and date.
    let duplicate = problem(
        app.post_json(&path, &change("stalled", "2020-06-01")).await,
        409,
    )
    .await;
    assert!(
        duplicate["detail"].as_str().unwrap().contains("2020-06-01"),
        "{duplicate}"
    );
    assert_eq!(read_ok(&app, &path).await["page"]["totalItems"], 3);

    // PUT replaces every field; what it leaves out takes its default.
    let mut replacement = change("exploring", "2019-01-01");
    replacement["onPrecision"] = json!("year");
    replacement["basis"] = json!("reported");
    replacement["source"] = json!("Jaarverslag 2019");
    let response = matching(&app, Method::PUT, &exploring_path, Some(&replacement)).await;
    assert_eq!(response.status(), 200, "PUT {exploring_path}");
    let new_etag = header(&response, "etag");
    assert_ne!(new_etag, etag);
    let replaced: Value = response.json().await.unwrap();
    assert_eq!(replaced["id"], exploring["id"]);
    assert_eq!(
        (
            &replaced["onPrecision"],
            &replaced["basis"],
            &replaced["source"]
        ),
        (
            &json!("year"),
            &json!("reported"),
            &json!("Jaarverslag 2019")
        )
    );
    assert_eq!(read_ok(&app, &exploring_path).await, replaced);
    // A replace onto a date the covenant already has: 409, nothing changed.
    let response = matching(
        &app,
        Method::PUT,
        &exploring_path,
        Some(&change("exploring", "2021-03-15")),
    )
    .await;
    problem(response, 409).await;
    assert_eq!(read_ok(&app, &exploring_path).await, replaced);

    // PATCH is a merge patch, and wants the current ETag.
    let stale = app
        .write(Method::PATCH, &exploring_path)
        .header("if-match", &etag)
        .header("content-type", "application/merge-patch+json")
        .body(json!({"status": "stalled"}).to_string())
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let response = matching(
        &app,
        Method::PATCH,
        &exploring_path,
        Some(&json!({"note": "Verkenning gestart.", "onPrecision": null})),
    )
    .await;
    let status = response.status();
    let patched: Value = response.json().await.unwrap();
    assert_eq!(status, 200, "PATCH {exploring_path}: {patched}");
    assert_eq!(patched["note"], "Verkenning gestart.");
    assert_eq!(patched["onPrecision"], "day", "removed, so the default");
    assert_eq!(patched["status"], "exploring", "unchanged");
    assert_eq!(patched["source"], "Jaarverslag 2019", "unchanged");
    let response = matching(
        &app,
        Method::PATCH,
        &signed_path,
        Some(&json!({"letter": null, "note": "Ondertekend."})),
    )
    .await;
    assert_eq!(response.status(), 200, "PATCH {signed_path}");
    let unlinked: Value = response.json().await.unwrap();
    assert_eq!(unlinked["letter"], Value::Null, "{unlinked}");
    assert!(
        unlinked["_links"].get("letter").is_none(),
        "no letter link once the letter is removed: {unlinked}"
    );
    // A patch onto another change's date: 409.
    let response = matching(
        &app,
        Method::PATCH,
        &signed_path,
        Some(&json!({"on": "2020-06-01"})),
    )
    .await;
    problem(response, 409).await;

    // DELETE, with the current ETag.
    let stale = app
        .write(Method::DELETE, &signed_path)
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let response = matching(&app, Method::DELETE, &signed_path, None).await;
    assert_eq!(response.status(), 204, "DELETE {signed_path}");
    problem(app.get(&signed_path).await, 404).await;
    assert_eq!(
        dates(&read_ok(&app, &path).await),
        ["2019-01-01", "2020-06-01"]
    );
    // The date is free again.
    app.create(&path, &change("signed", "2021-03-15")).await;
}

#[actix_web::test]
async fn bad_status_changes_are_refused_naming_the_field() {
    let app = with_covenants(&["cocoa"]).await;
    let path = timeline("cocoa");
    let with = |member: &str, value: Value| {
        let mut body = change("negotiating", "2020-06-01");
        if value.is_null() {
            body.as_object_mut().unwrap().remove(member);
        } else {
            body[member] = value;
        }
        body
    };
    let cases = [
        (with("status", json!("paused")), "#/status"),
        (with("status", json!("Signed")), "#/status"),
        (with("status", Value::Null), "#/status"),
        (with("on", json!("2020-02-30")), "#/on"),
        (with("on", json!("2020-6-1")), "#/on"),
        (with("on", json!("01-06-2020")), "#/on"),
        (with("on", Value::Null), "#/on"),
        (with("onPrecision", json!("week")), "#/onPrecision"),
        (with("basis", json!("rumoured")), "#/basis"),
        (with("source", Value::Null), "#/source"),
        (with("source", json!("")), "#/source"),
        (with("source", json!("   ")), "#/source"),
        (with("letter", json!(999_999)), "#/letter"),
        (with("letter", json!(0)), "#/letter"),
    ];
    for (body, pointer) in cases {
        let response = app.post_json(&path, &body).await;
        let problem = problem(response, 400).await;
        assert_eq!(invalid_fields(&problem), vec![pointer], "{body}: {problem}");
    }
    assert_eq!(
        read_ok(&app, &path).await["page"]["totalItems"],
        0,
        "nothing was recorded"
    );

    // A replace and a patch are held to the same rules.
    let item = record(&app, "cocoa", &change("negotiating", "2020-06-01")).await;
    let before = read_ok(&app, &item).await;
    let response = matching(
        &app,
        Method::PUT,
        &item,
        Some(&with("letter", json!(999_999))),
    )
    .await;
    assert_eq!(
        invalid_fields(&problem(response, 400).await),
        vec!["#/letter"]
    );
    for (patch, pointer) in [
        (json!({"status": "paused"}), "#/status"),
        (json!({"on": "2020-13-01"}), "#/on"),
        (json!({"source": null}), "#/source"),
        (json!({"letter": 999_999}), "#/letter"),
    ] {
        let response = matching(&app, Method::PATCH, &item, Some(&patch)).await;
        let problem = problem(response, 400).await;
        assert_eq!(
            invalid_fields(&problem),
            vec![pointer],
            "{patch}: {problem}"
        );
    }
    assert_eq!(read_ok(&app, &item).await, before, "nothing changed");
}

#[actix_web::test]
async fn only_admins_write_status_changes() {
    let app = with_covenants(&["cocoa"]).await;
    let path = timeline("cocoa");
    let item = record(&app, "cocoa", &change("negotiating", "2020-06-01")).await;
    let before = read_ok(&app, &item).await;
    let body = change("signed", "2021-03-15");
    let writes = [
        (Method::POST, path.as_str(), Some(body.clone())),
        (Method::PUT, item.as_str(), Some(body.clone())),
        (
            Method::PATCH,
            item.as_str(),
            Some(json!({"status": "signed"})),
        ),
        (Method::DELETE, item.as_str(), None),
    ];
    // The covenant's own secretariat too: the timeline is the ministry's.
    let others = [
        token(Role::Secretariat, &["cocoa"]),
        token(Role::Secretariat, &[]),
        token(Role::Reader, &[]),
    ];
    for (method, target, body) in &writes {
        for other in &others {
            let mut request = app.request(method.clone(), target).bearer_auth(other);
            if let Some(body) = body {
                request = request
                    .header("content-type", "application/json")
                    .body(body.to_string());
            }
            problem(request.send().await.unwrap(), 403).await;
        }
        let mut request = app.request(method.clone(), target);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        problem(request.send().await.unwrap(), 401).await;
    }
    assert_eq!(read_ok(&app, &item).await, before, "nothing changed");
    assert_eq!(dates(&read_ok(&app, &path).await), ["2020-06-01"]);
    // Reads are public.
    let response = app
        .request(Method::GET, &path)
        .bearer_auth(token(Role::Reader, &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[actix_web::test]
async fn an_unknown_covenant_or_change_is_404() {
    let app = with_covenants(&["cocoa", "tea"]).await;
    let item = record(&app, "cocoa", &change("negotiating", "2020-06-01")).await;
    let id = item.rsplit('/').next().unwrap().to_owned();
    let unknown = timeline("no-such-covenant");
    let body = problem(app.get(&unknown).await, 404).await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("no-such-covenant"),
        "{body}"
    );
    problem(app.get(&format!("{unknown}/{id}")).await, 404).await;
    problem(
        app.post_json(&unknown, &change("signed", "2021-03-15"))
            .await,
        404,
    )
    .await;
    let response = app
        .write(Method::PUT, &format!("{unknown}/{id}"))
        .header("if-match", "*")
        .header("content-type", "application/json")
        .body(change("signed", "2021-03-15").to_string())
        .send()
        .await
        .unwrap();
    problem(response, 404).await;
    let response = app
        .write(Method::DELETE, &format!("{unknown}/{id}"))
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    problem(response, 404).await;
    // A change is found under its own covenant only.
    problem(app.get(&format!("{}/{id}", timeline("tea"))).await, 404).await;
    problem(app.get(&format!("{}/999999", timeline("cocoa"))).await, 404).await;
    let response = app
        .write(Method::DELETE, &format!("{}/{id}", timeline("tea")))
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    problem(response, 404).await;
    assert_eq!(
        read_ok(&app, &timeline("tea")).await["page"]["totalItems"],
        0
    );
    read_ok(&app, &item).await;
}

#[actix_web::test]
async fn the_overview_counts_each_track_by_its_latest_change_at_as_of() {
    // A fresh record without seeds.
    let app = with_tracks(&["cocoa", "tea", "rubber", "coffee"]).await;
    for (status, on) in [
        ("exploring", "2019-01-01"),
        ("negotiating", "2020-06-01"),
        ("signed", "2021-03-15"),
        ("ended", "2024-03-15"),
    ] {
        record(&app, "cocoa", &change(status, on)).await;
    }
    for (status, on) in [
        ("exploring", "2019-06-01"),
        ("stalled", "2020-01-01"),
        ("dropped", "2021-01-01"),
    ] {
        record(&app, "tea", &change(status, on)).await;
    }
    let mut reported = change("unknown", "2020-03-01");
    reported["basis"] = json!("reported");
    record(&app, "rubber", &reported).await;
    // coffee has no change at all: it is never counted.

    let expected = [
        ("2016-07-04", counts(&[])),
        ("2018-12-31", counts(&[])),
        ("2019-01-01", counts(&[("exploring", 1)])),
        ("2019-05-31", counts(&[("exploring", 1)])),
        ("2019-06-01", counts(&[("exploring", 2)])),
        ("2020-01-01", counts(&[("exploring", 1), ("stalled", 1)])),
        (
            "2020-03-01",
            counts(&[("exploring", 1), ("stalled", 1), ("unknown", 1)]),
        ),
        (
            "2020-05-31",
            counts(&[("exploring", 1), ("stalled", 1), ("unknown", 1)]),
        ),
        (
            "2020-06-01",
            counts(&[("negotiating", 1), ("stalled", 1), ("unknown", 1)]),
        ),
        (
            "2021-01-01",
            counts(&[("negotiating", 1), ("dropped", 1), ("unknown", 1)]),
        ),
        (
            "2021-03-14",
            counts(&[("negotiating", 1), ("dropped", 1), ("unknown", 1)]),
        ),
        (
            "2021-03-15",
            counts(&[("signed", 1), ("dropped", 1), ("unknown", 1)]),
        ),
        (
            "2024-03-14",
            counts(&[("signed", 1), ("dropped", 1), ("unknown", 1)]),
        ),
        (
            "2024-03-15",
            counts(&[("ended", 1), ("dropped", 1), ("unknown", 1)]),
        ),
    ];
    for (as_of, counts) in &expected {
        assert_eq!(&by_status(&app, as_of, None).await, counts, "asOf={as_of}");
    }

    // A change recorded later, between two others, counts from its date.
    record(&app, "cocoa", &change("stalled", "2020-09-01")).await;
    assert_eq!(
        by_status(&app, "2020-08-31", None).await,
        counts(&[("negotiating", 1), ("stalled", 1), ("unknown", 1)])
    );
    assert_eq!(
        by_status(&app, "2020-09-01", None).await,
        counts(&[("stalled", 2), ("unknown", 1)])
    );
    assert_eq!(
        by_status(&app, "2021-03-15", None).await,
        counts(&[("signed", 1), ("dropped", 1), ("unknown", 1)])
    );

    // The track without a change is counted from its first one.
    record(&app, "coffee", &change("negotiating", "2022-02-02")).await;
    assert_eq!(
        by_status(&app, "2022-02-01", None).await,
        counts(&[("signed", 1), ("dropped", 1), ("unknown", 1)])
    );
    assert_eq!(
        by_status(&app, "2022-02-02", None).await,
        counts(&[
            ("signed", 1),
            ("negotiating", 1),
            ("dropped", 1),
            ("unknown", 1)
        ])
    );
}

#[actix_web::test]
async fn deleting_a_covenant_deletes_its_timeline() {
    let app = with_tracks(&["cocoa", "tea"]).await;
    let mut paths = Vec::new();
    for (status, on) in [("negotiating", "2020-06-01"), ("signed", "2021-03-15")] {
        paths.push(record(&app, "cocoa", &change(status, on)).await);
    }
    let kept = record(&app, "tea", &change("exploring", "2020-01-01")).await;
    assert_eq!(
        by_status(&app, "2021-12-31", None).await,
        counts(&[("signed", 1), ("exploring", 1)])
    );

    let response = app
        .write(Method::DELETE, "/v1/covenants/cocoa")
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(status, 204, "DELETE /v1/covenants/cocoa: {text}");
    problem(app.get(&timeline("cocoa")).await, 404).await;
    for path in &paths {
        problem(app.get(path).await, 404).await;
    }
    read_ok(&app, &kept).await;
    assert_eq!(
        by_status(&app, "2021-12-31", None).await,
        counts(&[("exploring", 1)])
    );

    // Each change deleted appears in the feed as a delete.
    let feed = read_ok(&app, "/v1/changes?limit=1000").await;
    let events = feed["items"].as_array().unwrap();
    for path in &paths {
        let id = path.rsplit('/').next().unwrap();
        let actions: Vec<&str> = events
            .iter()
            .filter(|e| e["resourceType"] == "covenantStatusChange" && e["resourceId"] == id)
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions, ["create", "delete"], "change {id} in {feed}");
        let tombstone = events
            .iter()
            .find(|e| {
                e["resourceType"] == "covenantStatusChange"
                    && e["resourceId"] == id
                    && e["action"] == "delete"
            })
            .unwrap();
        assert_eq!(tombstone["resource"], Value::Null, "{tombstone}");
        assert_eq!(tombstone["_links"]["resource"]["href"], app.url(path));
    }
    // ... before the covenant's own delete.
    let position = |wanted: &dyn Fn(&Value) -> bool| {
        events
            .iter()
            .position(wanted)
            .unwrap_or_else(|| panic!("an event in {feed}"))
    };
    let covenant_deleted = position(&|e| {
        e["resourceType"] == "covenant" && e["resourceId"] == "cocoa" && e["action"] == "delete"
    });
    let changes_deleted =
        position(&|e| e["resourceType"] == "covenantStatusChange" && e["action"] == "delete");
    assert!(changes_deleted < covenant_deleted, "{feed}");

    // A covenant of the same code later starts with an empty timeline.
    app.create(
        "/v1/covenants",
        &json!({
            "code": "cocoa", "titleNl": "Convenant cocoa", "titleEn": "Agreement cocoa",
            "sector": "cocoa", "status": "negotiating"
        }),
    )
    .await;
    let list = read_ok(&app, &timeline("cocoa")).await;
    assert_eq!(list["page"]["totalItems"], 0, "{list}");
}

#[actix_web::test]
async fn a_letter_a_status_change_cites_is_not_deleted() {
    let app = with_covenants(&["cocoa"]).await;
    let letter_id = letter(&app, "Minbuza 2020.1", "2020-06-15").await;
    let letter_path = format!("/v1/letters/{letter_id}");
    let mut body = change("negotiating", "2020-06-01");
    body["letter"] = json!(letter_id);
    let item = record(&app, "cocoa", &body).await;
    let delete = || {
        app.write(Method::DELETE, &letter_path)
            .header("if-match", "*")
            .send()
    };
    let refused = problem(delete().await.unwrap(), 409).await;
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("status change"),
        "{refused}"
    );
    read_ok(&app, &letter_path).await;
    let response = matching(&app, Method::PATCH, &item, Some(&json!({"letter": null}))).await;
    assert_eq!(response.status(), 200);
    assert_eq!(delete().await.unwrap().status(), 204);
}

#[actix_web::test]
async fn the_overview_known_at_an_instant_counts_the_timeline_as_it_was_then() {
    let app = with_tracks(&["cocoa", "tea"]).await;
    let t_empty = instant().await;
    let item = record(&app, "cocoa", &change("negotiating", "2020-06-01")).await;
    record(&app, "tea", &change("exploring", "2020-01-01")).await;
    let before = counts(&[("negotiating", 1), ("exploring", 1)]);
    assert_eq!(by_status(&app, "2020-12-31", None).await, before);
    let t0 = instant().await;

    // The record was wrong: cocoa was signed, not negotiating.
    let response = matching(
        &app,
        Method::PATCH,
        &item,
        Some(&json!({"status": "signed"})),
    )
    .await;
    assert_eq!(response.status(), 200, "PATCH {item}");
    let corrected = counts(&[("signed", 1), ("exploring", 1)]);
    assert_eq!(by_status(&app, "2020-12-31", None).await, corrected);
    let t1 = instant().await;

    assert_eq!(
        by_status(&app, "2020-12-31", Some(&t0)).await,
        before,
        "knownAt={t0}, before the correction"
    );
    assert_eq!(
        by_status(&app, "2020-12-31", Some(&t1)).await,
        corrected,
        "knownAt={t1}, after the correction"
    );
    assert_eq!(
        by_status(&app, "2020-12-31", Some(&t_empty)).await,
        counts(&[]),
        "knownAt={t_empty}, before any change was recorded"
    );
    // asOf still applies within what was known.
    assert_eq!(
        by_status(&app, "2020-05-31", Some(&t0)).await,
        counts(&[("exploring", 1)])
    );
    // The change itself, as it was known.
    let old = read_ok(&app, &format!("{item}?knownAt={t0}")).await;
    assert_eq!(old["status"], "negotiating", "{old}");
    let listed = read_ok(&app, &format!("{}?knownAt={t0}", timeline("cocoa"))).await;
    assert_eq!(listed["items"][0]["status"], "negotiating", "{listed}");

    // A delete, too, is known from its instant on.
    let response = matching(&app, Method::DELETE, &item, None).await;
    assert_eq!(response.status(), 204);
    assert_eq!(
        by_status(&app, "2020-12-31", None).await,
        counts(&[("exploring", 1)])
    );
    assert_eq!(by_status(&app, "2020-12-31", Some(&t1)).await, corrected);
    assert_eq!(by_status(&app, "2020-12-31", Some(&t0)).await, before);
}

/// A covenant without a recorded status change still holds dated facts:
/// signed from its `signedOn` (the helper's covenants are signed on
/// 2016-07-04), and nothing before. One without dates counts with its own
/// `status` from the day it was written. Once a timeline is recorded, it
/// decides, with the covenant's dates.
#[actix_web::test]
async fn a_covenant_without_a_timeline_counts_by_its_own_dates_and_status() {
    let app = with_covenants(&["cocoa", "tea"]).await;
    assert_eq!(by_status(&app, "2016-07-03", None).await, counts(&[]));
    assert_eq!(
        by_status(&app, "2016-07-04", None).await,
        counts(&[("signed", 2)])
    );
    let undated = with_tracks(&["rubber"]).await;
    assert_eq!(by_status(&undated, "2020-01-01", None).await, counts(&[]));
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(
        by_status(&undated, &today, None).await,
        counts(&[("negotiating", 1)]),
        "as the record says today"
    );
    record(&undated, "rubber", &change("exploring", "2019-01-01")).await;
    assert_eq!(
        by_status(&undated, "2020-01-01", None).await,
        counts(&[("exploring", 1)])
    );
    assert_eq!(
        by_status(&undated, &today, None).await,
        counts(&[("exploring", 1)]),
        "the timeline, not the status field of the day, once one is recorded"
    );
}

/// The latest change decides at every date after it, today too: the
/// covenant's own `status`, written today, is not a later change.
#[actix_web::test]
async fn the_overview_today_counts_by_the_latest_change() {
    let app = with_tracks(&["cocoa", "tea", "rubber"]).await;
    record(&app, "cocoa", &change("exploring", "2019-01-01")).await;
    record(&app, "cocoa", &change("signed", "2021-03-15")).await;
    record(&app, "tea", &change("dropped", "2021-01-01")).await;
    record(&app, "rubber", &change("stalled", "2022-05-01")).await;
    let expected = counts(&[("signed", 1), ("dropped", 1), ("stalled", 1)]);
    assert_eq!(by_status(&app, "2022-05-01", None).await, expected);
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(
        by_status(&app, &today, None).await,
        expected,
        "asOf={today}"
    );
    let overview = read_ok(&app, "/v1/metrics/overview").await;
    assert_eq!(
        overview["covenantsByStatus"], expected,
        "asOf left out: {overview}"
    );
    assert_eq!(by_status(&app, "2099-12-31", None).await, expected);
}

/// A motion's status at a date follows its own dates and the letters that
/// report on it: submitted, then the vote's outcome, then the government's
/// assessments (in progress, completed), each from its date.
#[actix_web::test]
async fn a_motion_counts_by_its_status_at_as_of() {
    let app = with_covenants(&["textile"]).await;
    let motion = app
        .create(
            "/v1/motions",
            &json!({"dossier": "26 485", "number": 999, "title": "Motie over een tijdlijn",
                    "submitters": ["Tijdlijn"], "submittedOn": "2019-01-10", "votedOn": "2019-01-20",
                    "request": "Verzoekt de regering de voortgang te melden.", "status": "completed",
                    "covenants": ["textile"], "source": "test"}),
        )
        .await;
    for (sent_on, reported) in [("2019-06-01", "inProgress"), ("2020-03-01", "completed")] {
        let letter = app
            .create(
                "/v1/letters",
                &json!({"sentOn": sent_on, "subject": "Voortgang", "minister": "Minister",
                        "source": "test"}),
            )
            .await;
        app.create(
            "/v1/motion-responses",
            &json!({"motion": motion["id"], "letter": letter["id"], "summary": "Stand van zaken.",
                    "reportedStatus": reported, "source": "test"}),
        )
        .await;
    }
    for (as_of, expected) in [
        ("2019-01-09", json!([])),
        ("2019-01-15", json!([{"status": "submitted", "count": 1}])),
        ("2019-02-01", json!([{"status": "adopted", "count": 1}])),
        ("2019-07-01", json!([{"status": "inProgress", "count": 1}])),
        ("2020-06-01", json!([{"status": "completed", "count": 1}])),
    ] {
        let overview = read_ok(&app, &format!("/v1/metrics/overview?asOf={as_of}")).await;
        assert_eq!(overview["motionsByStatus"], expected, "asOf={as_of}");
    }
}
