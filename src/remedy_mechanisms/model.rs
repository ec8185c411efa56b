//! Remedy mechanism request and response types.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::remedy_mechanisms;

/// How the mechanism works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = RemedyMechanismKind)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// A complaints or disputes procedure, judicial or not: a complaint is
    /// lodged and handled.
    ComplaintsProcedure,
    /// A dialogue in which those affected, companies and authorities seek
    /// solutions together.
    Dialogue,
    /// A state mechanism of truth-finding, justice and reparation after an
    /// armed conflict.
    TransitionalJustice,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ComplaintsProcedure => "complaintsProcedure",
            Self::Dialogue => "dialogue",
            Self::TransitionalJustice => "transitionalJustice",
        }
    }

    fn from_stored(text: &str) -> Self {
        match text {
            "dialogue" => Self::Dialogue,
            "transitionalJustice" => Self::TransitionalJustice,
            _ => Self::ComplaintsProcedure,
        }
    }
}

/// Where the mechanism stands, as its latest source tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = RemedyMechanismStatus)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Announced or being developed; not yet open to complaints.
    Planned,
    /// Open: complaints or cases are taken up.
    Operating,
    /// Closed.
    Ended,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Operating => "operating",
            Self::Ended => "ended",
        }
    }

    fn from_stored(text: &str) -> Self {
        match text {
            "planned" => Self::Planned,
            "ended" => Self::Ended,
            _ => Self::Operating,
        }
    }
}

/// A stored remedy mechanism row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = remedy_mechanisms)]
pub struct RemedyMechanism {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub status: String,
    pub run_by: Option<String>,
    pub covenant_id: Option<i64>,
    pub theme: Option<String>,
    pub programme_id: Option<i64>,
    pub description: String,
    pub url: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A mechanism with the code of the covenant it belongs to, if any.
#[derive(Debug, Clone)]
pub struct RemedyMechanismRecord {
    pub mechanism: RemedyMechanism,
    pub covenant_code: Option<String>,
}

crate::storage::versioned!(RemedyMechanismRecord, mechanism.version);

/// What a client writes: the body of `POST /v1/remedy-mechanisms` and
/// `PUT /v1/remedy-mechanisms/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "name": "Klachten- en geschillencommissie textielconvenant",
    "kind": "complaintsProcedure",
    "status": "operating",
    "runBy": "An independent committee of the covenant",
    "covenant": "textile",
    "description": "Handles complaints of workers harmed in the supply chains of participating companies, and disputes between the parties.",
    "source": "Jaarrapportage textielconvenant 2018"
}))]
pub struct RemedyMechanismInput {
    /// Its name, as the source gives it or describes it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Niet-juridisch klachtenmechanisme voor de mijnbouw in Cesar",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name: String,
    /// How it works.
    pub kind: Kind,
    /// Where it stands, as its latest source tells it.
    pub status: Status,
    /// Who runs it, as the source names them; `null` when not known.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Institute for Human Rights and Business (IHRB)",
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub run_by: Option<String>,
    /// Code of the covenant it belongs to. Give `covenant`, `theme` or both.
    #[serde(default)]
    #[schema(example = "textile")]
    #[validate(custom(function = "rules::code"))]
    pub covenant: Option<String>,
    /// The theme or area it serves, where it is not (only) one covenant's.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Access to remedy in mining areas of Colombia",
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub theme: Option<String>,
    /// Id of the fund, budget or project (`/v1/programmes/{id}`) that
    /// supports it, where one is recorded.
    #[serde(default)]
    #[schema(example = 5, minimum = 1)]
    pub programme: Option<i64>,
    /// Who can turn to it, for what, and what it can lead to, in a few
    /// sentences as the source says it.
    #[schema(
        example = "Lets people harmed by the coal mines in Cesar seek a solution to their complaints in dialogue with the companies, outside the courts.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub description: String,
    /// Where more can be read about it.
    #[serde(default)]
    #[schema(example = "https://www.ihrb.org", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// Where these facts come from, quoting it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 28 september 2017 'Internationaal Maatschappelijk Verantwoord Ondernemen (IMVO)', § Colombia",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides, with its covenant resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = remedy_mechanisms, treat_none_as_null = true)]
pub struct RemedyMechanismForm<'a> {
    name: &'a str,
    kind: &'static str,
    status: &'static str,
    run_by: Option<&'a str>,
    covenant_id: Option<i64>,
    theme: Option<&'a str>,
    programme_id: Option<i64>,
    description: &'a str,
    url: Option<&'a str>,
    source: &'a str,
}

impl<'a> RemedyMechanismForm<'a> {
    pub fn new(covenant_id: Option<i64>, input: &'a RemedyMechanismInput) -> Self {
        Self {
            name: &input.name,
            kind: input.kind.as_str(),
            status: input.status.as_str(),
            run_by: input.run_by.as_deref(),
            covenant_id,
            theme: input.theme.as_deref(),
            programme_id: input.programme,
            description: &input.description,
            url: input.url.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for RemedyMechanismInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if self.covenant.is_none() && self.theme.is_none() {
            errors.push(FieldError::body(
                "/theme",
                "is required without `covenant`: say what the mechanism serves",
            ));
        }
        verdict(errors)
    }
}

impl From<&RemedyMechanismRecord> for RemedyMechanismInput {
    fn from(record: &RemedyMechanismRecord) -> Self {
        let m = &record.mechanism;
        Self {
            name: m.name.clone(),
            kind: Kind::from_stored(&m.kind),
            status: Status::from_stored(&m.status),
            run_by: m.run_by.clone(),
            covenant: record.covenant_code.clone(),
            theme: m.theme.clone(),
            programme: m.programme_id,
            description: m.description.clone(),
            url: m.url.clone(),
            source: m.source.clone(),
        }
    }
}

/// A remedy mechanism as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RemedyMechanismView {
    /// Identifier of the mechanism in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Its name, as the source gives it or describes it.
    #[schema(example = "Niet-juridisch klachtenmechanisme voor de mijnbouw in Cesar")]
    pub name: String,
    /// How it works.
    pub kind: Kind,
    /// Where it stands, as its latest source tells it.
    pub status: Status,
    /// Who runs it; `null` when not known.
    #[schema(example = "Institute for Human Rights and Business (IHRB)")]
    pub run_by: Option<String>,
    /// Code of the covenant it belongs to, if it belongs to one.
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// The theme or area it serves.
    #[schema(example = "Access to remedy in mining areas of Colombia")]
    pub theme: Option<String>,
    /// Id of the fund, budget or project that supports it, if recorded.
    #[schema(example = 5)]
    pub programme: Option<i64>,
    /// Who can turn to it, for what, and what it can lead to.
    pub description: String,
    /// Where more can be read about it.
    pub url: Option<String>,
    /// Where these facts come from.
    pub source: String,
    /// When it was recorded (UTC).
    #[schema(example = "2026-12-01T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-12-01T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: RemedyMechanismLinks,
}

/// Links of a remedy mechanism.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RemedyMechanismLinks {
    /// This mechanism.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covenant: Option<Link>,
    /// The fund, budget or project that supports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub programme: Option<Link>,
}

impl From<&RemedyMechanismRecord> for RemedyMechanismView {
    fn from(record: &RemedyMechanismRecord) -> Self {
        let m = &record.mechanism;
        let RemedyMechanismInput {
            name,
            kind,
            status,
            run_by,
            covenant,
            theme,
            programme,
            description,
            url,
            source,
        } = RemedyMechanismInput::from(record);
        Self {
            id: m.id,
            links: RemedyMechanismLinks {
                self_link: Link::new(format!("/v1/remedy-mechanisms/{}", m.id)),
                covenant: covenant
                    .as_ref()
                    .map(|code| Link::new(format!("/v1/covenants/{code}"))),
                programme: programme.map(|id| Link::new(format!("/v1/programmes/{id}"))),
            },
            name,
            kind,
            status,
            run_by,
            covenant,
            theme,
            programme,
            description,
            url,
            source,
            created_at: m.created_at.and_utc(),
            updated_at: m.updated_at.and_utc(),
        }
    }
}

crate::audit::audited!(RemedyMechanismView, "remedyMechanism", id);

/// Filters and order of `GET /v1/remedy-mechanisms`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemedyMechanismFilter {
    /// Only the mechanisms of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only mechanisms of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Kind>>, style = Form, explode = false, min_items = 1, example = json!(["complaintsProcedure"]))]
    pub kind: Option<AnyOf<Kind>>,
    /// Only mechanisms with this status.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Status>>, style = Form, explode = false, min_items = 1, example = json!(["operating"]))]
    pub status: Option<AnyOf<Status>>,
    /// Order: `name`, `-` before it for descending (default `name`).
    #[param(example = "name")]
    pub sort: Option<String>,
}

impl ListFilter for RemedyMechanismFilter {
    const SORTABLE: &'static [&'static str] = &["name"];
    const DEFAULT_SORT: &'static str = "name";
}
