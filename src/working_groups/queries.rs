//! Working group storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::schema::{covenants, working_group_themes, working_groups};
use crate::working_groups::model::{
    WorkingGroup, WorkingGroupFilter, WorkingGroupInput, WorkingGroupRecord, WorkingGroupTheme,
};

type Joined = diesel::dsl::InnerJoin<working_groups::table, covenants::table>;

fn filtered<'a>(
    filter: &WorkingGroupFilter,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = working_groups::table
        .inner_join(covenants::table)
        .into_boxed();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq(covenant.clone()));
    }
    if let Some(status) = filter.status {
        query = query.filter(working_groups::status.eq(status.as_str()));
    }
    if let Some(theme) = filter.theme {
        query = query.filter(
            working_groups::id.eq_any(
                working_group_themes::table
                    .filter(working_group_themes::theme.eq(theme.as_str()))
                    .select(working_group_themes::working_group_id),
            ),
        );
    }
    query
}

/// Adds their themes to groups read with their covenant's code: one query
/// for all of them.
fn with_themes(
    conn: &mut DbConnection,
    rows: Vec<(WorkingGroup, String)>,
) -> QueryResult<Vec<WorkingGroupRecord>> {
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
    filter: &WorkingGroupFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<WorkingGroupRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let mut query = filtered(filter).select((WorkingGroup::as_select(), covenants::code));
    for key in sort {
        query = match (key.field, key.descending) {
            // Groups without a start date sort last either way.
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
    let rows = query
        .then_order_by(working_groups::id.asc())
        .offset(offset)
        .limit(limit)
        .load::<(WorkingGroup, String)>(conn)?;
    Ok((with_themes(conn, rows)?, total))
}

/// The working group with `id`, if there is one.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<WorkingGroupRecord>> {
    let row = working_groups::table
        .inner_join(covenants::table)
        .filter(working_groups::id.eq(id))
        .select((WorkingGroup::as_select(), covenants::code))
        .first::<(WorkingGroup, String)>(conn)
        .optional()?;
    Ok(with_themes(conn, row.into_iter().collect())?.pop())
}

/// The working group with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<WorkingGroupRecord, AppError> {
    find(conn, id)?.ok_or_else(|| not_found(id))
}

pub fn not_found(id: i64) -> AppError {
    AppError::NotFound(format!("There is no working group with id {id}."))
}

/// The working groups of these covenants, by name: two queries however many
/// covenants there are.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<WorkingGroupRecord>> {
    let rows = working_groups::table
        .inner_join(covenants::table)
        .filter(working_groups::covenant_id.eq_any(covenant_ids))
        .select((WorkingGroup::as_select(), covenants::code))
        .order_by((working_groups::name.asc(), working_groups::id.asc()))
        .load::<(WorkingGroup, String)>(conn)?;
    with_themes(conn, rows)
}

/// Names of the working groups of a covenant (at most `limit`), and how many
/// in all.
pub fn names_in_covenant(
    conn: &mut DbConnection,
    covenant_id: i64,
    limit: i64,
) -> QueryResult<(Vec<String>, i64)> {
    let total = working_groups::table
        .filter(working_groups::covenant_id.eq(covenant_id))
        .count()
        .get_result(conn)?;
    let names = working_groups::table
        .filter(working_groups::covenant_id.eq(covenant_id))
        .select(working_groups::name)
        .order_by(working_groups::name.asc())
        .limit(limit)
        .load(conn)?;
    Ok((names, total))
}

/// The id of the covenant `code` names, or a 400 naming the field.
fn covenant_id(conn: &mut DbConnection, code: &str) -> Result<i64, AppError> {
    covenants::table
        .filter(covenants::code.eq(code))
        .select(covenants::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::body(
                "/covenant",
                format!("there is no covenant with code `{code}`"),
            )])
        })
}

fn name_taken(input: &WorkingGroupInput) -> impl FnOnce(DieselError) -> AppError + '_ {
    move |error| match error {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(format!(
                "Covenant `{}` already has a working group named `{}`.",
                input.covenant, input.name
            ))
        }
        other => other.into(),
    }
}

/// A group's stored columns as a write sets them from its input.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = working_groups, treat_none_as_null = true)]
struct Row<'a> {
    covenant_id: i64,
    name: &'a str,
    mandate: Option<&'a str>,
    started_on: Option<NaiveDate>,
    ended_on: Option<NaiveDate>,
    status: &'a str,
    source: Option<&'a str>,
    version: i64,
    /// Set once, by the insert.
    #[diesel(skip_update)]
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> Row<'a> {
    fn new(
        input: &'a WorkingGroupInput,
        covenant_id: i64,
        version: i64,
        now: NaiveDateTime,
    ) -> Self {
        Self {
            covenant_id,
            name: &input.name,
            mandate: input.mandate.as_deref(),
            started_on: input.started_on,
            ended_on: input.ended_on,
            status: input.status.as_str(),
            source: input.source.as_deref(),
            version,
            created_at: now,
            updated_at: now,
        }
    }
}

/// Stores the group's themes in place of those it had.
fn replace_themes(
    conn: &mut DbConnection,
    id: i64,
    themes: &[WorkingGroupTheme],
) -> QueryResult<()> {
    diesel::delete(
        working_group_themes::table.filter(working_group_themes::working_group_id.eq(id)),
    )
    .execute(conn)?;
    for theme in themes {
        diesel::insert_into(working_group_themes::table)
            .values((
                working_group_themes::working_group_id.eq(id),
                working_group_themes::theme.eq(theme.as_str()),
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
    let covenant_id = covenant_id(conn, &input.covenant)?;
    let id: i64 = diesel::insert_into(working_groups::table)
        .values(&Row::new(input, covenant_id, 1, now))
        .returning(working_groups::id)
        .get_result(conn)
        .map_err(name_taken(input))?;
    replace_themes(conn, id, &input.themes)?;
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
    let covenant_id = covenant_id(conn, &input.covenant)?;
    let g = &current.group;
    let changed = diesel::update(
        working_groups::table
            .filter(working_groups::id.eq(g.id))
            .filter(working_groups::version.eq(g.version)),
    )
    .set(&Row::new(input, covenant_id, g.version + 1, now))
    .execute(conn)
    .map_err(name_taken(input))?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    replace_themes(conn, g.id, &input.themes)?;
    get(conn, g.id)
}

pub fn delete(conn: &mut DbConnection, current: &WorkingGroupRecord) -> Result<(), AppError> {
    let g = &current.group;
    replace_themes(conn, g.id, &[])?;
    let deleted = diesel::delete(
        working_groups::table
            .filter(working_groups::id.eq(g.id))
            .filter(working_groups::version.eq(g.version)),
    )
    .execute(conn)
    .map_err(|e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            AppError::Conflict(format!(
                "Other records still refer to working group {}.",
                g.id
            ))
        }
        other => other.into(),
    })?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}
