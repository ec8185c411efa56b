//! Motions: CRUD, the Kamerstuk citation, the rules on dossier numbers,
//! submitters, votes and covenants, filters and sort, what may not be
//! deleted, and that only admins write them.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token, with_covenants};

fn motion(dossier: &str, number: i64, submitted_on: &str, covenants: &[&str]) -> Value {
    json!({
        "dossier": dossier,
        "number": number,
        "title": format!("Motie {dossier} nr. {number}"),
        "submitters": ["Van Laar"],
        "submittedOn": submitted_on,
        "request": "Verzoekt de regering jaarlijks de impact van de IMVO-convenanten te toetsen.",
        "status": "submitted",
        "covenants": covenants,
    })
}

async fn create(app: &TestApp, body: &Value) -> Value {
    let response = app.post_json("/v1/motions", body).await;
    assert_eq!(response.status(), 201, "creating {body}");
    response.json().await.unwrap()
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

fn citations(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["citation"].as_str().unwrap())
        .collect()
}

fn path_of(motion: &Value) -> String {
    motion["_links"]["self"]["href"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[actix_web::test]
async fn a_created_motion_is_stored_with_its_citation_and_links() {
    let app = with_covenants(&["textile", "banking"]).await;
    let mut body = motion("26 485", 224, "2016-05-19", &["textile", "banking"]);
    body["submitters"] = json!(["Van Laar", "Voordewind"]);
    body["status"] = json!("adopted");
    body["votedOn"] = json!("2016-05-24");
    body["source"] = json!("Kamerbrief 13 november 2018");
    let response = app.post_json("/v1/motions", &body).await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let etag = header(&response, "etag");
    let created: Value = response.json().await.unwrap();
    assert_eq!(location, format!("/v1/motions/{}", created["id"]));
    assert_eq!(created["dossier"], "26 485");
    assert_eq!(created["number"], 224);
    assert_eq!(created["citation"], "Kamerstuk 26 485, nr. 224");
    assert_eq!(
        created["submitters"],
        json!(["Van Laar", "Voordewind"]),
        "in the order given"
    );
    assert_eq!(
        created["covenants"],
        json!(["banking", "textile"]),
        "in code order"
    );
    assert_eq!(
        created["_links"]["covenants"],
        json!([
            {"href": app.url("/v1/covenants/banking")},
            {"href": app.url("/v1/covenants/textile")}
        ])
    );
    assert_eq!(created["votedOn"], "2016-05-24");
    let read = app.get(&location).await;
    assert_eq!(header(&read, "etag"), etag, "what was returned is stored");
    assert_eq!(read.json::<Value>().await.unwrap(), created);

    let duplicate = problem(
        app.post_json("/v1/motions", &motion("26 485", 224, "2017-01-01", &[]))
            .await,
        409,
    )
    .await;
    assert!(
        duplicate["detail"]
            .as_str()
            .unwrap()
            .contains("Kamerstuk 26 485, nr. 224"),
        "{duplicate}"
    );
    let general = create(&app, &motion("34 725 XVII", 224, "2016-11-10", &[])).await;
    assert_eq!(general["citation"], "Kamerstuk 34 725 XVII, nr. 224");
    assert_eq!(general["covenants"], json!([]));
    assert_eq!(general["_links"]["covenants"], json!([]));

    let textile = json_of(&app, "/v1/covenants/textile").await;
    assert_eq!(
        textile["_links"]["motions"]["href"],
        app.url("/v1/motions?covenant=textile")
    );
}

#[actix_web::test]
async fn a_motion_may_leave_unknown_dates_out() {
    let app = spawn_app().await;
    let mut body = motion("26 485", 280, "2018-11-13", &[]);
    body.as_object_mut().unwrap().remove("submittedOn");
    body["status"] = json!("adopted");
    let created = create(&app, &body).await;
    assert_eq!(created["submittedOn"], Value::Null, "no date is invented");
    assert_eq!(created["votedOn"], Value::Null);
    create(&app, &motion("26 485", 224, "2016-09-06", &[])).await;
    let sorted: Value = app
        .get("/v1/motions?sort=submittedOn")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sorted["items"][1]["number"], 280, "unknown dates sort last");
}

#[actix_web::test]
async fn invalid_motions_are_refused_field_by_field() {
    let app = with_covenants(&["textile"]).await;
    let base = motion("26 485", 224, "2016-05-19", &["textile"]);
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
        (with(json!({"dossier": "26485"})), vec!["#/dossier"]),
        (with(json!({"dossier": "26 485 xvii"})), vec!["#/dossier"]),
        (with(json!({"dossier": "26 485 "})), vec!["#/dossier"]),
        (with(json!({"number": 0})), vec!["#/number"]),
        (with(json!({"number": -3})), vec!["#/number"]),
        (with(json!({"number": "224"})), vec!["#/number"]),
        (with(json!({"submitters": []})), vec!["#/submitters"]),
        (
            with(json!({"submitters": ["Van Laar", ""]})),
            vec!["#/submitters/1"],
        ),
        (
            with(json!({"submitters": ["Van Laar", "Diks", "Van Laar"]})),
            vec!["#/submitters/2"],
        ),
        (with(json!({"votedOn": "2016-05-24"})), vec!["#/votedOn"]),
        (
            with(json!({"status": "withdrawn", "votedOn": "2016-05-24"})),
            vec!["#/votedOn"],
        ),
        (
            with(json!({"status": "adopted", "votedOn": "2016-05-18"})),
            vec!["#/votedOn"],
        ),
        (with(json!({"status": "passed"})), vec!["#/status"]),
        (
            with(json!({"covenants": ["textile", "nowhere"]})),
            vec!["#/covenants/1"],
        ),
        (
            with(json!({"covenants": ["textile", "textile"]})),
            vec!["#/covenants/1"],
        ),
        (with(json!({"request": " "})), vec!["#/request"]),
        (
            with(json!({"citation": "Kamerstuk 26 485, nr. 224"})),
            vec!["#/citation"],
        ),
        (
            with(json!({"title": null, "request": null})),
            vec!["#/request", "#/title"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/motions", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    assert_eq!(
        json_of(&app, "/v1/motions").await["page"]["totalItems"],
        0,
        "nothing invalid was stored"
    );
    let mut completed = with(json!({"status": "completed", "dossier": "21 501-20"}));
    completed["covenants"] = json!([]);
    assert_eq!(create(&app, &completed).await["status"], "completed");
}

#[actix_web::test]
async fn motions_filter_and_sort() {
    let app = with_covenants(&["textile", "gold"]).await;
    create(&app, &motion("26 485", 224, "2016-05-19", &["textile"])).await;
    create(
        &app,
        &motion("26 485", 280, "2018-04-19", &["textile", "gold"]),
    )
    .await;
    let mut adopted = motion("26 485", 273, "2018-03-27", &[]);
    adopted["status"] = json!("adopted");
    adopted["votedOn"] = json!("2018-04-03");
    create(&app, &adopted).await;
    create(&app, &motion("34 952", 224, "2018-06-01", &["gold"])).await;

    let cases = [
        (
            "",
            vec![
                "Kamerstuk 34 952, nr. 224",
                "Kamerstuk 26 485, nr. 280",
                "Kamerstuk 26 485, nr. 273",
                "Kamerstuk 26 485, nr. 224",
            ],
        ),
        (
            "?dossier=26%20485&number=224",
            vec!["Kamerstuk 26 485, nr. 224"],
        ),
        (
            "?dossier=26+485&number=280",
            vec!["Kamerstuk 26 485, nr. 280"],
        ),
        (
            "?number=224&sort=submittedOn",
            vec!["Kamerstuk 26 485, nr. 224", "Kamerstuk 34 952, nr. 224"],
        ),
        (
            "?dossier=26%20485&sort=number",
            vec![
                "Kamerstuk 26 485, nr. 224",
                "Kamerstuk 26 485, nr. 273",
                "Kamerstuk 26 485, nr. 280",
            ],
        ),
        (
            "?covenant=gold&sort=-number,submittedOn",
            vec!["Kamerstuk 26 485, nr. 280", "Kamerstuk 34 952, nr. 224"],
        ),
        (
            "?covenant=textile&sort=submittedOn",
            vec!["Kamerstuk 26 485, nr. 224", "Kamerstuk 26 485, nr. 280"],
        ),
        ("?status=adopted", vec!["Kamerstuk 26 485, nr. 273"]),
        ("?dossier=26485", vec![]),
    ];
    for (query, expected) in cases {
        let list = json_of(&app, &format!("/v1/motions{query}")).await;
        assert_eq!(citations(&list), expected, "{query}");
    }
    let exact = json_of(&app, "/v1/motions?dossier=26%20485&number=224").await;
    assert_eq!(exact["page"]["totalItems"], 1);
    assert_eq!(exact["items"][0]["submittedOn"], "2016-05-19");

    let first = json_of(&app, "/v1/motions?dossier=26%20485&sort=number&pageSize=2").await;
    assert_eq!(first["page"]["totalPages"], 2);
    let next = first["_links"]["next"]["href"].as_str().unwrap();
    assert_eq!(
        next,
        app.url("/v1/motions?dossier=26+485&sort=number&pageSize=2&page=2")
    );
    assert_eq!(
        citations(&json_of(&app, next).await),
        vec!["Kamerstuk 26 485, nr. 280"]
    );

    for query in [
        "?number=nr224",
        "?status=passed",
        "?sort=title",
        "?submitter=Diks",
    ] {
        let body = problem(app.get(&format!("/v1/motions{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
    }
}

#[actix_web::test]
async fn put_and_patch_keep_a_motion_valid() {
    let app = with_covenants(&["textile", "gold"]).await;
    let created = create(&app, &motion("26 485", 224, "2016-05-19", &["textile"])).await;
    let path = path_of(&created);
    let other = create(&app, &motion("26 485", 280, "2018-04-19", &[])).await;

    let mut replaced = motion("26 485", 224, "2016-05-19", &["gold"]);
    replaced["submitters"] = json!(["Van Laar", "Servaes"]);
    replaced["status"] = json!("adopted");
    replaced["votedOn"] = json!("2016-05-24");
    let response = app.send_json(Method::PUT, &path, &replaced).await;
    assert_eq!(response.status(), 200);
    let stored: Value = response.json().await.unwrap();
    assert_eq!(stored["covenants"], json!(["gold"]));
    assert_eq!(stored["submitters"], json!(["Van Laar", "Servaes"]));
    assert_eq!(stored["createdAt"], created["createdAt"]);
    assert_eq!(json_of(&app, &path).await, stored);
    assert_eq!(
        json_of(&app, "/v1/motions?covenant=textile").await["page"]["totalItems"],
        0,
        "the old covenant link is gone"
    );

    let response = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"status": "completed", "covenants": ["textile", "gold"], "source": "Kamerbrief 13 november 2018"}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let patched: Value = response.json().await.unwrap();
    assert_eq!(patched["status"], "completed");
    assert_eq!(patched["covenants"], json!(["gold", "textile"]));
    assert_eq!(patched["votedOn"], "2016-05-24", "kept");
    let response = app
        .send_json(Method::PATCH, &path, &json!({"source": null}))
        .await;
    assert_eq!(
        response.json::<Value>().await.unwrap()["source"],
        Value::Null
    );

    for (patch, expected) in [
        (json!({"status": "submitted"}), vec!["#/votedOn"]),
        (json!({"covenants": ["nowhere"]}), vec!["#/covenants/0"]),
        (json!({"submitters": null}), vec!["#/submitters"]),
        (json!({"dossier": "26-485"}), vec!["#/dossier"]),
        (json!({"citation": "x"}), vec!["#/citation"]),
    ] {
        let response = app.send_json(Method::PATCH, &path, &patch).await;
        assert_eq!(
            invalid_fields(&problem(response, 400).await),
            expected,
            "{patch}"
        );
    }
    let clash = app
        .send_json(Method::PATCH, &path_of(&other), &json!({"number": 224}))
        .await;
    problem(clash, 409).await;
    assert_eq!(json_of(&app, &path_of(&other)).await, other);

    let stale = header(&app.get(&path).await, "etag");
    let response = app
        .write(Method::PATCH, &path)
        .header("content-type", "application/merge-patch+json")
        .header("if-match", &stale)
        .body(json!({"title": "Motie Van Laar"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let current: Value = response.json().await.unwrap();
    for request in [
        app.write(Method::PUT, &path)
            .header("content-type", "application/json")
            .body(replaced.to_string()),
        app.write(Method::DELETE, &path),
    ] {
        problem(
            request.header("if-match", &stale).send().await.unwrap(),
            412,
        )
        .await;
    }
    assert_eq!(json_of(&app, &path).await, current);

    let response = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(response.status(), 204);
    problem(app.get(&path).await, 404).await;
    assert_eq!(
        json_of(&app, "/v1/motions?covenant=gold").await["page"]["totalItems"],
        0
    );
}

#[actix_web::test]
async fn unknown_motions_are_404() {
    let app = spawn_app().await;
    let body = motion("26 485", 224, "2016-05-19", &[]);
    for missing in ["/v1/motions/999999", "/v1/motions/nr224"] {
        let read = problem(app.get(missing).await, 404).await;
        assert_eq!(read["instance"], missing);
        problem(app.send_json(Method::PUT, missing, &body).await, 404).await;
        problem(
            app.send_json(Method::PATCH, missing, &json!({"title": "x"}))
                .await,
            404,
        )
        .await;
        problem(
            app.write(Method::DELETE, missing).send().await.unwrap(),
            404,
        )
        .await;
    }
}

#[actix_web::test]
async fn a_covenant_a_motion_concerns_cannot_be_deleted() {
    let app = with_covenants(&["textile", "gold"]).await;
    let first = create(&app, &motion("26 485", 224, "2016-05-19", &["textile"])).await;
    create(
        &app,
        &motion("34 506", 23, "2017-01-24", &["textile", "gold"]),
    )
    .await;
    let body = problem(
        app.write(Method::DELETE, "/v1/covenants/textile")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("2 motion(s)")
            && detail.contains("Kamerstuk 26 485, nr. 224")
            && detail.contains("Kamerstuk 34 506, nr. 23"),
        "{detail}"
    );
    assert_eq!(
        json_of(&app, "/v1/covenants/textile").await["code"],
        "textile"
    );

    let response = app
        .write(Method::DELETE, &path_of(&first))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let second = json_of(&app, "/v1/motions?dossier=34%20506&number=23").await;
    let response = app
        .send_json(
            Method::PATCH,
            &path_of(&second["items"][0]),
            &json!({"covenants": ["gold"]}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let response = app
        .write(Method::DELETE, "/v1/covenants/textile")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

#[actix_web::test]
async fn only_admins_write_motions() {
    let app = with_covenants(&["textile"]).await;
    let created = create(&app, &motion("26 485", 224, "2016-05-19", &["textile"])).await;
    let path = path_of(&created);
    for caller in [
        token(Role::Secretariat, &["textile"]),
        token(Role::Reader, &[]),
    ] {
        let requests = [
            app.request(Method::POST, "/v1/motions")
                .header("content-type", "application/json")
                .body(motion("26 485", 225, "2016-05-19", &["textile"]).to_string()),
            app.request(Method::PUT, &path)
                .header("content-type", "application/json")
                .body(motion("26 485", 224, "2016-05-19", &[]).to_string()),
            app.request(Method::PATCH, &path)
                .header("content-type", "application/merge-patch+json")
                .body(json!({"title": "x"}).to_string()),
            app.request(Method::DELETE, &path),
            app.request(Method::DELETE, "/v1/motions/999999"),
        ];
        for request in requests {
            problem(request.bearer_auth(&caller).send().await.unwrap(), 403).await;
        }
    }
    assert_eq!(json_of(&app, &path).await, created);
    assert_eq!(json_of(&app, "/v1/motions").await["page"]["totalItems"], 1);
}
