//! Target request and response types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::measurements::model::{Scope, ScopeIds};
use crate::schema::targets;

/// A stored target row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = targets)]
pub struct Target {
    pub id: i64,
    pub indicator_id: i64,
    pub covenant_id: Option<i64>,
    pub value: f64,
    pub due_on: NaiveDate,
    pub baseline_value: Option<f64>,
    pub baseline_on: Option<NaiveDate>,
    pub description: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A target with the codes of its indicator and covenant.
#[derive(Debug, Clone)]
pub struct TargetRecord {
    pub target: Target,
    pub indicator_code: String,
    pub covenant_code: Option<String>,
}

crate::storage::versioned!(TargetRecord, target.version);

/// What a client writes: the body of `POST /v1/targets` and
/// `PUT /v1/targets/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "indicator": "market-coverage",
    "covenant": "textile",
    "value": 0.8,
    "dueOn": "2021-07-04",
    "baselineValue": 0.3,
    "baselineOn": "2016-07-04",
    "description": "Participants cover 80% of the Dutch garment market when the covenant ends.",
    "source": "Convenant Duurzame Kleding en Textiel"
}))]
pub struct TargetInput {
    /// Code of the indicator. The values must fit its unit.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Code of the covenant; leave out (or `null`) for a national target.
    #[serde(default)]
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The value to reach (or, for a lower-is-better indicator, to get
    /// down to), in the indicator's unit: for `ratio` a share from 0 to 1
    /// (0.5 is 50%), for `percent` 0 to 100, for `count` and `eur` a whole
    /// number.
    #[schema(example = 0.5)]
    pub value: f64,
    /// The date by which to reach it.
    #[schema(example = "2018-12-31")]
    pub due_on: NaiveDate,
    /// The value at the start (with `baselineOn`).
    #[serde(default)]
    #[schema(example = 0.3)]
    pub baseline_value: Option<f64>,
    /// The date of the baseline value; before `dueOn`.
    #[serde(default)]
    #[schema(example = "2016-07-04")]
    pub baseline_on: Option<NaiveDate>,
    /// What the target means, in words.
    #[serde(default)]
    #[schema(
        example = "Participants cover 50% of the Dutch garment market by the end of 2018.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub description: Option<String>,
    /// Where the target is set.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides, with its codes resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = targets,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
pub struct TargetForm<'a> {
    indicator_id: i64,
    covenant_id: Option<i64>,
    value: f64,
    due_on: NaiveDate,
    baseline_value: Option<f64>,
    baseline_on: Option<NaiveDate>,
    description: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> TargetForm<'a> {
    pub fn new(ids: ScopeIds, input: &'a TargetInput) -> Self {
        Self {
            indicator_id: ids.indicator_id,
            covenant_id: ids.covenant_id,
            value: input.value,
            due_on: input.due_on,
            baseline_value: input.baseline_value,
            baseline_on: input.baseline_on,
            description: input.description.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for TargetInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if !self.value.is_finite() {
            errors.push(FieldError::body("/value", "must be a finite number"));
        }
        match (self.baseline_value, self.baseline_on) {
            (Some(_), None) => errors.push(FieldError::body(
                "/baselineOn",
                "is required together with `baselineValue`",
            )),
            (None, Some(_)) => errors.push(FieldError::body(
                "/baselineValue",
                "is required together with `baselineOn`",
            )),
            (Some(_), Some(on)) if on >= self.due_on => {
                errors.push(FieldError::body("/baselineOn", "must be before `dueOn`"));
            }
            _ => {}
        }
        verdict(errors)
    }
}

impl From<&TargetRecord> for TargetInput {
    fn from(record: &TargetRecord) -> Self {
        let t = &record.target;
        Self {
            indicator: record.indicator_code.clone(),
            covenant: record.covenant_code.clone(),
            value: t.value,
            due_on: t.due_on,
            baseline_value: t.baseline_value,
            baseline_on: t.baseline_on,
            description: t.description.clone(),
            source: t.source.clone(),
        }
    }
}

/// A target as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TargetView {
    /// Identifier of the target in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Code of the indicator.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Whether the target is for a covenant or national.
    pub scope: Scope,
    /// Code of the covenant (`null` for a national target).
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The value to reach.
    #[schema(example = 0.5)]
    pub value: f64,
    /// The date by which to reach it.
    #[schema(example = "2018-12-31")]
    pub due_on: NaiveDate,
    /// The value at the start.
    pub baseline_value: Option<f64>,
    /// The date of the baseline value.
    pub baseline_on: Option<NaiveDate>,
    /// What the target means.
    pub description: Option<String>,
    /// Where the target is set.
    pub source: Option<String>,
    /// When the target was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: TargetLinks,
}

/// Links of a target.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TargetLinks {
    /// This target.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// Its indicator.
    pub indicator: Link,
    /// Its covenant, for a covenant target.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Link>,
}

impl From<&TargetRecord> for TargetView {
    fn from(record: &TargetRecord) -> Self {
        let t = &record.target;
        Self {
            id: t.id,
            indicator: record.indicator_code.clone(),
            scope: if record.covenant_code.is_some() {
                Scope::Covenant
            } else {
                Scope::National
            },
            covenant: record.covenant_code.clone(),
            value: t.value,
            due_on: t.due_on,
            baseline_value: t.baseline_value,
            baseline_on: t.baseline_on,
            description: t.description.clone(),
            source: t.source.clone(),
            created_at: t.created_at.and_utc(),
            updated_at: t.updated_at.and_utc(),
            links: TargetLinks {
                self_link: Link::new(format!("/v1/targets/{}", t.id)),
                indicator: Link::new(format!("/v1/indicators/{}", record.indicator_code)),
                covenant: record
                    .covenant_code
                    .as_ref()
                    .map(|c| Link::new(format!("/v1/covenants/{c}"))),
            },
        }
    }
}

crate::audit::audited!(TargetView, "target", id);

/// Filters and order of `GET /v1/targets`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TargetFilter {
    /// Only targets of this indicator (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// indicator is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["market-coverage"]))]
    pub indicator: Option<AnyOf<String>>,
    /// Only targets of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only covenant targets or only national ones.
    /// Both, comma-separated, is the same as neither.
    #[param(value_type = Option<Vec<Scope>>, style = Form, explode = false, min_items = 1, example = json!(["national"]))]
    pub scope: Option<AnyOf<Scope>>,
    /// Order: `dueOn` or `-dueOn` (default `dueOn`).
    #[param(example = "dueOn")]
    pub sort: Option<String>,
}

impl ListFilter for TargetFilter {
    const SORTABLE: &'static [&'static str] = &["dueOn"];
    const DEFAULT_SORT: &'static str = "dueOn";
}
