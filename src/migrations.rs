//! The embedded migrations of both backends, and what is made anew after
//! them (the views of `knownAt` reads; the maintained OECD indicator, when
//! a migration has just added it).

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::db::{self, DbConnection};
use crate::history;
use crate::oecd_counts;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Applies the pending migrations of the connection's backend; returns how
/// many ran. It holds the startup lock meanwhile (taking it unless the
/// caller holds it), so instances started at once apply each migration once.
pub fn run(conn: &mut DbConnection) -> Result<usize, String> {
    let mut locked = db::StartupLock::acquire(conn)?;
    let applied = match &mut *locked {
        DbConnection::Postgresql(pg) => {
            // The views of `knownAt` reads select from the tables; a
            // migration may change those, so the views are made anew.
            if pg
                .has_pending_migration(POSTGRES_MIGRATIONS)
                .map_err(|e| format!("cannot read the applied migrations: {e}"))?
            {
                history::drop_views(pg)
                    .map_err(|e| format!("cannot drop the knownAt views: {e}"))?;
            }
            pg.run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len())
        }
        DbConnection::Sqlite(sqlite) => sqlite
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.len()),
    };
    let applied = applied.map_err(|e| format!("cannot apply migrations: {e}"))?;
    history::install_views(&mut locked).map_err(|e| e.to_string())?;
    if let Some(rebuilt) = oecd_counts::check::rebuild_if_never_built(&mut locked)
        .map_err(|e| format!("cannot build the maintained OECD indicator: {e}"))?
    {
        tracing::info!(
            organisations = rebuilt.organisations,
            spans = rebuilt.spans,
            "built the maintained OECD indicator from the stored records"
        );
    }
    locked.release()?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use diesel::RunQueryDsl;

    use super::*;
    use crate::db::StartupLock;
    use crate::db::tests::TempSqlite;

    /// Whether a SQLite connection sees the table.
    fn has_table(conn: &mut DbConnection, name: &str) -> bool {
        let DbConnection::Sqlite(sqlite) = conn else {
            unreachable!("a SQLite connection")
        };
        diesel::select(
            diesel::dsl::sql::<diesel::sql_types::Bool>(
                "EXISTS (SELECT 1 FROM sqlite_master WHERE name = ",
            )
            .bind::<diesel::sql_types::Text, _>(name)
            .sql(")"),
        )
        .get_result(sqlite)
        .expect("a catalogue query")
    }

    #[test]
    fn migrations_run_inside_a_startup_lock_the_caller_holds_and_commit_with_it() {
        let file = TempSqlite::new();
        let mut first = file.connect();
        let mut other = file.connect();
        let mut locked = StartupLock::acquire(&mut first).expect("the startup lock");
        assert!(run(&mut locked).expect("migrations") > 0);
        assert!(has_table(&mut locked, "sectors"));
        assert!(!has_table(&mut other, "sectors"), "not committed yet");
        locked.release().expect("commit");
        assert!(has_table(&mut other, "sectors"), "committed");
        assert_eq!(run(&mut other).expect("migrations"), 0);
    }

    #[test]
    fn a_startup_lock_dropped_without_release_undoes_its_work() {
        let file = TempSqlite::new();
        let mut conn = file.connect();
        let mut locked = StartupLock::acquire(&mut conn).expect("the startup lock");
        run(&mut locked).expect("migrations");
        drop(locked);
        assert!(!has_table(&mut conn, "sectors"));
        assert!(run(&mut conn).expect("migrations") > 0, "again");
    }
}
