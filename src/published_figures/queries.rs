//! Published figure storage, and the changes since one: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::letters::queries as letters;
use crate::published_figures::model::{
    PublishedFigure, PublishedFigureFilter, PublishedFigureForm, PublishedFigureInput,
};
use crate::schema::{audit_events, published_figures};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<PublishedFigureFilter>,
) -> QueryResult<(Vec<PublishedFigure>, i64)> {
    let filtered = || {
        let mut query = published_figures::table.into_boxed();
        if let Some(letter) = &asked.filter.letter {
            query = query.filter(published_figures::letter_id.eq_any(letter.values().to_vec()));
        }
        if let Some(since) = asked.changed_since {
            query = query.filter(published_figures::updated_at.ge(since));
        }
        query
    };
    let total = filtered().count().get_result(conn)?;
    let query = sorted!(filtered().select(PublishedFigure::as_select()), &asked.sort, {
        "publishedAt" => published_figures::published_at,
    });
    let rows = query
        .then_order_by(published_figures::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load(conn)?;
    Ok((rows, total))
}

/// The published figure `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<PublishedFigure, AppError> {
    published_figures::table
        .find(id)
        .select(PublishedFigure::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no published figure {id}.")))
}

/// The figure as `input`'s letter published it, if recorded: its natural
/// key.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &PublishedFigureInput,
) -> QueryResult<Option<PublishedFigure>> {
    published_figures::table
        .filter(published_figures::figure.eq(&input.figure))
        .filter(published_figures::letter_id.eq(input.letter))
        .select(PublishedFigure::as_select())
        .first(conn)
        .optional()
}

fn taken(input: &PublishedFigureInput) -> String {
    format!(
        "Letter {} already has the figure `{}`; change that one instead.",
        input.letter, input.figure
    )
}

pub fn insert(
    conn: &mut DbConnection,
    input: &PublishedFigureInput,
    now: NaiveDateTime,
) -> Result<PublishedFigure, AppError> {
    letters::require(conn, input.letter, "/letter")?;
    let id = insert_versioned!(
        conn,
        published_figures,
        PublishedFigureForm::from(input),
        now
    )
    .map_err(duplicate(taken(input)))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &PublishedFigure,
    input: &PublishedFigureInput,
    now: NaiveDateTime,
) -> Result<PublishedFigure, AppError> {
    letters::require(conn, input.letter, "/letter")?;
    let form = PublishedFigureForm::from(input);
    update_versioned!(conn, published_figures, current.id, current.version, form, now; duplicate(taken(input)))?;
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &PublishedFigure) -> Result<(), AppError> {
    delete_versioned!(conn, published_figures, current.id, current.version)
}

/// A 409 when published figures cite the letter.
pub fn refuse_if_citing(conn: &mut DbConnection, letter: i64) -> Result<(), AppError> {
    let citing: i64 = published_figures::table
        .filter(published_figures::letter_id.eq(letter))
        .count()
        .get_result(conn)?;
    if citing == 0 {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "Letter {letter} cannot be deleted while {citing} published figure(s) cite it."
    )))
}

/// A change in the public change feed.
#[derive(Debug, Queryable)]
pub struct FeedChange {
    pub resource_type: String,
    pub resource_id: String,
    pub resource_path: String,
    pub action: String,
    pub occurred_at: NaiveDateTime,
}

/// Up to `limit` public changes made after `after` to records of `types`,
/// oldest first.
pub fn changes_since(
    conn: &mut DbConnection,
    after: NaiveDateTime,
    types: &[&str],
    limit: i64,
) -> QueryResult<Vec<FeedChange>> {
    audit_events::table
        // Public: published (a positive position) or not numbered yet.
        .filter(
            audit_events::feed_position
                .is_null()
                .or(audit_events::feed_position.gt(0)),
        )
        .filter(audit_events::occurred_at.gt(after))
        .filter(audit_events::resource_type.eq_any(types))
        .order_by((audit_events::occurred_at.asc(), audit_events::id.asc()))
        .select((
            audit_events::resource_type,
            audit_events::resource_id,
            audit_events::resource_path,
            audit_events::action,
            audit_events::occurred_at,
        ))
        .limit(limit)
        .load(conn)
}
