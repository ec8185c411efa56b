//! Size facts: one set of figures per organisation and year, whole euros,
//! their rules, filters and order, and who may write them.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};
use crate::organisations::company;

fn facts(year: i32) -> Value {
    json!({
        "year": year,
        "employees": 218_000,
        "totalAssetsEur": 40_000_000_000_i64,
        "netTurnoverEur": 62_800_000_000_i64,
        "source": format!("Annual Report {year}"),
    })
}

async fn with_company() -> (TestApp, String) {
    let app = spawn_app().await;
    let id = company(&app, "Koninklijke Ahold Delhaize N.V.").await;
    (app, format!("/v1/organisations/{id}/size-facts"))
}

fn years(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["year"].as_i64().unwrap())
        .collect()
}

#[actix_web::test]
async fn size_facts_are_stored_per_year() {
    let (app, path) = with_company().await;
    let response = app.post_json(&path, &facts(2018)).await;
    assert_eq!(response.status(), 201);
    assert_eq!(header(&response, "location"), format!("{path}/2018"));
    let etag = header(&response, "etag");
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["totalAssetsEur"], 40_000_000_000_i64);
    assert_eq!(created["netTurnoverEur"], 62_800_000_000_i64);
    assert_eq!(
        created["_links"]["self"]["href"],
        app.url(&format!("{path}/2018"))
    );
    assert_eq!(
        created["_links"]["organisation"]["href"],
        app.url(path.trim_end_matches("/size-facts"))
    );
    let read = app.get(&format!("{path}/2018")).await;
    assert_eq!(header(&read, "etag"), etag);
    assert_eq!(read.json::<Value>().await.unwrap(), created);

    let duplicate = problem(app.post_json(&path, &facts(2018)).await, 409).await;
    assert!(
        duplicate["detail"].as_str().unwrap().contains("2018"),
        "{duplicate}"
    );

    let mut largest = facts(2019);
    largest["totalAssetsEur"] = json!(i64::MAX);
    let stored: Value = app.post_json(&path, &largest).await.json().await.unwrap();
    assert_eq!(stored["totalAssetsEur"], i64::MAX, "no precision is lost");
}

#[actix_web::test]
async fn size_fact_rules_are_checked() {
    let (app, path) = with_company().await;
    let with = |changes: Value| {
        let mut body = facts(2018);
        for (key, value) in changes.as_object().unwrap() {
            if value.is_null() {
                body.as_object_mut().unwrap().remove(key);
            } else {
                body[key] = value.clone();
            }
        }
        body
    };
    let cases = [
        (with(json!({"year": 1899})), vec!["#/year"]),
        (with(json!({"year": 2101})), vec!["#/year"]),
        (with(json!({"year": "2018"})), vec!["#/year"]),
        (with(json!({"employees": -1})), vec!["#/employees"]),
        (
            with(json!({"totalAssetsEur": -5})),
            vec!["#/totalAssetsEur"],
        ),
        (
            with(json!({"totalAssetsEur": 1.5})),
            vec!["#/totalAssetsEur"],
        ),
        (
            with(json!({"netTurnoverEur": "62800000000"})),
            vec!["#/netTurnoverEur"],
        ),
        (with(json!({"source": null})), vec!["#/source"]),
        (with(json!({"source": " "})), vec!["#/source"]),
        (with(json!({"currency": "EUR"})), vec!["#/currency"]),
        (
            with(json!({"year": 1800, "employees": -2, "netTurnoverEur": null})),
            vec!["#/employees", "#/netTurnoverEur", "#/year"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields = invalid_fields(&problem(app.post_json(&path, &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn replace_and_patch_keep_the_year() {
    let (app, path) = with_company().await;
    app.post_json(&path, &facts(2018)).await;
    let year_path = format!("{path}/2018");

    let mut replaced = facts(2018);
    replaced["employees"] = json!(225_000);
    let response = app.send_json(Method::PUT, &year_path, &replaced).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap()["employees"],
        225_000
    );

    let moved = app.send_json(Method::PUT, &year_path, &facts(2017)).await;
    assert_eq!(invalid_fields(&problem(moved, 400).await), vec!["#/year"]);
    let moved = app
        .send_json(Method::PATCH, &year_path, &json!({"year": 2017}))
        .await;
    assert_eq!(invalid_fields(&problem(moved, 400).await), vec!["#/year"]);

    let patched = app
        .send_json(
            Method::PATCH,
            &year_path,
            &json!({"netTurnoverEur": 1, "source": "Corrected"}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["netTurnoverEur"], 1);
    assert_eq!(patched["employees"], 225_000);
    let cleared = app
        .send_json(Method::PATCH, &year_path, &json!({"source": null}))
        .await;
    assert_eq!(
        invalid_fields(&problem(cleared, 400).await),
        vec!["#/source"]
    );

    let etag = header(&app.get(&year_path).await, "etag");
    let stale = app
        .write(Method::DELETE, &year_path)
        .header("if-match", "\"0000000000000000\"")
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let deleted = app
        .write(Method::DELETE, &year_path)
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&year_path).await, 404).await;
    problem(
        app.send_json(Method::PUT, &year_path, &facts(2018)).await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn size_facts_filter_sort_and_page() {
    let (app, path) = with_company().await;
    for year in [2016, 2018, 2017, 2015] {
        app.post_json(&path, &facts(year)).await;
    }
    let other = company(&app, "Other B.V.").await;
    app.post_json(
        &format!("/v1/organisations/{other}/size-facts"),
        &facts(2018),
    )
    .await;

    let get = |query: &str| {
        let url = format!("{path}{query}");
        let app = &app;
        async move { app.get(&url).await.json::<Value>().await.unwrap() }
    };
    assert_eq!(years(&get("").await), vec![2015, 2016, 2017, 2018]);
    assert_eq!(
        years(&get("?sort=-year").await),
        vec![2018, 2017, 2016, 2015]
    );
    assert_eq!(
        years(&get("?yearFrom=2016&yearTo=2017").await),
        vec![2016, 2017]
    );
    let page = get("?pageSize=3&page=2").await;
    assert_eq!(years(&page), vec![2018]);
    assert_eq!(
        page["_links"]["prev"]["href"],
        app.url(&format!("{path}?pageSize=3&page=1"))
    );
    for query in ["?yearFrom=last", "?sort=employees", "?country=NL"] {
        let body = problem(app.get(&format!("{path}{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
    }
}

#[actix_web::test]
async fn an_unknown_organisation_has_no_size_facts() {
    let app = spawn_app().await;
    problem(app.get("/v1/organisations/999/size-facts").await, 404).await;
    problem(app.get("/v1/organisations/999/size-facts/2018").await, 404).await;
    problem(
        app.post_json("/v1/organisations/999/size-facts", &facts(2018))
            .await,
        404,
    )
    .await;
    problem(app.get("/v1/organisations/1/size-facts/latest").await, 404).await;
}

#[actix_web::test]
async fn only_admins_write_size_facts() {
    let (app, path) = with_company().await;
    app.post_json(&path, &facts(2018)).await;
    for role_token in [
        token(Role::Secretariat, &["textile"]),
        token(Role::Reader, &[]),
    ] {
        for (method, target) in [
            (Method::POST, path.clone()),
            (Method::PUT, format!("{path}/2018")),
            (Method::PATCH, format!("{path}/2018")),
            (Method::DELETE, format!("{path}/2018")),
            (Method::DELETE, format!("{path}/1999")),
        ] {
            let response = app
                .send_json_as(&role_token, method.clone(), &target, &facts(2018))
                .await;
            problem(response, 403).await;
        }
    }
    let stored: Value = app.get(&format!("{path}/2018")).await.json().await.unwrap();
    assert_eq!(stored["source"], "Annual Report 2018");
}

#[actix_web::test]
async fn writes_under_an_unknown_organisation_are_not_found() {
    let (app, path) = with_company().await;
    app.post_json(&path, &facts(2018)).await;
    for method in [Method::PUT, Method::PATCH, Method::DELETE] {
        let response = app
            .send_json(
                method.clone(),
                "/v1/organisations/999/size-facts/2018",
                &facts(2018),
            )
            .await;
        let body = problem(response, 404).await;
        assert_eq!(
            body["detail"], "There is no organisation with id 999.",
            "{method}"
        );
    }
    let list: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(years(&list), vec![2018]);
}
