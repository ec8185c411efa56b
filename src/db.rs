//! One connection type over SQLite and PostgreSQL, its pool, the embedded
//! migrations and the transaction helper every write goes through.

use std::collections::BTreeSet;
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

use crate::config::DatabaseTarget;
use crate::error::{AppError, Conflict};
use crate::telemetry::instruments::{POOL_TIMEOUTS, POOL_WAIT_SECONDS};

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
            // The busy timeout first: switching a new file to WAL takes a
            // lock that another instance starting at once may hold. Where
            // waiting could deadlock SQLite answers "locked" at once instead
            // of waiting, so that is retried here, within the same timeout.
            let prepare = format!(
                "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; \
                 PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
            );
            let deadline = Instant::now() + Duration::from_millis(SQLITE_BUSY_TIMEOUT_MS.into());
            while let Err(e) = conn.batch_execute(&prepare) {
                if !e.to_string().contains("locked") || Instant::now() >= deadline {
                    return Err(format!(
                        "cannot prepare SQLite file {}: {e}",
                        path.display()
                    ));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
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

/// The PostgreSQL advisory lock that serialises startup work between
/// instances; advisory locks are per database, so other databases on the
/// same server do not share it.
const STARTUP_LOCK_KEY: i64 = i64::from_be_bytes(*b"imvo-trk");
/// How long an instance waiting for the startup lock sleeps between tries.
const STARTUP_LOCK_POLL: Duration = Duration::from_millis(100);
/// How often a waiting instance says it is still waiting.
const STARTUP_LOCK_NOTICE: Duration = Duration::from_secs(30);

/// A connection holding the database's startup lock: one instance at a time
/// migrates (and, on first start, seeds) a database; another instance
/// started at the same moment waits for it, then finds nothing left to do.
///
/// On PostgreSQL it is a session-level advisory lock, released by `release`
/// (or when the connection closes). A waiting instance tries it every
/// `STARTUP_LOCK_POLL` rather than blocking in `pg_advisory_lock`: a blocked
/// statement keeps its snapshot, and `CREATE INDEX CONCURRENTLY` in the
/// holder's migrations waits for every older snapshot, so the two would
/// deadlock (PostgreSQL then aborts one, possibly leaving an invalid index).
///
/// On SQLite it is one `BEGIN IMMEDIATE` transaction around all the work
/// (migrations and seeding nest in it as savepoints), committed by
/// `release`: the work is all or nothing, and a second instance waits for
/// the write lock for as long as the first holds it.
///
/// Taking it again on a connection that holds it is allowed (an inner
/// holder releases only its own share). Dropped without `release`, it rolls
/// back (SQLite) or unlocks (PostgreSQL).
pub struct StartupLock<'c> {
    conn: &'c mut DbConnection,
    /// Whether this guard took the lock (and must release it).
    held: bool,
}

impl<'c> StartupLock<'c> {
    /// Takes the lock, waiting as long as another instance holds it.
    pub fn acquire(conn: &'c mut DbConnection) -> Result<Self, String> {
        let held = match &mut *conn {
            DbConnection::Postgresql(pg) => {
                wait_for_startup_lock(|| try_advisory_lock(pg))?;
                true
            }
            DbConnection::Sqlite(sqlite) => {
                // In a transaction already: the outer holder's lock.
                let outer = transaction_depth(sqlite) > 0;
                if !outer {
                    wait_for_startup_lock(|| try_begin_immediate(sqlite))?;
                }
                !outer
            }
        };
        Ok(Self { conn, held })
    }

    /// Releases the lock: commits the work on SQLite, unlocks on PostgreSQL.
    pub fn release(mut self) -> Result<(), String> {
        if !std::mem::take(&mut self.held) {
            return Ok(());
        }
        match &mut *self.conn {
            DbConnection::Postgresql(pg) => {
                advisory_unlock(pg).map_err(|e| format!("cannot release the startup lock: {e}"))
            }
            DbConnection::Sqlite(sqlite) => AnsiTransactionManager::commit_transaction(sqlite)
                .map_err(|e| {
                    let _ = AnsiTransactionManager::rollback_transaction(sqlite);
                    format!("cannot commit the migrations and seed data: {e}")
                }),
        }
    }
}

impl Deref for StartupLock<'_> {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        self.conn
    }
}

impl DerefMut for StartupLock<'_> {
    fn deref_mut(&mut self) -> &mut DbConnection {
        self.conn
    }
}

impl Drop for StartupLock<'_> {
    fn drop(&mut self) {
        if !self.held {
            return;
        }
        // Best effort: a PostgreSQL session that is gone has let go of it.
        let outcome = match &mut *self.conn {
            DbConnection::Postgresql(pg) => advisory_unlock(pg),
            DbConnection::Sqlite(sqlite) => AnsiTransactionManager::rollback_transaction(sqlite),
        };
        if let Err(error) = outcome {
            tracing::warn!(%error, "cannot release the startup lock");
        }
    }
}

/// Calls `try_lock` until it answers that it took the lock, saying so in the
/// log when it has to wait.
fn wait_for_startup_lock(
    mut try_lock: impl FnMut() -> diesel::QueryResult<bool>,
) -> Result<(), String> {
    let started = Instant::now();
    let mut next_notice = Duration::ZERO;
    loop {
        if try_lock().map_err(|e| format!("cannot take the database's startup lock: {e}"))? {
            if !next_notice.is_zero() {
                tracing::info!(
                    waited_ms = started.elapsed().as_millis() as u64,
                    "the other instance is done: this one takes the startup lock"
                );
            }
            return Ok(());
        }
        let waited = started.elapsed();
        if waited >= next_notice {
            if next_notice.is_zero() {
                tracing::info!("another instance is migrating or seeding the database; waiting");
            } else {
                tracing::warn!(
                    waited_s = waited.as_secs(),
                    "still waiting for another instance to migrate or seed the database"
                );
            }
            next_notice = waited + STARTUP_LOCK_NOTICE;
        }
        std::thread::sleep(STARTUP_LOCK_POLL);
    }
}

/// Starts the SQLite transaction that holds the startup lock; `false` when
/// another connection kept the write lock for the whole busy timeout.
fn try_begin_immediate(sqlite: &mut SqliteConnection) -> diesel::QueryResult<bool> {
    match AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE") {
        Ok(()) => Ok(true),
        Err(diesel::result::Error::DatabaseError(_, info))
            if info.message().contains("database is locked") =>
        {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

fn try_advisory_lock(pg: &mut PgConnection) -> diesel::QueryResult<bool> {
    use diesel::sql_types::{BigInt, Bool};
    diesel::select(
        diesel::dsl::sql::<Bool>("pg_try_advisory_lock(")
            .bind::<BigInt, _>(STARTUP_LOCK_KEY)
            .sql(")"),
    )
    .get_result(pg)
}

fn advisory_unlock(pg: &mut PgConnection) -> diesel::QueryResult<()> {
    use diesel::sql_types::{BigInt, Bool};
    diesel::select(
        diesel::dsl::sql::<Bool>("pg_advisory_unlock(")
            .bind::<BigInt, _>(STARTUP_LOCK_KEY)
            .sql(")"),
    )
    .get_result::<bool>(pg)
    .map(drop)
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
    let _clock = WriteClock::start();
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
    match work(conn).and_then(|value| {
        finish_pending(conn)?;
        Ok(value)
    }) {
        Ok(value) => match Manager::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(commit_error) => {
                let _ = Manager::rollback_transaction(conn);
                Err(commit_error.into())
            }
        },
        Err(error) => {
            PENDING.with_borrow_mut(Vec::clear);
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
    let asked = Instant::now();
    let deadline = asked + timeout;
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
        Some(with_connection(&pool, left, asked, work))
    }));
    let finished = match actix_web::rt::time::timeout(timeout, &mut task).await {
        Ok(finished) => finished,
        Err(_) if !claimed.swap(true, Ordering::AcqRel) => Ok(None),
        Err(_) => task.await,
    };
    finished?.unwrap_or_else(|| {
        POOL_TIMEOUTS.inc();
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
    asked: Instant,
    work: impl FnOnce(&mut DbConnection) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut conn = pool
        .get_timeout(timeout)
        .inspect_err(|_| POOL_TIMEOUTS.inc())?;
    POOL_WAIT_SECONDS.observe(asked.elapsed().as_secs_f64());
    let outcome = work(&mut conn);
    if let Err(AppError::Unavailable(_)) = &outcome {
        conn.report_failure();
    }
    outcome
}

/// The current UTC time at millisecond precision, which both backends store
/// exactly (so a representation read back equals the one returned). Inside
/// a write transaction it is the transaction's one instant: the record's
/// `updatedAt`, the end of the version it replaced and the change's time in
/// the change log are then the same, so a `knownAt` read agrees with the
/// feed to the millisecond.
pub fn now() -> chrono::NaiveDateTime {
    WRITE_CLOCK.get().unwrap_or_else(clock)
}

fn clock() -> chrono::NaiveDateTime {
    use chrono::SubsecRound;
    chrono::Utc::now().naive_utc().trunc_subsecs(3)
}

thread_local! {
    /// The instant of the write transaction running on this thread, if any:
    /// a write runs start to end on one blocking thread.
    static WRITE_CLOCK: std::cell::Cell<Option<chrono::NaiveDateTime>> =
        const { std::cell::Cell::new(None) };
}

/// Sets the write clock for one transaction attempt, and clears it when
/// dropped. An inner transaction keeps the outer one's instant.
struct WriteClock {
    outermost: bool,
}

impl WriteClock {
    fn start() -> Self {
        let outermost = WRITE_CLOCK.get().is_none();
        if outermost {
            WRITE_CLOCK.set(Some(clock()));
            PENDING.with_borrow_mut(Vec::clear);
        }
        Self { outermost }
    }
}

impl Drop for WriteClock {
    fn drop(&mut self) {
        if self.outermost {
            WRITE_CLOCK.set(None);
        }
    }
}

/// Work that finishes a write transaction, given every key it was asked
/// for in the transaction, in order.
pub type Finish = fn(&mut DbConnection, &BTreeSet<i64>) -> diesel::QueryResult<()>;

thread_local! {
    /// What the write transaction on this thread is to finish with, by name.
    static PENDING: std::cell::RefCell<Vec<(&'static str, Finish, BTreeSet<i64>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Has `finish` run for `key` just before the write transaction on this
/// thread commits, once for all the keys given it meanwhile (so work that
/// takes row locks takes them once, in key order); at once outside one.
pub fn before_commit(
    conn: &mut DbConnection,
    name: &'static str,
    finish: Finish,
    key: i64,
) -> diesel::QueryResult<()> {
    if WRITE_CLOCK.get().is_none() {
        return finish(conn, &BTreeSet::from([key]));
    }
    PENDING.with_borrow_mut(
        |pending| match pending.iter_mut().find(|(n, _, _)| *n == name) {
            Some((_, _, keys)) => {
                keys.insert(key);
            }
            None => pending.push((name, finish, BTreeSet::from([key]))),
        },
    );
    Ok(())
}

fn finish_pending(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    for (_, finish, keys) in PENDING.take() {
        finish(conn, &keys)?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
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
            with_connection(pool, Duration::from_secs(1), Instant::now(), |_| Err(error));
        assert!(result.is_err());
    }

    /// A new SQLite file of a test's own, removed with its WAL files after.
    pub(crate) struct TempSqlite(std::path::PathBuf);

    impl TempSqlite {
        pub(crate) fn new() -> Self {
            Self(std::env::temp_dir().join(format!(
                "imvo-tracker-unit-{}.sqlite3",
                uuid::Uuid::new_v4().simple()
            )))
        }

        pub(crate) fn connect(&self) -> DbConnection {
            connect(&DatabaseTarget::Sqlite(self.0.clone())).expect("a SQLite file")
        }
    }

    impl Drop for TempSqlite {
        fn drop(&mut self) {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
            }
        }
    }

    #[test]
    fn a_sqlite_connection_does_not_get_the_startup_lock_while_another_holds_it() {
        let file = TempSqlite::new();
        let mut first = file.connect();
        let DbConnection::Sqlite(mut other) = file.connect() else {
            unreachable!("a SQLite connection")
        };
        other
            .batch_execute("PRAGMA busy_timeout = 0")
            .expect("no busy wait");
        let locked = StartupLock::acquire(&mut first).expect("the startup lock");
        assert!(!try_begin_immediate(&mut other).expect("busy, not an error"));
        locked.release().expect("commit");
        assert!(try_begin_immediate(&mut other).expect("free"));
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
