//! Motion response storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::ListQuery;
use crate::motion_responses::model::{
    MotionResponse, MotionResponseFilter, MotionResponseForm, MotionResponseInput,
    MotionResponseRecord,
};
use crate::schema::{letters, motion_responses, motions};
use crate::storage::{delete_versioned, duplicate, insert_versioned, update_versioned};

/// Responses with their letter.
type Joined<'a> = diesel::helper_types::IntoBoxed<
    'a,
    diesel::dsl::InnerJoin<motion_responses::table, letters::table>,
    Backend,
>;

/// Responses with their letter: those to `motion` and in `letter` when
/// given.
fn matching<'a>(motion: Option<i64>, letter: Option<i64>) -> Joined<'a> {
    let mut query = motion_responses::table
        .inner_join(letters::table)
        .into_boxed();
    if let Some(motion) = motion {
        query = query.filter(motion_responses::motion_id.eq(motion));
    }
    if let Some(letter) = letter {
        query = query.filter(motion_responses::letter_id.eq(letter));
    }
    query
}

/// The responses `query` finds, with the date of their letter.
fn records(conn: &mut DbConnection, query: Joined<'_>) -> QueryResult<Vec<MotionResponseRecord>> {
    let rows: Vec<(MotionResponse, NaiveDate)> = query
        .select((MotionResponse::as_select(), letters::sent_on))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(response, letter_sent_on)| MotionResponseRecord {
            response,
            letter_sent_on,
        })
        .collect())
}

/// The responses `asked` lists, with their letter.
fn filtered<'a>(asked: &ListQuery<MotionResponseFilter>) -> Joined<'a> {
    let mut query = matching(asked.filter.motion, asked.filter.letter);
    if let Some(since) = asked.changed_since {
        query = query.filter(motion_responses::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<MotionResponseFilter>,
) -> QueryResult<(Vec<MotionResponseRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = filtered(asked);
    let query = if asked.sort.first().is_some_and(|k| k.descending) {
        query.order_by((letters::sent_on.desc(), motion_responses::id.desc()))
    } else {
        query.order_by((letters::sent_on.asc(), motion_responses::id.asc()))
    };
    Ok((
        records(conn, query.offset(asked.offset()).limit(asked.limit()))?,
        total,
    ))
}

/// The responses to these motions, by letter date: one query for a page.
pub fn of_motions(
    conn: &mut DbConnection,
    motion_ids: &[i64],
) -> QueryResult<Vec<MotionResponseRecord>> {
    let query = matching(None, None)
        .filter(motion_responses::motion_id.eq_any(motion_ids))
        .order_by((letters::sent_on.asc(), motion_responses::id.asc()));
    records(conn, query)
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<MotionResponseRecord, AppError> {
    records(
        conn,
        matching(None, None).filter(motion_responses::id.eq(id)),
    )?
    .pop()
    .ok_or_else(|| AppError::NotFound(format!("There is no motion response {id}.")))
}

/// The response of `input`'s letter to its motion, if recorded.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &MotionResponseInput,
) -> QueryResult<Option<MotionResponseRecord>> {
    Ok(records(conn, matching(Some(input.motion), Some(input.letter)))?.pop())
}

/// Both references exist; every missing one is reported.
fn check_references(conn: &mut DbConnection, input: &MotionResponseInput) -> Result<(), AppError> {
    let mut errors = Vec::new();
    let motion: bool =
        diesel::select(diesel::dsl::exists(motions::table.find(input.motion))).get_result(conn)?;
    if !motion {
        errors.push(FieldError::body(
            "/motion",
            format!("there is no motion {}", input.motion),
        ));
    }
    if !crate::letters::queries::exists(conn, input.letter)? {
        errors.push(FieldError::body(
            "/letter",
            format!("there is no letter {}", input.letter),
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::invalid(errors))
    }
}

pub fn insert(
    conn: &mut DbConnection,
    input: &MotionResponseInput,
    now: NaiveDateTime,
) -> Result<MotionResponseRecord, AppError> {
    check_references(conn, input)?;
    let form = MotionResponseForm::from(input);
    let id = insert_versioned!(conn, motion_responses, form, now).map_err(duplicate(format!(
        "Letter {} already has a response to motion {}; change that one.",
        input.letter, input.motion
    )))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &MotionResponseRecord,
    input: &MotionResponseInput,
    now: NaiveDateTime,
) -> Result<MotionResponseRecord, AppError> {
    check_references(conn, input)?;
    let r = &current.response;
    let form = MotionResponseForm::from(input);
    update_versioned!(conn, motion_responses, r.id, r.version, form, now)?;
    get(conn, r.id)
}

pub fn delete(conn: &mut DbConnection, current: &MotionResponseRecord) -> Result<(), AppError> {
    let r = &current.response;
    delete_versioned!(conn, motion_responses, r.id, r.version)
}

/// A 409 when responses still refer to the motion or letter.
pub fn refuse_if_referred(
    conn: &mut DbConnection,
    motion: Option<i64>,
    letter: Option<i64>,
) -> Result<(), AppError> {
    let ids: Vec<i64> = matching(motion, letter)
        .select(motion_responses::id)
        .order_by(motion_responses::id.asc())
        .limit(10)
        .load(conn)?;
    if ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    Err(AppError::Conflict(format!(
        "Motion responses still refer to it (ids {}); delete them first.",
        ids.join(", ")
    )))
}
