//! Sector request and response types.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::schema::sectors;

/// A stored sector row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sectors)]
pub struct Sector {
    pub id: i64,
    pub code: String,
    pub name_nl: String,
    pub name_en: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(Sector, version);

/// What a client writes: the body of `POST /v1/sectors` and
/// `PUT /v1/sectors/{code}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, Validate)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "code": "electronics",
    "nameNl": "Elektronica",
    "nameEn": "Electronics"
}))]
pub struct SectorInput {
    /// Stable identifier of the sector, used in paths and filters. It cannot
    /// be changed once the sector exists.
    #[schema(
        example = "textile",
        pattern = "^[a-z][a-z0-9-]*[a-z0-9]$",
        min_length = 2,
        max_length = 40
    )]
    #[validate(custom(function = "rules::code"))]
    pub code: String,
    /// Dutch name of the sector, as the covenant texts use it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kleding en textiel",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name_nl: String,
    /// English name of the sector.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Garments and textile",
        min_length = 1,
        max_length = 200
    )]
    #[validate(custom(function = "rules::name"))]
    pub name_en: String,
}

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = sectors)]
pub struct SectorForm<'a> {
    pub code: &'a str,
    pub name_nl: &'a str,
    pub name_en: &'a str,
}

impl<'a> From<&'a SectorInput> for SectorForm<'a> {
    fn from(input: &'a SectorInput) -> Self {
        Self {
            code: &input.code,
            name_nl: &input.name_nl,
            name_en: &input.name_en,
        }
    }
}

impl crate::http::validation::Validate for SectorInput {
    fn validate(&self) -> Result<(), Vec<crate::error::FieldError>> {
        crate::http::validation::verdict(crate::http::validation::field_rules(self))
    }
}

impl From<&Sector> for SectorInput {
    fn from(sector: &Sector) -> Self {
        Self {
            code: sector.code.clone(),
            name_nl: sector.name_nl.clone(),
            name_en: sector.name_en.clone(),
        }
    }
}

/// A sector as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SectorView {
    /// Stable identifier of the sector.
    #[schema(example = "textile")]
    pub code: String,
    /// Dutch name of the sector.
    #[schema(example = "Kleding en textiel")]
    pub name_nl: String,
    /// English name of the sector.
    #[schema(example = "Garments and textile")]
    pub name_en: String,
    /// When the sector was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the sector last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: SectorLinks,
}

/// Links of a sector.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SectorLinks {
    /// This sector.
    #[serde(rename = "self")]
    pub self_link: Link,
}

impl From<&Sector> for SectorView {
    fn from(sector: &Sector) -> Self {
        Self {
            code: sector.code.clone(),
            name_nl: sector.name_nl.clone(),
            name_en: sector.name_en.clone(),
            created_at: sector.created_at.and_utc(),
            updated_at: sector.updated_at.and_utc(),
            links: SectorLinks {
                self_link: Link::new(format!("/v1/sectors/{}", sector.code)),
            },
        }
    }
}

crate::audit::audited!(SectorView, "sector", code);

/// Filters and order of `GET /v1/sectors`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SectorFilter {
    /// Only these sectors: one code or several, comma-separated. A code
    /// that names no sector is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile", "gold"]))]
    pub code: Option<AnyOf<String>>,
    /// Order: comma-separated fields among `code`, `nameNl`, `nameEn`, each
    /// optionally prefixed with `-` for descending. Default `code`.
    #[param(example = "-nameEn")]
    pub sort: Option<String>,
}

impl ListFilter for SectorFilter {
    const SORTABLE: &'static [&'static str] = &["code", "nameNl", "nameEn"];
    const DEFAULT_SORT: &'static str = "code";
}
