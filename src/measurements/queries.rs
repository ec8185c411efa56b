//! Measurement storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::annual_reports::queries as annual_reports_q;
use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::history;
use crate::http::any_of::AnyOf;
use crate::http::listing::ListQuery;
use crate::indicators::model::{Indicator, Unit};
use crate::indicators::queries as indicators_q;
use crate::letters::queries as letters_q;
use crate::measurements::model::{
    Measurement, MeasurementFilter, MeasurementForm, MeasurementInput, MeasurementRecord, Scope,
    ScopeIds,
};
use crate::schema::{covenants, indicators, measurements};
use crate::storage::{delete_versioned, sorted};

type Joined = diesel::dsl::LeftJoin<
    diesel::dsl::InnerJoin<measurements::table, indicators::table>,
    covenants::table,
>;
type Query<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;

fn joined<'a>() -> Query<'a> {
    measurements::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .into_boxed()
}

fn filtered<'a>(asked: &ListQuery<MeasurementFilter>) -> Query<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(indicator) = &filter.indicator {
        query = query.filter(indicators::code.eq_any(indicator.values().to_vec()));
    }
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    let scopes = filter.scope.as_ref().map_or(&[][..], AnyOf::values);
    match (
        scopes.contains(&Scope::Covenant),
        scopes.contains(&Scope::National),
    ) {
        (true, false) => query = query.filter(measurements::covenant_id.is_not_null()),
        (false, true) => query = query.filter(measurements::covenant_id.is_null()),
        _ => {}
    }
    if let Some(report) = &filter.annual_report {
        query = query.filter(measurements::annual_report_id.eq_any(report.values().to_vec()));
    }
    if let Some(letter) = &filter.letter {
        query = query.filter(measurements::letter_id.eq_any(letter.values().to_vec()));
    }
    if let Some(from) = filter.measured_from {
        query = query.filter(measurements::measured_on.ge(from));
    }
    if let Some(to) = filter.measured_to {
        query = query.filter(measurements::measured_on.le(to));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(measurements::updated_at.ge(since));
    }
    query
}

type Row = (Measurement, String, Option<String>);

fn record((measurement, indicator_code, covenant_code): Row) -> MeasurementRecord {
    MeasurementRecord {
        measurement,
        indicator_code,
        covenant_code,
    }
}

/// The records `query` finds, with the codes they refer to.
fn load(conn: &mut DbConnection, query: Query<'_>) -> QueryResult<Vec<MeasurementRecord>> {
    let rows = query
        .select((
            Measurement::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<MeasurementFilter>,
) -> QueryResult<(Vec<MeasurementRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked), &asked.sort, {
        "measuredOn" => measurements::measured_on,
    });
    let query = query.then_order_by(measurements::id.asc());
    Ok((
        load(conn, query.offset(asked.offset()).limit(asked.limit()))?,
        total,
    ))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<MeasurementRecord, AppError> {
    measurements::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .filter(measurements::id.eq(id))
        .select((
            Measurement::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .first::<Row>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no measurement {id}.")))
}

/// The measurement `input` stands for: the one of its indicator and scope
/// on its date.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &MeasurementInput,
) -> QueryResult<Option<MeasurementRecord>> {
    let query = joined()
        .filter(indicators::code.eq(input.indicator.clone()))
        .filter(measurements::measured_on.eq(input.measured_on));
    let query = match &input.covenant {
        Some(code) => query.filter(covenants::code.eq(code.clone())),
        None => query.filter(measurements::covenant_id.is_null()),
    };
    Ok(load(conn, query.order_by(measurements::id.asc()).limit(1))?.pop())
}

/// The value of a check, or `None` with its field errors kept to report
/// them with the others.
fn collect<T>(
    result: Result<T, AppError>,
    errors: &mut Vec<FieldError>,
) -> Result<Option<T>, AppError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(AppError::Invalid { errors: found, .. }) => {
            errors.extend(found);
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// The indicator with code `indicator` and the id of the covenant with code
/// `covenant` (when given), in one round trip.
fn indicator_and_covenant(
    conn: &mut DbConnection,
    indicator: &str,
    covenant: Option<&str>,
) -> QueryResult<Option<(Indicator, Option<i64>)>> {
    let Some(covenant) = covenant else {
        return Ok(indicators_q::find_by_code(conn, indicator)?.map(|found| (found, None)));
    };
    indicators::table
        .left_join(covenants::table.on(covenants::code.eq(covenant)))
        .filter(indicators::code.eq(indicator))
        .select((Indicator::as_select(), covenants::id.nullable()))
        .first(conn)
        .optional()
}

/// The ids the codes of a figure (a measurement or a target) stand for; a
/// 400 error in `errors` for a code that names nothing and for each of
/// `values` (a body member and its value) that does not fit the
/// indicator's unit. `None` when the indicator does not exist.
pub fn resolve_scope(
    conn: &mut DbConnection,
    indicator_code: &str,
    covenant: Option<&str>,
    values: &[(&str, Option<f64>)],
    errors: &mut Vec<FieldError>,
) -> Result<Option<ScopeIds>, AppError> {
    let (indicator, mut covenant_id) = match indicator_and_covenant(conn, indicator_code, covenant)?
    {
        Some((indicator, covenant_id)) => (Some(indicator), covenant_id),
        None => (None, None),
    };
    match &indicator {
        None => errors.push(FieldError::body(
            "/indicator",
            format!("there is no indicator with code `{indicator_code}`"),
        )),
        Some(indicator) => {
            let unit = Unit::from_stored(&indicator.unit);
            errors.extend(values.iter().filter_map(|(pointer, value)| {
                Some(FieldError::body(pointer, unit.refuse((*value)?)?))
            }));
        }
    }
    // Not found with the indicator: absent, or not looked for because the
    // indicator is absent; its own lookup tells which (and words the error).
    if let (Some(code), None) = (covenant, covenant_id) {
        covenant_id = collect(id_for_reference(conn, code, "/covenant"), errors)?;
    }
    Ok(indicator.map(|indicator| ScopeIds {
        indicator_id: indicator.id,
        covenant_id,
    }))
}

/// The ids a measurement refers to, after checking every reference; all
/// problems are reported together.
fn resolve(conn: &mut DbConnection, input: &MeasurementInput) -> Result<ScopeIds, AppError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let values = [("/value", Some(input.value))];
    let covenant = input.covenant.as_deref();
    let ids = resolve_scope(conn, &input.indicator, covenant, &values, &mut errors)?;
    if let Some(report) = input.annual_report {
        let checked =
            annual_reports_q::require_of_covenant(conn, report, covenant, "/annualReport");
        collect(checked, &mut errors)?;
    }
    if let Some(letter) = input.letter {
        collect(letters_q::require(conn, letter, "/letter"), &mut errors)?;
    }
    ids.filter(|_| errors.is_empty())
        .ok_or_else(|| AppError::invalid(errors))
}

/// The record of a row just written from `input`: its codes are the ones
/// `resolve` just found, so the row needs no reading back.
fn written(measurement: Measurement, input: &MeasurementInput) -> MeasurementRecord {
    MeasurementRecord {
        measurement,
        indicator_code: input.indicator.clone(),
        covenant_code: input.covenant.clone(),
    }
}

// Insert and update answer the row they wrote (not only its id, as
// `insert_versioned!` and `update_versioned!` do): recording a measurement
// is the write path the benchmark measures, and reads nothing back.

/// A second value for the same indicator, scope and date is refused with a
/// 409 naming the measurement that holds it (`except`: the one being
/// written). The unique index `measurements_one_per_date` refuses what a
/// concurrent write slips past this check.
fn refuse_second_value(
    conn: &mut DbConnection,
    input: &MeasurementInput,
    except: Option<i64>,
) -> Result<(), AppError> {
    match find_natural(conn, input)? {
        Some(first) if Some(first.measurement.id) != except => Err(AppError::Conflict(format!(
            "Measurement {} already gives `{}` {} on {}; correct that one instead.",
            first.measurement.id,
            input.indicator,
            input
                .covenant
                .as_deref()
                .map_or("nationally".to_owned(), |c| format!("for covenant `{c}`")),
            input.measured_on
        ))),
        _ => Ok(()),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    input: &MeasurementInput,
    now: NaiveDateTime,
) -> Result<MeasurementRecord, AppError> {
    let form = MeasurementForm::new(resolve(conn, input)?, input);
    refuse_second_value(conn, input, None)?;
    let measurement = diesel::insert_into(measurements::table)
        .values((
            form,
            measurements::version.eq(1_i64),
            measurements::created_at.eq(now),
            measurements::updated_at.eq(now),
        ))
        .returning(measurements::all_columns)
        .get_result::<Measurement>(conn)?;
    Ok(written(measurement, input))
}

pub fn update(
    conn: &mut DbConnection,
    current: &MeasurementRecord,
    input: &MeasurementInput,
    now: NaiveDateTime,
) -> Result<MeasurementRecord, AppError> {
    let form = MeasurementForm::new(resolve(conn, input)?, input);
    let m = &current.measurement;
    refuse_second_value(conn, input, Some(m.id))?;
    history::keep(conn, "measurements", "id", m.id, now)?;
    let measurement = diesel::update(
        measurements::table
            .filter(measurements::id.eq(m.id))
            .filter(measurements::version.eq(m.version)),
    )
    .set((
        form,
        measurements::version.eq(m.version + 1),
        measurements::updated_at.eq(now),
    ))
    .returning(measurements::all_columns)
    .get_result::<Measurement>(conn)
    .optional()?
    .ok_or(AppError::PreconditionFailed)?;
    Ok(written(measurement, input))
}

pub fn delete(conn: &mut DbConnection, current: &MeasurementRecord) -> Result<(), AppError> {
    let m = &current.measurement;
    delete_versioned!(conn, measurements, m.id, m.version)
}

/// A source measurements can cite.
#[derive(Debug, Clone, Copy)]
pub enum Citation {
    AnnualReport(i64),
    Letter(i64),
}

/// A 409 when measurements still cite the source, naming some of them.
pub fn refuse_if_cited(conn: &mut DbConnection, citation: Citation) -> Result<(), AppError> {
    let query = measurements::table
        .select(measurements::id)
        .order_by(measurements::id.asc())
        .into_boxed();
    let (query, what) = match citation {
        Citation::AnnualReport(id) => (
            query.filter(measurements::annual_report_id.eq(id)),
            format!("annual report {id}"),
        ),
        Citation::Letter(id) => (
            query.filter(measurements::letter_id.eq(id)),
            format!("letter {id}"),
        ),
    };
    let ids: Vec<i64> = query.limit(11).load(conn)?;
    if ids.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = ids.iter().take(10).map(i64::to_string).collect();
    let more = if ids.len() > 10 { ", …" } else { "" };
    Err(AppError::Conflict(format!(
        "Measurements still cite {what} (ids {}{more}); change or delete them first.",
        shown.join(", ")
    )))
}
