//! Size fact request and response types: an organisation's size in a year.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::organisations::model::organisation_path;
use crate::schema::size_facts;

/// A stored size fact row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = size_facts)]
pub struct SizeFact {
    pub id: i64,
    pub organisation_id: i64,
    pub year: i32,
    pub employees: i64,
    pub total_assets_eur: i64,
    pub net_turnover_eur: i64,
    pub source: String,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(SizeFact, version);

/// What a client writes: the body of
/// `POST /v1/organisations/{id}/size-facts` and
/// `PUT /v1/organisations/{id}/size-facts/{year}`, and what a merge patch
/// applies to. Amounts are whole euros, never fractions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "year": 2018,
    "employees": 18000,
    "totalAssetsEur": 380_000_000_000_i64,
    "netTurnoverEur": 9_000_000_000_i64,
    "source": "Annual report 2018"
}))]
pub struct SizeFactInput {
    /// The (financial) year the figures are about; one set of figures per
    /// organisation and year. It cannot change once recorded.
    #[schema(example = 2018, minimum = 1900, maximum = 2100)]
    #[validate(range(min = 1900, max = 2100, message = "must be a year from 1900 to 2100"))]
    pub year: i32,
    /// Employees (headcount) in that year.
    #[schema(example = 218_000, minimum = 0)]
    #[validate(range(min = 0, message = "must not be negative"))]
    pub employees: i64,
    /// Total assets (balanstotaal) at the end of that year, in whole euros.
    #[schema(example = 40_000_000_000_i64, minimum = 0)]
    #[validate(range(min = 0, message = "must not be negative"))]
    pub total_assets_eur: i64,
    /// Net turnover (netto-omzet) in that year, in whole euros.
    #[schema(example = 62_800_000_000_i64, minimum = 0)]
    #[validate(range(min = 0, message = "must not be negative"))]
    pub net_turnover_eur: i64,
    /// Where the figures come from (annual report, register, page).
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Ahold Delhaize Annual Report 2018, p. 110",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
}

/// The columns a client's figures decide, with the organisation and year,
/// which an update keeps.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = size_facts)]
pub struct SizeFactForm<'a> {
    #[diesel(skip_update)]
    pub organisation_id: i64,
    #[diesel(skip_update)]
    pub year: i32,
    pub employees: i64,
    pub total_assets_eur: i64,
    pub net_turnover_eur: i64,
    pub source: &'a str,
}

impl<'a> SizeFactForm<'a> {
    pub fn new(organisation_id: i64, input: &'a SizeFactInput) -> Self {
        Self {
            organisation_id,
            year: input.year,
            employees: input.employees,
            total_assets_eur: input.total_assets_eur,
            net_turnover_eur: input.net_turnover_eur,
            source: &input.source,
        }
    }
}

impl Validate for SizeFactInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&SizeFact> for SizeFactInput {
    fn from(f: &SizeFact) -> Self {
        Self {
            year: f.year,
            employees: f.employees,
            total_assets_eur: f.total_assets_eur,
            net_turnover_eur: f.net_turnover_eur,
            source: f.source.clone(),
        }
    }
}

/// An organisation's size in a year, as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SizeFactView {
    /// Id of the organisation the figures are about.
    #[schema(example = 12)]
    pub organisation: i64,
    /// The (financial) year.
    #[schema(example = 2018)]
    pub year: i32,
    /// Employees (headcount).
    #[schema(example = 218_000)]
    pub employees: i64,
    /// Total assets at the end of the year, in whole euros.
    #[schema(example = 40_000_000_000_i64)]
    pub total_assets_eur: i64,
    /// Net turnover in the year, in whole euros.
    #[schema(example = 62_800_000_000_i64)]
    pub net_turnover_eur: i64,
    /// Where the figures come from.
    #[schema(example = "Ahold Delhaize Annual Report 2018, p. 110")]
    pub source: String,
    /// When the figures were recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the figures last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: SizeFactLinks,
}

/// Links of a size fact.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SizeFactLinks {
    /// These figures.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The organisation they are about.
    pub organisation: Link,
}

impl From<&SizeFact> for SizeFactView {
    fn from(f: &SizeFact) -> Self {
        let organisation = organisation_path(f.organisation_id);
        Self {
            organisation: f.organisation_id,
            year: f.year,
            employees: f.employees,
            total_assets_eur: f.total_assets_eur,
            net_turnover_eur: f.net_turnover_eur,
            source: f.source.clone(),
            created_at: f.created_at.and_utc(),
            updated_at: f.updated_at.and_utc(),
            links: SizeFactLinks {
                self_link: Link::new(format!("{organisation}/size-facts/{}", f.year)),
                organisation: Link::new(organisation),
            },
        }
    }
}

impl crate::audit::Audited for SizeFactView {
    const RESOURCE_TYPE: &'static str = "sizeFact";

    /// The organisation and the year, as in the path.
    fn resource_id(&self) -> String {
        format!("{}/{}", self.organisation, self.year)
    }

    fn resource_path(&self) -> String {
        self.links.self_link.href.clone()
    }

    fn counted_organisation(&self) -> Option<i64> {
        Some(self.organisation)
    }
}

/// Filters and order of `GET /v1/organisations/{id}/size-facts`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SizeFactFilter {
    /// Only the years from this one on.
    #[param(example = 2016)]
    pub year_from: Option<i32>,
    /// Only the years up to and including this one.
    #[param(example = 2018)]
    pub year_to: Option<i32>,
    /// Order: `year` (default, oldest first) or `-year`.
    #[param(example = "-year")]
    pub sort: Option<String>,
}

impl ListFilter for SizeFactFilter {
    const SORTABLE: &'static [&'static str] = &["year"];
    const DEFAULT_SORT: &'static str = "year";
}
