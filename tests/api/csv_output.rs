//! CSV by content negotiation: every list, the feed and every metric answer
//! `Accept: text/csv` with RFC 4180 text whose header row is the one the
//! OpenAPI document names; one record is JSON only.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, problem, spawn_app, with_covenants};

async fn csv(app: &TestApp, path: &str) -> reqwest::Response {
    app.request(Method::GET, path)
        .header("accept", "text/csv")
        .send()
        .await
        .unwrap()
}

/// The rows of a CSV text, split as RFC 4180 says (quotes, CRLF).
fn rows(text: &str) -> Vec<Vec<String>> {
    assert!(text.ends_with("\r\n"), "every line ends in CRLF: {text:?}");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect()
}

/// The documented header row of `path`'s CSV.
async fn documented_header(app: &TestApp, path: &str) -> String {
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let pointer = format!(
        "/paths/{}/get/responses/200/content/text~1csv/example",
        path.replace('/', "~1")
    );
    document
        .pointer(&pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no CSV example for {path}"))
        .trim_end()
        .to_owned()
}

#[actix_web::test]
async fn a_list_in_csv_has_the_documented_header_and_a_row_per_item() {
    let app = with_covenants(&["textile", "gold"]).await;
    app.send_json(
        Method::PATCH,
        "/v1/covenants/gold",
        &json!({"titleNl": "Goud, \"verantwoord\""}),
    )
    .await;
    let response = csv(&app, "/v1/covenants?sort=code").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        header(&response, "content-type"),
        "text/csv; charset=utf-8; header=present"
    );
    assert!(header(&response, "vary").contains("Accept"));
    let text = response.text().await.unwrap();
    assert!(
        text.contains("\"Goud, \"\"verantwoord\"\"\""),
        "quoted: {text}"
    );
    let rows = rows(&text);
    assert_eq!(
        rows[0].join(","),
        documented_header(&app, "/covenants").await
    );
    assert_eq!(rows.len(), 3, "a header and two covenants: {rows:?}");
    let column = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    assert_eq!(rows[1][column("code")], "gold");
    assert_eq!(rows[1][column("titleNl")], "Goud, \"verantwoord\"");
    assert_eq!(rows[2][column("code")], "textile");
    assert_eq!(rows[2][column("signedOn")], "2016-07-04");
    assert_eq!(rows[2][column("endsOn")], "", "null is an empty cell");
    assert!(!rows[0].iter().any(|c| c.starts_with('_')), "no links");
}

#[actix_web::test]
async fn an_empty_list_is_its_header_and_paging_comes_in_link() {
    let app = with_covenants(&["textile", "gold", "banking"]).await;
    let empty = csv(&app, "/v1/letters").await;
    assert_eq!(empty.status(), 200);
    let text = empty.text().await.unwrap();
    assert_eq!(rows(&text).len(), 1, "{text}");
    assert_eq!(text.trim_end(), documented_header(&app, "/letters").await);

    let first = csv(&app, "/v1/sectors?pageSize=2").await;
    let link = header(&first, "link");
    assert!(
        link.contains("page=2") && link.contains("rel=\"next\""),
        "{link}"
    );
    assert_eq!(rows(&first.text().await.unwrap()).len(), 3);
}

#[actix_web::test]
async fn a_metric_series_is_a_row_per_point_and_other_metrics_one_row() {
    let app = with_covenants(&["textile"]).await;
    let oecd = csv(&app, "/v1/metrics/oecd-endorsement").await;
    assert_eq!(oecd.status(), 200);
    let text = oecd.text().await.unwrap();
    assert_eq!(
        rows(&text)[0],
        ["date", "value", "numerator", "denominator"]
    );

    let overview = csv(&app, "/v1/metrics/overview?asOf=2020-01-01").await;
    let rows = rows(&overview.text().await.unwrap());
    assert_eq!(rows.len(), 2, "one row: {rows:?}");
    let signed = rows[0]
        .iter()
        .position(|c| c == "covenantsByStatus.signed")
        .expect("nested members are columns of their own");
    assert_eq!(rows[1][signed], "1");
}

#[actix_web::test]
async fn csv_has_a_tag_of_its_own_and_is_revalidated_like_json() {
    let app = with_covenants(&["textile"]).await;
    let json = app.get("/v1/covenants").await;
    let json_tag = header(&json, "etag");
    assert!(header(&json, "vary").contains("Accept"));
    let csv_answer = csv(&app, "/v1/covenants").await;
    let csv_tag = header(&csv_answer, "etag");
    assert_ne!(csv_tag, json_tag, "two representations, two tags");

    let conditional = |tag: String| {
        app.request(Method::GET, "/v1/covenants")
            .header("accept", "text/csv")
            .header("if-none-match", tag)
            .send()
    };
    let again = conditional(csv_tag.clone()).await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(header(&again, "etag"), csv_tag);
    let holds_json = conditional(json_tag).await.unwrap();
    assert_eq!(holds_json.status(), 200, "a JSON copy is no CSV copy");
    assert!(holds_json.text().await.unwrap().starts_with("code,"));
}

#[actix_web::test]
async fn accept_picks_the_representation_by_quality_and_precision() {
    let app = spawn_app().await;
    app.create_sector("textile").await;
    for (accept, expected) in [
        ("text/csv", "text/csv"),
        ("text/*", "text/csv"),
        ("application/json, text/csv", "application/json"),
        ("text/csv, */*", "text/csv"),
        ("application/json;q=0.5, text/csv", "text/csv"),
        ("text/csv;q=0.1, application/json", "application/json"),
        ("*/*", "application/json"),
    ] {
        let response = app
            .request(Method::GET, "/v1/sectors")
            .header("accept", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{accept}");
        assert!(
            header(&response, "content-type").starts_with(expected),
            "Accept: {accept} gave {}",
            header(&response, "content-type")
        );
    }
}

#[actix_web::test]
async fn what_is_not_offered_is_406_naming_what_is() {
    let app = with_covenants(&["textile"]).await;
    let list = app
        .request(Method::GET, "/v1/covenants")
        .header("accept", "image/png")
        .send()
        .await
        .unwrap();
    let body = problem(list, 406).await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("application/json") && detail.contains("text/csv"),
        "{detail}"
    );
    let one = csv(&app, "/v1/covenants/textile").await;
    let body = problem(one, 406).await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("application/json") && !detail.contains("text/csv"),
        "one record is JSON only: {detail}"
    );
    let missing = csv(&app, "/v1/covenants/textile/progress?asOf=x").await;
    problem(missing, 400).await;
}

#[actix_web::test]
async fn every_list_and_metric_the_document_offers_in_csv_answers_in_csv() {
    let app = with_covenants(&["textile"]).await;
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let paths = document["paths"].as_object().unwrap();
    let mut offered = 0;
    for (path, item) in paths {
        if item
            .pointer("/get/responses/200/content/text~1csv")
            .is_none()
        {
            continue;
        }
        offered += 1;
        let concrete = path
            .replace("{code}", "textile")
            .replace("{id}", "1")
            .replace("{changeId}", "1");
        let response = app
            .write(Method::GET, &format!("/v1{concrete}"))
            .header("accept", "text/csv")
            .send()
            .await
            .unwrap();
        let status = response.status();
        if status == 404 {
            continue;
        }
        assert_eq!(status, 200, "{path}");
        assert!(
            header(&response, "content-type").starts_with("text/csv"),
            "{path}"
        );
        let text = response.text().await.unwrap();
        assert_eq!(
            rows(&text)[0].join(","),
            documented_header(&app, path).await,
            "{path}"
        );
    }
    assert!(offered >= 25, "lists and metrics offer CSV: {offered}");
}

#[actix_web::test]
async fn a_participation_row_names_its_organisation_and_covenant() {
    let app = with_covenants(&["textile"]).await;
    let organisation = app
        .create(
            "/v1/organisations",
            &json!({"name": "Weverij De Ster", "kind": "company", "country": "NL"}),
        )
        .await;
    app.create(
        "/v1/participations",
        &json!({"covenant": "textile", "organisation": organisation["id"], "role": "company", "joinedOn": "2016-07-04"}),
    )
    .await;
    let json: Value = app.get("/v1/participations").await.json().await.unwrap();
    assert_eq!(json["items"][0]["organisationName"], "Weverij De Ster");
    let text = csv(&app, "/v1/participations").await.text().await.unwrap();
    let rows = rows(&text);
    let column = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    assert_eq!(rows[1][column("organisationName")], "Weverij De Ster");
    assert_eq!(rows[1][column("covenant")], "textile");
}
