//! The maintained spans and count changes: kept up to date on write, read
//! by the indicator and its companies list.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Integer};

use crate::db::{self, DbConnection};
use crate::metrics::queries::{CompanyKey, CountedCompany, after_key};
use crate::oecd_counts::spans::{self, CountChanges, Endorsement, SizeFact, Span};
use crate::schema::{
    oecd_count_changes, oecd_counted_spans, oecd_endorsements, organisations, size_facts,
};

/// How many rows each day's count changes are spread over: writes to
/// organisations of different shards never wait for each other's rows.
pub const SHARDS: i64 = 16;

/// The first key of the advisory locks that make writers of one
/// organisation take turns (the second is the organisation's id); the two
/// keys of these locks never meet the one-key locks elsewhere.
const LOCK_CLASS: i32 = 0x0ECD;

/// The shard of an organisation's count changes.
pub fn shard(organisation: i64) -> i32 {
    i32::try_from(organisation.rem_euclid(SHARDS)).unwrap_or(0)
}

/// Marks `organisation` as written: its part in the indicator is brought up
/// to date just before the write transaction commits, once however many of
/// its records the transaction wrote.
pub fn changed(conn: &mut DbConnection, organisation: i64) -> QueryResult<()> {
    db::before_commit(conn, "oecd-counts", refresh, organisation)
}

/// Brings the spans of `organisations` up to date with their records, and
/// the count changes with the spans.
fn refresh(conn: &mut DbConnection, organisations: &BTreeSet<i64>) -> QueryResult<()> {
    if let DbConnection::Postgresql(pg) = conn {
        // Waits for a rebuild in progress (it holds EXCLUSIVE), so that the
        // spans read below are the rebuilt ones.
        pg.batch_execute("LOCK TABLE oecd_counted_spans IN ROW EXCLUSIVE MODE")?;
    }
    let mut total: BTreeMap<(NaiveDate, i32), (i64, i64)> = BTreeMap::new();
    for &organisation in organisations {
        let computed = computed(conn, organisation)?;
        let stored = stored(conn, organisation)?;
        if computed == stored {
            continue;
        }
        let change = spans::difference(
            &spans::count_changes(&computed),
            &spans::count_changes(&stored),
        );
        for (day, (large, endorsing)) in change {
            let entry = total.entry((day, shard(organisation))).or_insert((0, 0));
            *entry = (entry.0 + large, entry.1 + endorsing);
        }
        replace(conn, organisation, &computed)?;
    }
    // In (day, shard) order: two writers take the rows they share in the
    // same order, so neither waits for the other while holding one it needs.
    for ((day, shard), change) in total {
        add_change(conn, day, shard, change)?;
    }
    Ok(())
}

/// The spans `organisation`'s records give today; none unless it is a Dutch
/// company. Concurrent writes to one organisation take turns from here to
/// their commits (PostgreSQL; SQLite's writes take turns already), each
/// reading what the one before committed.
fn computed(conn: &mut DbConnection, organisation: i64) -> QueryResult<Vec<Span>> {
    if let DbConnection::Postgresql(pg) = conn {
        // An advisory lock, not the organisation's row lock: it writes
        // nothing to the row, and cannot wait in a circle with a delete of
        // the organisation, which waits for the key-share locks its
        // records' writers hold. Ids share keys past 2^31; that only means
        // more turns.
        let key = i32::try_from(organisation.rem_euclid(i64::from(i32::MAX))).unwrap_or(0);
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, $2)")
            .bind::<Integer, _>(LOCK_CLASS)
            .bind::<Integer, _>(key)
            .execute(pg)?;
    }
    let found: Option<(String, String)> = organisations::table
        .filter(organisations::id.eq(organisation))
        .select((organisations::country, organisations::kind))
        .first(conn)
        .optional()?;
    if found.is_none_or(|(country, kind)| country != "NL" || kind != "company") {
        return Ok(Vec::new());
    }
    let facts: Vec<SizeFact> = size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .select((
            size_facts::year,
            size_facts::employees,
            size_facts::total_assets_eur,
            size_facts::net_turnover_eur,
        ))
        .load::<(i32, i64, i64, i64)>(conn)?
        .into_iter()
        .map(|(year, e, a, t)| SizeFact::new(year, e, a, t))
        .collect();
    if !facts.iter().any(|f| f.large) {
        return Ok(Vec::new());
    }
    let endorsements: Vec<Endorsement> = oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .select((
            oecd_endorsements::endorsed_on,
            oecd_endorsements::withdrawn_on,
        ))
        .load::<(NaiveDate, Option<NaiveDate>)>(conn)?
        .into_iter()
        .map(|(endorsed_on, withdrawn_on)| Endorsement {
            endorsed_on,
            withdrawn_on,
        })
        .collect();
    Ok(spans::spans(&facts, &endorsements))
}

/// The spans stored for `organisation`, in order.
pub fn stored(conn: &mut DbConnection, organisation: i64) -> QueryResult<Vec<Span>> {
    Ok(oecd_counted_spans::table
        .filter(oecd_counted_spans::organisation_id.eq(organisation))
        .order(oecd_counted_spans::starts_on)
        .select(SpanRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Span::from)
        .collect())
}

fn replace(conn: &mut DbConnection, organisation: i64, spans: &[Span]) -> QueryResult<()> {
    diesel::delete(
        oecd_counted_spans::table.filter(oecd_counted_spans::organisation_id.eq(organisation)),
    )
    .execute(conn)?;
    insert(conn, &rows(organisation, spans))
}

/// Inserts spans, a batch at a time.
pub fn insert(conn: &mut DbConnection, rows: &[SpanRow]) -> QueryResult<()> {
    for batch in rows.chunks(1000) {
        let insert = diesel::insert_into(oecd_counted_spans::table).values(batch);
        // Many rows in one statement is backend-specific in diesel.
        match conn {
            DbConnection::Postgresql(pg) => insert.execute(pg),
            DbConnection::Sqlite(sqlite) => insert.execute(sqlite),
        }?;
    }
    Ok(())
}

/// `spans` as rows of `organisation`.
pub fn rows(organisation: i64, spans: &[Span]) -> Vec<SpanRow> {
    spans
        .iter()
        .map(|s| SpanRow {
            organisation_id: organisation,
            starts_on: s.starts_on,
            ends_on: s.ends_on,
            size_facts_year: s.size_facts_year,
            endorsing: s.endorsing,
        })
        .collect()
}

/// Adds a change to a day's counts in one shard, creating its row if
/// needed: one statement, so concurrent writers of the row lose no change.
fn add_change(
    conn: &mut DbConnection,
    day: NaiveDate,
    shard: i32,
    (large, endorsing): (i64, i64),
) -> QueryResult<()> {
    let sql = |mark: char| {
        format!(
            "INSERT INTO oecd_count_changes (changes_on, shard, large_companies, endorsing) \
             VALUES ({mark}1, {mark}2, {mark}3, {mark}4) ON CONFLICT (changes_on, shard) DO UPDATE SET \
             large_companies = oecd_count_changes.large_companies + excluded.large_companies, \
             endorsing = oecd_count_changes.endorsing + excluded.endorsing"
        )
    };
    macro_rules! run {
        ($conn:expr, $mark:literal) => {
            diesel::sql_query(sql($mark))
                .bind::<Date, _>(day)
                .bind::<Integer, _>(shard)
                .bind::<BigInt, _>(large)
                .bind::<BigInt, _>(endorsing)
                .execute($conn)
        };
    }
    match conn {
        DbConnection::Postgresql(pg) => run!(pg, '$'),
        DbConnection::Sqlite(sqlite) => run!(sqlite, '?'),
    }
    .map(|_| ())
}

/// (large companies, of which endorsing) at each of `dates`, from the
/// maintained count changes: one read of the changes up to the last date,
/// whatever the number of organisations.
pub fn counts_at(conn: &mut DbConnection, dates: &[NaiveDate]) -> QueryResult<Vec<(i64, i64)>> {
    let Some(last) = dates.iter().max() else {
        return Ok(Vec::new());
    };
    let changes = stored_changes(conn, Some(*last))?;
    Ok(dates
        .iter()
        .map(|day| spans::counts_on(&changes, *day))
        .collect())
}

/// The stored count changes up to `until` (all without it), the shards of
/// each day added up.
pub fn stored_changes(
    conn: &mut DbConnection,
    until: Option<NaiveDate>,
) -> QueryResult<CountChanges> {
    let mut query = oecd_count_changes::table
        .select((
            oecd_count_changes::changes_on,
            oecd_count_changes::large_companies,
            oecd_count_changes::endorsing,
        ))
        .into_boxed();
    if let Some(until) = until {
        query = query.filter(oecd_count_changes::changes_on.le(until));
    }
    let mut changes = CountChanges::new();
    for (day, large, endorsing) in query.load::<(NaiveDate, i64, i64)>(conn)? {
        spans::add(&mut changes, day, (large, endorsing));
    }
    Ok(changes)
}

/// A stored span.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = oecd_counted_spans, treat_none_as_default_value = false)]
pub struct SpanRow {
    pub organisation_id: i64,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub size_facts_year: i32,
    pub endorsing: bool,
}

impl From<SpanRow> for Span {
    fn from(row: SpanRow) -> Self {
        Self {
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            size_facts_year: row.size_facts_year,
            endorsing: row.endorsing,
        }
    }
}

/// Up to `limit` of the large companies at `as_of` after `after`, by folded
/// name and id, from the maintained spans: a walk of the organisations in
/// that order, each looked up in its spans, so a page costs about the same
/// wherever it starts.
pub fn companies(
    conn: &mut DbConnection,
    as_of: NaiveDate,
    after: Option<&CompanyKey>,
    limit: i64,
) -> QueryResult<Vec<CountedCompany>> {
    let counted = organisations::table
        .inner_join(
            oecd_counted_spans::table.on(oecd_counted_spans::organisation_id.eq(organisations::id)),
        )
        .inner_join(
            size_facts::table.on(size_facts::organisation_id
                .eq(organisations::id)
                .and(size_facts::year.eq(oecd_counted_spans::size_facts_year))),
        )
        .filter(oecd_counted_spans::starts_on.le(as_of))
        .filter(
            oecd_counted_spans::ends_on
                .is_null()
                .or(oecd_counted_spans::ends_on.gt(as_of)),
        )
        .into_boxed();
    after_key!(counted, after)
        .order_by((organisations::name_folded.asc(), organisations::id.asc()))
        .limit(limit)
        .select((
            organisations::id,
            organisations::name,
            organisations::name_folded,
            size_facts::year,
            size_facts::employees,
            size_facts::total_assets_eur,
            size_facts::net_turnover_eur,
            oecd_counted_spans::endorsing,
        ))
        .load(conn)
}
