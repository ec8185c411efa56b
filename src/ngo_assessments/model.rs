//! NGO assessment request and response types.

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
use crate::schema::ngo_assessments;

/// What kind of publication it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = NgoAssessmentKind)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// A shadow report: civil society's account beside an official one.
    ShadowReport,
    /// A report or study assessing a policy, an agreement or a sector.
    Assessment,
    /// A position paper or press statement.
    Statement,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ShadowReport => "shadowReport",
            Self::Assessment => "assessment",
            Self::Statement => "statement",
        }
    }

    fn from_stored(text: &str) -> Self {
        match text {
            "shadowReport" => Self::ShadowReport,
            "statement" => Self::Statement,
            _ => Self::Assessment,
        }
    }
}

/// A stored NGO assessment row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ngo_assessments)]
pub struct NgoAssessment {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub author: String,
    pub covenant_id: Option<i64>,
    pub theme: Option<String>,
    pub published_on: Option<NaiveDate>,
    pub published_on_precision: Option<String>,
    pub findings: String,
    pub url: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// An assessment with the code of the covenant it is about, if any.
#[derive(Debug, Clone)]
pub struct NgoAssessmentRecord {
    pub assessment: NgoAssessment,
    pub covenant_code: Option<String>,
}

crate::storage::versioned!(NgoAssessmentRecord, assessment.version);

/// What a client writes: the body of `POST /v1/ngo-assessments` and
/// `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "title": "Schaduwrapport Convenant Duurzame Kleding en Textiel 2018",
    "kind": "shadowReport",
    "author": "Schone Kleren Campagne",
    "covenant": "textile",
    "publishedOn": "2018-10-01",
    "publishedOnPrecision": "month",
    "findings": "Few participating brands disclose what they do about living wages in their supply chains.",
    "url": "https://schonekleren.nl",
    "source": "Schone Kleren Campagne, schaduwrapport 2018"
}))]
pub struct NgoAssessmentInput {
    /// Its title, as published.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Real Care is Rare",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title: String,
    /// What kind of publication it is.
    pub kind: Kind,
    /// The organisations or coalition that published it, as they name
    /// themselves.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kimberley Process Civil Society Coalition (KP CSC)",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub author: String,
    /// Code of the covenant it assesses; it is then shown with the
    /// covenant's progress. Give `covenant`, `theme` or both.
    #[serde(default)]
    #[schema(example = "textile")]
    #[validate(custom(function = "rules::code"))]
    pub covenant: Option<String>,
    /// The theme it assesses, where it is not (only) one covenant.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Conflict diamonds (Kimberley Process)"
    )]
    #[validate(custom(function = "rules::name"))]
    pub theme: Option<String>,
    /// When it was published, as exactly as known (with
    /// `publishedOnPrecision` `month` or `year`, the first day of that month
    /// or year); `null` when the source does not say.
    #[serde(default)]
    #[schema(example = "2017-11-01")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is: `day`, `month` or `year` (default `day`);
    /// left out when `publishedOn` is.
    #[serde(default)]
    #[schema(example = "month")]
    pub published_on_precision: Option<DatePrecision>,
    /// What it finds, in a few sentences, as the authors put it.
    #[schema(
        example = "The Kimberley Process only intervenes where rough diamonds finance rebels against governments, so diamonds tainted by other violence reach the market certified conflict-free.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub findings: String,
    /// Where it can be read.
    #[serde(default)]
    #[schema(example = "https://ipisresearch.be", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// Where these facts come from, quoting it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "IPIS, 'Netwerken en platformen', § Kimberley Process Civil Society Coalition",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides, with its covenant resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = ngo_assessments, treat_none_as_null = true)]
pub struct NgoAssessmentForm<'a> {
    title: &'a str,
    kind: &'static str,
    author: &'a str,
    covenant_id: Option<i64>,
    theme: Option<&'a str>,
    published_on: Option<NaiveDate>,
    published_on_precision: Option<&'static str>,
    findings: &'a str,
    url: Option<&'a str>,
    source: &'a str,
}

impl<'a> NgoAssessmentForm<'a> {
    pub fn new(covenant_id: Option<i64>, input: &'a NgoAssessmentInput) -> Self {
        Self {
            title: &input.title,
            kind: input.kind.as_str(),
            author: &input.author,
            covenant_id,
            theme: input.theme.as_deref(),
            published_on: input.published_on,
            published_on_precision: DatePrecision::of(
                input.published_on,
                input.published_on_precision,
            )
            .map(DatePrecision::as_str),
            findings: &input.findings,
            url: input.url.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for NgoAssessmentInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        DatePrecision::check(
            (self.published_on, self.published_on_precision),
            ("/publishedOn", "/publishedOnPrecision"),
            &mut errors,
        );
        if self.covenant.is_none() && self.theme.is_none() {
            errors.push(FieldError::body(
                "/theme",
                "is required without `covenant`: say what the assessment is about",
            ));
        }
        verdict(errors)
    }
}

impl From<&NgoAssessmentRecord> for NgoAssessmentInput {
    fn from(record: &NgoAssessmentRecord) -> Self {
        let a = &record.assessment;
        Self {
            title: a.title.clone(),
            kind: Kind::from_stored(&a.kind),
            author: a.author.clone(),
            covenant: record.covenant_code.clone(),
            theme: a.theme.clone(),
            published_on: a.published_on,
            published_on_precision: a.published_on.map(|_| {
                a.published_on_precision
                    .as_deref()
                    .map_or(DatePrecision::Day, DatePrecision::from_stored)
            }),
            findings: a.findings.clone(),
            url: a.url.clone(),
            source: a.source.clone(),
        }
    }
}

/// An NGO assessment as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NgoAssessmentView {
    /// Identifier of the assessment in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Its title, as published.
    #[schema(example = "Real Care is Rare")]
    pub title: String,
    /// What kind of publication it is.
    pub kind: Kind,
    /// Who published it.
    #[schema(example = "Kimberley Process Civil Society Coalition (KP CSC)")]
    pub author: String,
    /// Code of the covenant it assesses, if it assesses one.
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The theme it assesses.
    #[schema(example = "Conflict diamonds (Kimberley Process)")]
    pub theme: Option<String>,
    /// When it was published, as exactly as `publishedOnPrecision` says;
    /// `null` when not known.
    #[schema(example = "2017-11-01")]
    pub published_on: Option<NaiveDate>,
    /// How exact `publishedOn` is.
    pub published_on_precision: Option<DatePrecision>,
    /// What it finds, as the authors put it.
    pub findings: String,
    /// Where it can be read.
    pub url: Option<String>,
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
    pub links: NgoAssessmentLinks,
}

/// Links of an NGO assessment.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NgoAssessmentLinks {
    /// This assessment.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant it assesses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Link>,
}

impl From<&NgoAssessmentRecord> for NgoAssessmentView {
    fn from(record: &NgoAssessmentRecord) -> Self {
        let a = &record.assessment;
        let NgoAssessmentInput {
            title,
            kind,
            author,
            covenant,
            theme,
            published_on,
            published_on_precision,
            findings,
            url,
            source,
        } = NgoAssessmentInput::from(record);
        Self {
            id: a.id,
            links: NgoAssessmentLinks {
                self_link: Link::new(format!("/v1/ngo-assessments/{}", a.id)),
                covenant: covenant
                    .as_ref()
                    .map(|code| Link::new(format!("/v1/covenants/{code}"))),
            },
            title,
            kind,
            author,
            covenant,
            theme,
            published_on,
            published_on_precision,
            findings,
            url,
            source,
            created_at: a.created_at.and_utc(),
            updated_at: a.updated_at.and_utc(),
        }
    }
}

crate::audit::audited!(NgoAssessmentView, "ngoAssessment", id);

/// Filters and order of `GET /v1/ngo-assessments`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NgoAssessmentFilter {
    /// Only assessments of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only assessments of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Kind>>, style = Form, explode = false, min_items = 1, example = json!(["shadowReport"]))]
    pub kind: Option<AnyOf<Kind>>,
    /// Order: `title` or `publishedOn`, `-` before it for descending
    /// (default `title`). Those without `publishedOn` come last.
    #[param(example = "-publishedOn")]
    pub sort: Option<String>,
}

impl ListFilter for NgoAssessmentFilter {
    const SORTABLE: &'static [&'static str] = &["title", "publishedOn"];
    const DEFAULT_SORT: &'static str = "title";
}
