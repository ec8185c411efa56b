//! Letter storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::letters::model::{Letter, LetterFilter, LetterInput};
use crate::schema::letters;

fn filtered<'a>(filter: &LetterFilter) -> letters::BoxedQuery<'a, Backend> {
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
    query
}

pub fn list(
    conn: &mut DbConnection,
    filter: &LetterFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<Letter>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let descending = sort.first().is_some_and(|key| key.descending);
    let query = filtered(filter).select(Letter::as_select());
    let query = if descending {
        query.order_by((letters::sent_on.desc(), letters::id.desc()))
    } else {
        query.order_by((letters::sent_on.asc(), letters::id.asc()))
    };
    Ok((query.offset(offset).limit(limit).load(conn)?, total))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<Letter, AppError> {
    letters::table
        .find(id)
        .select(Letter::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no letter {id}.")))
}

/// Whether a letter exists, for references in other bodies.
pub fn exists(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(letters::table.find(id))).get_result(conn)
}

/// A letter's stored columns as a write sets them from its input.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = letters, treat_none_as_null = true)]
struct Row<'a> {
    sent_on: NaiveDate,
    subject: &'a str,
    reference: Option<&'a str>,
    kamerstuk: Option<&'a str>,
    minister: &'a str,
    url: Option<&'a str>,
    source: Option<&'a str>,
    version: i64,
    /// Set once, by the insert.
    #[diesel(skip_update)]
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> Row<'a> {
    fn new(input: &'a LetterInput, version: i64, now: NaiveDateTime) -> Self {
        Self {
            sent_on: input.sent_on,
            subject: &input.subject,
            reference: input.reference.as_deref(),
            kamerstuk: input.kamerstuk.as_deref(),
            minister: &input.minister,
            url: input.url.as_deref(),
            source: input.source.as_deref(),
            version,
            created_at: now,
            updated_at: now,
        }
    }
}

fn duplicate(input: &LetterInput) -> impl FnOnce(DieselError) -> AppError + '_ {
    move |e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(format!(
                "A letter with reference `{}` already exists.",
                input.reference.as_deref().unwrap_or_default()
            ))
        }
        other => other.into(),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    input: &LetterInput,
    now: NaiveDateTime,
) -> Result<Letter, AppError> {
    let id: i64 = diesel::insert_into(letters::table)
        .values(&Row::new(input, 1, now))
        .returning(letters::id)
        .get_result(conn)
        .map_err(duplicate(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &Letter,
    input: &LetterInput,
    now: NaiveDateTime,
) -> Result<Letter, AppError> {
    let changed = diesel::update(
        letters::table
            .filter(letters::id.eq(current.id))
            .filter(letters::version.eq(current.version)),
    )
    .set(&Row::new(input, current.version + 1, now))
    .execute(conn)
    .map_err(duplicate(input))?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &Letter) -> Result<(), AppError> {
    let deleted = diesel::delete(
        letters::table
            .filter(letters::id.eq(current.id))
            .filter(letters::version.eq(current.version)),
    )
    .execute(conn)
    .map_err(|e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            AppError::Conflict(format!(
                "Other records still refer to letter {}.",
                current.id
            ))
        }
        other => other.into(),
    })?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
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
