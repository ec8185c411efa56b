//! OECD endorsement storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::SortKey;
use crate::oecd_endorsements::model::{
    OecdEndorsement, OecdEndorsementFilter, OecdEndorsementInput,
};
use crate::schema::oecd_endorsements;

fn filtered<'a>(
    organisation: i64,
    filter: &OecdEndorsementFilter,
) -> oecd_endorsements::BoxedQuery<'a, Backend> {
    let mut query = oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .into_boxed();
    if let Some(day) = filter.active_on {
        query = query.filter(oecd_endorsements::endorsed_on.le(day)).filter(
            oecd_endorsements::withdrawn_on
                .is_null()
                .or(oecd_endorsements::withdrawn_on.gt(day)),
        );
    }
    query
}

/// One page of an organisation's endorsements, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    organisation: i64,
    filter: &OecdEndorsementFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<OecdEndorsement>, i64)> {
    let total = filtered(organisation, filter).count().get_result(conn)?;
    // `endorsedOn` is the only sortable field, and periods do not overlap.
    let descending = sort.first().is_some_and(|key| key.descending);
    let query = filtered(organisation, filter).select(OecdEndorsement::as_select());
    let query = if descending {
        query.order_by((
            oecd_endorsements::endorsed_on.desc(),
            oecd_endorsements::id.desc(),
        ))
    } else {
        query.order_by((
            oecd_endorsements::endorsed_on.asc(),
            oecd_endorsements::id.asc(),
        ))
    };
    let rows = query.offset(offset).limit(limit).load(conn)?;
    Ok((rows, total))
}

/// All endorsements of an organisation, oldest first.
pub fn all_of(conn: &mut DbConnection, organisation: i64) -> QueryResult<Vec<OecdEndorsement>> {
    oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .order_by(oecd_endorsements::endorsed_on.asc())
        .select(OecdEndorsement::as_select())
        .load(conn)
}

/// The organisation's endorsement `id`, or a 404 problem (also when the
/// endorsement belongs to another organisation).
pub fn get(
    conn: &mut DbConnection,
    organisation: i64,
    id: i64,
) -> Result<OecdEndorsement, AppError> {
    oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .filter(oecd_endorsements::id.eq(id))
        .select(OecdEndorsement::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| {
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
    let mut query = oecd_endorsements::table
        .filter(oecd_endorsements::organisation_id.eq(organisation))
        .filter(
            oecd_endorsements::withdrawn_on
                .is_null()
                .or(oecd_endorsements::withdrawn_on.gt(input.endorsed_on)),
        )
        .into_boxed();
    if let Some(end) = input.withdrawn_on {
        query = query.filter(oecd_endorsements::endorsed_on.lt(end));
    }
    if let Some(id) = except {
        query = query.filter(oecd_endorsements::id.ne(id));
    }
    let existing = query
        .order_by(oecd_endorsements::endorsed_on.asc())
        .select(OecdEndorsement::as_select())
        .first(conn)
        .optional()?;
    match existing {
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

/// The columns a client's input decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = oecd_endorsements, treat_none_as_null = true)]
struct Period<'a> {
    endorsed_on: NaiveDate,
    withdrawn_on: Option<NaiveDate>,
    evidence_url: Option<&'a str>,
    source: &'a str,
}

impl<'a> From<&'a OecdEndorsementInput> for Period<'a> {
    fn from(input: &'a OecdEndorsementInput) -> Self {
        Self {
            endorsed_on: input.endorsed_on,
            withdrawn_on: input.withdrawn_on,
            evidence_url: input.evidence_url.as_deref(),
            source: &input.source,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = oecd_endorsements)]
struct NewEndorsement<'a> {
    organisation_id: i64,
    #[diesel(embed)]
    period: Period<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = oecd_endorsements)]
struct EndorsementChange<'a> {
    #[diesel(embed)]
    period: Period<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    organisation: i64,
    input: &OecdEndorsementInput,
    now: NaiveDateTime,
) -> Result<OecdEndorsement, AppError> {
    check_no_overlap(conn, organisation, None, input)?;
    let id = diesel::insert_into(oecd_endorsements::table)
        .values(&NewEndorsement {
            organisation_id: organisation,
            period: input.into(),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(oecd_endorsements::id)
        .get_result::<i64>(conn)?;
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
    check_no_overlap(conn, current.organisation_id, Some(current.id), input)?;
    let changed = diesel::update(
        oecd_endorsements::table
            .filter(oecd_endorsements::id.eq(current.id))
            .filter(oecd_endorsements::version.eq(current.version)),
    )
    .set(&EndorsementChange {
        period: input.into(),
        version: current.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, current.organisation_id, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &OecdEndorsement) -> Result<(), AppError> {
    let deleted = diesel::delete(
        oecd_endorsements::table
            .filter(oecd_endorsements::id.eq(current.id))
            .filter(oecd_endorsements::version.eq(current.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}
