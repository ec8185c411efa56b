//! The maintained indicator rebuilt from scratch, or verified: against the
//! spans the records give and against the full computation.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::db::{self, DbConnection, write_transaction};
use crate::error::AppError;
use crate::metrics::queries;
use crate::oecd_counts::spans::{self, CountChanges, Endorsement, SizeFact, Span};
use crate::oecd_counts::store::{self, SHARDS, SpanRow};
use crate::schema::{
    maintained_figures, oecd_count_changes, oecd_counted_spans, oecd_endorsements, organisations,
    size_facts,
};

/// The maintained figure's name in `maintained_figures`.
const FIGURE: &str = "oecd-endorsement";
/// Organisations read at a time.
const CHUNK: i64 = 10_000;
/// Differing organisations a verification names (it counts them all).
const NAMED: usize = 20;

/// What a rebuild wrote.
#[derive(Debug)]
pub struct Rebuilt {
    pub organisations: u64,
    pub spans: u64,
}

/// Builds the maintained indicator anew from every organisation's records,
/// in one transaction. Writes of the records wait for it (PostgreSQL: the
/// tables are locked EXCLUSIVE, which reads do not wait for).
pub fn rebuild(conn: &mut DbConnection) -> Result<Rebuilt, AppError> {
    write_transaction(conn, |conn| {
        if let DbConnection::Postgresql(pg) = conn {
            pg.batch_execute(
                "LOCK TABLE oecd_counted_spans, oecd_count_changes IN EXCLUSIVE MODE",
            )?;
        }
        diesel::delete(oecd_counted_spans::table).execute(conn)?;
        diesel::delete(oecd_count_changes::table).execute(conn)?;
        let mut rebuilt = Rebuilt {
            organisations: 0,
            spans: 0,
        };
        for_each_chunk(conn, |conn, _, computed| {
            let rows: Vec<SpanRow> = computed
                .iter()
                .flat_map(|(organisation, spans)| store::rows(*organisation, spans))
                .collect();
            rebuilt.organisations += computed.len() as u64;
            rebuilt.spans += rows.len() as u64;
            store::insert(conn, &rows)
        })?;
        // The count changes the spans make, as `spans::count_changes` and
        // `store::shard` make them for one organisation.
        conn.batch_execute(&format!(
            "INSERT INTO oecd_count_changes (changes_on, shard, large_companies, endorsing) \
             SELECT changes_on, shard, sum(large_companies), sum(endorsing) FROM ( \
                 SELECT starts_on AS changes_on, organisation_id % {SHARDS} AS shard, 1 AS large_companies, \
                     CASE WHEN endorsing THEN 1 ELSE 0 END AS endorsing FROM oecd_counted_spans \
                 UNION ALL \
                 SELECT ends_on, organisation_id % {SHARDS}, -1, \
                     CASE WHEN endorsing THEN -1 ELSE 0 END FROM oecd_counted_spans WHERE ends_on IS NOT NULL \
             ) AS changes GROUP BY changes_on, shard \
             HAVING sum(large_companies) <> 0 OR sum(endorsing) <> 0"
        ))?;
        diesel::update(maintained_figures::table.filter(maintained_figures::figure.eq(FIGURE)))
            .set(maintained_figures::rebuilt_at.eq(db::now()))
            .execute(conn)?;
        Ok(rebuilt)
    })
}

/// Rebuilds the maintained indicator if it never was (a migration added it
/// to a database that has records already).
pub fn rebuild_if_never_built(conn: &mut DbConnection) -> Result<Option<Rebuilt>, AppError> {
    match rebuilt_at(conn)? {
        Some(_) => Ok(None),
        None => rebuild(conn).map(Some),
    }
}

/// When the maintained indicator was last built from scratch, if ever.
pub fn rebuilt_at(conn: &mut DbConnection) -> QueryResult<Option<chrono::NaiveDateTime>> {
    Ok(maintained_figures::table
        .filter(maintained_figures::figure.eq(FIGURE))
        .select(maintained_figures::rebuilt_at)
        .first::<Option<chrono::NaiveDateTime>>(conn)
        .optional()?
        .flatten())
}

/// Where the maintained indicator and the records disagree.
#[derive(Debug, Default)]
pub struct Verification {
    pub organisations: u64,
    /// How many organisations' stored spans differ from their records'.
    pub differing_organisations: u64,
    /// The first of them.
    pub named: Vec<i64>,
    /// Days whose stored count changes differ from what the records give.
    pub differing_days: Vec<Difference>,
    /// Dates where the maintained indicator differs from the full
    /// computation.
    pub differing_counts: Vec<Difference>,
}

/// (large companies, of which endorsing) on a day: as maintained, and as
/// the records give it.
#[derive(Debug)]
pub struct Difference {
    pub day: NaiveDate,
    pub maintained: (i64, i64),
    pub expected: (i64, i64),
}

impl Verification {
    pub fn agrees(&self) -> bool {
        self.differing_organisations == 0
            && self.differing_days.is_empty()
            && self.differing_counts.is_empty()
    }
}

/// Recomputes everything from the records, in one consistent read, and
/// reports every difference from what is maintained.
pub fn verify(conn: &mut DbConnection, today: NaiveDate) -> Result<Verification, AppError> {
    snapshot(conn, |conn| {
        let mut found = Verification::default();
        let mut expected = CountChanges::new();
        let mut after = 0;
        for_each_chunk(conn, |conn, last, computed| {
            let mut stored: BTreeMap<i64, Vec<Span>> = BTreeMap::new();
            for row in oecd_counted_spans::table
                .filter(oecd_counted_spans::organisation_id.gt(after))
                .filter(oecd_counted_spans::organisation_id.le(last))
                .order((
                    oecd_counted_spans::organisation_id,
                    oecd_counted_spans::starts_on,
                ))
                .select(SpanRow::as_select())
                .load(conn)?
            {
                stored
                    .entry(row.organisation_id)
                    .or_default()
                    .push(Span::from(row));
            }
            let ids: BTreeSet<i64> = computed.keys().chain(stored.keys()).copied().collect();
            for id in ids {
                let mine = computed.get(&id).map_or(&[][..], Vec::as_slice);
                if stored.get(&id).map_or(&[][..], Vec::as_slice) != mine {
                    found.differing_organisations += 1;
                    if found.named.len() < NAMED {
                        found.named.push(id);
                    }
                }
                for (day, change) in spans::count_changes(mine) {
                    spans::add(&mut expected, day, change);
                }
            }
            found.organisations += computed.len() as u64;
            after = last;
            Ok(())
        })?;
        let beyond: i64 = oecd_counted_spans::table
            .filter(oecd_counted_spans::organisation_id.gt(after))
            .count()
            .get_result(conn)?;
        found.differing_organisations += u64::try_from(beyond).unwrap_or(0);
        expected.retain(|_, change| *change != (0, 0));
        let mut stored = store::stored_changes(conn, None)?;
        stored.retain(|_, change| *change != (0, 0));
        let days: BTreeSet<NaiveDate> = stored.keys().chain(expected.keys()).copied().collect();
        for day in days {
            let (have, want) = (
                stored.get(&day).copied().unwrap_or((0, 0)),
                expected.get(&day).copied().unwrap_or((0, 0)),
            );
            if have != want {
                found.differing_days.push(Difference {
                    day,
                    maintained: have,
                    expected: want,
                });
            }
        }
        let dates = spread(conn, today)?;
        let maintained = store::counts_at(conn, &dates)?;
        let computed = queries::oecd_series(conn, &dates)?;
        for ((day, have), want) in dates.into_iter().zip(maintained).zip(computed) {
            if have != want {
                found.differing_counts.push(Difference {
                    day,
                    maintained: have,
                    expected: want,
                });
            }
        }
        Ok(found)
    })
}

/// Every year end from the first year of size facts to last year, and
/// `today`.
fn spread(conn: &mut DbConnection, today: NaiveDate) -> QueryResult<Vec<NaiveDate>> {
    let first = queries::first_size_fact_year(conn)?.unwrap_or(today.year());
    let mut dates: Vec<NaiveDate> = (first..today.year())
        .filter_map(|year| NaiveDate::from_ymd_opt(year, 12, 31))
        .collect();
    dates.push(today);
    Ok(dates)
}

/// Runs `work` over one snapshot of the database, changing nothing.
fn snapshot<T>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, AppError>,
) -> Result<T, AppError> {
    conn.transaction(|conn| {
        if let DbConnection::Postgresql(pg) = conn {
            pg.batch_execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
        }
        work(conn)
    })
}

/// Calls `each` with the spans every organisation's records give, a chunk
/// of organisations at a time, in id order: `each(conn, last id of the
/// chunk, spans by organisation)`, leaving out organisations without any.
fn for_each_chunk(
    conn: &mut DbConnection,
    mut each: impl FnMut(&mut DbConnection, i64, BTreeMap<i64, Vec<Span>>) -> QueryResult<()>,
) -> QueryResult<()> {
    let mut after = 0;
    loop {
        let chunk: Vec<(i64, String, String)> = organisations::table
            .filter(organisations::id.gt(after))
            .order(organisations::id)
            .limit(CHUNK)
            .select((
                organisations::id,
                organisations::country,
                organisations::kind,
            ))
            .load(conn)?;
        let Some(last) = chunk.last().map(|(id, _, _)| *id) else {
            return Ok(());
        };
        let dutch_companies: BTreeSet<i64> = chunk
            .into_iter()
            .filter(|(_, country, kind)| country == "NL" && kind == "company")
            .map(|(id, _, _)| id)
            .collect();
        let mut facts: BTreeMap<i64, Vec<SizeFact>> = BTreeMap::new();
        for (organisation, year, employees, assets, turnover) in size_facts::table
            .filter(size_facts::organisation_id.gt(after))
            .filter(size_facts::organisation_id.le(last))
            .select((
                size_facts::organisation_id,
                size_facts::year,
                size_facts::employees,
                size_facts::total_assets_eur,
                size_facts::net_turnover_eur,
            ))
            .load::<(i64, i32, i64, i64, i64)>(conn)?
        {
            if dutch_companies.contains(&organisation) {
                facts
                    .entry(organisation)
                    .or_default()
                    .push(SizeFact::new(year, employees, assets, turnover));
            }
        }
        let mut endorsements: BTreeMap<i64, Vec<Endorsement>> = BTreeMap::new();
        for (organisation, endorsed_on, withdrawn_on) in oecd_endorsements::table
            .filter(oecd_endorsements::organisation_id.gt(after))
            .filter(oecd_endorsements::organisation_id.le(last))
            .select((
                oecd_endorsements::organisation_id,
                oecd_endorsements::endorsed_on,
                oecd_endorsements::withdrawn_on,
            ))
            .load::<(i64, NaiveDate, Option<NaiveDate>)>(conn)?
        {
            endorsements
                .entry(organisation)
                .or_default()
                .push(Endorsement {
                    endorsed_on,
                    withdrawn_on,
                });
        }
        let computed: BTreeMap<i64, Vec<Span>> = facts
            .into_iter()
            .map(|(organisation, facts)| {
                let theirs = endorsements
                    .get(&organisation)
                    .map_or(&[][..], Vec::as_slice);
                (organisation, spans::spans(&facts, theirs))
            })
            .filter(|(_, spans)| !spans.is_empty())
            .collect();
        each(conn, last, computed)?;
        after = last;
    }
}
