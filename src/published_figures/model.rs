//! Published figures: that a figure (a metric request with its `asOf`) was
//! sent to parliament in a letter at an instant, so it can be computed
//! again exactly as published and set against today's.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter, stored_instant};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::published_figures::figure::Figure;
use crate::schema::published_figures;

/// A stored published figure.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = published_figures)]
pub struct PublishedFigure {
    pub id: i64,
    pub figure: String,
    pub letter_id: i64,
    pub published_at: NaiveDateTime,
    pub description: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(PublishedFigure, version);

/// What a client writes: the body of `POST /v1/published-figures` and of
/// a replace, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "figure": "/v1/covenants/textile/market-coverage?asOf=2018-11-13",
    "letter": 2,
    "publishedAt": "2018-11-13T12:00:00Z",
    "description": "Textile market coverage as the letter of 13 November 2018 reports it."
}))]
pub struct PublishedFigureInput {
    /// The metric request, with its `asOf` and nothing else:
    /// `/v1/metrics/overview?asOf=DATE`, `/v1/metrics/oecd-endorsement?asOf=DATE`,
    /// `/v1/covenants/{code}/market-coverage?asOf=DATE` or
    /// `/v1/covenants/{code}/progress?asOf=DATE`.
    #[schema(
        example = "/v1/metrics/oecd-endorsement?asOf=2018-11-13",
        max_length = 200
    )]
    pub figure: String,
    /// Id of the letter that sent it to parliament.
    #[schema(example = 2, minimum = 1)]
    pub letter: i64,
    /// The instant the figure was taken from this service for the letter
    /// (RFC 3339), not in the future: reading it again computes the figure
    /// with `knownAt` at this instant.
    #[schema(example = "2018-11-13T12:00:00Z")]
    pub published_at: DateTime<Utc>,
    /// What the figure is in the letter (plain text).
    #[serde(default)]
    #[schema(
        example = "The 90% indicator as the letter reports it.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub description: Option<String>,
}

impl Validate for PublishedFigureInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if let Err(why) = Figure::parse(&self.figure) {
            errors.push(FieldError::body("/figure", why));
        }
        if self.letter < 1 {
            errors.push(FieldError::body(
                "/letter",
                "must be a letter's id (1 or more)",
            ));
        }
        if self.published_at > Utc::now() {
            errors.push(FieldError::body(
                "/publishedAt",
                "is in the future; a figure is recorded once it was published",
            ));
        }
        verdict(errors)
    }
}

impl From<&PublishedFigure> for PublishedFigureInput {
    fn from(f: &PublishedFigure) -> Self {
        Self {
            figure: f.figure.clone(),
            letter: f.letter_id,
            published_at: f.published_at.and_utc(),
            description: f.description.clone(),
        }
    }
}

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = published_figures, treat_none_as_null = true)]
pub struct PublishedFigureForm<'a> {
    pub figure: &'a str,
    pub letter_id: i64,
    pub published_at: NaiveDateTime,
    pub description: Option<&'a str>,
}

impl<'a> From<&'a PublishedFigureInput> for PublishedFigureForm<'a> {
    fn from(input: &'a PublishedFigureInput) -> Self {
        Self {
            figure: &input.figure,
            letter_id: input.letter,
            published_at: stored_instant(input.published_at),
            description: input.description.as_deref(),
        }
    }
}

/// A published figure, as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PublishedFigureView {
    /// Server-assigned identifier, used in paths.
    #[schema(example = 1)]
    pub id: i64,
    /// The metric request, with its `asOf`.
    #[schema(example = "/v1/metrics/oecd-endorsement?asOf=2018-11-13")]
    pub figure: String,
    /// Id of the letter that sent it to parliament.
    #[schema(example = 2)]
    pub letter: i64,
    /// The instant it was taken for the letter (UTC).
    #[schema(example = "2018-11-13T12:00:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub published_at: DateTime<Utc>,
    /// What the figure is in the letter.
    pub description: Option<String>,
    /// When it was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: PublishedFigureLinks,
}

/// Links of a published figure.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PublishedFigureLinks {
    /// This published figure.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The letter.
    pub letter: Link,
    /// The figure as published: its request with `knownAt` at
    /// `publishedAt`.
    pub as_published: Link,
    /// The figure computed today.
    pub today: Link,
    /// The two side by side, with the changes since.
    pub comparison: Link,
}

impl From<&PublishedFigure> for PublishedFigureView {
    fn from(f: &PublishedFigure) -> Self {
        let path = format!("/v1/published-figures/{}", f.id);
        let known_at = f.published_at.and_utc().format("%Y-%m-%dT%H:%M:%S%.6fZ");
        Self {
            id: f.id,
            figure: f.figure.clone(),
            letter: f.letter_id,
            published_at: f.published_at.and_utc(),
            description: f.description.clone(),
            created_at: f.created_at.and_utc(),
            updated_at: f.updated_at.and_utc(),
            links: PublishedFigureLinks {
                self_link: Link::new(path.clone()),
                letter: Link::new(format!("/v1/letters/{}", f.letter_id)),
                as_published: Link::new(format!("{}&knownAt={known_at}", f.figure)),
                today: Link::new(f.figure.clone()),
                comparison: Link::new(format!("{path}/comparison")),
            },
        }
    }
}

crate::audit::audited!(PublishedFigureView, "publishedFigure", id);

/// Filters and order of `GET /v1/published-figures`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublishedFigureFilter {
    /// Only the figures of this letter (its id).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i64>>, style = Form, explode = false, min_items = 1, example = json!([2]))]
    pub letter: Option<AnyOf<i64>>,
    /// Order: `publishedAt` (default, oldest first) or `-publishedAt`.
    #[param(example = "publishedAt")]
    pub sort: Option<String>,
}

impl ListFilter for PublishedFigureFilter {
    const SORTABLE: &'static [&'static str] = &["publishedAt"];
    const DEFAULT_SORT: &'static str = "publishedAt";
}

/// One change since publication to the kinds of records a figure reads.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangeSince {
    /// The kind of record, as in the change feed.
    #[schema(example = "participation")]
    pub resource_type: String,
    /// Its key, as in the change feed.
    #[schema(example = "12")]
    pub resource_id: String,
    /// `create`, `update` or `delete`.
    #[schema(example = "update")]
    pub action: String,
    /// When it was made (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub changed_at: DateTime<Utc>,
    /// The record.
    #[serde(rename = "_links")]
    pub links: ChangeSinceLinks,
}

/// Links of a change since publication.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ChangeSinceLinks {
    /// The record as it is now (404 when deleted).
    pub resource: Link,
}

/// A published figure as published and as it is today.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct FigureComparison {
    /// The metric request.
    #[schema(example = "/v1/covenants/textile/market-coverage?asOf=2018-11-13")]
    pub figure: String,
    /// The instant it was published (UTC).
    #[schema(example = "2018-11-13T12:00:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub published_at: DateTime<Utc>,
    /// The figure computed with `knownAt` at `publishedAt`: as published.
    #[schema(value_type = Object)]
    pub as_published: serde_json::Value,
    /// The figure computed from today's record.
    #[schema(value_type = Object)]
    pub today: serde_json::Value,
    /// Whether the two differ.
    pub changed: bool,
    /// Changes since `publishedAt` to the kinds of records the figure
    /// reads, oldest first: what may have moved it. At most 100; the
    /// change feed has them all.
    #[schema(max_items = 100)]
    pub changes_since: Vec<ChangeSince>,
    /// Whether there are more than `changesSince` lists.
    pub more_changes: bool,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: ComparisonLinks,
}

/// Links of a comparison.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ComparisonLinks {
    /// This comparison.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The published figure.
    pub published_figure: Link,
}
