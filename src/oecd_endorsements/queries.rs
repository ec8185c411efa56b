//! OECD endorsement storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::oecd_endorsements::model::{
    OecdEndorsement, OecdEndorsementFilter, OecdEndorsementForm, OecdEndorsementInput,
};
use crate::schema::oecd_endorsements;
use crate::storage::{delete_versioned, insert_versioned, sorted, update_versioned};

type Query<'a> = oecd_endorsements::BoxedQuery<'a, Backend>;

/// An organisation's endorsements, to narrow down.
fn of<'a>(organisation: i64) -> Query<'a> {
    oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .into_boxed()
}

/// The earliest endorsement `query` finds.
fn first(conn: &mut DbConnection, query: Query) -> QueryResult<Option<OecdEndorsement>> {
    query
        .then_order_by((
            oecd_endorsements::endorsed_on.asc(),
            oecd_endorsements::id.asc(),
        ))
        .select(OecdEndorsement::as_select())
        .first(conn)
        .optional()
}

fn filtered<'a>(organisation: i64, asked: &ListQuery<OecdEndorsementFilter>) -> Query<'a> {
    let filter = &asked.filter;
    let mut query = of(organisation);
    if let Some(day) = filter.active_on {
        query = query.filter(oecd_endorsements::endorsed_on.le(day)).filter(
            oecd_endorsements::withdrawn_on
                .is_null()
                .or(oecd_endorsements::withdrawn_on.gt(day)),
        );
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(oecd_endorsements::updated_at.ge(since));
    }
    query
}

/// One page of an organisation's endorsements, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    organisation: i64,
    asked: &ListQuery<OecdEndorsementFilter>,
) -> QueryResult<(Vec<OecdEndorsement>, i64)> {
    let total = filtered(organisation, asked).count().get_result(conn)?;
    let query = sorted!(filtered(organisation, asked).select(OecdEndorsement::as_select()), &asked.sort, {
        "endorsedOn" => oecd_endorsements::endorsed_on,
    });
    let rows = query
        .then_order_by(oecd_endorsements::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load(conn)?;
    Ok((rows, total))
}

/// All endorsements of an organisation, oldest first.
pub fn all_of(conn: &mut DbConnection, organisation: i64) -> QueryResult<Vec<OecdEndorsement>> {
    of(organisation)
        .order_by(oecd_endorsements::endorsed_on.asc())
        .select(OecdEndorsement::as_select())
        .load(conn)
}

/// The organisation's endorsement that begins on `endorsed_on`, if any.
pub fn find_by_start(
    conn: &mut DbConnection,
    organisation: i64,
    endorsed_on: NaiveDate,
) -> QueryResult<Option<OecdEndorsement>> {
    first(
        conn,
        of(organisation).filter(oecd_endorsements::endorsed_on.eq(endorsed_on)),
    )
}

/// The organisation's endorsement `id`, or a 404 problem (also when the
/// endorsement belongs to another organisation).
pub fn get(
    conn: &mut DbConnection,
    organisation: i64,
    id: i64,
) -> Result<OecdEndorsement, AppError> {
    first(conn, of(organisation).filter(oecd_endorsements::id.eq(id)))?.ok_or_else(|| {
        AppError::NotFound(format!(
            "Organisation {organisation} has no OECD endorsement {id}."
        ))
    })
}

/// 409 when the period of `input` overlaps another endorsement of the
/// organisation than `except`. Periods run from `endorsedOn` up to, not
/// including, `withdrawnOn`.
fn check_no_overlap(
    conn: &mut DbConnection,
    organisation: i64,
    except: Option<i64>,
    input: &OecdEndorsementInput,
) -> Result<(), AppError> {
    crate::organisations::queries::lock(conn, organisation)?;
    let mut query = of(organisation).filter(
        oecd_endorsements::withdrawn_on
            .is_null()
            .or(oecd_endorsements::withdrawn_on.gt(input.endorsed_on)),
    );
    if let Some(end) = input.withdrawn_on {
        query = query.filter(oecd_endorsements::endorsed_on.lt(end));
    }
    if let Some(id) = except {
        query = query.filter(oecd_endorsements::id.ne(id));
    }
    match first(conn, query)? {
        Some(other) => Err(AppError::Conflict(format!(
            "Organisation {organisation} already endorses the OECD Guidelines in that period: \
             endorsement {} runs {}; endorsement periods of one organisation must not overlap.",
            other.id,
            period(other.endorsed_on, other.withdrawn_on)
        ))),
        None => Ok(()),
    }
}

fn period(from: NaiveDate, to: Option<NaiveDate>) -> String {
    match to {
        Some(to) => format!("from {from} until {to}"),
        None => format!("from {from} on, not withdrawn"),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    organisation: i64,
    input: &OecdEndorsementInput,
    now: NaiveDateTime,
) -> Result<OecdEndorsement, AppError> {
    check_no_overlap(conn, organisation, None, input)?;
    let form = OecdEndorsementForm::new(organisation, input);
    let id = insert_versioned!(conn, oecd_endorsements, form, now)?;
    get(conn, organisation, id)
}

/// Replaces the fields of `current` if nobody changed it since it was read;
/// else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &OecdEndorsement,
    input: &OecdEndorsementInput,
    now: NaiveDateTime,
) -> Result<OecdEndorsement, AppError> {
    let (organisation, id) = (current.organisation_id, current.id);
    check_no_overlap(conn, organisation, Some(id), input)?;
    let form = OecdEndorsementForm::new(organisation, input);
    update_versioned!(conn, oecd_endorsements, id, current.version, form, now)?;
    get(conn, organisation, id)
}

pub fn delete(conn: &mut DbConnection, current: &OecdEndorsement) -> Result<(), AppError> {
    delete_versioned!(conn, oecd_endorsements, current.id, current.version)
}
