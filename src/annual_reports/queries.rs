//! Annual report storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::annual_reports::model::{
    AnnualReport, AnnualReportFilter, AnnualReportForm, AnnualReportInput, AnnualReportRecord,
};
use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::ListQuery;
use crate::schema::{annual_reports, covenants};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::InnerJoin<annual_reports::table, covenants::table>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;

/// Annual reports with their covenants, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    annual_reports::table
        .inner_join(covenants::table)
        .into_boxed()
}

/// The first annual report `query` finds.
fn first(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Option<AnnualReportRecord>> {
    Ok(query
        .select((AnnualReport::as_select(), covenants::code))
        .first::<(AnnualReport, String)>(conn)
        .optional()?
        .map(record))
}

fn filtered<'a>(asked: &ListQuery<AnnualReportFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(year) = &filter.year {
        query = query.filter(annual_reports::reporting_year.eq_any(year.values().to_vec()));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(annual_reports::updated_at.ge(since));
    }
    query
}

fn record((report, covenant_code): (AnnualReport, String)) -> AnnualReportRecord {
    AnnualReportRecord {
        report,
        covenant_code,
    }
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<AnnualReportFilter>,
) -> QueryResult<(Vec<AnnualReportRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked).select((AnnualReport::as_select(), covenants::code)), &asked.sort, {
        "reportingYear" => annual_reports::reporting_year,
        "publishedOn" => annual_reports::published_on,
    });
    let rows = query
        .then_order_by(covenants::code.asc())
        .then_order_by(annual_reports::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load::<(AnnualReport, String)>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

/// The annual report with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<AnnualReportRecord, AppError> {
    first(conn, joined().filter(annual_reports::id.eq(id)))?
        .ok_or_else(|| AppError::NotFound(format!("There is no annual report {id}.")))
}

/// The covenant's annual report on `year`, if any.
pub fn find_by_year(
    conn: &mut DbConnection,
    covenant: &str,
    year: i32,
) -> QueryResult<Option<AnnualReportRecord>> {
    let query = joined()
        .filter(covenants::code.eq(covenant.to_owned()))
        .filter(annual_reports::reporting_year.eq(year));
    first(conn, query)
}

/// The covenant code of an annual report, if it exists.
pub fn covenant_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<String>> {
    annual_reports::table
        .inner_join(covenants::table)
        .filter(annual_reports::id.eq(id))
        .select(covenants::code)
        .first(conn)
        .optional()
}

/// The 409 names the covenant and year: one report each is the only unique
/// rule an annual report has.
fn taken(input: &AnnualReportInput) -> String {
    format!(
        "Covenant `{}` already has an annual report on {}.",
        input.covenant, input.reporting_year
    )
}

pub fn insert(
    conn: &mut DbConnection,
    input: &AnnualReportInput,
    now: NaiveDateTime,
) -> Result<AnnualReportRecord, AppError> {
    let form = AnnualReportForm::new(id_for_reference(conn, &input.covenant, "/covenant")?, input);
    let id = insert_versioned!(conn, annual_reports, form, now).map_err(duplicate(taken(input)))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &AnnualReportRecord,
    input: &AnnualReportInput,
    now: NaiveDateTime,
) -> Result<AnnualReportRecord, AppError> {
    let form = AnnualReportForm::new(id_for_reference(conn, &input.covenant, "/covenant")?, input);
    let r = &current.report;
    update_versioned!(conn, annual_reports, r.id, r.version, form, now; duplicate(taken(input)))?;
    get(conn, r.id)
}

pub fn delete(conn: &mut DbConnection, current: &AnnualReportRecord) -> Result<(), AppError> {
    let r = &current.report;
    delete_versioned!(conn, annual_reports, r.id, r.version)
}

/// Reporting years of a covenant's annual reports (for a 409 on deleting it).
pub fn years_of_covenant(conn: &mut DbConnection, covenant_id: i64) -> QueryResult<Vec<i32>> {
    annual_reports::table
        .filter(annual_reports::covenant_id.eq(covenant_id))
        .select(annual_reports::reporting_year)
        .order_by(annual_reports::reporting_year.asc())
        .load(conn)
}

/// A 400 for a body member naming an annual report that does not exist, or
/// one of another covenant than `covenant`.
pub fn require_of_covenant(
    conn: &mut DbConnection,
    id: i64,
    covenant: Option<&str>,
    pointer: &str,
) -> Result<(), AppError> {
    match (covenant_of(conn, id)?, covenant) {
        (None, _) => Err(AppError::invalid(vec![FieldError::body(
            pointer,
            format!("there is no annual report {id}"),
        )])),
        (Some(of), Some(expected)) if of != expected => {
            Err(AppError::invalid(vec![FieldError::body(
                pointer,
                format!("annual report {id} belongs to covenant `{of}`, not `{expected}`"),
            )]))
        }
        (Some(_), None) => Err(AppError::invalid(vec![FieldError::body(
            pointer,
            format!("annual report {id} belongs to a covenant; a national figure cannot cite it"),
        )])),
        _ => Ok(()),
    }
}

/// The annual reports of these covenants, oldest reporting year first.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<AnnualReportRecord>> {
    let rows = annual_reports::table
        .inner_join(covenants::table)
        .filter(annual_reports::covenant_id.eq_any(covenant_ids))
        .select((AnnualReport::as_select(), covenants::code))
        .order_by((
            annual_reports::reporting_year.asc(),
            annual_reports::id.asc(),
        ))
        .load::<(AnnualReport, String)>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}
