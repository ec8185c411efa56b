//! Letter storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::ListQuery;
use crate::letters::model::{Letter, LetterFilter, LetterForm, LetterInput};
use crate::schema::letters;
use crate::storage::{delete_versioned, duplicate, insert_versioned, update_versioned};

fn filtered<'a>(asked: &ListQuery<LetterFilter>) -> letters::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = letters::table.into_boxed();
    if let Some(reference) = &filter.reference {
        query = query.filter(letters::reference.eq(reference.clone()));
    }
    if let Some(from) = filter.sent_from {
        query = query.filter(letters::sent_on.ge(from));
    }
    if let Some(to) = filter.sent_to {
        query = query.filter(letters::sent_on.le(to));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(letters::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<LetterFilter>,
) -> QueryResult<(Vec<Letter>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let descending = asked.sort.first().is_some_and(|key| key.descending);
    let query = filtered(asked).select(Letter::as_select());
    let query = if descending {
        query.order_by((letters::sent_on.desc(), letters::id.desc()))
    } else {
        query.order_by((letters::sent_on.asc(), letters::id.asc()))
    };
    Ok((
        query
            .offset(asked.offset())
            .limit(asked.limit())
            .load(conn)?,
        total,
    ))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<Letter, AppError> {
    letters::table
        .find(id)
        .select(Letter::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no letter {id}.")))
}

/// The letter `input` stands for: the one with its reference or, when it
/// has none, the one of its date without a reference.
pub fn find_natural(conn: &mut DbConnection, input: &LetterInput) -> QueryResult<Option<Letter>> {
    let query = letters::table.select(Letter::as_select()).into_boxed();
    let query = match &input.reference {
        Some(reference) => query.filter(letters::reference.eq(reference)),
        None => query
            .filter(letters::sent_on.eq(input.sent_on))
            .filter(letters::reference.is_null()),
    };
    query.first(conn).optional()
}

/// Whether a letter exists, for references in other bodies.
pub fn exists(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(letters::table.find(id))).get_result(conn)
}

pub fn insert(
    conn: &mut DbConnection,
    input: &LetterInput,
    now: NaiveDateTime,
) -> Result<Letter, AppError> {
    let form = LetterForm::from(input);
    let id = insert_versioned!(conn, letters, form, now).map_err(duplicate(format!(
        "A letter with reference `{}` already exists.",
        input.reference.as_deref().unwrap_or_default()
    )))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &Letter,
    input: &LetterInput,
    now: NaiveDateTime,
) -> Result<Letter, AppError> {
    let form = LetterForm::from(input);
    update_versioned!(conn, letters, current.id, current.version, form, now)?;
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &Letter) -> Result<(), AppError> {
    delete_versioned!(conn, letters, current.id, current.version)
}

/// A 400 for a body member naming a letter that does not exist.
pub fn require(conn: &mut DbConnection, id: i64, pointer: &str) -> Result<(), AppError> {
    if exists(conn, id)? {
        Ok(())
    } else {
        Err(AppError::invalid(vec![FieldError::body(
            pointer,
            format!("there is no letter {id}"),
        )]))
    }
}
