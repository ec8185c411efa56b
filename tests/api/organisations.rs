//! Organisations: CRUD, field rules, the unique KvK number, filters (with a
//! case-insensitive name search), sort and paging, deleting with size facts
//! and endorsements, and who may write.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, token};

pub fn organisation(name: &str, kind: &str, country: &str) -> Value {
    json!({
        "name": name,
        "kind": kind,
        "country": country,
        "source": "Handelsregister KvK",
    })
}

/// Creates a company in the Netherlands; returns its id.
pub async fn company(app: &TestApp, name: &str) -> i64 {
    app.create("/v1/organisations", &organisation(name, "company", "NL"))
        .await["id"]
        .as_i64()
        .unwrap()
}

fn names(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect()
}

async fn get_json(app: &TestApp, path: impl Into<String>) -> Value {
    let path = path.into();
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

#[actix_web::test]
async fn a_created_organisation_is_stored_with_its_links() {
    let app = spawn_app().await;
    let mut body = organisation("Koninklijke Ahold Delhaize N.V.", "company", "NL");
    body["kvkNumber"] = json!("35000363");
    body["website"] = json!("https://www.aholddelhaize.com");
    let response = app.post_json("/v1/organisations", &body).await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    let path = format!("/v1/organisations/{id}");
    assert_eq!(created["_links"]["self"]["href"], app.url(&path));
    assert_eq!(
        created["_links"]["participations"]["href"],
        app.url(&format!("/v1/participations?organisation={id}"))
    );
    assert_eq!(
        created["_links"]["sizeFacts"]["href"],
        app.url(&format!("{path}/size-facts"))
    );
    assert_eq!(
        created["_links"]["oecdEndorsements"]["href"],
        app.url(&format!("{path}/oecd-endorsements"))
    );
    assert_eq!(created["kind"], "company");
    assert_eq!(created["kvkNumber"], "35000363");
    assert_eq!(created["country"], "NL");
    assert_eq!(get_json(&app, &path).await, created);

    let response = app.post_json("/v1/organisations", &body).await;
    let conflict = problem(response, 409).await;
    assert!(
        conflict["detail"].as_str().unwrap().contains("35000363"),
        "{conflict}"
    );
    let list = get_json(&app, "/v1/organisations").await;
    assert_eq!(
        list["page"]["totalItems"], 1,
        "the duplicate was not stored"
    );
}

#[actix_web::test]
async fn the_location_and_etag_of_a_new_organisation() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/v1/organisations",
            &organisation("FNV", "tradeUnion", "NL"),
        )
        .await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let etag = header(&response, "etag");
    let read = app.get(&location).await;
    assert_eq!(read.status(), 200);
    assert_eq!(header(&read, "etag"), etag);
}

#[actix_web::test]
async fn organisation_rules_are_checked() {
    let app = spawn_app().await;
    let base = organisation("Stichting SOMO", "ngo", "NL");
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
        (with(json!({"name": ""})), vec!["#/name"]),
        (with(json!({"name": " padded"})), vec!["#/name"]),
        (with(json!({"name": null})), vec!["#/name"]),
        (with(json!({"kind": "bank"})), vec!["#/kind"]),
        (with(json!({"kvkNumber": "1234567"})), vec!["#/kvkNumber"]),
        (with(json!({"kvkNumber": "1234567a"})), vec!["#/kvkNumber"]),
        (with(json!({"kvkNumber": 12345678})), vec!["#/kvkNumber"]),
        (with(json!({"country": "nl"})), vec!["#/country"]),
        (with(json!({"country": "XX"})), vec!["#/country"]),
        (with(json!({"country": "NLD"})), vec!["#/country"]),
        (with(json!({"country": null})), vec!["#/country"]),
        (with(json!({"website": "www.somo.nl"})), vec!["#/website"]),
        (with(json!({"source": ""})), vec!["#/source"]),
        (with(json!({"sector": "textile"})), vec!["#/sector"]),
        (
            with(json!({"country": "UK", "kvkNumber": "123", "website": "ftp://somo.nl"})),
            vec!["#/country", "#/kvkNumber", "#/website"],
        ),
    ];
    for (body, expected) in cases {
        let response = app.post_json("/v1/organisations", &body).await;
        let mut fields = invalid_fields(&problem(response, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    let list = get_json(&app, "/v1/organisations").await;
    assert_eq!(list["page"]["totalItems"], 0, "nothing invalid was stored");
}

#[actix_web::test]
async fn a_kvk_number_belongs_to_one_organisation() {
    let app = spawn_app().await;
    let mut first = organisation("C&A Nederland C.V.", "company", "NL");
    first["kvkNumber"] = json!("33000001");
    app.create("/v1/organisations", &first).await;
    let second = company(&app, "Zeeman textielSupers B.V.").await;
    company(&app, "Without a number B.V.").await;

    let path = format!("/v1/organisations/{second}");
    let taken = app
        .send_json(Method::PATCH, &path, &json!({"kvkNumber": "33000001"}))
        .await;
    problem(taken, 409).await;
    let own = app
        .send_json(Method::PATCH, &path, &json!({"kvkNumber": "33000002"}))
        .await;
    assert_eq!(own.status(), 200);
    let found = get_json(&app, "/v1/organisations?kvkNumber=33000002").await;
    assert_eq!(names(&found), vec!["Zeeman textielSupers B.V."]);
}

#[actix_web::test]
async fn replace_and_patch_change_what_is_stored() {
    let app = spawn_app().await;
    let mut body = organisation("Fair Wear Foundation", "ngo", "NL");
    body["website"] = json!("https://www.fairwear.org");
    let created = app.create("/v1/organisations", &body).await;
    let path = created["_links"]["self"]["href"]
        .as_str()
        .unwrap()
        .to_owned();

    let mut replaced = organisation("Fair Wear", "ngo", "NL");
    replaced["kvkNumber"] = json!("34000001");
    let response = app.send_json(Method::PUT, &path, &replaced).await;
    assert_eq!(response.status(), 200);
    let after: Value = response.json().await.unwrap();
    assert_eq!(after["name"], "Fair Wear");
    assert_eq!(after["website"], Value::Null, "PUT replaces the whole");
    assert_eq!(after["createdAt"], created["createdAt"]);

    let patched = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"kvkNumber": null, "country": "DE"}),
        )
        .await;
    assert_eq!(patched.status(), 200);
    let patched: Value = patched.json().await.unwrap();
    assert_eq!(patched["kvkNumber"], Value::Null);
    assert_eq!(patched["country"], "DE");
    assert_eq!(patched["name"], "Fair Wear");
    assert_eq!(get_json(&app, &path).await, patched);

    let bad = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"country": "Germany", "id": 5}),
        )
        .await;
    let mut fields = invalid_fields(&problem(bad, 400).await);
    fields.sort();
    assert_eq!(fields, vec!["#/country", "#/id"]);
    problem(
        app.send_json(
            Method::PATCH,
            "/v1/organisations/999",
            &json!({"name": "x"}),
        )
        .await,
        404,
    )
    .await;
}

#[actix_web::test]
async fn a_stale_if_match_is_refused() {
    let app = spawn_app().await;
    let id = company(&app, "Stale B.V.").await;
    let path = format!("/v1/organisations/{id}");
    let etag = header(&app.get(&path).await, "etag");
    let changed = app
        .send_json(Method::PATCH, &path, &json!({"name": "Fresh B.V."}))
        .await;
    assert_eq!(changed.status(), 200);
    let stale = app
        .write(Method::PATCH, &path)
        .header("if-match", &etag)
        .header("content-type", "application/merge-patch+json")
        .body(json!({"name": "Lost update"}).to_string())
        .send()
        .await
        .unwrap();
    problem(stale, 412).await;
    let stale_delete = app
        .write(Method::DELETE, &path)
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    problem(stale_delete, 412).await;
    assert_eq!(get_json(&app, &path).await["name"], "Fresh B.V.");
    let fresh = header(&app.get(&path).await, "etag");
    let deleted = app
        .write(Method::DELETE, &path)
        .header("if-match", &fresh)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn organisations_filter_sort_and_page() {
    let app = spawn_app().await;
    let mut ahold = organisation("Koninklijke Ahold Delhaize N.V.", "company", "NL");
    ahold["kvkNumber"] = json!("35000363");
    for body in [
        ahold,
        organisation("ÉCOLE Société Générale", "company", "FR"),
        organisation("abn amro bank", "company", "NL"),
        organisation("FNV", "tradeUnion", "NL"),
        organisation("100% Fair_Trade", "ngo", "DE"),
        organisation("1000 Fair Trade", "ngo", "DE"),
    ] {
        app.create("/v1/organisations", &body).await;
    }
    let query = |q: &str| get_json(&app, format!("/v1/organisations{q}"));
    let all = query("").await;
    assert_eq!(
        names(&all),
        vec![
            "100% Fair_Trade",
            "1000 Fair Trade",
            "abn amro bank",
            "FNV",
            "Koninklijke Ahold Delhaize N.V.",
            "ÉCOLE Société Générale",
        ],
        "by name, ignoring case, the same on both backends"
    );
    let mut reversed = names(&all);
    reversed.reverse();
    assert_eq!(names(&query("?sort=-name").await), reversed);

    for (q, expected) in [
        ("?name=soci%C3%A9t%C3%A9", vec!["ÉCOLE Société Générale"]),
        ("?name=SOCI%C3%89T%C3%89", vec!["ÉCOLE Société Générale"]),
        ("?name=%C3%A9cole", vec!["ÉCOLE Société Générale"]),
        ("?name=AMRO", vec!["abn amro bank"]),
        ("?name=%25", vec!["100% Fair_Trade"]),
        ("?name=_", vec!["100% Fair_Trade"]),
        ("?name=fair%20trade", vec!["1000 Fair Trade"]),
        ("?name=nothing-like-it", vec![]),
        (
            "?kind=company",
            vec![
                "abn amro bank",
                "Koninklijke Ahold Delhaize N.V.",
                "ÉCOLE Société Générale",
            ],
        ),
        ("?country=DE", vec!["100% Fair_Trade", "1000 Fair Trade"]),
        ("?kind=company&country=FR", vec!["ÉCOLE Société Générale"]),
        (
            "?kvkNumber=35000363",
            vec!["Koninklijke Ahold Delhaize N.V."],
        ),
    ] {
        assert_eq!(names(&query(q).await), expected, "{q}");
    }

    for sort in ["createdAt", "-createdAt"] {
        let list = query(&format!("?sort={sort}")).await;
        let times: Vec<&str> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["createdAt"].as_str().unwrap())
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        if sort.starts_with('-') {
            sorted.reverse();
        }
        assert_eq!(times, sorted, "{sort}");
    }

    let page = query("?kind=company&pageSize=2&page=2").await;
    assert_eq!(names(&page), vec!["ÉCOLE Société Générale"]);
    assert_eq!(page["page"]["totalItems"], 3);
    assert_eq!(page["page"]["totalPages"], 2);
    assert_eq!(
        page["_links"]["prev"]["href"],
        app.url("/v1/organisations?kind=company&pageSize=2&page=1")
    );
    assert!(page["_links"].get("next").is_none());
    let first = query("?kind=company&pageSize=2").await;
    assert_eq!(
        first["_links"]["next"]["href"],
        app.url("/v1/organisations?kind=company&pageSize=2&page=2")
    );

    for q in [
        "?country=nl",
        "?country=XX",
        "?kind=bank",
        "?sort=kind",
        "?sector=x",
    ] {
        let body = problem(app.get(&format!("/v1/organisations{q}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{q}: {body}");
    }
}

#[actix_web::test]
async fn deleting_an_organisation_takes_its_size_facts_and_endorsements_along() {
    let app = spawn_app().await;
    let id = company(&app, "Gone B.V.").await;
    let path = format!("/v1/organisations/{id}");
    let fact = app
        .post_json(
            &format!("{path}/size-facts"),
            &json!({"year": 2018, "employees": 600, "totalAssetsEur": 25_000_000, "netTurnoverEur": 50_000_000, "source": "Jaarverslag 2018"}),
        )
        .await;
    assert_eq!(fact.status(), 201);
    let endorsement = app
        .post_json(
            &format!("{path}/oecd-endorsements"),
            &json!({"endorsedOn": "2018-01-01", "source": "Transparantiebenchmark 2018"}),
        )
        .await;
    assert_eq!(endorsement.status(), 201);

    let deleted = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&path).await, 404).await;
    problem(app.get(&format!("{path}/size-facts")).await, 404).await;

    let trail: Value = app
        .write(Method::GET, "/v1/audit-events?sort=occurredAt&pageSize=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let deletes: Vec<(&str, &str)> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "delete")
        .map(|e| {
            (
                e["resourceType"].as_str().unwrap(),
                e["_links"]["resource"]["href"].as_str().unwrap(),
            )
        })
        .collect();
    let fact_link = app.url(&format!("{path}/size-facts/2018"));
    assert!(
        deletes.contains(&("sizeFact", fact_link.as_str())),
        "{deletes:?}"
    );
    assert!(
        deletes.iter().any(|(kind, _)| *kind == "oecdEndorsement"),
        "{deletes:?}"
    );
    assert!(
        deletes.contains(&("organisation", app.url(&path).as_str())),
        "{deletes:?}"
    );
}

#[actix_web::test]
async fn only_admins_write_organisations() {
    let app = spawn_app().await;
    let id = company(&app, "Protected B.V.").await;
    for role_token in [
        token(Role::Secretariat, &["textile"]),
        token(Role::Reader, &[]),
    ] {
        for (method, path) in [
            (Method::POST, "/v1/organisations".to_owned()),
            (Method::PUT, format!("/v1/organisations/{id}")),
            (Method::PATCH, format!("/v1/organisations/{id}")),
            (Method::DELETE, format!("/v1/organisations/{id}")),
            (Method::PATCH, "/v1/organisations/999".to_owned()),
            (Method::DELETE, "/v1/organisations/999".to_owned()),
        ] {
            let response = app
                .send_json_as(
                    &role_token,
                    method.clone(),
                    &path,
                    &organisation("Mine now", "ngo", "NL"),
                )
                .await;
            problem(response, 403).await;
        }
    }
    let anonymous = app
        .request(Method::DELETE, &format!("/v1/organisations/{id}"))
        .send()
        .await
        .unwrap();
    problem(anonymous, 401).await;
    let stored = get_json(&app, &format!("/v1/organisations/{id}")).await;
    assert_eq!(stored["name"], "Protected B.V.");
}

#[actix_web::test]
async fn an_id_that_is_not_a_number_is_not_found() {
    let app = spawn_app().await;
    for path in [
        "/v1/organisations/ahold",
        "/v1/organisations/1.5",
        "/v1/organisations/1/size-facts/latest",
        "/v1/organisations/x/oecd-endorsements",
    ] {
        problem(app.get(path).await, 404).await;
    }
    let wrong_method = app
        .write(Method::POST, "/v1/organisations/1")
        .send()
        .await
        .unwrap();
    assert_eq!(header(&wrong_method, "allow"), "GET, PUT, PATCH, DELETE");
    problem(wrong_method, 405).await;
}

#[actix_web::test]
async fn a_refused_delete_keeps_the_size_facts_and_endorsements() {
    let app = spawn_app().await;
    app.create_covenant("textile").await;
    let id = company(&app, "Kept B.V.").await;
    let path = format!("/v1/organisations/{id}");
    app.create(
        &format!("{path}/size-facts"),
        &json!({"year": 2018, "employees": 600, "totalAssetsEur": 25_000_000, "netTurnoverEur": 50_000_000, "source": "Jaarverslag 2018"}),
    )
    .await;
    app.create(
        &format!("{path}/oecd-endorsements"),
        &json!({"endorsedOn": "2018-01-01", "source": "Transparantiebenchmark 2018"}),
    )
    .await;
    app.create(
        "/v1/participations",
        &json!({"covenant": "textile", "organisation": id, "role": "company", "joinedOn": "2016-07-04"}),
    )
    .await;

    let refused = app.write(Method::DELETE, &path).send().await.unwrap();
    problem(refused, 409).await;

    get_json(&app, &path).await;
    let facts = get_json(&app, format!("{path}/size-facts")).await;
    assert_eq!(facts["page"]["totalItems"], 1);
    let endorsements = get_json(&app, format!("{path}/oecd-endorsements")).await;
    assert_eq!(endorsements["page"]["totalItems"], 1);
    let trail: Value = app
        .write(Method::GET, "/v1/audit-events?sort=occurredAt&pageSize=100")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        trail["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "delete"),
        "{trail}"
    );
}
