//! The public change feed: every write in commit order, with tombstones, a
//! cursor that never skips a change, and nothing about who made it.

use std::sync::mpsc;
use std::time::Duration;

use imvo_tracker::auth::{Principal, Role};
use imvo_tracker::changes::cursor;
use imvo_tracker::db::{self, write_transaction};
use imvo_tracker::error::AppError;
use imvo_tracker::http::crud::insert_recorded;
use imvo_tracker::sectors::model::{Sector, SectorInput};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app};

/// The feed after `after` (from the start when `None`), with its links.
async fn feed(app: &TestApp, after: Option<&str>) -> Value {
    let path = match after {
        Some(cursor) => format!("/v1/changes?after={cursor}"),
        None => "/v1/changes".to_owned(),
    };
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

fn items(page: &Value) -> &Vec<Value> {
    page["items"].as_array().unwrap()
}

#[actix_web::test]
async fn every_write_appears_in_order_with_its_version_and_a_tombstone_for_a_delete() {
    let app = spawn_app().await;
    let created = app.create_sector("textile").await;
    let patched = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/textile",
            &json!({"nameEn": "Garments"}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let patched: Value = patched.json().await.unwrap();
    let deleted = app
        .write(Method::DELETE, "/v1/sectors/textile")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);

    let page = feed(&app, None).await;
    let changes = items(&page);
    let summary: Vec<(&str, &str, &str, i64)> = changes
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap(),
                c["resourceType"].as_str().unwrap(),
                c["resourceId"].as_str().unwrap(),
                c["version"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("create", "sector", "textile", 1),
            ("update", "sector", "textile", 2),
            ("delete", "sector", "textile", 2),
        ]
    );
    assert_eq!(
        changes[0]["resource"], created,
        "the representation GET showed"
    );
    assert_eq!(changes[1]["resource"], patched);
    assert_eq!(changes[2]["resource"], Value::Null, "a tombstone");
    assert_eq!(
        changes[2]["_links"]["resource"]["href"],
        app.url("/v1/sectors/textile")
    );
    for change in changes {
        assert!(change.get("actor").is_none() && change.get("requestId").is_none());
    }
    let cursors: Vec<&str> = changes
        .iter()
        .map(|c| c["cursor"].as_str().unwrap())
        .collect();
    assert!(cursors.windows(2).all(|w| w[0] < w[1]), "{cursors:?}");

    // `next` continues after the last change; at the end it polls in place.
    let last = changes[2]["cursor"].as_str().unwrap();
    let next = page["_links"]["next"]["href"].as_str().unwrap();
    assert!(next.contains(&format!("after={last}")), "{next}");
    let end: Value = app.get(next).await.json().await.unwrap();
    assert!(items(&end).is_empty());
    assert_eq!(end["_links"]["next"]["href"], next);

    app.create_sector("gold").await;
    let more: Value = app.get(next).await.json().await.unwrap();
    assert_eq!(items(&more).len(), 1);
    assert_eq!(items(&more)[0]["resourceId"], "gold");
}

#[actix_web::test]
async fn limit_pages_through_the_feed() {
    let app = spawn_app().await;
    for code in ["a1", "a2", "a3", "a4", "a5"] {
        app.create_sector(code).await;
    }
    let mut href = app.url("/v1/changes?limit=2");
    let mut seen = Vec::new();
    loop {
        let page: Value = app.get(&href).await.json().await.unwrap();
        let batch = items(&page);
        assert!(batch.len() <= 2);
        if batch.is_empty() {
            break;
        }
        seen.extend(
            batch
                .iter()
                .map(|c| c["resourceId"].as_str().unwrap().to_owned()),
        );
        href = page["_links"]["next"]["href"].as_str().unwrap().to_owned();
    }
    assert_eq!(seen, ["a1", "a2", "a3", "a4", "a5"]);
}

#[actix_web::test]
async fn bad_cursors_and_limits_are_400_naming_the_parameter() {
    let app = spawn_app().await;
    app.create_sector("textile").await;
    let first = items(&feed(&app, None).await)[0]["cursor"]
        .as_str()
        .unwrap()
        .to_owned();
    let tampered = format!(
        "{}{}",
        &first[..15],
        if &first[15..16] == "0" { "1" } else { "0" }
    );
    let past_the_end = cursor::encode(99);
    for (query, parameter) in [
        ("after=abc", "after"),
        ("after=-1", "after"),
        ("after=", "after"),
        ("after=1", "after"),
        (&format!("after={tampered}{}", &first[16..]), "after"),
        (&format!("after={past_the_end}"), "after"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("since=1", "since"),
    ] {
        let body = problem(app.get(&format!("/v1/changes?{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body), [parameter], "{query}: {body}");
    }
}

/// The classic trap: a change that takes its number first but commits
/// after a later-numbered one. A poller that has read past the later one
/// must still get the earlier one. On PostgreSQL both transactions run at
/// once; on SQLite, whose writers take turns, the API write waits for the
/// held one, and the feed must still show both, once each.
#[actix_web::test]
async fn a_change_that_commits_late_is_not_skipped() {
    let app = spawn_app().await;
    app.create_sector("first").await;
    let start = items(&feed(&app, None).await)[0]["cursor"]
        .as_str()
        .unwrap()
        .to_owned();

    let (written, wait_written) = mpsc::channel();
    let (release, wait_release) = mpsc::channel::<()>();
    let database = app.database.clone();
    let held = std::thread::spawn(move || {
        let mut conn = db::connect(&database).expect("a connection to the test database");
        let principal = Principal {
            sub: "held-writer".into(),
            role: Role::Admin,
            covenants: vec![],
            request_id: None,
        };
        write_transaction(&mut conn, |conn| {
            let input = SectorInput {
                code: "held".into(),
                name_nl: "Vastgehouden".into(),
                name_en: "Held".into(),
            };
            insert_recorded::<Sector>(conn, &principal, &(), &input)?;
            written.send(()).expect("the test is waiting");
            wait_release.recv().expect("the test releases the writer");
            Ok::<_, AppError>(())
        })
        .expect("the held write commits");
    });
    wait_written.recv().expect("the held write is under way");

    let quick = {
        let (client, url, token) = (
            reqwest::Client::new(),
            app.url("/v1/sectors"),
            app.admin_token.clone(),
        );
        actix_web::rt::spawn(async move {
            client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"code": "quick", "nameNl": "Snel", "nameEn": "Quick"}))
                .send()
                .await
                .expect("the quick write is answered")
                .status()
        })
    };
    // PostgreSQL commits the quick write now; SQLite makes it wait.
    actix_web::rt::time::sleep(Duration::from_millis(500)).await;
    let mut seen = Vec::new();
    let mut cursor = start.clone();
    let poll = async |seen: &mut Vec<(String, String)>, cursor: &mut String| {
        for change in items(&feed(&app, Some(cursor)).await) {
            let position = change["cursor"].as_str().unwrap().to_owned();
            seen.push((position, change["resourceId"].as_str().unwrap().to_owned()));
            *cursor = change["cursor"].as_str().unwrap().to_owned();
        }
    };
    poll(&mut seen, &mut cursor).await;

    release.send(()).unwrap();
    held.join().expect("the held writer");
    assert_eq!(quick.await.unwrap(), 201);
    poll(&mut seen, &mut cursor).await;

    let mut codes: Vec<&str> = seen.iter().map(|(_, code)| code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["held", "quick"], "each change once: {seen:?}");
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
}
