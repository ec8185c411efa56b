//! Working group output request and response types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::covenants::model::DatePrecision;
use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::working_group_outputs;

/// A stored output row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = working_group_outputs)]
pub struct WorkingGroupOutput {
    pub id: i64,
    pub working_group_id: i64,
    pub title: String,
    pub published_on: Option<NaiveDate>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_on_precision: Option<String>,
}

crate::storage::versioned!(WorkingGroupOutput, version);

/// What a client writes: the body of
/// `POST /v1/working-groups/{id}/outputs` and
/// `PUT /v1/working-groups/{id}/outputs/{outputId}`, and what a merge patch
/// applies to. The working group is the one in the path.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "title": "Handreiking waardeketenanalyse",
    "publishedOn": "2019-03-01",
    "publishedOnPrecision": "month",
    "url": "https://www.imvoconvenanten.nl/bosbouw",
    "summary": "A guide for analysing where in the value chain the largest risks lie.",
    "source": "Jaarrapportage Convenant Bosbouw 2018"
}))]
pub struct WorkingGroupOutputInput {
    /// Title of the output, as published.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Analyse van de cacaowaardeketen",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title: String,
    /// When it was published, as exactly as it is known: with
    /// `publishedOnPrecision` `month` or `year`, the first day of that month
    /// or year. `null` (or left out) when the date is not known: a date is
    /// never made up, e.g. from the letter that reported the output.
    #[serde(default)]
    #[schema(example = "2018-08-09")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is: `day`, `month` or `year`. Defaults to
    /// `day` when `publishedOn` is given; must be left out (or `null`) when
    /// `publishedOn` is. With `month`, `publishedOn` must be the first of
    /// the month; with `year`, 1 January.
    #[serde(default)]
    #[schema(example = "day")]
    pub published_on_precision: Option<DatePrecision>,
    /// Where it can be read.
    #[serde(default)]
    #[schema(example = "https://www.imvoconvenanten.nl/banking/cacao", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// What it found or recommends, in a few sentences.
    #[serde(default)]
    #[schema(
        example = "Maps the cocoa value chain and where banks have leverage. Three recommendations: better due diligence when financing the cocoa sector, better access to finance for small cocoa farmers, and a stronger multi-stakeholder approach to sustainable cocoa.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub summary: Option<String>,
    /// Where these facts come from (letter, Kamerstuk, page).
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides, with the group in the path.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = working_group_outputs, treat_none_as_null = true)]
pub struct WorkingGroupOutputForm<'a> {
    /// Set once, by the insert: an output stays with its group.
    #[diesel(skip_update)]
    pub working_group_id: i64,
    pub title: &'a str,
    pub published_on: Option<NaiveDate>,
    pub published_on_precision: Option<&'a str>,
    pub url: Option<&'a str>,
    pub summary: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl<'a> WorkingGroupOutputForm<'a> {
    pub fn new(group_id: i64, input: &'a WorkingGroupOutputInput) -> Self {
        Self {
            working_group_id: group_id,
            title: &input.title,
            published_on: input.published_on,
            published_on_precision: input.precision().map(DatePrecision::as_str),
            url: input.url.as_deref(),
            summary: input.summary.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl WorkingGroupOutputInput {
    /// The precision to store: the one given, `day` for a date given
    /// without one, none without a date.
    pub fn precision(&self) -> Option<DatePrecision> {
        DatePrecision::of(self.published_on, self.published_on_precision)
    }
}

impl Validate for WorkingGroupOutputInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        DatePrecision::check(
            (self.published_on, self.published_on_precision),
            ("/publishedOn", "/publishedOnPrecision"),
            &mut errors,
        );
        verdict(errors)
    }
}

impl From<&WorkingGroupOutput> for WorkingGroupOutputInput {
    fn from(output: &WorkingGroupOutput) -> Self {
        Self {
            title: output.title.clone(),
            published_on: output.published_on,
            published_on_precision: output.precision(),
            url: output.url.clone(),
            summary: output.summary.clone(),
            source: output.source.clone(),
        }
    }
}

impl WorkingGroupOutput {
    /// How exact the stored date is; none without a date.
    pub fn precision(&self) -> Option<DatePrecision> {
        self.published_on.map(|_| {
            self.published_on_precision
                .as_deref()
                .map_or(DatePrecision::Day, DatePrecision::from_stored)
        })
    }
}

/// An output of a working group as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupOutputView {
    /// Server-assigned identifier of the output.
    #[schema(example = 3)]
    pub id: i64,
    /// Id of the working group that published it.
    #[schema(example = 7)]
    pub working_group: i64,
    /// Its title.
    #[schema(example = "Analyse van de cacaowaardeketen")]
    pub title: String,
    /// When it was published, as exactly as `publishedOnPrecision` says
    /// (with `month` or `year`, the first day of that month or year);
    /// `null` when it is not known.
    #[schema(example = "2018-08-09")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is: `day`, `month` or `year`; `null` exactly
    /// when `publishedOn` is (the date is not known).
    #[schema(example = "day")]
    pub published_on_precision: Option<DatePrecision>,
    /// Where it can be read.
    #[schema(example = "https://www.imvoconvenanten.nl/banking/cacao")]
    pub url: Option<String>,
    /// What it found or recommends.
    pub summary: Option<String>,
    /// Where these facts come from.
    #[schema(example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'")]
    pub source: Option<String>,
    /// When the output was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the output last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: WorkingGroupOutputLinks,
}

/// Links of an output.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupOutputLinks {
    /// This output.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The working group that published it.
    pub working_group: Link,
}

impl From<&WorkingGroupOutput> for WorkingGroupOutputView {
    fn from(output: &WorkingGroupOutput) -> Self {
        let group = format!("/v1/working-groups/{}", output.working_group_id);
        Self {
            id: output.id,
            working_group: output.working_group_id,
            title: output.title.clone(),
            published_on: output.published_on,
            published_on_precision: output.precision(),
            url: output.url.clone(),
            summary: output.summary.clone(),
            source: output.source.clone(),
            created_at: output.created_at.and_utc(),
            updated_at: output.updated_at.and_utc(),
            links: WorkingGroupOutputLinks {
                self_link: Link::new(format!("{group}/outputs/{}", output.id)),
                working_group: Link::new(group),
            },
        }
    }
}

crate::audit::audited!(WorkingGroupOutputView, "workingGroupOutput", id);

/// Filters and order of `GET /v1/working-groups/{id}/outputs`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkingGroupOutputFilter {
    /// Only outputs published on or after this date (outputs of unknown
    /// date are left out; a month or year is compared as its first day).
    #[param(example = "2018-01-01")]
    pub published_from: Option<NaiveDate>,
    /// Only outputs published on or before this date (outputs of unknown
    /// date are left out; a month or year is compared as its first day).
    #[param(example = "2018-12-31")]
    pub published_to: Option<NaiveDate>,
    /// Order: comma-separated fields among `publishedOn` and `title`, each
    /// optionally prefixed with `-` for descending. Default `-publishedOn`
    /// (newest first). Outputs of unknown date sort last by `publishedOn`
    /// either way.
    #[param(example = "title")]
    pub sort: Option<String>,
}

impl ListFilter for WorkingGroupOutputFilter {
    const SORTABLE: &'static [&'static str] = &["publishedOn", "title"];
    const DEFAULT_SORT: &'static str = "-publishedOn";
}
