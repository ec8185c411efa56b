//! Links a client follows as they are: every `href` is an absolute URL at
//! the service's public address (`PUBLIC_BASE_URL`, else the address the
//! request was sent to), and the served document names the same address as
//! its server, so a generated client never asks for `/v1/v1/...`.

use std::collections::BTreeSet;

use diesel::{QueryDsl, RunQueryDsl};
use imvo_tracker::auth::Role;
use imvo_tracker::config::Config;
use imvo_tracker::schema::audit_events;
use imvo_tracker::startup::Application;
use imvo_tracker::{db, seeds};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, test_config, token};

const PUBLIC_BASE: &str = "https://imvo.example.nl";

/// Every `href` in a JSON document, wherever it is.
fn hrefs(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                match (key.as_str(), member) {
                    ("href", Value::String(href)) => found.push(href.clone()),
                    _ => hrefs(member, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| hrefs(item, found)),
        _ => {}
    }
}

/// GETs a URL as it is, with a client that knows no base, as an admin (the
/// audit trail is admins only); asserts 200.
async fn follow(client: &reqwest::Client, url: &str) -> Value {
    let response = client
        .get(url)
        .bearer_auth(token(Role::Admin, &[]))
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert_eq!(response.status(), 200, "GET {url}");
    response.json().await.unwrap()
}

/// The links of a body: each absolute, ours at `{base}/v1/`.
fn absolute_links(body: &Value, base: &str) -> Vec<String> {
    let mut found = Vec::new();
    hrefs(body, &mut found);
    for href in &found {
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "a link a client can follow as it is: {href}"
        );
        assert!(
            !href.contains("/v1/v1/"),
            "a link with the version once: {href}"
        );
    }
    let ours = format!("{base}/v1/");
    found.into_iter().filter(|h| h.starts_with(&ours)).collect()
}

/// The real record and the demonstration set: every kind of resource and
/// of link, and the audit events of their creation.
fn load_seeds(app: &TestApp) {
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    seeds::demo::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
}

/// Another server over the same database, with `PUBLIC_BASE_URL` set;
/// returns its own address.
fn spawn_public(app: &TestApp) -> String {
    let config = Config {
        public_base_url: Some(PUBLIC_BASE.to_owned()),
        ..test_config(app.database.clone())
    };
    let server =
        Application::build(&config).unwrap_or_else(|e| panic!("the app did not start: {e}"));
    let address = format!("http://127.0.0.1:{}", server.port());
    actix_web::rt::spawn(server.run_until_stopped());
    address
}

#[actix_web::test]
async fn every_link_is_absolute_and_answers_200_followed_as_it_is() {
    let app = spawn_app().await;
    load_seeds(&app);
    let client = reqwest::Client::new();

    // A generated client's view: the document's server, then its paths.
    let document = follow(&client, &app.url("/v1/openapi.json")).await;
    let server = document["servers"][0]["url"].as_str().unwrap().to_owned();
    assert_eq!(server, app.url("/v1"));
    let starts: Vec<String> = document["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(path, item)| {
            item.get("get").is_some() && !path.contains('{') && !path.starts_with("/openapi")
        })
        .map(|(path, _)| format!("{server}{path}"))
        .collect();
    assert!(starts.len() > 15, "{starts:?}");

    let mut links = BTreeSet::new();
    for start in &starts {
        links.extend(absolute_links(&follow(&client, start).await, &app.address));
    }
    for kind in [
        "/v1/covenants/",
        "/v1/sectors/",
        "/v1/letters/",
        "/v1/motions/",
        "/v1/working-groups/",
        "/v1/organisations/",
        "/v1/audit-events/",
        "/v1/metrics/",
        "page=2",
    ] {
        assert!(
            links.iter().any(|l| l.contains(kind)),
            "a link with {kind} among {} links",
            links.len()
        );
    }
    assert!(links.len() > 200, "{} links", links.len());
    let mut further = BTreeSet::new();
    for link in &links {
        further.extend(absolute_links(&follow(&client, link).await, &app.address));
    }
    // The resources and pages linked from those pages: outputs, size facts,
    // endorsements, the pages after the second.
    for link in further.difference(&links) {
        absolute_links(&follow(&client, link).await, &app.address);
    }
}

#[actix_web::test]
async fn a_generated_client_follows_next_to_the_last_page() {
    let app = spawn_app().await;
    load_seeds(&app);
    let client = reqwest::Client::new();
    let first = follow(&client, &app.url("/v1/organisations?pageSize=50")).await;
    let total = first["page"]["totalItems"].as_u64().unwrap();
    assert!(total > 200, "{total} organisations");
    let (mut seen, mut page) = (0, first);
    loop {
        seen += page["items"].as_array().unwrap().len() as u64;
        let Some(next) = page["_links"]["next"]["href"].as_str() else {
            break;
        };
        assert!(next.starts_with(&app.url("/v1/organisations?")), "{next}");
        page = follow(&client, next).await;
    }
    assert_eq!(seen, total);
}

#[actix_web::test]
async fn links_and_the_server_follow_the_address_asked_behind_a_proxy() {
    let app = spawn_app().await;
    app.create_sector("textile").await;

    let direct = app.get("/v1/sectors/textile").await;
    let etag = header(&direct, "etag");
    let direct: Value = direct.json().await.unwrap();
    assert_eq!(
        direct["_links"]["self"]["href"],
        app.url("/v1/sectors/textile")
    );

    let proxied = app
        .request(Method::GET, "/v1/sectors/textile")
        .header("x-forwarded-proto", "https")
        .header("x-forwarded-host", "imvo.proxy.example:8443")
        .send()
        .await
        .unwrap();
    assert_eq!(proxied.status(), 200);
    assert_eq!(
        header(&proxied, "etag"),
        etag,
        "the tag is the record's, whatever address it was read at"
    );
    let proxied: Value = proxied.json().await.unwrap();
    assert_eq!(
        proxied["_links"]["self"]["href"],
        "https://imvo.proxy.example:8443/v1/sectors/textile"
    );

    let served: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(served["servers"], json!([{"url": app.url("/v1")}]));
    let served: Value = app
        .request(Method::GET, "/v1/openapi.json")
        .header("forwarded", "proto=https;host=imvo.proxy.example")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        served["servers"],
        json!([{"url": "https://imvo.proxy.example/v1"}])
    );
}

#[actix_web::test]
async fn an_address_that_cannot_be_written_into_a_link_is_refused() {
    let app = spawn_app().await;
    for (name, value) in [
        ("host", r#"evil"},"x":{"href":"a"#),
        ("host", "user@imvo.example.nl"),
        ("x-forwarded-host", "imvo.example.nl/elsewhere"),
        ("x-forwarded-proto", "javascript"),
        ("forwarded", "host=\"a\\\\b\""),
    ] {
        let response = app
            .write(Method::POST, "/v1/sectors")
            .header(name, value)
            .header("content-type", "application/json")
            .body(json!({"code": "textile", "nameNl": "Textiel", "nameEn": "Textile"}).to_string())
            .send()
            .await
            .unwrap();
        let body = problem(response, 400).await;
        assert_eq!(invalid_fields(&body), vec!["Host"], "{name}: {value}");
    }
    let stored: Value = app.get("/v1/sectors").await.json().await.unwrap();
    assert_eq!(stored["page"]["totalItems"], 0, "nothing was written");
}

#[actix_web::test]
async fn with_a_public_base_url_links_and_the_server_use_it() {
    let app = spawn_app().await;
    let public = spawn_public(&app);
    let client = reqwest::Client::new();

    let created = client
        .post(format!("{public}/v1/sectors"))
        .bearer_auth(&app.admin_token)
        .header("content-type", "application/json")
        // Whatever a proxy says, the configured address is the one.
        .header("x-forwarded-host", r#"ignored"host"#)
        .body(json!({"code": "textile", "nameNl": "Textiel", "nameEn": "Textile"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(
        header(&created, "location"),
        "/v1/sectors/textile",
        "Location stays a path"
    );
    let created: Value = created.json().await.unwrap();
    assert_eq!(
        created["_links"]["self"]["href"],
        format!("{PUBLIC_BASE}/v1/sectors/textile")
    );

    let listed = follow(&client, &format!("{public}/v1/sectors")).await;
    assert_eq!(
        listed["_links"]["self"]["href"],
        format!("{PUBLIC_BASE}/v1/sectors?page=1")
    );
    assert_eq!(
        listed["items"][0]["_links"]["self"]["href"],
        format!("{PUBLIC_BASE}/v1/sectors/textile")
    );
    let events = follow(&client, &format!("{public}/v1/audit-events")).await;
    assert_eq!(
        events["items"][0]["_links"]["resource"]["href"],
        format!("{PUBLIC_BASE}/v1/sectors/textile")
    );
    assert_eq!(
        events["items"][0]["after"]["_links"]["self"]["href"],
        format!("{PUBLIC_BASE}/v1/sectors/textile")
    );

    let served = follow(&client, &format!("{public}/v1/openapi.json")).await;
    assert_eq!(
        served["servers"],
        json!([{"url": format!("{PUBLIC_BASE}/v1")}])
    );

    // What is stored stays a path, whatever address shows it.
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    let (path, after): (String, Option<String>) = audit_events::table
        .select((audit_events::resource_path, audit_events::after_state))
        .first(&mut conn)
        .expect("the creation's audit event");
    assert_eq!(path, "/v1/sectors/textile");
    let after: Value = serde_json::from_str(&after.expect("the created state")).unwrap();
    assert_eq!(after["_links"]["self"]["href"], "/v1/sectors/textile");
    // The server on the request's own address shows the same record there.
    assert_eq!(
        follow(&client, &app.url("/v1/sectors/textile")).await["_links"]["self"]["href"],
        app.url("/v1/sectors/textile")
    );
}
