//! Working group storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::history;
use crate::http::listing::ListQuery;
use crate::schema::{covenants, working_group_themes, working_groups};
use crate::storage::{delete_versioned, duplicate, insert_versioned, update_versioned};
use crate::working_groups::model::{
    WorkingGroup, WorkingGroupFilter, WorkingGroupForm, WorkingGroupInput, WorkingGroupRecord,
    WorkingGroupTheme,
};

/// Groups with their covenant.
type Joined<'a> = diesel::helper_types::IntoBoxed<
    'a,
    diesel::dsl::InnerJoin<working_groups::table, covenants::table>,
    Backend,
>;

fn joined<'a>() -> Joined<'a> {
    working_groups::table
        .inner_join(covenants::table)
        .into_boxed()
}

fn filtered<'a>(asked: &ListQuery<WorkingGroupFilter>) -> Joined<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(status) = &filter.status {
        query = query.filter(working_groups::status.eq_any(status.stored(|v| v.as_str())));
    }
    if let Some(theme) = &filter.theme {
        query = query.filter(
            working_groups::id.eq_any(
                working_group_themes::table
                    .filter(working_group_themes::theme.eq_any(theme.stored(|v| v.as_str())))
                    .select(working_group_themes::working_group_id),
            ),
        );
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(working_groups::updated_at.ge(since));
    }
    query
}

/// The groups `query` finds, with their covenant's code and their themes:
/// two queries however many groups.
fn records(conn: &mut DbConnection, query: Joined<'_>) -> QueryResult<Vec<WorkingGroupRecord>> {
    let rows: Vec<(WorkingGroup, String)> = query
        .select((WorkingGroup::as_select(), covenants::code))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(group, _)| group.id).collect();
    let themes: Vec<(i64, String)> = working_group_themes::table
        .filter(working_group_themes::working_group_id.eq_any(&ids))
        .select((
            working_group_themes::working_group_id,
            working_group_themes::theme,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(group, covenant_code)| {
            let themes = WorkingGroupTheme::ALL
                .into_iter()
                .filter(|theme| {
                    themes
                        .iter()
                        .any(|(id, stored)| *id == group.id && stored == theme.as_str())
                })
                .collect();
            WorkingGroupRecord {
                group,
                covenant_code,
                themes,
            }
        })
        .collect())
}

/// One page of working groups in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<WorkingGroupFilter>,
) -> QueryResult<(Vec<WorkingGroupRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let mut query = filtered(asked);
    // Not `sorted!`: groups without a start date sort last either way.
    for key in &asked.sort {
        query = match (key.field, key.descending) {
            ("startedOn", false) => query
                .then_order_by(working_groups::started_on.is_null())
                .then_order_by(working_groups::started_on.asc()),
            ("startedOn", true) => query
                .then_order_by(working_groups::started_on.is_null())
                .then_order_by(working_groups::started_on.desc()),
            (_, false) => query.then_order_by(working_groups::name.asc()),
            (_, true) => query.then_order_by(working_groups::name.desc()),
        };
    }
    let query = query
        .then_order_by(working_groups::id.asc())
        .offset(asked.offset())
        .limit(asked.limit());
    Ok((records(conn, query)?, total))
}

/// The working group with `id`, if there is one.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<WorkingGroupRecord>> {
    Ok(records(conn, joined().filter(working_groups::id.eq(id)))?.pop())
}

/// The working group `input` stands for: its covenant's group of that name.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &WorkingGroupInput,
) -> QueryResult<Option<WorkingGroupRecord>> {
    let query = joined()
        .filter(covenants::code.eq(&input.covenant))
        .filter(working_groups::name.eq(&input.name));
    Ok(records(conn, query)?.pop())
}

/// The working group with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<WorkingGroupRecord, AppError> {
    find(conn, id)?.ok_or_else(|| not_found(id))
}

pub fn not_found(id: i64) -> AppError {
    AppError::NotFound(format!("There is no working group with id {id}."))
}

/// The working groups of these covenants, by name.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<WorkingGroupRecord>> {
    let query = joined()
        .filter(working_groups::covenant_id.eq_any(covenant_ids))
        .order_by((working_groups::name.asc(), working_groups::id.asc()));
    records(conn, query)
}

/// Names of the working groups of a covenant (at most `limit`), and how many
/// in all.
pub fn names_in_covenant(
    conn: &mut DbConnection,
    covenant_id: i64,
    limit: i64,
) -> QueryResult<(Vec<String>, i64)> {
    let of_covenant = working_groups::table.filter(working_groups::covenant_id.eq(covenant_id));
    let total = of_covenant.count().get_result(conn)?;
    let names = of_covenant
        .select(working_groups::name)
        .order_by(working_groups::name.asc())
        .limit(limit)
        .load(conn)?;
    Ok((names, total))
}

/// Stores the group's themes in place of those it had, which are kept as
/// versions that held until `now`.
fn replace_themes(
    conn: &mut DbConnection,
    id: i64,
    themes: &[WorkingGroupTheme],
    now: NaiveDateTime,
) -> QueryResult<()> {
    history::keep(conn, "working_group_themes", "working_group_id", id, now)?;
    diesel::delete(
        working_group_themes::table.filter(working_group_themes::working_group_id.eq(id)),
    )
    .execute(conn)?;
    for theme in themes {
        diesel::insert_into(working_group_themes::table)
            .values((
                working_group_themes::working_group_id.eq(id),
                working_group_themes::theme.eq(theme.as_str()),
                working_group_themes::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert(
    conn: &mut DbConnection,
    input: &WorkingGroupInput,
    now: NaiveDateTime,
) -> Result<WorkingGroupRecord, AppError> {
    let covenant_id = id_for_reference(conn, &input.covenant, "/covenant")?;
    let form = WorkingGroupForm::new(input, covenant_id);
    let id = insert_versioned!(conn, working_groups, form, now).map_err(duplicate(format!(
        "Covenant `{}` already has a working group named `{}`.",
        input.covenant, input.name
    )))?;
    replace_themes(conn, id, &input.themes, now)?;
    get(conn, id)
}

/// Replaces the writable fields of `current` if nobody changed it since it
/// was read; else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &WorkingGroupRecord,
    input: &WorkingGroupInput,
    now: NaiveDateTime,
) -> Result<WorkingGroupRecord, AppError> {
    let covenant_id = id_for_reference(conn, &input.covenant, "/covenant")?;
    let form = WorkingGroupForm::new(input, covenant_id);
    let g = &current.group;
    update_versioned!(conn, working_groups, g.id, g.version, form, now)?;
    replace_themes(conn, g.id, &input.themes, now)?;
    get(conn, g.id)
}

pub fn delete(conn: &mut DbConnection, current: &WorkingGroupRecord) -> Result<(), AppError> {
    let g = &current.group;
    let now = crate::db::now();
    replace_themes(conn, g.id, &[], now)?;
    delete_versioned!(conn, working_groups, g.id, g.version, now)
}
