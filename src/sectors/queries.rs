//! Sector storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::any_of::{AnyOf, unknown_codes};
use crate::http::listing::ListQuery;
use crate::schema::sectors;
use crate::sectors::model::{Sector, SectorFilter, SectorForm, SectorInput};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

fn filtered<'a>(asked: &ListQuery<SectorFilter>) -> sectors::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = sectors::table.into_boxed();
    if let Some(codes) = &filter.code {
        query = query.filter(sectors::code.eq_any(codes.values().to_vec()));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(sectors::updated_at.ge(since));
    }
    query
}

/// One page of sectors in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<SectorFilter>,
) -> QueryResult<(Vec<Sector>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked).select(Sector::as_select()), &asked.sort, {
        "code" => sectors::code,
        "nameNl" => sectors::name_nl,
        "nameEn" => sectors::name_en,
    });
    let rows = query
        .then_order_by(sectors::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load(conn)?;
    Ok((rows, total))
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<Sector>> {
    sectors::table
        .filter(sectors::code.eq(code))
        .select(Sector::as_select())
        .first(conn)
        .optional()
}

/// The sector with `code`, or a 404 problem.
pub fn get_by_code(conn: &mut DbConnection, code: &str) -> Result<Sector, AppError> {
    find_by_code(conn, code)?.ok_or_else(|| not_found(code))
}

pub fn not_found(code: &str) -> AppError {
    AppError::NotFound(format!("There is no sector with code `{code}`."))
}

pub fn insert(
    conn: &mut DbConnection,
    input: &SectorInput,
    now: NaiveDateTime,
) -> Result<Sector, AppError> {
    insert_versioned!(conn, sectors, SectorForm::from(input), now).map_err(duplicate(format!(
        "A sector with code `{}` already exists.",
        input.code
    )))?;
    get_by_code(conn, &input.code)
}

/// Replaces the writable fields of `current`, provided nobody changed it
/// since it was read (its version still matches); else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &Sector,
    input: &SectorInput,
    now: NaiveDateTime,
) -> Result<Sector, AppError> {
    let form = SectorForm::from(input);
    update_versioned!(conn, sectors, current.id, current.version, form, now)?;
    get_by_code(conn, &current.code)
}

pub fn delete(conn: &mut DbConnection, current: &Sector) -> Result<(), AppError> {
    delete_versioned!(conn, sectors, current.id, current.version)
}

/// A 400 naming each code of the `parameter` filter that names no sector.
pub fn refuse_unknown(
    conn: &mut DbConnection,
    parameter: &str,
    codes: Option<&AnyOf<String>>,
) -> Result<(), AppError> {
    let Some(codes) = codes else {
        return Ok(());
    };
    let known = sectors::table
        .filter(sectors::code.eq_any(codes.values()))
        .select(sectors::code)
        .load::<String>(conn)?;
    unknown_codes(parameter, "sector", codes.values(), &known)
}
