//! `Idempotency-Key` on every `POST` (IETF httpapi draft
//! "The Idempotency-Key HTTP Header Field"): a client that retries a create
//! with the same key and body gets the first response again instead of a
//! second record; the same key with another body is a 422; a retry while
//! the first request still runs is a 409.
//!
//! The key is reserved in its own transaction before the write, so that a
//! concurrent retry sees it; the response is stored in the write's own
//! transaction, so a key names a stored response exactly when the record
//! exists. A write that fails releases its key. Keys are per token subject
//! and kept 24 hours.

use actix_web::{HttpRequest, HttpResponse};
use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::auth::Principal;
use crate::db::{self, DbConnection, Pool};
use crate::error::{AppError, FieldError};
use crate::http::conditional::created;
use crate::schema::idempotency_keys;

const HEADER: &str = "Idempotency-Key";
/// How long a key and its response are kept.
const KEPT: TimeDelta = TimeDelta::hours(24);
/// A reservation this old without a response belongs to a request that
/// never finished (the process stopped): a retry may take it over.
const ABANDONED: TimeDelta = TimeDelta::minutes(5);

/// A request's key, with what identifies its request.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    actor: String,
    key: String,
    fingerprint: String,
}

impl IdempotencyKey {
    /// The request's key, if it has one: 1 to 255 visible ASCII characters
    /// (else 400). `request` is what must match on a retry: the method, the
    /// path and the parsed body.
    pub fn of(
        req: &HttpRequest,
        principal: &Principal,
        request: &impl serde::Serialize,
    ) -> Result<Option<Self>, AppError> {
        let mut values = req.headers().get_all(HEADER);
        let Some(value) = values.next() else {
            return Ok(None);
        };
        let key = value
            .to_str()
            .ok()
            .map(|k| k.trim_matches('"'))
            .filter(|k| (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()));
        let (Some(key), None) = (key, values.next()) else {
            return Err(AppError::invalid(vec![FieldError::parameter(
                HEADER,
                "must be given once, as 1 to 255 visible ASCII characters (a UUID, say)",
            )]));
        };
        let body = serde_json::to_vec(request).map_err(|e| AppError::Internal(e.to_string()))?;
        let fingerprint = format!(
            "{:016x}",
            xxhash_rust::xxh3::xxh3_64(
                &[
                    req.method().as_str().as_bytes(),
                    b" ",
                    req.path().as_bytes(),
                    b"\n",
                    &body
                ]
                .concat()
            )
        );
        Ok(Some(Self {
            actor: principal.sub.clone(),
            key: key.to_owned(),
            fingerprint,
        }))
    }

    /// Reserves the key, or says what an earlier request with it did.
    pub async fn reserve(&self, pool: &Pool) -> Result<Reservation, AppError> {
        let key = self.clone();
        db::run(pool, move |conn| key.reserve_now(conn)).await
    }

    fn reserve_now(&self, conn: &mut DbConnection) -> Result<Reservation, AppError> {
        let now = db::now();
        diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(now - KEPT)))
            .execute(conn)?;
        let inserted = diesel::insert_into(idempotency_keys::table)
            .values((
                idempotency_keys::actor.eq(&self.actor),
                idempotency_keys::idempotency_key.eq(&self.key),
                idempotency_keys::fingerprint.eq(&self.fingerprint),
                idempotency_keys::created_at.eq(now),
            ))
            .execute(conn);
        match inserted {
            Ok(_) => Ok(Reservation::Reserved),
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                self.earlier(conn, now)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// What the earlier request with this key did.
    fn earlier(
        &self,
        conn: &mut DbConnection,
        now: NaiveDateTime,
    ) -> Result<Reservation, AppError> {
        let (fingerprint, status, location, body, at): Stored = idempotency_keys::table
            .find((&self.actor, &self.key))
            .select((
                idempotency_keys::fingerprint,
                idempotency_keys::status,
                idempotency_keys::location,
                idempotency_keys::body,
                idempotency_keys::created_at,
            ))
            .first(conn)?;
        if fingerprint != self.fingerprint {
            return Ok(Reservation::OtherRequest);
        }
        match (status, location, body) {
            (Some(_), Some(location), Some(body)) => Ok(Reservation::Done { location, body }),
            _ if at < now - ABANDONED => {
                diesel::update(idempotency_keys::table.find((&self.actor, &self.key)))
                    .set(idempotency_keys::created_at.eq(now))
                    .execute(conn)?;
                Ok(Reservation::Reserved)
            }
            _ => Ok(Reservation::InFlight),
        }
    }

    /// Stores the response of the request that reserved the key, in the
    /// transaction that wrote its record.
    pub fn complete(&self, conn: &mut DbConnection, location: &str, body: &str) -> QueryResult<()> {
        diesel::update(idempotency_keys::table.find((&self.actor, &self.key)))
            .set((
                idempotency_keys::status.eq(201),
                idempotency_keys::location.eq(location),
                idempotency_keys::body.eq(body),
            ))
            .execute(conn)
            .map(|_| ())
    }

    /// Frees the key of a request that wrote nothing, so it can be retried.
    pub async fn release(&self, pool: &Pool) {
        let key = self.clone();
        let released = db::run(pool, move |conn| {
            diesel::delete(
                idempotency_keys::table
                    .find((&key.actor, &key.key))
                    .filter(idempotency_keys::status.is_null()),
            )
            .execute(conn)?;
            Ok(())
        })
        .await;
        if let Err(error) = released {
            tracing::warn!(%error, "an idempotency key could not be released; it expires by itself");
        }
    }
}

type Stored = (
    String,
    Option<i32>,
    Option<String>,
    Option<String>,
    NaiveDateTime,
);

/// What reserving a key found.
pub enum Reservation {
    /// The key is this request's: go on and write.
    Reserved,
    /// An earlier request with this key and body created a record.
    Done { location: String, body: String },
    /// An earlier request with this key is still running.
    InFlight,
    /// The key was used for another request.
    OtherRequest,
}

impl Reservation {
    /// The answer for a request whose key was not free.
    pub fn answer(self, req: &HttpRequest) -> Result<HttpResponse, AppError> {
        match self {
            Self::Reserved => Err(AppError::Internal(
                "a reserved key has no answer yet".into(),
            )),
            Self::Done { location, body } => {
                let view: serde_json::Value =
                    serde_json::from_str(&body).map_err(|e| AppError::Internal(e.to_string()))?;
                created(req, &view, &location)
            }
            Self::InFlight => Err(AppError::Conflict(format!(
                "A request with this {HEADER} is still being processed; retry when it has been answered."
            ))),
            Self::OtherRequest => Err(AppError::Unprocessable(format!(
                "This {HEADER} was used for a different request (another body or path); use a new key for a new request."
            ))),
        }
    }
}
