//! Published figures (issue #17): a figure sent to parliament is computed
//! again exactly as published, beside today's, with the changes since.

use std::time::Duration;

use imvo_tracker::auth::Role;
use imvo_tracker::{db, seeds};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};

const FIGURE: &str = "/v1/covenants/textile/market-coverage?asOf=2019-12-31";

async fn seeded_app() -> TestApp {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    app
}

/// The instant now by the server's clock, between the writes before and
/// after it (timestamps are stored to the millisecond).
async fn instant() -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    let now = db::now()
        .and_utc()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    tokio::time::sleep(Duration::from_millis(5)).await;
    now
}

async fn read(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

fn without_links(body: &Value) -> Value {
    let mut body = body.clone();
    if let Some(object) = body.as_object_mut() {
        object.remove("_links");
    }
    body
}

/// The path of a link as the service wrote it (absolute).
fn path_of(link: &Value) -> String {
    let href = link["href"].as_str().unwrap();
    let start = href.find("/v1/").unwrap();
    href[start..].to_owned()
}

#[actix_web::test]
async fn a_published_figure_is_computed_again_as_published_beside_today_and_the_changes() {
    let app = seeded_app().await;
    let company = app
        .create(
            "/v1/organisations",
            &json!({"name": "Gepubliceerd Textiel B.V.", "kind": "company", "country": "NL", "source": "KvK"}),
        )
        .await;
    let participation = app
        .create(
            "/v1/participations",
            &json!({"covenant": "textile", "organisation": company["id"], "role": "company",
                    "joinedOn": "2017-01-01", "marketShare": 0.25, "source": "test"}),
        )
        .await;
    let published_value = read(&app, FIGURE).await;
    let published_at = instant().await;
    let published = app
        .create(
            "/v1/published-figures",
            &json!({"figure": FIGURE, "letter": 2, "publishedAt": published_at,
                    "description": "Textile market coverage"}),
        )
        .await;
    let item = format!("/v1/published-figures/{}", published["id"]);

    // Unchanged so far.
    let comparison = read(&app, &format!("{item}/comparison")).await;
    assert_eq!(comparison["changed"], false, "{comparison}");
    assert_eq!(comparison["changesSince"], json!([]));

    // A correction moves today's figure, not the published one.
    let path = format!("/v1/participations/{}", participation["id"]);
    let etag = header(&app.get(&path).await, "etag");
    let corrected = app
        .write(Method::PATCH, &path)
        .header("if-match", etag)
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"marketShare": 0.4}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(corrected.status(), 200);
    let today_value = read(&app, FIGURE).await;
    let comparison = read(&app, &format!("{item}/comparison")).await;
    assert_eq!(comparison["changed"], true, "{comparison}");
    assert_eq!(
        without_links(&comparison["asPublished"]),
        without_links(&published_value)
    );
    assert_eq!(
        without_links(&comparison["today"]),
        without_links(&today_value)
    );
    assert_ne!(
        comparison["asPublished"]["computedCoverage"],
        comparison["today"]["computedCoverage"]
    );
    let changes = comparison["changesSince"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["resourceType"], "participation");
    assert_eq!(changes[0]["action"], "update");
    assert_eq!(path_of(&changes[0]["_links"]["resource"]), path);
    assert_eq!(comparison["moreChanges"], false);

    // The record's own links lead to the same two figures.
    let record = read(&app, &item).await;
    let as_published = read(&app, &path_of(&record["_links"]["asPublished"])).await;
    assert_eq!(
        without_links(&as_published),
        without_links(&published_value)
    );
    let today = read(&app, &path_of(&record["_links"]["today"])).await;
    assert_eq!(without_links(&today), without_links(&today_value));

    // Its letter cannot go while it cites it.
    let letter = "/v1/letters/2";
    let etag = header(&app.get(letter).await, "etag");
    let refused = app
        .write(Method::DELETE, letter)
        .header("if-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 409);
}

#[actix_web::test]
async fn a_published_figure_names_a_metric_with_its_date_a_letter_and_a_past_instant() {
    let app = seeded_app().await;
    let refused = problem(
        app.post_json(
            "/v1/published-figures",
            &json!({"figure": "/v1/metrics/overview", "letter": 0,
                    "publishedAt": "2999-01-01T00:00:00Z"}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(
        invalid_fields(&refused),
        vec!["#/figure", "#/letter", "#/publishedAt"]
    );
    let unknown_letter = problem(
        app.post_json(
            "/v1/published-figures",
            &json!({"figure": FIGURE, "letter": 999, "publishedAt": "2018-11-13T12:00:00Z"}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&unknown_letter), vec!["#/letter"]);
    let body = json!({"figure": FIGURE, "letter": 2, "publishedAt": "2018-11-13T12:00:00Z"});
    let secretariat = app
        .request(Method::POST, "/v1/published-figures")
        .bearer_auth(token(Role::Secretariat, &["textile"]))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(secretariat.status(), 403);
    app.create("/v1/published-figures", &body).await;
    let again = app.post_json("/v1/published-figures", &body).await;
    assert_eq!(again.status(), 409, "one per figure and letter");
}
