//! CSV (RFC 4180, UTF-8, a header row) of every list, the change feed and
//! every metric, by content negotiation. The JSON answer is cut into rows
//! (a list's `items`, a metric's series, or the metric itself as one row)
//! and columns. The columns are read off the answer's schema in the OpenAPI
//! document, so they are documented, and the same whether or not a row
//! has a value for them.

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::http::routes_table::matches_template;

/// The media type of every CSV answer (RFC 4180 and RFC 7111).
pub const TEXT_CSV: &str = "text/csv; charset=utf-8; header=present";

/// Metrics whose rows are a series rather than the metric as a whole.
const SERIES: &[(&str, &str)] = &[
    ("/metrics/oecd-endorsement", "series"),
    ("/covenants/{code}/progress", "targets"),
    ("/metrics/covenants", "covenants"),
];

/// Members that are navigation, not data.
const NOT_COLUMNS: &[&str] = &["_links", "_embedded"];

/// How one answer becomes a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The member of the answer whose array holds the rows; `None`: the
    /// answer is one row.
    rows: Option<String>,
    columns: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Column {
    /// The members leading to the value, outer first.
    path: Vec<String>,
}

impl Column {
    /// Nested members are named by their path: `target.value`.
    fn name(&self) -> String {
        self.path.join(".")
    }
}

impl Table {
    /// The table of the JSON `schema` of an answer at `path` (relative to
    /// the servers' base path) in `document`; `None` when the answer is no
    /// object.
    pub fn of_schema(document: &Value, path: &str, schema: &Value) -> Option<Self> {
        let answer = resolve(document, schema);
        let properties = properties(document, answer)?;
        let series = SERIES.iter().find(|(p, _)| *p == path).map(|(_, m)| *m);
        let rows = series.or_else(|| {
            let items = properties.get("items")?;
            (resolve(document, items).get("type")? == "array").then_some("items")
        });
        let row = match rows {
            Some(member) => resolve(document, properties.get(member)?).get("items")?,
            None => answer,
        };
        let mut columns = Vec::new();
        flatten(document, row, &mut Vec::new(), &mut columns);
        Some(Self {
            rows: rows.map(str::to_owned),
            columns,
        })
    }

    /// Which rows the table has, in words, for the documentation.
    pub fn rows_described(&self) -> String {
        match &self.rows {
            Some(member) => format!("One row per element of `{member}`"),
            None => "One row for the whole answer".to_owned(),
        }
    }

    /// The header row, as documented.
    pub fn header(&self) -> Vec<String> {
        self.columns.iter().map(Column::name).collect()
    }

    /// `answer` as CSV text: the header row, then a row per item.
    pub fn render(&self, answer: &Value) -> Result<String, csv::Error> {
        let rows: Vec<&Value> = match &self.rows {
            Some(member) => answer
                .get(member)
                .and_then(Value::as_array)
                .map(|rows| rows.iter().collect())
                .unwrap_or_default(),
            None => vec![answer],
        };
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer.write_record(self.header())?;
        for row in rows {
            writer.write_record(self.columns.iter().map(|c| cell(row, &c.path)))?;
        }
        let bytes = writer.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// `schema` with its `$ref` followed, and of `oneOf: [X, null]` the `X`.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let pointer = target.trim_start_matches('#');
        return document
            .pointer(pointer)
            .map_or(schema, |found| resolve(document, found));
    }
    let variants = schema.get("oneOf").or_else(|| schema.get("anyOf"));
    if let Some(Value::Array(variants)) = variants {
        let not_null: Vec<&Value> = variants
            .iter()
            .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
            .collect();
        if let [only] = not_null.as_slice() {
            return resolve(document, only);
        }
    }
    schema
}

/// The members of an object schema (those of `allOf` parts merged).
fn properties<'a>(document: &'a Value, schema: &'a Value) -> Option<Map<String, Value>> {
    let mut merged = Map::new();
    if let Some(Value::Object(own)) = schema.get("properties") {
        merged.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    if let Some(Value::Array(parts)) = schema.get("allOf") {
        for part in parts {
            merged.extend(properties(document, resolve(document, part))?);
        }
    }
    (!merged.is_empty()).then_some(merged)
}

/// A column per scalar member of `schema`, nested objects spelt out;
/// arrays and free-form objects are one column each.
fn flatten(document: &Value, schema: &Value, path: &mut Vec<String>, columns: &mut Vec<Column>) {
    let schema = resolve(document, schema);
    match properties(document, schema) {
        Some(members) => {
            for (name, member) in &members {
                if NOT_COLUMNS.contains(&name.as_str()) {
                    continue;
                }
                path.push(name.clone());
                flatten(document, member, path, columns);
                path.pop();
            }
        }
        None if !path.is_empty() => columns.push(Column { path: path.clone() }),
        None => {}
    }
}

/// The text of one cell: empty for a missing or `null` value, a list of
/// scalars joined by `; `, anything else nested as compact JSON.
fn cell(row: &Value, path: &[String]) -> String {
    let value = path.iter().try_fold(row, |value, member| value.get(member));
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) if items.iter().all(is_scalar) => items
            .iter()
            .map(|item| cell(item, &[]))
            .collect::<Vec<_>>()
            .join("; "),
        Some(scalar @ (Value::Bool(_) | Value::Number(_))) => scalar.to_string(),
        Some(nested) => nested.to_string(),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// The tables of the paths that answer in CSV, read off the served
/// document: every read whose `200` offers `text/csv`.
#[derive(Debug, Default)]
pub struct CsvTables {
    tables: Vec<(Vec<String>, Arc<Table>)>,
}

impl CsvTables {
    /// Reads the tables off `document` (as JSON); `prefix` is the servers'
    /// base path.
    pub fn from_document(document: &Value, prefix: &str) -> Self {
        let Some(Value::Object(paths)) = document.get("paths") else {
            return Self::default();
        };
        let tables = paths
            .iter()
            .filter_map(|(path, item)| {
                let content = item.pointer("/get/responses/200/content")?;
                content.get("text/csv")?;
                let schema = content.pointer("/application~1json/schema")?;
                let table = Table::of_schema(document, path, schema)?;
                let segments = format!("{prefix}{path}")
                    .split('/')
                    .map(str::to_owned)
                    .collect();
                Some((segments, Arc::new(table)))
            })
            .collect();
        Self { tables }
    }

    /// The table of a request path, if it answers in CSV.
    pub fn for_path(&self, path: &str) -> Option<Arc<Table>> {
        self.tables
            .iter()
            .find(|(template, _)| matches_template(template, path))
            .map(|(_, table)| Arc::clone(table))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn document() -> Value {
        json!({
            "paths": {},
            "components": {"schemas": {
                "Link": {"type": "object", "properties": {"href": {"type": "string"}}},
                "Target": {"type": "object", "properties": {
                    "value": {"type": "number"}, "unit": {"type": "string"}}},
                "Item": {"type": "object", "properties": {
                    "code": {"type": "string"},
                    "target": {"oneOf": [{"$ref": "#/components/schemas/Target"}, {"type": "null"}]},
                    "sectors": {"type": "array", "items": {"type": "string"}},
                    "_links": {"$ref": "#/components/schemas/Link"}}},
                "ItemList": {"type": "object", "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                    "_links": {"$ref": "#/components/schemas/Link"}}}
            }}
        })
    }

    fn list_table() -> Table {
        let doc = document();
        Table::of_schema(
            &doc,
            "/items",
            &json!({"$ref": "#/components/schemas/ItemList"}),
        )
        .unwrap()
    }

    #[test]
    fn columns_come_from_the_item_schema_with_nested_members_spelt_out() {
        assert_eq!(
            list_table().header(),
            ["code", "target.value", "target.unit", "sectors"]
        );
    }

    #[test]
    fn rows_are_quoted_as_rfc_4180_asks() {
        let answer = json!({"items": [
            {"code": "a,b", "target": {"value": 0.9, "unit": "ratio"}, "sectors": ["x", "y"]},
            {"code": "say \"hi\"", "target": null, "sectors": []}
        ]});
        assert_eq!(
            list_table().render(&answer).unwrap(),
            "code,target.value,target.unit,sectors\r\n\"a,b\",0.9,ratio,x; y\r\n\"say \"\"hi\"\"\",,,\r\n"
        );
    }

    #[test]
    fn an_empty_list_still_has_its_header() {
        assert_eq!(
            list_table().render(&json!({"items": []})).unwrap(),
            "code,target.value,target.unit,sectors\r\n"
        );
    }

    #[test]
    fn a_metric_without_a_series_is_one_row() {
        let doc = document();
        let table =
            Table::of_schema(&doc, "/m", &json!({"$ref": "#/components/schemas/Item"})).unwrap();
        let text = table
            .render(&json!({"code": "x", "target": {"value": 1, "unit": "count"}}))
            .unwrap();
        assert_eq!(
            text,
            "code,target.value,target.unit,sectors\r\nx,1,count,\r\n"
        );
    }
}
