//! Natural-key lookups for loading seeds: whether a record is already stored,
//! and the ids that references by natural key stand for. Diesel only.

use chrono::NaiveDate;
use diesel::dsl::exists;
use diesel::prelude::*;
use serde_json::Value;

use crate::db::DbConnection;
use crate::error::{AppError, FieldError};
use crate::schema::{
    annual_reports, covenants, indicators, letters, measurements, motion_responses, motions,
    organisations, participations, sectors, targets, working_group_outputs, working_groups,
};

fn date(value: &str, member: &str) -> Result<NaiveDate, AppError> {
    value.parse().map_err(|_| {
        AppError::invalid(vec![FieldError::body(
            &format!("/{member}"),
            "must be a date (YYYY-MM-DD)",
        )])
    })
}

fn missing(member: &str, what: String) -> AppError {
    AppError::invalid(vec![FieldError::body(
        &format!("/{member}"),
        format!("names no seeded {what}"),
    )])
}

pub fn nothing_stored(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(exists(sectors::table.select(sectors::id)))
        .get_result(conn)
        .map(|any: bool| !any)
}

pub fn sector(conn: &mut DbConnection, code: &str) -> QueryResult<bool> {
    diesel::select(exists(sectors::table.filter(sectors::code.eq(code)))).get_result(conn)
}

pub fn covenant(conn: &mut DbConnection, code: &str) -> QueryResult<bool> {
    diesel::select(exists(covenants::table.filter(covenants::code.eq(code)))).get_result(conn)
}

fn covenant_id(conn: &mut DbConnection, code: &str) -> QueryResult<Option<i64>> {
    covenants::table
        .filter(covenants::code.eq(code))
        .select(covenants::id)
        .first(conn)
        .optional()
}

pub fn indicator(conn: &mut DbConnection, code: &str) -> QueryResult<bool> {
    diesel::select(exists(indicators::table.filter(indicators::code.eq(code)))).get_result(conn)
}

pub fn organisation(conn: &mut DbConnection, name: &str) -> QueryResult<Option<i64>> {
    organisations::table
        .filter(organisations::name.eq(name))
        .select(organisations::id)
        .first(conn)
        .optional()
}

pub fn require_organisation(conn: &mut DbConnection, name: &str) -> Result<i64, AppError> {
    organisation(conn, name)?
        .ok_or_else(|| missing("organisation", format!("organisation named `{name}`")))
}

pub fn participation(
    conn: &mut DbConnection,
    covenant: &str,
    organisation: i64,
    joined_on: &str,
) -> Result<bool, AppError> {
    let joined_on = date(joined_on, "joinedOn")?;
    let Some(covenant) = covenant_id(conn, covenant)? else {
        return Ok(false);
    };
    let found = diesel::select(exists(
        participations::table
            .filter(participations::covenant_id.eq(covenant))
            .filter(participations::organisation_id.eq(organisation))
            .filter(participations::joined_on.eq(joined_on)),
    ))
    .get_result(conn)?;
    Ok(found)
}

pub fn working_group(
    conn: &mut DbConnection,
    covenant: &str,
    name: &str,
) -> QueryResult<Option<i64>> {
    let Some(covenant) = covenant_id(conn, covenant)? else {
        return Ok(None);
    };
    working_groups::table
        .filter(working_groups::covenant_id.eq(covenant))
        .filter(working_groups::name.eq(name))
        .select(working_groups::id)
        .first(conn)
        .optional()
}

pub fn output(conn: &mut DbConnection, group: i64, title: &str) -> QueryResult<bool> {
    diesel::select(exists(
        working_group_outputs::table
            .filter(working_group_outputs::working_group_id.eq(group))
            .filter(working_group_outputs::title.eq(title)),
    ))
    .get_result(conn)
}

/// A letter by its reference, or by its date (`YYYY-MM-DD`) when it has none.
pub fn letter(conn: &mut DbConnection, key: &str) -> QueryResult<Option<i64>> {
    match key.parse::<NaiveDate>() {
        Ok(sent_on) => letters::table
            .filter(letters::sent_on.eq(sent_on))
            .filter(letters::reference.is_null())
            .select(letters::id)
            .first(conn)
            .optional(),
        Err(_) => letters::table
            .filter(letters::reference.eq(key))
            .select(letters::id)
            .first(conn)
            .optional(),
    }
}

pub fn require_letter(conn: &mut DbConnection, key: &str) -> Result<i64, AppError> {
    letter(conn, key)?.ok_or_else(|| missing("letter", format!("letter `{key}`")))
}

pub fn motion(conn: &mut DbConnection, dossier: &str, number: i64) -> QueryResult<Option<i64>> {
    motions::table
        .filter(motions::dossier.eq(dossier))
        .filter(motions::number.eq(number))
        .select(motions::id)
        .first(conn)
        .optional()
}

/// A motion given as `{"dossier": "26 485", "number": 224}`.
pub fn require_motion(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    let dossier = key["dossier"].as_str().unwrap_or_default();
    let number = key["number"].as_i64().unwrap_or_default();
    motion(conn, dossier, number)?.ok_or_else(|| {
        missing(
            "motion",
            format!("motion Kamerstuk {dossier}, nr. {number}"),
        )
    })
}

pub fn motion_response(conn: &mut DbConnection, motion: i64, letter: i64) -> QueryResult<bool> {
    diesel::select(exists(
        motion_responses::table
            .filter(motion_responses::motion_id.eq(motion))
            .filter(motion_responses::letter_id.eq(letter)),
    ))
    .get_result(conn)
}

pub fn annual_report(
    conn: &mut DbConnection,
    covenant: &str,
    year: i64,
) -> QueryResult<Option<i64>> {
    let Some(covenant) = covenant_id(conn, covenant)? else {
        return Ok(None);
    };
    let Ok(year) = i32::try_from(year) else {
        return Ok(None);
    };
    annual_reports::table
        .filter(annual_reports::covenant_id.eq(covenant))
        .filter(annual_reports::reporting_year.eq(year))
        .select(annual_reports::id)
        .first(conn)
        .optional()
}

pub fn require_annual_report(
    conn: &mut DbConnection,
    covenant: &str,
    year: i64,
) -> Result<i64, AppError> {
    annual_report(conn, covenant, year)?.ok_or_else(|| {
        missing(
            "annualReport",
            format!("annual report of `{covenant}` on {year}"),
        )
    })
}

/// The indicator id and covenant id (`None` for national) of a scope, if
/// both exist.
fn scope(
    conn: &mut DbConnection,
    indicator: &str,
    covenant: Option<&str>,
) -> QueryResult<Option<(i64, Option<i64>)>> {
    let Some(indicator) = indicators::table
        .filter(indicators::code.eq(indicator))
        .select(indicators::id)
        .first::<i64>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    match covenant {
        None => Ok(Some((indicator, None))),
        Some(code) => Ok(covenant_id(conn, code)?.map(|c| (indicator, Some(c)))),
    }
}

pub fn target(
    conn: &mut DbConnection,
    indicator: &str,
    covenant: Option<&str>,
    due_on: &str,
) -> Result<bool, AppError> {
    let due_on = date(due_on, "dueOn")?;
    let Some((indicator, covenant)) = scope(conn, indicator, covenant)? else {
        return Ok(false);
    };
    let query = targets::table
        .filter(targets::indicator_id.eq(indicator))
        .filter(targets::due_on.eq(due_on))
        .into_boxed();
    let query = match covenant {
        Some(c) => query.filter(targets::covenant_id.eq(c)),
        None => query.filter(targets::covenant_id.is_null()),
    };
    Ok(!query
        .select(targets::id)
        .limit(1)
        .load::<i64>(conn)?
        .is_empty())
}

pub fn measurement(
    conn: &mut DbConnection,
    indicator: &str,
    covenant: Option<&str>,
    measured_on: &str,
) -> Result<bool, AppError> {
    let measured_on = date(measured_on, "measuredOn")?;
    let Some((indicator, covenant)) = scope(conn, indicator, covenant)? else {
        return Ok(false);
    };
    let query = measurements::table
        .filter(measurements::indicator_id.eq(indicator))
        .filter(measurements::measured_on.eq(measured_on))
        .into_boxed();
    let query = match covenant {
        Some(c) => query.filter(measurements::covenant_id.eq(c)),
        None => query.filter(measurements::covenant_id.is_null()),
    };
    Ok(!query
        .select(measurements::id)
        .limit(1)
        .load::<i64>(conn)?
        .is_empty())
}
