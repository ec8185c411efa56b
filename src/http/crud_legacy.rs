//! The write and read flows every resource shares, written once: a handler
//! extracts, names its resource type, and calls one of these.
//!
//! Each write authorizes the caller before the body is read and before any
//! lookup, runs in one transaction, checks `If-Match` against the stored
//! representation, writes with the row's version (412 when someone else
//! wrote in between), and records one audit event with the representation
//! before and after.

use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::audit::{self, Action, Audited};
use crate::auth::{Principal, Role};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::validation::Validate;

/// A resource stored in the database and written through the API.
pub trait Resource: 'static {
    /// What identifies it in its path (a code or an id).
    type Key: Send + 'static;
    /// What the queries load.
    type Record: Send + 'static;
    /// What a client writes (POST, PUT, and what a merge patch applies to).
    type Input: DeserializeOwned
        + Serialize
        + utoipa::PartialSchema
        + Validate
        + Clone
        + Send
        + 'static;
    /// What the API shows.
    type View: Audited + Send + 'static;

    fn view(record: &Self::Record) -> Self::View;
    fn input(record: &Self::Record) -> Self::Input;

    /// The record with `key`, or a 404 problem.
    fn load(conn: &mut DbConnection, key: &Self::Key) -> Result<Self::Record, AppError>;
    fn insert(conn: &mut DbConnection, input: &Self::Input) -> Result<Self::Record, AppError>;
    /// Writes `input` over `current` if its version is still the stored one.
    fn update(
        conn: &mut DbConnection,
        current: &Self::Record,
        input: &Self::Input,
    ) -> Result<Self::Record, AppError>;
    /// Deletes `current` (a 409 when something still refers to it).
    fn delete(conn: &mut DbConnection, current: &Self::Record) -> Result<(), AppError>;

    /// Whether the caller may write this kind of resource at all; checked
    /// before the body is read.
    fn may_write(principal: &Principal) -> Result<(), AppError>;
    /// Whether the caller may write the resource with this key; checked
    /// before it is looked up (so a refusal tells nothing of its existence).
    fn may_write_key(_principal: &Principal, _key: &Self::Key) -> Result<(), AppError> {
        Ok(())
    }
    /// Whether the caller may write a resource in this state; checked for
    /// the stored state and for the state written, so nothing can be moved
    /// out of or into the caller's scope.
    fn may_write_input(principal: &Principal, input: &Self::Input) -> Result<(), AppError>;
    /// `may_write_input` for a stored record.
    fn may_write_record(principal: &Principal, record: &Self::Record) -> Result<(), AppError> {
        Self::may_write_input(principal, &Self::input(record))
    }
    /// Whether `input` keeps what cannot change (a code in the path).
    fn keeps_identity(_key: &Self::Key, _input: &Self::Input) -> Result<(), AppError> {
        Ok(())
    }
}

/// `GET` one resource, with its ETag.
pub async fn get<R: Resource>(
    req: &HttpRequest,
    pool: &Pool,
    key: R::Key,
) -> Result<HttpResponse, AppError> {
    let view = db::run(pool, move |conn| {
        R::load(conn, &key).map(|record| R::view(&record))
    })
    .await?;
    json_with_etag(req, &view)
}

/// `POST`: 201 with `Location` and `ETag`.
pub async fn create<R: Resource>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    body: JsonBody<R::Input>,
) -> Result<HttpResponse, AppError> {
    R::may_write(&principal)?;
    let input = body.parse()?;
    R::may_write_input(&principal, &input)?;
    let view = db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = R::view(&R::insert(conn, &input)?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(req, &view, &view.resource_path())
}

/// `PUT`: replaces the writable state.
pub async fn replace<R: Resource>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    key: R::Key,
    body: JsonBody<R::Input>,
) -> Result<HttpResponse, AppError> {
    R::may_write(&principal)?;
    R::may_write_key(&principal, &key)?;
    let input = body.parse()?;
    R::keeps_identity(&key, &input)?;
    write::<R>(req, principal, pool, key, move |_| Ok(input.clone())).await
}

/// `PATCH` with a JSON Merge Patch (RFC 7396): the patched state must be a
/// valid input as a whole.
pub async fn patch<R: Resource>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    key: R::Key,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    R::may_write(&principal)?;
    R::may_write_key(&principal, &key)?;
    let patch = patch.parse()?;
    write::<R>(req, principal, pool, key, move |stored| {
        let stored = serde_json::to_value(stored).map_err(|e| AppError::Internal(e.to_string()))?;
        from_value(merge(stored, &patch))
    })
    .await
}

async fn write<R: Resource>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    key: R::Key,
    change: impl Fn(&R::Input) -> Result<R::Input, AppError> + Send + 'static,
) -> Result<HttpResponse, AppError> {
    let precondition = Precondition::from_request(req);
    let view = db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = load_for_writing::<R>(conn, &principal, &key)?;
            R::may_write_record(&principal, &current)?;
            let before = R::view(&current);
            precondition.check(&before)?;
            let input = change(&R::input(&current))?;
            R::keeps_identity(&key, &input)?;
            R::may_write_input(&principal, &input)?;
            let after = R::view(&R::update(conn, &current, &input)?);
            audit::record(
                conn,
                &principal,
                Action::Update,
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    json_with_etag(req, &view)
}

/// The record a write is about. A secretariat is told 403 alike for a
/// record that does not exist and one of another covenant, as for every
/// covenant-owned resource; admins get the 404.
fn load_for_writing<R: Resource>(
    conn: &mut DbConnection,
    principal: &Principal,
    key: &R::Key,
) -> Result<R::Record, AppError> {
    match R::load(conn, key) {
        Err(AppError::NotFound(_)) if principal.role == Role::Secretariat => {
            Err(AppError::Forbidden(
                "This token may write only its own covenants' records; this is not one of them."
                    .into(),
            ))
        }
        other => other,
    }
}

/// `DELETE`: 204.
pub async fn delete<R: Resource>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    key: R::Key,
) -> Result<HttpResponse, AppError> {
    R::may_write(&principal)?;
    R::may_write_key(&principal, &key)?;
    let precondition = Precondition::from_request(req);
    db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = load_for_writing::<R>(conn, &principal, &key)?;
            R::may_write_record(&principal, &current)?;
            let before = R::view(&current);
            precondition.check(&before)?;
            R::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
