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

/// A private change (a webhook subscription's) is in the audit trail, not
/// in the feed, and moves no public change out of it: written first, on an
/// empty record, it once took the position the next public change needed.
#[actix_web::test]
async fn a_private_change_hides_no_public_one() {
    let app = spawn_app().await;
    let subscription = json!({
        "url": "https://ngo.example.org/hooks/imvo",
        "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    });
    app.create("/v1/webhook-subscriptions", &subscription).await;
    assert_eq!(items(&feed(&app, None).await).len(), 0);
    app.create_sector("textile").await;
    app.create_sector("gold").await;
    let page = feed(&app, None).await;
    let created: Vec<&str> = items(&page)
        .iter()
        .map(|change| change["resourceId"].as_str().unwrap())
        .collect();
    assert_eq!(created, ["textile", "gold"]);
    let last = items(&page)[1]["cursor"].as_str().unwrap();
    assert_eq!(items(&feed(&app, Some(last)).await).len(), 0);
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

#[path = "../../examples/mirror/sync.rs"]
mod mirror;

/// The mirror example, polling while 32 writers create, update and delete,
/// ends up holding exactly what the service holds, deletions included.
#[actix_web::test]
async fn a_mirror_kept_by_the_feed_under_concurrent_writes_equals_the_record() {
    let app = spawn_app().await;
    let file = std::env::temp_dir().join(format!("imvo-mirror-{}.sqlite3", uuid::Uuid::new_v4()));
    let mut copy = mirror::open(file.to_str().unwrap()).expect("a mirror file");
    let client = reqwest::Client::new();
    let base = app.url("/v1");

    // Halfway, each writer waits for the poller's second poll, so the
    // poller certainly runs while they write, however the machine is
    // loaded.
    let polled = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let writers: Vec<_> = (0..32)
        .map(|writer| {
            let (client, url, token, polled) = (
                reqwest::Client::new(),
                app.url("/v1/sectors"),
                app.admin_token.clone(),
                std::sync::Arc::clone(&polled),
            );
            actix_web::rt::spawn(async move {
                for i in 0..4 {
                    while i == 2 && polled.load(std::sync::atomic::Ordering::SeqCst) < 2 {
                        actix_web::rt::time::sleep(Duration::from_millis(5)).await;
                    }
                    let code = format!("w{writer}-{i}");
                    let send = |method: Method, url: String, body: Option<Value>| {
                        let request = client.request(method, url).bearer_auth(&token);
                        let request = match body {
                            Some(body) => request.json(&body),
                            None => request,
                        };
                        async move { request.send().await.expect("an answer").status() }
                    };
                    let created = send(
                        Method::POST,
                        url.clone(),
                        Some(json!({"code": code, "nameNl": "Eerst", "nameEn": "First"})),
                    )
                    .await;
                    assert_eq!(created, 201);
                    let item = format!("{url}/{code}");
                    let patched =
                        send(Method::PATCH, item.clone(), Some(json!({"nameEn": "Then"}))).await;
                    assert_eq!(patched, 200);
                    if i % 2 == 0 {
                        assert_eq!(send(Method::DELETE, item, None).await, 204);
                    }
                }
            })
        })
        .collect();
    let mut polls = 0;
    while !writers.iter().all(|w| w.is_finished()) {
        mirror::catch_up(&client, &base, &mut copy)
            .await
            .expect("the mirror catches up");
        polls += 1;
        polled.store(polls, std::sync::atomic::Ordering::SeqCst);
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    for writer in writers {
        writer.await.expect("a writer");
    }
    mirror::catch_up(&client, &base, &mut copy)
        .await
        .expect("the mirror catches up");
    assert!(polls > 1, "the poller ran while the writers wrote");

    let mut listed = Vec::new();
    let mut next = Some(app.url("/v1/sectors?pageSize=100"));
    while let Some(href) = next {
        let page: Value = app.get(&href).await.json().await.unwrap();
        listed.extend(items(&page).iter().cloned());
        next = page["_links"]["next"]["href"].as_str().map(str::to_owned);
    }
    let held = mirror::contents(&mut copy).expect("the mirror's contents");
    assert_eq!(listed.len(), 64, "two of each writer's four sectors remain");
    assert_eq!(
        held.len(),
        listed.len(),
        "deleted sectors are gone from the mirror too"
    );
    for sector in listed {
        let code = sector["code"].as_str().unwrap();
        let copy = held
            .iter()
            .find(|m| m.resource_type == "sector" && m.resource_id == code)
            .unwrap_or_else(|| panic!("{code} is not in the mirror"));
        let copied: Value = serde_json::from_str(&copy.representation).unwrap();
        assert_eq!(copied, sector, "{code}");
        assert_eq!(copy.version, 2, "{code}: created, then patched");
    }
    std::fs::remove_file(&file).ok();
}
