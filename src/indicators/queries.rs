//! Indicator storage: diesel only.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::indicators::model::{Indicator, IndicatorFilter, IndicatorInput};
use crate::schema::{indicators, measurements, targets};

fn filtered<'a>(filter: &IndicatorFilter) -> indicators::BoxedQuery<'a, Backend> {
    let mut query = indicators::table.into_boxed();
    if let Some(unit) = filter.unit {
        query = query.filter(indicators::unit.eq(unit.as_str()));
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    filter: &IndicatorFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<Indicator>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let query = filtered(filter).select(Indicator::as_select());
    let query = if sort.first().is_some_and(|k| k.descending) {
        query.order_by(indicators::code.desc())
    } else {
        query.order_by(indicators::code.asc())
    };
    Ok((query.offset(offset).limit(limit).load(conn)?, total))
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

/// The indicator a body names at `pointer`, or a 400 naming that member.
pub fn for_reference(
    conn: &mut DbConnection,
    code: &str,
    pointer: &str,
) -> Result<Indicator, AppError> {
    find_by_code(conn, code)?.ok_or_else(|| {
        AppError::invalid(vec![FieldError::body(
            pointer,
            format!("there is no indicator with code `{code}`"),
        )])
    })
}

/// The columns a client's input decides (all but the code, which stays).
#[derive(Insertable, AsChangeset)]
#[diesel(
    table_name = indicators,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    name_nl: &'a str,
    name_en: &'a str,
    unit: &'a str,
    direction: &'a str,
    description: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> From<&'a IndicatorInput> for Fields<'a> {
    fn from(input: &'a IndicatorInput) -> Self {
        Self {
            name_nl: &input.name_nl,
            name_en: &input.name_en,
            unit: input.unit.as_str(),
            direction: input.direction.as_str(),
            description: input.description.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = indicators)]
struct NewIndicator<'a> {
    code: &'a str,
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = indicators)]
struct IndicatorChange<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &IndicatorInput,
    now: NaiveDateTime,
) -> Result<Indicator, AppError> {
    diesel::insert_into(indicators::table)
        .values(&NewIndicator {
            code: &input.code,
            fields: input.into(),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::Conflict(format!(
                    "An indicator with code `{}` already exists.",
                    input.code
                ))
            }
            other => other.into(),
        })?;
    get_by_code(conn, &input.code)
}

/// How many targets and measurements use the indicator.
pub fn usage(conn: &mut DbConnection, id: i64) -> QueryResult<(i64, i64)> {
    let targets = targets::table
        .filter(targets::indicator_id.eq(id))
        .count()
        .get_result(conn)?;
    let measurements = measurements::table
        .filter(measurements::indicator_id.eq(id))
        .count()
        .get_result(conn)?;
    Ok((targets, measurements))
}

pub fn update(
    conn: &mut DbConnection,
    current: &Indicator,
    input: &IndicatorInput,
    now: NaiveDateTime,
) -> Result<Indicator, AppError> {
    if input.unit.as_str() != current.unit {
        let (targets, measurements) = usage(conn, current.id)?;
        if targets + measurements > 0 {
            return Err(AppError::Conflict(format!(
                "The unit of `{}` cannot change: {targets} target(s) and {measurements} measurement(s) use it.",
                current.code
            )));
        }
    }
    let changed = diesel::update(
        indicators::table
            .filter(indicators::id.eq(current.id))
            .filter(indicators::version.eq(current.version)),
    )
    .set(&IndicatorChange {
        fields: input.into(),
        version: current.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get_by_code(conn, &current.code)
}

pub fn delete(conn: &mut DbConnection, current: &Indicator) -> Result<(), AppError> {
    let (targets, measurements) = usage(conn, current.id)?;
    if targets + measurements > 0 {
        return Err(AppError::Conflict(format!(
            "Indicator `{}` cannot be deleted: {targets} target(s) and {measurements} measurement(s) use it.",
            current.code
        )));
    }
    let deleted = diesel::delete(
        indicators::table
            .filter(indicators::id.eq(current.id))
            .filter(indicators::version.eq(current.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}
