//! Indicator storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::any_of::{AnyOf, unknown_codes};
use crate::http::listing::ListQuery;
use crate::indicators::model::{Indicator, IndicatorFilter, IndicatorForm, IndicatorInput};
use crate::schema::{indicators, measurements, targets};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

fn filtered<'a>(asked: &ListQuery<IndicatorFilter>) -> indicators::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = indicators::table.into_boxed();
    if let Some(unit) = &filter.unit {
        query = query.filter(indicators::unit.eq_any(unit.stored(|v| v.as_str())));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(indicators::updated_at.ge(since));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<IndicatorFilter>,
) -> QueryResult<(Vec<Indicator>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked).select(Indicator::as_select()), &asked.sort, {
        "code" => indicators::code,
    });
    Ok((
        query
            .offset(asked.offset())
            .limit(asked.limit())
            .load(conn)?,
        total,
    ))
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<Indicator>> {
    indicators::table
        .filter(indicators::code.eq(code))
        .select(Indicator::as_select())
        .first(conn)
        .optional()
}

pub fn get_by_code(conn: &mut DbConnection, code: &str) -> Result<Indicator, AppError> {
    find_by_code(conn, code)?
        .ok_or_else(|| AppError::NotFound(format!("There is no indicator with code `{code}`.")))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &IndicatorInput,
    now: NaiveDateTime,
) -> Result<Indicator, AppError> {
    insert_versioned!(conn, indicators, IndicatorForm::from(input), now).map_err(duplicate(
        format!("An indicator with code `{}` already exists.", input.code),
    ))?;
    get_by_code(conn, &input.code)
}

/// A 409 `refused` while targets or measurements use the indicator,
/// saying how many.
fn refuse_if_used(
    conn: &mut DbConnection,
    current: &Indicator,
    refused: &str,
) -> Result<(), AppError> {
    let targets: i64 = targets::table
        .filter(targets::indicator_id.eq(current.id))
        .count()
        .get_result(conn)?;
    let measurements: i64 = measurements::table
        .filter(measurements::indicator_id.eq(current.id))
        .count()
        .get_result(conn)?;
    if targets + measurements == 0 {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "{refused}: {targets} target(s) and {measurements} measurement(s) use it."
    )))
}

pub fn update(
    conn: &mut DbConnection,
    current: &Indicator,
    input: &IndicatorInput,
    now: NaiveDateTime,
) -> Result<Indicator, AppError> {
    if input.unit.as_str() != current.unit {
        let refused = format!("The unit of `{}` cannot change", current.code);
        refuse_if_used(conn, current, &refused)?;
    }
    let form = IndicatorForm::from(input);
    update_versioned!(conn, indicators, current.id, current.version, form, now)?;
    get_by_code(conn, &current.code)
}

pub fn delete(conn: &mut DbConnection, current: &Indicator) -> Result<(), AppError> {
    let refused = format!("Indicator `{}` cannot be deleted", current.code);
    refuse_if_used(conn, current, &refused)?;
    delete_versioned!(conn, indicators, current.id, current.version)
}

/// A 400 naming each code of the `parameter` filter that names no
/// indicator.
pub fn refuse_unknown(
    conn: &mut DbConnection,
    parameter: &str,
    codes: Option<&AnyOf<String>>,
) -> Result<(), AppError> {
    let Some(codes) = codes else {
        return Ok(());
    };
    let known = indicators::table
        .filter(indicators::code.eq_any(codes.values()))
        .select(indicators::code)
        .load::<String>(conn)?;
    unknown_codes(parameter, "indicator", codes.values(), &known)
}
