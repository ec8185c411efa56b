//! Organisation request and response types.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::{Validate as FieldRules, ValidationError};

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::organisations::country::CountryCode;
use crate::schema::organisations;

/// What kind of organisation it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum OrganisationKind {
    /// A company (bedrijf).
    Company,
    /// An industry association (brancheorganisatie).
    IndustryAssociation,
    /// A non-governmental organisation (maatschappelijke organisatie).
    Ngo,
    /// A trade union (vakbond).
    TradeUnion,
    /// A government body (overheid).
    Government,
    /// A knowledge institute or university (kennisinstelling).
    KnowledgeInstitute,
}

impl OrganisationKind {
    pub const ALL: [Self; 6] = [
        Self::Company,
        Self::IndustryAssociation,
        Self::Ngo,
        Self::TradeUnion,
        Self::Government,
        Self::KnowledgeInstitute,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::IndustryAssociation => "industryAssociation",
            Self::Ngo => "ngo",
            Self::TradeUnion => "tradeUnion",
            Self::Government => "government",
            Self::KnowledgeInstitute => "knowledgeInstitute",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .unwrap_or(Self::Company)
    }
}

/// A stored organisation row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub name_folded: String,
    pub kind: String,
    pub kvk_number: Option<String>,
    pub country: String,
    pub website: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(Organisation, version);

/// A Dutch Chamber of Commerce (KvK) number: exactly 8 digits.
fn valid_kvk_number(value: &str) -> Result<(), ValidationError> {
    if value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ValidationError::new("kvkNumber")
            .with_message("must be exactly 8 digits (a KvK number)".into()))
    }
}

/// The form of a name that name search and sort compare: lower case, by
/// Unicode rules, the same on both backends.
pub fn fold_name(name: &str) -> String {
    name.to_lowercase()
}

/// What a client writes: the body of `POST /v1/organisations` and
/// `PUT /v1/organisations/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "name": "Koninklijke Ahold Delhaize N.V.",
    "kind": "company",
    "kvkNumber": "35000363",
    "country": "NL",
    "website": "https://www.aholddelhaize.com",
    "source": "Handelsregister KvK, uittreksel 2018"
}))]
pub struct OrganisationInput {
    /// The organisation's name, as it calls itself.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Koninklijke Ahold Delhaize N.V.",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name: String,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Its number in the Dutch trade register (KvK): exactly 8 digits, and
    /// no two organisations share one.
    #[serde(default)]
    #[schema(example = "35000363", pattern = "^[0-9]{8}$")]
    #[validate(custom(function = "valid_kvk_number"))]
    pub kvk_number: Option<String>,
    /// Where it is established: an officially assigned ISO 3166-1 alpha-2
    /// code, in capitals.
    pub country: CountryCode,
    /// Its website.
    #[serde(default)]
    #[schema(example = "https://www.aholddelhaize.com", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub website: Option<String>,
    /// Where these facts come from.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Handelsregister KvK, uittreksel 2018",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides, with the folded name.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = organisations, treat_none_as_null = true)]
pub struct OrganisationForm<'a> {
    pub name: &'a str,
    pub name_folded: String,
    pub kind: &'a str,
    pub kvk_number: Option<&'a str>,
    pub country: &'a str,
    pub website: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl<'a> From<&'a OrganisationInput> for OrganisationForm<'a> {
    fn from(input: &'a OrganisationInput) -> Self {
        Self {
            name: &input.name,
            name_folded: fold_name(&input.name),
            kind: input.kind.as_str(),
            kvk_number: input.kvk_number.as_deref(),
            country: input.country.as_str(),
            website: input.website.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for OrganisationInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&Organisation> for OrganisationInput {
    fn from(o: &Organisation) -> Self {
        Self {
            name: o.name.clone(),
            kind: OrganisationKind::from_stored(&o.kind),
            kvk_number: o.kvk_number.clone(),
            country: CountryCode::from_stored(o.country.clone()),
            website: o.website.clone(),
            source: o.source.clone(),
        }
    }
}

/// An organisation as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationView {
    /// Server-assigned identifier, used in paths and references.
    #[schema(example = 12)]
    pub id: i64,
    /// The organisation's name.
    #[schema(example = "Koninklijke Ahold Delhaize N.V.")]
    pub name: String,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Its KvK number, if known.
    #[schema(example = "35000363")]
    pub kvk_number: Option<String>,
    /// Where it is established (ISO 3166-1 alpha-2).
    #[schema(example = "NL")]
    pub country: String,
    /// Its website.
    #[schema(example = "https://www.aholddelhaize.com")]
    pub website: Option<String>,
    /// Where these facts come from.
    #[schema(example = "Handelsregister KvK, uittreksel 2018")]
    pub source: Option<String>,
    /// When the organisation was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the organisation last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: OrganisationLinks,
}

/// Links of an organisation.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationLinks {
    /// This organisation.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// Its participations in covenants.
    pub participations: Link,
    /// Its size per year.
    pub size_facts: Link,
    /// Its endorsements of the OECD Guidelines.
    pub oecd_endorsements: Link,
}

impl OrganisationLinks {
    pub fn of(id: i64) -> Self {
        let path = organisation_path(id);
        Self {
            self_link: Link::new(path.clone()),
            participations: Link::new(format!("/v1/participations?organisation={id}")),
            size_facts: Link::new(format!("{path}/size-facts")),
            oecd_endorsements: Link::new(format!("{path}/oecd-endorsements")),
        }
    }
}

/// The path of the organisation with `id`.
pub fn organisation_path(id: i64) -> String {
    format!("/v1/organisations/{id}")
}

impl From<&Organisation> for OrganisationView {
    fn from(o: &Organisation) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            kind: OrganisationKind::from_stored(&o.kind),
            kvk_number: o.kvk_number.clone(),
            country: o.country.clone(),
            website: o.website.clone(),
            source: o.source.clone(),
            created_at: o.created_at.and_utc(),
            updated_at: o.updated_at.and_utc(),
            links: OrganisationLinks::of(o.id),
        }
    }
}

crate::audit::audited!(OrganisationView, "organisation", id; counts id);

/// Filters and order of `GET /v1/organisations`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrganisationFilter {
    /// Only organisations of this kind.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<OrganisationKind>>, style = Form, explode = false, min_items = 1, example = json!(["company"]))]
    pub kind: Option<AnyOf<OrganisationKind>>,
    /// Only organisations established in this country (ISO 3166-1 alpha-2,
    /// in capitals).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<CountryCode>>, style = Form, explode = false, min_items = 1, example = json!(["NL"]))]
    pub country: Option<AnyOf<CountryCode>>,
    /// Only organisations whose name contains this text, ignoring case
    /// (`%` and `_` match themselves).
    #[param(example = "ahold")]
    pub name: Option<String>,
    /// Only the organisation with this KvK number.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["35000363"]))]
    pub kvk_number: Option<AnyOf<String>>,
    /// Order: comma-separated fields among `name` (ignoring case) and
    /// `createdAt`, each optionally prefixed with `-` for descending. Default
    /// `name`.
    #[param(example = "name")]
    pub sort: Option<String>,
}

impl ListFilter for OrganisationFilter {
    const SORTABLE: &'static [&'static str] = &["name", "createdAt"];
    const DEFAULT_SORT: &'static str = "name";
}
