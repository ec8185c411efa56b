//! The webhook outbox: what is queued in the write's transaction, claimed
//! by a sender, and settled after each attempt.
//!
//! Order per resource: of one subscription's undelivered deliveries of one
//! resource, only the oldest (its head) can be claimed, so an update never
//! overtakes the create or an earlier update. Deliveries are queued in the
//! order their changes commit (a record's writes wait for each other's row
//! lock), and a change is sent only once it has its feed position, so its
//! `webhook-id` is its cursor.
//!
//! Several senders (one per instance) share the outbox: a claim is a lease
//! (`locked_until`) taken by a conditional update, which only one of two
//! racing claimers can make (PostgreSQL re-checks the condition after the
//! first commits; SQLite runs one writer at a time). A sender that dies
//! mid-delivery leaves the lease to expire, and the delivery is tried
//! again: at least once, never twice at the same time.

use std::collections::HashMap;
use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::model::AuditEventRow;
use crate::db::{self, DbConnection, write_transaction};
use crate::error::AppError;
use crate::schema::{audit_events, webhook_attempts, webhook_deliveries, webhook_subscriptions};
use crate::webhooks::model::{DeliveryRow, DeliveryState, SubscriptionRow};

/// Queues a change for every enabled subscription that wants its type; in
/// the change's transaction, so both commit or neither does.
pub fn enqueue(
    conn: &mut DbConnection,
    resource_type: &str,
    resource_id: &str,
    audit_event_id: i64,
) -> Result<(), AppError> {
    let subscriptions: Vec<(i64, String)> = webhook_subscriptions::table
        .filter(webhook_subscriptions::enabled.eq(true))
        .select((
            webhook_subscriptions::id,
            webhook_subscriptions::resource_types,
        ))
        .load(conn)?;
    if subscriptions.is_empty() {
        return Ok(());
    }
    let now = db::now();
    let resource_key = format!("{resource_type}/{resource_id}");
    for (subscription_id, types) in subscriptions {
        if !wants(&types, resource_type) {
            continue;
        }
        diesel::insert_into(webhook_deliveries::table)
            .values((
                webhook_deliveries::subscription_id.eq(subscription_id),
                webhook_deliveries::audit_event_id.eq(audit_event_id),
                webhook_deliveries::resource_key.eq(&resource_key),
                webhook_deliveries::state.eq(DeliveryState::Pending.as_str()),
                webhook_deliveries::attempts.eq(0),
                webhook_deliveries::next_attempt_at.eq(now),
                webhook_deliveries::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether a subscription's stored type list takes `resource_type`.
fn wants(types: &str, resource_type: &str) -> bool {
    let types: Vec<String> = serde_json::from_str(types).unwrap_or_default();
    types.is_empty() || types.iter().any(|t| t == resource_type)
}

/// A delivery claimed for sending, with what it takes to send it.
pub struct Claimed {
    pub delivery: DeliveryRow,
    pub subscription: SubscriptionRow,
    pub event: AuditEventRow,
}

/// Most due deliveries looked at in one claim, so that those of busy
/// subscriptions do not hide the others'.
const CANDIDATES: i64 = 512;

/// Claims, for `lease`, up to `room` deliveries that are due, each the head
/// of its resource's queue, and none of a subscription that already has
/// `per_subscription` in flight (`busy` counts them).
pub fn claim(
    conn: &mut DbConnection,
    lease: Duration,
    room: usize,
    busy: &HashMap<i64, usize>,
    per_subscription: usize,
) -> Result<Vec<Claimed>, AppError> {
    // Most looks find nothing due: they take no write lock.
    let anything_due = diesel::select(diesel::dsl::exists(
        webhook_deliveries::table
            .filter(webhook_deliveries::state.eq(DeliveryState::Pending.as_str()))
            .filter(webhook_deliveries::next_attempt_at.le(db::now())),
    ))
    .get_result::<bool>(conn)?;
    if !anything_due {
        return Ok(Vec::new());
    }
    write_transaction(conn, |conn| {
        let now = db::now();
        let free = webhook_deliveries::locked_until
            .is_null()
            .or(webhook_deliveries::locked_until.lt(now));
        let heads = diesel::alias!(webhook_deliveries as heads);
        let head_ids = heads
            .filter(
                heads
                    .field(webhook_deliveries::state)
                    .ne(DeliveryState::Delivered.as_str()),
            )
            .group_by((
                heads.field(webhook_deliveries::subscription_id),
                heads.field(webhook_deliveries::resource_key),
            ))
            .select(diesel::dsl::min(heads.field(webhook_deliveries::id)));
        let candidates: Vec<(i64, i64)> = webhook_deliveries::table
            .inner_join(webhook_subscriptions::table)
            .inner_join(audit_events::table)
            .filter(webhook_deliveries::id.nullable().eq_any(head_ids))
            .filter(webhook_deliveries::state.eq(DeliveryState::Pending.as_str()))
            .filter(webhook_subscriptions::enabled.eq(true))
            .filter(webhook_deliveries::next_attempt_at.le(now))
            .filter(free)
            .filter(audit_events::feed_position.gt(0))
            .order_by(webhook_deliveries::id)
            .limit(CANDIDATES)
            .select((webhook_deliveries::id, webhook_deliveries::subscription_id))
            .load(conn)?;
        let mut taken = busy.clone();
        let mut due = Vec::new();
        for (id, subscription) in candidates {
            let count = taken.entry(subscription).or_default();
            if *count < per_subscription && due.len() < room {
                *count += 1;
                due.push(id);
            }
        }
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let claimed: Vec<i64> = diesel::update(
            webhook_deliveries::table
                .filter(webhook_deliveries::id.eq_any(&due))
                .filter(webhook_deliveries::state.eq(DeliveryState::Pending.as_str()))
                .filter(
                    webhook_deliveries::locked_until
                        .is_null()
                        .or(webhook_deliveries::locked_until.lt(now)),
                ),
        )
        .set(webhook_deliveries::locked_until.eq(now + lease))
        .returning(webhook_deliveries::id)
        .get_results(conn)?;
        let rows = webhook_deliveries::table
            .inner_join(webhook_subscriptions::table)
            .inner_join(audit_events::table)
            .filter(webhook_deliveries::id.eq_any(&claimed))
            .order_by(webhook_deliveries::id)
            .select((
                DeliveryRow::as_select(),
                SubscriptionRow::as_select(),
                AuditEventRow::as_select(),
            ))
            .load::<(DeliveryRow, SubscriptionRow, AuditEventRow)>(conn)?;
        Ok(rows
            .into_iter()
            .map(|(delivery, subscription, event)| Claimed {
                delivery,
                subscription,
                event,
            })
            .collect())
    })
}

/// How one attempt went.
pub struct Outcome {
    pub attempted_at: NaiveDateTime,
    /// The target's status, when it answered.
    pub status: Option<u16>,
    /// What went wrong; `None` for a 2xx.
    pub error: Option<String>,
    pub duration: Duration,
}

impl Outcome {
    fn succeeded(&self) -> bool {
        self.error.is_none()
    }
}

/// Records an attempt and settles the delivery: delivered; or retried after
/// the next of `retry_delays`; or, after the last, given up with its
/// subscription disabled. A `410 Gone` disables the subscription at once.
pub fn settle(
    conn: &mut DbConnection,
    claimed: &Claimed,
    outcome: &Outcome,
    retry_delays: &[Duration],
) -> Result<(), AppError> {
    write_transaction(conn, |conn| {
        let delivery = &claimed.delivery;
        let still_queued = webhook_deliveries::table
            .find(delivery.id)
            .select(webhook_deliveries::id)
            .first::<i64>(conn)
            .optional()?;
        if still_queued.is_none() {
            // Its subscription was deleted meanwhile.
            return Ok(());
        }
        diesel::insert_into(webhook_attempts::table)
            .values((
                webhook_attempts::delivery_id.eq(delivery.id),
                webhook_attempts::attempted_at.eq(outcome.attempted_at),
                webhook_attempts::status_code.eq(outcome.status.map(i32::from)),
                webhook_attempts::error.eq(&outcome.error),
                webhook_attempts::duration_ms
                    .eq(i64::try_from(outcome.duration.as_millis()).unwrap_or(i64::MAX)),
            ))
            .execute(conn)?;
        let now = db::now();
        let attempts = delivery.attempts + 1;
        let this = webhook_deliveries::table.find(delivery.id);
        if outcome.succeeded() {
            diesel::update(this)
                .set((
                    webhook_deliveries::state.eq(DeliveryState::Delivered.as_str()),
                    webhook_deliveries::attempts.eq(attempts),
                    webhook_deliveries::delivered_at.eq(now),
                    webhook_deliveries::locked_until.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)?;
            return Ok(());
        }
        let error = outcome.error.as_deref().unwrap_or("failed");
        let retry = usize::try_from(delivery.attempts)
            .ok()
            .and_then(|n| retry_delays.get(n));
        let (state, next, disabled) = match (outcome.status, retry) {
            (Some(410), _) => (
                DeliveryState::Pending,
                now,
                Some(format!(
                    "The target answered 410 Gone: it wants no more deliveries. Set `enabled` to true to start again. ({error})"
                )),
            ),
            (_, Some(delay)) => (DeliveryState::Pending, now + *delay, None),
            (_, None) => (
                DeliveryState::Failed,
                now,
                Some(format!(
                    "A delivery failed {attempts} times in a row, the last at {}: {error}. Set `enabled` to true to try again.",
                    now.and_utc().format("%Y-%m-%dT%H:%M:%SZ")
                )),
            ),
        };
        diesel::update(this)
            .set((
                webhook_deliveries::state.eq(state.as_str()),
                webhook_deliveries::attempts.eq(attempts),
                webhook_deliveries::next_attempt_at.eq(next),
                webhook_deliveries::locked_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?;
        if let Some(reason) = disabled {
            diesel::update(webhook_subscriptions::table.find(delivery.subscription_id))
                .set((
                    webhook_subscriptions::enabled.eq(false),
                    webhook_subscriptions::disabled_reason.eq(reason),
                    webhook_subscriptions::disabled_at.eq(now),
                    webhook_subscriptions::version.eq(webhook_subscriptions::version + 1),
                    webhook_subscriptions::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Queues again, from their first attempt, the deliveries given up for a
/// subscription: what re-enabling it does.
pub fn requeue_failed(conn: &mut DbConnection, subscription_id: i64) -> Result<(), AppError> {
    diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::subscription_id.eq(subscription_id))
            .filter(webhook_deliveries::state.eq(DeliveryState::Failed.as_str())),
    )
    .set((
        webhook_deliveries::state.eq(DeliveryState::Pending.as_str()),
        webhook_deliveries::attempts.eq(0),
        webhook_deliveries::next_attempt_at.eq(db::now()),
    ))
    .execute(conn)?;
    Ok(())
}

/// Removes the deliveries delivered before `cutoff`, with their attempts.
pub fn prune(conn: &mut DbConnection, cutoff: NaiveDateTime) -> Result<usize, AppError> {
    Ok(diesel::delete(
        webhook_deliveries::table
            .filter(webhook_deliveries::state.eq(DeliveryState::Delivered.as_str()))
            .filter(webhook_deliveries::delivered_at.lt(cutoff)),
    )
    .execute(conn)?)
}
