//! Remedy mechanism storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::programmes::queries as programmes;
use crate::remedy_mechanisms::model::{
    RemedyMechanism, RemedyMechanismFilter, RemedyMechanismForm, RemedyMechanismInput,
    RemedyMechanismRecord,
};
use crate::schema::{covenants, remedy_mechanisms};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::LeftJoin<remedy_mechanisms::table, covenants::table>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;
type Row = (RemedyMechanism, Option<String>);

/// Mechanisms with the covenants they belong to, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    remedy_mechanisms::table
        .left_join(covenants::table)
        .into_boxed()
}

fn load(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Vec<RemedyMechanismRecord>> {
    let rows = query
        .select((RemedyMechanism::as_select(), covenants::code.nullable()))
        .load::<Row>(conn)?;
    Ok(rows
        .into_iter()
        .map(|(mechanism, covenant_code)| RemedyMechanismRecord {
            mechanism,
            covenant_code,
        })
        .collect())
}

fn filtered<'a>(asked: &ListQuery<RemedyMechanismFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(remedy_mechanisms::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(status) = &filter.status {
        query = query.filter(remedy_mechanisms::status.eq_any(status.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(remedy_mechanisms::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<RemedyMechanismFilter>,
) -> QueryResult<(Vec<RemedyMechanismRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked), &asked.sort, {
        "name" => remedy_mechanisms::name,
    })
    .then_order_by(remedy_mechanisms::id.asc())
    .offset(asked.offset())
    .limit(asked.limit());
    Ok((load(conn, query)?, total))
}

/// The mechanism with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<RemedyMechanismRecord, AppError> {
    load(conn, joined().filter(remedy_mechanisms::id.eq(id)))?
        .pop()
        .ok_or_else(|| AppError::NotFound(format!("There is no remedy mechanism {id}.")))
}

/// The mechanism `input` stands for: the one with its name.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &RemedyMechanismInput,
) -> QueryResult<Option<RemedyMechanismRecord>> {
    let query = joined().filter(remedy_mechanisms::name.eq(input.name.clone()));
    Ok(load(conn, query)?.pop())
}

/// A 409 for a name another mechanism has.
fn same_name(input: &RemedyMechanismInput) -> impl FnOnce(diesel::result::Error) -> AppError {
    duplicate(format!(
        "A remedy mechanism named `{}` already exists.",
        input.name
    ))
}

fn form<'a>(
    conn: &mut DbConnection,
    input: &'a RemedyMechanismInput,
) -> Result<RemedyMechanismForm<'a>, AppError> {
    let covenant = input
        .covenant
        .as_deref()
        .map(|code| id_for_reference(conn, code, "/covenant"))
        .transpose()?;
    if let Some(programme) = input.programme {
        programmes::id_for_reference(conn, programme, "/programme")?;
    }
    Ok(RemedyMechanismForm::new(covenant, input))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &RemedyMechanismInput,
    now: NaiveDateTime,
) -> Result<RemedyMechanismRecord, AppError> {
    let form = form(conn, input)?;
    let id = insert_versioned!(conn, remedy_mechanisms, form, now).map_err(same_name(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &RemedyMechanismRecord,
    input: &RemedyMechanismInput,
    now: NaiveDateTime,
) -> Result<RemedyMechanismRecord, AppError> {
    let form = form(conn, input)?;
    let m = &current.mechanism;
    update_versioned!(conn, remedy_mechanisms, m.id, m.version, form, now; same_name(input))?;
    get(conn, m.id)
}

pub fn delete(conn: &mut DbConnection, current: &RemedyMechanismRecord) -> Result<(), AppError> {
    let m = &current.mechanism;
    delete_versioned!(conn, remedy_mechanisms, m.id, m.version)
}
