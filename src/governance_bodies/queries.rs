//! Governance body storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::governance_bodies::model::{
    GovernanceBody, GovernanceBodyFilter, GovernanceBodyForm, GovernanceBodyInput,
    GovernanceBodyRecord,
};
use crate::http::listing::ListQuery;
use crate::schema::{covenants, governance_bodies};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::InnerJoin<governance_bodies::table, covenants::table>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;
type Row = (GovernanceBody, String);

/// Bodies with the covenants they govern, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    governance_bodies::table
        .inner_join(covenants::table)
        .into_boxed()
}

fn load(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Vec<GovernanceBodyRecord>> {
    let rows = query
        .select((GovernanceBody::as_select(), covenants::code))
        .load::<Row>(conn)?;
    Ok(rows
        .into_iter()
        .map(|(body, covenant_code)| GovernanceBodyRecord {
            body,
            covenant_code,
        })
        .collect())
}

fn filtered<'a>(asked: &ListQuery<GovernanceBodyFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(governance_bodies::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(governance_bodies::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<GovernanceBodyFilter>,
) -> QueryResult<(Vec<GovernanceBodyRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked), &asked.sort, {
        "covenant" => covenants::code,
        "name" => governance_bodies::name,
    })
    .then_order_by(governance_bodies::name.asc())
    .then_order_by(governance_bodies::id.asc())
    .offset(asked.offset())
    .limit(asked.limit());
    Ok((load(conn, query)?, total))
}

/// The body with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<GovernanceBodyRecord, AppError> {
    load(conn, joined().filter(governance_bodies::id.eq(id)))?
        .pop()
        .ok_or_else(|| AppError::NotFound(format!("There is no governance body {id}.")))
}

/// The body `input` stands for: the one of its covenant with its name.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &GovernanceBodyInput,
) -> QueryResult<Option<GovernanceBodyRecord>> {
    let query = joined()
        .filter(covenants::code.eq(input.covenant.clone()))
        .filter(governance_bodies::name.eq(input.name.clone()));
    Ok(load(conn, query)?.pop())
}

/// A 409 for a name another body of the covenant has.
fn same_name(input: &GovernanceBodyInput) -> impl FnOnce(diesel::result::Error) -> AppError {
    duplicate(format!(
        "Covenant `{}` already has a governance body named `{}`.",
        input.covenant, input.name
    ))
}

fn form<'a>(
    conn: &mut DbConnection,
    input: &'a GovernanceBodyInput,
) -> Result<GovernanceBodyForm<'a>, AppError> {
    let covenant = id_for_reference(conn, &input.covenant, "/covenant")?;
    Ok(GovernanceBodyForm::new(covenant, input))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &GovernanceBodyInput,
    now: NaiveDateTime,
) -> Result<GovernanceBodyRecord, AppError> {
    let form = form(conn, input)?;
    let id = insert_versioned!(conn, governance_bodies, form, now).map_err(same_name(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &GovernanceBodyRecord,
    input: &GovernanceBodyInput,
    now: NaiveDateTime,
) -> Result<GovernanceBodyRecord, AppError> {
    let form = form(conn, input)?;
    let b = &current.body;
    update_versioned!(conn, governance_bodies, b.id, b.version, form, now; same_name(input))?;
    get(conn, b.id)
}

pub fn delete(conn: &mut DbConnection, current: &GovernanceBodyRecord) -> Result<(), AppError> {
    let b = &current.body;
    delete_versioned!(conn, governance_bodies, b.id, b.version)
}
