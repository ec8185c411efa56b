//! The examples in the OpenAPI document are requests that work: on the real
//! record, every input schema's whole-object example, posted to its create
//! operation with the documented path examples (what Swagger UI's "Try it
//! out" sends by default), is accepted.

use imvo_tracker::{db, seeds};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

/// `/organisations/{id}/size-facts` with each `{name}` replaced by the
/// parameter's documented example.
fn with_path_examples(path: &str, operation: &Value) -> String {
    let mut filled = path.to_owned();
    for parameter in operation["parameters"].as_array().into_iter().flatten() {
        if parameter["in"] != "path" {
            continue;
        }
        let name = parameter["name"].as_str().expect("a parameter name");
        let example = match &parameter["example"] {
            Value::String(text) => text.clone(),
            Value::Null => panic!("{path}: path parameter {name} has no example"),
            other => other.to_string(),
        };
        filled = filled.replace(&format!("{{{name}}}"), &example);
    }
    filled
}

#[actix_web::test]
async fn every_input_example_is_accepted_on_the_real_record() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let schemas = &document["components"]["schemas"];

    let mut posted = Vec::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        let Some(create) = operations.get("post") else {
            continue;
        };
        let reference = create["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("POST {path}: a request body schema"));
        let name = reference.trim_start_matches("#/components/schemas/");
        let schema = &schemas[name];
        let example = &schema["example"];
        let fields = example
            .as_object()
            .unwrap_or_else(|| panic!("{name} has no whole-object example"));
        for required in schema["required"].as_array().unwrap() {
            let required = required.as_str().unwrap();
            assert!(
                fields.contains_key(required),
                "{name}'s example lacks {required}"
            );
        }
        for field in fields.keys() {
            assert!(
                schema["properties"].get(field).is_some(),
                "{name}'s example has {field}, which the schema does not declare"
            );
        }

        let target = with_path_examples(path, create);
        let response = app.post_json(&format!("/v1{target}"), example).await;
        let status = response.status();
        let body = response.text().await.unwrap();
        assert_eq!(
            status, 201,
            "POST /v1{target} with {name}'s example: {body}"
        );
        posted.push(name.to_owned());
    }
    assert_eq!(
        posted.len(),
        23,
        "one create per writable resource: {posted:?}"
    );
}

/// The cross-member rules the input schemas state (`if`/`then`/`else`,
/// `dependentSchemas`) are the server's: each example, broken in the one
/// way a rule forbids, is refused naming that member.
#[actix_web::test]
async fn the_rules_the_schemas_state_are_the_servers() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let schemas = &document["components"]["schemas"];
    let cases = [
        (
            "MeasurementInput",
            "/v1/measurements",
            json!({"sourceUrl": "https://example.org/x"}),
            "#/sourceUrl",
        ),
        (
            "MeasurementInput",
            "/v1/measurements",
            json!({"denominator": null}),
            "#/denominator",
        ),
        (
            "TargetInput",
            "/v1/targets",
            json!({"baselineOn": null}),
            "#/baselineOn",
        ),
        (
            "CovenantInput",
            "/v1/covenants",
            json!({"status": "signed"}),
            "#/signedOn",
        ),
        (
            "WorkingGroupInput",
            "/v1/working-groups",
            json!({"status": "completed"}),
            "#/endedOn",
        ),
        (
            "MotionInput",
            "/v1/motions",
            json!({"votedOn": "2019-05-20"}),
            "#/votedOn",
        ),
        (
            "ParticipationInput",
            "/v1/participations",
            json!({"role": "ngo", "marketShare": 0.1}),
            "#/marketShare",
        ),
        (
            "WorkingGroupOutputInput",
            "/v1/working-groups/1/outputs",
            json!({"publishedOn": null}),
            "#/publishedOnPrecision",
        ),
        (
            "WorkingGroupOutputInput",
            "/v1/working-groups/1/outputs",
            json!({"publishedOn": "2019-03-02"}),
            "#/publishedOn",
        ),
    ];
    for (name, path, change, member) in cases {
        let schema = &schemas[name];
        assert!(
            schema.get("if").is_some() || schema.get("dependentSchemas").is_some(),
            "{name} states its rules"
        );
        let mut body = schema["example"].clone();
        for (key, value) in change.as_object().unwrap() {
            body[key] = value.clone();
        }
        let response = app.post_json(path, &body).await;
        let problem = crate::helpers::problem(response, 400).await;
        assert!(
            crate::helpers::invalid_fields(&problem).contains(&member.to_owned()),
            "{name} with {change}: {problem}"
        );
    }
}

/// What Swagger UI sends by default to replace or update a record (the
/// documented path examples and body examples) is a valid request on the
/// real record: never a 400. Most are applied (200); a replace that would
/// change what stored records rely on is refused by their state (409), and
/// size facts, OECD endorsements and published figures are not in the
/// record (404).
#[actix_web::test]
async fn the_default_replace_and_update_of_every_resource_are_accepted() {
    let app = spawn_app().await;
    let mut conn = db::connect(&app.database).expect("a connection to the test database");
    seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    let document: Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    let (mut sent, mut applied) = (0, 0);
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, content_type) in [
            (reqwest::Method::PUT, "application/json"),
            (reqwest::Method::PATCH, "application/merge-patch+json"),
        ] {
            let Some(operation) = operations.get(method.as_str().to_lowercase()) else {
                continue;
            };
            let example = &operation["requestBody"]["content"][content_type]["example"];
            assert!(example.is_object(), "{method} {path} has a default body");
            let target = format!("/v1{}", with_path_examples(path, operation));
            let response = app
                .write(method.clone(), &target)
                .header("content-type", content_type)
                .body(example.to_string())
                .send()
                .await
                .unwrap();
            let status = response.status();
            let body = response.text().await.unwrap();
            let absent = path.contains("/size-facts/")
                || path.contains("/oecd-endorsements/")
                || path.starts_with("/published-figures/")
                || path.starts_with("/webhook-subscriptions/");
            let expected: &[u16] = if absent { &[404] } else { &[200, 409] };
            assert!(
                expected.contains(&status.as_u16()),
                "{method} {target} with {example}: {status} {body}"
            );
            applied += usize::from(status == 200);
            sent += 1;
        }
    }
    assert_eq!(sent, 46, "a replace and an update per writable resource");
    assert!(applied >= 24, "{applied} of {sent} applied");
}
