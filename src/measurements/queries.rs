//! Measurement storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::annual_reports::queries as annual_reports_q;
use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::indicators::model::{Indicator, Unit};
use crate::indicators::queries as indicators_q;
use crate::letters::queries as letters_q;
use crate::measurements::model::{
    Measurement, MeasurementFilter, MeasurementInput, MeasurementRecord, Scope,
};
use crate::schema::{covenants, indicators, measurements};

type Joined = diesel::dsl::LeftJoin<
    diesel::dsl::InnerJoin<measurements::table, indicators::table>,
    covenants::table,
>;

fn filtered<'a>(
    filter: &MeasurementFilter,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = measurements::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .into_boxed();
    if let Some(indicator) = &filter.indicator {
        query = query.filter(indicators::code.eq(indicator.clone()));
    }
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq(covenant.clone()));
    }
    match filter.scope {
        Some(Scope::Covenant) => query = query.filter(measurements::covenant_id.is_not_null()),
        Some(Scope::National) => query = query.filter(measurements::covenant_id.is_null()),
        None => {}
    }
    if let Some(report) = filter.annual_report {
        query = query.filter(measurements::annual_report_id.eq(report));
    }
    if let Some(letter) = filter.letter {
        query = query.filter(measurements::letter_id.eq(letter));
    }
    if let Some(from) = filter.measured_from {
        query = query.filter(measurements::measured_on.ge(from));
    }
    if let Some(to) = filter.measured_to {
        query = query.filter(measurements::measured_on.le(to));
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

pub fn list(
    conn: &mut DbConnection,
    filter: &MeasurementFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<MeasurementRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let query = filtered(filter).select((
        Measurement::as_select(),
        indicators::code,
        covenants::code.nullable(),
    ));
    let query = if sort.first().is_some_and(|k| k.descending) {
        query.order_by((measurements::measured_on.desc(), measurements::id.desc()))
    } else {
        query.order_by((measurements::measured_on.asc(), measurements::id.asc()))
    };
    let rows = query.offset(offset).limit(limit).load::<Row>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
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

/// Keeps the field errors of a failed check to report them with the others.
fn collect(result: Result<(), AppError>, errors: &mut Vec<FieldError>) -> Result<(), AppError> {
    match result {
        Err(AppError::Invalid { errors: found, .. }) => {
            errors.extend(found);
            Ok(())
        }
        other => other,
    }
}

/// The ids a measurement refers to, after checking every reference; all
/// problems are reported together.
struct References {
    indicator_id: i64,
    covenant_id: Option<i64>,
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

fn resolve(conn: &mut DbConnection, input: &MeasurementInput) -> Result<References, AppError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let (indicator, mut covenant_id) =
        match indicator_and_covenant(conn, &input.indicator, input.covenant.as_deref())? {
            Some((indicator, covenant_id)) => (Some(indicator), covenant_id),
            None => (None, None),
        };
    if indicator.is_none() {
        errors.push(FieldError::body(
            "/indicator",
            format!("there is no indicator with code `{}`", input.indicator),
        ));
    }
    if let Some(reason) = indicator
        .as_ref()
        .and_then(|i| Unit::from_stored(&i.unit).refuse(input.value))
    {
        errors.push(FieldError::body("/value", reason));
    }
    // Not found with the indicator: absent, or not looked for because the
    // indicator is absent; its own lookup tells which (and words the error).
    if let (Some(code), None) = (&input.covenant, covenant_id) {
        match id_for_reference(conn, code, "/covenant") {
            Ok(id) => covenant_id = Some(id),
            Err(error) => collect(Err(error), &mut errors)?,
        };
    }
    if let Some(report) = input.annual_report {
        let checked = annual_reports_q::require_of_covenant(
            conn,
            report,
            input.covenant.as_deref(),
            "/annualReport",
        );
        collect(checked, &mut errors)?;
    }
    if let Some(letter) = input.letter {
        collect(letters_q::require(conn, letter, "/letter"), &mut errors)?;
    }
    match (errors.is_empty(), indicator) {
        (true, Some(indicator)) => Ok(References {
            indicator_id: indicator.id,
            covenant_id,
        }),
        _ => Err(AppError::invalid(errors)),
    }
}

/// The columns a client's input decides, with its references resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = measurements,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    indicator_id: i64,
    covenant_id: Option<i64>,
    value: f64,
    measured_on: NaiveDate,
    numerator: Option<f64>,
    denominator: Option<f64>,
    annual_report_id: Option<i64>,
    letter_id: Option<i64>,
    source_url: Option<&'a str>,
    note: Option<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(refs: References, input: &'a MeasurementInput) -> Self {
        Self {
            indicator_id: refs.indicator_id,
            covenant_id: refs.covenant_id,
            value: input.value,
            measured_on: input.measured_on,
            numerator: input.numerator,
            denominator: input.denominator,
            annual_report_id: input.annual_report,
            letter_id: input.letter,
            source_url: input.source_url.as_deref(),
            note: input.note.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = measurements)]
struct NewMeasurement<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = measurements)]
struct MeasurementChange<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &MeasurementInput,
    now: NaiveDateTime,
) -> Result<MeasurementRecord, AppError> {
    let refs = resolve(conn, input)?;
    let measurement = diesel::insert_into(measurements::table)
        .values(&NewMeasurement {
            fields: Fields::new(refs, input),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(measurements::all_columns)
        .get_result::<Measurement>(conn)?;
    Ok(written(measurement, input))
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

pub fn update(
    conn: &mut DbConnection,
    current: &MeasurementRecord,
    input: &MeasurementInput,
    now: NaiveDateTime,
) -> Result<MeasurementRecord, AppError> {
    let refs = resolve(conn, input)?;
    let m = &current.measurement;
    let measurement = diesel::update(
        measurements::table
            .filter(measurements::id.eq(m.id))
            .filter(measurements::version.eq(m.version)),
    )
    .set(&MeasurementChange {
        fields: Fields::new(refs, input),
        version: m.version + 1,
        updated_at: now,
    })
    .returning(measurements::all_columns)
    .get_result::<Measurement>(conn)
    .optional()?
    .ok_or(AppError::PreconditionFailed)?;
    Ok(written(measurement, input))
}

pub fn delete(conn: &mut DbConnection, current: &MeasurementRecord) -> Result<(), AppError> {
    let m = &current.measurement;
    let deleted = diesel::delete(
        measurements::table
            .filter(measurements::id.eq(m.id))
            .filter(measurements::version.eq(m.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
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

/// How many measurements are scoped to the covenant.
pub fn count_of_covenant(conn: &mut DbConnection, covenant_id: i64) -> QueryResult<i64> {
    measurements::table
        .filter(measurements::covenant_id.eq(covenant_id))
        .count()
        .get_result(conn)
}
