//! Views of the record known at an instant, named like the tables they
//! stand for, and the reads that run over them.

use chrono::NaiveDateTime;
use diesel::connection::{SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::sql_types::Text;
use diesel::{Connection, QueryableByName, RunQueryDsl};

use super::VERSIONED;
use crate::db::DbConnection;
use crate::error::AppError;

/// PostgreSQL's schema of the views; first on the `search_path` of a
/// `knownAt` read.
const SCHEMA: &str = "imvo_known_at";
/// The transaction-local setting the PostgreSQL views read the instant from.
const SETTING: &str = "imvo.known_at";

/// Runs `work`, a read, over the record as it was known at `instant`; over
/// today's record when there is none. The read runs in a transaction that
/// is rolled back, which also undoes what set the views up.
pub fn known_at<T>(
    conn: &mut DbConnection,
    instant: Option<NaiveDateTime>,
    work: impl FnOnce(&mut DbConnection) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let Some(instant) = instant else {
        return work(conn);
    };
    type Manager = <DbConnection as Connection>::TransactionManager;
    Manager::begin_transaction(conn)?;
    let outcome = over_views(conn, instant).and_then(|()| {
        let _reading = KnownRecordRead::start();
        work(conn)
    });
    if let Err(rollback_error) = Manager::rollback_transaction(conn) {
        tracing::warn!(%rollback_error, "rollback of a knownAt read failed");
        return Err(rollback_error.into());
    }
    outcome
}

thread_local! {
    /// Whether the read running on this thread reads the record known at an
    /// instant: figures maintained from today's record do not apply there.
    static READING_KNOWN_RECORD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread is inside a `knownAt` read (`known_at` with an
/// instant): a figure kept up to date from today's record must then be
/// computed from the versions instead.
pub fn reading_known_record() -> bool {
    READING_KNOWN_RECORD.get()
}

/// Marks this thread as reading the known record until dropped.
struct KnownRecordRead {
    outer: bool,
}

impl KnownRecordRead {
    fn start() -> Self {
        Self {
            outer: READING_KNOWN_RECORD.replace(true),
        }
    }
}

impl Drop for KnownRecordRead {
    fn drop(&mut self) {
        READING_KNOWN_RECORD.set(self.outer);
    }
}

/// Points the transaction's reads of the versioned tables at `instant`.
fn over_views(conn: &mut DbConnection, instant: NaiveDateTime) -> Result<(), AppError> {
    let instant = instant.format("%F %T%.f").to_string();
    match conn {
        DbConnection::Postgresql(pg) => {
            diesel::sql_query(
                "SELECT set_config($1, $2, true), \
                 set_config('search_path', $3 || ', ' || current_setting('search_path'), true)",
            )
            .bind::<Text, _>(SETTING)
            .bind::<Text, _>(instant)
            .bind::<Text, _>(SCHEMA)
            .execute(pg)?;
        }
        DbConnection::Sqlite(_) => {
            let literal = format!("'{instant}'");
            let views: String = columns(conn)?
                .iter()
                .map(|(table, columns)| {
                    format!(
                        "CREATE TEMP VIEW {table} AS {};",
                        select_known(table, columns, "main.", &literal)
                    )
                })
                .collect();
            conn.batch_execute(&views)?;
        }
    }
    Ok(())
}

/// The rows of `table` known at the instant `at` (an SQL expression).
fn select_known(table: &str, columns: &[String], schema: &str, at: &str) -> String {
    let columns = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "SELECT {columns} FROM {schema}{table} WHERE updated_at <= {at} \
         UNION ALL SELECT {columns} FROM {schema}{table}_history \
         WHERE updated_at <= {at} AND known_to > {at}"
    )
}

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// The columns of each versioned table, in order; an error when a table's
/// history does not have `known_to` and then exactly the table's columns
/// (a migration changed a table and not its history).
fn columns(conn: &mut DbConnection) -> Result<Vec<(String, Vec<String>)>, AppError> {
    let names = VERSIONED
        .iter()
        .flat_map(|t| [format!("'{t}'"), format!("'{t}_history'")])
        .collect::<Vec<_>>()
        .join(", ");
    let found: Vec<Column> = match conn {
        DbConnection::Postgresql(pg) => diesel::sql_query(format!(
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name IN ({names}) \
             ORDER BY table_name, ordinal_position"
        ))
        .load(pg)?,
        DbConnection::Sqlite(sqlite) => diesel::sql_query(format!(
            "SELECT m.name AS table_name, p.name AS column_name \
             FROM sqlite_schema m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name IN ({names}) ORDER BY m.name, p.cid"
        ))
        .load(sqlite)?,
    };
    let of = |table: &str| -> Vec<String> {
        found
            .iter()
            .filter(|c| c.table_name == table)
            .map(|c| c.column_name.clone())
            .collect()
    };
    VERSIONED
        .iter()
        .map(|table| {
            let columns = of(table);
            let mut expected = vec!["known_to".to_owned()];
            expected.extend(columns.iter().cloned());
            let history = of(&format!("{table}_history"));
            if columns.is_empty() || history != expected {
                return Err(AppError::Internal(format!(
                    "{table}_history must have known_to and then the columns of {table} \
                     ({}), in order; it has ({}). A migration changed {table} and not its history.",
                    columns.join(", "),
                    history.join(", ")
                )));
            }
            Ok(((*table).to_owned(), columns))
        })
        .collect()
}

/// Checks every history table (see `columns`) and, on PostgreSQL, makes
/// the views of `knownAt` reads anew. Run after the migrations, under the
/// startup lock; `drop_views` before migrations that may change a table.
pub fn install_views(conn: &mut DbConnection) -> Result<(), AppError> {
    let tables = columns(conn)?;
    let DbConnection::Postgresql(pg) = conn else {
        return Ok(());
    };
    // A scalar subquery, so PostgreSQL reads the setting once per query
    // (an InitPlan), not once per row: a third of the time of a count over
    // 100,000 rows (bench/RESULTS.md).
    let at = format!("(SELECT current_setting('{SETTING}')::timestamp)");
    let mut sql = format!("CREATE SCHEMA IF NOT EXISTS {SCHEMA};");
    for (table, columns) in &tables {
        sql.push_str(&format!(
            "CREATE OR REPLACE VIEW {SCHEMA}.{table} AS {};",
            select_known(table, columns, "", &at)
        ));
    }
    pg.transaction(|pg| pg.batch_execute(&sql))?;
    Ok(())
}

/// Drops the PostgreSQL views, so that a migration may change the tables
/// they select from.
pub fn drop_views(pg: &mut PgConnection) -> diesel::QueryResult<()> {
    pg.batch_execute(&format!("DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
}
