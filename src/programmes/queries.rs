//! Programme storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::covenants::queries as covenants_queries;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::ListQuery;
use crate::programmes::model::{
    Programme, ProgrammeFilter, ProgrammeForm, ProgrammeInput, ProgrammeRecord,
};
use crate::schema::{covenants, programmes, remedy_mechanisms};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::LeftJoin<programmes::table, covenants::table>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;
type Row = (Programme, Option<String>);

/// Programmes with the covenants they serve, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    programmes::table.left_join(covenants::table).into_boxed()
}

fn record((programme, covenant_code): Row) -> ProgrammeRecord {
    ProgrammeRecord {
        programme,
        covenant_code,
    }
}

fn load(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Vec<ProgrammeRecord>> {
    let rows = query
        .select((Programme::as_select(), covenants::code.nullable()))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

fn filtered<'a>(asked: &ListQuery<ProgrammeFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(programmes::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(programmes::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<ProgrammeFilter>,
) -> QueryResult<(Vec<ProgrammeRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let mut query = filtered(asked);
    for key in &asked.sort {
        if key.field == "startsOn" {
            // Unknown dates last on both backends.
            query = query.then_order_by(programmes::starts_on.is_null());
        }
    }
    let query = sorted!(query, &asked.sort, {
        "name" => programmes::name,
        "startsOn" => programmes::starts_on,
    })
    .then_order_by(programmes::id.asc())
    .offset(asked.offset())
    .limit(asked.limit());
    Ok((load(conn, query)?, total))
}

/// The programme with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ProgrammeRecord, AppError> {
    load(conn, joined().filter(programmes::id.eq(id)))?
        .pop()
        .ok_or_else(|| AppError::NotFound(format!("There is no programme {id}.")))
}

/// The programme `input` stands for: the one with its name.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &ProgrammeInput,
) -> QueryResult<Option<ProgrammeRecord>> {
    Ok(load(
        conn,
        joined().filter(programmes::name.eq(input.name.clone())),
    )?
    .pop())
}

/// A 409 for a name another programme has.
fn same_name(input: &ProgrammeInput) -> impl FnOnce(diesel::result::Error) -> AppError {
    duplicate(format!(
        "A programme named `{}` already exists.",
        input.name
    ))
}

fn form<'a>(
    conn: &mut DbConnection,
    input: &'a ProgrammeInput,
) -> Result<ProgrammeForm<'a>, AppError> {
    let covenant = input
        .covenant
        .as_deref()
        .map(|code| covenants_queries::id_for_reference(conn, code, "/covenant"))
        .transpose()?;
    Ok(ProgrammeForm::new(covenant, input))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &ProgrammeInput,
    now: NaiveDateTime,
) -> Result<ProgrammeRecord, AppError> {
    let form = form(conn, input)?;
    let id = insert_versioned!(conn, programmes, form, now).map_err(same_name(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &ProgrammeRecord,
    input: &ProgrammeInput,
    now: NaiveDateTime,
) -> Result<ProgrammeRecord, AppError> {
    let form = form(conn, input)?;
    let a = &current.programme;
    update_versioned!(conn, programmes, a.id, a.version, form, now; same_name(input))?;
    get(conn, a.id)
}

pub fn delete(conn: &mut DbConnection, current: &ProgrammeRecord) -> Result<(), AppError> {
    let a = &current.programme;
    delete_versioned!(conn, programmes, a.id, a.version)
}

/// `id` when it names a programme, or a 400 naming the body member at
/// `pointer` (for records that refer to a programme).
pub fn id_for_reference(conn: &mut DbConnection, id: i64, pointer: &str) -> Result<i64, AppError> {
    programmes::table
        .find(id)
        .select(programmes::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::body(
                pointer,
                format!("there is no programme {id}"),
            )])
        })
}

/// A 409 naming the remedy mechanisms the programme supports, if any.
pub fn refuse_if_referred(
    conn: &mut DbConnection,
    current: &ProgrammeRecord,
) -> Result<(), AppError> {
    let id = current.programme.id;
    let names: Vec<String> = remedy_mechanisms::table
        .filter(remedy_mechanisms::programme_id.eq(id))
        .order(remedy_mechanisms::name)
        .select(remedy_mechanisms::name)
        .load(conn)?;
    if names.is_empty() {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "Programme {id} cannot be deleted while the remedy mechanism(s) it supports refer to it: {}.",
        names.join("; ")
    )))
}
