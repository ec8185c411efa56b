//! Metric queries: aggregates computed by the database, diesel only.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::dsl::{count_star, exists, max, sum};
use diesel::prelude::*;
use diesel::query_builder::{BoxedSqlQuery, SqlQuery};
use diesel::serialize::ToSql;
use diesel::sql_types::{Date, HasSqlType, Integer};

use crate::covenants::model::CovenantKind;
use crate::db::{Backend, DbConnection};
use crate::schema::{
    annual_reports, covenants, indicators, letters, measurements, motion_responses, motions,
    oecd_endorsements, organisations, participations, size_facts, targets,
};

diesel::alias!(size_facts as latest_facts: LatestFacts);

/// "Large" (Kamerbrief 13 November 2018): more than 500 employees, more
/// than EUR 20 million total assets and more than EUR 40 million net
/// turnover, all three, strictly.
pub const MIN_EMPLOYEES: i64 = 500;
pub const MIN_TOTAL_ASSETS_EUR: i64 = 20_000_000;
pub const MIN_NET_TURNOVER_EUR: i64 = 40_000_000;

type Large<'a> = diesel::helper_types::IntoBoxed<
    'a,
    diesel::dsl::InnerJoin<organisations::table, size_facts::table>,
    Backend,
>;

/// Dutch companies whose latest size facts of a year not after `as_of`'s
/// year make them large, joined to those facts.
fn large_companies<'a>(as_of: NaiveDate) -> Large<'a> {
    let latest_year = latest_facts
        .filter(
            latest_facts
                .field(size_facts::organisation_id)
                .eq(organisations::id),
        )
        .filter(latest_facts.field(size_facts::year).le(as_of.year()))
        .select(max(latest_facts.field(size_facts::year)))
        .single_value();
    organisations::table
        .inner_join(size_facts::table)
        .filter(organisations::country.eq("NL"))
        .filter(organisations::kind.eq("company"))
        .filter(size_facts::year.nullable().eq(latest_year))
        .filter(size_facts::employees.gt(MIN_EMPLOYEES))
        .filter(size_facts::total_assets_eur.gt(MIN_TOTAL_ASSETS_EUR))
        .filter(size_facts::net_turnover_eur.gt(MIN_NET_TURNOVER_EUR))
        .into_boxed()
}

/// Large companies that endorse the OECD Guidelines at `as_of`: endorsed on
/// or before it and not withdrawn on or before it.
fn endorsing<'a>(as_of: NaiveDate) -> Large<'a> {
    large_companies(as_of).filter(exists(
        oecd_endorsements::table
            .filter(oecd_endorsements::organisation_id.eq(organisations::id))
            .filter(oecd_endorsements::endorsed_on.le(as_of))
            .filter(
                oecd_endorsements::withdrawn_on
                    .is_null()
                    .or(oecd_endorsements::withdrawn_on.gt(as_of)),
            ),
    ))
}

/// (large companies, of which endorsing) at each of `dates`, in order.
///
/// One pass over the size facts and one over the endorsements, whatever the
/// number of dates: per organisation, for every date, the largest
/// `year * 2 + large` among its facts of a year not after the date's year
/// is odd exactly when its latest such facts make it large. Counting with
/// one correlated subquery per company and date instead is many times
/// slower at a million companies (bench/RESULTS.md). The SQL has a few
/// terms per date, so callers keep `dates` short; the dates and years are
/// bound parameters, and only the code's own constants are in its text.
pub fn oecd_series(conn: &mut DbConnection, dates: &[NaiveDate]) -> QueryResult<Vec<(i64, i64)>> {
    if dates.is_empty() {
        return Ok(Vec::new());
    }
    let rows = match conn {
        // PostgreSQL's planner overestimates the join of the two grouped
        // passes by orders of magnitude, and that estimate switches on JIT
        // compilation, which then costs more than the whole query: twice its
        // time at 100k companies (bench/RESULTS.md). Off for this statement.
        DbConnection::Postgresql(conn) => conn.transaction(|conn| {
            conn.batch_execute("SET LOCAL jit = off")?;
            bind_dates(
                diesel::sql_query(series_sql(dates.len(), '$')).into_boxed(),
                dates,
            )
            .load::<SeriesCounts>(conn)
        })?,
        DbConnection::Sqlite(conn) => bind_dates(
            diesel::sql_query(series_sql(dates.len(), '?')).into_boxed(),
            dates,
        )
        .load::<SeriesCounts>(conn)?,
    };
    Ok(rows
        .into_iter()
        .map(|r| (r.large_companies, r.endorsing))
        .collect())
}

/// The series query for `points` dates, with numbered parameters in the
/// backend's syntax (`$1` or `?1`): the years first, then the dates.
fn series_sql(points: usize, mark: char) -> String {
    let large_now = format!(
        "CASE WHEN employees > {MIN_EMPLOYEES} AND total_assets_eur > {MIN_TOTAL_ASSETS_EUR} \
         AND net_turnover_eur > {MIN_NET_TURNOVER_EUR} THEN 1 ELSE 0 END"
    );
    let mut latest = Vec::new();
    let mut endorsed = Vec::new();
    let mut totals = Vec::new();
    let mut rows = Vec::new();
    for i in 0..points {
        let year = format!("{mark}{}", i + 1);
        let date = format!("{mark}{}", points + i + 1);
        latest.push(format!(
            "max(year * 2 + {large_now}) FILTER (WHERE year <= {year}) AS k{i}"
        ));
        endorsed.push(format!(
            "max(CASE WHEN endorsed_on <= {date} AND (withdrawn_on IS NULL OR withdrawn_on > {date}) \
             THEN 1 ELSE 0 END) AS e{i}"
        ));
        totals.push(format!(
            "count(*) FILTER (WHERE l.k{i} % 2 = 1) AS l{i}, \
             count(*) FILTER (WHERE l.k{i} % 2 = 1 AND e.e{i} = 1) AS n{i}"
        ));
        rows.push(format!(
            "SELECT {i} AS point, l{i} AS large_companies, n{i} AS endorsing FROM totals"
        ));
    }
    format!(
        "WITH latest AS (SELECT organisation_id, {} FROM size_facts GROUP BY organisation_id), \
         endorsed AS (SELECT organisation_id, {} FROM oecd_endorsements GROUP BY organisation_id), \
         totals AS MATERIALIZED (SELECT {} FROM latest l \
             JOIN organisations o ON o.id = l.organisation_id \
             LEFT JOIN endorsed e ON e.organisation_id = l.organisation_id \
             WHERE o.country = 'NL' AND o.kind = 'company') \
         {} ORDER BY point",
        latest.join(", "),
        endorsed.join(", "),
        totals.join(", "),
        rows.join(" UNION ALL "),
    )
}

/// Binds the parameters of `series_sql`: each date's year, then each date.
fn bind_dates<'f, DB>(
    mut query: BoxedSqlQuery<'f, DB, SqlQuery>,
    dates: &[NaiveDate],
) -> BoxedSqlQuery<'f, DB, SqlQuery>
where
    DB: diesel::backend::Backend + HasSqlType<Integer> + HasSqlType<Date>,
    i32: ToSql<Integer, DB>,
    NaiveDate: ToSql<Date, DB>,
{
    for date in dates {
        query = query.bind::<Integer, _>(date.year());
    }
    for date in dates {
        query = query.bind::<Date, _>(*date);
    }
    query
}

#[derive(QueryableByName)]
struct SeriesCounts {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    large_companies: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    endorsing: i64,
}

/// The first year of any Dutch company's size facts: the first fact in
/// year order (index `size_facts_year`) whose organisation is one. A
/// `min(year)` over the join would read every fact instead; neither
/// database turns that into an ordered search.
pub fn first_size_fact_year(conn: &mut DbConnection) -> QueryResult<Option<i32>> {
    size_facts::table
        .filter(exists(
            organisations::table
                .filter(organisations::id.eq(size_facts::organisation_id))
                .filter(organisations::country.eq("NL"))
                .filter(organisations::kind.eq("company")),
        ))
        .order(size_facts::year)
        .select(size_facts::year)
        .first(conn)
        .optional()
}

/// One large company as counted at a date.
#[derive(Debug, Clone, Queryable)]
pub struct CountedCompany {
    pub id: i64,
    pub name: String,
    pub name_folded: String,
    pub year: i32,
    pub employees: i64,
    pub total_assets_eur: i64,
    pub net_turnover_eur: i64,
    pub endorsing: bool,
}

impl CountedCompany {
    /// Where the page after this company starts.
    pub fn key(&self) -> CompanyKey {
        CompanyKey {
            name_folded: self.name_folded.clone(),
            id: self.id,
        }
    }
}

/// A place in the companies' order: by folded name, then id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyKey {
    pub name_folded: String,
    pub id: i64,
}

impl CompanyKey {
    /// The opaque cursor of this place: base64url (unpadded) of the JSON
    /// array `[folded name, id]`.
    pub fn encode(&self) -> String {
        use base64::Engine;
        let json = serde_json::json!([self.name_folded, self.id]).to_string();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    /// The place `cursor` stands for, if it is a cursor `encode` made.
    pub fn decode(cursor: &str) -> Option<Self> {
        use base64::Engine;
        let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(cursor)
            .ok()?;
        let (name_folded, id): (String, i64) = serde_json::from_slice(&json).ok()?;
        Some(Self { name_folded, id })
    }
}

/// Companies after `after` in (folded name, id) order. The first bound
/// lets the index on (name_folded, id) start at the cursor.
macro_rules! after_key {
    ($query:expr, $after:expr) => {
        match $after {
            Some(key) => $query
                .filter(organisations::name_folded.ge(key.name_folded.clone()))
                .filter(
                    organisations::name_folded
                        .gt(key.name_folded.clone())
                        .or(organisations::id.gt(key.id)),
                ),
            None => $query,
        }
    };
}
pub(crate) use after_key;

/// Up to `limit` of the large companies at `as_of` after `after`, by folded
/// name and id, computed from the records (the reference the maintained
/// list in `oecd_counts` is checked against).
pub fn oecd_companies(
    conn: &mut DbConnection,
    as_of: NaiveDate,
    after: Option<&CompanyKey>,
    limit: i64,
) -> QueryResult<Vec<CountedCompany>> {
    let page: Vec<(i64, String, String, i32, i64, i64, i64)> =
        after_key!(large_companies(as_of), after)
            .select((
                organisations::id,
                organisations::name,
                organisations::name_folded,
                size_facts::year,
                size_facts::employees,
                size_facts::total_assets_eur,
                size_facts::net_turnover_eur,
            ))
            .order_by((organisations::name_folded.asc(), organisations::id.asc()))
            .limit(limit)
            .load(conn)?;
    let ids: Vec<i64> = page.iter().map(|c| c.0).collect();
    let endorsing: Vec<i64> = endorsing(as_of)
        .filter(organisations::id.eq_any(ids))
        .select(organisations::id)
        .load(conn)?;
    Ok(page
        .into_iter()
        .map(
            |(id, name, name_folded, year, employees, total_assets_eur, net_turnover_eur)| {
                CountedCompany {
                    endorsing: endorsing.contains(&id),
                    id,
                    name,
                    name_folded,
                    year,
                    employees,
                    total_assets_eur,
                    net_turnover_eur,
                }
            },
        )
        .collect())
}

/// The participants of a covenant at `as_of` (joined on or before, not left
/// on or before): (all, companies, sum of market shares, without a share);
/// the sum is 0 when none has a share.
pub fn participation_totals(
    conn: &mut DbConnection,
    covenant: i64,
    as_of: NaiveDate,
) -> QueryResult<(i64, i64, f64, i64)> {
    let active = || {
        participations::table
            .filter(participations::covenant_id.eq(covenant))
            .filter(participations::joined_on.le(as_of))
            .filter(
                participations::left_on
                    .is_null()
                    .or(participations::left_on.gt(as_of)),
            )
            .into_boxed::<Backend>()
    };
    let all = active().count().get_result(conn)?;
    let companies = active()
        .filter(participations::role.eq("company"))
        .count()
        .get_result(conn)?;
    let shares: Option<f64> = active()
        .select(sum(participations::market_share))
        .first(conn)?;
    let without = active()
        .filter(participations::market_share.is_null())
        .count()
        .get_result(conn)?;
    Ok((all, companies, shares.unwrap_or(0.0), without))
}

/// A measured value with where it comes from.
#[derive(Debug, Clone, Queryable)]
pub struct MeasuredValue {
    pub id: i64,
    pub value: f64,
    pub measured_on: NaiveDate,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    pub annual_report_id: Option<i64>,
    pub letter_id: Option<i64>,
    pub source_url: Option<String>,
    pub qualifier: String,
}

/// The measurements of an indicator in a scope (a covenant, or national)
/// up to `as_of`, oldest first.
pub fn series(
    conn: &mut DbConnection,
    indicator: i64,
    covenant: Option<i64>,
    as_of: NaiveDate,
) -> QueryResult<Vec<MeasuredValue>> {
    let query = measurements::table
        .filter(measurements::indicator_id.eq(indicator))
        .filter(measurements::measured_on.le(as_of))
        .into_boxed();
    let query = match covenant {
        Some(c) => query.filter(measurements::covenant_id.eq(c)),
        None => query.filter(measurements::covenant_id.is_null()),
    };
    query
        .select((
            measurements::id,
            measurements::value,
            measurements::measured_on,
            measurements::numerator,
            measurements::denominator,
            measurements::annual_report_id,
            measurements::letter_id,
            measurements::source_url,
            measurements::qualifier,
        ))
        .order_by((measurements::measured_on.asc(), measurements::id.asc()))
        .load(conn)
}

/// A measurement of a covenant as reported, with its indicator.
#[derive(Debug, Clone, Queryable)]
pub struct ReportedRow {
    pub indicator_code: String,
    pub unit: String,
    pub value: MeasuredValue,
    pub note: Option<String>,
}

/// The measurements of the indicators `codes` for a covenant up to
/// `as_of`, by indicator code and oldest first.
pub fn reported(
    conn: &mut DbConnection,
    covenant: i64,
    codes: &[&str],
    as_of: NaiveDate,
) -> QueryResult<Vec<ReportedRow>> {
    measurements::table
        .inner_join(indicators::table)
        .filter(measurements::covenant_id.eq(covenant))
        .filter(measurements::measured_on.le(as_of))
        .filter(indicators::code.eq_any(codes.iter().map(|c| (*c).to_owned())))
        .select((
            indicators::code,
            indicators::unit,
            (
                measurements::id,
                measurements::value,
                measurements::measured_on,
                measurements::numerator,
                measurements::denominator,
                measurements::annual_report_id,
                measurements::letter_id,
                measurements::source_url,
                measurements::qualifier,
            ),
            measurements::note,
        ))
        .order_by((
            indicators::code.asc(),
            measurements::measured_on.asc(),
            measurements::id.asc(),
        ))
        .load(conn)
}

/// A target with its indicator, for progress.
#[derive(Debug, Clone, Queryable)]
pub struct TargetRow {
    pub id: i64,
    pub indicator_id: i64,
    pub indicator_code: String,
    pub unit: String,
    pub direction: String,
    pub value: f64,
    pub due_on: NaiveDate,
}

/// The targets of a covenant, or the national ones, earliest due first;
/// only those of `indicator` when given.
pub fn targets_of(
    conn: &mut DbConnection,
    covenant: Option<i64>,
    indicator: Option<&str>,
) -> QueryResult<Vec<TargetRow>> {
    let query = targets::table.inner_join(indicators::table).into_boxed();
    let query = match covenant {
        Some(c) => query.filter(targets::covenant_id.eq(c)),
        None => query.filter(targets::covenant_id.is_null()),
    };
    let query = match indicator {
        Some(code) => query.filter(indicators::code.eq(code.to_owned())),
        None => query,
    };
    query
        .select((
            targets::id,
            targets::indicator_id,
            indicators::code,
            indicators::unit,
            indicators::direction,
            targets::value,
            targets::due_on,
        ))
        .order_by((targets::due_on.asc(), targets::id.asc()))
        .load(conn)
}

pub fn indicator_id(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i64>> {
    indicators::table
        .filter(indicators::code.eq(code))
        .select(indicators::id)
        .first(conn)
        .optional()
}

/// Covenants the SER facilitates signed up to `as_of`, per year that has
/// any, oldest first. One query grouped by signing date (there are as many
/// rows as distinct dates, a few dozen), counted into years here: neither
/// database has a year function the other shares.
pub fn covenants_signed_per_year(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> QueryResult<Vec<(i32, i64)>> {
    let per_date: Vec<(Option<NaiveDate>, i64)> = covenants::table
        .filter(covenants::signed_on.le(as_of))
        .filter(covenants::kind.eq(CovenantKind::SerFacilitated.as_str()))
        .group_by(covenants::signed_on)
        .select((covenants::signed_on, count_star()))
        .order_by(covenants::signed_on.asc())
        .load(conn)?;
    let mut years: Vec<(i32, i64)> = Vec::new();
    for (date, count) in per_date {
        let Some(year) = date.map(|d| d.year()) else {
            continue;
        };
        match years.last_mut() {
            Some((last, total)) if *last == year => *total += count,
            _ => years.push((year, count)),
        }
    }
    Ok(years)
}

/// Annual reports published by `as_of`, per reporting year.
pub fn annual_reports_per_year(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> QueryResult<Vec<(i32, i64)>> {
    annual_reports::table
        .filter(annual_reports::published_on.le(as_of))
        .group_by(annual_reports::reporting_year)
        .select((annual_reports::reporting_year, count_star()))
        .order_by(annual_reports::reporting_year.asc())
        .load(conn)
}

/// Motions known at `as_of`, per their status then. A motion is known from
/// its submission, or, its submission date unknown, from the first letter
/// that mentions it, or else from the day it was recorded. Its status then
/// is that of its latest dated transition on or before `as_of`: submitted
/// on `submittedOn`; adopted, rejected or withdrawn on `votedOn` (by its
/// outcome: adopted when it went on to be in progress or completed); each
/// status a letter reports (`reportedStatus`, e.g. `inProgress`), from the
/// letter's date; and its `status` as the record says on the day it was
/// last written. On one date the later
/// source goes first. `unknown` when it is known but none of these is.
pub fn motions_by_status(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> QueryResult<Vec<(String, i64)>> {
    type Own = (
        i64,
        String,
        Option<NaiveDate>,
        Option<NaiveDate>,
        NaiveDateTime,
    );
    let own: Vec<Own> = motions::table
        .select((
            motions::id,
            motions::status,
            motions::submitted_on,
            motions::voted_on,
            motions::updated_at,
        ))
        .load(conn)?;
    let reported: Vec<(i64, NaiveDate, Option<String>)> = motion_responses::table
        .inner_join(letters::table)
        .filter(letters::sent_on.le(as_of))
        .select((
            motion_responses::motion_id,
            letters::sent_on,
            motion_responses::reported_status,
        ))
        .load(conn)?;
    let mut letters_of: std::collections::HashMap<i64, Vec<(NaiveDate, Option<String>)>> =
        Default::default();
    for (motion, sent_on, status) in reported {
        letters_of
            .entry(motion)
            .or_default()
            .push((sent_on, status));
    }
    let mut counts: std::collections::BTreeMap<String, i64> = Default::default();
    for (id, status, submitted, voted, written) in own {
        let letters = letters_of.remove(&id).unwrap_or_default();
        let known = match submitted {
            Some(submitted) => submitted <= as_of,
            None => !letters.is_empty() || written.date() <= as_of,
        };
        if !known {
            continue;
        }
        let outcome = match status.as_str() {
            "rejected" | "withdrawn" => status.clone(),
            "adopted" | "inProgress" | "completed" => "adopted".to_owned(),
            _ => String::new(),
        };
        let mut transitions: Vec<(NaiveDate, u8, String)> = vec![(written.date(), 0, status)];
        transitions.extend(submitted.map(|on| (on, 1, "submitted".to_owned())));
        transitions.extend(
            voted
                .filter(|_| !outcome.is_empty())
                .map(|on| (on, 2, outcome)),
        );
        transitions.extend(
            letters
                .into_iter()
                .filter_map(|(on, reported)| Some((on, 3, reported?))),
        );
        let then = transitions
            .into_iter()
            .filter(|(on, _, _)| *on <= as_of)
            .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
            .map_or_else(|| "unknown".to_owned(), |(_, _, status)| status);
        *counts.entry(then).or_default() += 1;
    }
    Ok(counts.into_iter().collect())
}

/// Every participation's covenant and the days it joined and left, for the
/// participant series of every covenant in one query.
pub fn participation_spans(
    conn: &mut DbConnection,
) -> QueryResult<Vec<(i64, NaiveDate, Option<NaiveDate>)>> {
    participations::table
        .select((
            participations::covenant_id,
            participations::joined_on,
            participations::left_on,
        ))
        .load(conn)
}

/// The code and titles of each covenant, by id.
pub fn covenant_titles(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String, String, String)>> {
    covenants::table
        .select((
            covenants::id,
            covenants::code,
            covenants::title_nl,
            covenants::title_en,
        ))
        .order_by(covenants::code.asc())
        .load(conn)
}
