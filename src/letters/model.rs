//! Letter request and response types.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate as FieldRules;

use crate::error::FieldError;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::schema::letters;

/// A stored letter row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = letters)]
pub struct Letter {
    pub id: i64,
    pub sent_on: NaiveDate,
    pub subject: String,
    pub reference: Option<String>,
    pub kamerstuk: Option<String>,
    pub minister: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(Letter, version);

/// What a client writes: the body of `POST /v1/letters` and
/// `PUT /v1/letters/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "sentOn": "2019-10-04",
    "subject": "Voortgang IMVO-convenanten",
    "minister": "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    "url": "https://www.tweedekamer.nl/kamerstukken/brieven_regering",
    "source": "Tweede Kamer, officiële publicaties"
}))]
pub struct LetterInput {
    /// The date of the letter.
    #[schema(example = "2017-09-28")]
    pub sent_on: NaiveDate,
    /// Its subject, as the letter states it.
    #[schema(pattern = "SINGLE_LINE", example = "Voortgang IMVO-convenanten")]
    #[validate(custom(function = "rules::title"))]
    pub subject: String,
    /// The ministry's reference, unique when given.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "Minbuza 2017.1027644")]
    #[validate(custom(function = "rules::name"))]
    pub reference: Option<String>,
    /// The Kamerstuk under which the letter was published, as written.
    #[serde(default)]
    #[schema(pattern = "SINGLE_LINE", example = "Kamerstuk 26 485, nr. 291")]
    #[validate(custom(function = "rules::name"))]
    pub kamerstuk: Option<String>,
    /// The minister who sent it; left out when the source does not say (a
    /// letter known only because another cites it, say).
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
    )]
    #[validate(custom(function = "rules::title"))]
    pub minister: Option<String>,
    /// Where the letter is published.
    #[serde(default)]
    #[schema(example = "https://www.tweedekamer.nl/kamerstukken/brieven_regering", format = Uri, max_length = 500)]
    #[validate(custom(function = "rules::web_url"))]
    pub url: Option<String>,
    /// Where these facts come from, when not the letter itself.
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Tweede Kamer, officiële publicaties",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = letters, treat_none_as_null = true)]
pub struct LetterForm<'a> {
    pub sent_on: NaiveDate,
    pub subject: &'a str,
    pub reference: Option<&'a str>,
    pub kamerstuk: Option<&'a str>,
    pub minister: Option<&'a str>,
    pub url: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl<'a> From<&'a LetterInput> for LetterForm<'a> {
    fn from(input: &'a LetterInput) -> Self {
        Self {
            sent_on: input.sent_on,
            subject: &input.subject,
            reference: input.reference.as_deref(),
            kamerstuk: input.kamerstuk.as_deref(),
            minister: input.minister.as_deref(),
            url: input.url.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for LetterInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        verdict(field_rules(self))
    }
}

impl From<&Letter> for LetterInput {
    fn from(l: &Letter) -> Self {
        Self {
            sent_on: l.sent_on,
            subject: l.subject.clone(),
            reference: l.reference.clone(),
            kamerstuk: l.kamerstuk.clone(),
            minister: l.minister.clone(),
            url: l.url.clone(),
            source: l.source.clone(),
        }
    }
}

/// A parliamentary letter as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LetterView {
    /// Identifier of the letter in this API.
    #[schema(example = 1)]
    pub id: i64,
    /// The date of the letter.
    #[schema(example = "2017-09-28")]
    pub sent_on: NaiveDate,
    /// Its subject.
    #[schema(example = "Voortgang IMVO-convenanten")]
    pub subject: String,
    /// The ministry's reference.
    #[schema(example = "Minbuza 2017.1027644")]
    pub reference: Option<String>,
    /// The Kamerstuk it was published as.
    #[schema(example = "Kamerstuk 26 485, nr. 291")]
    pub kamerstuk: Option<String>,
    /// The minister who sent it; `null` when the source does not say.
    #[schema(example = "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking")]
    pub minister: Option<String>,
    /// Where the letter is published.
    pub url: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
    /// When the letter was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the letter last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: LetterLinks,
}

/// Links of a letter.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LetterLinks {
    /// This letter.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The measurements this letter is the source of.
    pub measurements: Link,
}

impl From<&Letter> for LetterView {
    fn from(l: &Letter) -> Self {
        Self {
            id: l.id,
            sent_on: l.sent_on,
            subject: l.subject.clone(),
            reference: l.reference.clone(),
            kamerstuk: l.kamerstuk.clone(),
            minister: l.minister.clone(),
            url: l.url.clone(),
            source: l.source.clone(),
            created_at: l.created_at.and_utc(),
            updated_at: l.updated_at.and_utc(),
            links: LetterLinks {
                self_link: Link::new(format!("/v1/letters/{}", l.id)),
                measurements: Link::new(format!("/v1/measurements?letter={}", l.id)),
            },
        }
    }
}

crate::audit::audited!(LetterView, "letter", id);

/// Filters and order of `GET /v1/letters`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LetterFilter {
    /// Only the letter with this reference.
    #[param(example = "Minbuza 2017.1027644")]
    pub reference: Option<String>,
    /// Only letters sent on or after this date.
    #[param(example = "2017-01-01")]
    pub sent_from: Option<NaiveDate>,
    /// Only letters sent on or before this date.
    #[param(example = "2018-12-31")]
    pub sent_to: Option<NaiveDate>,
    /// Order: `sentOn` or `-sentOn` (default `sentOn`).
    #[param(example = "-sentOn")]
    pub sort: Option<String>,
}

impl ListFilter for LetterFilter {
    const SORTABLE: &'static [&'static str] = &["sentOn"];
    const DEFAULT_SORT: &'static str = "sentOn";
}
