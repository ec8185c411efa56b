//! Target storage: diesel only.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::covenants::queries::id_for_reference;
use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::indicators::model::Unit;
use crate::indicators::queries as indicators_q;
use crate::measurements::model::Scope;
use crate::schema::{covenants, indicators, targets};
use crate::targets::model::{Target, TargetFilter, TargetInput, TargetRecord};

type Joined = diesel::dsl::LeftJoin<
    diesel::dsl::InnerJoin<targets::table, indicators::table>,
    covenants::table,
>;

fn filtered<'a>(filter: &TargetFilter) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = targets::table
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
        Some(Scope::Covenant) => query = query.filter(targets::covenant_id.is_not_null()),
        Some(Scope::National) => query = query.filter(targets::covenant_id.is_null()),
        None => {}
    }
    query
}

type Row = (Target, String, Option<String>);

fn record((target, indicator_code, covenant_code): Row) -> TargetRecord {
    TargetRecord {
        target,
        indicator_code,
        covenant_code,
    }
}

pub fn list(
    conn: &mut DbConnection,
    filter: &TargetFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<TargetRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let query = filtered(filter).select((
        Target::as_select(),
        indicators::code,
        covenants::code.nullable(),
    ));
    let query = if sort.first().is_some_and(|k| k.descending) {
        query.order_by((targets::due_on.desc(), targets::id.desc()))
    } else {
        query.order_by((targets::due_on.asc(), targets::id.asc()))
    };
    let rows = query.offset(offset).limit(limit).load::<Row>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<TargetRecord, AppError> {
    targets::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .filter(targets::id.eq(id))
        .select((
            Target::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .first::<Row>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no target {id}.")))
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

/// The ids a target refers to, after checking every reference; all
/// problems are reported together.
struct References {
    indicator_id: i64,
    covenant_id: Option<i64>,
}

fn resolve(conn: &mut DbConnection, input: &TargetInput) -> Result<References, AppError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let indicator = indicators_q::find_by_code(conn, &input.indicator)?;
    if indicator.is_none() {
        errors.push(FieldError::body(
            "/indicator",
            format!("there is no indicator with code `{}`", input.indicator),
        ));
    }
    if let Some(unit) = indicator.as_ref().map(|i| Unit::from_stored(&i.unit)) {
        if let Some(reason) = unit.refuse(input.value) {
            errors.push(FieldError::body("/value", reason));
        }
        if let Some(reason) = input.baseline_value.and_then(|v| unit.refuse(v)) {
            errors.push(FieldError::body("/baselineValue", reason));
        }
    }
    let mut covenant_id = None;
    if let Some(code) = &input.covenant {
        match id_for_reference(conn, code, "/covenant") {
            Ok(id) => covenant_id = Some(id),
            Err(error) => collect(Err(error), &mut errors)?,
        };
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
    table_name = targets,
    treat_none_as_null = true,
    treat_none_as_default_value = false
)]
struct Fields<'a> {
    indicator_id: i64,
    covenant_id: Option<i64>,
    value: f64,
    due_on: NaiveDate,
    baseline_value: Option<f64>,
    baseline_on: Option<NaiveDate>,
    description: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(refs: References, input: &'a TargetInput) -> Self {
        Self {
            indicator_id: refs.indicator_id,
            covenant_id: refs.covenant_id,
            value: input.value,
            due_on: input.due_on,
            baseline_value: input.baseline_value,
            baseline_on: input.baseline_on,
            description: input.description.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = targets)]
struct NewTarget<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = targets)]
struct TargetChange<'a> {
    #[diesel(embed)]
    fields: Fields<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &TargetInput,
    now: NaiveDateTime,
) -> Result<TargetRecord, AppError> {
    let refs = resolve(conn, input)?;
    let id: i64 = diesel::insert_into(targets::table)
        .values(&NewTarget {
            fields: Fields::new(refs, input),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(targets::id)
        .get_result(conn)?;
    get(conn, id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &TargetRecord,
    input: &TargetInput,
    now: NaiveDateTime,
) -> Result<TargetRecord, AppError> {
    let refs = resolve(conn, input)?;
    let m = &current.target;
    let changed = diesel::update(
        targets::table
            .filter(targets::id.eq(m.id))
            .filter(targets::version.eq(m.version)),
    )
    .set(&TargetChange {
        fields: Fields::new(refs, input),
        version: m.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, m.id)
}

pub fn delete(conn: &mut DbConnection, current: &TargetRecord) -> Result<(), AppError> {
    let m = &current.target;
    let deleted = diesel::delete(
        targets::table
            .filter(targets::id.eq(m.id))
            .filter(targets::version.eq(m.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}

/// How many targets are set for the covenant.
pub fn count_of_covenant(conn: &mut DbConnection, covenant_id: i64) -> QueryResult<i64> {
    targets::table
        .filter(targets::covenant_id.eq(covenant_id))
        .count()
        .get_result(conn)
}

/// The targets of these covenants, earliest due first.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<TargetRecord>> {
    let rows = targets::table
        .inner_join(indicators::table)
        .left_join(covenants::table)
        .filter(targets::covenant_id.eq_any(covenant_ids))
        .select((
            Target::as_select(),
            indicators::code,
            covenants::code.nullable(),
        ))
        .order_by((targets::due_on.asc(), targets::id.asc()))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}
