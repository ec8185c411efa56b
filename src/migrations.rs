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

    /// The SQLite migration that makes a letter's minister optional edits
    /// the schema in place: rows and the references to `letters` stay, and
    /// a connection opened before it sees the new definition.
    #[test]
    fn the_in_place_edit_keeps_letters_and_their_references_and_reaches_every_connection() {
        use diesel::connection::SimpleConnection;
        use diesel::migration::MigrationSource;
        use diesel::sqlite::Sqlite;

        let file = TempSqlite::new();
        let mut conn = file.connect();
        let mut other = file.connect();
        let (DbConnection::Sqlite(sqlite), DbConnection::Sqlite(other)) = (&mut conn, &mut other)
        else {
            unreachable!("SQLite connections")
        };
        let all = MigrationSource::<Sqlite>::migrations(&SQLITE_MIGRATIONS).expect("migrations");
        let edit = "2026-12-01-000300_letter_minister_optional";
        diesel::migration::MigrationConnection::setup(sqlite).expect("the migrations table");
        for migration in all.iter().take_while(|m| m.name().to_string() != edit) {
            sqlite
                .run_migration(migration)
                .expect("an earlier migration");
        }
        sqlite
            .batch_execute(
                "INSERT INTO letters (sent_on, subject, minister, created_at, updated_at) \
                 VALUES ('2018-11-13', 'Voortgang IMVO-beleid', 'Minister BHOS', \
                         '2026-12-01 00:00:00', '2026-12-01 00:00:00'); \
                 INSERT INTO published_figures (figure, letter_id, published_at, version, \
                         created_at, updated_at) \
                 VALUES ('/v1/metrics/overview?asOf=2018-11-13', 1, '2018-11-13 12:00:00', 1, \
                         '2026-12-01 00:00:00', '2026-12-01 00:00:00');",
            )
            .expect("a letter and a figure citing it");
        let unnamed = "INSERT INTO letters (sent_on, subject, created_at, updated_at) \
                       VALUES ('2018-07-02', 'Indicator 90 procent', '2026-12-01 00:00:00', \
                               '2026-12-01 00:00:00')";
        assert!(
            other.batch_execute(unnamed).is_err(),
            "the minister is required before"
        );

        sqlite
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .expect("the rest");
        other
            .batch_execute(unnamed)
            .expect("optional, on a connection opened before");
        let count = |conn: &mut diesel::SqliteConnection, sql: &str| -> i64 {
            #[derive(diesel::QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            diesel::sql_query(sql)
                .get_result::<Count>(conn)
                .expect(sql)
                .n
        };
        assert_eq!(count(sqlite, "SELECT COUNT(*) AS n FROM letters"), 2);
        assert_eq!(
            count(sqlite, "SELECT COUNT(*) AS n FROM pragma_foreign_key_check"),
            0
        );
        assert_eq!(
            count(
                sqlite,
                "SELECT COUNT(*) AS n FROM pragma_foreign_key_list('published_figures') \
                 WHERE \"table\" = 'letters'"
            ),
            1,
            "figures still refer to letters"
        );
        let orphan = "INSERT INTO published_figures (figure, letter_id, published_at, version, \
                      created_at, updated_at) VALUES ('/v1/metrics/overview', 99, \
                      '2018-11-13 12:00:00', 1, '2026-12-01 00:00:00', '2026-12-01 00:00:00')";
        assert!(
            sqlite.batch_execute(orphan).is_err(),
            "foreign keys still hold"
        );
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
