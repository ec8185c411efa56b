//! Indicator request and response types.

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
use crate::schema::indicators;

/// What an indicator's values are: `ratio`, a share from 0 to 1 (0.45 is
/// 45%; clients may show it as a percentage); `percent`, a percentage from
/// 0 to 100; `count`, a whole number, 0 or more; `eur`, whole euros. A value
/// and its unit always agree: a market coverage of 45% is `0.45` with unit
/// `ratio`; targets and measurements outside their unit's range are
/// refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = IndicatorUnit)]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    /// A share from 0 to 1 (0.45 is 45%), which clients may show as a
    /// percentage. Shares such as market coverage use this unit.
    Ratio,
    /// A percentage from 0 to 100 (45 is 45%).
    Percent,
    /// A whole number of things, 0 or more.
    Count,
    /// A whole number of euros.
    Eur,
}

/// Whether progress means the value going up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = IndicatorDirection)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ratio => "ratio",
            Self::Percent => "percent",
            Self::Count => "count",
            Self::Eur => "eur",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        match value {
            "ratio" => Self::Ratio,
            "percent" => Self::Percent,
            "eur" => Self::Eur,
            _ => Self::Count,
        }
    }

    /// Why `value` is not a value of this unit, if it is not.
    pub fn refuse(self, value: f64) -> Option<&'static str> {
        match self {
            _ if !value.is_finite() => Some("must be a finite number"),
            Self::Ratio if !(0.0..=1.0).contains(&value) => {
                Some("must be a share from 0 to 1 (unit `ratio`; 0.45 is 45%)")
            }
            Self::Percent if !(0.0..=100.0).contains(&value) => {
                Some("must be a percentage from 0 to 100 (unit `percent`)")
            }
            Self::Count if value < 0.0 || value.fract() != 0.0 => {
                Some("must be a whole number, 0 or more (unit `count`)")
            }
            Self::Eur if value.fract() != 0.0 => {
                Some("must be a whole number of euros (unit `eur`)")
            }
            _ => None,
        }
    }
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HigherIsBetter => "higherIsBetter",
            Self::LowerIsBetter => "lowerIsBetter",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        if value == "lowerIsBetter" {
            Self::LowerIsBetter
        } else {
            Self::HigherIsBetter
        }
    }
}

/// A stored indicator row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = indicators)]
pub struct Indicator {
    pub id: i64,
    pub code: String,
    pub name_nl: String,
    pub name_en: String,
    pub unit: String,
    pub direction: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(Indicator, version);

/// What a client writes: the body of `POST /v1/indicators` and
/// `PUT /v1/indicators/{code}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "code": "living-wage-gap",
    "nameNl": "Leefbaarloonkloof",
    "nameEn": "Living wage gap",
    "unit": "eur",
    "direction": "lowerIsBetter",
    "description": "The monthly difference between a living wage and the wages paid at participants' main suppliers.",
    "source": "Jaarrapportage Convenant Duurzame Kleding en Textiel 2018"
}))]
pub struct IndicatorInput {
    /// Stable identifier of the indicator; cannot change.
    #[schema(
        example = "market-coverage",
        pattern = "^[a-z][a-z0-9-]*[a-z0-9]$",
        min_length = 2,
        max_length = 40
    )]
    #[validate(custom(function = "rules::code"))]
    pub code: String,
    /// Dutch name.
    #[schema(pattern = "SINGLE_LINE", example = "Marktdekking")]
    #[validate(custom(function = "rules::title"))]
    pub name_nl: String,
    /// English name.
    #[schema(pattern = "SINGLE_LINE", example = "Market coverage")]
    #[validate(custom(function = "rules::title"))]
    pub name_en: String,
    /// What its values are: `ratio` (a share from 0 to 1; 0.45 is 45%),
    /// `percent` (0 to 100), `count` (a whole number, 0 or more) or `eur`
    /// (whole euros). Targets and measurements must agree with it. It
    /// cannot change once targets or measurements use the indicator.
    #[schema(example = "ratio")]
    pub unit: Unit,
    /// Whether progress means going up or down.
    #[schema(example = "higherIsBetter")]
    pub direction: Direction,
    /// How the indicator is defined.
    #[serde(default)]
    #[schema(
        example = "The share of the sector's Dutch market that the covenant's participants represent.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub description: Option<String>,
    /// Where the definition comes from.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides; the code is written once.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = indicators,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
pub struct IndicatorForm<'a> {
    #[diesel(skip_update)]
    code: &'a str,
    name_nl: &'a str,
    name_en: &'a str,
    unit: &'a str,
    direction: &'a str,
    description: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> From<&'a IndicatorInput> for IndicatorForm<'a> {
    fn from(input: &'a IndicatorInput) -> Self {
        Self {
            code: &input.code,
            name_nl: &input.name_nl,
            name_en: &input.name_en,
            unit: input.unit.as_str(),
            direction: input.direction.as_str(),
            description: input.description.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for IndicatorInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&Indicator> for IndicatorInput {
    fn from(i: &Indicator) -> Self {
        Self {
            code: i.code.clone(),
            name_nl: i.name_nl.clone(),
            name_en: i.name_en.clone(),
            unit: Unit::from_stored(&i.unit),
            direction: Direction::from_stored(&i.direction),
            description: i.description.clone(),
            source: i.source.clone(),
        }
    }
}

/// An indicator as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorView {
    /// Stable identifier of the indicator.
    #[schema(example = "market-coverage")]
    pub code: String,
    /// Dutch name.
    #[schema(example = "Marktdekking")]
    pub name_nl: String,
    /// English name.
    #[schema(example = "Market coverage")]
    pub name_en: String,
    /// What its values are (`ratio`: a share from 0 to 1; `percent`: 0 to
    /// 100); its targets and measurements agree with it.
    pub unit: Unit,
    /// Whether progress means going up or down.
    pub direction: Direction,
    /// How it is defined.
    pub description: Option<String>,
    /// Where the definition comes from.
    pub source: Option<String>,
    /// When the indicator was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: IndicatorLinks,
}

/// Links of an indicator.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorLinks {
    /// This indicator.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// Its targets.
    pub targets: Link,
    /// Its measurements.
    pub measurements: Link,
}

impl From<&Indicator> for IndicatorView {
    fn from(i: &Indicator) -> Self {
        Self {
            code: i.code.clone(),
            name_nl: i.name_nl.clone(),
            name_en: i.name_en.clone(),
            unit: Unit::from_stored(&i.unit),
            direction: Direction::from_stored(&i.direction),
            description: i.description.clone(),
            source: i.source.clone(),
            created_at: i.created_at.and_utc(),
            updated_at: i.updated_at.and_utc(),
            links: IndicatorLinks {
                self_link: Link::new(format!("/v1/indicators/{}", i.code)),
                targets: Link::new(format!("/v1/targets?indicator={}", i.code)),
                measurements: Link::new(format!("/v1/measurements?indicator={}", i.code)),
            },
        }
    }
}

crate::audit::audited!(IndicatorView, "indicator", code);

/// Filters and order of `GET /v1/indicators`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IndicatorFilter {
    /// Only indicators of this unit.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<Unit>>, style = Form, explode = false, min_items = 1, example = json!(["ratio"]))]
    pub unit: Option<AnyOf<Unit>>,
    /// Order: `code` or `-code` (default `code`).
    #[param(example = "code")]
    pub sort: Option<String>,
}

impl ListFilter for IndicatorFilter {
    const SORTABLE: &'static [&'static str] = &["code"];
    const DEFAULT_SORT: &'static str = "code";
}

#[cfg(test)]
mod tests {
    use super::Unit;

    #[test]
    fn each_unit_refuses_values_outside_its_range() {
        assert_eq!(Unit::Ratio.refuse(0.45), None);
        assert_eq!(Unit::Ratio.refuse(1.0), None);
        assert!(Unit::Ratio.refuse(45.0).is_some());
        assert!(Unit::Ratio.refuse(-0.01).is_some());
        assert_eq!(Unit::Percent.refuse(45.0), None);
        assert_eq!(Unit::Percent.refuse(100.0), None);
        assert!(Unit::Percent.refuse(100.5).is_some());
        assert!(Unit::Count.refuse(1.5).is_some());
        assert!(Unit::Eur.refuse(0.5).is_some());
        assert!(Unit::Ratio.refuse(f64::NAN).is_some());
        for unit in [Unit::Ratio, Unit::Percent, Unit::Count, Unit::Eur] {
            assert_eq!(Unit::from_stored(unit.as_str()), unit);
        }
    }
}
