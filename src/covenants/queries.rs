//! Covenant storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::covenants::model::{
    Covenant, CovenantFilter, CovenantForm, CovenantInput, CovenantRecord,
};
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::any_of::{AnyOf, unknown_codes};
use crate::http::listing::ListQuery;
use crate::schema::{self, covenants, sectors};
use crate::sectors::model::Sector;
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::InnerJoin<covenants::table, sectors::table>;

fn filtered<'a>(
    asked: &ListQuery<CovenantFilter>,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let filter = &asked.filter;
    let mut query = covenants::table.inner_join(sectors::table).into_boxed();
    if let Some(sector) = &filter.sector {
        query = query.filter(sectors::code.eq_any(sector.values().to_vec()));
    }
    if let Some(status) = &filter.status {
        query = query.filter(covenants::status.eq_any(status.stored(|s| s.as_str())));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(covenants::kind.eq_any(kind.stored(|k| k.as_str())));
    }
    if let Some(from) = filter.signed_from {
        query = query.filter(covenants::signed_on.ge(from));
    }
    if let Some(to) = filter.signed_to {
        query = query.filter(covenants::signed_on.le(to));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(covenants::updated_at.ge(since));
    }
    query
}

fn record((covenant, sector_code): (Covenant, String)) -> CovenantRecord {
    CovenantRecord {
        covenant,
        sector_code,
    }
}

/// One page of covenants in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<CovenantFilter>,
) -> QueryResult<(Vec<CovenantRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let mut query = filtered(asked).select((Covenant::as_select(), sectors::code));
    for key in &asked.sort {
        // Covenants not signed (yet) sort last either way.
        if key.field == "signedOn" {
            query = query.then_order_by(covenants::signed_on.is_null());
        }
        query = sorted!(query, [key], {
            "code" => covenants::code,
            "signedOn" => covenants::signed_on,
            "titleNl" => covenants::title_nl,
            "titleEn" => covenants::title_en,
        });
    }
    let rows = query
        .then_order_by(covenants::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load::<(Covenant, String)>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

pub fn find_by_code(conn: &mut DbConnection, code: &str) -> QueryResult<Option<CovenantRecord>> {
    let found = covenants::table
        .inner_join(sectors::table)
        .filter(covenants::code.eq(code))
        .select((Covenant::as_select(), sectors::code))
        .first::<(Covenant, String)>(conn)
        .optional()?;
    Ok(found.map(record))
}

/// The covenant with `code`, or a 404 problem.
pub fn get_by_code(conn: &mut DbConnection, code: &str) -> Result<CovenantRecord, AppError> {
    find_by_code(conn, code)?
        .ok_or_else(|| AppError::NotFound(format!("There is no covenant with code `{code}`.")))
}

/// The sectors with these ids, for embedding.
pub fn sectors_by_id(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<Sector>> {
    sectors::table
        .filter(sectors::id.eq_any(ids))
        .select(Sector::as_select())
        .load(conn)
}

/// The id of the sector `input.sector` names, or a 400 naming the field.
fn sector_id(conn: &mut DbConnection, code: &str) -> Result<i64, AppError> {
    sectors::table
        .filter(sectors::code.eq(code))
        .select(sectors::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::body(
                "/sector",
                format!("there is no sector with code `{code}`"),
            )])
        })
}

pub fn insert(
    conn: &mut DbConnection,
    input: &CovenantInput,
    now: NaiveDateTime,
) -> Result<CovenantRecord, AppError> {
    let form = CovenantForm::new(sector_id(conn, &input.sector)?, input);
    insert_versioned!(conn, covenants, form, now).map_err(duplicate(format!(
        "A covenant with code `{}` already exists.",
        input.code
    )))?;
    get_by_code(conn, &input.code)
}

/// Replaces the writable fields of `current` if nobody changed it since it
/// was read; else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &CovenantRecord,
    input: &CovenantInput,
    now: NaiveDateTime,
) -> Result<CovenantRecord, AppError> {
    let form = CovenantForm::new(sector_id(conn, &input.sector)?, input);
    let c = &current.covenant;
    update_versioned!(conn, covenants, c.id, c.version, form, now)?;
    get_by_code(conn, &c.code)
}

pub fn delete(conn: &mut DbConnection, current: &CovenantRecord) -> Result<(), AppError> {
    let c = &current.covenant;
    delete_versioned!(conn, covenants, c.id, c.version)
}

/// Codes of the covenants of a sector (at most `limit`), and how many in all.
pub fn codes_in_sector(
    conn: &mut DbConnection,
    sector_id: i64,
    limit: i64,
) -> QueryResult<(Vec<String>, i64)> {
    let total = covenants::table
        .filter(covenants::sector_id.eq(sector_id))
        .count()
        .get_result(conn)?;
    let codes = covenants::table
        .filter(covenants::sector_id.eq(sector_id))
        .select(covenants::code)
        .order_by(covenants::code.asc())
        .limit(limit)
        .load(conn)?;
    Ok((codes, total))
}

/// The id of the covenant with `code`, or a 404 problem.
pub fn id_by_code(conn: &mut DbConnection, code: &str) -> Result<i64, AppError> {
    covenants::table
        .filter(covenants::code.eq(code))
        .select(covenants::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::NotFound(format!("There is no covenant with code `{code}`.")))
}

/// The id of the covenant with `code`, or a 400 naming the body member at
/// `pointer` (for resources that refer to a covenant).
pub fn id_for_reference(
    conn: &mut DbConnection,
    code: &str,
    pointer: &str,
) -> Result<i64, AppError> {
    covenants::table
        .filter(covenants::code.eq(code))
        .select(covenants::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            AppError::invalid(vec![FieldError::body(
                pointer,
                format!("there is no covenant with code `{code}`"),
            )])
        })
}

/// How many records of each kind that refer to the covenant by
/// `covenant_id` do, named as a 409 on deleting it names them. A resource
/// that refers to a covenant adds its table here.
pub fn referring_counts(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<(i64, &'static str)>> {
    macro_rules! counts {
        ($($table:ident => $noun:literal),+ $(,)?) => {
            vec![$((
                schema::$table::table
                    .filter(schema::$table::covenant_id.eq(id))
                    .count()
                    .get_result::<i64>(conn)?,
                $noun,
            )),+]
        };
    }
    Ok(counts![
        targets => "target(s)",
        measurements => "measurement(s)",
        ngo_assessments => "NGO assessment(s)",
        governance_bodies => "governance body(ies)",
        remedy_mechanisms => "remedy mechanism(s)",
        programmes => "programme(s)",
    ])
}

/// A 400 naming each code of the `parameter` filter that names no
/// covenant.
pub fn refuse_unknown(
    conn: &mut DbConnection,
    parameter: &str,
    codes: Option<&AnyOf<String>>,
) -> Result<(), AppError> {
    let Some(codes) = codes else {
        return Ok(());
    };
    let known = covenants::table
        .filter(covenants::code.eq_any(codes.values()))
        .select(covenants::code)
        .load::<String>(conn)?;
    unknown_codes(parameter, "covenant", codes.values(), &known)
}
