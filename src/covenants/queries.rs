//! Covenant storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::covenants::model::{Covenant, CovenantFilter, CovenantInput, CovenantRecord};
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::schema::{covenants, sectors};
use crate::sectors::model::Sector;

type Joined = diesel::dsl::InnerJoin<covenants::table, sectors::table>;

fn filtered<'a>(filter: &CovenantFilter) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = covenants::table.inner_join(sectors::table).into_boxed();
    if let Some(sector) = &filter.sector {
        query = query.filter(sectors::code.eq(sector.clone()));
    }
    if let Some(status) = filter.status {
        query = query.filter(covenants::status.eq(status.as_str()));
    }
    if let Some(from) = filter.signed_from {
        query = query.filter(covenants::signed_on.ge(from));
    }
    if let Some(to) = filter.signed_to {
        query = query.filter(covenants::signed_on.le(to));
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
    filter: &CovenantFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<CovenantRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let mut query = filtered(filter).select((Covenant::as_select(), sectors::code));
    for key in sort {
        query = match (key.field, key.descending) {
            // Covenants not signed (yet) sort last either way.
            ("signedOn", false) => query
                .then_order_by(covenants::signed_on.is_null())
                .then_order_by(covenants::signed_on.asc()),
            ("signedOn", true) => query
                .then_order_by(covenants::signed_on.is_null())
                .then_order_by(covenants::signed_on.desc()),
            ("titleNl", false) => query.then_order_by(covenants::title_nl.asc()),
            ("titleNl", true) => query.then_order_by(covenants::title_nl.desc()),
            ("titleEn", false) => query.then_order_by(covenants::title_en.asc()),
            ("titleEn", true) => query.then_order_by(covenants::title_en.desc()),
            (_, false) => query.then_order_by(covenants::code.asc()),
            (_, true) => query.then_order_by(covenants::code.desc()),
        };
    }
    let rows = query
        .then_order_by(covenants::id.asc())
        .offset(offset)
        .limit(limit)
        .load::<(Covenant, String)>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

/// The covenant with `code`, or a 404 problem.
pub fn get_by_code(conn: &mut DbConnection, code: &str) -> Result<CovenantRecord, AppError> {
    covenants::table
        .inner_join(sectors::table)
        .filter(covenants::code.eq(code))
        .select((Covenant::as_select(), sectors::code))
        .first::<(Covenant, String)>(conn)
        .optional()?
        .map(record)
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

/// The columns a client's input decides (all but the code, which stays),
/// with the sector resolved.
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = covenants,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    title_nl: &'a str,
    title_en: &'a str,
    sector_id: i64,
    status: &'a str,
    negotiation_started_on: Option<NaiveDate>,
    signed_on: Option<NaiveDate>,
    signed_on_precision: &'a str,
    ends_on: Option<NaiveDate>,
    facilitator: Option<&'a str>,
    summary: Option<&'a str>,
    website: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(sector_id: i64, input: &'a CovenantInput) -> Self {
        Self {
            title_nl: &input.title_nl,
            title_en: &input.title_en,
            sector_id,
            status: input.status.as_str(),
            negotiation_started_on: input.negotiation_started_on,
            signed_on: input.signed_on,
            signed_on_precision: input.signed_on_precision.as_str(),
            ends_on: input.ends_on,
            facilitator: input.facilitator.as_deref(),
            summary: input.summary.as_deref(),
            website: input.website.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = covenants)]
struct NewCovenant<'a> {
    code: &'a str,
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = covenants)]
struct CovenantChange<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &CovenantInput,
    now: NaiveDateTime,
) -> Result<CovenantRecord, AppError> {
    let sector_id = sector_id(conn, &input.sector)?;
    diesel::insert_into(covenants::table)
        .values(&NewCovenant {
            code: &input.code,
            fields: Fields::new(sector_id, input),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::Conflict(format!(
                    "A covenant with code `{}` already exists.",
                    input.code
                ))
            }
            other => other.into(),
        })?;
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
    let sector_id = sector_id(conn, &input.sector)?;
    let c = &current.covenant;
    let changed = diesel::update(
        covenants::table
            .filter(covenants::id.eq(c.id))
            .filter(covenants::version.eq(c.version)),
    )
    .set(&CovenantChange {
        fields: Fields::new(sector_id, input),
        version: c.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get_by_code(conn, &c.code)
}

/// A 409 naming what still refers to the covenant.
pub fn refuse_if_referred(
    conn: &mut DbConnection,
    current: &CovenantRecord,
) -> Result<(), AppError> {
    let (id, code) = (current.covenant.id, &current.covenant.code);
    let mut referring = Vec::new();
    let years = crate::annual_reports::queries::years_of_covenant(conn, id)?;
    if !years.is_empty() {
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        referring.push(format!("annual reports on {}", years.join(", ")));
    }
    let targets = crate::targets::queries::count_of_covenant(conn, id)?;
    if targets > 0 {
        referring.push(format!("{targets} target(s)"));
    }
    let measurements = crate::measurements::queries::count_of_covenant(conn, id)?;
    if measurements > 0 {
        referring.push(format!("{measurements} measurement(s)"));
    }
    let (participations, ids) = crate::participations::queries::ids_in_covenant(conn, id, 10)?;
    if participations > 0 {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        referring.push(format!(
            "{participations} participation(s) (ids {})",
            ids.join(", ")
        ));
    }
    if !referring.is_empty() {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted while {} refer to it.",
            referring.join(" and ")
        )));
    }
    let (groups, total) = crate::working_groups::queries::names_in_covenant(conn, id, 10)?;
    if total > 0 {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted: {total} working group(s) still belong to it ({}).",
            groups.join(", ")
        )));
    }
    let (motions, total) = crate::motions::queries::citations_concerning(conn, id, 10)?;
    if total > 0 {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted: {total} motion(s) concern it ({}).",
            motions.join("; ")
        )));
    }
    Ok(())
}

pub fn delete(conn: &mut DbConnection, current: &CovenantRecord) -> Result<(), AppError> {
    let c = &current.covenant;
    let deleted = diesel::delete(
        covenants::table
            .filter(covenants::id.eq(c.id))
            .filter(covenants::version.eq(c.version)),
    )
    .execute(conn)
    .map_err(|e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            AppError::Conflict(format!(
                "Other records still refer to covenant `{}`.",
                c.code
            ))
        }
        other => other.into(),
    })?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
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
