//! Annual report storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::annual_reports::model::{
    AnnualReport, AnnualReportFilter, AnnualReportInput, AnnualReportRecord,
};
use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::schema::{annual_reports, covenants};

type Joined = diesel::dsl::InnerJoin<annual_reports::table, covenants::table>;

fn filtered<'a>(
    filter: &AnnualReportFilter,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = annual_reports::table
        .inner_join(covenants::table)
        .into_boxed();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq(covenant.clone()));
    }
    if let Some(year) = filter.year {
        query = query.filter(annual_reports::reporting_year.eq(year));
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
    filter: &AnnualReportFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<AnnualReportRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let mut query = filtered(filter).select((AnnualReport::as_select(), covenants::code));
    for key in sort {
        query = match (key.field, key.descending) {
            ("publishedOn", false) => query.then_order_by(annual_reports::published_on.asc()),
            ("publishedOn", true) => query.then_order_by(annual_reports::published_on.desc()),
            (_, false) => query.then_order_by(annual_reports::reporting_year.asc()),
            (_, true) => query.then_order_by(annual_reports::reporting_year.desc()),
        };
    }
    let rows = query
        .then_order_by(covenants::code.asc())
        .then_order_by(annual_reports::id.asc())
        .offset(offset)
        .limit(limit)
        .load::<(AnnualReport, String)>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<AnnualReportRecord, AppError> {
    annual_reports::table
        .inner_join(covenants::table)
        .filter(annual_reports::id.eq(id))
        .select((AnnualReport::as_select(), covenants::code))
        .first::<(AnnualReport, String)>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no annual report {id}.")))
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

fn duplicate(input: &AnnualReportInput) -> impl FnOnce(DieselError) -> AppError + '_ {
    move |e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(format!(
                "Covenant `{}` already has an annual report on {}.",
                input.covenant, input.reporting_year
            ))
        }
        other => other.into(),
    }
}

/// The columns a client's input decides, with its covenant's id.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = annual_reports, treat_none_as_null = true)]
struct Report<'a> {
    covenant_id: i64,
    reporting_year: i32,
    published_on: NaiveDate,
    title: &'a str,
    url: Option<&'a str>,
    summary: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> Report<'a> {
    fn new(covenant_id: i64, input: &'a AnnualReportInput) -> Self {
        Self {
            covenant_id,
            reporting_year: input.reporting_year,
            published_on: input.published_on,
            title: &input.title,
            url: input.url.as_deref(),
            summary: input.summary.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = annual_reports)]
struct NewReport<'a> {
    #[diesel(embed)]
    report: Report<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = annual_reports)]
struct ReportChange<'a> {
    #[diesel(embed)]
    report: Report<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &AnnualReportInput,
    now: NaiveDateTime,
) -> Result<AnnualReportRecord, AppError> {
    let covenant_id = id_for_reference(conn, &input.covenant, "/covenant")?;
    let id: i64 = diesel::insert_into(annual_reports::table)
        .values(&NewReport {
            report: Report::new(covenant_id, input),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(annual_reports::id)
        .get_result(conn)
        .map_err(duplicate(input))?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &AnnualReportRecord,
    input: &AnnualReportInput,
    now: NaiveDateTime,
) -> Result<AnnualReportRecord, AppError> {
    let covenant_id = id_for_reference(conn, &input.covenant, "/covenant")?;
    let r = &current.report;
    let changed = diesel::update(
        annual_reports::table
            .filter(annual_reports::id.eq(r.id))
            .filter(annual_reports::version.eq(r.version)),
    )
    .set(&ReportChange {
        report: Report::new(covenant_id, input),
        version: r.version + 1,
        updated_at: now,
    })
    .execute(conn)
    .map_err(duplicate(input))?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, r.id)
}

pub fn delete(conn: &mut DbConnection, current: &AnnualReportRecord) -> Result<(), AppError> {
    let r = &current.report;
    let deleted = diesel::delete(
        annual_reports::table
            .filter(annual_reports::id.eq(r.id))
            .filter(annual_reports::version.eq(r.version)),
    )
    .execute(conn)
    .map_err(|e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            AppError::Conflict(format!(
                "Other records still refer to annual report {}.",
                r.id
            ))
        }
        other => other.into(),
    })?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
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
