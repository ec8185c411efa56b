//! The cross-member rules of the input bodies that JSON Schema can state,
//! added to the document as each model's `validate` enforces them, so that
//! clients and generators know them before the server says 400. A member
//! sent as `null` counts as left out, as the server reads it. Rules JSON
//! Schema cannot state (a reference to a stored record, a code that must
//! equal the path's, dates in order) stay with the server.

use serde_json::{Value, json};

/// `member` is given, and not `null`.
fn given(member: &str) -> Value {
    json!({"required": [member], "properties": {member: {"not": {"type": "null"}}}})
}

/// Each of `members` is left out or `null`.
fn left_out(members: &[&str]) -> Value {
    let properties: serde_json::Map<String, Value> = members
        .iter()
        .map(|m| ((*m).to_owned(), json!({"type": "null"})))
        .collect();
    json!({ "properties": properties })
}

/// `a` and `b` are given together or not at all.
fn together(a: &str, b: &str) -> Value {
    json!({
        a: {"if": given(a), "then": given(b)},
        b: {"if": given(b), "then": given(a)},
    })
}

/// `status` is one of `values`.
fn status_in(values: &[&str]) -> Value {
    json!({"properties": {"status": {"enum": values}}})
}

/// The keywords to add to the input schema `name`.
pub fn of(name: &str) -> Vec<(&'static str, Value)> {
    match name {
        "MeasurementInput" => vec![
            // Exactly one source.
            ("if", given("annualReport")),
            ("then", left_out(&["letter", "sourceUrl"])),
            (
                "else",
                json!({
                    "if": given("letter"),
                    "then": left_out(&["sourceUrl"]),
                    "else": given("sourceUrl"),
                }),
            ),
            ("dependentSchemas", together("numerator", "denominator")),
        ],
        "TargetInput" => vec![("dependentSchemas", together("baselineValue", "baselineOn"))],
        "CovenantInput" => vec![
            ("if", status_in(&["signed", "ended"])),
            ("then", given("signedOn")),
            ("else", left_out(&["signedOn"])),
            (
                "dependentSchemas",
                json!({"status": {"if": status_in(&["ended"]), "then": given("endsOn")}}),
            ),
        ],
        "WorkingGroupInput" => vec![
            ("if", status_in(&["completed"])),
            ("then", given("endedOn")),
        ],
        "WorkingGroupOutputInput" => vec![
            // No precision for an unknown date.
            ("if", left_out(&["publishedOn"])),
            ("then", left_out(&["publishedOnPrecision"])),
            // A month is given as its first day, a year as 1 January.
            (
                "dependentSchemas",
                json!({"publishedOnPrecision": {
                    "if": {"properties": {"publishedOnPrecision": {"const": "month"}}},
                    "then": {"properties": {"publishedOn": {"pattern": "^[0-9]{4}-[0-9]{2}-01$"}}},
                    "else": {
                        "if": {"properties": {"publishedOnPrecision": {"const": "year"}}},
                        "then": {"properties": {"publishedOn": {"pattern": "^[0-9]{4}-01-01$"}}},
                    },
                }}),
            ),
        ],
        "MotionInput" => vec![
            ("if", status_in(&["submitted", "withdrawn"])),
            ("then", left_out(&["votedOn"])),
        ],
        "ParticipationInput" => vec![
            (
                "if",
                json!({"properties": {"role": {"enum": ["company", "industryAssociation"]}}}),
            ),
            ("else", left_out(&["marketShare"])),
        ],
        _ => vec![],
    }
}
