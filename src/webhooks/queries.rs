//! Storage of webhook subscriptions and the reading of their deliveries.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::model::AuditEventRow;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::schema::{audit_events, webhook_attempts, webhook_deliveries, webhook_subscriptions};
use crate::storage::{delete_versioned, insert_versioned, update_versioned};
use crate::webhooks::model::{
    AttemptRow, AttemptView, DeliveryRow, DeliveryView, SubscriptionForm, SubscriptionInput,
    SubscriptionRow,
};

/// Whose subscriptions a caller may see: its own, or (an admin) all.
#[derive(Debug, Clone)]
pub enum Owner {
    Anyone,
    Subject(String),
}

fn not_found(id: i64) -> AppError {
    AppError::NotFound(format!("There is no webhook subscription {id} of yours."))
}

/// The subscription `id`, if the caller may see it (else a 404: another
/// subject's subscription looks like one that does not exist).
pub fn load(conn: &mut DbConnection, owner: &Owner, id: i64) -> Result<SubscriptionRow, AppError> {
    let row = webhook_subscriptions::table
        .find(id)
        .select(SubscriptionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| not_found(id))?;
    match owner {
        Owner::Subject(subject) if *subject != row.owner => Err(not_found(id)),
        _ => Ok(row),
    }
}

/// A page of the caller's subscriptions (changed since `since`, if given)
/// in creation order (newest first when `newest_first`), and how many in
/// all.
pub fn list(
    conn: &mut DbConnection,
    owner: &Owner,
    since: Option<NaiveDateTime>,
    newest_first: bool,
    offset: i64,
    limit: i64,
) -> Result<(Vec<SubscriptionRow>, i64), AppError> {
    let mine = || {
        let mut query = webhook_subscriptions::table.into_boxed();
        if let Some(since) = since {
            query = query.filter(webhook_subscriptions::updated_at.ge(since));
        }
        match owner {
            Owner::Anyone => query,
            Owner::Subject(subject) => {
                query.filter(webhook_subscriptions::owner.eq(subject.clone()))
            }
        }
    };
    let total = mine().count().get_result(conn)?;
    let order = if newest_first {
        mine().order_by(webhook_subscriptions::id.desc())
    } else {
        mine().order_by(webhook_subscriptions::id.asc())
    };
    let rows = order
        .offset(offset)
        .limit(limit)
        .select(SubscriptionRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

pub fn insert(
    conn: &mut DbConnection,
    owner: &str,
    input: &SubscriptionInput,
) -> Result<SubscriptionRow, AppError> {
    let form = (
        SubscriptionForm::new(input, None),
        webhook_subscriptions::owner.eq(owner),
    );
    let id = insert_versioned!(conn, webhook_subscriptions, form, db::now())?;
    load(conn, &Owner::Anyone, id)
}

/// Writes `input` over `current` if its version is still the stored one
/// (else 412).
pub fn update(
    conn: &mut DbConnection,
    current: &SubscriptionRow,
    input: &SubscriptionInput,
) -> Result<SubscriptionRow, AppError> {
    let form = SubscriptionForm::new(input, Some(current));
    update_versioned!(
        conn,
        webhook_subscriptions,
        current.id,
        current.version,
        form,
        db::now()
    )?;
    load(conn, &Owner::Anyone, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &SubscriptionRow) -> Result<(), AppError> {
    delete_versioned!(conn, webhook_subscriptions, current.id, current.version)
}

/// A page of a subscription's deliveries in the order they were queued
/// (newest first when `newest_first`), each with its attempts, and how many
/// in all.
pub fn deliveries(
    conn: &mut DbConnection,
    subscription_id: i64,
    states: Option<&[&'static str]>,
    newest_first: bool,
    offset: i64,
    limit: i64,
) -> Result<(Vec<DeliveryView>, i64), AppError> {
    let filtered = || {
        let query = webhook_deliveries::table
            .filter(webhook_deliveries::subscription_id.eq(subscription_id))
            .into_boxed();
        match states {
            Some(states) => query.filter(webhook_deliveries::state.eq_any(states.to_vec())),
            None => query,
        }
    };
    let total = filtered().count().get_result(conn)?;
    let order = if newest_first {
        filtered().order_by(webhook_deliveries::id.desc())
    } else {
        filtered().order_by(webhook_deliveries::id.asc())
    };
    let rows: Vec<(DeliveryRow, AuditEventRow)> = order
        .inner_join(audit_events::table)
        .offset(offset)
        .limit(limit)
        .select((DeliveryRow::as_select(), AuditEventRow::as_select()))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(delivery, _)| delivery.id).collect();
    let attempts: Vec<AttemptRow> = webhook_attempts::table
        .filter(webhook_attempts::delivery_id.eq_any(&ids))
        .order_by(webhook_attempts::id)
        .select(AttemptRow::as_select())
        .load(conn)?;
    let views = rows
        .iter()
        .map(|(delivery, event)| {
            let mine = attempts
                .iter()
                .filter(|attempt| attempt.delivery_id == delivery.id)
                .map(AttemptView::from)
                .collect();
            DeliveryView::of(delivery, event, mine)
        })
        .collect();
    Ok((views, total))
}
