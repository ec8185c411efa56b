//! What schemathesis found, one test each: the served document states what
//! the server refuses (`sort`, `expand`, control characters) and allows
//! what it accepts (`null` clearing an optional member in a merge patch).

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, with_covenants};

async fn document(app: &TestApp) -> Value {
    app.get("/v1/openapi.json").await.json().await.unwrap()
}

/// The schema of query parameter `name` of `GET path`.
fn query_schema<'a>(doc: &'a Value, path: &str, name: &str) -> &'a Value {
    doc["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .map(|p| &p["schema"])
        .unwrap_or_else(|| panic!("GET {path} documents `{name}`"))
}

async fn patch(app: &TestApp, path: &str, body: Value) -> reqwest::Response {
    app.write(Method::PATCH, path)
        .header("content-type", "application/merge-patch+json")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn an_empty_or_padded_expand_name_is_refused_as_documented() {
    let app = with_covenants(&["gold"]).await;
    for path in ["/v1/covenants", "/v1/covenants/gold"] {
        for expand in ["", "sector,,targets", "%20sector", "sector,"] {
            let body = problem(app.get(&format!("{path}?expand={expand}")).await, 400).await;
            assert_eq!(invalid_fields(&body), ["expand"], "{path}?expand={expand}");
        }
        let fine = app.get(&format!("{path}?expand=sector,targets")).await;
        assert_eq!(fine.status(), 200);
    }
    let doc = document(&app).await;
    for path in ["/covenants", "/covenants/{code}"] {
        assert_eq!(query_schema(&doc, path, "expand")["minItems"], 1, "{path}");
    }
}

#[actix_web::test]
async fn every_sort_parameter_documents_the_orders_the_server_takes() {
    let app = with_covenants(&["gold"]).await;
    let doc = document(&app).await;
    let mut lists = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let has_sort = item["get"]["parameters"]
            .as_array()
            .is_some_and(|ps| ps.iter().any(|p| p["name"] == "sort"));
        if has_sort {
            lists += 1;
            let pattern = query_schema(&doc, path, "sort")["pattern"].as_str();
            assert!(pattern.is_some_and(|p| p.starts_with('^')), "{path}");
        }
    }
    assert!(lists >= 17, "every list has a sort ({lists})");
    assert_eq!(
        query_schema(&doc, "/covenants", "sort")["pattern"],
        "^(?!.*\\b(code|signedOn|titleNl|titleEn)\\b.*\\b\\1\\b)\
         -?(code|signedOn|titleNl|titleEn)(,-?(code|signedOn|titleNl|titleEn)){0,3}$"
    );
    assert_eq!(
        query_schema(&doc, "/audit-events", "sort")["pattern"],
        "^-?(occurredAt)$"
    );
    // What the pattern refuses, the server refuses, and the reverse.
    for refused in ["code,-code", "titleNl,code,titleNl", "", "code,", "%C3%A9"] {
        let body = problem(app.get(&format!("/v1/covenants?sort={refused}")).await, 400).await;
        assert_eq!(invalid_fields(&body), ["sort"], "sort={refused}");
    }
    let taken = app
        .get("/v1/covenants?sort=-signedOn,titleEn,code,titleNl")
        .await;
    assert_eq!(taken.status(), 200);
}

#[actix_web::test]
async fn free_text_documents_the_control_characters_it_refuses() {
    let app = with_covenants(&["gold"]).await;
    let doc = document(&app).await;
    let query = r"^[^\u0000-\u001F\u007F-\u009F]*$";
    let body_text = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";
    assert_eq!(
        query_schema(&doc, "/organisations", "name")["pattern"],
        query
    );
    let schemas = &doc["components"]["schemas"];
    for schema in ["CovenantInput", "CovenantPatch"] {
        let summary = &schemas[schema]["properties"]["summary"];
        assert_eq!(summary["pattern"], body_text, "{schema}");
    }
    // A member with a pattern or format of its own keeps it.
    assert_eq!(
        schemas["CovenantInput"]["properties"]["code"]["pattern"],
        "^[a-z][a-z0-9-]*[a-z0-9]$"
    );
    assert!(schemas["CovenantInput"]["properties"]["website"]["pattern"].is_null());

    let body = problem(app.get("/v1/covenants?sector=gold%01").await, 400).await;
    assert_eq!(invalid_fields(&body), ["sector"]);
    let body = problem(
        patch(&app, "/v1/covenants/gold", json!({"summary": "bell\u{7}"})).await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), ["#/summary"]);
    let taken = patch(
        &app,
        "/v1/covenants/gold",
        json!({"summary": "Two lines:\n\tthe second indented."}),
    )
    .await;
    assert_eq!(taken.status(), 200);
}

#[actix_web::test]
async fn a_merge_patch_may_clear_an_optional_member_to_its_default() {
    let app = with_covenants(&["gold"]).await;
    let doc = document(&app).await;
    let schemas = &doc["components"]["schemas"];
    let precision = &schemas["CovenantPatch"]["properties"]["signedOnPrecision"];
    assert_eq!(precision["oneOf"][1]["type"], "null", "{precision}");
    assert_eq!(
        schemas["MotionPatch"]["properties"]["covenants"]["type"],
        json!(["array", "null"])
    );
    // A member the input requires still cannot be cleared.
    assert_eq!(
        schemas["CovenantPatch"]["properties"]["titleNl"]["type"],
        "string"
    );

    let set = patch(
        &app,
        "/v1/covenants/gold",
        json!({"signedOnPrecision": "month"}),
    )
    .await;
    assert_eq!(set.status(), 200);
    let cleared = patch(
        &app,
        "/v1/covenants/gold",
        json!({"signedOnPrecision": null}),
    )
    .await;
    assert_eq!(cleared.status(), 200);
    let view: Value = cleared.json().await.unwrap();
    assert_eq!(view["signedOnPrecision"], "day");
    let stored: Value = app.get("/v1/covenants/gold").await.json().await.unwrap();
    assert_eq!(stored["signedOnPrecision"], "day");

    let motion = app
        .create(
            "/v1/motions",
            &json!({
                "dossier": "26 485", "number": 224, "title": "Motie 26 485 nr. 224",
                "submitters": ["Van Laar"], "submittedOn": "2016-05-19",
                "request": "Verzoekt de regering de convenanten te toetsen.",
                "status": "submitted", "covenants": ["gold"],
            }),
        )
        .await;
    let path = motion["_links"]["self"]["href"].as_str().unwrap();
    let path = &path[path.find("/v1/").unwrap()..];
    let cleared = patch(&app, path, json!({"covenants": null})).await;
    assert_eq!(cleared.status(), 200);
    let view: Value = cleared.json().await.unwrap();
    assert_eq!(view["covenants"], json!([]));

    let body = problem(
        patch(&app, "/v1/covenants/gold", json!({"titleNl": null})).await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), ["#/titleNl"]);
}

/// An invalid change is a 400 whatever `If-Match` says: schemathesis sent a
/// schema-violating patch with a made-up ETag and got 412.
#[actix_web::test]
async fn an_invalid_change_with_a_stale_if_match_is_a_400() {
    let app = with_covenants(&["textile"]).await;
    let response = app
        .write(Method::PATCH, "/v1/covenants/textile")
        .header("if-match", "\"stale\"")
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"status": "halted"}"#)
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    assert_eq!(invalid_fields(&body), vec!["#/status"]);
    // A valid change with the same stale ETag is still refused.
    let response = app
        .write(Method::PATCH, "/v1/covenants/textile")
        .header("if-match", "\"stale\"")
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"summary": "Changed."}"#)
        .send()
        .await
        .unwrap();
    problem(response, 412).await;
}

/// A patch member the resource does not have is a 400 even when it is
/// `null`: schemathesis sent `{"îU": null, ...}` with a made-up ETag and got
/// 412, because merging had dropped the member silently.
#[actix_web::test]
async fn an_unknown_member_set_to_null_is_a_400() {
    let app = with_covenants(&["textile"]).await;
    let response = app
        .write(Method::PATCH, "/v1/covenants/textile")
        .header("if-match", "\"stale\"")
        .header("content-type", "application/merge-patch+json")
        .body(r#"{"\u00eeU": null, "summary": "Changed."}"#)
        .send()
        .await
        .unwrap();
    let body = problem(response, 400).await;
    assert_eq!(invalid_fields(&body), vec!["#/îU"]);
    let stored: Value = app.get("/v1/covenants/textile").await.json().await.unwrap();
    assert_ne!(stored["summary"], "Changed.");
}

/// The lengths the server enforces on citations and prose are declared.
#[actix_web::test]
async fn citation_and_prose_lengths_are_declared_as_enforced() {
    let document = serde_json::to_value(imvo_tracker::openapi::document()).unwrap();
    let property = |schema: &str, name: &str| {
        document["components"]["schemas"][schema]["properties"][name]["maxLength"].clone()
    };
    assert_eq!(property("OrganisationInput", "source"), json!(500));
    assert_eq!(property("CovenantInput", "summary"), json!(4000));
    let app = with_covenants(&[]).await;
    let body = json!({"name": "Too long a source", "kind": "ngo", "country": "NL", "source": "x".repeat(501)});
    let refused = problem(app.post_json("/v1/organisations", &body).await, 400).await;
    assert_eq!(invalid_fields(&refused), vec!["#/source"]);
    let mut body = body;
    body["source"] = json!("x".repeat(500));
    app.create("/v1/organisations", &body).await;
}

/// Bodies declare what the server enforces: no member beyond those listed
/// (an unknown one is a 400 naming it), and single-line text that is not
/// blank, padded or split.
#[actix_web::test]
async fn bodies_declare_unknown_members_and_padded_text_refused() {
    let app = with_covenants(&["gold"]).await;
    let doc = document(&app).await;
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let bodies: Vec<_> = schemas
        .iter()
        .filter(|(name, _)| name.ends_with("Input") || name.ends_with("Patch"))
        .collect();
    assert_eq!(bodies.len(), 46);
    for (name, schema) in bodies {
        assert_eq!(schema["unevaluatedProperties"], false, "{name}");
    }
    let title = &schemas["CovenantPatch"]["properties"]["titleNl"]["pattern"];
    assert!(
        title.as_str().unwrap().starts_with(r"^[^\u0000-\u0020"),
        "{title}"
    );

    let body = problem(
        patch(&app, "/v1/covenants/gold", json!({"colour": "gold"})).await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), ["#/colour"]);
    for padded in [" Goud", "Goud ", "\u{FEFF}Goud", "Go\nud"] {
        let body = problem(
            patch(&app, "/v1/covenants/gold", json!({ "titleNl": padded })).await,
            400,
        )
        .await;
        assert_eq!(invalid_fields(&body), ["#/titleNl"], "{padded:?}");
    }
}

/// Each documented error shows an example of its own status, not the
/// `Problem` schema's 400 under every code.
#[actix_web::test]
async fn every_error_response_shows_an_example_of_its_own_status() {
    let app = with_covenants(&["gold"]).await;
    let doc = document(&app).await;
    let shared = &doc["components"]["responses"];
    let mut checked = 0;
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                let Some(reference) = response["$ref"].as_str() else {
                    continue;
                };
                let name = reference.trim_start_matches("#/components/responses/");
                let example = &shared[name]["content"]["application/problem+json"]["example"];
                assert_eq!(
                    example["status"].to_string(),
                    *status,
                    "{method} {path} {status}: {name}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
}
