//! Fund, budget and project request and response types.

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
use crate::schema::programmes;

/// What kind of programme it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = ProgrammeKind)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// A fund others apply to for their projects.
    Fund,
    /// Money set aside in a budget for a purpose.
    Budget,
    /// A project: work with an aim, carried out by someone.
    Project,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fund => "fund",
            Self::Budget => "budget",
            Self::Project => "project",
        }
    }

    fn from_stored(text: &str) -> Self {
        match text {
            "fund" => Self::Fund,
            "budget" => Self::Budget,
            _ => Self::Project,
        }
    }
}

/// A stored programme row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = programmes)]
pub struct Programme {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub purpose: String,
    pub run_by: Option<String>,
    pub covenant_id: Option<i64>,
    pub theme: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub starts_on_precision: Option<String>,
    pub ends_on: Option<NaiveDate>,
    pub ends_on_precision: Option<String>,
    pub period_as_stated: Option<String>,
    pub budget_eur: Option<i64>,
    pub budget_as_stated: Option<String>,
    pub results: Option<String>,
    pub url: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A programme with the code of its covenant, if any.
#[derive(Debug, Clone)]
pub struct ProgrammeRecord {
    pub programme: Programme,
    pub covenant_code: Option<String>,
}

crate::storage::versioned!(ProgrammeRecord, programme.version);

/// What a client writes: the body of `POST /v1/programmes` and
/// `PUT /v1/programmes/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "name": "Leefbaar loon in de kledingketen",
    "kind": "project",
    "purpose": "Pilots with garment factories on paying a living wage.",
    "runBy": "Fair Wear",
    "covenant": "textile",
    "startsOn": "2018-01-01",
    "startsOnPrecision": "year",
    "periodAsStated": "drie jaar",
    "budgetEur": 1500000,
    "budgetAsStated": "1,5 miljoen euro over drie jaar",
    "source": "Jaarrapportage Convenant Duurzame Kleding en Textiel 2018"
}))]
pub struct ProgrammeInput {
    /// Its name, as the source gives it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Fonds Verantwoorde Productie",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub name: String,
    /// What kind of programme it is.
    pub kind: Kind,
    /// What it is for, in a few sentences.
    #[schema(
        example = "Finances joint projects of companies, NGOs and unions against abuses in the value chains of the companies concerned.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub purpose: String,
    /// Who runs or carries it out.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Institute for Human Rights and Business (IHRB)"
    )]
    #[validate(custom(function = "rules::name"))]
    pub run_by: Option<String>,
    /// Code of the covenant it serves. Give `covenant`, `theme` or both.
    #[serde(default)]
    #[schema(example = "gold")]
    #[validate(custom(function = "rules::code"))]
    pub covenant: Option<String>,
    /// The theme it serves, where it is not (only) one covenant.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "Living wage")]
    #[validate(custom(function = "rules::name"))]
    pub theme: Option<String>,
    /// When it starts or started, as exactly as known (with
    /// `startsOnPrecision` `month` or `year`, the first day of that month or
    /// year); `null` when not known.
    #[serde(default)]
    #[schema(example = "2019-01-01")]
    pub starts_on: Option<NaiveDate>,
    /// How exact `startsOn` is: `day`, `month` or `year` (default `day`);
    /// left out when `startsOn` is.
    #[serde(default)]
    #[schema(example = "year")]
    pub starts_on_precision: Option<DatePrecision>,
    /// When it ends or ended, as exactly as known; not before `startsOn`;
    /// `null` when not known or open-ended.
    #[serde(default)]
    #[schema(example = "2022-01-01")]
    pub ends_on: Option<NaiveDate>,
    /// How exact `endsOn` is: `day`, `month` or `year` (default `day`);
    /// left out when `endsOn` is.
    #[serde(default)]
    #[schema(example = "year")]
    pub ends_on_precision: Option<DatePrecision>,
    /// Its period in the source's words, where dates cannot say it ("een
    /// looptijd van vier jaar").
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "een looptijd van vier jaar")]
    #[validate(custom(function = "rules::name"))]
    pub period_as_stated: Option<String>,
    /// Its budget in whole euros, as the source states it; what it covers
    /// (a year, the whole period) is in `budgetAsStated`.
    #[serde(default)]
    #[schema(example = 8_300_000, minimum = 0)]
    #[validate(range(min = 0, message = "must not be negative"))]
    pub budget_eur: Option<i64>,
    /// The budget in the source's words, with what it covers; required with
    /// `budgetEur`.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "voor het eerste jaar is 8,3 miljoen euro beschikbaar"
    )]
    #[validate(custom(function = "rules::name"))]
    pub budget_as_stated: Option<String>,
    /// What it achieved so far, as the source reports it.
    #[serde(default)]
    #[schema(
        example = "Eight human-rights defenders have been hosted in The Hague and Middelburg.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub results: Option<String>,
    /// Where to read more.
    #[serde(default)]
    #[schema(example = "https://www.rvo.nl", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// Where these facts come from, quoting it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid', § Voortgang IMVO-convenanten",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides, with its covenant resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = programmes, treat_none_as_null = true)]
pub struct ProgrammeForm<'a> {
    name: &'a str,
    kind: &'static str,
    purpose: &'a str,
    run_by: Option<&'a str>,
    covenant_id: Option<i64>,
    theme: Option<&'a str>,
    starts_on: Option<NaiveDate>,
    starts_on_precision: Option<&'static str>,
    ends_on: Option<NaiveDate>,
    ends_on_precision: Option<&'static str>,
    period_as_stated: Option<&'a str>,
    budget_eur: Option<i64>,
    budget_as_stated: Option<&'a str>,
    results: Option<&'a str>,
    url: Option<&'a str>,
    source: &'a str,
}

impl<'a> ProgrammeForm<'a> {
    pub fn new(covenant_id: Option<i64>, input: &'a ProgrammeInput) -> Self {
        let precision = |date, given| DatePrecision::of(date, given).map(DatePrecision::as_str);
        Self {
            name: &input.name,
            kind: input.kind.as_str(),
            purpose: &input.purpose,
            run_by: input.run_by.as_deref(),
            covenant_id,
            theme: input.theme.as_deref(),
            starts_on: input.starts_on,
            starts_on_precision: precision(input.starts_on, input.starts_on_precision),
            ends_on: input.ends_on,
            ends_on_precision: precision(input.ends_on, input.ends_on_precision),
            period_as_stated: input.period_as_stated.as_deref(),
            budget_eur: input.budget_eur,
            budget_as_stated: input.budget_as_stated.as_deref(),
            results: input.results.as_deref(),
            url: input.url.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for ProgrammeInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        DatePrecision::check(
            (self.starts_on, self.starts_on_precision),
            ("/startsOn", "/startsOnPrecision"),
            &mut errors,
        );
        DatePrecision::check(
            (self.ends_on, self.ends_on_precision),
            ("/endsOn", "/endsOnPrecision"),
            &mut errors,
        );
        if let (Some(starts), Some(ends)) = (self.starts_on, self.ends_on)
            && ends < starts
        {
            errors.push(FieldError::body("/endsOn", "must not be before `startsOn`"));
        }
        if self.covenant.is_none() && self.theme.is_none() {
            errors.push(FieldError::body(
                "/theme",
                "is required without `covenant`: say what the programme serves",
            ));
        }
        if self.budget_eur.is_some() && self.budget_as_stated.is_none() {
            errors.push(FieldError::body(
                "/budgetAsStated",
                "is required with `budgetEur`: say what the amount covers, in the source's words",
            ));
        }
        verdict(errors)
    }
}

fn precision(date: Option<NaiveDate>, stored: Option<&str>) -> Option<DatePrecision> {
    date.map(|_| stored.map_or(DatePrecision::Day, DatePrecision::from_stored))
}

impl From<&ProgrammeRecord> for ProgrammeInput {
    fn from(record: &ProgrammeRecord) -> Self {
        let p = &record.programme;
        Self {
            name: p.name.clone(),
            kind: Kind::from_stored(&p.kind),
            purpose: p.purpose.clone(),
            run_by: p.run_by.clone(),
            covenant: record.covenant_code.clone(),
            theme: p.theme.clone(),
            starts_on: p.starts_on,
            starts_on_precision: precision(p.starts_on, p.starts_on_precision.as_deref()),
            ends_on: p.ends_on,
            ends_on_precision: precision(p.ends_on, p.ends_on_precision.as_deref()),
            period_as_stated: p.period_as_stated.clone(),
            budget_eur: p.budget_eur,
            budget_as_stated: p.budget_as_stated.clone(),
            results: p.results.clone(),
            url: p.url.clone(),
            source: p.source.clone(),
        }
    }
}

/// A fund, budget or project as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeView {
    /// Identifier of the programme in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Its name, as the source gives it.
    #[schema(example = "Fonds Verantwoorde Productie")]
    pub name: String,
    /// What kind of programme it is.
    pub kind: Kind,
    /// What it is for.
    pub purpose: String,
    /// Who runs or carries it out.
    pub run_by: Option<String>,
    /// Code of the covenant it serves, if one.
    #[schema(example = "gold")]
    pub covenant: Option<String>,
    /// The theme it serves.
    #[schema(example = "Living wage")]
    pub theme: Option<String>,
    /// When it starts or started, as exactly as `startsOnPrecision` says.
    #[schema(example = "2019-01-01")]
    pub starts_on: Option<NaiveDate>,
    /// How exact `startsOn` is.
    pub starts_on_precision: Option<DatePrecision>,
    /// When it ends or ended, as exactly as `endsOnPrecision` says.
    pub ends_on: Option<NaiveDate>,
    /// How exact `endsOn` is.
    pub ends_on_precision: Option<DatePrecision>,
    /// Its period in the source's words.
    #[schema(example = "een looptijd van vier jaar")]
    pub period_as_stated: Option<String>,
    /// Its budget in whole euros, as the source states it.
    #[schema(example = 8_300_000)]
    pub budget_eur: Option<i64>,
    /// The budget in the source's words, with what it covers.
    #[schema(example = "voor het eerste jaar is 8,3 miljoen euro beschikbaar")]
    pub budget_as_stated: Option<String>,
    /// What it achieved so far, as the source reports it.
    pub results: Option<String>,
    /// Where to read more.
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
    pub links: ProgrammeLinks,
}

/// Links of a programme.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProgrammeLinks {
    /// This programme.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant it serves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Link>,
}

impl From<&ProgrammeRecord> for ProgrammeView {
    fn from(record: &ProgrammeRecord) -> Self {
        let p = &record.programme;
        let ProgrammeInput {
            name,
            kind,
            purpose,
            run_by,
            covenant,
            theme,
            starts_on,
            starts_on_precision,
            ends_on,
            ends_on_precision,
            period_as_stated,
            budget_eur,
            budget_as_stated,
            results,
            url,
            source,
        } = ProgrammeInput::from(record);
        Self {
            id: p.id,
            links: ProgrammeLinks {
                self_link: Link::new(format!("/v1/programmes/{}", p.id)),
                covenant: covenant
                    .as_ref()
                    .map(|code| Link::new(format!("/v1/covenants/{code}"))),
            },
            name,
            kind,
            purpose,
            run_by,
            covenant,
            theme,
            starts_on,
            starts_on_precision,
            ends_on,
            ends_on_precision,
            period_as_stated,
            budget_eur,
            budget_as_stated,
            results,
            url,
            source,
            created_at: p.created_at.and_utc(),
            updated_at: p.updated_at.and_utc(),
        }
    }
}

crate::audit::audited!(ProgrammeView, "programme", id);

/// Filters and order of `GET /v1/programmes`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProgrammeFilter {
    /// Only programmes serving this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["gold"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only programmes of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Kind>>, style = Form, explode = false, min_items = 1, example = json!(["fund"]))]
    pub kind: Option<AnyOf<Kind>>,
    /// Order: `name` or `startsOn`, `-` before it for descending (default
    /// `name`). Those without `startsOn` come last.
    #[param(example = "startsOn")]
    pub sort: Option<String>,
}

impl ListFilter for ProgrammeFilter {
    const SORTABLE: &'static [&'static str] = &["name", "startsOn"];
    const DEFAULT_SORT: &'static str = "name";
}
