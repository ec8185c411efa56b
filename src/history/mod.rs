//! Every version of every public record (transaction time), and reads of
//! the record as it was known at an instant (`knownAt`).
//!
//! A table keeps its current rows; `<table>_history` keeps each version a
//! correction or delete closed: the row as it was, with `known_to`, the
//! instant it stopped holding. A version holds from its `updated_at`, so
//! the record known at an instant K is, per table, the current rows with
//! `updated_at <= K` and the history rows with `updated_at <= K < known_to`.
//!
//! A `knownAt` read runs the very queries of a read of today, over views of
//! that name which select the record known at K: the same code answers both,
//! so the figures cannot drift apart. On PostgreSQL the views live in their
//! own schema, put first on the `search_path` of the read's transaction, and
//! read K from a transaction-local setting. On SQLite they are temporary
//! views, which shadow the tables of the same name, made in the read's
//! transaction and rolled back with it.

mod views;

pub use views::{drop_views, install_views, known_at, reading_known_record};

use chrono::NaiveDateTime;
use diesel::RunQueryDsl;
use diesel::sql_types::{BigInt, Timestamp};

use crate::db::DbConnection;

/// The tables whose versions are kept: every table a public read touches.
/// Each has an `updated_at` (when its current version became known) and a
/// `<table>_history` with `known_to` and then the table's own columns.
pub const VERSIONED: &[&str] = &[
    "sectors",
    "covenants",
    "covenant_status_changes",
    "letters",
    "annual_reports",
    "indicators",
    "targets",
    "measurements",
    "working_groups",
    "working_group_themes",
    "working_group_outputs",
    "motions",
    "motion_submitters",
    "motion_covenants",
    "motion_responses",
    "organisations",
    "size_facts",
    "oecd_endorsements",
    "participations",
    "published_figures",
    "evaluations",
    "ngo_assessments",
    "programmes",
    "governance_bodies",
    "remedy_mechanisms",
];

/// Keeps the current rows of `table` whose `column` is `key` as versions
/// that stopped holding at `now`, before a write replaces or deletes them.
/// Runs in the write's transaction, so a write that fails keeps nothing.
/// A table outside `VERSIONED` (webhook subscriptions: private, not part
/// of the record) keeps none.
pub fn keep(
    conn: &mut DbConnection,
    table: &'static str,
    column: &'static str,
    key: i64,
    now: NaiveDateTime,
) -> diesel::QueryResult<usize> {
    if !VERSIONED.contains(&table) {
        return Ok(0);
    }
    let sql = |mark: char| {
        format!(
            "INSERT INTO {table}_history SELECT {mark}1, t.* FROM {table} t \
             WHERE t.{column} = {mark}2"
        )
    };
    match conn {
        DbConnection::Postgresql(pg) => diesel::sql_query(sql('$'))
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(key)
            .execute(pg),
        DbConnection::Sqlite(sqlite) => diesel::sql_query(sql('?'))
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(key)
            .execute(sqlite),
    }
}
