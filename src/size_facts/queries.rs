//! Size fact storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::schema::size_facts;
use crate::size_facts::model::{SizeFact, SizeFactFilter, SizeFactForm, SizeFactInput};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

fn filtered<'a>(
    organisation: i64,
    asked: &ListQuery<SizeFactFilter>,
) -> size_facts::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .into_boxed();
    if let Some(from) = filter.year_from {
        query = query.filter(size_facts::year.ge(from));
    }
    if let Some(to) = filter.year_to {
        query = query.filter(size_facts::year.le(to));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(size_facts::updated_at.ge(since));
    }
    query
}

/// One page of an organisation's size facts, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    organisation: i64,
    asked: &ListQuery<SizeFactFilter>,
) -> QueryResult<(Vec<SizeFact>, i64)> {
    let total = filtered(organisation, asked).count().get_result(conn)?;
    // `year` is unique per organisation: no tie to break.
    let query = sorted!(filtered(organisation, asked).select(SizeFact::as_select()), &asked.sort, {
        "year" => size_facts::year,
    });
    let rows = query
        .offset(asked.offset())
        .limit(asked.limit())
        .load(conn)?;
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

/// The organisation's size facts of `year`, if any.
pub fn find(
    conn: &mut DbConnection,
    organisation: i64,
    year: i32,
) -> QueryResult<Option<SizeFact>> {
    size_facts::table
        .filter(size_facts::organisation_id.eq(organisation))
        .filter(size_facts::year.eq(year))
        .select(SizeFact::as_select())
        .first(conn)
        .optional()
}

/// The organisation's size facts of `year`, or a 404 problem.
pub fn get(conn: &mut DbConnection, organisation: i64, year: i32) -> Result<SizeFact, AppError> {
    find(conn, organisation, year)?.ok_or_else(|| {
        AppError::NotFound(format!(
            "Organisation {organisation} has no size facts for {year}."
        ))
    })
}

pub fn insert(
    conn: &mut DbConnection,
    organisation: i64,
    input: &SizeFactInput,
    now: NaiveDateTime,
) -> Result<SizeFact, AppError> {
    let form = SizeFactForm::new(organisation, input);
    insert_versioned!(conn, size_facts, form, now).map_err(duplicate(format!(
        "Organisation {organisation} already has size facts for {}; replace or patch them instead.",
        input.year
    )))?;
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
    let form = SizeFactForm::new(current.organisation_id, input);
    update_versioned!(conn, size_facts, current.id, current.version, form, now)?;
    get(conn, current.organisation_id, current.year)
}

pub fn delete(conn: &mut DbConnection, current: &SizeFact) -> Result<(), AppError> {
    delete_versioned!(conn, size_facts, current.id, current.version)
}
