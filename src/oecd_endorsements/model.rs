//! OECD endorsement request and response types: periods in which an
//! organisation explicitly endorses the OECD Guidelines for Multinational
//! Enterprises as the frame of reference for its international activities.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::organisations::model::organisation_path;
use crate::schema::oecd_endorsements;

/// A stored endorsement row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = oecd_endorsements)]
pub struct OecdEndorsement {
    pub id: i64,
    pub organisation_id: i64,
    pub endorsed_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
    pub evidence_url: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(OecdEndorsement, version);

/// What a client writes: the body of
/// `POST /v1/organisations/{id}/oecd-endorsements` and
/// `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
/// merge patch applies to. The organisation endorses from `endorsedOn` up to
/// the day before `withdrawnOn`; one organisation's periods must not
/// overlap.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "endorsedOn": "2018-01-01",
    "evidenceUrl": "https://www.abnamro.com/en/about-abn-amro/our-company/sustainability",
    "source": "Transparantiebenchmark 2018"
}))]
pub struct OecdEndorsementInput {
    /// The first day the organisation endorses the Guidelines (as far as
    /// the source shows).
    #[schema(example = "2018-01-01")]
    pub endorsed_on: NaiveDate,
    /// The day it stopped endorsing them, if it did; not before
    /// `endorsedOn`.
    #[serde(default)]
    #[schema(example = json!(null))]
    pub withdrawn_on: Option<NaiveDate>,
    /// Where the endorsement can be read (policy statement, report page).
    #[serde(default)]
    #[schema(example = "https://www.aholddelhaize.com/sustainability/human-rights", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub evidence_url: Option<String>,
    /// Where the fact comes from.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Transparantiebenchmark 2018",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides, with the organisation, which an
/// update keeps.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = oecd_endorsements, treat_none_as_null = true)]
pub struct OecdEndorsementForm<'a> {
    #[diesel(skip_update)]
    pub organisation_id: i64,
    pub endorsed_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
    pub evidence_url: Option<&'a str>,
    pub source: &'a str,
}

impl<'a> OecdEndorsementForm<'a> {
    pub fn new(organisation_id: i64, input: &'a OecdEndorsementInput) -> Self {
        Self {
            organisation_id,
            endorsed_on: input.endorsed_on,
            withdrawn_on: input.withdrawn_on,
            evidence_url: input.evidence_url.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for OecdEndorsementInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if let Some(withdrawn) = self.withdrawn_on
            && withdrawn < self.endorsed_on
        {
            errors.push(FieldError::body(
                "/withdrawnOn",
                "must not be before `endorsedOn`",
            ));
        }
        verdict(errors)
    }
}

impl From<&OecdEndorsement> for OecdEndorsementInput {
    fn from(e: &OecdEndorsement) -> Self {
        Self {
            endorsed_on: e.endorsed_on,
            withdrawn_on: e.withdrawn_on,
            evidence_url: e.evidence_url.clone(),
            source: e.source.clone(),
        }
    }
}

/// An endorsement of the OECD Guidelines, as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OecdEndorsementView {
    /// Server-assigned identifier, used in paths.
    #[schema(example = 3)]
    pub id: i64,
    /// Id of the endorsing organisation.
    #[schema(example = 12)]
    pub organisation: i64,
    /// The first day of the endorsement.
    #[schema(example = "2018-01-01")]
    pub endorsed_on: NaiveDate,
    /// The day it was withdrawn, if it was.
    #[schema(example = json!(null))]
    pub withdrawn_on: Option<NaiveDate>,
    /// Where the endorsement can be read.
    #[schema(example = "https://www.aholddelhaize.com/sustainability/human-rights")]
    pub evidence_url: Option<String>,
    /// Where the fact comes from.
    #[schema(example = "Transparantiebenchmark 2018")]
    pub source: String,
    /// When the endorsement was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the endorsement last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: OecdEndorsementLinks,
}

/// Links of an endorsement.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OecdEndorsementLinks {
    /// This endorsement.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The endorsing organisation.
    pub organisation: Link,
}

impl From<&OecdEndorsement> for OecdEndorsementView {
    fn from(e: &OecdEndorsement) -> Self {
        let organisation = organisation_path(e.organisation_id);
        Self {
            id: e.id,
            organisation: e.organisation_id,
            endorsed_on: e.endorsed_on,
            withdrawn_on: e.withdrawn_on,
            evidence_url: e.evidence_url.clone(),
            source: e.source.clone(),
            created_at: e.created_at.and_utc(),
            updated_at: e.updated_at.and_utc(),
            links: OecdEndorsementLinks {
                self_link: Link::new(format!("{organisation}/oecd-endorsements/{}", e.id)),
                organisation: Link::new(organisation),
            },
        }
    }
}

crate::audit::audited!(OecdEndorsementView, "oecdEndorsement", id; counts organisation);

/// Filters and order of `GET /v1/organisations/{id}/oecd-endorsements`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OecdEndorsementFilter {
    /// Only the endorsement in force on this date (endorsed on or before it
    /// and not withdrawn on or before it).
    #[param(example = "2018-12-31")]
    pub active_on: Option<NaiveDate>,
    /// Order: `endorsedOn` (default, oldest first) or `-endorsedOn`.
    #[param(example = "endorsedOn")]
    pub sort: Option<String>,
}

impl ListFilter for OecdEndorsementFilter {
    const SORTABLE: &'static [&'static str] = &["endorsedOn"];
    const DEFAULT_SORT: &'static str = "endorsedOn";
}
