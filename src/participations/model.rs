//! Participation request and response types: an organisation's membership
//! of a covenant.

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
use crate::organisations::model::organisation_path;
use crate::schema::participations;

/// In what capacity an organisation takes part in a covenant. It need not
/// equal the organisation's kind: an industry association may, for
/// instance, take part as `facilitator`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum ParticipationRole {
    /// A company that adheres to the covenant (deelnemend bedrijf).
    Company,
    /// An industry association that signed for its sector
    /// (brancheorganisatie).
    IndustryAssociation,
    /// A non-governmental organisation (maatschappelijke organisatie).
    Ngo,
    /// A trade union (vakbond).
    TradeUnion,
    /// A government party, e.g. a ministry (overheid).
    Government,
    /// A knowledge institute (kennisinstelling).
    KnowledgeInstitute,
    /// The covenant's facilitator, e.g. the SER.
    Facilitator,
    /// An observer without the obligations of a party (waarnemer).
    Observer,
}

impl ParticipationRole {
    pub const ALL: [Self; 8] = [
        Self::Company,
        Self::IndustryAssociation,
        Self::Ngo,
        Self::TradeUnion,
        Self::Government,
        Self::KnowledgeInstitute,
        Self::Facilitator,
        Self::Observer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::IndustryAssociation => "industryAssociation",
            Self::Ngo => "ngo",
            Self::TradeUnion => "tradeUnion",
            Self::Government => "government",
            Self::KnowledgeInstitute => "knowledgeInstitute",
            Self::Facilitator => "facilitator",
            Self::Observer => "observer",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == value)
            .unwrap_or(Self::Company)
    }

    /// Whether a participant in this role stands for part of the sector's
    /// market, and so may have a `marketShare`.
    pub fn has_market_share(self) -> bool {
        matches!(self, Self::Company | Self::IndustryAssociation)
    }
}

/// A stored participation row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = participations)]
pub struct Participation {
    pub id: i64,
    pub covenant_id: i64,
    pub organisation_id: i64,
    pub role: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub market_share: Option<f64>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A participation with the code of its covenant and the name of its
/// organisation, as read for the API.
#[derive(Debug, Clone)]
pub struct ParticipationRecord {
    pub participation: Participation,
    pub covenant_code: String,
    pub organisation_name: String,
}

crate::storage::versioned!(ParticipationRecord, participation.version);

/// What a client writes: the body of `POST /v1/participations` and
/// `PUT /v1/participations/{id}`, and what a merge patch applies to. The
/// organisation takes part from `joinedOn` up to the day before `leftOn`;
/// its participations in one covenant must not overlap.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "covenant": "banking",
    "organisation": 16,
    "role": "company",
    "joinedOn": "2016-10-28",
    "source": "Convenant Duurzaam Bankwezen, lijst van ondertekenaars"
}))]
pub struct ParticipationInput {
    /// Code of the covenant.
    #[schema(example = "textile")]
    pub covenant: String,
    /// Id of the participating organisation.
    #[schema(example = 12)]
    pub organisation: i64,
    /// In what capacity it takes part.
    pub role: ParticipationRole,
    /// The day it joined (signed or adhered to) the covenant.
    #[schema(example = "2016-07-04")]
    pub joined_on: NaiveDate,
    /// The day it left, if it did; not before `joinedOn`.
    #[serde(default)]
    #[schema(example = json!(null))]
    pub left_on: Option<NaiveDate>,
    /// The share (a ratio from 0 to 1; 0.05 is 5%) of the sector's Dutch
    /// market it represents;
    /// only for the roles `company` and `industryAssociation`.
    #[serde(default)]
    #[schema(example = 0.012, minimum = 0.0, maximum = 1.0)]
    pub market_share: Option<f64>,
    /// Where the fact comes from.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Jaarrapportage Convenant Duurzame Kleding en Textiel 2018, bijlage 1",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides, with its covenant's id.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = participations, treat_none_as_null = true)]
pub struct ParticipationForm<'a> {
    pub covenant_id: i64,
    pub organisation_id: i64,
    pub role: &'a str,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub market_share: Option<f64>,
    pub source: Option<&'a str>,
}

impl<'a> ParticipationForm<'a> {
    pub fn new(covenant_id: i64, input: &'a ParticipationInput) -> Self {
        Self {
            covenant_id,
            organisation_id: input.organisation,
            role: input.role.as_str(),
            joined_on: input.joined_on,
            left_on: input.left_on,
            market_share: input.market_share,
            source: input.source.as_deref(),
        }
    }
}

impl Validate for ParticipationInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if let Some(left) = self.left_on
            && left < self.joined_on
        {
            errors.push(FieldError::body("/leftOn", "must not be before `joinedOn`"));
        }
        if let Some(share) = self.market_share {
            if !(0.0..=1.0).contains(&share) {
                errors.push(FieldError::body(
                    "/marketShare",
                    "must be a fraction from 0 to 1",
                ));
            } else if !self.role.has_market_share() {
                errors.push(FieldError::body(
                    "/marketShare",
                    format!(
                        "must be left out for the role `{}`; only companies and industry associations represent a market share",
                        self.role.as_str()
                    ),
                ));
            }
        }
        verdict(errors)
    }
}

impl From<&ParticipationRecord> for ParticipationInput {
    fn from(record: &ParticipationRecord) -> Self {
        let p = &record.participation;
        Self {
            covenant: record.covenant_code.clone(),
            organisation: p.organisation_id,
            role: ParticipationRole::from_stored(&p.role),
            joined_on: p.joined_on,
            left_on: p.left_on,
            market_share: p.market_share,
            source: p.source.clone(),
        }
    }
}

/// A participation as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ParticipationView {
    /// Server-assigned identifier, used in paths.
    #[schema(example = 7)]
    pub id: i64,
    /// Code of the covenant.
    #[schema(example = "textile")]
    pub covenant: String,
    /// Id of the participating organisation.
    #[schema(example = 12)]
    pub organisation: i64,
    /// The organisation's name, so that a list or CSV row names it.
    #[schema(example = "Voorbeeld Textiel B.V.")]
    #[serde(default)]
    pub organisation_name: String,
    /// In what capacity it takes part.
    pub role: ParticipationRole,
    /// The day it joined.
    #[schema(example = "2016-07-04")]
    pub joined_on: NaiveDate,
    /// The day it left, if it did.
    #[schema(example = json!(null))]
    pub left_on: Option<NaiveDate>,
    /// The share (a ratio from 0 to 1; 0.05 is 5%) of the sector's Dutch
    /// market it represents.
    #[schema(example = 0.012)]
    pub market_share: Option<f64>,
    /// Where the fact comes from.
    #[schema(example = "Jaarrapportage Convenant Duurzame Kleding en Textiel 2018, bijlage 1")]
    pub source: Option<String>,
    /// When the participation was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the participation last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: ParticipationLinks,
}

/// Links of a participation.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ParticipationLinks {
    /// This participation.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant.
    pub covenant: Link,
    /// The participating organisation.
    pub organisation: Link,
}

impl From<&ParticipationRecord> for ParticipationView {
    fn from(record: &ParticipationRecord) -> Self {
        let p = &record.participation;
        Self {
            id: p.id,
            covenant: record.covenant_code.clone(),
            organisation: p.organisation_id,
            organisation_name: record.organisation_name.clone(),
            role: ParticipationRole::from_stored(&p.role),
            joined_on: p.joined_on,
            left_on: p.left_on,
            market_share: p.market_share,
            source: p.source.clone(),
            created_at: p.created_at.and_utc(),
            updated_at: p.updated_at.and_utc(),
            links: ParticipationLinks {
                self_link: Link::new(format!("/v1/participations/{}", p.id)),
                covenant: Link::new(format!("/v1/covenants/{}", record.covenant_code)),
                organisation: Link::new(organisation_path(p.organisation_id)),
            },
        }
    }
}

crate::audit::audited!(ParticipationView, "participation", id);

/// Filters and order of `GET /v1/participations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParticipationFilter {
    /// Only participations in this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Only participations of this organisation (id).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i64>>, style = Form, explode = false, min_items = 1, example = json!([12]))]
    pub organisation: Option<AnyOf<i64>>,
    /// Only participations in this role.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<ParticipationRole>>, style = Form, explode = false, min_items = 1, example = json!(["company"]))]
    pub role: Option<AnyOf<ParticipationRole>>,
    /// Only participations active on this date: joined on or before it and
    /// not left on or before it.
    #[param(example = "2018-12-31")]
    pub active_on: Option<NaiveDate>,
    /// Order: comma-separated fields among `joinedOn` and `createdAt`, each
    /// optionally prefixed with `-` for descending. Default `joinedOn`.
    #[param(example = "-joinedOn")]
    pub sort: Option<String>,
}

impl ListFilter for ParticipationFilter {
    const SORTABLE: &'static [&'static str] = &["joinedOn", "createdAt"];
    const DEFAULT_SORT: &'static str = "joinedOn";
}
