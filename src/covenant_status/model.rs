//! A covenant track's status timeline: dated status changes, each as its
//! source tells it, so a count at a date uses the status each track had
//! then and says `unknown` where the record cannot tell.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::covenants::model::{CovenantStatus, DatePrecision};
use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::covenant_status_changes;

/// What the date of a status change is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum DateBasis {
    /// The status changed on `on` (a signing date, say).
    #[default]
    Changed,
    /// A document of date `on` reports the status; it changed on or before
    /// that date, when is not stated.
    Reported,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Changed => "changed",
            Self::Reported => "reported",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        match value {
            "reported" => Self::Reported,
            _ => Self::Changed,
        }
    }
}

/// A stored status change.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = covenant_status_changes)]
pub struct StatusChange {
    pub id: i64,
    pub covenant_id: i64,
    pub status: String,
    pub changed_on: NaiveDate,
    pub changed_on_precision: String,
    pub basis: String,
    pub letter_id: Option<i64>,
    pub source: String,
    pub note: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A status change with its covenant's code.
#[derive(Debug, Clone)]
pub struct StatusChangeRecord {
    pub change: StatusChange,
    pub covenant_code: String,
}

crate::storage::versioned!(StatusChangeRecord, change.version);

/// What a client writes: the body of
/// `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
/// merge patch applies to. One change per covenant and date.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "status": "signed",
    "on": "2016-07-04",
    "onPrecision": "day",
    "basis": "changed",
    "source": "Convenant Duurzame Kleding en Textiel, ondertekend op 4 juli 2016",
    "note": "The day of the signing that the letters give as July 2016."
}))]
pub struct StatusChangeInput {
    /// The status from `on`.
    pub status: CovenantStatus,
    /// The date of the change, or of the document that reports the status
    /// (`basis`); the first day of the month or year when `onPrecision`
    /// says so.
    #[schema(example = "2018-11-13")]
    pub on: NaiveDate,
    /// How exact `on` is.
    #[serde(default)]
    pub on_precision: DatePrecision,
    /// Whether the status changed on `on` or a document of that date
    /// reports it.
    #[serde(default)]
    pub basis: DateBasis,
    /// Id of the letter that reports it, if one does.
    #[serde(default)]
    #[schema(example = 2, minimum = 1)]
    pub letter: Option<i64>,
    /// Where the fact comes from.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: String,
    /// What the source says beyond the status (plain text).
    #[serde(default)]
    #[schema(
        example = "The negotiation phase has started, on a date not stated.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub note: Option<String>,
}

impl Validate for StatusChangeInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if let Some(letter) = self.letter
            && letter < 1
        {
            errors.push(FieldError::body(
                "/letter",
                "must be a letter's id (1 or more)",
            ));
        }
        verdict(errors)
    }
}

impl From<&StatusChangeRecord> for StatusChangeInput {
    fn from(r: &StatusChangeRecord) -> Self {
        let c = &r.change;
        Self {
            status: CovenantStatus::from_stored(&c.status),
            on: c.changed_on,
            on_precision: DatePrecision::from_stored(&c.changed_on_precision),
            basis: DateBasis::from_stored(&c.basis),
            letter: c.letter_id,
            source: c.source.clone(),
            note: c.note.clone(),
        }
    }
}

/// The columns a client's input decides, with the covenant, which an
/// update keeps.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = covenant_status_changes, treat_none_as_null = true)]
pub struct StatusChangeForm<'a> {
    #[diesel(skip_update)]
    pub covenant_id: i64,
    pub status: &'static str,
    pub changed_on: NaiveDate,
    pub changed_on_precision: &'static str,
    pub basis: &'static str,
    pub letter_id: Option<i64>,
    pub source: &'a str,
    pub note: Option<&'a str>,
}

impl<'a> StatusChangeForm<'a> {
    pub fn new(covenant_id: i64, input: &'a StatusChangeInput) -> Self {
        Self {
            covenant_id,
            status: input.status.as_str(),
            changed_on: input.on,
            changed_on_precision: input.on_precision.as_str(),
            basis: input.basis.as_str(),
            letter_id: input.letter,
            source: &input.source,
            note: input.note.as_deref(),
        }
    }
}

/// A status change of a covenant track, as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct StatusChangeView {
    /// Server-assigned identifier, used in paths.
    #[schema(example = 20)]
    pub id: i64,
    /// Code of the covenant.
    #[schema(example = "agriculture")]
    pub covenant: String,
    /// The status from `on`.
    pub status: CovenantStatus,
    /// The date of the change, or of the document that reports it.
    #[schema(example = "2018-11-13")]
    pub on: NaiveDate,
    /// How exact `on` is.
    pub on_precision: DatePrecision,
    /// Whether the status changed on `on` or a document of that date
    /// reports it.
    pub basis: DateBasis,
    /// Id of the letter that reports it, if one does.
    #[schema(example = 2)]
    pub letter: Option<i64>,
    /// Where the fact comes from.
    #[schema(example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'")]
    pub source: String,
    /// What the source says beyond the status.
    #[schema(example = "The negotiation phase has started, on a date not stated.")]
    pub note: Option<String>,
    /// When the change was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: StatusChangeLinks,
}

/// Links of a status change.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct StatusChangeLinks {
    /// This status change.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenant.
    pub covenant: Link,
    /// The letter that reports it, if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub letter: Option<Link>,
}

impl From<&StatusChangeRecord> for StatusChangeView {
    fn from(r: &StatusChangeRecord) -> Self {
        let c = &r.change;
        let covenant = format!("/v1/covenants/{}", r.covenant_code);
        Self {
            id: c.id,
            covenant: r.covenant_code.clone(),
            status: CovenantStatus::from_stored(&c.status),
            on: c.changed_on,
            on_precision: DatePrecision::from_stored(&c.changed_on_precision),
            basis: DateBasis::from_stored(&c.basis),
            letter: c.letter_id,
            source: c.source.clone(),
            note: c.note.clone(),
            created_at: c.created_at.and_utc(),
            updated_at: c.updated_at.and_utc(),
            links: StatusChangeLinks {
                self_link: Link::new(format!("{covenant}/status-changes/{}", c.id)),
                covenant: Link::new(covenant),
                letter: c.letter_id.map(|id| Link::new(format!("/v1/letters/{id}"))),
            },
        }
    }
}

crate::audit::audited!(StatusChangeView, "covenantStatusChange", id);

/// Filters and order of `GET /v1/covenants/{code}/status-changes`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatusChangeFilter {
    /// Order: `on` (default, oldest first) or `-on`.
    #[param(example = "on")]
    pub sort: Option<String>,
}

impl ListFilter for StatusChangeFilter {
    const SORTABLE: &'static [&'static str] = &["on"];
    const DEFAULT_SORT: &'static str = "on";
}
