//! Working group output storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::schema::working_group_outputs;
use crate::storage::{delete_versioned, insert_versioned, sorted, update_versioned};
use crate::working_groups::outputs::model::{
    WorkingGroupOutput, WorkingGroupOutputFilter, WorkingGroupOutputForm, WorkingGroupOutputInput,
};

fn of_group<'a>(group_id: i64) -> working_group_outputs::BoxedQuery<'a, Backend> {
    working_group_outputs::table
        .filter(working_group_outputs::working_group_id.eq(group_id))
        .into_boxed()
}

fn filtered<'a>(
    group_id: i64,
    asked: &ListQuery<WorkingGroupOutputFilter>,
) -> working_group_outputs::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = of_group(group_id);
    if let Some(from) = filter.published_from {
        query = query.filter(working_group_outputs::published_on.ge(from));
    }
    if let Some(to) = filter.published_to {
        query = query.filter(working_group_outputs::published_on.le(to));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(working_group_outputs::updated_at.ge(since));
    }
    query
}

/// One page of a group's outputs in the asked order, and how many match in
/// all.
pub fn list(
    conn: &mut DbConnection,
    group_id: i64,
    asked: &ListQuery<WorkingGroupOutputFilter>,
) -> QueryResult<(Vec<WorkingGroupOutput>, i64)> {
    let total = filtered(group_id, asked).count().get_result(conn)?;
    let mut query = filtered(group_id, asked).select(WorkingGroupOutput::as_select());
    for key in &asked.sort {
        // Outputs of unknown date sort last either way.
        if key.field == "publishedOn" {
            query = query.then_order_by(working_group_outputs::published_on.is_null());
        }
        query = sorted!(query, [key], {
            "publishedOn" => working_group_outputs::published_on,
            "title" => working_group_outputs::title,
        });
    }
    let rows = query
        .then_order_by(working_group_outputs::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
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
    of_group(group_id)
        .filter(working_group_outputs::id.eq(id))
        .select(WorkingGroupOutput::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "Working group {group_id} has no output with id {id}."
            ))
        })
}

/// The output `input` stands for: the group's output with its title.
pub fn find_natural(
    conn: &mut DbConnection,
    group_id: i64,
    input: &WorkingGroupOutputInput,
) -> QueryResult<Option<WorkingGroupOutput>> {
    of_group(group_id)
        .filter(working_group_outputs::title.eq(&input.title))
        .select(WorkingGroupOutput::as_select())
        .first(conn)
        .optional()
}

/// Ids of a group's outputs (at most `limit`), and how many in all.
pub fn ids_in_group(
    conn: &mut DbConnection,
    group_id: i64,
    limit: i64,
) -> QueryResult<(Vec<i64>, i64)> {
    let total = of_group(group_id).count().get_result(conn)?;
    let ids = of_group(group_id)
        .select(working_group_outputs::id)
        .order_by(working_group_outputs::id.asc())
        .limit(limit)
        .load(conn)?;
    Ok((ids, total))
}

pub fn insert(
    conn: &mut DbConnection,
    group_id: i64,
    input: &WorkingGroupOutputInput,
    now: NaiveDateTime,
) -> Result<WorkingGroupOutput, AppError> {
    let form = WorkingGroupOutputForm::new(group_id, input);
    let id = insert_versioned!(conn, working_group_outputs, form, now)?;
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
    let form = WorkingGroupOutputForm::new(current.working_group_id, input);
    let (id, version) = (current.id, current.version);
    update_versioned!(conn, working_group_outputs, id, version, form, now)?;
    get(conn, current.working_group_id, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &WorkingGroupOutput) -> Result<(), AppError> {
    delete_versioned!(conn, working_group_outputs, current.id, current.version)
}
