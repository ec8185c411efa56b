//! One connection type over SQLite and PostgreSQL, its pool, the embedded
//! migrations and the transaction helper every write goes through.

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseTarget;
use crate::error::{AppError, Conflict};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Milliseconds SQLite waits for a lock held by another connection before it
/// gives up; writes also take the lock up front (`BEGIN IMMEDIATE`).
const SQLITE_BUSY_TIMEOUT_MS: u32 = 10_000;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// The backend type of `DbConnection`, for boxed queries.
pub type Backend = <DbConnection as Connection>::Backend;
pub type Pool = r2d2::Pool<ConnectionManager>;

/// Opens connections for the pool. It picks the backend from the URL itself
/// (the derive's `establish` would try both and hide libpq's real message) and
/// prepares every new SQLite connection.
///
/// It tests a connection on check-out only when a database failure has been
/// reported since the connection was last known good: after an outage every
/// pooled connection is suspect and is tested (and replaced when dead) before
/// its next use, while in steady state a check-out costs no round trip.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    target: DatabaseTarget,
    failures: Arc<AtomicU64>,
}

/// A pooled connection; it dereferences to the `DbConnection` queries take.
pub struct PooledDb {
    conn: DbConnection,
    /// The pool's failure count when this connection was last known good.
    good_at: u64,
    failures: Arc<AtomicU64>,
}

impl PooledDb {
    /// Records that the database failed (lost connection, outage): every
    /// connection of the pool is tested before its next use.
    pub fn report_failure(&self) {
        self.failures.fetch_add(1, Ordering::AcqRel);
    }
}

impl Deref for PooledDb {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        &self.conn
    }
}

impl DerefMut for PooledDb {
    fn deref_mut(&mut self) -> &mut DbConnection {
        &mut self.conn
    }
}

impl ConnectionManager {
    pub fn new(target: DatabaseTarget) -> Self {
        Self {
            target,
            failures: Arc::default(),
        }
    }
}

/// Opens one connection, reporting the backend's own error text.
pub fn connect(target: &DatabaseTarget) -> Result<DbConnection, String> {
    match target {
        DatabaseTarget::Postgres(url) => PgConnection::establish(url)
            .map(DbConnection::Postgresql)
            .map_err(|e| format!("cannot connect to PostgreSQL: {}", one_line(&e.to_string()))),
        DatabaseTarget::Sqlite(path) => {
            create_parent_folder(path)?;
            let url = path.to_string_lossy();
            let mut conn = SqliteConnection::establish(&url).map_err(|e| {
                format!(
                    "cannot open SQLite file {}: {}",
                    path.display(),
                    one_line(&e.to_string())
                )
            })?;
            conn.batch_execute(&format!(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;"
            ))
            .map_err(|e| format!("cannot prepare SQLite file {}: {e}", path.display()))?;
            Ok(DbConnection::Sqlite(conn))
        }
    }
}

fn create_parent_folder(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && path.to_string_lossy() != ":memory:" => {
            std::fs::create_dir_all(dir).map_err(|e| {
                format!(
                    "cannot create folder {} for the database: {e}",
                    dir.display()
                )
            })
        }
        _ => Ok(()),
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why the pool could not open or keep a connection.
#[derive(Debug, thiserror::Error)]
pub enum ManagerError {
    #[error("{0}")]
    Connect(String),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

impl ManageConnection for ConnectionManager {
    type Connection = PooledDb;
    type Error = ManagerError;

    fn connect(&self) -> Result<PooledDb, ManagerError> {
        let good_at = self.failures.load(Ordering::Acquire);
        let conn = connect(&self.target).map_err(ManagerError::Connect)?;
        Ok(PooledDb {
            conn,
            good_at,
            failures: Arc::clone(&self.failures),
        })
    }

    fn is_valid(&self, pooled: &mut PooledDb) -> Result<(), ManagerError> {
        let failures = self.failures.load(Ordering::Acquire);
        if pooled.good_at != failures {
            ping(&mut pooled.conn)?;
            pooled.good_at = failures;
        }
        Ok(())
    }

    fn has_broken(&self, pooled: &mut PooledDb) -> bool {
        std::thread::panicking()
            || <DbConnection as Connection>::TransactionManager::is_broken_transaction_manager(
                &mut pooled.conn,
            )
    }
}

/// The cheapest query that proves the connection works.
pub fn ping(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    diesel::sql_query("SELECT 1").execute(conn).map(drop)
}

/// Builds the pool. It opens connections lazily, so a database that is down
/// later is noticed per request (503) and picked up again when it returns;
/// the check-out test costs a query only after a reported failure.
pub fn build_pool(target: &DatabaseTarget, size: u32, timeout: Duration) -> Pool {
    r2d2::Pool::builder()
        .max_size(size)
        .min_idle(Some(1))
        .connection_timeout(timeout)
        .test_on_check_out(true)
        .build_unchecked(ConnectionManager::new(target.clone()))
}

/// Applies the pending migrations of the connection's backend; returns how
/// many ran.
pub fn run_migrations(conn: &mut DbConnection) -> Result<usize, String> {
    let applied = match conn {
        DbConnection::Postgresql(pg) => pg
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
        DbConnection::Sqlite(sqlite) => sqlite
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.len()),
    };
    applied.map_err(|e| format!("cannot apply migrations: {e}"))
}

/// How often a write is run again after losing a version race; each lost
/// race means another writer committed, so this bounds only pathological
/// contention.
const CONFLICT_RETRIES: usize = 64;

/// Runs `work` as one transaction, and again (from a fresh read) when it
/// lost a race to a concurrent writer. A write whose `If-Match` no longer
/// holds still fails: the retry re-checks it against the new state. On
/// SQLite the transaction takes the write lock at the start (`BEGIN
/// IMMEDIATE`), so concurrent writers wait for each other (busy timeout)
/// instead of failing halfway with "database is locked".
pub fn write_transaction<T, E, F>(conn: &mut DbConnection, mut work: F) -> Result<T, E>
where
    F: FnMut(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error> + Conflict,
{
    let mut attempt = 0;
    loop {
        match transaction_once(conn, &mut work) {
            Err(error) if error.is_conflict() && attempt < CONFLICT_RETRIES => attempt += 1,
            outcome => return outcome,
        }
    }
}

fn transaction_once<T, E, F>(conn: &mut DbConnection, work: &mut F) -> Result<T, E>
where
    F: FnMut(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    type Manager = <DbConnection as Connection>::TransactionManager;
    match conn {
        DbConnection::Sqlite(sqlite) => {
            if transaction_depth(sqlite) == 0 {
                AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?
            } else {
                AnsiTransactionManager::begin_transaction(sqlite)?
            }
        }
        DbConnection::Postgresql(_) => Manager::begin_transaction(conn)?,
    }
    match work(conn) {
        Ok(value) => match Manager::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(commit_error) => {
                let _ = Manager::rollback_transaction(conn);
                Err(commit_error.into())
            }
        },
        Err(error) => {
            if let Err(rollback_error) = Manager::rollback_transaction(conn) {
                tracing::warn!(%rollback_error, "rollback failed");
            }
            Err(error)
        }
    }
}

fn transaction_depth(conn: &mut SqliteConnection) -> u32 {
    AnsiTransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()
        .ok()
        .flatten()
        .map_or(0, |depth| depth.get())
}

/// Runs blocking database work on the worker's blocking threads with a
/// pooled connection, waiting at most the pool's timeout (then 503).
pub async fn run<T, F>(pool: &Pool, work: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    run_within(pool, pool.connection_timeout(), work).await
}

/// `run` with its own bound on waiting, first for a blocking thread and then
/// for a connection, in all; work that has started is never abandoned.
pub async fn run_within<T, F>(pool: &Pool, timeout: Duration, work: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    // Claimed by whichever comes first: the thread starting the work, or
    // this request giving up on a thread.
    let claimed = Arc::new(AtomicBool::new(false));
    let claimed_by_thread = Arc::clone(&claimed);
    let pool = pool.clone();
    let mut task = std::pin::pin!(actix_web::web::block(move || {
        if claimed_by_thread.swap(true, Ordering::AcqRel) {
            return None;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        Some(with_connection(&pool, left, work))
    }));
    let finished = match actix_web::rt::time::timeout(timeout, &mut task).await {
        Ok(finished) => finished,
        Err(_) if !claimed.swap(true, Ordering::AcqRel) => Ok(None),
        Err(_) => task.await,
    };
    finished?.unwrap_or_else(|| {
        tracing::warn!("no database thread was free within the pool's timeout");
        Err(AppError::Unavailable(
            "The database is busy; try again shortly.".into(),
        ))
    })
}

/// Runs `work` on a connection checked out within `timeout`; a failure of
/// the database itself (a 503) gets the pool's connections tested.
fn with_connection<T>(
    pool: &Pool,
    timeout: Duration,
    work: impl FnOnce(&mut DbConnection) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut conn = pool.get_timeout(timeout)?;
    let outcome = work(&mut conn);
    if let Err(AppError::Unavailable(_)) = &outcome {
        conn.report_failure();
    }
    outcome
}

/// The current UTC time at millisecond precision, which both backends store
/// exactly (so a representation read back equals the one returned).
pub fn now() -> chrono::NaiveDateTime {
    use chrono::SubsecRound;
    chrono::Utc::now().naive_utc().trunc_subsecs(3)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use diesel::connection::InstrumentationEvent;

    use super::*;

    /// A one-connection SQLite pool whose connection counts the statements
    /// it starts.
    fn counting_pool() -> (Pool, Arc<AtomicUsize>) {
        let pool = build_pool(
            &DatabaseTarget::Sqlite(":memory:".into()),
            1,
            Duration::from_secs(1),
        );
        let started = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&started);
        let mut conn = pool.get().expect("an in-memory SQLite connection");
        conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
            if let InstrumentationEvent::StartQuery { .. } = event {
                counter.fetch_add(1, Ordering::SeqCst);
            }
        });
        (pool, started)
    }

    /// Runs work on a pooled connection that fails with `error`.
    fn fail_once(pool: &Pool, error: AppError) {
        let result: Result<(), AppError> =
            with_connection(pool, Duration::from_secs(1), |_| Err(error));
        assert!(result.is_err());
    }

    #[test]
    fn a_request_that_gets_no_database_thread_in_time_gets_503_and_its_work_never_runs() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .max_blocking_threads(1)
            .build()
            .expect("a runtime");
        let pool = build_pool(
            &DatabaseTarget::Sqlite(":memory:".into()),
            1,
            Duration::from_millis(200),
        );
        let ran = Arc::new(AtomicBool::new(false));
        let waiting_ran = Arc::clone(&ran);
        let (slow, waiting) = runtime.block_on(futures_util::future::join(
            run(&pool, |_| {
                std::thread::sleep(Duration::from_millis(600));
                Ok("done")
            }),
            run(&pool, move |_| {
                waiting_ran.store(true, Ordering::SeqCst);
                Ok("done")
            }),
        ));
        assert_eq!(slow.ok(), Some("done"), "work that started is finished");
        assert!(
            matches!(waiting, Err(AppError::Unavailable(_))),
            "{waiting:?}"
        );
        // The only thread is free again: it takes the abandoned work and
        // drops it, and serves the next request.
        let next = runtime.block_on(run(&pool, |_| Ok("next")));
        assert_eq!(next.ok(), Some("next"));
        assert!(!ran.load(Ordering::SeqCst), "abandoned work never runs");
    }

    #[test]
    fn check_out_costs_no_query_while_no_failure_was_reported() {
        let (pool, started) = counting_pool();
        for _ in 0..3 {
            drop(pool.get().expect("a connection"));
        }
        assert_eq!(started.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_reported_failure_gets_each_connection_tested_once() {
        let (pool, started) = counting_pool();
        fail_once(
            &pool,
            AppError::Unavailable("the database went away".into()),
        );
        drop(pool.get().expect("a connection"));
        assert_eq!(
            started.load(Ordering::SeqCst),
            1,
            "tested after the failure"
        );
        drop(pool.get().expect("a connection"));
        assert_eq!(started.load(Ordering::SeqCst), 1, "known good again");
    }

    #[test]
    fn other_errors_do_not_get_connections_tested() {
        let (pool, started) = counting_pool();
        fail_once(&pool, AppError::NotFound("no such covenant".into()));
        drop(pool.get().expect("a connection"));
        assert_eq!(started.load(Ordering::SeqCst), 0);
    }
}
