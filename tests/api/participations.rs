//! Participations: CRUD, rules, references, non-overlapping periods,
//! filters and sort, embedding in covenants, what they block from deletion,
//! and the secretariat's covenant scope.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};
use crate::organisations::company;

fn participation(covenant: &str, organisation: i64, joined_on: &str) -> Value {
    json!({
        "covenant": covenant,
        "organisation": organisation,
        "role": "company",
        "joinedOn": joined_on,
        "marketShare": 0.012,
        "source": "Jaarrapportage 2018, bijlage 1",
    })
}

/// An app with covenants `textile` and `gold` and two companies.
async fn with_covenants() -> (TestApp, i64, i64) {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    app.create_covenant("gold").await;
    let first = company(&app, "C&A Nederland C.V.").await;
    let second = company(&app, "Zeeman textielSupers B.V.").await;
    (app, first, second)
}

async fn create(app: &TestApp, body: &Value) -> Value {
    app.create("/v1/participations", body).await
}

fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect()
}

async fn get_json(app: &TestApp, path: impl Into<String>) -> Value {
    let path = path.into();
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

#[actix_web::test]
async fn a_participation_is_stored_changed_and_deleted() {
    let (app, organisation, _) = with_covenants().await;
    let response = app
        .post_json(
            "/v1/participations",
            &participation("textile", organisation, "2016-07-04"),
        )
        .await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(location, format!("/v1/participations/{id}"));
    assert_eq!(created["covenant"], "textile");
    assert_eq!(created["organisation"], organisation);
    assert_eq!(created["role"], "company");
    assert_eq!(created["marketShare"], 0.012);
    assert_eq!(created["leftOn"], Value::Null);
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );
    assert_eq!(
        created["_links"]["organisation"]["href"],
        app.url(&format!("/v1/organisations/{organisation}"))
    );
    assert_eq!(get_json(&app, &location).await, created);

    let left = app
        .send_json(Method::PATCH, &location, &json!({"leftOn": "2019-12-31"}))
        .await;
    assert_eq!(left.status(), 200);
    let left: Value = left.json().await.unwrap();
    assert_eq!(left["leftOn"], "2019-12-31");
    assert_eq!(left["marketShare"], 0.012);

    let mut replaced = participation("gold", organisation, "2017-06-19");
    replaced["role"] = json!("observer");
    replaced["marketShare"] = Value::Null;
    let moved = app.send_json(Method::PUT, &location, &replaced).await;
    assert_eq!(moved.status(), 200);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["covenant"], "gold");
    assert_eq!(moved["role"], "observer");
    assert_eq!(moved["leftOn"], Value::Null);
    assert_eq!(get_json(&app, &location).await, moved);

    let etag = header(&app.get(&location).await, "etag");
    let stale = app
        .write(Method::PATCH, &location)
        .header("if-match", "\"0000000000000000\"")
        .header("content-type", "application/merge-patch+json")
        .body(json!({"role": "ngo"}).to_string())
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let deleted = app
        .write(Method::DELETE, &location)
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&location).await, 404).await;
    problem(
        app.write(Method::DELETE, &location).send().await.unwrap(),
        404,
    )
    .await;
}

#[actix_web::test]
async fn participation_rules_and_references_are_checked() {
    let (app, organisation, _) = with_covenants().await;
    let base = participation("textile", organisation, "2016-07-04");
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
        (with(json!({"leftOn": "2016-07-03"})), vec!["#/leftOn"]),
        (with(json!({"marketShare": 1.5})), vec!["#/marketShare"]),
        (with(json!({"marketShare": -0.1})), vec!["#/marketShare"]),
        (with(json!({"marketShare": "12%"})), vec!["#/marketShare"]),
        (with(json!({"role": "ngo"})), vec!["#/marketShare"]),
        (with(json!({"role": "member"})), vec!["#/role"]),
        (with(json!({"joinedOn": null})), vec!["#/joinedOn"]),
        (with(json!({"joinedOn": "2016-13-01"})), vec!["#/joinedOn"]),
        (with(json!({"organisation": "C&A"})), vec!["#/organisation"]),
        (with(json!({"source": ""})), vec!["#/source"]),
        (with(json!({"id": 3})), vec!["#/id"]),
        (with(json!({"covenant": "nonexistent"})), vec!["#/covenant"]),
        (with(json!({"organisation": 999})), vec!["#/organisation"]),
        (
            with(json!({"covenant": "nonexistent", "organisation": 999})),
            vec!["#/covenant", "#/organisation"],
        ),
        (
            with(json!({"leftOn": "2000-01-01", "marketShare": 2})),
            vec!["#/leftOn", "#/marketShare"],
        ),
    ];
    for (body, expected) in cases {
        let response = app.post_json("/v1/participations", &body).await;
        let mut fields = invalid_fields(&problem(response, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list = get_json(&app, "/v1/participations").await;
    assert_eq!(list["page"]["totalItems"], 0, "nothing invalid was stored");

    let mut association = with(json!({"role": "industryAssociation", "marketShare": 1}));
    association["leftOn"] = json!("2016-07-04");
    assert_eq!(create(&app, &association).await["marketShare"], 1.0);
    let without = with(json!({"role": "ngo", "marketShare": null, "source": null}));
    assert_eq!(create(&app, &without).await["marketShare"], Value::Null);
}

#[actix_web::test]
async fn one_organisation_does_not_take_part_twice_at_once() {
    let (app, organisation, other) = with_covenants().await;
    let mut first = participation("textile", organisation, "2016-07-04");
    first["leftOn"] = json!("2018-01-01");
    let first_id = create(&app, &first).await["id"].as_i64().unwrap();

    let overlapping = participation("textile", organisation, "2017-01-01");
    let conflict = problem(app.post_json("/v1/participations", &overlapping).await, 409).await;
    let detail = conflict["detail"].as_str().unwrap();
    assert!(
        detail.contains(&format!("/v1/participations/{first_id}")),
        "{detail}"
    );

    // Rejoining on the day it left, in another covenant, or as another
    // organisation is no overlap.
    let rejoined = create(&app, &participation("textile", organisation, "2018-01-01")).await;
    create(&app, &participation("gold", organisation, "2017-01-01")).await;
    create(&app, &participation("textile", other, "2017-01-01")).await;

    let reopened = app
        .send_json(
            Method::PATCH,
            &format!("/v1/participations/{first_id}"),
            &json!({"leftOn": null}),
        )
        .await;
    problem(reopened, 409).await;
    let moved = app
        .send_json(
            Method::PATCH,
            &format!("/v1/participations/{}", rejoined["id"]),
            &json!({"covenant": "gold"}),
        )
        .await;
    problem(moved, 409).await;
    let itself = app
        .send_json(
            Method::PATCH,
            &format!("/v1/participations/{first_id}"),
            &json!({"joinedOn": "2016-01-01"}),
        )
        .await;
    assert_eq!(itself.status(), 200, "a period does not overlap itself");
}

#[actix_web::test]
async fn participations_filter_sort_and_page() {
    let (app, organisation, other) = with_covenants().await;
    let mut left = participation("textile", organisation, "2016-07-04");
    left["leftOn"] = json!("2017-07-01");
    let a = create(&app, &left).await["id"].as_i64().unwrap();
    let b = create(&app, &participation("textile", other, "2017-03-01")).await["id"]
        .as_i64()
        .unwrap();
    let mut ngo = participation("gold", other, "2016-01-01");
    ngo["role"] = json!("ngo");
    ngo["marketShare"] = Value::Null;
    let c = create(&app, &ngo).await["id"].as_i64().unwrap();

    let query = |q: &str| get_json(&app, format!("/v1/participations{q}"));
    assert_eq!(ids(&query("").await), vec![c, a, b]);
    assert_eq!(ids(&query("?sort=-joinedOn").await), vec![b, a, c]);
    assert_eq!(ids(&query("?covenant=textile").await), vec![a, b]);
    assert_eq!(
        ids(&query(&format!("?organisation={other}")).await),
        vec![c, b]
    );
    assert_eq!(ids(&query("?role=ngo").await), vec![c]);
    assert_eq!(ids(&query("?activeOn=2016-07-04").await), vec![c, a]);
    assert_eq!(
        ids(&query("?activeOn=2017-07-01").await),
        vec![c, b],
        "left that day"
    );
    assert_eq!(ids(&query("?activeOn=2015-12-31").await), Vec::<i64>::new());
    assert_eq!(
        ids(&query("?covenant=textile&activeOn=2017-06-30").await),
        vec![a, b]
    );

    for sort in ["createdAt", "-createdAt"] {
        let list = query(&format!("?sort={sort}")).await;
        let times: Vec<&str> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["createdAt"].as_str().unwrap())
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        if sort.starts_with('-') {
            sorted.reverse();
        }
        assert_eq!(times, sorted, "{sort}");
    }

    let page = query("?pageSize=2&page=2").await;
    assert_eq!(ids(&page), vec![b]);
    assert_eq!(page["page"]["totalItems"], 3);
    assert_eq!(
        page["_links"]["prev"]["href"],
        app.url("/v1/participations?pageSize=2&page=1")
    );
    assert!(page["_links"].get("next").is_none());

    let organisation_link = get_json(&app, &format!("/v1/organisations/{other}")).await["_links"]
        ["participations"]["href"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(ids(&get_json(&app, &organisation_link).await), vec![c, b]);

    for q in [
        "?organisation=abc",
        "?role=member",
        "?activeOn=now",
        "?sort=role",
        "?status=active",
    ] {
        let body = problem(app.get(&format!("/v1/participations{q}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{q}: {body}");
    }
}

#[actix_web::test]
async fn covenants_link_to_and_embed_their_participations() {
    let (app, organisation, other) = with_covenants().await;
    let a = create(&app, &participation("textile", other, "2017-01-01")).await;
    let b = create(&app, &participation("textile", organisation, "2016-07-04")).await;

    let textile = get_json(&app, "/v1/covenants/textile").await;
    assert_eq!(
        textile["_links"]["participations"]["href"],
        app.url("/v1/participations?covenant=textile")
    );
    assert!(textile.get("_embedded").is_none());
    let linked = get_json(&app, "/v1/participations?covenant=textile").await;
    assert_eq!(linked["page"]["totalItems"], 2);

    let one = get_json(&app, "/v1/covenants/textile?expand=participations").await;
    assert_eq!(one["_embedded"]["participations"], json!([b, a]));
    assert!(one["_embedded"].get("sector").is_none());

    let all = get_json(&app, "/v1/covenants?expand=sector,participations").await;
    let embedded: Vec<(&str, usize, &str)> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap(),
                c["_embedded"]["participations"].as_array().unwrap().len(),
                c["_embedded"]["sector"]["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        embedded,
        vec![("gold", 0, "gold"), ("textile", 2, "textile")]
    );
}

#[actix_web::test]
async fn what_participations_refer_to_cannot_be_deleted() {
    let (app, organisation, _) = with_covenants().await;
    let first = create(&app, &participation("textile", organisation, "2016-07-04")).await;
    create(&app, &participation("gold", organisation, "2017-06-19")).await;

    let response = app
        .write(Method::DELETE, &format!("/v1/organisations/{organisation}"))
        .send()
        .await
        .unwrap();
    let conflict = problem(response, 409).await;
    let detail = conflict["detail"].as_str().unwrap();
    assert!(detail.contains("2 participation(s)"), "{detail}");
    assert!(detail.contains("gold, textile"), "{detail}");

    let response = app
        .write(Method::DELETE, "/v1/covenants/textile")
        .send()
        .await
        .unwrap();
    let conflict = problem(response, 409).await;
    let detail = conflict["detail"].as_str().unwrap();
    assert!(detail.contains("1 participation(s)"), "{detail}");
    assert!(detail.contains(&first["id"].to_string()), "{detail}");

    get_json(&app, &format!("/v1/organisations/{organisation}")).await;
    get_json(&app, "/v1/covenants/textile").await;
}

#[actix_web::test]
async fn a_secretariat_writes_only_its_own_covenants_participations() {
    let (app, organisation, other) = with_covenants().await;
    let own = create(&app, &participation("textile", organisation, "2016-07-04")).await;
    let own_path = format!("/v1/participations/{}", own["id"]);
    let foreign = create(&app, &participation("gold", organisation, "2017-06-19")).await;
    let foreign_path = format!("/v1/participations/{}", foreign["id"]);
    let secretariat = token(Role::Secretariat, &["textile"]);
    let send = |method: Method, path: &str, body: Value| {
        let (app, secretariat, path) = (&app, &secretariat, path.to_owned());
        async move { app.send_json_as(secretariat, method, &path, &body).await }
    };

    let refused = [
        (
            Method::POST,
            "/v1/participations".to_owned(),
            participation("gold", other, "2018-01-01"),
        ),
        (
            Method::PATCH,
            foreign_path.clone(),
            json!({"role": "observer", "marketShare": null}),
        ),
        (
            Method::PUT,
            foreign_path.clone(),
            participation("gold", organisation, "2017-06-19"),
        ),
        (Method::DELETE, foreign_path.clone(), json!({})),
        (Method::PATCH, own_path.clone(), json!({"covenant": "gold"})),
        (
            Method::PUT,
            own_path.clone(),
            participation("gold", organisation, "2016-07-04"),
        ),
        (
            Method::PATCH,
            "/v1/participations/999".to_owned(),
            json!({"role": "ngo"}),
        ),
        (
            Method::DELETE,
            "/v1/participations/999".to_owned(),
            json!({}),
        ),
    ];
    for (method, path, body) in refused {
        let response = send(method.clone(), &path, body).await;
        let body = problem(response, 403).await;
        assert!(
            !body["detail"].as_str().unwrap().is_empty(),
            "{method} {path}"
        );
    }
    let not_found = problem(
        send(
            Method::PATCH,
            "/v1/participations/999",
            json!({"role": "ngo"}),
        )
        .await,
        403,
    )
    .await;
    let not_theirs = problem(
        send(Method::PATCH, &foreign_path, json!({"role": "ngo"})).await,
        403,
    )
    .await;
    assert_eq!(
        not_found["detail"].as_str().unwrap().replace("999", "N"),
        not_theirs["detail"]
            .as_str()
            .unwrap()
            .replace(&foreign["id"].to_string(), "N"),
        "an unknown id and another covenant's look alike"
    );
    assert_eq!(get_json(&app, &foreign_path).await, foreign);
    assert_eq!(get_json(&app, &own_path).await, own);

    let created = send(
        Method::POST,
        "/v1/participations",
        participation("textile", other, "2018-01-01"),
    )
    .await;
    assert_eq!(created.status(), 201);
    let patched = send(Method::PATCH, &own_path, json!({"leftOn": "2020-01-01"})).await;
    assert_eq!(patched.status(), 200);
    let mut replaced = participation("textile", organisation, "2016-07-04");
    replaced["marketShare"] = json!(0.02);
    let replaced = send(Method::PUT, &own_path, replaced).await;
    assert_eq!(replaced.status(), 200);
    let deleted = send(Method::DELETE, &own_path, json!({})).await;
    assert_eq!(deleted.status(), 204);

    let trail: Value = app
        .write(
            Method::GET,
            "/v1/audit-events?resourceType=participation&actor=test-secretariat&sort=occurredAt",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["create", "update", "update", "delete"]);

    problem(
        app.send_json(
            Method::PATCH,
            "/v1/participations/999",
            &json!({"role": "ngo"}),
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn readers_do_not_write_participations() {
    let (app, organisation, _) = with_covenants().await;
    let existing = create(&app, &participation("textile", organisation, "2016-07-04")).await;
    let path = format!("/v1/participations/{}", existing["id"]);
    let reader = token(Role::Reader, &["textile"]);
    for (method, target, body) in [
        (
            Method::POST,
            "/v1/participations",
            json!({"covenant": "textile"}),
        ),
        (
            Method::PUT,
            path.as_str(),
            participation("textile", organisation, "2016-07-04"),
        ),
        (Method::PATCH, path.as_str(), json!({"role": "ngo"})),
        (Method::DELETE, path.as_str(), json!({})),
        (Method::DELETE, "/v1/participations/999", json!({})),
    ] {
        let response = app.send_json_as(&reader, method, target, &body).await;
        problem(response, 403).await;
    }
    assert_eq!(get_json(&app, &path).await, existing);
}
