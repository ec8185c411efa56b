//! The audit trail: one event per allowed write, none for refused ones,
//! readable by admins only, and not writable at all.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};

async fn events(app: &TestApp, query: &str) -> Value {
    let response = app
        .write(Method::GET, &format!("/v1/audit-events{query}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[actix_web::test]
async fn each_write_leaves_exactly_one_event_with_before_and_after() {
    let app = spawn_app().await;
    let created = app
        .write(Method::POST, "/v1/sectors")
        .header("content-type", "application/json")
        .header("x-request-id", "walkthrough-1")
        .body(json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    let replaced: Value = app
        .send_json(
            Method::PUT,
            "/v1/sectors/gold",
            &json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold mining"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let patched: Value = app
        .send_json(
            Method::PATCH,
            "/v1/sectors/gold",
            &json!({"nameNl": "Goudwinning"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        app.write(Method::DELETE, "/v1/sectors/gold")
            .send()
            .await
            .unwrap()
            .status(),
        204
    );

    let trail = events(&app, "?sort=occurredAt").await;
    let items = trail["items"].as_array().unwrap();
    assert_eq!(items.len(), 4, "{trail}");
    let expected = [
        ("create", Value::Null, created.clone()),
        ("update", created, replaced.clone()),
        ("update", replaced, patched.clone()),
        ("delete", patched, Value::Null),
    ];
    for (event, (action, before, after)) in items.iter().zip(expected) {
        assert_eq!(event["action"], action);
        assert_eq!(event["actor"], "test-admin");
        assert_eq!(event["role"], "admin");
        assert_eq!(event["resourceType"], "sector");
        assert_eq!(event["resourceId"], "gold");
        assert_eq!(event["before"], before, "{action}");
        assert_eq!(event["after"], after, "{action}");
        assert_eq!(
            event["_links"]["resource"]["href"],
            app.url("/v1/sectors/gold")
        );
        assert!(event["occurredAt"].as_str().unwrap().ends_with('Z'));
    }
    assert_eq!(items[0]["requestId"], "walkthrough-1");
    let one = app
        .write(
            Method::GET,
            items[0]["_links"]["self"]["href"].as_str().unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(one.json::<Value>().await.unwrap(), items[0]);
}

#[actix_web::test]
async fn refused_writes_leave_no_event() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let stale = "\"0000000000000000\"";
    let refused = [
        app.post_json(
            "/v1/sectors",
            &json!({"code": "gold", "nameNl": "X", "nameEn": "X"}),
        )
        .await, // 409
        app.post_json("/v1/sectors", &json!({"code": "Bad"})).await, // 400
        app.write(Method::DELETE, "/v1/sectors/gold")
            .header("if-match", stale)
            .send()
            .await
            .unwrap(), // 412
        app.request(Method::DELETE, "/v1/sectors/gold")
            .bearer_auth(token(Role::Reader, &[]))
            .send()
            .await
            .unwrap(), // 403
        app.request(Method::DELETE, "/v1/sectors/gold")
            .send()
            .await
            .unwrap(), // 401
    ];
    let statuses: Vec<u16> = refused.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses, vec![409, 400, 412, 403, 401]);
    let trail = events(&app, "").await;
    assert_eq!(trail["page"]["totalItems"], 1, "only the create: {trail}");
}

#[actix_web::test]
async fn only_admins_read_the_trail() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let anonymous = app.get("/v1/audit-events").await;
    assert!(header(&anonymous, "www-authenticate").starts_with("Bearer"));
    problem(anonymous, 401).await;
    problem(app.get("/v1/audit-events/1").await, 401).await;
    for role in [Role::Reader, Role::Secretariat] {
        for path in [
            "/v1/audit-events",
            "/v1/audit-events/1",
            "/v1/audit-events/999999",
        ] {
            let response = app
                .request(Method::GET, path)
                .bearer_auth(token(role, &["textile"]))
                .send()
                .await
                .unwrap();
            problem(response, 403).await;
        }
    }
}

#[actix_web::test]
async fn the_trail_filters_and_pages() {
    let app = spawn_app().await;
    for code in ["banking", "gold", "textile"] {
        app.create_sector(code).await;
    }
    app.send_json(
        Method::PATCH,
        "/v1/sectors/gold",
        &json!({"nameEn": "Gold"}),
    )
    .await;
    let gold = events(&app, "?resourceType=sector&resourceId=gold").await;
    let actions: Vec<&str> = gold["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["update", "create"], "newest first");
    assert_eq!(
        events(&app, "?actor=test-admin").await["page"]["totalItems"],
        4
    );
    assert_eq!(
        events(&app, "?actor=someone-else").await["page"]["totalItems"],
        0
    );
    assert_eq!(
        events(&app, "?resourceType=covenant").await["page"]["totalItems"],
        0
    );
    assert_eq!(
        events(&app, "?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z").await["page"]["totalItems"],
        4
    );
    assert_eq!(
        events(&app, "?to=2000-01-01T00:00:00Z").await["page"]["totalItems"],
        0
    );
    let paged = events(&app, "?pageSize=3").await;
    assert_eq!(paged["items"].as_array().unwrap().len(), 3);
    assert_eq!(
        paged["_links"]["next"]["href"],
        app.url("/v1/audit-events?pageSize=3&page=2")
    );

    let bad = app
        .write(
            Method::GET,
            "/v1/audit-events?from=yesterday&actor=x&colour=red",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        invalid_fields(&problem(bad, 400).await),
        vec!["colour", "from"]
    );
}

#[actix_web::test]
async fn events_cannot_be_changed_or_deleted() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let before = events(&app, "").await;
    let id = before["items"][0]["id"].as_i64().unwrap();
    let event_path = format!("/v1/audit-events/{id}");
    let attempts = [
        (Method::POST, "/v1/audit-events".to_owned()),
        (Method::DELETE, "/v1/audit-events".to_owned()),
        (Method::PUT, event_path.clone()),
        (Method::PATCH, event_path.clone()),
        (Method::DELETE, event_path.clone()),
    ];
    for (method, path) in attempts {
        let response = app
            .write(method.clone(), &path)
            .header("content-type", "application/json")
            .body(
                json!({"actor": "nobody", "action": "create", "before": null, "after": null})
                    .to_string(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(header(&response, "allow"), "GET", "{method} {path}");
        problem(response, 405).await;
    }
    assert_eq!(events(&app, "").await, before, "the trail is unchanged");
}
