//! Motion response storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::motion_responses::model::{
    MotionResponse, MotionResponseFilter, MotionResponseInput, MotionResponseRecord,
};
use crate::schema::{letters, motion_responses, motions};

type Joined = diesel::dsl::InnerJoin<motion_responses::table, letters::table>;
/// A response as read, with its letter's date.
type Loaded = (MotionResponse, NaiveDate);

fn filtered<'a>(
    filter: &MotionResponseFilter,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = motion_responses::table
        .inner_join(letters::table)
        .into_boxed();
    if let Some(motion) = filter.motion {
        query = query.filter(motion_responses::motion_id.eq(motion));
    }
    if let Some(letter) = filter.letter {
        query = query.filter(motion_responses::letter_id.eq(letter));
    }
    query
}

fn record((response, letter_sent_on): Loaded) -> MotionResponseRecord {
    MotionResponseRecord {
        response,
        letter_sent_on,
    }
}

pub fn list(
    conn: &mut DbConnection,
    filter: &MotionResponseFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<MotionResponseRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let query = filtered(filter).select((MotionResponse::as_select(), letters::sent_on));
    let query = if sort.first().is_some_and(|k| k.descending) {
        query.order_by((letters::sent_on.desc(), motion_responses::id.desc()))
    } else {
        query.order_by((letters::sent_on.asc(), motion_responses::id.asc()))
    };
    let rows = query.offset(offset).limit(limit).load::<Loaded>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

/// The responses to these motions, by letter date: one query for a page.
pub fn of_motions(
    conn: &mut DbConnection,
    motion_ids: &[i64],
) -> QueryResult<Vec<MotionResponseRecord>> {
    let rows = motion_responses::table
        .inner_join(letters::table)
        .filter(motion_responses::motion_id.eq_any(motion_ids))
        .select((MotionResponse::as_select(), letters::sent_on))
        .order_by((letters::sent_on.asc(), motion_responses::id.asc()))
        .load::<Loaded>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<MotionResponseRecord, AppError> {
    motion_responses::table
        .inner_join(letters::table)
        .filter(motion_responses::id.eq(id))
        .select((MotionResponse::as_select(), letters::sent_on))
        .first::<Loaded>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no motion response {id}.")))
}

/// A response's stored columns as a write sets them from its input.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = motion_responses, treat_none_as_null = true)]
struct Row<'a> {
    motion_id: i64,
    letter_id: i64,
    summary: &'a str,
    reported_status: Option<&'a str>,
    source: Option<&'a str>,
    version: i64,
    /// Set once, by the insert.
    #[diesel(skip_update)]
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> Row<'a> {
    fn new(input: &'a MotionResponseInput, version: i64, now: NaiveDateTime) -> Self {
        Self {
            motion_id: input.motion,
            letter_id: input.letter,
            summary: &input.summary,
            reported_status: input.reported_status.map(|s| s.as_str()),
            source: input.source.as_deref(),
            version,
            created_at: now,
            updated_at: now,
        }
    }
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
    let letter: bool =
        diesel::select(diesel::dsl::exists(letters::table.find(input.letter))).get_result(conn)?;
    if !letter {
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

fn duplicate(input: &MotionResponseInput) -> impl FnOnce(DieselError) -> AppError + '_ {
    move |e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(format!(
                "Letter {} already has a response to motion {}; change that one.",
                input.letter, input.motion
            ))
        }
        other => other.into(),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    input: &MotionResponseInput,
    now: NaiveDateTime,
) -> Result<MotionResponseRecord, AppError> {
    check_references(conn, input)?;
    let id: i64 = diesel::insert_into(motion_responses::table)
        .values(&Row::new(input, 1, now))
        .returning(motion_responses::id)
        .get_result(conn)
        .map_err(duplicate(input))?;
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
    let changed = diesel::update(
        motion_responses::table
            .filter(motion_responses::id.eq(r.id))
            .filter(motion_responses::version.eq(r.version)),
    )
    .set(&Row::new(input, r.version + 1, now))
    .execute(conn)
    .map_err(duplicate(input))?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, r.id)
}

pub fn delete(conn: &mut DbConnection, current: &MotionResponseRecord) -> Result<(), AppError> {
    let r = &current.response;
    let deleted = diesel::delete(
        motion_responses::table
            .filter(motion_responses::id.eq(r.id))
            .filter(motion_responses::version.eq(r.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}

/// A 409 when responses still refer to the motion or letter.
pub fn refuse_if_referred(
    conn: &mut DbConnection,
    motion: Option<i64>,
    letter: Option<i64>,
) -> Result<(), AppError> {
    let mut query = motion_responses::table
        .select(motion_responses::id)
        .into_boxed();
    if let Some(motion) = motion {
        query = query.filter(motion_responses::motion_id.eq(motion));
    }
    if let Some(letter) = letter {
        query = query.filter(motion_responses::letter_id.eq(letter));
    }
    let ids: Vec<i64> = query
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
