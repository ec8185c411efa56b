//! A synthetic data set of any size, for benchmarks and load tests
//! (`imvo-tracker seed --synthetic --organisations N`): companies with five
//! years of size facts and endorsements, ten covenants with participations
//! and monthly measurements. Generated set-based inside the database (one
//! statement per kind of row), so a million organisations load in minutes;
//! deterministic (every value derives from the row's id) and marked
//! synthetic in every name and source. Never loaded with the real record.

use diesel::RunQueryDsl;
use diesel::connection::SimpleConnection;

use crate::db::{self, DbConnection, write_transaction};
use crate::error::AppError;
use crate::oecd_counts;

/// What every synthetic record says it is.
pub const MARK: &str = "SYNTHETIC benchmark data (imvo-tracker seed --synthetic); not real";
const YEARS: std::ops::RangeInclusive<i32> = 2019..=2023;
const COVENANTS: u32 = 10;

/// The SQL that differs between the backends.
struct Dialect {
    postgres: bool,
}

impl Dialect {
    fn date(&self, date: &str) -> String {
        if self.postgres {
            format!("DATE '{date}'")
        } else {
            format!("'{date}'")
        }
    }

    fn timestamp(&self, at: &str) -> String {
        if self.postgres {
            format!("TIMESTAMP '{at}'")
        } else {
            format!("'{at}'")
        }
    }

    /// `count` rows of a column `n` from 1.
    fn numbers(&self, count: u64) -> (String, String) {
        if self.postgres {
            (
                String::new(),
                format!("generate_series(1, {count}) AS seq(n)"),
            )
        } else {
            (
                format!(
                    "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count}) "
                ),
                "seq".into(),
            )
        }
    }

    /// `prefix` followed by `n` padded to eight digits.
    fn numbered(&self, prefix: &str) -> String {
        if self.postgres {
            format!("'{prefix}' || lpad(n::text, 8, '0')")
        } else {
            format!("printf('{prefix}%08d', n)")
        }
    }
}

/// Loads `organisations` synthetic companies (and the rest) unless a
/// synthetic set is already there; returns how many companies it added.
pub fn load(conn: &mut DbConnection, organisations: u64) -> Result<u64, AppError> {
    let dialect = Dialect {
        postgres: matches!(conn, DbConnection::Postgresql(_)),
    };
    let now = dialect.timestamp(&db::now().format("%Y-%m-%d %H:%M:%S%.3f").to_string());
    write_transaction(conn, |conn| {
        let present: i64 =
            diesel::sql_query("SELECT COUNT(*) AS n FROM sectors WHERE code = 'synthetic'")
                .get_result::<Count>(conn)?
                .n;
        if present > 0 {
            return Ok(0);
        }
        let statements = statements(&dialect, &now, organisations);
        conn.batch_execute(&statements)?;
        // Written set-based, past the write path: the maintained indicator
        // is built from scratch instead.
        oecd_counts::check::rebuild(conn)?;
        Ok(organisations)
    })
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn statements(d: &Dialect, now: &str, organisations: u64) -> String {
    let mut sql = String::new();
    let (with, from) = d.numbers(organisations);
    let synthetic = "name LIKE 'Synthetic company %'";
    sql += &format!(
        "{with}INSERT INTO organisations (name, name_folded, kind, country, source, version, created_at, updated_at) \
         SELECT {}, {}, 'company', CASE WHEN n % 10 = 0 THEN 'DE' ELSE 'NL' END, '{MARK}', 1, {now}, {now} FROM {from};\n",
        d.numbered("Synthetic company "),
        d.numbered("synthetic company "),
    );
    for year in YEARS {
        // Spread around the "large" thresholds (500 employees, EUR 20m
        // assets, EUR 40m turnover), different per id and year.
        sql += &format!(
            "INSERT INTO size_facts (organisation_id, year, employees, total_assets_eur, net_turnover_eur, source, version, created_at, updated_at) \
             SELECT id, {year}, 100 + (id * 7919 + {year} * 31) % 1500, 1000000 * (5 + (id * 104729 + {year} * 17) % 60), \
             1000000 * (10 + (id * 1299709 + {year} * 13) % 100), '{MARK}', 1, {now}, {now} FROM organisations WHERE {synthetic};\n"
        );
    }
    // Four in five endorse, from one of six dates; some withdraw again.
    let endorsed = (0..6)
        .map(|k| format!("WHEN {k} THEN {}", d.date(&format!("{}-01-01", 2018 + k))))
        .collect::<Vec<_>>()
        .join(" ");
    sql += &format!(
        "INSERT INTO oecd_endorsements (organisation_id, endorsed_on, withdrawn_on, source, version, created_at, updated_at) \
         SELECT id, CASE id % 6 {endorsed} END, CASE WHEN id % 37 = 0 AND id % 6 < 5 THEN {} ELSE NULL END, '{MARK}', 1, {now}, {now} \
         FROM organisations WHERE {synthetic} AND id % 5 <> 0;\n",
        d.date("2023-06-30"),
    );
    sql += &format!(
        "INSERT INTO sectors (code, name_nl, name_en, version, created_at, updated_at) \
         VALUES ('synthetic', 'Synthetische sector', 'Synthetic sector ({MARK})', 1, {now}, {now});\n"
    );
    for c in 1..=COVENANTS {
        sql += &format!(
            "INSERT INTO covenants (code, title_nl, title_en, sector_id, status, signed_on, signed_on_precision, source, version, created_at, updated_at) \
             SELECT 'synthetic-{c:02}', 'Synthetisch convenant {c}', 'Synthetic covenant {c}', id, 'signed', {}, 'day', '{MARK}', 1, {now}, {now} \
             FROM sectors WHERE code = 'synthetic';\n",
            d.date("2019-01-01"),
        );
    }
    // One company in a hundred takes part, in covenant (id / 100) % 10 + 1.
    sql += &format!(
        "INSERT INTO participations (covenant_id, organisation_id, role, joined_on, market_share, source, version, created_at, updated_at) \
         SELECT c.id, o.id, 'company', {}, 0.0005, '{MARK}', 1, {now}, {now} FROM organisations o JOIN covenants c \
         ON c.code = 'synthetic-' || CASE WHEN (o.id / 100) % {COVENANTS} + 1 < 10 THEN '0' ELSE '' END || ((o.id / 100) % {COVENANTS} + 1) \
         WHERE o.{synthetic} AND o.id % 100 = 0;\n",
        d.date("2019-01-01"),
    );
    sql += &format!(
        "INSERT INTO indicators (code, name_nl, name_en, unit, direction, description, version, created_at, updated_at) \
         VALUES ('synthetic-coverage', 'Synthetische marktdekking', 'Synthetic market coverage', 'ratio', 'higherIsBetter', '{MARK}', 1, {now}, {now});\n"
    );
    for month in 1..=12 {
        sql += &format!(
            "INSERT INTO measurements (indicator_id, covenant_id, value, measured_on, source_url, note, version, created_at, updated_at) \
             SELECT i.id, c.id, {}, {}, 'https://example.org/synthetic', '{MARK}', 1, {now}, {now} \
             FROM indicators i JOIN covenants c ON c.code LIKE 'synthetic-%' WHERE i.code = 'synthetic-coverage';\n",
            f64::from(month) / 40.0,
            d.date(&format!("2020-{month:02}-28")),
        );
    }
    sql
}
