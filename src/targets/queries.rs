//! Target storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::any_of::AnyOf;
use crate::http::listing::ListQuery;
use crate::measurements::model::{Scope, ScopeIds};
use crate::measurements::queries::resolve_scope;
use crate::schema::{covenants, indicators, targets};
use crate::storage::{delete_versioned, insert_versioned, sorted, update_versioned};
use crate::targets::model::{Target, TargetFilter, TargetForm, TargetInput, TargetRecord};

type Joined = diesel::dsl::LeftJoin<
    diesel::dsl::InnerJoin<targets::table, indicators::table>,
    covenants::table,
>;
type Query<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;

fn joined<'a>() -> Query<'a> {
    targets::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .into_boxed()
}

fn filtered<'a>(asked: &ListQuery<TargetFilter>) -> Query<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(indicator) = &filter.indicator {
        query = query.filter(indicators::code.eq_any(indicator.values().to_vec()));
    }
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    let scopes = filter.scope.as_ref().map_or(&[][..], AnyOf::values);
    match (
        scopes.contains(&Scope::Covenant),
        scopes.contains(&Scope::National),
    ) {
        (true, false) => query = query.filter(targets::covenant_id.is_not_null()),
        (false, true) => query = query.filter(targets::covenant_id.is_null()),
        _ => {}
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(targets::updated_at.ge(since));
    }
    query
}

type Row = (Target, String, Option<String>);

fn record((target, indicator_code, covenant_code): Row) -> TargetRecord {
    TargetRecord {
        target,
        indicator_code,
        covenant_code,
    }
}

/// The records `query` finds, with the codes they refer to.
fn load(conn: &mut DbConnection, query: Query<'_>) -> QueryResult<Vec<TargetRecord>> {
    let rows = query
        .select((
            Target::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<TargetFilter>,
) -> QueryResult<(Vec<TargetRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked), &asked.sort, { "dueOn" => targets::due_on });
    let query = query.then_order_by(targets::id.asc());
    Ok((
        load(conn, query.offset(asked.offset()).limit(asked.limit()))?,
        total,
    ))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<TargetRecord, AppError> {
    targets::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .filter(targets::id.eq(id))
        .select((
            Target::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .first::<Row>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no target {id}.")))
}

/// The target `input` stands for: the one of its indicator and scope due
/// on its date.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &TargetInput,
) -> QueryResult<Option<TargetRecord>> {
    let query = joined()
        .filter(indicators::code.eq(input.indicator.clone()))
        .filter(targets::due_on.eq(input.due_on));
    let query = match &input.covenant {
        Some(code) => query.filter(covenants::code.eq(code.clone())),
        None => query.filter(targets::covenant_id.is_null()),
    };
    Ok(load(conn, query.order_by(targets::id.asc()).limit(1))?.pop())
}

/// The ids a target refers to, after checking every reference; all
/// problems are reported together.
fn resolve(conn: &mut DbConnection, input: &TargetInput) -> Result<ScopeIds, AppError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let values = [
        ("/value", Some(input.value)),
        ("/baselineValue", input.baseline_value),
    ];
    let covenant = input.covenant.as_deref();
    let ids = resolve_scope(conn, &input.indicator, covenant, &values, &mut errors)?;
    ids.filter(|_| errors.is_empty())
        .ok_or_else(|| AppError::invalid(errors))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &TargetInput,
    now: NaiveDateTime,
) -> Result<TargetRecord, AppError> {
    let form = TargetForm::new(resolve(conn, input)?, input);
    let id = insert_versioned!(conn, targets, form, now)?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &TargetRecord,
    input: &TargetInput,
    now: NaiveDateTime,
) -> Result<TargetRecord, AppError> {
    let form = TargetForm::new(resolve(conn, input)?, input);
    let t = &current.target;
    update_versioned!(conn, targets, t.id, t.version, form, now)?;
    get(conn, t.id)
}

pub fn delete(conn: &mut DbConnection, current: &TargetRecord) -> Result<(), AppError> {
    let t = &current.target;
    delete_versioned!(conn, targets, t.id, t.version)
}

/// The targets of these covenants, earliest due first.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<TargetRecord>> {
    let query = joined()
        .filter(targets::covenant_id.eq_any(covenant_ids))
        .order_by((targets::due_on.asc(), targets::id.asc()));
    load(conn, query)
}
