//! Evaluation request and response types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::covenants::model::DatePrecision;
use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::evaluations;

/// What kind of work it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = EvaluationKind)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// An evaluation of a policy or process against its aims.
    Evaluation,
    /// A study or research project.
    Study,
    /// A progress report.
    ProgressReport,
    /// A policy review (beleidsdoorlichting) of a budget article.
    PolicyReview,
    /// An analysis of the risks to people and environment in a sector or
    /// a value chain (a sector risk analysis, a sector-wide impact
    /// assessment).
    SectorRiskAnalysis,
}

/// Where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = EvaluationStatus)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Announced; no source reports it started.
    Planned,
    /// Being carried out.
    InProgress,
    /// Finished.
    Completed,
}

/// The stored text of each value, as the CHECK constraints name them.
macro_rules! stored_as {
    ($type:ty { $($value:ident => $text:literal),+ $(,)? }) => {
        impl $type {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$value => $text),+ }
            }

            fn from_stored(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$value),)+ _ => None }
            }
        }
    };
}
stored_as!(Kind { Evaluation => "evaluation", Study => "study", ProgressReport => "progressReport", PolicyReview => "policyReview", SectorRiskAnalysis => "sectorRiskAnalysis" });
stored_as!(Status { Planned => "planned", InProgress => "inProgress", Completed => "completed" });

/// A stored evaluation row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = evaluations)]
pub struct Evaluation {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub commissioned_by: Option<String>,
    pub carried_out_by: Option<String>,
    pub expected_on: Option<NaiveDate>,
    pub expected_on_precision: Option<String>,
    pub expected_as_stated: Option<String>,
    pub published_on: Option<NaiveDate>,
    pub published_on_precision: Option<String>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(Evaluation, version);

/// What a client writes: the body of `POST /v1/evaluations` and
/// `PUT /v1/evaluations/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "title": "Tussentijdse evaluatie Convenant Duurzame Kleding en Textiel",
    "kind": "evaluation",
    "status": "planned",
    "commissionedBy": "Stuurgroep Convenant Duurzame Kleding en Textiel",
    "expectedOn": "2019-01-01",
    "expectedOnPrecision": "year",
    "expectedAsStated": "in de loop van 2019",
    "source": "Jaarrapportage Convenant Duurzame Kleding en Textiel 2018"
}))]
pub struct EvaluationInput {
    /// Its name, as the source gives it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Evaluatie van het IMVO-convenantenbeleid",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title: String,
    /// What kind of work it is.
    pub kind: Kind,
    /// Where it stands: `planned`, `inProgress` or `completed`; only a
    /// completed one has a `publishedOn`.
    pub status: Status,
    /// Who commissioned it.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "SER-commissie IMVO")]
    #[validate(custom(function = "rules::name"))]
    pub commissioned_by: Option<String>,
    /// Who carries it out.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Directie Internationaal Onderzoek en Beleidsevaluatie (IOB)"
    )]
    #[validate(custom(function = "rules::name"))]
    pub carried_out_by: Option<String>,
    /// When it is expected to be finished, as the latest source states it,
    /// as exactly as known (with `expectedOnPrecision` `month` or `year`, the
    /// first day of that month or year). `null` when no source says.
    #[serde(default)]
    #[schema(example = "2019-01-01")]
    pub expected_on: Option<NaiveDate>,
    /// How exact `expectedOn` is: `day`, `month` or `year` (default `day`);
    /// left out when `expectedOn` is.
    #[serde(default)]
    #[schema(example = "year")]
    pub expected_on_precision: Option<DatePrecision>,
    /// The expectation in the source's words, where a date cannot say it
    /// ("voorjaar van 2019", "begin 2019"); only with `expectedOn`.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "voorjaar van 2019")]
    #[validate(custom(function = "rules::name"))]
    pub expected_as_stated: Option<String>,
    /// When it was published, as exactly as known; only when `completed`,
    /// and `null` when the date is not known.
    #[serde(default)]
    #[schema(example = "2019-05-01")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is: `day`, `month` or `year` (default `day`);
    /// left out when `publishedOn` is.
    #[serde(default)]
    #[schema(example = "month")]
    pub published_on_precision: Option<DatePrecision>,
    /// Where it can be read.
    #[serde(default)]
    #[schema(example = "https://www.iob-evaluatie.nl", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// What it covers or found, in a few sentences.
    #[serde(default)]
    #[schema(
        example = "Studies of the covenant policy and of the National Contact Point, within the policy review of the budget article on sustainable trade and investment.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub summary: Option<String>,
    /// Where these facts come from, quoting it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid', § IMVO-onderzoek en evaluaties",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = evaluations, treat_none_as_null = true)]
pub struct EvaluationForm<'a> {
    title: &'a str,
    kind: &'static str,
    status: &'static str,
    commissioned_by: Option<&'a str>,
    carried_out_by: Option<&'a str>,
    expected_on: Option<NaiveDate>,
    expected_on_precision: Option<&'static str>,
    expected_as_stated: Option<&'a str>,
    published_on: Option<NaiveDate>,
    published_on_precision: Option<&'static str>,
    url: Option<&'a str>,
    summary: Option<&'a str>,
    source: &'a str,
}

impl<'a> From<&'a EvaluationInput> for EvaluationForm<'a> {
    fn from(input: &'a EvaluationInput) -> Self {
        let precision = |date, given| DatePrecision::of(date, given).map(DatePrecision::as_str);
        Self {
            title: &input.title,
            kind: input.kind.as_str(),
            status: input.status.as_str(),
            commissioned_by: input.commissioned_by.as_deref(),
            carried_out_by: input.carried_out_by.as_deref(),
            expected_on: input.expected_on,
            expected_on_precision: precision(input.expected_on, input.expected_on_precision),
            expected_as_stated: input.expected_as_stated.as_deref(),
            published_on: input.published_on,
            published_on_precision: precision(input.published_on, input.published_on_precision),
            url: input.url.as_deref(),
            summary: input.summary.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for EvaluationInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        DatePrecision::check(
            (self.expected_on, self.expected_on_precision),
            ("/expectedOn", "/expectedOnPrecision"),
            &mut errors,
        );
        DatePrecision::check(
            (self.published_on, self.published_on_precision),
            ("/publishedOn", "/publishedOnPrecision"),
            &mut errors,
        );
        if self.expected_as_stated.is_some() && self.expected_on.is_none() {
            errors.push(FieldError::body(
                "/expectedAsStated",
                "needs `expectedOn`: the date the words stand for, as exactly as known",
            ));
        }
        if self.published_on.is_some() && self.status != Status::Completed {
            errors.push(FieldError::body(
                "/publishedOn",
                "must be left out until the status is `completed`",
            ));
        }
        verdict(errors)
    }
}

impl Evaluation {
    fn precision(date: Option<NaiveDate>, stored: Option<&str>) -> Option<DatePrecision> {
        date.map(|_| stored.map_or(DatePrecision::Day, DatePrecision::from_stored))
    }

    fn kind(&self) -> Kind {
        Kind::from_stored(&self.kind).unwrap_or(Kind::Study)
    }

    fn status(&self) -> Status {
        Status::from_stored(&self.status).unwrap_or(Status::Planned)
    }
}

impl From<&Evaluation> for EvaluationInput {
    fn from(e: &Evaluation) -> Self {
        Self {
            title: e.title.clone(),
            kind: e.kind(),
            status: e.status(),
            commissioned_by: e.commissioned_by.clone(),
            carried_out_by: e.carried_out_by.clone(),
            expected_on: e.expected_on,
            expected_on_precision: Evaluation::precision(
                e.expected_on,
                e.expected_on_precision.as_deref(),
            ),
            expected_as_stated: e.expected_as_stated.clone(),
            published_on: e.published_on,
            published_on_precision: Evaluation::precision(
                e.published_on,
                e.published_on_precision.as_deref(),
            ),
            url: e.url.clone(),
            summary: e.summary.clone(),
            source: e.source.clone(),
        }
    }
}

/// An evaluation or study as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationView {
    /// Identifier of the evaluation in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Its name, as the source gives it.
    #[schema(example = "Evaluatie van het IMVO-convenantenbeleid")]
    pub title: String,
    /// What kind of work it is.
    pub kind: Kind,
    /// Where it stands.
    pub status: Status,
    /// Who commissioned it.
    #[schema(example = "SER-commissie IMVO")]
    pub commissioned_by: Option<String>,
    /// Who carries it out.
    #[schema(example = "Directie Internationaal Onderzoek en Beleidsevaluatie (IOB)")]
    pub carried_out_by: Option<String>,
    /// When it is expected to be finished, as exactly as
    /// `expectedOnPrecision` says.
    #[schema(example = "2019-01-01")]
    pub expected_on: Option<NaiveDate>,
    /// How exact `expectedOn` is.
    pub expected_on_precision: Option<DatePrecision>,
    /// The expectation in the source's words.
    #[schema(example = "voorjaar van 2019")]
    pub expected_as_stated: Option<String>,
    /// When it was published, as exactly as `publishedOnPrecision` says.
    #[schema(example = "2019-05-01")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is.
    pub published_on_precision: Option<DatePrecision>,
    /// Where it can be read.
    pub url: Option<String>,
    /// What it covers or found.
    pub summary: Option<String>,
    /// Where these facts come from.
    pub source: String,
    /// When it was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: EvaluationLinks,
}

/// Links of an evaluation.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EvaluationLinks {
    /// This evaluation.
    #[serde(rename = "self")]
    pub self_link: Link,
}

impl From<&Evaluation> for EvaluationView {
    fn from(e: &Evaluation) -> Self {
        let EvaluationInput {
            title,
            kind,
            status,
            commissioned_by,
            carried_out_by,
            expected_on,
            expected_on_precision,
            expected_as_stated,
            published_on,
            published_on_precision,
            url,
            summary,
            source,
        } = EvaluationInput::from(e);
        Self {
            id: e.id,
            title,
            kind,
            status,
            commissioned_by,
            carried_out_by,
            expected_on,
            expected_on_precision,
            expected_as_stated,
            published_on,
            published_on_precision,
            url,
            summary,
            source,
            created_at: e.created_at.and_utc(),
            updated_at: e.updated_at.and_utc(),
            links: EvaluationLinks {
                self_link: Link::new(format!("/v1/evaluations/{}", e.id)),
            },
        }
    }
}

crate::audit::audited!(EvaluationView, "evaluation", id);

/// Filters and order of `GET /v1/evaluations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvaluationFilter {
    /// Only evaluations of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Kind>>, style = Form, explode = false, min_items = 1, example = json!(["study"]))]
    pub kind: Option<AnyOf<Kind>>,
    /// Only evaluations with this status.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Status>>, style = Form, explode = false, min_items = 1, example = json!(["planned"]))]
    pub status: Option<AnyOf<Status>>,
    /// Order: `title` or `-title` (default `title`).
    #[param(example = "-title")]
    pub sort: Option<String>,
}

impl ListFilter for EvaluationFilter {
    const SORTABLE: &'static [&'static str] = &["title"];
    const DEFAULT_SORT: &'static str = "title";
}
