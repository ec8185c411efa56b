//! One filter grammar: comma-separated values (or the parameter repeated)
//! mean "any of" on every filter of codes, ids and enum values; an unknown
//! value or a code that names nothing is a 400 naming it, never a silent
//! empty list.

use serde_json::{Value, json};

use crate::helpers::{TestApp, problem, with_covenants};

async fn codes(app: &TestApp, path: &str) -> Vec<String> {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    let page: Value = response.json().await.unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            item.get("code")
                .or_else(|| item.get("covenant"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

async fn refused(app: &TestApp, path: &str, parameter: &str, named: &str) {
    let body = problem(app.get(path).await, 400).await;
    let error = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["parameter"] == parameter)
        .unwrap_or_else(|| panic!("{path}: no error for {parameter} in {body}"));
    assert!(
        error["detail"].as_str().unwrap().contains(named),
        "{path}: {error}"
    );
}

#[actix_web::test]
async fn covenants_filter_by_any_of_several_sectors_statuses_and_kinds() {
    let app = with_covenants(&["textile", "gold", "banking"]).await;
    app.send_json(
        reqwest::Method::PATCH,
        "/v1/covenants/gold",
        &json!({"status": "ended", "endsOn": "2020-01-01"}),
    )
    .await;
    assert_eq!(
        codes(&app, "/v1/covenants?sector=textile,gold").await,
        ["gold", "textile"]
    );
    assert_eq!(
        codes(&app, "/v1/covenants?sector=textile&sector=banking").await,
        ["banking", "textile"],
        "a repeated parameter means the same"
    );
    assert_eq!(
        codes(&app, "/v1/covenants?status=signed,ended").await,
        ["banking", "gold", "textile"]
    );
    assert_eq!(codes(&app, "/v1/covenants?status=ended").await, ["gold"]);
    assert_eq!(
        codes(&app, "/v1/covenants?status=signed&sector=gold,textile").await,
        ["textile"]
    );
}

#[actix_web::test]
async fn an_unknown_code_or_value_is_a_400_naming_it() {
    let app = with_covenants(&["textile"]).await;
    refused(&app, "/v1/covenants?sector=textile,tea", "sector", "`tea`").await;
    refused(&app, "/v1/covenants?status=signed,done", "status", "done").await;
    refused(&app, "/v1/covenants?kind=", "kind", "empty").await;
    refused(&app, "/v1/covenants?sector=textile,", "sector", "empty").await;
}

#[actix_web::test]
async fn a_covenant_filter_takes_several_codes_on_every_collection() {
    let app = with_covenants(&["textile", "gold", "banking"]).await;
    let mut organisations = Vec::new();
    for (code, name) in [
        ("textile", "Weverij"),
        ("gold", "Goudsmid"),
        ("banking", "Bank"),
    ] {
        let organisation = app
            .create(
                "/v1/organisations",
                &json!({"name": name, "kind": "company", "country": "NL"}),
            )
            .await;
        let id = organisation["id"].as_i64().unwrap();
        organisations.push(id);
        app.create(
            "/v1/participations",
            &json!({"covenant": code, "organisation": id, "role": "company", "joinedOn": "2017-01-01"}),
        )
        .await;
    }
    assert_eq!(
        codes(
            &app,
            "/v1/participations?covenant=textile,gold&sort=joinedOn"
        )
        .await,
        ["textile", "gold"]
    );
    let by_ids = format!(
        "/v1/participations?organisation={},{}",
        organisations[1], organisations[2]
    );
    assert_eq!(codes(&app, &by_ids).await, ["gold", "banking"]);
    refused(
        &app,
        "/v1/participations?covenant=gold,tea,coffee",
        "covenant",
        "`tea`, `coffee`",
    )
    .await;
    for collection in [
        "annual-reports",
        "targets",
        "measurements",
        "working-groups",
        "motions",
        "programmes",
        "ngo-assessments",
        "governance-bodies",
        "remedy-mechanisms",
    ] {
        let listed = app
            .get(&format!("/v1/{collection}?covenant=textile,gold"))
            .await;
        assert_eq!(listed.status(), 200, "{collection}");
        refused(
            &app,
            &format!("/v1/{collection}?covenant=textile,tea"),
            "covenant",
            "`tea`",
        )
        .await;
    }
    refused(&app, "/v1/measurements?indicator=x", "indicator", "`x`").await;
    refused(&app, "/v1/sectors?code=textile,tea", "code", "`tea`").await;
    let both = app
        .get("/v1/organisations?kind=company,ngo&country=NL,BE")
        .await;
    assert_eq!(both.status(), 200);
    let page: Value = both.json().await.unwrap();
    assert_eq!(page["page"]["totalItems"], 3);
}

#[actix_web::test]
async fn the_document_declares_every_enum_and_code_filter_as_a_list() {
    let app = with_covenants(&["textile"]).await;
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let mut single = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        let Some(parameters) = item.pointer("/get/parameters").and_then(Value::as_array) else {
            continue;
        };
        for parameter in parameters.iter().filter(|p| p["in"] == "query") {
            let name = parameter["name"].as_str().unwrap();
            let schema = &parameter["schema"];
            let enumerated = schema.get("$ref").is_some()
                || schema.pointer("/oneOf/0/$ref").is_some()
                || schema.get("enum").is_some();
            let coded = ["covenant", "sector", "indicator", "code"].contains(&name);
            let listed = schema["type"] == "array"
                || schema["type"]
                    .as_array()
                    .is_some_and(|t| t.contains(&json!("array")));
            if (enumerated || coded) && !listed {
                single.push(format!("{path} {name}"));
            }
            if coded {
                let pattern = schema["items"]["pattern"].as_str().unwrap_or_default();
                assert!(
                    pattern.contains("^[^,"),
                    "{path} {name}: a value is documented without commas: {pattern}"
                );
            }
        }
    }
    assert!(
        single.is_empty(),
        "filters that take one value only: {single:#?}"
    );
}
