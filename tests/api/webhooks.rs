//! Webhooks: subscriptions a token subject manages for itself, and every
//! public change delivered to them, signed (Standard Webhooks), at least
//! once, in order per resource, through failed answers, an outage and a
//! second instance on the same database; a target that keeps failing, or
//! answers 410, disables its subscription until it is enabled again.
//!
//! The receiver (`webhook_receiver.rs`) checks each signature on its own.
//! Everything waited for is polled with a deadline, never timed.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE};
use futures_util::future::join_all;
use imvo_tracker::auth::Role;
use imvo_tracker::config::Config;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{
    TestApp, another_instance, header, invalid_fields, problem, spawn_app_with, token,
};
use crate::webhook_receiver::{Policy, Received, Receiver, new_secret};

const SUBSCRIPTIONS: &str = "/v1/webhook-subscriptions";
/// The longest any "eventually" waits.
const DEADLINE: Duration = Duration::from_secs(30);

/// Webhook settings for a test: the receiver's host allowed, retries after
/// `retry_delays_ms`, a fast poll.
fn fast_webhooks(config: &mut Config, retry_delays_ms: &[u64]) {
    config.webhooks.allowed_targets = vec!["http://127.0.0.1".into()];
    config.webhooks.retry_delays = retry_delays_ms
        .iter()
        .map(|ms| Duration::from_millis(*ms))
        .collect();
    config.webhooks.poll_interval = Duration::from_millis(20);
    config.webhooks.timeout = Duration::from_secs(2);
}

async fn app_with_retries(retry_delays_ms: &[u64]) -> TestApp {
    spawn_app_with(|config| fast_webhooks(config, retry_delays_ms)).await
}

/// Polls `probe` until it answers `Ok`; fails after `DEADLINE` with what
/// was awaited and the last thing seen.
async fn eventually<T>(what: &str, mut probe: impl AsyncFnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + DEADLINE;
    loop {
        match probe().await {
            Ok(value) => return value,
            Err(last) if Instant::now() >= deadline => {
                panic!("after {DEADLINE:?}, still not {what}; last seen: {last}")
            }
            Err(_) => actix_web::rt::time::sleep(Duration::from_millis(25)).await,
        }
    }
}

/// Lets the service run for a while (25 poll intervals), for checks that
/// something did *not* happen.
async fn settle() {
    actix_web::rt::time::sleep(Duration::from_millis(500)).await;
}

/// Sends `body` (if any) with `token`; answers the status and the body as
/// text.
async fn send_as(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> (u16, String) {
    let mut request = app.request(method.clone(), path).bearer_auth(token);
    if let Some(body) = body {
        let media_type = if method == Method::PATCH {
            "application/merge-patch+json"
        } else {
            "application/json"
        };
        request = request
            .header("content-type", media_type)
            .body(body.to_string());
    }
    let response = request.send().await.expect("an answer");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

/// The subscription input the tests start from.
fn input(url: &str, resource_types: &[&str], secret: &str) -> Value {
    json!({"url": url, "resourceTypes": resource_types, "secret": secret})
}

/// Subscribes as admin; answers the view.
async fn subscribe(app: &TestApp, url: &str, resource_types: &[&str], secret: &str) -> Value {
    app.create(SUBSCRIPTIONS, &input(url, resource_types, secret))
        .await
}

fn item_path(id: i64) -> String {
    format!("{SUBSCRIPTIONS}/{id}")
}

/// A subscription as admin sees it.
async fn subscription(app: &TestApp, id: i64) -> Value {
    let (status, body) = send_as(app, &app.admin_token, Method::GET, &item_path(id), None).await;
    assert_eq!(status, 200, "GET subscription {id}: {body}");
    serde_json::from_str(&body).unwrap()
}

/// All deliveries of a subscription (every page), as admin; `query` like
/// `state=failed` or "".
async fn deliveries(app: &TestApp, id: i64, query: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut next = Some(format!("{}/deliveries?pageSize=100&{query}", item_path(id)));
    while let Some(href) = next {
        let (status, body) = send_as(app, &app.admin_token, Method::GET, &href, None).await;
        assert_eq!(status, 200, "GET {href}: {body}");
        let page: Value = serde_json::from_str(&body).unwrap();
        items.extend(page["items"].as_array().expect("items").iter().cloned());
        next = page["_links"]["next"]["href"].as_str().map(str::to_owned);
    }
    items
}

/// The whole public change feed.
async fn feed(app: &TestApp) -> Vec<Value> {
    let response = app.get("/v1/changes?limit=1000").await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(status, 200, "GET /v1/changes: {text}");
    let page: Value = serde_json::from_str(&text).unwrap();
    let items = page["items"].as_array().unwrap().clone();
    assert!(items.len() < 1000, "the tests stay on one feed page");
    items
}

fn cursor(change: &Value) -> String {
    change["cursor"].as_str().expect("a cursor").to_owned()
}

/// `sector.created` and the like, for a feed item.
fn event_type(change: &Value) -> String {
    let past = match change["action"].as_str().unwrap() {
        "create" => "created",
        "update" => "updated",
        "delete" => "deleted",
        other => panic!("an unknown action {other}"),
    };
    format!("{}.{past}", change["resourceType"].as_str().unwrap())
}

/// The webhook ids the receiver answered with a 2xx.
fn acknowledged(receiver: &Receiver) -> HashSet<String> {
    receiver
        .received()
        .iter()
        .filter(|r| r.acknowledged())
        .map(|r| r.webhook_id().to_owned())
        .collect()
}

/// Waits until the receiver has acknowledged every change in the feed.
async fn all_acknowledged(app: &TestApp, receiver: &Receiver) -> Vec<Value> {
    eventually(
        "every change in the feed acknowledged by the receiver",
        async || {
            let changes = feed(app).await;
            let acked = acknowledged(receiver);
            let missing: Vec<String> = changes
                .iter()
                .map(cursor)
                .filter(|c| !acked.contains(c))
                .collect();
            if missing.is_empty() {
                Ok(changes)
            } else {
                Err(format!(
                    "{} of {} missing: {missing:?}",
                    missing.len(),
                    changes.len()
                ))
            }
        },
    )
    .await
}

/// Checks one request against the Standard Webhooks rules and the feed:
/// a signed JSON POST whose `data` is exactly the feed item `webhook-id`
/// names.
fn check_request(request: &Received, by_cursor: &HashMap<String, Value>) {
    let what = format!("request {} {:?}", request.webhook_id(), request.headers);
    assert_eq!(request.method, "POST", "{what}");
    assert!(
        request
            .header("content-type")
            .starts_with("application/json"),
        "{what}"
    );
    assert!(request.signature_valid, "the signature verifies: {what}");
    let timestamp: i64 = request
        .header("webhook-timestamp")
        .parse()
        .unwrap_or_else(|_| panic!("webhook-timestamp in Unix seconds: {what}"));
    assert!(
        (timestamp - chrono::Utc::now().timestamp()).abs() < 600,
        "webhook-timestamp is about now: {what}"
    );
    let body = request.json();
    let change = by_cursor
        .get(request.webhook_id())
        .unwrap_or_else(|| panic!("webhook-id is a cursor of the feed: {what}, {body}"));
    assert_eq!(body["data"], *change, "data is the feed's item");
    assert_eq!(body["data"]["cursor"], request.webhook_id());
    assert_eq!(body["type"], event_type(change), "{body}");
    assert_eq!(body["timestamp"], change["changedAt"], "{body}");
}

/// The feed's items by cursor, as a webhook carries them. Without
/// `PUBLIC_BASE_URL` no request says where the service is reached, so a
/// webhook's links are root-relative where the feed's start with the
/// address asked (`app.address`); with it configured, both start with it
/// (`address` None: compare as they are).
fn by_cursor(changes: &[Value], address: Option<&str>) -> HashMap<String, Value> {
    changes
        .iter()
        .map(|change| {
            let change = match address {
                Some(address) => {
                    let text = change
                        .to_string()
                        .replace(&format!("\"href\":\"{address}/"), "\"href\":\"/");
                    serde_json::from_str(&text).unwrap()
                }
                None => change.clone(),
            };
            (cursor(&change), change)
        })
        .collect()
}

/// A client writing as admin, for concurrent writers.
#[derive(Clone)]
struct Writer {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Writer {
    fn of(app: &TestApp) -> Self {
        Self {
            http: app.client.clone(),
            base: app.address.clone(),
            token: app.admin_token.clone(),
        }
    }

    fn on(address: &str, token: &str) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: address.to_owned(),
            token: token.to_owned(),
        }
    }

    /// Sends and asserts `expected`; answers the body.
    async fn send(&self, method: Method, path: &str, body: Option<Value>, expected: u16) -> Value {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        };
        let mut request = self
            .http
            .request(method.clone(), url.as_str())
            .bearer_auth(&self.token);
        if let Some(body) = &body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.expect("an answer");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        assert_eq!(status, expected, "{method} {path} {body:?}: {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }
}

/// A resource the scenario writes: where it is created, with what, and
/// which member its updates change.
struct Resource {
    collection: &'static str,
    create: Value,
    member: &'static str,
    delete: bool,
}

fn scenario_resources() -> Vec<Resource> {
    let sector = |code: &str, delete: bool| Resource {
        collection: "/v1/sectors",
        create: json!({"code": code, "nameNl": format!("Sector {code}"), "nameEn": format!("Sector {code}")}),
        member: "nameEn",
        delete,
    };
    let organisation = |name: &str, delete: bool| Resource {
        collection: "/v1/organisations",
        create: json!({"name": name, "kind": "company", "country": "NL", "source": "Handelsregister KvK"}),
        member: "name",
        delete,
    };
    vec![
        sector("alpha", false),
        sector("beta", true),
        sector("gamma", false),
        organisation("Delta B.V.", false),
        organisation("Epsilon N.V.", true),
    ]
}

/// The scenario: a receiver that fails every third request and is
/// down for a while, 32 writes to five resources at once; every change
/// arrives, signed, in order per resource.
#[actix_web::test]
async fn every_change_arrives_signed_and_in_order_per_resource_through_failures_and_an_outage() {
    // Enough retries that an outage plus every-third 500s never exhausts them.
    let app = app_with_retries(&[50, 100, 200, 400, 800, 1000, 1000, 1000, 1000, 1000]).await;
    let secret = new_secret();
    let mut receiver = Receiver::start(&secret, Policy::FailEveryThird);
    let subscription_id = subscribe(&app, &receiver.url("/hooks"), &[], &secret).await["id"]
        .as_i64()
        .unwrap();
    let writer = Writer::of(&app);
    let resources = scenario_resources();

    // First half, the resources side by side: create each, update it twice.
    let paths: Vec<String> = join_all(resources.iter().map(|resource| {
        let writer = writer.clone();
        async move {
            let created = writer
                .send(
                    Method::POST,
                    resource.collection,
                    Some(resource.create.clone()),
                    201,
                )
                .await;
            let path = created["_links"]["self"]["href"]
                .as_str()
                .unwrap()
                .to_owned();
            for n in 1..=2 {
                let patch = json!({resource.member: format!("Renamed {n}")});
                writer.send(Method::PATCH, &path, Some(patch), 200).await;
            }
            path
        }
    }))
    .await;
    eventually(
        "some deliveries acknowledged before the outage",
        async || {
            let acked = acknowledged(&receiver).len();
            if acked >= 5 {
                Ok(())
            } else {
                Err(format!("{acked} acknowledged"))
            }
        },
    )
    .await;

    // The receiver goes down; the second half is written meanwhile: three
    // more updates each, then two deletes.
    receiver.stop().await;
    join_all(resources.iter().zip(&paths).map(|(resource, path)| {
        let writer = writer.clone();
        async move {
            for n in 3..=5 {
                let patch = json!({resource.member: format!("Renamed {n}")});
                writer.send(Method::PATCH, path, Some(patch), 200).await;
            }
            if resource.delete {
                writer.send(Method::DELETE, path, None, 204).await;
            }
        }
    }))
    .await;
    eventually(
        "a refused attempt recorded while the receiver is down",
        async || {
            let items = deliveries(&app, subscription_id, "").await;
            let refused = items
                .iter()
                .flat_map(|d| d["attempts"].as_array().unwrap())
                .any(|a| {
                    a["statusCode"].is_null() && a["error"].as_str().is_some_and(|e| !e.is_empty())
                });
            if refused {
                Ok(())
            } else {
                Err(format!("{items:?}"))
            }
        },
    )
    .await;
    settle().await;
    receiver.restart().await;

    let changes = all_acknowledged(&app, &receiver).await;
    assert_eq!(changes.len(), 32, "32 writes: {changes:?}");
    let by_cursor = by_cursor(&changes, Some(&app.address));
    let received = receiver.received();
    for request in &received {
        check_request(request, &by_cursor);
        assert_eq!(request.path, "/hooks");
    }
    assert!(
        received.iter().any(|r| r.status == 500),
        "the receiver did fail some"
    );

    // In order per resource: each change of a resource is first sent only
    // after the one before it was acknowledged; versions never go back;
    // created first, deleted last.
    let first_sent = |id: &str| received.iter().position(|r| r.webhook_id() == id).unwrap();
    let first_acknowledged = |id: &str| {
        received
            .iter()
            .position(|r| r.webhook_id() == id && r.acknowledged())
            .unwrap()
    };
    let mut per_resource: HashMap<(String, String), Vec<&Value>> = HashMap::new();
    for change in &changes {
        per_resource
            .entry((
                change["resourceType"].as_str().unwrap().to_owned(),
                change["resourceId"].as_str().unwrap().to_owned(),
            ))
            .or_default()
            .push(change);
    }
    assert_eq!(per_resource.len(), 5);
    for (resource, history) in &per_resource {
        for pair in history.windows(2) {
            let (earlier, later) = (cursor(pair[0]), cursor(pair[1]));
            assert!(
                first_sent(&later) > first_acknowledged(&earlier),
                "{resource:?}: {later} was sent before {earlier} was delivered"
            );
        }
        let mut arrivals: Vec<&Value> = history.clone();
        arrivals.sort_by_key(|c| first_sent(&cursor(c)));
        let versions: Vec<i64> = arrivals
            .iter()
            .map(|c| c["version"].as_i64().unwrap())
            .collect();
        assert!(
            versions.windows(2).all(|w| w[0] <= w[1]),
            "{resource:?}: {versions:?}"
        );
        let types: Vec<String> = arrivals.iter().map(|c| event_type(c)).collect();
        assert!(types[0].ends_with(".created"), "{resource:?}: {types:?}");
        if let Some(at) = types.iter().position(|t| t.ends_with(".deleted")) {
            assert_eq!(at, types.len() - 1, "{resource:?}: {types:?}");
        }
    }

    // The deliveries list: one per change, all delivered, newest first,
    // with the failed attempts (500s, and refusals while down) kept.
    let listed = eventually("every delivery listed as delivered", async || {
        let items = deliveries(&app, subscription_id, "").await;
        let pending = items.iter().filter(|d| d["state"] != "delivered").count();
        if pending == 0 && items.len() == changes.len() {
            Ok(items)
        } else {
            Err(format!("{} listed, {pending} not delivered", items.len()))
        }
    })
    .await;
    let ids: Vec<i64> = listed.iter().map(|d| d["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {ids:?}");
    let mut listed_ids = HashSet::new();
    for delivery in &listed {
        let change = &by_cursor[delivery["webhookId"].as_str().expect("a webhookId")];
        assert!(
            listed_ids.insert(delivery["webhookId"].as_str().unwrap().to_owned()),
            "one delivery per change"
        );
        assert_eq!(delivery["eventType"], event_type(change), "{delivery}");
        assert_eq!(delivery["resourceType"], change["resourceType"]);
        assert_eq!(delivery["resourceId"], change["resourceId"]);
        assert_eq!(delivery["version"], change["version"]);
        assert!(delivery["nextAttemptAt"].is_null(), "{delivery}");
        assert!(delivery["deliveredAt"].is_string(), "{delivery}");
        assert!(delivery["createdAt"].is_string(), "{delivery}");
        let attempts = delivery["attempts"].as_array().unwrap();
        assert_eq!(delivery["attemptCount"], attempts.len(), "{delivery}");
        let last = attempts.last().expect("an attempt");
        assert!(
            last["statusCode"]
                .as_u64()
                .is_some_and(|s| (200..300).contains(&s)),
            "the last attempt succeeded: {delivery}"
        );
        for attempt in attempts {
            assert!(attempt["attemptedAt"].is_string(), "{attempt}");
            assert!(attempt["durationMs"].is_u64(), "{attempt}");
        }
    }
    let attempts: Vec<&Value> = listed
        .iter()
        .flat_map(|d| d["attempts"].as_array().unwrap())
        .collect();
    assert!(
        attempts.iter().any(|a| a["statusCode"] == 500),
        "a failed attempt with status 500 is listed"
    );
    assert!(
        attempts
            .iter()
            .any(|a| a["statusCode"].is_null() && a["error"].is_string()),
        "a refused connection is listed with its error"
    );
    assert_eq!(subscription(&app, subscription_id).await["enabled"], true);
}

/// The secret's base64 part, which no answer may contain.
fn secret_key(secret: &str) -> &str {
    secret.strip_prefix("whsec_").unwrap_or(secret)
}

fn assert_no_secret(text: &str, secret: &str, what: &str) {
    assert!(
        !text.contains(secret_key(secret)),
        "{what} shows the secret: {text}"
    );
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        assert!(
            !value.to_string().contains("\"secret\""),
            "{what} has a secret member: {text}"
        );
    }
}

/// The whole life of a subscription, by its owner.
#[actix_web::test]
async fn a_subscription_is_created_read_listed_replaced_patched_and_deleted_and_stays_private() {
    let app = app_with_retries(&[50]).await;
    let reader = token(Role::Reader, &[]);
    let secret = new_secret();
    let url = "http://127.0.0.1:9/first";

    let response = app
        .request(Method::POST, SUBSCRIPTIONS)
        .bearer_auth(&reader)
        .json(&json!({"url": url, "secret": secret}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let etag = header(&response, "etag");
    assert!(!etag.is_empty(), "an ETag");
    let location = header(&response, "location");
    let created_text = response.text().await.unwrap();
    assert_no_secret(&created_text, &secret, "the create's answer");
    let created: Value = serde_json::from_str(&created_text).unwrap();
    let id = created["id"].as_i64().expect("an integer id");
    let path = item_path(id);
    assert_eq!(location, path);
    assert_eq!(created["url"], url);
    assert_eq!(created["resourceTypes"], json!([]), "every type by default");
    assert_eq!(created["enabled"], true, "enabled by default");
    assert_eq!(created["disabledReason"], Value::Null);
    assert_eq!(created["disabledAt"], Value::Null);
    assert_eq!(created["owner"], "test-reader");
    assert_eq!(created["version"], 1);
    assert!(created["createdAt"].as_str().unwrap().ends_with('Z'));
    assert!(created["updatedAt"].is_string());
    assert!(
        created["_links"]["self"]["href"]
            .as_str()
            .unwrap()
            .ends_with(&path),
        "{created}"
    );
    assert!(
        created["_links"]["deliveries"]["href"]
            .as_str()
            .unwrap()
            .ends_with(&format!("{path}/deliveries")),
        "{created}"
    );

    let read = app
        .request(Method::GET, &path)
        .bearer_auth(&reader)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200);
    assert_eq!(header(&read, "etag"), etag);
    let read_text = read.text().await.unwrap();
    assert_no_secret(&read_text, &secret, "GET");
    assert_eq!(serde_json::from_str::<Value>(&read_text).unwrap(), created);

    let (status, list_text) = send_as(&app, &reader, Method::GET, SUBSCRIPTIONS, None).await;
    assert_eq!(status, 200);
    assert_no_secret(&list_text, &secret, "the list");
    let list: Value = serde_json::from_str(&list_text).unwrap();
    assert_eq!(list["items"], json!([created]));
    assert_eq!(list["page"]["totalItems"], 1);
    assert!(list["_links"]["self"]["href"].is_string(), "{list}");

    let (status, empty) = send_as(
        &app,
        &reader,
        Method::GET,
        &format!("{path}/deliveries"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{empty}");
    assert_eq!(
        serde_json::from_str::<Value>(&empty).unwrap()["items"],
        json!([])
    );

    // PUT takes the whole input, the secret again included.
    let replacement = json!({"url": "http://127.0.0.1:9/second", "resourceTypes": ["sector", "organisation"], "enabled": true});
    let (status, body) = send_as(&app, &reader, Method::PUT, &path, Some(&replacement)).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        invalid_fields(&serde_json::from_str(&body).unwrap()),
        ["#/secret"]
    );
    let mut replacement = replacement;
    replacement["secret"] = json!(new_secret());
    let replaced = app
        .request(Method::PUT, &path)
        .bearer_auth(&reader)
        .header("if-match", &etag)
        .json(&replacement)
        .send()
        .await
        .unwrap();
    assert_eq!(replaced.status(), 200);
    let replaced_etag = header(&replaced, "etag");
    assert_ne!(replaced_etag, etag);
    let replaced_text = replaced.text().await.unwrap();
    assert_no_secret(
        &replaced_text,
        replacement["secret"].as_str().unwrap(),
        "PUT",
    );
    let replaced: Value = serde_json::from_str(&replaced_text).unwrap();
    assert_eq!(replaced["url"], "http://127.0.0.1:9/second");
    assert_eq!(replaced["resourceTypes"], json!(["sector", "organisation"]));
    assert_eq!(replaced["version"], 2);
    assert_eq!(replaced["createdAt"], created["createdAt"]);

    // A stale If-Match is 412 and changes nothing; a current one goes through.
    for (method, body) in [
        (Method::PATCH, json!({"url": "http://127.0.0.1:9/stale"})),
        (Method::PUT, {
            let mut stale = replacement.clone();
            stale["url"] = json!("http://127.0.0.1:9/stale");
            stale
        }),
    ] {
        let content_type = if method == Method::PATCH {
            "application/merge-patch+json"
        } else {
            "application/json"
        };
        let response = app
            .request(method, &path)
            .bearer_auth(&reader)
            .header("if-match", &etag)
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        problem(response, 412).await;
    }
    let (_, unchanged) = send_as(&app, &reader, Method::GET, &path, None).await;
    assert_eq!(serde_json::from_str::<Value>(&unchanged).unwrap(), replaced);

    let patched = app
        .request(Method::PATCH, &path)
        .bearer_auth(&reader)
        .header("if-match", &replaced_etag)
        .header("content-type", "application/merge-patch+json")
        .body(json!({"url": "http://127.0.0.1:9/third", "resourceTypes": ["letter"]}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(patched.status(), 200);
    let patched_text = patched.text().await.unwrap();
    assert_no_secret(
        &patched_text,
        replacement["secret"].as_str().unwrap(),
        "PATCH",
    );
    let patched: Value = serde_json::from_str(&patched_text).unwrap();
    assert_eq!(patched["url"], "http://127.0.0.1:9/third");
    assert_eq!(patched["resourceTypes"], json!(["letter"]));
    assert_eq!(patched["version"], 3);

    // A patch is checked like a create.
    let (status, body) = send_as(
        &app,
        &reader,
        Method::PATCH,
        &path,
        Some(&json!({"url": "https://10.0.0.5/x"})),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        invalid_fields(&serde_json::from_str(&body).unwrap()),
        ["#/url"]
    );

    let (status, body) = send_as(&app, &reader, Method::DELETE, &path, None).await;
    assert_eq!(status, 204, "{body}");
    for gone in [path.clone(), format!("{path}/deliveries")] {
        let (status, body) = send_as(&app, &reader, Method::GET, &gone, None).await;
        assert_eq!(status, 404, "{gone}: {body}");
    }

    // Private: not in the public feed; in the audit trail, without the secret.
    assert_eq!(feed(&app).await, Vec::<Value>::new(), "no public change");
    let (status, trail_text) = send_as(
        &app,
        &app.admin_token,
        Method::GET,
        "/v1/audit-events?pageSize=100",
        None,
    )
    .await;
    assert_eq!(status, 200);
    let trail: Value = serde_json::from_str(&trail_text).unwrap();
    let events: Vec<&Value> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["resourceType"] == "webhookSubscription")
        .collect();
    let actions: Vec<&str> = events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    let mut sorted = actions.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        ["create", "delete", "update", "update"],
        "one audit event per write: {trail}"
    );
    for event in &events {
        assert_eq!(event["actor"], "test-reader");
        assert_eq!(
            event["resourceId"].to_string().trim_matches('"'),
            id.to_string()
        );
    }
    for secret in [&secret, replacement["secret"].as_str().unwrap()] {
        assert_no_secret(&trail_text, secret, "the audit trail");
        for event in &events {
            let (_, one) = send_as(
                &app,
                &app.admin_token,
                Method::GET,
                event["_links"]["self"]["href"].as_str().unwrap(),
                None,
            )
            .await;
            assert_no_secret(&one, secret, "an audit event");
        }
    }
}

#[actix_web::test]
async fn invalid_subscriptions_are_400_naming_the_field() {
    let app = app_with_retries(&[50]).await;
    let secret = new_secret();
    let good = input("http://127.0.0.1:9/hook", &[], &secret);
    let with = |member: &str, value: Value| {
        let mut body = good.clone();
        body[member] = value;
        body
    };
    let without = |member: &str| {
        let mut body = good.clone();
        body.as_object_mut().unwrap().remove(member);
        body
    };
    let secret_of = |bytes: usize| format!("whsec_{}", STANDARD.encode(vec![0xfb_u8; bytes]));

    let mut cases = vec![(without("url"), "#/url"), (with("url", json!(42)), "#/url")];
    for url in [
        "not a url",
        "/relative/path",
        "http://hooks.example.org/imvo",
        "ftp://127.0.0.1/x",
        "https://127.0.0.1/x",
        "https://10.0.0.5/x",
        "https://192.168.1.20/x",
        "https://169.254.169.254/latest",
        "https://[::1]/x",
        "https://localhost/x",
        "http://127.0.0.2/x",
    ] {
        cases.push((with("url", json!(url)), "#/url"));
    }
    cases.push((with("resourceTypes", json!(["nope"])), "#/resourceTypes/0"));
    cases.push((
        with("resourceTypes", json!(["sector", "Sector"])),
        "#/resourceTypes/1",
    ));
    cases.push((
        with(
            "resourceTypes",
            json!(["sector", "covenant", "webhookSubscription"]),
        ),
        "#/resourceTypes/2",
    ));
    cases.push((with("resourceTypes", json!("sector")), "#/resourceTypes"));
    cases.push((without("secret"), "#/secret"));
    for bad in [
        String::new(),
        "abc".into(),
        "whsec_".into(),
        secret_of(32).replace("whsec_", "WHSEC_"),
        secret_of(32).replace("whsec_", ""),
        secret_of(23),
        secret_of(65),
        "whsec_!!!!not-base64!!!!".into(),
        // The URL-safe alphabet, and no padding, are not the standard form.
        format!("whsec_{}", URL_SAFE.encode([0xfb_u8; 24])),
        format!("whsec_{}", STANDARD_NO_PAD.encode([0xfb_u8; 25])),
    ] {
        cases.push((with("secret", json!(bad)), "#/secret"));
    }

    for (body, pointer) in cases {
        let response = app.post_json(SUBSCRIPTIONS, &body).await;
        let refusal = problem(response, 400).await;
        assert_eq!(invalid_fields(&refusal), [pointer], "{body}: {refusal}");
        if body
            .get("secret")
            .is_some_and(|s| s.as_str().is_some_and(|s| s.len() > 10))
        {
            assert_no_secret(
                &refusal.to_string(),
                body["secret"].as_str().unwrap(),
                "a 400",
            );
        }
    }
    let (_, list) = send_as(&app, &app.admin_token, Method::GET, SUBSCRIPTIONS, None).await;
    assert_eq!(
        serde_json::from_str::<Value>(&list).unwrap()["page"]["totalItems"],
        0,
        "nothing stored"
    );

    // The edges that are fine: 24 and 64 bytes of key; an https URL of a
    // public address; any port of an allowed host; every resource type.
    for (body, what) in [
        (with("secret", json!(secret_of(24))), "a 24-byte key"),
        (with("secret", json!(secret_of(64))), "a 64-byte key"),
        (
            with("url", json!("https://93.184.215.14/hook")),
            "https to a public address",
        ),
        (
            with("url", json!("http://127.0.0.1:65000/other?x=1")),
            "another port of the allowed host",
        ),
        (
            with(
                "resourceTypes",
                json!([
                    "annualReport",
                    "covenant",
                    "indicator",
                    "letter",
                    "measurement",
                    "motion",
                    "motionResponse",
                    "oecdEndorsement",
                    "organisation",
                    "participation",
                    "sector",
                    "sizeFact",
                    "target",
                    "workingGroup",
                    "workingGroupOutput"
                ]),
            ),
            "every resource type",
        ),
        (with("enabled", json!(false)), "created disabled"),
    ] {
        let response = app.post_json(SUBSCRIPTIONS, &body).await;
        let status = response.status();
        let text = response.text().await.unwrap();
        assert_eq!(status, 201, "{what}: {text}");
        assert_no_secret(&text, body["secret"].as_str().unwrap(), what);
        if what == "created disabled" {
            assert_eq!(
                serde_json::from_str::<Value>(&text).unwrap()["enabled"],
                false
            );
        }
    }
}

#[actix_web::test]
async fn without_a_token_it_is_401_and_another_subjects_subscription_is_404() {
    let app = app_with_retries(&[50]).await;
    let reader = token(Role::Reader, &[]);
    let secretariat = token(Role::Secretariat, &["textile"]);
    let secret = new_secret();
    let body = input("http://127.0.0.1:9/hook", &["sector"], &secret);
    let (status, created) = send_as(&app, &reader, Method::POST, SUBSCRIPTIONS, Some(&body)).await;
    assert_eq!(status, 201, "{created}");
    let created: Value = serde_json::from_str(&created).unwrap();
    let path = item_path(created["id"].as_i64().unwrap());
    let deliveries_path = format!("{path}/deliveries");

    // No token.
    for (method, target, body) in [
        (Method::POST, SUBSCRIPTIONS, Some(&body)),
        (Method::GET, SUBSCRIPTIONS, None),
        (Method::GET, path.as_str(), None),
        (Method::PUT, path.as_str(), Some(&body)),
        (
            Method::PATCH,
            path.as_str(),
            Some(&json!({"enabled": false})),
        ),
        (Method::DELETE, path.as_str(), None),
        (Method::GET, deliveries_path.as_str(), None),
    ] {
        let mut request = app.request(method.clone(), target);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 401, "{method} {target}");
        problem(response, 401).await;
    }

    // Another subject: as if it did not exist.
    let (status, mine) = send_as(
        &app,
        &secretariat,
        Method::POST,
        SUBSCRIPTIONS,
        Some(&input("http://127.0.0.1:9/mine", &[], &new_secret())),
    )
    .await;
    assert_eq!(status, 201, "{mine}");
    let mine: Value = serde_json::from_str(&mine).unwrap();
    assert_eq!(mine["owner"], "test-secretariat");
    for (method, target, body) in [
        (Method::GET, path.as_str(), None),
        (Method::PUT, path.as_str(), Some(&body)),
        (
            Method::PATCH,
            path.as_str(),
            Some(&json!({"enabled": false})),
        ),
        (Method::DELETE, path.as_str(), None),
        (Method::GET, deliveries_path.as_str(), None),
    ] {
        let (status, answer) = send_as(&app, &secretariat, method.clone(), target, body).await;
        assert_eq!(status, 404, "{method} {target}: {answer}");
        assert_no_secret(&answer, &secret, "a 404");
    }
    let (_, theirs) = send_as(&app, &secretariat, Method::GET, SUBSCRIPTIONS, None).await;
    assert_eq!(
        serde_json::from_str::<Value>(&theirs).unwrap()["items"],
        json!([mine])
    );
    let (_, own) = send_as(&app, &reader, Method::GET, SUBSCRIPTIONS, None).await;
    assert_eq!(
        serde_json::from_str::<Value>(&own).unwrap()["items"],
        json!([created]),
        "unchanged by the refused writes"
    );

    // Admins see and manage all.
    let (status, all) = send_as(&app, &app.admin_token, Method::GET, SUBSCRIPTIONS, None).await;
    assert_eq!(status, 200);
    assert_no_secret(&all, &secret, "the admin's list");
    assert_eq!(
        serde_json::from_str::<Value>(&all).unwrap()["page"]["totalItems"],
        2
    );
    assert_eq!(
        subscription(&app, created["id"].as_i64().unwrap()).await,
        created
    );
    let (status, patched) = send_as(
        &app,
        &app.admin_token,
        Method::PATCH,
        &path,
        Some(&json!({"enabled": false})),
    )
    .await;
    assert_eq!(status, 200, "{patched}");
    assert_eq!(
        serde_json::from_str::<Value>(&patched).unwrap()["owner"],
        "test-reader",
        "the owner stays"
    );
    let (status, _) = send_as(
        &app,
        &app.admin_token,
        Method::GET,
        &format!("{SUBSCRIPTIONS}/999999"),
        None,
    )
    .await;
    assert_eq!(status, 404);
}

#[actix_web::test]
async fn a_subscription_for_sectors_receives_sector_changes_only() {
    let app = app_with_retries(&[50, 100, 200]).await;
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysOk);
    subscribe(&app, &receiver.url("/all"), &[], &secret).await;
    let sectors_only = subscribe(&app, &receiver.url("/sectors"), &["sector"], &secret).await["id"]
        .as_i64()
        .unwrap();

    app.create_covenant("textile").await;
    let organisation = app
        .create("/v1/organisations", &json!({"name": "Delta B.V.", "kind": "company", "country": "NL", "source": "Handelsregister KvK"}))
        .await;
    let patched = app
        .send_json(
            Method::PATCH,
            organisation["_links"]["self"]["href"].as_str().unwrap(),
            &json!({"name": "Delta Holding B.V."}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    app.create_sector("gold").await;
    let patched = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/textile",
            &json!({"nameEn": "Garments"}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let deleted = app
        .write(Method::DELETE, "/v1/sectors/gold")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);

    // The subscription to everything gets everything ...
    let changes = all_acknowledged(&app, &receiver).await;
    let sector_changes: HashSet<String> = changes
        .iter()
        .filter(|c| c["resourceType"] == "sector")
        .map(cursor)
        .collect();
    assert_eq!(sector_changes.len(), 4);
    assert!(
        changes.len() > sector_changes.len(),
        "other types changed too"
    );
    // ... and the one for sectors gets all sector changes.
    let sectors_received = eventually("every sector change at /sectors", async || {
        let got: HashSet<String> = receiver
            .received()
            .iter()
            .filter(|r| r.path == "/sectors" && r.acknowledged())
            .map(|r| r.webhook_id().to_owned())
            .collect();
        if sector_changes.is_subset(&got) {
            Ok(got)
        } else {
            Err(format!("{got:?}"))
        }
    })
    .await;
    assert_eq!(sectors_received, sector_changes, "sector changes only");
    // The subscription to everything gets every change, in its own time.
    let every_change: HashSet<String> = changes.iter().map(cursor).collect();
    eventually("every change at /all", async || {
        let got: HashSet<String> = receiver
            .received()
            .iter()
            .filter(|r| r.path == "/all")
            .map(|r| r.webhook_id().to_owned())
            .collect();
        if got == every_change {
            Ok(got)
        } else {
            Err(format!("{got:?}"))
        }
    })
    .await;

    // Nothing else was even queued for it.
    let queued = deliveries(&app, sectors_only, "").await;
    assert_eq!(queued.len(), 4, "{queued:?}");
    assert!(
        queued.iter().all(|d| d["resourceType"] == "sector"),
        "{queued:?}"
    );
    settle().await;
    let by_cursor = by_cursor(&changes, Some(&app.address));
    for request in receiver.received() {
        check_request(&request, &by_cursor);
        if request.path == "/sectors" {
            let body = request.json();
            assert!(
                body["type"].as_str().unwrap().starts_with("sector."),
                "{body}"
            );
        }
    }
}

#[actix_web::test]
async fn a_target_that_keeps_failing_is_given_up_and_disabled_until_enabled_again() {
    let retry_delays = [50, 100, 200];
    let app = app_with_retries(&retry_delays).await;
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysFail);
    let id = subscribe(&app, &receiver.url("/hook"), &[], &secret).await["id"]
        .as_i64()
        .unwrap();
    app.create_sector("textile").await;
    let changes = feed(&app).await;
    assert_eq!(changes.len(), 1, "the create is in the feed: {changes:?}");
    let first = cursor(&changes[0]);

    let disabled = eventually("the subscription disabled", async || {
        let view = subscription(&app, id).await;
        if view["enabled"] == false {
            Ok(view)
        } else {
            Err(view.to_string())
        }
    })
    .await;
    let reason = disabled["disabledReason"].as_str().expect("a reason");
    assert!(
        reason.to_lowercase().contains("fail") || reason.contains("500"),
        "the reason mentions the failures: {reason}"
    );
    assert!(
        disabled["disabledAt"]
            .as_str()
            .is_some_and(|at| at.ends_with('Z')),
        "{disabled}"
    );

    let attempts_made = retry_delays.len() + 1;
    let failed = eventually("the delivery listed as failed", async || {
        let failed = deliveries(&app, id, "state=failed").await;
        if failed.len() == 1 {
            Ok(failed)
        } else {
            Err(format!("{:?}", deliveries(&app, id, "").await))
        }
    })
    .await;
    let delivery = &failed[0];
    assert_eq!(delivery["webhookId"], first);
    assert_eq!(delivery["eventType"], "sector.created");
    assert_eq!(delivery["state"], "failed");
    assert_eq!(delivery["attemptCount"], attempts_made, "{delivery}");
    assert!(delivery["nextAttemptAt"].is_null(), "{delivery}");
    assert!(delivery["deliveredAt"].is_null(), "{delivery}");
    let attempts = delivery["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), attempts_made, "{delivery}");
    assert!(
        attempts.iter().all(|a| a["statusCode"] == 500),
        "{delivery}"
    );
    assert!(deliveries(&app, id, "state=pending").await.is_empty());
    assert!(deliveries(&app, id, "state=delivered").await.is_empty());
    let received = receiver.received();
    assert_eq!(received.len(), attempts_made, "one request per attempt");
    assert!(
        received
            .iter()
            .all(|r| r.webhook_id() == first && r.signature_valid)
    );
    // Each retry waits at least its delay (a lower bound only).
    for (pair, delay) in received.windows(2).zip(retry_delays) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap + Duration::from_millis(5) >= Duration::from_millis(delay),
            "a retry {gap:?} after the attempt before, not {delay} ms"
        );
    }

    // While disabled: nothing queued, nothing sent.
    app.create_sector("gold").await;
    let changes = feed(&app).await;
    assert_eq!(
        changes.len(),
        2,
        "both creates are in the feed: {changes:?}"
    );
    let second = cursor(&changes[1]);
    assert_eq!(
        deliveries(&app, id, "").await.len(),
        1,
        "nothing queued while disabled"
    );
    settle().await;
    assert_eq!(
        receiver.received().len(),
        attempts_made,
        "nothing sent while disabled"
    );

    // Fixed and enabled again: the given-up delivery goes out.
    receiver.set_policy(Policy::AlwaysOk);
    let (status, enabled) = send_as(
        &app,
        &app.admin_token,
        Method::PATCH,
        &item_path(id),
        Some(&json!({"enabled": true})),
    )
    .await;
    assert_eq!(status, 200, "{enabled}");
    let enabled: Value = serde_json::from_str(&enabled).unwrap();
    assert_eq!(enabled["enabled"], true);
    assert_eq!(enabled["disabledReason"], Value::Null);
    assert_eq!(enabled["disabledAt"], Value::Null);
    eventually("the given-up delivery acknowledged", async || {
        if acknowledged(&receiver).contains(&first) {
            Ok(())
        } else {
            Err(format!("{:?}", receiver.received().len()))
        }
    })
    .await;
    let delivered = eventually("the delivery listed as delivered", async || {
        let items = deliveries(&app, id, "").await;
        if items.len() == 1 && items[0]["state"] == "delivered" {
            Ok(items)
        } else {
            Err(format!("{items:?}"))
        }
    })
    .await;
    let attempts = delivered[0]["attempts"].as_array().unwrap();
    assert!(
        attempts.len() > attempts_made,
        "the earlier attempts are kept: {attempts:?}"
    );
    assert_eq!(
        attempts.iter().filter(|a| a["statusCode"] == 500).count(),
        attempts_made
    );
    assert_eq!(attempts.last().unwrap()["statusCode"], 200);
    assert!(delivered[0]["deliveredAt"].is_string());
    settle().await;
    assert!(
        !receiver.received().iter().any(|r| r.webhook_id() == second),
        "the change made while disabled was never queued"
    );
    assert_eq!(subscription(&app, id).await["enabled"], true);
}

#[actix_web::test]
async fn an_answer_410_gone_disables_the_subscription_at_once() {
    let app = app_with_retries(&[50, 50, 50, 50]).await;
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::Gone);
    let id = subscribe(&app, &receiver.url("/gone"), &[], &secret).await["id"]
        .as_i64()
        .unwrap();
    app.create_sector("textile").await;

    let disabled = eventually("the subscription disabled", async || {
        let view = subscription(&app, id).await;
        if view["enabled"] == false {
            Ok(view)
        } else {
            Err(view.to_string())
        }
    })
    .await;
    let reason = disabled["disabledReason"].as_str().expect("a reason");
    assert!(
        reason.contains("410") || reason.to_lowercase().contains("gone"),
        "the reason names the 410: {reason}"
    );
    assert!(disabled["disabledAt"].is_string());
    settle().await;
    assert_eq!(receiver.received().len(), 1, "no retry after a 410");
    let items = deliveries(&app, id, "").await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_ne!(items[0]["state"], "delivered");
    let attempts = items[0]["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 1, "{items:?}");
    assert_eq!(attempts[0]["statusCode"], 410);
    assert_eq!(items[0]["attemptCount"], 1);
}

#[actix_web::test]
async fn two_instances_on_one_database_deliver_each_change_exactly_once() {
    let delays = [50, 100, 200, 400, 800];
    let app = app_with_retries(&delays).await;
    let other = another_instance(&app, |config| fast_webhooks(config, &delays));
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysOk);
    let id = subscribe(&app, &receiver.url("/hook"), &[], &secret).await["id"]
        .as_i64()
        .unwrap();

    // 40 sectors, half through each instance, all at once.
    let writers = [Writer::of(&app), Writer::on(&other, &app.admin_token)];
    join_all((0..40).map(|n| {
        let writer = writers[n % 2].clone();
        async move {
            let code = format!("sector-{n}");
            writer
                .send(
                    Method::POST,
                    "/v1/sectors",
                    Some(json!({"code": code, "nameNl": "Een", "nameEn": "One"})),
                    201,
                )
                .await;
        }
    }))
    .await;

    let changes = all_acknowledged(&app, &receiver).await;
    assert_eq!(changes.len(), 40);
    eventually("every delivery listed as delivered", async || {
        let items = deliveries(&app, id, "state=delivered").await;
        if items.len() == 40 {
            Ok(())
        } else {
            Err(format!("{} delivered", items.len()))
        }
    })
    .await;
    settle().await;
    let received = receiver.received();
    let mut seen = HashMap::<&str, usize>::new();
    for request in &received {
        *seen.entry(request.webhook_id()).or_default() += 1;
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_eq!(received.len(), 40);
    let by_cursor = by_cursor(&changes, Some(&app.address));
    for request in &received {
        check_request(request, &by_cursor);
    }
    for delivery in deliveries(&app, id, "").await {
        assert_eq!(delivery["attemptCount"], 1, "{delivery}");
    }
}

#[actix_web::test]
async fn a_deleted_resource_arrives_as_deleted_with_a_null_resource() {
    // With PUBLIC_BASE_URL set, a webhook's links are the feed's exactly.
    let app = spawn_app_with(|config| {
        fast_webhooks(config, &[50, 100]);
        config.public_base_url = Some("https://imvo.example.nl".into());
    })
    .await;
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysOk);
    subscribe(&app, &receiver.url("/hook"), &["sector"], &secret).await;
    app.create_sector("textile").await;
    let deleted = app
        .write(Method::DELETE, "/v1/sectors/textile")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);

    let changes = all_acknowledged(&app, &receiver).await;
    let received = receiver.received();
    let types: Vec<String> = received
        .iter()
        .map(|r| r.json()["type"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(types, ["sector.created", "sector.deleted"]);
    let tombstone = received[1].json();
    assert_eq!(tombstone["data"]["action"], "delete");
    assert_eq!(tombstone["data"]["resourceId"], "textile");
    assert_eq!(tombstone["data"]["resource"], Value::Null);
    assert_eq!(tombstone["data"]["version"], 1);
    assert_eq!(
        tombstone["data"]["_links"]["resource"]["href"],
        "https://imvo.example.nl/v1/sectors/textile"
    );
    assert_eq!(tombstone["data"], changes[1], "exactly the feed's item");
    let by_cursor = by_cursor(&changes, None);
    for request in &received {
        check_request(request, &by_cursor);
    }
}

#[actix_web::test]
async fn a_refused_write_queues_nothing() {
    let app = app_with_retries(&[50, 100]).await;
    app.create_sector("gold").await;
    let stale = header(&app.get("/v1/sectors/gold").await, "etag");
    let renamed = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/gold",
            &json!({"nameEn": "Gold mining"}),
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysOk);
    let id = subscribe(&app, &receiver.url("/hook"), &[], &secret).await["id"]
        .as_i64()
        .unwrap();

    let bad = app
        .post_json("/v1/sectors", &json!({"code": "Bad Code"}))
        .await;
    assert_eq!(bad.status(), 400);
    let duplicate = app
        .post_json(
            "/v1/sectors",
            &json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}),
        )
        .await;
    assert_eq!(duplicate.status(), 409);
    let stale_write = app
        .write(Method::PATCH, "/v1/sectors/gold")
        .header("if-match", &stale)
        .header("content-type", "application/merge-patch+json")
        .body(json!({"nameEn": "Stale"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(stale_write.status(), 412);
    assert_eq!(
        deliveries(&app, id, "").await,
        Vec::<Value>::new(),
        "nothing queued"
    );

    // The next good write is the only thing that goes out.
    let renamed = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/gold",
            &json!({"nameEn": "Gold and silver"}),
        )
        .await;
    assert_eq!(renamed.status(), 200);
    let changes = feed(&app).await;
    assert_eq!(
        changes.len(),
        3,
        "create, rename and the good write are in the feed: {changes:?}"
    );
    let last = cursor(&changes[2]);
    eventually("the good write delivered", async || {
        let items = deliveries(&app, id, "state=delivered").await;
        if items.len() == 1 {
            Ok(())
        } else {
            Err(format!("{:?}", deliveries(&app, id, "").await))
        }
    })
    .await;
    settle().await;
    let items = deliveries(&app, id, "").await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["webhookId"], last);
    let received = receiver.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].webhook_id(), last);
    assert_eq!(
        received[0].json()["data"]["resource"]["nameEn"],
        "Gold and silver"
    );
}

/// The outbox outlives the instance that filled it: what one instance
/// queued while the receiver was down, and could not deliver before it was
/// stopped, the instance started after it delivers.
#[actix_web::test]
async fn what_a_stopped_instance_queued_the_next_one_delivers() {
    let retries = [200; 100];
    let mut app = app_with_retries(&retries).await;
    let secret = new_secret();
    let mut receiver = Receiver::start(&secret, Policy::AlwaysOk);
    receiver.stop().await;
    let subscription = subscribe(&app, &receiver.url("/hook"), &["sector"], &secret).await;
    let id = subscription["id"].as_i64().unwrap();
    app.create_sector("textile").await;
    app.create_sector("gold").await;
    eventually("a failed attempt, the receiver being down", async || {
        let tried = deliveries(&app, id, "").await;
        match tried.iter().any(|d| d["attemptCount"].as_i64() >= Some(1)) {
            true => Ok(()),
            false => Err(format!("{tried:?}")),
        }
    })
    .await;
    app.server.stop(true).await;

    app.address = another_instance(&app, |config| fast_webhooks(config, &retries));
    receiver.restart().await;
    let changes = all_acknowledged(&app, &receiver).await;
    assert_eq!(changes.len(), 2);
    // The receiver answers before the sender records the delivery.
    eventually("both recorded as delivered", async || {
        let delivered = deliveries(&app, id, "state=delivered").await;
        match delivered.len() {
            2 => Ok(()),
            _ => Err(format!("{delivered:?}")),
        }
    })
    .await;
    let delivered = deliveries(&app, id, "state=delivered").await;
    assert!(
        delivered
            .iter()
            .any(|delivery| delivery["attemptCount"].as_i64() >= Some(2)),
        "one failed before the restart and was delivered after it: {delivered:?}"
    );
}

/// A target that does not answer holds up its own deliveries only: another
/// subscription gets every change meanwhile, and the silent one gets them
/// all once it answers.
#[actix_web::test]
async fn a_target_that_does_not_answer_holds_up_only_its_own_deliveries() {
    let app = spawn_app_with(|config| {
        fast_webhooks(config, &[50]);
        // Longer than the test waits: only other deliveries can go on.
        config.webhooks.timeout = Duration::from_secs(120);
    })
    .await;
    let secret = new_secret();
    let silent = Receiver::start(&secret, Policy::Stall);
    let healthy = Receiver::start(&secret, Policy::AlwaysOk);
    subscribe(&app, &silent.url("/hook"), &["sector"], &secret).await;
    subscribe(&app, &healthy.url("/hook"), &["sector"], &secret).await;
    app.create_sector("textile").await;
    app.create_sector("gold").await;
    for n in 0..4 {
        let renamed = json!({"nameEn": format!("Textile {n}")});
        let response = app
            .send_json(Method::PATCH, "/v1/sectors/textile", &renamed)
            .await;
        assert_eq!(response.status(), 200);
    }
    let changes = all_acknowledged(&app, &healthy).await;
    assert_eq!(changes.len(), 6);
    assert!(silent.received().is_empty(), "the silent target answered");

    silent.set_policy(Policy::AlwaysOk);
    all_acknowledged(&app, &silent).await;
}

/// A delivered delivery is removed, with its attempts, once its retention
/// has passed; one still pending stays, however old.
#[actix_web::test]
async fn delivered_deliveries_are_removed_after_their_retention() {
    let app = spawn_app_with(|config| {
        fast_webhooks(config, &[60_000]);
        config.webhooks.retention = Duration::from_millis(200);
    })
    .await;
    let secret = new_secret();
    let receiver = Receiver::start(&secret, Policy::AlwaysOk);
    let mut down = Receiver::start(&secret, Policy::AlwaysOk);
    down.stop().await;
    let delivered = subscribe(&app, &receiver.url("/hook"), &["sector"], &secret).await;
    let pending = subscribe(&app, &down.url("/hook"), &["sector"], &secret).await;
    app.create_sector("textile").await;
    all_acknowledged(&app, &receiver).await;

    let (delivered, pending) = (
        delivered["id"].as_i64().unwrap(),
        pending["id"].as_i64().unwrap(),
    );
    eventually(
        "the delivered delivery removed",
        async || match deliveries(&app, delivered, "").await {
            kept if kept.is_empty() => Ok(()),
            kept => Err(format!("{kept:?}")),
        },
    )
    .await;
    let waiting = deliveries(&app, pending, "").await;
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0]["state"], "pending");
}
