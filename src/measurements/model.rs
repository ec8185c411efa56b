//! Measurement request and response types.

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
use crate::schema::measurements;

/// Whether a figure is about one covenant or the whole country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = FigureScope)]
#[serde(rename_all = "camelCase")]
pub enum Scope {
    Covenant,
    National,
}

/// How a value relates to the figure its source gives: sources say "circa",
/// "meer dan" or "minimaal", and a value stored without that would claim a
/// precision the source does not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    /// The figure as given.
    #[default]
    Exact,
    /// About the value ("circa", "ongeveer").
    Approximately,
    /// The value or more ("minimaal").
    AtLeast,
    /// More than the value ("meer dan", "ruim").
    MoreThan,
    /// The value or less ("maximaal").
    AtMost,
    /// Less than the value ("minder dan").
    LessThan,
}

impl Qualifier {
    const ALL: [Self; 6] = [
        Self::Exact,
        Self::Approximately,
        Self::AtLeast,
        Self::MoreThan,
        Self::AtMost,
        Self::LessThan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Approximately => "approximately",
            Self::AtLeast => "atLeast",
            Self::MoreThan => "moreThan",
            Self::AtMost => "atMost",
            Self::LessThan => "lessThan",
        }
    }

    /// The stored value (a CHECK constraint keeps it one of these).
    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|q| q.as_str() == value)
            .unwrap_or_default()
    }
}

/// A stored measurement row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = measurements)]
pub struct Measurement {
    pub id: i64,
    pub indicator_id: i64,
    pub covenant_id: Option<i64>,
    pub value: f64,
    pub measured_on: NaiveDate,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub annual_report_id: Option<i64>,
    pub letter_id: Option<i64>,
    pub source_url: Option<String>,
    pub note: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub qualifier: String,
}

/// A measurement with the codes of its indicator and covenant.
#[derive(Debug, Clone)]
pub struct MeasurementRecord {
    pub measurement: Measurement,
    pub indicator_code: String,
    pub covenant_code: Option<String>,
}

crate::storage::versioned!(MeasurementRecord, measurement.version);

/// What a client writes: the body of `POST /v1/measurements` and
/// `PUT /v1/measurements/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "indicator": "market-coverage",
    "covenant": "textile",
    "value": 0.45,
    "qualifier": "approximately",
    "measuredOn": "2019-06-30",
    "numerator": 45.0,
    "denominator": 100.0,
    "letter": 2,
    "note": "The letter says \"about 45%\"."
}))]
pub struct MeasurementInput {
    /// Code of the indicator measured. The value must fit its unit.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Code of the covenant measured; leave out (or `null`) for a national
    /// figure.
    #[serde(default)]
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The value, in the indicator's unit: for `ratio` a share from 0 to 1
    /// (0.45 is 45%), for `percent` 0 to 100, for `count` and `eur` a whole
    /// number.
    #[schema(example = 0.45)]
    pub value: f64,
    /// How `value` relates to the figure the source gives: `exact` (the
    /// default), `approximately` ("circa"), `atLeast` ("minimaal"),
    /// `moreThan` ("meer dan", "ruim"), `atMost` or `lessThan`. Metrics
    /// use the value as given; the qualifier goes with it wherever it is
    /// shown.
    #[serde(default)]
    #[schema(example = "approximately")]
    pub qualifier: Qualifier,
    /// The date the value applies to.
    #[schema(example = "2018-06-30")]
    pub measured_on: NaiveDate,
    /// For a ratio: what was counted (with `denominator`; then `value` must
    /// equal `numerator / denominator`).
    #[serde(default)]
    #[schema(example = 45.0)]
    pub numerator: Option<f64>,
    /// For a ratio: out of how many; more than 0.
    #[serde(default)]
    #[schema(example = 100.0)]
    pub denominator: Option<f64>,
    /// Source: the id of the annual report that reported the figure (of the
    /// same covenant). Give exactly one of `annualReport`, `letter`,
    /// `sourceUrl`.
    #[serde(default)]
    #[schema(example = 1)]
    pub annual_report: Option<i64>,
    /// Source: the id of the parliamentary letter that reported the figure.
    #[serde(default)]
    #[schema(example = 2)]
    pub letter: Option<i64>,
    /// Source: a URL that published the figure.
    #[serde(default)]
    #[schema(example = "https://www.imvoconvenanten.nl/kleding-textiel", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub source_url: Option<String>,
    /// A remark on the figure (e.g. "about 45%").
    #[serde(default)]
    #[schema(
        example = "The letter says \"about 45%\".",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub note: Option<String>,
}

/// The ids the codes of a figure (a measurement or a target) stand for.
#[derive(Debug, Clone, Copy)]
pub struct ScopeIds {
    pub indicator_id: i64,
    /// `None` for a national figure.
    pub covenant_id: Option<i64>,
}

/// The columns a client's input decides, with its codes resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = measurements,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
pub struct MeasurementForm<'a> {
    indicator_id: i64,
    covenant_id: Option<i64>,
    value: f64,
    measured_on: NaiveDate,
    numerator: Option<f64>,
    denominator: Option<f64>,
    annual_report_id: Option<i64>,
    letter_id: Option<i64>,
    source_url: Option<&'a str>,
    note: Option<&'a str>,
    qualifier: &'static str,
}

impl<'a> MeasurementForm<'a> {
    pub fn new(ids: ScopeIds, input: &'a MeasurementInput) -> Self {
        Self {
            indicator_id: ids.indicator_id,
            covenant_id: ids.covenant_id,
            value: input.value,
            measured_on: input.measured_on,
            numerator: input.numerator,
            denominator: input.denominator,
            annual_report_id: input.annual_report,
            letter_id: input.letter,
            source_url: input.source_url.as_deref(),
            note: input.note.as_deref(),
            qualifier: input.qualifier.as_str(),
        }
    }
}

/// Two floats agree to the last few bits (a quotient sent as a decimal).
fn same_figure(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

impl Validate for MeasurementInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        let sources = [
            ("/annualReport", self.annual_report.is_some()),
            ("/letter", self.letter.is_some()),
            ("/sourceUrl", self.source_url.is_some()),
        ];
        let given: Vec<&str> = sources
            .iter()
            .filter(|(_, set)| *set)
            .map(|(p, _)| *p)
            .collect();
        match given.len() {
            0 => errors.push(FieldError::body(
                "",
                "needs exactly one source: `annualReport`, `letter` or `sourceUrl`",
            )),
            1 => {}
            _ => errors.extend(given.iter().map(|p| {
                FieldError::body(
                    p,
                    "only one of `annualReport`, `letter` and `sourceUrl` may be given",
                )
            })),
        }
        if !self.value.is_finite() {
            errors.push(FieldError::body("/value", "must be a finite number"));
        }
        match (self.numerator, self.denominator) {
            (Some(_), None) => errors.push(FieldError::body(
                "/denominator",
                "is required together with `numerator`",
            )),
            (None, Some(_)) => errors.push(FieldError::body(
                "/numerator",
                "is required together with `denominator`",
            )),
            (Some(_), Some(d)) if d.is_nan() || d <= 0.0 => {
                errors.push(FieldError::body("/denominator", "must be more than 0"));
            }
            (Some(n), Some(d)) if !(n / d).is_finite() => errors.push(FieldError::body(
                "/numerator",
                "numerator / denominator must be a finite number",
            )),
            (Some(n), Some(d)) if !same_figure(self.value, n / d) => errors.push(FieldError::body(
                "/value",
                format!("must equal numerator / denominator ({})", n / d),
            )),
            _ => {}
        }
        verdict(errors)
    }
}

impl From<&MeasurementRecord> for MeasurementInput {
    fn from(record: &MeasurementRecord) -> Self {
        let m = &record.measurement;
        Self {
            indicator: record.indicator_code.clone(),
            covenant: record.covenant_code.clone(),
            value: m.value,
            qualifier: Qualifier::from_stored(&m.qualifier),
            measured_on: m.measured_on,
            numerator: m.numerator,
            denominator: m.denominator,
            annual_report: m.annual_report_id,
            letter: m.letter_id,
            source_url: m.source_url.clone(),
            note: m.note.clone(),
        }
    }
}

/// A measurement as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementView {
    /// Identifier of the measurement in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Code of the indicator measured.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Whether the figure is about a covenant or national.
    pub scope: Scope,
    /// Code of the covenant measured (`null` for a national figure).
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The value.
    #[schema(example = 0.45)]
    pub value: f64,
    /// How the value relates to the figure the source gives.
    pub qualifier: Qualifier,
    /// The date the value applies to.
    #[schema(example = "2018-06-30")]
    pub measured_on: NaiveDate,
    /// For a ratio: what was counted.
    pub numerator: Option<f64>,
    /// For a ratio: out of how many.
    pub denominator: Option<f64>,
    /// Source: the annual report that reported it.
    pub annual_report: Option<i64>,
    /// Source: the letter that reported it.
    pub letter: Option<i64>,
    /// Source: the URL that published it.
    pub source_url: Option<String>,
    /// A remark on the figure.
    pub note: Option<String>,
    /// When the measurement was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: MeasurementLinks,
}

/// Links of a measurement.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MeasurementLinks {
    /// This measurement.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The indicator measured.
    pub indicator: Link,
    /// The covenant measured, for a covenant figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Link>,
    /// The annual report or letter it comes from, when it is one of those.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Link>,
}

impl From<&MeasurementRecord> for MeasurementView {
    fn from(record: &MeasurementRecord) -> Self {
        let m = &record.measurement;
        let source = m
            .annual_report_id
            .map(|id| Link::new(format!("/v1/annual-reports/{id}")))
            .or_else(|| m.letter_id.map(|id| Link::new(format!("/v1/letters/{id}"))));
        Self {
            id: m.id,
            indicator: record.indicator_code.clone(),
            scope: if record.covenant_code.is_some() {
                Scope::Covenant
            } else {
                Scope::National
            },
            covenant: record.covenant_code.clone(),
            value: m.value,
            qualifier: Qualifier::from_stored(&m.qualifier),
            measured_on: m.measured_on,
            numerator: m.numerator,
            denominator: m.denominator,
            annual_report: m.annual_report_id,
            letter: m.letter_id,
            source_url: m.source_url.clone(),
            note: m.note.clone(),
            created_at: m.created_at.and_utc(),
            updated_at: m.updated_at.and_utc(),
            links: MeasurementLinks {
                self_link: Link::new(format!("/v1/measurements/{}", m.id)),
                indicator: Link::new(format!("/v1/indicators/{}", record.indicator_code)),
                covenant: record
                    .covenant_code
                    .as_ref()
                    .map(|c| Link::new(format!("/v1/covenants/{c}"))),
                source,
            },
        }
    }
}

crate::audit::audited!(MeasurementView, "measurement", id);

/// Filters and order of `GET /v1/measurements`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeasurementFilter {
    /// Only measurements of this indicator (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// indicator is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["market-coverage"]))]
    pub indicator: Option<AnyOf<String>>,
    /// Only measurements of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only covenant figures or only national ones.
    /// Both, comma-separated, is the same as neither.
    #[param(value_type = Option<Vec<Scope>>, style = Form, explode = false, min_items = 1, example = json!(["national"]))]
    pub scope: Option<AnyOf<Scope>>,
    /// Only figures from this annual report (id).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i64>>, style = Form, explode = false, min_items = 1, example = json!([1]))]
    pub annual_report: Option<AnyOf<i64>>,
    /// Only figures from this letter (id).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i64>>, style = Form, explode = false, min_items = 1, example = json!([2]))]
    pub letter: Option<AnyOf<i64>>,
    /// Only figures on or after this date.
    #[param(example = "2016-01-01")]
    pub measured_from: Option<NaiveDate>,
    /// Only figures on or before this date.
    #[param(example = "2018-12-31")]
    pub measured_to: Option<NaiveDate>,
    /// Order: `measuredOn` or `-measuredOn` (default `measuredOn`).
    #[param(example = "-measuredOn")]
    pub sort: Option<String>,
}

impl ListFilter for MeasurementFilter {
    const SORTABLE: &'static [&'static str] = &["measuredOn"];
    const DEFAULT_SORT: &'static str = "measuredOn";
}
