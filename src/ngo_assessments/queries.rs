//! NGO assessment storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::ngo_assessments::model::{
    NgoAssessment, NgoAssessmentFilter, NgoAssessmentForm, NgoAssessmentInput, NgoAssessmentRecord,
};
use crate::schema::{covenants, ngo_assessments};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::LeftJoin<ngo_assessments::table, covenants::table>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;
type Row = (NgoAssessment, Option<String>);

/// Assessments with the covenants they are about, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    ngo_assessments::table
        .left_join(covenants::table)
        .into_boxed()
}

fn record((assessment, covenant_code): Row) -> NgoAssessmentRecord {
    NgoAssessmentRecord {
        assessment,
        covenant_code,
    }
}

fn load(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Vec<NgoAssessmentRecord>> {
    let rows = query
        .select((NgoAssessment::as_select(), covenants::code.nullable()))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

fn filtered<'a>(asked: &ListQuery<NgoAssessmentFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(ngo_assessments::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(ngo_assessments::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<NgoAssessmentFilter>,
) -> QueryResult<(Vec<NgoAssessmentRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let mut query = filtered(asked);
    for key in &asked.sort {
        if key.field == "publishedOn" {
            // Unknown dates last on both backends.
            query = query.then_order_by(ngo_assessments::published_on.is_null());
        }
    }
    let query = sorted!(query, &asked.sort, {
        "title" => ngo_assessments::title,
        "publishedOn" => ngo_assessments::published_on,
    })
    .then_order_by(ngo_assessments::id.asc())
    .offset(asked.offset())
    .limit(asked.limit());
    Ok((load(conn, query)?, total))
}

/// The assessment with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<NgoAssessmentRecord, AppError> {
    load(conn, joined().filter(ngo_assessments::id.eq(id)))?
        .pop()
        .ok_or_else(|| AppError::NotFound(format!("There is no NGO assessment {id}.")))
}

/// The assessment `input` stands for: the one with its title.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &NgoAssessmentInput,
) -> QueryResult<Option<NgoAssessmentRecord>> {
    Ok(load(
        conn,
        joined().filter(ngo_assessments::title.eq(input.title.clone())),
    )?
    .pop())
}

/// The covenant's assessments known at `as_of`: published by then, or, with
/// the date unknown, recorded by then. Oldest first. A covenant has few, so
/// the dates are compared here, alike on both backends at any date.
pub fn of_covenant_at(
    conn: &mut DbConnection,
    covenant_id: i64,
    as_of: NaiveDate,
) -> QueryResult<Vec<NgoAssessmentRecord>> {
    let query = joined().filter(ngo_assessments::covenant_id.eq(covenant_id));
    let mut known: Vec<(NaiveDate, NgoAssessmentRecord)> = load(conn, query)?
        .into_iter()
        .map(|r| {
            let a = &r.assessment;
            (a.published_on.unwrap_or(a.created_at.date()), r)
        })
        .filter(|(known_from, _)| *known_from <= as_of)
        .collect();
    known.sort_by_key(|(known_from, r)| (*known_from, r.assessment.id));
    Ok(known.into_iter().map(|(_, r)| r).collect())
}

/// A 409 for a title another assessment has.
fn same_title(input: &NgoAssessmentInput) -> impl FnOnce(diesel::result::Error) -> AppError {
    duplicate(format!(
        "An NGO assessment titled `{}` already exists.",
        input.title
    ))
}

fn form<'a>(
    conn: &mut DbConnection,
    input: &'a NgoAssessmentInput,
) -> Result<NgoAssessmentForm<'a>, AppError> {
    let covenant = input
        .covenant
        .as_deref()
        .map(|code| id_for_reference(conn, code, "/covenant"))
        .transpose()?;
    Ok(NgoAssessmentForm::new(covenant, input))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &NgoAssessmentInput,
    now: NaiveDateTime,
) -> Result<NgoAssessmentRecord, AppError> {
    let form = form(conn, input)?;
    let id = insert_versioned!(conn, ngo_assessments, form, now).map_err(same_title(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &NgoAssessmentRecord,
    input: &NgoAssessmentInput,
    now: NaiveDateTime,
) -> Result<NgoAssessmentRecord, AppError> {
    let form = form(conn, input)?;
    let a = &current.assessment;
    update_versioned!(conn, ngo_assessments, a.id, a.version, form, now; same_title(input))?;
    get(conn, a.id)
}

pub fn delete(conn: &mut DbConnection, current: &NgoAssessmentRecord) -> Result<(), AppError> {
    let a = &current.assessment;
    delete_versioned!(conn, ngo_assessments, a.id, a.version)
}
