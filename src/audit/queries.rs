//! Audit storage: diesel only.

use diesel::prelude::*;

use crate::audit::model::{Action, AuditEventFilter, AuditEventRow, Audited};
use crate::auth::Principal;
use crate::db::{self, Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::{SortKey, stored_instant};
use crate::schema::audit_events;

/// Records a change and answers its id; call it inside the write's
/// transaction so the event and the change are committed, or rolled back,
/// together. A change of a private resource is never published in the feed:
/// it takes the position `-id` at once, below every cursor.
pub fn record<T: Audited>(
    conn: &mut DbConnection,
    principal: &Principal,
    action: Action,
    before: Option<&T>,
    after: Option<&T>,
    version: i64,
) -> Result<i64, AppError> {
    let subject = after
        .or(before)
        .ok_or_else(|| AppError::Internal("an audit event needs a state".into()))?;
    let json = |state: Option<&T>| {
        state
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| AppError::Internal(e.to_string()))
    };
    let id = diesel::insert_into(audit_events::table)
        .values((
            audit_events::occurred_at.eq(db::now()),
            audit_events::actor.eq(&principal.sub),
            audit_events::role.eq(principal.role.as_str()),
            audit_events::action.eq(action.as_str()),
            audit_events::resource_type.eq(T::RESOURCE_TYPE),
            audit_events::resource_id.eq(subject.resource_id()),
            audit_events::resource_path.eq(subject.resource_path()),
            audit_events::request_id.eq(&principal.request_id),
            audit_events::before_state.eq(json(before)?),
            audit_events::after_state.eq(json(after)?),
            audit_events::version.eq(version),
        ))
        .returning(audit_events::id)
        .get_result::<i64>(conn)?;
    if !T::PUBLIC {
        diesel::update(audit_events::table.find(id))
            .set(audit_events::feed_position.eq(-id))
            .execute(conn)?;
    }
    Ok(id)
}

fn filtered<'a>(filter: &AuditEventFilter) -> audit_events::BoxedQuery<'a, Backend> {
    let mut query = audit_events::table.into_boxed();
    if let Some(kind) = &filter.resource_type {
        query = query.filter(audit_events::resource_type.eq(kind.clone()));
    }
    if let Some(id) = &filter.resource_id {
        query = query.filter(audit_events::resource_id.eq(id.clone()));
    }
    if let Some(actor) = &filter.actor {
        query = query.filter(audit_events::actor.eq(actor.clone()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_events::occurred_at.ge(stored_instant(from)));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_events::occurred_at.lt(stored_instant(to)));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    filter: &AuditEventFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<AuditEventRow>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let newest_first = sort.first().is_none_or(|key| key.descending);
    let query = filtered(filter).select(AuditEventRow::as_select());
    let query = if newest_first {
        query.order_by((audit_events::occurred_at.desc(), audit_events::id.desc()))
    } else {
        query.order_by((audit_events::occurred_at.asc(), audit_events::id.asc()))
    };
    let rows = query.offset(offset).limit(limit).load(conn)?;
    Ok((rows, total))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<AuditEventRow, AppError> {
    audit_events::table
        .find(id)
        .select(AuditEventRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no audit event {id}.")))
}
