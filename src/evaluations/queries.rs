//! Evaluation storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::evaluations::model::{Evaluation, EvaluationFilter, EvaluationForm, EvaluationInput};
use crate::http::listing::ListQuery;
use crate::schema::evaluations;
use crate::storage::{delete_versioned, duplicate, insert_versioned, update_versioned};

fn filtered<'a>(asked: &ListQuery<EvaluationFilter>) -> evaluations::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = evaluations::table.into_boxed();
    if let Some(kind) = &filter.kind {
        query = query.filter(evaluations::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(status) = &filter.status {
        query = query.filter(evaluations::status.eq_any(status.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(evaluations::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<EvaluationFilter>,
) -> QueryResult<(Vec<Evaluation>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let descending = asked.sort.first().is_some_and(|key| key.descending);
    let query = filtered(asked).select(Evaluation::as_select());
    let query = if descending {
        query.order_by((evaluations::title.desc(), evaluations::id.desc()))
    } else {
        query.order_by((evaluations::title.asc(), evaluations::id.asc()))
    };
    Ok((
        query
            .offset(asked.offset())
            .limit(asked.limit())
            .load(conn)?,
        total,
    ))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<Evaluation, AppError> {
    evaluations::table
        .find(id)
        .select(Evaluation::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no evaluation {id}.")))
}

/// The evaluation `input` stands for: the one with its title.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &EvaluationInput,
) -> QueryResult<Option<Evaluation>> {
    evaluations::table
        .filter(evaluations::title.eq(&input.title))
        .select(Evaluation::as_select())
        .first(conn)
        .optional()
}

/// A 409 for a title another evaluation has.
fn same_title(input: &EvaluationInput) -> impl FnOnce(diesel::result::Error) -> AppError {
    duplicate(format!(
        "An evaluation titled `{}` already exists.",
        input.title
    ))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &EvaluationInput,
    now: NaiveDateTime,
) -> Result<Evaluation, AppError> {
    let form = EvaluationForm::from(input);
    let id = insert_versioned!(conn, evaluations, form, now).map_err(same_title(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &Evaluation,
    input: &EvaluationInput,
    now: NaiveDateTime,
) -> Result<Evaluation, AppError> {
    let form = EvaluationForm::from(input);
    update_versioned!(conn, evaluations, current.id, current.version, form, now; same_title(input))?;
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &Evaluation) -> Result<(), AppError> {
    delete_versioned!(conn, evaluations, current.id, current.version)
}
