//! Reading the change log as a feed, and handing out feed positions.
//!
//! A change-log row is written in its change's transaction, but gets its
//! feed position only later, from `publish`, once committed. Ids alone would
//! not do: on PostgreSQL a transaction can take id 41, commit after the one
//! that took 42, and a poller that already read past 42 would never see 41.
//! `publish` numbers only what is committed, under one lock, above every
//! position handed out before, so positions grow in commit order and a
//! change's position is never below one a poller has already seen. Two
//! changes of one record commit in order (the row lock makes the second
//! wait), so they are published in that order too.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::model::AuditEventRow;
use crate::db::{DbConnection, write_transaction};
use crate::error::AppError;
use crate::schema::audit_events;

/// Any key that other code does not take: PostgreSQL advisory locks are
/// per database.
const PUBLISH_LOCK: i64 = 0x1_4d56_4f46;

/// Numbers every committed unpublished change, in the order written, after
/// the highest position so far (a private change's negative one aside).
const NUMBER_PUBLISHED: &str = "\
UPDATE audit_events SET feed_position = numbered.position
FROM (SELECT id,
             (SELECT COALESCE(MAX(feed_position), 0) FROM audit_events WHERE feed_position > 0)
               + ROW_NUMBER() OVER (ORDER BY id) AS position
      FROM audit_events WHERE feed_position IS NULL) AS numbered
WHERE audit_events.id = numbered.id";

/// Gives every committed change that has none a feed position.
pub fn publish(conn: &mut DbConnection) -> Result<(), AppError> {
    let pending = audit_events::table
        .filter(audit_events::feed_position.is_null())
        .select(audit_events::id)
        .first::<i64>(conn)
        .optional()?;
    if pending.is_none() {
        return Ok(());
    }
    write_transaction(conn, |conn| {
        // SQLite's write transaction already excludes every other writer.
        if let DbConnection::Postgresql(pg) = conn {
            diesel::sql_query(format!("SELECT pg_advisory_xact_lock({PUBLISH_LOCK})"))
                .execute(pg)?;
        }
        diesel::sql_query(NUMBER_PUBLISHED).execute(conn)?;
        Ok(())
    })
}

/// The state of the record as a whole: the last change published, and
/// when it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataVersion {
    /// The last feed position (0 before any change).
    pub position: i64,
    /// When that change was made.
    pub changed_at: Option<NaiveDateTime>,
}

diesel::alias!(
    audit_events as unpublished: Unpublished,
    audit_events as latest: Latest
);

/// The last published change and whether any committed change awaits a
/// position, in one round trip: what every revalidation reads. Written with
/// the query builder, so each connection prepares it once and keeps it (a
/// `sql_query` is parsed and planned again on every call, which costs
/// PostgreSQL more than running it). The last change is found by `max()`,
/// not by `ORDER BY ... LIMIT`: diesel binds the limit as a parameter, and
/// PostgreSQL, finding no plan for an unknown limit as cheap as the one for
/// LIMIT 1, would plan the prepared statement afresh on every call (the
/// `LIMIT` that `single_value` puts on the one-row `max()` changes no
/// plan).
fn last_change(conn: &mut DbConnection) -> Result<(DataVersion, bool), AppError> {
    let last = audit_events::table
        .filter(
            audit_events::feed_position.eq(latest
                .select(diesel::dsl::max(latest.field(audit_events::feed_position)))
                .single_value()),
        )
        .select((
            audit_events::feed_position,
            audit_events::occurred_at,
            diesel::dsl::exists(
                unpublished.filter(unpublished.field(audit_events::feed_position).is_null()),
            ),
        ))
        .get_result::<(Option<i64>, NaiveDateTime, bool)>(conn)
        .optional()?;
    Ok(match last {
        // Before the first public change the highest position can be a
        // private change's (negative) one: still the start of the feed.
        Some((position, changed_at, pending)) => (
            DataVersion {
                position: position.unwrap_or(0).max(0),
                changed_at: Some(changed_at),
            },
            pending,
        ),
        // Nothing published yet.
        None => (
            DataVersion {
                position: 0,
                changed_at: None,
            },
            diesel::select(diesel::dsl::exists(
                audit_events::table.filter(audit_events::feed_position.is_null()),
            ))
            .get_result::<bool>(conn)?,
        ),
    })
}

/// The data version: every committed change is published first, so a
/// change that commits later always raises it.
pub fn data_version(conn: &mut DbConnection) -> Result<DataVersion, AppError> {
    let (version, pending) = last_change(conn)?;
    if !pending {
        return Ok(version);
    }
    publish(conn)?;
    Ok(last_change(conn)?.0)
}

/// The last position handed out (0 before any change).
pub fn last_position(conn: &mut DbConnection) -> QueryResult<i64> {
    audit_events::table
        .filter(audit_events::feed_position.gt(0))
        .select(diesel::dsl::max(audit_events::feed_position))
        .first::<Option<i64>>(conn)
        .map(|last| last.unwrap_or(0))
}

/// Up to `limit` published changes after position `after`, oldest first.
pub fn after(
    conn: &mut DbConnection,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<(AuditEventRow, i64)>> {
    let rows = audit_events::table
        .filter(audit_events::feed_position.gt(after))
        .order_by(audit_events::feed_position.asc())
        .limit(limit)
        .select(AuditEventRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.feed_position.map(|position| (row, position)))
        .collect())
}
