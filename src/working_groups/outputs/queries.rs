//! Working group output storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::SortKey;
use crate::schema::working_group_outputs;
use crate::working_groups::outputs::model::{
    WorkingGroupOutput, WorkingGroupOutputFilter, WorkingGroupOutputInput,
};

fn filtered<'a>(
    group_id: i64,
    filter: &WorkingGroupOutputFilter,
) -> working_group_outputs::BoxedQuery<'a, Backend> {
    let mut query = working_group_outputs::table
        .filter(working_group_outputs::working_group_id.eq(group_id))
        .into_boxed();
    if let Some(from) = filter.published_from {
        query = query.filter(working_group_outputs::published_on.ge(from));
    }
    if let Some(to) = filter.published_to {
        query = query.filter(working_group_outputs::published_on.le(to));
    }
    query
}

/// One page of a group's outputs in the asked order, and how many match in
/// all.
pub fn list(
    conn: &mut DbConnection,
    group_id: i64,
    filter: &WorkingGroupOutputFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<WorkingGroupOutput>, i64)> {
    let total = filtered(group_id, filter).count().get_result(conn)?;
    let mut query = filtered(group_id, filter).select(WorkingGroupOutput::as_select());
    for key in sort {
        query = match (key.field, key.descending) {
            ("title", false) => query.then_order_by(working_group_outputs::title.asc()),
            ("title", true) => query.then_order_by(working_group_outputs::title.desc()),
            (_, false) => query.then_order_by(working_group_outputs::published_on.asc()),
            (_, true) => query.then_order_by(working_group_outputs::published_on.desc()),
        };
    }
    let rows = query
        .then_order_by(working_group_outputs::id.asc())
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok((rows, total))
}

/// The output `id` of the group `group_id`, or a 404 problem (also when the
/// output belongs to another group).
pub fn get(
    conn: &mut DbConnection,
    group_id: i64,
    id: i64,
) -> Result<WorkingGroupOutput, AppError> {
    working_group_outputs::table
        .filter(working_group_outputs::id.eq(id))
        .filter(working_group_outputs::working_group_id.eq(group_id))
        .select(WorkingGroupOutput::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "Working group {group_id} has no output with id {id}."
            ))
        })
}

/// Ids of a group's outputs (at most `limit`), and how many in all.
pub fn ids_in_group(
    conn: &mut DbConnection,
    group_id: i64,
    limit: i64,
) -> QueryResult<(Vec<i64>, i64)> {
    let total = working_group_outputs::table
        .filter(working_group_outputs::working_group_id.eq(group_id))
        .count()
        .get_result(conn)?;
    let ids = working_group_outputs::table
        .filter(working_group_outputs::working_group_id.eq(group_id))
        .select(working_group_outputs::id)
        .order_by(working_group_outputs::id.asc())
        .limit(limit)
        .load(conn)?;
    Ok((ids, total))
}

/// An output's stored columns as a write sets them from its input.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = working_group_outputs, treat_none_as_null = true)]
struct Row<'a> {
    /// Set once, by the insert: an output stays with its group.
    #[diesel(skip_update)]
    working_group_id: i64,
    title: &'a str,
    published_on: NaiveDate,
    url: Option<&'a str>,
    summary: Option<&'a str>,
    source: Option<&'a str>,
    version: i64,
    /// Set once, by the insert.
    #[diesel(skip_update)]
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> Row<'a> {
    fn new(
        group_id: i64,
        input: &'a WorkingGroupOutputInput,
        version: i64,
        now: NaiveDateTime,
    ) -> Self {
        Self {
            working_group_id: group_id,
            title: &input.title,
            published_on: input.published_on,
            url: input.url.as_deref(),
            summary: input.summary.as_deref(),
            source: input.source.as_deref(),
            version,
            created_at: now,
            updated_at: now,
        }
    }
}

pub fn insert(
    conn: &mut DbConnection,
    group_id: i64,
    input: &WorkingGroupOutputInput,
    now: NaiveDateTime,
) -> Result<WorkingGroupOutput, AppError> {
    let id: i64 = diesel::insert_into(working_group_outputs::table)
        .values(&Row::new(group_id, input, 1, now))
        .returning(working_group_outputs::id)
        .get_result(conn)?;
    get(conn, group_id, id)
}

/// Replaces the writable fields of `current` if nobody changed it since it
/// was read; else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &WorkingGroupOutput,
    input: &WorkingGroupOutputInput,
    now: NaiveDateTime,
) -> Result<WorkingGroupOutput, AppError> {
    let changed = diesel::update(
        working_group_outputs::table
            .filter(working_group_outputs::id.eq(current.id))
            .filter(working_group_outputs::version.eq(current.version)),
    )
    .set(&Row::new(
        current.working_group_id,
        input,
        current.version + 1,
        now,
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, current.working_group_id, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &WorkingGroupOutput) -> Result<(), AppError> {
    let deleted = diesel::delete(
        working_group_outputs::table
            .filter(working_group_outputs::id.eq(current.id))
            .filter(working_group_outputs::version.eq(current.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}
