//! The examples in the OpenAPI document are requests that work: on the real
//! record, every input schema's whole-object example, posted to its create
//! operation with the documented path examples (what Swagger UI's "Try it
//! out" sends by default), is accepted.

use imvo_tracker::{db, seeds};
use serde_json::Value;

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
        15,
        "one create per writable resource: {posted:?}"
    );
}
