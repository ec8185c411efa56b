//! Motion response request and response types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::motions::status::MotionStatus;
use crate::schema::motion_responses;

/// A stored motion response row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = motion_responses)]
pub struct MotionResponse {
    pub id: i64,
    pub motion_id: i64,
    pub letter_id: i64,
    pub summary: String,
    pub reported_status: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A response with the date of its letter.
#[derive(Debug, Clone)]
pub struct MotionResponseRecord {
    pub response: MotionResponse,
    pub letter_sent_on: NaiveDate,
}

crate::storage::versioned!(MotionResponseRecord, response.version);

/// What a client writes: the body of `POST /v1/motion-responses` and
/// `PUT /v1/motion-responses/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "motion": 2,
    "letter": 2,
    "summary": "The letter reports on the motion's request and on what the government did with it.",
    "reportedStatus": "completed",
    "source": "Kamerbrief 13 november 2018, paragraaf 'Moties'"
}))]
pub struct MotionResponseInput {
    /// Id of the motion reported on. One response per motion and letter.
    #[schema(example = 1)]
    pub motion: i64,
    /// Id of the parliamentary letter that reported on it.
    #[schema(example = 2)]
    pub letter: i64,
    /// What the letter says about the motion.
    #[schema(
        example = "The letter reports that the 90% indicator for large companies endorsing the OECD Guidelines has been developed, as the motion asked.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub summary: String,
    /// The status of the motion as the letter reports it.
    #[serde(default)]
    #[schema(example = "completed")]
    pub reported_status: Option<MotionStatus>,
    /// Where this comes from (section of the letter).
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018, paragraaf 'Moties'",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = motion_responses, treat_none_as_null = true)]
pub struct MotionResponseForm<'a> {
    pub motion_id: i64,
    pub letter_id: i64,
    pub summary: &'a str,
    pub reported_status: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl<'a> From<&'a MotionResponseInput> for MotionResponseForm<'a> {
    fn from(input: &'a MotionResponseInput) -> Self {
        Self {
            motion_id: input.motion,
            letter_id: input.letter,
            summary: &input.summary,
            reported_status: input.reported_status.map(|s| s.as_str()),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for MotionResponseInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&MotionResponseRecord> for MotionResponseInput {
    fn from(record: &MotionResponseRecord) -> Self {
        let r = &record.response;
        Self {
            motion: r.motion_id,
            letter: r.letter_id,
            summary: r.summary.clone(),
            reported_status: r.reported_status.as_deref().map(MotionStatus::from_stored),
            source: r.source.clone(),
        }
    }
}

/// A government response to a motion, as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MotionResponseView {
    /// Identifier of the response in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// Id of the motion reported on.
    #[schema(example = 1)]
    pub motion: i64,
    /// Id of the letter that reported on it.
    #[schema(example = 2)]
    pub letter: i64,
    /// The date of that letter.
    #[schema(example = "2018-11-13")]
    pub letter_sent_on: NaiveDate,
    /// What the letter says about the motion.
    pub summary: String,
    /// The status of the motion as the letter reports it.
    pub reported_status: Option<MotionStatus>,
    /// Where this comes from.
    pub source: Option<String>,
    /// When the response was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: MotionResponseLinks,
}

/// Links of a motion response.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MotionResponseLinks {
    /// This response.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The motion.
    pub motion: Link,
    /// The letter.
    pub letter: Link,
}

impl From<&MotionResponseRecord> for MotionResponseView {
    fn from(record: &MotionResponseRecord) -> Self {
        let r = &record.response;
        Self {
            id: r.id,
            motion: r.motion_id,
            letter: r.letter_id,
            letter_sent_on: record.letter_sent_on,
            summary: r.summary.clone(),
            reported_status: r.reported_status.as_deref().map(MotionStatus::from_stored),
            source: r.source.clone(),
            created_at: r.created_at.and_utc(),
            updated_at: r.updated_at.and_utc(),
            links: MotionResponseLinks {
                self_link: Link::new(format!("/v1/motion-responses/{}", r.id)),
                motion: Link::new(format!("/v1/motions/{}", r.motion_id)),
                letter: Link::new(format!("/v1/letters/{}", r.letter_id)),
            },
        }
    }
}

crate::audit::audited!(MotionResponseView, "motionResponse", id);

/// Filters and order of `GET /v1/motion-responses`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MotionResponseFilter {
    /// Only responses to this motion (id).
    #[param(example = 1)]
    pub motion: Option<i64>,
    /// Only responses in this letter (id).
    #[param(example = 2)]
    pub letter: Option<i64>,
    /// Order: `letterSentOn` or `-letterSentOn` (default `letterSentOn`).
    #[param(example = "letterSentOn")]
    pub sort: Option<String>,
}

impl ListFilter for MotionResponseFilter {
    const SORTABLE: &'static [&'static str] = &["letterSentOn"];
    const DEFAULT_SORT: &'static str = "letterSentOn";
}
