//! Size fact storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::SortKey;
use crate::schema::size_facts;
use crate::size_facts::model::{SizeFact, SizeFactFilter, SizeFactInput};

fn filtered<'a>(organisation: i64, filter: &SizeFactFilter) -> size_facts::BoxedQuery<'a, Backend> {
    let mut query = size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .into_boxed();
    if let Some(from) = filter.year_from {
        query = query.filter(size_facts::year.ge(from));
    }
    if let Some(to) = filter.year_to {
        query = query.filter(size_facts::year.le(to));
    }
    query
}

/// One page of an organisation's size facts, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    organisation: i64,
    filter: &SizeFactFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<SizeFact>, i64)> {
    let total = filtered(organisation, filter).count().get_result(conn)?;
    // `year` is the only sortable field and unique per organisation.
    let descending = sort.first().is_some_and(|key| key.descending);
    let query = filtered(organisation, filter).select(SizeFact::as_select());
    let query = if descending {
        query.order_by(size_facts::year.desc())
    } else {
        query.order_by(size_facts::year.asc())
    };
    let rows = query.offset(offset).limit(limit).load(conn)?;
    Ok((rows, total))
}

/// All size facts of an organisation, oldest first.
pub fn all_of(conn: &mut DbConnection, organisation: i64) -> QueryResult<Vec<SizeFact>> {
    size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .order_by(size_facts::year.asc())
        .select(SizeFact::as_select())
        .load(conn)
}

/// The organisation's size facts of `year`, or a 404 problem.
pub fn get(conn: &mut DbConnection, organisation: i64, year: i32) -> Result<SizeFact, AppError> {
    size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .filter(size_facts::year.eq(year))
        .select(SizeFact::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "Organisation {organisation} has no size facts for {year}."
            ))
        })
}

/// The columns a client's figures decide.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = size_facts)]
struct Figures<'a> {
    employees: i64,
    total_assets_eur: i64,
    net_turnover_eur: i64,
    source: &'a str,
}

impl<'a> From<&'a SizeFactInput> for Figures<'a> {
    fn from(input: &'a SizeFactInput) -> Self {
        Self {
            employees: input.employees,
            total_assets_eur: input.total_assets_eur,
            net_turnover_eur: input.net_turnover_eur,
            source: &input.source,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = size_facts)]
struct NewSizeFact<'a> {
    organisation_id: i64,
    year: i32,
    #[diesel(embed)]
    figures: Figures<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = size_facts)]
struct SizeFactChange<'a> {
    #[diesel(embed)]
    figures: Figures<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    organisation: i64,
    input: &SizeFactInput,
    now: NaiveDateTime,
) -> Result<SizeFact, AppError> {
    diesel::insert_into(size_facts::table)
        .values(&NewSizeFact {
            organisation_id: organisation,
            year: input.year,
            figures: input.into(),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::Conflict(format!(
                    "Organisation {organisation} already has size facts for {}; replace or patch them instead.",
                    input.year
                ))
            }
            other => other.into(),
        })?;
    get(conn, organisation, input.year)
}

/// Replaces the figures of `current` if nobody changed them since they were
/// read; else 412. The year stays.
pub fn update(
    conn: &mut DbConnection,
    current: &SizeFact,
    input: &SizeFactInput,
    now: NaiveDateTime,
) -> Result<SizeFact, AppError> {
    let changed = diesel::update(
        size_facts::table
            .filter(size_facts::id.eq(current.id))
            .filter(size_facts::version.eq(current.version)),
    )
    .set(&SizeFactChange {
        figures: input.into(),
        version: current.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, current.organisation_id, current.year)
}

pub fn delete(conn: &mut DbConnection, current: &SizeFact) -> Result<(), AppError> {
    let deleted = diesel::delete(
        size_facts::table
            .filter(size_facts::id.eq(current.id))
            .filter(size_facts::version.eq(current.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}
