//! Every failure a caller can see, rendered once as an RFC 9457 problem
//! document (`application/problem+json`).

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document: what went wrong, for people and programs.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "about:blank",
    "title": "Bad Request",
    "status": 400,
    "detail": "The request body has 2 invalid fields.",
    "instance": "/v1/sectors",
    "errors": [
        {"pointer": "#/code", "detail": "must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter"},
        {"pointer": "#/nameEn", "detail": "is required"}
    ]
}))]
pub struct Problem {
    /// A URI that identifies the kind of problem; `about:blank` means the
    /// HTTP status says it all.
    #[serde(rename = "type")]
    #[schema(example = "about:blank")]
    pub problem_type: String,
    /// Short summary of the kind of problem: the HTTP reason phrase.
    #[schema(example = "Bad Request")]
    pub title: String,
    /// The HTTP status code, repeated for convenience.
    #[schema(example = 400, minimum = 400, maximum = 599)]
    pub status: u16,
    /// What went wrong in this case, in plain words.
    #[schema(example = "The request body has 2 invalid fields.")]
    pub detail: String,
    /// The path of the request that failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "/v1/sectors")]
    pub instance: Option<String>,
    /// Each invalid field or parameter, all at once (400 only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One invalid part of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    /// JSON Pointer (RFC 6901, as a URI fragment) to the invalid member of the
    /// request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "#/nameEn")]
    pub pointer: Option<String>,
    /// Name of the invalid query parameter or request header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "pageSize")]
    pub parameter: Option<String>,
    /// Why it is invalid.
    #[schema(example = "must be between 1 and 100")]
    pub detail: String,
}

impl FieldError {
    /// An error in the body member at `pointer` (`/code`, `/items/0/name`).
    pub fn body(pointer: &str, detail: impl Into<String>) -> Self {
        Self {
            pointer: Some(format!("#{pointer}")),
            parameter: None,
            detail: detail.into(),
        }
    }

    /// An error in a query parameter or header.
    pub fn parameter(name: &str, detail: impl Into<String>) -> Self {
        Self {
            pointer: None,
            parameter: Some(name.to_owned()),
            detail: detail.into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{detail}")]
    Invalid {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("{detail}")]
    Unauthorized { detail: String, invalid_token: bool },
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the resource has changed since it was read: its ETag no longer matches If-Match")]
    PreconditionFailed,
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    Unprocessable(String),
    #[error("{0}")]
    NotAcceptable(String),
    #[error("the request body is larger than the limit of {0} bytes")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// 400 for the given invalid fields; the detail counts them.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        let what = if errors.iter().all(|e| e.parameter.is_some()) {
            "query parameter"
        } else {
            "field"
        };
        let detail = match errors.len() {
            1 => format!("The request has 1 invalid {what}."),
            n => format!("The request has {n} invalid {what}s."),
        };
        Self::Invalid { detail, errors }
    }

    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let (detail, errors) = match self {
            Self::Invalid { detail, errors } => (detail.clone(), errors.clone()),
            Self::Internal(_) => (
                "The server could not handle the request; it has been logged.".into(),
                vec![],
            ),
            other => (other.to_string(), vec![]),
        };
        Problem::new(status, detail, errors)
    }
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>, errors: Vec<FieldError>) -> Self {
        Self {
            problem_type: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: detail.into(),
            instance: None,
            errors,
        }
    }

    pub fn into_response(self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)))
            .body(body)
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Invalid { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::NotAcceptable(_) => StatusCode::NOT_ACCEPTABLE,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::Internal(cause) = self {
            tracing::error!(%cause, "request failed");
        }
        let mut response = self.problem().into_response();
        match self {
            Self::Unavailable(_) => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            Self::Unauthorized { invalid_token, .. } => {
                let challenge = if *invalid_token {
                    r#"Bearer realm="imvo-tracker", error="invalid_token""#
                } else {
                    r#"Bearer realm="imvo-tracker""#
                };
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static(challenge),
                );
            }
            _ => {}
        }
        response
    }
}

/// An error that may mean another transaction changed the row first (a
/// version check that matched no row): worth running the work again.
pub trait Conflict {
    fn is_conflict(&self) -> bool;
}

impl Conflict for AppError {
    /// Version checks answer a lost race as `PreconditionFailed`.
    fn is_conflict(&self) -> bool {
        matches!(self, Self::PreconditionFailed)
    }
}

impl From<DieselError> for AppError {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::NotFound => Self::NotFound("The resource does not exist.".into()),
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                Self::Unavailable(format!(
                    "The database connection was lost: {}",
                    info.message()
                ))
            }
            DieselError::DatabaseError(DatabaseErrorKind::UnableToSendCommand, info) => {
                Self::Unavailable(format!(
                    "The database cannot be reached: {}",
                    info.message()
                ))
            }
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => Self::Conflict(
                "A record with the same identifying fields is already stored.".into(),
            ),
            // A write racing a delete: the record it refers to is gone, or
            // one being deleted is still referred to.
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => Self::Conflict(
                "The write conflicts with a concurrent change: a record it refers to no longer \
                     exists, or records still refer to the one being deleted."
                    .into(),
            ),
            DieselError::DatabaseError(_, info) if is_lost_connection(info.message()) => {
                Self::Unavailable("The database connection was lost; try again shortly.".into())
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

/// libpq reports a server that went away mid-query, and SQLite a file it can
/// no longer use, as ordinary errors: both mean the storage is unavailable.
fn is_lost_connection(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    [
        "server closed the connection",
        "terminating connection",
        "no connection to the server",
        "connection refused",
        "could not receive data",
        "could not send data",
        "database is locked",
        "database system is shutting down",
        "database system is starting up",
        "unable to open database file",
        "disk i/o error",
        "file is not a database",
    ]
    .iter()
    .any(|needle| message.contains(needle))
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        tracing::warn!(%error, "no database connection");
        Self::Unavailable("The database is not available; try again shortly.".into())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(_: actix_web::error::BlockingError) -> Self {
        Self::Unavailable("The server is shutting down.".into())
    }
}
