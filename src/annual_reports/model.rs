//! Annual report request and response types.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::annual_reports;

/// A stored annual report row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = annual_reports)]
pub struct AnnualReport {
    pub id: i64,
    pub covenant_id: i64,
    pub reporting_year: i32,
    pub published_on: NaiveDate,
    pub title: String,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// An annual report with its covenant's code.
#[derive(Debug, Clone)]
pub struct AnnualReportRecord {
    pub report: AnnualReport,
    pub covenant_code: String,
}

crate::storage::versioned!(AnnualReportRecord, report.version);

/// What a client writes: the body of `POST /v1/annual-reports` and
/// `PUT /v1/annual-reports/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "covenant": "banking",
    "reportingYear": 2018,
    "publishedOn": "2019-07-01",
    "title": "Tweede jaarrapportage IMVO-convenant van de bancaire sector",
    "url": "https://www.imvoconvenanten.nl/banken",
    "summary": "The second year: the banks report on their due diligence and on the working groups' results.",
    "source": "Jaarrapportage IMVO-convenant bancaire sector 2018"
}))]
pub struct AnnualReportInput {
    /// Code of the covenant that published the report. One report per
    /// covenant and reporting year.
    #[schema(example = "banking")]
    pub covenant: String,
    /// The year the report covers.
    #[schema(example = 2017, minimum = 1990, maximum = 2100)]
    #[validate(range(min = 1990, max = 2100, message = "must be a year from 1990 to 2100"))]
    pub reporting_year: i32,
    /// When it was published; not before the reporting year began.
    #[schema(example = "2018-08-09")]
    pub published_on: NaiveDate,
    /// Its title.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Eerste jaarrapportage Convenant Duurzaam Bankwezen"
    )]
    #[validate(custom(function = "rules::title"))]
    pub title: String,
    /// Where it is published.
    #[serde(default)]
    #[schema(example = "https://www.imvoconvenanten.nl/banken", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// What it reports, in a few sentences.
    #[serde(default)]
    #[schema(
        example = "The first year: working groups on value chain, leverage and remedy started.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub summary: Option<String>,
    /// Where these facts come from.
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

/// The columns a client's input decides, with its covenant's id.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = annual_reports, treat_none_as_null = true)]
pub struct AnnualReportForm<'a> {
    pub covenant_id: i64,
    pub reporting_year: i32,
    pub published_on: NaiveDate,
    pub title: &'a str,
    pub url: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl<'a> AnnualReportForm<'a> {
    pub fn new(covenant_id: i64, input: &'a AnnualReportInput) -> Self {
        Self {
            covenant_id,
            reporting_year: input.reporting_year,
            published_on: input.published_on,
            title: &input.title,
            url: input.url.as_deref(),
            summary: input.summary.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for AnnualReportInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if self.published_on.year() < self.reporting_year {
            errors.push(FieldError::body(
                "/publishedOn",
                "must not be before the reporting year",
            ));
        }
        verdict(errors)
    }
}

impl From<&AnnualReportRecord> for AnnualReportInput {
    fn from(record: &AnnualReportRecord) -> Self {
        let r = &record.report;
        Self {
            covenant: record.covenant_code.clone(),
            reporting_year: r.reporting_year,
            published_on: r.published_on,
            title: r.title.clone(),
            url: r.url.clone(),
            summary: r.summary.clone(),
            source: r.source.clone(),
        }
    }
}

/// An annual report as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AnnualReportView {
    /// Identifier of the report in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Code of the covenant that published it.
    #[schema(example = "banking")]
    pub covenant: String,
    /// The year it covers.
    #[schema(example = 2017)]
    pub reporting_year: i32,
    /// When it was published.
    #[schema(example = "2018-08-09")]
    pub published_on: NaiveDate,
    /// Its title.
    pub title: String,
    /// Where it is published.
    pub url: Option<String>,
    /// What it reports.
    pub summary: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
    /// When the report was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the report last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: AnnualReportLinks,
}

/// Links of an annual report.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AnnualReportLinks {
    /// This report.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant that published it.
    pub covenant: Link,
    /// The figures it reports.
    pub measurements: Link,
}

impl From<&AnnualReportRecord> for AnnualReportView {
    fn from(record: &AnnualReportRecord) -> Self {
        let r = &record.report;
        Self {
            id: r.id,
            covenant: record.covenant_code.clone(),
            reporting_year: r.reporting_year,
            published_on: r.published_on,
            title: r.title.clone(),
            url: r.url.clone(),
            summary: r.summary.clone(),
            source: r.source.clone(),
            created_at: r.created_at.and_utc(),
            updated_at: r.updated_at.and_utc(),
            links: AnnualReportLinks {
                self_link: Link::new(format!("/v1/annual-reports/{}", r.id)),
                covenant: Link::new(format!("/v1/covenants/{}", record.covenant_code)),
                measurements: Link::new(format!("/v1/measurements?annualReport={}", r.id)),
            },
        }
    }
}

crate::audit::audited!(AnnualReportView, "annualReport", id);

/// Filters and order of `GET /v1/annual-reports`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnualReportFilter {
    /// Only reports of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["banking"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only reports on this reporting year.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i32>>, style = Form, explode = false, min_items = 1, example = json!([2017]))]
    pub year: Option<AnyOf<i32>>,
    /// Order: comma-separated among `reportingYear`, `publishedOn`, each
    /// optionally prefixed with `-`. Default `reportingYear`.
    #[param(example = "-publishedOn")]
    pub sort: Option<String>,
}

impl ListFilter for AnnualReportFilter {
    const SORTABLE: &'static [&'static str] = &["reportingYear", "publishedOn"];
    const DEFAULT_SORT: &'static str = "reportingYear";
}
