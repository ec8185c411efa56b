//! Working groups and their outputs: CRUD, the rules on themes and the life
//! cycle, filters, sort and paging, embedding in covenants, what may not be
//! deleted, and the secretariat's covenant scope.

use imvo_tracker::auth::Role;
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, token, with_covenants};

fn group(covenant: &str, name: &str, themes: &[&str]) -> Value {
    json!({
        "covenant": covenant,
        "name": name,
        "themes": themes,
        "status": "active",
        "startedOn": "2017-03-01",
    })
}

fn output(title: &str, published_on: &str) -> Value {
    json!({"title": title, "publishedOn": published_on})
}

async fn create(app: &TestApp, path: &str, body: &Value) -> Value {
    let response = app.post_json(path, body).await;
    assert_eq!(response.status(), 201, "creating {body} at {path}");
    response.json().await.unwrap()
}

/// The path of a resource's own link (`/v1/...`).
fn group_path(group: &Value) -> String {
    let href = group["_links"]["self"]["href"].as_str().unwrap();
    href[href.find("/v1/").unwrap()..].to_owned()
}

fn names(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().or(g["title"].as_str()).unwrap())
        .collect()
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

#[actix_web::test]
async fn a_created_working_group_is_stored_with_its_links() {
    let app = with_covenants(&["banking", "gold"]).await;
    let mut body = group(
        "banking",
        "Werkgroep waardeketen",
        &["leverage", "valueChain"],
    );
    body["mandate"] = json!("Map the cocoa value chain and where banks have influence in it.");
    body["source"] = json!("Kamerbrief 13 november 2018");
    let response = app.post_json("/v1/working-groups", &body).await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let etag = header(&response, "etag");
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(location, format!("/v1/working-groups/{id}"));
    assert_eq!(created["covenant"], "banking");
    assert_eq!(
        created["themes"],
        json!(["valueChain", "leverage"]),
        "themes are listed in the enumeration's order"
    );
    assert_eq!(created["status"], "active");
    assert_eq!(created["startedOn"], "2017-03-01");
    assert_eq!(created["endedOn"], Value::Null);
    assert_eq!(created["_links"]["self"]["href"], app.url(&location));
    assert_eq!(
        created["_links"]["covenant"]["href"],
        app.url("/v1/covenants/banking")
    );
    assert_eq!(
        created["_links"]["outputs"]["href"],
        app.url(&format!("{location}/outputs"))
    );
    let read = app.get(&location).await;
    assert_eq!(header(&read, "etag"), etag, "what was returned is stored");
    assert_eq!(read.json::<Value>().await.unwrap(), created);
    assert_eq!(
        json_of(&app, "/v1/working-groups").await["items"],
        json!([created])
    );

    let duplicate = problem(app.post_json("/v1/working-groups", &body).await, 409).await;
    assert!(
        duplicate["detail"]
            .as_str()
            .unwrap()
            .contains("Werkgroep waardeketen"),
        "{duplicate}"
    );
    body["covenant"] = json!("gold");
    create(&app, "/v1/working-groups", &body).await;
}

#[actix_web::test]
async fn invalid_working_groups_are_refused_field_by_field() {
    let app = with_covenants(&["banking"]).await;
    let base = group("banking", "Werkgroep herstel", &["accessToRemedy"]);
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
        (with(json!({"themes": []})), vec!["#/themes"]),
        (
            with(json!({"themes": ["monitoring", "climate", "monitoring"]})),
            vec!["#/themes/2"],
        ),
        (
            with(json!({"themes": ["monitoring", "fishing"]})),
            vec!["#/themes/1"],
        ),
        (with(json!({"themes": "monitoring"})), vec!["#/themes"]),
        (with(json!({"status": "completed"})), vec!["#/endedOn"]),
        (with(json!({"endedOn": "2017-02-28"})), vec!["#/endedOn"]),
        (
            with(json!({"status": "completed", "endedOn": "2016-01-01"})),
            vec!["#/endedOn"],
        ),
        (with(json!({"status": "finished"})), vec!["#/status"]),
        (with(json!({"covenant": "nowhere"})), vec!["#/covenant"]),
        (
            with(json!({"startedOn": "2017-02-30"})),
            vec!["#/startedOn"],
        ),
        (with(json!({"mandate": "  "})), vec!["#/mandate"]),
        (with(json!({"source": "x".repeat(501)})), vec!["#/source"]),
        (with(json!({"id": 4})), vec!["#/id"]),
        (
            with(json!({"name": " padded", "themes": []})),
            vec!["#/name", "#/themes"],
        ),
        (
            with(json!({"name": null, "status": null})),
            vec!["#/name", "#/status"],
        ),
    ];
    for (body, expected) in cases {
        let mut fields =
            invalid_fields(&problem(app.post_json("/v1/working-groups", &body).await, 400).await);
        fields.sort();
        assert_eq!(fields, expected, "{body}");
    }
    assert_eq!(
        json_of(&app, "/v1/working-groups").await["page"]["totalItems"],
        0,
        "nothing invalid was stored"
    );
    let completed = with(json!({"status": "completed", "endedOn": "2018-08-09"}));
    assert_eq!(
        create(&app, "/v1/working-groups", &completed).await["status"],
        "completed"
    );
}

#[actix_web::test]
async fn working_groups_filter_sort_and_page() {
    let app = with_covenants(&["banking", "insurance"]).await;
    let mut remedy = group("banking", "Toegang tot herstel", &["accessToRemedy"]);
    remedy["startedOn"] = json!("2017-09-01");
    create(&app, "/v1/working-groups", &remedy).await;
    let mut chain = group("banking", "Waardeketen", &["valueChain", "leverage"]);
    chain["status"] = json!("completed");
    chain["startedOn"] = json!("2017-01-15");
    chain["endedOn"] = json!("2018-08-09");
    create(&app, "/v1/working-groups", &chain).await;
    let mut monitoring = group("insurance", "Monitoring", &["monitoring"]);
    monitoring.as_object_mut().unwrap().remove("startedOn");
    monitoring["status"] = json!("planned");
    create(&app, "/v1/working-groups", &monitoring).await;
    let mut frameworks = group(
        "insurance",
        "Kaders",
        &["animalWelfare", "landRights", "childLabour"],
    );
    frameworks["startedOn"] = json!("2018-09-01");
    create(&app, "/v1/working-groups", &frameworks).await;

    let cases = [
        (
            "",
            vec!["Kaders", "Monitoring", "Toegang tot herstel", "Waardeketen"],
        ),
        (
            "?covenant=banking",
            vec!["Toegang tot herstel", "Waardeketen"],
        ),
        (
            "?status=completed,planned",
            vec!["Monitoring", "Waardeketen"],
        ),
        ("?status=completed", vec!["Waardeketen"]),
        ("?status=planned", vec!["Monitoring"]),
        ("?theme=leverage", vec!["Waardeketen"]),
        ("?theme=landRights", vec!["Kaders"]),
        ("?theme=landRights&covenant=banking", vec![]),
        ("?theme=climate", vec![]),
        (
            "?sort=-name",
            vec!["Waardeketen", "Toegang tot herstel", "Monitoring", "Kaders"],
        ),
        (
            "?sort=startedOn",
            vec!["Waardeketen", "Toegang tot herstel", "Kaders", "Monitoring"],
        ),
        (
            "?sort=-startedOn",
            vec!["Kaders", "Toegang tot herstel", "Waardeketen", "Monitoring"],
        ),
    ];
    for (query, expected) in cases {
        let list = json_of(&app, &format!("/v1/working-groups{query}")).await;
        assert_eq!(names(&list), expected, "{query}");
    }

    let first = json_of(&app, "/v1/working-groups?covenant=insurance&pageSize=1").await;
    assert_eq!(names(&first), vec!["Kaders"]);
    assert_eq!(first["page"]["totalItems"], 2);
    assert!(first["_links"].get("prev").is_none());
    let next = first["_links"]["next"]["href"].as_str().unwrap();
    assert_eq!(
        next,
        app.url("/v1/working-groups?covenant=insurance&pageSize=1&page=2")
    );
    let second = json_of(&app, next).await;
    assert_eq!(names(&second), vec!["Monitoring"]);
    assert!(second["_links"].get("next").is_none());
    assert_eq!(
        second["_links"]["prev"]["href"],
        app.url("/v1/working-groups?covenant=insurance&pageSize=1&page=1")
    );

    for query in [
        "?theme=fishing",
        "?status=done",
        "?sort=covenant",
        "?name=Kaders",
    ] {
        let body = problem(app.get(&format!("/v1/working-groups{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
    }
}

#[actix_web::test]
async fn put_and_patch_keep_a_working_group_valid() {
    let app = with_covenants(&["gold", "textile"]).await;
    let mut body = group("gold", "Kinderarbeid", &["childLabour"]);
    body["mandate"] = json!("Reduce child labour in and around mines.");
    let created = create(&app, "/v1/working-groups", &body).await;
    let path = group_path(&created);

    let mut replaced = group(
        "gold",
        "Kinderarbeid in mijnen",
        &["childLabour", "dueDiligence"],
    );
    replaced["status"] = json!("completed");
    replaced["endedOn"] = json!("2019-06-30");
    let response = app.send_json(Method::PUT, &path, &replaced).await;
    assert_eq!(response.status(), 200);
    let stored: Value = response.json().await.unwrap();
    assert_eq!(stored["name"], "Kinderarbeid in mijnen");
    assert_eq!(stored["themes"], json!(["dueDiligence", "childLabour"]));
    assert_eq!(
        stored["mandate"],
        Value::Null,
        "PUT replaces the whole group"
    );
    assert_eq!(stored["createdAt"], created["createdAt"]);
    assert_eq!(json_of(&app, &path).await, stored);

    let response = app
        .send_json(
            Method::PATCH,
            &path,
            &json!({"themes": ["monitoring"], "status": "active", "endedOn": null, "source": "Jaarrapportage 2018"}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let patched: Value = response.json().await.unwrap();
    assert_eq!(patched["themes"], json!(["monitoring"]));
    assert_eq!(patched["endedOn"], Value::Null);
    assert_eq!(patched["name"], "Kinderarbeid in mijnen", "kept");
    assert_eq!(
        json_of(&app, "/v1/working-groups?theme=childLabour").await["page"]["totalItems"],
        0,
        "the old themes are gone"
    );

    let moved = app
        .send_json(Method::PATCH, &path, &json!({"covenant": "textile"}))
        .await;
    assert_eq!(moved.status(), 200, "an admin may move a group");
    assert_eq!(
        moved.json::<Value>().await.unwrap()["_links"]["covenant"]["href"],
        app.url("/v1/covenants/textile")
    );

    for (patch, expected) in [
        (json!({"status": "completed"}), vec!["#/endedOn"]),
        (json!({"themes": []}), vec!["#/themes"]),
        (json!({"covenant": "nowhere"}), vec!["#/covenant"]),
        (json!({"name": null}), vec!["#/name"]),
        (json!({"colour": "red"}), vec!["#/colour"]),
    ] {
        let response = app.send_json(Method::PATCH, &path, &patch).await;
        assert_eq!(
            invalid_fields(&problem(response, 400).await),
            expected,
            "{patch}"
        );
    }
    let other = create(
        &app,
        "/v1/working-groups",
        &group("textile", "Leefbaar loon", &["livingWage"]),
    )
    .await;
    let clash = app
        .send_json(
            Method::PATCH,
            &group_path(&other),
            &json!({"name": "Kinderarbeid in mijnen"}),
        )
        .await;
    problem(clash, 409).await;
}

#[actix_web::test]
async fn unknown_working_groups_and_outputs_are_404() {
    let app = with_covenants(&["gold"]).await;
    let created = create(
        &app,
        "/v1/working-groups",
        &group("gold", "Impact", &["other"]),
    )
    .await;
    let path = group_path(&created);
    let body = group("gold", "Impact", &["other"]);
    for missing in ["/v1/working-groups/999999", "/v1/working-groups/abc"] {
        let read = problem(app.get(missing).await, 404).await;
        assert_eq!(read["instance"], missing);
        problem(app.send_json(Method::PUT, missing, &body).await, 404).await;
        problem(
            app.send_json(Method::PATCH, missing, &json!({"name": "x"}))
                .await,
            404,
        )
        .await;
        problem(
            app.write(Method::DELETE, missing).send().await.unwrap(),
            404,
        )
        .await;
        problem(app.get(&format!("{missing}/outputs")).await, 404).await;
        problem(
            app.post_json(&format!("{missing}/outputs"), &output("x", "2018-01-01"))
                .await,
            404,
        )
        .await;
    }
    for missing in [
        format!("{path}/outputs/999999"),
        format!("{path}/outputs/x"),
    ] {
        problem(app.get(&missing).await, 404).await;
        problem(
            app.send_json(Method::PUT, &missing, &output("x", "2018-01-01"))
                .await,
            404,
        )
        .await;
        problem(
            app.write(Method::DELETE, &missing).send().await.unwrap(),
            404,
        )
        .await;
    }
}

#[actix_web::test]
async fn outputs_are_created_listed_changed_and_deleted() {
    let app = with_covenants(&["banking"]).await;
    let chain = create(
        &app,
        "/v1/working-groups",
        &group("banking", "Waardeketen", &["valueChain"]),
    )
    .await;
    let other = create(
        &app,
        "/v1/working-groups",
        &group("banking", "Herstel", &["accessToRemedy"]),
    )
    .await;
    let outputs = format!("{}/outputs", group_path(&chain));
    let mut analysis = output("Analyse van de cacaowaardeketen", "2018-06-01");
    analysis["url"] = json!("https://www.imvoconvenanten.nl/banking/cacao");
    analysis["summary"] = json!(
        "Three recommendations: better due diligence when financing the cocoa sector, better access to finance for small cocoa farmers, a stronger multi-stakeholder approach."
    );
    let response = app.post_json(&outputs, &analysis).await;
    assert_eq!(response.status(), 201);
    let location = header(&response, "location");
    let created: Value = response.json().await.unwrap();
    assert_eq!(
        location,
        format!("{outputs}/{}", created["id"].as_i64().unwrap())
    );
    assert_eq!(created["workingGroup"], chain["id"]);
    assert_eq!(
        created["_links"]["workingGroup"]["href"],
        app.url(&group_path(&chain))
    );
    assert_eq!(created["url"], analysis["url"]);
    assert_eq!(json_of(&app, &location).await, created);
    create(&app, &outputs, &output("Tussenrapport", "2017-11-15")).await;
    create(&app, &outputs, &output("Pilot mensenrechten", "2018-10-01")).await;

    let cases = [
        (
            "",
            vec![
                "Pilot mensenrechten",
                "Analyse van de cacaowaardeketen",
                "Tussenrapport",
            ],
        ),
        (
            "?sort=title",
            vec![
                "Analyse van de cacaowaardeketen",
                "Pilot mensenrechten",
                "Tussenrapport",
            ],
        ),
        (
            "?sort=publishedOn&publishedFrom=2018-01-01",
            vec!["Analyse van de cacaowaardeketen", "Pilot mensenrechten"],
        ),
        ("?publishedTo=2017-12-31", vec!["Tussenrapport"]),
    ];
    for (query, expected) in cases {
        assert_eq!(
            names(&json_of(&app, &format!("{outputs}{query}")).await),
            expected,
            "{query}"
        );
    }
    let paged = json_of(&app, &format!("{outputs}?pageSize=2")).await;
    assert_eq!(
        paged["_links"]["next"]["href"],
        app.url(&format!("{outputs}?pageSize=2&page=2"))
    );
    assert_eq!(
        json_of(&app, &format!("{}/outputs", group_path(&other))).await["page"]["totalItems"],
        0
    );
    problem(
        app.get(&format!("{}/outputs/{}", group_path(&other), created["id"]))
            .await,
        404,
    )
    .await;

    for (body, expected) in [
        (json!({"publishedOn": "2018-06-01"}), vec!["#/title"]),
        (
            json!({"title": "X", "publishedOn": "June 2018"}),
            vec!["#/publishedOn"],
        ),
        (
            json!({"title": "X", "publishedOn": "2018-06-01", "url": "www.example.nl"}),
            vec!["#/url"],
        ),
        (
            json!({"title": "X", "publishedOn": "2018-06-01", "summary": ""}),
            vec!["#/summary"],
        ),
        (
            json!({"title": "X", "publishedOn": "2018-06-01", "workingGroup": 3}),
            vec!["#/workingGroup"],
        ),
    ] {
        let body = problem(app.post_json(&outputs, &body).await, 400).await;
        assert_eq!(invalid_fields(&body), expected);
    }

    let mut replaced = output("Analyse cacaoketen", "2018-06-02");
    replaced["source"] = json!("Jaarrapportage bancaire sector 2018");
    let response = app.send_json(Method::PUT, &location, &replaced).await;
    assert_eq!(response.status(), 200);
    let stored: Value = response.json().await.unwrap();
    assert_eq!(stored["title"], "Analyse cacaoketen");
    assert_eq!(stored["url"], Value::Null, "PUT replaces the whole output");
    let response = app
        .send_json(
            Method::PATCH,
            &location,
            &json!({"url": "https://example.nl/cacao", "source": null}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let patched: Value = response.json().await.unwrap();
    assert_eq!(
        (patched["url"].as_str(), patched["source"].as_str()),
        (Some("https://example.nl/cacao"), None)
    );
    assert_eq!(json_of(&app, &location).await, patched);
    let bad = app
        .send_json(Method::PATCH, &location, &json!({"publishedOn": null}))
        .await;
    assert_eq!(
        invalid_fields(&problem(bad, 400).await),
        vec!["#/publishedOnPrecision"],
        "an unknown date has no precision"
    );
    for (body, expected) in [
        (
            json!({"publishedOn": "2018-06-02", "publishedOnPrecision": "month"}),
            "#/publishedOn",
        ),
        (
            json!({"publishedOn": "2018-06-01", "publishedOnPrecision": "year"}),
            "#/publishedOn",
        ),
        (
            json!({"publishedOnPrecision": "week"}),
            "#/publishedOnPrecision",
        ),
    ] {
        let bad = app.send_json(Method::PATCH, &location, &body).await;
        assert_eq!(
            invalid_fields(&problem(bad, 400).await),
            vec![expected],
            "{body}"
        );
    }
    let response = app
        .send_json(
            Method::PATCH,
            &location,
            &json!({"publishedOn": "2018-06-01", "publishedOnPrecision": "month"}),
        )
        .await;
    assert_eq!(response.status(), 200);
    let month: Value = response.json().await.unwrap();
    assert_eq!(
        (
            month["publishedOn"].as_str(),
            month["publishedOnPrecision"].as_str()
        ),
        (Some("2018-06-01"), Some("month"))
    );
    let response = app
        .send_json(
            Method::PATCH,
            &location,
            &json!({"publishedOn": null, "publishedOnPrecision": null}),
        )
        .await;
    assert_eq!(response.status(), 200, "a date may be unknown");
    let unknown: Value = response.json().await.unwrap();
    assert_eq!(
        (&unknown["publishedOn"], &unknown["publishedOnPrecision"]),
        (&Value::Null, &Value::Null)
    );
    let newest_first = json_of(&app, &outputs).await;
    assert_eq!(
        names(&newest_first).last().copied(),
        Some("Analyse cacaoketen"),
        "an unknown date sorts last"
    );
    let oldest_first = json_of(&app, &format!("{outputs}?sort=publishedOn")).await;
    assert_eq!(
        names(&oldest_first).last().copied(),
        Some("Analyse cacaoketen"),
        "either way"
    );
    assert_eq!(
        json_of(&app, &format!("{outputs}?publishedFrom=2000-01-01")).await["page"]["totalItems"],
        2,
        "a date filter leaves unknown dates out"
    );

    let deleted = app.write(Method::DELETE, &location).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    problem(app.get(&location).await, 404).await;
    assert_eq!(json_of(&app, &outputs).await["page"]["totalItems"], 2);
}

#[actix_web::test]
async fn a_working_group_with_outputs_cannot_be_deleted() {
    let app = with_covenants(&["banking"]).await;
    let chain = create(
        &app,
        "/v1/working-groups",
        &group("banking", "Waardeketen", &["valueChain"]),
    )
    .await;
    let path = group_path(&chain);
    let first = create(
        &app,
        &format!("{path}/outputs"),
        &output("Analyse", "2018-06-01"),
    )
    .await;
    let second = create(
        &app,
        &format!("{path}/outputs"),
        &output("Aanbevelingen", "2018-07-01"),
    )
    .await;
    let body = problem(app.write(Method::DELETE, &path).send().await.unwrap(), 409).await;
    let detail = body["detail"].as_str().unwrap();
    assert!(detail.contains("2 output(s)"), "{detail}");
    assert!(
        detail.contains(&format!("{}, {}", first["id"], second["id"])),
        "{detail}"
    );
    assert_eq!(json_of(&app, &path).await, chain, "nothing was deleted");

    for output in [&first, &second] {
        let href = output["_links"]["self"]["href"].as_str().unwrap();
        let response = app.write(Method::DELETE, href).send().await.unwrap();
        assert_eq!(response.status(), 204);
    }
    let response = app.write(Method::DELETE, &path).send().await.unwrap();
    assert_eq!(response.status(), 204);
    problem(app.get(&path).await, 404).await;
}

#[actix_web::test]
async fn covenants_link_to_and_embed_their_working_groups() {
    let app = with_covenants(&["banking", "gold", "textile"]).await;
    create(
        &app,
        "/v1/working-groups",
        &group("banking", "Waardeketen", &["valueChain"]),
    )
    .await;
    let remedy = create(
        &app,
        "/v1/working-groups",
        &group("banking", "Herstel", &["accessToRemedy"]),
    )
    .await;
    let child_labour = create(
        &app,
        "/v1/working-groups",
        &group("gold", "Kinderarbeid", &["childLabour"]),
    )
    .await;

    let banking = json_of(&app, "/v1/covenants/banking").await;
    assert_eq!(
        banking["_links"]["workingGroups"]["href"],
        app.url("/v1/working-groups?covenant=banking")
    );
    assert!(banking.get("_embedded").is_none());
    let linked = json_of(
        &app,
        banking["_links"]["workingGroups"]["href"].as_str().unwrap(),
    )
    .await;
    assert_eq!(names(&linked), vec!["Herstel", "Waardeketen"]);

    let expanded = json_of(&app, "/v1/covenants/banking?expand=workingGroups").await;
    let embedded = &expanded["_embedded"]["workingGroups"];
    assert_eq!(embedded[0], remedy);
    assert_eq!(embedded.as_array().unwrap().len(), 2);
    assert!(expanded["_embedded"].get("sector").is_none());

    let list = json_of(&app, "/v1/covenants?expand=workingGroups,sector").await;
    let items = list["items"].as_array().unwrap();
    let embedded_names: Vec<Vec<&str>> = items
        .iter()
        .map(|c| {
            c["_embedded"]["workingGroups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["name"].as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(
        embedded_names,
        vec![vec!["Herstel", "Waardeketen"], vec!["Kinderarbeid"], vec![]]
    );
    assert_eq!(items[1]["_embedded"]["workingGroups"][0], child_labour);
    assert_eq!(items[2]["_embedded"]["sector"]["code"], "textile");
}

#[actix_web::test]
async fn a_covenant_with_working_groups_cannot_be_deleted() {
    let app = with_covenants(&["gold"]).await;
    let created = create(
        &app,
        "/v1/working-groups",
        &group("gold", "Kinderarbeid", &["childLabour"]),
    )
    .await;
    let body = problem(
        app.write(Method::DELETE, "/v1/covenants/gold")
            .send()
            .await
            .unwrap(),
        409,
    )
    .await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("1 working group(s)") && detail.contains("Kinderarbeid"),
        "{detail}"
    );
    let response = app
        .write(Method::DELETE, &group_path(&created))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let response = app
        .write(Method::DELETE, "/v1/covenants/gold")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

#[actix_web::test]
async fn a_stale_if_match_is_412_for_groups_and_outputs() {
    let app = with_covenants(&["gold"]).await;
    let created = create(
        &app,
        "/v1/working-groups",
        &group("gold", "Kinderarbeid", &["childLabour"]),
    )
    .await;
    let path = group_path(&created);
    let made = create(
        &app,
        &format!("{path}/outputs"),
        &output("Projectplan Oeganda", "2018-10-01"),
    )
    .await;
    let output_path = made["_links"]["self"]["href"].as_str().unwrap().to_owned();
    for (path, patch) in [
        (path.clone(), json!({"mandate": "Reduce child labour."})),
        (
            output_path.clone(),
            json!({"summary": "A project in Uganda."}),
        ),
    ] {
        let stale = header(&app.get(&path).await, "etag");
        let fresh = app
            .write(Method::PATCH, &path)
            .header("content-type", "application/merge-patch+json")
            .header("if-match", &stale)
            .body(patch.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(fresh.status(), 200, "{path}");
        let current: Value = fresh.json().await.unwrap();
        for request in [
            app.write(Method::PATCH, &path)
                .header("content-type", "application/merge-patch+json")
                .body(json!({"source": "x"}).to_string()),
            app.write(Method::DELETE, &path),
        ] {
            problem(
                request.header("if-match", &stale).send().await.unwrap(),
                412,
            )
            .await;
        }
        assert_eq!(json_of(&app, &path).await, current, "{path} unchanged");
    }
}

/// Sends `body` (if any) with `token`.
async fn send(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Response {
    let mut request = app.request(method, path).bearer_auth(token);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    request.send().await.unwrap()
}

#[actix_web::test]
async fn a_secretariat_writes_only_its_own_covenants_groups_and_outputs() {
    let app = with_covenants(&["textile", "gold"]).await;
    let secretariat = token(Role::Secretariat, &["textile"]);
    let gold_group = create(
        &app,
        "/v1/working-groups",
        &group("gold", "Kinderarbeid", &["childLabour"]),
    )
    .await;
    let gold_path = group_path(&gold_group);
    let gold_output = create(
        &app,
        &format!("{gold_path}/outputs"),
        &output("Projectplan Oeganda", "2018-10-01"),
    )
    .await;
    let gold_output_path = gold_output["_links"]["self"]["href"]
        .as_str()
        .unwrap()
        .to_owned();

    // Its own covenant: everything.
    let response = send(
        &app,
        &secretariat,
        Method::POST,
        "/v1/working-groups",
        Some(&group("textile", "Leefbaar loon", &["livingWage"])),
    )
    .await;
    assert_eq!(response.status(), 201);
    let own: Value = response.json().await.unwrap();
    let own_path = group_path(&own);
    let mut replaced = group(
        "textile",
        "Leefbaar loon",
        &["livingWage", "genderEquality"],
    );
    replaced["mandate"] = json!("A living wage in the garment supply chain.");
    let response = send(&app, &secretariat, Method::PUT, &own_path, Some(&replaced)).await;
    assert_eq!(response.status(), 200);
    let response = send(
        &app,
        &secretariat,
        Method::PATCH,
        &own_path,
        Some(&json!({"status": "planned"})),
    )
    .await;
    assert_eq!(response.status(), 200);
    let response = send(
        &app,
        &secretariat,
        Method::POST,
        &format!("{own_path}/outputs"),
        Some(&output("Trainingsprogramma leefbaar loon", "2019-01-15")),
    )
    .await;
    assert_eq!(response.status(), 201);
    let own_output: Value = response.json().await.unwrap();
    let own_output_path = own_output["_links"]["self"]["href"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = send(
        &app,
        &secretariat,
        Method::PATCH,
        &own_output_path,
        Some(&json!({"summary": "Living wage, social dialogue and purchasing."})),
    )
    .await;
    assert_eq!(response.status(), 200);

    // Another covenant's groups and outputs, directly or by moving its own.
    let forbidden = [
        (
            Method::POST,
            "/v1/working-groups".to_owned(),
            Some(group("gold", "Recycling", &["other"])),
        ),
        (
            Method::POST,
            "/v1/working-groups".to_owned(),
            Some(group("nowhere", "Recycling", &["other"])),
        ),
        (
            Method::PUT,
            gold_path.clone(),
            Some(group("gold", "Kinderarbeid", &["childLabour"])),
        ),
        (
            Method::PATCH,
            gold_path.clone(),
            Some(json!({"mandate": "Not mine."})),
        ),
        (
            Method::PATCH,
            gold_path.clone(),
            Some(json!({"covenant": "textile"})),
        ),
        (Method::DELETE, gold_path.clone(), None),
        (
            Method::PUT,
            own_path.clone(),
            Some(group("gold", "Leefbaar loon", &["livingWage"])),
        ),
        (
            Method::PATCH,
            own_path.clone(),
            Some(json!({"covenant": "gold"})),
        ),
        (
            Method::POST,
            format!("{gold_path}/outputs"),
            Some(output("Not mine", "2019-01-01")),
        ),
        (
            Method::PUT,
            gold_output_path.clone(),
            Some(output("Not mine", "2019-01-01")),
        ),
        (
            Method::PATCH,
            gold_output_path.clone(),
            Some(json!({"title": "Not mine"})),
        ),
        (Method::DELETE, gold_output_path.clone(), None),
    ];
    for (method, path, body) in &forbidden {
        let response = send(&app, &secretariat, method.clone(), path, body.as_ref()).await;
        problem(response, 403).await;
    }
    assert_eq!(json_of(&app, &gold_path).await, gold_group, "untouched");
    assert_eq!(json_of(&app, &gold_output_path).await, gold_output);
    assert_eq!(
        json_of(&app, &own_path).await["covenant"],
        "textile",
        "not moved"
    );

    // A group that does not exist is answered like another covenant's.
    let missing = send(
        &app,
        &secretariat,
        Method::PATCH,
        "/v1/working-groups/999999",
        Some(&json!({"mandate": "x"})),
    )
    .await;
    let missing = problem(missing, 403).await;
    let foreign = send(
        &app,
        &secretariat,
        Method::PATCH,
        &gold_path,
        Some(&json!({"mandate": "x"})),
    )
    .await;
    let foreign = problem(foreign, 403).await;
    let gold_id = gold_group["id"].to_string();
    assert_eq!(
        missing["detail"].as_str().unwrap().replace("999999", "N"),
        foreign["detail"].as_str().unwrap().replace(&gold_id, "N"),
    );
    assert!(!foreign["detail"].as_str().unwrap().contains("gold"));
    let missing_output = send(
        &app,
        &secretariat,
        Method::DELETE,
        "/v1/working-groups/999999/outputs/1",
        None,
    )
    .await;
    problem(missing_output, 403).await;

    // Deleting its own output and group.
    let response = send(&app, &secretariat, Method::DELETE, &own_output_path, None).await;
    assert_eq!(response.status(), 204);
    let response = send(&app, &secretariat, Method::DELETE, &own_path, None).await;
    assert_eq!(response.status(), 204);

    let trail = app
        .write(
            Method::GET,
            "/v1/audit-events?resourceType=workingGroup&actor=test-secretariat&sort=occurredAt",
        )
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let actions: Vec<&str> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["create", "update", "update", "delete"]);
}

#[actix_web::test]
async fn a_secretariat_learns_nothing_of_other_covenants_outputs() {
    let app = with_covenants(&["textile", "gold"]).await;
    let secretariat = token(Role::Secretariat, &["textile"]);
    let gold_path = group_path(
        &create(
            &app,
            "/v1/working-groups",
            &group("gold", "Kinderarbeid", &["childLabour"]),
        )
        .await,
    );
    let gold_output = create(
        &app,
        &format!("{gold_path}/outputs"),
        &output("Projectplan Oeganda", "2018-10-01"),
    )
    .await;
    let gold_output_path = group_path(&gold_output);
    let own_path = group_path(
        &create(
            &app,
            "/v1/working-groups",
            &group("textile", "Leefbaar loon", &["livingWage"]),
        )
        .await,
    );

    // Adding to a group that does not exist is answered as adding to
    // another covenant's group.
    let body = output("Not mine", "2019-01-01");
    let foreign = send(
        &app,
        &secretariat,
        Method::POST,
        &format!("{gold_path}/outputs"),
        Some(&body),
    )
    .await;
    let foreign = problem(foreign, 403).await;
    let missing = send(
        &app,
        &secretariat,
        Method::POST,
        "/v1/working-groups/999999/outputs",
        Some(&body),
    )
    .await;
    assert_eq!(problem(missing, 403).await["detail"], foreign["detail"]);
    assert!(!foreign["detail"].as_str().unwrap().contains("gold"));

    // Another covenant's output is refused before its body is read, and an
    // output missing from its own group gets the same answer.
    let invalid = json!({"title": "", "publishedOn": "not a date"});
    for (method, path) in [
        (Method::PUT, gold_output_path.clone()),
        (Method::PATCH, gold_output_path.clone()),
        (Method::PUT, format!("{own_path}/outputs/999999")),
        (Method::DELETE, format!("{own_path}/outputs/999999")),
    ] {
        let response = send(&app, &secretariat, method.clone(), &path, Some(&invalid)).await;
        let refused = problem(response, 403).await;
        assert_eq!(refused["detail"], foreign["detail"], "{method} {path}");
    }

    assert_eq!(json_of(&app, &gold_output_path).await, gold_output);
    let gold_outputs = json_of(&app, &format!("{gold_path}/outputs")).await;
    assert_eq!(names(&gold_outputs), vec!["Projectplan Oeganda"]);
    let own_outputs = json_of(&app, &format!("{own_path}/outputs")).await;
    assert_eq!(own_outputs["page"]["totalItems"], 0);
}

#[actix_web::test]
async fn readers_may_not_write_working_groups() {
    let app = with_covenants(&["textile"]).await;
    let reader = token(Role::Reader, &["textile"]);
    let created = create(
        &app,
        "/v1/working-groups",
        &group("textile", "Leefbaar loon", &["livingWage"]),
    )
    .await;
    let path = group_path(&created);
    let made = create(
        &app,
        &format!("{path}/outputs"),
        &output("Brief aan Bangladesh", "2018-05-01"),
    )
    .await;
    let output_path = made["_links"]["self"]["href"].as_str().unwrap().to_owned();
    let requests = [
        (
            Method::POST,
            "/v1/working-groups".to_owned(),
            Some(group("textile", "Kinderarbeid", &["childLabour"])),
        ),
        (
            Method::PUT,
            path.clone(),
            Some(group("textile", "Leefbaar loon", &["livingWage"])),
        ),
        (Method::PATCH, path.clone(), Some(json!({"mandate": "x"}))),
        (Method::DELETE, path.clone(), None),
        (
            Method::POST,
            format!("{path}/outputs"),
            Some(output("x", "2018-05-01")),
        ),
        (
            Method::PATCH,
            output_path.clone(),
            Some(json!({"title": "x"})),
        ),
        (Method::DELETE, output_path.clone(), None),
        (Method::DELETE, "/v1/working-groups/999999".to_owned(), None),
    ];
    for (method, path, body) in &requests {
        let response = send(&app, &reader, method.clone(), path, body.as_ref()).await;
        problem(response, 403).await;
    }
    assert_eq!(json_of(&app, &path).await, created);
    let unauthenticated = app.request(Method::DELETE, &path).send().await.unwrap();
    problem(unauthenticated, 401).await;
}
