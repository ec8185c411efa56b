//! Governance body request and response types.

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
use crate::schema::governance_bodies;

/// What role the body has in the covenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = GovernanceBodyKind)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// The parties' steering group (stuurgroep), which steers the covenant
    /// towards its objectives.
    SteeringGroup,
    /// The secretariat, which runs the covenant day to day and may assess
    /// the companies' plans and supervise the monitoring.
    Secretariat,
    /// An independent monitoring committee (monitoringscommissie), which
    /// supervises the monitoring of progress.
    MonitoringCommittee,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SteeringGroup => "steeringGroup",
            Self::Secretariat => "secretariat",
            Self::MonitoringCommittee => "monitoringCommittee",
        }
    }

    fn from_stored(text: &str) -> Self {
        match text {
            "secretariat" => Self::Secretariat,
            "monitoringCommittee" => Self::MonitoringCommittee,
            _ => Self::SteeringGroup,
        }
    }
}

/// A stored governance body row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = governance_bodies)]
pub struct GovernanceBody {
    pub id: i64,
    pub covenant_id: i64,
    pub kind: String,
    pub name: String,
    pub duties: String,
    pub members_as_stated: Option<String>,
    pub url: Option<String>,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A body with the code of its covenant.
#[derive(Debug, Clone)]
pub struct GovernanceBodyRecord {
    pub body: GovernanceBody,
    pub covenant_code: String,
}

crate::storage::versioned!(GovernanceBodyRecord, body.version);

/// What a client writes: the body of `POST /v1/governance-bodies` and
/// `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "covenant": "textile",
    "kind": "monitoringCommittee",
    "name": "Onafhankelijke monitoringscommissie",
    "duties": "Supervises the monitoring of the covenant's progress and the quality of the annual report.",
    "membersAsStated": "Three independent members",
    "source": "Jaarrapportage textielconvenant 2018"
}))]
pub struct GovernanceBodyInput {
    /// Code of the covenant it governs.
    #[schema(example = "textile")]
    #[validate(custom(function = "rules::code"))]
    pub covenant: String,
    /// What role it has in the covenant.
    pub kind: Kind,
    /// Its name, as the source gives it; unique within the covenant.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Stuurgroep",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name: String,
    /// What it does, in a few sentences, as the source says it.
    #[schema(
        example = "Steers the parties towards the covenant's objectives and the handling of identified risks; the government, as a member, oversees the quality of the annual progress report.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub duties: String,
    /// Who sits in it, in the source's words; `null` when the source does
    /// not say.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "De overheid, beside the other covenant parties",
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub members_as_stated: Option<String>,
    /// Where more can be read about it.
    #[serde(default)]
    #[schema(example = "https://www.imvoconvenanten.nl", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// Where these facts come from, quoting it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid', § Monitoring IMVO-convenanten",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's input decides, with its covenant resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = governance_bodies, treat_none_as_null = true)]
pub struct GovernanceBodyForm<'a> {
    covenant_id: i64,
    kind: &'static str,
    name: &'a str,
    duties: &'a str,
    members_as_stated: Option<&'a str>,
    url: Option<&'a str>,
    source: &'a str,
}

impl<'a> GovernanceBodyForm<'a> {
    pub fn new(covenant_id: i64, input: &'a GovernanceBodyInput) -> Self {
        Self {
            covenant_id,
            kind: input.kind.as_str(),
            name: &input.name,
            duties: &input.duties,
            members_as_stated: input.members_as_stated.as_deref(),
            url: input.url.as_deref(),
            source: &input.source,
        }
    }
}

impl Validate for GovernanceBodyInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&GovernanceBodyRecord> for GovernanceBodyInput {
    fn from(record: &GovernanceBodyRecord) -> Self {
        let b = &record.body;
        Self {
            covenant: record.covenant_code.clone(),
            kind: Kind::from_stored(&b.kind),
            name: b.name.clone(),
            duties: b.duties.clone(),
            members_as_stated: b.members_as_stated.clone(),
            url: b.url.clone(),
            source: b.source.clone(),
        }
    }
}

/// A governance body as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GovernanceBodyView {
    /// Identifier of the body in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Code of the covenant it governs.
    #[schema(example = "textile")]
    pub covenant: String,
    /// What role it has in the covenant.
    pub kind: Kind,
    /// Its name, as the source gives it.
    #[schema(example = "Stuurgroep")]
    pub name: String,
    /// What it does, as the source says it.
    pub duties: String,
    /// Who sits in it, in the source's words; `null` when not known.
    #[schema(example = "De overheid, beside the other covenant parties")]
    pub members_as_stated: Option<String>,
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
    pub links: GovernanceBodyLinks,
}

/// Links of a governance body.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct GovernanceBodyLinks {
    /// This body.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant it governs.
    pub covenant: Link,
}

impl From<&GovernanceBodyRecord> for GovernanceBodyView {
    fn from(record: &GovernanceBodyRecord) -> Self {
        let b = &record.body;
        let GovernanceBodyInput {
            covenant,
            kind,
            name,
            duties,
            members_as_stated,
            url,
            source,
        } = GovernanceBodyInput::from(record);
        Self {
            id: b.id,
            links: GovernanceBodyLinks {
                self_link: Link::new(format!("/v1/governance-bodies/{}", b.id)),
                covenant: Link::new(format!("/v1/covenants/{covenant}")),
            },
            covenant,
            kind,
            name,
            duties,
            members_as_stated,
            url,
            source,
            created_at: b.created_at.and_utc(),
            updated_at: b.updated_at.and_utc(),
        }
    }
}

crate::audit::audited!(GovernanceBodyView, "governanceBody", id);

/// Filters and order of `GET /v1/governance-bodies`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GovernanceBodyFilter {
    /// Only the bodies of this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only bodies of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Kind>>, style = Form, explode = false, min_items = 1, example = json!(["steeringGroup"]))]
    pub kind: Option<AnyOf<Kind>>,
    /// Order: `covenant` or `name`, `-` before it for descending (default
    /// `covenant`, then `name`).
    #[param(example = "name")]
    pub sort: Option<String>,
}

impl ListFilter for GovernanceBodyFilter {
    const SORTABLE: &'static [&'static str] = &["covenant", "name"];
    const DEFAULT_SORT: &'static str = "covenant";
}
