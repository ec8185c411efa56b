//! Covenant request and response types, and the rules of its life cycle.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::annual_reports::model::AnnualReportView;
use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::crud::ReadParams;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::participations::model::ParticipationView;
use crate::schema::covenants;
use crate::sectors::model::SectorView;
use crate::targets::model::TargetView;
use crate::working_groups::model::WorkingGroupView;

/// Where a covenant track stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CovenantStatus {
    /// The parties explore whether a covenant is possible (verkenning).
    Exploring,
    /// The parties negotiate its text (onderhandeling).
    Negotiating,
    /// Signed and running.
    Signed,
    /// Its term is over.
    Ended,
    /// Work on it came to a halt, and may resume.
    Stalled,
    /// The track was given up without a covenant.
    Dropped,
    /// The record cannot say: a source names the track without its stage,
    /// or stops mentioning it.
    Unknown,
}

impl CovenantStatus {
    pub const ALL: [Self; 7] = [
        Self::Exploring,
        Self::Negotiating,
        Self::Signed,
        Self::Ended,
        Self::Stalled,
        Self::Dropped,
        Self::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exploring => "exploring",
            Self::Negotiating => "negotiating",
            Self::Signed => "signed",
            Self::Ended => "ended",
            Self::Stalled => "stalled",
            Self::Dropped => "dropped",
            Self::Unknown => "unknown",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == value)
            .unwrap_or(Self::Unknown)
    }
}

/// What kind of agreement a covenant is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CovenantKind {
    /// An IMVO covenant facilitated by the SER: the overview's covenant
    /// counts are of these.
    #[default]
    SerFacilitated,
    /// Another agreement, not facilitated by the SER (the coal covenant, for
    /// one): recorded beside the IMVO covenants, kept out of their counts.
    Other,
}

impl CovenantKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SerFacilitated => "serFacilitated",
            Self::Other => "other",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        match value {
            "other" => Self::Other,
            _ => Self::SerFacilitated,
        }
    }
}

/// How exact a date is: sources sometimes give only a month or a year. The
/// date is then the first day of that month or year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum DatePrecision {
    #[default]
    Day,
    Month,
    Year,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            _ => Self::Day,
        }
    }

    /// The precision to store for an optional date: the one given, `day`
    /// for a date given without one, none without a date.
    pub fn of(date: Option<NaiveDate>, given: Option<Self>) -> Option<Self> {
        date.map(|_| given.unwrap_or_default())
    }

    /// Checks an optional date and its precision, the body members at
    /// `date_at` and `precision_at` (`/publishedOn`, `/publishedOnPrecision`):
    /// no precision without a date; a month's date is its first day, a
    /// year's 1 January.
    pub fn check(
        (date, precision): (Option<NaiveDate>, Option<Self>),
        (date_at, precision_at): (&str, &str),
        errors: &mut Vec<FieldError>,
    ) {
        let (date_name, precision_name) = (&date_at[1..], &precision_at[1..]);
        match (date, precision) {
            (None, Some(_)) => errors.push(FieldError::body(
                precision_at,
                format!("must be left out while `{date_name}` is unknown (`null`)"),
            )),
            (Some(date), Some(Self::Month)) if date.day() != 1 => errors.push(FieldError::body(
                date_at,
                format!("must be the first day of its month when `{precision_name}` is `month`"),
            )),
            (Some(date), Some(Self::Year)) if date.ordinal() != 1 => errors.push(FieldError::body(
                date_at,
                format!("must be 1 January of its year when `{precision_name}` is `year`"),
            )),
            _ => {}
        }
    }
}

/// A stored covenant row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = covenants)]
pub struct Covenant {
    pub id: i64,
    pub code: String,
    pub title_nl: String,
    pub title_en: String,
    pub sector_id: i64,
    pub status: String,
    pub negotiation_started_on: Option<NaiveDate>,
    pub signed_on: Option<NaiveDate>,
    pub signed_on_precision: String,
    pub ends_on: Option<NaiveDate>,
    pub facilitator: Option<String>,
    pub summary: Option<String>,
    pub website: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub expected_signing_on: Option<NaiveDate>,
    pub expected_signing_on_precision: Option<String>,
    pub expected_signing_as_stated: Option<String>,
    pub kind: String,
}

/// A covenant with the code of its sector, as read for the API.
#[derive(Debug, Clone)]
pub struct CovenantRecord {
    pub covenant: Covenant,
    pub sector_code: String,
}

crate::storage::versioned!(CovenantRecord, covenant.version);

/// What a client writes: the body of `POST /v1/covenants` and
/// `PUT /v1/covenants/{code}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "code": "electronics",
    "titleNl": "IMVO-convenant Elektronica",
    "titleEn": "Responsible Business Conduct Agreement for Electronics",
    "sector": "technology",
    "status": "exploring",
    "facilitator": "SER",
    "summary": "Companies and NGOs explore an agreement on the risks in the electronics supply chain.",
    "source": "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'"
}))]
pub struct CovenantInput {
    /// Stable identifier of the covenant, used in paths and filters. It
    /// cannot be changed once the covenant exists.
    #[schema(
        example = "textile",
        pattern = "^[a-z][a-z0-9-]*[a-z0-9]$",
        min_length = 2,
        max_length = 40
    )]
    #[validate(custom(function = "rules::code"))]
    pub code: String,
    /// Dutch title, as the covenant is called.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Convenant Duurzame Kleding en Textiel",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title_nl: String,
    /// English title.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Agreement on Sustainable Garments and Textile",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title_en: String,
    /// Code of the sector the covenant covers.
    #[schema(example = "textile")]
    pub sector: String,
    /// Where the covenant stands. `signed` and `ended` need `signedOn` (a
    /// covenant of kind `other` may leave it out when no source gives the
    /// date); the other statuses must not have it; `ended` needs `endsOn`.
    #[schema(example = "signed")]
    pub status: CovenantStatus,
    /// When negotiations started.
    #[serde(default)]
    #[schema(example = "2015-06-01")]
    pub negotiation_started_on: Option<NaiveDate>,
    /// When the covenant was signed; not before `negotiationStartedOn`.
    #[serde(default)]
    #[schema(example = "2016-07-04")]
    pub signed_on: Option<NaiveDate>,
    /// How exact `signedOn` is (default `day`); with `month` or `year` the
    /// date is the first day of that month or year.
    #[serde(default)]
    #[schema(example = "day")]
    pub signed_on_precision: DatePrecision,
    /// When the covenant's term ends; not before `signedOn`.
    #[serde(default)]
    #[schema(example = "2021-07-04")]
    pub ends_on: Option<NaiveDate>,
    /// When the covenant was expected to be signed, as the latest source
    /// stated it before the signing, as exactly as known (with
    /// `expectedSigningOnPrecision` `month` or `year`, the first day of that
    /// month or year): beside `signedOn` it shows the slippage. Kept once
    /// signed.
    #[serde(default)]
    #[schema(example = "2019-01-01")]
    pub expected_signing_on: Option<NaiveDate>,
    /// How exact `expectedSigningOn` is: `day`, `month` or `year` (default
    /// `day`); left out when `expectedSigningOn` is.
    #[serde(default)]
    #[schema(example = "year")]
    pub expected_signing_on_precision: Option<DatePrecision>,
    /// The expectation in the source's words, where a date cannot say it
    /// ("eerste helft van 2019"); only with `expectedSigningOn`.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "eerste helft van 2019")]
    #[validate(custom(function = "rules::name"))]
    pub expected_signing_as_stated: Option<String>,
    /// What kind of agreement it is: `serFacilitated` (the default), an
    /// IMVO covenant facilitated by the SER and counted in the overview, or
    /// `other`, an agreement kept out of those counts.
    #[serde(default)]
    pub kind: CovenantKind,
    /// Who facilitates the covenant.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "SER")]
    #[validate(custom(function = "rules::name"))]
    pub facilitator: Option<String>,
    /// What the covenant is about, in a few sentences.
    #[serde(default)]
    #[schema(
        example = "Companies, unions, NGOs and government work together on the risks in the garment supply chain.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub summary: Option<String>,
    /// The covenant's website.
    #[serde(default)]
    #[schema(example = "https://www.imvoconvenanten.nl/kleding-textiel", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub website: Option<String>,
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

/// The columns a client's input decides, with its sector resolved; the
/// code is written once.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = covenants,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
pub struct CovenantForm<'a> {
    #[diesel(skip_update)]
    code: &'a str,
    title_nl: &'a str,
    title_en: &'a str,
    sector_id: i64,
    status: &'a str,
    negotiation_started_on: Option<NaiveDate>,
    signed_on: Option<NaiveDate>,
    signed_on_precision: &'a str,
    ends_on: Option<NaiveDate>,
    expected_signing_on: Option<NaiveDate>,
    expected_signing_on_precision: Option<&'a str>,
    expected_signing_as_stated: Option<&'a str>,
    kind: &'static str,
    facilitator: Option<&'a str>,
    summary: Option<&'a str>,
    website: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> CovenantForm<'a> {
    pub fn new(sector_id: i64, input: &'a CovenantInput) -> Self {
        Self {
            code: &input.code,
            title_nl: &input.title_nl,
            title_en: &input.title_en,
            sector_id,
            status: input.status.as_str(),
            negotiation_started_on: input.negotiation_started_on,
            signed_on: input.signed_on,
            signed_on_precision: input.signed_on_precision.as_str(),
            ends_on: input.ends_on,
            expected_signing_on: input.expected_signing_on,
            expected_signing_on_precision: DatePrecision::of(
                input.expected_signing_on,
                input.expected_signing_on_precision,
            )
            .map(DatePrecision::as_str),
            expected_signing_as_stated: input.expected_signing_as_stated.as_deref(),
            kind: input.kind.as_str(),
            facilitator: input.facilitator.as_deref(),
            summary: input.summary.as_deref(),
            website: input.website.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for CovenantInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        let signed = matches!(self.status, CovenantStatus::Signed | CovenantStatus::Ended);
        // The overview counts IMVO covenants by the year they were signed;
        // of another agreement, the sources may not say when.
        let date_needed = signed && self.kind == CovenantKind::SerFacilitated;
        match (signed, self.signed_on) {
            (true, None) if date_needed => errors.push(FieldError::body(
                "/signedOn",
                format!(
                    "is required once the status is `{}` (of a covenant of kind `other`, it may \
                     be left out when no source gives the date)",
                    self.status.as_str()
                ),
            )),
            (false, Some(_)) => errors.push(FieldError::body(
                "/signedOn",
                format!(
                    "must be left out while the status is `{}`",
                    self.status.as_str()
                ),
            )),
            _ => {}
        }
        if self.status == CovenantStatus::Ended && self.ends_on.is_none() {
            errors.push(FieldError::body(
                "/endsOn",
                "is required once the status is `ended`",
            ));
        }
        if let (Some(signed), Some(ends)) = (self.signed_on, self.ends_on)
            && ends < signed
        {
            errors.push(FieldError::body("/endsOn", "must not be before `signedOn`"));
        }
        DatePrecision::check(
            (self.expected_signing_on, self.expected_signing_on_precision),
            ("/expectedSigningOn", "/expectedSigningOnPrecision"),
            &mut errors,
        );
        if self.expected_signing_as_stated.is_some() && self.expected_signing_on.is_none() {
            errors.push(FieldError::body(
                "/expectedSigningAsStated",
                "needs `expectedSigningOn`: the date the words stand for, as exactly as known",
            ));
        }
        if let (Some(started), Some(signed)) = (self.negotiation_started_on, self.signed_on)
            && signed < started
        {
            errors.push(FieldError::body(
                "/signedOn",
                "must not be before `negotiationStartedOn`",
            ));
        }
        verdict(errors)
    }
}

impl From<&CovenantRecord> for CovenantInput {
    fn from(record: &CovenantRecord) -> Self {
        let c = &record.covenant;
        Self {
            code: c.code.clone(),
            title_nl: c.title_nl.clone(),
            title_en: c.title_en.clone(),
            sector: record.sector_code.clone(),
            status: CovenantStatus::from_stored(&c.status),
            negotiation_started_on: c.negotiation_started_on,
            signed_on: c.signed_on,
            signed_on_precision: DatePrecision::from_stored(&c.signed_on_precision),
            ends_on: c.ends_on,
            expected_signing_on: c.expected_signing_on,
            expected_signing_on_precision: c.expected_signing_precision(),
            expected_signing_as_stated: c.expected_signing_as_stated.clone(),
            kind: CovenantKind::from_stored(&c.kind),
            facilitator: c.facilitator.clone(),
            summary: c.summary.clone(),
            website: c.website.clone(),
            source: c.source.clone(),
        }
    }
}

impl Covenant {
    /// How exact the stored expected signing date is; none without one.
    fn expected_signing_precision(&self) -> Option<DatePrecision> {
        self.expected_signing_on.map(|_| {
            self.expected_signing_on_precision
                .as_deref()
                .map_or(DatePrecision::Day, DatePrecision::from_stored)
        })
    }
}

/// A covenant as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantView {
    /// Stable identifier of the covenant.
    #[schema(example = "textile")]
    pub code: String,
    /// Dutch title.
    #[schema(example = "Convenant Duurzame Kleding en Textiel")]
    pub title_nl: String,
    /// English title.
    #[schema(example = "Agreement on Sustainable Garments and Textile")]
    pub title_en: String,
    /// Code of the sector it covers.
    #[schema(example = "textile")]
    pub sector: String,
    /// Where the covenant stands.
    pub status: CovenantStatus,
    /// When negotiations started.
    #[schema(example = "2015-06-01")]
    pub negotiation_started_on: Option<NaiveDate>,
    /// When it was signed.
    #[schema(example = "2016-07-04")]
    pub signed_on: Option<NaiveDate>,
    /// How exact `signedOn` is.
    pub signed_on_precision: DatePrecision,
    /// When its term ends.
    #[schema(example = "2021-07-04")]
    pub ends_on: Option<NaiveDate>,
    /// When it was expected to be signed, as exactly as
    /// `expectedSigningOnPrecision` says.
    #[schema(example = "2019-01-01")]
    pub expected_signing_on: Option<NaiveDate>,
    /// How exact `expectedSigningOn` is.
    pub expected_signing_on_precision: Option<DatePrecision>,
    /// The expectation in the source's words.
    #[schema(example = "eerste helft van 2019")]
    pub expected_signing_as_stated: Option<String>,
    /// What kind of agreement it is: only `serFacilitated` covenants count
    /// in the overview.
    pub kind: CovenantKind,
    /// Who facilitates it.
    #[schema(example = "SER")]
    pub facilitator: Option<String>,
    /// What it is about.
    pub summary: Option<String>,
    /// Its website.
    #[schema(example = "https://www.imvoconvenanten.nl/kleding-textiel")]
    pub website: Option<String>,
    /// Where these facts come from.
    #[schema(example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'")]
    pub source: Option<String>,
    /// When the covenant was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the covenant last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: CovenantLinks,
    /// Related resources asked for with `expand`.
    #[serde(rename = "_embedded", skip_serializing_if = "Option::is_none")]
    pub embedded: Option<CovenantEmbedded>,
}

/// Links of a covenant.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantLinks {
    /// This covenant.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// Its sector.
    pub sector: Link,
    /// Its annual reports.
    pub annual_reports: Link,
    /// Its targets.
    pub targets: Link,
    /// Its measurements.
    pub measurements: Link,
    /// Its working groups.
    #[serde(rename = "workingGroups")]
    pub working_groups: Link,
    /// The motions concerning it.
    pub motions: Link,
    /// The organisations taking part in it.
    pub participations: Link,
    /// Its steering group, secretariat and monitoring committee.
    pub governance_bodies: Link,
    /// Its complaints and remedy mechanisms.
    pub remedy_mechanisms: Link,
    /// Its funds, budgets and projects.
    pub programmes: Link,
    /// What NGOs published about it.
    pub ngo_assessments: Link,
}

/// Related resources embedded on request (`expand`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantEmbedded {
    /// The covenant's sector (`expand=sector`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sector: Option<SectorView>,
    /// Its annual reports, oldest reporting year first (`expand=annualReports`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_reports: Option<Vec<AnnualReportView>>,
    /// Its targets, earliest due first (`expand=targets`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<TargetView>>,
    /// The covenant's working groups, by name (`expand=workingGroups`).
    #[serde(rename = "workingGroups", skip_serializing_if = "Option::is_none")]
    pub working_groups: Option<Vec<WorkingGroupView>>,
    /// All of the covenant's participations, past and present, in the order
    /// they joined (`expand=participations`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub participations: Option<Vec<ParticipationView>>,
}

impl From<&CovenantRecord> for CovenantView {
    fn from(record: &CovenantRecord) -> Self {
        let c = &record.covenant;
        Self {
            code: c.code.clone(),
            title_nl: c.title_nl.clone(),
            title_en: c.title_en.clone(),
            sector: record.sector_code.clone(),
            status: CovenantStatus::from_stored(&c.status),
            negotiation_started_on: c.negotiation_started_on,
            signed_on: c.signed_on,
            signed_on_precision: DatePrecision::from_stored(&c.signed_on_precision),
            ends_on: c.ends_on,
            expected_signing_on: c.expected_signing_on,
            expected_signing_on_precision: c.expected_signing_precision(),
            expected_signing_as_stated: c.expected_signing_as_stated.clone(),
            kind: CovenantKind::from_stored(&c.kind),
            facilitator: c.facilitator.clone(),
            summary: c.summary.clone(),
            website: c.website.clone(),
            source: c.source.clone(),
            created_at: c.created_at.and_utc(),
            updated_at: c.updated_at.and_utc(),
            links: CovenantLinks {
                self_link: Link::new(format!("/v1/covenants/{}", c.code)),
                sector: Link::new(format!("/v1/sectors/{}", record.sector_code)),
                annual_reports: Link::new(format!("/v1/annual-reports?covenant={}", c.code)),
                targets: Link::new(format!("/v1/targets?covenant={}", c.code)),
                measurements: Link::new(format!("/v1/measurements?covenant={}", c.code)),
                working_groups: Link::new(format!("/v1/working-groups?covenant={}", c.code)),
                motions: Link::new(format!("/v1/motions?covenant={}", c.code)),
                participations: Link::new(format!("/v1/participations?covenant={}", c.code)),
                governance_bodies: Link::new(format!("/v1/governance-bodies?covenant={}", c.code)),
                remedy_mechanisms: Link::new(format!("/v1/remedy-mechanisms?covenant={}", c.code)),
                programmes: Link::new(format!("/v1/programmes?covenant={}", c.code)),
                ngo_assessments: Link::new(format!("/v1/ngo-assessments?covenant={}", c.code)),
            },
            embedded: None,
        }
    }
}

crate::audit::audited!(CovenantView, "covenant", code);

/// Filters, order and embedding of `GET /v1/covenants`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CovenantFilter {
    /// Only covenants of these sectors (codes, comma-separated: any of
    /// them). A code that names no sector is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile", "gold"]))]
    pub sector: Option<AnyOf<String>>,
    /// Only covenants with one of these statuses (comma-separated).
    #[param(value_type = Option<Vec<CovenantStatus>>, style = Form, explode = false, min_items = 1, example = json!(["signed", "ended"]))]
    pub status: Option<AnyOf<CovenantStatus>>,
    /// Only covenants of one of these kinds (comma-separated).
    #[param(value_type = Option<Vec<CovenantKind>>, style = Form, explode = false, min_items = 1, example = json!(["serFacilitated"]))]
    pub kind: Option<AnyOf<CovenantKind>>,
    /// Only covenants signed on or after this date.
    #[param(example = "2016-01-01")]
    pub signed_from: Option<NaiveDate>,
    /// Only covenants signed on or before this date.
    #[param(example = "2018-12-31")]
    pub signed_to: Option<NaiveDate>,
    /// Order: comma-separated fields among `code`, `signedOn`, `titleNl`,
    /// `titleEn`, each optionally prefixed with `-` for descending. Default
    /// `code`. Covenants without `signedOn` come last.
    #[param(example = "-signedOn,code")]
    pub sort: Option<String>,
    /// Related resources to embed in `_embedded`, comma-separated:
    /// `sector`, `annualReports`, `targets`, `workingGroups`, `participations`.
    #[param(value_type = Option<Vec<CovenantExpansion>>, style = Form, explode = false, min_items = 1, example = json!(["sector", "workingGroups"]))]
    pub expand: Option<String>,
}

impl ListFilter for CovenantFilter {
    const SORTABLE: &'static [&'static str] = &["code", "signedOn", "titleNl", "titleEn"];
    const DEFAULT_SORT: &'static str = "code";

    fn expand(&self) -> Option<&str> {
        self.expand.as_deref()
    }
}

/// `expand` of a single covenant.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CovenantExpand {
    /// Related resources to embed in `_embedded`, comma-separated:
    /// `sector`, `annualReports`, `targets`, `workingGroups`, `participations`.
    #[param(value_type = Option<Vec<CovenantExpansion>>, style = Form, explode = false, min_items = 1, example = json!(["sector", "workingGroups"]))]
    pub expand: Option<String>,
}

impl ReadParams for CovenantExpand {
    fn expand(&self) -> Option<&str> {
        self.expand.as_deref()
    }
}

/// A related resource `expand` may embed in a covenant (documentation of
/// the names in `EXPANDABLE`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CovenantExpansion {
    Sector,
    AnnualReports,
    Targets,
    WorkingGroups,
    Participations,
}

/// What `expand` may name.
pub const EXPANDABLE: &[&str] = &[
    "sector",
    "annualReports",
    "targets",
    "workingGroups",
    "participations",
];

/// Parses `expand`: each name must be one of `EXPANDABLE`, as written (an
/// empty or padded name is refused, as the documented enum does).
pub fn parse_expand(raw: Option<&str>) -> Result<Vec<&'static str>, FieldError> {
    let mut names = Vec::new();
    for name in raw.into_iter().flat_map(|raw| raw.split(',')) {
        match EXPANDABLE.iter().find(|e| **e == name) {
            Some(known) => names.push(*known),
            None => {
                return Err(FieldError::parameter(
                    "expand",
                    format!("`{name}` cannot be expanded; use {}", EXPANDABLE.join(", ")),
                ));
            }
        }
    }
    Ok(names)
}
