//! Correctness under concurrency (no timing): 32 writers at once on either
//! backend all succeed, none sees "database is locked", and every write
//! acknowledged with 201 is stored exactly as acknowledged.

use futures_util::future::join_all;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::spawn_app;

const WRITERS: usize = 32;

#[actix_web::test]
async fn concurrent_writers_and_readers_lose_nothing() {
    let app = spawn_app().await;
    let writes = (0..WRITERS).map(|i| {
        let app = &app;
        async move {
            let body = json!({"code": format!("sector-{i:02}"), "nameNl": format!("Sector {i}"), "nameEn": format!("Sector {i}")});
            let response = app.post_json("/v1/sectors", &body).await;
            (response.status().as_u16(), response.text().await.unwrap_or_default())
        }
    });
    let reads = (0..WRITERS).map(|_| {
        let app = &app;
        async move { app.get("/v1/sectors?pageSize=100").await.status().as_u16() }
    });
    let (written, read) = futures_util::future::join(join_all(writes), join_all(reads)).await;
    for (status, body) in &written {
        assert_eq!(*status, 201, "{body}");
        assert!(!body.contains("locked"), "{body}");
    }
    assert!(read.iter().all(|status| *status == 200), "{read:?}");
    for (_, body) in written {
        let acknowledged: Value = serde_json::from_str(&body).unwrap();
        let stored: Value = app
            .get(acknowledged["_links"]["self"]["href"].as_str().unwrap())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(stored, acknowledged, "stored as acknowledged");
    }
}

#[actix_web::test]
async fn concurrent_updates_of_one_resource_are_serialized_and_all_audited() {
    let app = spawn_app().await;
    app.create_sector("gold").await;
    let updates = (0..WRITERS).map(|i| {
        let app = &app;
        async move {
            app.send_json(
                Method::PATCH,
                "/v1/sectors/gold",
                &json!({"nameEn": format!("Gold {i}")}),
            )
            .await
            .status()
            .as_u16()
        }
    });
    let statuses = join_all(updates).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let trail: Value = app
        .write(Method::GET, "/v1/audit-events?resourceId=gold&pageSize=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let events = trail["items"].as_array().unwrap();
    assert_eq!(
        events.len(),
        WRITERS + 1,
        "one create and one event per update"
    );
    // Each update saw the state the previous one left: the chain of
    // before/after representations has no gap.
    let mut afters: Vec<&Value> = events.iter().map(|e| &e["after"]).collect();
    for event in events.iter().filter(|e| e["action"] == "update") {
        let before = &event["before"];
        let position = afters
            .iter()
            .position(|a| *a == before)
            .expect("every before was an after");
        afters.remove(position);
    }
    let stored: Value = app.get("/v1/sectors/gold").await.json().await.unwrap();
    assert_eq!(
        afters,
        vec![&stored],
        "only the final state is nobody's before"
    );
}
