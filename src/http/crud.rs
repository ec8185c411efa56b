//! The one read flow and the one write flow every resource shares. A
//! resource is a `Resource` impl (its storage, its rights and its `Api`
//! text); `endpoints` mounts and documents the six operations for it.
//!
//! Every write runs `write`: authorize the caller before the body is read
//! and before any lookup, parse and validate, then in one transaction load
//! the stored record, check `If-Match`, write with the row's version (412
//! when someone else wrote in between) and record the change in
//! `record_change`, the one place a change log, outbox or history attaches.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::{IntoParams, ToSchema};

use crate::audit::{self, Action, Audited};
use crate::auth::{Principal, ReadAccess, Role};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::{AppError, FieldError};
use crate::history;
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::idempotency::{IdempotencyKey, Reservation};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListFilter, ListQuery, Page, ReadQuery};
use crate::http::revalidation::{ResultCache, cached_read};
use crate::http::validation::Validate;
use crate::oecd_counts;
use crate::storage::Versioned;
use crate::webhooks::outbox;

pub use crate::http::api::{Api, Doc, PathParam};

/// A resource stored in the database and written through the API.
pub trait Resource: Sized + 'static {
    /// The path parameters that name one (`code`, `id`, `(id, year)`).
    type Key: DeserializeOwned + Clone + Send + 'static;
    /// The path parameters of its collection: `()` at the top level, the
    /// parent's key for a sub-resource.
    type Parent: DeserializeOwned + Send + 'static;
    /// What the queries load.
    type Record: Versioned + Send + 'static;
    /// What a client writes (POST, PUT, and what a merge patch applies to).
    type Input: DeserializeOwned
        + Serialize
        + ToSchema
        + Validate
        + Clone
        + Send
        + 'static
        + for<'a> From<&'a Self::Record>;
    /// What the API shows.
    type View: Audited + ToSchema + Send + 'static + for<'a> From<&'a Self::Record>;
    /// The filters and sort order of its collection.
    type Filter: ListFilter + Send + 'static;
    /// The query parameters of a `GET` of one (`NoParams` for most).
    type Read: ReadParams;

    /// Its paths and the text of its operations in the OpenAPI document.
    const API: Api;

    fn view(record: &Self::Record) -> Self::View {
        Self::View::from(record)
    }
    /// What a replace or merge patch starts from.
    fn input(record: &Self::Record) -> Self::Input {
        Self::Input::from(record)
    }
    /// The collection an item's key is in.
    fn parent_of(key: &Self::Key) -> Self::Parent;

    /// The record with `key`, or a 404 problem.
    fn load(conn: &mut DbConnection, key: &Self::Key) -> Result<Self::Record, AppError>;
    /// One page of the collection and how many match in all; a 404 problem
    /// when the parent does not exist.
    fn list(
        conn: &mut DbConnection,
        parent: &Self::Parent,
        query: &ListQuery<Self::Filter>,
    ) -> Result<(Vec<Self::Record>, i64), AppError>;
    /// The stored record `input` stands for by its natural key (a code; a
    /// name, date or year within its scope), if any: how the seed loader
    /// tells what is stored already.
    fn find_natural(
        _conn: &mut DbConnection,
        _parent: &Self::Parent,
        _input: &Self::Input,
    ) -> Result<Option<Self::Record>, AppError> {
        Err(AppError::Internal(format!(
            "{} has no natural key yet",
            Self::API.nouns
        )))
    }
    /// The views of `records`, with what `expand` asks for embedded.
    fn views(
        _conn: &mut DbConnection,
        records: &[Self::Record],
        _expand: Option<&str>,
    ) -> Result<Vec<Self::View>, AppError> {
        Ok(records.iter().map(Self::view).collect())
    }
    fn insert(
        conn: &mut DbConnection,
        parent: &Self::Parent,
        input: &Self::Input,
    ) -> Result<Self::Record, AppError>;
    /// Writes `input` over `current` if its version is still the stored one
    /// (else 412).
    fn update(
        conn: &mut DbConnection,
        current: &Self::Record,
        input: &Self::Input,
    ) -> Result<Self::Record, AppError>;
    /// Deletes `current` (a 409 naming what still refers to it).
    fn delete(conn: &mut DbConnection, current: &Self::Record) -> Result<(), AppError>;
    /// Deletes what `current` owns and goes with it, each through
    /// `delete_recorded`, before `current` itself.
    fn delete_dependents(
        _conn: &mut DbConnection,
        _principal: &Principal,
        _current: &Self::Record,
    ) -> Result<(), AppError> {
        Ok(())
    }

    /// Whether the caller may write this kind of resource at all; checked
    /// before the body is read.
    fn may_write(principal: &Principal) -> Result<(), AppError>;
    /// Whether the caller may create one (`may_write` unless narrower).
    fn may_create(principal: &Principal) -> Result<(), AppError> {
        Self::may_write(principal)
    }
    /// Whether the caller may delete one (`may_write` unless narrower).
    fn may_delete(principal: &Principal) -> Result<(), AppError> {
        Self::may_write(principal)
    }
    /// Whether the caller may write the resource with this key; checked
    /// before it is looked up (so a refusal tells nothing of its existence).
    fn may_write_key(_principal: &Principal, _key: &Self::Key) -> Result<(), AppError> {
        Ok(())
    }
    /// Whether the caller may write in this collection; checked in the
    /// write's transaction, before anything in it is looked up.
    fn may_write_parent(
        _conn: &mut DbConnection,
        _principal: &Principal,
        _parent: &Self::Parent,
    ) -> Result<(), AppError> {
        Ok(())
    }
    /// Whether the caller may write a resource in this state; checked for
    /// the stored state and for the state written, so nothing can be moved
    /// out of or into the caller's scope.
    fn may_write_input(_principal: &Principal, _input: &Self::Input) -> Result<(), AppError> {
        Ok(())
    }
    /// `may_write_input` for a stored record.
    fn may_write_record(principal: &Principal, record: &Self::Record) -> Result<(), AppError> {
        Self::may_write_input(principal, &Self::input(record))
    }
    /// Whether `input` keeps what cannot change (a code or year in the path).
    fn keeps_identity(_key: &Self::Key, _input: &Self::Input) -> Result<(), AppError> {
        Ok(())
    }
}

/// The query parameters of a `GET` of one resource.
pub trait ReadParams: DeserializeOwned + IntoParams + Send + 'static {
    /// What to embed, as `expand` names it.
    fn expand(&self) -> Option<&str> {
        None
    }
}

/// A `GET` of one that takes no query parameters.
#[derive(Debug, serde::Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

impl ReadParams for NoParams {}

/// A 400 for a body member that must equal the path (`/code`, `/year`).
pub fn identity_unchanged<T: PartialEq + std::fmt::Display>(
    member: &str,
    path: &T,
    body: &T,
    why: &str,
) -> Result<(), AppError> {
    if path == body {
        return Ok(());
    }
    Err(AppError::invalid(vec![FieldError::body(
        &format!("/{member}"),
        format!("must equal the {member} in the path (`{path}`); {why}"),
    )]))
}

/// `GET` a page of the collection.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn list<R: Resource>(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    parent: web::Path<R::Parent>,
    query: ListQuery<R::Filter>,
    cache: web::Data<ResultCache>,
) -> Result<HttpResponse, AppError> {
    let parent = parent.into_inner();
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, query.known_at, |conn| {
            let (records, total) = R::list(conn, &parent, &query)?;
            let items = R::views(conn, &records, query.filter.expand())?;
            Ok(Page::new(items, &query, total))
        })
    })
    .await
}

/// `GET` one, with its ETag.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn get<R: Resource>(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    key: web::Path<R::Key>,
    query: ReadQuery<R::Read>,
) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    let view = db::run(&pool, move |conn| {
        history::known_at(conn, query.known_at, |conn| {
            let record = R::load(conn, &key)?;
            R::views(conn, std::slice::from_ref(&record), query.params.expand())?
                .pop()
                .ok_or_else(|| AppError::Internal("a record without a view".into()))
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// `POST`: 201 with `Location` and `ETag`.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn create<R: Resource>(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    parent: web::Path<R::Parent>,
    body: JsonBody<R::Input>,
) -> Result<HttpResponse, AppError> {
    R::may_create(&principal)?;
    let input = body.parse()?;
    R::may_write_input(&principal, &input)?;
    let parent = parent.into_inner();
    let fingerprint = input.clone();
    insert_once(
        &req,
        principal,
        &pool,
        &fingerprint,
        move |conn, principal| insert_recorded::<R>(conn, principal, &parent, &input),
    )
    .await
}

/// The end of every `POST`: `insert` in one transaction, honouring an
/// `Idempotency-Key` (a retry with the same key and `input` gets the first
/// answer again), and 201 with `Location` and `ETag`.
pub async fn insert_once<V, I>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    input: &impl Serialize,
    insert: I,
) -> Result<HttpResponse, AppError>
where
    V: Audited + Send + 'static,
    I: Fn(&mut DbConnection, &Principal) -> Result<V, AppError> + Send + 'static,
{
    let key = IdempotencyKey::of(req, &principal, input)?;
    if let Some(key) = &key {
        match key.reserve(pool).await? {
            Reservation::Reserved => {}
            earlier => return earlier.answer(req),
        }
    }
    let stored_key = key.clone();
    let written = db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = insert(conn, &principal)?;
            if let Some(key) = &stored_key {
                let body =
                    serde_json::to_string(&view).map_err(|e| AppError::Internal(e.to_string()))?;
                key.complete(conn, &view.resource_path(), &body)?;
            }
            Ok(view)
        })
    })
    .await;
    match (written, key) {
        (Ok(view), _) => created(req, &view, &view.resource_path()),
        (Err(error), Some(key)) => {
            key.release(pool).await;
            Err(error)
        }
        (Err(error), None) => Err(error),
    }
}

/// The create flow inside a transaction, for `POST` and the seed loader.
pub fn insert_recorded<R: Resource>(
    conn: &mut DbConnection,
    principal: &Principal,
    parent: &R::Parent,
    input: &R::Input,
) -> Result<R::View, AppError> {
    R::may_write_parent(conn, principal, parent)?;
    let record = R::insert(conn, parent, input)?;
    let view = R::view(&record);
    record_change(conn, principal, Action::Create, None, Some(&view), &record)?;
    Ok(view)
}

/// `PUT`: replaces the writable state.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn replace<R: Resource>(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    key: web::Path<R::Key>,
    body: JsonBody<R::Input>,
) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    R::may_write(&principal)?;
    R::may_write_key(&principal, &key)?;
    authorize_stored::<R>(&pool, &principal, &key).await?;
    let input = body.parse()?;
    R::keeps_identity(&key, &input)?;
    let view = write(&req, principal, &pool, Keyed::<R>(key), replaced(input)).await?;
    json_with_etag(&req, &view)
}

/// `PATCH` with a JSON Merge Patch (RFC 7396): the patched state must be a
/// valid input as a whole.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn patch<R: Resource>(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    key: web::Path<R::Key>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    R::may_write(&principal)?;
    R::may_write_key(&principal, &key)?;
    authorize_stored::<R>(&pool, &principal, &key).await?;
    let patch = patch.parse()?;
    let view = write(&req, principal, &pool, Keyed::<R>(key), patched(patch)).await?;
    json_with_etag(&req, &view)
}

/// `DELETE`: 204.
#[tracing::instrument(skip_all, fields(resource = R::API.tag))]
pub async fn delete<R: Resource>(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    key: web::Path<R::Key>,
) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    R::may_delete(&principal)?;
    R::may_write_key(&principal, &key)?;
    write(&req, principal, &pool, Keyed::<R>(key), Change::Delete).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// What a write to a stored record does: the new input from the stored
/// one (replace, patch), or a delete.
pub enum Change<In> {
    Write(Box<NewInput<In>>),
    Delete,
}

/// The input a replace or patch writes, from the stored one.
pub type NewInput<In> = dyn Fn(&In) -> Result<In, AppError> + Send;

/// A `PUT`: `input` replaces the writable state.
pub fn replaced<In: Clone + Send + 'static>(input: In) -> Change<In> {
    Change::Write(Box::new(move |_| Ok(input.clone())))
}

/// A `PATCH`: a JSON Merge Patch (RFC 7396) applied to the stored input;
/// the result must be a valid input as a whole.
pub fn patched<In>(patch: serde_json::Value) -> Change<In>
where
    In: Serialize + DeserializeOwned + ToSchema + Validate + 'static,
{
    Change::Write(Box::new(move |stored: &In| {
        let stored = serde_json::to_value(stored).map_err(|e| AppError::Internal(e.to_string()))?;
        let unknown = unknown_members(&stored, &patch);
        match from_value(merge(stored, &patch)) {
            Ok(input) if unknown.is_empty() => Ok(input),
            Ok(_) => Err(AppError::invalid(unknown)),
            Err(AppError::Invalid { mut errors, .. }) => {
                // A member set to a value is named already; one set to
                // `null` only here.
                for field in unknown {
                    if !errors.iter().any(|e| e.pointer == field.pointer) {
                        errors.push(field);
                    }
                }
                Err(AppError::invalid(errors))
            }
            Err(other) => Err(other),
        }
    }))
}

/// The members of `patch` the input does not have. Merging would drop one
/// set to `null` silently, so it is refused as any other unknown member is.
fn unknown_members(stored: &serde_json::Value, patch: &serde_json::Value) -> Vec<FieldError> {
    let (Some(known), Some(patch)) = (stored.as_object(), patch.as_object()) else {
        return Vec::new();
    };
    patch
        .keys()
        .filter(|name| !known.contains_key(*name))
        .map(|name| {
            let pointer = format!("/{}", name.replace('~', "~0").replace('/', "~1"));
            FieldError::body(&pointer, "is not a member of this resource")
        })
        .collect()
}

/// What the write flow needs of one stored record: `Keyed` for every
/// `Resource`, and webhook subscriptions (read through their owners, so
/// not a `Resource`) beside them.
pub trait StoredWrite: Send + 'static {
    type Record: Versioned;
    type Input;
    type View: Audited;

    /// The record, if the caller may write it; a refusal as the resource
    /// tells it (403, or a 404 that tells nothing of what exists).
    fn load(
        &self,
        conn: &mut DbConnection,
        principal: &Principal,
    ) -> Result<Self::Record, AppError>;
    fn view(record: &Self::Record) -> Self::View;
    /// What a replace or merge patch starts from.
    fn input(record: &Self::Record) -> Self::Input;
    /// Whether the new input is valid here (a 400 whatever `If-Match`
    /// says).
    fn check_input(&self, input: &Self::Input) -> Result<(), AppError>;
    /// Whether the caller may write the new input (after `If-Match`).
    fn may_write_input(principal: &Principal, input: &Self::Input) -> Result<(), AppError>;
    /// Writes `input` over `current` if its version is still the stored one
    /// (else 412).
    fn update(
        &self,
        conn: &mut DbConnection,
        current: &Self::Record,
        input: &Self::Input,
    ) -> Result<Self::Record, AppError>;
    /// Deletes `current` and records it.
    fn delete(
        &self,
        conn: &mut DbConnection,
        principal: &Principal,
        current: &Self::Record,
    ) -> Result<(), AppError>;
}

/// A `Resource`'s record by its key, as the write flow sees it.
pub struct Keyed<R: Resource>(pub R::Key);

impl<R: Resource> StoredWrite for Keyed<R> {
    type Record = R::Record;
    type Input = R::Input;
    type View = R::View;

    fn load(&self, conn: &mut DbConnection, principal: &Principal) -> Result<R::Record, AppError> {
        R::may_write_parent(conn, principal, &R::parent_of(&self.0))?;
        let current = load_for_writing::<R>(conn, principal, &self.0)?;
        may_write_stored::<R>(principal, &current)?;
        Ok(current)
    }

    fn view(record: &R::Record) -> R::View {
        R::view(record)
    }

    fn input(record: &R::Record) -> R::Input {
        R::input(record)
    }

    fn check_input(&self, input: &R::Input) -> Result<(), AppError> {
        R::keeps_identity(&self.0, input)
    }

    fn may_write_input(principal: &Principal, input: &R::Input) -> Result<(), AppError> {
        R::may_write_input(principal, input)
    }

    fn update(
        &self,
        conn: &mut DbConnection,
        current: &R::Record,
        input: &R::Input,
    ) -> Result<R::Record, AppError> {
        R::update(conn, current, input)
    }

    fn delete(
        &self,
        conn: &mut DbConnection,
        principal: &Principal,
        current: &R::Record,
    ) -> Result<(), AppError> {
        delete_recorded::<R>(conn, principal, current)
    }
}

/// The write flow of a stored record, in one transaction (retried from a
/// fresh read when it loses a version race without `If-Match`). Answers
/// the view after the write (`None` for a delete).
pub async fn write<W: StoredWrite>(
    req: &HttpRequest,
    principal: Principal,
    pool: &Pool,
    stored: W,
    change: Change<W::Input>,
) -> Result<Option<W::View>, AppError>
where
    W::View: Send + 'static,
{
    let precondition = Precondition::from_request(req);
    db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = stored.load(conn, &principal)?;
            let before = W::view(&current);
            let Change::Write(change) = &change else {
                precondition.check(&before)?;
                stored.delete(conn, &principal, &current)?;
                return Ok(None);
            };
            // An invalid change is a 400 whatever `If-Match` says.
            let input = change(&W::input(&current))?;
            stored.check_input(&input)?;
            precondition.check(&before)?;
            W::may_write_input(&principal, &input)?;
            let updated = stored.update(conn, &current, &input)?;
            let after = W::view(&updated);
            record_change(
                conn,
                &principal,
                Action::Update,
                Some(&before),
                Some(&after),
                &updated,
            )?;
            Ok(Some(after))
        })
    })
    .await
}

/// The delete flow inside a transaction: what the record owns, the record,
/// and the record of each.
pub fn delete_recorded<R: Resource>(
    conn: &mut DbConnection,
    principal: &Principal,
    current: &R::Record,
) -> Result<(), AppError> {
    R::delete_dependents(conn, principal, current)?;
    R::delete(conn, current)?;
    record_change(
        conn,
        principal,
        Action::Delete,
        Some(&R::view(current)),
        None,
        current,
    )
}

/// Records one change, in the write's transaction: the one place every
/// write of every resource passes. The change log it writes is the audit
/// trail and the public change feed at once; a public change is also
/// queued for the webhook subscriptions that want it, and a change to what
/// the 90% indicator counts is counted before the write commits.
pub fn record_change<V: Audited>(
    conn: &mut DbConnection,
    principal: &Principal,
    action: Action,
    before: Option<&V>,
    after: Option<&V>,
    stored: &impl Versioned,
) -> Result<(), AppError> {
    let event = audit::record(conn, principal, action, before, after, stored.version())?;
    for organisation in [before, after]
        .into_iter()
        .flatten()
        .filter_map(Audited::counted_organisation)
    {
        oecd_counts::changed(conn, organisation)?;
    }
    match after.or(before) {
        Some(subject) if V::PUBLIC => {
            outbox::enqueue(conn, V::RESOURCE_TYPE, &subject.resource_id(), event)
        }
        _ => Ok(()),
    }
}

/// Refuses a secretariat a record outside its covenants before the body is
/// read, so that what it sends is not even looked at; the write's
/// transaction checks again.
async fn authorize_stored<R: Resource>(
    pool: &Pool,
    principal: &Principal,
    key: &R::Key,
) -> Result<(), AppError> {
    if principal.role != Role::Secretariat {
        return Ok(());
    }
    let (principal, key) = (principal.clone(), key.clone());
    db::run(pool, move |conn| {
        R::may_write_parent(conn, &principal, &R::parent_of(&key))?;
        may_write_stored::<R>(&principal, &load_for_writing::<R>(conn, &principal, &key)?)
    })
    .await
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
        Err(AppError::NotFound(_)) if principal.role == Role::Secretariat => Err(not_yours()),
        other => other,
    }
}

/// `may_write_record`, with any refusal told as `not_yours`: a record of
/// another covenant looks like one that does not exist.
pub fn may_write_stored<R: Resource>(
    principal: &Principal,
    record: &R::Record,
) -> Result<(), AppError> {
    R::may_write_record(principal, record).map_err(|error| match error {
        AppError::Forbidden(_) => not_yours(),
        other => other,
    })
}

/// The one 403 a secretariat gets for a parent it may not write, whether
/// the parent exists or not.
pub fn not_yours() -> AppError {
    AppError::Forbidden(
        "This token may write only its own covenants' records; this is not one of them.".into(),
    )
}
