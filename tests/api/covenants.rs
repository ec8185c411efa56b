//! Covenants: CRUD, the life-cycle rules, filters and sort, embedding, the
//! sector reference, and the secretariat's covenant scope.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};

fn covenant(code: &str, sector: &str, signed_on: Option<&str>) -> Value {
    let mut body = json!({
        "code": code,
        "titleNl": format!("Convenant {code}"),
        "titleEn": format!("Agreement {code}"),
        "sector": sector,
        "status": if signed_on.is_some() { "signed" } else { "negotiating" },
        "facilitator": "SER",
        "source": "Kamerbrief 13 november 2018",
    });
    if let Some(date) = signed_on {
        body["signedOn"] = json!(date);
    }
    body
}

async fn create(app: &TestApp, body: &Value) -> Value {
    let response = app.post_json("/v1/covenants", body).await;
    assert_eq!(response.status(), 201, "creating {body}");
    response.json().await.unwrap()
}

async fn with_sectors(codes: &[&str]) -> TestApp {
    let app = spawn_app().await;
    for code in codes {
        app.create_sector(code).await;
    }
    app
}

fn codes(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect()
}

#[actix_web::test]
async fn a_created_covenant_is_stored_with_its_links() {
    let app = with_sectors(&["textile"]).await;
    let mut body = covenant("textile", "textile", Some("2016-07-04"));
    body["negotiationStartedOn"] = json!("2015-06-01");
    body["endsOn"] = json!("2021-07-04");
    body["website"] = json!("https://www.imvoconvenanten.nl/kleding-textiel");
    let response = app.post_json("/v1/covenants", &body).await;
    assert_eq!(response.status(), 201);
    assert_eq!(header(&response, "location"), "/v1/covenants/textile");
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["status"], "signed");
    assert_eq!(created["signedOn"], "2016-07-04");
    assert_eq!(created["signedOnPrecision"], "day");
    assert_eq!(created["sector"], "textile");
    assert_eq!(
        created["_links"]["sector"]["href"],
        app.url("/v1/sectors/textile")
    );
    assert!(created.get("_embedded").is_none());
    assert_eq!(
        app.get("/v1/covenants/textile")
            .await
            .json::<Value>()
            .await
            .unwrap(),
        created
    );
    problem(app.post_json("/v1/covenants", &body).await, 409).await;
}

#[actix_web::test]
async fn the_life_cycle_is_checked() {
    let app = with_sectors(&["gold"]).await;
    let base = covenant("gold", "gold", Some("2017-06-01"));
    let with = |changes: Value| {
        let mut body = base.clone();
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
        (with(json!({"signedOn": null})), vec!["#/signedOn"]),
        (with(json!({"status": "exploring"})), vec!["#/signedOn"]),
        (with(json!({"status": "ended"})), vec!["#/endsOn"]),
        (with(json!({"endsOn": "2017-05-31"})), vec!["#/endsOn"]),
        (
            with(json!({"negotiationStartedOn": "2017-06-02"})),
            vec!["#/signedOn"],
        ),
        (with(json!({"sector": "nonexistent"})), vec!["#/sector"]),
        (with(json!({"status": "finished"})), vec!["#/status"]),
        (with(json!({"signedOn": "2017-02-30"})), vec!["#/signedOn"]),
        (
            with(json!({"website": "javascript:alert(1)"})),
            vec!["#/website"],
        ),
        (
            with(json!({"titleNl": "", "code": "Gold"})),
            vec!["#/code", "#/titleNl"],
        ),
        // An expected signing date as exactly as known, the words with it.
        (
            with(json!({"expectedSigningOn": "2017-03-01", "expectedSigningOnPrecision": "year"})),
            vec!["#/expectedSigningOn"],
        ),
        (
            with(json!({"expectedSigningOnPrecision": "month"})),
            vec!["#/expectedSigningOnPrecision"],
        ),
        (
            with(json!({"expectedSigningAsStated": "zomer 2017"})),
            vec!["#/expectedSigningAsStated"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/covenants", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list: Value = app.get("/v1/covenants").await.json().await.unwrap();
    assert_eq!(list["page"]["totalItems"], 0);
    let ended = with(json!({"status": "ended", "endsOn": "2020-06-01"}));
    assert_eq!(create(&app, &ended).await["status"], "ended");
}

#[actix_web::test]
async fn an_agreement_of_another_kind_is_listed_but_kept_out_of_the_overview() {
    let app = with_sectors(&["textile", "coal"]).await;
    create(&app, &covenant("textile", "textile", Some("2016-07-04"))).await;
    let overview = || async {
        let body: Value = app
            .get("/v1/metrics/overview?asOf=2018-12-31")
            .await
            .json()
            .await
            .unwrap();
        (
            body["covenantsByStatus"].clone(),
            body["covenantsSignedPerYear"].clone(),
        )
    };
    let before = overview().await;
    assert_eq!(before.0["signed"], 1, "{before:?}");

    // Signed, the date not stated: allowed of an agreement of kind `other`.
    let mut coal = covenant("coal", "coal", None);
    coal["kind"] = json!("other");
    coal["status"] = json!("signed");
    coal.as_object_mut().unwrap().remove("facilitator");
    let created = create(&app, &coal).await;
    assert_eq!(created["kind"], "other");
    assert_eq!(created["signedOn"], Value::Null);
    let mut dated = covenant("coal-2", "coal", Some("2014-02-01"));
    dated["kind"] = json!("other");
    create(&app, &dated).await;

    assert_eq!(overview().await, before, "other agreements are not counted");
    let imvo: Value = app
        .get("/v1/covenants?kind=serFacilitated")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&imvo), ["textile"]);
    let other: Value = app
        .get("/v1/covenants?kind=other")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(codes(&other), ["coal", "coal-2"]);
    let all: Value = app.get("/v1/covenants").await.json().await.unwrap();
    assert_eq!(all["items"][2]["kind"], "serFacilitated");

    // An IMVO covenant still needs its signing date.
    let mut undated = covenant("gold", "coal", None);
    undated["status"] = json!("signed");
    let problem = problem(app.post_json("/v1/covenants", &undated).await, 400).await;
    assert_eq!(invalid_fields(&problem), ["#/signedOn"]);
}

#[actix_web::test]
async fn covenants_filter_sort_and_embed() {
    let app = with_sectors(&["textile", "gold", "banking"]).await;
    create(&app, &covenant("textile", "textile", Some("2016-07-04"))).await;
    create(&app, &covenant("banking", "banking", Some("2016-10-28"))).await;
    create(&app, &covenant("gold", "gold", Some("2017-06-19"))).await;
    create(&app, &covenant("natural-stone", "gold", None)).await;

    let get = |query: &'static str| {
        let app = &app;
        async move {
            app.get(&format!("/v1/covenants{query}"))
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        codes(&get("?status=signed&sort=signedOn").await),
        vec!["textile", "banking", "gold"]
    );
    assert_eq!(
        codes(&get("?sort=-signedOn").await),
        vec!["gold", "banking", "textile", "natural-stone"]
    );
    assert_eq!(
        codes(&get("?sector=gold").await),
        vec!["gold", "natural-stone"]
    );
    assert_eq!(
        codes(&get("?signedFrom=2016-08-01&signedTo=2017-06-19").await),
        vec!["banking", "gold"]
    );
    assert_eq!(
        codes(&get("?status=negotiating").await),
        vec!["natural-stone"]
    );
    assert_eq!(
        codes(&get("?sort=-titleEn&pageSize=2").await),
        vec!["textile", "natural-stone"]
    );

    let embedded = get("?expand=sector&sector=banking").await;
    assert_eq!(
        embedded["items"][0]["_embedded"]["sector"]["code"],
        "banking"
    );
    let one: Value = app
        .get("/v1/covenants/gold?expand=sector")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["_embedded"]["sector"]["nameEn"], "Sector gold");

    for query in [
        "?status=finished",
        "?signedFrom=yesterday",
        "?expand=everything",
        "?sort=sector",
    ] {
        let body = problem(app.get(&format!("/v1/covenants{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
    }
    problem(app.get("/v1/covenants/gold?expand=everything").await, 400).await;

    // A repeated `expand` counts as one comma-separated list, as some
    // generated clients send it; another repeated parameter is named.
    for path in [
        "/v1/covenants/gold?expand=sector&expand=targets",
        "/v1/covenants?sector=gold&expand=sector&expand=targets",
    ] {
        let body: Value = app.get(path).await.json().await.unwrap();
        let one = body.get("items").map_or(&body, |items| &items[0]);
        assert_eq!(one["_embedded"]["sector"]["code"], "gold", "{path}");
        assert!(one["_embedded"]["targets"].is_array(), "{path}");
    }
    for path in [
        "/v1/covenants?signedFrom=2016-01-01&signedFrom=2017-01-01",
        "/v1/metrics/overview?asOf=2018-01-01&asOf=2019-01-01",
    ] {
        let body = problem(app.get(path).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{path}: {body}");
        assert_eq!(body["errors"][0]["detail"], "is given more than once");
    }
}

#[actix_web::test]
async fn one_request_embeds_reports_and_targets() {
    let app = with_sectors(&["textile", "gold"]).await;
    create(&app, &covenant("textile", "textile", Some("2016-07-04"))).await;
    create(&app, &covenant("gold", "gold", Some("2017-06-19"))).await;
    app.create(
        "/v1/indicators",
        &json!({"code": "market-coverage", "nameNl": "Marktdekking", "nameEn": "Market coverage", "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    let target = app
        .create("/v1/targets", &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5, "dueOn": "2018-12-31"}))
        .await;
    let report = app
        .create(
            "/v1/annual-reports",
            &json!({"covenant": "gold", "reportingYear": 2017, "publishedOn": "2018-10-01", "title": "Eerste jaarrapportage"}),
        )
        .await;
    let list: Value = app
        .get("/v1/covenants?expand=sector,annualReports,targets")
        .await
        .json()
        .await
        .unwrap();
    let gold = &list["items"][0];
    let textile = &list["items"][1];
    assert_eq!(gold["_embedded"]["annualReports"], json!([report]));
    assert_eq!(gold["_embedded"]["targets"], json!([]));
    assert_eq!(textile["_embedded"]["targets"], json!([target]));
    assert_eq!(textile["_embedded"]["annualReports"], json!([]));
    assert_eq!(textile["_embedded"]["sector"]["code"], "textile");
    assert_eq!(
        textile["_links"]["targets"]["href"],
        app.url("/v1/targets?covenant=textile")
    );
    let one: Value = app
        .get("/v1/covenants/gold?expand=annualReports")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["_embedded"], json!({"annualReports": [report]}));
}

#[actix_web::test]
async fn patch_keeps_the_life_cycle_valid() {
    let app = with_sectors(&["gold"]).await;
    create(&app, &covenant("gold", "gold", None)).await;
    let response = app
        .send_json(
            Method::PATCH,
            "/v1/covenants/gold",
            &json!({"status": "signed"}),
        )
        .await;
    assert_eq!(
        invalid_fields(&problem(response, 400).await),
        vec!["#/signedOn"]
    );
    let signed = app
        .send_json(
            Method::PATCH,
            "/v1/covenants/gold",
            &json!({"status": "signed", "signedOn": "2017-06-19", "facilitator": null}),
        )
        .await;
    assert_eq!(signed.status(), 200);
    let signed: Value = signed.json().await.unwrap();
    assert_eq!(signed["signedOn"], "2017-06-19");
    assert_eq!(
        signed["facilitator"],
        Value::Null,
        "null clears an optional member"
    );
    let moved = app
        .send_json(
            Method::PATCH,
            "/v1/covenants/gold",
            &json!({"sector": "nowhere"}),
        )
        .await;
    assert_eq!(invalid_fields(&problem(moved, 400).await), vec!["#/sector"]);
}

#[actix_web::test]
async fn a_sector_with_covenants_cannot_be_deleted() {
    let app = with_sectors(&["gold"]).await;
    create(&app, &covenant("gold", "gold", None)).await;
    let body = problem(
        app.write(Method::DELETE, "/v1/sectors/gold")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    assert!(body["detail"].as_str().unwrap().contains("gold"), "{body}");
    assert_eq!(app.get("/v1/sectors/gold").await.status(), 200);
    assert_eq!(
        app.write(Method::DELETE, "/v1/covenants/gold")
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        app.write(Method::DELETE, "/v1/sectors/gold")
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
}

#[actix_web::test]
async fn a_secretariat_writes_only_its_own_covenant() {
    let app = with_sectors(&["textile", "gold"]).await;
    create(&app, &covenant("textile", "textile", Some("2016-07-04"))).await;
    create(&app, &covenant("gold", "gold", Some("2017-06-19"))).await;
    let secretariat = token(Role::Secretariat, &["textile"]);
    let send = |method: Method, path: &str, body: Value| {
        app.request(method, path)
            .bearer_auth(&secretariat)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
    };
    let own = send(
        Method::PATCH,
        "/v1/covenants/textile",
        json!({"summary": "Updated by the secretariat."}),
    )
    .await
    .unwrap();
    assert_eq!(own.status(), 200);
    let mut replaced = covenant("textile", "textile", Some("2016-07-04"));
    replaced["titleEn"] = json!("Dutch Agreement on Sustainable Garments and Textile");
    assert_eq!(
        send(Method::PUT, "/v1/covenants/textile", replaced)
            .await
            .unwrap()
            .status(),
        200
    );

    for (method, path, body) in [
        (
            Method::PATCH,
            "/v1/covenants/gold",
            json!({"summary": "Not mine."}),
        ),
        (
            Method::PUT,
            "/v1/covenants/gold",
            covenant("gold", "gold", Some("2017-06-19")),
        ),
        (
            Method::PATCH,
            "/v1/covenants/does-not-exist",
            json!({"summary": "x"}),
        ),
        (
            Method::POST,
            "/v1/covenants",
            covenant("insurance", "gold", None),
        ),
        (Method::DELETE, "/v1/covenants/textile", json!({})),
    ] {
        problem(send(method.clone(), path, body).await.unwrap(), 403).await;
    }
    let gold: Value = app.get("/v1/covenants/gold").await.json().await.unwrap();
    assert_eq!(
        gold["summary"],
        Value::Null,
        "the other covenant is untouched"
    );

    let trail: Value = app
        .write(
            Method::GET,
            "/v1/audit-events?resourceType=covenant&resourceId=textile&sort=occurredAt",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let roles: Vec<(&str, &str)> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("create", "admin"),
            ("update", "secretariat"),
            ("update", "secretariat")
        ]
    );
}

#[actix_web::test]
async fn only_an_admin_creates_or_deletes_a_covenant_even_one_its_token_names() {
    let app = with_sectors(&["textile"]).await;
    create(&app, &covenant("textile", "textile", Some("2016-07-04"))).await;
    let secretariat = token(Role::Secretariat, &["textile", "insurance"]);

    let created = app
        .send_json_as(
            &secretariat,
            Method::POST,
            "/v1/covenants",
            &covenant("insurance", "textile", None),
        )
        .await;
    problem(created, 403).await;
    assert_eq!(app.get("/v1/covenants/insurance").await.status(), 404);

    let deleted = app
        .send_json_as(
            &secretariat,
            Method::DELETE,
            "/v1/covenants/textile",
            &json!({}),
        )
        .await;
    problem(deleted, 403).await;
    assert_eq!(app.get("/v1/covenants/textile").await.status(), 200);

    // Its token names `insurance`, which does not exist: told 403 like any
    // record it may not write, not whether it exists.
    let patched = app
        .send_json_as(
            &secretariat,
            Method::PATCH,
            "/v1/covenants/insurance",
            &json!({"summary": "x"}),
        )
        .await;
    problem(patched, 403).await;
}
