//! Motion request and response types, the shape of a Kamerstuk reference and
//! the rules of a motion's life cycle.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::{Validate as FieldRules, ValidationError};

use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter};
use crate::http::rules;
use crate::http::validation::{Validate, field_rules, verdict};
use crate::motion_responses::model::{MotionResponseRecord, MotionResponseView};
use crate::motions::status::MotionStatus;
use crate::schema::motions;

/// A Kamerstuk dossier number as the House writes it: two digits, a space,
/// three digits, optionally a hyphenated part number (`21 501-20`) and
/// upper-case suffixes such as a budget chapter (`34 725 XVII`).
pub fn dossier(value: &str) -> Result<(), ValidationError> {
    let mut parts = value.split(' ');
    let digits =
        |part: &str, count: usize| part.len() == count && part.bytes().all(|b| b.is_ascii_digit());
    let first = parts.next().is_some_and(|p| digits(p, 2));
    let second = parts.next().is_some_and(|p| match p.split_once('-') {
        Some((number, sub)) => {
            digits(number, 3) && !sub.is_empty() && sub.bytes().all(|b| b.is_ascii_digit())
        }
        None => digits(p, 3),
    });
    let suffixes = parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_uppercase()));
    if first && second && suffixes && value.len() <= 40 {
        Ok(())
    } else {
        Err(ValidationError::new("dossier").with_message(Cow::Borrowed(
            "must be a Kamerstuk dossier number such as `26 485`, `21 501-20` or `34 725 XVII`",
        )))
    }
}

/// How a motion is cited: `Kamerstuk 26 485, nr. 224`.
pub fn citation(dossier: &str, number: i64) -> String {
    format!("Kamerstuk {dossier}, nr. {number}")
}

/// A stored motion row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = motions)]
pub struct Motion {
    pub id: i64,
    pub dossier: String,
    pub number: i64,
    pub title: String,
    pub submitted_on: Option<NaiveDate>,
    pub voted_on: Option<NaiveDate>,
    pub request: String,
    pub status: String,
    pub source: Option<String>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A motion with its submitters (in order) and the codes of the covenants
/// it concerns (by code), as read for the API.
#[derive(Debug, Clone)]
pub struct MotionRecord {
    pub motion: Motion,
    pub submitters: Vec<String>,
    pub covenants: Vec<String>,
    /// The government's responses, by letter date.
    pub responses: Vec<MotionResponseRecord>,
}

crate::storage::versioned!(MotionRecord, motion.version);

/// What a client writes: the body of `POST /v1/motions` and
/// `PUT /v1/motions/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, FieldRules)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "dossier": "26 485",
    "number": 301,
    "title": "Motie over de monitoring van de IMVO-convenanten",
    "submitters": ["Van Laar"],
    "submittedOn": "2019-05-15",
    "request": "Verzoekt de regering de Kamer jaarlijks te informeren over de voortgang van de IMVO-convenanten.",
    "status": "submitted",
    "covenants": ["textile"],
    "source": "Tweede Kamer, officiële publicaties"
}))]
pub struct MotionInput {
    /// The Kamerstuk dossier the motion was filed under, as written (with
    /// the space).
    #[schema(
        example = "26 485",
        pattern = "^[0-9]{2} [0-9]{3}(-[0-9]+)?( [A-Z]+)*$",
        max_length = 40
    )]
    #[validate(custom(function = "dossier"))]
    pub dossier: String,
    /// Its number within the dossier; together with `dossier` it identifies
    /// the motion.
    #[schema(example = 224, minimum = 1)]
    #[validate(range(min = 1, message = "must be a whole number of at least 1"))]
    pub number: i64,
    /// Its title, as the House registered it.
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Motie van het lid Van Laar over het jaarlijks toetsen van de impact van de IMVO-convenanten",
        min_length = 1,
        max_length = 300
    )]
    #[validate(custom(function = "rules::title"))]
    pub title: String,
    /// The members who submitted it, the first one first; at least one,
    /// each once.
    #[schema(example = json!(["Van Laar"]), min_items = 1)]
    pub submitters: Vec<String>,
    /// When it was submitted, if known (sources often give only the letter
    /// that reports on a motion; no date is invented then).
    #[serde(default)]
    #[schema(example = "2016-05-19")]
    pub submitted_on: Option<NaiveDate>,
    /// When the House voted on it, if known; not before `submittedOn`. Left
    /// out while the status is `submitted` or `withdrawn`.
    #[serde(default)]
    #[schema(example = "2016-05-24")]
    pub voted_on: Option<NaiveDate>,
    /// What it asks of the government.
    #[schema(
        example = "Verzoekt de regering jaarlijks de impact van de IMVO-convenanten en het functioneren van het toezicht op de IMVO-convenanten te toetsen.",
        min_length = 1,
        max_length = 4000
    )]
    #[validate(custom(function = "rules::prose"))]
    pub request: String,
    /// Where it stands.
    #[schema(example = "adopted")]
    pub status: MotionStatus,
    /// Codes of the covenants it concerns, each once; every one must exist.
    /// Empty (the default) for a motion about covenant policy in general.
    /// Listed back in code order.
    #[serde(default)]
    #[schema(example = json!(["textile", "banking"]))]
    pub covenants: Vec<String>,
    /// Where these facts come from (letter, Kamerstuk, page).
    #[serde(default)]
    #[schema(
        pattern = "SINGLE_LINE",
        example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'",
        min_length = 1,
        max_length = 500
    )]
    #[validate(custom(function = "rules::source"))]
    pub source: Option<String>,
}

/// The columns a client's input decides (submitters and covenants are rows
/// of their own).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = motions, treat_none_as_null = true)]
pub struct MotionForm<'a> {
    pub dossier: &'a str,
    pub number: i64,
    pub title: &'a str,
    pub submitted_on: Option<NaiveDate>,
    pub voted_on: Option<NaiveDate>,
    pub request: &'a str,
    pub status: &'a str,
    pub source: Option<&'a str>,
}

impl<'a> From<&'a MotionInput> for MotionForm<'a> {
    fn from(input: &'a MotionInput) -> Self {
        Self {
            dossier: &input.dossier,
            number: input.number,
            title: &input.title,
            submitted_on: input.submitted_on,
            voted_on: input.voted_on,
            request: &input.request,
            status: input.status.as_str(),
            source: input.source.as_deref(),
        }
    }
}

impl Validate for MotionInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = field_rules(self);
        if self.submitters.is_empty() {
            errors.push(FieldError::body(
                "/submitters",
                "must name at least one submitter",
            ));
        }
        for (index, name) in self.submitters.iter().enumerate() {
            let pointer = format!("/submitters/{index}");
            if let Err(error) = rules::name(name) {
                let detail = error
                    .message
                    .unwrap_or(Cow::Borrowed("is not a valid name"));
                errors.push(FieldError::body(&pointer, detail));
            } else if self.submitters[..index].contains(name) {
                errors.push(FieldError::body(
                    &pointer,
                    format!("names `{name}` a second time"),
                ));
            }
        }
        for (index, code) in self.covenants.iter().enumerate() {
            if self.covenants[..index].contains(code) {
                errors.push(FieldError::body(
                    &format!("/covenants/{index}"),
                    format!("names `{code}` a second time"),
                ));
            }
        }
        let unvoted = matches!(
            self.status,
            MotionStatus::Submitted | MotionStatus::Withdrawn
        );
        match self.voted_on {
            Some(_) if unvoted => errors.push(FieldError::body(
                "/votedOn",
                format!(
                    "must be left out while the status is `{}`",
                    self.status.as_str()
                ),
            )),
            Some(voted_on)
                if self
                    .submitted_on
                    .is_some_and(|submitted| voted_on < submitted) =>
            {
                errors.push(FieldError::body(
                    "/votedOn",
                    "must not be before `submittedOn`",
                ))
            }
            _ => {}
        }
        verdict(errors)
    }
}

impl From<&MotionRecord> for MotionInput {
    fn from(record: &MotionRecord) -> Self {
        let m = &record.motion;
        Self {
            dossier: m.dossier.clone(),
            number: m.number,
            title: m.title.clone(),
            submitters: record.submitters.clone(),
            submitted_on: m.submitted_on,
            voted_on: m.voted_on,
            request: m.request.clone(),
            status: MotionStatus::from_stored(&m.status),
            covenants: record.covenants.clone(),
            source: m.source.clone(),
        }
    }
}

/// A motion as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MotionView {
    /// Server-assigned identifier of the motion.
    #[schema(example = 12)]
    pub id: i64,
    /// Its Kamerstuk dossier.
    #[schema(example = "26 485")]
    pub dossier: String,
    /// Its number within the dossier.
    #[schema(example = 224)]
    pub number: i64,
    /// How it is cited (read-only): `Kamerstuk <dossier>, nr. <number>`.
    #[schema(example = "Kamerstuk 26 485, nr. 224")]
    pub citation: String,
    /// Its title.
    #[schema(
        example = "Motie van het lid Van Laar over het jaarlijks toetsen van de impact van de IMVO-convenanten"
    )]
    pub title: String,
    /// Who submitted it, the first one first.
    #[schema(example = json!(["Van Laar"]))]
    pub submitters: Vec<String>,
    /// When it was submitted (`null` when no source gives the date).
    #[schema(example = "2016-05-19")]
    pub submitted_on: Option<NaiveDate>,
    /// When the House voted on it.
    #[schema(example = "2016-05-24")]
    pub voted_on: Option<NaiveDate>,
    /// What it asks of the government.
    pub request: String,
    /// Where it stands.
    pub status: MotionStatus,
    /// Codes of the covenants it concerns, in code order.
    #[schema(example = json!(["banking", "textile"]))]
    pub covenants: Vec<String>,
    /// Where these facts come from.
    #[schema(example = "Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'")]
    pub source: Option<String>,
    /// When the motion was recorded (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When the motion last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// The government's responses: which letters reported on the motion and
    /// what they said, oldest first.
    pub responses: Vec<MotionResponseView>,
    /// Related resources.
    #[serde(rename = "_links")]
    pub links: MotionLinks,
}

/// Links of a motion.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MotionLinks {
    /// This motion.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The covenants it concerns, in the order of `covenants`.
    pub covenants: Vec<Link>,
    /// The government's responses to it.
    pub responses: Link,
}

impl From<&MotionRecord> for MotionView {
    fn from(record: &MotionRecord) -> Self {
        let m = &record.motion;
        Self {
            id: m.id,
            dossier: m.dossier.clone(),
            number: m.number,
            citation: citation(&m.dossier, m.number),
            title: m.title.clone(),
            submitters: record.submitters.clone(),
            submitted_on: m.submitted_on,
            voted_on: m.voted_on,
            request: m.request.clone(),
            status: MotionStatus::from_stored(&m.status),
            covenants: record.covenants.clone(),
            source: m.source.clone(),
            created_at: m.created_at.and_utc(),
            updated_at: m.updated_at.and_utc(),
            links: MotionLinks {
                self_link: Link::new(format!("/v1/motions/{}", m.id)),
                covenants: record
                    .covenants
                    .iter()
                    .map(|code| Link::new(format!("/v1/covenants/{code}")))
                    .collect(),
                responses: Link::new(format!("/v1/motion-responses?motion={}", m.id)),
            },
            responses: record
                .responses
                .iter()
                .map(MotionResponseView::from)
                .collect(),
        }
    }
}

crate::audit::audited!(MotionView, "motion", id);

/// Filters and order of `GET /v1/motions`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MotionFilter {
    /// Only motions of this Kamerstuk dossier, as written (`26 485`, encoded
    /// `26%20485`).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["26 485"]))]
    pub dossier: Option<AnyOf<String>>,
    /// Only motions with this number (with `dossier`: that one motion).
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<i64>>, style = Form, explode = false, min_items = 1, example = json!([224]))]
    pub number: Option<AnyOf<i64>>,
    /// Only motions with this status.
    /// Several, comma-separated, match any of them.
    #[param(value_type = Option<Vec<MotionStatus>>, style = Form, explode = false, min_items = 1, example = json!(["adopted"]))]
    pub status: Option<AnyOf<MotionStatus>>,
    /// Only motions concerning this covenant (code).
    /// Several, comma-separated, match any of them. A code that names no
    /// covenant is a 400.
    #[param(value_type = Option<Vec<String>>, style = Form, explode = false, min_items = 1, example = json!(["textile"]))]
    pub covenant: Option<AnyOf<String>>,
    /// Order: comma-separated fields among `submittedOn` and `number`, each
    /// optionally prefixed with `-` for descending. Default `-submittedOn`
    /// (newest first).
    #[param(example = "submittedOn,number")]
    pub sort: Option<String>,
}

impl ListFilter for MotionFilter {
    const SORTABLE: &'static [&'static str] = &["submittedOn", "number"];
    const DEFAULT_SORT: &'static str = "-submittedOn";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dossier_numbers() {
        for good in ["26 485", "34 725 XVII", "21 501-20", "35 300 V A"] {
            assert!(dossier(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "26485",
            "26  485",
            "26 485 ",
            "2 485",
            "26 4851",
            "26 485 xvii",
            "26 485-",
            "34 725 XVII,",
        ] {
            assert!(dossier(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn citations() {
        assert_eq!(citation("26 485", 224), "Kamerstuk 26 485, nr. 224");
    }
}
