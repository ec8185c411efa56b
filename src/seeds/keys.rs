//! The ids that the seed files' references by natural key stand for (an
//! organisation or a programme by name, a letter by reference or date, a
//! motion by dossier and number, an annual report by covenant and year).
//! Diesel only.

use chrono::NaiveDate;
use diesel::dsl::exists;
use diesel::prelude::*;
use serde_json::Value;

use crate::db::DbConnection;
use crate::error::{AppError, FieldError};
use crate::schema::{
    annual_reports, covenants, letters, motions, organisations, programmes, sectors,
};

/// Whether the database holds nothing yet.
pub fn nothing_stored(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(exists(sectors::table.select(sectors::id)))
        .get_result(conn)
        .map(|any: bool| !any)
}

/// A 400 for a reference that names nothing stored.
fn names_nothing(member: &str, key: &Value) -> AppError {
    AppError::invalid(vec![FieldError::body(
        &format!("/{member}"),
        format!("names nothing stored: {key}"),
    )])
}

/// An organisation given by its name.
pub fn organisation(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    organisations::table
        .filter(organisations::name.eq(key.as_str().unwrap_or_default()))
        .select(organisations::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| names_nothing("organisation", key))
}

/// A fund, budget or project given by its name.
pub fn programme(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    programmes::table
        .filter(programmes::name.eq(key.as_str().unwrap_or_default()))
        .select(programmes::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| names_nothing("programme", key))
}

/// A letter given by its reference, or by its date (`YYYY-MM-DD`) when it
/// has none.
pub fn letter(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    let text = key.as_str().unwrap_or_default();
    let query = letters::table.select(letters::id).into_boxed();
    let query = match text.parse::<NaiveDate>() {
        Ok(sent_on) => query
            .filter(letters::sent_on.eq(sent_on))
            .filter(letters::reference.is_null()),
        Err(_) => query.filter(letters::reference.eq(text)),
    };
    query
        .first(conn)
        .optional()?
        .ok_or_else(|| names_nothing("letter", key))
}

/// A motion given as `{"dossier": "26 485", "number": 224}`.
pub fn motion(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    motions::table
        .filter(motions::dossier.eq(key["dossier"].as_str().unwrap_or_default()))
        .filter(motions::number.eq(key["number"].as_i64().unwrap_or_default()))
        .select(motions::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| names_nothing("motion", key))
}

/// An annual report given as `{"covenant": "textile", "reportingYear": 2017}`.
pub fn annual_report(conn: &mut DbConnection, key: &Value) -> Result<i64, AppError> {
    let year = key["reportingYear"]
        .as_i64()
        .and_then(|y| i32::try_from(y).ok());
    annual_reports::table
        .inner_join(covenants::table)
        .filter(covenants::code.eq(key["covenant"].as_str().unwrap_or_default()))
        .filter(annual_reports::reporting_year.eq(year.unwrap_or_default()))
        .select(annual_reports::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| names_nothing("annualReport", key))
}
